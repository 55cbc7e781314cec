/*
 * dupmerge.h -- merging duplicate customers, each an entry of the change
 * journal (journal.h), which undoes it; the review queue of clusters a
 * person decides on.
 */
#ifndef STEWARD_DUPMERGE_H
#define STEWARD_DUPMERGE_H

#include <stdio.h>

#include <libpq-fe.h>

struct conf;
struct rule_dup;
struct ruleset;

struct mg_result {
	long long	 merges;	/* clusters merged */
	long long	 merged;	/* records merged into another */
	long long	 refused;	/* clusters the database refused */
	long long	 proposed;	/* dry-run: clusters enforce would merge */
	long long	 reviews;	/* open in the review queue */
};

/*
 * After a full scan (run): bring the review queue up to date with the
 * run's clusters, then merge the run's merge clusters and the accepted
 * reviews -- for real in enforce mode, else only counted.  Each merge
 * commits alone; 0, or -1 with *cause (merges done before stay done).
 */
int	mg_run(PGconn *, const struct conf *, const struct ruleset *,
	    const char *, const char *, long long, struct mg_result *,
	    char **);

/* The duplicates rule called name, or NULL. */
const struct rule_dup *mg_rule(const struct ruleset *, const char *);
/*
 * Merge the nkeys records keys (a text[] literal) of table by rule now,
 * in the caller's transaction, which holds the audit lock; for review
 * (0: none).  1 merged (*id set), 0 a record is gone or already merged,
 * 2 refused by the database (*cause), -1 error.
 */
int	mg_merge(PGconn *, const struct conf *, const char *,
	    const struct rule_dup *, const char *, int, long long,
	    long long *, char **);

/*
 * Remember every pair of keys (a text[] literal) of table as two
 * customers, with why: the matcher never joins them again.  0 or -1.
 */
int	mg_not_duplicates(PGconn *, const char *, const char *, const char *,
	    const char *, char **);

/* review.c */
int	rv_list(PGconn *, const struct conf *, int, FILE *, char **);
int	rv_show(PGconn *, const struct conf *, long long, FILE *, char **);
/*
 * Accept a review: merge it now in enforce mode, else mark it accepted
 * for the first scan in enforce mode.  Reject: remember every pair of it
 * as two customers.  0, 1 refused (*cause), -1.
 */
int	rv_accept(PGconn *, const struct conf *, const struct ruleset *,
	    long long, FILE *, char **);
int	rv_reject(PGconn *, const struct conf *, long long, FILE *, char **);

#endif
