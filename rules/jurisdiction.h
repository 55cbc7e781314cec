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

/*
 * The legal basis of a pack value, and when and whom it binds:
 *	VALUE [rollover] [basis TAG "citation"] [from "DATE"] [until "DATE"]
 *	    [binds CLASS]
 * TAG is STAT (statute or regulation), CASE, GUID (regulator guidance)
 * or PRAC (practice).  Only STAT and CASE values are the law: a finding
 * on a GUID or PRAC value is "review recommended", never more than a
 * warning.  from/until are the first and last day the value applies (in
 * the jurisdiction's zone); outside them the value is not applied.
 * binds names the class of business a value is written for (India's
 * erasure rule binds large platforms only): it binds only when the
 * jurisdiction's business_class lists that class, else its findings
 * are reviews too.
 */
enum basis_tag {
	BASIS_NONE,
	BASIS_STAT,
	BASIS_CASE,
	BASIS_GUID,
	BASIS_PRAC
};

struct rule_basis {
	enum basis_tag	 tag;
	char		*cite;		/* "GDPR Art. 21(3)", or NULL */
	long long	 from, until;	/* day numbers, inclusive */
	int		 has_from, has_until;
	char		*binds;		/* class of business, or NULL */
};

/* A limit: unset, explicitly none ("no limit"), or a duration. */
struct rule_limit {
	int		 set;
	int		 none;
	double		 count;
	enum cfg_unit	 unit;
	int		 rollover;	/* a last day off work moves on */
	struct rule_basis basis;
	char		*source;	/* "file:line" */
};

struct rule_age {
	char		 country[3];
	int		 age;
	struct rule_basis basis;
};

/*
 * Marketing channels with their own consent flag and opt-out column
 * (consent_email, opted_out_email_at, ...).  CH_ANY is consent_marketing
 * and opted_out_at, the one-column layout.
 */
enum channel {
	CH_ANY,
	CH_EMAIL,
	CH_SMS,
	CH_PHONE,
	CH_SALE,		/* CCPA: sale or sharing of personal data */
	CH_MAX
};

/* What a channel block sets: channel sale { optout_deadline ...; } */
struct rule_channel {
	struct rule_limit	 optout;	/* unset: optout_deadline */
	struct rule_limit	 reask;		/* no new consent this soon */
	int			 minimum_age;	/* -1: minimum_age */
	struct rule_basis	 age_basis;
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
	struct rule_basis	 minimum_age_basis;
	struct rule_age		*ages;
	size_t			 nages;
	char			(*storage)[3];
	size_t			 nstorage;
	long long		*holidays;		/* day numbers, sorted */
	size_t			 nholidays;
	int			 public_holidays;	/* "holidays public" */
	char			**classes;		/* business_class [..] */
	size_t			 nclasses;
	char			(*advisory)[3];		/* consent_advisory */
	size_t			 nadvisory;
	struct rule_basis	 advisory_basis;
	struct rule_basis	 storage_basis;
	struct rule_channel	 channels[CH_MAX];	/* [CH_ANY] unused */
	/*
	 * subdivision CA-QC { ... }: values for records whose subdivision
	 * field names it; what a block does not set comes from here.
	 */
	struct rule_jurisdiction *subs;
	size_t			 nsubs;
	int			 is_sub;
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
const char	*jur_channel_name(enum channel);
/* "24 months", "none" or "-" for a limit. */
void		 jur_limit_text(const struct rule_limit *, char *, size_t);
const char	*jur_basis_tag_name(enum basis_tag);
/*
 * "STAT GDPR Art. 21(3)", then "; from 2027-05-13", "; until ...",
 * "; binds CLASS" as set; "not stated" without a basis.
 */
void		 jur_basis_text(const struct rule_basis *, char *, size_t);
/* 1 if the value applies on local day today. */
int		 jur_in_force(const struct rule_basis *, long long);
/*
 * 1 if a finding on this value is the law (STAT or CASE, in force and
 * binding this business), 0 if it is only a review.
 */
int		 jur_binding(const struct rule_jurisdiction *,
		    const struct rule_basis *);

#endif
