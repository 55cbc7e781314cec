/*
 * date.c -- birth dates as CRMs write them.
 *
 * Accepted forms (Y = 4-digit year):
 *	Y-MM-DD, Y/MM/DD, YMMDD (8 digits), Y-MM-DD followed by a time
 *	(PostgreSQL timestamps), DD.MM.Y, DD-MM-Y, and DD/MM/Y -- or
 *	MM/DD/Y for the countries that write the month first (US, and a
 *	few more), where the record's country says so.
 * Normal form: Y-MM-DD.
 *
 * Reason codes:
 *	empty			no value
 *	invalid-utf8		not UTF-8
 *	unknown-format		none of the forms above
 *	no-such-date		31 April, 29 February of a common year, month 13
 *	ambiguous-day-month	D/M/Y with both parts <= 12 and no country
 *	in-the-future		after today
 *	too-old			more than 120 years ago
 *	under-minimum-age	younger than the jurisdiction's minimum age
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "validators/calendar.h"
#include "lib/utf8.h"
#include "validators/validate.h"

/* Countries that write the month first (US, its territories, a few). */
static const char *const month_first[] = {
	"AS", "FM", "GU", "MH", "MP", "PH", "PR", "PW", "UM", "US", "VI",
	NULL
};

/* Read exactly n digits at *p. */
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

/* 1 or 2 digits. */
static int
small(const char **p, const char *end, int *out)
{
	if (digits(p, end, 2, out) == 0)
		return 0;
	return digits(p, end, 1, out);
}

static int
is_month_first(const char *cc)
{
	size_t	 i;

	for (i = 0; cc != NULL && month_first[i] != NULL; i++)
		if (strcmp(month_first[i], cc) == 0)
			return 1;
	return 0;
}

static enum val_status
bad(struct val_out *out, const char *reason)
{
	snprintf(out->reason, sizeof out->reason, "%s", reason);
	return VAL_BAD;
}

enum val_status
val_birthdate(const char *s, size_t len, const struct val_ctx *ctx,
    struct val_out *out)
{
	const char	*p = s, *end = s + len;
	long long	 days;
	size_t		 bad_at;
	int		 y, m, d, a, b, years;
	char		 sep;

	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
		end--;
	if (p == end)
		return bad(out, "empty");
	if (val_utf8_check(s, len, &bad_at) != 0)
		return bad(out, "invalid-utf8");
	if (digits(&p, end, 4, &y) == 0) {
		/* Year first: Y-MM-DD, Y/MM/DD, YMMDD, perhaps a time. */
		if (p < end && (*p == '-' || *p == '/')) {
			sep = *p++;
			if (small(&p, end, &m) != 0 || p >= end || *p++ != sep ||
			    small(&p, end, &d) != 0)
				return bad(out, "unknown-format");
		} else if (digits(&p, end, 2, &m) != 0 ||
		    digits(&p, end, 2, &d) != 0)
			return bad(out, "unknown-format");
		if (p < end && *p != ' ' && *p != 'T')
			return bad(out, "unknown-format");
	} else {
		/* Day or month first. */
		p = s;
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (small(&p, end, &a) != 0 || p >= end)
			return bad(out, "unknown-format");
		sep = *p++;
		if ((sep != '.' && sep != '/' && sep != '-') ||
		    small(&p, end, &b) != 0 || p >= end || *p++ != sep ||
		    digits(&p, end, 4, &y) != 0 || p != end)
			return bad(out, "unknown-format");
		if (sep == '/' && is_month_first(ctx->country)) {
			m = a;
			d = b;
		} else if (sep == '/' && ctx->country == NULL && a <= 12 &&
		    b <= 12 && a != b)
			return bad(out, "ambiguous-day-month");
		else {
			d = a;
			m = b;
		}
	}
	if (y < 1 || !cal_valid(y, m, d))
		return bad(out, "no-such-date");
	days = cal_days(y, m, d);
	if (ctx->today > 0) {
		if (days > ctx->today)
			return bad(out, "in-the-future");
		years = cal_age(days, ctx->today);
		if (years > 120)
			return bad(out, "too-old");
		if (ctx->min_age >= 0 && years < ctx->min_age)
			return bad(out, "under-minimum-age");
	}
	{
		/* y has four digits at most: no stdio per record. */
		char t[10] = { (char)('0' + y / 1000), (char)('0' + y / 100 % 10),
		    (char)('0' + y / 10 % 10), (char)('0' + y % 10), '-',
		    (char)('0' + m / 10), (char)('0' + m % 10), '-',
		    (char)('0' + d / 10), (char)('0' + d % 10) };

		buf_add(&out->norm, t, sizeof t);
	}
	return VAL_OK;
}
