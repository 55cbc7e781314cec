/*
 * changes.h -- the changes command: list, show and undo entries of the
 * change journal, under its name and its old ones (quarantine, rewrites,
 * merges), which are kept for one release.
 */
#ifndef STEWARD_CHANGES_H
#define STEWARD_CHANGES_H

#include <stdio.h>

#include <libpq-fe.h>

struct conf;

/*
 * Run verb (list, show, undo; release for quarantine) of command cmd
 * (changes, quarantine, rewrites or merges) on entry id, writing to fp.
 * 0 done, 1 refused or no such entry (*cause), -1 error (*cause).
 */
int	changes_run(PGconn *, const struct conf *, const char *, const char *,
	    long long, int, FILE *, char **);

#endif
