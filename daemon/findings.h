/*
 * findings.h -- `steward findings`: list the findings of a run.
 */
#ifndef STEWARD_FINDINGS_H
#define STEWARD_FINDINGS_H

#include <stdio.h>

#include <libpq-fe.h>

#include "daemon/conf.h"

enum findings_format {
	FINDINGS_TEXT,
	FINDINGS_CSV,
	FINDINGS_JSON
};

struct findings_query {
	long long		 run;		/* 0: the latest completed run */
	const char		*check;		/* NULL: all */
	const char		*status;	/* new|open|resolved, NULL: all */
	enum findings_format	 format;
	const char		*jurisdiction;	/* NULL: all */
};

/*
 * Write the findings of a run to fp, streamed row by row.  Status is
 * relative to that run: new (first seen in it), open (seen before and
 * still there), resolved (gone in it).  Returns the number of findings
 * written, or -1 with *cause set.
 */
long long	findings_list(const struct conf *, const struct findings_query *,
		    FILE *, char **);


/*
 * The run to report on: want, or the latest completed run (want 0), which
 * must be a completed run of table.  schema is quoted.  Writes its id to
 * id; returns 0, or -1 with *cause set.
 */
int		findings_pick_run(PGconn *, const char *, const char *, long long,
		    char *, size_t, char **);

/*
 * Print a table of findings per check for a run (new, still open,
 * resolved) to fp.  Returns 0, or -1 with *cause set.
 */
int		findings_summary(const struct conf *, long long, FILE *, char **);
/*
 * After an action phase of run: resolve the open findings of check (one
 * of the *_refused ones, which the scan leaves alone) of table whose key
 * is not among keys, the records refused again this run (added with
 * findings_key_add, so a refusal that stands stays one open finding).
 */
void		findings_key_add(struct buf *, const char *);
int		findings_settle(PGconn *, const char *, const char *, long long,
		    const char *, const struct buf *, char **);

#endif
