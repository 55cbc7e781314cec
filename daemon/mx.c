/*
 * mx.c -- MX lookups of email domains, cached (see mx.h).
 *
 * libevent's evdns resolves A, AAAA and PTR only, so the queries go
 * through c-ares, which asks any type and parses MX answers.  The worker
 * drives c-ares with select(2) while it waits: lookups happen between
 * reading the rows and writing the findings, never per row.
 */
#include "config.h"

#include <sys/select.h>
#include <sys/time.h>

#include <ares.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "daemon/conf.h"
#include "daemon/db.h"
#include "daemon/findings.h"
#include "lib/log.h"
#include "daemon/mx.h"
#include "lib/util.h"

#define DNS_CLASS_IN	1
#define DNS_TYPE_A	1
#define DNS_TYPE_MX	15
#define DNS_TYPE_AAAA	28
#define MX_INFLIGHT	32	/* queries outstanding at once */

struct mx_entry {
	uint32_t	 off;		/* domain in the arena; 0: empty slot */
	unsigned char	 status;	/* enum mx_status */
	unsigned char	 fresh;		/* answered in this run */
	unsigned char	 queued;
};

struct mx {
	ares_channel	 ch;
	int		 rate, max, ttl;
	struct buf	 names;		/* NUL-terminated domains; [0] unused */
	struct mx_entry	*tab;		/* open addressing */
	size_t		 cap, used;
	uint32_t	*queue;		/* entries to look up */
	size_t		 nqueue;
	struct buf	 bad;		/* mx_new_bad */
	int		 answered;
};

/* One domain's lookup: MX first, then A, then AAAA. */
struct mx_query {
	struct mx	*mx;
	size_t		 slot;
	int		 type;
	int		*inflight;
};

static int	 lib_ready;

const char *
mx_status_name(enum mx_status s)
{
	switch (s) {
	case MX_OK:
		return "ok";
	case MX_NO_DOMAIN:
		return "no-such-domain";
	case MX_NO_MAIL:
		return "no-mail-server";
	case MX_NULL_MX:
		return "null-mx";
	default:
		return "unknown";
	}
}

static enum mx_status
status_lookup(const char *s)
{
	int	 i;

	for (i = MX_OK; i <= MX_NULL_MX; i++)
		if (strcmp(mx_status_name((enum mx_status)i), s) == 0)
			return (enum mx_status)i;
	return MX_UNKNOWN;
}

static uint64_t
hash(const char *s)
{
	uint64_t	 h = 1469598103934665603ULL;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static void
grow(struct mx *m)
{
	struct mx_entry	*old = m->tab;
	size_t		 oldcap = m->cap, i, h;

	m->cap = m->cap ? m->cap * 2 : 1024;
	m->tab = xcalloc(m->cap, sizeof *m->tab);
	for (i = 0; i < oldcap; i++) {
		if (old[i].off == 0)
			continue;
		for (h = hash(m->names.data + old[i].off) & (m->cap - 1);
		    m->tab[h].off != 0; h = (h + 1) & (m->cap - 1))
			;
		m->tab[h] = old[i];
	}
	free(old);
}

/* The slot of domain, added (unknown) when absent. */
static size_t
slot_of(struct mx *m, const char *d)
{
	size_t	 h;

	if ((m->used + 1) * 2 > m->cap)
		grow(m);
	for (h = hash(d) & (m->cap - 1); m->tab[h].off != 0;
	    h = (h + 1) & (m->cap - 1))
		if (strcmp(m->names.data + m->tab[h].off, d) == 0)
			return h;
	m->tab[h].off = (uint32_t)m->names.len;
	buf_adds(&m->names, d);
	buf_addc(&m->names, '\0');
	m->used++;
	return h;
}

struct mx *
mx_new(const struct conf *cf, char *err, size_t len)
{
	struct ares_options	 o;
	struct mx		*m;
	int			 rc;

	if (!lib_ready) {
		if ((rc = ares_library_init(ARES_LIB_INIT_ALL)) != ARES_SUCCESS) {
			snprintf(err, len, "c-ares: %s", ares_strerror(rc));
			return NULL;
		}
		lib_ready = 1;
	}
	m = xcalloc(1, sizeof *m);
	memset(&o, 0, sizeof o);
	o.timeout = cf->mx_timeout * 1000;
	o.tries = 2;
	if ((rc = ares_init_options(&m->ch, &o, ARES_OPT_TIMEOUTMS |
	    ARES_OPT_TRIES)) != ARES_SUCCESS) {
		snprintf(err, len, "c-ares: %s", ares_strerror(rc));
		free(m);
		return NULL;
	}
	if (cf->mx_servers != NULL && (rc = ares_set_servers_ports_csv(m->ch,
	    cf->mx_servers)) != ARES_SUCCESS) {
		snprintf(err, len, "scan { mx_servers \"%s\" }: %s",
		    cf->mx_servers, ares_strerror(rc));
		ares_destroy(m->ch);
		free(m);
		return NULL;
	}
	m->rate = cf->mx_rate;
	m->max = cf->mx_max;
	m->ttl = cf->mx_ttl;
	buf_init(&m->names);
	buf_addc(&m->names, '\0');
	buf_init(&m->bad);
	grow(m);
	return m;
}

void
mx_free(struct mx *m)
{
	if (m == NULL)
		return;
	ares_destroy(m->ch);
	buf_free(&m->names);
	buf_free(&m->bad);
	free(m->tab);
	free(m->queue);
	free(m);
}

int
mx_load(struct mx *m, PGconn *conn, const char *schema, char **cause)
{
	PGresult	*r;
	char		*sql, ttl[32];
	const char	*p[1] = { ttl };
	size_t		 h;
	int		 i;

	snprintf(ttl, sizeof ttl, "%d", m->ttl);
	sql = xasprintf("SELECT domain, status FROM %s.mx_cache WHERE "
	    "checked_at > now() - make_interval(secs => $1::int)", schema);
	r = db_query(conn, cause, sql, 1, p);
	free(sql);
	if (r == NULL)
		return -1;
	for (i = 0; i < PQntuples(r); i++) {
		h = slot_of(m, PQgetvalue(r, i, 0));
		m->tab[h].status = (unsigned char)status_lookup(PQgetvalue(r,
		    i, 1));
	}
	PQclear(r);
	return 0;
}

size_t
mx_domain(const char *addr, size_t len, char *out)
{
	const char	*at = NULL, *p, *end = addr + len;
	size_t		 n = 0, label = 0;
	char		 c;

	while (end > addr && (end[-1] == ' ' || end[-1] == '\t'))
		end--;
	for (p = addr; p < end; p++)
		if (*p == '@')
			at = p;
	if (at == NULL)
		return 0;
	for (p = at + 1; p < end; p++) {
		c = *p >= 'A' && *p <= 'Z' ? (char)(*p + 32) : *p;
		/* IDN, white space or junk: the validator's business. */
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    c == '-' || c == '.'))
			return 0;
		if (c == '.') {
			if (label == 0)
				return 0;
			label = 0;
		} else if (++label > 63)
			return 0;
		if (n == 253)
			return 0;
		out[n++] = c;
	}
	out[n] = '\0';
	if (n == 0 || label == 0 || strchr(out, '.') == NULL)
		return 0;
	return n;
}

enum mx_status
mx_lookup(struct mx *m, const char *domain)
{
	size_t	 h = slot_of(m, domain);

	if (m->tab[h].status == MX_UNKNOWN && !m->tab[h].queued) {
		m->tab[h].queued = 1;
		m->queue = xreallocarray(m->queue, m->nqueue + 1,
		    sizeof *m->queue);
		m->queue[m->nqueue++] = (uint32_t)h;
	}
	return (enum mx_status)m->tab[h].status;
}

static void	on_answer(void *, int, int, unsigned char *, int);

static void
ask(struct mx_query *q)
{
	(*q->inflight)++;
	ares_query(q->mx->ch, q->mx->names.data + q->mx->tab[q->slot].off,
	    DNS_CLASS_IN, q->type, on_answer, q);
}

static void
answer(struct mx_query *q, enum mx_status s)
{
	struct mx_entry	*e = &q->mx->tab[q->slot];

	e->status = (unsigned char)s;
	e->fresh = 1;
	q->mx->answered++;
	if (s != MX_OK)
		findings_key_add(&q->mx->bad, q->mx->names.data + e->off);
	free(q);
}

static void
on_answer(void *arg, int status, int timeouts, unsigned char *abuf, int alen)
{
	struct mx_query		*q = arg;
	struct ares_mx_reply	*mx = NULL;
	enum mx_status		 s;

	(void)timeouts;
	(*q->inflight)--;
	if (status == ARES_ENOTFOUND) {
		answer(q, MX_NO_DOMAIN);
		return;
	}
	if (status == ARES_SUCCESS && q->type == DNS_TYPE_MX &&
	    ares_parse_mx_reply(abuf, alen, &mx) == ARES_SUCCESS &&
	    mx != NULL) {
		/* RFC 7505: a single MX for the root says "no mail". */
		s = mx->next == NULL && (mx->host[0] == '\0' ||
		    strcmp(mx->host, ".") == 0) ? MX_NULL_MX : MX_OK;
		ares_free_data(mx);
		answer(q, s);
		return;
	}
	if (status == ARES_SUCCESS && q->type != DNS_TYPE_MX) {
		answer(q, MX_OK);	/* an address: the implicit MX */
		return;
	}
	if (status == ARES_ENODATA || (status == ARES_SUCCESS && mx == NULL)) {
		if (q->type == DNS_TYPE_AAAA) {
			answer(q, MX_NO_MAIL);
			return;
		}
		q->type = q->type == DNS_TYPE_MX ? DNS_TYPE_A : DNS_TYPE_AAAA;
		ask(q);
		return;
	}
	/* SERVFAIL, timeout, refused: no answer; ask again next scan. */
	log_debug("mx: %s: %s", q->mx->names.data + q->mx->tab[q->slot].off,
	    ares_strerror(status));
	free(q);
}

static double
now_s(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int
mx_resolve(struct mx *m, char **cause)
{
	struct mx_query	*q;
	struct timeval	 tv, max, *tvp;
	fd_set		 rd, wr;
	double		 t0 = now_s(), wait;
	size_t		 next = 0, total;
	int		 inflight = 0, nfds, sent = 0;

	(void)cause;
	buf_reset(&m->bad);
	m->answered = 0;
	total = m->nqueue < (size_t)m->max ? m->nqueue : (size_t)m->max;
	while (next < total || inflight > 0) {
		/* A token bucket: at most rate queries a second. */
		while (next < total && inflight < MX_INFLIGHT &&
		    sent < 1 + (int)((now_s() - t0) * m->rate)) {
			q = xcalloc(1, sizeof *q);
			q->mx = m;
			q->slot = m->queue[next++];
			q->type = DNS_TYPE_MX;
			q->inflight = &inflight;
			sent++;
			ask(q);
		}
		FD_ZERO(&rd);
		FD_ZERO(&wr);
		nfds = ares_fds(m->ch, &rd, &wr);
		/* Wake for the next token too. */
		wait = next < total ? 1.0 / m->rate : 1.0;
		max.tv_sec = (time_t)wait;
		max.tv_usec = (suseconds_t)((wait - (double)max.tv_sec) * 1e6);
		tvp = ares_timeout(m->ch, &max, &tv);
		if (nfds == 0 && inflight == 0 && next >= total)
			break;
		select(nfds, &rd, &wr, NULL, tvp);
		ares_process(m->ch, &rd, &wr);
	}
	if (m->nqueue > total)
		log_info("mx: %zu domains left for the next scan (mx_max %d)",
		    m->nqueue - total, m->max);
	log_debug("mx: %zu lookups, %d answers in %.2fs", total, m->answered,
	    now_s() - t0);
	m->nqueue = 0;
	return m->answered;
}

char *
mx_new_bad(struct mx *m)
{
	return xasprintf("{%.*s}", (int)m->bad.len, m->bad.len ?
	    m->bad.data : "");
}

int
mx_store(struct mx *m, PGconn *conn, const char *schema, char **cause)
{
	struct buf	 doms, stats;
	char		*sql, *a, *b;
	const char	*p[2];
	size_t		 i;
	int		 rc, n = 0;

	buf_init(&doms);
	buf_init(&stats);
	for (i = 0; i < m->cap; i++) {
		if (m->tab[i].off == 0 || !m->tab[i].fresh)
			continue;
		findings_key_add(&doms, m->names.data + m->tab[i].off);
		findings_key_add(&stats, mx_status_name((enum mx_status)
		    m->tab[i].status));
		m->tab[i].fresh = 0;
		n++;
	}
	if (n == 0) {
		buf_free(&doms);
		buf_free(&stats);
		return 0;
	}
	a = xasprintf("{%.*s}", (int)doms.len, doms.data);
	b = xasprintf("{%.*s}", (int)stats.len, stats.data);
	p[0] = a;
	p[1] = b;
	sql = xasprintf("INSERT INTO %s.mx_cache (domain, status) SELECT d, s "
	    "FROM unnest($1::text[], $2::text[]) u(d, s) ON CONFLICT (domain) "
	    "DO UPDATE SET status = EXCLUDED.status, checked_at = now()",
	    schema);
	rc = db_exec(conn, cause, sql, 2, p);
	free(sql);
	free(a);
	free(b);
	buf_free(&doms);
	buf_free(&stats);
	return rc;
}
