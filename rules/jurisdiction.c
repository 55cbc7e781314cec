/*
 * jurisdiction.c -- compile jurisdiction blocks.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/record.h"
#include "lib/util.h"
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

static const char *const channel_names[CH_MAX] = {
	[CH_ANY] = "any",
	[CH_EMAIL] = "email",
	[CH_SMS] = "sms",
	[CH_PHONE] = "phone",
	[CH_SALE] = "sale",
};

const char *
jur_channel_name(enum channel c)
{
	return (int)c >= 0 && c < CH_MAX ? channel_names[c] : "?";
}

/* "US-CA": an ISO 3166-2 code, country part upper case. */
static int
subdivision_code(const char *s)
{
	size_t	 i, n = strlen(s);

	if (n < 4 || n > 6 || s[2] != '-' || s[0] < 'A' || s[0] > 'Z' ||
	    s[1] < 'A' || s[1] > 'Z')
		return 0;
	for (i = 3; i < n; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' &&
		    s[i] <= '9')))
			return 0;
	return 1;
}

static int	compile(struct cfg_doc *, const struct rule_def *,
		    struct rule_jurisdiction *, int);

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

static const char *const basis_tags[] = {
	[BASIS_NONE] = "-",
	[BASIS_STAT] = "STAT",
	[BASIS_CASE] = "CASE",
	[BASIS_GUID] = "GUID",
	[BASIS_PRAC] = "PRAC",
};

const char *
jur_basis_tag_name(enum basis_tag t)
{
	return (int)t >= 0 && t <= BASIS_PRAC ? basis_tags[t] : "?";
}

void
jur_basis_text(const struct rule_basis *b, char *buf, size_t len)
{
	size_t	 n;
	int	 y, m, d;

	if (b->tag == BASIS_NONE) {
		snprintf(buf, len, "not stated");
		n = strlen(buf);
	} else
		n = (size_t)snprintf(buf, len, "%s%s%s", basis_tags[b->tag],
		    b->cite != NULL ? " " : "", b->cite != NULL ? b->cite : "");
	if (b->has_from && n < len) {
		cal_civil(b->from, &y, &m, &d);
		n += (size_t)snprintf(buf + n, len - n, "; from %04d-%02d-%02d",
		    y, m, d);
	}
	if (b->has_until && n < len) {
		cal_civil(b->until, &y, &m, &d);
		n += (size_t)snprintf(buf + n, len - n, "; until %04d-%02d-%02d",
		    y, m, d);
	}
	if (b->binds != NULL && n < len)
		snprintf(buf + n, len - n, "; binds %s only", b->binds);
}

int
jur_in_force(const struct rule_basis *b, long long today)
{
	return (!b->has_from || today >= b->from) &&
	    (!b->has_until || today <= b->until);
}

int
jur_binding(const struct rule_jurisdiction *j, const struct rule_basis *b)
{
	size_t	 i;

	if (b->tag != BASIS_STAT && b->tag != BASIS_CASE &&
	    b->tag != BASIS_NONE)
		return 0;
	if (b->binds == NULL)
		return 1;
	for (i = 0; j != NULL && i < j->nclasses; i++)
		if (strcmp(j->classes[i], b->binds) == 0)
			return 1;
	return 0;
}

static void
basis_free(struct rule_basis *b)
{
	free(b->cite);
	free(b->binds);
	memset(b, 0, sizeof *b);
}

static int
date_value(struct cfg_doc *doc, const struct cfg_value *v, long long *day)
{
	/* Quoted, or bare if the lexer kept it in one piece. */
	if ((v->type != CFG_STRING && v->type != CFG_WORD &&
	    v->type != CFG_NUMBER) || v->str == NULL ||
	    strlen(v->str) != 10 || cal_parse_date(v->str, 10, day) != 0) {
		cfg_diag(doc, CFG_ERROR, &v->pos, "a date is quoted: \"YYYY-MM-DD\"");
		return -1;
	}
	return 0;
}

/*
 * The words after a value, from args[first] on: [rollover] [basis TAG
 * "citation"] [from DATE] [until DATE] [binds CLASS].
 */
static int
annotations(struct cfg_doc *doc, const struct cfg_node *n, size_t first,
    int *rollover, struct rule_basis *b)
{
	const struct cfg_value	*a = n->args;
	size_t			 i;
	int			 t;

	basis_free(b);
	for (i = first; i < n->nargs; i++) {
		if (a[i].type != CFG_WORD)
			goto bad;
		if (strcmp(a[i].str, "rollover") == 0 && rollover != NULL)
			*rollover = 1;
		else if (strcmp(a[i].str, "basis") == 0) {
			if (i + 1 >= n->nargs || a[i + 1].type != CFG_WORD)
				goto bad;
			for (t = BASIS_STAT; t <= BASIS_PRAC; t++)
				if (strcmp(a[i + 1].str, basis_tags[t]) == 0)
					break;
			if (t > BASIS_PRAC) {
				cfg_diag(doc, CFG_ERROR, &a[i + 1].pos, "basis "
				    "is STAT, CASE, GUID or PRAC, not '%s'",
				    a[i + 1].str);
				return -1;
			}
			b->tag = (enum basis_tag)t;
			i++;
			if (i + 1 < n->nargs && a[i + 1].type == CFG_STRING) {
				free(b->cite);
				b->cite = xstrdup(a[++i].str);
			}
		} else if (strcmp(a[i].str, "from") == 0 ||
		    strcmp(a[i].str, "until") == 0) {
			int from = a[i].str[0] == 'f';

			if (i + 1 >= n->nargs)
				goto bad;
			if (date_value(doc, &a[++i], from ? &b->from :
			    &b->until) != 0)
				return -1;
			*(from ? &b->has_from : &b->has_until) = 1;
		} else if (strcmp(a[i].str, "binds") == 0) {
			if (i + 1 >= n->nargs || a[i + 1].type != CFG_WORD)
				goto bad;
			free(b->binds);
			b->binds = xstrdup(a[++i].str);
		} else
			goto bad;
	}
	if (b->has_from && b->has_until && b->until < b->from) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "'%s': until is before from",
		    n->name);
		return -1;
	}
	return 0;
bad:
	cfg_diag(doc, CFG_ERROR, &a[i].pos, "'%s': after the value come "
	    "%sbasis TAG \"citation\", from \"DATE\", until \"DATE\" "
	    "and binds CLASS", n->name, rollover != NULL ? "rollover, " : "");
	return -1;
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
	basis_free(&l->basis);
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
	if (n->nargs < 1 || n->has_block) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "'%s' takes one duration",
		    n->name);
		return -1;
	}
	if (limit_value(doc, n, &n->args[0], business_ok, l) != 0)
		return -1;
	return annotations(doc, n, 1, &l->rollover, &l->basis);
}

static int
age_value(struct cfg_doc *doc, const struct cfg_node *n, int *age,
    struct rule_basis *b)
{
	const struct cfg_value	*v = n->nargs >= 1 ? &n->args[0] : NULL;

	if (v == NULL || n->has_block || v->type != CFG_NUMBER ||
	    v->num < 0 || v->num > 120 || v->num != (int)v->num) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "'%s' takes an age in whole "
		    "years from 0 to 120", n->name);
		return -1;
	}
	*age = (int)v->num;
	return annotations(doc, n, 1, NULL, b);
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
	return compile(doc, d, j, 0);
}

/* channel NAME { optout_deadline ...; minimum_age N ... } */
static int
channel_block(struct cfg_doc *doc, const struct mnode *m,
    struct rule_jurisdiction *j)
{
	const struct cfg_node	*n = m->n;
	struct rule_channel	*ch;
	size_t			 x;
	int			 c, bad = 0;

	for (c = CH_EMAIL; c < CH_MAX; c++)
		if (n->nargs == 1 && n->args[0].type == CFG_WORD &&
		    strcmp(n->args[0].str, channel_names[c]) == 0)
			break;
	if (c == CH_MAX || !n->has_block) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "channel takes email, sms, "
		    "phone or sale and a block: channel sale { "
		    "optout_deadline 15 business days }");
		return -1;
	}
	ch = &j->channels[c];
	for (x = 0; x < m->nkids; x++) {
		const struct cfg_node *k = m->kids[x].n;

		if (strcmp(k->name, "optout_deadline") == 0)
			bad |= one_limit(doc, k, 1, &ch->optout) != 0;
		else if (strcmp(k->name, "reask_after") == 0)
			bad |= one_limit(doc, k, 0, &ch->reask) != 0;
		else if (strcmp(k->name, "minimum_age") == 0)
			bad |= age_value(doc, k, &ch->minimum_age,
			    &ch->age_basis) != 0;
		else {
			cfg_diag(doc, CFG_ERROR, &k->pos, "unknown option '%s' "
			    "in channel %s (options: optout_deadline, "
			    "reask_after, minimum_age)", k->name,
			    channel_names[c]);
			bad = 1;
		}
	}
	return bad ? -1 : 0;
}

static int
compile(struct cfg_doc *doc, const struct rule_def *d,
    struct rule_jurisdiction *j, int sub)
{
	const struct mnode	*m, *k;
	const struct cfg_node	*n;
	size_t			 i, x;
	int			 bad = 0, kind;

	memset(j, 0, sizeof *j);
	j->minimum_age = -1;
	for (kind = 0; kind < CH_MAX; kind++)
		j->channels[kind].minimum_age = -1;
	j->is_sub = sub;
	j->name = xstrdup(d->name);
	j->source = xasprintf("%s:%d", d->first->pos.file, d->first->pos.line);
	if (!sub && strcmp(d->name, "unassigned") == 0) {
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
		} else if (sub && (strcmp(n->name, "countries") == 0 ||
		    strcmp(n->name, "alias") == 0 ||
		    strcmp(n->name, "officers") == 0 ||
		    strcmp(n->name, "subdivision") == 0 ||
		    strcmp(n->name, "checks") == 0)) {
			cfg_diag(doc, CFG_ERROR, &n->pos, "'%s' belongs to the "
			    "jurisdiction, not to subdivision %s", n->name,
			    d->name);
			bad = 1;
		} else if (strcmp(n->name, "subdivision") == 0) {
			struct rule_def sd;

			if (n->nargs != 1 || !n->has_block ||
			    (n->args[0].type != CFG_WORD &&
			    n->args[0].type != CFG_STRING) ||
			    !subdivision_code(n->args[0].str)) {
				cfg_diag(doc, CFG_ERROR, &n->pos, "subdivision "
				    "takes an ISO 3166-2 code and a block: "
				    "subdivision US-CA { ... }");
				bad = 1;
				continue;
			}
			memset(&sd, 0, sizeof sd);
			sd.name = n->args[0].str;
			sd.first = sd.last = n;
			sd.ndefs = 1;
			sd.root = *m;
			j->subs = xreallocarray(j->subs, j->nsubs + 1,
			    sizeof *j->subs);
			if (compile(doc, &sd, &j->subs[j->nsubs], 1) != 0) {
				jur_free(&j->subs[j->nsubs]);
				bad = 1;
			} else
				j->nsubs++;
		} else if (strcmp(n->name, "channel") == 0)
			bad |= channel_block(doc, m, j) != 0;
		else if (strcmp(n->name, "countries") == 0)
			bad |= country_list(doc, n, &j->countries,
			    &j->ncountries) != 0;
		else if (strcmp(n->name, "storage_region") == 0) {
			struct cfg_node one = *n;

			one.nargs = n->nargs > 0 ? 1 : 0;
			bad |= country_list(doc, &one, &j->storage,
			    &j->nstorage) != 0;
			bad |= annotations(doc, n, 1, NULL,
			    &j->storage_basis) != 0;
		} else if (strcmp(n->name, "consent_advisory") == 0) {
			struct cfg_node one = *n;

			one.nargs = n->nargs > 0 ? 1 : 0;
			bad |= country_list(doc, &one, &j->advisory,
			    &j->nadvisory) != 0;
			bad |= annotations(doc, n, 1, NULL,
			    &j->advisory_basis) != 0;
		} else if (strcmp(n->name, "business_class") == 0) {
			for (x = 0; x < j->nclasses; x++)
				free(j->classes[x]);
			free(j->classes);
			j->classes = NULL;
			j->nclasses = 0;
			bad |= string_list(doc, n, 0, &j->classes,
			    &j->nclasses) != 0;
		} else if (strcmp(n->name, "holidays") == 0) {
			if (n->nargs == 1 && n->args[0].type == CFG_WORD &&
			    strcmp(n->args[0].str, "public") == 0)
				j->public_holidays = 1;
			else
				bad |= holiday_list(doc, n, j) != 0;
		}
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
			bad |= age_value(doc, n, &j->minimum_age,
			    &j->minimum_age_basis) != 0;
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
				    age_value(doc, m->kids[x].n, &a->age,
				    &a->basis) != 0) {
					basis_free(&a->basis);
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
			    "required_for_marketing, checks, business_class, "
			    "consent_advisory, subdivision, channel)", n->name,
			    d->name);
			bad = 1;
		}
	}
	/* A subdivision of a country the jurisdiction claims. */
	for (i = 0; i < j->nsubs; i++) {
		for (x = 0; x < j->ncountries; x++)
			if (strncmp(j->countries[x], j->subs[i].name, 2) == 0)
				break;
		if (x == j->ncountries && j->ncountries > 0) {
			cfg_diag(doc, CFG_ERROR, &d->first->pos, "subdivision "
			    "%s: jurisdiction %s does not claim its country",
			    j->subs[i].name, d->name);
			bad = 1;
		}
	}
	if (!sub && j->ncountries == 0 && !bad && !d->dropped) {
		cfg_diag(doc, CFG_ERROR, &d->first->pos, "jurisdiction %s claims "
		    "no country: add countries [..]", d->name);
		bad = 1;
	}
	return bad || (!sub && d->dropped) ? -1 : 0;
}

void
jur_free(struct rule_jurisdiction *j)
{
	size_t	 i;
	int	 k;

	for (i = 0; i < j->nsubs; i++)
		jur_free(&j->subs[i]);
	free(j->subs);
	for (k = 0; k < CH_MAX; k++) {
		free(j->channels[k].optout.source);
		basis_free(&j->channels[k].optout.basis);
		free(j->channels[k].reask.source);
		basis_free(&j->channels[k].reask.basis);
		basis_free(&j->channels[k].age_basis);
	}
	free(j->name);
	free(j->description);
	free(j->timezone);
	free(j->source);
	free(j->retention.source);
	basis_free(&j->retention.basis);
	basis_free(&j->minimum_age_basis);
	basis_free(&j->storage_basis);
	basis_free(&j->advisory_basis);
	free(j->advisory);
	for (i = 0; i < j->nclasses; i++)
		free(j->classes[i]);
	free(j->classes);
	free(j->countries);
	free(j->aliases);
	for (i = 0; i < j->nofficers; i++)
		free(j->officers[i]);
	free(j->officers);
	for (k = 0; k < CONSENT_KINDS; k++) {
		free(j->consent_max_age[k].source);
		basis_free(&j->consent_max_age[k].basis);
	}
	free(j->optout_deadline.source);
	basis_free(&j->optout_deadline.basis);
	free(j->stale_after.source);
	basis_free(&j->stale_after.basis);
	for (i = 0; i < j->nages; i++)
		basis_free(&j->ages[i].basis);
	free(j->ages);
	free(j->storage);
	free(j->required_source);
	free(j->holidays);
	for (i = 0; i < j->nchecks; i++)
		free(j->checks[i]);
	free(j->checks);
}
