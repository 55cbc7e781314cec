/*
 * copybin.c -- binary COPY rows into the text PostgreSQL prints.
 *
 * The formats are the types' send functions (src/backend/utils/adt) and
 * the text is what their output functions print with DateStyle ISO and
 * TimeZone UTC: EncodeDateOnly, EncodeDateTime and AppendSeconds in
 * datetime.c, get_str_from_var in numeric.c, uuid_out.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/copybin.h"

static const char signature[11] = "PGCOPY\n\377\r\n";

/* Days from 1970-01-01 to PostgreSQL's epoch, 2000-01-01. */
#define PG_EPOCH_DAYS	10957LL
#define USECS_PER_DAY	86400000000LL

/* Numeric's sign word (numeric.c). */
#define NUMERIC_POS	0x0000
#define NUMERIC_NEG	0x4000
#define NUMERIC_NAN	0xC000
#define NUMERIC_PINF	0xD000
#define NUMERIC_NINF	0xF000

enum copybin_kind
copybin_kind(unsigned int oid)
{
	/* The OIDs are fixed in pg_type.dat. */
	switch (oid) {
	case 16:	return CB_BOOL;
	case 19:	/* name */
	case 25:	/* text */
	case 114:	/* json */
	case 1042:	/* bpchar: sent padded, as printed */
	case 1043:	return CB_TEXT;	/* varchar */
	case 20:	return CB_INT8;
	case 21:	return CB_INT2;
	case 23:	return CB_INT4;
	case 1700:	return CB_NUMERIC;
	case 1082:	return CB_DATE;
	case 1114:	return CB_TIMESTAMP;
	case 1184:	return CB_TIMESTAMPTZ;
	case 2950:	return CB_UUID;
	case 3802:	return CB_JSONB;
	default:	return CB_CAST;
	}
}

void
copybin_init(struct copybin *cb)
{
	memset(cb, 0, sizeof *cb);
	buf_init(&cb->text);
}

void
copybin_free(struct copybin *cb)
{
	buf_free(&cb->text);
	free(cb->off);
	memset(cb, 0, sizeof *cb);
}

static uint16_t
get16(const unsigned char *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

static uint32_t
get32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	    (uint32_t)p[2] << 8 | p[3];
}

static uint64_t
get64(const unsigned char *p)
{
	return (uint64_t)get32(p) << 32 | get32(p + 4);
}

/*
 * n in at least width digits, zero-padded (pg_ultostr_zeropad), written
 * at p; returns the end.  A scan formats millions of these, so no stdio.
 */
static char *
zeropad(char *p, unsigned long long n, int width)
{
	char	 d[24];
	int	 i = 0;

	do {
		d[i++] = (char)('0' + n % 10);
		n /= 10;
	} while (n > 0);
	while (i < width)
		d[i++] = '0';
	while (i > 0)
		*p++ = d[--i];
	return p;
}

/* Two digits of n (0 to 99) at p. */
static char *
two(char *p, int n)
{
	p[0] = (char)('0' + n / 10);
	p[1] = (char)('0' + n % 10);
	return p + 2;
}

static void
decimal(struct buf *b, long long v)
{
	char	 d[24], *p = d;

	if (v < 0) {
		*p++ = '-';
		/* -(v + 1) + 1 stays in range for LLONG_MIN. */
		p = zeropad(p, (unsigned long long)-(v + 1) + 1, 1);
	} else
		p = zeropad(p, (unsigned long long)v, 1);
	buf_add(b, d, (size_t)(p - d));
}

/* Civil date of a day count from 1970-01-01 (Hinnant's algorithm). */
static void
civil(long long z, long long *y, int *m, int *d)
{
	long long	 era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

/*
 * "YYYY-MM-DD" of days from 2000-01-01 at p; returns the end, *bc set
 * when the year is BC.
 */
static char *
date_text(char *p, long long days, int *bc)
{
	long long	 y;
	int		 m, d;

	civil(days + PG_EPOCH_DAYS, &y, &m, &d);
	/* Year 0 is 1 BC. */
	*bc = y <= 0;
	p = zeropad(p, (unsigned long long)(y > 0 ? y : 1 - y), 4);
	*p++ = '-';
	p = two(p, m);
	*p++ = '-';
	return two(p, d);
}

static void
timestamp_text(struct buf *b, int64_t t, int tz)
{
	long long	 days, us, secs;
	int		 bc, i;
	char		 out[64], *p = out;

	if (t == INT64_MAX || t == INT64_MIN) {
		buf_adds(b, t == INT64_MAX ? "infinity" : "-infinity");
		return;
	}
	days = t / USECS_PER_DAY;
	us = t % USECS_PER_DAY;
	if (us < 0) {
		us += USECS_PER_DAY;
		days--;
	}
	p = date_text(p, days, &bc);
	secs = us / 1000000;
	us %= 1000000;
	*p++ = ' ';
	p = two(p, (int)(secs / 3600));
	*p++ = ':';
	p = two(p, (int)(secs / 60 % 60));
	*p++ = ':';
	p = two(p, (int)(secs % 60));
	if (us != 0) {
		/* Six digits, trailing zeros dropped (AppendSeconds). */
		*p++ = '.';
		for (i = 5; i >= 0; i--, us /= 10)
			p[i] = (char)('0' + us % 10);
		for (i = 6; p[i - 1] == '0'; i--)
			;
		p += i;
	}
	if (tz) {
		memcpy(p, "+00", 3);
		p += 3;
	}
	if (bc) {
		memcpy(p, " BC", 3);
		p += 3;
	}
	buf_add(b, out, (size_t)(p - out));
}

/* get_str_from_var: base-10000 digits with weight and display scale. */
static int
numeric_text(struct buf *b, const unsigned char *p, size_t len)
{
	int	 ndigits, weight, dscale, d, i, k, dig;
	unsigned sign;
	char	 four[4];

	if (len < 8)
		return -1;
	ndigits = (int16_t)get16(p);
	weight = (int16_t)get16(p + 2);
	sign = get16(p + 4);
	dscale = get16(p + 6);
	if (ndigits < 0 || len != 8 + 2 * (size_t)ndigits)
		return -1;
	switch (sign) {
	case NUMERIC_NAN:
		buf_adds(b, "NaN");
		return 0;
	case NUMERIC_PINF:
		buf_adds(b, "Infinity");
		return 0;
	case NUMERIC_NINF:
		buf_adds(b, "-Infinity");
		return 0;
	case NUMERIC_NEG:
		buf_addc(b, '-');
		break;
	case NUMERIC_POS:
		break;
	default:
		return -1;
	}
	for (i = 0; i < ndigits; i++)
		if (get16(p + 8 + 2 * i) > 9999)
			return -1;
#define DIGIT(x)	((x) >= 0 && (x) < ndigits ? get16(p + 8 + 2 * (x)) : 0)
	if (weight < 0) {
		d = weight + 1;
		buf_addc(b, '0');
	} else {
		for (d = 0; d <= weight; d++) {
			dig = DIGIT(d);
			for (k = 3; k >= 0; k--, dig /= 10)
				four[k] = (char)('0' + dig % 10);
			/* The first group without its leading zeros. */
			for (k = 0; d == 0 && k < 3 && four[k] == '0'; k++)
				;
			buf_add(b, four + k, (size_t)(4 - k));
		}
	}
	if (dscale > 0) {
		buf_addc(b, '.');
		for (i = 0; i < dscale; d++, i += 4) {
			dig = DIGIT(d);
			for (k = 3; k >= 0; k--, dig /= 10)
				four[k] = (char)('0' + dig % 10);
			buf_add(b, four, (size_t)(dscale - i < 4 ? dscale - i :
			    4));
		}
	}
#undef DIGIT
	return 0;
}

static void
uuid_text(struct buf *b, const unsigned char *p)
{
	static const char	 hex[] = "0123456789abcdef";
	int			 i;

	for (i = 0; i < 16; i++) {
		if (i == 4 || i == 6 || i == 8 || i == 10)
			buf_addc(b, '-');
		buf_addc(b, hex[p[i] >> 4]);
		buf_addc(b, hex[p[i] & 15]);
	}
}

/*
 * Value p[0..len) of kind k: kept as it is in *out, or its text appended
 * to cb->text (*decoded set).  0, or -1 when it is not of its type.
 */
static int
value(struct copybin *cb, enum copybin_kind k, const unsigned char *p,
    size_t len, struct field_value *out, int *decoded)
{
	struct buf	*b = &cb->text;

	*decoded = 1;
	switch (k) {
	case CB_CAST:
	case CB_TEXT:
		*decoded = 0;
		out->data = (const char *)p;
		out->len = len;
		return 0;
	case CB_JSONB:
		/* A version byte, then the text jsonb_out prints. */
		if (len < 1 || p[0] != 1)
			return -1;
		*decoded = 0;
		out->data = (const char *)p + 1;
		out->len = len - 1;
		return 0;
	case CB_BOOL:
		if (len != 1)
			return -1;
		*decoded = 0;
		out->data = p[0] ? "t" : "f";
		out->len = 1;
		return 0;
	case CB_INT2:
		if (len != 2)
			return -1;
		decimal(b, (int16_t)get16(p));
		return 0;
	case CB_INT4:
		if (len != 4)
			return -1;
		decimal(b, (int32_t)get32(p));
		return 0;
	case CB_INT8:
		if (len != 8)
			return -1;
		decimal(b, (long long)(int64_t)get64(p));
		return 0;
	case CB_NUMERIC:
		return numeric_text(b, p, len);
	case CB_DATE: {
		int32_t	 days;
		int	 bc;
		char	 text[32], *e;

		if (len != 4)
			return -1;
		days = (int32_t)get32(p);
		if (days == INT32_MAX || days == INT32_MIN) {
			buf_adds(b, days == INT32_MAX ? "infinity" :
			    "-infinity");
			return 0;
		}
		e = date_text(text, days, &bc);
		if (bc) {
			memcpy(e, " BC", 3);
			e += 3;
		}
		buf_add(b, text, (size_t)(e - text));
		return 0;
	}
	case CB_TIMESTAMP:
	case CB_TIMESTAMPTZ:
		if (len != 8)
			return -1;
		timestamp_text(b, (int64_t)get64(p), k == CB_TIMESTAMPTZ);
		return 0;
	case CB_UUID:
		if (len != 16)
			return -1;
		uuid_text(b, p);
		return 0;
	}
	return -1;
}

int
copybin_row(struct copybin *cb, const char *msg, size_t len,
    const enum copybin_kind *kinds, struct field_value *out, size_t nfields,
    char **cause)
{
	const unsigned char	*p = (const unsigned char *)msg;
	const unsigned char	*end = p + len;
	uint32_t		 ext;
	int32_t			 flen;
	size_t			 i;
	int			 n, decoded;

	if (!cb->started) {
		/* Signature, flags, then a header extension to skip. */
		if (len < 19 || memcmp(p, signature, sizeof signature) != 0) {
			*cause = xstrdup("not a binary COPY stream");
			return -1;
		}
		ext = get32(p + 15);
		if (ext > len - 19) {
			*cause = xstrdup("binary COPY header cut short");
			return -1;
		}
		p += 19 + ext;
		cb->started = 1;
	}
	if (p == end)
		return 0;
	if (cb->ended || end - p < 2) {
		*cause = xstrdup("binary COPY data after its end");
		return -1;
	}
	n = (int16_t)get16(p);
	p += 2;
	if (n == -1) {
		cb->ended = 1;
		if (p != end) {
			*cause = xstrdup("binary COPY data after its end");
			return -1;
		}
		return 0;
	}
	if (n < 0 || (size_t)n != nfields) {
		*cause = xasprintf("binary COPY row of %d columns, expected %zu",
		    n, nfields);
		return -1;
	}
	if (cb->noff < nfields) {
		cb->off = xreallocarray(cb->off, nfields, sizeof *cb->off);
		cb->noff = nfields;
	}
	buf_reset(&cb->text);
	for (i = 0; i < nfields; i++) {
		if (end - p < 4)
			goto short_row;
		flen = (int32_t)get32(p);
		p += 4;
		cb->off[i] = SIZE_MAX;
		if (flen == -1) {
			out[i].data = NULL;
			out[i].len = 0;
			continue;
		}
		if (flen < 0 || end - p < flen)
			goto short_row;
		cb->off[i] = cb->text.len;
		if (value(cb, kinds[i], p, (size_t)flen, &out[i], &decoded) != 0) {
			*cause = xasprintf("binary COPY column %zu: a value of "
			    "%d bytes is not of its type", i + 1, flen);
			return -1;
		}
		if (!decoded)
			cb->off[i] = SIZE_MAX;
		else
			out[i].len = cb->text.len - cb->off[i];
		p += flen;
	}
	if (p != end) {
		*cause = xstrdup("binary COPY row longer than its columns");
		return -1;
	}
	/* The buffer may have moved while it grew: point in only now. */
	for (i = 0; i < nfields; i++)
		if (cb->off[i] != SIZE_MAX)
			out[i].data = cb->text.data + cb->off[i];
	return (int)nfields;
short_row:
	*cause = xstrdup("binary COPY row cut short");
	return -1;
}
