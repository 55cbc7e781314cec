/*
 * jurisdiction.h -- jurisdiction blocks: which countries a law covers, who
 * receives its report, and the limits it sets.
 *
 * Records are assigned to the jurisdiction of their country; a record with
 * no country, or one no pack claims, goes to the "unassigned" bucket.  The
 * compliance checks (rules/compliance.c) apply the limits, in the
 * jurisdiction's time zone (UTC unless it names one).
 */
#ifndef STEWARD_JURISDICTION_H
#define STEWARD_JURISDICTION_H

#include <stddef.h>

#include "rules/cfgparse.h"
#include "rules/merge.h"

enum consent_kind {
	CONSENT_ANY,
	CONSENT_EXPRESS,
	CONSENT_IMPLIED_PURCHASE,
	CONSENT_IMPLIED_INQUIRY,
	CONSENT_SOFT_OPTIN,
	CONSENT_THIRD_PARTY,
	CONSENT_KINDS
};

/* A limit: unset, explicitly none ("no limit"), or a duration. */
struct rule_limit {
	int		 set;
	int		 none;
	double		 count;
	enum cfg_unit	 unit;
	char		*source;	/* "file:line" */
};

struct rule_age {
	char		 country[3];
	int		 age;
};

struct rule_jurisdiction {
	char			*name;
	char			*description;
	char			*source;
	char			(*countries)[3];
	size_t			 ncountries;
	char			(*aliases)[2][3];	/* from, to */
	size_t			 naliases;
	char			**officers;
	size_t			 nofficers;
	struct rule_limit	 consent_max_age[CONSENT_KINDS];
	struct rule_limit	 optout_deadline;
	struct rule_limit	 stale_after;
	struct rule_limit	 retention;		/* then erase */
	char			*timezone;		/* limits are judged here */
	int			 minimum_age;		/* -1: unset */
	struct rule_age		*ages;
	size_t			 nages;
	char			(*storage)[3];
	size_t			 nstorage;
	long long		*holidays;		/* day numbers, sorted */
	size_t			 nholidays;
	unsigned int		 required;		/* fields every record needs */
	unsigned int		 required_marketing;	/* ... to be marketed to */
	char			*required_source;	/* file:line */
	char			**checks;		/* switched on here */
	size_t			 nchecks;
	struct cfg_pos		 checks_pos;		/* while compiling only */
};

/* Compile one merged jurisdiction definition; -1 after reporting errors. */
int		 jur_compile(struct cfg_doc *, const struct rule_def *,
		    struct rule_jurisdiction *);
void		 jur_free(struct rule_jurisdiction *);
const char	*jur_consent_kind_name(enum consent_kind);
/* "24 months", "none" or "-" for a limit. */
void		 jur_limit_text(const struct rule_limit *, char *, size_t);

#endif
