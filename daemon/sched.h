/*
 * sched.h -- when scans run: "off", "every 10m", or a cron expression.
 *
 * The daemon keeps one struct sched per scan and asks sched_next() for
 * the next fire time whenever it arms the timer.  A cron expression is
 * the five Vixie cron fields (minute hour day-of-month month day-of-week)
 * or a macro (@hourly @daily @midnight @weekly @monthly @yearly
 * @annually), optionally followed by a time zone name; without one the
 * fields are read in UTC, not in the host's zone, so that a schedule
 * means the same on every machine.
 *
 * Field syntax is cronie's: '*' alone or with a step, numbers, ranges
 * a-b, steps a-b/n and a/n (a to the end of the field), comma lists,
 * jan-dec and sun-sat in any case, 7 for Sunday.  When both day fields
 * are restricted (neither starts with '*') a day matches if either does;
 * otherwise both must.  Unlike cronie, '*' cannot be a list item, a step
 * may not exceed the field's span, and a/n in the day-of-week field ends
 * at 6 (Saturday), not 7 (Sunday again).
 *
 * Local times are taken in the zone with cal_local_instant(): a time the
 * clocks skip fires as far after the jump as it was written after the
 * gap's start (02:30 becomes 03:30), and a time that happens twice fires
 * once, at its first occurrence.  So "30 2 * * *" runs once every day,
 * and a job every 15 minutes pauses for the hour that repeats in autumn
 * (cronie would run it in both).
 *
 * Nothing here allocates; zone schedules read zoneinfo files (see
 * validators/calendar.h), so call sched_next() from the loop once per
 * fire, not in a tight loop.
 */
#ifndef STEWARD_SCHED_H
#define STEWARD_SCHED_H

#include <stddef.h>
#include <stdint.h>

#define SCHED_ZONE_MAX	64	/* with the NUL; tzdata's reach ~30 */
#define SCHED_EVERY_MAX	(28LL * 86400)	/* 4 weeks */

enum sched_kind {
	SCHED_OFF,
	SCHED_EVERY,
	SCHED_CRON
};

struct sched {
	enum sched_kind	 kind;
	long long	 every;		/* SCHED_EVERY: seconds */

	/* SCHED_CRON: bit n set when value n matches. */
	uint64_t	 minute;	/* 0-59 */
	uint32_t	 hour;		/* 0-23 */
	uint32_t	 dom;		/* 1-31 */
	uint16_t	 month;		/* 1-12 */
	uint8_t		 dow;		/* 0-6, Sunday 0 */
	int		 dom_star;	/* the field started with '*' */
	int		 dow_star;
	char		 zone[SCHED_ZONE_MAX];	/* "" = UTC */
};

/*
 * Parse text into *s.  0, or -1 with a message in err (a field name or
 * "every", then what is wrong; bytes from text are escaped) and *errcol
 * set to the 0-based byte offset in text where the problem starts; *s
 * is then unspecified.  err and errcol may be NULL.  Checks that the
 * zone exists, so it reads the file system.
 */
int		 sched_parse(const char *, struct sched *, char *, size_t,
		    int *);
/*
 * The first fire instant (seconds since the epoch, UTC) strictly after
 * after: the earliest of the matching wall times' instants, which on a
 * day the clocks go forward need not be the first by the clock.
 * SCHED_EVERY: after + every (the caller corrects drift).  -1 for
 * SCHED_OFF, for an expression that matches no day in the next 9 years
 * ("0 0 30 2 *"), for a zone that has gone, and after year 9999.
 * Microseconds in UTC, some tens of them in a zone.
 */
long long	 sched_next(const struct sched *, long long);
/*
 * Canonical text for s, for logs and /status: "off", "every 10m",
 * "0 3 * * * Europe/Berlin", "30 8-18 * * 1-5".  Macros come out as
 * their five fields.  sched_parse() reads it back to the same schedule.
 * Truncated to fit len.
 */
void		 sched_format(const struct sched *, char *, size_t);

#endif
