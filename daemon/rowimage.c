/*
 * rowimage.c -- rows kept as text before and after an action, put back
 * (see rowimage.h).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/db.h"
#include "daemon/rowimage.h"
#include "lib/format.h"

void
ri_entry(struct buf *j, const char *table, const char *col,
    const char *v, const char *before, const char *after, const char *json,
    const char *set)
{
	buf_adds(j, j->len > 1 ? ",\n {\"t\": " : "\n {\"t\": ");
	fmt_json_string(j, table, strlen(table));
	buf_adds(j, ", \"c\": ");
	fmt_json_string(j, col, strlen(col));
	buf_adds(j, ", \"v\": ");
	fmt_json_string(j, v, strlen(v));
	buf_adds(j, ", \"b\": ");
	fmt_json_string(j, before, strlen(before));
	buf_adds(j, ", \"a\": ");
	if (after != NULL)
		fmt_json_string(j, after, strlen(after));
	else
		buf_adds(j, "null");
	if (json != NULL)
		buf_printf(j, ", \"j\": %s", json);
	if (set != NULL) {
		buf_adds(j, ", \"s\": ");
		fmt_json_string(j, set, strlen(set));
	}
	buf_addc(j, '}');
}

char *
ri_table(PGconn *conn, const char *name, char **cause)
{
	PGresult	*r;
	const char	*p[1] = { name };
	char		*t = NULL;

	if ((r = db_query(conn, cause, "SELECT format('%I.%I', n.nspname, "
	    "c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = "
	    "c.relnamespace WHERE c.oid = to_regclass($1)", 1, p)) == NULL)
		return NULL;
	if (PQntuples(r) == 1)
		t = xstrdup(PQgetvalue(r, 0, 0));
	else
		*cause = xasprintf("table %s does not exist", name);
	PQclear(r);
	return t;
}

/*
 * The columns a restore writes, quoted: as names (cols) and as fields
 * of a row value r (rcols).  An update leaves out identity columns that
 * are GENERATED ALWAYS (they cannot be set, and a merge never changes
 * them); an insert keeps them (OVERRIDING SYSTEM VALUE).
 */
static int
restore_columns(PGconn *conn, const char *table, int update, char **cols,
    char **rcols, char **cause)
{
	PGresult	*r;
	const char	*p[2] = { table, update ? "t" : "f" };

	if ((r = db_query(conn, cause, "SELECT string_agg(format('%I', "
	    "attname), ', ' ORDER BY attnum), string_agg(format('(r).%I', "
	    "attname), ', ' ORDER BY attnum) FROM pg_attribute WHERE attrelid "
	    "= to_regclass($1) AND attnum > 0 AND NOT attisdropped AND "
	    "attgenerated = '' AND NOT ($2::boolean AND attidentity = 'a')",
	    2, p)) == NULL)
		return -1;
	*cols = xstrdup(PQgetvalue(r, 0, 0));
	*rcols = xstrdup(PQgetvalue(r, 0, 1));
	PQclear(r);
	return 0;
}

/* A deleted row back from its jsonb image, by column name. */
static PGresult *
insert_json(PGconn *conn, const char *t, const char *cols, const char *rcols,
    const char *json, char state[6], char **err)
{
	PGresult	*r;
	const char	*p[1] = { json };
	char		*sql;

	PQclear(PQexec(conn, "ROLLBACK TO SAVEPOINT steward_restore"));
	free(*err);
	*err = NULL;
	sql = xasprintf("INSERT INTO %s (%s) OVERRIDING SYSTEM VALUE SELECT %s "
	    "FROM jsonb_populate_record(NULL::%s, $1::jsonb) r", t, cols,
	    rcols, t);
	r = db_try(conn, sql, 1, p, state, err);
	free(sql);
	return r;
}

/*
 * Put one row back (an entry, see rowimage.h): set, insert or update.
 * 0, 1 refused (*cause), -1.
 */
static int
restore(PGconn *conn, const char *table, const char *colname,
    const char *v, const char *before, const char *after, const char *json,
    const char *set, char **cause)
{
	PGresult	*r;
	char		*t, *col, *cols = NULL, *rcols = NULL, *sql, *err = NULL;
	char		 state[6];
	const char	*p[3] = { before, after, v };
	int		 rc = -1;

	if ((t = ri_table(conn, table, cause)) == NULL)
		return -1;
	col = db_ident(conn, colname);
	if (set != NULL) {
		char *sc = db_ident(conn, set);

		p[1] = v;
		sql = xasprintf("UPDATE %s x SET %s = ($1::%s).%s WHERE x.%s = $2",
		    t, sc, t, sc, col);
		free(sc);
		if ((r = db_try(conn, sql, 2, p, state, &err)) == NULL) {
			*cause = xasprintf("restoring a row of %s: %s", t, err);
			rc = strncmp(state, "23", 2) == 0 ? 1 : -1;
		} else if (strcmp(PQcmdTuples(r), "0") == 0) {
			*cause = xasprintf("record %s is no longer in %s", v, t);
			rc = 1;
		} else
			rc = 0;
		free(sql);
		PQclear(r);
		goto out;
	}
	if (restore_columns(conn, t, after != NULL, &cols, &rcols, cause) != 0)
		goto out;
	if (after == NULL && json != NULL && db_exec(conn, cause,
	    "SAVEPOINT steward_restore", 0, NULL) != 0)
		goto out;
	if (after == NULL)
		sql = xasprintf("INSERT INTO %s (%s) OVERRIDING SYSTEM VALUE "
		    "SELECT %s FROM (SELECT $1::%s AS r) s", t, cols, rcols, t);
	else
		sql = xasprintf("UPDATE %s x SET (%s) = (SELECT %s FROM (SELECT "
		    "$1::%s AS r) s) WHERE x.ctid = (SELECT y.ctid FROM %s y "
		    "WHERE y.%s = $3 AND y::text = $2 LIMIT 1 FOR UPDATE)", t,
		    cols, rcols, t, t, col);
	r = db_try(conn, sql, after == NULL ? 1 : 3, p, state, &err);
	free(sql);
	/* The columns changed since: the record literal no longer fits. */
	if (r == NULL && after == NULL && json != NULL &&
	    strcmp(state, "23505") != 0)
		r = insert_json(conn, t, cols, rcols, json, state, &err);
	if (r == NULL) {
		*cause = xasprintf("restoring a row of %s: %s%s", t, err,
		    strcmp(state, "23505") == 0 ? " (a row with that key was "
		    "added since)" : "");
		rc = strncmp(state, "23", 2) == 0 ? 1 : -1;
		goto out;
	}
	if (after != NULL && strcmp(PQcmdTuples(r), "1") != 0) {
		*cause = xasprintf("a row of %s (%s %s) changed since; "
		    "undoing would lose that change", t, colname, v);
		rc = 1;
	} else
		rc = 0;
	PQclear(r);
out:
	free(err);
	free(cols);
	free(rcols);
	free(col);
	free(t);
	return rc;
}

int
ri_undo(PGconn *conn, const char *schema, long long id,
    const struct ri_defaults *dflt, int *n, char **cause)
{
	PGresult	*rows;
	char		*sql, ids[32];
	const char	*p[1] = { ids }, *col, *set;
	int		 i, rc = 0;

	*n = 0;
	snprintf(ids, sizeof ids, "%lld", id);
	sql = xasprintf("SELECT e->>'t', e->>'c', e->>'v', e->>'b', e->>'a', "
	    "(e->'j')::text, e->>'s' FROM %s.changes, jsonb_array_elements(rows) "
	    "WITH ORDINALITY x(e, o) WHERE id = $1 ORDER BY o DESC", schema);
	rows = db_query(conn, cause, sql, 1, p);
	free(sql);
	if (rows == NULL)
		return -1;
	for (i = 0; i < PQntuples(rows) && rc == 0; i++) {
		if (!PQgetisnull(rows, i, 4) && PQgetisnull(rows, i, 6) &&
		    strcmp(PQgetvalue(rows, i, 3), PQgetvalue(rows, i, 4)) == 0)
			continue;	/* untouched */
		col = PQgetisnull(rows, i, 1) ? dflt->key : PQgetvalue(rows, i, 1);
		set = PQgetisnull(rows, i, 6) ? NULL : PQgetvalue(rows, i, 6);
		if (set != NULL && *set == '\0')
			set = dflt->flag;
		if (set == NULL && !PQgetisnull(rows, i, 6)) {
			*cause = xasprintf("a flagged record (%s) and no "
			    "quarantine { flag_column } to clear",
			    PQgetvalue(rows, i, 2));
			rc = 1;
			break;
		}
		rc = restore(conn, PQgetvalue(rows, i, 0), col,
		    PQgetvalue(rows, i, 2), PQgetvalue(rows, i, 3),
		    PQgetisnull(rows, i, 4) ? NULL : PQgetvalue(rows, i, 4),
		    PQgetisnull(rows, i, 5) ? NULL : PQgetvalue(rows, i, 5), set,
		    cause);
		if (rc == 0)
			(*n)++;
	}
	PQclear(rows);
	return rc;
}
