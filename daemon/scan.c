/*
 * scan.c -- a scan: stream the customer table through the checks and
 * record what was found.
 *
 * Two connections: one streams the rows out with COPY ... TO STDOUT (the
 * fastest way out of the server, measured in tests/bench), the other
 * streams findings into a temporary table with COPY FROM STDIN as they are
 * made.  Memory is bounded by one row plus one batch of findings, whatever
 * the size of the table.  When the stream ends, one transaction merges the
 * staged findings into steward.findings: a finding that is still there
 * keeps its identity, a new one is new, one that is gone is resolved.  A
 * scan that fails changes no finding; its run is marked failed.
 *
 * A partial scan (incremental, or the keys a trigger notified) reads its
 * rows through a cursor, whose query can take parameters as COPY's cannot,
 * and stages a marker row per record read: only those records' findings
 * can be resolved by it.  Every scan reads in one REPEATABLE READ
 * transaction and records when its snapshot was taken; the next
 * incremental scan starts from there (less SCAN_OVERLAP).
 *
 * The scan only reads the customer table; it writes Steward's schema only.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "daemon/copy.h"
#include "daemon/copybin.h"
#include "daemon/db.h"
#include "daemon/dupscan.h"
#include "daemon/findings.h"
#include "lib/log.h"
#include "daemon/mx.h"
#include "daemon/normalize.h"
#include "daemon/scan.h"
#include "daemon/scanfilter.h"
#include "daemon/scanpar.h"
#include "lib/util.h"

#define SCAN_FLUSH_BYTES	(256 * 1024)
#define SCAN_FETCH		"2000"
/*
 * Up to this many staged rows (findings and an incremental scan's
 * markers) the merge probes indexes row by row; beyond it, hash joins
 * over the open findings are cheaper.  An index probe costs some
 * microseconds, hashing an open finding about one: the break-even is
 * tens of thousands of staged rows per million open.
 */
#define MERGE_SMALL_STAGE	20000

static char missing_key_name[] = "missing_key";
static char missing_key_desc[] = "The record's key column is NULL";
static char missing_key_src[] = "built-in";

static const struct rule_check rule_missing_key = {
	.name = missing_key_name,
	.description = missing_key_desc,
	.source = missing_key_src,
	.kind = CHECK_BUILTIN,
	.severity = SEV_ERROR,
};

static char email_mx_name[] = "email_no_mx";
static char email_mx_desc[] = "The email address's domain accepts no mail";

static const struct rule_check rule_email_mx = {
	.name = email_mx_name,
	.description = email_mx_desc,
	.source = missing_key_src,
	.kind = CHECK_BUILTIN,
	.severity = SEV_WARNING,
};

struct scan_ctx {
	PGconn			*out;		/* findings go here */
	struct buf		 batch;
	struct ruleset		*rs;
	const struct record	*rec;
	long long		 findings;
	long long		*jur_rows;	/* records per bucket */
	struct buf		 dups;		/* rows for the duplicates table */
	const char		*run;
	int			 partial;	/* stage a marker per record */
	struct dup_cache	*cache;		/* partial: probe changed rows */
	struct mx		*mx;		/* scan { mx_check yes } */
	int			 fd;		/* a parallel worker's pipe,
						   instead of out; or -1 */
	int			 failed;
	char			*cause;
};

static double
now_seconds(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
flush_batch(struct scan_ctx *sc)
{
	char	*err;

	if (sc->batch.len == 0 || sc->failed)
		return sc->failed ? -1 : 0;
	if (sc->fd >= 0) {
		if (scanpar_send(sc->fd, sc->batch.data, sc->batch.len) != 0) {
			sc->cause = xasprintf("sending findings: %s",
			    strerror(errno));
			sc->failed = 1;
			return -1;
		}
	} else if (PQputCopyData(sc->out, sc->batch.data,
	    (int)sc->batch.len) != 1) {
		err = db_error(sc->out);
		sc->cause = xasprintf("staging findings: %s", err);
		free(err);
		sc->failed = 1;
		return -1;
	}
	buf_reset(&sc->batch);
	return 0;
}

static void
emit(void *arg, const struct rule_check *c, enum field f, const char *detail)
{
	struct scan_ctx	*sc = arg;
	struct buf	*b = &sc->batch;

	buf_adds(b, c->name);
	buf_addc(b, '\t');
	/* Rows with a NULL key share the empty key (missing_key says so). */
	copy_escape_utf8(b, sc->rec->key != NULL ? sc->rec->key : "",
	    sc->rec->keylen);
	buf_addc(b, '\t');
	if ((int)f >= 0)
		buf_adds(b, field_name(f));
	buf_addc(b, '\t');
	buf_adds(b, rule_severity_name(c->severity));
	buf_addc(b, '\t');
	buf_adds(b, rule_jur_name(sc->rs, sc->rec->jur));
	buf_addc(b, '\t');
	copy_escape(b, detail, strlen(detail));
	buf_addc(b, '\n');
	sc->findings++;
	if (b->len >= SCAN_FLUSH_BYTES)
		flush_batch(sc);
}

static const char *
mx_detail(enum mx_status st)
{
	switch (st) {
	case MX_NO_DOMAIN:
		return "the email domain does not exist (DNS: no such domain)";
	case MX_NO_MAIL:
		return "the email domain has no mail server (no MX, no address "
		    "record)";
	default:
		return "the email domain accepts no mail (null MX, RFC 7505)";
	}
}

/* The cached answer for the record's email domain; unknown ones queue. */
static void
judge_mx(struct scan_ctx *sc, const struct record *rec)
{
	const struct field_value	*v = &rec->f[FIELD_EMAIL];
	enum mx_status			 st;
	char				 dom[256];

	if (v->data == NULL || mx_domain(v->data, v->len, dom) == 0)
		return;
	st = mx_lookup(sc->mx, dom);
	if (st != MX_UNKNOWN && st != MX_OK)
		emit(sc, &rule_email_mx, FIELD_EMAIL, mx_detail(st));
}

/*
 * After a full scan's lookups: the records of the domains found bad only
 * now, read in the same snapshot, get their findings in this run too.
 */
static int
mx_late(PGconn *in, const struct conf *cf, const char *table,
    struct scan_ctx *sc, char **cause)
{
	struct record	 rec;
	PGresult	*r;
	struct buf	 q;
	char		*col, *bad, dom[256];
	const char	*p[1];
	int		 i, jf = sc->rs->jur_field;

	bad = mx_new_bad(sc->mx);
	if (strcmp(bad, "{}") == 0) {
		free(bad);
		return 0;
	}
	buf_init(&q);
	col = db_ident(in, cf->key);
	buf_printf(&q, "SELECT %s::text", col);
	free(col);
	col = db_ident(in, cf->columns[FIELD_EMAIL]);
	buf_printf(&q, ", %s::text", col);
	if (cf->columns[jf] != NULL) {
		char *j = db_ident(in, cf->columns[jf]);

		buf_printf(&q, ", %s::text", j);
		free(j);
	} else
		buf_adds(&q, ", NULL");
	buf_printf(&q, " FROM %s WHERE lower(substring(%s from '@([^@]*)$')) "
	    "= ANY($1::text[])", table, col);
	free(col);
	scan_quarantine_filter(in, cf, &q, "AND");
	p[0] = bad;
	r = db_query(in, cause, q.data, 1, p);
	buf_free(&q);
	free(bad);
	if (r == NULL)
		return -1;
	for (i = 0; i < PQntuples(r); i++) {
		memset(&rec, 0, sizeof rec);
		if (PQgetisnull(r, i, 0))
			continue;
		rec.key = PQgetvalue(r, i, 0);
		rec.keylen = (size_t)PQgetlength(r, i, 0);
		rec.f[FIELD_EMAIL].data = PQgetvalue(r, i, 1);
		rec.f[FIELD_EMAIL].len = (size_t)PQgetlength(r, i, 1);
		if (!PQgetisnull(r, i, 2)) {
			rec.f[jf].data = PQgetvalue(r, i, 2);
			rec.f[jf].len = (size_t)PQgetlength(r, i, 2);
		}
		rule_assign(sc->rs, &rec);
		sc->rec = &rec;
		if (mx_domain(rec.f[FIELD_EMAIL].data, rec.f[FIELD_EMAIL].len,
		    dom) > 0)
			emit(sc, &rule_email_mx, FIELD_EMAIL,
			    mx_detail(mx_lookup(sc->mx, dom)));
	}
	PQclear(r);
	return 0;
}

/* Judge one record; a partial scan also marks it as read. */
static void
judge(struct scan_ctx *sc, struct record *rec)
{
	struct buf	*b = &sc->batch;

	sc->rec = rec;
	/* rule_eval assigns the jurisdiction the finding below needs. */
	rule_eval(sc->rs, rec, emit, sc);
	if (sc->mx != NULL)
		judge_mx(sc, rec);
	if (rec->key == NULL)
		emit(sc, &rule_missing_key, (enum field)-1,
		    "key column is NULL; findings for this row cannot "
		    "be told apart");
	else if (sc->partial) {
		buf_adds(b, "\\N\t");
		copy_escape_utf8(b, rec->key, rec->keylen);
		buf_adds(b, "\t\\N\t\\N\t\\N\t\\N\n");
		if (b->len >= SCAN_FLUSH_BYTES)
			flush_batch(sc);
	}
	sc->jur_rows[rec->jur + 1]++;
}

/* A member of a duplicate cluster: a finding, and a row of its cluster. */
static void
on_dup(void *arg, const struct dup_hit *h)
{
	struct scan_ctx	*sc = arg;
	struct buf	*b = &sc->batch;
	const char	*dec = h->decision == DD_MERGE ? "merge" : "review";
	char		*detail;

	buf_adds(b, "duplicate\t");
	copy_escape_utf8(b, h->key, h->keylen);
	buf_adds(b, "\t\twarning\t");
	buf_adds(b, rule_jur_name(sc->rs, h->jur));
	buf_addc(b, '\t');
	if (h->probed)
		detail = xasprintf("duplicates %s: changed record matches "
		    "record %.*s (%s, score %.3f); merged after the next full "
		    "scan", h->rule->name, (int)h->centrelen, h->centre, dec,
		    h->score);
	else
		detail = xasprintf("duplicates %s: cluster %u, %s (score %.3f)",
		    h->rule->name, h->cluster, dec, h->score);
	copy_escape(b, detail, strlen(detail));
	free(detail);
	buf_addc(b, '\n');
	sc->findings++;
	if (b->len >= SCAN_FLUSH_BYTES)
		flush_batch(sc);
	if (h->probed)
		return;		/* clusters come from full scans */

	buf_printf(&sc->dups, "%s\t", sc->run);
	copy_escape(&sc->dups, h->rule->name, strlen(h->rule->name));
	buf_printf(&sc->dups, "\t%u\t", h->cluster);
	copy_escape_utf8(&sc->dups, h->key, h->keylen);
	buf_addc(&sc->dups, '\t');
	copy_escape_utf8(&sc->dups, h->centre, h->centrelen);
	buf_printf(&sc->dups, "\t%.6f\t%s\n", h->score, dec);
}

/* Write the clusters of the run (after the findings are staged). */
static int
store_dups(PGconn *out, const char *schema, struct scan_ctx *sc,
    char **cause)
{
	PGresult	*r;
	char		*sql, *err;
	int		 rc = 0;

	if (sc->dups.len == 0)
		return 0;
	sql = xasprintf("COPY %s.duplicates (run_id, rule, cluster, "
	    "record_key, centre_key, score, decision) FROM STDIN", schema);
	r = PQexec(out, sql);
	free(sql);
	if (PQresultStatus(r) != PGRES_COPY_IN)
		rc = -1;
	PQclear(r);
	if (rc == 0 && (PQputCopyData(out, sc->dups.data,
	    (int)sc->dups.len) != 1 || PQputCopyEnd(out, NULL) != 1))
		rc = -1;
	while ((r = PQgetResult(out)) != NULL) {
		if (PQresultStatus(r) != PGRES_COMMAND_OK)
			rc = -1;
		PQclear(r);
	}
	if (rc != 0) {
		err = db_error(out);
		*cause = xasprintf("storing duplicate clusters: %s", err);
		free(err);
	}
	return rc;
}

/* Fail unless the table exists and has every configured column. */
static int
check_columns(PGconn *conn, const struct conf *cf, const char *table,
    char **cause)
{
	PGresult	*res;
	const char	*params[1] = { table };
	const char	*want;
	int		 f, i, found;

	res = db_query(conn, cause, "SELECT a.attname FROM pg_attribute a "
	    "WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND "
	    "NOT a.attisdropped", 1, params);
	if (res == NULL)
		return -1;
	if (PQntuples(res) == 0) {
		*cause = xasprintf("customers.table: table %s has no columns",
		    table);
		PQclear(res);
		return -1;
	}
	for (f = -1; f < FIELD_MAX; f++) {
		want = f == -1 ? cf->key : cf->columns[f];
		if (want == NULL)
			continue;
		for (i = 0, found = 0; i < PQntuples(res) && !found; i++)
			found = strcmp(PQgetvalue(res, i, 0), want) == 0;
		if (!found) {
			*cause = f == -1 ?
			    xasprintf("customers.key: column \"%s\" does not "
			    "exist in table %s", want, table) :
			    xasprintf("customers.map %s: column \"%s\" does not "
			    "exist in table %s", field_name((enum field)f), want,
			    table);
			PQclear(res);
			return -1;
		}
	}
	PQclear(res);
	return 0;
}

/*
 * Record that run failed.  The scan's own connections may be dead or in
 * the middle of a COPY, so this uses a connection of its own.
 */
static void
mark_failed(const struct conf *cf, const char *schema, long long run,
    const char *why)
{
	PGconn		*conn;
	char		 id[32];
	char		*sql, *err = NULL;
	const char	*params[2] = { id, why };

	if (run <= 0)
		return;
	if ((conn = db_connect(cf, &err)) == NULL) {
		log_warnx("could not mark run %lld failed: %s", run, err);
		free(err);
		return;
	}
	snprintf(id, sizeof id, "%lld", run);
	sql = xasprintf("UPDATE %s.runs SET status = 'failed', finished_at = "
	    "now(), error = $2 WHERE id = $1", schema);
	if (db_exec(conn, &err, sql, 2, params) != 0) {
		log_warnx("could not mark run %lld failed: %s", run, err);
		free(err);
	}
	free(sql);
	PQfinish(conn);
}

/*
 * Merge the staged findings of run into steward.findings, in one
 * transaction with the run's final state.
 */
static int
merge(PGconn *conn, const char *s, const char *id, const char *table,
    long long rows, const char *snap, int partial, long long staged,
    const struct ruleset *rs, struct scan_result *res, char **cause)
{
	struct buf	 names, counts;
	const char	*jparams[3];
	size_t		 j;
	PGresult	*r;
	char		 nrows[32];
	char		*sql = NULL;
	const char	*params[4] = { id, table, nrows, snap };
	int		 i, sev, small, rc = -1;

	snprintf(nrows, sizeof nrows, "%lld", rows);
	small = staged <= MERGE_SMALL_STAGE;
	log_debug("merge: %lld rows staged, %s", staged, small ?
	    "index probes" : "hash joins");
	if (db_exec(conn, cause, "BEGIN", 0, NULL) != 0)
		goto out;
	/*
	 * The triggers on findings lock this table's counters statement by
	 * statement; taking all four now, in order, keeps a writer running
	 * alongside (a delivery, an action) from deadlocking with the merge.
	 */
	sql = xasprintf("INSERT INTO %s.open_counts AS c SELECT $1, v, 0 FROM "
	    "unnest('{critical,error,info,warning}'::text[]) v ORDER BY v "
	    "ON CONFLICT (table_name, severity) DO UPDATE SET n = c.n", s);
	i = db_exec(conn, cause, sql, 1, params + 1);
	free(sql);
	sql = NULL;
	if (i != 0)
		goto out;
	/*
	 * The joins below pair every staged finding with the open ones.  Right
	 * after a large first run the planner's statistics on findings are
	 * stale (autovacuum has not analyzed it yet) and it picks a nested
	 * loop: 66 s instead of 0.2 s at 37k findings.  For a large stage hash
	 * joins are right, so say so; then the stage needs no ANALYZE either
	 * (it took a third of the merge): hashing does not depend on its
	 * statistics, and its size the planner reads from its pages.  A small
	 * stage (an incremental scan, a
	 * trigger's keys) is the opposite: a hash join reads every open
	 * finding of the table to merge a few staged ones, and ANALYZE costs
	 * more than the merge.  There each staged row probes findings_open_key
	 * and each open finding the stage's own index: nested loops only, so
	 * the merge costs what was staged, however many findings are open.
	 */
	if (!small && db_exec(conn, cause, "SET LOCAL enable_nestloop = off",
	    0, NULL) != 0)
		goto out;
	if (small && (db_exec(conn, cause, "CREATE INDEX ON "
	    "pg_temp.finding_stage (record_key, check_name, field)", 0,
	    NULL) != 0 || db_exec(conn, cause, "SET LOCAL enable_hashjoin = "
	    "off", 0, NULL) != 0 || db_exec(conn, cause, "SET LOCAL "
	    "enable_mergejoin = off", 0, NULL) != 0))
		goto out;
	/*
	 * An erased record is still old, but it is what the law asks for: its
	 * findings of erase checks resolve, and do not come back.
	 */
	buf_init(&names);
	for (j = 0; j < rs->nchecks; j++)
		if (rs->checks[j].action == ACTION_ERASE)
			findings_key_add(&names, rs->checks[j].name);
	if (names.len > 0) {
		char *arr = xasprintf("{%.*s}", (int)names.len, names.data);

		jparams[0] = table;
		jparams[1] = arr;
		sql = xasprintf("DELETE FROM pg_temp.finding_stage st WHERE "
		    "st.check_name = ANY($2::text[]) AND EXISTS (SELECT 1 FROM "
		    "%s.audit a WHERE a.action = 'erase' AND a.table_name = $1 "
		    "AND a.record_key = st.record_key)", s);
		i = db_exec(conn, cause, sql, 2, jparams);
		free(sql);
		sql = NULL;
		free(arr);
		if (i != 0) {
			buf_free(&names);
			goto out;
		}
	}
	buf_free(&names);
	/*
	 * Findings still present are left alone (only a changed severity or
	 * detail is written), so a run over an unchanged table writes almost
	 * nothing: new ones are inserted, vanished ones resolved.
	 */
	sql = xasprintf("UPDATE %s.findings f SET severity = st.severity, "
	    "detail = st.detail, jurisdiction = st.jurisdiction FROM "
	    "pg_temp.finding_stage st WHERE f.status = 'open' AND "
	    "f.table_name = $1 AND f.check_name = st.check_name AND "
	    "f.record_key = st.record_key AND f.field = st.field AND "
	    "(f.severity <> st.severity OR f.detail <> st.detail OR "
	    "f.jurisdiction <> st.jurisdiction)", s);
	if (db_exec(conn, cause, sql, 1, params + 1) != 0)
		goto out;
	free(sql);
	if (partial && small)
		/*
		 * The open findings of the records read: findings_open_key
		 * leads with the check, so take the table's checks from it
		 * first (one index probe per check, not a scan) and look up
		 * every check of every record read.
		 */
		/*
		 * OFFSET 0 keeps the lookup a subquery run per (check,
		 * record) pair: flattened, the planner probes the index by
		 * table and record only, which reads every open finding of
		 * the table once per record.
		 */
		sql = xasprintf("WITH RECURSIVE c(n) AS (SELECT min(check_name) "
		    "FROM %s.findings WHERE status = 'open' AND table_name = $2 "
		    "UNION ALL SELECT (SELECT min(check_name) FROM %s.findings "
		    "WHERE status = 'open' AND table_name = $2 AND check_name > "
		    "c.n) FROM c WHERE c.n IS NOT NULL) "
		    "UPDATE %s.findings f SET status = 'resolved', resolved_run "
		    "= $1 WHERE f.status = 'open' AND f.id = ANY (ARRAY(SELECT "
		    "o.id FROM c, (SELECT DISTINCT record_key FROM "
		    "pg_temp.finding_stage WHERE check_name IS NULL) k, LATERAL "
		    "(SELECT x.id FROM %s.findings x WHERE x.status = 'open' AND "
		    "x.table_name = $2 AND x.check_name = c.n AND x.record_key = "
		    "k.record_key AND NOT EXISTS (SELECT 1 FROM "
		    "pg_temp.finding_stage st WHERE x.check_name = st.check_name "
		    "AND x.record_key = st.record_key AND x.field = st.field) "
		    "OFFSET 0) o WHERE c.n NOT IN ('report_undelivered', "
		    "'quarantine_refused', 'merge_refused', 'normalize_refused', "
		    "'duplicate')))", s, s, s, s);
	else
		sql = xasprintf("UPDATE %s.findings f SET status = 'resolved', "
		    "resolved_run = $1 WHERE f.status = 'open' AND f.table_name "
		    "= $2 AND f.check_name NOT IN ('report_undelivered', "
		    "'quarantine_refused', 'merge_refused', 'normalize_refused') "
		    "AND NOT EXISTS (SELECT 1 FROM pg_temp.finding_stage st "
		    "WHERE f.check_name = st.check_name AND f.record_key = "
		    "st.record_key AND f.field = st.field)%s", s, partial ?
		    " AND f.check_name <> 'duplicate' AND f.record_key IN "
		    "(SELECT record_key FROM pg_temp.finding_stage WHERE "
		    "check_name IS NULL)" : "");
	if (db_exec(conn, cause, sql, 2, params) != 0)
		goto out;
	free(sql);
	/* DISTINCT ON: a key column that is not unique repeats findings. */
	sql = xasprintf("INSERT INTO %s.findings (table_name, check_name, "
	    "record_key, field, severity, jurisdiction, detail, first_run) "
	    "SELECT DISTINCT ON (check_name, record_key, field) $2, check_name, "
	    "record_key, field, severity, jurisdiction, detail, $1 FROM "
	    "pg_temp.finding_stage st WHERE st.check_name IS NOT NULL AND NOT "
	    "EXISTS (SELECT 1 FROM %s.findings f WHERE f.status = 'open' AND "
	    "f.table_name = $2 AND f.check_name = st.check_name AND "
	    "f.record_key = st.record_key AND f.field = st.field)", s, s);
	if (db_exec(conn, cause, sql, 2, params) != 0)
		goto out;
	free(sql);
	/* Open findings are counted as they change (migration 10). */
	sql = xasprintf("UPDATE %s.runs SET status = 'done', finished_at = "
	    "now(), snapshot_at = $4, rows_scanned = $3, findings_total = "
	    "(SELECT coalesce(sum(n), 0) FROM %s.open_counts WHERE table_name "
	    "= $2), findings_new = (SELECT count(*) FROM %s.findings WHERE "
	    "first_run = $1), findings_resolved = (SELECT count(*) FROM "
	    "%s.findings WHERE resolved_run = $1) WHERE id = $1 RETURNING "
	    "findings_total, findings_new, findings_resolved", s, s, s, s);
	if ((r = db_query(conn, cause, sql, 4, params)) == NULL)
		goto out;
	res->open = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	res->new = strtoll(PQgetvalue(r, 0, 1), NULL, 10);
	res->resolved = strtoll(PQgetvalue(r, 0, 2), NULL, 10);
	PQclear(r);
	free(sql);
	sql = xasprintf("SELECT severity, n FROM %s.open_counts WHERE "
	    "table_name = $1 AND n > 0", s);
	if ((r = db_query(conn, cause, sql, 1, params + 1)) == NULL)
		goto out;
	for (i = 0; i < PQntuples(r); i++)
		if ((sev = rule_severity_lookup(PQgetvalue(r, i, 0))) >= 0)
			res->open_by_severity[sev] =
			    strtoll(PQgetvalue(r, i, 1), NULL, 10);
	PQclear(r);

	/* Records per jurisdiction, for the report's "records in scope". */
	buf_init(&names);
	buf_init(&counts);
	buf_addc(&names, '{');
	buf_addc(&counts, '{');
	for (j = 0; j <= rs->njurs; j++) {
		buf_printf(&names, "%s\"%s\"", j ? "," : "",
		    rule_jur_name(rs, (int)j - 1));
		buf_printf(&counts, "%s%lld", j ? "," : "", res->jur_rows[j]);
	}
	buf_addc(&names, '}');
	buf_addc(&counts, '}');
	jparams[0] = id;
	jparams[1] = names.data;
	jparams[2] = counts.data;
	free(sql);
	sql = xasprintf("INSERT INTO %s.run_jurisdictions (run_id, "
	    "jurisdiction, records) SELECT $1, u.j, u.n FROM unnest($2::text[], "
	    "$3::bigint[]) AS u(j, n) WHERE u.n > 0", s);
	rc = db_exec(conn, cause, sql, 3, jparams);
	buf_free(&names);
	buf_free(&counts);
	if (rc != 0 || db_exec(conn, cause, "COMMIT", 0, NULL) != 0) {
		rc = -1;
		goto out;
	}
	rc = 0;
out:
	free(sql);
	return rc;
}

/*
 * A simulation's outcome, read from the staged findings before the
 * transaction that holds them is rolled back: counts by check only (no
 * record, no value), what would be new and what would resolve.
 */
static int
whatif(PGconn *conn, const char *s, const char *table, int partial,
    struct scan_result *res, char **cause)
{
	PGresult	*r;
	struct buf	 b;
	char		*sql;
	const char	*p[1] = { table };
	long long	 n, nw;
	int		 i, sev;

	sql = xasprintf("SELECT st.check_name, st.severity, count(*), "
	    "count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM %s.findings f "
	    "WHERE f.status = 'open' AND f.table_name = $1 AND f.check_name = "
	    "st.check_name AND f.record_key = st.record_key AND f.field = "
	    "st.field)) FROM (SELECT DISTINCT ON (check_name, record_key, "
	    "field) * FROM pg_temp.finding_stage WHERE check_name IS NOT NULL) "
	    "st GROUP BY 1, 2 ORDER BY 1, 2", s);
	r = db_query(conn, cause, sql, 1, p);
	free(sql);
	if (r == NULL)
		return -1;
	buf_init(&b);
	for (i = 0; i < PQntuples(r); i++) {
		n = strtoll(PQgetvalue(r, i, 2), NULL, 10);
		nw = strtoll(PQgetvalue(r, i, 3), NULL, 10);
		res->open += n;
		res->new += nw;
		if ((sev = rule_severity_lookup(PQgetvalue(r, i, 1))) >= 0)
			res->open_by_severity[sev] += n;
		buf_printf(&b, "  %-30s %-8s %lld (%lld not open now)\n",
		    PQgetvalue(r, i, 0), PQgetvalue(r, i, 1), n, nw);
	}
	PQclear(r);
	if (!partial) {
		sql = xasprintf("SELECT count(*) FROM %s.findings f WHERE "
		    "f.status = 'open' AND f.table_name = $1 AND f.check_name "
		    "NOT IN ('report_undelivered', 'quarantine_refused', "
		    "'merge_refused', 'normalize_refused') AND NOT EXISTS "
		    "(SELECT 1 FROM pg_temp.finding_stage st WHERE f.check_name "
		    "= st.check_name AND f.record_key = st.record_key AND "
		    "f.field = st.field)", s);
		r = db_query(conn, cause, sql, 1, p);
		free(sql);
		if (r == NULL) {
			buf_free(&b);
			return -1;
		}
		res->resolved = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
		PQclear(r);
	}
	res->whatif = xstrndup(b.data != NULL ? b.data : "", b.len);
	buf_free(&b);
	return 0;
}

/* Start COPY FROM STDIN into a fresh temporary staging table. */
static int
stage_open(PGconn *conn, char **cause)
{
	PGresult	*r;
	char		*err;

	if (db_exec(conn, cause, "CREATE TEMP TABLE finding_stage ("
	    "check_name text, record_key text, field text, severity text, "
	    "jurisdiction text, detail text)", 0, NULL) != 0)
		return -1;
	r = PQexec(conn, "COPY pg_temp.finding_stage FROM STDIN");
	if (PQresultStatus(r) != PGRES_COPY_IN) {
		err = db_error(conn);
		*cause = xasprintf("staging findings: %s", err);
		free(err);
		PQclear(r);
		return -1;
	}
	PQclear(r);
	return 0;
}

static int
stage_close(PGconn *conn, char **cause)
{
	PGresult	*r;
	char		*err;
	int		 rc = 0;

	if (PQputCopyEnd(conn, NULL) != 1)
		rc = -1;
	while ((r = PQgetResult(conn)) != NULL) {
		if (PQresultStatus(r) != PGRES_COMMAND_OK)
			rc = -1;
		PQclear(r);
	}
	if (rc != 0) {
		err = db_error(conn);
		*cause = xasprintf("staging findings: %s", err);
		free(err);
	}
	return rc;
}

/*
 * The key and the fields the rules read, nothing else, as a select list;
 * map[f] is the column of field f in it, or -1.  Returns the count.
 */
static int
select_list(PGconn *in, const struct conf *cf, const struct ruleset *rs,
    unsigned extra, struct buf *q, int *map, const enum copybin_kind *kinds)
{
	char	*col;
	int	 f, nf = 1;

	col = db_ident(in, cf->key);
	buf_printf(q, "%s%s", col, kinds != NULL && kinds[0] == CB_CAST ?
	    "::text" : "");
	free(col);
	for (f = 0; f < FIELD_MAX; f++) {
		map[f] = -1;
		if (!((rs->fields | extra) & (1u << f)) ||
		    cf->columns[f] == NULL)
			continue;
		col = db_ident(in, cf->columns[f]);
		buf_printf(q, ", %s%s", col, kinds != NULL &&
		    kinds[nf] == CB_CAST ? "::text" : "");
		free(col);
		map[f] = nf++;
	}
	return nf;
}

/*
 * The binary COPY kind of each column select_list gave map for, by its
 * type (a domain is cast to text).  0, or -1 with *cause set.
 */
static int
column_kinds(PGconn *in, const struct conf *cf, const char *table,
    const int *map, enum copybin_kind *kinds, char **cause)
{
	PGresult	*r;
	const char	*params[1] = { table };
	const char	*name;
	int		 f, i;

	r = db_query(in, cause, "SELECT a.attname, a.atttypid FROM "
	    "pg_attribute a WHERE a.attrelid = to_regclass($1) AND a.attnum > "
	    "0 AND NOT a.attisdropped", 1, params);
	if (r == NULL)
		return -1;
	for (f = -1; f < FIELD_MAX; f++) {
		if (f >= 0 && map[f] == -1)
			continue;
		name = f == -1 ? cf->key : cf->columns[f];
		kinds[f == -1 ? 0 : map[f]] = CB_CAST;
		for (i = 0; i < PQntuples(r); i++)
			if (strcmp(PQgetvalue(r, i, 0), name) == 0)
				kinds[f == -1 ? 0 : map[f]] = copybin_kind(
				    (unsigned)strtoul(PQgetvalue(r, i, 1),
				    NULL, 10));
	}
	PQclear(r);
	return 0;
}

/* A consistent snapshot to read from, and when it was taken. */
static int
snapshot_begin(PGconn *in, char *at, size_t len, char **cause)
{
	PGresult	*r;

	if (db_exec(in, cause, "BEGIN ISOLATION LEVEL REPEATABLE READ READ "
	    "ONLY", 0, NULL) != 0)
		return -1;
	/* now() is the transaction's start, no later than the snapshot. */
	if ((r = db_query(in, cause, "SELECT now()", 0, NULL)) == NULL)
		return -1;
	snprintf(at, len, "%s", PQgetvalue(r, 0, 0));
	PQclear(r);
	return 0;
}

/*
 * Stream the whole table, or the rows of range (a condition on ctid: a
 * parallel worker's share), through the rules.  Returns rows read, or -1.
 *
 * In COPY's binary format (see copybin.h) unless STEWARD_COPY=text asks
 * for the text format, which the tests compare it with.
 */
static long long
stream_copy(PGconn *in, const struct conf *cf, const char *table,
    const char *range, struct ruleset *rs, struct scan_ctx *sc, char **cause)
{
	struct field_value	 vals[FIELD_MAX + 1];
	enum copybin_kind	 kinds[FIELD_MAX + 1];
	struct copybin		 cb;
	struct record		 rec;
	struct buf		 q;
	PGresult		*r;
	const char		*fmt = getenv("STEWARD_COPY");
	char			*line, *err = NULL;
	unsigned		 extra = sc->mx != NULL ? 1u << FIELD_EMAIL : 0;
	int			 map[FIELD_MAX], n, f, nf, bin;
	long long		 rows = 0;

	bin = fmt == NULL || strcmp(fmt, "text") != 0;
	copybin_init(&cb);
	buf_init(&q);
	if (bin) {
		/* The columns first, to know their types. */
		select_list(in, cf, rs, extra, &q, map, NULL);
		buf_reset(&q);
		if (column_kinds(in, cf, table, map, kinds, cause) != 0) {
			buf_free(&q);
			return -1;
		}
	}
	buf_adds(&q, "COPY (SELECT ");
	nf = select_list(in, cf, rs, extra, &q, map, bin ? kinds : NULL);
	buf_printf(&q, " FROM %s", table);
	if (range != NULL)
		buf_printf(&q, " WHERE %s", range);
	scan_quarantine_filter(in, cf, &q, range != NULL ? "AND" : "WHERE");
	buf_printf(&q, ") TO STDOUT%s", bin ? " (FORMAT binary)" : "");
	if (bin) {
		int cast = 0;

		for (f = 0; f < nf; f++)
			cast += kinds[f] == CB_CAST;
		log_debug("scan: reading %d columns in binary, %d of them "
		    "cast to text", nf, cast);
	} else
		log_debug("scan: reading %d columns in text", nf);
	r = PQexec(in, q.data);
	buf_free(&q);
	if (PQresultStatus(r) != PGRES_COPY_OUT) {
		err = db_error(in);
		*cause = xasprintf("reading %s: %s", table, err);
		free(err);
		PQclear(r);
		return -1;
	}
	PQclear(r);

	while ((n = PQgetCopyData(in, &line, 0)) > 0) {
		if (bin)
			n = copybin_row(&cb, line, (size_t)n, kinds, vals,
			    (size_t)nf, &err);
		else if (copy_split(line, (size_t)n, vals, (size_t)nf) != nf)
			err = xstrdup("an unexpected number of columns");
		if (err != NULL) {
			PQfreemem(line);
			*cause = xasprintf("reading %s: row %lld: %s", table,
			    rows + 1, err);
			free(err);
			goto drain;
		}
		if (bin && n == 0) {
			/* The trailer. */
			PQfreemem(line);
			continue;
		}
		memset(&rec, 0, sizeof rec);
		for (f = 0; f < FIELD_MAX; f++)
			if (map[f] != -1)
				rec.f[f] = vals[map[f]];
		rec.key = vals[0].data;
		rec.keylen = vals[0].len;
		judge(sc, &rec);
		PQfreemem(line);
		rows++;
		if (sc->failed) {
			*cause = xstrdup(sc->cause);
			goto drain;
		}
	}
	copybin_free(&cb);
	if (n == -2) {
		err = db_error(in);
		*cause = xasprintf("reading %s: %s", table, err);
		free(err);
		return -1;
	}
	r = PQgetResult(in);
	if (PQresultStatus(r) != PGRES_COMMAND_OK) {
		err = db_error(in);
		*cause = xasprintf("reading %s: %s", table, err);
		free(err);
		PQclear(r);
		return -1;
	}
	PQclear(r);
	while ((r = PQgetResult(in)) != NULL)
		PQclear(r);
	return rows;
drain:
	copybin_free(&cb);
	/* Stop the COPY by dropping the connection: the caller finishes it. */
	return -1;
}

struct par_arg {
	const struct conf	*cf;
	struct ruleset		*rs;
	struct scan_ctx		*sc;
};

/* In a parallel worker (its own copy of everything): read a range. */
static int
par_stream(void *arg, PGconn *conn, const char *rel, const char *range,
    int fd, struct scanpar_tally *t, char **cause)
{
	struct par_arg		*pa = arg;
	struct scan_ctx		*sc = pa->sc;
	unsigned long long	 re0 = pa->rs->regex_errors;
	long long		 rows, f0 = sc->findings;

	sc->out = NULL;
	sc->fd = fd;
	sc->jur_rows = t->jur_rows;
	if ((rows = stream_copy(conn, pa->cf, rel, range, pa->rs, sc,
	    cause)) < 0)
		return -1;
	if (flush_batch(sc) != 0) {
		*cause = xstrdup(sc->cause);
		return -1;
	}
	t->rows += rows;
	t->findings += sc->findings - f0;
	t->regex_errors += pa->rs->regex_errors - re0;
	return 0;
}

/*
 * scan { parallel N }: rows read on N connections in in's snapshot, their
 * findings staged on out; -1 on error, -2 when the table cannot be split.
 */
static long long
stream_parallel(PGconn *in, PGconn *out, const struct conf *cf,
    const char *table, struct ruleset *rs, struct scan_ctx *sc, size_t njur,
    char **cause)
{
	struct scanpar_tally	 t;
	struct par_arg		 pa = { cf, rs, sc };
	int			 rc;

	memset(&t, 0, sizeof t);
	t.jur_rows = sc->jur_rows;
	t.njur = njur;
	/* What the coordinator holds goes out before the workers' batches. */
	if (flush_batch(sc) != 0) {
		*cause = xstrdup(sc->cause);
		return -1;
	}
	/* in waits idle in its transaction while the workers read. */
	if (db_exec(in, cause, "SET LOCAL idle_in_transaction_session_timeout "
	    "= 0", 0, NULL) != 0)
		return -1;
	rc = scanpar_run(cf, in, out, table, cf->parallel, par_stream, &pa, &t,
	    cause);
	if (rc == 1) {
		log_info("scan: %s cannot be split by pages; it is read on one "
		    "connection", table);
		return -2;
	}
	if (rc != 0)
		return -1;
	log_debug("scan: %lld rows read by %d workers", t.rows, t.workers);
	sc->findings += t.findings;
	rs->regex_errors += t.regex_errors;
	return t.rows;
}

/*
 * Where a standby's replay stood before the snapshot was taken: its LSN
 * and the commit time of the last transaction replayed, which the scan
 * records as its snapshot (the snapshot holds at least that).  0 with
 * both set, 1 on a primary, -1 on error.
 */
static int
standby_position(PGconn *in, char *lsn, size_t lsnlen, char *at,
    size_t atlen, char **cause)
{
	PGresult	*r;
	int		 rc = 1;

	if ((r = db_query(in, cause, "SELECT pg_is_in_recovery(), "
	    "pg_last_wal_replay_lsn(), coalesce(pg_last_xact_replay_timestamp()"
	    ", '-infinity'), coalesce(extract(epoch FROM now() - "
	    "pg_last_xact_replay_timestamp())::int, -1)", 0, NULL)) == NULL)
		return -1;
	if (strcmp(PQgetvalue(r, 0, 0), "t") == 0) {
		snprintf(lsn, lsnlen, "%s", PQgetvalue(r, 0, 1));
		snprintf(at, atlen, "%s", PQgetvalue(r, 0, 2));
		log_info("scan: reading from a standby replayed to %s, its last "
		    "commit %s (%s s ago)", lsn, at, PQgetvalue(r, 0, 3));
		rc = 0;
	}
	PQclear(r);
	return rc;
}

/* {"a","b\"c"}: keys as a PostgreSQL array literal, for one parameter. */
static void
key_array(struct buf *b, char *const *keys, size_t n)
{
	const char	*p;
	size_t		 i;

	buf_addc(b, '{');
	for (i = 0; i < n; i++) {
		buf_adds(b, i ? ",\"" : "\"");
		for (p = keys[i]; *p != '\0'; p++) {
			if (*p == '"' || *p == '\\')
				buf_addc(b, '\\');
			buf_addc(b, *p);
		}
		buf_addc(b, '"');
	}
	buf_addc(b, '}');
}

/*
 * Stream part of the table through the rules: rows changed since since
 * (SCAN_INCREMENTAL) or with the scope's keys.  Returns rows read, or -1.
 */
static long long
stream_cursor(PGconn *in, const struct conf *cf, const char *table,
    const struct scan_scope *scope, const char *since, struct ruleset *rs,
    struct scan_ctx *sc, char **cause)
{
	struct record	 rec;
	struct buf	 q, arg;
	PGresult	*r;
	const char	*params[1];
	char		*col;
	int		 map[FIELD_MAX], i, n, f, got;
	long long	 rows = 0;

	buf_init(&q);
	buf_init(&arg);
	buf_adds(&q, "DECLARE steward_scan NO SCROLL CURSOR FOR SELECT ");
	/* The duplicates rules' fields too, to probe the changed rows. */
	select_list(in, cf, rs, dupscan_cache_fields(sc->cache, table, rs) |
	    (sc->mx != NULL ? 1u << FIELD_EMAIL : 0), &q, map, NULL);
	if (scope->kind == SCAN_INCREMENTAL) {
		col = db_ident(in, cf->columns[FIELD_UPDATED_AT]);
		buf_printf(&q, " FROM %s WHERE %s >= $1::timestamptz", table,
		    col);
		scan_quarantine_filter(in, cf, &q, "AND");
		params[0] = since;
	} else {
		/* The array takes the key column's type from the comparison. */
		col = db_ident(in, cf->key);
		buf_printf(&q, " FROM %s WHERE %s = ANY ($1)", table, col);
		scan_quarantine_filter(in, cf, &q, "AND");
		key_array(&arg, scope->keys, scope->nkeys);
		params[0] = arg.data;
	}
	free(col);
	i = db_exec(in, cause, q.data, 1, params);
	buf_free(&q);
	buf_free(&arg);
	if (i != 0)
		return -1;
	do {
		if ((r = db_query(in, cause, "FETCH " SCAN_FETCH " FROM "
		    "steward_scan", 0, NULL)) == NULL)
			return -1;
		got = PQntuples(r);
		for (i = 0; i < got; i++) {
			memset(&rec, 0, sizeof rec);
			for (f = 0; f < FIELD_MAX; f++) {
				if (map[f] == -1)
					continue;
				n = map[f];
				if (!PQgetisnull(r, i, n)) {
					rec.f[f].data = PQgetvalue(r, i, n);
					rec.f[f].len = (size_t)PQgetlength(r,
					    i, n);
				}
			}
			if (!PQgetisnull(r, i, 0)) {
				rec.key = PQgetvalue(r, i, 0);
				rec.keylen = (size_t)PQgetlength(r, i, 0);
			}
			judge(sc, &rec);
			dupscan_probe(sc->cache, table, rs, &rec, on_dup, sc);
			rows++;
		}
		PQclear(r);
		if (sc->failed) {
			*cause = xstrdup(sc->cause);
			return -1;
		}
	} while (got > 0);
	return rows;
}

/*
 * Where an incremental scan starts: the snapshot of the last full or
 * incremental run of table, less SCAN_OVERLAP.  0 and *since set, 1 when
 * there is none (scan it all), -1 on error.
 */
static int
last_snapshot(PGconn *conn, const char *schema, const char *table,
    char **since, char **cause)
{
	PGresult	*r;
	const char	*params[1] = { table };
	char		*sql;
	int		 rc = 1;

	sql = xasprintf("SELECT snapshot_at - make_interval(secs => %d) FROM "
	    "%s.runs WHERE table_name = $1 AND status = 'done' AND kind IN "
	    "('full', 'incremental') AND snapshot_at IS NOT NULL ORDER BY id "
	    "DESC LIMIT 1", SCAN_OVERLAP, schema);
	r = db_query(conn, cause, sql, 1, params);
	free(sql);
	if (r == NULL)
		return -1;
	if (PQntuples(r) == 1) {
		*since = xstrdup(PQgetvalue(r, 0, 0));
		rc = 0;
	}
	PQclear(r);
	return rc;
}

const char *
scan_kind_name(enum scan_kind k)
{
	switch (k) {
	case SCAN_INCREMENTAL:
		return "incremental";
	case SCAN_KEYS:
		return "keys";
	default:
		return "full";
	}
}

int
scan_run(const struct conf *cf, struct ruleset *rs, long long as_of,
    const struct scan_scope *scope, struct scan_result *res, char **cause)
{
	struct scan_scope full = { SCAN_FULL, NULL, 0, NULL, 0 };
	PGconn		*in = NULL, *out = NULL;
	PGresult	*r = NULL;
	struct scan_ctx	 sc;
	char		*schema = NULL, *table = NULL, *sql = NULL, *lock = NULL;
	char		*err = NULL, *since = NULL;
	char		 id[32], as_of_s[32], clock_err[256], snap[64];
	char		 taken[32], proposed[32], lsn[32], replayed[64];
	unsigned long long regex_errors;
	const char	*params[4];
	double		 t0 = now_seconds();
	long long	 rows;
	int		 rc = -1, cfgerr = 0, sim, standby;

	if (scope == NULL)
		scope = &full;
	sim = scope->simulate;
	full.dups = scope->dups;
	memset(res, 0, sizeof *res);
	memset(&sc, 0, sizeof sc);
	res->kind = scope->kind;
	buf_init(&sc.batch);
	buf_init(&sc.dups);
	sc.fd = -1;
	sc.rs = rs;
	res->njur = rs->njurs + 1;
	res->jur_rows = sc.jur_rows = xcalloc(res->njur, sizeof *res->jur_rows);
	rule_ref(rs);
	regex_errors = rs->regex_errors;
	if (as_of == 0)
		as_of = (long long)time(NULL);
	if (rule_set_clock(rs, as_of, clock_err, sizeof clock_err) != 0) {
		*cause = xstrdup(clock_err);
		res->config_error = 1;
		goto out;
	}
	snprintf(as_of_s, sizeof as_of_s, "%lld", as_of);
	/*
	 * out is the primary: runs, findings, the scan lock, actions.  The
	 * rows are read on in, which scan_conninfo may point at a standby;
	 * the primary's catalog says what the table is.
	 */
	if ((out = db_connect(cf, cause)) == NULL ||
	    db_migrate(out, cf->schema, cause) < 0)
		goto out;
	schema = db_ident(out, cf->schema);
	if (scope->kind == SCAN_INCREMENTAL &&
	    cf->columns[FIELD_UPDATED_AT] == NULL) {
		*cause = xstrdup("an incremental scan needs the column of "
		    "updated_at: map it in customers { map { updated_at ... } }");
		res->config_error = 1;
		goto out;
	}
	if ((table = db_resolve_table(out, cf, cause)) == NULL ||
	    check_columns(out, cf, table, cause) != 0) {
		res->config_error = 1;
		goto out;
	}
	res->table = xstrdup(table);

	/*
	 * Never two scans of one table at once.  The lock is held by the
	 * connection that merges, so it lasts until the merge is committed.
	 */
	lock = xasprintf("steward.scan:%s", table);
	params[0] = lock;
	if ((r = db_query(out, cause, "SELECT pg_try_advisory_lock("
	    "hashtext($1))", 1, params)) == NULL)
		goto out;
	if (strcmp(PQgetvalue(r, 0, 0), "t") != 0) {
		*cause = xasprintf("another scan of %s is running; try again "
		    "when it has finished", table);
		goto out;
	}
	PQclear(r);
	r = NULL;

	/* Holding the lock, a run still 'running' died with its scan. */
	params[0] = table;
	sql = xasprintf("UPDATE %s.runs SET status = 'failed', finished_at = "
	    "now(), error = 'abandoned: the scan ended before it finished' "
	    "WHERE table_name = $1 AND status = 'running'", schema);
	if (db_exec(out, cause, sql, 1, params) != 0)
		goto out;
	XFREE(sql);

	/*
	 * A what-if run lives in one transaction that is rolled back: its
	 * run, findings and duplicates never existed for the lifecycle, the
	 * reports or the trend.
	 */
	if (sim && db_exec(out, cause, "BEGIN", 0, NULL) != 0)
		goto out;

	/* The first incremental scan of a table reads all of it. */
	if (scope->kind == SCAN_INCREMENTAL) {
		if ((rc = last_snapshot(out, schema, table, &since, cause)) < 0) {
			rc = -1;
			goto out;
		}
		if (rc == 1) {
			log_info("no earlier scan of %s to start from: this "
			    "incremental scan reads every row", table);
			scope = &full;
			res->kind = SCAN_FULL;
		}
		rc = -1;
	}
	sc.partial = scope->kind != SCAN_FULL;
	sc.cache = sc.partial ? scope->dups : NULL;

	params[1] = conf_mode_name(cf->mode);
	params[2] = PACKAGE_VERSION;
	params[3] = as_of_s;
	sql = xasprintf("INSERT INTO %s.runs (kind, table_name, mode, "
	    "steward_version, as_of) VALUES ('%s', $1, $2, $3, "
	    "to_timestamp($4::bigint)) RETURNING id", schema,
	    scan_kind_name(scope->kind));
	if ((r = db_query(out, cause, sql, 4, params)) == NULL)
		goto out;
	res->run_id = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	snprintf(id, sizeof id, "%lld", res->run_id);
	PQclear(r);
	r = NULL;

	/*
	 * A standby that cannot be reached fails the run, recorded.  The keys
	 * a trigger notified are read on the primary: they changed a moment
	 * ago, and the standby may not have replayed the change yet.
	 */
	if ((in = scope->kind == SCAN_KEYS ? db_connect(cf, cause) :
	    db_connect_scan(cf, cause)) == NULL ||
	    (standby = standby_position(in, lsn, sizeof lsn, replayed,
	    sizeof replayed, cause)) < 0)
		goto fail;
	if (standby == 0) {
		params[0] = id;
		params[1] = lsn;
		free(sql);
		sql = xasprintf("UPDATE %s.runs SET snapshot_lsn = $2 WHERE id "
		    "= $1", schema);
		if (db_exec(out, cause, sql, 2, params) != 0)
			goto fail;
	}
	if (stage_open(out, cause) != 0)
		goto fail;
	sc.out = out;
	if (snapshot_begin(in, snap, sizeof snap, cause) != 0)
		goto fail;
	/*
	 * On a standby now() is not what the snapshot holds: what was
	 * replayed is.  The next incremental scan starts from there.
	 */
	if (standby == 0)
		snprintf(snap, sizeof snap, "%s", replayed);
	if (cf->mx_check && cf->columns[FIELD_EMAIL] != NULL) {
		char mxerr[256];

		if ((sc.mx = mx_new(cf, mxerr, sizeof mxerr)) == NULL) {
			*cause = xasprintf("mx lookups: %s", mxerr);
			res->config_error = 1;
			goto fail;
		}
		if (mx_load(sc.mx, in, schema, cause) != 0)
			goto fail;
	}
	rows = -2;
	if (scope->kind == SCAN_FULL && cf->parallel > 1 && sc.mx != NULL)
		log_info("scan: with mx_check the rows are read on one "
		    "connection; parallel %d does not apply", cf->parallel);
	else if (scope->kind == SCAN_FULL && cf->parallel > 1)
		rows = stream_parallel(in, out, cf, table, rs, &sc, res->njur,
		    cause);
	if (rows == -2)
		rows = scope->kind == SCAN_FULL ?
		    stream_copy(in, cf, table, NULL, rs, &sc, cause) :
		    stream_cursor(in, cf, table, scope, since, rs, &sc, cause);
	if (rows < 0)
		goto fail;
	/* Duplicates need every record: full scans only, same snapshot. */
	sc.run = id;
	if (scope->kind == SCAN_FULL && rs->ndups > 0) {
		if (dupscan_run(in, cf, table, rs, scope->dups, on_dup, &sc,
		    &cfgerr, cause) != 0) {
			res->config_error = cfgerr;
			goto fail;
		}
		log_debug("scan: duplicates found at %.3fs", now_seconds() - t0);
	}
	/* Domains not in the cache: look them up now, not per row. */
	if (sc.mx != NULL && mx_resolve(sc.mx, cause) > 0 &&
	    scope->kind == SCAN_FULL && mx_late(in, cf, table, &sc, cause) != 0)
		goto fail;
	if (db_exec(in, cause, "COMMIT", 0, NULL) != 0)
		goto fail;
	log_debug("scan: streamed %lld rows in %.3fs, %lld findings staged",
	    rows, now_seconds() - t0, sc.findings);
	if (flush_batch(&sc) != 0) {
		*cause = xstrdup(sc.cause);
		goto fail;
	}
	if (stage_close(out, cause) != 0 ||
	    store_dups(out, schema, &sc, cause) != 0 ||
	    (sc.mx != NULL && mx_store(sc.mx, out, schema, cause) != 0))
		goto fail;
	log_debug("scan: staging done at %.3fs", now_seconds() - t0);
	if (sim) {
		if (whatif(out, schema, table, sc.partial, res, cause) != 0 ||
		    db_exec(out, cause, "ROLLBACK", 0, NULL) != 0)
			goto out;
		res->rows = rows;
		res->staged = sc.findings;
		res->regex_errors = rs->regex_errors - regex_errors;
		res->seconds = now_seconds() - t0;
		rc = 0;
		goto out;
	}
	if (merge(out, schema, id, table, rows, snap, sc.partial,
	    sc.findings + (sc.partial ? rows : 0), rs, res, &err) != 0) {
		*cause = xasprintf("run %s: merging findings: %s", id, err);
		XFREE(err);
		goto fail;
	}
	log_debug("scan: merged at %.3fs", now_seconds() - t0);
	/* The findings stand even if acting on them fails. */
	if (act_run(out, cf, rs, schema, table, res->run_id, &res->acts,
	    cause) != 0 || nz_run(out, cf, rs, schema, table, res->run_id,
	    &res->acts, cause) != 0) {
		res->acts_failed = 1;
		log_warnx("run %s: actions stopped: %s", id, *cause);
	} else if (scope->kind == SCAN_FULL && mg_run(out, cf, rs, schema,
	    table, res->run_id, &res->merges, cause) != 0) {
		res->acts_failed = 1;
		log_warnx("run %s: merges stopped: %s", id, *cause);
	}
	snprintf(taken, sizeof taken, "%lld", res->acts.quarantined +
	    res->acts.erased + res->acts.normalized + res->merges.merges);
	snprintf(proposed, sizeof proposed, "%lld", res->acts.proposed +
	    res->merges.proposed);
	params[0] = id;
	params[1] = taken;
	params[2] = proposed;
	free(sql);
	sql = xasprintf("UPDATE %s.runs SET actions_taken = $2, "
	    "actions_proposed = $3 WHERE id = $1", schema);
	if (db_exec(out, &err, sql, 3, params) != 0) {
		log_warnx("run %s: %s", id, err);
		XFREE(err);
	}
	log_debug("scan: acted at %.3fs", now_seconds() - t0);
	res->rows = rows;
	res->staged = sc.findings;
	res->regex_errors = rs->regex_errors - regex_errors;
	res->seconds = now_seconds() - t0;
	rc = res->acts_failed ? -1 : 0;
	goto out;
fail:
	if (!sim)
		mark_failed(cf, schema, res->run_id, *cause);
out:
	PQclear(r);
	free(since);
	free(lock);
	free(sql);
	free(table);
	free(schema);
	free(sc.cause);
	mx_free(sc.mx);
	buf_free(&sc.batch);
	buf_free(&sc.dups);
	if (out != NULL)
		PQfinish(out);
	if (in != NULL)
		PQfinish(in);
	rule_unref(rs);
	return rc;
}

void
scan_result_free(struct scan_result *res)
{
	free(res->table);
	res->table = NULL;
	free(res->jur_rows);
	res->jur_rows = NULL;
	free(res->whatif);
	res->whatif = NULL;
}
