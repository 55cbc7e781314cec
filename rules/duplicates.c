/*
 * duplicates.c -- validate duplicates blocks.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lib/record.h"
#include "lib/util.h"
#include "rules/duplicates.h"

static const char *const key_funcs[] = {
	"exact", "lower", "soundex", "metaphone", "year", "first_initial",
	"e164", "translit", "initials", "names", "fullname", NULL
};
static const char *const comparators[] = {
	"exact", "levenshtein", "damerau", "jaro_winkler", "token_set",
	"date", "numeric", "email", NULL
};
static const char *const survive_rules[] = {
	"most_recent", "most_complete", "most_frequent", "source_priority",
	"longest", NULL
};
static const char *const survivors[] = {
	"oldest", "newest", "most_active", NULL
};

static int
in_list(const char *const *list, const char *s)
{
	for (; *list != NULL; list++)
		if (strcmp(*list, s) == 0)
			return 1;
	return 0;
}

static int
list_index(const char *const *list, const char *s)
{
	int	 i;

	for (i = 0; list[i] != NULL; i++)
		if (strcmp(list[i], s) == 0)
			return i;
	return -1;
}

/*
 * A blocking key: terms joined by '+', each FIELD or FUNC(FIELD), e.g.
 * "soundex(last_name) + year(birth_date)".
 */
static int
check_block_key(struct cfg_doc *doc, const struct cfg_value *v,
    struct dup_block *blk)
{
	char	*copy, *term, *next, *open, *close, *f;
	int	 bad = 0, fn;

	if (v->type != CFG_STRING && v->type != CFG_WORD) {
		cfg_diag(doc, CFG_ERROR, &v->pos, "a blocking key is a field or "
		    "an expression like \"soundex(last_name) + year(birth_date)\"");
		return -1;
	}
	copy = xstrdup(v->str);
	term = copy;
	/* "window N: KEY": sorted neighbourhood, each record with the next. */
	if (strncmp(term, "window", 6) == 0 && (term[6] == ' ' ||
	    term[6] == '\t')) {
		char *end;
		long n = strtol(term + 7, &end, 10);

		while (*end == ' ')
			end++;
		if (end == term + 7 || *end != ':' || n < 2 ||
		    n > DUP_MAX_WINDOW) {
			cfg_diag(doc, CFG_ERROR, &v->pos, "blocking key '%s': a "
			    "window is \"window N: KEY\" with N from 2 to %d",
			    v->str, DUP_MAX_WINDOW);
			free(copy);
			return -1;
		}
		blk->window = (int)n;
		term = end + 1;
	}
	for (; term != NULL && !bad; term = next) {
		if ((next = strchr(term, '+')) != NULL)
			*next++ = '\0';
		while (*term == ' ')
			term++;
		for (f = term + strlen(term); f > term && f[-1] == ' '; f--)
			f[-1] = '\0';
		f = term;
		fn = DK_EXACT;
		if ((open = strchr(term, '(')) != NULL) {
			*open = '\0';
			f = open + 1;
			if ((close = strchr(f, ')')) == NULL || close[1] != '\0') {
				cfg_diag(doc, CFG_ERROR, &v->pos, "blocking key "
				    "'%s': unbalanced parentheses", v->str);
				bad = 1;
				break;
			}
			*close = '\0';
			if (!in_list(key_funcs, term)) {
				cfg_diag(doc, CFG_ERROR, &v->pos, "blocking key "
				    "'%s': unknown function '%s' (functions: "
				    "exact, lower, soundex, metaphone, year, "
				    "first_initial, e164, translit, initials, "
				    "names, fullname)", v->str,
				    term);
				bad = 1;
				break;
			}
			fn = list_index(key_funcs, term);
		}
		if (DUP_TWO_FIELDS(fn)) {
			/* initials(A, B), names(A, B): two fields. */
			char *comma = strchr(f, ','), *g;
			int a, b;

			if (comma == NULL) {
				cfg_diag(doc, CFG_ERROR, &v->pos, "blocking key "
				    "'%s': %s takes two fields: "
				    "%s(first_name, last_name)", v->str, term, term);
				bad = 1;
				break;
			}
			*comma = '\0';
			for (g = comma + 1; *g == ' '; g++)
				;
			a = field_lookup(f);
			b = field_lookup(g);
			if (a == -1 || b == -1) {
				cfg_diag(doc, CFG_ERROR, &v->pos, "blocking key "
				    "'%s': unknown field '%s'", v->str, a == -1 ?
				    f : g);
				bad = 1;
			} else if (blk->nterms == DUP_MAX_TERMS) {
				cfg_diag(doc, CFG_ERROR, &v->pos, "blocking key "
				    "'%s': at most %d terms", v->str,
				    DUP_MAX_TERMS);
				bad = 1;
			} else {
				blk->terms[blk->nterms].field = a;
				blk->terms[blk->nterms].field2 = b;
				blk->terms[blk->nterms++].fn = fn;
			}
			continue;
		}
		if (field_lookup(f) == -1) {
			cfg_diag(doc, CFG_ERROR, &v->pos, "blocking key '%s': "
			    "unknown field '%s'", v->str, f);
			bad = 1;
		} else if (blk->nterms == DUP_MAX_TERMS) {
			cfg_diag(doc, CFG_ERROR, &v->pos, "blocking key '%s': "
			    "at most %d terms", v->str, DUP_MAX_TERMS);
			bad = 1;
		} else {
			blk->terms[blk->nterms].field = field_lookup(f);
			blk->terms[blk->nterms++].fn = (enum dup_keyfn)fn;
		}
	}
	free(copy);
	return bad ? -1 : 0;
}

static int
threshold(struct cfg_doc *doc, const struct cfg_node *n, double *out)
{
	if (n->nargs != 1 || n->args[0].type != CFG_NUMBER ||
	    n->args[0].num <= 0 || n->args[0].num > 1) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "threshold out of range: '%s' "
		    "takes a match probability above 0 and at most 1", n->name);
		return -1;
	}
	*out = n->args[0].num;
	return 0;
}

int
dup_compile(struct cfg_doc *doc, const struct rule_def *d, struct rule_dup *r)
{
	const struct cfg_node	*n, *review = NULL, *priority = NULL;
	const struct cfg_value	*items;
	struct dup_compare	*cmp;
	size_t			 i, x, nitems;
	int			 bad = 0;

	memset(r, 0, sizeof *r);
	r->name = xstrdup(d->name);
	r->source = xasprintf("%s:%d", d->first->pos.file, d->first->pos.line);
	for (i = 0; i < d->root.nkids; i++) {
		n = d->root.kids[i].n;
		if (strcmp(n->name, "block") == 0) {
			if (n->nargs != 1) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "block takes a "
				    "list of keys: block [email, \"soundex("
				    "last_name) + year(birth_date)\"]");
				bad = 1;
				continue;
			}
			items = n->args[0].type == CFG_LIST ? n->args[0].items :
			    n->args;
			nitems = n->args[0].type == CFG_LIST ?
			    n->args[0].nitems : 1;
			if (nitems > DUP_MAX_BLOCKS) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "at most %d "
				    "blocking keys", DUP_MAX_BLOCKS);
				bad = 1;
				continue;
			}
			memset(r->blocks, 0, sizeof r->blocks);
			for (x = 0; x < nitems; x++)
				bad |= check_block_key(doc, &items[x],
				    &r->blocks[x]) != 0;
			r->nblocks = nitems;
		} else if (strcmp(n->name, "compare") == 0) {
			if (n->nargs < 2 || n->args[0].type != CFG_WORD ||
			    field_lookup(n->args[0].str) == -1 ||
			    n->args[1].type != CFG_WORD ||
			    !in_list(comparators, n->args[1].str)) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "compare takes a "
				    "field and a comparator (exact, levenshtein, "
				    "damerau, jaro_winkler, token_set, date, "
				    "numeric, email), then optional levels "
				    "[0.9, 0.7]");
				bad = 1;
				continue;
			}
			if (r->ncompares == DUP_MAX_COMPARES) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "at most %d "
				    "compared fields", DUP_MAX_COMPARES);
				bad = 1;
				continue;
			}
			cmp = &r->compares[r->ncompares];
			memset(cmp, 0, sizeof *cmp);
			cmp->field = field_lookup(n->args[0].str);
			cmp->method = (enum dup_method)list_index(comparators,
			    n->args[1].str);
			if (n->nargs > 2 && n->args[2].type == CFG_LIST) {
				if (n->args[2].nitems > 0 &&
				    n->args[2].items[0].type == CFG_NUMBER)
					cmp->close = n->args[2].items[0].num;
				if (n->args[2].nitems > 1 &&
				    n->args[2].items[1].type == CFG_NUMBER)
					cmp->far = n->args[2].items[1].num;
			}
			for (x = 2; x < n->nargs; x++) {
				size_t k;

				if (n->args[x].type != CFG_LIST) {
					bad = 1;
					cfg_diag(doc, CFG_ERROR, &n->args[x].pos,
					    "compare levels are a list of numbers "
					    "between 0 and 1: [0.9, 0.7]");
					continue;
				}
				for (k = 0; k < n->args[x].nitems; k++) {
					const struct cfg_value *l =
					    &n->args[x].items[k];

					if (l->type != CFG_NUMBER || l->num <= 0 ||
					    l->num > 1 || (k > 0 && l->num >=
					    n->args[x].items[k - 1].num)) {
						cfg_diag(doc, CFG_ERROR, &l->pos,
						    "compare levels must be "
						    "decreasing numbers in (0, 1]");
						bad = 1;
						break;
					}
				}
			}
			r->ncompares++;
		} else if (strcmp(n->name, "merge") == 0)
			bad |= threshold(doc, n, &r->merge) != 0;
		else if (strcmp(n->name, "em_iterations") == 0) {
			if (n->nargs != 1 || n->args[0].type != CFG_NUMBER ||
			    n->args[0].num < 1 || n->args[0].num > 100000 ||
			    n->args[0].num != (int)n->args[0].num) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "em_iterations "
				    "takes a whole number from 1 to 100000");
				bad = 1;
			} else
				r->em_max = (int)n->args[0].num;
		} else if (strcmp(n->name, "review") == 0) {
			bad |= threshold(doc, n, &r->review) != 0;
			review = n;
		} else if (strcmp(n->name, "survive") == 0) {
			int f = n->nargs == 2 && n->args[0].type == CFG_WORD ?
			    field_lookup(n->args[0].str) : -1;

			if (f == -1 || n->args[1].type != CFG_WORD ||
			    !in_list(survive_rules, n->args[1].str)) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "survive takes a "
				    "field and a rule (most_recent, most_complete, "
				    "most_frequent, source_priority, longest)");
				bad = 1;
			} else if (f == FIELD_CONSENT_MARKETING ||
			    f == FIELD_CONSENT_AT || f == FIELD_CONSENT_SOURCE ||
			    f == FIELD_OPTED_OUT_AT) {
				cfg_diag(doc, CFG_ERROR, &n->args[0].pos, "survive "
				    "%s: consent is merged by law, never by "
				    "survivorship (see MERGE in steward.rules(5))",
				    n->args[0].str);
				bad = 1;
			} else {
				r->survive[f] = (unsigned char)(1 +
				    list_index(survive_rules, n->args[1].str));
				if (r->survive[f] == DS_SOURCE_PRIORITY)
					priority = n;
			}
		} else if (strcmp(n->name, "sources") == 0) {
			items = n->nargs == 1 && n->args[0].type == CFG_LIST ?
			    n->args[0].items : n->args;
			nitems = n->nargs == 1 && n->args[0].type == CFG_LIST ?
			    n->args[0].nitems : n->nargs;
			for (x = 0; x < nitems; x++)
				if (items[x].type != CFG_STRING &&
				    items[x].type != CFG_WORD)
					break;
			if (nitems == 0 || x < nitems) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "sources takes "
				    "the values of the source field, best first: "
				    "sources [shop, web, newsletter]");
				bad = 1;
				continue;
			}
			for (x = 0; x < r->nsources; x++)
				free(r->sources[x]);
			free(r->sources);
			r->sources = xreallocarray(NULL, nitems,
			    sizeof *r->sources);
			for (x = 0; x < nitems; x++)
				r->sources[x] = xstrdup(items[x].str);
			r->nsources = nitems;
		} else if (strcmp(n->name, "survivor") == 0) {
			if (n->nargs != 1 || n->args[0].type != CFG_WORD ||
			    !in_list(survivors, n->args[0].str)) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "survivor is "
				    "oldest, newest or most_active");
				bad = 1;
			} else
				r->survivor = (enum dup_survivor)list_index(
				    survivors, n->args[0].str);
		} else if (strcmp(n->name, "action") == 0) {
			if (n->nargs != 1 || n->args[0].type != CFG_WORD ||
			    (strcmp(n->args[0].str, "merge") != 0 &&
			    strcmp(n->args[0].str, "flag") != 0)) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "a duplicates "
				    "action is merge or flag");
				bad = 1;
			} else
				r->flag_only = strcmp(n->args[0].str, "flag") == 0;
		} else {
			cfg_diag(doc, CFG_ERROR, &n->pos, "unknown option '%s' in "
			    "duplicates %s (options: block, compare, merge, "
			    "review, survive, sources, survivor, action)", n->name,
			    d->name);
			bad = 1;
		}
	}
	if (!bad && !d->dropped) {
		if (r->nblocks == 0) {
			cfg_diag(doc, CFG_ERROR, &d->first->pos, "duplicates %s "
			    "has no blocking key: without one every pair would "
			    "be compared; add block [...]", d->name);
			bad = 1;
		}
		if (r->ncompares == 0) {
			cfg_diag(doc, CFG_ERROR, &d->first->pos, "duplicates %s "
			    "compares no field: add compare FIELD METHOD",
			    d->name);
			bad = 1;
		}
		if (priority != NULL && r->nsources == 0) {
			cfg_diag(doc, CFG_ERROR, &priority->pos, "survive ... "
			    "source_priority needs the order of the sources: "
			    "sources [shop, web, newsletter]");
			bad = 1;
		}
		if (r->merge == 0) {
			cfg_diag(doc, CFG_ERROR, &d->first->pos, "duplicates %s "
			    "needs a merge threshold: merge 0.95", d->name);
			bad = 1;
		} else if (review != NULL && r->review >= r->merge) {
			cfg_diag(doc, CFG_ERROR, &review->pos, "threshold out of "
			    "range: review %g must be below merge %g", r->review,
			    r->merge);
			bad = 1;
		}
	}
	return bad || d->dropped ? -1 : 0;
}

void
dup_free(struct rule_dup *r)
{
	size_t	 i;

	free(r->name);
	free(r->source);
	for (i = 0; i < r->nsources; i++)
		free(r->sources[i]);
	free(r->sources);
}
