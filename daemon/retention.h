/*
 * retention.h -- pruning what a long-running daemon accumulates.
 */
#ifndef STEWARD_RETENTION_H
#define STEWARD_RETENTION_H

#include <libpq-fe.h>

struct conf;

struct retention_stats {
	long long	 runs;		/* rows of runs deleted */
	long long	 findings;	/* resolved findings deleted */
	long long	 duplicates;	/* duplicate pairs deleted */
	long long	 reports;	/* reports/RUN/ directories removed */
};

/*
 * Prune cf's table's history as retention { } says, in one transaction
 * on conn (which must not be in one), then the report files.  0, or -1
 * with *cause (the caller frees); blocks.
 */
int	retention_prune(const struct conf *, PGconn *,
	    struct retention_stats *, char **);

#endif
