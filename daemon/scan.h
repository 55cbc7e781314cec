/*
 * scan.h -- one full scan of the customer table.
 */
#ifndef STEWARD_SCAN_H
#define STEWARD_SCAN_H

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
	long long	*jur_rows;	/* records per bucket: [0] unassigned, */
	size_t		 njur;		/* [j + 1] jurisdiction j of the rules */
};

/*
 * Run a full scan with the given rules (the caller keeps its reference).
 * Blocks until done.  Returns 0, or -1 with *cause set; a run that was
 * started is then marked failed and no finding changes.
 */
int	scan_run(const struct conf *, struct ruleset *, struct scan_result *,
	    char **);
void	scan_result_free(struct scan_result *);

#endif
