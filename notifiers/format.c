/*
 * format.c -- CSV and JSON quoting.
 */
#include "config.h"

#include <string.h>

#include "notifiers/format.h"
#include "validators/utf8.h"

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
