/*
 * scan.h -- one full scan of the customer table.
 */
#ifndef STEWARD_SCAN_H
#define STEWARD_SCAN_H

#include "daemon/action.h"
#include "daemon/conf.h"

struct scan_result {
	long long	 run_id;
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
	int		 acts_failed;	/* findings recorded, actions not */
	long long	*jur_rows;	/* records per bucket: [0] unassigned, */
	size_t		 njur;		/* [j + 1] jurisdiction j of the rules */
};

/*
 * Run a full scan with the given rules (the caller keeps its reference),
 * judging time limits as at instant as_of (0: now), then act on the
 * findings (action.c).  Blocks until done.  Returns 0, or -1 with *cause
 * set; a run that failed before its findings were recorded is marked
 * failed and no finding changes; when only the actions failed,
 * acts_failed is set and the findings stand.
 */
int	scan_run(const struct conf *, struct ruleset *, long long,
	    struct scan_result *, char **);
void	scan_result_free(struct scan_result *);

#endif
