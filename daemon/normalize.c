/*
 * normalize.c -- rewriting valid values into their normal form (checks
 * with validate and action normalize), and undoing it.
 *
 * The normal form is computed again from the row as it is now, under a
 * row lock, by the same validator the scan ran: a value changed since the
 * scan is judged as it stands.  Each record is one savepoint with its
 * rewrites entry (the row's text before and after, see rowimage.h) and
 * its audit record.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/audit.h"
#include "daemon/conf.h"
#include "daemon/db.h"
#include "daemon/findings.h"
#include "lib/log.h"
#include "daemon/normalize.h"
#include "daemon/rowimage.h"
#include "lib/util.h"
#include "rules/ruleset.h"

#define NZ_BATCH	500

struct nz_ctx {
	PGconn			*conn;
	const struct conf	*cf;
	struct ruleset		*rs;
	const char		*schema;	/* quoted */
	const char		*table;		/* canonical, quoted */
	char			*key;		/* quoted */
	long long		 run_id;
	struct buf		 norm;
	struct buf		 refused;	/* keys refused this run */
};

/* A rewrite the database refused: a finding, so the officer sees why. */
static int
refuse(struct nz_ctx *z, const struct rule_check *c, const char *key,
    const char *field, const char *why, char **cause)
{
	char		 run[32], *sql, *detail, *masked;
	const char	*p[5] = { z->table, key, field, NULL, run };
	int		 rc;

	snprintf(run, sizeof run, "%lld", z->run_id);
	detail = xasprintf("check %s: %s", c->name, why);
	/* PostgreSQL's DETAIL quotes the values: masked for the officers. */
	p[3] = masked = db_mask_message(detail);
	sql = xasprintf("INSERT INTO %s.findings (table_name, check_name, "
	    "record_key, field, jurisdiction, severity, detail, first_run) "
	    "VALUES ($1, 'normalize_refused', $2, $3, '', 'warning', $4, $5) "
	    "ON CONFLICT (table_name, check_name, record_key, field) WHERE "
	    "status = 'open' DO UPDATE SET detail = EXCLUDED.detail",
	    z->schema);
	rc = db_exec(z->conn, cause, sql, 5, p);
	free(sql);
	free(detail);
	free(masked);
	return rc;
}

/*
 * Rewrite field f of record key into its normal form.  1 done, 0 nothing
 * to do (gone, already normal, no longer valid), 2 refused, -1 error.
 */
static int
normalize_one(struct nz_ctx *z, const struct rule_check *c, const char *key,
    int f, char **cause)
{
	PGresult		*r = NULL, *u = NULL;
	struct record		 rec;
	struct audit_entry	 e;
	struct buf		 sql, rows;
	const char		*p[3], *state;
	char			*col, *err = NULL, run[32], detail[160];
	int			 g, n, slot[FIELD_MAX], rc = -1;

	buf_init(&sql);
	buf_init(&rows);
	if (db_exec(z->conn, cause, "SAVEPOINT steward_normalize", 0,
	    NULL) != 0)
		goto out;
	/* The field, and what decides the record's country. */
	buf_printf(&sql, "SELECT t::text, to_jsonb(t)::text");
	for (g = 0, n = 2; g < FIELD_MAX; g++) {
		slot[g] = -1;
		if (z->cf->columns[g] == NULL || (g != f &&
		    g != z->rs->jur_field && g != c->country_from))
			continue;
		col = db_ident(z->conn, z->cf->columns[g]);
		buf_printf(&sql, ", t.%s::text", col);
		free(col);
		slot[g] = n++;
	}
	buf_printf(&sql, " FROM %s t WHERE t.%s = $1 FOR UPDATE", z->table,
	    z->key);
	p[0] = key;
	if ((r = db_query(z->conn, cause, sql.data, 1, p)) == NULL)
		goto out;
	memset(&rec, 0, sizeof rec);
	rec.key = key;
	rec.keylen = strlen(key);
	for (g = 0; g < FIELD_MAX && PQntuples(r) == 1; g++)
		if (slot[g] >= 0 && !PQgetisnull(r, 0, slot[g])) {
			rec.f[g].data = PQgetvalue(r, 0, slot[g]);
			rec.f[g].len = (size_t)PQgetlength(r, 0, slot[g]);
		}
	rule_assign(z->rs, &rec);
	if (PQntuples(r) != 1 || rule_normal_form(z->rs, c, &rec, f,
	    &z->norm) != 1) {
		rc = 0;
		goto release;
	}
	buf_reset(&sql);
	col = db_ident(z->conn, z->cf->columns[f]);
	buf_printf(&sql, "UPDATE %s t SET %s = $2 WHERE t.%s = $1 RETURNING "
	    "t::text, to_jsonb(t)::text", z->table, col, z->key);
	free(col);
	buf_addc(&z->norm, '\0');
	p[1] = z->norm.data;
	u = PQexecParams(z->conn, sql.data, 2, NULL, p, NULL, NULL, 0);
	if (PQresultStatus(u) != PGRES_TUPLES_OK) {
		state = PQresultErrorField(u, PG_DIAG_SQLSTATE);
		err = db_error(z->conn);
		if (state == NULL || strncmp(state, "23", 2) != 0) {
			*cause = xasprintf("normalizing %s of record %s: %s",
			    field_name((enum field)f), key, err);
			goto out;
		}
		/* A unique column, say: this record alone stays as it is. */
		if (db_exec(z->conn, cause, "ROLLBACK TO SAVEPOINT "
		    "steward_normalize", 0, NULL) != 0 || refuse(z, c, key,
		    field_name((enum field)f), err, cause) != 0)
			goto out;
		rc = 2;
		goto release;
	}
	buf_addc(&rows, '[');
	ri_entry(&rows, z->table, z->cf->key, key, PQgetvalue(r, 0, 0),
	    PQgetvalue(u, 0, 0));
	buf_adds(&rows, "\n]");
	snprintf(run, sizeof run, "%lld", z->run_id);
	buf_reset(&sql);
	buf_printf(&sql, "INSERT INTO %s.rewrites (by, run_id, table_name, "
	    "record_key, check_name, rule_source, field, rows) VALUES ($1, "
	    "nullif($2, '0')::bigint, $3, $4, $5, $6, $7, $8::jsonb) RETURNING "
	    "id", z->schema);
	{
		const char *q[8] = { audit_actor(), run, z->table, key,
		    c->name, c->source, field_name((enum field)f), rows.data };
		PGresult *w = db_query(z->conn, cause, sql.data, 8, q);

		if (w == NULL)
			goto out;
		snprintf(detail, sizeof detail, "normalized %s (rewrite #%s)",
		    field_name((enum field)f), PQgetvalue(w, 0, 0));
		PQclear(w);
	}
	memset(&e, 0, sizeof e);
	e.run_id = z->run_id;
	e.actor = audit_actor();
	e.action = "normalize";
	e.rule = c->name;
	e.rule_source = c->source;
	e.table = z->table;
	e.record_key = key;
	e.before = PQgetvalue(r, 0, 1);
	e.after = PQgetvalue(u, 0, 1);
	e.detail = detail;
	if (audit_append(z->conn, z->schema, &e, cause) != 0)
		goto out;
	rc = 1;
release:
	if (db_exec(z->conn, cause, "RELEASE SAVEPOINT steward_normalize", 0,
	    NULL) != 0)
		rc = -1;
out:
	PQclear(r);
	PQclear(u);
	free(err);
	buf_free(&sql);
	buf_free(&rows);
	return rc;
}

static int
nz_check(struct nz_ctx *z, const struct rule_check *c, int enforce,
    struct act_result *res, char **cause)
{
	PGresult	*pending;
	const char	*p[2] = { z->table, c->name };
	char		*sql;
	int		 i, n, f, rc = 0;

	/* The findings that say "valid but not in normal form". */
	sql = xasprintf("SELECT DISTINCT record_key, field FROM %s.findings "
	    "WHERE table_name = $1 AND check_name = $2 AND status = 'open' "
	    "AND record_key <> '' AND field <> '' AND detail LIKE 'valid but "
	    "not in %%' ORDER BY 1, 2", z->schema);
	pending = db_query(z->conn, cause, sql, 2, p);
	free(sql);
	if (pending == NULL)
		return -1;
	n = PQntuples(pending);
	if (!enforce) {
		res->proposed += n;
		if (n > 0)
			log_info("dry-run: would normalize %d value%s (check %s)",
			    n, n == 1 ? "" : "s", c->name);
		PQclear(pending);
		return 0;
	}
	for (i = 0; i < n && rc == 0; i++) {
		if (i % NZ_BATCH == 0 && (db_exec(z->conn, cause, "BEGIN", 0,
		    NULL) != 0 || audit_lock(z->conn, cause) != 0)) {
			rc = -1;
			break;
		}
		if ((f = field_lookup(PQgetvalue(pending, i, 1))) < 0 ||
		    z->cf->columns[f] == NULL)
			continue;
		switch (normalize_one(z, c, PQgetvalue(pending, i, 0), f, cause)) {
		case 1:
			res->normalized++;
			break;
		case 2:
			res->refused++;
			findings_key_add(&z->refused, PQgetvalue(pending, i, 0));
			break;
		case 0:
			break;
		default:
			rc = -1;
		}
		if (rc == 0 && (i % NZ_BATCH == NZ_BATCH - 1 || i == n - 1) &&
		    db_exec(z->conn, cause, "COMMIT", 0, NULL) != 0)
			rc = -1;
	}
	if (rc != 0)
		PQclear(PQexec(z->conn, "ROLLBACK"));
	PQclear(pending);
	return rc;
}

int
nz_run(PGconn *conn, const struct conf *cf, struct ruleset *rs,
    const char *schema, const char *table, long long run_id,
    struct act_result *res, char **cause)
{
	struct nz_ctx		 z;
	const struct rule_check	*c;
	size_t			 i;
	int			 rc = 0, enforce;

	memset(&z, 0, sizeof z);
	z.conn = conn;
	z.cf = cf;
	z.rs = rs;
	z.schema = schema;
	z.table = table;
	z.run_id = run_id;
	z.key = db_ident(conn, cf->key);
	buf_init(&z.norm);
	buf_init(&z.refused);
	for (i = 0; i < rs->nchecks && rc == 0; i++) {
		c = &rs->checks[i];
		if (c->action != ACTION_NORMALIZE || c->kind != CHECK_VALIDATE)
			continue;
		enforce = c->enforce >= 0 ? c->enforce :
		    cf->mode == MODE_ENFORCE;
		rc = nz_check(&z, c, enforce, res, cause);
	}
	if (rc == 0)
		rc = findings_settle(conn, schema, table, run_id,
		    "normalize_refused", &z.refused, cause);
	buf_free(&z.refused);
	buf_free(&z.norm);
	free(z.key);
	return rc;
}

int
nz_undo(PGconn *conn, const struct conf *cf, long long id, char **cause)
{
	PGresult		*w = NULL;
	struct audit_entry	 e;
	char			*schema, *sql = NULL, ids[32], detail[96];
	const char		*p[2];
	int			 rc = -1, n;

	schema = db_ident(conn, cf->schema);
	snprintf(ids, sizeof ids, "%lld", id);
	p[0] = ids;
	if (db_exec(conn, cause, "BEGIN", 0, NULL) != 0 ||
	    audit_lock(conn, cause) != 0)
		goto out;
	sql = xasprintf("SELECT status, table_name, record_key, check_name, "
	    "rule_source, coalesce(undone_at::text, ''), coalesce(undone_by, "
	    "''), rows->0->>'a' FROM %s.rewrites WHERE id = $1 FOR UPDATE",
	    schema);
	if ((w = db_query(conn, cause, sql, 1, p)) == NULL)
		goto out;
	if (PQntuples(w) == 0) {
		*cause = xasprintf("there is no rewrite %lld", id);
		rc = 1;
		goto out;
	}
	if (strcmp(PQgetvalue(w, 0, 0), "done") != 0) {
		*cause = xasprintf("rewrite %lld was already undone (%s, by %s)",
		    id, PQgetvalue(w, 0, 5), PQgetvalue(w, 0, 6));
		rc = 1;
		goto out;
	}
	switch (ri_undo(conn, schema, "rewrites", id, &n, cause)) {
	case 0:
		break;
	case 1: {
		char *why = *cause;

		*cause = xasprintf("cannot undo rewrite %lld: %s; nothing was "
		    "changed", id, why);
		free(why);
		rc = 1;
		goto out;
	}
	default:
		goto out;
	}
	free(sql);
	sql = xasprintf("UPDATE %s.rewrites SET status = 'undone', undone_at = "
	    "now(), undone_by = $2 WHERE id = $1", schema);
	p[1] = audit_actor();
	if (db_exec(conn, cause, sql, 2, p) != 0)
		goto out;
	snprintf(detail, sizeof detail, "undid rewrite #%lld", id);
	memset(&e, 0, sizeof e);
	e.actor = audit_actor();
	e.action = "undo";
	e.rule = PQgetvalue(w, 0, 3);
	e.rule_source = PQgetisnull(w, 0, 4) ? NULL : PQgetvalue(w, 0, 4);
	e.table = PQgetvalue(w, 0, 1);
	e.record_key = PQgetvalue(w, 0, 2);
	e.detail = detail;
	if (audit_append(conn, schema, &e, cause) != 0 ||
	    db_exec(conn, cause, "COMMIT", 0, NULL) != 0)
		goto out;
	rc = 0;
out:
	if (rc != 0)
		PQclear(PQexec(conn, "ROLLBACK"));
	PQclear(w);
	free(sql);
	free(schema);
	return rc;
}

int
nz_list(PGconn *conn, const struct conf *cf, int all, FILE *fp, char **cause)
{
	PGresult	*r;
	char		*schema, *sql;
	int		 i;

	schema = db_ident(conn, cf->schema);
	sql = xasprintf("SELECT id, to_char(at AT TIME ZONE 'UTC', "
	    "'YYYY-MM-DD HH24:MI'), status, check_name, field, table_name, "
	    "record_key FROM %s.rewrites %s ORDER BY id", schema, all ? "" :
	    "WHERE status = 'done'");
	free(schema);
	r = db_query(conn, cause, sql, 0, NULL);
	free(sql);
	if (r == NULL)
		return -1;
	fprintf(fp, "%-6s %-16s %-7s %-22s %-12s %-24s %s\n", "ID",
	    "AT (UTC)", "STATUS", "CHECK", "FIELD", "TABLE", "KEY");
	for (i = 0; i < PQntuples(r); i++)
		fprintf(fp, "%-6s %-16s %-7s %-22s %-12s %-24s %s\n",
		    PQgetvalue(r, i, 0), PQgetvalue(r, i, 1),
		    PQgetvalue(r, i, 2), PQgetvalue(r, i, 3),
		    PQgetvalue(r, i, 4), PQgetvalue(r, i, 5),
		    PQgetvalue(r, i, 6));
	fprintf(fp, "%d rewrite%s\n", PQntuples(r), PQntuples(r) == 1 ? "" :
	    "s");
	PQclear(r);
	return 0;
}

int
nz_show(PGconn *conn, const struct conf *cf, long long id, FILE *fp,
    char **cause)
{
	PGresult	*r;
	char		*schema, *sql, ids[32];
	const char	*p[1] = { ids };

	snprintf(ids, sizeof ids, "%lld", id);
	schema = db_ident(conn, cf->schema);
	sql = xasprintf("SELECT id, at, by, status, coalesce(undone_at::text, "
	    "''), coalesce(undone_by, ''), check_name, coalesce(rule_source, "
	    "''), table_name, record_key, field, coalesce(run_id::text, ''), "
	    "jsonb_pretty(rows) FROM %s.rewrites WHERE id = $1", schema);
	free(schema);
	r = db_query(conn, cause, sql, 1, p);
	free(sql);
	if (r == NULL)
		return -1;
	if (PQntuples(r) == 0) {
		*cause = xasprintf("there is no rewrite %lld", id);
		PQclear(r);
		return 1;
	}
	fprintf(fp, "rewrite:   %s\nat:        %s by %s\nstatus:    %s%s%s%s%s"
	    "\ncheck:     %s (%s)\ntable:     %s\nrecord:    %s\nfield:     %s"
	    "\nrun:       %s\nrow (b: before, a: after):\n%s\n",
	    PQgetvalue(r, 0, 0), PQgetvalue(r, 0, 1), PQgetvalue(r, 0, 2),
	    PQgetvalue(r, 0, 3), *PQgetvalue(r, 0, 4) ? " at " : "",
	    PQgetvalue(r, 0, 4), *PQgetvalue(r, 0, 5) ? " by " : "",
	    PQgetvalue(r, 0, 5), PQgetvalue(r, 0, 6), PQgetvalue(r, 0, 7),
	    PQgetvalue(r, 0, 8), PQgetvalue(r, 0, 9), PQgetvalue(r, 0, 10),
	    PQgetvalue(r, 0, 11), PQgetvalue(r, 0, 12));
	PQclear(r);
	return 0;
}
