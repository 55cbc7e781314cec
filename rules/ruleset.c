/*
 * ruleset.c -- compile "check" blocks and evaluate them against records.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/log.h"
#include "daemon/util.h"
#include "validators/utf8.h"
#include "validators/basic.h"
#include "ruleset.h"

/* Bounds for rule authors' expressions (Varnish vre.c). */
#define RULE_MATCH_LIMIT	1000000
#define RULE_DEPTH_LIMIT	10000
#define RULE_JIT_STACK_MAX	(1024 * 1024)

/* -Wwrite-strings: the struct holds char *, so give it arrays. */
static char builtin_src[] = "built-in";
static char utf8_name[] = "invalid_utf8";
static char utf8_desc[] = "Value is not valid UTF-8";
static char oversized_name[] = "oversized_value";
static char oversized_desc[] = "Value is larger than customers.max_value_size";

const struct rule_check rule_invalid_utf8 = {
	.name = utf8_name,
	.description = utf8_desc,
	.source = builtin_src,
	.kind = CHECK_BUILTIN,
	.severity = SEV_ERROR,
};

const struct rule_check rule_oversized = {
	.name = oversized_name,
	.description = oversized_desc,
	.source = builtin_src,
	.kind = CHECK_BUILTIN,
	.severity = SEV_WARNING,
};

static const char *const severity_names[] = {
	[SEV_INFO] = "info",
	[SEV_WARNING] = "warning",
	[SEV_ERROR] = "error",
	[SEV_CRITICAL] = "critical",
};

const char *
rule_severity_name(enum severity s)
{
	return severity_names[s];
}

int
rule_severity_lookup(const char *name)
{
	size_t	 i;

	for (i = 0; i < sizeof severity_names / sizeof severity_names[0]; i++)
		if (strcmp(severity_names[i], name) == 0)
			return (int)i;
	return -1;
}

const char *
rule_kind_name(enum check_kind k)
{
	switch (k) {
	case CHECK_REGEX: return "regex";
	case CHECK_REJECT: return "reject";
	case CHECK_REQUIRED: return "required";
	case CHECK_BUILTIN: return "built-in";
	}
	return "?";
}

static void
check_free(struct rule_check *c)
{
	free(c->name);
	free(c->description);
	free(c->source);
	free(c->pattern);
	pcre2_code_free(c->re);
}

/* Accept a field name given as a word or a string. */
static int
add_field(struct cfg_doc *doc, const struct cfg_value *v, unsigned int *fields,
    unsigned int mapped, const char *check)
{
	int	 f;

	if (v->type != CFG_WORD && v->type != CFG_STRING) {
		cfg_diag(doc, CFG_ERROR, &v->pos, "a field name was expected, "
		    "not a %s", cfg_type_name(v->type));
		return -1;
	}
	if ((f = field_lookup(v->str)) == -1) {
		cfg_diag(doc, CFG_ERROR, &v->pos, "unknown field '%s' (fields: "
		    "first_name, last_name, email, phone, country, postal_code, "
		    "birth_date, created_at, updated_at, last_activity_at, "
		    "consent_marketing, consent_at, consent_source, "
		    "opted_out_at)", v->str);
		return -1;
	}
	if (!(mapped & (1u << f)))
		cfg_diag(doc, CFG_WARNING, &v->pos, "check %s reads field '%s', "
		    "which customers.map does not map; it is skipped", check,
		    v->str);
	*fields |= 1u << f;
	return 0;
}

static int
one_string(struct cfg_doc *doc, const struct cfg_node *n, char **dst)
{
	if (n->nargs != 1 || n->has_block || n->args[0].type != CFG_STRING) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "'%s' takes one quoted string",
		    n->name);
		return -1;
	}
	if (*dst != NULL) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "'%s' is given twice", n->name);
		return -1;
	}
	*dst = xstrdup(n->args[0].str);
	return 0;
}

static int
compile_regex(struct cfg_doc *doc, const struct cfg_node *n,
    struct rule_check *c, int use_jit)
{
	const struct cfg_value	*v = &n->args[0];
	PCRE2_UCHAR		 msg[256];
	size_t			 off;
	struct cfg_pos		 pos;
	int			 err;

	if (val_utf8_check(v->str, v->len, &off) != 0) {
		cfg_diag(doc, CFG_ERROR, &v->pos, "pattern is not valid UTF-8 "
		    "(byte %zu); write characters, not \\x bytes", (size_t)off);
		return -1;
	}
	/*
	 * DOLLAR_ENDONLY: '$' is the end of the value, not "before a final
	 * newline" -- "anna@web.de\n" is not a valid address.
	 */
	c->re = pcre2_compile((PCRE2_SPTR)v->str, v->len,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK |
	    PCRE2_DOLLAR_ENDONLY, &err, &off, NULL);
	if (c->re == NULL) {
		pcre2_get_error_message(err, msg, sizeof msg);
		pos = v->pos;
		pos.col = cfg_string_col(doc, v, off);
		cfg_diag(doc, CFG_ERROR, &pos, "pcre2: %s at offset %zu of the "
		    "pattern", (char *)msg, (size_t)off);
		return -1;
	}
	if (use_jit && pcre2_jit_compile(c->re, PCRE2_JIT_COMPLETE) == 0)
		c->jit = 1;
	return 0;
}

static int
compile_check(struct cfg_doc *doc, const struct cfg_node *cn,
    struct rule_check *c, unsigned int mapped, int use_jit)
{
	const struct cfg_node	*n;
	const struct cfg_node	*how = NULL;
	size_t			 i, j;
	int			 bad = 0, s;

	memset(c, 0, sizeof *c);
	c->severity = SEV_WARNING;
	if (cn->nargs != 1 || cn->args[0].type != CFG_WORD) {
		cfg_diag(doc, CFG_ERROR, &cn->pos, "check needs a name: check "
		    "NAME { ... }");
		return -1;
	}
	c->name = xstrdup(cn->args[0].str);
	c->source = xasprintf("%s:%d", cn->pos.file, cn->pos.line);
	if (strcmp(c->name, rule_invalid_utf8.name) == 0 ||
	    strcmp(c->name, rule_oversized.name) == 0 ||
	    strcmp(c->name, "missing_key") == 0) {
		cfg_diag(doc, CFG_ERROR, &cn->args[0].pos, "check name '%s' is "
		    "reserved for a built-in check", c->name);
		return -1;
	}
	if (!cn->has_block) {
		cfg_diag(doc, CFG_ERROR, &cn->pos, "check %s needs a block "
		    "{ ... }", c->name);
		return -1;
	}
	for (i = 0; i < cn->nchildren; i++) {
		n = &cn->children[i];
		if (strcmp(n->name, "field") == 0 ||
		    strcmp(n->name, "fields") == 0) {
			if (n->nargs == 0 || n->has_block) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "'%s' takes a "
				    "field name or a list [a, b]", n->name);
				bad = 1;
			}
			for (j = 0; j < n->nargs; j++) {
				const struct cfg_value *v = &n->args[j];
				size_t k;

				if (v->type != CFG_LIST) {
					bad |= add_field(doc, v, &c->fields,
					    mapped, c->name) != 0;
					continue;
				}
				for (k = 0; k < v->nitems; k++)
					bad |= add_field(doc, &v->items[k],
					    &c->fields, mapped, c->name) != 0;
			}
		} else if (strcmp(n->name, "regex") == 0 ||
		    strcmp(n->name, "reject") == 0 ||
		    strcmp(n->name, "required") == 0) {
			if (how != NULL) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "check %s already "
				    "says '%s' at line %d; a check tests one thing",
				    c->name, how->name, how->pos.line);
				bad = 1;
				continue;
			}
			how = n;
			if (n->name[2] == 'q') {
				c->kind = CHECK_REQUIRED;
				if (n->nargs != 0 || n->has_block) {
					cfg_diag(doc, CFG_ERROR, &n->pos,
					    "'required' takes no value");
					bad = 1;
				}
				continue;
			}
			c->kind = n->name[2] == 'g' ? CHECK_REGEX : CHECK_REJECT;
			if (one_string(doc, n, &c->pattern) != 0 ||
			    compile_regex(doc, n, c, use_jit) != 0)
				bad = 1;
		} else if (strcmp(n->name, "severity") == 0) {
			if (n->nargs != 1 || n->args[0].type != CFG_WORD ||
			    (s = rule_severity_lookup(n->args[0].str)) == -1) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "severity is one "
				    "of info, warning, error, critical");
				bad = 1;
			} else
				c->severity = (enum severity)s;
		} else if (strcmp(n->name, "description") == 0) {
			bad |= one_string(doc, n, &c->description) != 0;
		} else {
			cfg_diag(doc, CFG_ERROR, &n->pos, "unknown option '%s' in "
			    "check %s (options: field, fields, regex, reject, "
			    "required, severity, description)", n->name, c->name);
			bad = 1;
		}
	}
	if (how == NULL && !bad && !cn->dropped) {
		cfg_diag(doc, CFG_ERROR, &cn->pos, "check %s says nothing to "
		    "test: add regex '...', reject '...' or required", c->name);
		bad = 1;
	}
	if (c->fields == 0 && !bad && !cn->dropped) {
		cfg_diag(doc, CFG_ERROR, &cn->pos, "check %s reads no field: add "
		    "fields [...]", c->name);
		bad = 1;
	}
	if (c->description == NULL)
		c->description = xstrdup(c->name);
	c->fields &= mapped;
	/* A dropped statement was reported; the check must not run half-read. */
	return bad || cn->dropped ? -1 : 0;
}

struct ruleset *
rule_compile(struct cfg_doc *doc, const struct cfg_node *root,
    unsigned int mapped, size_t max_value, int use_jit)
{
	struct ruleset		*rs = xcalloc(1, sizeof *rs);
	const struct cfg_node	*cn;
	struct rule_check	 c;
	size_t			 i, j;
	int			 errors = doc->nerrors, failed = 0;

	rs->refs = 1;
	rs->max_value = max_value;
	for (i = 0; i < root->nchildren; i++) {
		cn = &root->children[i];
		if (strcmp(cn->name, "check") != 0)
			continue;
		if (compile_check(doc, cn, &c, mapped, use_jit) != 0) {
			check_free(&c);
			failed++;
			continue;
		}
		for (j = 0; j < rs->nchecks; j++)
			if (strcmp(rs->checks[j].name, c.name) == 0)
				break;
		if (j < rs->nchecks) {
			cfg_diag(doc, CFG_ERROR, &cn->args[0].pos, "check %s is "
			    "already defined at %s", c.name, rs->checks[j].source);
			check_free(&c);
			continue;
		}
		rs->checks = xreallocarray(rs->checks, rs->nchecks + 1,
		    sizeof *rs->checks);
		rs->checks[rs->nchecks++] = c;
		rs->fields |= c.fields;
	}

	rs->mctx = pcre2_match_context_create(NULL);
	rs->md = pcre2_match_data_create(1, NULL);
	if (rs->mctx == NULL || rs->md == NULL)
		fatalx("pcre2: out of memory");
	pcre2_set_match_limit(rs->mctx, RULE_MATCH_LIMIT);
	pcre2_set_depth_limit(rs->mctx, RULE_DEPTH_LIMIT);
	if (use_jit) {
		rs->jit_stack = pcre2_jit_stack_create(32 * 1024,
		    RULE_JIT_STACK_MAX, NULL);
		if (rs->jit_stack != NULL)
			pcre2_jit_stack_assign(rs->mctx, NULL, rs->jit_stack);
	}
	if (doc->nerrors > errors || failed > 0) {
		rule_unref(rs);
		return NULL;
	}
	return rs;
}

struct ruleset *
rule_ref(struct ruleset *rs)
{
	rs->refs++;
	return rs;
}

void
rule_unref(struct ruleset *rs)
{
	size_t	 i;

	if (rs == NULL || --rs->refs > 0)
		return;
	for (i = 0; i < rs->nchecks; i++)
		check_free(&rs->checks[i]);
	free(rs->checks);
	pcre2_match_data_free(rs->md);
	pcre2_match_context_free(rs->mctx);
	pcre2_jit_stack_free(rs->jit_stack);
	free(rs);
}

/* Per-field state while one record is evaluated. */
enum fstate {
	FS_UNKNOWN,
	FS_OK,
	FS_SKIP		/* missing, blank, or already reported: skip it */
};

int
rule_eval(struct ruleset *rs, const struct record *r, rule_emit_fn emit,
    void *arg)
{
	enum fstate			 st[FIELD_MAX] = { FS_UNKNOWN };
	const struct rule_check		*c;
	const struct field_value	*v;
	PCRE2_UCHAR			 msg[160];
	char				 detail[256];
	size_t				 i, bad;
	unsigned int			 bits;
	int				 f, rc, n = 0;

	for (i = 0; i < rs->nchecks; i++) {
		c = &rs->checks[i];
		for (bits = c->fields; bits != 0; bits &= bits - 1) {
			f = __builtin_ctz(bits);
			v = &r->f[f];
			if (c->kind == CHECK_REQUIRED) {
				if (v->data == NULL || val_blank(v->data, v->len)) {
					emit(arg, c, (enum field)f, v->data == NULL ?
					    "value is missing (NULL)" : v->len == 0 ?
					    "value is empty" : "value is blank");
					n++;
				}
				continue;
			}
			if (st[f] == FS_SKIP)
				continue;
			if (st[f] == FS_UNKNOWN) {
				/* Judge the value once per record, not per check. */
				st[f] = FS_SKIP;
				/* Missing and blank values are required's business. */
				if (v->data == NULL || val_blank(v->data, v->len))
					continue;
				if (v->len > rs->max_value) {
					snprintf(detail, sizeof detail, "value of "
					    "%zu bytes is larger than the %zu-byte "
					    "limit; not checked further", v->len,
					    rs->max_value);
					emit(arg, &rule_oversized, (enum field)f,
					    detail);
					n++;
					continue;
				}
				if (val_utf8_check(v->data, v->len, &bad) != 0) {
					snprintf(detail, sizeof detail, "invalid "
					    "UTF-8 at byte %zu of %zu; not checked "
					    "further", bad, v->len);
					emit(arg, &rule_invalid_utf8, (enum field)f,
					    detail);
					n++;
					continue;
				}
				st[f] = FS_OK;
			}
			if (c->jit)
				rc = pcre2_jit_match(c->re, (PCRE2_SPTR)v->data,
				    v->len, 0, 0, rs->md, rs->mctx);
			else
				rc = pcre2_match(c->re, (PCRE2_SPTR)v->data,
				    v->len, 0, PCRE2_NO_UTF_CHECK, rs->md,
				    rs->mctx);
			if (rc >= 0 && c->kind == CHECK_REJECT) {
				emit(arg, c, (enum field)f,
				    "value matches a rejected pattern");
				n++;
			} else if (rc == PCRE2_ERROR_NOMATCH &&
			    c->kind == CHECK_REGEX) {
				emit(arg, c, (enum field)f,
				    "value does not match the required pattern");
				n++;
			} else if (rc < 0 && rc != PCRE2_ERROR_NOMATCH) {
				/* Never read an error as "no match". */
				rs->regex_errors++;
				pcre2_get_error_message(rc, msg, sizeof msg);
				snprintf(detail, sizeof detail, "pattern could "
				    "not be evaluated: %s", (char *)msg);
				emit(arg, c, (enum field)f, detail);
				n++;
			}
		}
	}
	return n;
}

/* Print s so that the parser reads it back: raw if it can be. */
static void
dump_string(FILE *fp, const char *s)
{
	if (strchr(s, '\'') == NULL && strpbrk(s, "\n\r") == NULL) {
		fprintf(fp, "'%s'", s);
		return;
	}
	fputc('"', fp);
	for (; *s != '\0'; s++) {
		if (*s == '"' || *s == '\\')
			fprintf(fp, "\\%c", *s);
		else if (*s == '\n')
			fputs("\\n", fp);
		else if (*s == '\r')
			fputs("\\r", fp);
		else
			fputc(*s, fp);
	}
	fputc('"', fp);
}

void
rule_dump(const struct ruleset *rs, FILE *fp)
{
	const struct rule_check	*c;
	size_t			 i;
	int			 f;

	for (i = 0; i < rs->nchecks; i++) {
		c = &rs->checks[i];
		fprintf(fp, "check %s {\t# %s\n", c->name, c->source);
		fprintf(fp, "\tfields [");
		for (f = 0; f < FIELD_MAX; f++)
			if (c->fields & (1u << f))
				fprintf(fp, "%s%s", (c->fields & ((1u << f) - 1)) ?
				    ", " : "", field_name((enum field)f));
		fprintf(fp, "]\n");
		if (c->kind == CHECK_REQUIRED)
			fprintf(fp, "\trequired\n");
		else {
			fprintf(fp, "\t%s ", rule_kind_name(c->kind));
			dump_string(fp, c->pattern);
			fprintf(fp, "\t# %s\n", c->jit ? "JIT" : "interpreted");
		}
		fprintf(fp, "\tseverity %s\n\tdescription ",
		    rule_severity_name(c->severity));
		dump_string(fp, c->description);
		fprintf(fp, "\n}\n");
	}
}
