/*
 * scan.h -- one scan of the customer table: all of it, the rows changed
 * since the last scan (incremental), or the rows with the given keys
 * (those a trigger notified).
 */
#ifndef STEWARD_SCAN_H
#define STEWARD_SCAN_H

#include <libpq-fe.h>

#include "daemon/action.h"
#include "daemon/dupmerge.h"
#include "daemon/conf.h"

enum scan_kind {
	SCAN_FULL,
	SCAN_INCREMENTAL,	/* updated_at since the last snapshot */
	SCAN_KEYS		/* the given keys only */
};

struct dup_cache;

struct scan_scope {
	enum scan_kind	 kind;
	char		**keys;		/* SCAN_KEYS */
	size_t		 nkeys;
	struct dup_cache *dups;		/* kept from full scans, or NULL */
	int		 simulate;	/* what-if (--as-of): nothing is
					   recorded, acted on or reported */
};

/*
 * An incremental scan rereads this much before the last snapshot, for
 * writers whose transaction began before it and committed after.
 */
#define SCAN_OVERLAP	300

struct scan_result {
	long long	 run_id;
	enum scan_kind	 kind;		/* what ran: the first incremental is
					   a full scan */
	char		*table;		/* canonical quoted name scanned */
	long long	 rows;
	long long	 staged;	/* findings produced by this scan */
	long long	 open;		/* open findings after the scan */
	long long	 new;		/* of which first seen in this run */
	long long	 resolved;	/* closed by this run */
	long long	 open_by_severity[SEV_CRITICAL + 1];
	unsigned long long regex_errors;
	double		 seconds;
	int		 config_error;	/* the table or a column is missing */
	struct act_result acts;		/* quarantine and erase */
	struct mg_result merges;	/* duplicates merged (full scans) */
	int		 acts_failed;	/* findings recorded, actions not */
	long long	*jur_rows;	/* records per bucket: [0] unassigned, */
	size_t		 njur;		/* [j + 1] jurisdiction j of the rules */
	char		*whatif;	/* simulate: findings by check, text */
};

/*
 * Run a scan of scope (NULL: full) with the given rules (the caller keeps
 * its reference), judging time limits as at instant as_of (0: now), then
 * act on the findings (action.c).  A partial scan opens and resolves
 * findings of the records it read only.  Blocks until done.  Returns 0,
 * or -1 with *cause set; a run that failed before its findings were
 * recorded is marked failed and no finding changes; when only the
 * actions failed, acts_failed is set and the findings stand.
 */
int	scan_run(const struct conf *, struct ruleset *, long long,
	    const struct scan_scope *, struct scan_result *, char **);
const char *scan_kind_name(enum scan_kind);
void	scan_result_free(struct scan_result *);

#endif
