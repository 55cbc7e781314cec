/*
 * ruleset.c -- compile "check" blocks and evaluate them against records.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/log.h"
#include "lib/util.h"
#include "rules/merge.h"
#include "rules/ruleset.h"
#include "validators/basic.h"
#include "validators/calendar.h"
#include "validators/country.h"
#include "lib/utf8.h"

static void	build_country_map(struct ruleset *);

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
	case CHECK_COMPARE: return "compare";
	case CHECK_VALIDATE: return "validate";
	case CHECK_COMPLIANCE: return "compliance";
	case CHECK_BUILTIN: return "built-in";
	}
	return "?";
}

static void
check_free(struct rule_check *c)
{
	size_t	 i;

	free(c->name);
	free(c->description);
	free(c->source);
	free(c->pattern);
	pcre2_code_free(c->re);
	for (i = 0; i < c->nscope_jur; i++)
		free(c->scope_jur[i]);
	free(c->scope_jur);
	free(c->scope_cc);
	free(c->applies);
	free(c->validator_name);
	if (c->advice != NULL) {
		free(c->advice->name);
		free(c->advice->description);
		free(c->advice->source);
		free(c->advice);
	}
}

static const char *const action_names[] = {
	[ACTION_FLAG] = "flag",
	[ACTION_QUARANTINE] = "quarantine",
	[ACTION_NORMALIZE] = "normalize",
	[ACTION_ERASE] = "erase",
};

const char *
rule_action_name(enum rule_action a)
{
	return action_names[a];
}

static const char *const cmp_names[] = {
	[CMP_LT] = "<", [CMP_LE] = "<=", [CMP_GT] = ">", [CMP_GE] = ">=",
	[CMP_EQ] = "==", [CMP_NE] = "!=",
};

const char *
rule_cmp_name(enum cmp_op op)
{
	return cmp_names[op];
}

#define FIELD_NAMES "first_name, last_name, email, phone, country, " \
	"postal_code, birth_date, created_at, updated_at, last_activity_at, " \
	"consent_marketing, consent_at, consent_source, opted_out_at, " \
	"residence_country, billing_country, shipping_country"

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
		    FIELD_NAMES ")", v->str);
		return -1;
	}
	if (!(mapped & (1u << f)))
		cfg_diag(doc, CFG_WARNING, &v->pos, "check %s reads field '%s', "
		    "which customers.map does not map; it can never run on it",
		    check, v->str);
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
	free(*dst);
	*dst = xstrdup(n->args[0].str);
	return 0;
}

static int
compile_regex(struct cfg_doc *doc, const struct cfg_node *n,
    struct rule_check *c, int use_jit)
{
	const struct cfg_value	*v = &n->args[0];
	PCRE2_UCHAR		 msg[256];
	PCRE2_SIZE		 eoff;
	size_t			 off;
	struct cfg_pos		 pos;
	int			 err;

	if (val_utf8_check(v->str, v->len, &off) != 0) {
		cfg_diag(doc, CFG_ERROR, &v->pos, "pattern is not valid UTF-8 "
		    "(byte %zu); write characters, not \\x bytes", off);
		return -1;
	}
	/*
	 * DOLLAR_ENDONLY: '$' is the end of the value, not "before a final
	 * newline" -- "anna@web.de\n" is not a valid address.
	 */
	c->re = pcre2_compile((PCRE2_SPTR)v->str, v->len,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK |
	    PCRE2_DOLLAR_ENDONLY, &err, &eoff, NULL);
	if (c->re == NULL) {
		pcre2_get_error_message(err, msg, sizeof msg);
		pos = v->pos;
		pos.col = cfg_string_col(doc, v, eoff);
		cfg_diag(doc, CFG_ERROR, &pos, "pcre2: %s at offset %zu of the "
		    "pattern", (char *)msg, (size_t)eoff);
		return -1;
	}
	if (use_jit && pcre2_jit_compile(c->re, PCRE2_JIT_COMPLETE) == 0)
		c->jit = 1;
	return 0;
}

/* validate NAME [country-from FIELD] */
static int
compile_validate(struct cfg_doc *doc, const struct cfg_node *n,
    struct rule_check *c)
{
	int	 f;

	if (n->nargs < 1 || n->args[0].type != CFG_WORD) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "validate takes a validator: "
		    "validate email|phone|postal|country|birthdate");
		return -1;
	}
	if ((c->validator = val_lookup(n->args[0].str)) == NULL) {
		cfg_diag(doc, CFG_ERROR, &n->args[0].pos, "unknown validator "
		    "'%s' (validators: %s)", n->args[0].str, val_names());
		return -1;
	}
	c->kind = CHECK_VALIDATE;
	c->validator_name = xstrdup(n->args[0].str);
	c->country_from = -1;
	if (n->nargs == 1)
		return 0;
	if (n->nargs != 3 || n->args[1].type != CFG_WORD ||
	    strcmp(n->args[1].str, "country-from") != 0 ||
	    n->args[2].type != CFG_WORD ||
	    (f = field_lookup(n->args[2].str)) == -1) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "validate takes at most "
		    "'country-from FIELD' after the validator, e.g. validate "
		    "phone country-from billing_country");
		return -1;
	}
	c->country_from = f;
	return 0;
}

/* compare FIELD OP FIELD */
static int
compile_compare(struct cfg_doc *doc, const struct cfg_node *n,
    struct rule_check *c, unsigned int mapped)
{
	size_t	 i;
	int	 op = -1;

	if (n->nargs == 3 && n->args[1].type == CFG_WORD)
		for (i = 0; i < sizeof cmp_names / sizeof cmp_names[0]; i++)
			if (strcmp(n->args[1].str, cmp_names[i]) == 0)
				op = (int)i;
	if (n->nargs != 3 || n->args[0].type != CFG_WORD ||
	    n->args[2].type != CFG_WORD || op == -1) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "compare takes two fields and "
		    "an operator: compare created_at <= updated_at (operators: "
		    "<, <=, >, >=, ==, !=)");
		return -1;
	}
	c->kind = CHECK_COMPARE;
	c->cmp_op = (enum cmp_op)op;
	c->fields = 0;
	if (add_field(doc, &n->args[0], &c->fields, mapped, c->name) != 0 ||
	    add_field(doc, &n->args[2], &c->fields, mapped, c->name) != 0)
		return -1;
	c->cmp_a = field_lookup(n->args[0].str);
	c->cmp_b = field_lookup(n->args[2].str);
	if (c->cmp_a == c->cmp_b) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "compare needs two different "
		    "fields");
		return -1;
	}
	return 0;
}

static int
compile_compliance(struct cfg_doc *doc, const struct cfg_node *n,
    struct rule_check *c, unsigned int mapped)
{
	int	 t;

	if (n->nargs != 1 || n->has_block || n->args[0].type != CFG_WORD ||
	    (t = comp_test_lookup(n->args[0].str)) == -1) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "compliance takes one test: "
		    "stale, retention, consent_expired, consent_no_evidence, "
		    "optout_not_honoured, optout_pending, minor_with_consent, "
		    "data_localization, incomplete or reasked_too_soon");
		return -1;
	}
	c->kind = CHECK_COMPLIANCE;
	c->comp = (enum comp_test)t;
	c->fields = comp_fields(c->comp, mapped);
	/* reasked_too_soon: only tables with per-channel columns. */
	if (c->fields == 0 && c->comp != COMP_DATA_LOCALIZATION &&
	    c->comp != COMP_REASKED)
		cfg_diag(doc, CFG_WARNING, &n->pos, "check %s: compliance test "
		    "%s needs %s mapped in customers { map }; it will not run",
		    c->name, n->args[0].str, comp_needs(c->comp));
	return 0;
}

static int
compile_check(struct cfg_doc *doc, const struct rule_def *d,
    struct rule_check *c, unsigned int mapped, int use_jit)
{
	const struct cfg_node	*n, *how = NULL;
	const struct cfg_value	*items;
	size_t			 i, j, nitems;
	int			 bad = 0, s;

	memset(c, 0, sizeof *c);
	c->severity = SEV_WARNING;
	c->enforce = -1;
	c->name = xstrdup(d->name);
	c->source = xasprintf("%s:%d", d->first->pos.file, d->first->pos.line);
	if (strcmp(c->name, rule_invalid_utf8.name) == 0 ||
	    strcmp(c->name, rule_oversized.name) == 0 ||
	    strcmp(c->name, "missing_key") == 0) {
		cfg_diag(doc, CFG_ERROR, &d->first->args[0].pos, "check name "
		    "'%s' is reserved for a built-in check", c->name);
		return -1;
	}
	for (i = 0; i < d->root.nkids; i++) {
		n = d->root.kids[i].n;
		if (strcmp(n->name, "field") == 0 ||
		    strcmp(n->name, "fields") == 0) {
			if (n->nargs == 0 || n->has_block) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "'%s' takes a "
				    "field name or a list [a, b]", n->name);
				bad = 1;
			}
			if (c->kind == CHECK_COMPARE ||
			    c->kind == CHECK_COMPLIANCE)
				continue;	/* they name their own fields */
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
		    strcmp(n->name, "required") == 0 ||
		    strcmp(n->name, "compare") == 0 ||
		    strcmp(n->name, "validate") == 0 ||
		    strcmp(n->name, "compliance") == 0) {
			how = n;	/* merge_defs() left one */
			if (strcmp(n->name, "compliance") == 0) {
				bad |= compile_compliance(doc, n, c, mapped) != 0;
				continue;
			}
			if (strcmp(n->name, "validate") == 0) {
				bad |= compile_validate(doc, n, c) != 0;
				continue;
			}
			if (strcmp(n->name, "compare") == 0) {
				bad |= compile_compare(doc, n, c, mapped) != 0;
				continue;
			}
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
		} else if (strcmp(n->name, "action") == 0) {
			for (s = 0; s <= ACTION_ERASE && n->nargs == 1 &&
			    n->args[0].type == CFG_WORD; s++)
				if (strcmp(n->args[0].str, action_names[s]) == 0)
					break;
			if (n->nargs == 1 && n->args[0].type == CFG_WORD &&
			    strcmp(n->args[0].str, "merge") == 0) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "merge is the "
				    "action of duplicates blocks, not of checks");
				bad = 1;
			} else if (n->nargs != 1 || n->args[0].type != CFG_WORD ||
			    s > ACTION_ERASE) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "action is flag, "
				    "quarantine, normalize or erase");
				bad = 1;
			} else
				c->action = (enum rule_action)s;
		} else if (strcmp(n->name, "mode") == 0) {
			if (n->nargs != 1 || n->args[0].type != CFG_WORD ||
			    (strcmp(n->args[0].str, "enforce") != 0 &&
			    strcmp(n->args[0].str, "dry-run") != 0)) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "mode is enforce "
				    "or dry-run");
				bad = 1;
			} else
				c->enforce = n->args[0].str[0] == 'e';
		} else if (strcmp(n->name, "jurisdictions") == 0) {
			if (n->nargs != 1 || n->has_block) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "jurisdictions "
				    "takes a list of names: jurisdictions [eu, uk]");
				bad = 1;
				continue;
			}
			items = n->args[0].type == CFG_LIST ? n->args[0].items :
			    n->args;
			nitems = n->args[0].type == CFG_LIST ?
			    n->args[0].nitems : 1;
			if (nitems == 0) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "jurisdictions "
				    "[] names none: leave it out to mean all");
				bad = 1;
				continue;
			}
			c->scope_pos = n->pos;
			c->scope_jur = xcalloc(nitems, sizeof *c->scope_jur);
			for (j = 0; j < nitems; j++) {
				if (items[j].type != CFG_WORD) {
					cfg_diag(doc, CFG_ERROR, &items[j].pos,
					    "jurisdictions are names");
					bad = 1;
					continue;
				}
				c->scope_jur[c->nscope_jur++] =
				    xstrdup(items[j].str);
			}
		} else if (strcmp(n->name, "countries") == 0) {
			if (n->nargs != 1 || n->has_block) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "countries takes "
				    "a list of codes: countries [DE, AT]");
				bad = 1;
				continue;
			}
			items = n->args[0].type == CFG_LIST ? n->args[0].items :
			    n->args;
			nitems = n->args[0].type == CFG_LIST ?
			    n->args[0].nitems : 1;
			if (nitems == 0) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "countries [] "
				    "names none: leave it out to mean all");
				bad = 1;
				continue;
			}
			c->scope_cc = xcalloc(nitems, sizeof *c->scope_cc);
			for (j = 0; j < nitems; j++) {
				if ((items[j].type != CFG_WORD &&
				    items[j].type != CFG_STRING) ||
				    !val_country_code(items[j].str)) {
					cfg_diag(doc, CFG_ERROR, &items[j].pos,
					    "'%s' is not an ISO 3166-1 alpha-2 "
					    "country code", items[j].type ==
					    CFG_LIST ? "[...]" : items[j].str);
					bad = 1;
					continue;
				}
				memcpy(c->scope_cc[c->nscope_cc++], items[j].str, 3);
			}
		} else {
			cfg_diag(doc, CFG_ERROR, &n->pos, "unknown option '%s' in "
			    "check %s (options: field, fields, regex, reject, "
			    "required, compare, validate, compliance, severity, "
			    "action, mode, jurisdictions, countries, "
			    "description)", n->name,
			    c->name);
			bad = 1;
		}
	}
	if (how == NULL && !bad && !d->dropped) {
		cfg_diag(doc, CFG_ERROR, &d->first->pos, "check %s says nothing "
		    "to test: add regex '...', reject '...', required, "
		    "validate NAME, compare A <= B or compliance TEST",
		    c->name);
		bad = 1;
	}
	if (c->fields == 0 && !bad && !d->dropped &&
	    c->kind != CHECK_COMPLIANCE) {
		cfg_diag(doc, CFG_ERROR, &d->first->pos, "check %s reads no "
		    "field: add fields [...]", c->name);
		bad = 1;
	}
	if (c->description == NULL)
		c->description = xstrdup(c->name);
	if (c->kind == CHECK_VALIDATE) {
		/* The validator's advice (typo domain, role account, ...). */
		c->advice = xcalloc(1, sizeof *c->advice);
		c->advice->name = xasprintf("%s.advice", c->name);
		c->advice->description = xasprintf("Advice from the %s "
		    "validator", c->validator_name);
		c->advice->source = xstrdup(c->source);
		c->advice->kind = CHECK_BUILTIN;
		c->advice->severity = SEV_INFO;
	}
	if (c->kind == CHECK_COMPLIANCE)
		c->fields = comp_fields(c->comp, mapped);	/* not "fields" */
	if (c->kind == CHECK_COMPARE && (c->fields & mapped) != c->fields)
		c->fields = 0;		/* both sides or nothing */
	c->fields &= mapped;
	/* A dropped statement was reported; the check must not run half-read. */
	return bad || d->dropped ? -1 : 0;
}

static int
find_jur(const struct ruleset *rs, const char *name)
{
	size_t	 i;

	for (i = 0; i < rs->njurs; i++)
		if (strcmp(rs->jurs[i].name, name) == 0)
			return (int)i;
	return -1;
}

static int
find_check(const struct ruleset *rs, const char *name)
{
	size_t	 i;

	for (i = 0; i < rs->nchecks; i++)
		if (strcmp(rs->checks[i].name, name) == 0)
			return (int)i;
	return -1;
}

/*
 * Cross-references: a check's jurisdictions must exist, a jurisdiction's
 * checks too; a country claimed twice is a warning (the first claim
 * wins).  Then work out, per check, which buckets it applies to.
 */
static int
link_rules(struct cfg_doc *doc, struct ruleset *rs, struct rule_def *jdefs)
{
	struct rule_check	*c;
	struct rule_jurisdiction *j, *k;
	size_t			 i, x, y, z;
	unsigned char		*switched;
	int			 bad = 0, idx;

	for (i = 0; i < rs->njurs; i++) {
		j = &rs->jurs[i];
		for (x = 0; x < j->ncountries; x++)
			for (y = 0; y < i; y++) {
				k = &rs->jurs[y];
				for (z = 0; z < k->ncountries; z++)
					if (strcmp(k->countries[z],
					    j->countries[x]) == 0)
						cfg_diag(doc, CFG_WARNING,
						    &jdefs[i].first->pos,
						    "country %s is claimed by "
						    "jurisdiction %s (%s) and %s; "
						    "its records go to %s",
						    j->countries[x], k->name,
						    k->source, j->name, k->name);
			}
		for (x = 0; x < j->nchecks; x++)
			if (find_check(rs, j->checks[x]) == -1) {
				cfg_diag(doc, CFG_ERROR, &j->checks_pos,
				    "jurisdiction %s switches on check '%s', "
				    "which is not defined", j->name,
				    j->checks[x]);
				bad = 1;
			}
	}
	switched = xcalloc(rs->nchecks ? rs->nchecks : 1, 1);
	for (i = 0; i < rs->njurs; i++)
		for (x = 0; x < rs->jurs[i].nchecks; x++)
			if ((idx = find_check(rs, rs->jurs[i].checks[x])) >= 0)
				switched[idx] = 1;
	for (i = 0; i < rs->nchecks; i++) {
		c = &rs->checks[i];
		c->applies = xcalloc(rs->njurs + 1, 1);
		for (x = 0; x < c->nscope_jur; x++)
			if (find_jur(rs, c->scope_jur[x]) == -1) {
				cfg_diag(doc, CFG_ERROR, &c->scope_pos, "check %s "
				    "is scoped to jurisdiction '%s', which is not "
				    "defined", c->name, c->scope_jur[x]);
				bad = 1;
			}
		/* Unassigned records: only unscoped, always-on checks. */
		c->applies[0] = c->nscope_jur == 0 && !switched[i];
		for (x = 0; x < rs->njurs; x++) {
			int in_scope = c->nscope_jur == 0, on = !switched[i];

			for (y = 0; y < c->nscope_jur; y++)
				if (strcmp(c->scope_jur[y], rs->jurs[x].name) == 0)
					in_scope = 1;
			for (y = 0; y < rs->jurs[x].nchecks; y++)
				if (strcmp(rs->jurs[x].checks[y], c->name) == 0)
					on = 1;
			c->applies[x + 1] = in_scope && on;
		}
		for (x = 0, y = 0; x <= rs->njurs; x++)
			y += c->applies[x];
		if (y == 0 && !bad)
			cfg_diag(doc, CFG_WARNING, c->scope_pos.file != NULL ?
			    &c->scope_pos : NULL, "check %s (%s) applies to no "
			    "record: its jurisdictions [..] and the jurisdictions "
			    "that switch it on have none in common", c->name,
			    c->source);
	}
	free(switched);
	return bad ? -1 : 0;
}

struct ruleset *
rule_compile(struct cfg_doc *doc, const struct cfg_node *root,
    unsigned int mapped, size_t max_value, int use_jit)
{
	struct ruleset		*rs = xcalloc(1, sizeof *rs);
	struct rule_def		*cdefs = NULL, *jdefs = NULL, *ddefs = NULL;
	size_t			 nc, nj, nd, i;
	struct buf		 dump;
	char			 errbuf[256];
	int			 errors = doc->nerrors, failed = 0;

	rs->refs = 1;
	rs->max_value = max_value;
	rs->jur_field = FIELD_COUNTRY;
	rs->comp.mapped = mapped;
	val_out_init(&rs->vout);
	nc = merge_defs(doc, root, "check", &cdefs);
	nj = merge_defs(doc, root, "jurisdiction", &jdefs);
	nd = merge_defs(doc, root, "duplicates", &ddefs);

	rs->checks = xcalloc(nc ? nc : 1, sizeof *rs->checks);
	for (i = 0; i < nc; i++) {
		if (compile_check(doc, &cdefs[i], &rs->checks[rs->nchecks],
		    mapped, use_jit) != 0) {
			check_free(&rs->checks[rs->nchecks]);
			failed++;
			continue;
		}
		rs->fields |= rs->checks[rs->nchecks++].fields;
	}
	rs->jurs = xcalloc(nj ? nj : 1, sizeof *rs->jurs);
	for (i = 0; i < nj; i++) {
		if (jur_compile(doc, &jdefs[i], &rs->jurs[rs->njurs]) != 0) {
			jur_free(&rs->jurs[rs->njurs]);
			failed++;
			continue;
		}
		rs->njurs++;
	}
	rs->dups = xcalloc(nd ? nd : 1, sizeof *rs->dups);
	for (i = 0; i < nd; i++) {
		if (dup_compile(doc, &ddefs[i], &rs->dups[rs->ndups]) != 0) {
			dup_free(&rs->dups[rs->ndups]);
			failed++;
			continue;
		}
		rs->ndups++;
	}
	if (failed == 0 && link_rules(doc, rs, jdefs) != 0)
		failed++;
	build_country_map(rs);
	/* Judge at the present until a scan says otherwise (--as-of). */
	if (failed == 0 && rule_set_clock(rs, (long long)time(NULL), errbuf,
	    sizeof errbuf) != 0) {
		cfg_diag(doc, CFG_ERROR, NULL, "%s", errbuf);
		failed++;
	}

	buf_init(&dump);
	for (i = 0; i < nc; i++)
		merge_print(&dump, &cdefs[i], "check");
	for (i = 0; i < nj; i++)
		merge_print(&dump, &jdefs[i], "jurisdiction");
	for (i = 0; i < nd; i++)
		merge_print(&dump, &ddefs[i], "duplicates");
	rs->dump = dump.data != NULL ? dump.data : xstrdup("");
	merge_free(cdefs, nc);
	merge_free(jdefs, nj);
	merge_free(ddefs, nd);

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
	for (i = 0; i < rs->njurs; i++)
		jur_free(&rs->jurs[i]);
	free(rs->jurs);
	for (i = 0; i < rs->ndups; i++)
		dup_free(&rs->dups[i]);
	free(rs->dups);
	free(rs->dump);
	free(rs->cc_map);
	val_out_free(&rs->vout);
	comp_env_free(&rs->comp);
	pcre2_match_data_free(rs->md);
	pcre2_match_context_free(rs->mctx);
	pcre2_jit_stack_free(rs->jit_stack);
	free(rs);
}

int
rule_set_clock(struct ruleset *rs, long long now, char *err, size_t len)
{
	return comp_set_clock(&rs->comp, rs->jurs, rs->njurs, now, err, len);
}

const char *
rule_jur_name(const struct ruleset *rs, int jur)
{
	if (jur < 0 || (size_t)jur >= rs->njurs)
		return "unassigned";
	return rs->jurs[jur].name;
}

void
rule_assign(const struct ruleset *rs, struct record *r)
{
	const struct field_value	*v = &r->f[rs->jur_field];
	const struct rule_country	*m;
	const char			*p;
	size_t				 n;

	r->jur = -1;
	r->country[0] = '\0';
	if (v->data == NULL)
		return;
	/* Trim, and take two ASCII letters in any case. */
	for (p = v->data, n = v->len; n > 0 && (*p == ' ' || *p == '\t');
	    p++, n--)
		;
	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
		n--;
	if (n != 2 || !((p[0] | 0x20) >= 'a' && (p[0] | 0x20) <= 'z' &&
	    (p[1] | 0x20) >= 'a' && (p[1] | 0x20) <= 'z'))
		return;
	/* Per row: one table lookup, built by build_country_map(). */
	m = &rs->cc_map[((p[0] | 0x20) - 'a') * 26 + ((p[1] | 0x20) - 'a')];
	if (m->jur == CC_INVALID)
		return;
	memcpy(r->country, m->code, 3);
	r->jur = m->jur;
}

/*
 * For each of the 26 x 26 two-letter codes: its code after the aliases,
 * whether that is an assigned ISO code, and the first jurisdiction that
 * claims it -- so that assigning a record costs one lookup, not a walk
 * over every jurisdiction's aliases and countries.
 */
static void
build_country_map(struct ruleset *rs)
{
	struct rule_country	*m;
	size_t			 i, k;
	int			 a, b;
	char			 cc[3];

	rs->cc_map = xcalloc(26 * 26, sizeof *rs->cc_map);
	for (a = 0; a < 26; a++)
		for (b = 0; b < 26; b++) {
			m = &rs->cc_map[a * 26 + b];
			cc[0] = (char)('A' + a);
			cc[1] = (char)('A' + b);
			cc[2] = '\0';
			for (i = 0; i < rs->njurs; i++)
				for (k = 0; k < rs->jurs[i].naliases; k++)
					if (strcmp(rs->jurs[i].aliases[k][0],
					    cc) == 0)
						memcpy(cc, rs->jurs[i].aliases[k][1],
						    3);
			memcpy(m->code, cc, 3);
			m->jur = val_country_code(cc) ? -1 : CC_INVALID;
			for (i = 0; i < rs->njurs && m->jur == -1; i++)
				for (k = 0; k < rs->jurs[i].ncountries; k++)
					if (strcmp(rs->jurs[i].countries[k],
					    cc) == 0) {
						m->jur = (int)i;
						break;
					}
		}
}

/* Per-field state while one record is evaluated. */
enum fstate {
	FS_UNKNOWN,
	FS_OK,
	FS_SKIP		/* missing, blank, or already reported: skip it */
};

static int
applies(const struct rule_check *c, const struct record *r)
{
	size_t	 i;

	if (!c->applies[r->jur + 1])
		return 0;
	if (c->nscope_cc == 0)
		return 1;
	for (i = 0; i < c->nscope_cc; i++)
		if (c->scope_cc[i][0] == r->country[0] &&
		    c->scope_cc[i][1] == r->country[1])
			return 1;
	return 0;
}

/* A plain decimal number: [-+]digits[.digits]. */
static int
decimal(const char *s, size_t len, double *out)
{
	char	 buf[64], *end;
	size_t	 i = 0, digits = 0;

	if (len == 0 || len >= sizeof buf)
		return 0;
	if (s[0] == '-' || s[0] == '+')
		i++;
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		digits++;
	if (i < len && s[i] == '.')
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++)
			digits++;
	if (i != len || digits == 0)
		return 0;
	memcpy(buf, s, len);
	buf[len] = '\0';
	*out = strtod(buf, &end);
	return 1;
}

static int
two(const char *s, size_t len, size_t at, int *out)
{
	if (at + 2 > len || s[at] < '0' || s[at] > '9' || s[at + 1] < '0' ||
	    s[at + 1] > '9')
		return 0;
	*out = (s[at] - '0') * 10 + s[at + 1] - '0';
	return 1;
}

/*
 * An ISO 8601 date or date-time, as PostgreSQL prints it with DateStyle
 * ISO (YYYY-MM-DD[ T]HH:MM[:SS[.f]][Z|+HH[:MM]]), in seconds since the
 * epoch in UTC.  A date alone is its midnight UTC.
 */
static int
iso_time(const char *s, size_t len, double *out)
{
	size_t	 i;
	int	 y, mo, d, h = 0, mi = 0, se = 0, oh = 0, om = 0, sign = 1;
	double	 frac = 0, scale = 0.1;

	if (len < 10 || s[4] != '-' || s[7] != '-' || !two(s, len, 0, &y) ||
	    !two(s, len, 2, &h) || !two(s, len, 5, &mo) || !two(s, len, 8, &d))
		return 0;
	y = y * 100 + h;
	h = 0;
	if (mo < 1 || mo > 12 || d < 1 || d > 31)
		return 0;
	i = 10;
	if (i < len) {
		if ((s[i] != ' ' && s[i] != 'T') || !two(s, len, i + 1, &h) ||
		    i + 3 >= len || s[i + 3] != ':' || !two(s, len, i + 4, &mi))
			return 0;
		i += 6;
		if (i < len && s[i] == ':') {
			if (!two(s, len, i + 1, &se))
				return 0;
			i += 3;
			if (i < len && s[i] == '.')
				for (i++; i < len && s[i] >= '0' && s[i] <= '9';
				    i++, scale /= 10)
					frac += (s[i] - '0') * scale;
		}
		if (i < len && s[i] == 'Z')
			i++;
		else if (i < len && (s[i] == '+' || s[i] == '-')) {
			sign = s[i] == '-' ? -1 : 1;
			if (!two(s, len, i + 1, &oh))
				return 0;
			i += 3;
			if (i < len && s[i] == ':')
				i++;
			if (i < len) {
				if (!two(s, len, i, &om))
					return 0;
				i += 2;
			}
		}
		if (i != len)
			return 0;
	}
	*out = (double)cal_days(y, mo, d) * 86400 + h * 3600 + mi * 60 + se +
	    frac - sign * (oh * 3600 + om * 60);
	return 1;
}

/*
 * Compare two values: as points in time when both are ISO dates or
 * timestamps (offsets applied), as numbers when both are decimal
 * numbers, else as text.
 */
static int
compare_values(const struct field_value *a, const struct field_value *b)
{
	double	 dx, dy;
	size_t	 n;
	int	 c;

	if ((iso_time(a->data, a->len, &dx) && iso_time(b->data, b->len, &dy)) ||
	    (decimal(a->data, a->len, &dx) && decimal(b->data, b->len, &dy)))
		return (dx > dy) - (dx < dy);
	n = a->len < b->len ? a->len : b->len;
	if ((c = memcmp(a->data, b->data, n)) != 0)
		return c;
	return (a->len > b->len) - (a->len < b->len);
}

static int
cmp_holds(enum cmp_op op, int c)
{
	switch (op) {
	case CMP_LT: return c < 0;
	case CMP_LE: return c <= 0;
	case CMP_GT: return c > 0;
	case CMP_GE: return c >= 0;
	case CMP_EQ: return c == 0;
	case CMP_NE: return c != 0;
	}
	return 0;
}

/* Country code of field f (two letters, any case), or NULL. */
static const char *
field_country(const struct field_value *v, char cc[3])
{
	const char	*p = v->data;
	size_t		 n = v->len;

	if (p == NULL)
		return NULL;
	while (n > 0 && *p == ' ') {
		p++;
		n--;
	}
	while (n > 0 && p[n - 1] == ' ')
		n--;
	if (n != 2)
		return NULL;
	cc[0] = (char)(p[0] & ~0x20);
	cc[1] = (char)(p[1] & ~0x20);
	cc[2] = '\0';
	return val_country_code(cc) ? cc : NULL;
}

/*
 * Run a validator on one value.  A rejection is a finding of the check;
 * advice (a typo domain, a role account) a finding of NAME.advice; with
 * action normalize, a value that is valid but not in its normal form is
 * reported (the rewrite itself belongs to enforce mode).
 */
/* What a validator knows of the record: its country, the minimum age. */
static void
val_context(const struct ruleset *rs, const struct rule_check *c,
    const struct record *r, struct val_ctx *ctx, char cc[3])
{
	memset(ctx, 0, sizeof *ctx);
	ctx->country = c->country_from >= 0 ?
	    field_country(&r->f[c->country_from], cc) :
	    (r->country[0] != '\0' ? r->country : NULL);
	/*
	 * "Today" is the scan's clock (scan --as-of, STEWARD_NOW), in the
	 * record's own zone, and the age the one in force there, as for
	 * minor_with_consent: otherwise a birth date would be judged against
	 * one day and law and the consent of the same person against another.
	 */
	if (rs->comp.clocks != NULL)
		ctx->min_age = comp_minimum_age(&rs->comp, r->jur >= 0 ?
		    &rs->jurs[r->jur] : NULL, r, &ctx->today);
	else {
		ctx->min_age = -1;
		ctx->today = (long long)(time(NULL) / 86400);
	}
}

int
rule_normal_form(struct ruleset *rs, const struct rule_check *c,
    const struct record *r, int f, struct buf *out)
{
	const struct field_value	*v = &r->f[f];
	struct val_ctx			 ctx;
	char				 cc[3];

	if (c->kind != CHECK_VALIDATE || v->data == NULL)
		return -1;
	val_context(rs, c, r, &ctx, cc);
	val_out_reset(&rs->vout);
	if (c->validator(v->data, v->len, &ctx, &rs->vout) != VAL_OK)
		return -1;
	if (rs->vout.norm.len == v->len &&
	    memcmp(rs->vout.norm.data, v->data, v->len) == 0)
		return 0;
	buf_reset(out);
	buf_add(out, rs->vout.norm.data, rs->vout.norm.len);
	return 1;
}

static int
run_validator(struct ruleset *rs, const struct rule_check *c,
    const struct record *r, int f, const struct field_value *v,
    rule_emit_fn emit, rule_explain_fn explain, void *arg)
{
	struct val_ctx			 ctx;
	enum val_status			 st;
	char				 detail[256], cc[3];
	int				 n = 0;

	val_context(rs, c, r, &ctx, cc);
	val_out_reset(&rs->vout);
	st = c->validator(v->data, v->len, &ctx, &rs->vout);
	if (st == VAL_BAD) {
		snprintf(detail, sizeof detail, "%s validator: %s",
		    c->validator_name, rs->vout.reason);
		if (explain != NULL)
			explain(arg, c, f, VERDICT_FAIL, detail);
		else
			emit(arg, c, (enum field)f, detail);
		n++;
	} else if (c->action == ACTION_NORMALIZE &&
	    (rs->vout.norm.len != v->len ||
	    memcmp(rs->vout.norm.data, v->data, v->len) != 0)) {
		snprintf(detail, sizeof detail, "valid but not in %s normal "
		    "form", c->validator_name);
		if (explain != NULL)
			explain(arg, c, f, VERDICT_FAIL, detail);
		else
			emit(arg, c, (enum field)f, detail);
		n++;
	} else if (explain != NULL)
		explain(arg, c, f, VERDICT_PASS, "accepted by the validator");
	if (rs->vout.note[0] != '\0') {
		snprintf(detail, sizeof detail, "%s", rs->vout.note);
		if (explain != NULL)
			explain(arg, c->advice, f, VERDICT_FAIL, detail);
		else
			emit(arg, c->advice, (enum field)f, detail);
		n++;
	}
	return n;
}

/*
 * Evaluate every check that applies to r.  emit gets the findings; when
 * explain is set it gets every verdict instead (steward explain).
 */
static int
evaluate(struct ruleset *rs, struct record *r, rule_emit_fn emit,
    rule_explain_fn explain, void *arg)
{
	enum fstate			 st[FIELD_MAX] = { FS_UNKNOWN };
	const struct rule_check		*c;
	const struct field_value	*v;
	PCRE2_UCHAR			 msg[160];
	char				 detail[512];
	struct rule_check		 weighed;
	enum comp_weight		 weight;
	size_t				 i, bad;
	unsigned int			 bits;
	int				 f, rc, n = 0, fail;

	rule_assign(rs, r);
#define VERDICT(check, fld, verdict, text) do {				\
	if (explain != NULL)						\
		explain(arg, (check), (fld), (verdict), (text));	\
	else if ((verdict) == VERDICT_FAIL)				\
		emit(arg, (check), (enum field)(fld), (text));		\
	if ((verdict) == VERDICT_FAIL)					\
		n++;							\
} while (0)
	for (i = 0; i < rs->nchecks; i++) {
		c = &rs->checks[i];
		if (!applies(c, r)) {
			if (explain != NULL)
				explain(arg, c, -1, VERDICT_SKIP, "out of scope "
				    "for this record's jurisdiction or country");
			continue;
		}
		if (c->fields == 0 && explain != NULL)
			explain(arg, c, -1, VERDICT_SKIP, "reads no mapped field");
		if (c->kind == CHECK_COMPLIANCE) {
			detail[0] = '\0';
			f = -1;
			rc = comp_eval(c->comp, &rs->comp, r->jur >= 0 ?
			    &rs->jurs[r->jur] : NULL, r, &f, &weight, detail,
			    sizeof detail, explain == NULL);
			/*
			 * Severity follows the basis: a GUID or PRAC value
			 * is a review (warning at most), an advisory info.
			 */
			if (rc == 1 && weight != COMP_LAW) {
				weighed = *c;
				if (weight == COMP_ADVISORY)
					weighed.severity = SEV_INFO;
				else if (weighed.severity > SEV_WARNING)
					weighed.severity = SEV_WARNING;
				VERDICT(&weighed, f, VERDICT_FAIL, detail);
			} else if (rc == 1)
				VERDICT(c, f, VERDICT_FAIL, detail);
			else if (explain != NULL)
				explain(arg, c, f, rc == 0 ? VERDICT_PASS :
				    VERDICT_SKIP, detail[0] != '\0' ? detail :
				    rc == 0 ? "within the jurisdiction's limits" :
				    "nothing to judge (no limit here, or a value "
				    "is missing)");
			continue;
		}
		if (c->kind == CHECK_COMPARE) {
			const struct field_value *a = &r->f[c->cmp_a];
			const struct field_value *b = &r->f[c->cmp_b];

			if (c->fields == 0)
				continue;
			if (a->data == NULL || b->data == NULL ||
			    val_blank(a->data, a->len) ||
			    val_blank(b->data, b->len)) {
				if (explain != NULL)
					explain(arg, c, c->cmp_a, VERDICT_SKIP,
					    "a side is missing");
				continue;
			}
			fail = !cmp_holds(c->cmp_op, compare_values(a, b));
			snprintf(detail, sizeof detail, "%s is %s%s %s",
			    field_name((enum field)c->cmp_a), fail ? "not " : "",
			    cmp_names[c->cmp_op], field_name((enum field)c->cmp_b));
			VERDICT(c, c->cmp_a, fail ? VERDICT_FAIL : VERDICT_PASS,
			    detail);
			continue;
		}
		for (bits = c->fields; bits != 0; bits &= bits - 1) {
			f = __builtin_ctz(bits);
			v = &r->f[f];
			if (c->kind == CHECK_REQUIRED) {
				if (v->data == NULL || val_blank(v->data, v->len))
					VERDICT(c, f, VERDICT_FAIL, v->data == NULL ?
					    "value is missing (NULL)" : v->len == 0 ?
					    "value is empty" : "value is blank");
				else if (explain != NULL)
					explain(arg, c, f, VERDICT_PASS,
					    "value is present");
				continue;
			}
			if (st[f] == FS_SKIP) {
				if (explain != NULL)
					explain(arg, c, f, VERDICT_SKIP,
					    "missing, blank or not judged");
				continue;
			}
			if (st[f] == FS_UNKNOWN) {
				/* Judge the value once per record, not per check. */
				st[f] = FS_SKIP;
				/* Missing and blank values are required's business. */
				if (v->data == NULL || val_blank(v->data, v->len)) {
					if (explain != NULL)
						explain(arg, c, f, VERDICT_SKIP,
						    "missing or blank");
					continue;
				}
				if (v->len > rs->max_value) {
					snprintf(detail, sizeof detail, "value of "
					    "%zu bytes is larger than the %zu-byte "
					    "limit; not checked further", v->len,
					    rs->max_value);
					VERDICT(&rule_oversized, f, VERDICT_FAIL,
					    detail);
					continue;
				}
				if (val_utf8_check(v->data, v->len, &bad) != 0) {
					snprintf(detail, sizeof detail, "invalid "
					    "UTF-8 at byte %zu of %zu; not checked "
					    "further", bad, v->len);
					VERDICT(&rule_invalid_utf8, f, VERDICT_FAIL,
					    detail);
					continue;
				}
				st[f] = FS_OK;
			}
			if (c->kind == CHECK_VALIDATE) {
				n += run_validator(rs, c, r, f, v, emit, explain,
				    arg);
				continue;
			}
			if (c->jit)
				rc = pcre2_jit_match(c->re, (PCRE2_SPTR)v->data,
				    v->len, 0, 0, rs->md, rs->mctx);
			else
				rc = pcre2_match(c->re, (PCRE2_SPTR)v->data,
				    v->len, 0, PCRE2_NO_UTF_CHECK, rs->md,
				    rs->mctx);
			if (rc >= 0 && c->kind == CHECK_REJECT)
				VERDICT(c, f, VERDICT_FAIL,
				    "value matches a rejected pattern");
			else if (rc == PCRE2_ERROR_NOMATCH &&
			    c->kind == CHECK_REGEX)
				VERDICT(c, f, VERDICT_FAIL,
				    "value does not match the required pattern");
			else if (rc < 0 && rc != PCRE2_ERROR_NOMATCH) {
				/* Never read an error as "no match". */
				rs->regex_errors++;
				pcre2_get_error_message(rc, msg, sizeof msg);
				snprintf(detail, sizeof detail, "pattern could "
				    "not be evaluated: %s", (char *)msg);
				VERDICT(c, f, VERDICT_FAIL, detail);
			} else if (explain != NULL)
				explain(arg, c, f, VERDICT_PASS,
				    c->kind == CHECK_REGEX ? "matches the "
				    "pattern" : "does not match the rejected "
				    "pattern");
		}
	}
#undef VERDICT
	return n;
}

int
rule_eval(struct ruleset *rs, struct record *r, rule_emit_fn emit, void *arg)
{
	return evaluate(rs, r, emit, NULL, arg);
}

int
rule_explain(struct ruleset *rs, struct record *r, rule_explain_fn explain,
    void *arg)
{
	return evaluate(rs, r, NULL, explain, arg);
}

void
rule_dump(const struct ruleset *rs, FILE *fp)
{
	fputs(rs->dump, fp);
}


/* One value of a jurisdiction and its legal basis, for steward rules. */
static void
print_basis(FILE *fp, const char *jur, const char *key, const char *value,
    const struct rule_basis *b)
{
	char	 bt[300];

	jur_basis_text(b, bt, sizeof bt);
	fprintf(fp, "%-14s %-32s %-18s %s\n", jur, key, value, bt);
}

static void	print_jur_bases(const struct rule_jurisdiction *, const char *,
		    FILE *);

/*
 * Every value with its basis, in-force dates and class: what a finding
 * on it will cite.
 */
static void
print_bases(const struct ruleset *rs, FILE *fp)
{
	size_t	 i, x;
	char	 name[40];

	fprintf(fp, "\n%-14s %-32s %-18s %s\n", "BASIS OF", "VALUE",
	    "LIMIT", "BASIS");
	for (i = 0; i < rs->njurs; i++) {
		print_jur_bases(&rs->jurs[i], rs->jurs[i].name, fp);
		for (x = 0; x < rs->jurs[i].nsubs; x++) {
			snprintf(name, sizeof name, "%s/%s", rs->jurs[i].name,
			    rs->jurs[i].subs[x].name);
			print_jur_bases(&rs->jurs[i].subs[x], name, fp);
		}
	}
}

static void
print_jur_bases(const struct rule_jurisdiction *j, const char *jname,
    FILE *fp)
{
	char	 key[64], v[80];
	size_t	 x;
	int	 k;

	{
		for (k = 0; k < CONSENT_KINDS; k++) {
			if (!j->consent_max_age[k].set)
				continue;
			snprintf(key, sizeof key, "consent_max_age %s",
			    jur_consent_kind_name((enum consent_kind)k));
			jur_limit_text(&j->consent_max_age[k], v, sizeof v);
			print_basis(fp, jname, key, v,
			    &j->consent_max_age[k].basis);
		}
		if (j->optout_deadline.set) {
			jur_limit_text(&j->optout_deadline, key, sizeof key);
			snprintf(v, sizeof v, "%s%s", key,
			    j->optout_deadline.rollover ? " +rollover" : "");
			print_basis(fp, jname, "optout_deadline", v,
			    &j->optout_deadline.basis);
		}
		if (j->stale_after.set) {
			jur_limit_text(&j->stale_after, v, sizeof v);
			print_basis(fp, jname, "stale_after", v,
			    &j->stale_after.basis);
		}
		if (j->retention.set) {
			jur_limit_text(&j->retention, v, sizeof v);
			print_basis(fp, jname, "retention", v,
			    &j->retention.basis);
		}
		if (j->minimum_age >= 0) {
			snprintf(v, sizeof v, "%d", j->minimum_age);
			print_basis(fp, jname, "minimum_age", v,
			    &j->minimum_age_basis);
		}
		for (x = 0; x < j->nages; x++) {
			snprintf(key, sizeof key, "minimum_age %s",
			    j->ages[x].country);
			snprintf(v, sizeof v, "%d", j->ages[x].age);
			print_basis(fp, jname, key, v, &j->ages[x].basis);
		}
		if (j->nstorage > 0)
			print_basis(fp, jname, "storage_region", j->storage[0],
			    &j->storage_basis);
		for (x = 0; x < j->nadvisory; x++) {
			snprintf(key, sizeof key, "consent_advisory %s",
			    j->advisory[x]);
			print_basis(fp, jname, key, "advisory",
			    &j->advisory_basis);
		}
		for (k = CH_EMAIL; k < CH_MAX; k++) {
			if (j->channels[k].optout.set) {
				snprintf(key, sizeof key, "channel %s "
				    "optout_deadline", jur_channel_name(
				    (enum channel)k));
				jur_limit_text(&j->channels[k].optout, v,
				    sizeof v);
				print_basis(fp, jname, key, v,
				    &j->channels[k].optout.basis);
			}
			if (j->channels[k].reask.set) {
				snprintf(key, sizeof key, "channel %s "
				    "reask_after", jur_channel_name(
				    (enum channel)k));
				jur_limit_text(&j->channels[k].reask, v,
				    sizeof v);
				print_basis(fp, jname, key, v,
				    &j->channels[k].reask.basis);
			}
			if (j->channels[k].minimum_age >= 0) {
				snprintf(key, sizeof key, "channel %s "
				    "minimum_age", jur_channel_name(
				    (enum channel)k));
				snprintf(v, sizeof v, "%d",
				    j->channels[k].minimum_age);
				print_basis(fp, jname, key, v,
				    &j->channels[k].age_basis);
			}
		}
		if (j->public_holidays)
			fprintf(fp, "%-14s %-32s %-18s %s\n", jname,
			    "holidays", "public", cal_holiday_source);
	}
}

void
rule_table(const struct ruleset *rs, FILE *fp)
{
	const struct rule_check		*c;
	const struct rule_jurisdiction	*j;
	char				 a[32], o[32], t[32], m[16];
	size_t				 i, x;
	int				 f;

	fprintf(fp, "%-24s %-9s %-9s %-10s %-28s %-16s %s\n", "CHECK", "KIND",
	    "SEVERITY", "ACTION", "FIELDS", "SCOPE", "SOURCE");
	for (i = 0; i < rs->nchecks; i++) {
		struct buf fl, sc;

		c = &rs->checks[i];
		buf_init(&fl);
		buf_init(&sc);
		for (f = 0; f < FIELD_MAX; f++)
			if (c->fields & (1u << f))
				buf_printf(&fl, "%s%s", fl.len ? "," : "",
				    field_name((enum field)f));
		for (x = 0; x < c->nscope_jur; x++)
			buf_printf(&sc, "%s%s", sc.len ? "," : "",
			    c->scope_jur[x]);
		for (x = 0; x < c->nscope_cc; x++)
			buf_printf(&sc, "%s%s", sc.len ? "," : "",
			    c->scope_cc[x]);
		if (!c->applies[0] && c->nscope_jur == 0)
			buf_adds(&sc, sc.len ? ",switched-on" : "switched-on");
		fprintf(fp, "%-24s %-9s %-9s %-10s %-28s %-16s %s\n", c->name,
		    rule_kind_name(c->kind), rule_severity_name(c->severity),
		    rule_action_name(c->action), fl.len ? fl.data : "(unmapped)",
		    sc.len ? sc.data : "all", c->source);
		buf_free(&fl);
		buf_free(&sc);
	}
	if (rs->njurs == 0)
		return;
	fprintf(fp, "\n%-14s %9s %-16s %-14s %7s %-8s %-40s %s\n",
	    "JURISDICTION", "COUNTRIES", "OPT-OUT", "STALE AFTER", "MIN AGE",
	    "STORAGE", "SOURCE", "CONSENT MAX AGE");
	for (i = 0; i < rs->njurs; i++) {
		struct buf cs;
		int k;

		j = &rs->jurs[i];
		jur_limit_text(&j->optout_deadline, o, sizeof o);
		jur_limit_text(&j->stale_after, t, sizeof t);
		if (j->minimum_age < 0)
			snprintf(m, sizeof m, "-");
		else
			snprintf(m, sizeof m, "%d", j->minimum_age);
		/* Every consent kind the law distinguishes, not only "any". */
		buf_init(&cs);
		for (k = 0; k < CONSENT_KINDS; k++) {
			if (!j->consent_max_age[k].set)
				continue;
			jur_limit_text(&j->consent_max_age[k], a, sizeof a);
			buf_printf(&cs, "%s%s %s", cs.len ? ", " : "",
			    jur_consent_kind_name((enum consent_kind)k), a);
		}
		fprintf(fp, "%-14s %9zu %-16s %-14s %7s %-8s %-40s %s\n",
		    j->name, j->ncountries, o, t, m,
		    j->nstorage ? j->storage[0] : "-", j->source,
		    cs.len ? cs.data : "-");
		buf_free(&cs);
	}
	print_bases(rs, fp);
}
