/*
 * test_transport.c -- the pure helpers of notifiers/transport.c: the
 * webhook signature (HMAC-SHA256), RFC 2047 header encoding and the
 * envelope sender.  Delivery itself is tested against real servers in
 * tests/integration.
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
#include "notifiers/transport.h"

#define LIT(s)	(s), (sizeof(s) - 1)

static void
sign_is(const char *key, size_t keylen, const char *ts, const char *body,
    size_t len, const char *want)
{
	char	 hex[65];

	memset(hex, 'Z', sizeof hex);
	webhook_sign(key, keylen, ts, body, len, hex);
	if (strlen(hex) != 64 || strcmp(hex, want) != 0)
		fail_msg("webhook_sign(ts '%s') is '%.65s', expected '%s'", ts,
		    hex, want);
}

static void
test_sign(void **state)
{
	char	 key[131];

	(void)state;

	/*
	 * RFC 4231 test case 7: a 131-byte key (hashed first, being longer
	 * than the block) and data with a '.', split there into ts and body.
	 */
	memset(key, 0xaa, sizeof key);
	sign_is(key, sizeof key, "This is a test using a larger than "
	    "block-size key and a larger than block-size data",
	    LIT(" The key needs to be hashed before being used by the HMAC "
	    "algorithm."),
	    "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");

	/*
	 * Computed with
	 *	printf '%s' '1700000000.{"a":1}' |
	 *	    openssl dgst -sha256 -hmac whsec_test
	 * and checked with Python's hmac module.
	 */
	sign_is(LIT("whsec_test"), "1700000000", LIT("{\"a\":1}"),
	    "38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789");

	/* A 100-byte key ("k" x 100), longer than the 64-byte block. */
	memset(key, 'k', 100);
	sign_is(key, 100, "1700000001",
	    LIT("{\"run\":12,\"jurisdiction\":\"EU\"}"),
	    "68dae80bfc6705d81ffe63fccff9f49d28738b1c66de2e1b7d0a6308dc6066e4");

	/* An empty body still signs "ts.". */
	sign_is(LIT("empty-body"), "1700000002", "", 0,
	    "f9bf73b9dbdb78881a7e2c400b08a5e9f5a5a1a7e3c17fd2242d1d74bb957683");

	/* The body is len bytes, NULs included: printf '1.a\0b'. */
	sign_is(LIT("k"), "1", LIT("a\0b"),
	    "314cff594a3c35f214d16590d400c4ded1017c811d53496a784e390a7cd06d5d");
	/* ... and not one byte more. */
	sign_is(LIT("k"), "1", "a\0bXYZ", 3,
	    "314cff594a3c35f214d16590d400c4ded1017c811d53496a784e390a7cd06d5d");
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Complete, well-formed UTF-8 sequences only. */
static int
utf8_whole(const unsigned char *s, size_t len)
{
	size_t	 i, j, n;

	for (i = 0; i < len; i += n) {
		if (s[i] < 0x80)
			n = 1;
		else if (s[i] >= 0xc2 && s[i] <= 0xdf)
			n = 2;
		else if (s[i] >= 0xe0 && s[i] <= 0xef)
			n = 3;
		else if (s[i] >= 0xf0 && s[i] <= 0xf4)
			n = 4;
		else
			return 0;
		if (i + n > len)
			return 0;
		for (j = 1; j < n; j++)
			if ((s[i + j] & 0xc0) != 0x80)
				return 0;
	}
	return 1;
}

/*
 * Decode the output of mail_encode_header: encoded words folded with
 * "\r\n ".  Checks the form of every word on the way; when whole is set,
 * every word must also decode to whole UTF-8 sequences.
 */
static void
q_decode(const char *in, struct buf *out, int whole)
{
	const char	*p = in, *end, *t;
	size_t		 start, words = 0;
	int		 hi, lo = 0;

	for (;;) {
		if (strncmp(p, "=?UTF-8?Q?", 10) != 0)
			fail_msg("encoded word %zu does not start with "
			    "=?UTF-8?Q?: '%s'", words, p);
		if ((end = strstr(p + 10, "?=")) == NULL)
			fail_msg("encoded word %zu has no end: '%s'", words, p);
		if (end + 2 - p > 75)
			fail_msg("encoded word %zu is %d characters: '%.*s'",
			    words, (int)(end + 2 - p), (int)(end + 2 - p), p);
		start = out->len;
		for (t = p + 10; t < end; t++) {
			if (*t == '_')
				buf_addc(out, ' ');
			else if (*t == '=') {
				if ((hi = hexval(t[1])) == -1 ||
				    (lo = hexval(t[2])) == -1)
					fail_msg("bad =XX in '%.*s'",
					    (int)(end + 2 - p), p);
				buf_addc(out, (char)(hi << 4 | lo));
				t += 2;
			} else if ((*t >= 'a' && *t <= 'z') ||
			    (*t >= 'A' && *t <= 'Z') ||
			    (*t >= '0' && *t <= '9') ||
			    strchr("!*+-/", *t) != NULL)
				buf_addc(out, *t);
			else
				fail_msg("byte 0x%02x must be encoded in "
				    "'%.*s'", (unsigned char)*t,
				    (int)(end + 2 - p), p);
		}
		if (whole && !utf8_whole((unsigned char *)out->data + start,
		    out->len - start))
			fail_msg("encoded word %zu splits a UTF-8 sequence: "
			    "'%.*s'", words, (int)(end + 2 - p), p);
		words++;
		p = end + 2;
		if (*p == '\0')
			break;
		if (strncmp(p, "\r\n ", 3) != 0)
			fail_msg("encoded words not folded with CRLF SP: '%s'",
			    p);
		p += 3;
	}
	buf_addc(out, '\0');
	out->len--;
}

/* s must come out encoded and decode back to itself. */
static void
round_trip(const char *s, int whole)
{
	struct buf	 enc, dec;

	buf_init(&enc);
	buf_init(&dec);
	mail_encode_header(&enc, s);
	buf_addc(&enc, '\0');
	q_decode(enc.data, &dec, whole);
	if (dec.len != strlen(s) || memcmp(dec.data, s, dec.len) != 0)
		fail_msg("'%s' encodes to '%s', which decodes to '%s'", s,
		    enc.data, dec.data);
	buf_free(&enc);
	buf_free(&dec);
}

static char *
encode(const char *s)
{
	struct buf	 b;

	buf_init(&b);
	mail_encode_header(&b, s);
	buf_addc(&b, '\0');
	return b.data;
}

static void
plain_is(const char *s)
{
	char	*e;

	e = encode(s);
	if (strcmp(e, s) != 0)
		fail_msg("'%s' should stay as is, became '%s'", s, e);
	free(e);
}

static void
test_encode_ascii(void **state)
{
	(void)state;
	plain_is("Steward report: EU - 12 findings");
	plain_is("");
	plain_is("a_b?c=d (x) [y] \"z\" <r12-EU-mail.host@steward>");
	plain_is("100% ok?");
	plain_is("=");
	plain_is("?=");
}

static void
test_encode_utf8(void **state)
{
	static const char	 subject[] =
	    "Steward report: M\xc3\xbcller \xe2\x80\x93 12 findings";
	char			*e;

	(void)state;
	e = encode(subject);
	assert_memory_equal(e, "=?UTF-8?Q?", 10);
	/* ü is =C3=BC, – is =E2=80=93, a space is _ */
	assert_non_null(strstr(e, "M=C3=BCller_=E2=80=93_12"));
	free(e);
	round_trip(subject, 1);
	round_trip("\xc3\xa9", 1);
	round_trip("Stra\xc3\x9f" "e 1, K\xc3\xb8" "benhavn, \xe5\x8c\x97\xe4"
	    "\xba\xac, \xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0", 1);
	/* Specials of the Q encoding itself. */
	round_trip("\xc3\xa9 a_b=c?d \"e\" (f) <g> ,;:.@[]", 1);
}

static void
test_encode_long(void **state)
{
	struct buf	 s;
	char		*e;
	size_t		 i, shift;

	(void)state;

	/* 100 é: 200 bytes, 600 encoded characters, many words. */
	buf_init(&s);
	for (i = 0; i < 100; i++)
		buf_adds(&s, "\xc3\xa9");
	round_trip(s.data, 1);
	e = encode(s.data);
	assert_non_null(strstr(e, "\r\n "));
	free(e);

	/* Every alignment of 2-, 3- and 4-byte sequences to word ends. */
	for (shift = 0; shift < 4; shift++) {
		buf_reset(&s);
		for (i = 0; i < shift; i++)
			buf_addc(&s, 'a');
		for (i = 0; i < 60; i++)
			buf_adds(&s, "\xf0\x9f\x98\x80");	/* U+1F600 */
		round_trip(s.data, 1);

		buf_reset(&s);
		for (i = 0; i < shift; i++)
			buf_addc(&s, 'a');
		for (i = 0; i < 60; i++)
			buf_adds(&s, "\xe2\x82\xac");	/* € */
		round_trip(s.data, 1);

		buf_reset(&s);
		for (i = 0; i < shift; i++)
			buf_addc(&s, 'a');
		for (i = 0; i < 60; i++)
			buf_adds(&s, "x \xc3\xa9\xf0\x9f\x93\x8b");
		round_trip(s.data, 1);
	}

	/* Long ASCII with specials, and very long plain ASCII. */
	buf_reset(&s);
	for (i = 0; i < 40; i++)
		buf_adds(&s, "a=?b_c ");
	round_trip(s.data, 1);
	buf_reset(&s);
	for (i = 0; i < 1000; i++)
		buf_addc(&s, (char)('a' + i % 26));
	round_trip(s.data, 1);
	buf_free(&s);
}

static void
test_encode_malformed(void **state)
{
	(void)state;
	/* Not UTF-8: the bytes still survive, nothing is read past NUL. */
	round_trip("caf\xc3", 0);
	round_trip("\xe2\x82", 0);
	round_trip("\xf0\x9f\x98", 0);
	round_trip("a\xc3" "b", 0);
	round_trip("\xa9\xa9\xa9 lone continuation bytes", 0);
	round_trip("\xff\xfe latin1 caf\xe9", 0);
}

static void
test_encode_specials(void **state)
{
	char	*e;

	(void)state;
	/* Something that looks like an encoded word is encoded itself. */
	e = encode("see =?UTF-8?Q?x?= here");
	assert_memory_equal(e, "=?UTF-8?Q?", 10);
	assert_null(strstr(e, "=?UTF-8?Q?x?="));
	free(e);
	round_trip("see =?UTF-8?Q?x?= here", 1);
	round_trip("=?", 1);
}

/* No control character anywhere but in the CRLF SP folds. */
static void
no_raw_control(const char *s)
{
	char		*e;
	const char	*p;
	int		 c;

	e = encode(s);
	for (p = e; *p != '\0'; p++) {
		if (p[0] == '\r' && p[1] == '\n' && p[2] == ' ' && p > e &&
		    p[-1] == '=' && p[-2] == '?') {
			p += 2;
			continue;
		}
		if ((unsigned char)*p < 0x20 || *p == 0x7f) {
			c = (unsigned char)*p;
			free(e);
			fail_msg("control byte 0x%02x of '%s' is raw in the "
			    "header", c, s);
		}
	}
	free(e);
}

static void
test_encode_control(void **state)
{
	char	 s[8];
	int	 c;

	(void)state;
	no_raw_control("a\tb");
	no_raw_control("a\nb");
	no_raw_control("Report\r\nBcc: everyone@example.org");
	no_raw_control("\xc3\xa9\r\n");
	round_trip("a\tb\nc\rd", 1);
	for (c = 1; c < 0x20; c++) {
		snprintf(s, sizeof s, "x%cy", c);
		no_raw_control(s);
		round_trip(s, 1);
	}
}

/* DEL (0x7f) is a control character too (RFC 5322 VCHAR ends at 0x7e). */
static void
test_encode_del(void **state)
{
	(void)state;
	no_raw_control("a\x7f" "b");
	round_trip("a\x7f" "b", 1);
}

static void
from_is(const char *in, const char *want)
{
	char	*got;

	got = mail_envelope_from(in);
	if (strcmp(got, want) != 0)
		fail_msg("mail_envelope_from('%s') is '%s', expected '%s'", in,
		    got, want);
	free(got);
}

static void
test_envelope_from(void **state)
{
	(void)state;
	from_is("Steward <s@x.org>", "<s@x.org>");
	from_is("s@x.org", "<s@x.org>");
	from_is("<s@x.org>", "<s@x.org>");
	from_is("\"Steward <bot>\" <s@x.org>", "<s@x.org>");
	from_is("Steward Reports<reports@example.com>",
	    "<reports@example.com>");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sign),
		cmocka_unit_test(test_encode_ascii),
		cmocka_unit_test(test_encode_utf8),
		cmocka_unit_test(test_encode_long),
		cmocka_unit_test(test_encode_malformed),
		cmocka_unit_test(test_encode_specials),
		cmocka_unit_test(test_encode_control),
		cmocka_unit_test(test_encode_del),
		cmocka_unit_test(test_envelope_from),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
