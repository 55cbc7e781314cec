/*
 * compliance.h -- the per-jurisdiction compliance tests: stale records,
 * retention, consent expiry and evidence, opt-outs not honoured, minors
 * with consent, data localization, completeness.
 *
 * A check names one with "compliance TEST"; the limits come from the
 * record's jurisdiction.  Time limits are turned into cut-off instants
 * once per scan (comp_set_clock), in each jurisdiction's time zone, so a
 * record costs a few integer comparisons.
 */
#ifndef STEWARD_COMPLIANCE_H
#define STEWARD_COMPLIANCE_H

#include <stddef.h>

#include "lib/record.h"
#include "rules/jurisdiction.h"
#include "validators/calendar.h"

enum comp_test {
	COMP_STALE,
	COMP_RETENTION,
	COMP_CONSENT_EXPIRED,
	COMP_CONSENT_NO_EVIDENCE,
	COMP_OPTOUT_NOT_HONOURED,
	COMP_OPTOUT_PENDING,
	COMP_MINOR_WITH_CONSENT,
	COMP_DATA_LOCALIZATION,
	COMP_INCOMPLETE,
	COMP_REASKED,
	COMP_TESTS
};

/*
 * One limit as a cut-off: an event before instant t (a timestamp) or
 * before local day day (a date without a time, read in the zone) is
 * past it.  l is NULL when no limit applies (unset, none, not in force).
 */
struct comp_cut {
	const struct rule_limit	*l;
	long long		 t, day;
	const struct cal_holidays *hol;	/* the days off it skipped */
};

/*
 * One bucket's limits: per jurisdiction and country, since business
 * days and rollover skip the public holidays of the record's country.
 */
struct comp_clock {
	long long		 today;		/* local day in the zone */
	struct comp_cut		 stale, retention, optout;
	struct comp_cut		 consent[CONSENT_KINDS];
	struct comp_cut		 optout_ch[CH_MAX];	/* [CH_ANY]: optout */
	struct cal_holidays	 hol;		/* the days off work */
	struct cal_holidays	 subhol;	/* ... for a subdivision's own */
	long long		*own, *own2;	/* hol, subhol when allocated */
	const struct rule_jurisdiction *sub;	/* a subdivision's clock */
};

/* A subdivision's values over its jurisdiction's (shallow copies). */
struct comp_sub {
	int			 jur;
	const struct rule_jurisdiction *sub;
	struct rule_jurisdiction eff;
	size_t			 clock;
};

/* consent_source value -> consent kind (customers { consent_kinds }). */
struct comp_source {
	char			*value;
	size_t			 len;
	enum consent_kind	 kind;
};

struct comp_env {
	long long		 now;		/* instant the limits are judged at */
	/*
	 * [0] unassigned; jurisdiction j's countries from first[j] on, in
	 * the order of its countries list, then one for any other code.
	 */
	struct comp_clock	*clocks;
	size_t			 nclocks;
	size_t			*first;
	struct comp_sub		*subs;
	size_t			 nsubs;
	struct comp_source	*sources;
	size_t			 nsources;
	char			 storage[3];	/* default storage region, or "" */
	unsigned int		 mapped;	/* fields the store maps */
};

const char	*comp_test_name(enum comp_test);
/* Test for a name, or -1. */
int		 comp_test_lookup(const char *);
/* The mapped fields a test reads (0: a field it needs is not mapped). */
unsigned int	 comp_fields(enum comp_test, unsigned int mapped);
/* Fields a test needs, as text for error messages. */
const char	*comp_needs(enum comp_test);

/*
 * Compute every bucket's cut-offs at instant now.  Returns 0, or -1 with
 * a message in err when a time zone cannot be used.
 */
int		 comp_set_clock(struct comp_env *,
		    const struct rule_jurisdiction *, size_t, long long,
		    char *, size_t);
void		 comp_env_free(struct comp_env *);

/*
 * A consent flag: 1 true, 0 false, -1 not a boolean (PostgreSQL's
 * spellings, any case, blanks around it ignored: CHAR(4) pads 'Yes ').
 */
int		 comp_truth(const struct field_value *);
/*
 * The minimum age that binds record r of jurisdiction j (NULL when
 * unassigned) today, on r's own clock: the country's age or the
 * jurisdiction's, -1 when none is in force.  *today is that day.
 */
int		 comp_minimum_age(const struct comp_env *,
		    const struct rule_jurisdiction *, const struct record *,
		    long long *);
/* How a finding weighs: the law, or a value to review. */
enum comp_weight {
	COMP_LAW,		/* STAT or CASE in force: the check's severity */
	COMP_REVIEW,		/* GUID or PRAC, or a class not declared */
	COMP_ADVISORY		/* the law says the limit does not apply */
};

/*
 * Judge record r (assigned to j, NULL when unassigned).  Returns 1 for a
 * finding, 0 when the record passes, -1 when there is nothing to judge;
 * *field, *weight and detail (no personal data; the legal basis of the
 * value applied, for passes too) say what and why.  With quiet set a
 * pass writes no detail: a scan reports findings only, and the text of
 * every pass was a fifth of its CPU.
 */
int		 comp_eval(enum comp_test, const struct comp_env *,
		    const struct rule_jurisdiction *, const struct record *,
		    int *, enum comp_weight *, char *, size_t, int);

#endif
