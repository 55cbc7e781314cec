/*
 * test_similar.c -- string, date and number comparators.
 *
 * The distances are also checked against plain full-matrix versions on
 * random strings, which is where banding and affix stripping would go
 * wrong.
 */
#include "config.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "validators/similar.h"

#define S(x)	(x), strlen(x)

static uint32_t	rng = 0x2545f491;

static uint32_t
rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

/* Decode valid UTF-8 (the random strings are valid). */
static size_t
decode(const char *s, uint32_t *cp)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 n = 0;

	while (*p != '\0') {
		if (*p < 0x80)
			cp[n++] = *p++;
		else if (*p < 0xe0) {
			cp[n++] = ((uint32_t)(p[0] & 0x1f) << 6) | (p[1] & 0x3f);
			p += 2;
		} else {
			cp[n++] = ((uint32_t)(p[0] & 0x0f) << 12) |
			    ((uint32_t)(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
			p += 3;
		}
	}
	return n;
}

static int
min3(int a, int b, int c)
{
	int	m = a < b ? a : b;

	return m < c ? m : c;
}

/* The textbook full matrix; osa adds the adjacent transposition. */
static int
naive(const char *a, const char *b, int osa)
{
	static int	d[64][64];
	uint32_t	x[64], y[64];
	size_t		n, m, i, j;

	n = decode(a, x);
	m = decode(b, y);
	for (i = 0; i <= n; i++)
		d[i][0] = (int)i;
	for (j = 0; j <= m; j++)
		d[0][j] = (int)j;
	for (i = 1; i <= n; i++) {
		for (j = 1; j <= m; j++) {
			d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1,
			    d[i - 1][j - 1] + (x[i - 1] != y[j - 1]));
			if (osa && i > 1 && j > 1 && x[i - 1] == y[j - 2] &&
			    x[i - 2] == y[j - 1] && d[i - 2][j - 2] + 1 < d[i][j])
				d[i][j] = d[i - 2][j - 2] + 1;
		}
	}
	return d[n][m];
}

/* A random string of up to 12 letters from a small mixed alphabet. */
static void
random_word(char *out)
{
	static const char *const alpha[] = {
		"a", "b", "c", "d", "\xc3\xbc", "\xd0\xb6", "\xe7\x8e\x8b"
	};
	size_t	n = rnd() % 13, i, k, len = 0;

	for (i = 0; i < n; i++) {
		k = rnd() % (sizeof alpha / sizeof alpha[0]);
		/* Runs of one letter make affixes and transpositions likely. */
		if (k > 3 && rnd() % 2)
			k = 0;
		memcpy(out + len, alpha[k], strlen(alpha[k]));
		len += strlen(alpha[k]);
	}
	out[len] = '\0';
}

static void
test_levenshtein(void **state)
{
	static const struct {
		const char	*a, *b;
		int		 lev, osa;
	} cases[] = {
		{ "", "", 0, 0 },
		{ "", "abc", 3, 3 },
		{ "abc", "", 3, 3 },
		{ "kitten", "sitting", 3, 3 },
		{ "flaw", "lawn", 2, 2 },
		{ "Meier", "Mieer", 2, 1 },
		{ "ab", "ba", 2, 1 },
		{ "CA", "ABC", 3, 3 },		/* OSA, not true Damerau (2) */
		{ "abcdef", "badcfe", 4, 3 },
		{ "Schmidt", "Schmitt", 1, 1 },
		{ "Schmidt", "Schmidt", 0, 0 },
		{ "M\xc3\xbcller", "Muller", 1, 1 },	/* one code point */
		{ "M\xc3\xbcller", "Mueller", 2, 2 },
		{ "\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd",
		    "\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2", 2, 2 },
		/* ä vs ö share the lead byte: still one substitution. */
		{ "\xc3\xa4", "\xc3\xb6", 1, 1 },
		{ "x\xc3\xa4y", "x\xc3\xb6y", 1, 1 },
		/* Bad bytes are code points of their own. */
		{ "a\xff" "b", "a\xfe" "b", 1, 1 },
		{ "\xff\xfe", "\xfe\xff", 2, 1 },
		{ "\xc3", "\xc3\xa4", 1, 1 },
	};
	size_t	i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *a = cases[i].a, *b = cases[i].b;

		if (sim_levenshtein(S(a), S(b)) != cases[i].lev ||
		    sim_levenshtein(S(b), S(a)) != cases[i].lev)
			fail_msg("lev %zu '%s' '%s': %d, want %d", i, a, b,
			    sim_levenshtein(S(a), S(b)), cases[i].lev);
		if (sim_damerau(S(a), S(b)) != cases[i].osa ||
		    sim_damerau(S(b), S(a)) != cases[i].osa)
			fail_msg("osa %zu '%s' '%s': %d, want %d", i, a, b,
			    sim_damerau(S(a), S(b)), cases[i].osa);
	}
}

static void
test_levenshtein_max(void **state)
{
	assert_int_equal(sim_levenshtein_max(S("kitten"), S("sitting"), 3), 3);
	assert_int_equal(sim_levenshtein_max(S("kitten"), S("sitting"), 2), 3);
	assert_int_equal(sim_levenshtein_max(S("kitten"), S("sitting"), 0), 1);
	assert_int_equal(sim_levenshtein_max(S("abc"), S("abc"), 0), 0);
	assert_int_equal(sim_levenshtein_max(S("abc"), S("abd"), -5), 1);
	assert_int_equal(sim_levenshtein_max(S(""), S("abcdef"), 2), 3);
	assert_int_equal(sim_levenshtein_max(S(""), S("ab"), 2), 2);
	assert_int_equal(sim_levenshtein_max(S("Schmidt"), S("Schneider"), 1),
	    2);
	assert_int_equal(sim_levenshtein_max(S("Schmidt"), S("Schneider"), 10),
	    sim_levenshtein(S("Schmidt"), S("Schneider")));
}

/* Random strings against the full matrix, and symmetry. */
static void
test_random_distances(void **state)
{
	char	a[64], b[64];
	int	i, lev, osa, max, got;

	for (i = 0; i < 20000; i++) {
		random_word(a);
		random_word(b);
		if (rnd() % 4 == 0)
			memcpy(b, a, sizeof b);
		if (rnd() % 4 == 0 && strlen(a) > 2 &&
		    (unsigned char)a[0] < 0x80 && (unsigned char)a[1] < 0x80) {
			/* A near copy: the first two letters swapped. */
			memcpy(b, a, sizeof b);
			b[0] = a[1];
			b[1] = a[0];
		}
		lev = naive(a, b, 0);
		osa = naive(a, b, 1);
		if ((got = sim_levenshtein(S(a), S(b))) != lev)
			fail_msg("lev '%s' '%s': %d, want %d", a, b, got, lev);
		if ((got = sim_damerau(S(a), S(b))) != osa)
			fail_msg("osa '%s' '%s': %d, want %d", a, b, got, osa);
		max = (int)(rnd() % 6);
		got = sim_levenshtein_max(S(a), S(b), max);
		if (got != (lev <= max ? lev : max + 1))
			fail_msg("lev_max '%s' '%s' %d: %d, lev %d", a, b, max,
			    got, lev);
		if (sim_jaro_winkler(S(a), S(b)) != sim_jaro_winkler(S(b), S(a)))
			fail_msg("jw not symmetric: '%s' '%s'", a, b);
	}
}

/* Past SIM_STACK code points (the heap path) and past SIM_MAXCP (cut). */
static void
test_long(void **state)
{
	char	*a, *b;
	size_t	 i, n = 2 * SIM_STACK;

	a = malloc(2 * n + 3);
	b = malloc(2 * n + 3);
	assert_non_null(a);
	assert_non_null(b);
	/* Differ at both ends, so affix stripping leaves them long. */
	a[0] = 'x';
	b[0] = 'z';
	for (i = 0; i < n; i++) {
		a[1 + 2 * i] = b[1 + 2 * i] = 'a';
		a[2 + 2 * i] = b[2 + 2 * i] = 'b';
	}
	a[2 * n + 1] = 'y';
	b[2 * n + 1] = 'w';
	a[2 * n + 2] = b[2 * n + 2] = '\0';
	assert_int_equal(sim_levenshtein(S(a), S(b)), 2);
	assert_int_equal(sim_damerau(S(a), S(b)), 2);
	assert_int_equal(sim_levenshtein_max(S(a), S(b), 1), 2);
	assert_int_equal(sim_levenshtein_max(S(a), S(b), 3), 2);
	assert_true(sim_jaro_winkler(S(a), S(b)) > 0.99);
	assert_int_equal(sim_levenshtein(S(a), S("")), (int)(2 * n + 2));
	free(a);
	free(b);

	/* Only the first SIM_MAXCP code points count. */
	n = SIM_MAXCP + 100;
	a = malloc(n + 1);
	b = malloc(n + 1);
	assert_non_null(a);
	assert_non_null(b);
	memset(a, 'a', n);
	memset(b, 'b', n);
	a[n] = b[n] = '\0';
	assert_int_equal(sim_levenshtein(S(a), S(b)), SIM_MAXCP);
	assert_int_equal(sim_levenshtein_max(S(a), S(b), 5), 6);
	assert_true(sim_jaro_winkler(S(a), S(b)) == 0.0);
	free(a);
	free(b);
}

static void
test_jaro_winkler(void **state)
{
	static const struct {
		const char	*a, *b;
		double		 want;
	} cases[] = {
		{ "MARTHA", "MARHTA", 0.9611 },
		{ "DWAYNE", "DUANE", 0.84 },
		{ "DIXON", "DICKSONX", 0.8133 },
		{ "JELLYFISH", "SMELLYFISH", 0.8963 },
		{ "CRATE", "TRACE", 0.7333 },	/* Jaro 0.7333, no prefix */
		{ "abc", "xyz", 0.0 },
		{ "a", "a", 1.0 },
		{ "", "", 1.0 },
		{ "", "a", 0.0 },
		{ "a", "", 0.0 },
		/* Code points: ü is one, so this is MARTHA/MARHTA again. */
		{ "M\xc3\x9cRTHA", "M\xc3\x9cRHTA", 0.9611 },
	};
	size_t	i;
	double	got;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		got = sim_jaro_winkler(S(cases[i].a), S(cases[i].b));
		if (fabs(got - cases[i].want) > 0.00005)
			fail_msg("jw %zu '%s' '%s': %.5f, want %.4f", i,
			    cases[i].a, cases[i].b, got, cases[i].want);
		got = sim_jaro_winkler(S(cases[i].b), S(cases[i].a));
		if (fabs(got - cases[i].want) > 0.00005)
			fail_msg("jw %zu reversed: %.5f", i, got);
	}
}

static void
test_token_set(void **state)
{
	double	d;

	assert_true(sim_token_set(S("Anna Maria Schmidt"),
	    S("Schmidt, Anna Maria")) == 1.0);
	assert_true(sim_token_set(S("ANNA maria SCHMIDT"),
	    S("schmidt anna-maria")) == 1.0);
	assert_true(sim_token_set(S("Hans-Peter Meier"),
	    S("Meier, Hans Peter")) == 1.0);
	assert_true(sim_token_set(S("Anna  Anna Schmidt"),
	    S("Schmidt Anna")) == 1.0);		/* duplicates once */
	assert_true(sim_token_set(S("M\xc3\x9cLLER, J\xc3\xbcrgen"),
	    S("J\xc3\x9cRGEN M\xc3\xbcller")) == 1.0);	/* folded */

	/* A missing middle name: high, but not a match. */
	d = sim_token_set(S("Anna Schmidt"), S("Anna Maria Schmidt"));
	assert_true(d > 0.9 && d < 1.0);
	assert_true(fabs(d - 0.9333) < 0.0001);
	assert_true(sim_token_set(S("Anna Maria Schmidt"),
	    S("Anna Schmidt")) == d);
	/* A typo in a swapped name. */
	d = sim_token_set(S("Anna Schmitd"), S("Schmidt, Anna"));
	assert_true(d > 0.95 && d < 1.0);
	/* Nothing shared. */
	d = sim_token_set(S("Anna Schmidt"), S("Peter Muller"));
	assert_true(d < 0.5);

	assert_true(sim_token_set(S(""), S("")) == 1.0);
	assert_true(sim_token_set(S(" ,- "), S("")) == 1.0);
	assert_true(sim_token_set(S("Anna"), S("")) == 0.0);
	assert_true(sim_token_set(S(""), S("Anna")) == 0.0);
}

static void
test_fold(void **state)
{
	static const struct {
		const char	*in;
		int		 strip;
		const char	*want;
	} cases[] = {
		{ "", 0, "" },
		{ "Anna SCHMIDT", 0, "anna schmidt" },
		{ "Anna SCHMIDT", 1, "anna schmidt" },
		{ "M\xc3\xbcller", 0, "m\xc3\xbcller" },
		{ "M\xc3\x9cLLER", 0, "m\xc3\xbcller" },
		{ "M\xc3\xbcller", 1, "muller" },
		{ "Mu\xcc\x88ller", 0, "m\xc3\xbcller" },	/* NFC */
		{ "Mu\xcc\x88ller", 1, "muller" },
		{ "Stra\xc3\x9f" "e", 0, "strasse" },
		{ "Fran\xc3\xa7ois", 1, "francois" },
		{ "\xc5\x81\xc3\xb3" "d\xc5\xba", 1, "lodz" },	/* Łódź */
		{ "\xc3\x86r\xc3\xb8", 1, "aero" },		/* Ærø */
		{ "\xc3\x9e\xc3\xb3r", 1, "thor" },		/* Þór */
		{ "\xef\xac\x81sh", 1, "fish" },		/* ﬁsh */
		{ "\xef\xbc\xa1" "B", 1, "ab" },		/* fullwidth A */
		{ "\xd0\x98\xd0\x92\xd0\x90\xd0\x9d", 0,
		    "\xd0\xb8\xd0\xb2\xd0\xb0\xd0\xbd" },	/* ИВАН */
		{ "\xd0\x99", 1, "\xd0\xb8" },	/* Й loses its breve */
		/* Hangul decomposes under NFKD and must come back. */
		{ "\xed\x95\x9c\xea\xb5\xad", 1, "\xed\x95\x9c\xea\xb5\xad" },
		{ "\xce\x95\xce\xbb\xce\xad\xce\xbd\xce\xb7", 1,
		    "\xce\xb5\xce\xbb\xce\xb5\xce\xbd\xce\xb7" },	/* Ελένη */
		/* Not UTF-8: ASCII lowercased, the rest as is. */
		{ "\xc3\x9c\xff", 0, "\xc3\x9c\xff" },
		{ "AB\xff" "C", 0, "ab\xff" "c" },
		{ "AB\xff" "C", 1, "ab\xff" "c" },
	};
	char	out[64];
	size_t	i, n;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		n = sim_fold(S(cases[i].in), out, sizeof out, cases[i].strip);
		if (n != strlen(out) || strcmp(out, cases[i].want) != 0)
			fail_msg("fold %zu '%s' %d: '%s' (%zu)", i, cases[i].in,
			    cases[i].strip, out, n);
	}
	/* Cut at a code point: "mü" does not fit in 2 bytes. */
	assert_int_equal(sim_fold(S("M\xc3\xbcller"), out, 3, 0), 1);
	assert_string_equal(out, "m");
	assert_int_equal(sim_fold(S("M\xc3\xbcller"), out, 4, 0), 3);
	assert_string_equal(out, "m\xc3\xbc");
	assert_int_equal(sim_fold(S("ABC"), out, 2, 0), 1);
	assert_string_equal(out, "a");
	assert_int_equal(sim_fold(S("ABC"), out, 1, 1), 0);
	assert_string_equal(out, "");
	out[0] = 'x';
	assert_int_equal(sim_fold(S("ABC"), out, 0, 1), 0);
	assert_int_equal(out[0], 'x');
}

/* Folding past the 1 KiB stack buffers (libunistring allocates). */
static void
test_fold_long(void **state)
{
	char	in[3000], out[3100];
	size_t	i;

	for (i = 0; i + 2 <= 2000; i += 2) {
		in[i] = '\xc3';
		in[i + 1] = '\x9c';			/* Ü */
	}
	assert_int_equal(sim_fold(in, 2000, out, sizeof out, 0), 2000);
	assert_int_equal(memcmp(out, "\xc3\xbc\xc3\xbc", 4), 0);
	assert_int_equal(sim_fold(in, 2000, out, sizeof out, 1), 1000);
	for (i = 0; i < 1000; i++)
		assert_int_equal(out[i], 'u');
}

static void
test_date(void **state)
{
	static const struct {
		int		y1, m1, d1, y2, m2, d2;
		enum sim_level	want;
	} cases[] = {
		{ 1980, 3, 12, 1980, 3, 12, SIM_EXACT },
		{ 1980, 3, 12, 1980, 12, 3, SIM_CLOSE },	/* swapped */
		{ 1980, 3, 12, 1980, 8, 12, SIM_CLOSE },	/* one digit */
		{ 1980, 3, 12, 1980, 3, 13, SIM_CLOSE },
		{ 1980, 3, 12, 1986, 3, 12, SIM_CLOSE },
		{ 1980, 3, 12, 2980, 3, 12, SIM_CLOSE },	/* still one */
		{ 1989, 5, 1, 1990, 5, 1, SIM_CLOSE },		/* year +- 1 */
		{ 1990, 5, 1, 1989, 5, 1, SIM_CLOSE },
		{ 1980, 3, 12, 1980, 3, 21, SIM_FAR },		/* two digits */
		{ 1980, 3, 12, 1981, 12, 3, SIM_FAR },
		{ 1990, 3, 15, 1995, 3, 15, SIM_CLOSE },	/* one digit */
		{ 1988, 3, 15, 1993, 3, 15, SIM_FAR },
		{ 1993, 3, 15, 1988, 3, 15, SIM_FAR },
		{ 1988, 3, 15, 1993, 3, 16, SIM_DIFFERENT },
		{ 1988, 3, 15, 1993, 3, 14, SIM_FAR },
		{ 1988, 12, 31, 1993, 1, 1, SIM_FAR },
		{ 1988, 2, 29, 1993, 3, 1, SIM_DIFFERENT },
		{ 1950, 1, 1, 1991, 1, 1, SIM_DIFFERENT },
		{ 1980, 0, 12, 1980, 1, 12, SIM_DIFFERENT },	/* bad month */
		{ 1980, 1, 32, 1980, 1, 31, SIM_DIFFERENT },
		{ 1980, 0, 0, 1980, 0, 0, SIM_EXACT },
		{ -1, 1, 1, 0, 1, 1, SIM_DIFFERENT },
	};
	size_t		i;
	enum sim_level	got;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		got = sim_date(cases[i].y1, cases[i].m1, cases[i].d1,
		    cases[i].y2, cases[i].m2, cases[i].d2);
		if (got != cases[i].want)
			fail_msg("date %zu: %d, want %d", i, got, cases[i].want);
		got = sim_date(cases[i].y2, cases[i].m2, cases[i].d2,
		    cases[i].y1, cases[i].m1, cases[i].d1);
		if (got != cases[i].want)
			fail_msg("date %zu reversed: %d", i, got);
	}
}

static void
test_number(void **state)
{
	assert_int_equal(sim_number(10, 10, 1, 5), SIM_EXACT);
	assert_int_equal(sim_number(10, 11, 1, 5), SIM_CLOSE);
	assert_int_equal(sim_number(11, 10, 1, 5), SIM_CLOSE);
	assert_int_equal(sim_number(10, 15, 1, 5), SIM_FAR);
	assert_int_equal(sim_number(10, 15.5, 1, 5), SIM_DIFFERENT);
	assert_int_equal(sim_number(-3, 3, 1, 5), SIM_DIFFERENT);
	assert_int_equal(sim_number(NAN, NAN, 1, 5), SIM_DIFFERENT);
	assert_int_equal(sim_number(NAN, 1, 1, 5), SIM_DIFFERENT);
	assert_int_equal(sim_number(0.1, 0.1, 0, 0), SIM_EXACT);
}

static void
test_string_level(void **state)
{
	assert_int_equal(sim_string_level(S("Schmidt"), S("Schmidt"), 0.94,
	    0.88), SIM_EXACT);
	assert_int_equal(sim_string_level(S(""), S(""), 0.94, 0.88),
	    SIM_EXACT);
	/* JW 0.971 */
	assert_int_equal(sim_string_level(S("Schmidt"), S("Schmitt"), 0.94,
	    0.88), SIM_CLOSE);
	/* One transposition at the start, JW below both thresholds. */
	assert_int_equal(sim_string_level(S("ab"), S("ba"), 0.99, 0.98),
	    SIM_CLOSE);
	assert_int_equal(sim_string_level(S("Meier"), S("Mieer"), 0.99,
	    0.98), SIM_CLOSE);
	assert_int_equal(sim_string_level(S("A"), S("B"), 0.94, 0.88),
	    SIM_CLOSE);
	assert_int_equal(sim_string_level(S("M\xc3\xbcller"), S("Muller"),
	    0.99, 0.98), SIM_CLOSE);
	/* Two edits: JW decides. */
	assert_int_equal(sim_string_level(S("Schmidt"), S("Schmied"), 0.94,
	    0.88), SIM_CLOSE);			/* JW 0.943 */
	assert_int_equal(sim_string_level(S("Schmidt"), S("Schmied"), 0.95,
	    0.88), SIM_FAR);
	assert_int_equal(sim_string_level(S("Schmidt"), S("Schneider"), 0.94,
	    0.88), SIM_DIFFERENT);
	assert_int_equal(sim_string_level(S("abcd"), S("badc"), 0.99, 0.98),
	    SIM_DIFFERENT);
	assert_int_equal(sim_string_level(S("Anna"), S(""), 0.94, 0.88),
	    SIM_DIFFERENT);
	assert_int_equal(sim_string_level(S("a"), S(""), 0.94, 0.88),
	    SIM_CLOSE);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_levenshtein),
		cmocka_unit_test(test_levenshtein_max),
		cmocka_unit_test(test_random_distances),
		cmocka_unit_test(test_long),
		cmocka_unit_test(test_jaro_winkler),
		cmocka_unit_test(test_token_set),
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_fold_long),
		cmocka_unit_test(test_date),
		cmocka_unit_test(test_number),
		cmocka_unit_test(test_string_level),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
