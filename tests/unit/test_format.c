/*
 * test_format.c -- CSV and JSON quoting (lib/format.c), the UTF-8
 * validator (lib/utf8.c) and the blank test (validators/basic.c).
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

#include "lib/util.h"
#include "lib/format.h"
#include "validators/basic.h"
#include "lib/utf8.h"

#define LIT(s)	(s), (sizeof(s) - 1)

static void
csv_is(const char *in, size_t len, const char *want)
{
	struct buf	 b;

	buf_init(&b);
	fmt_csv_field(&b, in, len);
	if (b.len != strlen(want) || (b.len > 0 && strcmp(b.data, want) != 0))
		fail_msg("csv '%.*s' gave '%s', expected '%s'", (int)len, in,
		    b.data != NULL ? b.data : "", want);
	buf_free(&b);
}

static void
json_is(const char *in, size_t len, const char *want)
{
	struct buf	 b;

	buf_init(&b);
	fmt_json_string(&b, in, len);
	if (b.len != strlen(want) || strcmp(b.data, want) != 0)
		fail_msg("json of %zu bytes gave '%s', expected '%s'", len,
		    b.data, want);
	buf_free(&b);
}

static void
test_csv(void **state)
{
	struct buf	 b;

	csv_is(LIT("plain"), "plain");
	csv_is(LIT(""), "");
	csv_is(LIT("mid space"), "mid space");
	csv_is(LIT("tab\there"), "tab\there");
	csv_is(LIT("J\xc3\xa9r\xc3\xb4me"), "J\xc3\xa9r\xc3\xb4me");
	csv_is(LIT("a,b"), "\"a,b\"");
	csv_is(LIT("say \"hi\""), "\"say \"\"hi\"\"\"");
	csv_is(LIT("\""), "\"\"\"\"");
	csv_is(LIT("\"\""), "\"\"\"\"\"\"");
	csv_is(LIT("line\nbreak"), "\"line\nbreak\"");
	csv_is(LIT("cr\rhere"), "\"cr\rhere\"");
	csv_is(LIT("crlf\r\n"), "\"crlf\r\n\"");
	csv_is(LIT(" lead"), "\" lead\"");
	csv_is(LIT("trail "), "\"trail \"");
	csv_is(LIT(" "), "\" \"");
	csv_is(LIT(","), "\",\"");
	/* Only the given length counts. */
	csv_is("a,b", 1, "a");

	/* Fields append: a whole row. */
	buf_init(&b);
	fmt_csv_field(&b, LIT("1"));
	buf_addc(&b, ',');
	fmt_csv_field(&b, LIT("Meier, Anna"));
	buf_addc(&b, ',');
	fmt_csv_field(&b, LIT("x"));
	assert_string_equal(b.data, "1,\"Meier, Anna\",x");
	buf_free(&b);
}

static void
test_json_escapes(void **state)
{
	json_is(LIT(""), "\"\"");
	json_is(LIT("plain"), "\"plain\"");
	json_is(LIT("a\"b\\c/d"), "\"a\\\"b\\\\c/d\"");
	json_is(LIT("\n\r\t"), "\"\\n\\r\\t\"");
	json_is(LIT("\x01\x08\x0c\x1b\x1f"),
	    "\"\\u0001\\u0008\\u000c\\u001b\\u001f\"");
	json_is(LIT("a\0b"), "\"a\\u0000b\"");
	json_is(LIT("\0"), "\"\\u0000\"");
	json_is(LIT(" ~\x7f"), "\" ~\x7f\"");
}

static void
test_json_utf8(void **state)
{
	/* Valid multibyte text is kept as it is. */
	json_is(LIT("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"),
	    "\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"");
	json_is(LIT("\xef\xbf\xbf\xf4\x8f\xbf\xbf"),
	    "\"\xef\xbf\xbf\xf4\x8f\xbf\xbf\"");
	/* Each invalid byte becomes U+FFFD. */
	json_is(LIT("\xff"), "\"\xef\xbf\xbd\"");
	json_is(LIT("a\xff" "b"), "\"a\xef\xbf\xbd" "b\"");
	json_is(LIT("\xc0\x80"), "\"\xef\xbf\xbd\xef\xbf\xbd\"");
	json_is(LIT("\xed\xa0\x80"),
	    "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"");
	json_is(LIT("x\xc3"), "\"x\xef\xbf\xbd\"");
	json_is(LIT("\xc3\"\n"), "\"\xef\xbf\xbd\\\"\\n\"");
	json_is(LIT("\xc3\xa9\xfe\xc3\xa9"),
	    "\"\xc3\xa9\xef\xbf\xbd\xc3\xa9\"");
}

/* Whatever the input bytes, the output is valid UTF-8 without controls. */
static void
test_json_any_byte(void **state)
{
	struct buf	 b;
	char		 in[3];
	size_t		 i, j, bad;

	buf_init(&b);
	for (i = 0; i < 256; i++) {
		in[0] = 'a';
		in[1] = (char)i;
		in[2] = 'z';
		buf_reset(&b);
		fmt_json_string(&b, in, 3);
		if (val_utf8_check(b.data, b.len, &bad) != 0)
			fail_msg("byte 0x%02zx: output not UTF-8 at %zu", i,
			    bad);
		assert_true(b.len >= 5);
		assert_int_equal(b.data[0], '"');
		assert_int_equal(b.data[b.len - 1], '"');
		assert_int_equal(b.data[1], 'a');
		assert_int_equal(b.data[b.len - 2], 'z');
		for (j = 0; j < b.len; j++)
			if ((unsigned char)b.data[j] < 0x20)
				fail_msg("byte 0x%02zx: raw control in output",
				    i);
	}
	buf_free(&b);
}

static void
utf8_ok(const char *s, size_t len)
{
	size_t	 bad = 12345;

	if (val_utf8_check(s, len, &bad) != 0)
		fail_msg("valid %zu-byte input rejected at %zu", len, bad);
}

static void
utf8_bad(const char *s, size_t len, size_t want)
{
	size_t	 bad = 12345;

	if (val_utf8_check(s, len, &bad) != -1)
		fail_msg("invalid %zu-byte input accepted (bad byte at %zu)",
		    len, want);
	if (bad != want)
		fail_msg("bad byte reported at %zu, expected %zu", bad, want);
}

static void
test_utf8_valid(void **state)
{
	utf8_ok(LIT(""));
	utf8_ok(LIT("a"));
	utf8_ok(LIT("\x7f"));
	utf8_ok(LIT("\xc2\x80"));			/* U+0080 */
	utf8_ok(LIT("\xdf\xbf"));			/* U+07FF */
	utf8_ok(LIT("\xe0\xa0\x80"));			/* U+0800 */
	utf8_ok(LIT("\xed\x9f\xbf"));			/* U+D7FF */
	utf8_ok(LIT("\xee\x80\x80"));			/* U+E000 */
	utf8_ok(LIT("\xef\xbf\xbf"));			/* U+FFFF */
	utf8_ok(LIT("\xf0\x90\x80\x80"));		/* U+10000 */
	utf8_ok(LIT("\xf4\x8f\xbf\xbf"));		/* U+10FFFF */
	utf8_ok(LIT("M\xc3\xbcller \xe2\x82\xac \xf0\x9f\x98\x80!"));
	/* Only len bytes are read: a bad byte beyond it does not count. */
	utf8_ok("ab\xff", 2);
	utf8_ok("\xc3\xa9\xc3", 2);
}

static void
test_utf8_invalid(void **state)
{
	/* Overlong forms. */
	utf8_bad(LIT("\xc0\x80"), 0);
	utf8_bad(LIT("\xc1\xbf"), 0);
	utf8_bad(LIT("\xe0\x80\x80"), 0);
	utf8_bad(LIT("\xe0\x9f\xbf"), 0);
	utf8_bad(LIT("\xf0\x80\x80\x80"), 0);
	utf8_bad(LIT("\xf0\x8f\xbf\xbf"), 0);
	/* Surrogates. */
	utf8_bad(LIT("\xed\xa0\x80"), 0);
	utf8_bad(LIT("\xed\xbf\xbf"), 0);
	utf8_bad(LIT("ok\xed\xb0\x80"), 2);
	/* Beyond U+10FFFF and lead bytes that cannot start a sequence. */
	utf8_bad(LIT("\xf4\x90\x80\x80"), 0);
	utf8_bad(LIT("\xf5\x80\x80\x80"), 0);
	utf8_bad(LIT("\xf7\xbf\xbf\xbf"), 0);
	utf8_bad(LIT("\xf8\x88\x80\x80\x80"), 0);
	utf8_bad(LIT("\xfc\x84\x80\x80\x80\x80"), 0);
	utf8_bad(LIT("\xfe"), 0);
	utf8_bad(LIT("\xff"), 0);
	/* Lone or stray continuation bytes. */
	utf8_bad(LIT("\x80"), 0);
	utf8_bad(LIT("a\xbf"), 1);
	utf8_bad(LIT("\xc3\xa9\xa9"), 2);
	/* Truncated sequences, at the end and before other bytes. */
	utf8_bad(LIT("ab\xc3"), 2);
	utf8_bad(LIT("ab\xe2\x82"), 2);
	utf8_bad(LIT("ab\xf0\x9f\x98"), 2);
	utf8_bad(LIT("\xc3("), 0);
	utf8_bad(LIT("\xe2\x82("), 0);
	utf8_bad(LIT("\xf0\x9f\x98("), 0);
	utf8_bad(LIT("\xe2\x82\xac\xe2\x82\xac\xe2"), 6);
	/* NUL is refused: values and config files must not hold it. */
	utf8_bad(LIT("\0"), 0);
	utf8_bad(LIT("a\0b"), 1);
	utf8_bad(LIT("abc\xe2\x82\xac" "d\xff"), 7);
}

/*
 * The validator takes eight ASCII bytes at a time.  A bad byte (a high
 * byte or NUL) at every offset of a 16-byte buffer must be found at
 * exactly that offset, whichever word and lane it falls in.
 */
static void
test_utf8_fast_path(void **state)
{
	static const unsigned char	 bad_bytes[] = {
		0xff, 0x80, 0x00, 0xc3
	};
	char				 buf[24];
	size_t				 off, len, k;

	for (k = 0; k < sizeof bad_bytes; k++)
		for (off = 0; off < 16; off++) {
			memset(buf, 'a', 16);
			buf[off] = (char)bad_bytes[k];
			if (bad_bytes[k] == 0xc3 && off < 15)
				buf[off + 1] = '(';
			utf8_bad(buf, 16, off);
		}

	/* All ASCII at every length up to 24, and a bad last byte. */
	for (len = 1; len <= 24; len++) {
		memset(buf, 'x', sizeof buf);
		utf8_ok(buf, len);
		buf[len - 1] = (char)0xff;
		utf8_bad(buf, len, len - 1);
	}

	/* Multibyte sequences straddling an eight-byte boundary. */
	for (off = 0; off < 14; off++) {
		memset(buf, 'a', sizeof buf);
		memcpy(buf + off, "\xf0\x9f\x98\x80", 4);
		utf8_ok(buf, 20);
		buf[19] = (char)0xfe;
		utf8_bad(buf, 20, 19);
		memcpy(buf + off, "\xe2\x82\xac", 3);
		buf[off + 3] = 0;
		utf8_bad(buf, 20, off + 3);
	}
}

static void
test_blank(void **state)
{
	assert_int_equal(val_blank(LIT("")), 1);
	assert_int_equal(val_blank(NULL, 0), 1);
	assert_int_equal(val_blank(LIT(" ")), 1);
	assert_int_equal(val_blank(LIT("  \t")), 1);
	assert_int_equal(val_blank(LIT(" \t\r\n\v\f")), 1);
	assert_int_equal(val_blank(LIT("a")), 0);
	assert_int_equal(val_blank(LIT("  a  ")), 0);
	assert_int_equal(val_blank(LIT("\t.")), 0);
	/* Unicode white space is blank too: NBSP, NEL, U+2000..200A, ... */
	assert_int_equal(val_blank(LIT("\xc2\xa0")), 1);
	assert_int_equal(val_blank(LIT("\xc2\x85")), 1);
	assert_int_equal(val_blank(LIT("\xe3\x80\x80 \xe2\x80\x8a")), 1);
	assert_int_equal(val_blank(LIT("\xe2\x80\xa8\xe2\x80\xa9\xe2\x80\xaf"
	    "\xe2\x81\x9f\xe1\x9a\x80")), 1);
	/* ...but not other characters, nor a truncated sequence, nor NUL. */
	assert_int_equal(val_blank(LIT("\xe2\x80\x8b")), 0);	/* ZWSP */
	assert_int_equal(val_blank(LIT("\xe3\x80\x81")), 0);	/* 、 */
	assert_int_equal(val_blank(LIT("\xc2\xa1")), 0);
	assert_int_equal(val_blank("\xe3\x80\x80", 2), 0);
	assert_int_equal(val_blank(LIT(" \0")), 0);
	/* Only the given length counts. */
	assert_int_equal(val_blank("  x", 2), 1);
}

static void
mask_is(const char *in, const char *field, const char *want)
{
	struct buf	 b;

	buf_init(&b);
	fmt_mask(&b, in, in != NULL ? strlen(in) : 0, field);
	if (strcmp(b.data != NULL ? b.data : "", want) != 0)
		fail_msg("mask(%s, %s) = '%s', want '%s'", in ? in : "NULL",
		    field, b.data ? b.data : "", want);
	buf_free(&b);
}

static void
test_mask(void **state)
{
	mask_is("john.doe@example.com", "email", "j***@example.com");
	mask_is("\xc3\xa9lise@web.de", "email", "\xc3\xa9***@web.de");
	mask_is("anna.schmidt.web.de", "email", "a***");	/* no domain */
	mask_is("+49 30 1234567", "phone", "+49 3* *****67");
	mask_is("(030) 123-45", "phone", "(030) ***-45");
	mask_is("1985-03-12", "birth_date", "1985-**-**");
	mask_is("31.02.1990", "birth_date", "**.**.1990");
	mask_is("12/25/85", "birth_date", "**/**/**");
	mask_is("M\xc3\xbcller", "last_name", "M***");
	mask_is("\xe7\x8e\x8b\xe4\xbc\x9f", "first_name", "\xe7\x8e\x8b***");
	mask_is("SW1A 1AA", "postal_code", "S***");
	mask_is("DE", "country", "DE");
	mask_is(NULL, "email", "NULL");
	mask_is("", "email", "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_mask),
		cmocka_unit_test(test_json_escapes),
		cmocka_unit_test(test_json_utf8),
		cmocka_unit_test(test_json_any_byte),
		cmocka_unit_test(test_utf8_valid),
		cmocka_unit_test(test_utf8_invalid),
		cmocka_unit_test(test_utf8_fast_path),
		cmocka_unit_test(test_blank),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
