/*
 * format.c -- CSV and JSON quoting.
 */
#include "config.h"

#include <string.h>

#include "lib/format.h"
#include "lib/utf8.h"

void
fmt_csv_field(struct buf *b, const char *s, size_t len)
{
	size_t	 i;

	if (len > 0 && (s[0] == ' ' || s[len - 1] == ' '))
		goto quote;
	for (i = 0; i < len; i++)
		if (s[i] == '"' || s[i] == ',' || s[i] == '\n' || s[i] == '\r')
			goto quote;
	buf_add(b, s, len);
	return;
quote:
	buf_addc(b, '"');
	for (i = 0; i < len; i++) {
		if (s[i] == '"')
			buf_addc(b, '"');
		buf_addc(b, s[i]);
	}
	buf_addc(b, '"');
}

static void
json_plain(struct buf *b, const char *s, size_t len)
{
	static const char	 hex[] = "0123456789abcdef";
	unsigned char		 c;
	size_t			 i;

	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		switch (c) {
		case '"': buf_add(b, "\\\"", 2); break;
		case '\\': buf_add(b, "\\\\", 2); break;
		case '\n': buf_add(b, "\\n", 2); break;
		case '\r': buf_add(b, "\\r", 2); break;
		case '\t': buf_add(b, "\\t", 2); break;
		default:
			if (c < 0x20) {
				buf_add(b, "\\u00", 4);
				buf_addc(b, hex[c >> 4]);
				buf_addc(b, hex[c & 15]);
			} else
				buf_addc(b, (char)c);
		}
	}
}

void
fmt_json_string(struct buf *b, const char *s, size_t len)
{
	size_t	 bad;

	buf_addc(b, '"');
	while (val_utf8_check(s, len, &bad) != 0) {
		json_plain(b, s, bad);
		if (s[bad] == '\0')
			buf_add(b, "\\u0000", 6);
		else
			buf_add(b, "\xef\xbf\xbd", 3);
		s += bad + 1;
		len -= bad + 1;
	}
	json_plain(b, s, len);
	buf_addc(b, '"');
}

/* Number of bytes of the UTF-8 character starting at s. */
static size_t
char_len(const unsigned char *s, size_t len)
{
	size_t	 n = 1;

	if (s[0] >= 0xf0)
		n = 4;
	else if (s[0] >= 0xe0)
		n = 3;
	else if (s[0] >= 0xc0)
		n = 2;
	return n > len ? len : n;
}

void
fmt_mask(struct buf *b, const char *s, size_t len, const char *field)
{
	const char	*at;
	size_t		 i, digits = 0, seen = 0;

	if (s == NULL) {
		buf_adds(b, "NULL");
		return;
	}
	if (len == 0)
		return;
	if (strcmp(field, "email") == 0) {
		/* The domain is kept; without one, nothing but a letter. */
		buf_add(b, s, char_len((const unsigned char *)s, len));
		buf_adds(b, "***");
		if ((at = memchr(s, '@', len)) != NULL && at > s)
			buf_add(b, at, len - (size_t)(at - s));
		return;
	}
	if (strcmp(field, "phone") == 0) {
		/* Keep the separators, the first three and last two digits. */
		for (i = 0; i < len; i++)
			digits += s[i] >= '0' && s[i] <= '9';
		for (i = 0; i < len; i++) {
			if (s[i] >= '0' && s[i] <= '9') {
				seen++;
				buf_addc(b, seen <= 3 || seen + 2 > digits ?
				    s[i] : '*');
			} else
				buf_addc(b, s[i]);
		}
		return;
	}
	if (strcmp(field, "birth_date") == 0) {
		/*
		 * The year says the age band; the day says who.  Keep the
		 * first run of four digits, star the other digits.
		 */
		size_t	 run, year = len;

		for (i = 0; i < len; i += run ? run : 1) {
			for (run = 0; i + run < len && s[i + run] >= '0' &&
			    s[i + run] <= '9'; run++)
				;
			if (run == 4) {
				year = i;
				break;
			}
		}
		for (i = 0; i < len; i++)
			buf_addc(b, s[i] >= '0' && s[i] <= '9' &&
			    (i < year || i >= year + 4) ? '*' : s[i]);
		return;
	}
	if (strcmp(field, "first_name") == 0 || strcmp(field, "last_name") == 0 ||
	    strcmp(field, "postal_code") == 0 || strcmp(field, "key") == 0) {
		buf_add(b, s, char_len((const unsigned char *)s, len));
		buf_adds(b, "***");
		return;
	}
	/* Countries, dates of events, flags: not personal on their own. */
	buf_add(b, s, len);
}
