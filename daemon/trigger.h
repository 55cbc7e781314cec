/*
 * trigger.h -- the change trigger for near-real-time checks: on insert or
 * update of the customer table, PostgreSQL NOTIFYs the row's key on a
 * channel the daemon LISTENs to.
 */
#ifndef STEWARD_TRIGGER_H
#define STEWARD_TRIGGER_H

#include <libpq-fe.h>

struct conf;

/* Create or replace the trigger (idempotent).  0, or -1 and *cause. */
int	trigger_install(PGconn *, const struct conf *, char **);
/* Drop it; 1 when there was none.  0, 1, or -1 and *cause. */
int	trigger_remove(PGconn *, const struct conf *, char **);
/*
 * The channel of the configured table ("steward_" and its OID: always a
 * valid, short identifier), or NULL and *cause when the table is missing.
 */
char	*trigger_channel(PGconn *, const struct conf *, char **);
/* 1 when the trigger is installed on the configured table, 0, or -1. */
int	trigger_installed(PGconn *, const struct conf *, char **);

#endif
