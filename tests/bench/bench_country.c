/*
 * bench_country.c -- values per second of the country validator on one
 * core, for codes, for names in several scripts, and for a mix with some
 * bad values.
 *
 *   tests/bench/bench_country [SECONDS]      (default 1 per set)
 *
 * Target: 1,000,000 values/s for codes.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "validators/validate.h"

static const char *const codes[] = {
	"DE", "fr", "GB", "us", " IT ", "ES", "pl", "NL", "JP", "cn",
	"DEU", "fra", "GBR", "USA", "276", "250", "826", "840", "BR", "in",
};

static const char *const names[] = {
	"Germany", "Deutschland", "France", "United Kingdom", "USA",
	"Российская Федерация", "Германия", "中国", "德国", "日本", "ドイツ",
	"Jerman", "España", "Polska", "Nederland", "The Netherlands",
	"Côte d'Ivoire", "Brasil", "Österreich", "대한민국",
};

static const char *const mixed[] = {
	"DE", "Germany", "XX", "Narnia", "", "fr", "Frankreich", "840",
	"Россия", "n/a", "GB", "UK", "999", "中国", "usa", "Schweiz",
	"ABC", "Italia", "  ", "JP",
};

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double
run(const char *what, const char *const *vals, size_t nvals, double secs)
{
	struct val_out	 out;
	size_t		 lens[64], i, n = 0, ok = 0;
	double		 t0, t;

	memset(&out, 0, sizeof out);
	buf_init(&out.norm);
	for (i = 0; i < nvals; i++)
		lens[i] = strlen(vals[i]);
	t0 = now();
	do {
		for (i = 0; i < 10000; i++) {
			buf_reset(&out.norm);
			if (val_country(vals[i % nvals], lens[i % nvals], NULL,
			    &out) == VAL_OK)
				ok++;
		}
		n += i;
	} while ((t = now() - t0) < secs);
	printf("%-8s %12.0f values/s (%zu values, %zu ok)\n", what, n / t, n,
	    ok);
	buf_free(&out.norm);
	return n / t;
}

int
main(int argc, char **argv)
{
	double	 secs = argc > 1 ? strtod(argv[1], NULL) : 1.0, codes_rate;

	if (secs <= 0)
		secs = 1.0;
	codes_rate = run("codes", codes, sizeof codes / sizeof codes[0], secs);
	run("names", names, sizeof names / sizeof names[0], secs);
	run("mixed", mixed, sizeof mixed / sizeof mixed[0], secs);
	return codes_rate >= 1e6 ? 0 : 1;
}
