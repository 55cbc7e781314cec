/*
 * db.c -- connection, migrations and query helpers.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/db.h"
#include "lib/log.h"
#include "lib/util.h"

/*
 * Migrations, in order; entry i brings the schema from version i to i+1.
 * "@S" stands for Steward's quoted schema name.  Never edit a released
 * migration: add a new one.
 */
static const char *const migrations[] = {
	/* 1: runs, findings, audit */
	"CREATE TABLE @S.runs ("
	"  id bigserial PRIMARY KEY,"
	"  kind text NOT NULL,"
	"  table_name text NOT NULL,"
	"  mode text NOT NULL,"
	"  status text NOT NULL DEFAULT 'running'"
	"    CHECK (status IN ('running', 'done', 'failed')),"
	"  started_at timestamptz NOT NULL DEFAULT now(),"
	"  finished_at timestamptz,"
	"  rows_scanned bigint,"
	"  findings_total bigint,"
	"  findings_new bigint,"
	"  findings_resolved bigint,"
	"  error text,"
	"  steward_version text NOT NULL"
	");"
	"CREATE TABLE @S.findings ("
	"  id bigserial PRIMARY KEY,"
	"  table_name text NOT NULL,"
	"  check_name text NOT NULL,"
	"  record_key text NOT NULL,"
	"  field text NOT NULL DEFAULT '',"
	"  jurisdiction text NOT NULL DEFAULT '',"
	"  severity text NOT NULL"
	"    CHECK (severity IN ('info', 'warning', 'error', 'critical')),"
	"  detail text NOT NULL DEFAULT '',"
	"  status text NOT NULL DEFAULT 'open'"
	"    CHECK (status IN ('open', 'resolved')),"
	"  first_run bigint NOT NULL REFERENCES @S.runs(id),"
	"  resolved_run bigint REFERENCES @S.runs(id)"
	");"
	/* A finding keeps its identity while it stays open. */
	"CREATE UNIQUE INDEX findings_open_key ON @S.findings"
	"  (table_name, check_name, record_key, field) WHERE status = 'open';"
	"CREATE INDEX findings_first_run ON @S.findings (first_run);"
	"CREATE INDEX findings_resolved_run ON @S.findings (resolved_run);"
	"CREATE TABLE @S.audit ("
	"  id bigserial PRIMARY KEY,"
	"  at timestamptz NOT NULL DEFAULT now(),"
	"  run_id bigint REFERENCES @S.runs(id),"
	"  actor text NOT NULL,"
	"  action text NOT NULL,"
	"  rule text,"
	"  rule_source text,"
	"  record_key text,"
	"  before_image jsonb,"
	"  after_image jsonb,"
	"  detail text"
	");"
	"CREATE INDEX audit_record ON @S.audit (record_key);",
	/* 2: records per jurisdiction per run */
	"CREATE TABLE @S.run_jurisdictions ("
	"  run_id bigint NOT NULL REFERENCES @S.runs(id),"
	"  jurisdiction text NOT NULL,"
	"  records bigint NOT NULL,"
	"  PRIMARY KEY (run_id, jurisdiction)"
	");",
	/* 3: actions -- quarantine, the audit chain, the instant judged at */
	"ALTER TABLE @S.runs ADD COLUMN as_of timestamptz,"
	"  ADD COLUMN actions_taken bigint, ADD COLUMN actions_proposed bigint;"
	"ALTER TABLE @S.audit ADD COLUMN table_name text,"
	"  ADD COLUMN prev_hash bytea, ADD COLUMN hash bytea;"
	"CREATE INDEX audit_at ON @S.audit (at);"
	"CREATE TABLE @S.quarantine ("
	"  id bigserial PRIMARY KEY,"
	"  at timestamptz NOT NULL DEFAULT now(),"
	"  run_id bigint REFERENCES @S.runs(id),"
	"  table_name text NOT NULL,"
	"  record_key text NOT NULL,"
	"  mode text NOT NULL CHECK (mode IN ('move', 'flag')),"
	"  check_name text NOT NULL,"
	"  rule_source text,"
	"  image jsonb NOT NULL,"
	"  row_text text NOT NULL,"
	"  children jsonb NOT NULL DEFAULT '[]',"
	"  status text NOT NULL DEFAULT 'held'"
	"    CHECK (status IN ('held', 'released')),"
	"  released_at timestamptz,"
	"  released_by text"
	");"
	"CREATE UNIQUE INDEX quarantine_held ON @S.quarantine"
	"  (table_name, record_key) WHERE status = 'held';",
	/* 4: report delivery, one row per idempotency key */
	"CREATE TABLE @S.deliveries ("
	"  key text PRIMARY KEY,"
	"  run_id bigint NOT NULL REFERENCES @S.runs(id),"
	"  jurisdiction text NOT NULL,"
	"  channel text NOT NULL CHECK (channel IN ('mail', 'webhook')),"
	"  recipients text NOT NULL DEFAULT '',"
	"  status text NOT NULL DEFAULT 'spooled'"
	"    CHECK (status IN ('spooled', 'delivered', 'dead', 'dropped')),"
	"  spooled_at timestamptz NOT NULL DEFAULT now(),"
	"  delivered_at timestamptz,"
	"  attempts integer NOT NULL DEFAULT 0,"
	"  last_error text"
	");"
	"CREATE INDEX deliveries_run ON @S.deliveries (run_id);",
	/* 5: incremental scans start from the last run's snapshot */
	"ALTER TABLE @S.runs ADD COLUMN snapshot_at timestamptz;"
	"CREATE INDEX runs_table ON @S.runs (table_name, id);",
	/* 6: duplicate clusters, one row per member */
	"CREATE TABLE @S.duplicates ("
	"  run_id bigint NOT NULL REFERENCES @S.runs(id),"
	"  rule text NOT NULL,"
	"  cluster integer NOT NULL,"
	"  record_key text NOT NULL,"
	"  centre_key text NOT NULL,"
	"  score double precision NOT NULL,"
	"  decision text NOT NULL CHECK (decision IN ('merge', 'review')),"
	"  PRIMARY KEY (run_id, rule, record_key)"
	");",
	/*
	 * 7: merges with every row they touched (row text before and after),
	 * the review queue, and pairs a person said are not one customer.
	 */
	"CREATE TABLE @S.merges ("
	"  id bigserial PRIMARY KEY,"
	"  at timestamptz NOT NULL DEFAULT now(),"
	"  by text NOT NULL,"
	"  run_id bigint REFERENCES @S.runs(id),"
	"  table_name text NOT NULL,"
	"  rule text NOT NULL,"
	"  rule_source text,"
	"  survivor_key text NOT NULL,"
	"  loser_keys text[] NOT NULL,"
	"  rows jsonb NOT NULL,"
	"  status text NOT NULL DEFAULT 'merged'"
	"    CHECK (status IN ('merged', 'undone')),"
	"  undone_at timestamptz,"
	"  undone_by text"
	");"
	"CREATE TABLE @S.reviews ("
	"  id bigserial PRIMARY KEY,"
	"  table_name text NOT NULL,"
	"  rule text NOT NULL,"
	"  keys text[] NOT NULL,"
	"  keys_md5 text NOT NULL,"
	"  centre_key text NOT NULL,"
	"  score double precision NOT NULL,"
	"  status text NOT NULL DEFAULT 'open' CHECK (status IN"
	"    ('open', 'accepted', 'rejected', 'merged', 'gone')),"
	"  first_run bigint NOT NULL REFERENCES @S.runs(id),"
	"  last_run bigint NOT NULL REFERENCES @S.runs(id),"
	"  decided_at timestamptz,"
	"  decided_by text,"
	"  merge_id bigint REFERENCES @S.merges(id)"
	");"
	/* keys can be long (clusters over 50 records go to review). */
	"CREATE UNIQUE INDEX reviews_pending ON @S.reviews"
	"  (table_name, rule, keys_md5) WHERE status IN ('open', 'accepted');"
	"CREATE TABLE @S.not_duplicates ("
	"  table_name text NOT NULL,"
	"  key_a text NOT NULL,"
	"  key_b text NOT NULL,"
	"  at timestamptz NOT NULL DEFAULT now(),"
	"  by text NOT NULL,"
	"  why text NOT NULL,"
	"  PRIMARY KEY (table_name, key_a, key_b),"
	"  CHECK (key_a < key_b)"
	");",
	/* 8: values rewritten into their normal form, undoable */
	"CREATE TABLE @S.rewrites ("
	"  id bigserial PRIMARY KEY,"
	"  at timestamptz NOT NULL DEFAULT now(),"
	"  by text NOT NULL,"
	"  run_id bigint REFERENCES @S.runs(id),"
	"  table_name text NOT NULL,"
	"  record_key text NOT NULL,"
	"  check_name text NOT NULL,"
	"  rule_source text,"
	"  field text NOT NULL,"
	"  rows jsonb NOT NULL,"
	"  status text NOT NULL DEFAULT 'done'"
	"    CHECK (status IN ('done', 'undone')),"
	"  undone_at timestamptz,"
	"  undone_by text"
	");",
	/* 9: what DNS said of email domains (scan { mx_check yes }) */
	"CREATE TABLE @S.mx_cache ("
	"  domain text PRIMARY KEY,"
	"  status text NOT NULL,"
	"  checked_at timestamptz NOT NULL DEFAULT now()"
	");",
	/*
	 * 10: open findings counted per table and severity as they change,
	 * so that a scan reads its totals instead of counting a million
	 * open findings to merge a thousand.  Statement triggers with
	 * transition tables see every writer (scans, actions, deliveries);
	 * ORDER BY takes the counters' row locks in one order.  TRUNCATE is
	 * not counted: truncate open_counts with findings.
	 */
	"CREATE TABLE @S.open_counts ("
	"  table_name text NOT NULL,"
	"  severity text NOT NULL,"
	"  n bigint NOT NULL,"
	"  PRIMARY KEY (table_name, severity)"
	");"
	"INSERT INTO @S.open_counts SELECT table_name, severity, count(*)"
	"  FROM @S.findings WHERE status = 'open' GROUP BY 1, 2;"
	"CREATE FUNCTION @S.findings_count() RETURNS trigger"
	"  LANGUAGE plpgsql AS $body$ BEGIN"
	"  IF TG_OP = 'INSERT' THEN"
	"    INSERT INTO @S.open_counts AS c SELECT table_name, severity,"
	"      count(*) FROM new_rows WHERE status = 'open' GROUP BY 1, 2"
	"      ORDER BY 1, 2 ON CONFLICT (table_name, severity)"
	"      DO UPDATE SET n = c.n + EXCLUDED.n;"
	"  ELSIF TG_OP = 'UPDATE' THEN"
	"    INSERT INTO @S.open_counts AS c SELECT table_name, severity, sum(d)"
	"      FROM (SELECT table_name, severity, 1 AS d FROM new_rows"
	"      WHERE status = 'open' UNION ALL SELECT table_name, severity, -1"
	"      FROM old_rows WHERE status = 'open') u GROUP BY 1, 2"
	"      HAVING sum(d) <> 0 ORDER BY 1, 2"
	"      ON CONFLICT (table_name, severity)"
	"      DO UPDATE SET n = c.n + EXCLUDED.n;"
	"  ELSE"
	"    INSERT INTO @S.open_counts AS c SELECT table_name, severity,"
	"      -count(*) FROM old_rows WHERE status = 'open' GROUP BY 1, 2"
	"      ORDER BY 1, 2 ON CONFLICT (table_name, severity)"
	"      DO UPDATE SET n = c.n + EXCLUDED.n;"
	"  END IF;"
	"  RETURN NULL;"
	"END $body$;"
	"CREATE TRIGGER findings_count_insert AFTER INSERT ON @S.findings"
	"  REFERENCING NEW TABLE AS new_rows"
	"  FOR EACH STATEMENT EXECUTE PROCEDURE @S.findings_count();"
	"CREATE TRIGGER findings_count_update AFTER UPDATE ON @S.findings"
	"  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"
	"  FOR EACH STATEMENT EXECUTE PROCEDURE @S.findings_count();"
	"CREATE TRIGGER findings_count_delete AFTER DELETE ON @S.findings"
	"  REFERENCING OLD TABLE AS old_rows"
	"  FOR EACH STATEMENT EXECUTE PROCEDURE @S.findings_count();",
	/* 11: where a scan read from a standby, its replay position */
	"ALTER TABLE @S.runs ADD COLUMN snapshot_lsn pg_lsn;",
	/*
	 * 12: one change journal for every action on the customer's data
	 * (journal.h).  quarantine, rewrites and merges move into it and
	 * keep their names as views for one release; reviews point at the
	 * journal.  Each entry moved gets an audit record with the hash of
	 * each of its row images, so from now on its undo is checked like a
	 * new one's: the DO block holds frozen copies of AUDIT_CANON
	 * (audit.h) and JR_IMAGES (journal.h) as they are at version 12.
	 * Old entries do not say the key or flag column: "c" null and "s" ""
	 * stand for the configuration's (rowimage.h).
	 */
	"CREATE TABLE @S.changes ("
	"  id bigserial PRIMARY KEY,"
	"  at timestamptz NOT NULL DEFAULT now(),"
	"  by text NOT NULL,"
	"  kind text NOT NULL"
	"    CHECK (kind IN ('quarantine', 'erase', 'normalize', 'merge')),"
	"  run_id bigint REFERENCES @S.runs(id),"
	"  table_name text NOT NULL,"
	"  record_key text NOT NULL,"
	"  rule text NOT NULL,"
	"  rule_source text,"
	"  info jsonb NOT NULL DEFAULT '{}',"
	"  rows jsonb NOT NULL DEFAULT '[]',"
	"  status text NOT NULL DEFAULT 'done'"
	"    CHECK (status IN ('done', 'undone')),"
	"  undone_at timestamptz,"
	"  undone_by text,"
	"  legacy text"
	");"
	"CREATE UNIQUE INDEX changes_held ON @S.changes (table_name, record_key)"
	"  WHERE kind = 'quarantine' AND status = 'done';"
	"CREATE INDEX changes_run ON @S.changes (run_id);"
	"ALTER TABLE @S.audit ADD COLUMN change_id bigint,"
	"  ADD COLUMN images text;"
	"CREATE INDEX audit_change ON @S.audit (change_id);"
	"INSERT INTO @S.changes (at, by, kind, run_id, table_name, record_key,"
	"  rule, rule_source, info, rows, status, undone_at, undone_by, legacy)"
	"  SELECT at, by, kind, run_id, table_name, record_key, rule,"
	"  rule_source, info, rows, status, undone_at, undone_by, legacy FROM ("
	"  SELECT q.at, 1 AS k, q.id AS o_id, coalesce((SELECT a.actor"
	"    FROM @S.audit a WHERE a.action = 'quarantine' AND"
	"    a.record_key = q.record_key AND a.detail ~"
	"    ('quarantine #' || q.id || '($|,)') ORDER BY a.id LIMIT 1),"
	"    'unknown') AS by, 'quarantine' AS kind, q.run_id, q.table_name,"
	"    q.record_key, q.check_name AS rule, q.rule_source,"
	"    jsonb_build_object('mode', q.mode) AS info,"
	"    (SELECT coalesce(jsonb_agg(jsonb_build_object('t',"
	"      ch.c->>'table', 'c', NULL, 'v', q.record_key, 'b', r.x, 'a',"
	"      NULL) ORDER BY ch.o, r.o), '[]') FROM"
	"      jsonb_array_elements(q.children) WITH ORDINALITY ch(c, o),"
	"      jsonb_array_elements_text(ch.c->'rows') WITH ORDINALITY r(x, o))"
	"    || jsonb_build_array(jsonb_build_object('t', q.table_name, 'c',"
	"      NULL, 'v', q.record_key, 'b', q.row_text, 'a', NULL, 'j',"
	"      q.image) || CASE WHEN q.mode = 'flag' THEN '{\"s\": \"\"}'"
	"      ELSE '{}' END::jsonb) AS rows,"
	"    CASE q.status WHEN 'held' THEN 'done' ELSE 'undone' END AS status,"
	"    q.released_at AS undone_at, q.released_by AS undone_by,"
	"    'quarantine entry ' || q.id AS legacy FROM @S.quarantine q"
	"  UNION ALL SELECT w.at, 2, w.id, w.by, 'normalize', w.run_id,"
	"    w.table_name, w.record_key, w.check_name, w.rule_source,"
	"    jsonb_build_object('field', w.field), w.rows, w.status,"
	"    w.undone_at, w.undone_by, 'rewrite ' || w.id FROM @S.rewrites w"
	"  UNION ALL SELECT m.at, 3, m.id, m.by, 'merge', m.run_id,"
	"    m.table_name, m.survivor_key, m.rule, m.rule_source,"
	"    jsonb_build_object('losers', to_jsonb(m.loser_keys)), m.rows,"
	"    CASE m.status WHEN 'merged' THEN 'done' ELSE 'undone' END,"
	"    m.undone_at, m.undone_by, 'merge ' || m.id FROM @S.merges m"
	"  ) c ORDER BY at, k, o_id;"
	"ALTER TABLE @S.reviews DROP CONSTRAINT reviews_merge_id_fkey;"
	"UPDATE @S.reviews r SET merge_id = c.id FROM @S.changes c"
	"  WHERE c.legacy = 'merge ' || r.merge_id;"
	"ALTER TABLE @S.reviews ADD CONSTRAINT reviews_merge_id_fkey"
	"  FOREIGN KEY (merge_id) REFERENCES @S.changes(id);"
	"DROP TABLE @S.quarantine, @S.rewrites, @S.merges;"
	"CREATE VIEW @S.quarantine AS SELECT id, at, run_id, table_name,"
	"  record_key, info->>'mode' AS mode, rule AS check_name, rule_source,"
	"  rows -> -1 -> 'j' AS image, rows -> -1 ->> 'b' AS row_text,"
	"  rows - (-1) AS children, CASE status WHEN 'done' THEN 'held'"
	"  ELSE 'released' END AS status, undone_at AS released_at,"
	"  undone_by AS released_by FROM @S.changes WHERE kind = 'quarantine';"
	"CREATE VIEW @S.rewrites AS SELECT id, at, by, run_id, table_name,"
	"  record_key, rule AS check_name, rule_source, info->>'field' AS field,"
	"  rows, status, undone_at, undone_by FROM @S.changes"
	"  WHERE kind = 'normalize';"
	"CREATE VIEW @S.merges AS SELECT id, at, by, run_id, table_name, rule,"
	"  rule_source, record_key AS survivor_key, ARRAY(SELECT"
	"  jsonb_array_elements_text(info->'losers')) AS loser_keys, rows,"
	"  CASE status WHEN 'done' THEN 'merged' ELSE 'undone' END AS status,"
	"  undone_at, undone_by FROM @S.changes WHERE kind = 'merge';"
	"DO $carry$ DECLARE c record; n bigint; BEGIN"
	"  PERFORM pg_advisory_xact_lock(hashtext('steward.audit'));"
	"  FOR c IN SELECT * FROM @S.changes ORDER BY id LOOP"
	"    INSERT INTO @S.audit (at, actor, action, rule, rule_source,"
	"      table_name, record_key, detail, change_id, images, prev_hash)"
	"    VALUES (clock_timestamp(), 'schema upgrade (' || current_user"
	"      || ')', 'journal', c.rule, c.rule_source, c.table_name,"
	"      c.record_key, c.legacy || ' carried into the change journal as"
	" change #' || c.id, c.id, (SELECT coalesce(string_agg(encode(sha256("
	"      convert_to(x.e::text, CASE WHEN getdatabaseencoding() ="
	"      'SQL_ASCII' THEN 'SQL_ASCII' ELSE 'UTF8' END)), 'hex'), ' '"
	"      ORDER BY x.o), '') FROM jsonb_array_elements(c.rows) WITH"
	"      ORDINALITY x(e, o)), (SELECT hash FROM @S.audit ORDER BY id"
	"      DESC LIMIT 1)) RETURNING id INTO n;"
	"    UPDATE @S.audit a SET hash = sha256(convert_to(concat_ws(',',"
	"      a.id::text, to_char(a.at AT TIME ZONE 'UTC',"
	"      'YYYY-MM-DD\"T\"HH24:MI:SS.US'), quote_nullable(a.run_id),"
	"      quote_nullable(a.actor), quote_nullable(a.action),"
	"      quote_nullable(a.rule), quote_nullable(a.rule_source),"
	"      quote_nullable(a.table_name), quote_nullable(a.record_key),"
	"      quote_nullable(a.before_image), quote_nullable(a.after_image),"
	"      quote_nullable(a.detail), CASE WHEN a.change_id IS NOT NULL"
	"      THEN 'change=' || a.change_id END, CASE WHEN a.images IS NOT"
	"      NULL THEN quote_literal(a.images) END), CASE WHEN"
	"      getdatabaseencoding() = 'SQL_ASCII' THEN 'SQL_ASCII' ELSE"
	"      'UTF8' END) || coalesce(a.prev_hash, ''::bytea))"
	"      WHERE a.id = n;"
	"  END LOOP;"
	"END $carry$;",
};

_Static_assert(sizeof migrations / sizeof migrations[0] == DB_SCHEMA_VERSION,
    "DB_SCHEMA_VERSION must count the migrations");

char *
db_error(PGconn *conn)
{
	char	*msg = xstrdup(PQerrorMessage(conn));
	size_t	 n = strlen(msg);

	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	return msg;
}

char *
db_ident(PGconn *conn, const char *name)
{
	char	*q, *r;

	if ((q = PQescapeIdentifier(conn, name, strlen(name))) == NULL)
		fatalx("PQescapeIdentifier: %s", PQerrorMessage(conn));
	r = xstrdup(q);
	PQfreemem(q);
	return r;
}

char *
db_resolve_table(PGconn *conn, const struct conf *cf, char **cause)
{
	PGresult	*res;
	const char	*params[1];
	char		*quoted, *name = NULL;

	quoted = db_table(conn, cf);
	params[0] = quoted;
	res = db_query(conn, cause, "SELECT format('%I.%I', n.nspname, "
	    "c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = "
	    "c.relnamespace WHERE c.oid = to_regclass($1)", 1, params);
	if (res == NULL)
		goto out;
	if (PQntuples(res) == 0)
		*cause = xasprintf("customers.table: table %s does not exist in "
		    "this database (or is not visible to this role)", quoted);
	else
		name = xstrdup(PQgetvalue(res, 0, 0));
	PQclear(res);
out:
	free(quoted);
	return name;
}

char *
db_table(PGconn *conn, const struct conf *cf)
{
	char	*s, *t, *r;

	t = db_ident(conn, cf->table);
	if (cf->table_schema == NULL)
		return t;
	s = db_ident(conn, cf->table_schema);
	r = xasprintf("%s.%s", s, t);
	free(s);
	free(t);
	return r;
}

/* Server notices ("schema already exists, skipping") are debug chatter. */
static void
db_notice(void *arg, const char *msg)
{
	log_debug("server: %s", msg);
}

/*
 * Start connecting: blocking (PQconnectdbParams) or not (PQconnectStart-
 * Params, for the event loop).  NULL and *cause when the password file
 * cannot be read.
 */
static PGconn *
db_start(const struct conf *cf, const char *conninfo, int nonblock,
    char **cause)
{
	const char	*keys[8], *vals[8];
	char		 timeout[16];
	char		*pw = NULL;
	PGconn		*conn;
	int		 n = 0;

	if (conf_password(cf, &pw, cause) != 0)
		return NULL;
	snprintf(timeout, sizeof timeout, "%d", cf->connect_timeout);
	/* Later keywords override what conninfo says. */
	keys[n] = "dbname"; vals[n++] = conninfo ? conninfo : "";
	keys[n] = "application_name"; vals[n++] = "steward";
	keys[n] = "connect_timeout"; vals[n++] = timeout;
	keys[n] = "client_encoding"; vals[n++] = "UTF8";
	/*
	 * Timestamps as ISO 8601 in UTC whatever the database's defaults,
	 * so checks and validators see one format and compare correctly.
	 */
	keys[n] = "options"; vals[n++] = "-c DateStyle=ISO,YMD -c TimeZone=UTC";
	if (pw != NULL) {
		keys[n] = "password";
		vals[n++] = pw;
	}
	keys[n] = NULL;
	vals[n] = NULL;
	conn = nonblock ? PQconnectStartParams(keys, vals, 1) :
	    PQconnectdbParams(keys, vals, 1);
	if (pw != NULL) {
		explicit_bzero(pw, strlen(pw));
		free(pw);
	}
	if (conn == NULL)
		fatalx("PQconnectdbParams: out of memory");
	return conn;
}

PGconn *
db_connect_start(const struct conf *cf, char **cause)
{
	PGconn	*conn;
	char	*err;

	if ((conn = db_start(cf, cf->conninfo, 1, cause)) == NULL)
		return NULL;
	if (PQstatus(conn) == CONNECTION_BAD) {
		err = db_error(conn);
		*cause = xasprintf("cannot connect to the database: %s", err);
		free(err);
		PQfinish(conn);
		return NULL;
	}
	PQsetNoticeProcessor(conn, db_notice, NULL);
	return conn;
}

static PGconn *
connect_to(const struct conf *cf, const char *conninfo, const char *what,
    char **cause)
{
	const char	*enc;
	char		*err;
	PGconn		*conn;

	if ((conn = db_start(cf, conninfo, 0, cause)) == NULL)
		return NULL;
	if (PQstatus(conn) != CONNECTION_OK) {
		err = db_error(conn);
		*cause = xasprintf("cannot connect to %s: %s", what, err);
		free(err);
		PQfinish(conn);
		return NULL;
	}
	PQsetNoticeProcessor(conn, db_notice, NULL);
	/*
	 * A SQL_ASCII database holds bytes in no particular encoding, and the
	 * server refuses to send them to a UTF8 client.  Take them raw: the
	 * scan reports values that are not UTF-8 as findings.
	 */
	enc = PQparameterStatus(conn, "server_encoding");
	if (enc != NULL && strcmp(enc, "SQL_ASCII") == 0 &&
	    PQsetClientEncoding(conn, "SQL_ASCII") != 0) {
		err = db_error(conn);
		*cause = xasprintf("cannot set client encoding: %s", err);
		free(err);
		PQfinish(conn);
		return NULL;
	}
	return conn;
}

PGconn *
db_connect(const struct conf *cf, char **cause)
{
	return connect_to(cf, cf->conninfo, "the database", cause);
}

PGconn *
db_connect_scan(const struct conf *cf, char **cause)
{
	if (cf->scan_conninfo == NULL)
		return db_connect(cf, cause);
	return connect_to(cf, cf->scan_conninfo, "the scan's server "
	    "(scan_conninfo)", cause);
}

static PGresult *
db_run(PGconn *conn, char **cause, const char *sql, int n,
    const char *const *params, ExecStatusType want)
{
	PGresult	*res;
	char		*err;

	/* PQexec allows several statements (migrations); no parameters. */
	if (n == 0)
		res = PQexec(conn, sql);
	else
		res = PQexecParams(conn, sql, n, NULL, params, NULL, NULL, 0);
	/* A command may return rows we ignore (SELECT pg_advisory_lock). */
	if (res == NULL || (PQresultStatus(res) != want &&
	    !(want == PGRES_COMMAND_OK &&
	    PQresultStatus(res) == PGRES_TUPLES_OK))) {
		err = db_error(conn);
		*cause = *err != '\0' ? xstrdup(err) : xasprintf("unexpected "
		    "result %s for: %.60s", PQresStatus(PQresultStatus(res)), sql);
		free(err);
		PQclear(res);
		return NULL;
	}
	return res;
}

int
db_exec(PGconn *conn, char **cause, const char *sql, int n,
    const char *const *params)
{
	PGresult	*res;

	if ((res = db_run(conn, cause, sql, n, params, PGRES_COMMAND_OK)) == NULL)
		return -1;
	PQclear(res);
	return 0;
}

PGresult *
db_query(PGconn *conn, char **cause, const char *sql, int n,
    const char *const *params)
{
	return db_run(conn, cause, sql, n, params, PGRES_TUPLES_OK);
}

PGresult *
db_try(PGconn *conn, const char *sql, int n, const char *const *params,
    char state[6], char **err)
{
	PGresult	*r;
	const char	*s;

	state[0] = '\0';
	r = PQexecParams(conn, sql, n, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(r) == PGRES_COMMAND_OK ||
	    PQresultStatus(r) == PGRES_TUPLES_OK)
		return r;
	if ((s = PQresultErrorField(r, PG_DIAG_SQLSTATE)) != NULL)
		snprintf(state, 6, "%s", s);
	free(*err);
	*err = db_mask_error(PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY),
	    PQresultErrorField(r, PG_DIAG_MESSAGE_DETAIL));
	PQclear(r);
	return NULL;
}

/* The part of s after the key's values: " already exists." and the like. */
static const char *
key_tail(const char *s)
{
	static const char *const tails[] = { ") already exists",
	    ") is still referenced", ") is not present", ") conflicts with" };
	const char	*t, *best = NULL;
	size_t		 i;

	for (i = 0; i < sizeof tails / sizeof tails[0]; i++)
		for (t = strstr(s, tails[i]); t != NULL;
		    t = strstr(t + 1, tails[i]))
			if (best == NULL || t > best)
				best = t;
	return best != NULL ? best + 1 : NULL;
}

char *
db_mask_message(const char *msg)
{
	struct buf	 b;
	const char	*p = msg, *q, *t;
	char		*out;

	buf_init(&b);
	while (*p != '\0') {
		/* Key (email)=(a@b.de) already exists: the columns only. */
		if (strncmp(p, "Key (", 5) == 0 &&
		    (q = strstr(p, ")=(")) != NULL && memchr(p, '\n',
		    (size_t)(q - p)) == NULL) {
			buf_add(&b, p, (size_t)(q - p) + 3);
			buf_adds(&b, "***");
			if ((t = key_tail(q + 3)) != NULL)
				p = t - 1;
			else {
				buf_adds(&b, ").");
				p = q + strcspn(q, "\n");
			}
			continue;
		}
		/* A CHECK or NOT NULL violation quotes the whole row. */
		if (strncmp(p, "Failing row contains (", 22) == 0) {
			buf_adds(&b, "Failing row contains (***).");
			p += strcspn(p, "\n");
			continue;
		}
		buf_addc(&b, *p++);
	}
	buf_addc(&b, '\0');
	out = xstrdup(b.data);
	buf_free(&b);
	return out;
}

char *
db_mask_error(const char *primary, const char *detail)
{
	char	*msg, *out;

	msg = xasprintf("%s%s%s", primary != NULL ? primary : "error",
	    detail != NULL ? ": " : "", detail != NULL ? detail : "");
	out = db_mask_message(msg);
	free(msg);
	return out;
}

/* Replace every "@S" in sql by the quoted schema. */
static char *
subst_schema(const char *sql, const char *schema)
{
	struct buf	 b;
	const char	*p;

	buf_init(&b);
	while ((p = strstr(sql, "@S")) != NULL) {
		buf_add(&b, sql, (size_t)(p - sql));
		buf_adds(&b, schema);
		sql = p + 2;
	}
	buf_adds(&b, sql);
	return b.data;
}

static char *
newer_schema(const char *schema, long have, int known)
{
	return xasprintf("the database schema %s is at version %ld, but this "
	    "steward (%s) knows versions up to %d; upgrade steward or point it "
	    "at another schema", schema, have, PACKAGE_VERSION, known);
}

/* Version of the schema s (quoted), 0 if it has none yet, -1 on error. */
static long
schema_version(PGconn *conn, const char *s, char **cause)
{
	PGresult	*res;
	char		*table, *sql;
	const char	*params[1];
	long		 v = 0;

	table = xasprintf("%s.schema_version", s);
	params[0] = table;
	res = db_query(conn, cause, "SELECT to_regclass($1) IS NOT NULL", 1,
	    params);
	if (res == NULL) {
		free(table);
		return -1;
	}
	if (strcmp(PQgetvalue(res, 0, 0), "t") == 0) {
		PQclear(res);
		sql = xasprintf("SELECT coalesce(max(version), 0) FROM %s", table);
		res = db_query(conn, cause, sql, 0, NULL);
		free(sql);
		if (res == NULL) {
			free(table);
			return -1;
		}
		v = strtol(PQgetvalue(res, 0, 0), NULL, 10);
	}
	PQclear(res);
	free(table);
	return v;
}

int
db_migrate(PGconn *conn, const char *schema, char **cause)
{
	PGresult	*res = NULL;
	char		*s, *sql = NULL, *err = NULL;
	char		 ver[16];
	const char	*params[2];
	long		 have;
	int		 i, applied = -1;
	const int	 known = (int)(sizeof migrations / sizeof migrations[0]);

	s = db_ident(conn, schema);
	/*
	 * Read-only first: a role that may only read and write Steward's
	 * tables can run scans once a more privileged one has migrated.
	 */
	if ((have = schema_version(conn, s, &err)) < 0)
		goto fail;
	if (have == known) {
		applied = 0;
		goto out;
	}
	if (have > known) {
		err = newer_schema(schema, have, known);
		goto fail;
	}
	/* One migrator at a time, whatever the schema. */
	if (db_exec(conn, &err, "BEGIN", 0, NULL) != 0 ||
	    db_exec(conn, &err, "SELECT pg_advisory_xact_lock("
	    "hashtext('steward.migrate'))", 0, NULL) != 0)
		goto fail;
	sql = xasprintf("CREATE SCHEMA IF NOT EXISTS %s;"
	    "CREATE TABLE IF NOT EXISTS %s.schema_version ("
	    " version integer PRIMARY KEY,"
	    " applied_at timestamptz NOT NULL DEFAULT now(),"
	    " steward_version text NOT NULL)", s, s);
	if (db_exec(conn, &err, sql, 0, NULL) != 0)
		goto fail;
	free(sql);
	sql = xasprintf("SELECT coalesce(max(version), 0) FROM %s.schema_version",
	    s);
	if ((res = db_query(conn, &err, sql, 0, NULL)) == NULL)
		goto fail;
	have = strtol(PQgetvalue(res, 0, 0), NULL, 10);
	PQclear(res);
	res = NULL;
	if (have > known) {
		err = newer_schema(schema, have, known);
		goto fail;
	}
	for (i = (int)have; i < known; i++) {
		free(sql);
		sql = subst_schema(migrations[i], s);
		if (db_exec(conn, &err, sql, 0, NULL) != 0) {
			char *e = err;

			err = xasprintf("migration %d failed: %s", i + 1, e);
			free(e);
			goto fail;
		}
		free(sql);
		sql = xasprintf("INSERT INTO %s.schema_version (version, "
		    "steward_version) VALUES ($1, $2)", s);
		snprintf(ver, sizeof ver, "%d", i + 1);
		params[0] = ver;
		params[1] = PACKAGE_VERSION;
		if (db_exec(conn, &err, sql, 2, params) != 0)
			goto fail;
	}
	if (db_exec(conn, &err, "COMMIT", 0, NULL) != 0)
		goto fail;
	applied = known - (int)have;
	goto out;
fail:
	PQclear(res);
	PQclear(PQexec(conn, "ROLLBACK"));
	*cause = err;
	err = NULL;
out:
	free(err);
	free(sql);
	free(s);
	return applied;
}
