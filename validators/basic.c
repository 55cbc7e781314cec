/*
 * basic.c -- the simplest judgements of a value.
 */
#include "config.h"

#include "validators/basic.h"

/*
 * Length of the Unicode White_Space character at s (ASCII or UTF-8), or 0.
 * Full-width U+3000 and no-break U+00A0 are what "empty" looks like in
 * Japanese and copy-pasted data.
 */
static size_t
space_len(const unsigned char *s, size_t len)
{
	switch (s[0]) {
	case ' ': case '\t': case '\n': case '\v': case '\f': case '\r':
		return 1;
	case 0xc2:	/* U+0085, U+00A0 */
		return len >= 2 && (s[1] == 0x85 || s[1] == 0xa0) ? 2 : 0;
	case 0xe1:	/* U+1680 */
		return len >= 3 && s[1] == 0x9a && s[2] == 0x80 ? 3 : 0;
	case 0xe2:	/* U+2000-200A, U+2028, U+2029, U+202F, U+205F */
		if (len < 3)
			return 0;
		if (s[1] == 0x80 && (s[2] <= 0x8a || s[2] == 0xa8 ||
		    s[2] == 0xa9 || s[2] == 0xaf))
			return 3;
		return s[1] == 0x81 && s[2] == 0x9f ? 3 : 0;
	case 0xe3:	/* U+3000 */
		return len >= 3 && s[1] == 0x80 && s[2] == 0x80 ? 3 : 0;
	}
	return 0;
}

int
val_blank(const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, n;

	while (i < len) {
		if ((n = space_len(p + i, len - i)) == 0)
			return 0;
		i += n;
	}
	return 1;
}
