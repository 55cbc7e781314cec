/*
 * scanpar.c -- a full scan on several connections: split the table,
 * fork the workers, pass their findings on.
 *
 * The split is by pages (ctid ranges, a TID range scan since PostgreSQL
 * 14), not by key: it needs no index and no knowledge of the key's type,
 * and each range costs the server what its share of the table costs.  The
 * last range of a relation is open-ended, so a row in a page added after
 * the table's size was read is still read once.  A partitioned table is
 * split into its leaf partitions, large ones into ranges; when Steward may
 * not read a partition by name, the ranges go through the parent, which
 * applies them to every partition.
 *
 * A worker sends frames on its pipe: 'D' a batch of findings, 'E' its
 * tally and the end, 'F' why it failed.  A worker that ends without 'E'
 * failed; the coordinator then kills the others and the scan fails, which
 * changes no finding.
 */
#include "config.h"

#include <sys/types.h>
#include <sys/wait.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "daemon/db.h"
#include "daemon/scanpar.h"
#include "lib/log.h"
#include "lib/util.h"

/* A frame is larger than any batch the scan sends only when it is bad. */
#define PAR_FRAME_MAX	(64 * 1024 * 1024)

struct par_unit {
	char		*rel;		/* quoted, schema-qualified */
	long long	 lo, hi;	/* pages [lo, hi); hi -1: to the end;
					   lo -1: all of it, no ctid */
	long long	 size;		/* pages, to balance the workers */
	int		 worker;
};

struct par_plan {
	struct par_unit	*units;
	size_t		 n;
};

struct par_frame {
	char		 type;
	char		 pad[3];
	uint32_t	 len;
};

static void
plan_add(struct par_plan *p, const char *rel, long long lo, long long hi,
    long long size)
{
	struct par_unit	*u;

	p->units = xreallocarray(p->units, p->n + 1, sizeof *p->units);
	u = &p->units[p->n++];
	u->rel = xstrdup(rel);
	u->lo = lo;
	u->hi = hi;
	u->size = size;
	u->worker = 0;
}

static void
plan_free(struct par_plan *p)
{
	size_t	 i;

	for (i = 0; i < p->n; i++)
		free(p->units[i].rel);
	free(p->units);
	p->units = NULL;
	p->n = 0;
}

/* Split pages of rel into about share ranges, the last one open. */
static void
plan_ranges(struct par_plan *p, const char *rel, long long pages, int share)
{
	long long	 step, lo;
	int		 i;

	/*
	 * An empty relation (or one whose rows live elsewhere: a Citus
	 * table on its coordinator) is read whole, without a ctid range.
	 */
	if (pages <= 0) {
		plan_add(p, rel, -1, -1, 1);
		return;
	}
	if (share > pages)
		share = (int)pages;
	if (share < 1)
		share = 1;
	step = pages / share;
	for (i = 0, lo = 0; i < share; i++, lo += step)
		plan_add(p, rel, lo, i == share - 1 ? -1 : lo + step,
		    i == share - 1 ? pages - lo : step);
}

static int
unit_cmp(const void *a, const void *b)
{
	const struct par_unit	*x = a, *y = b;

	return x->size < y->size ? 1 : x->size > y->size ? -1 : 0;
}

/*
 * The relations to read and their sizes in pages, then the ranges, then
 * the workers: the largest unit first to the least loaded.  Returns the
 * number of workers, 0 when the table cannot be split, -1 on error.
 */
static int
plan_make(PGconn *in, const char *table, int n, struct par_plan *p,
    char **cause)
{
	PGresult	*r = NULL;
	const char	*params[1] = { table };
	long long	*load = NULL, total = 0, pages, most = 0;
	char		 kind;
	size_t		 i;
	int		 j, w, direct = 1, nw = -1;

	if ((r = db_query(in, cause, "SELECT relkind::text, "
	    "pg_relation_size(oid) / current_setting('block_size')::bigint "
	    "FROM pg_class WHERE oid = $1::regclass", 1, params)) == NULL)
		goto out;
	kind = PQgetvalue(r, 0, 0)[0];
	pages = strtoll(PQgetvalue(r, 0, 1), NULL, 10);
	PQclear(r);
	r = NULL;
	if (kind == 'r' || kind == 'm') {
		plan_ranges(p, table, pages, n);
		goto assign;
	}
	if (kind != 'p') {
		nw = 0;
		goto out;
	}
	if ((r = db_query(in, cause, "SELECT quote_ident(n.nspname) || '.' || "
	    "quote_ident(c.relname), c.relkind::text, pg_relation_size(c.oid) "
	    "/ current_setting('block_size')::bigint, has_table_privilege("
	    "c.oid, 'SELECT') FROM pg_partition_tree($1::regclass) t JOIN "
	    "pg_class c ON c.oid = t.relid JOIN pg_namespace n ON n.oid = "
	    "c.relnamespace WHERE t.isleaf AND c.relkind <> 'p'", 1,
	    params)) == NULL)
		goto out;
	for (j = 0; j < PQntuples(r); j++) {
		pages = strtoll(PQgetvalue(r, j, 2), NULL, 10);
		total += pages > 0 ? pages : 1;
		if (pages > most)
			most = pages;
		if (strcmp(PQgetvalue(r, j, 3), "t") != 0)
			direct = 0;
	}
	if (!direct) {
		/* Through the parent: each range of every partition at once. */
		plan_ranges(p, table, most, n);
		goto assign;
	}
	for (j = 0; j < PQntuples(r); j++) {
		pages = strtoll(PQgetvalue(r, j, 2), NULL, 10);
		if (PQgetvalue(r, j, 1)[0] != 'r' &&
		    PQgetvalue(r, j, 1)[0] != 'm')
			plan_add(p, PQgetvalue(r, j, 0), -1, -1, 1);
		else
			plan_ranges(p, PQgetvalue(r, j, 0), pages,
			    (int)((pages * n + total - 1) / total));
	}
assign:
	if (p->n == 0) {
		nw = 0;
		goto out;
	}
	qsort(p->units, p->n, sizeof *p->units, unit_cmp);
	nw = p->n < (size_t)n ? (int)p->n : n;
	load = xcalloc((size_t)nw, sizeof *load);
	for (i = 0; i < p->n; i++) {
		for (w = 0, j = 1; j < nw; j++)
			if (load[j] < load[w])
				w = j;
		p->units[i].worker = w;
		load[w] += p->units[i].size > 0 ? p->units[i].size : 1;
	}
out:
	free(load);
	PQclear(r);
	return nw;
}

/* The condition on ctid of unit u, or NULL for all of it. */
static char *
unit_range(const struct par_unit *u)
{
	if (u->lo < 0)
		return NULL;
	if (u->hi < 0)
		return xasprintf("ctid >= '(%lld,0)'::tid", u->lo);
	return xasprintf("ctid >= '(%lld,0)'::tid AND ctid < '(%lld,0)'::tid",
	    u->lo, u->hi);
}

static int
write_full(int fd, const void *data, size_t len)
{
	const char	*p = data;
	ssize_t		 n;

	while (len > 0) {
		if ((n = write(fd, p, len)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* 1 when len bytes were read, 0 at end of file before any, -1 else. */
static int
read_full(int fd, void *data, size_t len)
{
	char	*p = data;
	size_t	 got = 0;
	ssize_t	 n;

	while (got < len) {
		if ((n = read(fd, p + got, len - got)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (n == 0)
			return got == 0 ? 0 : -1;
		got += (size_t)n;
	}
	return 1;
}

static int
send_frame(int fd, char type, const void *data, size_t len)
{
	struct par_frame	 h;

	memset(&h, 0, sizeof h);
	h.type = type;
	h.len = (uint32_t)len;
	if (write_full(fd, &h, sizeof h) != 0)
		return -1;
	return len > 0 ? write_full(fd, data, len) : 0;
}

int
scanpar_send(int fd, const char *data, size_t len)
{
	return send_frame(fd, 'D', data, len);
}

/*
 * The worker's life: a connection of its own in the exported snapshot,
 * its units, its tally, _exit.  It never returns, and never touches the
 * coordinator's connections (their sockets close with the process) or
 * logs (the log's lock may be held by a thread that is not here).
 */
static void __attribute__((noreturn))
worker(const struct conf *cf, const struct par_plan *p, int w, int fd,
    const char *snapshot, size_t njur, scanpar_stream_fn fn, void *arg)
{
	struct scanpar_tally	 t;
	PGconn			*conn = NULL;
	sigset_t		 none;
	char			*cause = NULL, *range, *sql;
	int64_t			*msg;
	size_t			 i;
	int			 rc = -1;

	signal(SIGPIPE, SIG_IGN);
	signal(SIGHUP, SIG_DFL);
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	signal(SIGUSR1, SIG_DFL);
	signal(SIGUSR2, SIG_DFL);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
#ifdef __linux__
	/* Die with the scan that forked us. */
	(void)prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
	memset(&t, 0, sizeof t);
	t.njur = njur;
	t.jur_rows = xcalloc(njur, sizeof *t.jur_rows);
	if ((conn = db_connect_scan(cf, &cause)) == NULL)
		goto out;
	sql = xasprintf("SET TRANSACTION SNAPSHOT '%s'", snapshot);
	if (db_exec(conn, &cause, "BEGIN ISOLATION LEVEL REPEATABLE READ READ "
	    "ONLY", 0, NULL) != 0 || db_exec(conn, &cause, sql, 0, NULL) != 0) {
		free(sql);
		goto out;
	}
	free(sql);
	for (i = 0; i < p->n; i++) {
		if (p->units[i].worker != w)
			continue;
		range = unit_range(&p->units[i]);
		rc = fn(arg, conn, p->units[i].rel, range, fd, &t, &cause);
		free(range);
		if (rc != 0)
			goto out;
	}
	rc = -1;
	msg = xcalloc(3 + njur, sizeof *msg);
	msg[0] = t.rows;
	msg[1] = t.findings;
	msg[2] = (int64_t)t.regex_errors;
	for (i = 0; i < njur; i++)
		msg[3 + i] = t.jur_rows[i];
	if (send_frame(fd, 'E', msg, (3 + njur) * sizeof *msg) == 0)
		rc = 0;
	free(msg);
out:
	if (rc != 0 && cause != NULL)
		(void)send_frame(fd, 'F', cause, strlen(cause));
	if (conn != NULL)
		PQfinish(conn);
	_exit(rc == 0 ? 0 : 1);
}

/*
 * Read one frame of worker w and act on it: 1 when it has ended (done or
 * failed), 0 to read on, -1 on failure with *cause set.
 */
static int
take_frame(int fd, int w, PGconn *out, struct buf *b, int *done,
    struct scanpar_tally *sum, char **cause)
{
	struct par_frame	 h;
	int64_t			*msg;
	char			*err;
	size_t			 i;
	int			 rc;

	if ((rc = read_full(fd, &h, sizeof h)) <= 0 || h.len > PAR_FRAME_MAX) {
		if (!*done)
			*cause = xasprintf("parallel worker %d ended before "
			    "it finished", w + 1);
		return *done ? 1 : -1;
	}
	buf_reset(b);
	buf_reserve(b, h.len + 1);
	if (h.len > 0 && read_full(fd, b->data, h.len) != 1) {
		*cause = xasprintf("parallel worker %d: short frame", w + 1);
		return -1;
	}
	b->len = h.len;
	switch (h.type) {
	case 'D':
		if (PQputCopyData(out, b->data, (int)b->len) != 1) {
			err = db_error(out);
			*cause = xasprintf("staging findings: %s", err);
			free(err);
			return -1;
		}
		return 0;
	case 'E':
		if (b->len != (3 + sum->njur) * sizeof *msg)
			break;
		msg = (int64_t *)(void *)b->data;
		sum->rows += msg[0];
		sum->findings += msg[1];
		sum->regex_errors += (unsigned long long)msg[2];
		for (i = 0; i < sum->njur; i++)
			sum->jur_rows[i] += msg[3 + i];
		*done = 1;
		return 0;
	case 'F':
		*cause = xasprintf("parallel worker %d: %.*s", w + 1,
		    (int)b->len, b->data);
		return -1;
	default:
		break;
	}
	*cause = xasprintf("parallel worker %d: unexpected frame", w + 1);
	return -1;
}

/* Kill (when failed) and reap every worker still there. */
static void
reap(pid_t *pid, int nw, int kill_them)
{
	int	 w, st;

	for (w = 0; w < nw; w++) {
		if (pid[w] <= 0)
			continue;
		if (kill_them)
			kill(pid[w], SIGKILL);
		while (waitpid(pid[w], &st, 0) < 0 && errno == EINTR)
			;
		pid[w] = 0;
	}
}

int
scanpar_run(const struct conf *cf, PGconn *in, PGconn *out,
    const char *table, int n, scanpar_stream_fn fn, void *arg,
    struct scanpar_tally *sum, char **cause)
{
	struct par_plan	 p = { NULL, 0 };
	struct pollfd	*pfd = NULL;
	struct buf	 b;
	PGresult	*r = NULL;
	pid_t		*pid = NULL;
	char		*snapshot = NULL;
	int		*done = NULL, fds[2];
	int		 nw, w, live, rc = -1;

	buf_init(&b);
	if ((nw = plan_make(in, table, n, &p, cause)) <= 0) {
		rc = nw == 0 ? 1 : -1;
		goto out;
	}
	if ((r = db_query(in, cause, "SELECT pg_export_snapshot()", 0,
	    NULL)) == NULL)
		goto out;
	snapshot = xstrdup(PQgetvalue(r, 0, 0));
	log_debug("scan: %zu ranges of %s on %d connections, snapshot %s",
	    p.n, table, nw, snapshot);
	pid = xcalloc((size_t)nw, sizeof *pid);
	pfd = xcalloc((size_t)nw, sizeof *pfd);
	done = xcalloc((size_t)nw, sizeof *done);
	for (w = 0; w < nw; w++)
		pfd[w].fd = -1;
	for (w = 0; w < nw; w++) {
		if (pipe(fds) != 0) {
			*cause = xasprintf("parallel scan: pipe: %s",
			    strerror(errno));
			goto fail;
		}
		if ((pid[w] = fork()) < 0) {
			*cause = xasprintf("parallel scan: fork: %s",
			    strerror(errno));
			close(fds[0]);
			close(fds[1]);
			pid[w] = 0;
			goto fail;
		}
		if (pid[w] == 0) {
			int k;

			close(fds[0]);
			for (k = 0; k < w; k++)
				close(pfd[k].fd);
			worker(cf, &p, w, fds[1], snapshot, sum->njur, fn, arg);
		}
		close(fds[1]);
		pfd[w].fd = fds[0];
		pfd[w].events = POLLIN;
	}
	sum->workers = nw;
	for (live = nw; live > 0;) {
		if (poll(pfd, (nfds_t)nw, -1) < 0) {
			if (errno == EINTR)
				continue;
			*cause = xasprintf("parallel scan: poll: %s",
			    strerror(errno));
			goto fail;
		}
		for (w = 0; w < nw; w++) {
			if (pfd[w].fd < 0 || pfd[w].revents == 0)
				continue;
			switch (take_frame(pfd[w].fd, w, out, &b, &done[w], sum,
			    cause)) {
			case -1:
				goto fail;
			case 1:
				close(pfd[w].fd);
				pfd[w].fd = -1;
				live--;
				break;
			default:
				break;
			}
		}
	}
	reap(pid, nw, 0);
	rc = 0;
	goto out;
fail:
	reap(pid, nw, 1);
out:
	if (pfd != NULL)
		for (w = 0; w < nw; w++)
			if (pfd[w].fd >= 0)
				close(pfd[w].fd);
	PQclear(r);
	free(snapshot);
	free(pid);
	free(pfd);
	free(done);
	buf_free(&b);
	plan_free(&p);
	return rc;
}
