/*
 * test_country.c -- the country validator (validators/country.c) against
 * a table of codes and names in the languages it reads (English, the
 * countries' own, Russian, Chinese, Japanese, Indonesian, German, French,
 * Spanish, Portuguese, Italian, Polish, Dutch, ...), then invariants over
 * the generated tables: every code and every name maps to its country,
 * the normal form is a fixed point, the tables are sorted.
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

#include "validators/country.h"
#include "validators/validate.h"

struct country_case {
	const char	*in;
	size_t		 len;	/* 0: strlen(in) */
	enum val_status	 want;
	const char	*text;	/* alpha-2, or the reason */
};

#define OK(in, cc)	{ in, 0, VAL_OK, cc }
#define BAD(in, r)	{ in, 0, VAL_BAD, r }
#define BADZ(in, r)	{ in, sizeof(in) - 1, VAL_BAD, r }

static const struct country_case cases[] = {
	/* Codes: alpha-2 in any case, alpha-3, numeric. */
	OK("DE", "DE"),
	OK("de", "DE"),
	OK("dE", "DE"),
	OK("  fr\t", "FR"),
	OK("DEU", "DE"),
	OK("deu", "DE"),
	OK("gbr", "GB"),
	OK("276", "DE"),
	OK("004", "AF"),
	OK("840", "US"),
	OK(" 826 ", "GB"),
	OK("\xef\xbc\xa4\xef\xbc\xa5", "DE"),		/* full-width ＤＥ */
	OK("\xc2\xa0" "JP\xe3\x80\x80", "JP"),		/* NBSP, U+3000 */
	BAD("XX", "no-such-country-code"),
	BAD("zz", "no-such-country-code"),
	BAD("EU", "no-such-country-code"),		/* not a country */
	BAD("ABC", "no-such-country-code"),
	BAD("999", "no-such-country-code"),
	BAD("000", "no-such-country-code"),
	BAD("1", "no-such-country-code"),
	BAD("2760", "no-such-country-code"),
	/* English: iso-codes names, official and common names, short forms. */
	OK("Germany", "DE"),
	OK("GERMANY", "DE"),
	OK("Federal Republic of Germany", "DE"),
	OK("United Kingdom", "GB"),
	OK("UK", "GB"),
	OK("U.K.", "GB"),
	OK("Great Britain", "GB"),
	OK("England", "GB"),
	OK("United States", "US"),
	OK("USA", "US"),
	OK("U.S.", "US"),
	OK("u.s.a.", "US"),
	OK("United States of America", "US"),
	OK("Russia", "RU"),
	OK("Russian Federation", "RU"),
	OK("South Korea", "KR"),
	OK("Korea, Republic of", "KR"),
	OK("Republic of Korea", "KR"),
	OK("North Korea", "KP"),
	OK("Czech Republic", "CZ"),
	OK("Czechia", "CZ"),
	OK("Holland", "NL"),
	OK("The Netherlands", "NL"),
	OK("the netherlands", "NL"),
	OK("Netherlands", "NL"),
	OK("The Gambia", "GM"),
	OK("Côte d'Ivoire", "CI"),
	OK("cote d\xe2\x80\x99ivoire", "CI"),		/* U+2019 apostrophe */
	OK("COTE DIVOIRE", "CI"),
	OK("Ivory Coast", "CI"),
	OK("Guinea-Bissau", "GW"),
	OK("guinea   bissau", "GW"),
	OK("Bosnia and Herzegovina", "BA"),
	OK("Congo", "CG"),
	OK("Congo, The Democratic Republic of the", "CD"),
	OK("Iran", "IR"),
	OK("Viet Nam", "VN"),
	OK("Vietnam", "VN"),
	OK("Türkiye", "TR"),
	OK("turkiye", "TR"),
	OK("Turkey", "TR"),
	OK("UAE", "AE"),
	OK("Taiwan", "TW"),
	OK("Hong Kong", "HK"),
	OK("St. Lucia", "LC"),
	OK("Saint Lucia", "LC"),
	OK("Trinidad & Tobago", "TT"),
	OK("Åland Islands", "AX"),
	OK("aland islands", "AX"),
	OK("Réunion", "RE"),
	OK("REUNION", "RE"),
	/* German. */
	OK("Deutschland", "DE"),
	OK("deutschland", "DE"),
	OK("Bundesrepublik Deutschland", "DE"),
	OK("Österreich", "AT"),
	OK("OSTERREICH", "AT"),
	OK("Schweiz", "CH"),
	OK("Frankreich", "FR"),
	OK("Großbritannien", "GB"),
	OK("GROSSBRITANNIEN", "GB"),
	OK("Vereinigte Staaten", "US"),
	OK("Südafrika", "ZA"),
	/* French. */
	OK("Allemagne", "DE"),
	OK("États-Unis", "US"),
	OK("etats unis", "US"),
	OK("Royaume-Uni", "GB"),
	OK("Belgique", "BE"),
	OK("Suisse", "CH"),
	OK("Pays-Bas", "NL"),
	/* Spanish. */
	OK("Alemania", "DE"),
	OK("España", "ES"),
	OK("ESPANA", "ES"),
	OK("México", "MX"),
	OK("Estados Unidos", "US"),
	OK("Reino Unido", "GB"),
	/* Portuguese. */
	OK("Alemanha", "DE"),
	OK("Brasil", "BR"),
	OK("Japão", "JP"),
	OK("Polônia", "PL"),
	/* Italian. */
	OK("Germania", "DE"),
	OK("Italia", "IT"),
	OK("Giappone", "JP"),
	OK("Svizzera", "CH"),
	/* Polish. */
	OK("Niemcy", "DE"),
	OK("Polska", "PL"),
	OK("Włochy", "IT"),
	OK("WŁOCHY", "IT"),
	OK("Hiszpania", "ES"),
	/* Dutch. */
	OK("Duitsland", "DE"),
	OK("Nederland", "NL"),
	OK("België", "BE"),
	OK("Verenigd Koninkrijk", "GB"),
	/* Russian (Cyrillic, any case, ё = е). */
	OK("Германия", "DE"),
	OK("ГЕРМАНИЯ", "DE"),
	OK("германия", "DE"),
	OK("Россия", "RU"),
	OK("Российская Федерация", "RU"),
	OK("Франция", "FR"),
	OK("Япония", "JP"),
	OK("Соединённые Штаты Америки", "US"),
	OK("Соединенные Штаты Америки", "US"),
	OK("Китай", "CN"),
	OK("Украина", "UA"),
	/* Chinese (simplified). */
	OK("德国", "DE"),
	OK("中国", "CN"),
	OK("中华人民共和国", "CN"),
	OK("美国", "US"),
	OK("英国", "GB"),
	OK("日本", "JP"),
	OK("俄罗斯", "RU"),
	OK("法国", "FR"),
	OK("韩国", "KR"),
	/* Japanese. */
	OK("ドイツ", "DE"),
	OK("アメリカ合衆国", "US"),
	OK("フランス", "FR"),
	OK("ロシア", "RU"),
	OK("オーストラリア", "AU"),
	OK("大韓民国", "KR"),
	/* Indonesian. */
	OK("Jerman", "DE"),
	OK("Amerika Serikat", "US"),
	OK("Belanda", "NL"),
	OK("Inggris", "GB"),
	OK("Britania Raya", "GB"),
	OK("Tiongkok", "CN"),
	OK("Prancis", "FR"),
	OK("Perancis", "FR"),
	OK("Jepang", "JP"),
	/* Countries' own languages. */
	OK("대한민국", "KR"),
	OK("Việt Nam", "VN"),
	OK("ไทย", "TH"),
	OK("Ελλάδα", "GR"),
	OK("ΕΛΛΑΔΑ", "GR"),
	OK("ישראל", "IL"),
	OK("السعودية", "SA"),
	OK("السّعوديّة", "SA"),			/* with harakat */
	OK("مصر", "EG"),
	OK("Magyarország", "HU"),
	OK("Česko", "CZ"),
	OK("Sverige", "SE"),
	OK("Suomi", "FI"),
	OK("Україна", "UA"),
	OK("Беларусь", "BY"),
	OK("Hrvatska", "HR"),
	OK("România", "RO"),
	OK("Türkiye Cumhuriyeti", "TR"),
	/* Not countries. */
	BAD("Narnia", "unknown-country-name"),
	BAD("Europe", "unknown-country-name"),
	BAD("n/a", "unknown-country-name"),
	BAD("-", "unknown-country-name"),
	BAD("?", "unknown-country-name"),
	BAD("Germany Berlin", "unknown-country-name"),
	BAD("Virgin Islands", "unknown-country-name"),	/* VG or VI */
	BAD("", "empty"),
	BAD("   ", "empty"),
	BAD("\t\xe3\x80\x80", "empty"),
	BAD("Deutsch\xff" "land", "invalid-utf8"),
	BAD("\xc3", "invalid-utf8"),
	BADZ("DE\0", "invalid-utf8"),
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

/* Validate and compare; returns 0 if as expected. */
static int
check(struct val_out *out, const char *in, size_t len, enum val_status want,
    const char *text)
{
	enum val_status	 st;
	const char	*got;

	out_reset(out);
	st = val_country(in, len, NULL, out);
	got = st == VAL_OK ? (out->norm.data != NULL ? out->norm.data : "") :
	    out->reason;
	if (st != want || strcmp(got, text) != 0) {
		print_error("'%.*s': got %s '%s', want %s '%s'\n", (int)len,
		    in, st == VAL_OK ? "OK" : "BAD", got,
		    want == VAL_OK ? "OK" : "BAD", text);
		return 1;
	}
	return 0;
}

static void
test_table(void **state)
{
	struct val_out	 out;
	char		 norm[3];
	size_t		 i, len;
	int		 fails = 0;

	out_init(&out);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		len = cases[i].len != 0 ? cases[i].len : strlen(cases[i].in);
		fails += check(&out, cases[i].in, len, cases[i].want,
		    cases[i].text);
		if (cases[i].want == VAL_OK) {
			/* The normal form is a fixed point. */
			memcpy(norm, cases[i].text, 3);
			fails += check(&out, norm, 2, VAL_OK, norm);
		} else if (out.reason[0] == '\0')
			fails++;
	}
	out_reset(&out);
	buf_free(&out.norm);
	print_message("# %zu cases\n", sizeof cases / sizeof cases[0]);
	assert_int_equal(fails, 0);
}

/* Every code of the table, in each form, gives its country. */
static void
test_all_codes(void **state)
{
	struct val_out	 out;
	const struct val_country_info *ci;
	char		 s[8];
	size_t		 i;
	int		 fails = 0;

	out_init(&out);
	assert_true(val_country_ninfo >= 249);
	for (i = 0; i < val_country_ninfo; i++) {
		ci = &val_country_info[i];
		fails += check(&out, ci->alpha2, 2, VAL_OK, ci->alpha2);
		fails += check(&out, ci->alpha3, 3, VAL_OK, ci->alpha2);
		snprintf(s, sizeof s, "%03u", ci->numeric);
		fails += check(&out, s, 3, VAL_OK, ci->alpha2);
		s[0] = (char)(ci->alpha3[0] - 'A' + 'a');
		s[1] = (char)(ci->alpha3[1] - 'A' + 'a');
		s[2] = (char)(ci->alpha3[2] - 'A' + 'a');
		fails += check(&out, s, 3, VAL_OK, ci->alpha2);
		if (!val_country_code(ci->alpha2))
			fails++;
	}
	buf_free(&out.norm);
	assert_int_equal(fails, 0);
}

/* Every generated name key gives its country. */
static void
test_all_names(void **state)
{
	struct val_out	 out;
	const struct val_country_name *n;
	size_t		 i;
	int		 fails = 0;

	out_init(&out);
	assert_true(val_country_nnames > 3000);
	for (i = 0; i < val_country_nnames; i++) {
		n = &val_country_names[i];
		fails += check(&out, n->key, strlen(n->key), VAL_OK,
		    n->alpha2);
		if (i > 0 && strcmp(val_country_names[i - 1].key, n->key) >= 0)
			fails++;
		if (!val_country_code(n->alpha2))
			fails++;
	}
	buf_free(&out.norm);
	print_message("# %zu names\n", val_country_nnames);
	assert_int_equal(fails, 0);
}

static void
test_tables_sorted(void **state)
{
	const struct val_country_info	*ci = val_country_info;
	const struct val_country_fold	*f = val_country_fold;
	const uint8_t			*a3 = val_country_alpha3;
	const uint8_t			*num = val_country_numeric;
	size_t				 i;

	for (i = 1; i < val_country_ninfo; i++) {
		assert_true(strcmp(ci[i - 1].alpha2, ci[i].alpha2) < 0);
		assert_true(strcmp(ci[a3[i - 1]].alpha3, ci[a3[i]].alpha3) < 0);
		assert_true(ci[num[i - 1]].numeric < ci[num[i]].numeric);
	}
	for (i = 1; i < val_country_nfold; i++)
		assert_true(f[i - 1].cp < f[i].cp);
}

static void
test_code_strict(void **state)
{
	assert_int_equal(val_country_code("DE"), 1);
	assert_int_equal(val_country_code("ZW"), 1);
	assert_int_equal(val_country_code("de"), 0);
	assert_int_equal(val_country_code("XX"), 0);
	assert_int_equal(val_country_code("UK"), 0);
	assert_int_equal(val_country_code("DEU"), 0);
	assert_int_equal(val_country_code("D"), 0);
	assert_int_equal(val_country_code(""), 0);
	assert_int_equal(val_country_code(NULL), 0);
}

/* Odd input: very long, only punctuation, output appended to norm. */
static void
test_odd(void **state)
{
	struct val_out	 out;
	char		*big;
	size_t		 n = 100000;

	out_init(&out);
	big = malloc(n);
	assert_non_null(big);
	memset(big, 'a', n);
	assert_int_equal(check(&out, big, n, VAL_BAD, "unknown-country-name"),
	    0);
	memset(big, ' ', n);
	assert_int_equal(check(&out, big, n, VAL_BAD, "empty"), 0);
	memcpy(big + n - 2, "DE", 2);
	assert_int_equal(check(&out, big, n, VAL_OK, "DE"), 0);
	memset(big, '.', n);
	assert_int_equal(check(&out, big, n, VAL_BAD, "unknown-country-name"),
	    0);
	free(big);

	/* A validator appends; the caller resets. */
	out_reset(&out);
	buf_adds(&out.norm, "x");
	assert_int_equal(val_country("fr", 2, NULL, &out), VAL_OK);
	assert_string_equal(out.norm.data, "xFR");
	buf_free(&out.norm);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_all_codes),
		cmocka_unit_test(test_all_names),
		cmocka_unit_test(test_tables_sorted),
		cmocka_unit_test(test_code_strict),
		cmocka_unit_test(test_odd),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
