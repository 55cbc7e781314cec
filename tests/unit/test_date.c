/*
 * test_date.c -- the birthdate validator.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "validators/calendar.h"
#include "validators/validate.h"

static void
check(const char *in, const char *cc, int min_age, const char *want)
{
	struct val_ctx	 ctx = { cc, 0, min_age, 0 };
	struct val_out	 out;
	enum val_status	 st;
	const char	*got;

	/* "Today" is fixed: 2026-11-01. */
	ctx.today = cal_days(2026, 11, 1);
	val_out_init(&out);
	st = val_birthdate(in, strlen(in), &ctx, &out);
	got = st == VAL_OK ? (out.norm.data ? out.norm.data : "") : out.reason;
	if (strcmp(got, want) != 0)
		fail_msg("'%s' (%s, min %d): got %s '%s', want '%s'", in,
		    cc ? cc : "-", min_age, st == VAL_OK ? "ok" : "bad", got,
		    want);
	if (st == VAL_BAD)
		assert_int_equal(out.norm.len, 0);
	val_out_free(&out);
}

static void
test_formats(void **state)
{
	check("1985-03-12", NULL, -1, "1985-03-12");
	check("1985/3/2", NULL, -1, "1985-03-02");
	check("19850312", NULL, -1, "1985-03-12");
	check("1985-03-12 00:00:00+01", NULL, -1, "1985-03-12");
	check("1985-03-12T10:00:00Z", NULL, -1, "1985-03-12");
	check("  1985-03-12 ", NULL, -1, "1985-03-12");
	check("12.03.1985", NULL, -1, "1985-03-12");
	check("2.3.1985", NULL, -1, "1985-03-02");
	check("12-03-1985", NULL, -1, "1985-03-12");
	check("25/12/1985", NULL, -1, "1985-12-25");
	check("12/25/1985", "US", -1, "1985-12-25");
	check("03/12/1985", "US", -1, "1985-03-12");
	check("03/12/1985", "DE", -1, "1985-12-03");
	check("03/03/1985", NULL, -1, "1985-03-03");
}

static void
test_rejects(void **state)
{
	check("", NULL, -1, "empty");
	check("   ", NULL, -1, "empty");
	check("\xff", NULL, -1, "invalid-utf8");
	check("March 12", NULL, -1, "unknown-format");
	check("85-03-12", NULL, -1, "unknown-format");
	check("1985-03", NULL, -1, "unknown-format");
	check("1985-03-12x", NULL, -1, "unknown-format");
	check("12.03.85", NULL, -1, "unknown-format");
	check("12.03/1985", NULL, -1, "unknown-format");
	check("03/12/1985", NULL, -1, "ambiguous-day-month");
	check("1985-13-01", NULL, -1, "no-such-date");
	check("1985-04-31", NULL, -1, "no-such-date");
	check("2023-02-29", NULL, -1, "no-such-date");
	check("1900-02-29", NULL, -1, "no-such-date");
	check("2000-02-29", NULL, -1, "2000-02-29");
	check("0000-01-01", NULL, -1, "no-such-date");
	check("31.02.1990", NULL, -1, "no-such-date");
	check("2026-11-02", NULL, -1, "in-the-future");
	check("2026-11-01", NULL, -1, "2026-11-01");
	check("1906-11-01", NULL, -1, "1906-11-01");	/* exactly 120 */
	check("1906-10-31", NULL, -1, "1906-10-31");	/* 120 and a day */
	check("1905-11-01", NULL, -1, "too-old");	/* 121 */
}

static void
test_minimum_age(void **state)
{
	/* 16 on the birthday itself, not the day before. */
	check("2010-11-01", "DE", 16, "2010-11-01");
	check("2010-11-02", "DE", 16, "under-minimum-age");
	check("2010-02-28", "DE", 16, "2010-02-28");
	check("2012-06-01", "FR", 15, "under-minimum-age");
	check("2012-06-01", "FR", -1, "2012-06-01");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_formats),
		cmocka_unit_test(test_rejects),
		cmocka_unit_test(test_minimum_age),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
