/*
 * postal.c -- the postal-code validator.
 *
 * A postal code is judged in the format of the record's country
 * (ctx->country, an alpha-2 code, or AC, TA, XK) from the table in
 * postal_formats.c, which contrib/postalformats.py generates from Google's
 * address metadata, and normalised: white space trimmed, letters upper
 * case, full-width forms and Unicode dashes made ASCII, a leading Japanese
 * postal mark (U+3012) dropped, then the letters and digits laid out again
 * in the country's canonical spacing and hyphenation ("sw1a1aa" ->
 * "SW1A 1AA", "k1a0b1" -> "K1A 0B1", "1234ab" -> "1234 AB", "01310100" ->
 * "01310-100", "1000001" -> "100-0001", "00950" -> "00-950", "123456789"
 * -> "12345-6789").
 *
 * Layouts (the layout column of the table) are alternatives separated by
 * '|', tried in order against the letters and digits of the value:
 *   n   a digit            a   a letter           x   a letter or digit
 *   ' ' and '-' are written out;
 *   an upper-case letter or a digit stands for itself.  A layout that
 *   starts with '~' lets its leading run of them ("LV" in "~LV-nnnn") be
 *   missing from the value; it is added.
 * The result must then match the country's pattern (Google's) and, where
 * the table has one, its stricter hand-written pattern (the letters Royal
 * Mail uses, no Dutch "SA", Spanish provinces).  A layout whose result
 * does not match is passed over for the next one.  A value that fits no
 * layout is tried once more without a leading country prefix: the alpha-2
 * code ("DE-10115", "NL-1234 AB", "AI-2640") or the row's legacy prefix
 * ("D-10115", "F-75001").  The normal form therefore always matches the
 * country's pattern.
 *
 * Countries without postal codes accept an empty value (VAL_OK, empty
 * normal form, note "no-postal-codes-in-country") and flag any other:
 * placeholders such as "00000" or a P.O. box are what such fields hold.
 * Countries whose format we do not know accept 2 to 10 letters, digits,
 * spaces and hyphens, beginning and ending with a letter or digit, with
 * note "format-not-checked".
 *
 * The patterns are compiled on first use, with JIT where available, and
 * kept for the life of the process; the validator is for the single
 * scanning thread.
 *
 * Reason codes (VAL_BAD), in the order they are tested:
 *   invalid-utf8                the value is not valid UTF-8
 *   needs-country               the record has no country to judge by
 *   unknown-country             the record's country is not an assigned
 *                               ISO 3166-1 alpha-2 code
 *   no-postal-codes-in-country  a value where the country has no postal
 *                               codes
 *   empty                       empty or white space, where the country
 *                               has postal codes
 *   bad-character               a character other than a letter, digit,
 *                               space or hyphen (punctuation, "n/a",
 *                               another script)
 *   bad-format                  letters and digits that are not a postal
 *                               code of the country (wrong length, wrong
 *                               letters, out of range)
 * Notes:
 *   format-not-checked          VAL_OK, but the country's format is not
 *                               known to Steward
 *   country-prefix-removed      VAL_OK after dropping "DE-", "D-", ...
 *   no-postal-codes-in-country  VAL_OK for an empty value where the
 *                               country has no postal codes
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8

#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "validators/basic.h"
#include "validators/country.h"
#include "lib/utf8.h"
#include "validators/validate.h"

/* Longest folded value looked at; no postal code comes near it. */
#define VAL_MAX		32
/* Rows the pattern cache has room for (one per country). */
#define MAX_ROWS	300
/* Patterns per row: Google's and the strict one. */
#define NPAT		2
/* An unchecked country's code has 2 to 10 characters. */
#define LOOSE_MIN	2
#define LOOSE_MAX	10

static struct {
	int			 ready;
	int16_t			 row[26 * 26];	/* alpha-2 -> row, or -1 */
	pcre2_code		*re[MAX_ROWS][NPAT];
	signed char		 state[MAX_ROWS][NPAT];	/* 0 new, 1 ok, -1 bad */
	signed char		 jit[MAX_ROWS][NPAT];
	pcre2_match_data	*md;
} pc;

static void
postal_init(void)
{
	size_t	 i;
	int	 ix;

	for (i = 0; i < 26 * 26; i++)
		pc.row[i] = -1;
	for (i = 0; i < val_postal_nformats && i < MAX_ROWS; i++) {
		ix = (val_postal_formats[i].country[0] - 'A') * 26 +
		    (val_postal_formats[i].country[1] - 'A');
		if (ix >= 0 && ix < 26 * 26)
			pc.row[ix] = (int16_t)i;
	}
	pc.md = pcre2_match_data_create(1, NULL);
	pc.ready = 1;
}

/* Pattern k (0 Google's, 1 strict) of row i, or NULL for none. */
static const char *
postal_pattern(size_t i, int k)
{
	return k == 0 ? val_postal_formats[i].pattern :
	    val_postal_formats[i].strict;
}

/* The compiled pattern k of row i, or NULL if it cannot be had. */
static pcre2_code *
postal_re(size_t i, int k)
{
	const char	*p = postal_pattern(i, k);
	int		 err;
	PCRE2_SIZE	 eoff;

	if (pc.state[i][k] == 0) {
		pc.state[i][k] = -1;
		if (p != NULL && pc.md != NULL &&
		    (pc.re[i][k] = pcre2_compile((PCRE2_SPTR)p,
		    PCRE2_ZERO_TERMINATED, PCRE2_DOLLAR_ENDONLY, &err, &eoff,
		    NULL)) != NULL) {
			pc.state[i][k] = 1;
			pc.jit[i][k] = pcre2_jit_compile(pc.re[i][k],
			    PCRE2_JIT_COMPLETE) == 0;
		}
	}
	return pc.state[i][k] == 1 ? pc.re[i][k] : NULL;
}

/*
 * 1 if s matches row i's patterns (Google's and the strict one), 0 if
 * not, -1 if one could not be tried.
 */
static int
postal_match(size_t i, const char *s, size_t len)
{
	pcre2_code	*re;
	int		 k, rc;

	for (k = 0; k < NPAT; k++) {
		if (postal_pattern(i, k) == NULL)
			continue;
		if ((re = postal_re(i, k)) == NULL)
			return -1;
		if (pc.jit[i][k])
			rc = pcre2_jit_match(re, (PCRE2_SPTR)s, len, 0, 0,
			    pc.md, NULL);
		else
			rc = pcre2_match(re, (PCRE2_SPTR)s, len, 0, 0, pc.md,
			    NULL);
		if (rc == PCRE2_ERROR_NOMATCH)
			return 0;
		if (rc < 0)
			return -1;
	}
	return 1;
}

static int
is_upper(int c)
{
	return c >= 'A' && c <= 'Z';
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/*
 * Lay the letters and digits c[0..clen) out by one layout alternative
 * lay[0..laylen) into dst (at least VAL_MAX + laylen bytes).  Returns the
 * length written, or -1 if they do not fit.
 */
static int
layout_fit(const char *lay, size_t laylen, const char *c, size_t clen,
    char *dst)
{
	size_t	 i = 0, j = 0, k = 0, lead = 0;

	/* "~LV-nnnn": the leading literal run may be missing from the value. */
	if (laylen > 0 && lay[0] == '~') {
		lay++;
		laylen--;
		while (lead < laylen && (is_upper(lay[lead]) ||
		    is_digit(lay[lead])))
			lead++;
		if (clen >= lead && memcmp(c, lay, lead) == 0)
			j = lead;
		memcpy(dst, lay, lead);
		k = i = lead;
	}
	for (; i < laylen; i++) {
		if (lay[i] == ' ' || lay[i] == '-') {
			dst[k++] = lay[i];
			continue;
		}
		if (j >= clen)
			return -1;
		switch (lay[i]) {
		case 'n':
			if (!is_digit(c[j]))
				return -1;
			break;
		case 'a':
			if (!is_upper(c[j]))
				return -1;
			break;
		case 'x':
			break;
		default:
			if (c[j] != lay[i])
				return -1;
			break;
		}
		dst[k++] = c[j++];
	}
	return j == clen ? (int)k : -1;
}

/*
 * Try every layout of row i on c[0..clen); on success the canonical form
 * is in dst and its length is returned.  *unchecked is set when the
 * pattern could not be run (the layout alone then decides).
 */
static int
postal_fit(size_t i, const char *c, size_t clen, char *dst, int *unchecked)
{
	const char	*lay = val_postal_formats[i].layout, *bar;
	size_t		 laylen;
	int		 n, m;

	for (;;) {
		bar = strchr(lay, '|');
		laylen = bar != NULL ? (size_t)(bar - lay) : strlen(lay);
		if ((n = layout_fit(lay, laylen, c, clen, dst)) >= 0) {
			if ((m = postal_match(i, dst, (size_t)n)) == 1)
				return n;
			if (m < 0) {
				*unchecked = 1;
				return n;
			}
		}
		if (bar == NULL)
			return -1;
		lay = bar + 1;
	}
}

/* Length of the UTF-8 sequence at p (already validated) and its code point. */
static size_t
utf8_decode(const unsigned char *p, uint32_t *cp)
{
	if (p[0] < 0xe0) {
		*cp = (uint32_t)(p[0] & 0x1f) << 6 | (p[1] & 0x3f);
		return 2;
	}
	if (p[0] < 0xf0) {
		*cp = (uint32_t)(p[0] & 0x0f) << 12 |
		    (uint32_t)(p[1] & 0x3f) << 6 | (p[2] & 0x3f);
		return 3;
	}
	*cp = (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3f) << 12 |
	    (uint32_t)(p[2] & 0x3f) << 6 | (p[3] & 0x3f);
	return 4;
}

/*
 * What one non-ASCII character of a postal code is: an ASCII letter or
 * digit (full-width forms), ' ', '-' (dashes, the katakana long mark that
 * Japanese input methods give for a hyphen), 'm' for the postal mark, or 0
 * for anything else.
 */
static int
fold_wide(uint32_t cp)
{
	if (cp >= 0xff10 && cp <= 0xff19)
		return (int)(cp - 0xff10) + '0';
	if (cp >= 0xff21 && cp <= 0xff3a)
		return (int)(cp - 0xff21) + 'A';
	if (cp >= 0xff41 && cp <= 0xff5a)
		return (int)(cp - 0xff41) + 'A';
	if (cp == 0x00a0 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x202f ||
	    cp == 0x205f || cp == 0x3000)
		return ' ';
	if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xfe63 ||
	    cp == 0xff0d || cp == 0x30fc || cp == 0xff70)
		return '-';
	if (cp == 0x3012)
		return 'm';
	return 0;
}

/*
 * Fold s[0..len) into v: upper case, ASCII, white space trimmed and
 * collapsed to one space.  Returns the length, -1 for a character that
 * cannot be in a postal code, or -2 if longer than VAL_MAX.
 */
static int
postal_fold(const char *s, size_t len, char v[VAL_MAX + 1])
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, k = 0;
	uint32_t		 cp;
	int			 ch, pending = 0, mark = 0;

	while (i < len) {
		if (p[i] < 0x80) {
			ch = p[i++];
			if (ch >= 'a' && ch <= 'z')
				ch -= 'a' - 'A';
			else if (ch == '\t' || ch == '\n' || ch == '\r' ||
			    ch == '\v' || ch == '\f')
				ch = ' ';
			else if (!is_upper(ch) && !is_digit(ch) && ch != ' ' &&
			    ch != '-')
				return -1;
		} else {
			i += utf8_decode(p + i, &cp);
			if ((ch = fold_wide(cp)) == 0)
				return -1;
		}
		if (ch == ' ') {
			pending = 1;
			continue;
		}
		if (ch == 'm') {
			/* 〒 only before the code, and once. */
			if (k > 0 || mark)
				return -1;
			mark = 1;
			continue;
		}
		if (pending && k > 0) {
			if (k >= VAL_MAX)
				return -2;
			v[k++] = ' ';
		}
		pending = 0;
		if (k >= VAL_MAX)
			return -2;
		v[k++] = (char)ch;
	}
	v[k] = '\0';
	return (int)k;
}

static enum val_status
bad(struct val_out *out, const char *reason)
{
	snprintf(out->reason, sizeof out->reason, "%s", reason);
	return VAL_BAD;
}

static enum val_status
good(struct val_out *out, const char *norm, size_t len, const char *note)
{
	buf_add(&out->norm, norm, len);
	if (note != NULL)
		snprintf(out->note, sizeof out->note, "%s", note);
	return VAL_OK;
}

/* An unchecked country: any short code of letters, digits, spaces, '-'. */
static enum val_status
postal_loose(const char *v, size_t vlen, struct val_out *out)
{
	if (vlen < LOOSE_MIN || vlen > LOOSE_MAX || v[0] == '-' ||
	    v[vlen - 1] == '-')
		return bad(out, "bad-format");
	return good(out, v, vlen, "format-not-checked");
}

enum val_status
val_postal(const char *s, size_t len, const struct val_ctx *ctx,
    struct val_out *out)
{
	const struct val_postal_format	*f;
	const char			*pfx[2];
	char				 v[VAL_MAX + 1], c[VAL_MAX + 1];
	char				 canon[2 * VAL_MAX + 16];
	size_t				 bad_at, i, clen = 0, plen, row;
	int				 vlen, n, ix, a, b, unchecked = 0;

	if (val_utf8_check(s, len, &bad_at) != 0)
		return bad(out, "invalid-utf8");
	if (ctx == NULL || ctx->country == NULL || ctx->country[0] == '\0')
		return bad(out, "needs-country");
	if (!pc.ready)
		postal_init();
	ix = -1;
	if (ctx->country[1] != '\0' && ctx->country[2] == '\0') {
		a = ctx->country[0] & ~0x20;
		b = ctx->country[1] & ~0x20;
		if (is_upper(a) && is_upper(b))
			ix = pc.row[(a - 'A') * 26 + (b - 'A')];
	}
	if (ix < 0)
		return bad(out, "unknown-country");
	row = (size_t)ix;
	f = &val_postal_formats[row];

	if (f->kind == VAL_POSTAL_NONE) {
		if (!val_blank(s, len))
			return bad(out, "no-postal-codes-in-country");
		return good(out, "", 0, "no-postal-codes-in-country");
	}
	if (val_blank(s, len))
		return bad(out, "empty");
	if ((vlen = postal_fold(s, len, v)) == -1)
		return bad(out, "bad-character");
	if (vlen < 0)
		return bad(out, "bad-format");
	if (vlen == 0)			/* only the postal mark */
		return bad(out, "empty");
	if (f->kind == VAL_POSTAL_UNCHECKED || f->layout == NULL)
		return postal_loose(v, (size_t)vlen, out);

	for (i = 0; i < (size_t)vlen; i++)
		if (v[i] != ' ' && v[i] != '-')
			c[clen++] = v[i];
	c[clen] = '\0';
	if (clen == 0)
		return bad(out, "bad-format");
	if ((n = postal_fit(row, c, clen, canon, &unchecked)) >= 0)
		return good(out, canon, (size_t)n,
		    unchecked ? "format-not-checked" : NULL);

	/* "DE-10115", "D-10115". */
	pfx[0] = f->country;
	pfx[1] = f->prefix;
	for (i = 0; i < 2; i++) {
		if (pfx[i] == NULL)
			continue;
		plen = strlen(pfx[i]);
		if (clen <= plen || memcmp(c, pfx[i], plen) != 0)
			continue;
		if ((n = postal_fit(row, c + plen, clen - plen, canon,
		    &unchecked)) >= 0)
			return good(out, canon, (size_t)n,
			    unchecked ? "format-not-checked" :
			    "country-prefix-removed");
	}
	return bad(out, "bad-format");
}
