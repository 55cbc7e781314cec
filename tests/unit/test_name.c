/*
 * test_name.c -- the name validator.
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

#include "validators/validate.h"

static const struct {
	const char	*in;
	const char	*want;		/* normal form, or reason code */
	const char	*note;
} cases[] = {
	{ "Anna", "Anna", "" },
	{ "  Anna   Maria ", "Anna Maria", "" },
	{ "p\x0c", "p", "" },		/* found by fuzzing: a form feed */
	{ "\xe3\x80\x80" "Anna" "\xe3\x80\x80" "Maria" "\xe3\x80\x80", "Anna Maria",
	    "" },
	{ "\x0c", "empty", "" },		/* found by fuzzing */
	{ "-\x0b\x0b", "placeholder", "" },	/* found by fuzzing */
	{ "  N/A ", "placeholder", "" },
	{ "\xe3\x80\x80", "empty", "" },
	{ "O'Brien", "O'Brien", "" },
	{ "O\xe2\x80\x99" "Brien", "O\xe2\x80\x99" "Brien", "" },
	{ "Jean-Luc", "Jean-Luc", "" },
	{ "St. John", "St. John", "" },
	{ "M\xc3\xbcller", "M\xc3\xbcller", "" },
	/* Decomposed u + combining diaeresis: NFC composes it. */
	{ "Mu\xcc\x88ller", "M\xc3\xbcller", "" },
	{ "\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd", "\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd", "" },
	{ "\xe7\x8e\x8b\xe4\xbc\x9f", "\xe7\x8e\x8b\xe4\xbc\x9f", "" },
	{ "\xe5\xb1\xb1\xe7\x94\xb0\xe3\x81\x9f\xe3\x82\x8d\xe3\x81\x86",
	    "\xe5\xb1\xb1\xe7\x94\xb0\xe3\x81\x9f\xe3\x82\x8d\xe3\x81\x86", "" },
	{ "Li", "Li", "" },
	{ "Xu", "Xu", "" },
	{ "Aaron", "Aaron", "" },
	{ "SCHMIDT", "SCHMIDT", "all-upper-case" },
	{ "schmidt", "schmidt", "all-lower-case" },
	{ "\xd0\x98\xd0\x92\xd0\x90\xd0\x9d", "\xd0\x98\xd0\x92\xd0\x90\xd0\x9d",
	    "all-upper-case" },
	{ "", "empty", "" },
	{ "   ", "empty", "" },
	{ "\xff", "invalid-utf8", "" },
	{ "Test", "placeholder", "" },
	{ "TEST", "placeholder", "" },
	{ "asdf", "placeholder", "" },
	{ "N/A", "placeholder", "" },
	{ "xxx", "placeholder", "" },
	{ "Mickey Mouse", "placeholder", "" },
	{ "Max Mustermann", "placeholder", "" },
	{ "john doe", "placeholder", "" },
	{ "Unknown", "placeholder", "" },
	{ "Anna2", "contains-digit", "" },
	{ "R2D2", "contains-digit", "" },
	{ "Anna\xd9\xa3", "contains-digit", "" },	/* Arabic-Indic 3 */
	{ "Annna", "repeated-character", "" },
	{ "Aaaron", "repeated-character", "" },
	{ "\xd0\x98van", "mixed-scripts", "" },	/* Cyrillic I + Latin */
	{ "Ivan \xd0\x9f\xd0\xb5\xd1\x82\xd1\x80\xd0\xbe\xd0\xb2", "Ivan "
	    "\xd0\x9f\xd0\xb5\xd1\x82\xd1\x80\xd0\xbe\xd0\xb2", "" },
	{ "Anna@web", "bad-character", "" },
	{ "Anna_B", "bad-character", "" },
	{ "Anna\x01", "bad-character", "" },
};

static void
test_cases(void **state)
{
	struct val_ctx	 ctx = { NULL, 0, -1, 0 };
	struct val_out	 out;
	enum val_status	 st;
	const char	*got;
	size_t		 i;

	val_out_init(&out);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		val_out_reset(&out);
		st = val_name(cases[i].in, strlen(cases[i].in), &ctx, &out);
		got = st == VAL_OK ? (out.norm.data ? out.norm.data : "") :
		    out.reason;
		if (strcmp(got, cases[i].want) != 0 ||
		    strcmp(out.note, cases[i].note) != 0)
			fail_msg("case %zu '%s': got '%s' note '%s', want '%s' "
			    "note '%s'", i, cases[i].in, got, out.note,
			    cases[i].want, cases[i].note);
		/* A normal form is itself normal. */
		if (st == VAL_OK) {
			struct val_out again;
			char *norm = strdup(got);

			val_out_init(&again);
			assert_int_equal(val_name(norm, strlen(norm), &ctx,
			    &again), VAL_OK);
			assert_string_equal(again.norm.data, norm);
			val_out_free(&again);
			free(norm);
		}
	}
	val_out_free(&out);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
