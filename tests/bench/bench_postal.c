/*
 * bench_postal.c -- values per second of the postal-code validator on one
 * core: canonical codes, codes that need reformatting, and a mix with bad
 * values, over a spread of countries.
 *
 *   tests/bench/bench_postal [SECONDS]       (default 1 per set)
 *
 * Target: 1,000,000 values/s.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "validators/validate.h"

struct pv {
	const char	*country;
	const char	*value;
};

static const struct pv canonical[] = {
	{ "DE", "10115" }, { "FR", "75001" }, { "GB", "SW1A 1AA" },
	{ "US", "12345-6789" }, { "CA", "K1A 0B1" }, { "NL", "1012 JS" },
	{ "JP", "100-0001" }, { "BR", "01310-100" }, { "PL", "00-950" },
	{ "IT", "00118" }, { "ES", "28013" }, { "IN", "110001" },
	{ "CN", "100000" }, { "RU", "101000" }, { "AU", "2000" },
	{ "SE", "114 55" }, { "IE", "D02 X285" }, { "PT", "1000-001" },
	{ "AT", "1010" }, { "CH", "8001" },
};

static const struct pv reformat[] = {
	{ "GB", "sw1a1aa" }, { "CA", "k1a0b1" }, { "NL", "1234ab" },
	{ "BR", "01310100" }, { "JP", "1000001" }, { "PL", "00950" },
	{ "US", "123456789" }, { "DE", "D-10115" }, { "SE", "11455" },
	{ "CZ", "11000" }, { "IE", "d02x285" }, { "LT", "01100" },
	{ "IN", "110 001" }, { "PT", "1000001" }, { "GR", "10431" },
	{ "JP", "\xe3\x80\x92\xef\xbc\x91\xef\xbc\x90\xef\xbc\x90-0001" },
	{ "KY", "11100" }, { "AR", "c1425dkf" }, { "SK", "81101" },
	{ "MD", "2001" },
};

static const struct pv mixed[] = {
	{ "DE", "10115" }, { "DE", "1011" }, { "GB", "QA1 1AA" },
	{ "US", "n/a" }, { "AE", "" }, { "AE", "00000" }, { "FR", "75001" },
	{ "XX", "123" }, { "SO", "AB 12345" }, { "NL", "1234 SA" },
	{ "JP", "100-0001" }, { "DE", "" }, { "CA", "K1A 0B1" },
	{ "IT", "00118" }, { "GB", "EC1A 1BB" }, { "ES", "53000" },
	{ "BR", "01310-100" }, { "HK", "999077" }, { "PL", "00-950" },
	{ "US", "12345" },
};

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double
run(const char *what, const struct pv *vals, size_t nvals, double secs)
{
	struct val_out	 out;
	struct val_ctx	 ctx;
	size_t		 lens[64], i, n = 0, ok = 0;
	double		 t0, t;

	memset(&out, 0, sizeof out);
	memset(&ctx, 0, sizeof ctx);
	buf_init(&out.norm);
	for (i = 0; i < nvals; i++)
		lens[i] = strlen(vals[i].value);
	t0 = now();
	do {
		for (i = 0; i < 10000; i++) {
			buf_reset(&out.norm);
			out.note[0] = '\0';
			ctx.country = vals[i % nvals].country;
			if (val_postal(vals[i % nvals].value, lens[i % nvals],
			    &ctx, &out) == VAL_OK)
				ok++;
		}
		n += i;
	} while ((t = now() - t0) < secs);
	printf("%-10s %12.0f values/s (%zu values, %zu ok)\n", what, n / t, n,
	    ok);
	buf_free(&out.norm);
	return n / t;
}

int
main(int argc, char **argv)
{
	double	 secs = argc > 1 ? strtod(argv[1], NULL) : 1.0, worst, r;

	if (secs <= 0)
		secs = 1.0;
	worst = run("canonical", canonical,
	    sizeof canonical / sizeof canonical[0], secs);
	if ((r = run("reformat", reformat,
	    sizeof reformat / sizeof reformat[0], secs)) < worst)
		worst = r;
	if ((r = run("mixed", mixed, sizeof mixed / sizeof mixed[0],
	    secs)) < worst)
		worst = r;
	return worst >= 1e6 ? 0 : 1;
}
