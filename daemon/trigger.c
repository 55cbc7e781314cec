/*
 * trigger.c -- install and remove the change trigger.
 *
 * The trigger function lives in Steward's schema and takes the channel
 * and the key column as trigger arguments, so one function serves every
 * table.  Trigger arguments are literals in DDL and cannot be bound as
 * parameters: they are quoted with PQescapeLiteral, as identifiers are
 * with PQescapeIdentifier.
 *
 * NOTIFY is delivered at commit and PostgreSQL folds identical
 * notifications of one transaction, so a row updated ten times in one
 * transaction is judged once, after the commit.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/conf.h"
#include "daemon/db.h"
#include "lib/log.h"
#include "daemon/trigger.h"
#include "lib/util.h"

#define TRIGGER_NAME	"steward_notify"

char *
trigger_channel(PGconn *conn, const struct conf *cf, char **cause)
{
	PGresult	*r;
	char		*table, *ch;
	const char	*params[1];

	if ((table = db_resolve_table(conn, cf, cause)) == NULL)
		return NULL;
	params[0] = table;
	r = db_query(conn, cause, "SELECT $1::regclass::oid", 1, params);
	free(table);
	if (r == NULL)
		return NULL;
	ch = xasprintf("steward_%s", PQgetvalue(r, 0, 0));
	PQclear(r);
	return ch;
}

int
trigger_install(PGconn *conn, const struct conf *cf, char **cause)
{
	char	*schema = NULL, *table = NULL, *ch = NULL, *sql = NULL;
	char	*lch = NULL, *lkey = NULL;
	int	 rc = -1;

	if (db_migrate(conn, cf->schema, cause) < 0 ||
	    (ch = trigger_channel(conn, cf, cause)) == NULL ||
	    (table = db_resolve_table(conn, cf, cause)) == NULL)
		goto out;
	schema = db_ident(conn, cf->schema);
	if ((lch = PQescapeLiteral(conn, ch, strlen(ch))) == NULL ||
	    (lkey = PQescapeLiteral(conn, cf->key, strlen(cf->key))) == NULL)
		fatalx("PQescapeLiteral: out of memory");
	if (db_exec(conn, cause, "BEGIN", 0, NULL) != 0)
		goto out;
	/* to_jsonb reads the key whatever its column's name and type. */
	sql = xasprintf("CREATE OR REPLACE FUNCTION %s.notify_change() "
	    "RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN "
	    "PERFORM pg_notify(TG_ARGV[0], to_jsonb(NEW) ->> TG_ARGV[1]); "
	    "RETURN NULL; END $f$", schema);
	if (db_exec(conn, cause, sql, 0, NULL) != 0)
		goto rollback;
	free(sql);
	sql = xasprintf("DROP TRIGGER IF EXISTS " TRIGGER_NAME " ON %s",
	    table);
	if (db_exec(conn, cause, sql, 0, NULL) != 0)
		goto rollback;
	free(sql);
	sql = xasprintf("CREATE TRIGGER " TRIGGER_NAME " AFTER INSERT OR "
	    "UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION %s.notify_change(%s, "
	    "%s)", table, schema, lch, lkey);
	if (db_exec(conn, cause, sql, 0, NULL) != 0 ||
	    db_exec(conn, cause, "COMMIT", 0, NULL) != 0)
		goto rollback;
	rc = 0;
	goto out;
rollback:
	PQclear(PQexec(conn, "ROLLBACK"));
out:
	if (lch != NULL)
		PQfreemem(lch);
	if (lkey != NULL)
		PQfreemem(lkey);
	free(sql);
	free(ch);
	free(table);
	free(schema);
	return rc;
}

int
trigger_installed(PGconn *conn, const struct conf *cf, char **cause)
{
	PGresult	*r;
	char		*table;
	const char	*params[1];
	int		 n;

	if ((table = db_resolve_table(conn, cf, cause)) == NULL)
		return -1;
	params[0] = table;
	r = db_query(conn, cause, "SELECT count(*) FROM pg_trigger WHERE "
	    "tgrelid = $1::regclass AND tgname = '" TRIGGER_NAME "'", 1,
	    params);
	free(table);
	if (r == NULL)
		return -1;
	n = strcmp(PQgetvalue(r, 0, 0), "0") != 0;
	PQclear(r);
	return n > 0;
}

int
trigger_remove(PGconn *conn, const struct conf *cf, char **cause)
{
	char	*table, *sql;
	int	 had;

	if ((had = trigger_installed(conn, cf, cause)) < 0)
		return -1;
	if (!had)
		return 1;
	if ((table = db_resolve_table(conn, cf, cause)) == NULL)
		return -1;
	/* The function stays: other tables' triggers may use it. */
	sql = xasprintf("DROP TRIGGER IF EXISTS " TRIGGER_NAME " ON %s", table);
	had = db_exec(conn, cause, sql, 0, NULL);
	free(sql);
	free(table);
	return had;
}
