/*
 * normalize.h -- valid values rewritten into their normal form (action
 * normalize), each an entry of the change journal (journal.h), which
 * undoes it.
 */
#ifndef STEWARD_NORMALIZE_H
#define STEWARD_NORMALIZE_H

#include <libpq-fe.h>

#include "daemon/action.h"

/*
 * Rewrite the values the open findings of every validate check with
 * action normalize call "not in normal form": in enforce mode (the
 * check's or the global one) for real, else only counted, into res.
 * 0, or -1 with *cause; batches committed before an error stay done.
 */
int	nz_run(PGconn *, const struct conf *, struct ruleset *, const char *,
	    const char *, long long, struct act_result *, char **);

#endif
