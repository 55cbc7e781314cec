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

#include "daemon/record.h"
#include "rules/jurisdiction.h"

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
	COMP_TESTS
};

/* One bucket's limits as cut-offs: an event before a cut-off is past it. */
struct comp_clock {
	long long		 today;		/* local day in the zone */
	long long		 stale_cut, retention_cut, optout_cut;
	int			 stale, retention, optout;	/* limit applies */
	long long		 consent_cut[CONSENT_KINDS];
	const struct rule_limit	*consent[CONSENT_KINDS];	/* NULL: none */
};

/* consent_source value -> consent kind (customers { consent_kinds }). */
struct comp_source {
	char			*value;
	size_t			 len;
	enum consent_kind	 kind;
};

struct comp_env {
	long long		 now;		/* instant the limits are judged at */
	struct comp_clock	*clocks;	/* [0] unassigned, [j + 1] jur j */
	size_t			 nclocks;
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

/* A consent flag: 1 true, 0 false, -1 not a boolean (PostgreSQL's spellings). */
int		 comp_truth(const struct field_value *);
/*
 * Judge record r (assigned to j, NULL when unassigned).  Returns 1 for a
 * finding, 0 when the record passes, -1 when there is nothing to judge;
 * *field and detail (no personal data) say what and why.
 */
int		 comp_eval(enum comp_test, const struct comp_env *,
		    const struct rule_jurisdiction *, const struct record *,
		    int *, char *, size_t);

#endif
