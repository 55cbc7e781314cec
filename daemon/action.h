/*
 * action.h -- what a scan does about its findings: quarantine (move or
 * flag) and erase, each record in a transaction with its change journal
 * entry and audit record.  The journal (journal.h) releases them.
 */
#ifndef STEWARD_ACTION_H
#define STEWARD_ACTION_H

#include <libpq-fe.h>

#include "daemon/conf.h"

struct act_result {
	long long	 quarantined;
	long long	 erased;
	long long	 normalized;	/* values rewritten (normalize.c) */
	long long	 refused;	/* kept: other rows reference them */
	long long	 proposed;	/* dry-run: what enforce would do */
};

/*
 * Act on the open findings of table (canonical name) for every check with
 * action quarantine or erase: in enforce mode (the check's or the global
 * one) for real, else only counted.  Returns 0, or -1 with *cause set;
 * batches committed before an error stay done, and audited.
 */
int	act_run(PGconn *, const struct conf *, const struct ruleset *,
	    const char *, const char *, long long, struct act_result *,
	    char **);

#endif
