/*
 * db.h -- Steward's use of PostgreSQL: connection, its own schema and its
 * migrations, and small query helpers.
 *
 * Identifiers that come from the configuration always pass through
 * db_ident() (PQescapeIdentifier); values are always query parameters.
 * These calls block; the daemon runs them off its event loop.
 */
#ifndef STEWARD_DB_H
#define STEWARD_DB_H

#include <libpq-fe.h>

#include "daemon/conf.h"

/* Highest schema version this binary knows. */
#define DB_SCHEMA_VERSION	12

/* Connect as configured.  Returns NULL with *cause set on failure. */
PGconn		*db_connect(const struct conf *, char **);
/*
 * Connect where the customer table is read: scan_conninfo (a standby)
 * when set, else as db_connect.  NULL with *cause set on failure.
 */
PGconn		*db_connect_scan(const struct conf *, char **);
/*
 * Start a connection without blocking, for the event loop: drive it with
 * PQconnectPoll.  The SQL_ASCII fallback of db_connect is not applied.
 */
PGconn		*db_connect_start(const struct conf *, char **);
/*
 * Bring Steward's schema to DB_SCHEMA_VERSION, idempotently; refuse a
 * schema newer than this binary.  Returns the number of migrations applied
 * (0 when up to date), or -1 with *cause set.
 */
int		 db_migrate(PGconn *, const char *, char **);
/* Quoted identifier (caller frees with free()). */
char		*db_ident(PGconn *, const char *);
/* "schema"."table" for the customer table (caller frees). */
char		*db_table(PGconn *, const struct conf *);
/*
 * The customer table's one canonical name, schema-qualified and quoted
 * as PostgreSQL prints it, whatever the spelling in the configuration
 * (customers, public.customers): findings and the scan lock are keyed on
 * it.  NULL with *cause set if there is no such table.
 */
char		*db_resolve_table(PGconn *, const struct conf *, char **);
/*
 * Run a command with text parameters; 0 or -1 with *cause set.
 */
int		 db_exec(PGconn *, char **, const char *, int, const char *const *);
/*
 * Run a query expected to return rows; the result, or NULL with *cause
 * set.  Caller PQclear()s it.
 */
PGresult	*db_query(PGconn *, char **, const char *, int,
		    const char *const *);
/* The connection's error message without the trailing newline. */
char		*db_error(PGconn *);
/*
 * A server error for findings, CSVs and mail: the primary message and
 * the DETAIL with the values masked ("Key (email)=(***) already exists",
 * "Failing row contains (***)"); a detail that may quote data and is of
 * no known form is left out.  The caller frees it.
 */
char		*db_mask_error(const char *, const char *);
/* The same masking of any text holding a server error (PQerrorMessage). */
char		*db_mask_message(const char *);
/*
 * Run a statement whose failure the caller handles: the result, or NULL
 * with state the SQLSTATE ("23505") and *err (freed first) the message
 * and its detail.
 */
PGresult	*db_try(PGconn *, const char *, int, const char *const *,
		    char[6], char **);

#endif
