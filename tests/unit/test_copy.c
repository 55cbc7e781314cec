/*
 * test_copy.c -- PostgreSQL COPY text format (daemon/copy.c): splitting a
 * row into fields with its escapes decoded, and escaping values so that
 * splitting gives them back.
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

#include "daemon/copy.h"
#include "daemon/copybin.h"
#include "lib/record.h"
#include "lib/util.h"
#include "lib/utf8.h"

#define MAXF	16

/* Split a copy of row (the caller frees *copy). */
static int
split(const char *row, char **copy, struct field_value *out, size_t nfields)
{
	size_t	 len = strlen(row);

	*copy = malloc(len + 1);
	assert_non_null(*copy);
	memcpy(*copy, row, len + 1);
	return copy_split(*copy, len, out, nfields);
}

static void
field_is(const struct field_value *v, const char *want, size_t len)
{
	assert_non_null(v->data);
	if (v->len != len || memcmp(v->data, want, len) != 0)
		fail_msg("field is '%.*s' (%zu bytes), expected '%.*s' (%zu)",
		    (int)v->len, v->data, v->len, (int)len, want, len);
}

#define FIELD_IS(v, lit)	field_is((v), (lit), sizeof(lit) - 1)

static void
like_cause(char *cause, const char *want)
{
	assert_non_null(cause);
	if (strstr(cause, want) == NULL)
		fail_msg("cause '%s' does not say '%s'", cause, want);
	free(cause);
}

static void
test_split_plain(void **state)
{
	struct field_value	 f[MAXF];
	char			*row;

	assert_int_equal(split("alice\tbob\t42\n", &row, f, 3), 3);
	FIELD_IS(&f[0], "alice");
	FIELD_IS(&f[1], "bob");
	FIELD_IS(&f[2], "42");
	/* Without escapes the fields point into the row itself. */
	assert_ptr_equal(f[0].data, row);
	assert_ptr_equal(f[1].data, row + 6);
	free(row);

	assert_int_equal(split("J\xc3\xa9r\xc3\xb4me\tM\xc3\xbcller", &row, f,
	    2), 2);
	FIELD_IS(&f[0], "J\xc3\xa9r\xc3\xb4me");
	FIELD_IS(&f[1], "M\xc3\xbcller");
	free(row);

	assert_int_equal(split("one", &row, f, 1), 1);
	FIELD_IS(&f[0], "one");
	free(row);
}

static void
test_split_null(void **state)
{
	struct field_value	 f[MAXF];
	char			*row;

	/* \N is NULL; \\N is the two characters backslash and N. */
	assert_int_equal(split("\\N\t\\\\N\tx\\N\t\\N\n", &row, f, 4), 4);
	assert_null(f[0].data);
	assert_int_equal(f[0].len, 0);
	FIELD_IS(&f[1], "\\N");
	/* Inside a longer field \N is just an escaped N. */
	FIELD_IS(&f[2], "xN");
	assert_null(f[3].data);
	free(row);

	assert_int_equal(split("\\N", &row, f, 1), 1);
	assert_null(f[0].data);
	free(row);

	assert_int_equal(split("\\n", &row, f, 1), 1);
	FIELD_IS(&f[0], "\n");
	free(row);
}

static void
test_split_escapes(void **state)
{
	struct field_value	 f[MAXF];
	char			*row;

	assert_int_equal(split("\\b\\f\\n\\r\\t\\v\\\\\\x41\\101|\tplain\n",
	    &row, f, 2), 2);
	FIELD_IS(&f[0], "\b\f\n\r\t\v\\AA|");
	FIELD_IS(&f[1], "plain");
	free(row);

	/* \x takes one or two hex digits, octal one to three. */
	assert_int_equal(split("\\x4g\t\\xg\t\\x7E\\x7e\t\\0\t\\7777\t\\12a",
	    &row, f, 6), 6);
	FIELD_IS(&f[0], "\x04g");
	FIELD_IS(&f[1], "xg");
	FIELD_IS(&f[2], "~~");
	FIELD_IS(&f[3], "\0");
	FIELD_IS(&f[4], "\xff" "7");
	FIELD_IS(&f[5], "\na");
	free(row);

	/* Other escaped characters stand for themselves. */
	assert_int_equal(split("\\q\\.\t\tab\\", &row, f, 3), 3);
	FIELD_IS(&f[0], "q.");
	FIELD_IS(&f[1], "");
	/* A backslash at the very end is kept. */
	FIELD_IS(&f[2], "ab\\");
	free(row);

	/* UTF-8 written as octal bytes. */
	assert_int_equal(split("\\303\\251t\\303\\251", &row, f, 1), 1);
	FIELD_IS(&f[0], "\xc3\xa9t\xc3\xa9");
	free(row);
}

static void
test_split_escaped_tab_is_no_separator(void **state)
{
	struct field_value	 f[MAXF];
	char			*row;

	assert_int_equal(split("a\\tb\tc", &row, f, 2), 2);
	FIELD_IS(&f[0], "a\tb");
	FIELD_IS(&f[1], "c");
	free(row);
	assert_int_equal(split("a\\tb\tc", &row, f, 3), -1);
	free(row);
}

static void
test_split_trailing_newline(void **state)
{
	struct field_value	 f[MAXF];
	char			*row;

	assert_int_equal(split("a\tb\n", &row, f, 2), 2);
	FIELD_IS(&f[1], "b");
	free(row);
	assert_int_equal(split("a\tb", &row, f, 2), 2);
	FIELD_IS(&f[1], "b");
	free(row);
	assert_int_equal(split("a\t\n", &row, f, 2), 2);
	FIELD_IS(&f[1], "");
	free(row);
	/* An escaped newline is data, not the end of the row. */
	assert_int_equal(split("a\tb\\n\n", &row, f, 2), 2);
	FIELD_IS(&f[1], "b\n");
	free(row);
}

static void
test_split_field_count(void **state)
{
	struct field_value	 f[4];
	char			*row;
	size_t			 i;

	assert_int_equal(split("a\tb\n", &row, f, 3), -1);
	free(row);
	assert_int_equal(split("a", &row, f, 2), -1);
	free(row);
	assert_int_equal(split("a\tb\tc\td\te", &row, f, 3), -1);
	free(row);
	assert_int_equal(split("a", &row, f, 0), -1);
	free(row);

	/* Too many fields: nothing is written past nfields. */
	for (i = 0; i < 4; i++) {
		f[i].data = "sentinel";
		f[i].len = 8;
	}
	assert_int_equal(split("1\t2\t3\t4\t5\t6", &row, f, 2), -1);
	FIELD_IS(&f[2], "sentinel");
	FIELD_IS(&f[3], "sentinel");
	free(row);
}

static void
test_split_empty_fields(void **state)
{
	struct field_value	 f[MAXF];
	char			*row;
	size_t			 i;

	assert_int_equal(split("", &row, f, 1), 1);
	assert_non_null(f[0].data);
	assert_int_equal(f[0].len, 0);
	free(row);

	assert_int_equal(split("\n", &row, f, 1), 1);
	assert_non_null(f[0].data);
	assert_int_equal(f[0].len, 0);
	free(row);

	assert_int_equal(split("\t\t\n", &row, f, 3), 3);
	for (i = 0; i < 3; i++) {
		assert_non_null(f[i].data);
		assert_int_equal(f[i].len, 0);
	}
	free(row);

	assert_int_equal(split("a\t\tb", &row, f, 3), 3);
	FIELD_IS(&f[0], "a");
	FIELD_IS(&f[1], "");
	FIELD_IS(&f[2], "b");
	free(row);
}

static void
test_escape(void **state)
{
	struct buf	 b;

	buf_init(&b);
	copy_escape(&b, "a\tb\\c\nd\re", 9);
	assert_string_equal(b.data, "a\\tb\\\\c\\nd\\re");
	buf_reset(&b);
	copy_escape(&b, NULL, 0);
	assert_string_equal(b.data, "\\N");
	buf_reset(&b);
	copy_escape(&b, "\\N", 2);
	assert_string_equal(b.data, "\\\\N");
	buf_reset(&b);
	copy_escape(&b, "", 0);
	assert_int_equal(b.len, 0);
	/* Appends to what is there. */
	copy_escape(&b, "x", 1);
	buf_addc(&b, '\t');
	copy_escape(&b, "y\tz", 3);
	assert_string_equal(b.data, "x\ty\\tz");
	buf_free(&b);
}

/* Escape every value, join with tabs, split: the values come back. */
static void
round_trip(const struct field_value *in, size_t n, int utf8)
{
	struct field_value	 out[MAXF];
	struct buf		 b;
	size_t			 i;

	buf_init(&b);
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(&b, '\t');
		if (utf8)
			copy_escape_utf8(&b, in[i].data, in[i].len);
		else
			copy_escape(&b, in[i].data, in[i].len);
	}
	buf_addc(&b, '\n');
	assert_int_equal(copy_split(b.data, b.len, out, n), (int)n);
	for (i = 0; i < n; i++) {
		if (in[i].data == NULL) {
			assert_null(out[i].data);
			continue;
		}
		assert_non_null(out[i].data);
		if (out[i].len != in[i].len ||
		    memcmp(out[i].data, in[i].data, in[i].len) != 0)
			fail_msg("field %zu changed in the round trip", i);
	}
	buf_free(&b);
}

static void
test_escape_round_trip(void **state)
{
	static const char	*vals[] = {
		NULL, "", "\\N", "\\", "tab\there", "new\nline", "cr\r",
		"back\\slash\\", "\b\f\v", "\\t literally", "x\\N", "\xc3\xa9",
	};
	struct field_value	 in[MAXF];
	char			 all[255];
	size_t			 i;

	for (i = 0; i < sizeof vals / sizeof vals[0]; i++) {
		in[i].data = vals[i];
		in[i].len = vals[i] != NULL ? strlen(vals[i]) : 0;
	}
	round_trip(in, i, 0);
	round_trip(in, i, 1);

	/* Every byte value, NUL included, survives copy_escape. */
	for (i = 0; i < sizeof all; i++)
		all[i] = (char)(i + 1);
	in[0].data = all;
	in[0].len = sizeof all;
	in[1].data = "\0\0";
	in[1].len = 2;
	round_trip(in, 2, 0);
}

static void
test_escape_utf8(void **state)
{
	static const struct {
		const char	*in;
		size_t		 len;
		const char	*copy;		/* COPY text written */
		const char	*decoded;	/* what splitting gives */
	} cases[] = {
		{ "ok \xc3\xa9\xe2\x82\xac", 8, "ok \xc3\xa9\xe2\x82\xac",
		  "ok \xc3\xa9\xe2\x82\xac" },
		{ "a\xff" "b", 3, "a\\\\xffb", "a\\xffb" },
		{ "\xe2\x82", 2, "\\\\xe2\\\\x82", "\\xe2\\x82" },
		{ "\xc0\xaf", 2, "\\\\xc0\\\\xaf", "\\xc0\\xaf" },
		{ "\xed\xa0\x80", 3, "\\\\xed\\\\xa0\\\\x80",
		  "\\xed\\xa0\\x80" },
		{ "a\0b", 3, "a\\\\x00b", "a\\x00b" },
		{ "\t\xfe\n", 3, "\\t\\\\xfe\\n", "\t\\xfe\n" },
		{ "\xc3\xa9\xff\xe2\x82\xac", 6, "\xc3\xa9\\\\xff\xe2\x82\xac",
		  "\xc3\xa9\\xff\xe2\x82\xac" },
		{ "\\x41", 4, "\\\\x41", "\\x41" },
	};
	struct field_value	 f[1];
	struct buf		 b;
	size_t			 i, bad;

	buf_init(&b);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		buf_reset(&b);
		copy_escape_utf8(&b, cases[i].in, cases[i].len);
		if (strcmp(b.data, cases[i].copy) != 0)
			fail_msg("case %zu: wrote '%s', expected '%s'", i,
			    b.data, cases[i].copy);
		/* The COPY text is valid UTF-8, and so is its decoding. */
		assert_int_equal(val_utf8_check(b.data, b.len, &bad), 0);
		assert_int_equal(copy_split(b.data, b.len, f, 1), 1);
		assert_int_equal(f[0].len, strlen(cases[i].decoded));
		assert_memory_equal(f[0].data, cases[i].decoded, f[0].len);
	}
	buf_reset(&b);
	copy_escape_utf8(&b, NULL, 0);
	assert_string_equal(b.data, "\\N");
	buf_free(&b);
}

/*
 * Binary COPY (daemon/copybin.c).  The values' text is checked against
 * the server in tests/integration/copy-binary.sh; here the framing, and
 * that bad bytes give an error, never a crash or a read out of bounds.
 */
static const unsigned char bin_header[] = {
	'P', 'G', 'C', 'O', 'P', 'Y', '\n', 0xff, '\r', '\n', 0,
	0, 0, 0, 0,	/* flags */
	0, 0, 0, 0	/* no extension */
};

/* A row of an int8 (-2), a timestamptz (1 us after 2000), a NULL. */
static const unsigned char bin_row[] = {
	0, 3,
	0, 0, 0, 8, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe,
	0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 1,
	0xff, 0xff, 0xff, 0xff
};

static const enum copybin_kind bin_kinds[] = {
	CB_INT8, CB_TIMESTAMPTZ, CB_TEXT
};

static void
test_copybin_frames(void **state)
{
	struct field_value	 f[3];
	struct copybin		 cb;
	unsigned char		 msg[sizeof bin_header + sizeof bin_row];
	const unsigned char	 trailer[] = { 0xff, 0xff };
	char			*cause = NULL;

	/* The header arrives with the first row. */
	memcpy(msg, bin_header, sizeof bin_header);
	memcpy(msg + sizeof bin_header, bin_row, sizeof bin_row);
	copybin_init(&cb);
	assert_int_equal(copybin_row(&cb, (const char *)msg, sizeof msg,
	    bin_kinds, f, 3, &cause), 3);
	FIELD_IS(&f[0], "-2");
	FIELD_IS(&f[1], "2000-01-01 00:00:00.000001+00");
	assert_null(f[2].data);
	/* Then rows alone, then the trailer. */
	assert_int_equal(copybin_row(&cb, (const char *)bin_row,
	    sizeof bin_row, bin_kinds, f, 3, &cause), 3);
	FIELD_IS(&f[0], "-2");
	assert_int_equal(copybin_row(&cb, (const char *)trailer,
	    sizeof trailer, bin_kinds, f, 3, &cause), 0);
	assert_null(cause);
	/* Nothing may follow the trailer. */
	assert_int_equal(copybin_row(&cb, (const char *)bin_row,
	    sizeof bin_row, bin_kinds, f, 3, &cause), -1);
	assert_non_null(cause);
	free(cause);
	copybin_free(&cb);
}

static void
test_copybin_bad(void **state)
{
	struct field_value	 f[3];
	struct copybin		 cb;
	unsigned char		 msg[sizeof bin_header + sizeof bin_row];
	char			*cause;
	size_t			 cut, i;
	unsigned		 seed = 1;

	memcpy(msg, bin_header, sizeof bin_header);
	memcpy(msg + sizeof bin_header, bin_row, sizeof bin_row);
	/* Every message cut short is refused with a reason. */
	for (cut = 0; cut < sizeof msg; cut++) {
		copybin_init(&cb);
		cause = NULL;
		if (cut == sizeof bin_header)
			/* The header alone is a message without a row. */
			assert_int_equal(copybin_row(&cb, (const char *)msg,
			    cut, bin_kinds, f, 3, &cause), 0);
		else
			assert_int_equal(copybin_row(&cb, (const char *)msg,
			    cut, bin_kinds, f, 3, &cause), -1);
		free(cause);
		copybin_free(&cb);
	}
	/* A row of another width, or a value not of its type's size. */
	copybin_init(&cb);
	cause = NULL;
	assert_int_equal(copybin_row(&cb, (const char *)msg, sizeof msg,
	    bin_kinds, f, 2, &cause), -1);
	like_cause(cause, "3 columns, expected 2");
	copybin_free(&cb);
	copybin_init(&cb);
	cause = NULL;
	msg[sizeof bin_header + 5] = 4;
	assert_int_equal(copybin_row(&cb, (const char *)msg, sizeof msg,
	    bin_kinds, f, 3, &cause), -1);
	free(cause);
	copybin_free(&cb);
	/* Random bytes after a good header, read as every kind. */
	for (i = 0; i < 20000; i++) {
		enum copybin_kind k[1];
		unsigned char r[40] = { 0, 1, 0, 0, 0, 0 };
		size_t j, n;

		k[0] = (enum copybin_kind)(i % (CB_JSONB + 1));
		n = 6 + (seed = seed * 1103515245 + 12345) % 34;
		r[5] = (unsigned char)(n - 6);
		for (j = 6; j < n; j++)
			r[j] = (unsigned char)((seed = seed * 1103515245 +
			    12345) >> 16);
		copybin_init(&cb);
		cb.started = 1;
		cause = NULL;
		if (copybin_row(&cb, (const char *)r, n, k, f, 1, &cause) == 1)
			assert_true(f[0].data != NULL);
		else
			assert_non_null(cause);
		free(cause);
		copybin_free(&cb);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_copybin_frames),
		cmocka_unit_test(test_copybin_bad),
		cmocka_unit_test(test_split_plain),
		cmocka_unit_test(test_split_null),
		cmocka_unit_test(test_split_escapes),
		cmocka_unit_test(test_split_escaped_tab_is_no_separator),
		cmocka_unit_test(test_split_trailing_newline),
		cmocka_unit_test(test_split_field_count),
		cmocka_unit_test(test_split_empty_fields),
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_escape_round_trip),
		cmocka_unit_test(test_escape_utf8),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
