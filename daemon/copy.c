/*
 * copy.c -- COPY text format decoding and encoding.
 */
#include "config.h"

#include <string.h>

#include "daemon/copy.h"
#include "lib/utf8.h"

static int
octal(int c)
{
	return c >= '0' && c <= '7' ? c - '0' : -1;
}

static int
hex(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decode escapes of s[0..len) in place; returns the new length. */
static size_t
unescape(char *s, size_t len)
{
	char	*r = s, *w = s, *end = s + len;
	int	 v, d, i;

	while (r < end) {
		if (*r != '\\' || r + 1 >= end) {
			*w++ = *r++;
			continue;
		}
		r++;
		switch (*r) {
		case 'b': *w++ = '\b'; r++; break;
		case 'f': *w++ = '\f'; r++; break;
		case 'n': *w++ = '\n'; r++; break;
		case 'r': *w++ = '\r'; r++; break;
		case 't': *w++ = '\t'; r++; break;
		case 'v': *w++ = '\v'; r++; break;
		case 'x':
			r++;
			for (v = 0, i = 0; i < 2 && r < end && (d = hex(*r)) >= 0;
			    i++, r++)
				v = v * 16 + d;
			if (i == 0)
				*w++ = 'x';
			else
				*w++ = (char)v;
			break;
		default:
			if (octal(*r) >= 0) {
				for (v = 0, i = 0; i < 3 && r < end &&
				    (d = octal(*r)) >= 0; i++, r++)
					v = v * 8 + d;
				*w++ = (char)v;
			} else
				*w++ = *r++;	/* \\ and any other */
			break;
		}
	}
	return (size_t)(w - s);
}

int
copy_split(char *line, size_t len, struct field_value *out, size_t nfields)
{
	char	*p = line, *end = line + len, *tab;
	size_t	 n = 0, flen;

	if (len > 0 && end[-1] == '\n')
		end--;
	for (;;) {
		tab = memchr(p, '\t', (size_t)(end - p));
		flen = (size_t)((tab != NULL ? tab : end) - p);
		if (n >= nfields)
			return -1;
		if (flen == 2 && p[0] == '\\' && p[1] == 'N') {
			out[n].data = NULL;
			out[n].len = 0;
		} else {
			out[n].data = p;
			out[n].len = memchr(p, '\\', flen) != NULL ?
			    unescape(p, flen) : flen;
		}
		n++;
		if (tab == NULL)
			break;
		p = tab + 1;
	}
	return n == nfields ? (int)n : -1;
}

static void
escape_byte(struct buf *b, unsigned char c)
{
	switch (c) {
	case '\\': buf_add(b, "\\\\", 2); break;
	case '\t': buf_add(b, "\\t", 2); break;
	case '\n': buf_add(b, "\\n", 2); break;
	case '\r': buf_add(b, "\\r", 2); break;
	default: buf_addc(b, (char)c); break;
	}
}

void
copy_escape(struct buf *b, const char *s, size_t len)
{
	size_t	 i;

	if (s == NULL) {
		buf_add(b, "\\N", 2);
		return;
	}
	buf_reserve(b, len);
	for (i = 0; i < len; i++)
		escape_byte(b, (unsigned char)s[i]);
}

void
copy_escape_utf8(struct buf *b, const char *s, size_t len)
{
	static const char	 digits[] = "0123456789abcdef";
	size_t			 bad;
	char			 esc[5] = { '\\', '\\', 'x', 0, 0 };

	if (s == NULL) {
		buf_add(b, "\\N", 2);
		return;
	}
	while (val_utf8_check(s, len, &bad) != 0) {
		copy_escape(b, s, bad);
		/* "\\x" in COPY text is a literal backslash and x. */
		esc[3] = digits[(unsigned char)s[bad] >> 4];
		esc[4] = digits[(unsigned char)s[bad] & 15];
		buf_add(b, esc, 3);
		buf_add(b, esc + 3, 2);
		s += bad + 1;
		len -= bad + 1;
	}
	copy_escape(b, s, len);
}
