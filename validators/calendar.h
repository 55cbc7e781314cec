/*
 * calendar.h -- date and limit arithmetic for compliance checks.
 *
 * Stale records, consent expiry, opt-out deadlines and minimum ages are
 * judged on the calendar of the jurisdiction, not on UTC: "30 days" ends
 * at local midnight in Europe/Berlin, and "1 month" from 31 January ends
 * on the last day of February.  Days are counted from 1970-01-01
 * (proleptic Gregorian, day 0 is a Thursday); instants are seconds since
 * the epoch, UTC.  Nothing here allocates on behalf of the caller or
 * blocks, except that the zone functions read zoneinfo files.
 *
 * The zone functions use ICU's calendar (its own copy of tzdata) and
 * check the name against the system's zoneinfo too.  They change no
 * process-wide state (no TZ, no tzset) and take no lock, so every thread
 * may call them; each call opens a calendar, so compute cutoffs once per
 * scan where you can.
 */
#ifndef STEWARD_CALENDAR_H
#define STEWARD_CALENDAR_H

#include <stddef.h>

#include "rules/cfgparse.h"

/* Day number of y-m-d; the date is not validated (see cal_valid). */
long long	 cal_days(int, int, int);
/* The date of a day number. */
void		 cal_civil(long long, int *, int *, int *);
/* 1 if y-m-d is a real date (month 1..12, day within the month), else 0. */
int		 cal_valid(int, int, int);
/* Day of the week: 0 Monday .. 6 Sunday. */
int		 cal_weekday(long long);
/* Public holidays: day numbers, sorted ascending. */
struct cal_holidays {
	const long long	*day;
	size_t		 n;
};

/* 1 on Monday to Friday, else 0; public holidays are not known. */
int		 cal_business_day(long long);
/* The same, and not one of the holidays (NULL: none). */
int		 cal_business_day_h(long long, const struct cal_holidays *);
/*
 * Add n months (n may be negative); the day is clamped to the end of the
 * target month, so 2024-01-31 + 1 is 2024-02-29.
 */
long long	 cal_add_months(long long, int);
/*
 * The n-th business day strictly after the day (n > 0), or strictly
 * before it (n < 0); n == 0 returns the day itself.
 */
long long	 cal_add_business_days(long long, int);
long long	 cal_add_business_days_h(long long, int,
		    const struct cal_holidays *);

/*
 * Parse "YYYY-MM-DD", optionally followed by [ T]HH:MM[:SS[.fraction]]
 * and a zone Z, +HH, +HHMM, +HH:MM or +HH:MM:SS (or '-').  A date alone
 * is midnight UTC, a time without zone is UTC.  The fraction is dropped
 * (floor).  s need not be NUL-terminated.  0 and *t set, or -1 on bad
 * syntax or an impossible date or time (31 April, 24:00, :60).
 */
int		 cal_parse_time(const char *, size_t, long long *);
/*
 * Parse "YYYY-MM-DD", or a timestamp as cal_parse_time accepts, taking
 * the date as written (no zone conversion).  0 and *days set, or -1.
 */
int		 cal_parse_date(const char *, size_t, long long *);

/*
 * 1 if zone is "UTC" or names a TZif file under $TZDIR (default
 * /usr/share/zoneinfo); names are [A-Za-z0-9_+/-] only, relative, and
 * without "..".  Reads the file system.
 */
int		 cal_zone_ok(const char *);
/* The local day of instant t in zone (NULL or "UTC": UTC).  0 or -1. */
int		 cal_local_day(const char *, long long, long long *);
/*
 * The first instant of local day days in zone: local 00:00, or the first
 * local time that exists after it when a DST gap swallows midnight.
 * 0 or -1.
 */
int		 cal_day_start(const char *, long long, long long *);
/*
 * The instant of local wall time (day number days, sec seconds after
 * local midnight, 0 <= sec < 86400) in zone (NULL or "UTC": UTC).  A wall
 * time that occurs twice (clocks set back) gives the earlier instant;
 * one that a DST gap skips gives the instant the same distance after
 * the gap start (02:30 in a 02:00->03:00 gap gives 03:30).  0 or -1.
 */
int		 cal_local_instant(const char *, long long, int, long long *);
/*
 * Whole years of age on day today for someone born on day birth.  A
 * 29 February birthday falls on 1 March in common years (conservative
 * for minimum ages).  Negative if birth is after today.
 */
int		 cal_age(long long, long long);
/*
 * A limit of count units running from an event: an event at instant e is
 * past the limit at instant now iff e < *cutoff.  Seconds, minutes and
 * hours are exact; days, weeks, months, years and business days run in
 * zone's calendar to the end of the local day on which they fall due, so
 * *cutoff is a local midnight.  count must be a whole number >= 0.
 * 0, or -1 for a bad zone, unit or count.
 */
int		 cal_limit_cutoff(const char *, long long, double, enum cfg_unit,
		    long long *);
/* The same with business days that skip holidays (NULL: none). */
int		 cal_limit_cutoff_h(const char *, long long, double,
		    enum cfg_unit, const struct cal_holidays *, long long *);

#endif
