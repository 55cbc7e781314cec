/*
 * calendar.c -- civil dates, time zones and compliance limits.
 *
 * Civil conversions are Howard Hinnant's days_from_civil and
 * civil_from_days: exact for any year, no tables, no libc.  Time zones go
 * through ICU's ucal, one calendar object per call; nothing here touches
 * TZ or any other process-wide state, so any thread may call in.
 *
 * A calendar limit ("30 days", "1 month", "10 business days") falls due
 * at the end of a local day, so an event is judged by the local day it
 * happened on, and the cutoff that the scanner compares timestamps with
 * is the start of a local day.  See cal_limit_cutoff().
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <unicode/ucal.h>
#include <unicode/ustring.h>

#include "lib/log.h"
#include "lib/util.h"
#include "validators/calendar.h"

#define SECS_PER_DAY	86400LL

/* Longest zone name we look up; the longest in tzdata is about 30. */
#define ZONE_MAX	128

/*
 * Zones a thread keeps open (see zone_get), and how long it trusts its
 * check of a name against tzdata before looking again.
 */
#define ZONE_CACHE	16
#define ZONE_RECHECK	60

/* How far the cutoff search may step from its estimate. */
#define SEARCH_STEPS	400

/* Largest counts: months stay in an int, instants far from overflow. */
#define MAX_CAL_COUNT	1e6
#define MAX_EXACT_COUNT	1e9

static int
leap(long long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
mdays(long long y, int m)
{
	static const int d[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return m == 2 && leap(y) ? 29 : d[m - 1];
}

/* Floor division and modulo for a positive divisor. */
static long long
floordiv(long long a, long long b)
{
	return a / b - (a % b < 0);
}

static long long
floormod(long long a, long long b)
{
	long long	 r = a % b;

	return r < 0 ? r + b : r;
}

long long
cal_days(int y, int m, int d)
{
	long long	 yy = y, era, yoe, doy, doe;

	yy -= m <= 2;
	era = floordiv(yy, 400);
	yoe = yy - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
cal_civil(long long z, int *y, int *m, int *d)
{
	long long	 era, doe, yoe, doy, mp;

	z += 719468;
	era = floordiv(z, 146097);
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

int
cal_valid(int y, int m, int d)
{
	return m >= 1 && m <= 12 && d >= 1 && d <= mdays(y, m);
}

int
cal_weekday(long long days)
{
	/* 1970-01-01 was a Thursday. */
	return (int)floormod(days + 3, 7);
}

static int
is_holiday(long long days, const struct cal_holidays *h)
{
	size_t	 lo = 0, hi, mid;

	if (h == NULL)
		return 0;
	for (hi = h->n; lo < hi; ) {
		mid = lo + (hi - lo) / 2;
		if (h->day[mid] < days)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < h->n && h->day[lo] == days;
}

int
cal_business_day_h(long long days, const struct cal_holidays *h)
{
	return cal_weekday(days) < 5 && !is_holiday(days, h);
}

int
cal_business_day(long long days)
{
	return cal_business_day_h(days, NULL);
}

long long
cal_add_months(long long days, int n)
{
	long long	 mi, ny;
	int		 y, m, d, nm, last;

	cal_civil(days, &y, &m, &d);
	mi = (long long)y * 12 + (m - 1) + n;
	ny = floordiv(mi, 12);
	nm = (int)floormod(mi, 12) + 1;
	last = mdays(ny, nm);
	if (d > last)
		d = last;
	return cal_days((int)ny, nm, d);
}

long long
cal_add_business_days(long long days, int n)
{
	return cal_add_business_days_h(days, n, NULL);
}

long long
cal_add_business_days_h(long long days, int n, const struct cal_holidays *h)
{
	long long	 d = days, weeks;
	int		 rem, step;

	if (n == 0)
		return days;
	if (h != NULL && h->n > 0) {
		/* Holidays break the five-a-week rhythm: day by day. */
		step = n > 0 ? 1 : -1;
		while (!cal_business_day_h(d, h))
			d -= step;
		for (rem = n; rem != 0; )
			if (cal_business_day_h(d += step, h))
				rem -= step;
		return d;
	}
	/*
	 * From a weekend, counting forward starts as from the Friday before
	 * (backward: the Monday after); from a business day, every five
	 * business days are exactly one week.
	 */
	step = n > 0 ? 1 : -1;
	while (!cal_business_day(d))
		d -= step;
	weeks = n / 5;
	rem = n % 5;
	d += weeks * 7;
	while (rem != 0) {
		d += step;
		if (cal_business_day(d))
			rem -= step;
	}
	return d;
}

/* Exactly n digits at *p, advancing *p only on success. */
static int
digits(const char **p, const char *end, int n, int *out)
{
	int	 v = 0, i;

	if (end - *p < n)
		return -1;
	for (i = 0; i < n; i++) {
		if ((*p)[i] < '0' || (*p)[i] > '9')
			return -1;
		v = v * 10 + (*p)[i] - '0';
	}
	*p += n;
	*out = v;
	return 0;
}

static int
expect(const char **p, const char *end, char c)
{
	if (*p >= end || **p != c)
		return -1;
	(*p)++;
	return 0;
}

/*
 * The grammar of cal_parse_time; *days is the date as written, *t the
 * instant.  "+HH:MM:SS" is accepted because PostgreSQL prints local mean
 * time offsets that way for old timestamps (1850-01-01 00:00:00+00:19:32).
 */
static int
stamp(const char *s, size_t len, long long *days, long long *t)
{
	const char	*p = s, *end = s + len;
	long long	 off = 0;
	int		 y, mo, d, hh, mi, ss = 0, oh, om = 0, os = 0, sign;

	if (s == NULL || digits(&p, end, 4, &y) != 0 ||
	    expect(&p, end, '-') != 0 || digits(&p, end, 2, &mo) != 0 ||
	    expect(&p, end, '-') != 0 || digits(&p, end, 2, &d) != 0 ||
	    !cal_valid(y, mo, d))
		return -1;
	*days = cal_days(y, mo, d);
	*t = *days * SECS_PER_DAY;
	if (p == end)
		return 0;

	if (*p != ' ' && *p != 'T')
		return -1;
	p++;
	if (digits(&p, end, 2, &hh) != 0 || expect(&p, end, ':') != 0 ||
	    digits(&p, end, 2, &mi) != 0)
		return -1;
	if (p < end && *p == ':') {
		p++;
		if (digits(&p, end, 2, &ss) != 0)
			return -1;
		if (p < end && *p == '.') {
			p++;
			if (p == end || *p < '0' || *p > '9')
				return -1;
			while (p < end && *p >= '0' && *p <= '9')
				p++;
		}
	}
	if (hh > 23 || mi > 59 || ss > 59)
		return -1;

	if (p < end && *p == 'Z')
		p++;
	else if (p < end && (*p == '+' || *p == '-')) {
		sign = *p++ == '+' ? 1 : -1;
		if (digits(&p, end, 2, &oh) != 0)
			return -1;
		if (p < end && *p == ':') {
			p++;
			if (digits(&p, end, 2, &om) != 0)
				return -1;
			if (p < end && *p == ':') {
				p++;
				if (digits(&p, end, 2, &os) != 0)
					return -1;
			}
		} else if (p < end && digits(&p, end, 2, &om) != 0)
			return -1;
		if (oh > 23 || om > 59 || os > 59)
			return -1;
		off = sign * (oh * 3600LL + om * 60 + os);
	}
	if (p != end)
		return -1;
	*t += hh * 3600LL + mi * 60 + ss - off;
	return 0;
}

int
cal_parse_time(const char *s, size_t len, long long *t)
{
	long long	 days, v;

	if (stamp(s, len, &days, &v) != 0)
		return -1;
	*t = v;
	return 0;
}

int
cal_parse_date(const char *s, size_t len, long long *days)
{
	long long	 d, t;

	if (stamp(s, len, &d, &t) != 0)
		return -1;
	*days = d;
	return 0;
}

/*
 * Zones go through ICU's calendar (ucal): one UCalendar per call, opened
 * and closed here, so no process-global state changes hands -- no TZ,
 * no tzset(), no lock -- and getenv() in libpq or libcurl on another
 * thread never sees a half-switched environment.  Only two primitives
 * ask ICU anything: the UTC offset in force at an instant (zone_wall),
 * and from it the local day (zone_day); the searches below build day
 * starts and wall-time instants out of those.
 */
struct zone {
	UCalendar	*cal;
};

static int
is_utc(const char *zone)
{
	return zone == NULL || strcmp(zone, "UTC") == 0;
}

/* A name ICU knows as a zone of its own, not its "Etc/Unknown" fallback. */
static int
zone_open(const char *name, struct zone *z)
{
	UChar		 id[ZONE_MAX + 1], canon[ZONE_MAX + 1];
	UErrorCode	 st = U_ZERO_ERROR;
	UBool		 sys = 0;
	size_t		 len = strlen(name);

	z->cal = NULL;
	if (len > ZONE_MAX)
		return -1;
	u_uastrncpy(id, name, ZONE_MAX);
	id[len] = 0;
	ucal_getCanonicalTimeZoneID(id, (int32_t)len, canon, ZONE_MAX + 1,
	    &sys, &st);
	if (U_FAILURE(st) || !sys)
		return -1;
	z->cal = ucal_open(id, (int32_t)len, "en_US_POSIX", UCAL_GREGORIAN,
	    &st);
	if (U_FAILURE(st) || z->cal == NULL) {
		if (z->cal != NULL)
			ucal_close(z->cal);
		z->cal = NULL;
		return -1;
	}
	return 0;
}

static void
zone_close(struct zone *z)
{
	if (z->cal != NULL)
		ucal_close(z->cal);
	z->cal = NULL;
}

/* Local wall time of t, in seconds from day 0. */
static int
zone_wall(struct zone *z, long long t, long long *w)
{
	UErrorCode	 st = U_ZERO_ERROR;
	int32_t		 zo, dst;

	/* UDate is a double of milliseconds: exact to 2^53. */
	if (t > (1LL << 52) / 1000 || t < -(1LL << 52) / 1000)
		return -1;
	ucal_setMillis(z->cal, (UDate)t * 1000.0, &st);
	zo = ucal_get(z->cal, UCAL_ZONE_OFFSET, &st);
	dst = ucal_get(z->cal, UCAL_DST_OFFSET, &st);
	if (U_FAILURE(st))
		return -1;
	*w = t + ((long long)zo + dst) / 1000;
	return 0;
}

/* Local day of t. */
static int
zone_day(struct zone *z, long long t, long long *days)
{
	long long	 w;

	if (zone_wall(z, t, &w) != 0)
		return -1;
	*days = floordiv(w, SECS_PER_DAY);
	return 0;
}

int
cal_zone_ok(const char *zone)
{
	const char	*dir, *c;
	char		 path[PATH_MAX], magic[4];
	struct stat	 st;
	struct zone	 z = { NULL };
	int		 fd, n, ok;

	if (zone == NULL)
		return 0;
	if (strcmp(zone, "UTC") == 0)
		return 1;
	if (*zone == '\0' || *zone == '/' || strlen(zone) > ZONE_MAX ||
	    strstr(zone, "..") != NULL)
		return 0;
	for (c = zone; *c != '\0'; c++)
		if (!((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') ||
		    (*c >= '0' && *c <= '9') || *c == '_' || *c == '+' ||
		    *c == '-' || *c == '/'))
			return 0;
	/*
	 * The name must be a zone both in the system's tzdata (what admins
	 * and PostgreSQL see) and in ICU's (what the arithmetic uses).
	 */
	if ((dir = getenv("TZDIR")) == NULL || *dir == '\0')
		dir = "/usr/share/zoneinfo";
	n = snprintf(path, sizeof path, "%s/%s", dir, zone);
	if (n < 0 || (size_t)n >= sizeof path)
		return 0;
	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return 0;
	/*
	 * A regular file that is not a zone (leapseconds, SECURITY) is not
	 * a zone; insist on TZif.
	 */
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return 0;
	ok = read(fd, magic, sizeof magic) == (ssize_t)sizeof magic &&
	    memcmp(magic, "TZif", sizeof magic) == 0;
	close(fd);
	if (ok && zone_open(zone, &z) != 0)
		ok = 0;
	zone_close(&z);
	return ok;
}

/*
 * First instant of local day days.  The offset at UTC midnight only
 * gives an estimate: in a gap it may land before or after midnight, and
 * when midnight happens twice it may pick the second.  So bracket the
 * start between an instant on an earlier day and one on this day or
 * later, and bisect to the second.
 */
static int
zone_day_start(struct zone *z, long long days, long long *t)
{
	long long	 lo, hi, mid, ld, w, t0;
	int		 i;

	t0 = days * SECS_PER_DAY;
	if (zone_wall(z, t0, &w) != 0)
		return -1;
	t0 -= w - t0;
	if (zone_day(z, t0, &ld) != 0)
		return -1;
	if (ld >= days) {
		hi = t0;
		lo = hi - 3600;
		for (i = 0; ; i++) {
			if (i == 72 || zone_day(z, lo, &ld) != 0)
				return -1;
			if (ld < days)
				break;
			lo -= 3600;
		}
	} else {
		lo = t0;
		hi = lo + 900;
		for (i = 0; ; i++) {
			if (i == 288 || zone_day(z, hi, &ld) != 0)
				return -1;
			if (ld >= days)
				break;
			hi += 900;
		}
	}
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (zone_day(z, mid, &ld) != 0)
			return -1;
		if (ld >= days)
			hi = mid;
		else
			lo = mid;
	}
	*t = hi;
	return 0;
}

/*
 * A scan asks for the local day of a handful of zones millions of times,
 * and checking and opening a zone (a stat, an open and a read of the
 * tzdata file, then ICU's lookup) costs far more than the answer.  So
 * each thread keeps the zones it opened, in thread-specific data freed
 * when the thread ends: still nothing shared and no lock.  A name's
 * check is trusted for ZONE_RECHECK seconds, so a zone removed from
 * tzdata stops working in a long-running daemon as it did before.
 */
struct zone_slot {
	char		 name[ZONE_MAX + 1];
	struct zone	 z;		/* z.cal NULL: not a usable zone */
	time_t		 checked;
};

struct zone_cache {
	struct zone_slot slot[ZONE_CACHE];
	unsigned	 next;		/* the slot to replace next */
};

static pthread_once_t	 zone_once = PTHREAD_ONCE_INIT;
static pthread_key_t	 zone_key;

static void
zone_cache_free(void *p)
{
	struct zone_cache	*zc = p;
	size_t			 i;

	for (i = 0; i < ZONE_CACHE; i++)
		zone_close(&zc->slot[i].z);
	free(zc);
}

static void
zone_key_init(void)
{
	if (pthread_key_create(&zone_key, zone_cache_free) != 0)
		fatalx("pthread_key_create failed");
}

/* Zone name opened, from this thread's cache; NULL if it is no zone. */
static struct zone *
zone_get(const char *name)
{
	struct zone_cache	*zc;
	struct zone_slot	*s;
	time_t			 now = time(NULL);
	size_t			 i;

	if (strlen(name) > ZONE_MAX)
		return NULL;
	pthread_once(&zone_once, zone_key_init);
	if ((zc = pthread_getspecific(zone_key)) == NULL) {
		zc = xcalloc(1, sizeof *zc);
		if (pthread_setspecific(zone_key, zc) != 0)
			fatalx("pthread_setspecific failed");
	}
	for (i = 0; i < ZONE_CACHE; i++) {
		s = &zc->slot[i];
		if (s->checked != 0 && strcmp(s->name, name) == 0)
			break;
	}
	if (i == ZONE_CACHE) {
		s = &zc->slot[zc->next];
		zc->next = (zc->next + 1) % ZONE_CACHE;
	} else if (now - s->checked < ZONE_RECHECK && now >= s->checked)
		return s->z.cal != NULL ? &s->z : NULL;
	zone_close(&s->z);
	snprintf(s->name, sizeof s->name, "%s", name);
	s->checked = now;
	if (!cal_zone_ok(name) || zone_open(name, &s->z) != 0)
		return NULL;
	return &s->z;
}

int
cal_local_day(const char *zone, long long t, long long *days)
{
	struct zone	*z;

	if (is_utc(zone)) {
		*days = floordiv(t, SECS_PER_DAY);
		return 0;
	}
	if ((z = zone_get(zone)) == NULL)
		return -1;
	return zone_day(z, t, days);
}

int
cal_day_start(const char *zone, long long days, long long *t)
{
	struct zone	*z;

	if (is_utc(zone)) {
		if (days > LLONG_MAX / SECS_PER_DAY ||
		    days < LLONG_MIN / SECS_PER_DAY)
			return -1;
		*t = days * SECS_PER_DAY;
		return 0;
	}
	if (days > (1LL << 40) || days < -(1LL << 40))
		return -1;
	if ((z = zone_get(zone)) == NULL)
		return -1;
	return zone_day_start(z, days, t);
}

/*
 * The instant of wall time w.  The offsets two days either side of w
 * (and at w) bracket a transition near it; w less each offset is a
 * candidate, right if it reads back as w.  Two right ones: w happens
 * twice, take the first.  None: w is in a gap, and w less the offset in
 * force before the gap lands as far past the gap's start as w is.
 */
static int
zone_instant(struct zone *z, long long w, long long *t)
{
	long long	 probe[3], back, off, before = 0, cand, best = 0;
	int		 i, found = 0;

	probe[0] = w - 2 * SECS_PER_DAY;
	probe[1] = w;
	probe[2] = w + 2 * SECS_PER_DAY;
	for (i = 0; i < 3; i++) {
		if (zone_wall(z, probe[i], &back) != 0)
			return -1;
		off = back - probe[i];
		if (i == 0)
			before = off;
		cand = w - off;
		if (zone_wall(z, cand, &back) != 0)
			return -1;
		if (back == w && (!found || cand < best)) {
			best = cand;
			found = 1;
		}
	}
	*t = found ? best : w - before;
	return 0;
}

int
cal_local_instant(const char *zone, long long days, int sec, long long *t)
{
	struct zone	*z;
	long long	 w;

	/* Room for the probes two days either side. */
	if (sec < 0 || sec >= SECS_PER_DAY ||
	    days > LLONG_MAX / SECS_PER_DAY - 3 ||
	    days < LLONG_MIN / SECS_PER_DAY + 3)
		return -1;
	w = days * SECS_PER_DAY + sec;
	if (is_utc(zone)) {
		*t = w;
		return 0;
	}
	if ((z = zone_get(zone)) == NULL)
		return -1;
	return zone_instant(z, w, t);
}

int
cal_age(long long birth, long long today)
{
	int	 by, bm, bd, ty, tm, td;

	cal_civil(birth, &by, &bm, &bd);
	cal_civil(today, &ty, &tm, &td);
	/* Born on 29 February: the birthday is 1 March in common years. */
	if (bm == 2 && bd == 29 && !leap(ty)) {
		bm = 3;
		bd = 1;
	}
	return ty - by - (tm < bm || (tm == bm && td < bd));
}

int
cal_public_holidays(const char *code, struct cal_holidays *h)
{
	size_t	 i;

	for (i = 0; code != NULL && i < cal_nholiday_tables; i++)
		if (strcmp(cal_holiday_tables[i].code, code) == 0) {
			h->day = cal_holiday_tables[i].day;
			h->n = cal_holiday_tables[i].n;
			return 0;
		}
	return -1;
}

/* The last local day of a limit of n units on an event on day d. */
static long long
limit_day(long long d, int n, enum cfg_unit unit,
    const struct cal_holidays *h, int rollover)
{
	long long	 e;
	int		 i;

	switch (unit) {
	case CFG_UNIT_DAY:
		e = d + n;
		break;
	case CFG_UNIT_WEEK:
		e = d + 7LL * n;
		break;
	case CFG_UNIT_MONTH:
		e = cal_add_months(d, n);
		break;
	case CFG_UNIT_YEAR:
		e = cal_add_months(d, 12 * n);
		break;
	case CFG_UNIT_BUSINESS_DAY:
		return cal_add_business_days_h(d, n, h);
	default:
		return d;
	}
	/* Art. 3(4): a last day off work moves to the next working day. */
	for (i = 0; rollover && !cal_business_day_h(e, h) && i < 60; i++)
		e++;
	return e;
}

long long
cal_limit_last_day(long long d, double count, enum cfg_unit unit,
    const struct cal_holidays *h, int rollover)
{
	if (!(count >= 0 && count <= MAX_CAL_COUNT))
		return d;
	return limit_day(d, (int)count, unit, h, rollover);
}

int
cal_limit_cutoff(const char *zone, long long now, double count,
    enum cfg_unit unit, long long *cutoff)
{
	return cal_limit_cutoff_h(zone, now, count, unit, NULL, cutoff);
}

int
cal_limit_cutoff_h(const char *zone, long long now, double count,
    enum cfg_unit unit, const struct cal_holidays *h, long long *cutoff)
{
	return cal_limit_cutoff_r(zone, now, count, unit, h, 0, cutoff, NULL);
}

int
cal_limit_cutoff_r(const char *zone, long long now, double count,
    enum cfg_unit unit, const struct cal_holidays *h, int rollover,
    long long *cutoff, long long *cday)
{
	long long	 today, c, secs;
	int		 n, i;

	/* A bad zone is a configuration error whatever the unit. */
	if (!is_utc(zone) && !cal_zone_ok(zone))
		return -1;
	/* No floor(): the library does not link libm. */
	if (!isfinite(count) || count < 0 || count > MAX_EXACT_COUNT ||
	    (double)(long long)count != count)
		return -1;
	switch (unit) {
	case CFG_UNIT_SECOND:
	case CFG_UNIT_MINUTE:
	case CFG_UNIT_HOUR:
		secs = unit == CFG_UNIT_SECOND ? 1 :
		    unit == CFG_UNIT_MINUTE ? 60 : 3600;
		secs *= (long long)count;
		if (now < LLONG_MIN + secs)
			return -1;
		*cutoff = now - secs;
		if (cday != NULL)
			return cal_local_day(zone, *cutoff, cday);
		return 0;
	case CFG_UNIT_DAY:
	case CFG_UNIT_WEEK:
	case CFG_UNIT_MONTH:
	case CFG_UNIT_YEAR:
	case CFG_UNIT_BUSINESS_DAY:
		break;
	default:
		return -1;
	}
	if (count > MAX_CAL_COUNT)
		return -1;
	n = (int)count;
	if (cal_local_day(zone, now, &today) != 0)
		return -1;

	/*
	 * An event on day d is past the limit iff limit_day(d) < today.
	 * limit_day is non-decreasing, so the past events are those before
	 * C, the first day whose limit has not ended.
	 */
	switch (rollover ? -1 : (int)unit) {
	case CFG_UNIT_DAY:
		c = today - n;
		break;
	case CFG_UNIT_WEEK:
		c = today - 7LL * n;
		break;
	default:
		if (unit == CFG_UNIT_DAY || unit == CFG_UNIT_WEEK)
			c = today - (unit == CFG_UNIT_WEEK ? 7LL : 1) * n;
		else if (unit == CFG_UNIT_BUSINESS_DAY)
			c = today - (long long)n * 7 / 5 - 3;
		else
			c = cal_add_months(today,
			    unit == CFG_UNIT_YEAR ? -12 * n : -n);
		if (limit_day(c, n, unit, h, rollover) >= today) {
			for (i = 0; limit_day(c - 1, n, unit, h, rollover) >=
			    today; i++) {
				if (i == SEARCH_STEPS)
					return -1;
				c--;
			}
		} else {
			for (i = 0; limit_day(c, n, unit, h, rollover) < today;
			    i++) {
				if (i == SEARCH_STEPS)
					return -1;
				c++;
			}
		}
		break;
	}
	if (cday != NULL)
		*cday = c;
	return cal_day_start(zone, c, cutoff);
}
