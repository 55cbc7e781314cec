/*
 * test_calendar.c -- civil dates, time zones and compliance limits.
 *
 * Expected day numbers and instants were worked out by hand and checked
 * against Python's datetime and zoneinfo; DST dates against zdump -v.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "rules/cfgparse.h"
#include "validators/calendar.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define TSLEN		96	/* fmt() output, ints at their widest */

/* The UTC instant of a civil date and time. */
static long long
at(int y, int m, int d, int hh, int mi, int ss)
{
	return cal_days(y, m, d) * 86400 + hh * 3600LL + mi * 60 + ss;
}

/* "YYYY-MM-DDTHH:MM:SSZ" for failure messages. */
static const char *
fmt(long long t, char *buf, size_t len)
{
	long long	 d, s;
	int		 y, m, dd;

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
	if (!cal_zone_ok("Europe/Berlin"))
		skip();
}

static void
test_days(void **state)
{
	static const struct {
		int		 y, m, d;
		long long	 days;
	} t[] = {
		{ 1, 1, 1, -719162 },
		{ 1600, 2, 29, -135081 },
		{ 1900, 2, 28, -25509 },
		{ 1900, 3, 1, -25508 },		/* 1900 is not leap */
		{ 1969, 12, 31, -1 },
		{ 1970, 1, 1, 0 },
		{ 2000, 2, 29, 11016 },
		{ 2024, 2, 29, 19782 },
		{ 2038, 1, 19, 24855 },
		{ 2100, 3, 1, 47541 },
		{ 9999, 12, 31, 2932896 },
	};
	long long	 d, first, last;
	size_t		 i;
	int		 y, m, dd, py, pm, pd;

	for (i = 0; i < NELEM(t); i++) {
		d = cal_days(t[i].y, t[i].m, t[i].d);
		if (d != t[i].days)
			fail_msg("cal_days(%04d-%02d-%02d) = %lld, want %lld",
			    t[i].y, t[i].m, t[i].d, d, t[i].days);
		cal_civil(t[i].days, &y, &m, &dd);
		if (y != t[i].y || m != t[i].m || dd != t[i].d)
			fail_msg("cal_civil(%lld) = %04d-%02d-%02d", t[i].days,
			    y, m, dd);
		assert_true(cal_valid(y, m, dd));
	}

	/*
	 * Every day from 1599 to 2401 is a real date, follows the one
	 * before, and converts back to itself.
	 */
	first = cal_days(1599, 1, 1);
	last = cal_days(2401, 1, 1);
	cal_civil(first - 1, &py, &pm, &pd);
	assert_true(py == 1598 && pm == 12 && pd == 31);
	for (d = first; d <= last; d++) {
		cal_civil(d, &y, &m, &dd);
		if (!cal_valid(y, m, dd) || cal_days(y, m, dd) != d)
			fail_msg("day %lld: %04d-%02d-%02d", d, y, m, dd);
		if (!((y == py && m == pm && dd == pd + 1) ||
		    (y == py && m == pm + 1 && dd == 1) ||
		    (y == py + 1 && m == 1 && pm == 12 && dd == 1)))
			fail_msg("day %lld: %04d-%02d-%02d after %04d-%02d-%02d",
			    d, y, m, dd, py, pm, pd);
		py = y;
		pm = m;
		pd = dd;
	}
}

static void
test_valid(void **state)
{
	static const struct {
		int	 y, m, d, ok;
	} t[] = {
		{ 2024, 2, 29, 1 },
		{ 2000, 2, 29, 1 },
		{ 1600, 2, 29, 1 },
		{ 2023, 2, 28, 1 },
		{ 2024, 12, 31, 1 },
		{ 2023, 2, 29, 0 },
		{ 1900, 2, 29, 0 },
		{ 2100, 2, 29, 0 },
		{ 2024, 4, 31, 0 },
		{ 2024, 6, 31, 0 },
		{ 2024, 0, 1, 0 },
		{ 2024, 13, 1, 0 },
		{ 2024, 1, 0, 0 },
		{ 2024, 1, 32, 0 },
		{ 2024, -1, 1, 0 },
	};
	size_t	 i;

	for (i = 0; i < NELEM(t); i++)
		if (cal_valid(t[i].y, t[i].m, t[i].d) != t[i].ok)
			fail_msg("cal_valid(%d, %d, %d) != %d", t[i].y, t[i].m,
			    t[i].d, t[i].ok);
}

static void
test_weekday(void **state)
{
	assert_int_equal(cal_weekday(0), 3);			/* Thursday */
	assert_int_equal(cal_weekday(-1), 2);
	assert_int_equal(cal_weekday(-4), 6);
	assert_int_equal(cal_weekday(cal_days(2026, 11, 24)), 1);
	assert_int_equal(cal_weekday(cal_days(2026, 11, 23)), 0);
	assert_int_equal(cal_weekday(cal_days(2026, 11, 29)), 6);
	assert_int_equal(cal_weekday(cal_days(1600, 2, 29)), 1);
	assert_true(cal_business_day(cal_days(2026, 11, 27)));	/* Friday */
	assert_false(cal_business_day(cal_days(2026, 11, 28)));
	assert_false(cal_business_day(cal_days(2026, 11, 29)));
	assert_true(cal_business_day(cal_days(2026, 11, 30)));
}

static void
test_add_months(void **state)
{
	static const struct {
		int	 y, m, d, n, wy, wm, wd;
	} t[] = {
		{ 2024, 1, 31, 1, 2024, 2, 29 },
		{ 2023, 1, 31, 1, 2023, 2, 28 },
		{ 2024, 1, 31, 2, 2024, 3, 31 },
		{ 2024, 1, 31, 3, 2024, 4, 30 },
		{ 2024, 1, 15, 0, 2024, 1, 15 },
		{ 2024, 12, 31, 2, 2025, 2, 28 },
		{ 2024, 12, 15, 1, 2025, 1, 15 },
		{ 2024, 2, 29, 12, 2025, 2, 28 },
		{ 2024, 2, 29, 48, 2028, 2, 29 },
		{ 2024, 2, 29, 1, 2024, 3, 29 },
		{ 2025, 3, 31, -1, 2025, 2, 28 },
		{ 2024, 3, 31, -1, 2024, 2, 29 },
		{ 2025, 1, 31, -2, 2024, 11, 30 },
		{ 2025, 1, 15, -1, 2024, 12, 15 },
		{ 2026, 3, 31, -24, 2024, 3, 31 },
		{ 1970, 1, 1, -1, 1969, 12, 1 },
		{ 1900, 1, 31, 1, 1900, 2, 28 },
		{ 2000, 1, 31, 1, 2000, 2, 29 },
		{ 2000, 5, 31, -1200, 1900, 5, 31 },
	};
	long long	 got;
	size_t		 i;
	int		 y, m, d;

	for (i = 0; i < NELEM(t); i++) {
		got = cal_add_months(cal_days(t[i].y, t[i].m, t[i].d), t[i].n);
		cal_civil(got, &y, &m, &d);
		if (y != t[i].wy || m != t[i].wm || d != t[i].wd)
			fail_msg("%04d-%02d-%02d %+d months = %04d-%02d-%02d, "
			    "want %04d-%02d-%02d", t[i].y, t[i].m, t[i].d,
			    t[i].n, y, m, d, t[i].wy, t[i].wm, t[i].wd);
	}
}

static void
test_add_business_days(void **state)
{
	static const struct {
		int	 y, m, d, n, wy, wm, wd;
	} t[] = {
		{ 2026, 11, 6, 1, 2026, 11, 9 },	/* Friday */
		{ 2026, 11, 7, 1, 2026, 11, 9 },	/* Saturday */
		{ 2026, 11, 8, 1, 2026, 11, 9 },	/* Sunday */
		{ 2026, 11, 4, 10, 2026, 11, 18 },	/* Wednesday */
		{ 2026, 11, 4, 0, 2026, 11, 4 },
		{ 2026, 11, 7, 0, 2026, 11, 7 },
		{ 2026, 11, 2, 5, 2026, 11, 9 },	/* Monday */
		{ 2026, 11, 2, 4, 2026, 11, 6 },
		{ 2026, 11, 7, 5, 2026, 11, 13 },	/* Saturday */
		{ 2026, 11, 7, 6, 2026, 11, 16 },
		{ 2026, 11, 5, 2, 2026, 11, 9 },	/* Thursday */
		{ 2026, 12, 31, 1, 2027, 1, 1 },
		{ 2026, 11, 9, -1, 2026, 11, 6 },	/* backwards */
		{ 2026, 11, 8, -1, 2026, 11, 6 },
		{ 2026, 11, 7, -5, 2026, 11, 2 },
		{ 2026, 11, 18, -10, 2026, 11, 4 },
	};
	long long	 got, d;
	size_t		 i;
	int		 y, m, dd, n, k;

	for (i = 0; i < NELEM(t); i++) {
		got = cal_add_business_days(cal_days(t[i].y, t[i].m, t[i].d),
		    t[i].n);
		cal_civil(got, &y, &m, &dd);
		if (y != t[i].wy || m != t[i].wm || dd != t[i].wd)
			fail_msg("%04d-%02d-%02d %+d business days = "
			    "%04d-%02d-%02d, want %04d-%02d-%02d", t[i].y,
			    t[i].m, t[i].d, t[i].n, y, m, dd, t[i].wy, t[i].wm,
			    t[i].wd);
	}

	/* Against counting one day at a time, from every weekday. */
	for (d = cal_days(2026, 1, 1); d < cal_days(2026, 1, 8); d++)
		for (n = 0; n < 30; n++) {
			got = d;
			for (k = 0; k < n; k++)
				do
					got++;
				while (!cal_business_day(got));
			assert_int_equal(cal_add_business_days(d, n), got);
		}
}

/* Christmas and New Year 2026/27 as holidays: skipped like weekends. */
static void
test_holidays(void **state)
{
	long long	 hd[3], cut, want, got, d;
	struct cal_holidays h = { hd, 3 };
	int		 n, k;

	(void)state;
	hd[0] = cal_days(2026, 12, 25);		/* Friday */
	hd[1] = cal_days(2026, 12, 28);		/* Monday */
	hd[2] = cal_days(2027, 1, 1);		/* Friday */
	assert_false(cal_business_day_h(hd[0], &h));
	assert_true(cal_business_day_h(cal_days(2026, 12, 24), &h));
	/* Thursday 24th + 1: not Friday 25th nor Monday 28th, Tuesday. */
	assert_int_equal(cal_add_business_days_h(cal_days(2026, 12, 24), 1,
	    &h), cal_days(2026, 12, 29));
	/* + 5: 29, 30, 31, (1 Jan off), 4, 5. */
	assert_int_equal(cal_add_business_days_h(cal_days(2026, 12, 24), 5,
	    &h), cal_days(2027, 1, 5));
	assert_int_equal(cal_add_business_days_h(cal_days(2027, 1, 5), -5,
	    &h), cal_days(2026, 12, 24));
	/* No holidays: the same as without. */
	assert_int_equal(cal_add_business_days_h(cal_days(2026, 12, 24), 5,
	    NULL), cal_add_business_days(cal_days(2026, 12, 24), 5));
	/* Against counting one day at a time. */
	for (d = cal_days(2026, 12, 14); d < cal_days(2027, 1, 8); d++)
		for (n = 0; n < 20; n++) {
			got = d;
			for (k = 0; k < n; k++)
				do
					got++;
				while (!cal_business_day_h(got, &h));
			assert_int_equal(cal_add_business_days_h(d, n, &h), got);
		}
	/*
	 * A 3-business-day deadline judged on Wednesday 30 December (UTC):
	 * without holidays an event of Thursday 24th is past it (25, 28, 29
	 * end on the 29th); with them it ends on the 30th, so it is not;
	 * nor is one of the 23rd (24, 29, 30), but one of the 22nd is.
	 */
	assert_int_equal(cal_limit_cutoff("UTC", cal_days(2026, 12, 30) * 86400
	    + 43200, 3, CFG_UNIT_BUSINESS_DAY, &cut), 0);
	assert_true(cal_days(2026, 12, 24) * 86400 < cut);
	assert_int_equal(cal_limit_cutoff_h("UTC", cal_days(2026, 12, 30) *
	    86400 + 43200, 3, CFG_UNIT_BUSINESS_DAY, &h, &want), 0);
	assert_false(cal_days(2026, 12, 24) * 86400 < want);
	assert_true(cal_days(2026, 12, 22) * 86400 < want);
	assert_false(cal_days(2026, 12, 23) * 86400 < want);
}

static void
test_parse_time(void **state)
{
	static const struct {
		const char	*in;
		int		 y, m, d, hh, mi, ss, adj;
	} t[] = {
		{ "2026-11-24 10:00:00+00", 2026, 11, 24, 10, 0, 0, 0 },
		{ "2026-11-24T10:00:00Z", 2026, 11, 24, 10, 0, 0, 0 },
		{ "2026-11-24 10:00:00", 2026, 11, 24, 10, 0, 0, 0 },
		{ "2026-11-24 10:00:00.123456+00", 2026, 11, 24, 10, 0, 0,
		    0 },
		{ "2026-11-24 10:00:00.999999+00", 2026, 11, 24, 10, 0, 0,
		    0 },
		{ "2026-11-24 10:00:00.5", 2026, 11, 24, 10, 0, 0, 0 },
		{ "1969-12-31 23:59:59.5+00", 1969, 12, 31, 23, 59, 59, 0 },
		{ "2026-11-24 15:30:00+05:30", 2026, 11, 24, 10, 0, 0, 0 },
		{ "2026-11-24 15:30:00+0530", 2026, 11, 24, 10, 0, 0, 0 },
		{ "2026-11-24 02:00:00-0800", 2026, 11, 24, 10, 0, 0, 0 },
		{ "2026-11-24 02:00:00-08:00", 2026, 11, 24, 10, 0, 0, 0 },
		{ "2026-11-24 11:00:00+01", 2026, 11, 24, 10, 0, 0, 0 },
		{ "2026-11-24 10:00:00-00", 2026, 11, 24, 10, 0, 0, 0 },
		{ "2026-11-25 00:00:00+14", 2026, 11, 24, 10, 0, 0, 0 },
		{ "2026-11-24 10:00", 2026, 11, 24, 10, 0, 0, 0 },
		{ "2026-11-24T10:00Z", 2026, 11, 24, 10, 0, 0, 0 },
		{ "2026-11-24T11:00+01:00", 2026, 11, 24, 10, 0, 0, 0 },
		{ "2026-11-24", 2026, 11, 24, 0, 0, 0, 0 },
		{ "2024-02-29", 2024, 2, 29, 0, 0, 0, 0 },
		{ "1970-01-01 00:00:00+00", 1970, 1, 1, 0, 0, 0, 0 },
		{ "2026-11-24 23:59:59+00", 2026, 11, 24, 23, 59, 59, 0 },
		/* PostgreSQL's local mean time offsets. */
		{ "1850-01-01 00:00:00+00:19:32", 1850, 1, 1, 0, 0, 0,
		    -1172 },
	};
	/* Impossible dates and times, and anything else. */
	static const char *const bad[] = {
		"2026-13-01",
		"2026-00-01",
		"2026-04-31",
		"2026-02-29",
		"2026-02-30 00:00:00+00",
		"2026-11-24 24:00:00+00",
		"2026-11-24 10:60:00+00",
		"2026-11-24 10:00:60+00",
		"2026-11-24 10:00:00+00x",
		"2026-11-24x",
		"2026-11-24 ",
		"2026-11-24T",
		"2026-11-24 10",
		"2026-11-24 10:0",
		"2026-11-24 1:00:00",
		"2026-11-24 10:00:00.",
		"2026-11-24 10:00:00.+00",
		"2026-11-24 10:00.5",
		"2026-11-24 10:00:00+5",
		"2026-11-24 10:00:00+053",
		"2026-11-24 10:00:00+05:3",
		"2026-11-24 10:00:00+24",
		"2026-11-24 10:00:00+05:60",
		"2026-11-24 10:00:00 +00",
		"2026-11-24 10:00:00z",
		"2026-11-24+01",
		"2026-11-24Z",
		"",
		"2026-1-01",
		"2026-01-1",
		"26-01-01",
		"20261124",
		"12026-01-01",
		" 2026-11-24",
		"2026/11/24",
		"infinity",
		"2026-11-24 10:00:00 BC",
	};
	char		 a[TSLEN], b[TSLEN];
	long long	 got, want;
	size_t		 i;

	for (i = 0; i < NELEM(t); i++) {
		if (cal_parse_time(t[i].in, strlen(t[i].in), &got) != 0)
			fail_msg("'%s' rejected", t[i].in);
		want = at(t[i].y, t[i].m, t[i].d, t[i].hh, t[i].mi, t[i].ss) +
		    t[i].adj;
		if (got != want)
			fail_msg("'%s': %s, want %s", t[i].in,
			    fmt(got, a, sizeof a), fmt(want, b, sizeof b));
	}
	for (i = 0; i < NELEM(bad); i++) {
		got = 12345;
		if (cal_parse_time(bad[i], strlen(bad[i]), &got) != -1)
			fail_msg("'%s' accepted", bad[i]);
		if (got != 12345)
			fail_msg("'%s': *t changed on error", bad[i]);
	}

	/* Not NUL-terminated: only len bytes count. */
	assert_int_equal(cal_parse_time("2026-11-24 10:00:00+00", 10, &got), 0);
	assert_int_equal(got, at(2026, 11, 24, 0, 0, 0));
	assert_int_equal(cal_parse_time("2026-11-24 10:00:00+05", 19, &got),
	    0);
	assert_int_equal(got, at(2026, 11, 24, 10, 0, 0));
	assert_int_equal(cal_parse_time("2026-11-24", 9, &got), -1);
	assert_int_equal(cal_parse_time("2026-11-24", 0, &got), -1);
}

static void
test_parse_date(void **state)
{
	static const struct {
		const char	*in;
		int		 rc;
		int		 y, m, d;
	} t[] = {
		{ "2026-11-24", 0, 2026, 11, 24 },
		{ "2024-02-29", 0, 2024, 2, 29 },
		{ "1969-12-31", 0, 1969, 12, 31 },
		/* The date as written, whatever the zone. */
		{ "2026-11-24 23:30:00-05", 0, 2026, 11, 24 },
		{ "2026-11-24T01:00:00+14", 0, 2026, 11, 24 },
		{ "2026-11-24 10:00:00.5Z", 0, 2026, 11, 24 },
		{ "2026-02-30", -1, 0, 0, 0 },
		{ "2026-11-24 25:00", -1, 0, 0, 0 },
		{ "2026-11-24 10:00:00+00 junk", -1, 0, 0, 0 },
		{ "2026-11", -1, 0, 0, 0 },
		{ "", -1, 0, 0, 0 },
	};
	long long	 got;
	size_t		 i;
	int		 rc;

	for (i = 0; i < NELEM(t); i++) {
		rc = cal_parse_date(t[i].in, strlen(t[i].in), &got);
		if (rc != t[i].rc)
			fail_msg("'%s': rc %d, want %d", t[i].in, rc, t[i].rc);
		if (rc == 0 && got != cal_days(t[i].y, t[i].m, t[i].d))
			fail_msg("'%s': day %lld", t[i].in, got);
	}
}

static void
test_age(void **state)
{
	static const struct {
		int	 by, bm, bd, ty, tm, td, age;
	} t[] = {
		{ 2008, 2, 29, 2026, 2, 28, 17 },
		{ 2008, 2, 29, 2026, 3, 1, 18 },
		{ 2008, 2, 29, 2027, 2, 28, 18 },
		{ 2008, 2, 29, 2028, 2, 28, 19 },
		{ 2008, 2, 29, 2028, 2, 29, 20 },
		{ 2008, 2, 29, 2008, 3, 1, 0 },
		{ 2008, 2, 28, 2026, 2, 28, 18 },
		{ 2008, 3, 1, 2026, 2, 28, 17 },
		{ 2010, 11, 24, 2026, 11, 23, 15 },	/* day before */
		{ 2010, 11, 24, 2026, 11, 24, 16 },	/* birthday */
		{ 2010, 11, 24, 2026, 11, 25, 16 },	/* day after */
		{ 2010, 12, 31, 2026, 1, 1, 15 },
		{ 2026, 11, 24, 2026, 11, 24, 0 },	/* born today */
		{ 1969, 12, 31, 1970, 1, 1, 0 },
		{ 1906, 11, 1, 2026, 11, 1, 120 },
	};
	size_t	 i;
	int	 got;

	for (i = 0; i < NELEM(t); i++) {
		got = cal_age(cal_days(t[i].by, t[i].bm, t[i].bd),
		    cal_days(t[i].ty, t[i].tm, t[i].td));
		if (got != t[i].age)
			fail_msg("born %04d-%02d-%02d, on %04d-%02d-%02d: %d, "
			    "want %d", t[i].by, t[i].bm, t[i].bd, t[i].ty,
			    t[i].tm, t[i].td, got, t[i].age);
	}

	/* Born after today. */
	assert_true(cal_age(cal_days(2026, 11, 25), cal_days(2026, 11, 24)) <
	    0);
	assert_true(cal_age(cal_days(2027, 1, 1), cal_days(2026, 12, 31)) < 0);
	assert_true(cal_age(cal_days(2030, 6, 1), cal_days(2026, 11, 24)) < 0);
}

static void
test_zone_ok(void **state)
{
	static const char *const bad[] = {
		"Nowhere/City", "../etc/passwd", "/etc/passwd", "",
		"/usr/share/zoneinfo/Europe/Berlin", "Europe/../Europe/Berlin",
		"Europe/Berlin ", "Europe", "Europe/", "utc", "leapseconds",
		"zone.tab", "Europe/Berlin\n", ":Europe/Berlin",
		"Europe//../Berlin",
	};
	size_t	 i;

	assert_true(cal_zone_ok("UTC"));
	assert_false(cal_zone_ok(NULL));
	for (i = 0; i < NELEM(bad); i++)
		if (cal_zone_ok(bad[i]))
			fail_msg("'%s' accepted", bad[i]);

	need_zones();
	assert_true(cal_zone_ok("Europe/Berlin"));
	assert_true(cal_zone_ok("America/New_York"));
	assert_true(cal_zone_ok("Etc/GMT+5"));
	assert_true(cal_zone_ok("America/Port-au-Prince"));

	/* $TZDIR, when set, is where zones are looked for. */
	setenv("TZDIR", "/nonexistent", 1);
	assert_false(cal_zone_ok("Europe/Berlin"));
	assert_true(cal_zone_ok("UTC"));
	unsetenv("TZDIR");
	assert_true(cal_zone_ok("Europe/Berlin"));
}

/* Local days and their starts, including days a DST gap begins. */
static void
test_zones(void **state)
{
	static const struct {
		const char	*zone;
		int		 y, m, d;
		long long	 start;		/* first instant of the day */
	} t[] = {
		{ "UTC", 2026, 11, 24, 1795478400 },
		{ NULL, 2026, 11, 24, 1795478400 },
		{ "Europe/Berlin", 2026, 11, 24, 1795474800 },	/* CET */
		{ "Europe/Berlin", 2026, 3, 29, 1774738800 },	/* CET */
		{ "Europe/Berlin", 2026, 3, 30, 1774821600 },	/* CEST */
		{ "Europe/Berlin", 2026, 10, 25, 1792879200 },	/* CEST */
		{ "Europe/Berlin", 2026, 10, 26, 1792969200 },	/* CET */
		{ "America/New_York", 2026, 11, 1, 1793505600 },	/* EDT */
		{ "America/New_York", 2026, 11, 2, 1793595600 },	/* EST */
		{ "Asia/Kolkata", 2026, 11, 24, 1795458600 },
		{ "Pacific/Kiritimati", 2026, 11, 25, 1795514400 },
		/* DST starts at midnight: the day starts at 01:00. */
		{ "America/Santiago", 2026, 9, 6, 1788667200 },
		{ "America/Santiago", 2026, 9, 5, 1788580800 },
		{ "America/Havana", 2026, 3, 8, 1772946000 },
		/* 00:00 happens twice; the day starts at the first. */
		{ "America/Havana", 2026, 11, 1, 1793505600 },
		/* Samoa skipped 30 December 2011 altogether. */
		{ "Pacific/Apia", 2011, 12, 30, 1325239200 },
		{ "Pacific/Apia", 2011, 12, 31, 1325239200 },
		{ "Pacific/Apia", 2011, 12, 29, 1325152800 },
	};
	char		 a[TSLEN], b[TSLEN];
	long long	 day, got, ld;
	size_t		 i;

	need_zones();
	for (i = 0; i < NELEM(t); i++) {
		day = cal_days(t[i].y, t[i].m, t[i].d);
		if (cal_day_start(t[i].zone, day, &got) != 0)
			fail_msg("%s %04d-%02d-%02d: error", t[i].zone,
			    t[i].y, t[i].m, t[i].d);
		if (got != t[i].start)
			fail_msg("%s %04d-%02d-%02d starts %s, want %s",
			    t[i].zone, t[i].y, t[i].m, t[i].d,
			    fmt(got, a, sizeof a),
			    fmt(t[i].start, b, sizeof b));
		/* The second before is on an earlier local day. */
		assert_int_equal(cal_local_day(t[i].zone, got - 1, &ld), 0);
		assert_true(ld < day);
		assert_int_equal(cal_local_day(t[i].zone, got, &ld), 0);
		assert_true(ld >= day);
	}

	assert_int_equal(cal_local_day("UTC", -1, &ld), 0);
	assert_int_equal(ld, -1);
	assert_int_equal(cal_local_day(NULL, 86399, &ld), 0);
	assert_int_equal(ld, 0);
	assert_int_equal(cal_local_day("Europe/Berlin",
	    at(2026, 11, 24, 23, 30, 0), &ld), 0);
	assert_int_equal(ld, cal_days(2026, 11, 25));
	assert_int_equal(cal_local_day("America/New_York",
	    at(2026, 11, 2, 3, 0, 0), &ld), 0);
	assert_int_equal(ld, cal_days(2026, 11, 1));
	assert_int_equal(cal_local_day("Pacific/Apia",
	    at(2011, 12, 30, 10, 0, 0), &ld), 0);
	assert_int_equal(ld, cal_days(2011, 12, 31));
	assert_int_equal(cal_local_day("Nowhere/City", 0, &ld), -1);
	assert_int_equal(cal_day_start("Nowhere/City", 0, &got), -1);
}

/* TZ is put back exactly as it was, set or unset. */
static void
test_tz_restored(void **state)
{
	long long	 v;
	const char	*tz;

	need_zones();
	setenv("TZ", "America/New_York", 1);
	assert_int_equal(cal_local_day("Europe/Berlin", 0, &v), 0);
	assert_int_equal(cal_day_start("Asia/Kolkata", 0, &v), 0);
	tz = getenv("TZ");
	assert_non_null(tz);
	assert_string_equal(tz, "America/New_York");

	setenv("TZ", "", 1);
	assert_int_equal(cal_local_day("Europe/Berlin", 0, &v), 0);
	tz = getenv("TZ");
	assert_non_null(tz);
	assert_string_equal(tz, "");

	unsetenv("TZ");
	assert_int_equal(cal_local_day("Europe/Berlin", 0, &v), 0);
	assert_int_equal(cal_limit_cutoff("Europe/Berlin", 0, 1, CFG_UNIT_DAY,
	    &v), 0);
	assert_null(getenv("TZ"));
}

struct limit {
	const char	*zone;
	long long	 now;
	double		 count;
	enum cfg_unit	 unit;
	long long	 cutoff;
};

/* The last local day of a calendar limit, from its definition. */
static long long
limit_end(long long d, int n, enum cfg_unit unit)
{
	switch (unit) {
	case CFG_UNIT_DAY:
		return d + n;
	case CFG_UNIT_WEEK:
		return d + 7 * n;
	case CFG_UNIT_MONTH:
		return cal_add_months(d, n);
	case CFG_UNIT_YEAR:
		return cal_add_months(d, 12 * n);
	case CFG_UNIT_BUSINESS_DAY:
		return cal_add_business_days(d, n);
	default:
		fail_msg("unit %d", (int)unit);
	}
	return 0;
}

/* Whether an event at e is past the limit at now, from the definition. */
static int
is_past(const struct limit *l, long long e)
{
	long long	 d, today;
	int		 n = (int)l->count;

	switch (l->unit) {
	case CFG_UNIT_SECOND:
		return l->now - e > n;
	case CFG_UNIT_MINUTE:
		return l->now - e > n * 60LL;
	case CFG_UNIT_HOUR:
		return l->now - e > n * 3600LL;
	default:
		assert_int_equal(cal_local_day(l->zone, e, &d), 0);
		assert_int_equal(cal_local_day(l->zone, l->now, &today), 0);
		return limit_end(d, n, l->unit) < today;
	}
}

static void
check_limits(const struct limit *t, size_t n)
{
	char		 a[TSLEN], b[TSLEN], c[TSLEN];
	long long	 got;
	size_t		 i;

	for (i = 0; i < n; i++) {
		if (cal_limit_cutoff(t[i].zone, t[i].now, t[i].count,
		    t[i].unit, &got) != 0)
			fail_msg("row %zu (%s, %g %s): error", i,
			    t[i].zone ? t[i].zone : "NULL", t[i].count,
			    cfg_unit_name(t[i].unit));
		if (got != t[i].cutoff)
			fail_msg("row %zu (%s, now %s, %g %s): cutoff %s, "
			    "want %s", i, t[i].zone ? t[i].zone : "NULL",
			    fmt(t[i].now, a, sizeof a), t[i].count,
			    cfg_unit_name(t[i].unit), fmt(got, b, sizeof b),
			    fmt(t[i].cutoff, c, sizeof c));
		/* A second before the cutoff is past, the cutoff is not. */
		if (!is_past(&t[i], got - 1) || is_past(&t[i], got))
			fail_msg("row %zu (%s, %g %s): cutoff %s is not the "
			    "edge", i, t[i].zone ? t[i].zone : "NULL",
			    t[i].count, cfg_unit_name(t[i].unit),
			    fmt(got, b, sizeof b));
	}
}

static void
test_cutoff_utc(void **state)
{
	const struct limit	 t[] = {
		/* Exact units: now minus the length. */
		{ "UTC", at(2026, 11, 24, 12, 0, 0), 72, CFG_UNIT_HOUR,
		    at(2026, 11, 21, 12, 0, 0) },
		{ "UTC", at(2026, 11, 24, 12, 0, 0), 90, CFG_UNIT_MINUTE,
		    at(2026, 11, 24, 10, 30, 0) },
		{ "UTC", at(2026, 11, 24, 12, 0, 0), 30, CFG_UNIT_SECOND,
		    at(2026, 11, 24, 11, 59, 30) },
		{ NULL, at(2026, 11, 24, 12, 0, 0), 0, CFG_UNIT_SECOND,
		    at(2026, 11, 24, 12, 0, 0) },
		/* Days run to the end of the day they fall due. */
		{ "UTC", at(2026, 11, 24, 12, 0, 0), 30, CFG_UNIT_DAY,
		    at(2026, 10, 25, 0, 0, 0) },
		{ "UTC", at(2026, 11, 24, 0, 0, 0), 1, CFG_UNIT_DAY,
		    at(2026, 11, 23, 0, 0, 0) },
		{ "UTC", at(2026, 11, 24, 23, 59, 59), 1, CFG_UNIT_DAY,
		    at(2026, 11, 23, 0, 0, 0) },
		{ NULL, at(2026, 11, 24, 12, 0, 0), 0, CFG_UNIT_DAY,
		    at(2026, 11, 24, 0, 0, 0) },
		{ "UTC", at(2026, 11, 24, 12, 0, 0), 2, CFG_UNIT_WEEK,
		    at(2026, 11, 10, 0, 0, 0) },
		/* Months: an event on 28 Feb is a month old on 28 Mar. */
		{ "UTC", at(2026, 3, 31, 12, 0, 0), 24, CFG_UNIT_MONTH,
		    at(2024, 3, 31, 0, 0, 0) },
		{ "UTC", at(2026, 3, 31, 12, 0, 0), 1, CFG_UNIT_MONTH,
		    at(2026, 3, 1, 0, 0, 0) },
		{ "UTC", at(2026, 2, 28, 12, 0, 0), 24, CFG_UNIT_MONTH,
		    at(2024, 2, 28, 0, 0, 0) },
		{ "UTC", at(2024, 2, 29, 12, 0, 0), 1, CFG_UNIT_MONTH,
		    at(2024, 1, 29, 0, 0, 0) },
		{ "UTC", at(2024, 3, 29, 12, 0, 0), 1, CFG_UNIT_MONTH,
		    at(2024, 2, 29, 0, 0, 0) },
		{ "UTC", at(2024, 3, 31, 12, 0, 0), 1, CFG_UNIT_MONTH,
		    at(2024, 3, 1, 0, 0, 0) },
		{ "UTC", at(2025, 3, 1, 12, 0, 0), 1, CFG_UNIT_YEAR,
		    at(2024, 3, 1, 0, 0, 0) },
		{ "UTC", at(2025, 2, 28, 12, 0, 0), 1, CFG_UNIT_YEAR,
		    at(2024, 2, 28, 0, 0, 0) },
		{ "UTC", at(2028, 2, 29, 12, 0, 0), 4, CFG_UNIT_YEAR,
		    at(2024, 2, 29, 0, 0, 0) },
		/* Business days. */
		{ "UTC", at(2026, 11, 24, 12, 0, 0), 10, CFG_UNIT_BUSINESS_DAY,
		    at(2026, 11, 10, 0, 0, 0) },
		{ "UTC", at(2026, 11, 23, 12, 0, 0), 1, CFG_UNIT_BUSINESS_DAY,
		    at(2026, 11, 20, 0, 0, 0) },
		{ "UTC", at(2026, 11, 22, 12, 0, 0), 1, CFG_UNIT_BUSINESS_DAY,
		    at(2026, 11, 20, 0, 0, 0) },
		{ "UTC", at(2026, 11, 24, 12, 0, 0), 1, CFG_UNIT_BUSINESS_DAY,
		    at(2026, 11, 23, 0, 0, 0) },
		{ "UTC", at(2026, 11, 24, 12, 0, 0), 0, CFG_UNIT_BUSINESS_DAY,
		    at(2026, 11, 24, 0, 0, 0) },
		{ "UTC", at(2026, 11, 24, 12, 0, 0), 250, CFG_UNIT_BUSINESS_DAY,
		    at(2025, 12, 9, 0, 0, 0) },
	};

	check_limits(t, NELEM(t));
}

static void
test_cutoff_zones(void **state)
{
	const struct limit	 t[] = {
		/* 24 months from 31 March: DST began on 2024-03-31 02:00. */
		{ "Europe/Berlin", at(2026, 3, 31, 12, 0, 0), 24,
		    CFG_UNIT_MONTH, at(2024, 3, 30, 23, 0, 0) },
		{ "Europe/Berlin", at(2026, 3, 31, 12, 0, 0), 1,
		    CFG_UNIT_MONTH, at(2026, 2, 28, 23, 0, 0) },
		/* Local midnight either side of the 2026 DST changes. */
		{ "Europe/Berlin", at(2026, 3, 30, 10, 0, 0), 1, CFG_UNIT_DAY,
		    at(2026, 3, 28, 23, 0, 0) },
		{ "Europe/Berlin", at(2026, 3, 30, 10, 0, 0), 0, CFG_UNIT_DAY,
		    at(2026, 3, 29, 22, 0, 0) },
		{ "Europe/Berlin", at(2026, 10, 26, 8, 0, 0), 1, CFG_UNIT_DAY,
		    at(2026, 10, 24, 22, 0, 0) },
		{ "Europe/Berlin", at(2026, 10, 26, 8, 0, 0), 0, CFG_UNIT_DAY,
		    at(2026, 10, 25, 23, 0, 0) },
		/* 00:30 in Berlin is already the next day. */
		{ "Europe/Berlin", at(2026, 11, 24, 23, 30, 0), 1,
		    CFG_UNIT_DAY, at(2026, 11, 23, 23, 0, 0) },
		{ "UTC", at(2026, 11, 24, 23, 30, 0), 1, CFG_UNIT_DAY,
		    at(2026, 11, 23, 0, 0, 0) },
		{ "Europe/Berlin", at(2026, 11, 24, 12, 0, 0), 10,
		    CFG_UNIT_BUSINESS_DAY, at(2026, 11, 9, 23, 0, 0) },
		{ "Europe/Berlin", at(2026, 4, 5, 12, 0, 0), 1, CFG_UNIT_WEEK,
		    at(2026, 3, 28, 23, 0, 0) },
		{ "Europe/Berlin", at(2026, 11, 24, 12, 0, 0), 1,
		    CFG_UNIT_YEAR, at(2025, 11, 23, 23, 0, 0) },
		/* Exact hours ignore the zone, across the DST change too. */
		{ "Europe/Berlin", at(2026, 3, 31, 12, 0, 0), 72,
		    CFG_UNIT_HOUR, at(2026, 3, 28, 12, 0, 0) },
		/* 22:00 EST on Sunday 1 November, 03:00 UTC on Monday. */
		{ "America/New_York", at(2026, 11, 2, 3, 0, 0), 1,
		    CFG_UNIT_DAY, at(2026, 10, 31, 4, 0, 0) },
		{ "America/New_York", at(2026, 11, 2, 15, 0, 0), 1,
		    CFG_UNIT_DAY, at(2026, 11, 1, 4, 0, 0) },
		{ "America/New_York", at(2026, 3, 9, 12, 0, 0), 1,
		    CFG_UNIT_DAY, at(2026, 3, 8, 5, 0, 0) },
		{ "America/New_York", at(2026, 11, 2, 3, 0, 0), 10,
		    CFG_UNIT_BUSINESS_DAY, at(2026, 10, 19, 4, 0, 0) },
		{ "America/New_York", at(2026, 11, 24, 12, 0, 0), 72,
		    CFG_UNIT_HOUR, at(2026, 11, 21, 12, 0, 0) },
		{ "Asia/Kolkata", at(2026, 11, 24, 20, 0, 0), 1, CFG_UNIT_DAY,
		    at(2026, 11, 23, 18, 30, 0) },
		{ "Asia/Kolkata", at(2026, 3, 31, 12, 0, 0), 24,
		    CFG_UNIT_MONTH, at(2024, 3, 30, 18, 30, 0) },
		{ "Asia/Kolkata", at(2026, 11, 24, 12, 0, 0), 10,
		    CFG_UNIT_BUSINESS_DAY, at(2026, 11, 9, 18, 30, 0) },
		/* UTC+14: 12:00 UTC is 02:00 the next day. */
		{ "Pacific/Kiritimati", at(2026, 11, 24, 12, 0, 0), 1,
		    CFG_UNIT_MONTH, at(2026, 10, 24, 10, 0, 0) },
		{ "Pacific/Kiritimati", at(2026, 3, 31, 12, 0, 0), 1,
		    CFG_UNIT_MONTH, at(2026, 2, 28, 10, 0, 0) },
		{ "Pacific/Kiritimati", at(2024, 3, 29, 12, 0, 0), 1,
		    CFG_UNIT_MONTH, at(2024, 2, 29, 10, 0, 0) },
		{ "Pacific/Kiritimati", at(2026, 3, 31, 12, 0, 0), 24,
		    CFG_UNIT_MONTH, at(2024, 3, 31, 10, 0, 0) },
		{ "Pacific/Kiritimati", at(2026, 11, 24, 12, 0, 0), 10,
		    CFG_UNIT_BUSINESS_DAY, at(2026, 11, 10, 10, 0, 0) },
		{ "Pacific/Apia", at(2026, 11, 24, 12, 0, 0), 1, CFG_UNIT_DAY,
		    at(2026, 11, 23, 11, 0, 0) },
		/* The day cut off starts at 01:00 (DST at midnight). */
		{ "America/Santiago", at(2026, 9, 7, 12, 0, 0), 1,
		    CFG_UNIT_DAY, at(2026, 9, 6, 4, 0, 0) },
	};

	need_zones();
	check_limits(t, NELEM(t));
}

static void
test_cutoff_errors(void **state)
{
	long long	 v = 42;

	assert_int_equal(cal_limit_cutoff("UTC", 0, -1, CFG_UNIT_DAY, &v), -1);
	assert_int_equal(cal_limit_cutoff("UTC", 0, 1.5, CFG_UNIT_DAY, &v),
	    -1);
	assert_int_equal(cal_limit_cutoff("UTC", 0, 0.5, CFG_UNIT_HOUR, &v),
	    -1);
	assert_int_equal(cal_limit_cutoff("UTC", 0, -3, CFG_UNIT_SECOND, &v),
	    -1);
	assert_int_equal(cal_limit_cutoff("UTC", 0, 0.0 / 0.0, CFG_UNIT_DAY,
	    &v), -1);
	assert_int_equal(cal_limit_cutoff("UTC", 0, 1.0 / 0.0, CFG_UNIT_DAY,
	    &v), -1);
	assert_int_equal(cal_limit_cutoff("UTC", 0, 1e300, CFG_UNIT_MONTH,
	    &v), -1);
	assert_int_equal(cal_limit_cutoff("UTC", 0, 1e300, CFG_UNIT_SECOND,
	    &v), -1);
	assert_int_equal(cal_limit_cutoff("Nowhere/City", 0, 1, CFG_UNIT_DAY,
	    &v), -1);
	assert_int_equal(cal_limit_cutoff("../etc/passwd", 0, 1, CFG_UNIT_DAY,
	    &v), -1);
	assert_int_equal(cal_limit_cutoff("UTC", 0, 1, (enum cfg_unit)99, &v),
	    -1);
	/* A bad zone is an error for exact units too, though unused. */
	assert_int_equal(cal_limit_cutoff("Nowhere/City", 0, 1, CFG_UNIT_HOUR,
	    &v), -1);
	assert_int_equal(v, 42);
}

/*
 * The shipped public holidays (validators/holidays.c, from date-holidays):
 * one national holiday of every packed country and subdivision, each
 * from that country's own statute or proclamation, must be a day off;
 * a plain working day next to it must not.
 */
static void
test_public_holidays(void **state)
{
	static const struct {
		const char	*code;
		int		 y, m, d;
		const char	*why;
	} t[] = {
		{ "US", 2026, 6, 19, "Juneteenth, 5 U.S.C. 6103 (since 2021)" },
		{ "US", 2026, 7, 3, "Independence Day observed (4 Jul is a Saturday)" },
		{ "US", 2026, 11, 26, "Thanksgiving, 5 U.S.C. 6103" },
		{ "US-CA", 2026, 3, 31, "Cesar Chavez Day, Cal. Gov. Code 6700" },
		{ "CA", 2026, 7, 1, "Canada Day, Holidays Act" },
		{ "CA-QC", 2026, 6, 24, "Fete nationale, Loi sur la fete nationale" },
		{ "GB", 2026, 12, 28, "Boxing Day substitute bank holiday" },
		{ "AU", 2026, 1, 26, "Australia Day" },
		{ "SG", 2026, 8, 10, "National Day observed (9 Aug is a Sunday)" },
		{ "IN", 2026, 1, 26, "Republic Day" },
		{ "ID", 2026, 8, 17, "Independence Day" },
		{ "JP", 2026, 2, 11, "National Foundation Day" },
		{ "CN", 2026, 10, 1, "National Day" },
		{ "BR", 2026, 9, 7, "Independence Day, Lei 662/1949" },
		{ "RU", 2026, 6, 12, "Russia Day, Labour Code art. 112" },
		{ "AT", 2026, 10, 26, "Nationalfeiertag" },
		{ "BE", 2026, 7, 21, "Fete nationale" },
		{ "BG", 2026, 3, 3, "Liberation Day" },
		{ "CY", 2026, 10, 1, "Independence Day" },
		{ "CZ", 2026, 9, 28, "Statehood Day" },
		{ "DE", 2026, 10, 3, "Tag der Deutschen Einheit" },
		{ "DE", 2026, 4, 3, "Karfreitag" },
		{ "DE", 2026, 4, 6, "Ostermontag" },
		{ "DK", 2026, 5, 14, "Kristi himmelfartsdag" },
		{ "EE", 2026, 2, 24, "Independence Day" },
		{ "ES", 2026, 10, 12, "Fiesta Nacional" },
		{ "FI", 2026, 12, 6, "Independence Day" },
		{ "FR", 2026, 7, 14, "Fete nationale" },
		{ "GR", 2026, 3, 25, "Independence Day" },
		{ "HR", 2026, 6, 22, "Anti-Fascist Struggle Day" },
		{ "HU", 2026, 8, 20, "St Stephen's Day" },
		{ "IE", 2026, 3, 17, "St Patrick's Day" },
		{ "IT", 2026, 6, 2, "Festa della Repubblica" },
		{ "LT", 2026, 2, 16, "Restoration of the State" },
		{ "LU", 2026, 6, 23, "National Day" },
		{ "LV", 2026, 11, 18, "Proclamation Day" },
		{ "MT", 2026, 9, 21, "Independence Day" },
		{ "NL", 2026, 4, 27, "Koningsdag" },
		{ "PL", 2026, 11, 11, "Independence Day" },
		{ "PT", 2026, 6, 10, "Dia de Portugal" },
		{ "RO", 2026, 12, 1, "Great Union Day" },
		{ "SE", 2026, 6, 6, "National Day" },
		{ "SI", 2026, 6, 25, "Statehood Day" },
		{ "SK", 2026, 8, 29, "Slovak National Uprising" },
		{ "IS", 2026, 6, 17, "Icelandic National Day" },
		{ "LI", 2026, 12, 25, "Christmas" },
		{ "NO", 2026, 5, 17, "Constitution Day" },
		{ "AX", 2026, 6, 20, "Midsummer Day (Finnish law)" },
		{ "GF", 2026, 6, 10, "Abolition of slavery, Guyane" },
		{ "GP", 2026, 5, 27, "Abolition of slavery, Guadeloupe" },
		{ "MQ", 2026, 5, 22, "Abolition of slavery, Martinique" },
		{ "RE", 2026, 12, 20, "Abolition of slavery, La Reunion" },
		{ "YT", 2026, 4, 27, "Abolition of slavery, Mayotte" },
		{ "MF", 2026, 5, 27, "Abolition of slavery, Saint-Martin" },
	};
	struct cal_holidays	 h;
	size_t			 i;

	(void)state;
	assert_non_null(strstr(cal_holiday_source, "date-holidays 3."));
	assert_true(cal_holiday_first_year <= 2020);
	assert_true(cal_holiday_last_year >= 2035);
	for (i = 0; i < NELEM(t); i++) {
		if (cal_public_holidays(t[i].code, &h) != 0)
			fail_msg("%s: no holidays shipped", t[i].code);
		if (cal_business_day_h(cal_days(t[i].y, t[i].m, t[i].d), &h))
			fail_msg("%s %d-%02d-%02d (%s) is a working day",
			    t[i].code, t[i].y, t[i].m, t[i].d, t[i].why);
	}
	/* Plain working days stay working days. */
	assert_int_equal(cal_public_holidays("US", &h), 0);
	assert_true(cal_business_day_h(cal_days(2026, 6, 18), &h));
	assert_true(cal_business_day_h(cal_days(2026, 6, 22), &h));
	/* Columbus Day is federal, not a California state holiday. */
	assert_false(cal_business_day_h(cal_days(2026, 10, 12), &h));
	assert_int_equal(cal_public_holidays("US-CA", &h), 0);
	assert_true(cal_business_day_h(cal_days(2026, 10, 12), &h));
	/* Every year 2020-2035 has Christmas in GB, Juneteenth in the US. */
	for (i = 2020; i <= 2035; i++) {
		assert_int_equal(cal_public_holidays("GB", &h), 0);
		assert_false(cal_business_day_h(cal_days((int)i, 12, 25), &h));
		assert_int_equal(cal_public_holidays("US", &h), 0);
		if (i >= 2021)	/* Juneteenth National Independence Day Act */
			assert_false(cal_business_day_h(cal_days((int)i, 6,
			    19 + (cal_weekday(cal_days((int)i, 6, 19)) == 5 ?
			    -1 : cal_weekday(cal_days((int)i, 6, 19)) == 6 ?
			    1 : 0)), &h));
	}
	assert_int_equal(cal_public_holidays("XX", &h), -1);
}

/*
 * Rollover (Reg. 1182/71 art. 3(4)): a month ending on a day off runs
 * to the end of the next working day; without rollover it does not.
 */
static void
test_rollover(void **state)
{
	struct cal_holidays	 de;
	long long		 c, cday;

	(void)state;
	assert_int_equal(cal_public_holidays("DE", &de), 0);
	/* 3 Mar + 1 month = Good Friday 3 Apr; Easter Monday: Tue 7 Apr. */
	assert_int_equal(cal_limit_last_day(cal_days(2026, 3, 3), 1,
	    CFG_UNIT_MONTH, &de, 1), cal_days(2026, 4, 7));
	assert_int_equal(cal_limit_last_day(cal_days(2026, 3, 3), 1,
	    CFG_UNIT_MONTH, &de, 0), cal_days(2026, 4, 3));
	/* 31 Jan + 1 month = 28 Feb 2026, a Saturday: Mon 2 Mar. */
	assert_int_equal(cal_limit_last_day(cal_days(2026, 1, 31), 1,
	    CFG_UNIT_MONTH, &de, 1), cal_days(2026, 3, 2));
	/*
	 * Judged on Wed 8 Apr in Berlin: opt-outs of 3 Mar and before are
	 * overdue, 4 Mar (due Sat 4 Apr -> Tue 7 Apr) too, 5 Mar not.
	 */
	assert_int_equal(cal_limit_cutoff_r("Europe/Berlin",
	    cal_days(2026, 4, 8) * 86400 + 12 * 3600, 1, CFG_UNIT_MONTH, &de,
	    1, &c, &cday), 0);
	assert_int_equal(cday, cal_days(2026, 3, 8));
	/* On Tue 7 Apr nothing from 3 Mar on is overdue yet. */
	assert_int_equal(cal_limit_cutoff_r("Europe/Berlin",
	    cal_days(2026, 4, 7) * 86400 + 12 * 3600, 1, CFG_UNIT_MONTH, &de,
	    1, &c, &cday), 0);
	assert_true(cday <= cal_days(2026, 3, 3));
	/* Start of local day: midnight Berlin (CET) is 23:00 UTC before. */
	assert_int_equal(c, cday * 86400 - 3600);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_days),
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_weekday),
		cmocka_unit_test(test_add_months),
		cmocka_unit_test(test_add_business_days),
		cmocka_unit_test(test_holidays),
		cmocka_unit_test(test_public_holidays),
		cmocka_unit_test(test_rollover),
		cmocka_unit_test(test_parse_time),
		cmocka_unit_test(test_parse_date),
		cmocka_unit_test(test_age),
		cmocka_unit_test(test_zone_ok),
		cmocka_unit_test(test_zones),
		cmocka_unit_test(test_tz_restored),
		cmocka_unit_test(test_cutoff_utc),
		cmocka_unit_test(test_cutoff_zones),
		cmocka_unit_test(test_cutoff_errors),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
