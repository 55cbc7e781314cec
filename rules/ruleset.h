/*
 * ruleset.h -- checks compiled from rule files, and their evaluation.
 *
 * A ruleset is built from a parsed document in one go and is immutable
 * afterwards; a scan holds a reference to the ruleset it started with, so
 * a reload can swap in a new one without disturbing it (rule_ref/unref).
 * Regular expressions are compiled once, JIT-compiled when possible, and
 * run with match and depth limits: an expression that hits a limit is a
 * finding against the record, never a silent "no match".
 */
#ifndef STEWARD_RULESET_H
#define STEWARD_RULESET_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "lib/record.h"
#include "rules/cfgparse.h"
#include "rules/compliance.h"
#include "rules/duplicates.h"
#include "rules/jurisdiction.h"
#include "validators/validate.h"

enum severity {
	SEV_INFO,
	SEV_WARNING,
	SEV_ERROR,
	SEV_CRITICAL
};

enum check_kind {
	CHECK_REGEX,		/* value must match */
	CHECK_REJECT,		/* value must not match */
	CHECK_REQUIRED,		/* value must be present and not blank */
	CHECK_COMPARE,		/* field OP field must hold */
	CHECK_VALIDATE,		/* a built-in validator must accept it */
	CHECK_COMPLIANCE,	/* a jurisdiction's limits (compliance.c) */
	CHECK_BUILTIN		/* reported by Steward itself */
};

enum rule_action {
	ACTION_FLAG,		/* a finding, nothing else */
	ACTION_QUARANTINE,
	ACTION_NORMALIZE,
	ACTION_ERASE		/* anonymize per customers { erase } */
};

enum cmp_op {
	CMP_LT,
	CMP_LE,
	CMP_GT,
	CMP_GE,
	CMP_EQ,
	CMP_NE
};

struct rule_check {
	char		*name;
	char		*description;
	char		*source;	/* "file:line" of the definition */
	enum check_kind	 kind;
	enum severity	 severity;
	unsigned int	 fields;	/* bit (1 << enum field) per field read */
	char		*pattern;
	pcre2_code	*re;
	int		 jit;		/* JIT-compiled */
	enum rule_action action;
	int		 enforce;	/* mode: -1 the global one, 0 dry-run, 1 */
	enum comp_test	 comp;		/* CHECK_COMPLIANCE */
	val_fn		 validator;	/* CHECK_VALIDATE */
	char		*validator_name;
	int		 country_from;	/* field giving the country, -1: record's */
	struct rule_check *advice;	/* "NAME.advice": the validator's notes */
	int		 cmp_a, cmp_b;	/* CHECK_COMPARE: fields and op */
	enum cmp_op	 cmp_op;
	char		**scope_jur;	/* jurisdictions [..]; none: all */
	size_t		 nscope_jur;
	char		(*scope_cc)[3];	/* countries [..]; none: all */
	size_t		 nscope_cc;
	struct cfg_pos	 scope_pos;	/* while compiling only */
	/* Per bucket (0 unassigned, j + 1 jurisdiction j): does it apply? */
	unsigned char	*applies;
};

/* A two-letter code as seen in data: its code after aliases, its bucket. */
#define CC_INVALID	(-2)		/* not an assigned ISO code */
struct rule_country {
	char		 code[3];
	int		 jur;		/* jurisdiction, -1 none, CC_INVALID */
};

struct ruleset {
	struct rule_check	*checks;
	size_t			 nchecks;
	struct rule_jurisdiction *jurs;
	size_t			 njurs;
	struct rule_dup		*dups;
	size_t			 ndups;
	int			 jur_field;	/* field giving the country */
	struct rule_country	*cc_map;	/* 26 x 26, from build_country_map */
	char			*dump;		/* effective rules, with sources */
	unsigned int		 fields;	/* union of every check's fields */
	size_t			 max_value;	/* larger values are a finding */
	pcre2_match_context	*mctx;
	pcre2_jit_stack		*jit_stack;
	pcre2_match_data	*md;
	struct val_out		 vout;		/* validators' output, reused */
	struct comp_env		 comp;		/* compliance clock and maps */
	int			 refs;
	unsigned long long	 regex_errors;	/* matches that failed */
};

/* Built-in checks that guard the others. */
extern const struct rule_check rule_invalid_utf8;
extern const struct rule_check rule_oversized;

/*
 * Compile every "check" statement among root's children.  Errors and
 * warnings go to doc; returns NULL if there was any error.  mapped is the
 * bitmask of fields the store maps: a check reading an unmapped field is a
 * warning and that field is skipped.  The result has one reference.
 */
struct ruleset	*rule_compile(struct cfg_doc *, const struct cfg_node *,
		    unsigned int mapped, size_t max_value, int use_jit);
struct ruleset	*rule_ref(struct ruleset *);
void		 rule_unref(struct ruleset *);

/* Called once per finding; detail is a short text without personal data. */
typedef void	(*rule_emit_fn)(void *, const struct rule_check *, enum field,
		    const char *);

/*
 * Run every check that applies to one record (after assigning it to its
 * jurisdiction: r->jur and r->country are set).  Returns the number of
 * findings.
 */
int		 rule_eval(struct ruleset *, struct record *, rule_emit_fn,
		    void *);

enum verdict {
	VERDICT_PASS,
	VERDICT_FAIL,
	VERDICT_SKIP		/* out of scope, unmapped, or nothing to judge */
};

/* Called for every check and field, with a verdict (explain, test-rule). */
typedef void	(*rule_explain_fn)(void *, const struct rule_check *, int,
		    enum verdict, const char *);
int		 rule_explain(struct ruleset *, struct record *,
		    rule_explain_fn, void *);

/*
 * Judge time limits as at instant now (seconds since the epoch): call it
 * before a scan.  Returns 0, or -1 with a message in err.
 */
int		 rule_set_clock(struct ruleset *, long long, char *, size_t);

/*
 * The normal form of field f of r under validate check c, in out: 1 when
 * it differs from the value, 0 when the value is already normal, -1 when
 * the validator rejects it or there is none (r's jurisdiction assigned).
 */
int		 rule_normal_form(struct ruleset *, const struct rule_check *,
		    const struct record *, int, struct buf *);
/* Set r->jur and r->country from the jurisdiction field. */
void		 rule_assign(const struct ruleset *, struct record *);
/* Name of bucket jur (-1: "unassigned"). */
const char	*rule_jur_name(const struct ruleset *, int);
const char	*rule_action_name(enum rule_action);
const char	*rule_cmp_name(enum cmp_op);

const char	*rule_severity_name(enum severity);
int		 rule_severity_lookup(const char *);
const char	*rule_kind_name(enum check_kind);
/*
 * Print the effective rules, after overrides, with the file:line each
 * value came from (check --dump).  The text parses back.
 */
void		 rule_dump(const struct ruleset *, FILE *);
/* Print the checks and jurisdictions as tables (steward rules). */
void		 rule_table(const struct ruleset *, FILE *);

#endif
