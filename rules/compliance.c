/*
 * compliance.c -- the compliance tests and their clock.
 *
 * Calendar rules (validators/calendar.c): a limit counted in days, weeks,
 * months, years or business days (Monday to Friday, no public holidays)
 * runs from the local day of the event, in the jurisdiction's zone, to the
 * end of the day it reaches; hours and shorter are exact.  A consent given
 * on 2024-03-15 with a 24-month limit is a finding from 2026-03-16.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/util.h"
#include "rules/compliance.h"
#include "validators/basic.h"
#include "validators/calendar.h"

static const char *const test_names[COMP_TESTS] = {
	[COMP_STALE] = "stale",
	[COMP_RETENTION] = "retention",
	[COMP_CONSENT_EXPIRED] = "consent_expired",
	[COMP_CONSENT_NO_EVIDENCE] = "consent_no_evidence",
	[COMP_OPTOUT_NOT_HONOURED] = "optout_not_honoured",
	[COMP_OPTOUT_PENDING] = "optout_pending",
	[COMP_MINOR_WITH_CONSENT] = "minor_with_consent",
	[COMP_DATA_LOCALIZATION] = "data_localization",
	[COMP_INCOMPLETE] = "incomplete",
};

#define BIT(f)		(1u << (f))
#define ACTIVITY	(BIT(FIELD_LAST_ACTIVITY_AT) | BIT(FIELD_UPDATED_AT) | \
			    BIT(FIELD_CREATED_AT))

const char *
comp_test_name(enum comp_test t)
{
	return (int)t >= 0 && t < COMP_TESTS ? test_names[t] : "?";
}

int
comp_test_lookup(const char *name)
{
	int	 t;

	for (t = 0; t < COMP_TESTS; t++)
		if (strcmp(test_names[t], name) == 0)
			return t;
	return -1;
}

const char *
comp_needs(enum comp_test t)
{
	switch (t) {
	case COMP_STALE:
	case COMP_RETENTION:
		return "last_activity_at, updated_at or created_at";
	case COMP_CONSENT_EXPIRED:
		return "consent_marketing and consent_at";
	case COMP_CONSENT_NO_EVIDENCE:
		return "consent_marketing and consent_at";
	case COMP_OPTOUT_NOT_HONOURED:
	case COMP_OPTOUT_PENDING:
		return "consent_marketing and opted_out_at";
	case COMP_MINOR_WITH_CONSENT:
		return "consent_marketing and birth_date";
	case COMP_DATA_LOCALIZATION:
		return "storage_region (mapped, or customers { storage_region })";
	case COMP_INCOMPLETE:
		return "the fields of required_fields and required_for_marketing";
	default:
		return "?";
	}
}

unsigned int
comp_fields(enum comp_test t, unsigned int mapped)
{
	unsigned int	 need, opt;

	switch (t) {
	case COMP_STALE:
	case COMP_RETENTION:
		return mapped & ACTIVITY;
	case COMP_CONSENT_EXPIRED:
	case COMP_CONSENT_NO_EVIDENCE:
		need = BIT(FIELD_CONSENT_MARKETING) | BIT(FIELD_CONSENT_AT);
		opt = BIT(FIELD_CONSENT_SOURCE);
		break;
	case COMP_OPTOUT_NOT_HONOURED:
	case COMP_OPTOUT_PENDING:
		need = BIT(FIELD_CONSENT_MARKETING) | BIT(FIELD_OPTED_OUT_AT);
		opt = BIT(FIELD_CONSENT_AT);
		break;
	case COMP_MINOR_WITH_CONSENT:
		need = BIT(FIELD_CONSENT_MARKETING) | BIT(FIELD_BIRTH_DATE);
		opt = 0;
		break;
	case COMP_DATA_LOCALIZATION:
		return mapped & BIT(FIELD_STORAGE_REGION);
	case COMP_INCOMPLETE:
		/* Each jurisdiction asks for its own: read every mapped one. */
		return mapped;
	default:
		return 0;
	}
	if ((mapped & need) != need)
		return 0;
	return need | (mapped & opt);
}

static int
cutoff(const struct rule_jurisdiction *j, long long now,
    const struct rule_limit *l, long long *cut, char *err, size_t len)
{
	struct cal_holidays	 h = { j->holidays, j->nholidays };
	const char		*zone = j->timezone;

	if (!l->set || l->none)
		return 0;
	if (cal_limit_cutoff_h(zone, now, l->count, l->unit, &h, cut) != 0) {
		snprintf(err, len, "cannot compute the limit at %s in time "
		    "zone %s", l->source != NULL ? l->source : "?",
		    zone != NULL ? zone : "UTC");
		return -1;
	}
	return 1;
}

int
comp_set_clock(struct comp_env *env, const struct rule_jurisdiction *jurs,
    size_t njurs, long long now, char *err, size_t len)
{
	const struct rule_jurisdiction	*j;
	const struct rule_limit		*l;
	struct comp_clock		*c;
	size_t				 i;
	int				 k, rc;

	free(env->clocks);
	env->clocks = xcalloc(njurs + 1, sizeof *env->clocks);
	env->nclocks = njurs + 1;
	env->now = now;
	if (cal_local_day(NULL, now, &env->clocks[0].today) != 0) {
		snprintf(err, len, "cannot read the date of instant %lld", now);
		return -1;
	}
	for (i = 0; i < njurs; i++) {
		j = &jurs[i];
		c = &env->clocks[i + 1];
		if (cal_local_day(j->timezone, now, &c->today) != 0) {
			snprintf(err, len, "jurisdiction %s: cannot use time "
			    "zone %s", j->name, j->timezone);
			return -1;
		}
		if ((rc = cutoff(j, now, &j->stale_after,
		    &c->stale_cut, err, len)) < 0)
			return -1;
		c->stale = rc;
		if ((rc = cutoff(j, now, &j->retention,
		    &c->retention_cut, err, len)) < 0)
			return -1;
		c->retention = rc;
		if ((rc = cutoff(j, now, &j->optout_deadline,
		    &c->optout_cut, err, len)) < 0)
			return -1;
		c->optout = rc;
		for (k = 0; k < CONSENT_KINDS; k++) {
			/* A kind without its own limit takes "any". */
			l = j->consent_max_age[k].set ? &j->consent_max_age[k] :
			    &j->consent_max_age[CONSENT_ANY];
			if ((rc = cutoff(j, now, l,
			    &c->consent_cut[k], err, len)) < 0)
				return -1;
			c->consent[k] = rc ? l : NULL;
		}
	}
	return 0;
}

void
comp_env_free(struct comp_env *env)
{
	size_t	 i;

	free(env->clocks);
	for (i = 0; i < env->nsources; i++)
		free(env->sources[i].value);
	free(env->sources);
	memset(env, 0, sizeof *env);
}

/* A value that is there and not blank. */
static int
present(const struct field_value *v)
{
	return v->data != NULL && !val_blank(v->data, v->len);
}

int
comp_truth(const struct field_value *v)
{
	static const char *const yes[] = { "t", "true", "1", "y", "yes", "on" };
	static const char *const no[] = { "f", "false", "0", "n", "no", "off" };
	char	 b[8];
	size_t	 i;

	if (v->data == NULL || v->len == 0 || v->len >= sizeof b)
		return -1;
	for (i = 0; i < v->len; i++)
		b[i] = v->data[i] >= 'A' && v->data[i] <= 'Z' ?
		    v->data[i] - 'A' + 'a' : v->data[i];
	b[i] = '\0';
	for (i = 0; i < sizeof yes / sizeof yes[0]; i++) {
		if (strcmp(b, yes[i]) == 0)
			return 1;
		if (strcmp(b, no[i]) == 0)
			return 0;
	}
	return -1;
}

static int
instant(const struct field_value *v, long long *t)
{
	return v->data != NULL && cal_parse_time(v->data, v->len, t) == 0;
}

static enum consent_kind
source_kind(const struct comp_env *env, const struct field_value *v)
{
	size_t	 i;

	if (v->data == NULL)
		return CONSENT_ANY;
	for (i = 0; i < env->nsources; i++)
		if (env->sources[i].len == v->len &&
		    memcmp(env->sources[i].value, v->data, v->len) == 0)
			return env->sources[i].kind;
	return CONSENT_ANY;
}

static int
min_age(const struct rule_jurisdiction *j, const char *cc)
{
	size_t	 i;

	for (i = 0; i < j->nages; i++)
		if (strcmp(j->ages[i].country, cc) == 0)
			return j->ages[i].age;
	return j->minimum_age;
}

/* The activity timestamp: last activity, else last update, else creation. */
static int
activity(const struct record *r, int *field, long long *t)
{
	static const int order[] = { FIELD_LAST_ACTIVITY_AT, FIELD_UPDATED_AT,
	    FIELD_CREATED_AT };
	size_t	 i;

	for (i = 0; i < 3; i++)
		if (r->f[order[i]].data != NULL) {
			*field = order[i];
			return instant(&r->f[order[i]], t);
		}
	return 0;
}

/*
 * The mapped fields the jurisdiction requires of every record, and of a
 * record with marketing consent, that are empty.
 */
static int
incomplete(const struct comp_env *env, const struct rule_jurisdiction *j,
    const struct record *r, int consent, int *field, char *detail,
    size_t len)
{
	unsigned int	 want, miss = 0;
	size_t		 n;
	int		 f;

	if (j == NULL || (j->required | j->required_marketing) == 0)
		return -1;
	want = j->required | (consent == 1 ? j->required_marketing : 0);
	want &= env->mapped;
	for (f = 0; f < FIELD_MAX; f++)
		if ((want & BIT(f)) && !present(&r->f[f]))
			miss |= BIT(f);
	if (miss == 0)
		return 0;
	n = (size_t)snprintf(detail, len, "missing");
	for (f = 0, *field = -1; f < FIELD_MAX && n < len; f++) {
		if (!(miss & BIT(f)))
			continue;
		if (*field < 0)
			*field = f;
		n += (size_t)snprintf(detail + n, len - n, "%s %s",
		    *field == f ? "" : ",", field_name((enum field)f));
	}
	if (n < len)
		snprintf(detail + n, len - n, ", which jurisdiction %s "
		    "requires%s (%s)", j->name, (miss & ~j->required) != 0 ?
		    " of records with marketing consent" : "",
		    j->required_source);
	return 1;
}

int
comp_eval(enum comp_test t, const struct comp_env *env,
    const struct rule_jurisdiction *j, const struct record *r, int *field,
    char *detail, size_t len)
{
	const struct comp_clock	*c;
	const struct rule_limit	*l;
	long long		 at, from, birth;
	char			 lim[64], region[3];
	int			 consent, kind, age, min, overdue;
	size_t			 i;

	c = &env->clocks[j != NULL ? r->jur + 1 : 0];
	consent = comp_truth(&r->f[FIELD_CONSENT_MARKETING]);
	switch (t) {
	case COMP_STALE:
	case COMP_RETENTION:
		if (j == NULL || !(t == COMP_STALE ? c->stale : c->retention))
			return -1;
		if (!activity(r, field, &at))
			return -1;
		l = t == COMP_STALE ? &j->stale_after : &j->retention;
		if (at >= (t == COMP_STALE ? c->stale_cut : c->retention_cut))
			return 0;
		jur_limit_text(l, lim, sizeof lim);
		snprintf(detail, len, "no %s for more than %s (%s %s, %s)%s",
		    *field == FIELD_LAST_ACTIVITY_AT ? "activity" : *field ==
		    FIELD_UPDATED_AT ? "update" : "activity since creation",
		    lim, t == COMP_STALE ? "stale_after" : "retention", lim,
		    l->source, t == COMP_RETENTION ? ": erase or anonymize" :
		    "");
		return 1;
	case COMP_CONSENT_EXPIRED:
		*field = FIELD_CONSENT_AT;
		if (j == NULL || consent != 1 ||
		    !instant(&r->f[FIELD_CONSENT_AT], &at))
			return -1;
		kind = source_kind(env, &r->f[FIELD_CONSENT_SOURCE]);
		if ((l = c->consent[kind]) == NULL)
			return -1;
		if (at >= c->consent_cut[kind])
			return 0;
		jur_limit_text(l, lim, sizeof lim);
		snprintf(detail, len, "%s consent older than %s "
		    "(consent_max_age, %s)", jur_consent_kind_name(
		    (enum consent_kind)kind), lim, l->source);
		return 1;
	case COMP_CONSENT_NO_EVIDENCE:
		*field = FIELD_CONSENT_AT;
		if (consent != 1)
			return consent == 0 ? 0 : -1;
		if (!present(&r->f[FIELD_CONSENT_AT])) {
			snprintf(detail, len, "marketing consent without "
			    "consent_at: no evidence of when it was given");
			return 1;
		}
		if ((env->mapped & BIT(FIELD_CONSENT_SOURCE)) &&
		    !present(&r->f[FIELD_CONSENT_SOURCE])) {
			*field = FIELD_CONSENT_SOURCE;
			snprintf(detail, len, "marketing consent without "
			    "consent_source: no evidence of how it was given");
			return 1;
		}
		return 0;
	case COMP_OPTOUT_NOT_HONOURED:
	case COMP_OPTOUT_PENDING:
		*field = FIELD_OPTED_OUT_AT;
		if (consent != 1 || !instant(&r->f[FIELD_OPTED_OUT_AT], &at))
			return consent == 0 ? 0 : -1;
		/* Consent given again after the opt-out stands. */
		if (instant(&r->f[FIELD_CONSENT_AT], &from) && from > at)
			return 0;
		overdue = j == NULL || !c->optout || at < c->optout_cut;
		if ((t == COMP_OPTOUT_NOT_HONOURED) != overdue)
			return 0;
		if (j == NULL || !j->optout_deadline.set ||
		    j->optout_deadline.none)
			snprintf(detail, len, "opted out but still marked as "
			    "consenting; no opt-out deadline applies, so it "
			    "must stop at once");
		else {
			jur_limit_text(&j->optout_deadline, lim, sizeof lim);
			snprintf(detail, len, "opted out but still marked as "
			    "consenting; the %s deadline %s (optout_deadline, "
			    "%s)", lim, overdue ? "has passed" :
			    "has not passed yet", j->optout_deadline.source);
		}
		return 1;
	case COMP_MINOR_WITH_CONSENT:
		*field = FIELD_CONSENT_MARKETING;
		if (j == NULL || consent != 1 ||
		    (min = min_age(j, r->country)) < 0)
			return -1;
		if (r->f[FIELD_BIRTH_DATE].data == NULL ||
		    cal_parse_date(r->f[FIELD_BIRTH_DATE].data,
		    r->f[FIELD_BIRTH_DATE].len, &birth) != 0 ||
		    (age = cal_age(birth, c->today)) < 0)
			return -1;	/* the birthdate validator's business */
		if (age >= min)
			return 0;
		snprintf(detail, len, "age %d with marketing consent, below "
		    "the minimum age %d%s%s (%s)", age, min,
		    r->country[0] != '\0' ? " for " : "", r->country,
		    j->source);
		return 1;
	case COMP_INCOMPLETE:
		return incomplete(env, j, r, consent, field, detail, len);
	case COMP_DATA_LOCALIZATION:
		*field = FIELD_STORAGE_REGION;
		if (j == NULL || j->nstorage == 0)
			return -1;
		region[0] = '\0';
		if (present(&r->f[FIELD_STORAGE_REGION])) {
			const struct field_value *v = &r->f[FIELD_STORAGE_REGION];
			size_t b = 0, e = v->len;

			while (b < e && (v->data[b] == ' ' || v->data[b] == '\t'))
				b++;
			while (e > b && (v->data[e - 1] == ' ' ||
			    v->data[e - 1] == '\t'))
				e--;
			if (e - b == 2) {
				region[0] = v->data[b] & ~0x20;
				region[1] = v->data[b + 1] & ~0x20;
				region[2] = '\0';
			} else
				memcpy(region, "??", 3);
		} else if (env->storage[0] != '\0')
			memcpy(region, env->storage, 3);
		for (i = 0; region[0] != '\0' && i < j->nstorage; i++)
			if (strcmp(j->storage[i], region) == 0)
				return 0;
		snprintf(detail, len, "%s%s; jurisdiction %s requires storage "
		    "in %s%s (storage_region, %s)", region[0] == '\0' ?
		    "storage region unknown" : "stored in ", region, j->name,
		    j->storage[0], j->nstorage > 1 ? " or another listed "
		    "region" : "", j->source);
		return 1;
	default:
		return -1;
	}
}
