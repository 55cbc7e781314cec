/*
 * jurisdiction.c -- compile jurisdiction blocks.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/record.h"
#include "daemon/util.h"
#include "rules/jurisdiction.h"
#include "validators/calendar.h"
#include "validators/country.h"

static const char *const consent_kinds[CONSENT_KINDS] = {
	[CONSENT_ANY] = "any",
	[CONSENT_EXPRESS] = "express",
	[CONSENT_IMPLIED_PURCHASE] = "implied_purchase",
	[CONSENT_IMPLIED_INQUIRY] = "implied_inquiry",
	[CONSENT_SOFT_OPTIN] = "soft_optin",
	[CONSENT_THIRD_PARTY] = "third_party",
};

const char *
jur_consent_kind_name(enum consent_kind k)
{
	return consent_kinds[k];
}

void
jur_limit_text(const struct rule_limit *l, char *buf, size_t len)
{
	if (!l->set)
		snprintf(buf, len, "-");
	else if (l->none)
		snprintf(buf, len, "none");
	else if (l->count == 1) {
		/* "1 month", not "1 months". */
		snprintf(buf, len, "1 %s", cfg_unit_name(l->unit));
		if (strlen(buf) > 2 && buf[strlen(buf) - 1] == 's')
			buf[strlen(buf) - 1] = '\0';
	} else
		snprintf(buf, len, "%g %s", l->count, cfg_unit_name(l->unit));
}

static char *
pos_text(const struct cfg_node *n)
{
	return xasprintf("%s:%d", n->pos.file, n->pos.line);
}

/* An ISO 3166-1 alpha-2 code given as a bare word. */
static int
country_value(struct cfg_doc *doc, const struct cfg_value *v, char out[3])
{
	if ((v->type != CFG_WORD && v->type != CFG_STRING) ||
	    !val_country_code(v->str)) {
		cfg_diag(doc, CFG_ERROR, &v->pos, "'%s' is not an ISO 3166-1 "
		    "alpha-2 country code (upper case, like DE or GB)",
		    v->type == CFG_LIST ? "[...]" : v->str);
		return -1;
	}
	memcpy(out, v->str, 3);
	return 0;
}

/* A list of country codes (or one code) into *codes. */
static int
country_list(struct cfg_doc *doc, const struct cfg_node *n, char (**codes)[3],
    size_t *ncodes)
{
	const struct cfg_value	*items;
	size_t			 nitems, i;
	int			 bad = 0;

	if (n->nargs != 1 || n->has_block) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "'%s' takes a list of country "
		    "codes: %s [DE, FR]", n->name, n->name);
		return -1;
	}
	items = n->args[0].type == CFG_LIST ? n->args[0].items : n->args;
	nitems = n->args[0].type == CFG_LIST ? n->args[0].nitems : 1;
	free(*codes);
	*codes = xcalloc(nitems ? nitems : 1, sizeof **codes);
	*ncodes = 0;
	for (i = 0; i < nitems; i++)
		if (country_value(doc, &items[i], (*codes)[*ncodes]) == 0)
			(*ncodes)++;
		else
			bad = 1;
	return bad ? -1 : 0;
}

/* A list of strings or names (officers, checks). */
static int
string_list(struct cfg_doc *doc, const struct cfg_node *n, int want_string,
    char ***out, size_t *nout)
{
	const struct cfg_value	*items;
	size_t			 nitems, i;

	if (n->nargs != 1 || n->has_block) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "'%s' takes a list: %s [...]",
		    n->name, n->name);
		return -1;
	}
	items = n->args[0].type == CFG_LIST ? n->args[0].items : n->args;
	nitems = n->args[0].type == CFG_LIST ? n->args[0].nitems : 1;
	*out = xcalloc(nitems ? nitems : 1, sizeof **out);
	for (i = 0; i < nitems; i++) {
		if ((want_string && items[i].type != CFG_STRING) ||
		    (!want_string && items[i].type != CFG_WORD)) {
			cfg_diag(doc, CFG_ERROR, &items[i].pos, "'%s' takes %s",
			    n->name, want_string ? "quoted strings" : "names");
			return -1;
		}
		(*out)[(*nout)++] = xstrdup(items[i].str);
	}
	return 0;
}

/* A report recipient: one address, no spaces or line breaks. */
static int
check_address(struct cfg_doc *doc, const struct cfg_value *v)
{
	const char	*at = strchr(v->str, '@');

	if (at == NULL || at == v->str || at[1] == '\0' ||
	    strchr(at + 1, '@') != NULL || strchr(at + 1, '.') == NULL ||
	    strpbrk(v->str, " \t\r\n<>,;") != NULL || strlen(v->str) != v->len) {
		cfg_diag(doc, CFG_ERROR, &v->pos, "'%s' is not an email address "
		    "(one address per string: \"dpo@example.com\")", v->str);
		return -1;
	}
	return 0;
}

#define LIMIT_MAX_YEARS	1000	/* a limit longer than this is a typo */

/* A duration limit, or the word none. */
static int
limit_value(struct cfg_doc *doc, const struct cfg_node *n,
    const struct cfg_value *v, int business_ok, struct rule_limit *l)
{
	free(l->source);
	memset(l, 0, sizeof *l);
	if (v->type == CFG_WORD && strcmp(v->str, "none") == 0) {
		l->set = l->none = 1;
	} else if (v->type == CFG_DURATION && v->num > 0) {
		if (v->unit == CFG_UNIT_BUSINESS_DAY && !business_ok) {
			cfg_diag(doc, CFG_ERROR, &v->pos, "'%s' is counted in "
			    "calendar time; business days are for opt-out "
			    "deadlines", n->name);
			return -1;
		}
		/* Checked here, where the value has a column. */
		if (v->num != (double)(long long)v->num) {
			cfg_diag(doc, CFG_ERROR, &v->pos, "'%s' takes a whole "
			    "number of %s, not %s", n->name,
			    cfg_unit_name(v->unit), v->str);
			return -1;
		}
		if (cfg_duration_seconds(v) > LIMIT_MAX_YEARS * 365.2425 *
		    86400) {
			cfg_diag(doc, CFG_ERROR, &v->pos, "'%s' %s %s is longer "
			    "than %d years", n->name, v->str,
			    cfg_unit_name(v->unit), LIMIT_MAX_YEARS);
			return -1;
		}
		l->set = 1;
		l->count = v->num;
		l->unit = v->unit;
	} else {
		cfg_diag(doc, CFG_ERROR, &v->pos, "'%s' takes a duration like "
		    "24 months or 10 business days, or none", n->name);
		return -1;
	}
	l->source = pos_text(n);
	return 0;
}

static int
one_limit(struct cfg_doc *doc, const struct cfg_node *n, int business_ok,
    struct rule_limit *l)
{
	if (n->nargs != 1 || n->has_block) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "'%s' takes one duration",
		    n->name);
		return -1;
	}
	return limit_value(doc, n, &n->args[0], business_ok, l);
}

static int
age_value(struct cfg_doc *doc, const struct cfg_node *n, int *age)
{
	const struct cfg_value	*v = n->nargs == 1 ? &n->args[0] : NULL;

	if (v == NULL || n->has_block || v->type != CFG_NUMBER ||
	    v->num < 0 || v->num > 120 || v->num != (int)v->num) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "'%s' takes an age in whole "
		    "years from 0 to 120", n->name);
		return -1;
	}
	*age = (int)v->num;
	return 0;
}

static int
cmp_day(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;

	return x < y ? -1 : x > y;
}

/* holidays ["2026-12-25", ...]: days business days skip, sorted. */
static int
holiday_list(struct cfg_doc *doc, const struct cfg_node *n,
    struct rule_jurisdiction *j)
{
	const struct cfg_value	*items;
	size_t			 x, nitems;
	long long		 day;
	int			 bad = 0;

	items = n->nargs == 1 && n->args[0].type == CFG_LIST ?
	    n->args[0].items : n->args;
	nitems = n->nargs == 1 && n->args[0].type == CFG_LIST ?
	    n->args[0].nitems : n->nargs;
	free(j->holidays);
	j->holidays = xreallocarray(NULL, nitems ? nitems : 1,
	    sizeof *j->holidays);
	j->nholidays = 0;
	for (x = 0; x < nitems; x++) {
		if (items[x].type != CFG_STRING || strlen(items[x].str) != 10 ||
		    cal_parse_date(items[x].str, 10, &day) != 0) {
			cfg_diag(doc, CFG_ERROR, &items[x].pos, "holidays: a "
			    "holiday is a quoted date \"YYYY-MM-DD\"");
			bad = 1;
			continue;
		}
		j->holidays[j->nholidays++] = day;
	}
	qsort(j->holidays, j->nholidays, sizeof *j->holidays, cmp_day);
	return bad ? -1 : 0;
}

/* required [last_name, country]: logical fields, as a bit set. */
static int
field_list(struct cfg_doc *doc, const struct cfg_node *n, unsigned int *set)
{
	const struct cfg_value	*items;
	size_t			 x, nitems;
	int			 f, bad = 0;

	items = n->nargs == 1 && n->args[0].type == CFG_LIST ?
	    n->args[0].items : n->args;
	nitems = n->nargs == 1 && n->args[0].type == CFG_LIST ?
	    n->args[0].nitems : n->nargs;
	*set = 0;
	if (nitems == 0) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "%s takes a list of fields: "
		    "%s [last_name, email]", n->name, n->name);
		return -1;
	}
	for (x = 0; x < nitems; x++) {
		if (items[x].type != CFG_WORD ||
		    (f = field_lookup(items[x].str)) < 0) {
			cfg_diag(doc, CFG_ERROR, &items[x].pos, "%s: '%s' is not "
			    "a field (see customers { map } in steward.conf(5))",
			    n->name, items[x].type == CFG_WORD ||
			    items[x].type == CFG_STRING ? items[x].str : "?");
			bad = 1;
			continue;
		}
		*set |= 1u << f;
	}
	return bad ? -1 : 0;
}

int
jur_compile(struct cfg_doc *doc, const struct rule_def *d,
    struct rule_jurisdiction *j)
{
	const struct mnode	*m, *k;
	const struct cfg_node	*n;
	size_t			 i, x;
	int			 bad = 0, kind;

	memset(j, 0, sizeof *j);
	j->minimum_age = -1;
	j->name = xstrdup(d->name);
	j->source = xasprintf("%s:%d", d->first->pos.file, d->first->pos.line);
	if (strcmp(d->name, "unassigned") == 0) {
		cfg_diag(doc, CFG_ERROR, &d->first->args[0].pos, "'unassigned' "
		    "is the bucket for records no jurisdiction claims; choose "
		    "another name");
		return -1;
	}
	for (i = 0; i < d->root.nkids; i++) {
		m = &d->root.kids[i];
		n = m->n;
		if (strcmp(n->name, "description") == 0) {
			if (n->nargs != 1 || n->args[0].type != CFG_STRING) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "description "
				    "takes one quoted string");
				bad = 1;
			} else {
				free(j->description);
				j->description = xstrdup(n->args[0].str);
			}
		} else if (strcmp(n->name, "countries") == 0)
			bad |= country_list(doc, n, &j->countries,
			    &j->ncountries) != 0;
		else if (strcmp(n->name, "storage_region") == 0)
			bad |= country_list(doc, n, &j->storage,
			    &j->nstorage) != 0;
		else if (strcmp(n->name, "holidays") == 0)
			bad |= holiday_list(doc, n, j) != 0;
		else if (strcmp(n->name, "required_fields") == 0 ||
		    strcmp(n->name, "required_for_marketing") == 0) {
			unsigned int *set = strcmp(n->name,
			    "required_fields") == 0 ? &j->required :
			    &j->required_marketing;

			bad |= field_list(doc, n, set) != 0;
			if (j->required_source == NULL)
				j->required_source = xasprintf("%s:%d",
				    n->pos.file, n->pos.line);
		}
		else if (strcmp(n->name, "alias") == 0) {
			char from[3], to[3];

			if (n->nargs != 2 || n->args[0].type != CFG_WORD ||
			    strlen(n->args[0].str) != 2 ||
			    n->args[0].str[0] < 'A' || n->args[0].str[0] > 'Z' ||
			    n->args[0].str[1] < 'A' || n->args[0].str[1] > 'Z') {
				cfg_diag(doc, CFG_ERROR, &n->pos, "alias takes a "
				    "two-letter upper-case code seen in data and "
				    "its ISO code: alias EL GR");
				bad = 1;
				continue;
			}
			memcpy(from, n->args[0].str, 3);
			if (val_country_code(from))
				cfg_diag(doc, CFG_WARNING, &n->args[0].pos,
				    "alias %s: %s is an assigned ISO code; its "
				    "customers will be counted as %s", from, from,
				    n->args[1].type == CFG_WORD ? n->args[1].str :
				    "?");
			if (country_value(doc, &n->args[1], to) != 0) {
				bad = 1;
				continue;
			}
			j->aliases = xreallocarray(j->aliases, j->naliases + 1,
			    sizeof *j->aliases);
			memcpy(j->aliases[j->naliases][0], from, 3);
			memcpy(j->aliases[j->naliases][1], to, 3);
			j->naliases++;
		} else if (strcmp(n->name, "officers") == 0) {
			if (string_list(doc, n, 1, &j->officers,
			    &j->nofficers) != 0) {
				bad = 1;
				continue;
			}
			for (x = 0; x < n->args[0].nitems; x++)
				bad |= check_address(doc,
				    &n->args[0].items[x]) != 0;
			if (n->args[0].type == CFG_STRING)
				bad |= check_address(doc, &n->args[0]) != 0;
		} else if (strcmp(n->name, "consent_max_age") == 0) {
			if (!n->has_block) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "consent_max_age "
				    "is a block: consent_max_age { express 24 "
				    "months }");
				bad = 1;
				continue;
			}
			for (x = 0; x < m->nkids; x++) {
				k = &m->kids[x];
				for (kind = 0; kind < CONSENT_KINDS; kind++)
					if (strcmp(k->n->name,
					    consent_kinds[kind]) == 0)
						break;
				if (kind == CONSENT_KINDS) {
					cfg_diag(doc, CFG_ERROR, &k->n->pos,
					    "unknown consent kind '%s' (kinds: any, "
					    "express, implied_purchase, "
					    "implied_inquiry, soft_optin, "
					    "third_party)", k->n->name);
					bad = 1;
					continue;
				}
				bad |= one_limit(doc, k->n, 0,
				    &j->consent_max_age[kind]) != 0;
			}
		} else if (strcmp(n->name, "optout_deadline") == 0)
			bad |= one_limit(doc, n, 1, &j->optout_deadline) != 0;
		else if (strcmp(n->name, "stale_after") == 0)
			bad |= one_limit(doc, n, 0, &j->stale_after) != 0;
		else if (strcmp(n->name, "retention") == 0)
			bad |= one_limit(doc, n, 0, &j->retention) != 0;
		else if (strcmp(n->name, "timezone") == 0) {
			if (n->nargs != 1 || n->has_block ||
			    n->args[0].type != CFG_STRING) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "timezone takes "
				    "an IANA zone name: timezone \"Europe/Paris\"");
				bad = 1;
			} else if (!cal_zone_ok(n->args[0].str)) {
				cfg_diag(doc, CFG_ERROR, &n->args[0].pos, "unknown "
				    "time zone '%s' (an IANA name such as "
				    "\"Europe/Paris\"; is tzdata installed?)",
				    n->args[0].str);
				bad = 1;
			} else {
				free(j->timezone);
				j->timezone = xstrdup(n->args[0].str);
			}
		}
		else if (strcmp(n->name, "minimum_age") == 0)
			bad |= age_value(doc, n, &j->minimum_age) != 0;
		else if (strcmp(n->name, "minimum_age_by_country") == 0) {
			if (!n->has_block) {
				cfg_diag(doc, CFG_ERROR, &n->pos,
				    "minimum_age_by_country is a block: "
				    "minimum_age_by_country { BE 13 }");
				bad = 1;
				continue;
			}
			j->ages = xcalloc(m->nkids ? m->nkids : 1,
			    sizeof *j->ages);
			for (x = 0; x < m->nkids; x++) {
				struct cfg_value name = { .type = CFG_WORD,
				    .pos = m->kids[x].n->pos,
				    .str = m->kids[x].n->name };
				struct rule_age *a = &j->ages[j->nages];

				if (country_value(doc, &name, a->country) != 0 ||
				    age_value(doc, m->kids[x].n, &a->age) != 0) {
					bad = 1;
					continue;
				}
				j->nages++;
			}
		} else if (strcmp(n->name, "checks") == 0) {
			j->checks_pos = n->pos;
			bad |= string_list(doc, n, 0, &j->checks,
			    &j->nchecks) != 0;
		}
		else {
			cfg_diag(doc, CFG_ERROR, &n->pos, "unknown option '%s' in "
			    "jurisdiction %s (options: description, countries, "
			    "alias, officers, consent_max_age, optout_deadline, "
			    "stale_after, retention, timezone, minimum_age, "
			    "minimum_age_by_country, storage_region, holidays, "
			    "required_fields, "
			    "required_for_marketing, checks)", n->name, d->name);
			bad = 1;
		}
	}
	if (j->ncountries == 0 && !bad && !d->dropped) {
		cfg_diag(doc, CFG_ERROR, &d->first->pos, "jurisdiction %s claims "
		    "no country: add countries [..]", d->name);
		bad = 1;
	}
	return bad || d->dropped ? -1 : 0;
}

void
jur_free(struct rule_jurisdiction *j)
{
	size_t	 i;
	int	 k;

	free(j->name);
	free(j->description);
	free(j->timezone);
	free(j->source);
	free(j->retention.source);
	free(j->countries);
	free(j->aliases);
	for (i = 0; i < j->nofficers; i++)
		free(j->officers[i]);
	free(j->officers);
	for (k = 0; k < CONSENT_KINDS; k++)
		free(j->consent_max_age[k].source);
	free(j->optout_deadline.source);
	free(j->stale_after.source);
	free(j->ages);
	free(j->storage);
	free(j->required_source);
	free(j->holidays);
	for (i = 0; i < j->nchecks; i++)
		free(j->checks[i]);
	free(j->checks);
}
