/*
 * scanpar.h -- a full scan read on several connections at once
 * (scan { parallel N }).
 *
 * The coordinator's connection holds the scan's REPEATABLE READ
 * transaction and exports its snapshot; each worker connects, imports it
 * (SET TRANSACTION SNAPSHOT) and streams its share of the table: ranges of
 * its pages, or its partitions.  The checks run in the workers, and their
 * findings come back through a pipe as the COPY text of the staging table,
 * which the coordinator passes on unchanged: the staged findings are those
 * of a scan on one connection, in another order.
 *
 * Workers are processes, not threads: the rules and the validators keep
 * caches and compiled patterns for the one thread that scans, and a worker
 * that fails or is killed takes nothing of the daemon with it.
 */
#ifndef STEWARD_SCANPAR_H
#define STEWARD_SCANPAR_H

#include <stddef.h>

#include <libpq-fe.h>

#include "daemon/conf.h"

/* What the workers read and found, added up. */
struct scanpar_tally {
	long long		 rows;
	long long		 findings;
	unsigned long long	 regex_errors;
	long long		*jur_rows;	/* njur buckets, as scan_result's */
	size_t			 njur;
	int			 workers;	/* how many ran */
};

/*
 * Run in a worker: read the rows of a relation (quoted: the table, or one
 * of its partitions) that meet a condition on ctid (NULL: all of them) on
 * conn, which holds the snapshot, through the checks, sending finding
 * batches with scanpar_send(fd, ...) and adding to *t (whose jur_rows
 * start at zero).  0, or -1 with *cause set.
 */
typedef int (*scanpar_stream_fn)(void *, PGconn *, const char *,
    const char *, int, struct scanpar_tally *, char **);

/*
 * Split table (quoted, canonical) for up to n workers, run them in the
 * snapshot of in (an open REPEATABLE READ transaction) and pass their
 * findings on to out, which is in COPY FROM STDIN.  Adds the workers'
 * counts to *sum.  Blocks until every worker has ended.  Returns 0; 1
 * when the table cannot be split (a view, a foreign table: read it on one
 * connection); or -1 with *cause set, every worker stopped.
 */
int	scanpar_run(const struct conf *, PGconn *, PGconn *, const char *, int,
	    scanpar_stream_fn, void *, struct scanpar_tally *, char **);

/* In a worker: one batch of findings (COPY text) to the coordinator. */
int	scanpar_send(int, const char *, size_t);

#endif
