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
 *
 * Schedules are one-shot timers re-armed after each firing, never longer
 * than a minute, so a cron time is met even when the wall clock jumps.
 * Changed rows notified by the trigger (listen.c) are collected on the
 * loop and judged by the worker in batches, a moment after the first.
 * A scan that fails because the database went away is tried again with
 * backoff, from the start: a scan is safe to repeat, since its findings
 * are merged in one transaction and each action batch is its own.
 */
#include "config.h"

#include <sys/resource.h>
#include <sys/types.h>

#include <dirent.h>

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

#include "daemon/audit.h"
#include "daemon/conf.h"
#include "daemon/daemon.h"
#include "daemon/db.h"
#include "daemon/deliver.h"
#include "daemon/findings.h"
#include "daemon/listen.h"
#include "lib/log.h"
#include "lib/secret.h"
#include "daemon/dupscan.h"
#include "daemon/retention.h"
#include "daemon/scan.h"
#include "daemon/trigger.h"
#include "lib/util.h"
#include "lib/format.h"
#include "notifiers/spool.h"

/* Jobs for the worker; the lowest bit set goes first. */
#define JOB_SCAN	0x01	/* full scan */
#define JOB_INCR	0x02	/* incremental scan */
#define JOB_KEYS	0x04	/* the notified keys */
#define JOB_REPORT	0x08	/* reports of the last full scan */
#define JOB_DELIVER	0x10	/* spool retries */
#define JOB_LEADER	0x20	/* leader lock and database check */

#define KEYS_MAX	10000	/* pending notified keys; then catch up */
#define KEYS_DELAY_MS	200	/* gather a batch after the first key */
#define RETRY_MIN	5	/* a scan the database lost: backoff */
#define RETRY_MAX	300
#define TIMER_MAX	60	/* longest one-shot wait for a schedule */

enum { T_FULL, T_INCR, T_REPORT, T_SPOOL, T_COUNT };

struct daemon;

struct sched_timer {
	struct daemon	*d;
	struct sched	 s;		/* a copy: reloads replace the conf */
	int		 job;
	long long	 due;
	int		 fired;		/* since the daemon started */
	long long	 since;		/* armed with this schedule */
	struct event	*ev;
};

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
	struct dup_cache *dups;		/* the worker's, between scans */
	pthread_mutex_t	 mu;
	pthread_cond_t	 cv;
	int		 jobs;		/* JOB_* wanted */
	int		 busy;
	int		 busy_job;	/* the JOB_* the worker runs, or 0 */
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
	long long	 last_ok_at[3];	/* by enum scan_kind: last success */
	long long	 reload_ok_at;	/* last successful reload, or start */
	/*
	 * When each schedule's job last completed here, and when this
	 * daemon began to lead: what overdue() counts from.
	 */
	long long	 done_at[T_COUNT];
	long long	 lead_at;

	/*
	 * The schedules' anchors: when each last ran to completion, as the
	 * runs table says (seconds; 0 never).  Loaded by the worker once it
	 * can read the database, kept up to date after; under mu.
	 */
	long long	 anchor[T_COUNT];
	int		 anchors;	/* 1 loaded, 2 applied by the loop */
	int		 anchors_lead;	/* newly leading: the timers' past
					   firings did nothing */

	/* A reload parsed off the loop; under mu. */
	pthread_t	 reloader;
	int		 reloading;	/* the reloader thread runs */
	int		 reload_again;	/* SIGHUP while it ran */
	int		 reload_done;
	struct conf	*reload_cf;
	char		*reload_token;	/* its token_file's, read with it */
	char		*reload_cause;

	/* Notified keys waiting for the worker; under mu. */
	char		**keys;
	size_t		 nkeys;
	int		 keys_overflow;
	unsigned long long keys_total;
	/* The channel to LISTEN on, found by the worker; under mu. */
	char		*channel;
	const struct conf *channel_cf;
	int		 retry_jobs;	/* failed with the database; under mu */
	int		 retry_delay;

	struct listener	*listener;
	struct evhttp	*http;
	char		*token;
	struct sched_timer timers[T_COUNT];
	struct event	*ev_leader, *ev_watchdog, *ev_keys, *ev_retry;
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

/* A bearer token: wiped before it is freed. */
static void
token_free(char *token)
{
	if (token != NULL) {
		memset(token, 0, strlen(token));
		free(token);
	}
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
 * With listen on, the leader finds the channel of its table for the loop's
 * listener, once per configuration, and says when the trigger is missing.
 */
static void
find_channel(struct daemon *d, const struct conf *cf, PGconn *conn)
{
	char	*ch = NULL, *err = NULL;
	int	 have;

	pthread_mutex_lock(&d->mu);
	have = d->channel_cf == cf;
	pthread_mutex_unlock(&d->mu);
	if (have || !cf->listen)
		return;
	if ((ch = trigger_channel(conn, cf, &err)) == NULL ||
	    (have = trigger_installed(conn, cf, &err)) < 0) {
		log_warnx("listen: %s", err);
		free(err);
		free(ch);
		return;
	}
	if (!have)
		log_warnx("listen: the change trigger is not installed on %s; "
		    "run 'steward install-trigger' (until then, changed rows "
		    "wait for the next scan)", cf->table);
	pthread_mutex_lock(&d->mu);
	free(d->channel);
	d->channel = ch;
	d->channel_cf = cf;
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
	if (leader && !was) {
		log_info("leading: this daemon scans and delivers");
		/* Count the schedules from the runs of the daemon led before. */
		pthread_mutex_lock(&d->mu);
		d->anchors = 0;
		d->anchors_lead = 1;
		d->lead_at = (long long)time(NULL);
		pthread_mutex_unlock(&d->mu);
	}
	if (leader)
		find_channel(d, cf, *lead);
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
	d->done_at[T_SPOOL] = (long long)time(NULL);
	d->delivered += (unsigned)ds.delivered;
	d->deferred += (unsigned)ds.deferred;
	d->dead += (unsigned)ds.dead;
	pthread_mutex_unlock(&d->mu);
}

/*
 * When each schedule last ran to completion, from the runs table, so that
 * neither a restart nor a reload postpones a scan ("every 1d" counted from
 * the start never came with a daily restart).  Once; then do_scan keeps
 * the anchors up to date.
 */
static void
load_anchors(struct daemon *d, const struct conf *cf, PGconn *conn)
{
	PGresult	*r = NULL;
	char		*s = NULL, *t = NULL, *rel = NULL, *sql = NULL;
	char		*err = NULL;
	const char	*p[1];
	long long	 a[T_COUNT];
	int		 have;

	pthread_mutex_lock(&d->mu);
	have = d->anchors != 0;
	pthread_mutex_unlock(&d->mu);
	if (have)
		return;
	memset(a, 0, sizeof a);
	s = db_ident(conn, cf->schema);
	rel = xasprintf("%s.runs", s);
	p[0] = rel;
	if ((r = db_query(conn, &err, "SELECT to_regclass($1) IS NOT NULL", 1,
	    p)) == NULL)
		goto out;
	if (strcmp(PQgetvalue(r, 0, 0), "t") == 0) {
		PQclear(r);
		r = NULL;
		if ((t = db_resolve_table(conn, cf, &err)) == NULL)
			goto out;
		sql = xasprintf("SELECT coalesce(extract(epoch FROM "
		    "max(started_at) FILTER (WHERE kind = 'full'))::bigint, 0), "
		    "coalesce(extract(epoch FROM max(started_at))::bigint, 0), "
		    "coalesce(extract(epoch FROM max(finished_at) FILTER (WHERE "
		    "kind = 'full'))::bigint, 0) FROM %s.runs WHERE table_name = "
		    "$1 AND status = 'done' AND kind IN ('full', 'incremental')",
		    s);
		p[0] = t;
		if ((r = db_query(conn, &err, sql, 1, p)) == NULL)
			goto out;
		a[T_FULL] = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
		a[T_INCR] = strtoll(PQgetvalue(r, 0, 1), NULL, 10);
		a[T_REPORT] = strtoll(PQgetvalue(r, 0, 2), NULL, 10);
	}
	pthread_mutex_lock(&d->mu);
	if (d->anchors == 0) {
		memcpy(d->anchor, a, sizeof d->anchor);
		d->anchors = 1;
	}
	pthread_mutex_unlock(&d->mu);
out:
	if (err != NULL) {
		log_warnx("schedules: %s", err);
		free(err);
	}
	if (r != NULL)
		PQclear(r);
	free(sql);
	free(rel);
	free(t);
	free(s);
}

/* The last completed full run of the table, for scheduled reports. */
static long long
last_full_run(const struct conf *cf, PGconn *conn)
{
	PGresult	*r;
	char		*s, *t, *sql, *err = NULL;
	const char	*p[1];
	long long	 run = 0;

	if ((t = db_resolve_table(conn, cf, &err)) == NULL) {
		log_warnx("reports: %s", err);
		free(err);
		return 0;
	}
	s = db_ident(conn, cf->schema);
	sql = xasprintf("SELECT max(id) FROM %s.runs WHERE table_name = $1 "
	    "AND kind = 'full' AND status = 'done'", s);
	p[0] = t;
	if ((r = db_query(conn, &err, sql, 1, p)) == NULL) {
		log_warnx("reports: %s", err);
		free(err);
	} else {
		run = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
		PQclear(r);
	}
	free(sql);
	free(s);
	free(t);
	return run;
}

static void
do_report(struct daemon *d, const struct conf *cf, PGconn *lead)
{
	struct deliver_stats	 ds;
	char			*cause = NULL;
	long long		 run;

	if ((run = last_full_run(cf, lead)) <= 0)
		return;
	memset(&ds, 0, sizeof ds);
	/* Idempotent: a run already reported spools nothing again. */
	if (deliver_produce(cf, run, &ds, &cause) != 0) {
		log_warnx("run %lld: reports: %s", run, cause);
		free(cause);
	} else if (ds.spooled > 0)
		log_info("run %lld: %d reports spooled", run, ds.spooled);
	do_deliver(d, cf);
}

/* Take the notified keys gathered so far. */
static char **
take_keys(struct daemon *d, size_t *n, int *overflow)
{
	char	**v;

	pthread_mutex_lock(&d->mu);
	v = d->keys;
	*n = d->nkeys;
	*overflow = d->keys_overflow;
	d->keys = NULL;
	d->nkeys = 0;
	d->keys_overflow = 0;
	pthread_mutex_unlock(&d->mu);
	return v;
}

static void
free_keys(char **v, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* A job the database failed: try it again after the backoff. */
static void
retry_later(struct daemon *d, int job)
{
	pthread_mutex_lock(&d->mu);
	d->retry_jobs |= job;
	pthread_mutex_unlock(&d->mu);
}

/* After a full scan: forget what retention { } says (retention.c). */
static void
do_prune(const struct conf *cf, PGconn *lead)
{
	struct retention_stats	 st;
	char			*cause = NULL;

	if (retention_prune(cf, lead, &st, &cause) != 0) {
		log_warnx("retention: %s", cause);
		free(cause);
	} else if (st.runs + st.findings + st.duplicates + st.reports > 0)
		log_info("retention: pruned %lld runs, %lld resolved findings, "
		    "%lld duplicate pairs, %lld report directories", st.runs,
		    st.findings, st.duplicates, st.reports);
}

static void
do_scan(struct daemon *d, const struct conf *cf, PGconn *lead, int job)
{
	struct scan_scope	 scope = { SCAN_FULL, NULL, 0, NULL, 0 };
	struct scan_result	 res;
	struct deliver_stats	 ds;
	char			*cause = NULL;
	long long		 started = (long long)time(NULL);
	int			 rc, overflow = 0;

	if (job == JOB_INCR)
		scope.kind = SCAN_INCREMENTAL;
	else if (job == JOB_KEYS) {
		scope.kind = SCAN_KEYS;
		scope.keys = take_keys(d, &scope.nkeys, &overflow);
		if (overflow && cf->columns[FIELD_UPDATED_AT] != NULL) {
			/* Too many at once: read them by updated_at. */
			free_keys(scope.keys, scope.nkeys);
			scope.keys = NULL;
			scope.nkeys = 0;
			scope.kind = SCAN_INCREMENTAL;
		} else if (overflow)
			log_warnx("more than %d rows changed at once; the "
			    "others wait for the next full scan", KEYS_MAX);
		if (scope.kind == SCAN_KEYS && scope.nkeys == 0)
			return;
	}
	/*
	 * Keep the duplicate index between scans only when changed rows are
	 * checked between full scans: it holds the compared fields of every
	 * record (about 150 bytes each).
	 */
	if (cf->listen || cf->incremental_scan.kind != SCHED_OFF) {
		if (d->dups == NULL)
			d->dups = dupscan_cache_new();
		scope.dups = d->dups;
	} else if (d->dups != NULL) {
		dupscan_cache_free(d->dups);
		d->dups = NULL;
	}
	rc = scan_run(cf, cf->rules, 0, &scope, &res, &cause);
	free_keys(scope.keys, scope.nkeys);
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
		if (res.kind == SCAN_FULL)
			d->retry_delay = 0;
		if (res.kind >= SCAN_FULL && res.kind <= SCAN_KEYS)
			d->last_ok_at[res.kind] = d->last_at;
		if (res.kind == SCAN_FULL)
			d->done_at[T_FULL] = d->last_at;
		else if (res.kind == SCAN_INCREMENTAL)
			d->done_at[T_INCR] = d->last_at;
		/* What the schedules count from, as load_anchors() reads it. */
		if (res.kind == SCAN_FULL) {
			d->anchor[T_FULL] = started;
			d->anchor[T_REPORT] = d->last_at;
		}
		if (res.kind != SCAN_KEYS)
			d->anchor[T_INCR] = started;
	}
	pthread_mutex_unlock(&d->mu);
	if (rc != 0 && !res.acts_failed) {
		log_warnx("%s scan failed: %s", scan_kind_name(scope.kind),
		    cause);
		free(cause);
		/* A configuration error stays until a reload: no retry. */
		if (!res.config_error)
			retry_later(d, job == JOB_KEYS ?
			    (cf->columns[FIELD_UPDATED_AT] != NULL ? JOB_INCR :
			    0) : job);
		scan_result_free(&res);
		return;
	}
	if (rc != 0) {
		log_warnx("run %lld: actions stopped: %s", res.run_id, cause);
		XFREE(cause);
	}
	if (res.kind == SCAN_KEYS && res.rows == 0)
		log_debug("run %lld: the notified rows are gone", res.run_id);
	log_info("run %lld (%s): scanned %lld rows in %.2fs: %lld open "
	    "findings (%lld new), %lld resolved", res.run_id,
	    scan_kind_name(res.kind), res.rows, res.seconds, res.open, res.new,
	    res.resolved);
	memset(&ds, 0, sizeof ds);
	/* Reports describe full scans; with report set, they wait for it. */
	if (res.kind == SCAN_FULL && cf->report_at.kind == SCHED_OFF &&
	    deliver_produce(cf, res.run_id, &ds, &cause) != 0) {
		log_warnx("run %lld: reports: %s", res.run_id, cause);
		XFREE(cause);
	}
	scan_result_free(&res);
	count_open(d, cf, lead);
	if (scope.kind == SCAN_FULL) {
		do_deliver(d, cf);
		do_prune(cf, lead);
	}
}

static void *
worker_main(void *arg)
{
	struct daemon	*d = arg;
	struct conf	*cf;
	PGconn		*lead = NULL;
	sigset_t	 all;
	char		**keys;
	size_t		 n;
	int		 job, overflow, down;

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
		job = d->jobs & -d->jobs;
		d->jobs &= ~job;
		cf = d->cf;
		d->busy = 1;
		d->busy_job = job;
		pthread_mutex_unlock(&d->mu);

		if (leader_check(d, cf, &lead)) {
			load_anchors(d, cf, lead);
			if (job & (JOB_SCAN | JOB_INCR | JOB_KEYS))
				do_scan(d, cf, lead, job);
			else if (job == JOB_REPORT) {
				do_report(d, cf, lead);
				pthread_mutex_lock(&d->mu);
				d->done_at[T_REPORT] = (long long)time(NULL);
				pthread_mutex_unlock(&d->mu);
			}
			else if (job == JOB_DELIVER)
				do_deliver(d, cf);
		} else if (job & (JOB_SCAN | JOB_INCR | JOB_KEYS)) {
			if (job == JOB_KEYS) {
				keys = take_keys(d, &n, &overflow);
				free_keys(keys, n);
			}
			pthread_mutex_lock(&d->mu);
			down = !d->db_up;
			if (down) {
				/* A scan the database is down for: it failed. */
				d->last_failed = 1;
				d->scans_failed++;
			}
			pthread_mutex_unlock(&d->mu);
			if (down && job != JOB_KEYS)
				retry_later(d, job);
		}
		pthread_mutex_lock(&d->mu);
		d->busy = 0;
		d->busy_job = 0;
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

static void	on_sched(evutil_socket_t, short, void *);
static void	reload_finish(struct daemon *);

/* Wait for t's next time, or TIMER_MAX, whichever comes first. */
static void
arm(struct sched_timer *t, long long now)
{
	struct timeval	 tv = { 0, 0 };
	long long	 wait;

	if (t->ev == NULL)
		t->ev = evtimer_new(t->d->base, on_sched, t);
	if (t->due <= now && (t->due = sched_next(&t->s, now)) < 0) {
		evtimer_del(t->ev);
		return;
	}
	wait = t->due - now;
	tv.tv_sec = (time_t)(wait > TIMER_MAX ? TIMER_MAX : wait);
	evtimer_add(t->ev, &tv);
}

static void
on_sched(evutil_socket_t fd, short what, void *arg)
{
	struct sched_timer	*t = arg;
	long long		 now = (long long)time(NULL);

	(void)fd;
	(void)what;
	if (now >= t->due) {
		request(t->d, t->job);
		t->fired = 1;
	}
	arm(t, now);
}

static const char *const sched_names[T_COUNT] = { "full_scan",
    "incremental_scan", "report", "spool_retry" };

/*
 * Arm t to fire next after anchor, when it last ran to completion (0:
 * never).  A time already past was missed, while the daemon was down or
 * under another schedule: run it now.  A scan that never ran is due now;
 * a report that never ran waits for its time.
 */
static void
arm_from(struct sched_timer *t, int i, long long anchor, long long now)
{
	long long	 due;

	if (t->s.kind == SCHED_OFF) {
		arm(t, now);
		return;
	}
	if (anchor > 0)
		due = sched_next(&t->s, anchor);
	else
		due = t->job == JOB_REPORT ? 0 : now;
	if (due > 0 && due <= now) {
		log_info("%s: %s; running it now", sched_names[i], anchor > 0 ?
		    "its time passed since the last completed run" :
		    "no completed run yet");
		request(t->d, t->job);
		t->fired = 1;
		due = 0;
	}
	t->due = due;
	arm(t, now);
}

/* The anchors the worker loaded: count the schedules from them. */
static void
apply_anchors(struct daemon *d)
{
	long long	 a[T_COUNT], now = (long long)time(NULL);
	int		 i, load, lead = 0;

	pthread_mutex_lock(&d->mu);
	if ((load = d->anchors == 1) != 0) {
		memcpy(a, d->anchor, sizeof a);
		d->anchors = 2;
		lead = d->anchors_lead;
		d->anchors_lead = 0;
	}
	pthread_mutex_unlock(&d->mu);
	if (!load || d->ev_stop != NULL)
		return;
	/* A standby's firings requested nothing: they do not count. */
	for (i = 0; lead && i < T_COUNT; i++)
		d->timers[i].fired = 0;
	for (i = 0; i < T_COUNT; i++)
		if (i != T_SPOOL && !d->timers[i].fired &&
		    d->timers[i].d != NULL)
			arm_from(&d->timers[i], i, a[i], now);
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
on_retry(evutil_socket_t fd, short what, void *arg)
{
	struct daemon	*d = arg;
	int		 jobs;

	(void)fd;
	(void)what;
	pthread_mutex_lock(&d->mu);
	jobs = d->retry_jobs;
	d->retry_jobs = 0;
	pthread_mutex_unlock(&d->mu);
	if (jobs != 0) {
		log_info("trying the failed scan again");
		request(d, jobs);
	}
}

/* Arm the retry of failed scans, with backoff; on the loop. */
static void
schedule_retry(struct daemon *d)
{
	struct timeval	 tv = { 0, 0 };
	int		 jobs;

	pthread_mutex_lock(&d->mu);
	jobs = d->retry_jobs;
	if (jobs != 0 && !evtimer_pending(d->ev_retry, NULL)) {
		d->retry_delay = d->retry_delay == 0 ? RETRY_MIN :
		    d->retry_delay * 2 > RETRY_MAX ? RETRY_MAX :
		    d->retry_delay * 2;
		tv.tv_sec = d->retry_delay;
		evtimer_add(d->ev_retry, &tv);
	}
	pthread_mutex_unlock(&d->mu);
	if (jobs != 0 && tv.tv_sec > 0)
		log_info("the scan will be tried again in %lds",
		    (long)tv.tv_sec);
}

/*
 * Arm the schedules of d->cf.  On a reload, a schedule whose text did not
 * change keeps its time: re-arming every one from now meant a reload more
 * often than "every N" postponed the scan for ever.  A changed one counts
 * from the last completed run, once the worker has read it.
 */
static void
schedule(struct daemon *d)
{
	static const int jobs[T_COUNT] = { JOB_SCAN, JOB_INCR, JOB_REPORT,
	    JOB_DELIVER };
	const struct sched *s[T_COUNT] = { &d->cf->full_scan,
	    &d->cf->incremental_scan, &d->cf->report_at, &d->cf->spool_retry };
	struct sched_timer *t;
	struct sched	 ns;
	long long	 now = (long long)time(NULL), a[T_COUNT];
	char		 was[128], is[128];
	int		 i, applied;

	pthread_mutex_lock(&d->mu);
	memcpy(a, d->anchor, sizeof a);
	applied = d->anchors == 2;
	pthread_mutex_unlock(&d->mu);
	for (i = 0; i < T_COUNT; i++) {
		t = &d->timers[i];
		ns = *s[i];
		if (i == T_SPOOL && d->cf->spool_dir == NULL)
			ns.kind = SCHED_OFF;
		sched_format(&ns, is, sizeof is);
		if (t->d != NULL) {
			sched_format(&t->s, was, sizeof was);
			/* Still armed: arm() now could skip a due time. */
			if (strcmp(was, is) == 0)
				continue;
			log_info("%s: the schedule changed from %s to %s",
			    sched_names[i], was, is);
		}
		t->d = d;
		t->job = jobs[i];
		t->s = ns;
		t->due = 0;
		t->since = now;
		if (applied && i != T_SPOOL)
			arm_from(t, i, a[i], now);
		else
			arm(t, now);
	}
	set_timer(&d->ev_leader, d, d->cf->standby_poll, on_leader_timer);
}

static void
unschedule(struct daemon *d)
{
	int	 i;

	for (i = 0; i < T_COUNT; i++)
		if (d->timers[i].ev != NULL) {
			event_free(d->timers[i].ev);
			d->timers[i].ev = NULL;
		}
	set_timer(&d->ev_leader, d, 0, NULL);
}

static void
on_keys_timer(evutil_socket_t fd, short what, void *arg)
{
	(void)fd;
	(void)what;
	request(arg, JOB_KEYS);
}

/* A key the trigger notified: gather it for the next batch. */
static void
on_key(void *arg, const char *key)
{
	struct daemon	*d = arg;
	struct timeval	 tv = { 0, KEYS_DELAY_MS * 1000 };

	pthread_mutex_lock(&d->mu);
	d->keys_total++;
	if (d->nkeys >= KEYS_MAX)
		d->keys_overflow = 1;
	else {
		d->keys = xreallocarray(d->keys, d->nkeys + 1, sizeof *d->keys);
		d->keys[d->nkeys++] = xstrdup(key);
	}
	pthread_mutex_unlock(&d->mu);
	if (!evtimer_pending(d->ev_keys, NULL))
		evtimer_add(d->ev_keys, &tv);
}

/* Notifications were not heard until now: catch up by updated_at. */
static void
on_listen_state(void *arg, int up)
{
	struct daemon	*d = arg;

	if (up && d->cf->columns[FIELD_UPDATED_AT] != NULL)
		request(d, JOB_INCR);
	else if (!up)
		log_warnx("listen: not listening; changed rows wait for the "
		    "next scan");
}

/* Listen while leading, on the channel the worker found. */
static void
update_listener(struct daemon *d)
{
	char	*ch = NULL;

	if (d->listener == NULL)
		return;
	pthread_mutex_lock(&d->mu);
	if (d->cf->listen && d->leader && d->channel != NULL &&
	    d->channel_cf == d->cf && !d->stopping)
		ch = xstrdup(d->channel);
	pthread_mutex_unlock(&d->mu);
	listener_set(d->listener, ch);
	free(ch);
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
	reload_finish(d);
	apply_anchors(d);
	reap(d);
	status_line(d);
	schedule_retry(d);
	update_listener(d);
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
	unschedule(d);
	evtimer_del(d->ev_keys);
	evtimer_del(d->ev_retry);
	if (d->listener != NULL)
		listener_set(d->listener, NULL);
	pthread_mutex_lock(&d->mu);
	d->stopping = 1;
	d->jobs = 0;
	pthread_cond_signal(&d->cv);
	pthread_mutex_unlock(&d->mu);
	d->ev_stop = evtimer_new(d->base, on_stop_timeout, d);
	evtimer_add(d->ev_stop, &tv);
}

/*
 * The reloader thread: parse the files while the loop goes on answering
 * /healthz and signals.  A rule file can be large, or hostile; the loop
 * must not wait for it.  It reads d->cf only, which changes on the loop
 * when this thread is done.
 */
static void *
reload_main(void *arg)
{
	struct daemon	*d = arg;
	struct conf	*old, *cf;
	char		*cause = NULL, *token = NULL, *why;
	sigset_t	 all;

	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, NULL);
	pthread_mutex_lock(&d->mu);
	old = d->cf;
	pthread_mutex_unlock(&d->mu);
	cf = conf_reload(old, d->path, &cause);
	/*
	 * The token too: read only at start, a rotated token_file kept the
	 * old one, and a scraper given the new one got 401 until a restart.
	 */
	if (cf != old && cf->token_file != NULL && secret_read(cf->token_file,
	    "daemon token_file", &token, &why) != 0) {
		cause = xasprintf("reload of %s failed: %s; keeping the "
		    "configuration in force", d->path, why);
		free(why);
		conf_free(cf);
		cf = old;
	}
	pthread_mutex_lock(&d->mu);
	d->reload_cf = cf == old ? NULL : cf;
	d->reload_token = token;
	d->reload_cause = cause;
	d->reload_done = 1;
	pthread_mutex_unlock(&d->mu);
	wake_loop(d);
	return NULL;
}

/* SIGHUP: start the reloader, or reload again once it is done. */
static void
reload(struct daemon *d)
{
	if (d->reloading) {
		d->reload_again = 1;
		log_info("SIGHUP while reloading: reloading again after this");
		return;
	}
	notify("RELOADING=1");
	d->reloading = 1;
	if (pthread_create(&d->reloader, NULL, reload_main, d) != 0) {
		d->reloading = 0;
		log_warnx("reload of %s failed: cannot start a thread", d->path);
		notify("READY=1");
	}
}

/* On the loop, when the reloader is done: swap the new configuration in. */
static void
reload_finish(struct daemon *d)
{
	struct conf	*cf;
	char		*cause, *token;
	int		 done;

	pthread_mutex_lock(&d->mu);
	done = d->reload_done;
	cf = d->reload_cf;
	token = d->reload_token;
	cause = d->reload_cause;
	d->reload_done = 0;
	d->reload_cf = NULL;
	d->reload_token = NULL;
	d->reload_cause = NULL;
	pthread_mutex_unlock(&d->mu);
	if (!done)
		return;
	pthread_join(d->reloader, NULL);
	d->reloading = 0;
	if (d->ev_stop != NULL) {
		conf_free(cf);
		token_free(token);
		free(cause);
		return;
	}
	if (cf == NULL) {
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
		d->reload_ok_at = (long long)time(NULL);
		pthread_mutex_unlock(&d->mu);
		/* The loop alone reads the token: no lock. */
		token_free(d->token);
		d->token = token;
		log_info("reloaded %s: %zu checks, %zu jurisdictions; they apply "
		    "from the next scan", d->path, cf->rules->nchecks,
		    cf->rules->njurs);
		schedule(d);
		reap(d);
		if (cf->listen && d->listener == NULL)
			d->listener = listener_new(d->base, &d->cf, on_key,
			    on_listen_state, d);
		/* The worker finds the channel again, for the new table. */
		request(d, JOB_LEADER);
		update_listener(d);
	}
	notify("READY=1");
	status_line(d);
	if (d->reload_again) {
		d->reload_again = 0;
		reload(d);
	}
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

/*
 * How long schedule i is overdue (seconds; 0 when it is not): not
 * completed a whole period after it was due, so its timer or its job has
 * stopped, it waits behind other jobs, or every try fails.  Counted from
 * the last completion here, from when it was armed with this schedule or
 * from when this daemon began to lead, whichever is last.  A job the
 * worker runs now is not overdue: a long scan is slow, not stopped.  On
 * the loop, which owns the timers, with mu held.
 */
static long long
overdue(const struct daemon *d, int i, long long now)
{
	const struct sched_timer *t = &d->timers[i];
	long long	 ref, due, next;

	if (!d->leader || t->d == NULL || t->s.kind == SCHED_OFF ||
	    d->busy_job == t->job)
		return 0;
	ref = d->done_at[i];
	if (t->since > ref)
		ref = t->since;
	if (d->lead_at > ref)
		ref = d->lead_at;
	if ((due = sched_next(&t->s, ref)) < 0 ||
	    (next = sched_next(&t->s, due)) < 0 || now <= next)
		return 0;
	return now - due;
}

static void
on_healthz(struct evhttp_request *req, void *arg)
{
	struct daemon	*d = arg;
	struct buf	 b;
	long long	 late, now = (long long)time(NULL);
	int		 code = 200, i;

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
	}
	for (i = 0; code == 200 && i < T_COUNT; i++)
		if ((late = overdue(d, i, now)) > 0) {
			code = 503;
			buf_printf(&b, "%s is overdue: due %llds ago\n",
			    sched_names[i], late);
		}
	if (code == 200)
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

/*
 * The standard process_* metrics of Prometheus client libraries, read
 * from /proc as client_golang's procfs collector does.  Absent elsewhere.
 */
static void
process_metrics(struct buf *b)
{
	char		 text[1024], *p, *end;
	unsigned long long f[25];
	long long	 btime = -1;
	long		 tck = sysconf(_SC_CLK_TCK), page = sysconf(_SC_PAGESIZE);
	ssize_t		 n;
	struct rlimit	 rl;
	struct dirent	*de;
	DIR		*dir;
	FILE		*fp;
	long		 fds = 0;
	int		 fd, i;

	if ((fd = open("/proc/self/stat", O_RDONLY | O_CLOEXEC)) == -1)
		return;
	n = read(fd, text, sizeof text - 1);
	close(fd);
	if (n <= 0 || tck <= 0 || page <= 0)
		return;
	text[n] = '\0';
	/* Fields after "pid (comm) ": the comm may hold spaces. */
	if ((p = strrchr(text, ')')) == NULL)
		return;
	memset(f, 0, sizeof f);
	p += 2;
	for (i = 3; i < 25 && *p != '\0'; i++) {
		f[i] = strtoull(p, &end, 10);
		if ((p = strchr(p, ' ')) == NULL)
			break;
		p++;
	}
	if ((fp = fopen("/proc/stat", "re")) != NULL) {
		while (fgets(text, sizeof text, fp) != NULL)
			if (strncmp(text, "btime ", 6) == 0)
				btime = strtoll(text + 6, NULL, 10);
		fclose(fp);
	}
	if ((dir = opendir("/proc/self/fd")) != NULL) {
		while ((de = readdir(dir)) != NULL)
			if (de->d_name[0] != '.')
				fds++;
		closedir(dir);
		fds--;		/* the directory's own */
	}
	metric(b, "process_cpu_seconds_total", "counter",
	    "Total user and system CPU time spent in seconds.");
	buf_printf(b, "process_cpu_seconds_total %.2f\n",
	    (double)(f[14] + f[15]) / (double)tck);
	metric(b, "process_resident_memory_bytes", "gauge",
	    "Resident memory size in bytes.");
	buf_printf(b, "process_resident_memory_bytes %llu\n",
	    f[24] * (unsigned long long)page);
	metric(b, "process_virtual_memory_bytes", "gauge",
	    "Virtual memory size in bytes.");
	buf_printf(b, "process_virtual_memory_bytes %llu\n", f[23]);
	if (btime >= 0) {
		metric(b, "process_start_time_seconds", "gauge",
		    "Start time of the process since unix epoch in seconds.");
		buf_printf(b, "process_start_time_seconds %.2f\n",
		    (double)btime + (double)f[22] / (double)tck);
	}
	if (fds >= 0) {
		metric(b, "process_open_fds", "gauge",
		    "Number of open file descriptors.");
		buf_printf(b, "process_open_fds %ld\n", fds);
	}
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0) {
		metric(b, "process_max_fds", "gauge",
		    "Maximum number of open file descriptors.");
		buf_printf(b, "process_max_fds %llu\n",
		    (unsigned long long)rl.rlim_cur);
	}
}

static void
on_metrics(struct evhttp_request *req, void *arg)
{
	struct daemon	*d = arg;
	struct buf	 b;
	long long	 now = (long long)time(NULL);
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
	/* By kind: an incremental scan must not hide a missing full one. */
	metric(&b, "steward_last_scan_timestamp_seconds", "gauge",
	    "When the last successful scan of each kind ended (Unix time; 0 "
	    "none since the daemon started).");
	for (i = 0; i <= SCAN_KEYS; i++)
		buf_printf(&b, "steward_last_scan_timestamp_seconds{kind=\"%s\"} "
		    "%lld\n", scan_kind_name((enum scan_kind)i),
		    d->last_ok_at[i]);
	metric(&b, "steward_last_full_scan_completed_timestamp_seconds",
	    "gauge", "When the last full scan of the table started that ran "
	    "to completion, by any daemon (Unix time, from the runs table).");
	buf_printf(&b, "steward_last_full_scan_completed_timestamp_seconds "
	    "%lld\n", d->anchor[T_FULL]);
	metric(&b, "steward_schedule_last_completed_timestamp_seconds",
	    "gauge", "When the job of each schedule last completed in this "
	    "daemon (Unix time; 0 not since it started).");
	for (i = 0; i < T_COUNT; i++)
		buf_printf(&b, "steward_schedule_last_completed_timestamp_seconds"
		    "{schedule=\"%s\"} %lld\n", sched_names[i], d->done_at[i]);
	metric(&b, "steward_schedule_overdue_seconds", "gauge",
	    "How long each schedule's job has been due without completing, "
	    "once that is more than its period; else 0 (/healthz is then "
	    "503).");
	for (i = 0; i < T_COUNT; i++)
		buf_printf(&b, "steward_schedule_overdue_seconds{schedule="
		    "\"%s\"} %lld\n", sched_names[i], overdue(d, (int)i, now));
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
	metric(&b, "steward_notified_rows_total", "counter",
	    "Changed-row notifications received from the trigger.");
	buf_printf(&b, "steward_notified_rows_total %llu\n", d->keys_total);
	metric(&b, "steward_listening", "gauge",
	    "1 while LISTENing for the change trigger's notifications.");
	buf_printf(&b, "steward_listening %d\n", d->listener != NULL &&
	    listener_up(d->listener));
	metric(&b, "steward_reloads_total", "counter",
	    "Configuration reloads (SIGHUP), by result.");
	buf_printf(&b, "steward_reloads_total{result=\"ok\"} %llu\n",
	    d->reloads_ok);
	buf_printf(&b, "steward_reloads_total{result=\"failed\"} %llu\n",
	    d->reloads_failed);
	metric(&b, "steward_config_last_reload_success_timestamp_seconds",
	    "gauge", "When the configuration was last loaded successfully, at "
	    "start or by SIGHUP (Unix time).");
	buf_printf(&b, "steward_config_last_reload_success_timestamp_seconds "
	    "%lld\n", d->reload_ok_at);
	pthread_mutex_unlock(&d->mu);
	metric(&b, "steward_build_info", "gauge",
	    "Always 1; the version in a label.");
	buf_adds(&b, "steward_build_info{version=\"");
	label(&b, PACKAGE_VERSION);
	buf_adds(&b, "\"} 1\n");
	process_metrics(&b);
	reply(req, 200, "text/plain; version=0.0.4; charset=utf-8", &b);
	buf_free(&b);
}

static void
on_status(struct evhttp_request *req, void *arg)
{
	struct daemon	*d = arg;
	struct buf	 b;
	char		 when[128];
	size_t		 queued, dead;
	int		 i;

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
	    "\"reload_failures\": %llu, \"listening\": %s, \"notified_rows\": "
	    "%llu, \"next\": {", PACKAGE_VERSION,
	    d->leader ? "true" : "false", d->db_up ? "up" : "down",
	    d->busy ? "true" : "false", d->last_run, d->last_at == 0 ? "none" :
	    d->last_failed ? "failed" : "ok", d->last_at, d->last_rows,
	    d->last_open, d->last_seconds, d->scans_ok, d->scans_failed, queued,
	    dead, d->reloads_ok, d->reloads_failed, d->listener != NULL &&
	    listener_up(d->listener) ? "true" : "false", d->keys_total);
	pthread_mutex_unlock(&d->mu);
	/* The timers belong to the loop, which runs this. */
	for (i = 0; i < T_COUNT; i++) {
		sched_format(&d->timers[i].s, when, sizeof when);
		buf_printf(&b, "%s\"%s\": {\"schedule\": \"%s\", \"at\": %lld}",
		    i ? ", " : "", sched_names[i], when,
		    d->timers[i].s.kind == SCHED_OFF ? 0 : d->timers[i].due);
	}
	buf_adds(&b, "}}\n");
	reply(req, 200, "application/json", &b);
	buf_free(&b);
}

static int
start_http(struct daemon *d, char **cause)
{
	const char	*spec = d->cf->http != NULL ? d->cf->http :
			    CONF_HTTP_DEFAULT;
	char		*host, *colon;
	long long	 port;
	const char	*errstr;
	int		 e;

	if (strcmp(spec, "off") == 0)
		return 0;
	host = xstrdup(spec);
	if ((colon = strrchr(host, ':')) == NULL ||
	    parse_ll(colon + 1, 1, 65535, &port, &errstr) != 0) {
		*cause = xasprintf("daemon http \"%s\": expected HOST:PORT",
		    spec);
		free(host);
		return -1;
	}
	*colon = '\0';
	if (host[0] == '[' && colon[-1] == ']') {	/* [::1]:10987 */
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
		/* Exit 3, which the unit does not restart: no retry loop. */
		e = errno;
		*cause = xasprintf("daemon http \"%s\": cannot bind: %s%s; set "
		    "daemon { http \"HOST:PORT\" } to a free port, or \"off\"",
		    spec, strerror(e), e == EADDRINUSE ? " (another program "
		    "listens there)" : "");
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
	char		 full[128], incr[128];
	size_t		 i;
	int		 rc = 1;
#ifdef HAVE_SYSTEMD
	uint64_t	 usec = 0;
#endif

	memset(&d, 0, sizeof d);
	d.cf = cf;
	d.reload_ok_at = (long long)time(NULL);
	d.path = path;
	d.wake[0] = d.wake[1] = -1;
	signal(SIGPIPE, SIG_IGN);
	if (cf->token_file != NULL && secret_read(cf->token_file,
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
	/* A spool shared with another table loses mail: refuse at start. */
	if (deliver_claim(cf, &cause) != 0 || start_http(&d, &cause) != 0) {
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
	d.ev_keys = evtimer_new(d.base, on_keys_timer, &d);
	d.ev_retry = evtimer_new(d.base, on_retry, &d);
	if (cf->listen)
		d.listener = listener_new(d.base, &d.cf, on_key,
		    on_listen_state, &d);
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
	audit_actor_daemon();
	if (pthread_create(&d.worker, NULL, worker_main, &d) != 0)
		fatalx("cannot start the worker thread");
	request(&d, JOB_LEADER);
	sched_format(&cf->full_scan, full, sizeof full);
	sched_format(&cf->incremental_scan, incr, sizeof incr);
	log_info("steward %s daemon started: %s, mode %s, full scans %s, "
	    "incremental %s%s", PACKAGE_VERSION, path,
	    conf_mode_name(cf->mode), full, incr, cf->listen ?
	    ", listening for changed rows" : "");
	notify("READY=1\nSTATUS=starting");
	event_base_dispatch(d.base);
	pthread_join(d.worker, NULL);
	if (d.reloading) {
		pthread_join(d.reloader, NULL);
		conf_free(d.reload_cf);
		token_free(d.reload_token);
		free(d.reload_cause);
	}
	dupscan_cache_free(d.dups);
	log_info("stopped");
	rc = 0;
out:
	if (pidfile != NULL)
		unlink(pidfile);
	for (i = 0; i < 4; i++)
		if (d.ev_sig[i] != NULL)
			event_free(d.ev_sig[i]);
	unschedule(&d);
	listener_free(d.listener);
	if (d.ev_keys != NULL)
		event_free(d.ev_keys);
	if (d.ev_retry != NULL)
		event_free(d.ev_retry);
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
	free_keys(d.keys, d.nkeys);
	free(d.channel);
	token_free(d.token);
	conf_free(d.cf);
	return rc;
}
