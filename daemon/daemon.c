/*
 * daemon.c -- `steward daemon`: one libevent loop for the schedules, the
 * signals, the HTTP endpoint and systemd; one worker thread for all that
 * talks to PostgreSQL (the leader lock, scans, reports, delivery).
 *
 * Why a thread and not slices: a scan is one blocking libpq stream that
 * can last minutes.  On the loop it would freeze /healthz, SIGTERM and the
 * systemd watchdog.  The worker never touches the event base: it takes
 * jobs from flags under a mutex and reports back through a pipe, as
 * memcached's worker threads do.
 *
 * High availability: only the daemon that holds a session advisory lock
 * on its own connection acts; the others stand by and try again every
 * standby_poll.  PostgreSQL drops the lock when the leader's connection
 * goes, so a killed leader is replaced within standby_poll.
 */
#include "config.h"

#include <sys/types.h>

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <libpq-fe.h>
#include <openssl/crypto.h>
#ifdef HAVE_SYSTEMD
#include <systemd/sd-daemon.h>
#endif

#include "daemon/conf.h"
#include "daemon/daemon.h"
#include "daemon/db.h"
#include "daemon/deliver.h"
#include "daemon/log.h"
#include "daemon/scan.h"
#include "daemon/util.h"
#include "notifiers/format.h"
#include "notifiers/spool.h"

#define JOB_SCAN	0x1
#define JOB_DELIVER	0x2
#define JOB_LEADER	0x4

struct open_count {
	char		*check;
	char		*jur;
	long long	 n;
};

struct daemon {
	struct event_base *base;
	const char	*path;
	struct conf	*cf;		/* current; swapped on reload */
	struct conf	**retired;	/* freed once the worker is idle */
	size_t		 nretired;

	pthread_t	 worker;
	pthread_mutex_t	 mu;
	pthread_cond_t	 cv;
	int		 jobs;		/* JOB_* wanted */
	int		 busy;
	int		 stopping;
	int		 finished;	/* the worker has returned */
	int		 wake[2];

	/* What the worker saw; under mu. */
	int		 leader;
	int		 db_up;
	int		 last_failed;	/* the last scheduled scan failed */
	long long	 last_run;
	long long	 last_rows;
	long long	 last_open;
	double		 last_seconds;
	long long	 last_at;
	unsigned long long scans_ok, scans_failed, rows_total;
	unsigned long long actions_taken, actions_proposed;
	unsigned long long delivered, deferred, dead;
	unsigned long long reloads_ok, reloads_failed;
	struct open_count *open;
	size_t		 nopen;

	struct evhttp	*http;
	char		*token;
	struct event	*ev_scan, *ev_deliver, *ev_leader, *ev_watchdog;
	struct event	*ev_wake, *ev_stop;
	struct event	*ev_sig[4];
	int		 watchdog;
};

static void
notify(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* sd_notify when built with libsystemd and run by systemd; else nothing. */
static void
notify(const char *fmt, ...)
{
#ifdef HAVE_SYSTEMD
	va_list	 ap;
	char	 msg[512];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	sd_notify(0, msg);
#else
	(void)fmt;
#endif
}

static void
wake_loop(struct daemon *d)
{
	char	 c = 'w';

	/* A full pipe already holds a wake-up; nothing is lost. */
	if (write(d->wake[1], &c, 1) == -1 && errno != EAGAIN)
		log_warn("daemon: wake-up pipe");
}

static void
request(struct daemon *d, int job)
{
	pthread_mutex_lock(&d->mu);
	d->jobs |= job;
	pthread_cond_signal(&d->cv);
	pthread_mutex_unlock(&d->mu);
}

/*
 * Hold, or try to take, the leader lock on *lead.  Also the database
 * health check: any failure here means the database is down for us.
 */
static int
leader_check(struct daemon *d, const struct conf *cf, PGconn **lead)
{
	PGresult	*r;
	char		*err = NULL, *key;
	const char	*p[1];
	int		 leader = 0, was;

	if (*lead != NULL) {
		r = PQexec(*lead, "SELECT 1");
		if (PQresultStatus(r) == PGRES_TUPLES_OK) {
			PQclear(r);
			pthread_mutex_lock(&d->mu);
			d->db_up = 1;
			leader = d->leader;
			pthread_mutex_unlock(&d->mu);
			if (leader)
				return 1;
			goto try;
		}
		PQclear(r);
		PQfinish(*lead);
		*lead = NULL;
	}
	if ((*lead = db_connect(cf, &err)) == NULL) {
		pthread_mutex_lock(&d->mu);
		was = d->db_up;
		d->db_up = 0;
		d->leader = 0;
		pthread_mutex_unlock(&d->mu);
		if (was)
			log_warnx("database unreachable: %s; retrying", err);
		free(err);
		return 0;
	}
try:
	key = xasprintf("steward.leader:%s.%s", cf->table_schema != NULL ?
	    cf->table_schema : "", cf->table);
	p[0] = key;
	r = db_query(*lead, &err, "SELECT pg_try_advisory_lock(hashtext($1))",
	    1, p);
	free(key);
	if (r == NULL) {
		log_warnx("leader lock: %s", err);
		free(err);
		PQfinish(*lead);
		*lead = NULL;
		return 0;
	}
	leader = strcmp(PQgetvalue(r, 0, 0), "t") == 0;
	PQclear(r);
	pthread_mutex_lock(&d->mu);
	was = d->leader;
	d->leader = leader;
	d->db_up = 1;
	pthread_mutex_unlock(&d->mu);
	if (leader && !was)
		log_info("leading: this daemon scans and delivers");
	return leader;
}

/* Open findings per check and jurisdiction, for /metrics. */
static void
count_open(struct daemon *d, const struct conf *cf, PGconn *conn)
{
	PGresult		*r;
	struct open_count	*v;
	char			*s, *sql, *err = NULL;
	int			 i, n;

	s = db_ident(conn, cf->schema);
	sql = xasprintf("SELECT check_name, jurisdiction, count(*) FROM "
	    "%s.findings WHERE status = 'open' GROUP BY 1, 2 ORDER BY 1, 2", s);
	r = db_query(conn, &err, sql, 0, NULL);
	free(sql);
	free(s);
	if (r == NULL) {
		free(err);
		return;
	}
	n = PQntuples(r);
	v = xcalloc((size_t)n + 1, sizeof *v);
	for (i = 0; i < n; i++) {
		v[i].check = xstrdup(PQgetvalue(r, i, 0));
		v[i].jur = xstrdup(PQgetvalue(r, i, 1));
		v[i].n = strtoll(PQgetvalue(r, i, 2), NULL, 10);
	}
	PQclear(r);
	pthread_mutex_lock(&d->mu);
	for (i = 0; i < (int)d->nopen; i++) {
		free(d->open[i].check);
		free(d->open[i].jur);
	}
	free(d->open);
	d->open = v;
	d->nopen = (size_t)n;
	pthread_mutex_unlock(&d->mu);
}

static void
do_deliver(struct daemon *d, const struct conf *cf)
{
	struct deliver_stats	 ds;
	char			*cause = NULL;

	memset(&ds, 0, sizeof ds);
	if (deliver_flush(cf, 0, &ds, &cause) != 0) {
		log_warnx("delivery: %s", cause);
		free(cause);
	}
	pthread_mutex_lock(&d->mu);
	d->delivered += (unsigned)ds.delivered;
	d->deferred += (unsigned)ds.deferred;
	d->dead += (unsigned)ds.dead;
	pthread_mutex_unlock(&d->mu);
}

static void
do_scan(struct daemon *d, const struct conf *cf, PGconn *lead)
{
	struct scan_result	 res;
	struct deliver_stats	 ds;
	char			*cause = NULL;
	int			 rc;

	rc = scan_run(cf, cf->rules, 0, NULL, &res, &cause);
	pthread_mutex_lock(&d->mu);
	d->last_at = (long long)time(NULL);
	if (rc != 0 && !res.acts_failed) {
		d->last_failed = 1;
		d->scans_failed++;
	} else {
		d->last_failed = res.acts_failed;
		d->scans_ok++;
		d->last_run = res.run_id;
		d->last_rows = res.rows;
		d->last_open = res.open;
		d->last_seconds = res.seconds;
		d->rows_total += (unsigned long long)res.rows;
		d->actions_taken += (unsigned long long)(res.acts.quarantined +
		    res.acts.erased);
		d->actions_proposed += (unsigned long long)res.acts.proposed;
	}
	pthread_mutex_unlock(&d->mu);
	if (rc != 0 && !res.acts_failed) {
		log_warnx("scheduled scan failed: %s", cause);
		free(cause);
		scan_result_free(&res);
		return;
	}
	if (rc != 0) {
		log_warnx("run %lld: actions stopped: %s", res.run_id, cause);
		XFREE(cause);
	}
	log_info("run %lld: scanned %lld rows in %.2fs: %lld open findings "
	    "(%lld new), %lld resolved", res.run_id, res.rows, res.seconds,
	    res.open, res.new, res.resolved);
	memset(&ds, 0, sizeof ds);
	if (deliver_produce(cf, res.run_id, &ds, &cause) != 0) {
		log_warnx("run %lld: reports: %s", res.run_id, cause);
		XFREE(cause);
	}
	scan_result_free(&res);
	count_open(d, cf, lead);
	do_deliver(d, cf);
}

static void *
worker_main(void *arg)
{
	struct daemon	*d = arg;
	struct conf	*cf;
	PGconn		*lead = NULL;
	sigset_t	 all;
	int		 job;

	/* Signals belong to the loop. */
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, NULL);
	for (;;) {
		pthread_mutex_lock(&d->mu);
		while (!d->stopping && d->jobs == 0)
			pthread_cond_wait(&d->cv, &d->mu);
		if (d->stopping) {
			pthread_mutex_unlock(&d->mu);
			break;
		}
		job = d->jobs & JOB_SCAN ? JOB_SCAN : d->jobs & JOB_DELIVER ?
		    JOB_DELIVER : JOB_LEADER;
		d->jobs &= ~job;
		cf = d->cf;
		d->busy = 1;
		pthread_mutex_unlock(&d->mu);

		if (leader_check(d, cf, &lead)) {
			if (job == JOB_SCAN)
				do_scan(d, cf, lead);
			else if (job == JOB_DELIVER)
				do_deliver(d, cf);
		}
		pthread_mutex_lock(&d->mu);
		d->busy = 0;
		pthread_mutex_unlock(&d->mu);
		wake_loop(d);
	}
	if (lead != NULL)
		PQfinish(lead);
	pthread_mutex_lock(&d->mu);
	d->finished = 1;
	pthread_mutex_unlock(&d->mu);
	wake_loop(d);
	return NULL;
}

static void
set_timer(struct event **ev, struct daemon *d, int seconds,
    event_callback_fn fn)
{
	struct timeval	 tv = { seconds, 0 };

	if (*ev != NULL) {
		event_free(*ev);
		*ev = NULL;
	}
	if (seconds <= 0)
		return;
	*ev = event_new(d->base, -1, EV_PERSIST, fn, d);
	event_add(*ev, &tv);
}

static void
on_scan_timer(evutil_socket_t fd, short what, void *arg)
{
	(void)fd;
	(void)what;
	request(arg, JOB_SCAN);
}

static void
on_deliver_timer(evutil_socket_t fd, short what, void *arg)
{
	(void)fd;
	(void)what;
	request(arg, JOB_DELIVER);
}

static void
on_leader_timer(evutil_socket_t fd, short what, void *arg)
{
	(void)fd;
	(void)what;
	request(arg, JOB_LEADER);
}

static void
on_watchdog(evutil_socket_t fd, short what, void *arg)
{
	(void)fd;
	(void)what;
	(void)arg;
	notify("WATCHDOG=1");
}

static void
schedule(struct daemon *d)
{
	set_timer(&d->ev_scan, d, d->cf->scan_every, on_scan_timer);
	set_timer(&d->ev_deliver, d, d->cf->spool_dir != NULL ?
	    d->cf->deliver_every : 0, on_deliver_timer);
	set_timer(&d->ev_leader, d, d->cf->standby_poll, on_leader_timer);
}

/* Free the configurations a reload replaced, once no job uses them. */
static void
reap(struct daemon *d)
{
	size_t	 i;

	pthread_mutex_lock(&d->mu);
	if (!d->busy) {
		for (i = 0; i < d->nretired; i++)
			conf_free(d->retired[i]);
		d->nretired = 0;
	}
	pthread_mutex_unlock(&d->mu);
}

static void
status_line(struct daemon *d)
{
	pthread_mutex_lock(&d->mu);
	if (!d->db_up)
		notify("STATUS=database unreachable");
	else if (!d->leader)
		notify("STATUS=standing by (another steward leads)");
	else if (d->last_run > 0)
		notify("STATUS=run %lld: %lld rows, %lld open findings, %.1fs%s",
		    d->last_run, d->last_rows, d->last_open, d->last_seconds,
		    d->last_failed ? "; the last scan failed" : "");
	else
		notify("STATUS=leading; no scan yet");
	pthread_mutex_unlock(&d->mu);
}

static void
on_wake(evutil_socket_t fd, short what, void *arg)
{
	struct daemon	*d = arg;
	char		 b[64];
	int		 done;

	(void)what;
	while (read(fd, b, sizeof b) > 0)
		;
	reap(d);
	status_line(d);
	pthread_mutex_lock(&d->mu);
	done = d->finished;
	pthread_mutex_unlock(&d->mu);
	if (done)
		event_base_loopbreak(d->base);
}

static void
on_stop_timeout(evutil_socket_t fd, short what, void *arg)
{
	struct daemon	*d = arg;

	(void)fd;
	(void)what;
	/*
	 * Exiting closes the worker's connections; PostgreSQL rolls back its
	 * open transaction, and the next scan marks the run abandoned.
	 */
	log_warnx("the scan did not finish within stop_timeout (%ds); "
	    "exiting, PostgreSQL rolls back its transaction",
	    d->cf->stop_timeout);
	notify("STOPPING=1");
	exit(0);
}

static void
stop(struct daemon *d)
{
	struct timeval	 tv = { d->cf->stop_timeout, 0 };

	if (d->ev_stop != NULL)
		return;
	log_info("stopping");
	notify("STOPPING=1");
	set_timer(&d->ev_scan, d, 0, NULL);
	set_timer(&d->ev_deliver, d, 0, NULL);
	set_timer(&d->ev_leader, d, 0, NULL);
	pthread_mutex_lock(&d->mu);
	d->stopping = 1;
	d->jobs = 0;
	pthread_cond_signal(&d->cv);
	pthread_mutex_unlock(&d->mu);
	d->ev_stop = evtimer_new(d->base, on_stop_timeout, d);
	evtimer_add(d->ev_stop, &tv);
}

static void
reload(struct daemon *d)
{
	struct conf	*cf;
	char		*cause = NULL;

	notify("RELOADING=1");
	cf = conf_reload(d->cf, d->path, &cause);
	if (cf == d->cf) {
		log_warnx("%s", cause);
		free(cause);
		pthread_mutex_lock(&d->mu);
		d->reloads_failed++;
		pthread_mutex_unlock(&d->mu);
	} else {
		pthread_mutex_lock(&d->mu);
		d->retired = xreallocarray(d->retired, d->nretired + 1,
		    sizeof *d->retired);
		d->retired[d->nretired++] = d->cf;
		d->cf = cf;
		d->reloads_ok++;
		pthread_mutex_unlock(&d->mu);
		log_info("reloaded %s: %zu checks, %zu jurisdictions; they apply "
		    "from the next scan", d->path, cf->rules->nchecks,
		    cf->rules->njurs);
		schedule(d);
		reap(d);
	}
	notify("READY=1");
	status_line(d);
}

static void
on_signal(evutil_socket_t sig, short what, void *arg)
{
	struct daemon	*d = arg;

	(void)what;
	switch (sig) {
	case SIGHUP:
		reload(d);
		break;
	case SIGUSR1:
		log_info("SIGUSR1: scanning now");
		request(d, JOB_SCAN);
		break;
	default:
		stop(d);
		break;
	}
}

/* Bearer-token check; 1 when the request may proceed. */
static int
authorized(struct daemon *d, struct evhttp_request *req)
{
	const char	*h;

	if (d->token == NULL)
		return 1;
	h = evhttp_find_header(evhttp_request_get_input_headers(req),
	    "Authorization");
	if (h != NULL && strncmp(h, "Bearer ", 7) == 0 &&
	    strlen(h + 7) == strlen(d->token) &&
	    CRYPTO_memcmp(h + 7, d->token, strlen(d->token)) == 0)
		return 1;
	evhttp_add_header(evhttp_request_get_output_headers(req),
	    "WWW-Authenticate", "Bearer");
	evhttp_send_error(req, 401, "Unauthorized");
	return 0;
}

static void
reply(struct evhttp_request *req, int code, const char *type, struct buf *b)
{
	struct evbuffer	*out = evbuffer_new();

	evbuffer_add(out, b->data != NULL ? b->data : "", b->len);
	evhttp_add_header(evhttp_request_get_output_headers(req),
	    "Content-Type", type);
	evhttp_add_header(evhttp_request_get_output_headers(req),
	    "Cache-Control", "no-store");
	evhttp_send_reply(req, code, code == 200 ? "OK" :
	    "Service Unavailable", out);
	evbuffer_free(out);
}

static void
on_healthz(struct evhttp_request *req, void *arg)
{
	struct daemon	*d = arg;
	struct buf	 b;
	int		 code = 200;

	if (!authorized(d, req))
		return;
	buf_init(&b);
	pthread_mutex_lock(&d->mu);
	if (!d->db_up) {
		code = 503;
		buf_adds(&b, "database unreachable\n");
	} else if (d->last_failed) {
		code = 503;
		buf_adds(&b, "the last scan failed\n");
	} else
		buf_printf(&b, "ok (%s)\n", d->leader ? "leader" : "standby");
	pthread_mutex_unlock(&d->mu);
	reply(req, code, "text/plain; charset=utf-8", &b);
	buf_free(&b);
}

static void
metric(struct buf *b, const char *name, const char *type, const char *help)
{
	buf_printf(b, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

/* A Prometheus label value: backslash, quote and newline escaped. */
static void
label(struct buf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '\\' || *s == '"')
			buf_addc(b, '\\');
		if (*s == '\n')
			buf_adds(b, "\\n");
		else
			buf_addc(b, *s);
	}
}

/* Directory entries only: a scrape must not read every message. */
static void
spool_depth(const struct conf *cf, size_t *queued, size_t *dead)
{
	long	 n;

	*queued = *dead = 0;
	if (cf->spool_dir == NULL)
		return;
	if ((n = spool_count(cf->spool_dir, SPOOL_QUEUED)) > 0)
		*queued = (size_t)n;
	if ((n = spool_count(cf->spool_dir, SPOOL_DEAD)) > 0)
		*dead = (size_t)n;
}

static void
on_metrics(struct evhttp_request *req, void *arg)
{
	struct daemon	*d = arg;
	struct buf	 b;
	size_t		 i, queued, dead;

	if (!authorized(d, req))
		return;
	buf_init(&b);
	spool_depth(d->cf, &queued, &dead);
	pthread_mutex_lock(&d->mu);
	metric(&b, "steward_up", "gauge", "1 while the daemon runs.");
	buf_adds(&b, "steward_up 1\n");
	metric(&b, "steward_database_up", "gauge",
	    "1 when the database answered the last check.");
	buf_printf(&b, "steward_database_up %d\n", d->db_up);
	metric(&b, "steward_leader", "gauge",
	    "1 when this daemon holds the leader lock and acts.");
	buf_printf(&b, "steward_leader %d\n", d->leader);
	metric(&b, "steward_scans_total", "counter", "Scans run by this daemon.");
	buf_printf(&b, "steward_scans_total{result=\"ok\"} %llu\n", d->scans_ok);
	buf_printf(&b, "steward_scans_total{result=\"failed\"} %llu\n",
	    d->scans_failed);
	metric(&b, "steward_last_scan_duration_seconds", "gauge",
	    "Duration of the last completed scan.");
	buf_printf(&b, "steward_last_scan_duration_seconds %.3f\n",
	    d->last_seconds);
	metric(&b, "steward_last_scan_timestamp_seconds", "gauge",
	    "When the last scan ended (Unix time).");
	buf_printf(&b, "steward_last_scan_timestamp_seconds %lld\n", d->last_at);
	metric(&b, "steward_rows_scanned_total", "counter",
	    "Rows read by scans.");
	buf_printf(&b, "steward_rows_scanned_total %llu\n", d->rows_total);
	metric(&b, "steward_findings_open", "gauge",
	    "Open findings after the last scan, by check and jurisdiction.");
	for (i = 0; i < d->nopen; i++) {
		buf_adds(&b, "steward_findings_open{check=\"");
		label(&b, d->open[i].check);
		buf_adds(&b, "\",jurisdiction=\"");
		label(&b, d->open[i].jur);
		buf_printf(&b, "\"} %lld\n", d->open[i].n);
	}
	metric(&b, "steward_actions_total", "counter",
	    "Records acted on (taken) or that would be in enforce mode.");
	buf_printf(&b, "steward_actions_total{kind=\"taken\"} %llu\n",
	    d->actions_taken);
	buf_printf(&b, "steward_actions_total{kind=\"proposed\"} %llu\n",
	    d->actions_proposed);
	metric(&b, "steward_deliveries_total", "counter",
	    "Delivery attempts of report messages, by outcome.");
	buf_printf(&b, "steward_deliveries_total{result=\"delivered\"} %llu\n",
	    d->delivered);
	buf_printf(&b, "steward_deliveries_total{result=\"deferred\"} %llu\n",
	    d->deferred);
	buf_printf(&b, "steward_deliveries_total{result=\"dead\"} %llu\n",
	    d->dead);
	metric(&b, "steward_spool_messages", "gauge",
	    "Messages in the spool, by state.");
	buf_printf(&b, "steward_spool_messages{state=\"queued\"} %zu\n", queued);
	buf_printf(&b, "steward_spool_messages{state=\"dead\"} %zu\n", dead);
	metric(&b, "steward_reloads_total", "counter",
	    "Configuration reloads (SIGHUP), by result.");
	buf_printf(&b, "steward_reloads_total{result=\"ok\"} %llu\n",
	    d->reloads_ok);
	buf_printf(&b, "steward_reloads_total{result=\"failed\"} %llu\n",
	    d->reloads_failed);
	pthread_mutex_unlock(&d->mu);
	reply(req, 200, "text/plain; version=0.0.4; charset=utf-8", &b);
	buf_free(&b);
}

static void
on_status(struct evhttp_request *req, void *arg)
{
	struct daemon	*d = arg;
	struct buf	 b;
	size_t		 queued, dead;

	if (!authorized(d, req))
		return;
	buf_init(&b);
	spool_depth(d->cf, &queued, &dead);
	pthread_mutex_lock(&d->mu);
	buf_printf(&b, "{\"version\": \"%s\", \"leader\": %s, \"database\": "
	    "\"%s\", \"busy\": %s, \"last_run\": %lld, \"last_scan\": \"%s\", "
	    "\"last_scan_at\": %lld, \"last_rows\": %lld, \"last_open\": %lld, "
	    "\"last_seconds\": %.3f, \"scans\": %llu, \"scans_failed\": %llu, "
	    "\"spool\": {\"queued\": %zu, \"dead\": %zu}, \"reloads\": %llu, "
	    "\"reload_failures\": %llu}\n", PACKAGE_VERSION,
	    d->leader ? "true" : "false", d->db_up ? "up" : "down",
	    d->busy ? "true" : "false", d->last_run, d->last_at == 0 ? "none" :
	    d->last_failed ? "failed" : "ok", d->last_at, d->last_rows,
	    d->last_open, d->last_seconds, d->scans_ok, d->scans_failed, queued,
	    dead, d->reloads_ok, d->reloads_failed);
	pthread_mutex_unlock(&d->mu);
	reply(req, 200, "application/json", &b);
	buf_free(&b);
}

static int
start_http(struct daemon *d, char **cause)
{
	const char	*spec = d->cf->listen != NULL ? d->cf->listen :
			    "127.0.0.1:9187";
	char		*host, *colon;
	long long	 port;
	const char	*errstr;

	if (strcmp(spec, "off") == 0)
		return 0;
	host = xstrdup(spec);
	if ((colon = strrchr(host, ':')) == NULL ||
	    parse_ll(colon + 1, 1, 65535, &port, &errstr) != 0) {
		*cause = xasprintf("daemon listen \"%s\": expected HOST:PORT",
		    spec);
		free(host);
		return -1;
	}
	*colon = '\0';
	if (host[0] == '[' && colon[-1] == ']') {	/* [::1]:9187 */
		colon[-1] = '\0';
		memmove(host, host + 1, strlen(host));
	}
	d->http = evhttp_new(d->base);
	evhttp_set_allowed_methods(d->http, EVHTTP_REQ_GET | EVHTTP_REQ_HEAD);
	evhttp_set_timeout(d->http, 10);
	evhttp_set_cb(d->http, "/healthz", on_healthz, d);
	evhttp_set_cb(d->http, "/metrics", on_metrics, d);
	evhttp_set_cb(d->http, "/status", on_status, d);
	if (evhttp_bind_socket(d->http, host, (ev_uint16_t)port) != 0) {
		*cause = xasprintf("daemon listen \"%s\": cannot bind: %s", spec,
		    strerror(errno));
		free(host);
		return -1;
	}
	log_info("HTTP on %s:%lld (/healthz, /metrics, /status)", host, port);
	free(host);
	return 0;
}

static int
write_pidfile(const char *path)
{
	FILE	*fp;

	if ((fp = fopen(path, "we")) == NULL)
		return -1;
	fprintf(fp, "%ld\n", (long)getpid());
	return fclose(fp);
}

int
daemon_run(struct conf *cf, const char *path, const char *pidfile)
{
	static const int sigs[4] = { SIGHUP, SIGTERM, SIGINT, SIGUSR1 };
	struct daemon	 d;
	struct timeval	 tv;
	char		*cause = NULL;
	size_t		 i;
	int		 rc = 1;
#ifdef HAVE_SYSTEMD
	uint64_t	 usec = 0;
#endif

	memset(&d, 0, sizeof d);
	d.cf = cf;
	d.path = path;
	d.wake[0] = d.wake[1] = -1;
	signal(SIGPIPE, SIG_IGN);
	if (cf->token_file != NULL && conf_secret(cf->token_file,
	    "daemon token_file", &d.token, &cause) != 0) {
		log_warnx("%s", cause);
		free(cause);
		conf_free(cf);
		return 3;
	}
	if ((d.base = event_base_new()) == NULL)
		fatalx("event_base_new failed");
	if (pipe2(d.wake, O_NONBLOCK | O_CLOEXEC) == -1)
		fatal("pipe2");
	pthread_mutex_init(&d.mu, NULL);
	pthread_cond_init(&d.cv, NULL);
	if (start_http(&d, &cause) != 0) {
		log_warnx("%s", cause);
		free(cause);
		rc = 3;
		goto out;
	}
	if (pidfile != NULL && write_pidfile(pidfile) != 0) {
		log_warn("pidfile %s", pidfile);
		goto out;
	}
	d.ev_wake = event_new(d.base, d.wake[0], EV_READ | EV_PERSIST, on_wake,
	    &d);
	event_add(d.ev_wake, NULL);
	for (i = 0; i < 4; i++) {
		d.ev_sig[i] = evsignal_new(d.base, sigs[i], on_signal, &d);
		event_add(d.ev_sig[i], NULL);
	}
	schedule(&d);
#ifdef HAVE_SYSTEMD
	if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
		tv.tv_sec = (time_t)(usec / 2 / 1000000);
		tv.tv_usec = (suseconds_t)(usec / 2 % 1000000);
		d.ev_watchdog = event_new(d.base, -1, EV_PERSIST, on_watchdog,
		    &d);
		event_add(d.ev_watchdog, &tv);
	}
#endif
	(void)tv;
	if (pthread_create(&d.worker, NULL, worker_main, &d) != 0)
		fatalx("cannot start the worker thread");
	request(&d, JOB_LEADER);
	log_info("steward %s daemon started: %s, scans every %ds, mode %s",
	    PACKAGE_VERSION, path, cf->scan_every, conf_mode_name(cf->mode));
	notify("READY=1\nSTATUS=starting");
	event_base_dispatch(d.base);
	pthread_join(d.worker, NULL);
	log_info("stopped");
	rc = 0;
out:
	if (pidfile != NULL)
		unlink(pidfile);
	for (i = 0; i < 4; i++)
		if (d.ev_sig[i] != NULL)
			event_free(d.ev_sig[i]);
	set_timer(&d.ev_scan, &d, 0, NULL);
	set_timer(&d.ev_deliver, &d, 0, NULL);
	set_timer(&d.ev_leader, &d, 0, NULL);
	if (d.ev_watchdog != NULL)
		event_free(d.ev_watchdog);
	if (d.ev_wake != NULL)
		event_free(d.ev_wake);
	if (d.ev_stop != NULL)
		event_free(d.ev_stop);
	if (d.http != NULL)
		evhttp_free(d.http);
	event_base_free(d.base);
	close(d.wake[0]);
	close(d.wake[1]);
	for (i = 0; i < d.nretired; i++)
		conf_free(d.retired[i]);
	free(d.retired);
	for (i = 0; i < d.nopen; i++) {
		free(d.open[i].check);
		free(d.open[i].jur);
	}
	free(d.open);
	if (d.token != NULL) {
		memset(d.token, 0, strlen(d.token));
		free(d.token);
	}
	conf_free(d.cf);
	return rc;
}
