/*
 * normalize.c -- rewriting valid values into their normal form (checks
 * with validate and action normalize), and undoing it.
 *
 * The normal form is computed again from the row as it is now, under a
 * row lock, by the same validator the scan ran: a value changed since the
 * scan is judged as it stands.  Each record is one savepoint with its
 * change journal entry (the row's text before and after, see journal.h)
 * and its audit record; the journal undoes it.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/audit.h"
#include "daemon/conf.h"
#include "daemon/db.h"
#include "daemon/findings.h"
#include "daemon/journal.h"
#include "daemon/normalize.h"
#include "daemon/rowimage.h"
#include "lib/format.h"
#include "lib/log.h"
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
	struct jr_entry		 j;
	struct buf		 sql, rows;
	const char		*p[3], *state;
	char			*col, *err = NULL, detail[160];
	long long		 id;
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
	    PQgetvalue(u, 0, 0), NULL, NULL);
	buf_adds(&rows, "\n]");
	buf_reset(&sql);
	buf_adds(&sql, "{\"field\": ");
	fmt_json_string(&sql, field_name((enum field)f),
	    strlen(field_name((enum field)f)));
	buf_addc(&sql, '}');
	if ((id = jr_id(z->conn, z->schema, cause)) < 0)
		goto out;
	snprintf(detail, sizeof detail, "normalized %s: change #%lld",
	    field_name((enum field)f), id);
	memset(&j, 0, sizeof j);
	j.kind = "normalize";
	j.run_id = z->run_id;
	j.table = z->table;
	j.record_key = key;
	j.rule = c->name;
	j.rule_source = c->source;
	j.info = sql.data;
	j.rows = rows.data;
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
	if (jr_record(z->conn, z->schema, id, &j, &e, cause) != 0)
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
