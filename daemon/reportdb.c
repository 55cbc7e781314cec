/*
 * reportdb.c -- gather one run's report for one jurisdiction from Steward's
 * schema.
 *
 * Everything comes from the findings as recorded (first_run, resolved_run),
 * so a past run's report reads the same today as on the day it ran.  Only
 * the sample values are read from the customer table as it is now: the
 * findings never hold personal data.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "daemon/conf.h"
#include "daemon/db.h"
#include "lib/record.h"
#include "lib/util.h"
#include "lib/format.h"
#include "daemon/reportdb.h"
#include "notifiers/report.h"

/* A finding is open after run $1 when it began by then and had not ended. */
#define OPEN_AT(r)	"first_run <= " r " AND (resolved_run IS NULL OR " \
			"resolved_run > " r ")"
/* ... and part of run $1's report when it was open or resolved by it. */
#define SEEN_AT(r)	"first_run <= " r " AND (resolved_run IS NULL OR " \
			"resolved_run >= " r ")"
#define IN_JUR		"($2::text IS NULL OR jurisdiction = $2)"
#define OPEN_AT_F(r)	"f.first_run <= " r " AND (f.resolved_run IS NULL OR " \
			"f.resolved_run > " r ")"

static char *
dup_value(PGresult *r, int row, int col)
{
	return xstrdup(PQgetvalue(r, row, col));
}

static long long
ll_value(PGresult *r, int row, int col)
{
	return strtoll(PQgetvalue(r, row, col), NULL, 10);
}

static int
load_run(PGconn *conn, const char *s, const char *const *p, struct report *rep,
    char **cause)
{
	PGresult	*r;
	char		*sql;

	sql = xasprintf("SELECT table_name, mode, status, "
	    "to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), "
	    "coalesce(to_char(finished_at AT TIME ZONE 'UTC', "
	    "'YYYY-MM-DD HH24:MI:SS'), ''), "
	    "CASE WHEN abs(extract(epoch FROM as_of - started_at)) < 60 THEN '' "
	    "ELSE coalesce(to_char(as_of AT TIME ZONE 'UTC', "
	    "'YYYY-MM-DD HH24:MI:SS'), '') END, "
	    "coalesce(rows_scanned, 0), coalesce(actions_taken, 0), "
	    "coalesce(actions_proposed, 0), "
	    "coalesce(as_of > started_at + interval '60 seconds', false) "
	    "FROM %s.runs WHERE id = $1 AND $2::text IS NOT DISTINCT FROM $2",
	    s);
	r = db_query(conn, cause, sql, 2, p);
	free(sql);
	if (r == NULL)
		return -1;
	if (PQntuples(r) == 0) {
		*cause = xasprintf("there is no run %s", p[0]);
		PQclear(r);
		return -1;
	}
	if (strcmp(PQgetvalue(r, 0, 2), "done") != 0) {
		*cause = xasprintf("run %s did not complete (status %s); it has "
		    "no report", p[0], PQgetvalue(r, 0, 2));
		PQclear(r);
		return -1;
	}
	rep->table = dup_value(r, 0, 0);
	rep->mode = dup_value(r, 0, 1);
	rep->started_at = xasprintf("%s UTC", PQgetvalue(r, 0, 3));
	rep->finished_at = PQgetlength(r, 0, 4) > 0 ?
	    xasprintf("%s UTC", PQgetvalue(r, 0, 4)) : xstrdup("");
	rep->as_of = PQgetlength(r, 0, 5) > 0 ?
	    xasprintf("%s UTC", PQgetvalue(r, 0, 5)) : xstrdup("");
	rep->records = ll_value(r, 0, 6);
	rep->actions_taken = ll_value(r, 0, 7);
	rep->actions_proposed = ll_value(r, 0, 8);
	rep->what_if = strcmp(PQgetvalue(r, 0, 9), "t") == 0;
	PQclear(r);
	return 0;
}

/* Records in scope and actions, for one jurisdiction. */
static int
load_scope(PGconn *conn, const char *s, const char *const *p,
    struct report *rep, char **cause)
{
	PGresult	*r;
	char		*sql;

	sql = xasprintf("SELECT coalesce((SELECT sum(records) FROM "
	    "%s.run_jurisdictions WHERE run_id = $1 AND jurisdiction = $2), 0), "
	    "(SELECT count(DISTINCT a.record_key) FROM %s.audit a WHERE "
	    "a.run_id = $1 AND a.action IN ('quarantine', 'erase') AND EXISTS "
	    "(SELECT 1 FROM %s.findings f WHERE f.table_name = a.table_name AND "
	    "f.record_key = a.record_key AND f.jurisdiction = $2))", s, s, s);
	r = db_query(conn, cause, sql, 2, p);
	free(sql);
	if (r == NULL)
		return -1;
	rep->records = ll_value(r, 0, 0);
	rep->actions_taken = ll_value(r, 0, 1);
	rep->actions_proposed = 0;	/* load_checks, in a dry-run */
	PQclear(r);
	return 0;
}

static const char *
check_action(const struct conf *cf, const char *name)
{
	const struct ruleset	*rs = cf->rules;
	size_t			 i;

	for (i = 0; rs != NULL && i < rs->nchecks; i++) {
		if (strcmp(rs->checks[i].name, name) != 0)
			continue;
		switch (rs->checks[i].action) {
		case ACTION_QUARANTINE:
			return "quarantine";
		case ACTION_ERASE:
			return "erase";
		case ACTION_NORMALIZE:
			return "normalize";
		case ACTION_FLAG:
			return "";
		}
	}
	return "";
}

static int
load_checks(PGconn *conn, const struct conf *cf, const char *s,
    const char *const *p, struct report *rep, char **cause)
{
	PGresult		*r;
	struct report_check	*c;
	char			*sql;
	int			 i, proposals = rep->jurisdiction != NULL &&
				    strcmp(rep->mode, "dry-run") == 0 &&
				    strcmp(rep->jurisdiction, REPORT_ALL) != 0;

	/*
	 * Worst severity first, then most open.  The basis and the due
	 * date come from the details compliance findings write.
	 */
	sql = xasprintf("SELECT check_name, (ARRAY['info', 'warning', "
	    "'error', 'critical'])[max(CASE severity WHEN 'info' THEN 1 WHEN "
	    "'warning' THEN 2 WHEN 'error' THEN 3 ELSE 4 END)], "
	    "count(*) FILTER (WHERE first_run = $1), "
	    "count(*) FILTER (WHERE first_run < $1 AND (resolved_run IS NULL "
	    "OR resolved_run > $1)), "
	    "count(*) FILTER (WHERE resolved_run = $1), "
	    "count(DISTINCT record_key) FILTER (WHERE resolved_run IS NULL OR "
	    "resolved_run > $1), "
	    "coalesce(max(substring(detail FROM '; basis (.*)\\)"
	    "(?:: review recommended.*)?$')), ''), "
	    /*
	     * First seen and days open on the runs' own clock (as_of when
	     * STEWARD_NOW set one), as the deadlines are: a run judged as
	     * at another time never shows a negative age.
	     */
	    "coalesce((SELECT to_char(coalesce(as_of, started_at) AT TIME "
	    "ZONE 'UTC', 'YYYY-MM-DD') FROM %s.runs WHERE id = "
	    "min(first_run) FILTER "
	    "(WHERE resolved_run IS NULL OR resolved_run > $1)), ''), "
	    "coalesce((SELECT (coalesce(r1.as_of, r1.started_at) AT TIME ZONE "
	    "'UTC')::date - (coalesce(r0.as_of, r0.started_at) AT TIME "
	    "ZONE 'UTC')::date FROM "
	    "%s.runs r0, %s.runs r1 WHERE r1.id = $1 AND r0.id = "
	    "min(first_run) FILTER (WHERE resolved_run IS NULL OR "
	    "resolved_run > $1)), 0), "
	    "coalesce(min(substring(detail FROM 'due ([0-9]{4}-[0-9]{2}-"
	    "[0-9]{2})')) FILTER (WHERE resolved_run IS NULL OR resolved_run "
	    "> $1), ''), "
	    "count(*) FILTER (WHERE (resolved_run IS NULL OR resolved_run > "
	    "$1) AND substring(detail FROM 'due ([0-9]{4}-[0-9]{2}-[0-9]{2})')"
	    "::date < (SELECT (coalesce(as_of, started_at) AT TIME ZONE "
	    "'UTC')::date FROM %s.runs WHERE id = $1)) "
	    "FROM %s.findings WHERE table_name = $3 AND " SEEN_AT("$1") " AND "
	    IN_JUR " GROUP BY check_name "
	    "ORDER BY max(CASE severity WHEN 'info' THEN 1 WHEN 'warning' "
	    "THEN 2 WHEN 'error' THEN 3 ELSE 4 END) DESC, "
	    "count(*) FILTER (WHERE resolved_run IS NULL OR "
	    "resolved_run > $1) DESC, check_name", s, s, s, s, s);
	r = db_query(conn, cause, sql, 3, p);
	free(sql);
	if (r == NULL)
		return -1;
	rep->nchecks = (size_t)PQntuples(r);
	rep->checks = xcalloc(rep->nchecks + 1, sizeof *rep->checks);
	if (proposals)
		rep->actions_proposed = 0;
	for (i = 0; i < PQntuples(r); i++) {
		c = &rep->checks[i];
		c->name = dup_value(r, i, 0);
		c->severity = dup_value(r, i, 1);
		c->action = xstrdup(check_action(cf, c->name));
		c->new_ = ll_value(r, i, 2);
		c->open = ll_value(r, i, 3);
		c->resolved = ll_value(r, i, 4);
		c->basis = dup_value(r, i, 6);
		c->first_seen = dup_value(r, i, 7);
		c->days_open = ll_value(r, i, 8);
		c->deadline = dup_value(r, i, 9);
		c->overdue = ll_value(r, i, 10);
		rep->findings_new += c->new_;
		rep->findings_open += c->open;
		rep->findings_resolved += c->resolved;
		/* What a dry-run would have done here, per check as act_run. */
		if (proposals && (strcmp(c->action, "quarantine") == 0 ||
		    strcmp(c->action, "erase") == 0))
			rep->actions_proposed += ll_value(r, i, 5);
	}
	PQclear(r);
	return 0;
}

/* The sample's value as the table holds it now, masked unless allowed. */
static char *
sample_value(PGconn *conn, const struct conf *cf, const char *table,
    const char *key, const char *field)
{
	PGresult	*r;
	struct buf	 b;
	char		*col, *kcol, *sql, *err = NULL, *v;
	const char	*p[1] = { key };
	int		 f;

	if ((f = field_lookup(field)) < 0 || cf->columns[f] == NULL)
		return xstrdup("");
	col = db_ident(conn, cf->columns[f]);
	kcol = db_ident(conn, cf->key);
	sql = xasprintf("SELECT %s::text FROM %s WHERE %s::text = $1", col,
	    table, kcol);
	r = db_query(conn, &err, sql, 1, p);
	free(sql);
	free(col);
	free(kcol);
	if (r == NULL) {
		free(err);
		return xstrdup("(unreadable)");
	}
	if (PQntuples(r) == 0)
		v = xstrdup("(no longer in the table)");
	else if (PQgetisnull(r, 0, 0))
		v = xstrdup("(null)");
	else if (cf->clear_values)
		v = dup_value(r, 0, 0);
	else {
		buf_init(&b);
		fmt_mask(&b, PQgetvalue(r, 0, 0), (size_t)PQgetlength(r, 0, 0),
		    field);
		buf_addc(&b, '\0');
		v = b.data;
	}
	PQclear(r);
	return v;
}

static int
load_samples(PGconn *conn, const struct conf *cf, const char *s,
    const char *const *p, struct report *rep, char **cause)
{
	PGresult		*r;
	struct report_check	*c;
	struct report_sample	*sm;
	char			*sql, *table = NULL;
	const char		*q[4];
	size_t			 i;
	int			 j, rc = 0;

	/* Values only from the table this configuration names. */
	if ((table = db_resolve_table(conn, cf, cause)) == NULL)
		return -1;
	if (strcmp(table, rep->table) != 0) {
		free(table);
		return 0;
	}
	free(table);
	table = db_table(conn, cf);
	sql = xasprintf("SELECT record_key, field, detail FROM %s.findings "
	    "WHERE table_name = $3 AND check_name = $4 AND " OPEN_AT("$1")
	    " AND " IN_JUR " ORDER BY first_run DESC, id LIMIT %d", s,
	    REPORT_SAMPLES);
	q[0] = p[0];
	q[1] = p[1];
	q[2] = p[2];
	for (i = 0; i < rep->nchecks && rc == 0; i++) {
		c = &rep->checks[i];
		/* The top checks, and every check an officer must act on. */
		if (c->new_ + c->open == 0 || (i >= REPORT_TOP &&
		    strcmp(c->severity, "critical") != 0 &&
		    strcmp(c->severity, "error") != 0))
			continue;
		q[3] = c->name;
		if ((r = db_query(conn, cause, sql, 4, q)) == NULL) {
			rc = -1;
			break;
		}
		for (j = 0; j < PQntuples(r); j++) {
			sm = &c->samples[c->nsamples++];
			sm->key = dup_value(r, j, 0);
			sm->field = dup_value(r, j, 1);
			sm->detail = dup_value(r, j, 2);
			sm->value = sample_value(conn, cf, table, sm->key,
			    sm->field);
		}
		PQclear(r);
	}
	free(sql);
	free(table);
	return rc;
}

/*
 * Open findings per value of field f of the records (country, where the
 * records came from), read from the table as it is now.
 */
static int
load_group(PGconn *conn, const struct conf *cf, const char *s,
    const char *const *p, const struct report *rep, int f,
    struct report_group **out, size_t *nout, char **cause)
{
	PGresult	*r;
	char		*sql, *table, *col, *kcol;
	int		 i;

	*out = NULL;
	*nout = 0;
	if (cf->columns[f] == NULL)
		return 0;
	if ((table = db_resolve_table(conn, cf, cause)) == NULL)
		return -1;
	if (strcmp(table, rep->table) != 0) {
		free(table);
		return 0;
	}
	free(table);
	table = db_table(conn, cf);
	col = db_ident(conn, cf->columns[f]);
	kcol = db_ident(conn, cf->key);
	sql = xasprintf("SELECT coalesce(nullif(btrim(t.%s::text), ''), "
	    "'(none)'), count(*), count(DISTINCT f.record_key) FROM "
	    "%s.findings f LEFT JOIN %s t ON t.%s::text = f.record_key "
	    "WHERE f.table_name = $3 AND " OPEN_AT_F("$1") " AND "
	    "($2::text IS NULL OR f.jurisdiction = $2) GROUP BY 1 "
	    "ORDER BY 2 DESC, 1 LIMIT %d", col, s, table, kcol,
	    REPORT_GROUPS);
	free(table);
	free(col);
	free(kcol);
	r = db_query(conn, cause, sql, 3, p);
	free(sql);
	if (r == NULL)
		return -1;
	*out = xcalloc((size_t)PQntuples(r) + 1, sizeof **out);
	for (i = 0; i < PQntuples(r); i++) {
		(*out)[i].name = dup_value(r, i, 0);
		(*out)[i].findings = ll_value(r, i, 1);
		(*out)[i].records = ll_value(r, i, 2);
	}
	*nout = (size_t)PQntuples(r);
	PQclear(r);
	return 0;
}

static int
load_trend(PGconn *conn, const char *s, const char *const *p,
    struct report *rep, char **cause)
{
	PGresult		*r;
	struct report_point	*pt;
	char			*sql;
	int			 i, n;

	sql = xasprintf("SELECT r.id, to_char(r.started_at AT TIME ZONE 'UTC', "
	    "'YYYY-MM-DD'), CASE WHEN $2::text IS NULL THEN "
	    "coalesce(r.rows_scanned, 0) ELSE coalesce((SELECT sum(records) "
	    "FROM %s.run_jurisdictions WHERE run_id = r.id AND jurisdiction = "
	    "$2), 0) END, c.open, c.new, c.resolved FROM %s.runs r, LATERAL "
	    "(SELECT count(*) FILTER (WHERE resolved_run IS NULL OR "
	    "resolved_run > r.id) AS open, count(*) FILTER (WHERE first_run = "
	    "r.id) AS new, count(*) FILTER (WHERE resolved_run = r.id) AS "
	    "resolved FROM %s.findings f WHERE f.table_name = r.table_name AND "
	    "f.first_run <= r.id AND (f.resolved_run IS NULL OR f.resolved_run "
	    ">= r.id) AND ($2::text IS NULL OR f.jurisdiction = $2)) c "
	    "WHERE r.table_name = $3 AND r.status = 'done' AND r.id <= $1 "
	    "ORDER BY r.id DESC LIMIT %d", s, s, s, REPORT_TREND);
	r = db_query(conn, cause, sql, 3, p);
	free(sql);
	if (r == NULL)
		return -1;
	n = PQntuples(r);
	rep->trend = xcalloc((size_t)n + 1, sizeof *rep->trend);
	rep->ntrend = (size_t)n;
	for (i = 0; i < n; i++) {
		pt = &rep->trend[n - 1 - i];	/* oldest first */
		pt->run = ll_value(r, i, 0);
		snprintf(pt->date, sizeof pt->date, "%s", PQgetvalue(r, i, 1));
		pt->records = ll_value(r, i, 2);
		pt->open = ll_value(r, i, 3);
		pt->new_ = ll_value(r, i, 4);
		pt->resolved = ll_value(r, i, 5);
	}
	PQclear(r);
	return 0;
}

/*
 * Duplicate clusters waiting for a person: all of them, or those with a
 * member in the jurisdiction (a cluster can cross borders).
 */
static int
load_reviews(PGconn *conn, const char *s, const char *const *p,
    struct report *rep, char **cause)
{
	PGresult	*r;
	char		*sql;
	const char	*q[2] = { p[2], p[1] };

	sql = xasprintf("SELECT count(*) FROM %s.reviews v WHERE v.table_name "
	    "= $1 AND v.status = 'open' AND ($2::text IS NULL OR EXISTS "
	    "(SELECT 1 FROM %s.findings f WHERE f.table_name = v.table_name "
	    "AND f.check_name = 'duplicate' AND f.status = 'open' AND "
	    "f.record_key = ANY(v.keys) AND f.jurisdiction = $2))", s, s);
	r = db_query(conn, cause, sql, 2, q);
	free(sql);
	if (r == NULL)
		return -1;
	rep->review_queue = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	return 0;
}

int
report_load(PGconn *conn, const struct conf *cf, long long run,
    const char *jur, struct report *rep, char **cause)
{
	const struct ruleset	*rs = cf->rules;
	char			*s, id[32];
	const char		*p[3];
	size_t			 i;
	int			 all = strcmp(jur, REPORT_ALL) == 0, rc = -1;

	memset(rep, 0, sizeof *rep);
	rep->run = run;
	rep->jurisdiction = xstrdup(jur);
	rep->config_path = xstrdup(cf->path);
	rep->clear_values = cf->clear_values;
	rep->review_queue = -1;		/* no duplicates rule */
	rep->description = NULL;
	for (i = 0; rs != NULL && i < rs->njurs && !all; i++)
		if (strcmp(rs->jurs[i].name, jur) == 0 &&
		    rs->jurs[i].description != NULL)
			rep->description = xstrdup(rs->jurs[i].description);
	if (rep->description == NULL)
		rep->description = xstrdup(all ? "all jurisdictions" :
		    strcmp(jur, REPORT_UNASSIGNED) == 0 ? "records no "
		    "jurisdiction covers" : "");

	snprintf(id, sizeof id, "%lld", run);
	s = db_ident(conn, cf->schema);
	p[0] = id;
	p[1] = all ? NULL : jur;
	if (load_run(conn, s, p, rep, cause) != 0)
		goto out;
	p[2] = rep->table;
	if (!all && load_scope(conn, s, p, rep, cause) != 0)
		goto out;
	if (load_checks(conn, cf, s, p, rep, cause) != 0 ||
	    load_samples(conn, cf, s, p, rep, cause) != 0 ||
	    load_trend(conn, s, p, rep, cause) != 0)
		goto out;
	if (rs != NULL && rs->ndups > 0 &&
	    load_reviews(conn, s, p, rep, cause) != 0)
		goto out;
	rep->source_field = cf->columns[FIELD_CONSENT_SOURCE] != NULL ?
	    "consent_source" : "source";
	if (load_group(conn, cf, s, p, rep, FIELD_COUNTRY, &rep->countries,
	    &rep->ncountries, cause) != 0 ||
	    load_group(conn, cf, s, p, rep, cf->columns[FIELD_CONSENT_SOURCE] !=
	    NULL ? FIELD_CONSENT_SOURCE : FIELD_SOURCE, &rep->sources,
	    &rep->nsources, cause) != 0)
		goto out;
	rc = 0;
out:
	free(s);
	return rc;
}
