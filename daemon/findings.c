/*
 * findings.c -- list findings as text, CSV or JSON.
 *
 * Rows are fetched in single-row mode so that listing a million findings
 * takes no more memory than listing ten.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/db.h"
#include "daemon/findings.h"
#include "lib/util.h"
#include "lib/format.h"

#define FINDINGS_COLUMNS 11

/*
 * first_seen: the date of the run that first found it; basis: the legal
 * basis its detail cites; deadline: the day an opt-out was due.
 */
static const char *const columns[FINDINGS_COLUMNS] = {
	"run_id", "check", "record_key", "field", "jurisdiction", "severity",
	"status", "detail", "first_seen", "basis", "deadline"
};

int
findings_pick_run(PGconn *conn, const char *schema, const char *table, long long want,
    char *id, size_t idlen, char **cause)
{
	PGresult	*r;
	char		*sql;
	char		 w[32];
	const char	*params[2] = { w, table };
	int		 rc = -1;

	snprintf(w, sizeof w, "%lld", want);
	if (want > 0)
		sql = xasprintf("SELECT id, status, table_name FROM %s.runs WHERE "
		    "id = $1 AND $2::text IS NOT NULL", schema);
	else
		sql = xasprintf("SELECT id, status, table_name FROM %s.runs WHERE "
		    "status = 'done' AND $1::bigint = 0 AND table_name = $2 "
		    "ORDER BY id DESC LIMIT 1", schema);
	r = db_query(conn, cause, sql, 2, params);
	free(sql);
	if (r == NULL)
		return -1;
	if (PQntuples(r) == 0)
		*cause = want > 0 ? xasprintf("there is no run %lld", want) :
		    xasprintf("no scan of %s has completed yet; run 'steward "
		    "scan' first", table);
	else if (strcmp(PQgetvalue(r, 0, 2), table) != 0)
		*cause = xasprintf("run %lld scanned %s, not %s (the table of "
		    "this configuration)", want, PQgetvalue(r, 0, 2), table);
	else if (strcmp(PQgetvalue(r, 0, 1), "done") != 0)
		*cause = xasprintf("run %lld did not complete (status %s); its "
		    "findings were not recorded", want, PQgetvalue(r, 0, 1));
	else {
		snprintf(id, idlen, "%s", PQgetvalue(r, 0, 0));
		rc = 0;
	}
	PQclear(r);
	return rc;
}

static void
put_row(struct buf *b, PGresult *r, enum findings_format fmt, long long n)
{
	int	 i;

	switch (fmt) {
	case FINDINGS_CSV:
		for (i = 0; i < FINDINGS_COLUMNS; i++) {
			if (i > 0)
				buf_addc(b, ',');
			fmt_csv_field(b, PQgetvalue(r, 0, i),
			    (size_t)PQgetlength(r, 0, i));
		}
		buf_add(b, "\r\n", 2);
		break;
	case FINDINGS_JSON:
		buf_adds(b, n == 0 ? "[\n  {" : ",\n  {");
		for (i = 0; i < FINDINGS_COLUMNS; i++) {
			buf_printf(b, "%s\"%s\": ", i ? ", " : "", columns[i]);
			if (i == 0)
				buf_adds(b, PQgetvalue(r, 0, i));
			else
				fmt_json_string(b, PQgetvalue(r, 0, i),
				    (size_t)PQgetlength(r, 0, i));
		}
		buf_addc(b, '}');
		break;
	case FINDINGS_TEXT:
		buf_printf(b, "%-8s %-8s %-24s %-12s %-14s %s\n",
		    PQgetvalue(r, 0, 6), PQgetvalue(r, 0, 5),
		    PQgetvalue(r, 0, 1), PQgetvalue(r, 0, 2),
		    PQgetvalue(r, 0, 3), PQgetvalue(r, 0, 7));
		break;
	}
}

long long
findings_list(const struct conf *cf, const struct findings_query *q, FILE *fp,
    char **cause)
{
	PGconn		*conn;
	PGresult	*r;
	struct buf	 b;
	char		*schema = NULL, *sql = NULL, *table = NULL, *err;
	char		 id[32];
	const char	*params[4];
	long long	 n = 0;
	int		 i, failed = 0;

	if ((conn = db_connect(cf, cause)) == NULL)
		return -1;
	buf_init(&b);
	if (db_migrate(conn, cf->schema, cause) < 0)
		goto fail;
	schema = db_ident(conn, cf->schema);
	if ((table = db_resolve_table(conn, cf, cause)) == NULL ||
	    findings_pick_run(conn, schema, table, q->run, id, sizeof id, cause) != 0)
		goto fail;
	params[0] = id;
	params[1] = q->check;
	params[2] = q->status;
	params[3] = q->jurisdiction;
	sql = xasprintf("SELECT * FROM (SELECT $1::bigint AS run_id, check_name, "
	    "record_key, field, jurisdiction, severity, CASE WHEN resolved_run "
	    "= $1 THEN 'resolved' WHEN first_run = $1 THEN 'new' ELSE 'open' "
	    "END AS status, detail, (SELECT to_char(started_at AT TIME ZONE "
	    "'UTC', 'YYYY-MM-DD') FROM %s.runs WHERE id = first_run) AS "
	    "first_seen, coalesce(substring(detail FROM '; basis (.*)\\)"
	    "(?:: review recommended.*)?$'), '') AS basis, "
	    "coalesce(substring(detail FROM 'due ([0-9]{4}-[0-9]{2}-[0-9]{2})'), "
	    "'') AS deadline FROM %s.findings WHERE table_name = (SELECT "
	    "table_name FROM %s.runs WHERE id = $1) AND first_run <= $1 AND "
	    "(resolved_run IS NULL OR resolved_run >= $1) AND ($2::text IS NULL "
	    "OR check_name = $2) AND ($4::text IS NULL OR jurisdiction = $4)) f "
	    "WHERE $3::text IS NULL OR status = $3 "
	    "ORDER BY check_name, length(record_key), record_key COLLATE \"C\", "
	    "field", schema, schema, schema);
	if (!PQsendQueryParams(conn, sql, 4, NULL, params, NULL, NULL, 0) ||
	    !PQsetSingleRowMode(conn)) {
		err = db_error(conn);
		*cause = xasprintf("listing findings: %s", err);
		free(err);
		goto fail;
	}
	if (q->format == FINDINGS_CSV) {
		for (i = 0; i < FINDINGS_COLUMNS; i++)
			buf_printf(&b, "%s%s", i ? "," : "", columns[i]);
		buf_add(&b, "\r\n", 2);
	} else if (q->format == FINDINGS_TEXT)
		buf_printf(&b, "%-8s %-8s %-24s %-12s %-14s %s\n", "STATUS",
		    "SEVERITY", "CHECK", "KEY", "FIELD", "DETAIL");
	while ((r = PQgetResult(conn)) != NULL) {
		if (PQresultStatus(r) == PGRES_SINGLE_TUPLE) {
			put_row(&b, r, q->format, n++);
			if (b.len > 64 * 1024) {
				fwrite(b.data, 1, b.len, fp);
				buf_reset(&b);
			}
		} else if (PQresultStatus(r) != PGRES_TUPLES_OK && !failed) {
			err = db_error(conn);
			*cause = xasprintf("listing findings: %s", err);
			free(err);
			failed = 1;
		}
		PQclear(r);
	}
	if (failed)
		goto fail;
	if (q->format == FINDINGS_JSON)
		buf_adds(&b, n == 0 ? "[]\n" : "\n]\n");
	fwrite(b.data != NULL ? b.data : "", 1, b.len, fp);
	if (fflush(fp) != 0 || ferror(fp)) {
		*cause = xstrdup("writing findings: output error");
		goto fail;
	}
	goto out;
fail:
	n = -1;
out:
	buf_free(&b);
	free(sql);
	free(table);
	free(schema);
	PQfinish(conn);
	return n;
}

int
findings_summary(const struct conf *cf, long long run, FILE *fp, char **cause)
{
	PGconn		*conn;
	PGresult	*r;
	char		*schema, *sql;
	char		 id[32];
	const char	*params[1] = { id };
	int		 i;

	if ((conn = db_connect(cf, cause)) == NULL)
		return -1;
	schema = db_ident(conn, cf->schema);
	snprintf(id, sizeof id, "%lld", run);
	sql = xasprintf("SELECT check_name, min(severity), "
	    "count(*) FILTER (WHERE first_run = $1), "
	    "count(*) FILTER (WHERE first_run < $1 AND (resolved_run IS NULL "
	    "OR resolved_run > $1)), "
	    "count(*) FILTER (WHERE resolved_run = $1) "
	    "FROM %s.findings WHERE table_name = (SELECT table_name FROM "
	    "%s.runs WHERE id = $1) AND first_run <= $1 AND (resolved_run IS "
	    "NULL OR resolved_run >= $1) GROUP BY check_name ORDER BY check_name",
	    schema, schema);
	r = db_query(conn, cause, sql, 1, params);
	free(sql);
	free(schema);
	if (r == NULL) {
		PQfinish(conn);
		return -1;
	}
	fprintf(fp, "  %-24s %-9s %8s %10s %8s\n", "check", "severity", "new",
	    "still open", "resolved");
	for (i = 0; i < PQntuples(r); i++)
		fprintf(fp, "  %-24s %-9s %8s %10s %8s\n", PQgetvalue(r, i, 0),
		    PQgetvalue(r, i, 1), PQgetvalue(r, i, 2),
		    PQgetvalue(r, i, 3), PQgetvalue(r, i, 4));
	PQclear(r);
	PQfinish(conn);
	return 0;
}

void
findings_key_add(struct buf *b, const char *key)
{
	buf_adds(b, b->len == 0 ? "\"" : ",\"");
	for (; *key != '\0'; key++) {
		if (*key == '"' || *key == '\\')
			buf_addc(b, '\\');
		buf_addc(b, *key);
	}
	buf_addc(b, '"');
}

int
findings_settle(PGconn *conn, const char *schema, const char *table,
    long long run, const char *check, const struct buf *refused,
    char **cause)
{
	char		*sql, *keys, id[32];
	const char	*p[4] = { id, table, check, NULL };
	int		 rc;

	keys = xasprintf("{%.*s}", (int)refused->len, refused->len ?
	    refused->data : "");
	p[3] = keys;
	snprintf(id, sizeof id, "%lld", run);
	sql = xasprintf("UPDATE %s.findings SET status = 'resolved', "
	    "resolved_run = $1 WHERE status = 'open' AND table_name = $2 AND "
	    "check_name = $3 AND NOT record_key = ANY($4::text[])", schema);
	rc = db_exec(conn, cause, sql, 4, p);
	free(sql);
	free(keys);
	return rc;
}
