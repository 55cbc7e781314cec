/*
 * action.c -- quarantine, erase and release.
 *
 * Records are acted on in batches of ACT_BATCH, one transaction each, and
 * every record inside a batch under a savepoint: a record that other rows
 * still reference is refused alone, and a crash (SIGKILL included) rolls
 * back only the batch in flight.  Each record's row change, quarantine
 * entry and audit record commit together or not at all, so a row is
 * always either in the live table or in quarantine with its audit record.
 *
 * What was done goes to the change journal (journal.h), which releases
 * it: each row as its text, and the customer row also as jsonb, so a
 * release survives columns added after the quarantine.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/action.h"
#include "daemon/audit.h"
#include "daemon/db.h"
#include "daemon/findings.h"
#include "daemon/journal.h"
#include "daemon/rowimage.h"
#include "lib/format.h"
#include "lib/log.h"
#include "lib/secret.h"
#include "lib/util.h"

#define ACT_BATCH	500
#define FK_VIOLATION	"23503"

/* A referencing table moved along with the customer (quarantine cascade). */
struct act_child {
	char	*table;		/* canonical, quoted */
	char	*col;		/* its referencing column, quoted */
	char	*name;		/* the same, as named */
	char	*pcol;		/* the referenced column of the customer table */
};

struct act_ctx {
	PGconn			*conn;
	const struct conf	*cf;
	const char		*schema;	/* quoted */
	const char		*table;		/* canonical, quoted */
	char			*key;		/* quoted key column */
	long long		 run_id;
	char			 run[32];
	struct act_child	*kids;
	size_t			 nkids;
	char			*hash_key;
	struct buf		 refused;	/* keys refused this run */
};

static int
simple(PGconn *conn, const char *sql, char **cause)
{
	return db_exec(conn, cause, sql, 0, NULL);
}

static void
ctx_free(struct act_ctx *a)
{
	size_t	 i;

	for (i = 0; i < a->nkids; i++) {
		free(a->kids[i].table);
		free(a->kids[i].col);
		free(a->kids[i].name);
		free(a->kids[i].pcol);
	}
	free(a->kids);
	free(a->key);
	if (a->hash_key != NULL) {
		explicit_bzero(a->hash_key, strlen(a->hash_key));
		free(a->hash_key);
	}
}

/*
 * Work out what moving a customer row does to the rows that reference
 * it: tables in quarantine { cascade } move along; an ON DELETE CASCADE,
 * SET NULL or SET DEFAULT from any other table would change rows without
 * a before-image, so moves are refused outright; other references make
 * the database refuse the record alone (FK_VIOLATION).
 */
static int
plan_references(struct act_ctx *a, char **cause)
{
	PGresult	*r;
	struct buf	 oids;
	const char	*p[2];
	size_t		 i;
	int		 k;

	buf_init(&oids);
	buf_addc(&oids, '{');
	for (i = 0; i < a->cf->ncascade; i++) {
		p[0] = a->cf->cascade[i];
		if ((r = db_query(a->conn, cause, "SELECT to_regclass($1)::oid",
		    1, p)) == NULL) {
			buf_free(&oids);
			return -1;
		}
		if (PQgetisnull(r, 0, 0)) {
			*cause = xasprintf("quarantine cascade: table %s does not "
			    "exist", a->cf->cascade[i]);
			PQclear(r);
			buf_free(&oids);
			return -1;
		}
		buf_printf(&oids, "%s%s", i ? "," : "", PQgetvalue(r, 0, 0));
		PQclear(r);
	}
	buf_addc(&oids, '}');
	p[0] = a->table;
	p[1] = oids.data;
	r = db_query(a->conn, cause, "SELECT format('%I.%I', n.nspname, "
	    "t.relname), c.confdeltype, cardinality(c.conkey), (SELECT "
	    "format('%I', attname) FROM pg_attribute WHERE attrelid = "
	    "c.conrelid AND attnum = c.conkey[1]), (SELECT format('%I', "
	    "attname) FROM pg_attribute WHERE attrelid = c.confrelid AND "
	    "attnum = c.confkey[1]), c.conrelid = ANY($2::oid[]), c.conname, "
	    "(SELECT attname FROM pg_attribute WHERE attrelid = c.conrelid AND "
	    "attnum = c.conkey[1]) "
	    "FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN "
	    "pg_namespace n ON n.oid = t.relnamespace WHERE c.contype = 'f' "
	    "AND c.confrelid = to_regclass($1) ORDER BY 1, c.conname", 2, p);
	buf_free(&oids);
	if (r == NULL)
		return -1;
	for (k = 0; k < PQntuples(r); k++) {
		const char *child = PQgetvalue(r, k, 0);
		char del = PQgetvalue(r, k, 1)[0];

		if (strcmp(PQgetvalue(r, k, 5), "t") == 0) {
			if (strcmp(PQgetvalue(r, k, 2), "1") != 0) {
				*cause = xasprintf("quarantine cascade: %s "
				    "references %s with a multi-column key "
				    "(constraint %s); Steward moves single-column "
				    "references only", child, a->table,
				    PQgetvalue(r, k, 6));
				break;
			}
			a->kids = xreallocarray(a->kids, a->nkids + 1,
			    sizeof *a->kids);
			a->kids[a->nkids].table = xstrdup(child);
			a->kids[a->nkids].col = xstrdup(PQgetvalue(r, k, 3));
			a->kids[a->nkids].name = xstrdup(PQgetvalue(r, k, 7));
			a->kids[a->nkids].pcol = xstrdup(PQgetvalue(r, k, 4));
			a->nkids++;
		} else if (del == 'c' || del == 'n' || del == 'd') {
			*cause = xasprintf("%s references %s with ON DELETE %s "
			    "(constraint %s): moving a customer would change "
			    "its rows without a before-image; add \"%s\" to "
			    "quarantine { cascade [...] } or use quarantine { "
			    "mode flag }", child, a->table, del == 'c' ?
			    "CASCADE" : del == 'n' ? "SET NULL" : "SET DEFAULT",
			    PQgetvalue(r, k, 6), child);
			break;
		}
	}
	PQclear(r);
	return *cause != NULL ? -1 : 0;
}

/* A refused record is a finding of its own, so the officer sees why. */
static int
refuse(struct act_ctx *a, const char *key, const char *why, char **cause)
{
	/* PostgreSQL's DETAIL quotes the row: masked for the officers. */
	char		*masked = db_mask_message(why);
	const char	*p[4] = { a->table, key, masked, a->run };
	char		*sql;
	int		 rc;

	sql = xasprintf("INSERT INTO %s.findings (table_name, check_name, "
	    "record_key, field, jurisdiction, severity, detail, first_run) "
	    "SELECT $1, 'quarantine_refused', $2, '', coalesce((SELECT "
	    "jurisdiction FROM %s.findings WHERE table_name = $1 AND "
	    "record_key = $2 AND status = 'open' LIMIT 1), ''), 'warning', "
	    "$3, $4 ON CONFLICT (table_name, check_name, record_key, field) "
	    "WHERE status = 'open' DO UPDATE SET detail = EXCLUDED.detail",
	    a->schema, a->schema);
	rc = db_exec(a->conn, cause, sql, 4, p);
	free(sql);
	free(masked);
	return rc;
}

/* Move or flag one record.  1 done, 0 gone, 2 refused, -1 error. */
static int
quarantine_one(struct act_ctx *a, const struct rule_check *c,
    const char *key, char **cause)
{
	PGresult		*r;
	struct buf		 rows;
	struct audit_entry	 e;
	struct jr_entry		 j;
	char			*sql, *col = NULL, *seq = NULL, state[6];
	char			*err = NULL, detail[160];
	const char		*p[3];
	long long		 id;
	int			 flag, rc = -1, k;
	size_t			 i;

	flag = a->cf->quarantine_mode != NULL &&
	    strcmp(a->cf->quarantine_mode, "flag") == 0;
	buf_init(&rows);
	buf_addc(&rows, '[');
	if (simple(a->conn, "SAVEPOINT steward_record", cause) != 0)
		return -1;
	/* Referencing rows first: they leave before, and come back after. */
	for (i = 0; !flag && i < a->nkids; i++) {
		sql = xasprintf("DELETE FROM %s c WHERE c.%s IN (SELECT p.%s FROM "
		    "%s p WHERE p.%s = $1) RETURNING c::text", a->kids[i].table,
		    a->kids[i].col, a->kids[i].pcol, a->table, a->key);
		p[0] = key;
		r = db_try(a->conn, sql, 1, p, state, &err);
		free(sql);
		if (r == NULL)
			goto failed;
		for (k = 0; k < PQntuples(r); k++)
			ri_entry(&rows, a->kids[i].table, a->kids[i].name, key,
			    PQgetvalue(r, k, 0), NULL, NULL, NULL);
		PQclear(r);
	}
	/* The journal entry's id comes along: one round trip less a record. */
	seq = xasprintf("%s.changes", a->schema);
	p[0] = key;
	p[1] = seq;
	if (flag) {
		col = db_ident(a->conn, a->cf->flag_column);
		p[2] = a->cf->flag_value;
		sql = xasprintf("WITH old AS (SELECT t::text AS txt, to_jsonb(t) "
		    "AS img FROM %s t WHERE t.%s = $1), upd AS (UPDATE %s t SET "
		    "%s = $3 WHERE t.%s = $1 RETURNING t::text AS txt) SELECT "
		    "old.txt, old.img::text, upd.txt, nextval("
		    "pg_get_serial_sequence($2, 'id')) FROM old, upd", a->table,
		    a->key, a->table, col, a->key);
	} else
		sql = xasprintf("DELETE FROM %s t WHERE t.%s = $1 RETURNING "
		    "t::text, to_jsonb(t)::text, NULL, nextval("
		    "pg_get_serial_sequence($2, 'id'))", a->table, a->key);
	r = db_try(a->conn, sql, flag ? 3 : 2, p, state, &err);
	free(sql);
	if (r == NULL)
		goto failed;
	if (PQntuples(r) == 0) {
		PQclear(r);
		rc = 0;		/* changed or gone since the scan */
		goto release;
	}
	ri_entry(&rows, a->table, a->cf->key, key, PQgetvalue(r, 0, 0),
	    flag ? PQgetvalue(r, 0, 2) : NULL, PQgetvalue(r, 0, 1), flag ?
	    a->cf->flag_column : NULL);
	buf_adds(&rows, "\n]");
	id = strtoll(PQgetvalue(r, 0, 3), NULL, 10);
	snprintf(detail, sizeof detail, "%s quarantine: change #%lld%s", flag ?
	    "flagged; in" : "moved to", id, !flag && a->nkids > 0 ?
	    ", with the rows of quarantine { cascade } tables" : "");
	memset(&j, 0, sizeof j);
	j.kind = "quarantine";
	j.run_id = a->run_id;
	j.table = a->table;
	j.record_key = key;
	j.rule = c->name;
	j.rule_source = c->source;
	j.info = flag ? "{\"mode\": \"flag\"}" : "{\"mode\": \"move\"}";
	j.rows = rows.data;
	memset(&e, 0, sizeof e);
	e.run_id = a->run_id;
	e.actor = audit_actor();
	e.action = "quarantine";
	e.rule = c->name;
	e.rule_source = c->source;
	e.table = a->table;
	e.record_key = key;
	e.before = PQgetvalue(r, 0, 1);
	e.detail = detail;
	rc = jr_record(a->conn, a->schema, id, &j, &e, cause) == 0 ? 1 : -1;
	PQclear(r);
	if (rc < 0)
		goto out;
release:
	if (simple(a->conn, "RELEASE SAVEPOINT steward_record", cause) != 0)
		rc = -1;
	goto out;
failed:
	if (strcmp(state, FK_VIOLATION) != 0) {
		*cause = xasprintf("quarantine of record %s: %s", key, err);
		goto out;
	}
	/* Still referenced: undo this record only, and say why. */
	if (simple(a->conn, "ROLLBACK TO SAVEPOINT steward_record",
	    cause) != 0 || refuse(a, key, err, cause) != 0)
		goto out;
	rc = 2;
out:
	free(err);
	free(col);
	free(seq);
	buf_free(&rows);
	return rc;
}

/* Anonymize one record per erase { }; the values are not recorded. */
static int
erase_one(struct act_ctx *a, const struct rule_check *c, const char *key,
    char **cause)
{
	PGresult		*r;
	struct audit_entry	 e;
	struct buf		 sql, what;
	const char		*p[2] = { key, a->hash_key };
	char			*col, *err = NULL, state[6];
	int			 f, n = 0, rc;

	buf_init(&sql);
	buf_init(&what);
	buf_printf(&sql, "UPDATE %s t SET ", a->table);
	for (f = 0; f < FIELD_MAX; f++) {
		if (a->cf->erase[f] == ERASE_KEEP)
			continue;
		col = db_ident(a->conn, a->cf->columns[f]);
		buf_printf(&sql, "%s%s = ", n ? ", " : "", col);
		switch (a->cf->erase[f]) {
		case ERASE_NULL:
			buf_adds(&sql, "NULL");
			break;
		case ERASE_MASK:
			buf_printf(&sql, "CASE WHEN t.%s IS NULL THEN NULL ELSE "
			    "left(t.%s::text, 1) || '***' END", col, col);
			break;
		default:
			/* Raw bytes in SQL_ASCII, as the audit hash. */
			buf_printf(&sql, "encode(sha256(convert_to($2 || "
			    "t.%s::text, CASE WHEN getdatabaseencoding() = "
			    "'SQL_ASCII' THEN 'SQL_ASCII' ELSE 'UTF8' END)), "
			    "'hex')", col);
			break;
		}
		buf_printf(&what, "%s%s (%s)", n ? ", " : "",
		    field_name((enum field)f), conf_erase_name(a->cf->erase[f]));
		free(col);
		n++;
	}
	buf_printf(&sql, " WHERE t.%s = $1", a->key);
	r = db_try(a->conn, sql.data, a->hash_key != NULL ? 2 : 1, p, state,
	    &err);
	if (r == NULL) {
		*cause = xasprintf("erasing record %s: %s", key, err);
		free(err);
		buf_free(&sql);
		buf_free(&what);
		return -1;
	}
	rc = strcmp(PQcmdTuples(r), "0") == 0 ? 0 : 1;
	PQclear(r);
	buf_free(&sql);
	if (rc == 1) {
		struct jr_entry	 j;
		struct buf	 info;
		long long	 id;

		buf_init(&info);
		buf_adds(&info, "{\"fields\": ");
		fmt_json_string(&info, what.data, what.len);
		buf_addc(&info, '}');
		buf_adds(&what, "; the values are not recorded");
		memset(&j, 0, sizeof j);
		j.kind = "erase";
		j.run_id = a->run_id;
		j.table = a->table;
		j.record_key = key;
		j.rule = c->name;
		j.rule_source = c->source;
		j.info = info.data;
		memset(&e, 0, sizeof e);
		e.run_id = a->run_id;
		e.actor = audit_actor();
		e.action = "erase";
		e.rule = c->name;
		e.rule_source = c->source;
		e.table = a->table;
		e.record_key = key;
		e.detail = what.data;
		if ((id = jr_id(a->conn, a->schema, cause)) < 0 ||
		    jr_record(a->conn, a->schema, id, &j, &e, cause) != 0)
			rc = -1;
		buf_free(&info);
	}
	buf_free(&what);
	return rc;
}

/* Check what erase { } needs of the table: text columns, the hash key. */
static int
plan_erase(struct act_ctx *a, char **cause)
{
	PGresult	*r;
	const char	*p[2];
	int		 f, rc = 0;

	for (f = 0; f < FIELD_MAX && rc == 0; f++) {
		if (a->cf->erase[f] != ERASE_MASK &&
		    a->cf->erase[f] != ERASE_HASH)
			continue;
		p[0] = a->table;
		p[1] = a->cf->columns[f];
		if ((r = db_query(a->conn, cause, "SELECT t.typcategory FROM "
		    "pg_attribute a JOIN pg_type t ON t.oid = a.atttypid WHERE "
		    "a.attrelid = to_regclass($1) AND a.attname = $2", 2,
		    p)) == NULL)
			return -1;
		if (PQntuples(r) != 1 || strcmp(PQgetvalue(r, 0, 0), "S") != 0) {
			*cause = xasprintf("erase %s %s: column \"%s\" is not a "
			    "text column; only null can erase it",
			    field_name((enum field)f),
			    conf_erase_name(a->cf->erase[f]),
			    a->cf->columns[f]);
			rc = -1;
		}
		PQclear(r);
		if (a->cf->erase[f] == ERASE_HASH && a->hash_key == NULL &&
		    rc == 0 && secret_read(a->cf->hash_key_file,
		    "hash_key_file", &a->hash_key, cause) != 0)
			rc = -1;
	}
	return rc;
}

static int
act_check(struct act_ctx *a, const struct rule_check *c, int enforce,
    struct act_result *res, char **cause)
{
	PGresult	*keys;
	const char	*p[2] = { a->table, c->name };
	char		*sql;
	int		 i, n, rc = 0, erase = c->action == ACTION_ERASE;

	if (erase)
		sql = xasprintf("SELECT DISTINCT f.record_key FROM %s.findings "
		    "f WHERE f.table_name = $1 AND f.check_name = $2 AND "
		    "f.status = 'open' AND f.record_key <> '' AND NOT EXISTS "
		    "(SELECT 1 FROM %s.audit x WHERE x.action = 'erase' AND "
		    "x.table_name = $1 AND x.record_key = f.record_key) ORDER "
		    "BY 1", a->schema, a->schema);
	else
		sql = xasprintf("SELECT DISTINCT f.record_key FROM %s.findings "
		    "f WHERE f.table_name = $1 AND f.check_name = $2 AND "
		    "f.status = 'open' AND f.record_key <> '' AND NOT EXISTS "
		    "(SELECT 1 FROM %s.changes q WHERE q.kind = 'quarantine' AND "
		    "q.status = 'done' AND q.table_name = $1 AND q.record_key = "
		    "f.record_key) ORDER BY 1", a->schema, a->schema);
	keys = db_query(a->conn, cause, sql, 2, p);
	free(sql);
	if (keys == NULL)
		return -1;
	n = PQntuples(keys);
	if (!enforce) {
		res->proposed += n;
		if (n > 0)
			log_info("dry-run: would %s %d record%s (check %s)",
			    erase ? "erase" : "quarantine", n, n == 1 ? "" : "s",
			    c->name);
		PQclear(keys);
		return 0;
	}
	for (i = 0; i < n && rc == 0; i++) {
		if (i % ACT_BATCH == 0 && (simple(a->conn, "BEGIN", cause) != 0 ||
		    audit_lock(a->conn, cause) != 0)) {
			rc = -1;
			break;
		}
		switch (erase ? erase_one(a, c, PQgetvalue(keys, i, 0), cause) :
		    quarantine_one(a, c, PQgetvalue(keys, i, 0), cause)) {
		case 1:
			if (erase)
				res->erased++;
			else
				res->quarantined++;
			break;
		case 2:
			res->refused++;
			findings_key_add(&a->refused, PQgetvalue(keys, i, 0));
			break;
		case 0:
			break;
		default:
			rc = -1;
		}
		if (rc == 0 && (i % ACT_BATCH == ACT_BATCH - 1 || i == n - 1) &&
		    simple(a->conn, "COMMIT", cause) != 0)
			rc = -1;
	}
	if (rc != 0) {
		PGresult *r = PQexec(a->conn, "ROLLBACK");

		PQclear(r);
	}
	PQclear(keys);
	return rc;
}

int
act_run(PGconn *conn, const struct conf *cf, const struct ruleset *rs,
    const char *schema, const char *table, long long run_id,
    struct act_result *res, char **cause)
{
	struct act_ctx		 a;
	const struct rule_check	*c;
	size_t			 i;
	int			 enforce, rc = 0, planned = 0;

	memset(res, 0, sizeof *res);
	memset(&a, 0, sizeof a);
	a.conn = conn;
	a.cf = cf;
	a.schema = schema;
	a.table = table;
	a.run_id = run_id;
	snprintf(a.run, sizeof a.run, "%lld", run_id);
	a.key = db_ident(conn, cf->key);
	buf_init(&a.refused);
	for (i = 0; i < rs->nchecks && rc == 0; i++) {
		c = &rs->checks[i];
		if (c->action != ACTION_QUARANTINE && c->action != ACTION_ERASE)
			continue;
		enforce = c->enforce >= 0 ? c->enforce :
		    cf->mode == MODE_ENFORCE;
		if (enforce && !(planned & (1 << c->action))) {
			planned |= 1 << c->action;
			if (c->action == ACTION_ERASE) {
				rc = plan_erase(&a, cause);
			} else if (cf->quarantine_mode == NULL ||
			    strcmp(cf->quarantine_mode, "move") == 0)
				rc = plan_references(&a, cause);
			if (rc != 0)
				break;
		}
		if (enforce && c->action == ACTION_ERASE) {
			int f, any = 0;

			for (f = 0; f < FIELD_MAX; f++)
				any |= cf->erase[f] != ERASE_KEEP;
			if (!any) {
				*cause = xasprintf("check %s (%s): action erase "
				    "needs erase { FIELD null|mask|hash ... } "
				    "in the configuration", c->name, c->source);
				rc = -1;
				break;
			}
		}
		rc = act_check(&a, c, enforce, res, cause);
	}
	/* Refusals that no longer stand (moved, or no finding) resolve. */
	if (rc == 0)
		rc = findings_settle(conn, schema, table, run_id,
		    "quarantine_refused", &a.refused, cause);
	buf_free(&a.refused);
	ctx_free(&a);
	return rc;
}
