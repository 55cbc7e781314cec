/*
 * test_phone.c -- the phone validator (validators/phone.c).
 *
 * Each case was checked by hand against the national numbering plans and
 * against libphonenumber 8.12.57 (python3-phonenumbers); where Steward
 * departs from libphonenumber on purpose the case says so.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "lib/util.h"
#include "validators/phone.h"
#include "validators/validate.h"

struct pcase {
	const char	*country;	/* NULL: none for the record */
	const char	*in;
	const char	*want;		/* "+..." if valid, else reason */
	const char	*note;		/* expected note, or NULL */
};

static const struct pcase cases[] = {
	/* Germany: trunk prefix 0, international prefix 00. */
	{ "DE", "030 123456", "+4930123456", NULL },
	{ "DE", "+49 30 123456", "+4930123456", NULL },
	{ "DE", "0049 30 123456", "+4930123456", NULL },
	{ "DE", "+49 (0)30 123456", "+4930123456", NULL },
	{ "DE", "030/123456-7", "+49301234567", NULL },
	{ "DE", "0151 23456789", "+4915123456789", NULL },
	{ "DE", "0800 1234567", "+498001234567", NULL },
	{ "DE", "030 123456 ext. 42", "+4930123456", "extension" },
	{ "DE", "030 123456 x42", "+4930123456", "extension" },
	{ "DE", "030 123456#42", "+4930123456", "extension" },
	{ "DE", "030-123456;ext=42", "+4930123456", "extension" },
	{ "DE", "4930123456", "+4930123456", NULL },	/* code, no "+" */
	{ "de", "030 123456", "+4930123456", NULL },
	{ "DE", "+0049 30 123456", "+4930123456", NULL },
	{ "DE", "030", "missing-area-code", NULL },
	{ "DE", "030 12345678901234567890", "too-long", NULL },
	{ "DE", "+49 3", "too-short", NULL },
	/* libphonenumber reads letters as a keypad; Steward refuses them. */
	{ "DE", "+49 30 ABC", "bad-character", NULL },
	{ "DE", "030 123456 ext", "bad-extension", NULL },
	{ "DE", "030 123456 x 123456789012345678901", "bad-extension", NULL },
	{ "DE", "++49 30 123456", "bad-character", NULL },
	{ "DE", "030 + 123456", "bad-character", NULL },
	{ "DE", "+999 123456", "no-such-country-code", NULL },
	{ "DE", "+0 123456", "no-such-country-code", NULL },
	{ "DE", "+", "too-short", NULL },
	{ "DE", "-", "empty", NULL },
	/* United Kingdom, and the Crown dependencies sharing +44. */
	{ "GB", "020 7946 0018", "+442079460018", NULL },
	{ "GB", "+44 (0)20 7946 0018", "+442079460018", NULL },
	{ "GB", "07400 123456", "+447400123456", NULL },
	{ "GB", "07400 12345", "invalid-number", NULL },
	{ "GB", "01624 756789", "+441624756789", "other-country" },
	{ "GB", "+44 20 7946 001", "invalid-number", NULL },
	{ "GB", "020 7946 00189", "too-long", NULL },
	/* United States: trunk prefix 1, international prefix 011. */
	{ "US", "(201) 555-0123", "+12015550123", NULL },
	{ "US", "201.555.0123", "+12015550123", NULL },
	{ "US", "1 201 555 0123", "+12015550123", NULL },
	{ "US", "+1 201 555 0123", "+12015550123", NULL },
	{ "US", "011 49 30 123456", "+4930123456", "other-country" },
	/* 00 is no US prefix: libphonenumber reads it nationally, so do we. */
	{ "US", "0049 30 123456", "too-long", NULL },
	/* Colombia's prefixes are 00 and a carrier digit; 003... is national. */
	{ "CO", "003211234567", "invalid-number", NULL },
	{ "CO", "009 49 30 123456", "+4930123456", "other-country" },
	/* Decimal digits of any script (ICU): Bengali, Thai, Devanagari. */
	{ "BD", "\xe0\xa7\xa6\xe0\xa7\xa7\xe0\xa7\xad\xe0\xa7\xa7"
	    "\xe0\xa7\xa8\xe0\xa7\xa9\xe0\xa7\xaa\xe0\xa7\xab"
	    "\xe0\xa7\xac\xe0\xa7\xad\xe0\xa7\xae", "+8801712345678",
	    NULL },
	{ "TH", "\xe0\xb9\x90\xe0\xb9\x92 \xe0\xb9\x91\xe0\xb9\x92"
	    "\xe0\xb9\x93 \xe0\xb9\x94\xe0\xb9\x95\xe0\xb9\x96"
	    "\xe0\xb9\x97", "+6621234567", NULL },
	{ "DE", "\xe0\xa5\xa6\xe0\xa5\xa9\xe0\xa5\xa6 123456",
	    "+4930123456", NULL },
	/* Extension words of the shipped jurisdictions' languages. */
	{ "RU", "+7 495 123-45-67 \xd0\xb4\xd0\xbe\xd0\xb1. 123",
	    "+74951234567", "extension" },
	{ "RU", "+7 495 123-45-67 \xd0\x94\xd0\x9e\xd0\x91 123",
	    "+74951234567", "extension" },
	{ "BR", "(11) 2345-6789 ramal 22", "+551123456789", "extension" },
	{ "AR", "011 4123-4567 anexo 12", "+541141234567", "extension" },
	{ "CA", "613 555 0123 poste 4", "+16135550123", "extension" },
	{ "DE", "030 123456 Durchwahl 12", "+4930123456", "extension" },
	{ "DE", "030 123456 Dw. 12", "+4930123456", "extension" },
	{ "JP", "03-1234-5678 \xe5\x86\x85\xe7\xb7\x9a 12", "+81312345678",
	    "extension" },
	{ "CN", "010 1234 5678 \xe5\x88\x86\xe6\x9c\xba 8",
	    "+861012345678", "extension" },
	{ "DE", "030 123456 extra 12", "bad-character", NULL },
	/* RFC 3966 URIs. */
	{ NULL, "tel:+49-30-123456", "+4930123456", NULL },
	{ "DE", "TEL:+49-30-123456;ext=12", "+4930123456", "extension" },
	{ "DE", "tel:", "empty", NULL },
	{ "DE", "tel:tel:+49 30 123456", "bad-character", NULL },
	{ "DE", "030 123456 Durchwahl", "bad-extension", NULL },
	{ "US", "555-0123", "missing-area-code", NULL },
	{ "US", "(201) 555-012", "too-short", NULL },
	{ "US", "(604) 555-0123", "+16045550123", "other-country" },
	{ "US", "1-800-555-0199 x42", "+18005550199", "extension" },
	{ "US", "123-456-7890", "invalid-number", NULL },
	{ "US", "1-800-FLOWERS", "bad-character", NULL },
	/* France. */
	{ "FR", "01 23 45 67 89", "+33123456789", NULL },
	{ "FR", "06 12 34 56 78", "+33612345678", NULL },
	{ "FR", "+33 (0)6 12 34 56 78", "+33612345678", NULL },
	{ "FR", "0033 1 23 45 67 89", "+33123456789", NULL },
	{ "FR", "01 23 45 67", "too-short", NULL },
	{ "FR", "+33 1 23 45 67 89 0", "too-long", NULL },
	/* Japan: international prefix 010; full-width forms. */
	{ "JP", "03-1234-5678", "+81312345678", NULL },
	{ "JP", "090-1234-5678", "+819012345678", NULL },
	/* ＋８１　３－１２３４－５６７８ */
	{ "JP", "\xef\xbc\x8b\xef\xbc\x98\xef\xbc\x91\xe3\x80\x80\xef\xbc\x93"
	    "\xef\xbc\x8d\xef\xbc\x91\xef\xbc\x92\xef\xbc\x93\xef\xbc\x94"
	    "\xef\xbc\x8d\xef\xbc\x95\xef\xbc\x96\xef\xbc\x97\xef\xbc\x98",
	    "+81312345678", NULL },
	/* ０３（１２３４）５６７８ */
	{ "JP", "\xef\xbc\x90\xef\xbc\x93\xef\xbc\x88\xef\xbc\x91\xef\xbc\x92"
	    "\xef\xbc\x93\xef\xbc\x94\xef\xbc\x89\xef\xbc\x95\xef\xbc\x96"
	    "\xef\xbc\x97\xef\xbc\x98", "+81312345678", NULL },
	{ "JP", "010 49 30 123456", "+4930123456", "other-country" },
	/* China. */
	{ "CN", "010 1234 5678", "+861012345678", NULL },
	{ "CN", "138 0013 8000", "+8613800138000", NULL },
	{ "CN", "+86 138 0013 8000", "+8613800138000", NULL },
	{ "CN", "010 1234", "invalid-number", NULL },
	/* Russia: trunk prefix 8, international prefix 8~10; +7 with KZ. */
	{ "RU", "8 (812) 123-45-67", "+78121234567", NULL },
	{ "RU", "+7 912 345-67-89", "+79123456789", NULL },
	{ "RU", "8 912 345 67 89", "+79123456789", NULL },
	{ "RU", "+7 701 234 5678", "+77012345678", "other-country" },
	{ "RU", "8 10 49 30 123456", "+4930123456", "other-country" },
	/* Brazil: trunk prefix 0, with or without a carrier code. */
	{ "BR", "(11) 96123-4567", "+5511961234567", NULL },
	{ "BR", "+55 11 96123-4567", "+5511961234567", NULL },
	{ "BR", "0 11 96123-4567", "+5511961234567", NULL },
	{ "BR", "015 11 96123-4567", "+5511961234567", NULL },
	{ "BR", "(11) 6123-4567", "invalid-number", NULL },
	/* India. */
	{ "IN", "+91 98765 43210", "+919876543210", NULL },
	{ "IN", "098765 43210", "+919876543210", NULL },
	{ "IN", "011 2345 6789", "+911123456789", NULL },
	{ "IN", "98765 4321", "invalid-number", NULL },
	{ "IN", "\xe0\xa5\xaf\xe0\xa5\xae\xe0\xa5\xad\xe0\xa5\xac\xe0\xa5\xab"
	    " \xe0\xa5\xaa\xe0\xa5\xa9\xe0\xa5\xa8\xe0\xa5\xa7\xe0\xa5\xa6",
	    "+919876543210", NULL },		/* Devanagari digits */
	/* Indonesia. */
	{ "ID", "0812-345-678", "+62812345678", NULL },
	{ "ID", "+62 21 1234567", "+62211234567", NULL },
	{ "ID", "(021) 8350123", "+62218350123", NULL },
	/* Canada, sharing +1 with the US. */
	{ "CA", "604 555 0123", "+16045550123", NULL },
	{ "CA", "1 (604) 555-0123", "+16045550123", NULL },
	{ "CA", "+1 604 555 0123", "+16045550123", NULL },
	{ "CA", "(201) 555-0123", "+12015550123", "other-country" },
	/* Australia: international prefix 0011. */
	{ "AU", "(02) 9876 5432", "+61298765432", NULL },
	{ "AU", "0412 345 678", "+61412345678", NULL },
	{ "AU", "+61 4 1234 5678", "+61412345678", NULL },
	{ "AU", "0011 49 30 123456", "+4930123456", "other-country" },
	{ "AU", "1300 123 456", "+611300123456", NULL },
	/* "(0)" where 0 is no trunk prefix: dropped (libphonenumber keeps
	 * it). */
	{ "ES", "+34 (0)91 123 45 67", "+34911234567", NULL },
	{ "IT", "+39 06 1234 5678", "+390612345678", NULL },
	/* Normal forms validate to themselves (found by fuzzing). */
	{ "MX", "+52 1 55 5013 0121", "+525550130121", NULL },
	{ NULL, "+52(0)11555013(0)121", "+525550130121", NULL },
	/* No country, or one without a numbering plan. */
	{ NULL, "030 123456", "needs-international-form", NULL },
	{ NULL, "+49 30 123456", "+4930123456", NULL },
	{ NULL, "0049 30 123456", "+4930123456", NULL },
	{ NULL, "+800 1234 5678", "+80012345678", NULL },
	{ "", "030 123456", "needs-international-form", NULL },
	{ "XX", "030 123", "unknown-region", NULL },
	{ "XX", "+49 30 123456", "+4930123456", NULL },
	{ "AQ", "030 123", "unknown-region", NULL },
	{ "DEU", "030 123", "unknown-region", NULL },
	/* Garbage. */
	{ "DE", "", "empty", NULL },
	{ "DE", " \t ", "empty", NULL },
	{ "DE", "\xc2\xa0\xe3\x80\x80", "empty", NULL },
	{ "DE", "\xff\xfe", "invalid-utf8", NULL },
	{ "DE", "030 12345\xc3", "invalid-utf8", NULL },
	{ "DE", "030 \xed\xa0\x80 123", "invalid-utf8", NULL },
	{ "DE", "Tel. 030 123456", "bad-character", NULL },	/* a label */
	{ "DE", "030 123456, 030 654321", "bad-character", NULL },
	{ "DE", "030\n123456", "bad-character", NULL },
	{ "DE", "n/a", "bad-character", NULL },
	{ "DE", "\xe2\x98\x8e 030 123456", "bad-character", NULL },
};

static void
check(const struct pcase *c, struct val_out *out)
{
	struct val_ctx	 ctx;
	enum val_status	 st;
	const char	*got;

	memset(&ctx, 0, sizeof ctx);
	ctx.country = c->country;
	buf_reset(&out->norm);
	out->reason[0] = out->note[0] = '\0';
	st = val_phone(c->in, strlen(c->in), &ctx, out);
	got = st == VAL_OK ? (out->norm.data ? out->norm.data : "") :
	    out->reason;
	if (strcmp(got, c->want) != 0 || (st == VAL_OK) != (c->want[0] == '+'))
		fail_msg("'%s' (%s): got %s '%s', want '%s'", c->in,
		    c->country ? c->country : "-",
		    st == VAL_OK ? "ok" : "bad", got, c->want);
	if (strcmp(out->note, c->note != NULL ? c->note : "") != 0)
		fail_msg("'%s' (%s): note '%s', want '%s'", c->in,
		    c->country ? c->country : "-", out->note,
		    c->note != NULL ? c->note : "");
	if (st == VAL_BAD)
		assert_int_equal(out->norm.len, 0);
}

static void
test_table(void **state)
{
	struct val_out	 out;
	size_t		 i;

	buf_init(&out.norm);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		check(&cases[i], &out);
	buf_free(&out.norm);
}

/* Every valid number's normal form is valid again, and unchanged. */
static void
test_idempotent(void **state)
{
	struct val_out	 out, again;
	struct val_ctx	 ctx;
	size_t		 i;
	char		*norm;

	buf_init(&out.norm);
	buf_init(&again.norm);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		memset(&ctx, 0, sizeof ctx);
		ctx.country = cases[i].country;
		buf_reset(&out.norm);
		if (val_phone(cases[i].in, strlen(cases[i].in), &ctx,
		    &out) != VAL_OK)
			continue;
		norm = xstrdup(out.norm.data);
		/* With the record's country, and with none. */
		buf_reset(&again.norm);
		assert_int_equal(val_phone(norm, strlen(norm), &ctx, &again),
		    VAL_OK);
		assert_string_equal(again.norm.data, norm);
		ctx.country = NULL;
		buf_reset(&again.norm);
		assert_int_equal(val_phone(norm, strlen(norm), &ctx, &again),
		    VAL_OK);
		assert_string_equal(again.norm.data, norm);
		free(norm);
	}
	buf_free(&out.norm);
	buf_free(&again.norm);
}

/* The value need not be NUL-terminated: only len bytes are read. */
static void
test_length_bound(void **state)
{
	struct val_out	 out;
	struct val_ctx	 ctx;
	const char	 raw[] = "030 123456999";

	memset(&ctx, 0, sizeof ctx);
	ctx.country = "DE";
	buf_init(&out.norm);
	assert_int_equal(val_phone(raw, 10, &ctx, &out), VAL_OK);
	assert_string_equal(out.norm.data, "+4930123456");
	buf_free(&out.norm);
}

/* Every pattern of the generated metadata compiles. */
static void
test_metadata(void **state)
{
	size_t	 i;

	assert_int_equal(val_phone_check_meta(), 0);
	/* The regions are sorted for bsearch, the calling codes too. */
	for (i = 1; i < val_phone_ngeo; i++)
		assert_true(strcmp(val_phone_regions[i - 1].id,
		    val_phone_regions[i].id) < 0);
	for (i = 1; i < val_phone_nccs; i++)
		assert_true(val_phone_ccs[i - 1].cc < val_phone_ccs[i].cc);
	assert_true(val_phone_ngeo >= 240);
}

/* Arbitrary bytes: a verdict, never a crash, a reason when bad. */
static void
test_any_bytes(void **state)
{
	static const char *const countries[] = { NULL, "DE", "US", "BR", "XX" };
	struct val_out	 out;
	struct val_ctx	 ctx;
	char		 s[24];
	unsigned	 seed = 12345;
	size_t		 i, k, n;

	buf_init(&out.norm);
	for (i = 0; i < 20000; i++) {
		n = i % sizeof s;
		for (k = 0; k < n; k++) {
			seed = seed * 1103515245 + 12345;
			/* Mostly digits and separators, some other bytes. */
			switch ((seed >> 16) % 4) {
			case 0:
				s[k] = "+0 ()-./x#"[(seed >> 8) % 10];
				break;
			case 3:
				s[k] = (char)(seed >> 8);
				break;
			default:
				s[k] = (char)('0' + (seed >> 8) % 10);
				break;
			}
		}
		memset(&ctx, 0, sizeof ctx);
		ctx.country = countries[i % 5];
		buf_reset(&out.norm);
		out.reason[0] = out.note[0] = '\0';
		if (val_phone(s, n, &ctx, &out) == VAL_OK)
			assert_true(out.norm.len > 1 &&
			    out.norm.data[0] == '+');
		else
			assert_true(out.reason[0] != '\0');
	}
	buf_free(&out.norm);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_idempotent),
		cmocka_unit_test(test_length_bound),
		cmocka_unit_test(test_metadata),
		cmocka_unit_test(test_any_bytes),
	};

	alarm(60);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
