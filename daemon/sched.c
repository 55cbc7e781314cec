/*
 * sched.c -- parse schedules and find their next fire time.
 *
 * A cron expression becomes one bitset per field, as in Vixie cron.  The
 * next fire time is found day by day in the zone's calendar: months that
 * cannot match are skipped whole, and on a day that matches, the set
 * hours and minutes are turned into instants with cal_local_instant().
 * Within a day those instants follow the wall time less one offset, or
 * two on the days the clocks change (see day_next()), so a call costs a
 * handful of zone conversions, not a walk over every minute.
 */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "daemon/sched.h"
#include "validators/calendar.h"

#define SECS_PER_DAY	86400LL

/*
 * How far sched_next() looks.  The longest wait any expression can have
 * is for 29 February, 8 years from 2096 to 2104; an expression with
 * nothing in 9 years ("0 0 30 2 *") has nothing ever.
 */
#define SCAN_DAYS	(9 * 366)

/* Instants past 9999 are not schedules but mistakes; keep days in range. */
#define SCHED_T_MAX	253402300799LL

/* How much of a bad token an error message quotes. */
#define QUOTE_MAX	40

enum {
	F_MINUTE,
	F_HOUR,
	F_DOM,
	F_MONTH,
	F_DOW,
	NFIELDS
};

static const char *const month_names[] = {
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
	"nov", "dec"
};
static const char *const dow_names[] = {
	"sun", "mon", "tue", "wed", "thu", "fri", "sat"
};

static const struct field {
	const char		*name;
	int			 min;
	int			 max;	/* largest value written */
	int			 last;	/* end of '*' and a/n */
	const char *const	*names;	/* names[i] is min + i */
	const char		*hint;	/* the names, for messages */
} fields[NFIELDS] = {
	{ "minute", 0, 59, 59, NULL, NULL },
	{ "hour", 0, 23, 23, NULL, NULL },
	{ "day-of-month", 1, 31, 31, NULL, NULL },
	{ "month", 1, 12, 12, month_names, "jan-dec" },
	/* 7 is Sunday again, as in cron; '*' and a/n stop at Saturday. */
	{ "day-of-week", 0, 7, 6, dow_names, "sun-sat" },
};

static const struct macro {
	const char	*name;
	const char	*expr;
} macros[] = {
	{ "@yearly", "0 0 1 1 *" },
	{ "@annually", "0 0 1 1 *" },
	{ "@monthly", "0 0 1 * *" },
	{ "@weekly", "0 0 * * 0" },
	{ "@daily", "0 0 * * *" },
	{ "@midnight", "0 0 * * *" },
	{ "@hourly", "0 * * * *" },
};

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* Where an error goes; the parser reports the first one only. */
struct perr {
	char	*msg;
	size_t	 len;
	int	*col;
};

struct tok {
	const char	*p;
	size_t		 len;
	int		 col;
};

/* At most 5 fields and a zone, plus one more to say there are too many. */
#define MAX_TOKS	7

static int
fail(struct perr *e, int col, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
fail(struct perr *e, int col, const char *fmt, ...)
{
	va_list	 ap;

	if (e->msg != NULL && e->len > 0) {
		va_start(ap, fmt);
		vsnprintf(e->msg, e->len, fmt, ap);
		va_end(ap);
	}
	if (e->col != NULL)
		*e->col = col;
	return -1;
}

/*
 * Bytes from the config file, made safe to log: control and non-ASCII
 * bytes become '?', and a long token is cut short.
 */
static const char *
quote(const char *p, size_t len, char *buf, size_t size)
{
	size_t	 i, n;

	n = len < size - 1 ? len : size - 1;
	if (len > QUOTE_MAX && size > QUOTE_MAX + 3) {
		n = QUOTE_MAX;
		memcpy(buf + n, "...", 4);
	} else
		buf[n] = '\0';
	for (i = 0; i < n; i++)
		buf[i] = p[i] > ' ' && p[i] < 0x7f ? p[i] : '?';
	return buf;
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	    c == '\f';
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static char
lower(char c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* The token is word, ignoring case. */
static int
tok_is(const struct tok *t, const char *word)
{
	size_t	 i;

	if (t->len != strlen(word))
		return 0;
	for (i = 0; i < t->len; i++)
		if (lower(t->p[i]) != word[i])
			return 0;
	return 1;
}

/* Split on white space; returns the number of tokens, stores MAX_TOKS. */
static int
split(const char *text, struct tok *toks)
{
	const char	*p = text, *start;
	int		 n = 0;

	for (;;) {
		while (is_space(*p))
			p++;
		if (*p == '\0')
			break;
		start = p;
		while (*p != '\0' && !is_space(*p))
			p++;
		if (n < MAX_TOKS) {
			toks[n].p = start;
			toks[n].len = p - start;
			toks[n].col = (int)(start - text);
		}
		n++;
	}
	return n;
}

/*
 * A number or (where the field has them) a name at *p, advancing *p.
 * Range checks are the caller's; out-of-range numbers stay large.
 */
static int
field_value(const struct field *f, const char **p, const char *end,
    const char *text, struct perr *e, int *v)
{
	const char	*s = *p;
	char		 q[QUOTE_MAX + 4];
	size_t		 i, n;
	int		 col = (int)(s - text);

	if (s < end && is_digit(*s)) {
		*v = 0;
		while (s < end && is_digit(*s)) {
			/* Stop growing; the range check rejects it. */
			if (*v < 100000)
				*v = *v * 10 + (*s - '0');
			s++;
		}
		*p = s;
		return 0;
	}
	if (s < end && is_alpha(*s)) {
		while (s < end && is_alpha(*s))
			s++;
		n = s - *p;
		if (f->names == NULL)
			return fail(e, col, "%s: '%s' is not a number", f->name,
			    quote(*p, n, q, sizeof q));
		for (i = 0; n == 3 && i <= (size_t)(f->last - f->min); i++) {
			if (lower((*p)[0]) == f->names[i][0] &&
			    lower((*p)[1]) == f->names[i][1] &&
			    lower((*p)[2]) == f->names[i][2]) {
				*v = f->min + (int)i;
				*p = s;
				return 0;
			}
		}
		return fail(e, col, "%s: unknown name '%s' (%s)", f->name,
		    quote(*p, n, q, sizeof q), f->hint);
	}
	if (s == end)
		return fail(e, col, "%s: a number is missing at the end",
		    f->name);
	return fail(e, col, "%s: expected a number%s at '%s'", f->name,
	    f->names != NULL ? " or a name" : "",
	    quote(s, end - s, q, sizeof q));
}

static int
field_range(const struct field *f, int v, const char *at, const char *text,
    struct perr *e)
{
	if (v >= f->min && v <= f->max)
		return 0;
	if (v >= 100000)
		return fail(e, (int)(at - text), "%s: number out of range "
		    "%d-%d", f->name, f->min, f->max);
	return fail(e, (int)(at - text), "%s: %d is out of range %d-%d",
	    f->name, v, f->min, f->max);
}

/* "/n" at *p, if there is one; *step is 0 if not. */
static int
field_step(const struct field *f, const char **p, const char *end,
    const char *text, struct perr *e, int *step)
{
	const char	*at;
	int		 span = f->last - f->min + 1;

	*step = 0;
	if (*p == end || **p != '/')
		return 0;
	(*p)++;
	at = *p;
	if (at == end || !is_digit(*at))
		return fail(e, (int)(at - text), "%s: '/' must be followed by "
		    "a step, as in 0-30/5", f->name);
	*step = 0;
	while (*p < end && is_digit(**p)) {
		if (*step < 100000)
			*step = *step * 10 + (**p - '0');
		(*p)++;
	}
	if (*step < 1 || *step > span)
		return fail(e, (int)(at - text), "%s: step %.*s is out of "
		    "range 1-%d", f->name, (int)(*p - at), at, span);
	return 0;
}

/* One field into a bitset; *star when it starts with '*'. */
static int
field_parse(const struct field *f, const struct tok *t, const char *text,
    struct perr *e, uint64_t *bits, int *star)
{
	const char	*p = t->p, *end = t->p + t->len, *item, *at;
	char		 q[QUOTE_MAX + 4];
	int		 a, b, step, v, ranged;

	*bits = 0;
	*star = *p == '*';
	if (*star) {
		p++;
		if (field_step(f, &p, end, text, e, &step) != 0)
			return -1;
		if (p != end)
			return fail(e, (int)(p - text), "%s: '*' must be the "
			    "whole field, or '*' and a step as in */5",
			    f->name);
		for (v = f->min; v <= f->last; v += step > 0 ? step : 1)
			*bits |= 1ULL << v;
		return 0;
	}
	for (;;) {
		item = p;
		if (p == end || *p == ',')
			return fail(e, (int)(p - text), "%s: empty list item",
			    f->name);
		if (*p == '*')
			return fail(e, (int)(p - text), "%s: '*' must be the "
			    "whole field, or '*' and a step as in */5",
			    f->name);
		if (field_value(f, &p, end, text, e, &a) != 0 ||
		    field_range(f, a, item, text, e) != 0)
			return -1;
		b = a;
		ranged = p < end && *p == '-';
		if (ranged) {
			at = ++p;
			if (field_value(f, &p, end, text, e, &b) != 0 ||
			    field_range(f, b, at, text, e) != 0)
				return -1;
			if (b < a)
				return fail(e, (int)(item - text), "%s: range "
				    "%.*s goes backwards", f->name,
				    (int)(p - item), item);
		}
		if (field_step(f, &p, end, text, e, &step) != 0)
			return -1;
		/* a/n runs from a to the end of the field. */
		if (step > 0 && !ranged)
			b = a > f->last ? a : f->last;
		for (v = a; v <= b; v += step > 0 ? step : 1)
			*bits |= 1ULL << v;
		if (p == end)
			break;
		if (*p != ',')
			return fail(e, (int)(p - text), "%s: unexpected '%s'",
			    f->name, quote(p, end - p, q, sizeof q));
		p++;
		if (p == end)
			return fail(e, (int)(p - text), "%s: empty list item",
			    f->name);
	}
	return 0;
}

/* Is the token a zone name?  Leaves it in s->zone. */
static int
tok_zone(const struct tok *t, struct sched *s)
{
	if (t->len >= sizeof s->zone)
		return 0;
	memcpy(s->zone, t->p, t->len);
	s->zone[t->len] = '\0';
	return cal_zone_ok(s->zone);
}

static int
parse_zone(const struct tok *t, const char *text, struct sched *s,
    struct perr *e)
{
	char	 q[QUOTE_MAX + 4];

	if (t->len >= sizeof s->zone)
		return fail(e, t->col, "time zone name '%s' is too long",
		    quote(t->p, t->len, q, sizeof q));
	if (!tok_zone(t, s))
		return fail(e, t->col, "unknown time zone '%s'",
		    quote(t->p, t->len, q, sizeof q));
	/* UTC is the default, and the default is written as nothing. */
	if (strcmp(s->zone, "UTC") == 0)
		s->zone[0] = '\0';
	return 0;
}

static int
parse_every(const struct tok *toks, int ntoks, const char *text,
    struct sched *s, struct perr *e)
{
	const struct tok	*t = &toks[1];
	const char		*p;
	char			 q[QUOTE_MAX + 4];
	long long		 n = 0, unit;

	if (ntoks < 2)
		return fail(e, (int)strlen(text), "every: a duration is "
		    "missing, as in every 10m");
	if (ntoks > 2 && is_digit(t->p[t->len - 1]))
		return fail(e, toks[2].col, "every: write the unit next to the "
		    "number, as in 10m");
	if (ntoks > 2)
		return fail(e, toks[2].col, "every: unexpected '%s' after the "
		    "duration", quote(toks[2].p, toks[2].len, q, sizeof q));
	for (p = t->p; p < t->p + t->len && is_digit(*p); p++)
		if (n <= SCHED_EVERY_MAX)
			n = n * 10 + (*p - '0');
	unit = 0;
	if (p > t->p && p == t->p + t->len - 1) {
		switch (*p) {
		case 's':
			unit = 1;
			break;
		case 'm':
			unit = 60;
			break;
		case 'h':
			unit = 3600;
			break;
		case 'd':
			unit = SECS_PER_DAY;
			break;
		case 'w':
			unit = 7 * SECS_PER_DAY;
			break;
		}
	}
	if (unit == 0)
		return fail(e, t->col, "every: '%s' is not a duration like 10m "
		    "(units s, m, h, d, w)", quote(t->p, t->len, q, sizeof q));
	if (n < 1)
		return fail(e, t->col, "every: '%s' is not at least 1 second",
		    quote(t->p, t->len, q, sizeof q));
	if (n > SCHED_EVERY_MAX / unit)
		return fail(e, t->col, "every: '%s' is longer than 4 weeks",
		    quote(t->p, t->len, q, sizeof q));
	s->kind = SCHED_EVERY;
	s->every = n * unit;
	return 0;
}

/* Five fields at toks, text being where columns count from. */
static int
parse_fields(const struct tok *toks, const char *text, struct sched *s,
    struct perr *e)
{
	uint64_t	 bits[NFIELDS];
	int		 star[NFIELDS], i;

	for (i = 0; i < NFIELDS; i++)
		if (field_parse(&fields[i], &toks[i], text, e, &bits[i],
		    &star[i]) != 0)
			return -1;
	/* 7 is Sunday. */
	if (bits[F_DOW] & (1ULL << 7))
		bits[F_DOW] = (bits[F_DOW] & 0x7f) | 1;
	s->kind = SCHED_CRON;
	s->minute = bits[F_MINUTE];
	s->hour = (uint32_t)bits[F_HOUR];
	s->dom = (uint32_t)bits[F_DOM];
	s->month = (uint16_t)bits[F_MONTH];
	s->dow = (uint8_t)bits[F_DOW];
	s->dom_star = star[F_DOM];
	s->dow_star = star[F_DOW];
	return 0;
}

static int
parse_macro(const struct tok *toks, int ntoks, const char *text,
    struct sched *s, struct perr *e)
{
	struct tok	 mt[MAX_TOKS];
	char		 q[QUOTE_MAX + 4];
	size_t		 i;

	for (i = 0; i < NELEM(macros); i++)
		if (tok_is(&toks[0], macros[i].name))
			break;
	if (i == NELEM(macros))
		return fail(e, toks[0].col, "unknown macro '%s' (@hourly, "
		    "@daily, @midnight, @weekly, @monthly, @yearly, @annually)",
		    quote(toks[0].p, toks[0].len, q, sizeof q));
	if (ntoks > 2)
		return fail(e, toks[2].col, "unexpected '%s' after the time "
		    "zone", quote(toks[2].p, toks[2].len, q, sizeof q));
	/* The expansions are ours: any error in them is a bug, at col 0. */
	if (split(macros[i].expr, mt) != NFIELDS ||
	    parse_fields(mt, macros[i].expr, s, e) != 0)
		return fail(e, 0, "bad expansion of %s", macros[i].name);
	if (ntoks == 2)
		return parse_zone(&toks[1], text, s, e);
	return 0;
}

int
sched_parse(const char *text, struct sched *s, char *err, size_t errlen,
    int *errcol)
{
	struct perr	 e = { err, errlen, errcol };
	struct tok	 toks[MAX_TOKS];
	const struct tok *last;
	char		 q[QUOTE_MAX + 4];
	int		 n;

	memset(s, 0, sizeof *s);
	if (err != NULL && errlen > 0)
		*err = '\0';
	n = text != NULL ? split(text, toks) : 0;
	if (n == 0)
		return fail(&e, 0, "empty schedule; write off, every 10m or a "
		    "cron expression such as 0 3 * * *");
	if (tok_is(&toks[0], "off")) {
		if (n > 1)
			return fail(&e, toks[1].col, "unexpected '%s' after "
			    "off", quote(toks[1].p, toks[1].len, q, sizeof q));
		s->kind = SCHED_OFF;
		return 0;
	}
	if (tok_is(&toks[0], "every"))
		return parse_every(toks, n, text, s, &e);
	if (toks[0].p[0] == '@')
		return parse_macro(toks, n, text, s, &e);

	/* A zone after four fields is the likeliest miscount. */
	if (n == NFIELDS && tok_zone(&toks[NFIELDS - 1], s))
		return fail(&e, toks[NFIELDS - 1].col, "expected 5 fields "
		    "(minute hour day-of-month month day-of-week) and an "
		    "optional time zone, got 4 and the time zone '%s'",
		    s->zone);
	if (n < NFIELDS) {
		last = &toks[n - 1];
		return fail(&e, last->col + (int)last->len, "expected 5 fields "
		    "(minute hour day-of-month month day-of-week) and an "
		    "optional time zone, got %d", n);
	}
	if (n > NFIELDS + 1)
		return fail(&e, toks[NFIELDS + 1].col, "expected 5 fields "
		    "(minute hour day-of-month month day-of-week) and an "
		    "optional time zone, got %d", n);
	memset(s, 0, sizeof *s);
	if (parse_fields(toks, text, s, &e) != 0)
		return -1;
	if (n == NFIELDS + 1)
		return parse_zone(&toks[NFIELDS], text, s, &e);
	return 0;
}

/* Does day d (y-m-dd in the zone) match the day fields? */
static int
day_match(const struct sched *s, long long d, int m, int dd)
{
	int	 dom, dow;

	if (!(s->month & (1U << m)))
		return 0;
	dom = (s->dom >> dd) & 1;
	/* cal_weekday counts from Monday, cron from Sunday. */
	dow = (s->dow >> ((cal_weekday(d) + 1) % 7)) & 1;
	/* Vixie cron: both restricted means either will do. */
	if (s->dom_star || s->dow_star)
		return dom && dow;
	return dom || dow;
}

/* The set hours and minutes of a schedule, and the day being tried. */
struct day {
	const char	*zone;
	long long	 d;
	int		 secs[24 * 60];	/* after midnight, rising */
	int		 n;
};

static long long
day_wall(const struct day *day, int k)
{
	return day->d * SECS_PER_DAY + day->secs[k];
}

/* Candidate k's instant, and its offset: how far the wall time is ahead. */
static int
day_instant(const struct day *day, int k, long long *t, long long *off)
{
	if (cal_local_instant(day->zone, day->d, day->secs[k], t) != 0)
		return -1;
	*off = day_wall(day, k) - *t;
	return 0;
}

/* The first k in [lo, hi) with wall less off after `after`, or hi. */
static int
day_search(const struct day *day, int lo, int hi, long long off,
    long long after)
{
	int	 mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (day_wall(day, mid) - off > after)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* Every candidate through cal_local_instant: for days that defy the model. */
static int
day_scan(const struct day *day, long long after, long long *t)
{
	long long	 v, off, best = 0;
	int		 k, found = 0;

	for (k = 0; k < day->n; k++) {
		if (day_instant(day, k, &v, &off) != 0)
			return -1;
		if (v > after && (!found || v < best)) {
			best = v;
			found = 1;
		}
	}
	if (found)
		*t = best;
	return found;
}

/*
 * The earliest fire on the day strictly after `after`: 1 and *t, 0 if
 * there is none, -1 on error.
 *
 * A candidate's instant is its wall time less the offset before or after
 * the day's transition, if it has one: a repeated time takes the first
 * occurrence and a skipped one the offset before the gap, so the offset
 * steps once, at some candidate j.  Each side rises with the wall time,
 * but the gap's candidates land on the same instants as the ones just
 * after it, so the earliest fire is the earlier of each side's first.
 * That takes two conversions on most days and a bisection for j on the
 * days the clocks change; a day with two changes is caught when the
 * answer does not read back, and scanned.
 */
static int
day_next(const struct day *day, long long after, long long *t)
{
	long long	 t0, o0, tn, on, v, off, best = 0;
	int		 j, lo, hi, mid, k, bk = -1;

	if (day_instant(day, 0, &t0, &o0) != 0)
		return -1;
	tn = t0;
	on = o0;
	if (day->n > 1 && day_instant(day, day->n - 1, &tn, &on) != 0)
		return -1;
	if (tn <= after && t0 <= after && on == o0)
		return 0;

	j = day->n;
	if (on != o0) {
		lo = 0;
		hi = day->n - 1;
		while (hi - lo > 1) {
			mid = lo + (hi - lo) / 2;
			if (day_instant(day, mid, &v, &off) != 0)
				return -1;
			if (off == o0)
				lo = mid;
			else
				hi = mid;
		}
		j = hi;
	}
	if ((k = day_search(day, 0, j, o0, after)) < j) {
		best = day_wall(day, k) - o0;
		bk = k;
	}
	if ((k = day_search(day, j, day->n, on, after)) < day->n &&
	    (bk == -1 || day_wall(day, k) - on < best)) {
		best = day_wall(day, k) - on;
		bk = k;
	}
	if (bk == -1)
		return 0;

	/* The answer's own conversion must agree with the model. */
	if (bk == 0)
		v = t0;
	else if (bk == day->n - 1)
		v = tn;
	else if (day_instant(day, bk, &v, &off) != 0)
		return -1;
	if (v == best) {
		*t = best;
		return 1;
	}
	return day_scan(day, after, t);
}

static long long
cron_next(const struct sched *s, long long after)
{
	struct day	 day;
	long long	 end, t;
	int		 y, m, dd, h, mi, rc;

	memset(&day, 0, sizeof day);
	day.zone = s->zone[0] != '\0' ? s->zone : NULL;
	for (h = 0; h < 24; h++)
		for (mi = 0; mi < 60; mi++)
			if ((s->hour & (1U << h)) && (s->minute & (1ULL << mi)))
				day.secs[day.n++] = h * 3600 + mi * 60;
	if (day.n == 0 || s->month == 0)
		return -1;

	if (cal_local_day(day.zone, after, &day.d) != 0)
		return -1;
	for (end = day.d + SCAN_DAYS; day.d <= end;) {
		cal_civil(day.d, &y, &m, &dd);
		if (!(s->month & (1U << m))) {
			day.d = m == 12 ? cal_days(y + 1, 1, 1) :
			    cal_days(y, m + 1, 1);
			continue;
		}
		if (day_match(s, day.d, m, dd)) {
			if ((rc = day_next(&day, after, &t)) != 0)
				return rc == 1 ? t : -1;
		}
		day.d++;
	}
	return -1;
}

long long
sched_next(const struct sched *s, long long after)
{
	if (after < -SCHED_T_MAX || after > SCHED_T_MAX)
		return -1;
	switch (s->kind) {
	case SCHED_EVERY:
		if (s->every < 1)
			return -1;
		return after + s->every;
	case SCHED_CRON:
		return cron_next(s, after);
	default:
		return -1;
	}
}

/* Append to out at *at, truncating; *at counts what was wanted. */
static void
put(char *out, size_t len, size_t *at, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void
put(char *out, size_t len, size_t *at, const char *fmt, ...)
{
	va_list	 ap;
	int	 n;

	va_start(ap, fmt);
	n = vsnprintf(*at < len ? out + *at : NULL, *at < len ? len - *at : 0,
	    fmt, ap);
	va_end(ap);
	if (n > 0)
		*at += n;
}

/*
 * One field as text: '*' for all of it, then '*' with a step when the
 * values step evenly from the start to the end, then one range with a
 * step, then runs and single values.  A day field that was restricted
 * is never written with '*', nor one that was '*' without it, since
 * that decides how the day fields combine.
 */
static void
format_field(const struct field *f, uint64_t bits, int star, int starok,
    char *out, size_t len, size_t *at)
{
	int	 v[64], n = 0, i, j, k, step;

	for (i = f->min; i <= f->last; i++)
		if (bits & (1ULL << i))
			v[n++] = i;
	if (n == 0) {
		put(out, len, at, "?");
		return;
	}
	step = n > 1 ? v[1] - v[0] : f->last - f->min + 1;
	for (i = 2; i < n && step > 0; i++)
		if (v[i] - v[i - 1] != step)
			step = 0;
	if ((star || starok) && n == f->last - f->min + 1) {
		put(out, len, at, "*");
		return;
	}
	/* One value is a step only in a day field that has to keep '*'. */
	if ((star || (starok && n > 1)) && step > 0 && v[0] == f->min &&
	    v[n - 1] + step > f->last) {
		put(out, len, at, "*/%d", step);
		return;
	}
	if (n >= 3 && step > 1) {
		put(out, len, at, "%d-%d/%d", v[0], v[n - 1], step);
		return;
	}
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && v[j] == v[j - 1] + 1; j++)
			;
		if (j - i >= 3) {
			put(out, len, at, "%s%d-%d", i > 0 ? "," : "", v[i],
			    v[j - 1]);
			continue;
		}
		for (k = i; k < j; k++)
			put(out, len, at, "%s%d", k > 0 ? "," : "", v[k]);
	}
}

void
sched_format(const struct sched *s, char *out, size_t len)
{
	static const struct {
		long long	 secs;
		char		 unit;
	} units[] = {
		{ 7 * SECS_PER_DAY, 'w' },
		{ SECS_PER_DAY, 'd' },
		{ 3600, 'h' },
		{ 60, 'm' },
		{ 1, 's' },
	};
	size_t	 at = 0, i;

	if (len == 0)
		return;
	*out = '\0';
	switch (s->kind) {
	case SCHED_EVERY:
		for (i = 0; i < NELEM(units) - 1; i++)
			if (s->every % units[i].secs == 0)
				break;
		put(out, len, &at, "every %lld%c", s->every / units[i].secs,
		    units[i].unit);
		break;
	case SCHED_CRON:
		format_field(&fields[F_MINUTE], s->minute, 0, 1, out, len, &at);
		put(out, len, &at, " ");
		format_field(&fields[F_HOUR], s->hour, 0, 1, out, len, &at);
		put(out, len, &at, " ");
		format_field(&fields[F_DOM], s->dom, s->dom_star, 0, out, len,
		    &at);
		put(out, len, &at, " ");
		format_field(&fields[F_MONTH], s->month, 0, 1, out, len, &at);
		put(out, len, &at, " ");
		format_field(&fields[F_DOW], s->dow, s->dow_star, 0, out, len,
		    &at);
		if (s->zone[0] != '\0')
			put(out, len, &at, " %s", s->zone);
		break;
	default:
		put(out, len, &at, "off");
		break;
	}
}
