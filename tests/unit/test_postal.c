/*
 * test_postal.c -- the postal-code validator (validators/postal.c) against
 * a table of good, bad and reformatted codes from many countries, then
 * invariants over the format table (validators/postal_formats.c): one row
 * per ISO 3166-1 country, every pattern compiles, every normal form is a
 * fixed point.
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <pcre2.h>

#include "validators/country.h"
#include "validators/validate.h"

struct postal_case {
	const char	*country;
	const char	*in;
	enum val_status	 want;
	const char	*text;	/* normal form (NULL: the input), or reason */
	const char	*note;	/* expected note, NULL for none */
};

#define OK(cc, in)		{ cc, in, VAL_OK, NULL, NULL }
#define NORM(cc, in, norm)	{ cc, in, VAL_OK, norm, NULL }
#define NOTE(cc, in, norm, n)	{ cc, in, VAL_OK, norm, n }
#define BAD(cc, in, r)		{ cc, in, VAL_BAD, r, NULL }

static const struct postal_case cases[] = {
	/* Germany (Deutsche Post): five digits, 01001-99998. */
	OK("DE", "10115"),
	OK("DE", "01067"),
	NORM("DE", " 80331 ", "80331"),
	NOTE("DE", "D-10115", "10115", "country-prefix-removed"),
	NOTE("DE", "DE-10115", "10115", "country-prefix-removed"),
	NOTE("DE", "de 10115", "10115", "country-prefix-removed"),
	BAD("DE", "1011", "bad-format"),
	BAD("DE", "101155", "bad-format"),
	BAD("DE", "00115", "bad-format"),
	BAD("DE", "10115 Berlin", "bad-format"),
	BAD("DE", "10115.", "bad-character"),
	BAD("DE", "n/a", "bad-character"),
	BAD("DE", "", "empty"),
	BAD("DE", "  \t", "empty"),
	NORM("de", "10115", "10115"),		/* country in lower case */
	/* United Kingdom (Royal Mail PAF). */
	NORM("GB", "sw1a1aa", "SW1A 1AA"),
	OK("GB", "SW1A 1AA"),
	NORM("GB", "sw1a  1aa", "SW1A 1AA"),
	OK("GB", "EC1A 1BB"),
	OK("GB", "W1A 0AX"),
	OK("GB", "M1 1AE"),
	OK("GB", "B33 8TH"),
	OK("GB", "CR2 6XH"),
	OK("GB", "DN55 1PT"),
	NORM("GB", "gir0aa", "GIR 0AA"),
	BAD("GB", "QA1 1AA", "bad-format"),	/* Q never starts */
	/* Google's list of areas: of the one-letter areas only B E G L M N S W. */
	BAD("GB", "A1 1AA", "bad-format"),
	BAD("GB", "X1 1AA", "bad-format"),
	OK("GB", "B1 1AA"),
	OK("GB", "W1 1AA"),
	/* British Forces Post Office numbers. */
	OK("GB", "BFPO 61"),
	NORM("GB", "bfpo1234", "BFPO 1234"),
	BAD("GB", "BFPO 12345", "bad-format"),
	/* Strict, kept over Google's pattern: no O in the inward code. */
	BAD("GB", "RH6 0HO", "bad-format"),
	BAD("GB", "SW1A 1CA", "bad-format"),	/* C not in the inward code */
	BAD("GB", "SW1A", "bad-format"),
	BAD("GB", "12345", "bad-format"),
	/* Canada Post. */
	NORM("CA", "k1a0b1", "K1A 0B1"),
	OK("CA", "H3Z 2Y7"),
	NORM("CA", "h3z-2y7", "H3Z 2Y7"),
	BAD("CA", "D1A 0B1", "bad-format"),	/* D not used */
	BAD("CA", "K1A 0B", "bad-format"),
	/* United States (USPS). */
	OK("US", "12345"),
	OK("US", "12345-6789"),
	NORM("US", "123456789", "12345-6789"),
	NORM("US", "12345 6789", "12345-6789"),
	BAD("US", "1234", "bad-format"),
	BAD("US", "1234567", "bad-format"),
	BAD("US", "ABCDE", "bad-format"),
	/* Netherlands (PostNL). */
	NORM("NL", "1234ab", "1234 AB"),
	OK("NL", "1012 JS"),
	NORM("NL", "1012-js", "1012 JS"),
	NOTE("NL", "NL-1012 JS", "1012 JS", "country-prefix-removed"),
	BAD("NL", "1234 SA", "bad-format"),
	BAD("NL", "0123 AB", "bad-format"),
	BAD("NL", "1234", "bad-format"),
	/* Brazil (Correios CEP). */
	NORM("BR", "01310100", "01310-100"),
	OK("BR", "01310-100"),
	BAD("BR", "01310", "bad-format"),
	/* Japan (Japan Post), full-width and the postal mark. */
	NORM("JP", "1000001", "100-0001"),
	OK("JP", "100-0001"),
	NORM("JP", "\xe3\x80\x92" "100-0001", "100-0001"),
	NORM("JP", "\xef\xbc\x91\xef\xbc\x90\xef\xbc\x90\xef\xbc\x8d"
	    "\xef\xbc\x90\xef\xbc\x90\xef\xbc\x90\xef\xbc\x91", "100-0001"),
	NORM("JP", "100\xe3\x83\xbc" "0001", "100-0001"),	/* ー */
	BAD("JP", "100-000", "bad-format"),
	BAD("JP", "100\xe3\x80\x92" "0001", "bad-character"),
	/* Poland (Poczta Polska). */
	NORM("PL", "00950", "00-950"),
	OK("PL", "00-950"),
	BAD("PL", "0095", "bad-format"),
	/* France, Italy, Spain, Portugal. */
	OK("FR", "75001"),
	OK("FR", "97400"),
	NOTE("FR", "F-75001", "75001", "country-prefix-removed"),
	BAD("FR", "99000", "bad-format"),
	OK("IT", "00118"),
	OK("IT", "20121"),
	OK("ES", "28013"),
	BAD("ES", "53000", "bad-format"),
	NORM("PT", "1000001", "1000-001"),
	OK("PT", "1000-001"),
	BAD("PT", "1000", "bad-format"),
	/* Benelux, Alps, Nordics. */
	OK("BE", "1000"),
	BAD("BE", "0999", "bad-format"),
	OK("AT", "1010"),
	OK("CH", "8001"),
	NOTE("CH", "CH-8001", "8001", "country-prefix-removed"),
	OK("LI", "9490"),
	BAD("LI", "8001", "bad-format"),
	NORM("SE", "11455", "114 55"),
	OK("SE", "114 55"),
	OK("DK", "1050"),
	OK("FI", "00100"),
	OK("NO", "0150"),
	OK("LU", "1009"),
	/* Ireland (Eircode). */
	NORM("IE", "d02x285", "D02 X285"),
	OK("IE", "A65 F4E2"),
	NORM("IE", "d6w1234", "D6W 1234"),
	BAD("IE", "D02 B123", "bad-format"),	/* B not in Eircodes */
	BAD("IE", "Dublin 2", "bad-format"),
	/* Central and eastern Europe. */
	NORM("CZ", "11000", "110 00"),
	OK("CZ", "110 00"),
	BAD("CZ", "910 00", "bad-format"),
	NORM("SK", "81101", "811 01"),
	BAD("SK", "811 0", "bad-format"),
	OK("HU", "1051"),
	OK("RO", "010011"),
	NORM("GR", "10431", "104 31"),
	OK("RU", "101000"),
	BAD("RU", "901000", "bad-format"),
	OK("UA", "01001"),
	/* Normal forms that match Google's patterns (no LT-, MD-, AZ). */
	OK("LT", "01100"),
	NOTE("LT", "lt-01100", "01100", "country-prefix-removed"),
	NORM("LV", "lv1050", "LV-1050"),
	OK("MD", "2001"),
	NOTE("MD", "MD-2001", "2001", "country-prefix-removed"),
	NOTE("AZ", "AZ 1000", "1000", "country-prefix-removed"),
	/* Asia. */
	OK("CN", "100000"),
	BAD("CN", "10000", "bad-format"),
	OK("IN", "110001"),
	NORM("IN", "110 001", "110001"),
	BAD("IN", "010001", "bad-format"),	/* strict: no zone 0 */
	OK("ID", "10110"),
	OK("KR", "03187"),		/* hand: five digits since 2015 */
	OK("KR", "110-100"),		/* Google: the six digits before */
	NORM("KR", "110100", "110-100"),
	BAD("KR", "1234", "bad-format"),
	OK("VN", "10000"),		/* hand: five digits since 2018 */
	OK("VN", "100000"),
	OK("SG", "018956"),
	OK("TH", "10200"),
	OK("TW", "100"),
	OK("TW", "10048"),
	OK("TR", "06100"),
	BAD("TR", "82100", "bad-format"),
	OK("IL", "6100000"),
	OK("SA", "11564"),
	BAD("SA", "115643456", "bad-format"),	/* Google: five digits */
	NORM("BN", "bs8711", "BS8711"),
	/* Americas. */
	OK("MX", "01000"),
	NORM("AR", "c1425dkf", "C1425DKF"),
	OK("AR", "1425"),
	BAD("AR", "I1425DKF", "bad-format"),
	OK("CL", "8320000"),
	NORM("KY", "11100", "KY1-1100"),
	NORM("KY", "KY1-1100", "KY1-1100"),
	OK("PR", "00901"),
	BAD("PR", "10001", "bad-format"),
	OK("BB", "BB11000"),
	NORM("VG", "1110", "VG1110"),
	/* Oceania, Africa. */
	OK("AU", "0800"),
	OK("AU", "2000"),
	BAD("AU", "200", "bad-format"),
	OK("NZ", "6011"),
	OK("ZA", "0001"),
	OK("KE", "00100"),
	NORM("SZ", "h100", "H100"),
	/* Small places with one code. */
	NORM("GI", "gx111aa", "GX11 1AA"),
	BAD("GI", "GX11 1AB", "bad-format"),
	NORM("FK", "fiqq1zz", "FIQQ 1ZZ"),
	NORM("AD", "500", "AD500"),
	OK("VA", "00120"),
	/* Countries without postal codes. */
	NOTE("AE", "", "", "no-postal-codes-in-country"),
	NOTE("HK", "  ", "", "no-postal-codes-in-country"),
	BAD("AE", "00000", "no-postal-codes-in-country"),
	BAD("HK", "999077", "no-postal-codes-in-country"),
	BAD("QA", "n/a", "no-postal-codes-in-country"),
	/* Countries whose format is not checked. */
	NOTE("GH", "ga-123-456", "GA-123-456", "format-not-checked"),
	BAD("GH", "x", "bad-format"),
	BAD("GH", "12345678901", "bad-format"),
	BAD("GH", "-123", "bad-format"),
	BAD("GH", "12#4", "bad-character"),
	BAD("GH", "", "empty"),
	/* Formats once unchecked, now from Google's data. */
	OK("SO", "09010"),
	BAD("SO", "ab 12345", "bad-format"),
	OK("EH", "70000"),
	OK("GN", "001"),
	BAD("GN", "0011", "bad-format"),
	OK("HM", "7151"),
	OK("NA", "10001"),
	BAD("NA", "1000", "bad-format"),
	OK("UM", "96898"),
	BAD("UM", "96899", "bad-format"),
	/* Regions that are not ISO 3166-1 codes. */
	OK("XK", "10000"),
	BAD("XK", "80000", "bad-format"),
	NORM("AC", "ascn1zz", "ASCN 1ZZ"),
	OK("TA", "TDCU 1ZZ"),
	/* Anguilla's one code, with or without AI-. */
	OK("AI", "2640"),
	NOTE("AI", "AI-2640", "2640", "country-prefix-removed"),
	NOTE("AI", "ai 2640", "2640", "country-prefix-removed"),
	/*
	 * Strict rules kept over Google's patterns (contrib/postalformats.py
	 * STRICT): no leading 0 where codes start at 1000 (or 100, 10000,
	 * 100000), first digits that are regions.
	 */
	BAD("AT", "0999", "bad-format"),
	BAD("BG", "0100", "bad-format"),
	BAD("CH", "0800", "bad-format"),
	BAD("CY", "0123", "bad-format"),
	BAD("HU", "0123", "bad-format"),
	BAD("IS", "012", "bad-format"),
	BAD("ID", "01234", "bad-format"),
	BAD("SI", "0123", "bad-format"),
	BAD("TH", "01234", "bad-format"),
	BAD("GR", "912 34", "bad-format"),
	NORM("GR", "85100", "851 00"),
	BAD("HR", "61000", "bad-format"),
	OK("HR", "51000"),
	BAD("TR", "00100", "bad-format"),
	BAD("ES", "00100", "bad-format"),
	/* Bahrain: blocks 101-1216 (strict, kept over Google's 000-1299). */
	OK("BH", "101"),
	OK("BH", "1216"),
	BAD("BH", "100", "bad-format"),
	BAD("BH", "1217", "bad-format"),
	BAD("BH", "12345", "bad-format"),
	/* The country's own prefixes. */
	OK("SV", "CP 1101"),
	NORM("SV", "cp1101", "CP 1101"),
	NORM("SV", "1101", "CP 1101"),
	BAD("SV", "CP 1801", "bad-format"),
	OK("OM", "PC 112"),
	OK("OM", "112"),
	OK("PW", "96939"),
	OK("PW", "96940"),
	BAD("PW", "96941", "bad-format"),
	/* The record's country. */
	BAD(NULL, "10115", "needs-country"),
	BAD("", "10115", "needs-country"),
	BAD("XX", "10115", "unknown-country"),
	BAD("AA", "10115", "unknown-country"),
	BAD("DEU", "10115", "unknown-country"),
	BAD("D", "10115", "unknown-country"),
	BAD("1!", "10115", "unknown-country"),
	/* Bytes that are not UTF-8 come first. */
	BAD("DE", "1011\xff", "invalid-utf8"),
	BAD(NULL, "\xc3", "invalid-utf8"),
	BAD("DE", "Berlin\xe2\x80\x94" "10115", "bad-format"),	/* em dash */
	BAD("DE", "\xd0\x91" "10115", "bad-character"),
};

static void
out_init(struct val_out *out)
{
	memset(out, 0, sizeof *out);
	buf_init(&out->norm);
}

static void
out_reset(struct val_out *out)
{
	buf_reset(&out->norm);
	out->reason[0] = out->note[0] = '\0';
}

static enum val_status
run(struct val_out *out, const char *cc, const char *in, size_t len)
{
	struct val_ctx	 ctx;

	memset(&ctx, 0, sizeof ctx);
	ctx.country = cc;
	out_reset(out);
	return val_postal(in, len, &ctx, out);
}

static void
test_table(void **state)
{
	const struct postal_case	*c;
	struct val_out			 out;
	struct buf			 norm;
	enum val_status			 st;
	const char			*got, *want;
	size_t				 i;
	int				 fails = 0, bad;

	out_init(&out);
	buf_init(&norm);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		c = &cases[i];
		st = run(&out, c->country, c->in, strlen(c->in));
		got = st == VAL_OK ?
		    (out.norm.data != NULL ? out.norm.data : "") : out.reason;
		want = c->text != NULL ? c->text : c->in;
		bad = st != c->want || strcmp(got, want) != 0 ||
		    strcmp(out.note, c->note != NULL ? c->note : "") != 0 ||
		    (st == VAL_BAD && out.reason[0] == '\0');
		if (bad) {
			print_error("%s '%s': got %s '%s' note '%s', want %s "
			    "'%s' note '%s'\n", c->country ? c->country : "-",
			    c->in, st == VAL_OK ? "OK" : "BAD", got, out.note,
			    c->want == VAL_OK ? "OK" : "BAD", want,
			    c->note != NULL ? c->note : "");
			fails++;
			continue;
		}
		if (st != VAL_OK || out.norm.len == 0)
			continue;
		/* The normal form is a fixed point, with no prefix to drop. */
		buf_reset(&norm);
		buf_add(&norm, out.norm.data, out.norm.len);
		st = run(&out, c->country, norm.data, norm.len);
		if (st != VAL_OK || strcmp(out.norm.data, norm.data) != 0 ||
		    strcmp(out.note, "country-prefix-removed") == 0) {
			print_error("%s '%s': normal form '%s' gave %s '%s'\n",
			    c->country, c->in, norm.data,
			    st == VAL_OK ? "OK" : "BAD",
			    st == VAL_OK ? out.norm.data : out.reason);
			fails++;
		}
	}
	buf_free(&norm);
	buf_free(&out.norm);
	print_message("# %zu cases\n", sizeof cases / sizeof cases[0]);
	assert_int_equal(fails, 0);
}

/* The cases cover at least 30 countries. */
static void
test_table_coverage(void **state)
{
	char	 seen[26 * 26];
	size_t	 i, n = 0;
	int	 ix;

	memset(seen, 0, sizeof seen);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		if (cases[i].country == NULL ||
		    !val_country_code(cases[i].country))
			continue;
		ix = (cases[i].country[0] - 'A') * 26 +
		    (cases[i].country[1] - 'A');
		if (!seen[ix]++)
			n++;
	}
	print_message("# %zu countries in the cases\n", n);
	assert_true(n >= 30);
	assert_true(sizeof cases / sizeof cases[0] >= 100);
}

/* 1 if pattern p is NULL or compiles and is anchored. */
static int
pattern_ok(const char *cc, const char *p)
{
	pcre2_code	*re;
	PCRE2_SIZE	 eoff;
	int		 err;

	if (p == NULL)
		return 1;
	if (p[0] != '^' || p[strlen(p) - 1] != '$') {
		print_error("%s: pattern not anchored\n", cc);
		return 0;
	}
	re = pcre2_compile((PCRE2_SPTR)p, PCRE2_ZERO_TERMINATED,
	    PCRE2_DOLLAR_ENDONLY, &err, &eoff, NULL);
	if (re == NULL) {
		print_error("%s: pattern does not compile at %zu\n", cc,
		    (size_t)eoff);
		return 0;
	}
	pcre2_code_free(re);
	return 1;
}

/*
 * One row per assigned code and for AC, TA and XK, sorted; every pattern
 * compiles and is anchored; formats have layouts, the others neither.
 */
static void
test_format_table(void **state)
{
	const struct val_postal_format	*f;
	size_t				 i, j = 0, nformat = 0, nextra = 0;
	int				 fails = 0;

	for (i = 0; i < val_postal_nformats; i++) {
		f = &val_postal_formats[i];
		if (i > 0)
			assert_true(strcmp(val_postal_formats[i - 1].country,
			    f->country) < 0);
		if (j < val_country_ninfo &&
		    strcmp(f->country, val_country_info[j].alpha2) == 0)
			j++;
		else if (strcmp(f->country, "AC") == 0 ||
		    strcmp(f->country, "TA") == 0 ||
		    strcmp(f->country, "XK") == 0)
			nextra++;
		else
			fail_msg("%s: not a country", f->country);
		if (f->kind != VAL_POSTAL_FORMAT) {
			assert_null(f->pattern);
			assert_null(f->strict);
			assert_null(f->layout);
			continue;
		}
		nformat++;
		assert_non_null(f->pattern);
		assert_non_null(f->layout);
		assert_true(strlen(f->layout) < 400);
		fails += !pattern_ok(f->country, f->pattern);
		fails += !pattern_ok(f->country, f->strict);
	}
	assert_int_equal(j, val_country_ninfo);
	assert_int_equal(nextra, 3);
	assert_int_equal(fails, 0);
	print_message("# %zu countries with a checked format\n", nformat);
	assert_true(nformat >= 180);
}

/* A real canonical code of every country with a checked format. */
static const struct {
	const char	*country;
	const char	*code;
} examples[] = {
	{ "AD", "AD500" }, { "AF", "1001" }, { "AI", "2640" },
	{ "AL", "1001" }, { "AM", "0010" }, { "AR", "C1425DKF" },
	{ "AS", "96799" }, { "AT", "1010" }, { "AU", "2000" },
	{ "AX", "22100" }, { "AZ", "1000" }, { "BA", "71000" },
	{ "BB", "BB11000" }, { "BD", "1000" }, { "BE", "1000" },
	{ "BG", "1000" }, { "BH", "317" }, { "BL", "97133" },
	{ "BM", "HM 12" }, { "BN", "BS8711" }, { "BR", "01310-100" },
	{ "BT", "11001" }, { "BY", "220004" }, { "CA", "K1A 0B1" },
	{ "CC", "6799" }, { "CH", "8001" }, { "CL", "8320000" },
	{ "CK", "0101" },	/* no example in Google's data */
	{ "CN", "100000" }, { "CO", "110111" }, { "CR", "10101" },
	{ "CU", "10400" }, { "CV", "7600" }, { "CX", "6798" },
	{ "CY", "1010" }, { "CZ", "110 00" }, { "DE", "10115" },
	{ "DK", "1050" }, { "DO", "10101" }, { "DZ", "16000" },
	{ "EC", "170150" }, { "EE", "10111" }, { "EG", "11511" },
	{ "ES", "28013" }, { "ET", "1000" }, { "FI", "00100" },
	{ "FK", "FIQQ 1ZZ" }, { "FM", "96941" }, { "FO", "100" },
	{ "FR", "75001" }, { "GB", "SW1A 1AA" }, { "GE", "0105" },
	{ "GF", "97300" }, { "GG", "GY1 1AA" }, { "GI", "GX11 1AA" },
	{ "GL", "3900" }, { "GP", "97100" }, { "GR", "104 31" },
	{ "GS", "SIQQ 1ZZ" }, { "GT", "01001" }, { "GU", "96910" },
	{ "GW", "1000" }, { "HN", "11101" }, { "HR", "10000" },
	{ "HT", "6110" }, { "HU", "1051" }, { "ID", "10110" },
	{ "IE", "D02 X285" }, { "IL", "6100000" }, { "IM", "IM1 1AA" },
	{ "IN", "110001" }, { "IO", "BBND 1ZZ" }, { "IQ", "10001" },
	{ "IR", "11936-53471" }, { "IS", "101" }, { "IT", "00118" },
	{ "JE", "JE2 3XP" }, { "JO", "11118" }, { "JP", "100-0001" },
	{ "KE", "00100" }, { "KG", "720001" }, { "KH", "12000" },
	{ "KR", "03187" }, { "KW", "13001" }, { "KY", "KY1-1100" },
	{ "KZ", "050000" }, { "LA", "01000" }, { "LB", "2038 3054" },
	{ "LC", "LC05 201" }, { "LI", "9490" }, { "LK", "00100" },
	{ "LR", "1000" }, { "LS", "100" }, { "LT", "01100" },
	{ "LU", "1009" }, { "LV", "LV-1050" }, { "MA", "10000" },
	{ "MC", "98000" }, { "MD", "2001" }, { "ME", "81000" },
	{ "MF", "97150" }, { "MG", "101" }, { "MH", "96960" },
	{ "MK", "1000" }, { "MM", "11181" }, { "MN", "14200" },
	{ "MP", "96950" }, { "MQ", "97200" }, { "MS", "MSR 1110" },
	{ "MT", "VLT 1117" }, { "MU", "742CU001" }, { "MV", "20026" },
	{ "MX", "01000" }, { "MY", "50000" }, { "MZ", "1100" },
	{ "NC", "98800" }, { "NE", "8001" }, { "NF", "2899" },
	{ "NG", "100001" }, { "NI", "11001" }, { "NL", "1012 JS" },
	{ "NO", "0150" }, { "NP", "44600" }, { "NZ", "6011" },
	{ "OM", "112" }, { "PA", "0801" }, { "PE", "15001" },
	{ "PF", "98714" }, { "PG", "111" }, { "PH", "1000" },
	{ "PK", "44000" }, { "PL", "00-950" }, { "PM", "97500" },
	{ "PN", "PCRN 1ZZ" }, { "PR", "00901" }, { "PT", "1000-001" },
	{ "PW", "96940" }, { "PY", "1209" }, { "RE", "97400" },
	{ "RO", "010011" }, { "RS", "11000" }, { "RU", "101000" },
	{ "SA", "11564" }, { "SD", "11111" }, { "SE", "114 55" },
	{ "SG", "018956" }, { "SH", "STHL 1ZZ" }, { "SI", "1000" },
	{ "SJ", "9170" }, { "SK", "811 01" }, { "SM", "47890" },
	{ "SN", "10200" }, { "SV", "CP 1101" }, { "SZ", "H100" },
	{ "TC", "TKCA 1ZZ" }, { "TH", "10200" }, { "TJ", "734000" },
	{ "TM", "744000" }, { "TN", "1000" }, { "TR", "06100" },
	{ "TT", "100101" }, { "TW", "10048" }, { "TZ", "6090" },
	{ "UA", "01001" }, { "US", "20500" }, { "UY", "11000" },
	{ "UZ", "100000" }, { "VA", "00120" }, { "VC", "VC0100" },
	{ "VE", "1010" }, { "VG", "VG1110" }, { "VI", "00802" },
	{ "VN", "100000" }, { "WF", "98600" }, { "YT", "97600" },
	{ "ZA", "0001" }, { "ZM", "10101" },
};

/*
 * Every checked format has an example here, and the example is its own
 * normal form: the layout and the pattern agree.
 */
static void
test_examples(void **state)
{
	const struct val_postal_format	*f;
	struct val_out			 out;
	struct buf			 norm;
	const char			*e, *comma;
	size_t				 i, j, n, len;
	int				 fails = 0;

	out_init(&out);
	buf_init(&norm);
	for (i = 0; i < val_postal_nformats; i++) {
		f = &val_postal_formats[i];
		n = 0;
		/* Hand examples are canonical: their own normal form. */
		for (j = 0; j < sizeof examples / sizeof examples[0]; j++) {
			if (strcmp(examples[j].country, f->country) != 0)
				continue;
			n++;
			if (run(&out, f->country, examples[j].code,
			    strlen(examples[j].code)) != VAL_OK ||
			    strcmp(out.norm.data, examples[j].code) != 0) {
				print_error("%s '%s': got '%s' %s\n",
				    f->country, examples[j].code,
				    out.norm.data != NULL ? out.norm.data : "",
				    out.reason);
				fails++;
			}
		}
		/* Google's are accepted, and their normal form is a fixed point. */
		for (e = f->examples; e != NULL; e = comma != NULL ?
		    comma + 1 : NULL) {
			comma = strchr(e, ',');
			len = comma != NULL ? (size_t)(comma - e) : strlen(e);
			n++;
			if (run(&out, f->country, e, len) != VAL_OK) {
				print_error("%s '%.*s': %s\n", f->country,
				    (int)len, e, out.reason);
				fails++;
				continue;
			}
			buf_reset(&norm);
			buf_add(&norm, out.norm.data, out.norm.len);
			if (run(&out, f->country, norm.data, norm.len) !=
			    VAL_OK || strcmp(out.norm.data, norm.data) != 0) {
				print_error("%s '%s': not a fixed point\n",
				    f->country, norm.data);
				fails++;
			}
		}
		if ((n > 0) != (f->kind == VAL_POSTAL_FORMAT)) {
			print_error("%s: %zu examples\n", f->country, n);
			fails++;
		}
	}
	buf_free(&norm);
	buf_free(&out.norm);
	assert_int_equal(fails, 0);
}

/* Long values and output appended to what norm holds. */
static void
test_odd(void **state)
{
	struct val_out	 out;
	char		*big;
	size_t		 n = 100000;

	out_init(&out);
	big = malloc(n);
	assert_non_null(big);
	memset(big, ' ', n);
	memcpy(big + n / 2, "10115", 5);
	assert_int_equal(run(&out, "DE", big, n), VAL_OK);
	assert_string_equal(out.norm.data, "10115");
	memset(big, '1', n);
	assert_int_equal(run(&out, "DE", big, n), VAL_BAD);
	assert_string_equal(out.reason, "bad-format");
	assert_int_equal(run(&out, "GH", big, n), VAL_BAD);
	assert_string_equal(out.reason, "bad-format");
	free(big);

	out_reset(&out);
	buf_adds(&out.norm, "x");
	assert_int_equal(val_postal("sw1a1aa", 7, &(struct val_ctx){ .country =
	    "GB" }, &out), VAL_OK);
	assert_string_equal(out.norm.data, "xSW1A 1AA");
	buf_free(&out.norm);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_table_coverage),
		cmocka_unit_test(test_format_table),
		cmocka_unit_test(test_examples),
		cmocka_unit_test(test_odd),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
