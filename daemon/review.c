/*
 * review.c -- the review queue: duplicate clusters a person decides on.
 *
 * Full scans fill it (dupmerge.c); here a person looks at a cluster, and
 * accepts it (merged now in enforce mode) or rejects it: every pair of
 * its records is then remembered as two customers (not_duplicates), so
 * the matcher never joins them again.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/audit.h"
#include "daemon/conf.h"
#include "daemon/db.h"
#include "daemon/dupmerge.h"
#include "daemon/rowimage.h"
#include "lib/util.h"
#include "lib/format.h"
#include "rules/ruleset.h"

static void
rollback(PGconn *conn)
{
	PQclear(PQexec(conn, "ROLLBACK"));
}

int
rv_list(PGconn *conn, const struct conf *cf, int all, FILE *fp, char **cause)
{
	PGresult	*r;
	char		*schema, *sql;
	int		 i;

	schema = db_ident(conn, cf->schema);
	sql = xasprintf("SELECT id, status, rule, score, last_run, "
	    "array_to_string(keys, ' ') FROM %s.reviews %s ORDER BY id",
	    schema, all ? "" : "WHERE status IN ('open', 'accepted')");
	free(schema);
	r = db_query(conn, cause, sql, 0, NULL);
	free(sql);
	if (r == NULL)
		return -1;
	fprintf(fp, "%-6s %-8s %-12s %-6s %-6s %s\n", "ID", "STATUS", "RULE",
	    "SCORE", "RUN", "RECORDS");
	for (i = 0; i < PQntuples(r); i++)
		fprintf(fp, "%-6s %-8s %-12s %.3f  %-6s %s\n",
		    PQgetvalue(r, i, 0), PQgetvalue(r, i, 1),
		    PQgetvalue(r, i, 2), strtod(PQgetvalue(r, i, 3), NULL),
		    PQgetvalue(r, i, 4), PQgetvalue(r, i, 5));
	fprintf(fp, "%d review%s\n", PQntuples(r), PQntuples(r) == 1 ? "" :
	    "s");
	PQclear(r);
	return 0;
}

/* The review's row, or NULL with *cause (rc 1: no such review). */
static PGresult *
get_review(PGconn *conn, const char *schema, long long id, int *rc,
    char **cause)
{
	PGresult	*r;
	char		*sql, ids[32];
	const char	*p[1] = { ids };

	snprintf(ids, sizeof ids, "%lld", id);
	sql = xasprintf("SELECT id, status, rule, keys::text, table_name, "
	    "centre_key, score, last_run, coalesce(decided_by, ''), "
	    "coalesce(decided_at::text, ''), coalesce(merge_id::text, ''), "
	    "cardinality(keys) FROM %s.reviews WHERE id = $1 FOR UPDATE",
	    schema);
	r = db_query(conn, cause, sql, 1, p);
	free(sql);
	*rc = -1;
	if (r != NULL && PQntuples(r) == 0) {
		*cause = xasprintf("there is no review %lld", id);
		*rc = 1;
		PQclear(r);
		r = NULL;
	}
	return r;
}

int
rv_show(PGconn *conn, const struct conf *cf, long long id, FILE *fp,
    char **cause)
{
	PGresult	*v = NULL, *m = NULL;
	struct buf	 sql, b;
	char		*schema, *col, *table = NULL;
	const char	*p[2];
	int		 rc, f, i, x;

	schema = db_ident(conn, cf->schema);
	if ((v = get_review(conn, schema, id, &rc, cause)) == NULL) {
		free(schema);
		return rc;
	}
	buf_init(&sql);
	buf_init(&b);
	fprintf(fp, "review:    %s\nstatus:    %s%s%s\nrule:      %s\n"
	    "score:     %.3f (the weakest member against the centre)\n"
	    "last seen: run %s\n", PQgetvalue(v, 0, 0), PQgetvalue(v, 0, 1),
	    *PQgetvalue(v, 0, 8) ? " by " : "", PQgetvalue(v, 0, 8),
	    PQgetvalue(v, 0, 2), strtod(PQgetvalue(v, 0, 6), NULL),
	    PQgetvalue(v, 0, 7));
	col = db_ident(conn, cf->key);
	buf_printf(&sql, "SELECT t.%s::text", col);
	for (f = 0; f < FIELD_MAX; f++) {
		free(col);
		col = cf->columns[f] != NULL ? db_ident(conn, cf->columns[f]) :
		    NULL;
		if (col != NULL)
			buf_printf(&sql, ", t.%s::text", col);
	}
	free(col);
	if ((table = ri_table(conn, PQgetvalue(v, 0, 4), cause)) == NULL) {
		rc = -1;
		goto out;
	}
	col = db_ident(conn, cf->key);
	buf_printf(&sql, " FROM %s t WHERE t.%s = ANY($1) ORDER BY t.%s",
	    table, col, col);
	free(col);
	p[0] = PQgetvalue(v, 0, 3);
	if ((m = db_query(conn, cause, sql.data, 1, p)) == NULL) {
		rc = -1;
		goto out;
	}
	fprintf(fp, "records (values %s):\n", cf->clear_values ?
	    "in clear" : "masked; reports { clear_values yes } shows them");
	for (i = 0; i < PQntuples(m); i++) {
		fprintf(fp, "  %s%s\n", PQgetvalue(m, i, 0),
		    strcmp(PQgetvalue(m, i, 0), PQgetvalue(v, 0, 5)) == 0 ?
		    " (centre)" : "");
		for (f = 0, x = 1; f < FIELD_MAX; f++) {
			if (cf->columns[f] == NULL)
				continue;
			buf_reset(&b);
			if (PQgetisnull(m, i, x))
				buf_adds(&b, "(null)");
			else if (cf->clear_values)
				buf_adds(&b, PQgetvalue(m, i, x));
			else
				fmt_mask(&b, PQgetvalue(m, i, x),
				    (size_t)PQgetlength(m, i, x),
				    field_name((enum field)f));
			fprintf(fp, "    %-18s %.*s\n", field_name((enum field)f),
			    (int)b.len, b.data);
			x++;
		}
	}
	if (PQntuples(m) == 0)
		fprintf(fp, "  (none of the records is in %s any more)\n",
		    PQgetvalue(v, 0, 4));
	rc = 0;
out:
	PQclear(v);
	PQclear(m);
	buf_free(&sql);
	buf_free(&b);
	free(table);
	free(schema);
	return rc;
}

int
rv_accept(PGconn *conn, const struct conf *cf, const struct ruleset *rs,
    long long id, FILE *fp, char **cause)
{
	PGresult		*v = NULL;
	const struct rule_dup	*rule;
	char			*schema, *sql;
	const char		*p[2];
	long long		 mid = 0;
	int			 rc;

	schema = db_ident(conn, cf->schema);
	if (db_exec(conn, cause, "BEGIN", 0, NULL) != 0 ||
	    audit_lock(conn, cause) != 0) {
		rc = -1;
		goto out;
	}
	if ((v = get_review(conn, schema, id, &rc, cause)) == NULL)
		goto out;
	rc = 1;
	if (strcmp(PQgetvalue(v, 0, 1), "open") != 0 &&
	    strcmp(PQgetvalue(v, 0, 1), "accepted") != 0) {
		*cause = xasprintf("review %lld is %s, not open", id,
		    PQgetvalue(v, 0, 1));
		goto out;
	}
	rule = mg_rule(rs, PQgetvalue(v, 0, 2));
	if (cf->mode != MODE_ENFORCE || rule == NULL || rule->flag_only) {
		sql = xasprintf("UPDATE %s.reviews SET status = 'accepted', "
		    "decided_at = now(), decided_by = $2 WHERE id = $1", schema);
		p[0] = PQgetvalue(v, 0, 0);
		p[1] = audit_actor();
		rc = db_exec(conn, cause, sql, 2, p) != 0 ||
		    db_exec(conn, cause, "COMMIT", 0, NULL) != 0 ? -1 : 0;
		free(sql);
		if (rc == 0)
			fprintf(fp, "review %lld accepted; %s\n", id,
			    rule == NULL ? "its duplicates rule no longer "
			    "exists, so nothing will merge it" :
			    rule->flag_only ? "its rule says action flag, so it "
			    "is not merged" : "dry-run: it is merged by the "
			    "first scan in mode enforce");
		goto out;
	}
	rc = mg_merge(conn, cf, PQgetvalue(v, 0, 4), rule, PQgetvalue(v, 0, 3),
	    (int)strtol(PQgetvalue(v, 0, 11), NULL, 10), id, &mid, cause);
	if (rc == 1 && db_exec(conn, cause, "COMMIT", 0, NULL) == 0) {
		fprintf(fp, "review %lld accepted and merged: merge %lld "
		    "(steward merges undo %lld puts it back)\n", id, mid, mid);
		rc = 0;
	} else if (rc == 0) {
		*cause = xasprintf("review %lld: a record of it is gone or "
		    "was merged since; nothing was changed", id);
		rc = 1;
	} else if (rc != 2)
		rc = -1;
	else
		rc = 1;
out:
	if (rc != 0)
		rollback(conn);
	PQclear(v);
	free(schema);
	return rc;
}

int
rv_reject(PGconn *conn, const struct conf *cf, long long id, FILE *fp,
    char **cause)
{
	PGresult	*v = NULL;
	char		*schema, *sql = NULL, why[64];
	const char	*p[2];
	int		 rc;

	schema = db_ident(conn, cf->schema);
	if (db_exec(conn, cause, "BEGIN", 0, NULL) != 0) {
		free(schema);
		return -1;
	}
	if ((v = get_review(conn, schema, id, &rc, cause)) == NULL)
		goto out;
	rc = 1;
	if (strcmp(PQgetvalue(v, 0, 1), "open") != 0 &&
	    strcmp(PQgetvalue(v, 0, 1), "accepted") != 0) {
		*cause = xasprintf("review %lld is %s, not open", id,
		    PQgetvalue(v, 0, 1));
		goto out;
	}
	rc = -1;
	sql = xasprintf("UPDATE %s.reviews SET status = 'rejected', "
	    "decided_at = now(), decided_by = $2 WHERE id = $1", schema);
	p[0] = PQgetvalue(v, 0, 0);
	p[1] = audit_actor();
	if (db_exec(conn, cause, sql, 2, p) != 0)
		goto out;
	snprintf(why, sizeof why, "review %lld rejected", id);
	if (mg_not_duplicates(conn, schema, PQgetvalue(v, 0, 4),
	    PQgetvalue(v, 0, 3), why, cause) != 0 ||
	    db_exec(conn, cause, "COMMIT", 0, NULL) != 0)
		goto out;
	fprintf(fp, "review %lld rejected: these records are not proposed as "
	    "duplicates of each other again\n", id);
	rc = 0;
out:
	if (rc != 0)
		rollback(conn);
	PQclear(v);
	free(sql);
	free(schema);
	return rc;
}
