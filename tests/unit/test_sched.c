/*
 * test_sched.c -- schedules: parsing, canonical text, next fire times,
 * and the zone arithmetic under them (cal_local_instant).
 *
 * Expected instants were worked out by hand and checked against Python's
 * zoneinfo (fold=0 for a repeated time is the first occurrence, and for
 * a skipped one the time shifted past the gap, as here); the DST dates
 * against zdump -v.
 */
#include "config.h"

#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "daemon/sched.h"
#include "validators/calendar.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define TSLEN		96
#define TEXTLEN		256

/* The UTC instant of a civil date and time. */
static long long
at(int y, int m, int d, int hh, int mi)
{
	return cal_days(y, m, d) * 86400 + hh * 3600LL + mi * 60;
}

/* "YYYY-MM-DDTHH:MM:SSZ" for failure messages. */
static const char *
fmt(long long t, char *buf, size_t len)
{
	long long	 d, s;
	int		 y, m, dd;

	if (t == -1) {
		snprintf(buf, len, "-1");
		return buf;
	}
	d = t / 86400 - (t % 86400 < 0);
	s = t - d * 86400;
	cal_civil(d, &y, &m, &dd);
	snprintf(buf, len, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, dd,
	    (int)(s / 3600), (int)(s / 60 % 60), (int)(s % 60));
	return buf;
}

static void
need_zones(void)
{
	/* Without tzdata the zone tests cannot mean anything. */
	if (!cal_zone_ok("Europe/Berlin") ||
	    !cal_zone_ok("Australia/Lord_Howe"))
		skip();
}

static void
parse_ok(const char *text, struct sched *s)
{
	char	 err[TEXTLEN];
	int	 col = -2;

	if (sched_parse(text, s, err, sizeof err, &col) != 0)
		fail_msg("sched_parse(\"%s\"): %s at %d", text, err, col);
}

static void
test_local_instant(void **state)
{
	static const struct {
		const char	*zone;
		int		 y, m, d, hh, mi;
		long long	 want;
	} t[] = {
		{ NULL, 2026, 3, 29, 2, 30, 0 },
		{ "UTC", 2026, 3, 29, 2, 30, 0 },
		{ "Europe/Berlin", 2026, 7, 1, 12, 0, 0 },
		/* Spring forward 02:00 -> 03:00: 02:30 is 03:30 CEST. */
		{ "Europe/Berlin", 2026, 3, 29, 1, 59, 0 },
		{ "Europe/Berlin", 2026, 3, 29, 2, 0, 0 },
		{ "Europe/Berlin", 2026, 3, 29, 2, 30, 0 },
		{ "Europe/Berlin", 2026, 3, 29, 3, 0, 0 },
		/* Fall back 03:00 -> 02:00: 02:30 first as CEST. */
		{ "Europe/Berlin", 2026, 10, 25, 1, 59, 0 },
		{ "Europe/Berlin", 2026, 10, 25, 2, 30, 0 },
		{ "Europe/Berlin", 2026, 10, 25, 3, 0, 0 },
		{ "America/New_York", 2026, 3, 8, 2, 30, 0 },
		{ "America/New_York", 2026, 11, 1, 1, 30, 0 },
		{ "America/New_York", 2026, 11, 1, 2, 0, 0 },
		/* Lord Howe moves by half an hour: 02:00 -> 02:30, back. */
		{ "Australia/Lord_Howe", 2026, 10, 4, 2, 15, 0 },
		{ "Australia/Lord_Howe", 2026, 4, 5, 1, 45, 0 },
		/* Santiago skips midnight itself. */
		{ "America/Santiago", 2026, 9, 6, 0, 0, 0 },
		{ "Asia/Kolkata", 2026, 11, 24, 0, 0, 0 },
	};
	long long	 want[NELEM(t)], v;
	char		 b1[TSLEN], b2[TSLEN];
	size_t		 i;

	need_zones();
	want[0] = at(2026, 3, 29, 2, 30);
	want[1] = at(2026, 3, 29, 2, 30);
	want[2] = at(2026, 7, 1, 10, 0);
	want[3] = at(2026, 3, 29, 0, 59);
	want[4] = at(2026, 3, 29, 1, 0);
	want[5] = at(2026, 3, 29, 1, 30);
	want[6] = at(2026, 3, 29, 1, 0);
	want[7] = at(2026, 10, 24, 23, 59);
	want[8] = at(2026, 10, 25, 0, 30);
	want[9] = at(2026, 10, 25, 2, 0);
	want[10] = at(2026, 3, 8, 7, 30);
	want[11] = at(2026, 11, 1, 5, 30);
	want[12] = at(2026, 11, 1, 7, 0);
	want[13] = at(2026, 10, 3, 15, 45);
	want[14] = at(2026, 4, 4, 14, 45);
	want[15] = at(2026, 9, 6, 4, 0);
	want[16] = at(2026, 11, 23, 18, 30);
	for (i = 0; i < NELEM(t); i++) {
		v = -42;
		if (cal_local_instant(t[i].zone, cal_days(t[i].y, t[i].m,
		    t[i].d), t[i].hh * 3600 + t[i].mi * 60, &v) != 0 ||
		    v != want[i])
			fail_msg("%s %04d-%02d-%02d %02d:%02d: %s, want %s",
			    t[i].zone != NULL ? t[i].zone : "NULL", t[i].y,
			    t[i].m, t[i].d, t[i].hh, t[i].mi,
			    fmt(v, b1, sizeof b1), fmt(want[i], b2, sizeof b2));
	}

	v = 42;
	assert_int_equal(cal_local_instant("UTC", 0, -1, &v), -1);
	assert_int_equal(cal_local_instant("UTC", 0, 86400, &v), -1);
	assert_int_equal(cal_local_instant("Mars/Olympus", 0, 0, &v), -1);
	assert_int_equal(cal_local_instant("UTC", 1LL << 62, 0, &v), -1);
	assert_int_equal(v, 42);
}

/* The wall time of t in zone, read back through libc. */
static long long
wall_of(const char *zone, long long t)
{
	struct tm	 tm;
	time_t		 tt = (time_t)t;
	long long	 w;
	const char	*old;
	char		 saved[TEXTLEN];
	int		 had;

	if ((had = (old = getenv("TZ")) != NULL))
		snprintf(saved, sizeof saved, "%s", old);
	setenv("TZ", zone, 1);
	tzset();
	if (localtime_r(&tt, &tm) == NULL)
		fail_msg("localtime_r(%lld)", t);
	w = cal_days(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday) * 86400 +
	    tm.tm_hour * 3600LL + tm.tm_min * 60 + tm.tm_sec;
	if (had)
		setenv("TZ", saved, 1);
	else
		unsetenv("TZ");
	tzset();
	return w;
}

/*
 * Every 5 minutes of wall time on days the clocks change: the instant
 * reads back as the same wall time, or, inside the gap only, as the gap
 * length later; and in an overlap it is the first of the two.
 */
static void
test_local_instant_days(void **state)
{
	static const struct {
		const char	*zone;
		int		 y, m, d;
		int		 from, to;	/* gap or overlap */
		int		 len;		/* < 0: overlap */
	} t[] = {
		{ "Europe/Berlin", 2026, 3, 29, 7200, 10800, 3600 },
		{ "Europe/Berlin", 2026, 10, 25, 7200, 10800, -3600 },
		{ "America/New_York", 2026, 3, 8, 7200, 10800, 3600 },
		{ "America/New_York", 2026, 11, 1, 3600, 7200, -3600 },
		{ "Australia/Lord_Howe", 2026, 10, 4, 7200, 9000, 1800 },
		{ "Australia/Lord_Howe", 2026, 4, 5, 5400, 7200, -1800 },
		{ "America/Santiago", 2026, 9, 6, 0, 3600, 3600 },
	};
	long long	 day, v, w;
	size_t		 i;
	int		 sec, in;

	need_zones();
	for (i = 0; i < NELEM(t); i++) {
		day = cal_days(t[i].y, t[i].m, t[i].d);
		for (sec = 0; sec < 86400; sec += 300) {
			assert_int_equal(cal_local_instant(t[i].zone, day, sec,
			    &v), 0);
			w = wall_of(t[i].zone, v);
			in = sec >= t[i].from && sec < t[i].to;
			if (w != day * 86400 + sec + (in && t[i].len > 0 ?
			    t[i].len : 0))
				fail_msg("%s %04d-%02d-%02d +%d: reads back "
				    "%+lld", t[i].zone, t[i].y, t[i].m, t[i].d,
				    sec, w - day * 86400 - sec);
			/* The first occurrence: one overlap back is not. */
			if (in && t[i].len < 0 &&
			    wall_of(t[i].zone, v + t[i].len) == w)
				fail_msg("%s %04d-%02d-%02d +%d: not the first",
				    t[i].zone, t[i].y, t[i].m, t[i].d, sec);
		}
	}
}

struct zone_job {
	const char	*zone;
	long long	 day;
	long long	 want_t;	/* 12:00 local on day */
	long long	 probe;		/* an instant ... */
	long long	 want_day;	/* ... and its local day */
	int		 bad;
};

static void *
zone_worker(void *arg)
{
	struct zone_job	*j = arg;
	long long	 v;
	int		 i;

	for (i = 0; i < 300; i++) {
		if (cal_local_instant(j->zone, j->day, 12 * 3600, &v) != 0 ||
		    v != j->want_t)
			j->bad++;
		if (cal_local_day(j->zone, j->probe, &v) != 0 ||
		    v != j->want_day)
			j->bad++;
	}
	return NULL;
}

/*
 * Two threads in zones 6 hours apart: without the lock one thread's TZ
 * leaks into the other's conversions.
 */
static void
test_zone_threads(void **state)
{
	struct zone_job	 j[2];
	pthread_t	 th[2];
	int		 i;

	need_zones();
	j[0].zone = "Europe/Berlin";
	j[0].day = cal_days(2026, 7, 1);
	j[0].want_t = at(2026, 7, 1, 10, 0);
	j[0].probe = at(2026, 7, 1, 23, 0);	/* 01:00 on the 2nd */
	j[0].want_day = cal_days(2026, 7, 2);
	j[1].zone = "America/New_York";
	j[1].day = cal_days(2026, 7, 1);
	j[1].want_t = at(2026, 7, 1, 16, 0);
	j[1].probe = at(2026, 7, 2, 2, 0);		/* 22:00 on the 1st */
	j[1].want_day = cal_days(2026, 7, 1);
	for (i = 0; i < 2; i++) {
		j[i].bad = 0;
		assert_int_equal(pthread_create(&th[i], NULL, zone_worker,
		    &j[i]), 0);
	}
	for (i = 0; i < 2; i++)
		assert_int_equal(pthread_join(th[i], NULL), 0);
	assert_int_equal(j[0].bad, 0);
	assert_int_equal(j[1].bad, 0);
}

/* Texts that parse, and their canonical form. */
static const struct {
	const char	*text;
	const char	*canon;
} goods[] = {
	{ "off", "off" },
	{ "  OFF ", "off" },
	{ "every 90s", "every 90s" },
	{ "every 10m", "every 10m" },
	{ "every 120m", "every 2h" },
	{ "Every 1d", "every 1d" },
	{ "every 14d", "every 2w" },
	{ "every 4w", "every 4w" },
	{ "every 1s", "every 1s" },
	{ "0 3 * * *", "0 3 * * *" },
	{ "\t0   3 * *\t*  ", "0 3 * * *" },
	{ "0 3 * * * UTC", "0 3 * * *" },
	{ "*/15 8-18 * * mon-fri Europe/Berlin",
	    "*/15 8-18 * * 1-5 Europe/Berlin" },
	{ "30 2 1,15 * * America/New_York", "30 2 1,15 * * America/New_York" },
	{ "0 12 * * 7", "0 12 * * 0" },
	{ "0 12 * * SUN", "0 12 * * 0" },
	{ "0 0 * JAN-Mar,dec *", "0 0 * 1-3,12 *" },
	{ "5/20 * * * *", "5-45/20 * * * *" },
	{ "0-45/15 * * * *", "*/15 * * * *" },
	{ "0 */6 * * *", "0 */6 * * *" },
	{ "0 9-17/2 * * *", "0 9-17/2 * * *" },
	{ "0 0 * * 1/2", "0 0 * * 1-5/2" },
	{ "0 0 * * */2", "0 0 * * */2" },
	{ "0 0 * * 5-7", "0 0 * * 0,5,6" },
	{ "0 0 * * 0-7", "0 0 * * 0-6" },
	{ "0 0 1-31 * mon", "0 0 1-31 * 1" },
	{ "0 0 */1 * mon", "0 0 * * 1" },
	{ "0 0 */31 * *", "0 0 */31 * *" },
	{ "0-59 0-23 * 1-12 *", "* * * * *" },
	{ "1,2,3,5,7,8 * * * *", "1-3,5,7,8 * * * *" },
	{ "59 23 31 12 *", "59 23 31 12 *" },
	{ "0 0 1 jan-dec/3 *", "0 0 1 */3 *" },
	{ "0 0 1 feb-dec/3 *", "0 0 1 2-11/3 *" },
	{ "@daily", "0 0 * * *" },
	{ "@midnight", "0 0 * * *" },
	{ "@hourly", "0 * * * *" },
	{ "@weekly Europe/Berlin", "0 0 * * 0 Europe/Berlin" },
	{ "@monthly", "0 0 1 * *" },
	{ "@yearly", "0 0 1 1 *" },
	{ "@ANNUALLY UTC", "0 0 1 1 *" },
};

static void
test_parse_format(void **state)
{
	struct sched	 s, s2;
	char		 out[TEXTLEN];
	size_t		 i;

	need_zones();
	for (i = 0; i < NELEM(goods); i++) {
		parse_ok(goods[i].text, &s);
		sched_format(&s, out, sizeof out);
		if (strcmp(out, goods[i].canon) != 0)
			fail_msg("\"%s\" formats as \"%s\", want \"%s\"",
			    goods[i].text, out, goods[i].canon);
		/* The canonical text is the same schedule. */
		parse_ok(out, &s2);
		if (s.kind != s2.kind || s.every != s2.every ||
		    s.minute != s2.minute || s.hour != s2.hour ||
		    s.dom != s2.dom || s.month != s2.month ||
		    s.dow != s2.dow || s.dom_star != s2.dom_star ||
		    s.dow_star != s2.dow_star || strcmp(s.zone, s2.zone) != 0)
			fail_msg("\"%s\" does not read back as \"%s\"", out,
			    goods[i].text);
	}

	/* Truncation stays inside the buffer. */
	parse_ok("0 3 * * * Europe/Berlin", &s);
	memset(out, 'x', sizeof out);
	sched_format(&s, out, 8);
	assert_string_equal(out, "0 3 * *");
	assert_int_equal(out[8], 'x');
}

static void
test_parse_fields(void **state)
{
	struct sched	 s;

	parse_ok("every 90s", &s);
	assert_int_equal(s.kind, SCHED_EVERY);
	assert_int_equal(s.every, 90);
	parse_ok("every 4w", &s);
	assert_int_equal(s.every, 28 * 86400);

	parse_ok("*/15 8-18 * * mon-fri", &s);
	assert_int_equal(s.kind, SCHED_CRON);
	assert_true(s.minute == (1ULL << 0 | 1ULL << 15 | 1ULL << 30 |
	    1ULL << 45));
	assert_int_equal(s.hour, 0x7ff00);		/* 8 to 18 */
	assert_int_equal(s.dom, 0xfffffffe);		/* 1 to 31 */
	assert_int_equal(s.month, 0x1ffe);		/* 1 to 12 */
	assert_int_equal(s.dow, 0x3e);			/* Mon to Fri */
	assert_true(s.dom_star);
	assert_false(s.dow_star);
	assert_string_equal(s.zone, "");

	parse_ok("0 0 */2 * *", &s);
	assert_true(s.dom_star);			/* '*' with a step */
	assert_int_equal(s.dom, 0xaaaaaaaa);		/* odd days */
	parse_ok("0 0 1 * sun,Sat", &s);
	assert_false(s.dom_star);
	assert_int_equal(s.dow, 0x41);
	parse_ok("0 0 * * 7", &s);
	assert_int_equal(s.dow, 0x01);
	parse_ok("0 0 * * 6/3", &s);			/* a/n stops at 6 */
	assert_int_equal(s.dow, 0x40);
	parse_ok("0 0 * * 7/3", &s);
	assert_int_equal(s.dow, 0x01);
	parse_ok("0 0 * * 5-5/2", &s);
	assert_int_equal(s.dow, 0x20);
	parse_ok("0 0 * * * Europe/Berlin", &s);
	assert_string_equal(s.zone, "Europe/Berlin");
}

static void
test_parse_errors(void **state)
{
	static const struct {
		const char	*text;
		const char	*msg;
		int		 col;
	} t[] = {
		{ "", "empty schedule", 0 },
		{ "   ", "empty schedule", 0 },
		{ "0 3 *", "expected 5 fields (minute hour day-of-month month "
		    "day-of-week) and an optional time zone, got 3", 5 },
		{ "0 3 * * * Europe/Berlin extra", "got 7", 24 },
		{ "0 3 * * Europe/Berlin", "got 4 and the time zone "
		    "'Europe/Berlin'", 8 },
		{ "0 25 * * *", "hour: 25 is out of range 0-23", 2 },
		{ "60 * * * *", "minute: 60 is out of range 0-59", 0 },
		{ "0 0 0 * *", "day-of-month: 0 is out of range 1-31", 4 },
		{ "0 0 32 * *", "day-of-month: 32 is out of range 1-31", 4 },
		{ "0 0 * 13 *", "month: 13 is out of range 1-12", 6 },
		{ "0 0 * * 8", "day-of-week: 8 is out of range 0-7", 8 },
		{ "0 0 * * 1-8", "day-of-week: 8 is out of range 0-7", 10 },
		{ "99999999999 * * * *", "minute: number out of range 0-59",
		    0 },
		{ "0 3 * * * Europe/Berln", "unknown time zone 'Europe/Berln'",
		    10 },
		{ "0 3 * * * ../etc/passwd", "unknown time zone", 10 },
		{ "0 3 * * * Europe/Berlin_is_a_very_long_name_that_goes_on_"
		    "and_on_and_on_and_on_and_on", "too long", 10 },
		{ "every 10x", "every: '10x' is not a duration like 10m", 6 },
		{ "every m", "is not a duration", 6 },
		{ "every 10", "is not a duration", 6 },
		{ "every 10M", "is not a duration", 6 },
		{ "every 0m", "not at least 1 second", 6 },
		{ "every 5w", "longer than 4 weeks", 6 },
		{ "every 2419201s", "longer than 4 weeks", 6 },
		{ "every 99999999999999999999d", "longer than 4 weeks", 6 },
		{ "every", "duration is missing", 5 },
		{ "every 10 m", "write the unit next to the number", 9 },
		{ "every 10m now", "unexpected 'now' after the duration", 10 },
		{ "0 18-8 * * *", "hour: range 18-8 goes backwards", 2 },
		{ "0 0 * * fri-mon", "day-of-week: range fri-mon goes "
		    "backwards", 8 },
		{ "*/0 * * * *", "minute: step 0 is out of range 1-60", 2 },
		{ "*/61 * * * *", "minute: step 61 is out of range 1-60", 2 },
		{ "0 0 * * */8", "day-of-week: step 8 is out of range 1-7",
		    10 },
		{ "0 0 * * 1/", "'/' must be followed by a step", 10 },
		{ "0 0 * foo *", "month: unknown name 'foo' (jan-dec)", 6 },
		{ "0 0 * * mo", "day-of-week: unknown name 'mo' (sun-sat)", 8 },
		{ "0 0 * * monday", "unknown name 'monday'", 8 },
		{ "0 abc * * *", "hour: 'abc' is not a number", 2 },
		{ "1,,2 * * * *", "minute: empty list item", 2 },
		{ "1, * * * *", "minute: empty list item", 2 },
		{ ",1 * * * *", "minute: empty list item", 0 },
		{ "5x * * * *", "minute: unexpected 'x'", 1 },
		{ "0 0 1-/2 * *", "day-of-month: expected a number at '/2'",
		    6 },
		{ "0 0 1- * *", "day-of-month: a number is missing", 6 },
		{ "*,5 * * * *", "minute: '*' must be the whole field", 1 },
		{ "5,* * * * *", "minute: '*' must be the whole field", 2 },
		{ "*-5 * * * *", "minute: '*' must be the whole field", 1 },
		{ "0 \001 * * *", "hour: expected a number at '?'", 2 },
		{ "@dayly", "unknown macro '@dayly'", 0 },
		{ "@reboot", "unknown macro '@reboot'", 0 },
		{ "@daily Europe/Berlin x", "unexpected 'x' after the time "
		    "zone", 21 },
		{ "@daily Mars/Olympus", "unknown time zone 'Mars/Olympus'",
		    7 },
		{ "off now", "unexpected 'now' after off", 4 },
	};
	struct sched	 s;
	char		 err[TEXTLEN];
	size_t		 i;
	int		 col;

	need_zones();
	for (i = 0; i < NELEM(t); i++) {
		err[0] = '\0';
		col = -2;
		if (sched_parse(t[i].text, &s, err, sizeof err, &col) != -1)
			fail_msg("\"%s\" parsed", t[i].text);
		if (strstr(err, t[i].msg) == NULL || col != t[i].col)
			fail_msg("\"%s\": '%s' at %d; want '%s' at %d",
			    t[i].text, err, col, t[i].msg, t[i].col);
	}

	/* A short or absent buffer is not written past. */
	memset(err, 'x', sizeof err);
	assert_int_equal(sched_parse("0 25 * * *", &s, err, 6, &col), -1);
	assert_string_equal(err, "hour:");
	assert_int_equal(err[6], 'x');
	assert_int_equal(sched_parse("0 25 * * *", &s, NULL, 0, NULL), -1);
	assert_int_equal(sched_parse(NULL, &s, err, sizeof err, &col), -1);
	assert_non_null(strstr(err, "empty schedule"));
}

struct next {
	const char	*text;
	long long	 after;
	long long	 want;
};

static void
check_next(const struct next *t, size_t n)
{
	struct sched	 s;
	long long	 v;
	char		 b1[TSLEN], b2[TSLEN], b3[TSLEN];
	size_t		 i;

	for (i = 0; i < n; i++) {
		parse_ok(t[i].text, &s);
		v = sched_next(&s, t[i].after);
		if (v != t[i].want)
			fail_msg("\"%s\" after %s: %s, want %s", t[i].text,
			    fmt(t[i].after, b1, sizeof b1), fmt(v, b2,
			    sizeof b2), fmt(t[i].want, b3, sizeof b3));
	}
}

static void
test_next_utc(void **state)
{
	const struct next t[] = {
		{ "0 3 * * *", at(2026, 3, 28, 12, 0), at(2026, 3, 29, 3, 0) },
		{ "0 3 * * *", at(2026, 3, 29, 2, 59) + 59,
		    at(2026, 3, 29, 3, 0) },
		/* Strictly after. */
		{ "0 3 * * *", at(2026, 3, 29, 3, 0), at(2026, 3, 30, 3, 0) },
		{ "*/15 * * * *", at(2026, 11, 24, 12, 7),
		    at(2026, 11, 24, 12, 15) },
		{ "*/15 * * * *", at(2026, 11, 24, 23, 45),
		    at(2026, 11, 25, 0, 0) },
		{ "* * * * *", at(2026, 11, 24, 12, 7) + 30,
		    at(2026, 11, 24, 12, 8) },
		{ "59 23 31 12 *", at(2026, 12, 31, 23, 59),
		    at(2027, 12, 31, 23, 59) },
		{ "0 0 29 2 *", at(2026, 1, 1, 0, 0), at(2028, 2, 29, 0, 0) },
		{ "0 0 29 2 *", at(2028, 2, 29, 0, 0), at(2032, 2, 29, 0, 0) },
		/* 2100 is not a leap year: the longest wait there is. */
		{ "0 0 29 2 *", at(2096, 3, 1, 0, 0), at(2104, 2, 29, 0, 0) },
		{ "0 0 30 2 *", at(2026, 1, 1, 0, 0), -1 },
		{ "0 0 31 4,6,9,11 *", at(2026, 1, 1, 0, 0), -1 },
		{ "0 0 31 * *", at(2026, 4, 1, 0, 0), at(2026, 5, 31, 0, 0) },
		/* 24 November 2026 is a Tuesday. */
		{ "@weekly", at(2026, 11, 24, 12, 0), at(2026, 11, 29, 0, 0) },
		{ "@weekly", at(2026, 11, 29, 0, 0), at(2026, 12, 6, 0, 0) },
		{ "0 12 * * 7", at(2026, 11, 24, 12, 0),
		    at(2026, 11, 29, 12, 0) },
		{ "0 12 * * 0", at(2026, 11, 24, 12, 0),
		    at(2026, 11, 29, 12, 0) },
		{ "0 12 * * sun", at(2026, 11, 29, 11, 0),
		    at(2026, 11, 29, 12, 0) },
		{ "0 9 * * mon-fri", at(2026, 11, 27, 9, 0),
		    at(2026, 11, 30, 9, 0) },
		{ "@daily", at(2026, 11, 24, 0, 0), at(2026, 11, 25, 0, 0) },
		{ "@hourly", at(2026, 11, 24, 12, 0), at(2026, 11, 24, 13, 0) },
		{ "@monthly", at(2026, 12, 15, 0, 0), at(2027, 1, 1, 0, 0) },
		{ "@yearly", at(2026, 11, 24, 0, 0), at(2027, 1, 1, 0, 0) },
		{ "0 0 1 jan,jul *", at(2026, 1, 1, 0, 0),
		    at(2026, 7, 1, 0, 0) },
		{ "30 8-18/5 * * *", at(2026, 11, 24, 13, 31),
		    at(2026, 11, 24, 18, 30) },
		{ "30 8-18/5 * * *", at(2026, 11, 24, 18, 30),
		    at(2026, 11, 25, 8, 30) },
		{ "every 10m", at(2026, 11, 24, 12, 3) + 7,
		    at(2026, 11, 24, 12, 13) + 7 },
		{ "every 4w", 0, 28 * 86400 },
		{ "off", at(2026, 11, 24, 12, 0), -1 },
	};

	check_next(t, NELEM(t));
}

/* Successive fire times from after. */
static void
check_seq(const char *text, long long after, const long long *want,
    size_t n)
{
	struct sched	 s;
	long long	 v = after;
	char		 b1[TSLEN], b2[TSLEN];
	size_t		 i;

	parse_ok(text, &s);
	for (i = 0; i < n; i++) {
		v = sched_next(&s, v);
		if (v != want[i])
			fail_msg("\"%s\" fire %zu: %s, want %s", text, i,
			    fmt(v, b1, sizeof b1), fmt(want[i], b2, sizeof b2));
	}
}

static void
test_next_days(void **state)
{
	/* Both day fields restricted: the 13th or a Friday (Vixie). */
	const long long	 either[] = {
		at(2026, 2, 6, 0, 0), at(2026, 2, 13, 0, 0),
		at(2026, 2, 20, 0, 0), at(2026, 2, 27, 0, 0),
		at(2026, 3, 6, 0, 0), at(2026, 3, 13, 0, 0),
		at(2026, 3, 20, 0, 0), at(2026, 3, 27, 0, 0),
		at(2026, 4, 3, 0, 0), at(2026, 4, 10, 0, 0),
		at(2026, 4, 13, 0, 0), at(2026, 4, 17, 0, 0),
	};
	/* Day of month is '*' with a step: odd days that are Mondays. */
	const long long	 both[] = {
		at(2026, 6, 1, 0, 0), at(2026, 6, 15, 0, 0),
		at(2026, 6, 29, 0, 0), at(2026, 7, 13, 0, 0),
		at(2026, 7, 27, 0, 0), at(2026, 8, 3, 0, 0),
	};
	/* Sunday, Tuesday, Thursday, Saturday. */
	const long long	 step[] = {
		at(2026, 11, 24, 0, 0), at(2026, 11, 26, 0, 0),
		at(2026, 11, 28, 0, 0), at(2026, 11, 29, 0, 0),
		at(2026, 12, 1, 0, 0),
	};
	const long long	 daily[] = {
		at(2026, 11, 25, 0, 0), at(2026, 11, 26, 0, 0),
		at(2026, 11, 27, 0, 0),
	};
	const long long	 mondays[] = {
		at(2026, 11, 30, 0, 0), at(2026, 12, 7, 0, 0),
	};
	/* Monday, Wednesday, Friday; a/n does not reach 7. */
	const long long	 from[] = {
		at(2026, 11, 25, 6, 0), at(2026, 11, 27, 6, 0),
		at(2026, 11, 30, 6, 0),
	};

	check_seq("0 0 13 * fri", at(2026, 2, 1, 0, 0), either,
	    NELEM(either));
	check_seq("0 0 */2 * mon", at(2026, 5, 31, 0, 0), both, NELEM(both));
	check_seq("0 0 * * */2", at(2026, 11, 23, 0, 0), step, NELEM(step));
	check_seq("0 6 * * 1/2", at(2026, 11, 24, 0, 0), from, NELEM(from));
	/* 1-31 is a restriction, though it allows every day: OR. */
	check_seq("0 0 1-31 * mon", at(2026, 11, 24, 0, 0), daily,
	    NELEM(daily));
	check_seq("0 0 * * mon", at(2026, 11, 24, 0, 0), mondays,
	    NELEM(mondays));
}

static void
test_next_zones(void **state)
{
	const struct next t[] = {
		/* CEST the day after the change, CET the day of it. */
		{ "0 3 * * * Europe/Berlin", at(2026, 3, 28, 12, 0),
		    at(2026, 3, 29, 1, 0) },
		{ "0 3 * * * Europe/Berlin", at(2026, 10, 24, 12, 0),
		    at(2026, 10, 25, 2, 0) },
		{ "0 3 * * * Europe/Berlin", at(2026, 3, 29, 1, 0),
		    at(2026, 3, 30, 1, 0) },
		/* 00:30 UTC is 01:30 CET: that day's 02:00 is still ahead. */
		{ "0 2 * * * Europe/Berlin", at(2026, 11, 24, 0, 30),
		    at(2026, 11, 24, 1, 0) },
		{ "0 0 * * * Europe/Berlin", at(2026, 11, 24, 22, 59),
		    at(2026, 11, 24, 23, 0) },
		/* Gap: 02:30 runs at 03:30 CEST. */
		{ "30 2 * * * Europe/Berlin", at(2026, 3, 28, 12, 0),
		    at(2026, 3, 29, 1, 30) },
		{ "30 2 * * * Europe/Berlin", at(2026, 3, 29, 1, 30),
		    at(2026, 3, 30, 0, 30) },
		/* Overlap: 02:30 runs once, as CEST. */
		{ "30 2 * * * Europe/Berlin", at(2026, 10, 24, 12, 0),
		    at(2026, 10, 25, 0, 30) },
		{ "30 2 * * * Europe/Berlin", at(2026, 10, 25, 0, 30),
		    at(2026, 10, 26, 1, 30) },
		{ "30 2 * * * Europe/Berlin", at(2026, 10, 25, 1, 0),
		    at(2026, 10, 26, 1, 30) },
		{ "*/15 8-18 * * mon-fri Europe/Berlin",
		    at(2026, 11, 27, 16, 50), at(2026, 11, 27, 17, 0) },
		{ "*/15 8-18 * * mon-fri Europe/Berlin",
		    at(2026, 11, 27, 17, 45), at(2026, 11, 30, 7, 0) },
		{ "@weekly Europe/Berlin", at(2026, 11, 24, 12, 0),
		    at(2026, 11, 28, 23, 0) },
		{ "30 2 1,15 * * America/New_York", at(2026, 11, 24, 12, 0),
		    at(2026, 12, 1, 7, 30) },
		{ "30 2 * * * America/New_York", at(2026, 3, 7, 12, 0),
		    at(2026, 3, 8, 7, 30) },
		{ "30 1 * * * America/New_York", at(2026, 10, 31, 12, 0),
		    at(2026, 11, 1, 5, 30) },
		{ "30 1 * * * America/New_York", at(2026, 11, 1, 5, 30),
		    at(2026, 11, 2, 6, 30) },
		{ "15 2 * * * Australia/Lord_Howe", at(2026, 10, 3, 12, 0),
		    at(2026, 10, 3, 15, 45) },
		{ "45 1 * * * Australia/Lord_Howe", at(2026, 4, 4, 12, 0),
		    at(2026, 4, 4, 14, 45) },
		{ "45 1 * * * Australia/Lord_Howe", at(2026, 4, 4, 14, 45),
		    at(2026, 4, 5, 15, 15) },
		{ "@daily America/Santiago", at(2026, 9, 5, 12, 0),
		    at(2026, 9, 6, 4, 0) },
		{ "0 0 29 2 * Asia/Kolkata", at(2026, 1, 1, 0, 0),
		    at(2028, 2, 28, 18, 30) },
		{ "0 0 30 2 * Europe/Berlin", at(2026, 1, 1, 0, 0), -1 },
	};
	/* Through the gap at 30-minute steps: no repeats, no holes. */
	const long long	 gap[] = {
		at(2026, 3, 29, 0, 30), at(2026, 3, 29, 1, 0),
		at(2026, 3, 29, 1, 30), at(2026, 3, 29, 2, 0),
	};
	/*
	 * A half-hour gap (02:00 -> 02:30): 02:15 runs at 02:45, after 02:40,
	 * though it comes first on the clock.
	 */
	const long long	 half[] = {
		at(2026, 10, 3, 15, 40), at(2026, 10, 3, 15, 45),
		at(2026, 10, 4, 15, 15), at(2026, 10, 4, 15, 40),
	};
	/* Through the overlap: the repeated hour is skipped. */
	const long long	 overlap[] = {
		at(2026, 10, 25, 0, 30), at(2026, 10, 25, 2, 0),
		at(2026, 10, 25, 2, 30),
	};

	need_zones();
	check_next(t, NELEM(t));
	check_seq("*/30 * * * * Europe/Berlin", at(2026, 3, 29, 0, 0), gap,
	    NELEM(gap));
	check_seq("*/30 * * * * Europe/Berlin", at(2026, 10, 25, 0, 0),
	    overlap, NELEM(overlap));
	check_seq("15,40 2 * * * Australia/Lord_Howe", at(2026, 10, 3, 12, 0),
	    half, NELEM(half));
}

/* A daily job fires exactly once on each local day of a year. */
static void
test_next_daily_year(void **state)
{
	static const char *const texts[] = {
		"30 2 * * * Europe/Berlin",
		"30 1 * * * America/New_York",
		"45 1 * * * Australia/Lord_Howe",
		"0 0 * * * America/Santiago",
	};
	struct sched	 s;
	long long	 t, day, prev, last;
	size_t		 i;
	int		 n;

	need_zones();
	for (i = 0; i < NELEM(texts); i++) {
		parse_ok(texts[i], &s);
		t = at(2026, 1, 1, 12, 0);
		last = at(2027, 1, 1, 12, 0);
		assert_int_equal(cal_local_day(s.zone, t, &prev), 0);
		for (n = 0; (t = sched_next(&s, t)) != -1 && t < last; n++) {
			assert_int_equal(cal_local_day(s.zone, t, &day), 0);
			if (day != prev + 1)
				fail_msg("\"%s\": fire %d on day %lld after "
				    "%lld", texts[i], n, day, prev);
			prev = day;
		}
		if (n != 365)
			fail_msg("\"%s\": %d fires in 2026", texts[i], n);
	}
}

/*
 * Against a plain reading of the fields: for random UTC expressions, the
 * first minute after `after` whose fields match, walking day by day and
 * minute by minute.
 */
static unsigned long long	 rng = 0x5eed;

static unsigned
rnd(unsigned n)
{
	rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)(rng >> 33) % n;
}

static void
rnd_field(char *buf, size_t len, int min, int max)
{
	int	 a, b;

	switch (rnd(6)) {
	case 0:
		snprintf(buf, len, "*");
		break;
	case 1:
		snprintf(buf, len, "*/%d", 1 + (int)rnd(max - min + 1));
		break;
	case 2:
		a = min + (int)rnd(max - min + 1);
		snprintf(buf, len, "%d", a);
		break;
	case 3:
		a = min + (int)rnd(max - min + 1);
		b = a + (int)rnd(max - a + 1);
		snprintf(buf, len, "%d-%d/%d", a, b, 1 + (int)rnd(3));
		break;
	default:
		a = min + (int)rnd(max - min + 1);
		b = min + (int)rnd(max - min + 1);
		snprintf(buf, len, "%d,%d", a, b);
		break;
	}
}

static long long
oracle(const struct sched *s, long long after)
{
	long long	 d, t;
	int		 y, m, dd, wd, domok, dowok, sec;

	for (d = after / 86400; d < after / 86400 + 9 * 366; d++) {
		cal_civil(d, &y, &m, &dd);
		wd = (cal_weekday(d) + 1) % 7;
		domok = (s->dom >> dd) & 1;
		dowok = (s->dow >> wd) & 1;
		if (!((s->month >> m) & 1) || !(s->dom_star || s->dow_star ?
		    domok && dowok : domok || dowok))
			continue;
		for (sec = 0; sec < 86400; sec += 60) {
			t = d * 86400 + sec;
			if (t > after && ((s->hour >> (sec / 3600)) & 1) &&
			    ((s->minute >> (sec / 60 % 60)) & 1))
				return t;
		}
	}
	return -1;
}

static void
test_next_random(void **state)
{
	struct sched	 s;
	char		 text[TEXTLEN], f[5][32];
	char		 b1[TSLEN], b2[TSLEN], b3[TSLEN];
	long long	 after, v, w;
	int		 i;

	for (i = 0; i < 400; i++) {
		rnd_field(f[0], sizeof f[0], 0, 59);
		rnd_field(f[1], sizeof f[1], 0, 23);
		rnd_field(f[2], sizeof f[2], 1, 31);
		rnd_field(f[3], sizeof f[3], 1, 12);
		rnd_field(f[4], sizeof f[4], 0, 6);
		snprintf(text, sizeof text, "%s %s %s %s %s", f[0], f[1], f[2],
		    f[3], f[4]);
		parse_ok(text, &s);
		after = at(2026, 1, 1, 0, 0) + (long long)rnd(3 * 365) * 86400 +
		    rnd(86400);
		v = sched_next(&s, after);
		w = oracle(&s, after);
		if (v != w)
			fail_msg("\"%s\" after %s: %s, want %s", text,
			    fmt(after, b1, sizeof b1), fmt(v, b2, sizeof b2),
			    fmt(w, b3, sizeof b3));
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_local_instant),
		cmocka_unit_test(test_local_instant_days),
		cmocka_unit_test(test_zone_threads),
		cmocka_unit_test(test_parse_format),
		cmocka_unit_test(test_parse_fields),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_next_utc),
		cmocka_unit_test(test_next_days),
		cmocka_unit_test(test_next_zones),
		cmocka_unit_test(test_next_daily_year),
		cmocka_unit_test(test_next_random),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
