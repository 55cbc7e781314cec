/*
 * merge.c -- fold repeated definitions into one (see merge.h).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lib/util.h"
#include "rules/merge.h"

/* Statements that are one setting although spelled differently. */
static const char *
key_class(const char *name)
{
	if (strcmp(name, "regex") == 0 || strcmp(name, "reject") == 0 ||
	    strcmp(name, "required") == 0 || strcmp(name, "validate") == 0 ||
	    strcmp(name, "compliance") == 0)
		return "test";
	if (strcmp(name, "field") == 0)
		return "fields";
	return name;
}

/* "compare a <= b" in a check, as opposed to duplicates' compare FIELD. */
static int
check_compare(const struct cfg_node *n)
{
	static const char *const ops[] = { "<", "<=", ">", ">=", "==", "!=" };
	size_t	 i;

	if (strcmp(n->name, "compare") != 0 || n->nargs != 3 ||
	    n->args[1].type != CFG_WORD)
		return 0;
	for (i = 0; i < sizeof ops / sizeof ops[0]; i++)
		if (strcmp(n->args[1].str, ops[i]) == 0)
			return 1;
	return 0;
}

/*
 * Two statements set the same thing when their key class matches and, for
 * statements that repeat per subject (alias EL GR, compare FIELD ...,
 * survive FIELD ...), their first argument matches too.
 */
static int
same_key(const struct cfg_node *a, const struct cfg_node *b)
{
	/* "compare a <= b" in a check is a test too. */
	if (check_compare(a) || check_compare(b))
		return (check_compare(a) || strcmp(key_class(a->name),
		    "test") == 0) && (check_compare(b) ||
		    strcmp(key_class(b->name), "test") == 0);
	if (strcmp(key_class(a->name), key_class(b->name)) != 0)
		return 0;
	if (strcmp(a->name, "alias") == 0 || strcmp(a->name, "survive") == 0 ||
	    strcmp(a->name, "compare") == 0 ||
	    strcmp(a->name, "subdivision") == 0 ||
	    strcmp(a->name, "channel") == 0) {
		if (a->nargs == 0 || b->nargs == 0 || a->args[0].str == NULL ||
		    b->args[0].str == NULL)
			return 0;
		return strcmp(a->args[0].str, b->args[0].str) == 0;
	}
	return 1;
}

static void	mnode_merge(struct mnode *, const struct cfg_node *);

/* A repeat inside one block was reported; the last one is in force. */
static void
mnode_build(struct mnode *m, const struct cfg_node *n)
{
	m->n = n;
	m->kids = NULL;
	m->nkids = 0;
	mnode_merge(m, n);
}

static void
mnode_free(struct mnode *m)
{
	size_t	 i;

	for (i = 0; i < m->nkids; i++)
		mnode_free(&m->kids[i]);
	free(m->kids);
	m->kids = NULL;
	m->nkids = 0;
}

/* Fold the statements of block n into m. */
static void
mnode_merge(struct mnode *m, const struct cfg_node *n)
{
	const struct cfg_node	*c;
	struct mnode		*k;
	size_t			 i, j;

	for (i = 0; i < n->nchildren; i++) {
		c = &n->children[i];
		for (j = 0, k = NULL; j < m->nkids && k == NULL; j++)
			if (same_key(m->kids[j].n, c))
				k = &m->kids[j];
		if (k != NULL && k->n->has_block && c->has_block &&
		    strcmp(k->n->name, c->name) == 0) {
			k->n = c;
			mnode_merge(k, c);
			continue;
		}
		if (k != NULL) {
			mnode_free(k);
			mnode_build(k, c);
			continue;
		}
		m->kids = xreallocarray(m->kids, m->nkids + 1, sizeof *m->kids);
		mnode_build(&m->kids[m->nkids++], c);
	}
}

/*
 * Within one block a setting is said once; overriding is for later
 * definitions, and a repeat in one place is a slip worth reporting.
 */
static void
check_repeats(struct cfg_doc *doc, const struct cfg_node *n)
{
	const struct cfg_node	*a, *b;
	size_t			 i, j;

	for (i = 0; i < n->nchildren; i++) {
		b = &n->children[i];
		for (j = 0; j < i; j++) {
			a = &n->children[j];
			if (!same_key(a, b))
				continue;
			if (strcmp(key_class(a->name), "test") == 0 ||
			    check_compare(a))
				cfg_diag(doc, CFG_ERROR, &b->pos, "'%s' here and "
				    "'%s' at line %d: a check tests one thing",
				    b->name, a->name, a->pos.line);
			else
				cfg_diag(doc, CFG_ERROR, &b->pos, "'%s' is given "
				    "twice (first at line %d); say it once here, "
				    "or override it in a later file", b->name,
				    a->pos.line);
			break;
		}
		if (b->has_block)
			check_repeats(doc, b);
	}
}

/*
 * Definitions by name: an open-addressing table of indexes into defs, so
 * that 100,000 checks merge in linear time (tests/bench/parse.sh).
 */
struct name_table {
	size_t	*slots;		/* index + 1; 0 is empty */
	size_t	 size;		/* a power of two */
};

static size_t
name_hash(const char *s)
{
	size_t	 h = 14695981039346656037ULL;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static size_t *
name_slot(struct name_table *t, const struct rule_def *defs, const char *name)
{
	size_t	 i = name_hash(name) & (t->size - 1);

	while (t->slots[i] != 0 && strcmp(defs[t->slots[i] - 1].name,
	    name) != 0)
		i = (i + 1) & (t->size - 1);
	return &t->slots[i];
}

static void
name_grow(struct name_table *t, const struct rule_def *defs, size_t ndefs)
{
	size_t	 i;

	if (t->size != 0 && ndefs * 2 < t->size)
		return;
	free(t->slots);
	t->size = t->size ? t->size * 2 : 64;
	t->slots = xcalloc(t->size, sizeof *t->slots);
	for (i = 0; i < ndefs; i++)
		*name_slot(t, defs, defs[i].name) = i + 1;
}

size_t
merge_defs(struct cfg_doc *doc, const struct cfg_node *root, const char *kind,
    struct rule_def **out)
{
	const struct cfg_node	*n;
	struct rule_def		*defs = NULL, *d;
	struct name_table	 names = { NULL, 0 };
	size_t			 ndefs = 0, i, *slot;

	for (i = 0; i < root->nchildren; i++) {
		n = &root->children[i];
		if (strcmp(n->name, kind) != 0)
			continue;
		if (n->nargs != 1 || n->args[0].type != CFG_WORD) {
			cfg_diag(doc, CFG_ERROR, &n->pos, "%s needs a name: %s "
			    "NAME { ... }", kind, kind);
			continue;
		}
		if (!n->has_block) {
			cfg_diag(doc, CFG_ERROR, &n->pos, "%s %s needs a block "
			    "{ ... }", kind, n->args[0].str);
			continue;
		}
		check_repeats(doc, n);
		name_grow(&names, defs, ndefs);
		slot = name_slot(&names, defs, n->args[0].str);
		d = *slot != 0 ? &defs[*slot - 1] : NULL;
		if (d == NULL) {
			defs = xreallocarray(defs, ndefs + 1, sizeof *defs);
			*slot = ndefs + 1;
			d = &defs[ndefs++];
			d->name = n->args[0].str;
			d->first = d->last = n;
			d->ndefs = 1;
			d->dropped = n->dropped;
			mnode_build(&d->root, n);
			continue;
		}
		d->dropped += n->dropped;
		d->last = n;
		d->ndefs++;
		mnode_merge(&d->root, n);
	}
	free(names.slots);
	*out = defs;
	return ndefs;
}

void
merge_free(struct rule_def *defs, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		mnode_free(&defs[i].root);
	free(defs);
}

const struct mnode *
merge_find(const struct mnode *m, const char *name)
{
	size_t	 i;

	for (i = 0; i < m->nkids; i++)
		if (strcmp(m->kids[i].n->name, name) == 0)
			return &m->kids[i];
	return NULL;
}

static void
print_kids(struct buf *b, const struct mnode *m, int depth)
{
	const struct cfg_node	*n;
	size_t			 i, a;
	int			 d;

	for (i = 0; i < m->nkids; i++) {
		n = m->kids[i].n;
		for (d = 0; d < depth; d++)
			buf_addc(b, '\t');
		buf_adds(b, n->name);
		for (a = 0; a < n->nargs; a++) {
			buf_addc(b, ' ');
			cfg_value_print(b, &n->args[a]);
		}
		if (n->has_block) {
			buf_printf(b, " {\t# %s:%d\n", n->pos.file, n->pos.line);
			print_kids(b, &m->kids[i], depth + 1);
			for (d = 0; d < depth; d++)
				buf_addc(b, '\t');
			buf_adds(b, "}\n");
		} else
			buf_printf(b, "\t# %s:%d\n", n->pos.file, n->pos.line);
	}
}

void
merge_print(struct buf *b, const struct rule_def *d, const char *kind)
{
	buf_printf(b, "%s %s {\t# %s:%d", kind, d->name, d->first->pos.file,
	    d->first->pos.line);
	if (d->ndefs > 1)
		buf_printf(b, ", overridden %d time%s, last at %s:%d",
		    d->ndefs - 1, d->ndefs == 2 ? "" : "s", d->last->pos.file,
		    d->last->pos.line);
	buf_adds(b, "\n");
	print_kids(b, &d->root, 1);
	buf_adds(b, "}\n");
}
