/*
 * deliver.c -- from a finished run to messages in the officers' inboxes.
 *
 * deliver_produce() renders the reports and puts one message per
 * jurisdiction and channel in the spool; deliver_flush() hands queued
 * messages to their servers.  The two are apart so that a mail server
 * that is down never holds up a scan, and a scan that crashes after
 * spooling never loses a report.
 *
 * At most once per run and jurisdiction: the spool refuses a key it has
 * seen (queued, dead or sent), and deliveries records each key with its
 * run, so neither a second `steward report` of the run nor a restart
 * spools it again.
 */
#include "config.h"

#include <sys/random.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "daemon/db.h"
#include "daemon/deliver.h"
#include "daemon/findings.h"
#include "daemon/reportdb.h"
#include "lib/log.h"
#include "lib/util.h"
#include "lib/format.h"
#include "notifiers/report.h"
#include "notifiers/spool.h"
#include "notifiers/transport.h"

#define TOMBSTONE_AGE	(90LL * 86400)	/* sent/ remembers keys this long */

static int
write_atomic(const char *path, const char *data, size_t len, char **cause)
{
	char	*tmp;
	FILE	*fp;
	int	 rc = 0;

	tmp = xasprintf("%s.tmp", path);
	if ((fp = fopen(tmp, "we")) == NULL) {
		*cause = xasprintf("cannot create %s: %s", tmp, strerror(errno));
		free(tmp);
		return -1;
	}
	if (fwrite(data, 1, len, fp) != len || fflush(fp) != 0 ||
	    fsync(fileno(fp)) != 0)
		rc = -1;
	if (fclose(fp) != 0)
		rc = -1;
	if (rc == 0 && rename(tmp, path) != 0)
		rc = -1;
	if (rc != 0) {
		*cause = xasprintf("cannot write %s: %s", path, strerror(errno));
		unlink(tmp);
	}
	free(tmp);
	return rc;
}

/* The findings of one jurisdiction (NULL: all) as CSV, streamed. */
static int
write_csv(const struct conf *cf, long long run, const char *jur,
    const char *path, off_t *size, char **cause)
{
	struct findings_query	 q = { run, NULL, NULL, FINDINGS_CSV, NULL };
	struct stat		 st;
	char			*tmp;
	FILE			*fp;
	int			 rc = 0;

	q.jurisdiction = jur;
	tmp = xasprintf("%s.tmp", path);
	if ((fp = fopen(tmp, "we")) == NULL) {
		*cause = xasprintf("cannot create %s: %s", tmp, strerror(errno));
		free(tmp);
		return -1;
	}
	if (findings_list(cf, &q, fp, cause) < 0)
		rc = -1;
	else if (fflush(fp) != 0 || fsync(fileno(fp)) != 0 ||
	    fstat(fileno(fp), &st) != 0) {
		*cause = xasprintf("cannot write %s: %s", tmp, strerror(errno));
		rc = -1;
	}
	fclose(fp);
	if (rc == 0 && rename(tmp, path) != 0) {
		*cause = xasprintf("cannot rename %s: %s", tmp, strerror(errno));
		rc = -1;
	}
	if (rc != 0)
		unlink(tmp);
	else
		*size = st.st_size;
	free(tmp);
	return rc;
}

/* Who receives a jurisdiction's report. */
static const struct conf_list *
recipients(const struct conf *cf, const char *jur, struct conf_list *tmp)
{
	const struct ruleset	*rs = cf->rules;
	size_t			 i;

	if (strcmp(jur, REPORT_ALL) == 0)
		return &cf->report_admin;
	for (i = 0; rs != NULL && i < rs->njurs; i++)
		if (strcmp(rs->jurs[i].name, jur) == 0 &&
		    rs->jurs[i].nofficers > 0) {
			tmp->v = rs->jurs[i].officers;
			tmp->n = rs->jurs[i].nofficers;
			return tmp;
		}
	/* Unassigned records, and a jurisdiction with no officer. */
	return &cf->report_default;
}

static void
json_summary(const struct report *rep, struct buf *b)
{
	size_t	 i;

	buf_adds(b, "{\"run\": ");
	buf_printf(b, "%lld, \"jurisdiction\": ", rep->run);
	fmt_json_string(b, rep->jurisdiction, strlen(rep->jurisdiction));
	buf_adds(b, ", \"table\": ");
	fmt_json_string(b, rep->table, strlen(rep->table));
	buf_printf(b, ", \"mode\": \"%s\", \"started_at\": ", rep->mode);
	fmt_json_string(b, rep->started_at, strlen(rep->started_at));
	buf_adds(b, ", \"finished_at\": ");
	fmt_json_string(b, rep->finished_at, strlen(rep->finished_at));
	buf_printf(b, ", \"records\": %lld, \"findings\": {\"new\": %lld, "
	    "\"open\": %lld, \"resolved\": %lld}, \"actions\": {\"taken\": "
	    "%lld, \"proposed\": %lld}, \"checks\": [", rep->records,
	    rep->findings_new, rep->findings_open, rep->findings_resolved,
	    rep->actions_taken, rep->actions_proposed);
	for (i = 0; i < rep->nchecks; i++) {
		buf_adds(b, i ? ", {\"name\": " : "{\"name\": ");
		fmt_json_string(b, rep->checks[i].name,
		    strlen(rep->checks[i].name));
		buf_printf(b, ", \"severity\": \"%s\", \"new\": %lld, \"open\": "
		    "%lld, \"resolved\": %lld}", rep->checks[i].severity,
		    rep->checks[i].new_, rep->checks[i].open,
		    rep->checks[i].resolved);
	}
	buf_adds(b, "]}\n");
}

static int
record_delivery(PGconn *conn, const char *s, const struct spool_msg *m,
    const char *channel, char **cause)
{
	struct buf	 to;
	char		*sql, run[32];
	const char	*p[5];
	size_t		 i;
	int		 rc;

	buf_init(&to);
	for (i = 0; i < m->nrcpt; i++)
		buf_printf(&to, "%s%s", i ? ", " : "", m->rcpt[i]);
	buf_addc(&to, '\0');
	snprintf(run, sizeof run, "%lld", m->run);
	p[0] = m->key;
	p[1] = run;
	p[2] = m->jurisdiction;
	p[3] = channel;
	p[4] = to.data;
	sql = xasprintf("INSERT INTO %s.deliveries (key, run_id, jurisdiction, "
	    "channel, recipients) VALUES ($1, $2, $3, $4, $5) ON CONFLICT "
	    "(key) DO NOTHING", s);
	rc = db_exec(conn, cause, sql, 5, p);
	free(sql);
	buf_free(&to);
	return rc;
}

/* Spool one message unless its key was ever spooled.  1 if it was. */
static int
spool_once(PGconn *conn, const char *s, const struct conf *cf,
    struct spool_msg *m, const struct spool_part *parts, size_t nparts,
    const char *channel, char **cause)
{
	PGresult	*r;
	char		*sql;
	const char	*p[1] = { m->key };
	int		 seen, rc;

	sql = xasprintf("SELECT 1 FROM %s.deliveries WHERE key = $1", s);
	r = db_query(conn, cause, sql, 1, p);
	free(sql);
	if (r == NULL)
		return -1;
	seen = PQntuples(r) > 0;
	PQclear(r);
	if (seen)
		return 1;
	/* The spool first: a crash before the row leaves a message that a
	 * rerun finds by its key instead of a row without a message. */
	if ((rc = spool_put(cf->spool_dir, m, parts, nparts, cause)) < 0)
		return -1;
	if (record_delivery(conn, s, m, channel, cause) != 0)
		return -1;
	return rc;
}

static void
mail_date(char *out, size_t len, time_t t)
{
	struct tm	 tm;

	localtime_r(&t, &tm);
	strftime(out, len, "%a, %d %b %Y %H:%M:%S %z", &tm);
}

static int
produce_one(PGconn *conn, const char *s, const struct conf *cf, long long run,
    const char *jur, const char *dir, int keep, struct deliver_stats *st,
    char **cause)
{
	struct report		 rep;
	struct spool_msg	 m;
	struct spool_part	 parts[3];
	struct conf_list	 tmp;
	const struct conf_list	*to;
	struct buf		 text, html;
	char			 name[SPOOL_KEY_MAX], host[256], date[64];
	char			*csv, *txt, *htm, *subject = NULL, *note = NULL;
	off_t			 size = 0;
	int			 all = strcmp(jur, REPORT_ALL) == 0, rc = -1, n;

	buf_init(&text);
	buf_init(&html);
	memset(&m, 0, sizeof m);
	if (report_load(conn, cf, run, jur, &rep, cause) != 0) {
		report_free(&rep);
		return -1;
	}
	spool_name(name, sizeof name, jur);
	csv = xasprintf("%s/%s.csv", dir, name);
	txt = xasprintf("%s/%s.txt", dir, name);
	htm = xasprintf("%s/%s.html", dir, name);
	if (write_csv(cf, run, all ? NULL : jur, csv, &size, cause) != 0)
		goto out;
	report_text(&rep, &text);
	report_html(&rep, &html);
	if ((size_t)size > cf->attach_max) {
		note = xasprintf("The findings CSV (%lld bytes) is larger than "
		    "reports { attach_max } and is not attached; list them "
		    "with: steward findings -c %s --run %lld --format csv%s%s",
		    (long long)size, cf->path, run, all ? "" :
		    " --jurisdiction ", all ? "" : jur);
		buf_printf(&text, "\n%s\n", note);
		/* After the document, which mail clients forgive. */
		buf_adds(&html, "<p style=\"font-family:sans-serif;"
		    "font-size:13px\">");
		buf_adds(&html, "The findings CSV is too large to attach; "
		    "see the text part for the command that lists them.</p>\n");
	}
	if (write_atomic(txt, text.data, text.len, cause) != 0 ||
	    write_atomic(htm, html.data, html.len, cause) != 0)
		goto out;
	st->reports++;

	to = recipients(cf, jur, &tmp);
	if (cf->smtp_url != NULL && to->n > 0) {
		spool_key(m.key, sizeof m.key, run, name, "mail");
		m.channel = SPOOL_MAIL;
		m.run = run;
		m.jurisdiction = (char *)jur;
		m.rcpt = to->v;
		m.nrcpt = to->n;
		m.subject = subject = report_subject(&rep);
		mail_date(date, sizeof date, time(NULL));
		m.date = date;
		if (gethostname(host, sizeof host) != 0)
			snprintf(host, sizeof host, "localhost");
		host[sizeof host - 1] = '\0';
		m.message_id = xasprintf("<%s.steward@%s>", m.key, host);
		m.attachment = (size_t)size <= cf->attach_max ? xasprintf(
		    "steward-run%lld-%s-findings.csv", run, name) : NULL;
		m.created = m.next = (long long)time(NULL);
		parts[0] = (struct spool_part){ "report.txt", text.data,
		    text.len, NULL };
		parts[1] = (struct spool_part){ "report.html", html.data,
		    html.len, NULL };
		parts[2] = (struct spool_part){ "findings.csv", NULL, 0, csv };
		n = spool_once(conn, s, cf, &m, parts, m.attachment ? 3 : 2,
		    "mail", cause);
		free(m.message_id);
		free(m.attachment);
		if (n < 0)
			goto out;
		st->spooled += n == 0;
	} else if (cf->smtp_url != NULL)
		log_warning("report %s of run %lld: no recipients (set the "
		    "jurisdiction's officers, or reports { %s })", jur, run,
		    all ? "admin" : "default_recipients");
	if (cf->webhook_url != NULL && !all) {
		memset(&m, 0, sizeof m);
		spool_key(m.key, sizeof m.key, run, name, "webhook");
		m.channel = SPOOL_WEBHOOK;
		m.run = run;
		m.jurisdiction = (char *)jur;
		m.created = m.next = (long long)time(NULL);
		buf_reset(&text);
		json_summary(&rep, &text);
		parts[0] = (struct spool_part){ "body.json", text.data,
		    text.len, NULL };
		if ((n = spool_once(conn, s, cf, &m, parts, 1, "webhook",
		    cause)) < 0)
			goto out;
		st->spooled += n == 0;
	}
	rc = 0;
out:
	/* Without a reports directory the files only fed the spool. */
	if (!keep) {
		unlink(csv);
		unlink(txt);
		unlink(htm);
	}
	free(note);
	free(subject);
	free(csv);
	free(txt);
	free(htm);
	buf_free(&text);
	buf_free(&html);
	report_free(&rep);
	return rc;
}

static int
make_dir(const char *path, char **cause)
{
	if (mkdir(path, 0750) == -1 && errno != EEXIST) {
		*cause = xasprintf("cannot create %s: %s", path, strerror(errno));
		return -1;
	}
	return 0;
}

/*
 * What a spool or reports directory belongs to: the database (host, port,
 * name; never the password), Steward's schema and the table.  Keys are
 * rRUN-NAME and report directories RUN, so two tables (or two schemas)
 * sharing one directory overwrote each other's reports and took each
 * other's spooled mail for their own.
 */
static char *
owner_of(const struct conf *cf)
{
	PQconninfoOption	*o, *opts;
	const char		*host = "", *port = "", *db = "";

	if ((opts = PQconninfoParse(cf->conninfo != NULL ? cf->conninfo : "",
	    NULL)) != NULL)
		for (o = opts; o->keyword != NULL; o++) {
			if (o->val == NULL)
				continue;
			if (strcmp(o->keyword, "host") == 0)
				host = o->val;
			else if (strcmp(o->keyword, "port") == 0)
				port = o->val;
			else if (strcmp(o->keyword, "dbname") == 0)
				db = o->val;
		}
	host = xasprintf("host=%s port=%s dbname=%s schema=%s table=%s%s%s\n",
	    host, port, db, cf->schema != NULL ? cf->schema : "steward",
	    cf->table_schema != NULL ? cf->table_schema : "",
	    cf->table_schema != NULL ? "." : "", cf->table != NULL ?
	    cf->table : "");
	PQconninfoFree(opts);
	return (char *)host;
}

/* Claim dir for cf in dir/.steward-owner, or say whose it is. */
static int
claim(const char *dir, const char *what, const char *me, char **cause)
{
	char	*path = xasprintf("%s/.steward-owner", dir), buf[1024];
	ssize_t	 n = 0;
	int	 fd, rc = -1;

	if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	    O_CLOEXEC, 0640)) != -1) {
		if (write(fd, me, strlen(me)) == (ssize_t)strlen(me))
			rc = 0;
		else
			*cause = xasprintf("%s: %s", path, strerror(errno));
		close(fd);
		free(path);
		return rc;
	}
	if (errno != EEXIST || (fd = open(path, O_RDONLY | O_NOFOLLOW |
	    O_CLOEXEC)) == -1 || (n = read(fd, buf, sizeof buf - 1)) < 0) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		if (fd != -1)
			close(fd);
		free(path);
		return -1;
	}
	close(fd);
	buf[n] = '\0';
	if (strcmp(buf, me) == 0)
		rc = 0;
	else {
		buf[strcspn(buf, "\n")] = '\0';
		*cause = xasprintf("the %s directory %s belongs to another "
		    "table (%s, says %s); give each table its own %s directory",
		    what, dir, buf, path, what);
	}
	free(path);
	return rc;
}

int
deliver_claim(const struct conf *cf, char **cause)
{
	char	*me = owner_of(cf);
	int	 rc = 0;

	if (cf->spool_dir != NULL && (spool_open(cf->spool_dir, cause) != 0 ||
	    claim(cf->spool_dir, "spool", me, cause) != 0))
		rc = -1;
	else if (cf->reports_dir != NULL && (make_dir(cf->reports_dir,
	    cause) != 0 || claim(cf->reports_dir, "reports", me, cause) != 0))
		rc = -1;
	free(me);
	return rc;
}

int
deliver_produce(const struct conf *cf, long long run, struct deliver_stats *st,
    char **cause)
{
	PGconn		*conn;
	PGresult	*r = NULL;
	char		*s = NULL, *sql, *dir = NULL, id[32];
	const char	*p[1] = { id };
	int		 i, rc = -1, scratch = cf->reports_dir == NULL;

	memset(st, 0, sizeof *st);
	if (cf->reports_dir == NULL && cf->smtp_url == NULL &&
	    cf->webhook_url == NULL)
		return 0;
	if (deliver_claim(cf, cause) != 0)
		return -1;
	if ((conn = db_connect(cf, cause)) == NULL)
		return -1;
	if (db_migrate(conn, cf->schema, cause) < 0)
		goto out;
	s = db_ident(conn, cf->schema);
	snprintf(id, sizeof id, "%lld", run);
	/* Files live in reports/RUN/, or only as long as it takes to spool. */
	if (scratch)
		dir = xasprintf("%s/tmp/build-r%lld", cf->spool_dir, run);
	else {
		if (make_dir(cf->reports_dir, cause) != 0)
			goto out;
		dir = xasprintf("%s/%lld", cf->reports_dir, run);
	}
	if (make_dir(dir, cause) != 0)
		goto out;
	sql = xasprintf("SELECT jurisdiction FROM %s.run_jurisdictions WHERE "
	    "run_id = $1 ORDER BY jurisdiction = 'unassigned', jurisdiction",
	    s);
	r = db_query(conn, cause, sql, 1, p);
	free(sql);
	if (r == NULL)
		goto out;
	for (i = 0; i < PQntuples(r); i++)
		if (produce_one(conn, s, cf, run, PQgetvalue(r, i, 0), dir,
		    !scratch, st, cause) != 0)
			goto out;
	if (produce_one(conn, s, cf, run, REPORT_ALL, dir, !scratch, st,
	    cause) != 0)
		goto out;
	rc = 0;
out:
	if (scratch && dir != NULL)
		rmdir(dir);
	PQclear(r);
	free(dir);
	free(s);
	PQfinish(conn);
	return rc;
}

/* Exponential backoff with jitter: half the delay, plus up to half. */
static long long
backoff(const struct conf *cf, int attempts)
{
	long long	 d = cf->spool_retry_min;
	unsigned int	 rnd = 0;
	int		 i;

	for (i = 1; i < attempts && d < cf->spool_retry_max; i++)
		d *= 2;
	if (d > cf->spool_retry_max)
		d = cf->spool_retry_max;
	if (getrandom(&rnd, sizeof rnd, GRND_NONBLOCK) != sizeof rnd)
		rnd = (unsigned int)time(NULL);
	return d / 2 + (long long)(rnd % (unsigned int)(d / 2 + 1));
}

/* Best effort: the spool is the truth, the table is for people. */
static void
note_db(PGconn *conn, const char *s, const struct spool_msg *m,
    const char *status)
{
	char		*sql, *err = NULL, att[16];
	const char	*p[4];

	if (conn == NULL)
		return;
	snprintf(att, sizeof att, "%d", m->attempts);
	p[0] = m->key;
	p[1] = status;
	p[2] = att;
	p[3] = m->error;
	sql = xasprintf("UPDATE %s.deliveries SET status = $2, attempts = "
	    "$3, last_error = $4, delivered_at = CASE WHEN $2 = 'delivered' "
	    "THEN now() END WHERE key = $1", s);
	if (db_exec(conn, &err, sql, 4, p) != 0) {
		log_warning("spool: recording %s of %s: %s", status, m->key, err);
		free(err);
	}
	free(sql);
}

/* A dead message is a finding of its run until someone retries or drops it. */
static void
note_dead(PGconn *conn, const char *s, const struct spool_msg *m)
{
	char		*sql, *err = NULL, *detail, run[32];
	const char	*p[4];

	if (conn == NULL)
		return;
	snprintf(run, sizeof run, "%lld", m->run);
	detail = xasprintf("%s report undeliverable after %d attempts: %s; "
	    "steward spool retry %s", m->channel == SPOOL_MAIL ? "mail" :
	    "webhook", m->attempts, m->error != NULL ? m->error : "?", m->key);
	p[0] = m->key;
	p[1] = m->jurisdiction;
	p[2] = detail;
	p[3] = run;
	sql = xasprintf("INSERT INTO %s.findings (table_name, check_name, "
	    "record_key, field, jurisdiction, severity, detail, first_run) "
	    "SELECT table_name, 'report_undelivered', $1, '', $2, 'error', $3, "
	    "id FROM %s.runs WHERE id = $4 ON CONFLICT (table_name, check_name, "
	    "record_key, field) WHERE status = 'open' DO NOTHING", s, s);
	if (db_exec(conn, &err, sql, 4, p) != 0) {
		log_warning("spool: recording the finding for %s: %s", m->key,
		    err);
		free(err);
	}
	free(sql);
	free(detail);
}

static void
resolve_dead(PGconn *conn, const char *s, const char *key)
{
	char		*sql, *err = NULL;
	const char	*p[1] = { key };

	sql = xasprintf("UPDATE %s.findings f SET status = 'resolved', "
	    "resolved_run = (SELECT max(id) FROM %s.runs r WHERE r.table_name = "
	    "f.table_name) WHERE check_name = 'report_undelivered' AND "
	    "record_key = $1 AND status = 'open'", s, s);
	if (db_exec(conn, &err, sql, 1, p) != 0) {
		log_warning("spool: %s", err);
		free(err);
	}
	free(sql);
}

static void
bury(const struct conf *cf, PGconn *conn, const char *s, struct spool_msg *m,
    struct deliver_stats *st)
{
	char	*err = NULL;

	if (spool_move(cf->spool_dir, m, SPOOL_DEAD, NULL, &err) != 0) {
		log_warnx("%s", err);
		free(err);
		return;
	}
	st->dead++;
	log_warnx("spool: %s to %s: giving up after %d attempts (%s); kept in "
	    "%s/dead; 'steward spool retry %s' sends it again", m->key,
	    m->jurisdiction, m->attempts, m->error != NULL ? m->error : "?",
	    cf->spool_dir, m->key);
	note_db(conn, s, m, "dead");
	note_dead(conn, s, m);
}

/* The servers of the configuration, for the notifiers. */
static void
servers(const struct conf *cf, struct mail_server *ms,
    struct webhook_server *ws)
{
	ms->url = cf->smtp_url;
	ms->ca_file = cf->smtp_ca_file;
	ms->timeout = cf->smtp_timeout;
	ms->plain = cf->smtp_plain;
	ms->username = cf->smtp_username;
	ms->password_file = cf->smtp_password_file;
	ms->from = cf->smtp_from;
	ms->reply_to = cf->smtp_reply_to;
	ws->url = cf->webhook_url;
	ws->ca_file = cf->webhook_ca_file;
	ws->timeout = cf->webhook_timeout;
	ws->secret_file = cf->webhook_secret_file;
}

int
deliver_flush(const struct conf *cf, int force, struct deliver_stats *st,
    char **cause)
{
	struct mail_server	 ms;
	struct webhook_server	 ws;
	struct spool_msg	*v = NULL, *m;
	PGconn			*conn;
	char			*s = NULL, *err = NULL;
	size_t			 n = 0, i;
	long long		 now = (long long)time(NULL);
	int			 rc;

	if (cf->spool_dir == NULL)
		return 0;
	servers(cf, &ms, &ws);
	if (deliver_claim(cf, cause) != 0 ||
	    spool_list(cf->spool_dir, SPOOL_QUEUED, &v, &n, cause) != 0)
		return -1;
	if (n == 0) {
		spool_prune(cf->spool_dir, TOMBSTONE_AGE);
		return 0;
	}
	/* Delivery does not need the database; bookkeeping does. */
	if ((conn = db_connect(cf, &err)) == NULL) {
		log_warning("spool: bookkeeping skipped: %s", err);
		XFREE(err);
	} else
		s = db_ident(conn, cf->schema);
	for (i = 0; i < n; i++) {
		m = &v[i];
		if (!force && m->next > now)
			continue;
		if (now - m->created > cf->spool_max_age) {
			bury(cf, conn, s, m, st);
			continue;
		}
		rc = m->channel == SPOOL_MAIL ?
		    mail_send(&ms, cf->spool_dir, m, &err) :
		    webhook_send(&ws, cf->spool_dir, m, &err);
		m->attempts++;
		free(m->error);
		m->error = err;
		err = NULL;
		if (rc == SEND_OK) {
			if (spool_move(cf->spool_dir, m, SPOOL_SENT,
			    "delivered", &err) != 0) {
				log_warnx("%s", err);
				XFREE(err);
			}
			st->delivered++;
			log_info("spool: %s delivered (%s)", m->key,
			    m->channel == SPOOL_MAIL ? "mail" : "webhook");
			note_db(conn, s, m, "delivered");
			continue;
		}
		if (rc == SEND_FAILED) {
			bury(cf, conn, s, m, st);
			continue;
		}
		m->next = now + backoff(cf, m->attempts);
		if (spool_save(cf->spool_dir, m, &err) != 0) {
			log_warnx("%s", err);
			XFREE(err);
		}
		st->deferred++;
		log_warning("spool: %s deferred (attempt %d): %s", m->key,
		    m->attempts, m->error);
		note_db(conn, s, m, "spooled");
	}
	spool_list_free(v, n);
	spool_prune(cf->spool_dir, TOMBSTONE_AGE);
	free(s);
	if (conn != NULL)
		PQfinish(conn);
	return 0;
}

static void
fmt_time(char *out, size_t len, long long t)
{
	struct tm	 tm;
	time_t		 tt = (time_t)t;

	gmtime_r(&tt, &tm);
	strftime(out, len, "%Y-%m-%d %H:%M:%S", &tm);
}

int
deliver_spool_list(const struct conf *cf, FILE *fp, char **cause)
{
	struct spool_msg	*v;
	size_t			 n, i;
	char			 created[32], next[32];
	int			 s;

	if (cf->spool_dir == NULL) {
		*cause = xstrdup("no spool { directory } is configured");
		return -1;
	}
	if (spool_open(cf->spool_dir, cause) != 0)
		return -1;
	fprintf(fp, "%-32s %-7s %-8s %-19s %-19s %s\n", "ID", "STATE",
	    "ATTEMPTS", "SPOOLED (UTC)", "NEXT (UTC)", "LAST ERROR");
	for (s = SPOOL_QUEUED; s <= SPOOL_DEAD; s++) {
		if (spool_list(cf->spool_dir, (enum spool_state)s, &v, &n,
		    cause) != 0)
			return -1;
		for (i = 0; i < n; i++) {
			fmt_time(created, sizeof created, v[i].created);
			if (s == SPOOL_DEAD)
				snprintf(next, sizeof next, "-");
			else
				fmt_time(next, sizeof next, v[i].next);
			fprintf(fp, "%-32s %-7s %8d %-19s %-19s %s\n", v[i].key,
			    spool_state_name(v[i].state), v[i].attempts,
			    created, next, v[i].error != NULL ? v[i].error :
			    "");
		}
		spool_list_free(v, n);
	}
	return 0;
}

static int
spool_command(const struct conf *cf, const char *key, int drop, char **cause)
{
	struct spool_msg	 m;
	PGconn			*conn;
	char			*s, *err = NULL;
	int			 rc;

	if (cf->spool_dir == NULL) {
		*cause = xstrdup("no spool { directory } is configured");
		return -1;
	}
	if (spool_open(cf->spool_dir, cause) != 0 ||
	    (rc = spool_find(cf->spool_dir, key, &m, cause)) < 0)
		return -1;
	if (rc == 1) {
		*cause = xasprintf("no message %s in %s", key, cf->spool_dir);
		return -1;
	}
	if (m.state == SPOOL_SENT) {
		*cause = xasprintf("message %s was already %s", key,
		    m.outcome != NULL ? m.outcome : "sent");
		spool_msg_free(&m);
		return -1;
	}
	if (drop)
		rc = spool_move(cf->spool_dir, &m, SPOOL_SENT, "dropped", cause);
	else {
		/* Due now, and its age starts again. */
		m.created = m.next = (long long)time(NULL);
		if ((rc = spool_save(cf->spool_dir, &m, cause)) == 0 &&
		    m.state == SPOOL_DEAD)
			rc = spool_move(cf->spool_dir, &m, SPOOL_QUEUED, NULL,
			    cause);
	}
	if (rc == 0 && (conn = db_connect(cf, &err)) != NULL) {
		s = db_ident(conn, cf->schema);
		note_db(conn, s, &m, drop ? "dropped" : "spooled");
		resolve_dead(conn, s, m.key);
		free(s);
		PQfinish(conn);
	} else if (rc == 0) {
		log_warning("spool: bookkeeping skipped: %s", err);
		free(err);
	}
	spool_msg_free(&m);
	return rc;
}

int
deliver_spool_retry(const struct conf *cf, const char *key, char **cause)
{
	return spool_command(cf, key, 0, cause);
}

int
deliver_spool_drop(const struct conf *cf, const char *key, char **cause)
{
	return spool_command(cf, key, 1, cause);
}

int
deliver_report(const struct conf *cf, long long run, const char *jur,
    const char *format, FILE *fp, char **cause)
{
	struct findings_query	 q = { run, NULL, NULL, FINDINGS_CSV, NULL };
	struct report		 rep;
	struct buf		 b;
	PGconn			*conn;
	char			*s, *table, id[32];
	size_t			 i;
	int			 rc = -1, known;

	known = strcmp(jur, REPORT_ALL) == 0 ||
	    strcmp(jur, REPORT_UNASSIGNED) == 0;
	for (i = 0; cf->rules != NULL && i < cf->rules->njurs && !known; i++)
		known = strcmp(cf->rules->jurs[i].name, jur) == 0;
	if (!known) {
		*cause = xasprintf("no jurisdiction '%s' in the rules (see "
		    "steward rules; 'unassigned' and 'all' are reports too)",
		    jur);
		return -1;
	}
	if ((conn = db_connect(cf, cause)) == NULL)
		return -1;
	if (db_migrate(conn, cf->schema, cause) < 0 ||
	    (table = db_resolve_table(conn, cf, cause)) == NULL) {
		PQfinish(conn);
		return -1;
	}
	s = db_ident(conn, cf->schema);
	/* The run must be a completed one of this configuration's table. */
	if (findings_pick_run(conn, s, table, run, id, sizeof id, cause) != 0)
		goto out;
	run = strtoll(id, NULL, 10);
	if (strcmp(format, "csv") == 0) {
		q.run = run;
		q.jurisdiction = strcmp(jur, REPORT_ALL) == 0 ? NULL : jur;
		rc = findings_list(cf, &q, fp, cause) < 0 ? -1 : 0;
		goto out;
	}
	if (report_load(conn, cf, run, jur, &rep, cause) != 0) {
		report_free(&rep);
		goto out;
	}
	buf_init(&b);
	if (strcmp(format, "html") == 0)
		report_html(&rep, &b);
	else
		report_text(&rep, &b);
	if (fwrite(b.data, 1, b.len, fp) != b.len || fflush(fp) != 0)
		*cause = xstrdup("writing the report: output error");
	else
		rc = 0;
	buf_free(&b);
	report_free(&rep);
out:
	free(table);
	free(s);
	PQfinish(conn);
	return rc;
}
