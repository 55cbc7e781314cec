/*
 * normalize.h -- valid values rewritten into their normal form (action
 * normalize), each undoable.
 */
#ifndef STEWARD_NORMALIZE_H
#define STEWARD_NORMALIZE_H

#include <stdio.h>

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
/* Put a rewritten value back.  0, 1 refused (*cause; nothing changed), -1. */
int	nz_undo(PGconn *, const struct conf *, long long, char **);
int	nz_list(PGconn *, const struct conf *, int, FILE *, char **);
int	nz_show(PGconn *, const struct conf *, long long, FILE *, char **);

#endif
