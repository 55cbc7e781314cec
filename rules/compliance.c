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

#include "lib/util.h"
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
	[COMP_REASKED] = "reasked_too_soon",
};

#define BIT(f)		(1u << (f))
/* Activity is what the customer did, not updated_at (a batch job). */
#define ACTIVITY	BIT(FIELD_LAST_ACTIVITY_AT)

/* Per channel: its consent flag and its opt-out instant. */
static const int ch_flag[CH_MAX] = {
	[CH_ANY] = FIELD_CONSENT_MARKETING,
	[CH_EMAIL] = FIELD_CONSENT_EMAIL,
	[CH_SMS] = FIELD_CONSENT_SMS,
	[CH_PHONE] = FIELD_CONSENT_PHONE,
	[CH_SALE] = FIELD_CONSENT_SALE,
};
static const int ch_out[CH_MAX] = {
	[CH_ANY] = FIELD_OPTED_OUT_AT,
	[CH_EMAIL] = FIELD_OPTED_OUT_EMAIL_AT,
	[CH_SMS] = FIELD_OPTED_OUT_SMS_AT,
	[CH_PHONE] = FIELD_OPTED_OUT_PHONE_AT,
	[CH_SALE] = FIELD_OPTED_OUT_SALE_AT,
};

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
		return "last_activity_at (what the customer did; updated_at "
		    "is not activity)";
	case COMP_CONSENT_EXPIRED:
		return "consent_marketing and consent_at";
	case COMP_CONSENT_NO_EVIDENCE:
		return "consent_marketing and consent_at";
	case COMP_OPTOUT_NOT_HONOURED:
	case COMP_OPTOUT_PENDING:
		return "consent_marketing and opted_out_at (or a channel's "
		    "consent_email and opted_out_email_at, ...)";
	case COMP_MINOR_WITH_CONSENT:
		return "birth_date and consent_marketing (or a channel's flag)";
	case COMP_DATA_LOCALIZATION:
		return "storage_region (mapped, or customers { storage_region })";
	case COMP_INCOMPLETE:
		return "the fields of required_fields and required_for_marketing";
	case COMP_REASKED:
		return "consent_at and a channel's consent flag and opt-out "
		    "(consent_sale and opted_out_sale_at, ...)";
	default:
		return "?";
	}
}

unsigned int
comp_fields(enum comp_test t, unsigned int mapped)
{
	unsigned int	 sub = mapped & BIT(FIELD_SUBDIVISION);
	unsigned int	 pairs = 0, flags = 0;
	int		 ch;

	/* Channels with their flag (and for opt-outs their instant) mapped. */
	for (ch = 0; ch < CH_MAX; ch++) {
		if (mapped & BIT(ch_flag[ch]))
			flags |= BIT(ch_flag[ch]);
		if ((mapped & BIT(ch_flag[ch])) && (mapped & BIT(ch_out[ch])))
			pairs |= BIT(ch_flag[ch]) | BIT(ch_out[ch]);
	}
	switch (t) {
	case COMP_STALE:
	case COMP_RETENTION:
		/* created_at: the age of a record never active. */
		return (mapped & ACTIVITY) ? mapped & (ACTIVITY |
		    BIT(FIELD_CREATED_AT) | BIT(FIELD_SUBDIVISION)) : 0;
	case COMP_CONSENT_EXPIRED:
	case COMP_CONSENT_NO_EVIDENCE:
		/* consent_marketing, or else the channels' flags. */
		if (!(mapped & BIT(FIELD_CONSENT_AT)) || flags == 0)
			return 0;
		return flags | sub | BIT(FIELD_CONSENT_AT) |
		    (mapped & BIT(FIELD_CONSENT_SOURCE));
	case COMP_OPTOUT_NOT_HONOURED:
	case COMP_OPTOUT_PENDING:
		if (pairs == 0)
			return 0;
		return pairs | sub | (mapped & BIT(FIELD_CONSENT_AT));
	case COMP_MINOR_WITH_CONSENT:
		if (flags == 0 || !(mapped & BIT(FIELD_BIRTH_DATE)))
			return 0;
		return flags | sub | BIT(FIELD_BIRTH_DATE) |
		    (mapped & BIT(FIELD_CONSENT_AT));
	case COMP_DATA_LOCALIZATION:
		return mapped & (BIT(FIELD_STORAGE_REGION) | sub);
	case COMP_REASKED:
		if ((pairs & ~(BIT(FIELD_CONSENT_MARKETING) |
		    BIT(FIELD_OPTED_OUT_AT))) == 0 ||
		    !(mapped & BIT(FIELD_CONSENT_AT)))
			return 0;
		return pairs | sub | BIT(FIELD_CONSENT_AT);
	case COMP_INCOMPLETE:
		/* Each jurisdiction asks for its own: read every mapped one. */
		return mapped;
	default:
		return 0;
	}
}

/* Public holidays of the country, and the jurisdiction's own, merged. */
static void
clock_holidays(const struct rule_jurisdiction *j, const char *cc,
    struct comp_clock *c)
{
	struct cal_holidays	 pub = { NULL, 0 };
	size_t			 a = 0, b = 0, n = 0;

	c->hol.day = j->holidays;
	c->hol.n = j->nholidays;
	if (!j->public_holidays || cc == NULL ||
	    cal_public_holidays(cc, &pub) != 0 || pub.n == 0)
		return;
	if (j->nholidays == 0) {
		c->hol = pub;
		return;
	}
	c->own = xreallocarray(NULL, pub.n + j->nholidays, sizeof *c->own);
	while (a < pub.n || b < j->nholidays) {
		long long d = b == j->nholidays || (a < pub.n &&
		    pub.day[a] <= j->holidays[b]) ? pub.day[a++] :
		    j->holidays[b++];

		if (n == 0 || c->own[n - 1] != d)
			c->own[n++] = d;
	}
	c->hol.day = c->own;
	c->hol.n = n;
}

/*
 * Whether limit l (a copy in an overlay) is one subdivision sub sets: the
 * copy shares the original's source string.
 */
static int
from_sub(const struct rule_jurisdiction *sub, const struct rule_limit *l)
{
	int	 k;

	if (sub == NULL || l->source == NULL)
		return 0;
	if (l->source == sub->optout_deadline.source ||
	    l->source == sub->stale_after.source ||
	    l->source == sub->retention.source)
		return 1;
	for (k = 0; k < CONSENT_KINDS; k++)
		if (l->source == sub->consent_max_age[k].source)
			return 1;
	for (k = 0; k < CH_MAX; k++)
		if (l->source == sub->channels[k].optout.source)
			return 1;
	return 0;
}

/* One limit's cut-off; 0 and cut->l NULL when it does not apply. */
static int
cutoff(const struct rule_jurisdiction *j, const struct comp_clock *c,
    long long now, const struct rule_limit *l, struct comp_cut *cut,
    char *err, size_t len)
{
	const char	*zone = j->timezone;

	cut->l = NULL;
	/* A subdivision's own limit counts its own holidays. */
	cut->hol = from_sub(c->sub, l) ? &c->subhol : &c->hol;
	if (!l->set || l->none || !jur_in_force(&l->basis, c->today))
		return 0;
	if (cal_limit_cutoff_r(zone, now, l->count, l->unit, cut->hol,
	    l->rollover, &cut->t, &cut->day) != 0) {
		snprintf(err, len, "cannot compute the limit at %s in time "
		    "zone %s", l->source != NULL ? l->source : "?",
		    zone != NULL ? zone : "UTC");
		return -1;
	}
	cut->l = l;
	return 0;
}

static int
clock_set(const struct rule_jurisdiction *j, const char *cc, long long now,
    struct comp_clock *c, char *err, size_t len)
{
	const struct rule_limit	*l;
	struct comp_clock	 tmp;
	int			 k;

	if (cal_local_day(j->timezone, now, &c->today) != 0) {
		snprintf(err, len, "jurisdiction %s: cannot use time zone %s",
		    j->name, j->timezone);
		return -1;
	}
	if (c->sub != NULL) {
		/* The country's holidays; the subdivision's for its own. */
		char country[3] = { cc[0], cc[1], '\0' };

		clock_holidays(j, country, c);
		memset(&tmp, 0, sizeof tmp);
		clock_holidays(c->sub, cc, &tmp);
		c->subhol = c->sub->public_holidays || c->sub->nholidays ?
		    tmp.hol : c->hol;
		free(c->own2);
		c->own2 = tmp.own;
	} else
		clock_holidays(j, cc, c);
	if (cutoff(j, c, now, &j->stale_after, &c->stale, err, len) != 0 ||
	    cutoff(j, c, now, &j->retention, &c->retention, err, len) != 0 ||
	    cutoff(j, c, now, &j->optout_deadline, &c->optout, err, len) != 0)
		return -1;
	for (k = 0; k < CONSENT_KINDS; k++) {
		/* A kind without its own limit takes "any". */
		l = j->consent_max_age[k].set ? &j->consent_max_age[k] :
		    &j->consent_max_age[CONSENT_ANY];
		if (cutoff(j, c, now, l, &c->consent[k], err, len) != 0)
			return -1;
	}
	c->optout_ch[CH_ANY] = c->optout;
	for (k = CH_EMAIL; k < CH_MAX; k++) {
		/* A channel's own deadline while in force, else the general. */
		l = j->channels[k].optout.set && jur_in_force(
		    &j->channels[k].optout.basis, c->today) ?
		    &j->channels[k].optout : &j->optout_deadline;
		if (cutoff(j, c, now, l, &c->optout_ch[k], err, len) != 0)
			return -1;
	}
	return 0;
}

/*
 * Subdivision sub over jurisdiction j: what sub sets replaces j's value.
 * A shallow copy: every pointer still belongs to j or sub.
 */
static void
overlay(const struct rule_jurisdiction *j, const struct rule_jurisdiction *sub,
    struct rule_jurisdiction *e)
{
	int	 k;

	*e = *j;
	e->subs = NULL;
	e->nsubs = 0;
	if (sub->timezone != NULL)
		e->timezone = sub->timezone;
	if (sub->description != NULL)
		e->description = sub->description;
	for (k = 0; k < CONSENT_KINDS; k++)
		if (sub->consent_max_age[k].set)
			e->consent_max_age[k] = sub->consent_max_age[k];
	if (sub->optout_deadline.set)
		e->optout_deadline = sub->optout_deadline;
	if (sub->stale_after.set)
		e->stale_after = sub->stale_after;
	if (sub->retention.set)
		e->retention = sub->retention;
	if (sub->minimum_age >= 0) {
		/* One age for the subdivision, over the per-country ones. */
		e->minimum_age = sub->minimum_age;
		e->minimum_age_basis = sub->minimum_age_basis;
		e->nages = 0;
	}
	if (sub->nstorage > 0) {
		e->storage = sub->storage;
		e->nstorage = sub->nstorage;
		e->storage_basis = sub->storage_basis;
	}
	for (k = CH_EMAIL; k < CH_MAX; k++) {
		if (sub->channels[k].optout.set)
			e->channels[k].optout = sub->channels[k].optout;
		if (sub->channels[k].reask.set)
			e->channels[k].reask = sub->channels[k].reask;
		if (sub->channels[k].minimum_age >= 0) {
			e->channels[k].minimum_age = sub->channels[k].minimum_age;
			e->channels[k].age_basis = sub->channels[k].age_basis;
		}
	}
}

static void
clocks_free(struct comp_env *env)
{
	size_t	 i;

	for (i = 0; i < env->nclocks; i++) {
		free(env->clocks[i].own);
		free(env->clocks[i].own2);
	}
	free(env->clocks);
	free(env->first);
	free(env->subs);
	env->clocks = NULL;
	env->first = NULL;
	env->subs = NULL;
	env->nclocks = 0;
	env->nsubs = 0;
}

int
comp_set_clock(struct comp_env *env, const struct rule_jurisdiction *jurs,
    size_t njurs, long long now, char *err, size_t len)
{
	const struct rule_jurisdiction	*j;
	size_t				 i, k, s, n = 1;

	clocks_free(env);
	for (i = 0; i < njurs; i++) {
		n += jurs[i].ncountries + 1 + jurs[i].nsubs;
		env->nsubs += jurs[i].nsubs;
	}
	env->subs = xcalloc(env->nsubs ? env->nsubs : 1, sizeof *env->subs);
	env->clocks = xcalloc(n, sizeof *env->clocks);
	env->first = xcalloc(njurs ? njurs : 1, sizeof *env->first);
	env->nclocks = n;
	env->now = now;
	if (cal_local_day(NULL, now, &env->clocks[0].today) != 0) {
		snprintf(err, len, "cannot read the date of instant %lld", now);
		return -1;
	}
	for (i = 0, n = 1; i < njurs; i++) {
		j = &jurs[i];
		env->first[i] = n;
		for (k = 0; k <= j->ncountries; k++, n++)
			if (clock_set(j, k < j->ncountries ? j->countries[k] :
			    NULL, now, &env->clocks[n], err, len) != 0)
				return -1;
	}
	for (i = 0, s = 0; i < njurs; i++)
		for (k = 0; k < jurs[i].nsubs; k++, s++, n++) {
			struct comp_sub *cs = &env->subs[s];

			cs->jur = (int)i;
			cs->sub = &jurs[i].subs[k];
			overlay(&jurs[i], cs->sub, &cs->eff);
			cs->clock = n;
			env->clocks[n].sub = cs->sub;
			if (clock_set(&cs->eff, cs->sub->name, now,
			    &env->clocks[n], err, len) != 0)
				return -1;
		}
	return 0;
}

void
comp_env_free(struct comp_env *env)
{
	size_t	 i;

	clocks_free(env);
	for (i = 0; i < env->nsources; i++)
		free(env->sources[i].value);
	free(env->sources);
	memset(env, 0, sizeof *env);
}

/*
 * r's subdivision as "CC-SUB" from the subdivision field: "US-CA", or
 * "CA" with country US; any case, blanks trimmed.  0, or -1 for none.
 */
static int
subdivision_of(const struct record *r, char out[8])
{
	const struct field_value	*v = &r->f[FIELD_SUBDIVISION];
	const char			*p = v->data;
	size_t				 n = v->len, i, o = 0;

	if (p == NULL)
		return -1;
	while (n > 0 && (*p == ' ' || *p == '\t'))
		p++, n--;
	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
		n--;
	if (n >= 1 && n <= 3 && r->country[0] != '\0') {
		memcpy(out, r->country, 2);
		out[2] = '-';
		o = 3;
	} else if (!(n >= 4 && n <= 6 && p[2] == '-'))
		return -1;
	for (i = 0; i < n; i++) {
		char ch = p[i] >= 'a' && p[i] <= 'z' ? p[i] - 'a' + 'A' : p[i];

		if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
		    (ch == '-' && o + i == 2)))
			return -1;
		out[o + i] = ch;
	}
	out[o + n] = '\0';
	return 0;
}

/* The effective jurisdiction of r: its subdivision's, if one is set. */
static const struct comp_sub *
sub_of(const struct comp_env *env, const struct rule_jurisdiction *j,
    const struct record *r)
{
	char	 code[8];
	size_t	 i;

	if (j == NULL || j->nsubs == 0 || subdivision_of(r, code) != 0)
		return NULL;
	for (i = 0; i < env->nsubs; i++)
		if (env->subs[i].jur == r->jur &&
		    strcmp(env->subs[i].sub->name, code) == 0)
			return &env->subs[i];
	return NULL;
}

/* The clock of r's jurisdiction and country. */
static const struct comp_clock *
clock_of(const struct comp_env *env, const struct rule_jurisdiction *j,
    const struct record *r)
{
	size_t	 k;

	if (j == NULL || r->jur < 0 || env->first == NULL)
		return &env->clocks[0];
	/* The first letter first: this runs per check and record. */
	for (k = 0; k < j->ncountries; k++)
		if (j->countries[k][0] == r->country[0] &&
		    strcmp(j->countries[k], r->country) == 0)
			break;
	return &env->clocks[env->first[r->jur] + k];
}

/* A value that is there and not blank. */
static int
present(const struct field_value *v)
{
	return v->data != NULL && !val_blank(v->data, v->len);
}

/*
 * Every consent check of every record asks: by length, then the bytes,
 * not a strcmp per spelling (it was a tenth of a scan's CPU).
 */
int
comp_truth(const struct field_value *v)
{
	const char	*p;
	char		 b[8];
	size_t		 i, n;

	if (v->data == NULL)
		return -1;
	/* CHAR(n) columns come padded: 'Yes ' is yes. */
	for (p = v->data, n = v->len; n > 0 && (*p == ' ' || *p == '\t' ||
	    *p == '\r' || *p == '\n'); p++, n--)
		;
	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t' ||
	    p[n - 1] == '\r' || p[n - 1] == '\n'))
		n--;
	if (n == 0 || n >= sizeof b)
		return -1;
	for (i = 0; i < n; i++)
		b[i] = p[i] >= 'A' && p[i] <= 'Z' ? p[i] - 'A' + 'a' : p[i];
	switch (n) {
	case 1:
		return b[0] == 't' || b[0] == '1' || b[0] == 'y' ? 1 :
		    b[0] == 'f' || b[0] == '0' || b[0] == 'n' ? 0 : -1;
	case 2:
		return memcmp(b, "on", 2) == 0 ? 1 :
		    memcmp(b, "no", 2) == 0 ? 0 : -1;
	case 3:
		return memcmp(b, "yes", 3) == 0 ? 1 :
		    memcmp(b, "off", 3) == 0 ? 0 : -1;
	case 4:
		return memcmp(b, "true", 4) == 0 ? 1 : -1;
	case 5:
		return memcmp(b, "false", 5) == 0 ? 0 : -1;
	default:
		return -1;
	}
}

/*
 * A time value: 1 with *t for a timestamp, 2 with *day for a date
 * without a time (read in the jurisdiction's zone by the caller), 0 when
 * missing or blank, -1 when it is not a date at all ('unknown').
 */
static int
when(const struct field_value *v, long long *t, long long *day)
{
	const char	*p = v->data;
	size_t		 n = v->len;

	if (!present(v))
		return 0;
	while (n > 0 && (*p == ' ' || *p == '\t'))
		p++, n--;
	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
		n--;
	if (n == 10)
		return cal_parse_date(p, n, day) == 0 ? 2 : -1;
	if (cal_parse_time(p, n, t) != 0 || cal_parse_date(p, n, day) != 0)
		return -1;
	return 1;
}

/* An event (kind from when()) is before the cut-off. */
static int
before(const struct rule_jurisdiction *j, const struct comp_cut *cut,
    int kind, long long t, long long day)
{
	long long	 start;

	if (kind == 1)
		return t < cut->t;
	/* A date alone: the day in the zone; hour limits from its start. */
	if (cut->l->unit == CFG_UNIT_SECOND || cut->l->unit ==
	    CFG_UNIT_MINUTE || cut->l->unit == CFG_UNIT_HOUR) {
		if (cal_day_start(j->timezone, day, &start) != 0)
			return day < cut->day;
		return start < cut->t;
	}
	return day < cut->day;
}

/* The local day of an event. */
static long long
event_day(const struct rule_jurisdiction *j, int kind, long long t,
    long long day)
{
	long long	 d;

	if (kind == 2 || cal_local_day(j != NULL ? j->timezone : NULL, t,
	    &d) != 0)
		return kind == 2 ? day : t / 86400;
	return d;
}

static void
day_text(long long day, char *buf, size_t len)
{
	int	 y, m, d;

	cal_civil(day, &y, &m, &d);
	/* Per record and check: no stdio for the common years. */
	if (y < 0 || y > 9999 || len < 11) {
		snprintf(buf, len, "%04d-%02d-%02d", y, m, d);
		return;
	}
	buf[0] = (char)('0' + y / 1000);
	buf[1] = (char)('0' + y / 100 % 10);
	buf[2] = (char)('0' + y / 10 % 10);
	buf[3] = (char)('0' + y % 10);
	buf[4] = '-';
	buf[5] = (char)('0' + m / 10);
	buf[6] = (char)('0' + m % 10);
	buf[7] = '-';
	buf[8] = (char)('0' + d / 10);
	buf[9] = (char)('0' + d % 10);
	buf[10] = '\0';
}

/* "(KEY; basis ...)" and the weight of a finding on value b. */
static void
basis_note(const struct rule_jurisdiction *j, const char *key,
    const struct rule_basis *b, enum comp_weight *w, char *buf, size_t len)
{
	char	 bt[200];

	jur_basis_text(b, bt, sizeof bt);
	*w = jur_binding(j, b) ? COMP_LAW : COMP_REVIEW;
	snprintf(buf, len, "(%s; basis %s)%s", key, bt, *w == COMP_REVIEW ?
	    b->binds != NULL && (b->tag == BASIS_STAT || b->tag == BASIS_CASE) ?
	    ": review recommended, binds only a business of that class "
	    "(business_class)" : ": review recommended, not a statutory limit" :
	    "");
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

/* The minimum age for country cc and its basis, or -1. */
static int
min_age(const struct rule_jurisdiction *j, const char *cc,
    const struct rule_basis **b)
{
	size_t	 i;

	for (i = 0; i < j->nages; i++)
		if (j->ages[i].country[0] == cc[0] &&
		    strcmp(j->ages[i].country, cc) == 0) {
			*b = &j->ages[i].basis;
			return j->ages[i].age;
		}
	*b = &j->minimum_age_basis;
	return j->minimum_age;
}

int
comp_minimum_age(const struct comp_env *env, const struct rule_jurisdiction *j,
    const struct record *r, long long *today)
{
	const struct rule_basis	*b;
	const struct comp_sub	*cs = sub_of(env, j, r);
	int			 min;

	/* A subdivision (Quebec's Law 25) sets its own age and clock. */
	if (cs != NULL) {
		j = &cs->eff;
		*today = env->clocks[cs->clock].today;
	} else
		*today = clock_of(env, j, r)->today;
	if (j == NULL)
		return -1;
	min = min_age(j, r->country, &b);
	return min >= 0 && jur_in_force(b, *today) ? min : -1;
}

static int
advisory(const struct rule_jurisdiction *j, const char *cc)
{
	size_t	 i;

	for (i = 0; i < j->nadvisory; i++)
		if (strcmp(j->advisory[i], cc) == 0)
			return 1;
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
		    "requires%s", j->name, (miss & ~j->required) != 0 ?
		    " of records with marketing consent" : "");
	return 1;
}

static int
eval_activity(enum comp_test t, const struct comp_clock *c,
    const struct rule_jurisdiction *j, const struct record *r, int *field,
    enum comp_weight *w, char *detail, size_t len, int quiet)
{
	const struct comp_cut	*cut = t == COMP_STALE ? &c->stale :
				    &c->retention;
	const char		*key = t == COMP_STALE ? "stale_after" :
				    "retention";
	char			 lim[64], note[300];
	long long		 at = 0, day = 0;
	int			 k;

	if (j == NULL || cut->l == NULL)
		return -1;
	/*
	 * Activity is what the customer did (last_activity_at): an update
	 * by a batch job is not.  Never active: as old as the record.
	 */
	*field = FIELD_LAST_ACTIVITY_AT;
	if ((k = when(&r->f[FIELD_LAST_ACTIVITY_AT], &at, &day)) == 0) {
		*field = FIELD_CREATED_AT;
		k = when(&r->f[FIELD_CREATED_AT], &at, &day);
	}
	if (k <= 0)
		return -1;
	if (quiet && !before(j, cut, k, at, day))
		return 0;
	jur_limit_text(cut->l, lim, sizeof lim);
	basis_note(j, key, &cut->l->basis, w, note, sizeof note);
	if (!before(j, cut, k, at, day)) {
		snprintf(detail, len, "activity within %s %s", lim, note);
		return 0;
	}
	snprintf(detail, len, "no %s for more than %s%s %s",
	    *field == FIELD_LAST_ACTIVITY_AT ? "activity" :
	    "activity since creation", lim, t == COMP_RETENTION ?
	    ", erase or anonymize" : "", note);
	return 1;
}

#define CHNAME	jur_channel_name((enum channel)ch)
#define CHTXT	ch != CH_ANY ? " of " : "", ch != CH_ANY ? CHNAME : ""

/* One channel's opt-out (optout_not_honoured, optout_pending). */
static int
eval_optout(enum comp_test t, const struct comp_clock *c,
    const struct rule_jurisdiction *j, const struct record *r, int ch,
    int *field, enum comp_weight *w, char *detail, size_t len, int quiet)
{
	const struct comp_cut	*cut;
	long long		 at = 0, day = 0, from = 0, fday = 0, due;
	char			 lim[64], note[300], dt[16];
	int			 consent, overdue, k, fk;

	*field = ch_out[ch];
	consent = comp_truth(&r->f[ch_flag[ch]]);
	if (consent == 0 && !quiet && present(&r->f[ch_out[ch]]))
		snprintf(detail, len, "opt-out%s%s honoured: no longer marked "
		    "as consenting", CHTXT);
	if (consent != 1)
		return consent == 0 ? 0 : -1;
	if ((k = when(&r->f[ch_out[ch]], &at, &day)) == 0)
		return -1;
	if (k < 0) {
		if (t == COMP_OPTOUT_PENDING)
			return 0;
		snprintf(detail, len, "%s is not a date and "
		    "the record is still marked as consenting: the "
		    "opt-out cannot be shown to be honoured in time",
		    field_name(ch_out[ch]));
		return 1;
	}
	/* Consent given again after the opt-out stands. */
	if ((fk = when(&r->f[FIELD_CONSENT_AT], &from, &fday)) > 0 &&
	    (fk == 1 && k == 1 ? from > at :
	    event_day(j, fk, from, fday) > event_day(j, k, at, day)))
		return 0;
	cut = &c->optout_ch[ch];
	overdue = j == NULL || cut->l == NULL || before(j, cut, k, at,
	    day);
	if (j == NULL || cut->l == NULL) {
		if (t == COMP_OPTOUT_PENDING)
			return 0;
		snprintf(detail, len, "opted out%s%s but still marked as "
		    "consenting; no opt-out deadline applies, so it "
		    "must stop at once", CHTXT);
		return 1;
	}
	if (quiet && (t == COMP_OPTOUT_NOT_HONOURED) != overdue)
		return 0;
	jur_limit_text(cut->l, lim, sizeof lim);
	basis_note(j, "optout_deadline", &cut->l->basis, w, note,
	    sizeof note);
	due = cal_limit_last_day(event_day(j, k, at, day),
	    cut->l->count, cut->l->unit, cut->hol, cut->l->rollover);
	day_text(due, dt, sizeof dt);
	if ((t == COMP_OPTOUT_NOT_HONOURED) != overdue) {
		snprintf(detail, len, "opt-out%s%s %s: the %s deadline "
		    "%s %s", CHTXT, overdue ? "overdue" : "within its deadline",
		    lim, cut->l->unit <= CFG_UNIT_HOUR ? "runs" : dt,
		    note);
		return 0;
	}
	if (cut->l->unit <= CFG_UNIT_HOUR)
		snprintf(detail, len, "opted out%s%s but still marked as "
		    "consenting; the %s deadline %s %s", CHTXT, lim, overdue ?
		    "has passed" : "has not passed yet", note);
	else
		snprintf(detail, len, "opted out%s%s but still marked as "
		    "consenting; the %s deadline %s (due %s) %s", CHTXT, lim,
		    overdue ? "has passed" : "has not passed yet", dt,
		    note);
	return 1;
}

/* One channel's consent against the minimum age. */
static int
eval_minor(const struct comp_clock *c, const struct rule_jurisdiction *j,
    const struct record *r, int ch, int *field, enum comp_weight *w,
    char *detail, size_t len, int quiet)
{
	const struct rule_basis	*b;
	long long		 at = 0, day = 0, birth, on;
	char			 note[300], dt[16];
	int			 age, min, k;

	*field = ch_flag[ch];
	if (j == NULL || comp_truth(&r->f[ch_flag[ch]]) != 1)
		return -1;
	if (ch != CH_ANY && j->channels[ch].minimum_age >= 0) {
		min = j->channels[ch].minimum_age;
		b = &j->channels[ch].age_basis;
	} else
		min = min_age(j, r->country, &b);
	if (min < 0 || !jur_in_force(b, c->today))
		return -1;
	if (r->f[FIELD_BIRTH_DATE].data == NULL ||
	    cal_parse_date(r->f[FIELD_BIRTH_DATE].data,
	    r->f[FIELD_BIRTH_DATE].len, &birth) != 0)
		return -1;	/* the birthdate validator's business */
	/*
	 * Capacity is judged when consent was given: consent given
	 * at 12 stays a child's consent after the 13th birthday.
	 */
	if ((k = when(&r->f[FIELD_CONSENT_AT], &at, &day)) > 0)
		on = event_day(j, k, at, day);
	else
		on = c->today;
	if ((age = cal_age(birth, on)) < 0)
		return -1;
	if (quiet && age >= min)
		return 0;
	basis_note(j, "minimum_age", b, w, note, sizeof note);
	day_text(on, dt, sizeof dt);
	if (age >= min) {
		snprintf(detail, len, "age %d on %s (%s), at or above "
		    "the minimum age %d %s", age, dt, k > 0 ?
		    "when consent was given" : "the scan day", min, note);
		return 0;
	}
	snprintf(detail, len, "age %d %s (%s), below the minimum age "
	    "%d%s%s%s%s %s", age, k > 0 ? "when consent was given" :
	    "on the scan day, consent_at unknown", dt, min,
	    r->country[0] != '\0' ? " for " : "", r->country,
	    ch != CH_ANY ? " for " : "", ch != CH_ANY ? CHNAME : "", note);
	return 1;
}

int
comp_eval(enum comp_test t, const struct comp_env *env,
    const struct rule_jurisdiction *j, const struct record *r, int *field,
    enum comp_weight *w, char *detail, size_t len, int quiet)
{
	const struct comp_clock	*c;
	const struct comp_cut	*cut;
	long long		 at = 0, day = 0;
	char			 lim[64], note[300];
	char			 region[3];
	int			 consent, kind, k;
	size_t			 i;

	*w = COMP_LAW;
	c = clock_of(env, j, r);
	{
		const struct comp_sub *cs = sub_of(env, j, r);

		if (cs != NULL) {
			j = &cs->eff;
			c = &env->clocks[cs->clock];
		}
	}
	consent = comp_truth(&r->f[FIELD_CONSENT_MARKETING]);
	/*
	 * A table without consent_marketing: consent to any channel is
	 * marketing consent for expiry and evidence.
	 */
	if (!(env->mapped & BIT(FIELD_CONSENT_MARKETING))) {
		int ch, v, any = 0, none = 0;

		for (ch = CH_EMAIL; ch < CH_MAX; ch++) {
			if (!(env->mapped & BIT(ch_flag[ch])))
				continue;
			if ((v = comp_truth(&r->f[ch_flag[ch]])) == 1)
				any = 1;
			else if (v == 0)
				none++;
		}
		consent = any ? 1 : none > 0 ? 0 : -1;
	}
	switch (t) {
	case COMP_STALE:
	case COMP_RETENTION:
		return eval_activity(t, c, j, r, field, w, detail, len, quiet);
	case COMP_CONSENT_EXPIRED:
		*field = FIELD_CONSENT_AT;
		if (j == NULL || consent != 1 ||
		    (k = when(&r->f[FIELD_CONSENT_AT], &at, &day)) <= 0)
			return -1;	/* consent_no_evidence's business */
		kind = source_kind(env, &r->f[FIELD_CONSENT_SOURCE]);
		if ((cut = &c->consent[kind])->l == NULL)
			return -1;
		if (quiet && !before(j, cut, k, at, day))
			return 0;
		jur_limit_text(cut->l, lim, sizeof lim);
		basis_note(j, "consent_max_age", &cut->l->basis, w, note,
		    sizeof note);
		if (!before(j, cut, k, at, day)) {
			snprintf(detail, len, "%s consent within %s %s",
			    jur_consent_kind_name((enum consent_kind)kind), lim,
			    note);
			return 0;
		}
		if (advisory(j, r->country)) {
			char bt[200];

			*w = COMP_ADVISORY;
			jur_basis_text(&j->advisory_basis, bt, sizeof bt);
			snprintf(detail, len, "advisory: %s consent older than "
			    "%s, but in %s consent does not expire by time "
			    "alone (consent_advisory; basis %s)",
			    jur_consent_kind_name((enum consent_kind)kind), lim,
			    r->country, bt);
			return 1;
		}
		snprintf(detail, len, "%s consent older than %s %s",
		    jur_consent_kind_name((enum consent_kind)kind), lim, note);
		return 1;
	case COMP_CONSENT_NO_EVIDENCE:
		if (consent == -1 && present(&r->f[FIELD_CONSENT_MARKETING])) {
			*field = FIELD_CONSENT_MARKETING;
			snprintf(detail, len, "consent_marketing holds a value "
			    "that is not a yes/no flag: whether consent was "
			    "given is unknown");
			return 1;
		}
		*field = FIELD_CONSENT_AT;
		if (consent != 1)
			return consent == 0 ? 0 : -1;
		if ((k = when(&r->f[FIELD_CONSENT_AT], &at, &day)) <= 0) {
			snprintf(detail, len, "marketing consent %s: no "
			    "evidence of when it was given", k == 0 ?
			    "without consent_at" : "with a consent_at that is "
			    "not a date");
			return 1;
		}
		if ((env->mapped & BIT(FIELD_CONSENT_SOURCE)) &&
		    !present(&r->f[FIELD_CONSENT_SOURCE])) {
			*field = FIELD_CONSENT_SOURCE;
			snprintf(detail, len, "marketing consent without "
			    "consent_source: no evidence of how it was given");
			return 1;
		}
		if (!quiet)
			snprintf(detail, len, "consent_at and consent_source "
			    "present");
		return 0;
	case COMP_OPTOUT_NOT_HONOURED:
	case COMP_OPTOUT_PENDING:
	case COMP_MINOR_WITH_CONSENT: {
		/*
		 * Every mapped channel is judged; the first finding is
		 * reported and the others counted in its detail.
		 */
		char	 first[512];
		int	 nfound = 0, any = -1, ch, f2, rc;
		enum comp_weight w2;

		first[0] = '\0';
		for (ch = 0; ch < CH_MAX; ch++) {
			if (!(env->mapped & BIT(ch_flag[ch])) ||
			    (t != COMP_MINOR_WITH_CONSENT &&
			    !(env->mapped & BIT(ch_out[ch]))))
				continue;
			f2 = -1;
			w2 = COMP_LAW;
			rc = t == COMP_MINOR_WITH_CONSENT ?
			    eval_minor(c, j, r, ch, &f2, &w2, detail, len,
			    quiet) : eval_optout(t, c, j, r, ch, &f2, &w2, detail,
			    len, quiet);
			if (rc == 1 && nfound++ == 0) {
				snprintf(first, sizeof first, "%s", detail);
				*field = f2;
				*w = w2;
			} else if (rc == 1 && w2 < *w)
				*w = w2;	/* the weightiest finding */
			if (rc > any) {
				any = rc;
				if (rc == 0)
					*field = f2;
			}
		}
		if (nfound == 0)
			return any;
		if (nfound > 1)
			snprintf(detail, len, "%s; and %d other channel%s",
			    first, nfound - 1, nfound > 2 ? "s" : "");
		else
			snprintf(detail, len, "%s", first);
		return 1;
	}
	case COMP_INCOMPLETE:
		return incomplete(env, j, r, consent, field, detail, len);
	case COMP_REASKED: {
		/*
		 * Consent to a channel given again too soon after its opt-out
		 * (CCPA: not within 12 months of an opt-out of sale).
		 */
		long long	 oat = 0, oday = 0, last;
		int		 ch, ok, rc = -1;

		if (j == NULL || (k = when(&r->f[FIELD_CONSENT_AT], &at,
		    &day)) <= 0)
			return -1;
		for (ch = CH_EMAIL; ch < CH_MAX; ch++) {
			const struct rule_limit *l = &j->channels[ch].reask;

			if (!l->set || l->none || !jur_in_force(&l->basis,
			    c->today) || !(env->mapped & BIT(ch_flag[ch])) ||
			    !(env->mapped & BIT(ch_out[ch])) ||
			    comp_truth(&r->f[ch_flag[ch]]) != 1 ||
			    (ok = when(&r->f[ch_out[ch]], &oat, &oday)) <= 0)
				continue;
			*field = FIELD_CONSENT_AT;
			if (event_day(j, k, at, day) <= event_day(j, ok, oat,
			    oday)) {
				rc = rc < 0 ? 0 : rc;
				continue;	/* the opt-out came after */
			}
			last = cal_limit_last_day(event_day(j, ok, oat, oday),
			    l->count, l->unit, NULL, 0);
			jur_limit_text(l, lim, sizeof lim);
			basis_note(j, "reask_after", &l->basis, w, note,
			    sizeof note);
			if (event_day(j, k, at, day) > last) {
				snprintf(detail, len, "%s consent asked again "
				    "after %s %s", jur_channel_name(
				    (enum channel)ch), lim, note);
				rc = rc < 0 ? 0 : rc;
				continue;
			}
			snprintf(detail, len, "%s consent given again within "
			    "%s of the opt-out: it may not be asked for before "
			    "then %s", jur_channel_name((enum channel)ch), lim,
			    note);
			return 1;
		}
		return rc;
	}
	case COMP_DATA_LOCALIZATION:
		*field = FIELD_STORAGE_REGION;
		if (j == NULL || j->nstorage == 0 ||
		    !jur_in_force(&j->storage_basis, c->today))
			return -1;
		region[0] = '\0';
		if (present(&r->f[FIELD_STORAGE_REGION])) {
			const struct field_value *v = &r->f[FIELD_STORAGE_REGION];
			size_t bb = 0, e = v->len;

			while (bb < e && (v->data[bb] == ' ' ||
			    v->data[bb] == '\t'))
				bb++;
			while (e > bb && (v->data[e - 1] == ' ' ||
			    v->data[e - 1] == '\t'))
				e--;
			if (e - bb == 2) {
				region[0] = v->data[bb] & ~0x20;
				region[1] = v->data[bb + 1] & ~0x20;
				region[2] = '\0';
			} else
				memcpy(region, "??", 3);
		} else if (env->storage[0] != '\0')
			memcpy(region, env->storage, 3);
		for (i = 0; region[0] != '\0' && i < j->nstorage; i++)
			if (strcmp(j->storage[i], region) == 0) {
				if (quiet)
					return 0;
				basis_note(j, "storage_region",
				    &j->storage_basis, w, note, sizeof note);
				snprintf(detail, len, "stored in %s %s", region,
				    note);
				return 0;
			}
		basis_note(j, "storage_region", &j->storage_basis, w, note,
		    sizeof note);
		snprintf(detail, len, "%s%s; jurisdiction %s requires storage "
		    "in %s%s %s", region[0] == '\0' ?
		    "storage region unknown" : "stored in ", region, j->name,
		    j->storage[0], j->nstorage > 1 ? " or another listed "
		    "region" : "", note);
		return 1;
	default:
		return -1;
	}
}
