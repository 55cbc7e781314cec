/*
 * icu_country_names.c -- print every country name ICU (CLDR) has: for each
 * available locale and each code read from stdin (one alpha-2 a line),
 * the full and the short display name, as "LOCALE TAB CODE TAB NAME".
 * For tests/bench/icu-country-coverage.py, which compares them with the
 * generated table of validators/country_names.c (issue 19, item 5):
 *
 *	cc -O2 tests/bench/icu_country_names.c -o /tmp/icu_country_names \
 *	    $(pkg-config --cflags --libs icu-uc icu-i18n)
 */
#include <stdio.h>
#include <string.h>

#include <unicode/uldnames.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

int
main(void)
{
	UDisplayContext		 ctx[2] = {
		UDISPCTX_LENGTH_FULL, UDISPCTX_LENGTH_SHORT
	};
	ULocaleDisplayNames	*ldn;
	UErrorCode		 e;
	UChar			 buf[200];
	char			 codes[400][3], line[64], u8[600];
	const char		*loc;
	int32_t			 i, n, n8;
	int			 nc = 0, c, k;

	while (nc < 400 && fgets(line, sizeof line, stdin) != NULL)
		if (strlen(line) >= 2) {
			memcpy(codes[nc], line, 2);
			codes[nc++][2] = '\0';
		}
	for (i = 0; i < uloc_countAvailable(); i++) {
		loc = uloc_getAvailable(i);
		for (k = 0; k < 2; k++) {
			e = U_ZERO_ERROR;
			ldn = uldn_openForContext(loc, &ctx[k], 1, &e);
			if (U_FAILURE(e))
				continue;
			for (c = 0; c < nc; c++) {
				e = U_ZERO_ERROR;
				n = uldn_regionDisplayName(ldn, codes[c], buf,
				    200, &e);
				if (U_FAILURE(e) || n <= 0)
					continue;
				u_strToUTF8(u8, sizeof u8, &n8, buf, n, &e);
				/* No name: ICU echoes the code. */
				if (U_FAILURE(e) || strcmp(u8, codes[c]) == 0)
					continue;
				printf("%s\t%s\t%s\n", loc, codes[c], u8);
			}
			uldn_close(ldn);
		}
	}
	return 0;
}
