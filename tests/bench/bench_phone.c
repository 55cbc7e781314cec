/*
 * bench_phone.c -- values per second of the phone validator on one core.
 *
 *	bench_phone [seconds]
 *
 * A mix like a customer table's: national and international numbers of
 * several countries, some with extensions, some invalid, some garbage.
 * The first pass compiles the patterns it needs; it is not timed.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/util.h"
#include "validators/validate.h"

static const struct {
	const char	*country;
	const char	*value;
} mix[] = {
	{ "DE", "030 123456" },
	{ "DE", "+49 30 1234567" },
	{ "DE", "0151 23456789" },
	{ "DE", "+49 (0)89 12345678 ext. 12" },
	{ "GB", "020 7946 0018" },
	{ "GB", "+44 7400 123456" },
	{ "GB", "07400 12345" },
	{ "US", "(201) 555-0123" },
	{ "US", "+1 212-555-0198" },
	{ "US", "1-800-555-0199 x42" },
	{ "CA", "604 555 0123" },
	{ "FR", "01 23 45 67 89" },
	{ "FR", "+33 6 12 34 56 78" },
	{ "JP", "03-1234-5678" },
	{ "JP", "090-1234-5678" },
	{ "CN", "010 1234 5678" },
	{ "CN", "138 0013 8000" },
	{ "RU", "8 (812) 123-45-67" },
	{ "RU", "+7 912 345-67-89" },
	{ "BR", "(11) 96123-4567" },
	{ "IN", "+91 98765 43210" },
	{ "ID", "0812-345-678" },
	{ "AU", "(02) 9876 5432" },
	{ "AU", "0412 345 678" },
	{ "DE", "12" },
	{ "FR", "n/a" },
	{ NULL, "0301234567" },
	{ "US", "" },
};

#define NMIX (sizeof mix / sizeof mix[0])

int
main(int argc, char **argv)
{
	struct val_ctx	 ctx[NMIX];
	struct val_out	 out;
	struct timespec	 t0, t1;
	size_t		 len[NMIX], i, ok = 0;
	unsigned long	 n = 0;
	double		 secs = 2.0, el = 0;

	if (argc > 1)
		secs = strtod(argv[1], NULL);
	buf_init(&out.norm);
	for (i = 0; i < NMIX; i++) {
		memset(&ctx[i], 0, sizeof ctx[i]);
		ctx[i].country = mix[i].country;
		len[i] = strlen(mix[i].value);
		buf_reset(&out.norm);
		ok += val_phone(mix[i].value, len[i], &ctx[i], &out) == VAL_OK;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	do {
		for (i = 0; i < NMIX; i++) {
			buf_reset(&out.norm);
			out.reason[0] = out.note[0] = '\0';
			(void)val_phone(mix[i].value, len[i], &ctx[i], &out);
		}
		n += NMIX;
		if (n % (NMIX * 1024) == 0) {
			clock_gettime(CLOCK_MONOTONIC, &t1);
			el = (double)(t1.tv_sec - t0.tv_sec) +
			    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
		}
	} while (el < secs);
	printf("phone: %lu values in %.2f s: %.0f values/s (%zu of %zu in the "
	    "mix valid)\n", n, el, (double)n / el, ok, (size_t)NMIX);
	buf_free(&out.norm);
	return 0;
}
