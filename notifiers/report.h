/*
 * report.h -- one run's report for one jurisdiction: what a compliance
 * officer reads.
 *
 * report_load() gathers the figures from Steward's schema
 * (daemon/reportdb.c);
 * report_text() and report_html() render them (render.c) without touching
 * the database, so a past run renders the same way as the current one.
 * The findings themselves go out as CSV, streamed (findings_list), never
 * held in memory.
 */
#ifndef STEWARD_REPORT_H
#define STEWARD_REPORT_H

#include <stddef.h>

#include "lib/util.h"

#define REPORT_SAMPLES	3	/* sample records per top check */
#define REPORT_TOP	5	/* top offending checks with samples (and
				   every critical or error check) */
#define REPORT_GROUPS	10	/* countries and sources listed */
#define REPORT_TREND	10	/* runs in the trend */

/* The global summary covers every jurisdiction; "unassigned" has its own. */
#define REPORT_ALL		"all"
#define REPORT_UNASSIGNED	"unassigned"

struct report_sample {
	char		*key;		/* record key */
	char		*field;		/* logical field, "" for the record */
	char		*value;		/* current value, masked unless clear */
	char		*detail;	/* the finding's detail */
};

struct report_check {
	char		*name;
	char		*severity;	/* worst severity among its findings */
	char		*action;	/* "quarantine", "erase" or "" */
	long long	 new_;		/* first seen in this run */
	long long	 open;		/* still open from earlier runs */
	long long	 resolved;	/* resolved by this run */
	struct report_sample samples[REPORT_SAMPLES];
	size_t		 nsamples;	/* top REPORT_TOP, critical, error */
	char		*basis;		/* "STAT GDPR Art. 21(3)", or "" */
	char		*first_seen;	/* YYYY-MM-DD of its oldest open one */
	long long	 days_open;	/* since first_seen, to this run */
	char		*deadline;	/* earliest due date open, or "" */
	long long	 overdue;	/* open findings past their due date */
};

/* Findings per country or per acquisition source. */
struct report_group {
	char		*name;
	long long	 findings;	/* open after the run */
	long long	 records;	/* distinct records */
};

/* One earlier run (or this one) for the trend, oldest first. */
struct report_point {
	long long	 run;
	char		 date[11];	/* YYYY-MM-DD of its start, UTC */
	long long	 records;	/* records in scope */
	long long	 open;		/* findings open after it (new + open) */
	long long	 new_;
	long long	 resolved;
};

struct report {
	long long	 run;
	char		*table;		/* the customer table, schema-qualified */
	char		*jurisdiction;	/* name, REPORT_ALL or REPORT_UNASSIGNED */
	char		*description;	/* the jurisdiction's, or "" */
	char		*mode;		/* "dry-run" or "enforce" */
	char		*started_at;	/* "YYYY-MM-DD HH:MM:SS UTC" */
	char		*finished_at;
	char		*as_of;		/* judged as at, "" when it is the scan */
	char		*config_path;	/* for the commands printed at the end */
	int		 clear_values;	/* values shown unmasked */

	long long	 records;	/* records in scope in this run */
	long long	 findings_new;
	long long	 findings_open;
	long long	 findings_resolved;
	long long	 actions_taken;	/* enforce: records acted on */
	long long	 actions_proposed; /* dry-run: records that would be */
	long long	 review_queue;	/* duplicate pairs for review; -1: no
					   duplicate detection in this run */

	struct report_check *checks;	/* by new + open, descending */
	size_t		 nchecks;
	struct report_point *trend;	/* oldest first; the last is this run */
	size_t		 ntrend;
	int		 what_if;	/* judged as at a future instant */
	struct report_group *countries;	/* most findings first */
	size_t		 ncountries;
	struct report_group *sources;	/* consent_source, else source */
	size_t		 nsources;
	const char	*source_field;	/* which field sources are from */
};

/* Free every string and array of a report; it may be filled in part. */
void	report_free(struct report *);

/* The subject line, UTF-8, one line: "Steward report EU, run 12: ...". */
char	*report_subject(const struct report *);
/* text/plain, lines of at most 78 characters where the data allows. */
void	 report_text(const struct report *, struct buf *);
/* text/html: tables and inline styles only, an inline SVG trend chart. */
void	 report_html(const struct report *, struct buf *);

#endif
