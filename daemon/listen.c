/*
 * listen.c -- LISTEN on the event loop.
 *
 * The connection is driven by libpq's non-blocking calls (PQconnectPoll,
 * PQsendQuery, PQconsumeInput) from events on its socket, so a database
 * that hangs or goes away never stalls the loop, the HTTP endpoint or
 * the watchdog.  Judging the notified rows is the worker's job: this
 * only collects keys.  A lost connection is retried with backoff from 1
 * to 30 seconds.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <event2/event.h>
#include <libpq-fe.h>

#include "daemon/conf.h"
#include "daemon/db.h"
#include "daemon/listen.h"
#include "lib/log.h"
#include "lib/util.h"

#define LISTEN_BACKOFF_MIN	1
#define LISTEN_BACKOFF_MAX	30

enum listen_state {
	LS_IDLE,
	LS_CONNECTING,
	LS_LISTENING,
	LS_WAITING		/* to reconnect */
};

struct listener {
	struct event_base	*base;
	struct conf *const	*cfp;
	listen_key_fn		 key_fn;
	listen_state_fn		 state_fn;
	void			*arg;

	char			*channel;
	enum listen_state	 state;
	int			 up;		/* LISTEN acknowledged */
	int			 lost;		/* up before, then lost */
	int			 backoff;
	PGconn			*conn;
	struct event		*ev_io;
	struct event		*ev_retry;
};

static void	start(struct listener *);

static void
drop(struct listener *l)
{
	if (l->ev_io != NULL) {
		event_free(l->ev_io);
		l->ev_io = NULL;
	}
	if (l->conn != NULL) {
		PQfinish(l->conn);
		l->conn = NULL;
	}
	if (l->up) {
		l->up = 0;
		l->lost = 1;
		l->state_fn(l->arg, 0);
	}
	l->state = LS_IDLE;
}

static void
on_retry(evutil_socket_t fd, short what, void *arg)
{
	(void)fd;
	(void)what;
	start(arg);
}

/* Drop the connection and try again after the backoff. */
static void
fail(struct listener *l, const char *what)
{
	struct timeval	 tv = { 0, 0 };
	char		*err;

	err = l->conn != NULL ? db_error(l->conn) : xstrdup("");
	if (l->up || l->backoff == LISTEN_BACKOFF_MIN)
		log_warnx("listen: %s%s%s; retrying", what, *err ? ": " : "",
		    err);
	free(err);
	drop(l);
	tv.tv_sec = l->backoff;
	l->backoff = l->backoff * 2 > LISTEN_BACKOFF_MAX ? LISTEN_BACKOFF_MAX :
	    l->backoff * 2;
	l->state = LS_WAITING;
	evtimer_add(l->ev_retry, &tv);
}

static void
watch(struct listener *l, short what, event_callback_fn fn)
{
	if (l->ev_io != NULL)
		event_free(l->ev_io);
	l->ev_io = event_new(l->base, PQsocket(l->conn), what, fn, l);
	event_add(l->ev_io, NULL);
}

static void
on_read(evutil_socket_t fd, short what, void *arg)
{
	struct listener	*l = arg;
	PGnotify	*n;
	PGresult	*r;

	(void)fd;
	(void)what;
	if (!PQconsumeInput(l->conn)) {
		fail(l, "connection lost");
		return;
	}
	while (!PQisBusy(l->conn) && (r = PQgetResult(l->conn)) != NULL) {
		if (PQresultStatus(r) != PGRES_COMMAND_OK) {
			PQclear(r);
			fail(l, "LISTEN failed");
			return;
		}
		PQclear(r);
		if (!l->up) {
			l->up = 1;
			l->backoff = LISTEN_BACKOFF_MIN;
			log_info("listening on channel %s for changed rows",
			    l->channel);
			l->state_fn(l->arg, 1);
			l->lost = 0;
		}
	}
	while ((n = PQnotifies(l->conn)) != NULL) {
		if (n->extra != NULL && n->extra[0] != '\0' &&
		    strcmp(n->relname, l->channel) == 0)
			l->key_fn(l->arg, n->extra);
		PQfreemem(n);
	}
	if (PQstatus(l->conn) == CONNECTION_BAD)
		fail(l, "connection lost");
}

static void
on_connect(evutil_socket_t fd, short what, void *arg)
{
	struct listener	*l = arg;
	char		*ch, *sql;

	(void)fd;
	(void)what;
	switch (PQconnectPoll(l->conn)) {
	case PGRES_POLLING_READING:
		watch(l, EV_READ, on_connect);
		return;
	case PGRES_POLLING_WRITING:
		watch(l, EV_WRITE, on_connect);
		return;
	case PGRES_POLLING_OK:
		break;
	default:
		fail(l, "cannot connect");
		return;
	}
	if (PQsetnonblocking(l->conn, 1) != 0) {
		fail(l, "cannot make the connection non-blocking");
		return;
	}
	ch = db_ident(l->conn, l->channel);
	sql = xasprintf("LISTEN %s", ch);
	free(ch);
	if (!PQsendQuery(l->conn, sql)) {
		free(sql);
		fail(l, "cannot send LISTEN");
		return;
	}
	free(sql);
	PQflush(l->conn);
	l->state = LS_LISTENING;
	watch(l, EV_READ | EV_PERSIST, on_read);
}

static void
start(struct listener *l)
{
	char	*cause = NULL;

	drop(l);
	if (l->channel == NULL)
		return;
	if ((l->conn = db_connect_start(*l->cfp, &cause)) == NULL) {
		log_warnx("listen: %s", cause);
		free(cause);
		fail(l, "cannot connect");
		return;
	}
	l->state = LS_CONNECTING;
	/* libpq's first step is always a write (the startup packet). */
	watch(l, EV_WRITE, on_connect);
}

struct listener *
listener_new(struct event_base *base, struct conf *const *cfp,
    listen_key_fn key_fn, listen_state_fn state_fn, void *arg)
{
	struct listener	*l = xcalloc(1, sizeof *l);

	l->base = base;
	l->cfp = cfp;
	l->key_fn = key_fn;
	l->state_fn = state_fn;
	l->arg = arg;
	l->backoff = LISTEN_BACKOFF_MIN;
	l->ev_retry = evtimer_new(base, on_retry, l);
	return l;
}

void
listener_set(struct listener *l, const char *channel)
{
	if (channel != NULL && l->channel != NULL &&
	    strcmp(channel, l->channel) == 0 && l->state != LS_IDLE)
		return;
	evtimer_del(l->ev_retry);
	free(l->channel);
	l->channel = channel != NULL ? xstrdup(channel) : NULL;
	l->backoff = LISTEN_BACKOFF_MIN;
	if (l->channel == NULL) {
		drop(l);
		return;
	}
	start(l);
}

int
listener_up(const struct listener *l)
{
	return l->up;
}

void
listener_free(struct listener *l)
{
	if (l == NULL)
		return;
	l->up = 0;		/* no callback from here */
	drop(l);
	event_free(l->ev_retry);
	free(l->channel);
	free(l);
}
