/*
 * similar.c -- edit distances, Jaro-Winkler, token sets, case folding,
 * and the levels of dates, numbers and strings.
 *
 * The distances first drop the common prefix and suffix (on bytes, then
 * back to a code point boundary): names that differ at all mostly differ
 * in one place, so the DP that remains is small.  This keeps both the
 * Levenshtein and the OSA distance unchanged.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "validators/similar.h"

#define CONT(c)		(((c) & 0xc0) == 0x80)
#define FOLD_BUF	1024	/* bytes folded without malloc */

/* free(NULL) is a libc call: skip it on the hot path. */
#define FREE_IF(p)	do { if ((p) != NULL) free(p); } while (0)

/* The code points of one string: on the stack unless long. */
struct seq {
	const uint32_t	*cp;
	size_t		 n;
	uint32_t	*heap;
	uint32_t	 buf[SIM_STACK];
};

/* DP rows (three for OSA), or JW's flags and matches. */
struct work {
	void		*heap;
	int		 buf[3 * (SIM_STACK + 1)];
};

struct tok {
	const char	*p;
	size_t		 len;
};

/*
 * Decode one code point at p (len > 0).  A byte that does not start a
 * well-formed sequence stands for itself as 0xdc00 + byte (the trick of
 * Python's surrogateescape), so it equals only the same bad byte.
 * Overlong forms and surrogates are let through: for a comparison they
 * are as good as any other number.
 */
static inline size_t
utf8_dec(const unsigned char *p, size_t len, uint32_t *cp)
{
	unsigned char	c = p[0];

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf && len >= 2 && CONT(p[1])) {
		*cp = ((uint32_t)(c & 0x1f) << 6) | (p[1] & 0x3f);
		return 2;
	}
	if (c >= 0xe0 && c <= 0xef && len >= 3 && CONT(p[1]) && CONT(p[2])) {
		*cp = ((uint32_t)(c & 0x0f) << 12) |
		    ((uint32_t)(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
		return 3;
	}
	if (c >= 0xf0 && c <= 0xf4 && len >= 4 && CONT(p[1]) && CONT(p[2]) &&
	    CONT(p[3])) {
		*cp = ((uint32_t)(c & 0x07) << 18) |
		    ((uint32_t)(p[1] & 0x3f) << 12) |
		    ((uint32_t)(p[2] & 0x3f) << 6) | (p[3] & 0x3f);
		return 4;
	}
	*cp = 0xdc00 | c;
	return 1;
}

/*
 * Decode s into s->buf; past SIM_STACK code points move to the heap,
 * sized by the bytes left, and stop at SIM_MAXCP.  No allocation
 * failure is fatal: the string is then cut at SIM_STACK.
 */
static void
seq_init(struct seq *s, const char *str, size_t len)
{
	const unsigned char	*p = (const unsigned char *)str;
	uint32_t		*cp = s->buf;
	size_t			 i = 0, n = 0, cap = SIM_STACK, want;

	s->heap = NULL;
	/* Names are mostly ASCII. */
	if (len <= SIM_STACK) {
		while (i < len && p[i] < 0x80)
			cp[n++] = p[i++];
	}
	while (i < len) {
		if (n == cap) {
			if (s->heap != NULL)
				break;
			want = n + (len - i);
			if (want > SIM_MAXCP)
				want = SIM_MAXCP;
			if ((s->heap = malloc(want * sizeof *cp)) == NULL)
				break;
			memcpy(s->heap, s->buf, n * sizeof *cp);
			cp = s->heap;
			cap = want;
		}
		if (p[i] < 0x80)
			cp[n++] = p[i++];
		else
			i += utf8_dec(p + i, len - i, &cp[n++]);
	}
	s->cp = cp;
	s->n = n;
}

static void
seq_free(struct seq *s)
{
	FREE_IF(s->heap);
}

/* size bytes of scratch: on the stack if they fit, else malloc or NULL. */
static void *
work_get(struct work *w, size_t size)
{
	w->heap = NULL;
	if (size <= sizeof w->buf)
		return w->buf;
	w->heap = malloc(size);
	return w->heap;
}

/* Drop the common prefix and suffix, keeping code points whole. */
static void
strip_affix(const char **a, size_t *alen, const char **b, size_t *blen)
{
	const unsigned char	*p = (const unsigned char *)*a;
	const unsigned char	*q = (const unsigned char *)*b;
	size_t			 i = 0, k = 0, n;

	n = *alen < *blen ? *alen : *blen;
	while (i < n && p[i] == q[i])
		i++;
	while (i > 0 && ((i < *alen && CONT(p[i])) ||
	    (i < *blen && CONT(q[i]))))
		i--;
	n -= i;
	while (k < n && p[*alen - 1 - k] == q[*blen - 1 - k])
		k++;
	while (k > 0 && CONT(p[*alen - k]))
		k--;
	*a += i;
	*b += i;
	*alen -= i + k;
	*blen -= i + k;
}

/* Order two decoded strings so that *x is the longer one. */
static void
longer_first(const struct seq *sa, const struct seq *sb, const uint32_t **x,
    size_t *n, const uint32_t **y, size_t *m)
{
	if (sa->n >= sb->n) {
		*x = sa->cp;
		*n = sa->n;
		*y = sb->cp;
		*m = sb->n;
	} else {
		*x = sb->cp;
		*n = sb->n;
		*y = sa->cp;
		*m = sa->n;
	}
}

int
sim_levenshtein(const char *a, size_t alen, const char *b, size_t blen)
{
	struct seq	 sa, sb;
	struct work	 w;
	const uint32_t	*x, *y;
	size_t		 n, m, i, j;
	uint32_t	 c;
	int		*row, diag, left, up, v, d;

	strip_affix(&a, &alen, &b, &blen);
	if (alen == 0 && blen == 0)
		return 0;
	seq_init(&sa, a, alen);
	seq_init(&sb, b, blen);
	/* The shorter string spans the row. */
	longer_first(&sa, &sb, &x, &n, &y, &m);
	w.heap = NULL;
	if (m == 0) {
		d = (int)n;
		goto out;
	}
	if ((row = work_get(&w, (m + 1) * sizeof *row)) == NULL) {
		row = w.buf;
		m = SIM_STACK;
		n = n < SIM_STACK ? n : SIM_STACK;
	}
	for (j = 0; j <= m; j++)
		row[j] = (int)j;
	for (i = 0; i < n; i++) {
		c = x[i];
		diag = row[0];
		left = row[0] = (int)i + 1;
		for (j = 1; j <= m; j++) {
			up = row[j];
			v = diag + (c != y[j - 1]);
			if (up + 1 < v)
				v = up + 1;
			if (left + 1 < v)
				v = left + 1;
			row[j] = left = v;
			diag = up;
		}
	}
	d = row[m];
out:
	FREE_IF(w.heap);
	seq_free(&sa);
	seq_free(&sb);
	return d;
}

int
sim_damerau(const char *a, size_t alen, const char *b, size_t blen)
{
	struct seq	 sa, sb;
	struct work	 w;
	const uint32_t	*x, *y;
	size_t		 n, m, i, j;
	uint32_t	 c, cprev;
	int		*r0, *r1, *r2, *tmp, v, d;

	strip_affix(&a, &alen, &b, &blen);
	if (alen == 0 && blen == 0)
		return 0;
	seq_init(&sa, a, alen);
	seq_init(&sb, b, blen);
	longer_first(&sa, &sb, &x, &n, &y, &m);
	w.heap = NULL;
	if (m == 0) {
		d = (int)n;
		goto out;
	}
	/* Rows i - 2, i - 1 and i; a transposition looks two back. */
	if ((r0 = work_get(&w, 3 * (m + 1) * sizeof *r0)) == NULL) {
		r0 = w.buf;
		m = SIM_STACK;
		n = n < SIM_STACK ? n : SIM_STACK;
	}
	r1 = r0 + m + 1;
	r2 = r1 + m + 1;
	for (j = 0; j <= m; j++)
		r1[j] = (int)j;
	cprev = 0;
	for (i = 1; i <= n; i++) {
		c = x[i - 1];
		r2[0] = (int)i;
		for (j = 1; j <= m; j++) {
			v = r1[j - 1] + (c != y[j - 1]);
			if (r1[j] + 1 < v)
				v = r1[j] + 1;
			if (r2[j - 1] + 1 < v)
				v = r2[j - 1] + 1;
			if (i > 1 && j > 1 && c == y[j - 2] && cprev == y[j - 1] &&
			    r0[j - 2] + 1 < v)
				v = r0[j - 2] + 1;
			r2[j] = v;
		}
		cprev = c;
		tmp = r0;
		r0 = r1;
		r1 = r2;
		r2 = tmp;
	}
	d = r1[m];
out:
	FREE_IF(w.heap);
	seq_free(&sa);
	seq_free(&sb);
	return d;
}

int
sim_levenshtein_max(const char *a, size_t alen, const char *b, size_t blen,
    int max)
{
	struct seq	 sa, sb;
	struct work	 w;
	const uint32_t	*x, *y;
	size_t		 n, m, i, j, lo, hi, k;
	uint32_t	 c;
	int		*row, diag, left, up, v, d, big, rowmin;

	if (max < 0)
		max = 0;
	big = max + 1;
	k = (size_t)max;
	strip_affix(&a, &alen, &b, &blen);
	if (alen == 0 && blen == 0)
		return 0;
	seq_init(&sa, a, alen);
	seq_init(&sb, b, blen);
	longer_first(&sa, &sb, &x, &n, &y, &m);
	w.heap = NULL;
	if (n - m > k) {		/* the length difference alone */
		d = big;
		goto out;
	}
	if (m == 0) {
		d = (int)n;
		goto out;
	}
	if ((row = work_get(&w, (m + 1) * sizeof *row)) == NULL) {
		row = w.buf;
		m = SIM_STACK;
		n = n < SIM_STACK ? n : SIM_STACK;
	}
	/*
	 * Only cells with |i - j| <= max can hold a value <= max; any
	 * value above max stands for "too far" (big), and cells outside the
	 * band keep big from the first row, so the band needs no edges.
	 */
	for (j = 0; j <= m; j++)
		row[j] = j <= k ? (int)j : big;
	for (i = 1; i <= n; i++) {
		lo = i > k ? i - k : 1;
		hi = i + k < m ? i + k : m;
		c = x[i - 1];
		if (lo == 1) {
			diag = row[0];
			left = row[0] = i <= k ? (int)i : big;
			rowmin = left;
		} else {
			diag = row[lo - 1];
			left = big;
			rowmin = big;
		}
		for (j = lo; j <= hi; j++) {
			up = row[j];
			v = diag + (c != y[j - 1]);
			if (up + 1 < v)
				v = up + 1;
			if (left + 1 < v)
				v = left + 1;
			if (v > big)
				v = big;
			row[j] = left = v;
			diag = up;
			if (v < rowmin)
				rowmin = v;
		}
		/* Every path to the end crosses this row. */
		if (rowmin > max) {
			d = big;
			goto out;
		}
	}
	d = row[m] > max ? big : row[m];
out:
	FREE_IF(w.heap);
	seq_free(&sa);
	seq_free(&sb);
	return d;
}

static int
bytes_cmp(const char *a, size_t alen, const char *b, size_t blen)
{
	int	c;

	c = memcmp(a, b, alen < blen ? alen : blen);
	if (c != 0)
		return c;
	return (alen > blen) - (alen < blen);
}

double
sim_jaro_winkler(const char *a, size_t alen, const char *b, size_t blen)
{
	struct seq	 sa, sb;
	struct work	 w;
	const uint32_t	*x, *y;
	uint32_t	*match, c;
	unsigned char	*flag;
	size_t		 n, m, i, j, lo, hi, range, mc, t, k, l;
	double		 jaro;

	if (alen == blen && memcmp(a, b, alen) == 0)
		return 1.0;
	if (alen == 0 || blen == 0)
		return 0.0;
	seq_init(&sa, a, alen);
	seq_init(&sb, b, blen);
	/*
	 * The shorter string looks for matches in the longer (commons-text);
	 * equal lengths are ordered by bytes, so JW(a, b) == JW(b, a) even
	 * where greedy matching is not symmetric.
	 */
	if (sa.n < sb.n || (sa.n == sb.n && bytes_cmp(a, alen, b, blen) < 0)) {
		x = sa.cp;
		n = sa.n;
		y = sb.cp;
		m = sb.n;
	} else {
		x = sb.cp;
		n = sb.n;
		y = sa.cp;
		m = sa.n;
	}
	match = work_get(&w, n * sizeof *match + m);
	if (match == NULL) {
		match = (uint32_t *)w.buf;
		n = n < SIM_STACK ? n : SIM_STACK;
		m = m < SIM_STACK ? m : SIM_STACK;
	}
	flag = (unsigned char *)(match + n);
	memset(flag, 0, m);

	range = m / 2 > 0 ? m / 2 - 1 : 0;
	mc = 0;
	for (i = 0; i < n; i++) {
		c = x[i];
		lo = i > range ? i - range : 0;
		hi = i + range + 1 < m ? i + range + 1 : m;
		for (j = lo; j < hi; j++) {
			if (!flag[j] && y[j] == c) {
				flag[j] = 1;
				match[mc++] = c;
				break;
			}
		}
	}
	if (mc == 0) {
		jaro = 0.0;
		goto out;
	}
	/* Matches out of order are transpositions; each pair counts once. */
	t = 0;
	for (j = 0, k = 0; k < mc; j++) {
		if (flag[j]) {
			t += y[j] != match[k];
			k++;
		}
	}
	t /= 2;
	jaro = ((double)mc / n + (double)mc / m + (double)(mc - t) / mc) / 3.0;
	if (jaro > 0.7) {
		for (l = 0; l < 4 && l < n && x[l] == y[l]; l++)
			;
		jaro += l * 0.1 * (1.0 - jaro);
	}
out:
	FREE_IF(w.heap);
	seq_free(&sa);
	seq_free(&sb);
	return jaro;
}

/* Length of the token separator at s[i], or 0. */
static size_t
tok_sep(const unsigned char *s, size_t len, size_t i)
{
	switch (s[i]) {
	case ' ': case '\t': case '\n': case '\v': case '\f': case '\r':
	case '-': case ',':
		return 1;
	case 0xc2:				/* U+00A0 no-break space */
		return i + 1 < len && s[i + 1] == 0xa0 ? 2 : 0;
	case 0xe2:				/* U+2010 hyphen */
		return i + 2 < len && s[i + 1] == 0x80 && s[i + 2] == 0x90 ?
		    3 : 0;
	}
	return 0;
}

static int
tok_cmp(const struct tok *a, const struct tok *b)
{
	return bytes_cmp(a->p, a->len, b->p, b->len);
}

/* Split s into sorted, distinct tokens; returns how many. */
static size_t
tokenize(const char *str, size_t len, struct tok *t)
{
	const unsigned char	*s = (const unsigned char *)str;
	struct tok		 new;
	size_t			 i = 0, n = 0, k, sep;
	int			 c = 1;

	while (i < len && n < SIM_MAXTOK) {
		if ((sep = tok_sep(s, len, i)) != 0) {
			i += sep;
			continue;
		}
		new.p = str + i;
		while (i < len && tok_sep(s, len, i) == 0)
			i++;
		new.len = (size_t)(str + i - new.p);
		k = n;
		while (k > 0 && (c = tok_cmp(&t[k - 1], &new)) > 0)
			k--;
		if (k > 0 && c == 0)		/* seen before */
			continue;
		memmove(&t[k + 1], &t[k], (n - k) * sizeof *t);
		t[k] = new;
		n++;
	}
	return n;
}

/* Join the tokens with single spaces; out has room for all of them. */
static size_t
tok_join(char *out, const struct tok *const *t, size_t n)
{
	size_t	i, len = 0;

	for (i = 0; i < n; i++) {
		if (i > 0)
			out[len++] = ' ';
		memcpy(out + len, t[i]->p, t[i]->len);
		len += t[i]->len;
	}
	return len;
}

double
sim_token_set(const char *a, size_t alen, const char *b, size_t blen)
{
	char			 fa[FOLD_BUF], fb[FOLD_BUF];
	char			 ja[FOLD_BUF + SIM_MAXTOK], jb[sizeof ja];
	struct tok		 ta[SIM_MAXTOK], tb[SIM_MAXTOK];
	const struct tok	*ca[SIM_MAXTOK], *cb[SIM_MAXTOK];
	size_t			 na, nb, i, j, ns, nx, ny, la, lb;
	int			 c;

	na = tokenize(fa, sim_fold(a, alen, fa, sizeof fa, 0), ta);
	nb = tokenize(fb, sim_fold(b, blen, fb, sizeof fb, 0), tb);

	/* The shared tokens first (on both sides), then the rest. */
	ns = 0;
	for (i = 0, j = 0; i < na && j < nb; ) {
		if ((c = tok_cmp(&ta[i], &tb[j])) == 0) {
			ca[ns] = cb[ns] = &ta[i];
			ns++;
			i++;
			j++;
		} else if (c < 0)
			i++;
		else
			j++;
	}
	nx = ny = ns;
	for (i = 0, j = 0; i < na || j < nb; ) {
		c = i == na ? 1 : j == nb ? -1 : tok_cmp(&ta[i], &tb[j]);
		if (c == 0) {
			i++;
			j++;
		} else if (c < 0)
			ca[nx++] = &ta[i++];
		else
			cb[ny++] = &tb[j++];
	}
	la = tok_join(ja, ca, nx);
	lb = tok_join(jb, cb, ny);
	return sim_jaro_winkler(ja, la, jb, lb);
}

/* Copy at most outlen - 1 bytes of src, cut at a code point, and a NUL. */
static size_t
copy_cut(char *out, size_t outlen, const uint8_t *src, size_t n)
{
	if (n > outlen - 1) {
		n = outlen - 1;
		while (n > 0 && CONT(src[n]))
			n--;
	}
	memcpy(out, src, n);
	out[n] = '\0';
	return n;
}

/* Latin letters that NFKD leaves alone, as sim_fold strips them. */
static const char *
strip_letter(ucs4_t c)
{
	switch (c) {
	case 0x00e6:	return "ae";
	case 0x00f0:	return "d";
	case 0x00f8:	return "o";
	case 0x00fe:	return "th";
	case 0x0111:	return "d";
	case 0x0127:	return "h";
	case 0x0131:	return "i";
	case 0x0142:	return "l";
	case 0x0153:	return "oe";
	case 0x0167:	return "t";
	}
	return NULL;
}

size_t
sim_fold(const char *in, size_t len, char *out, size_t outlen, int strip)
{
	uint8_t		 fbuf[FOLD_BUF], nbuf[FOLD_BUF];
	uint8_t		*f = NULL, *nf = NULL;
	size_t		 i, n, flen = sizeof fbuf, nlen = sizeof nbuf, r, w;
	const char	*rep;
	uint32_t	 c;
	int		 ascii = 1;

	if (outlen == 0)
		return 0;
	for (i = 0; i < len; i++) {
		if ((unsigned char)in[i] >= 0x80)
			break;
	}
	if (i == len) {
		/* Most names: lowercase ASCII, no libunistring. */
		n = len < outlen - 1 ? len : outlen - 1;
		for (i = 0; i < n; i++) {
			out[i] = in[i];
			if (in[i] >= 'A' && in[i] <= 'Z')
				out[i] = in[i] + ('a' - 'A');
		}
		out[n] = '\0';
		return n;
	}
	/*
	 * Not UTF-8: lowercase the ASCII, keep the rest (some libunistring
	 * versions refuse it, newer ones make U+FFFD; be the same on all).
	 */
	if (u8_check((const uint8_t *)in, len) == NULL)
		f = u8_casefold((const uint8_t *)in, len, NULL,
		    strip ? UNINORM_NFKD : UNINORM_NFC, fbuf, &flen);
	if (f == NULL) {
		n = len < outlen - 1 ? len : outlen - 1;
		for (i = 0; i < n; i++) {
			out[i] = in[i];
			if (in[i] >= 'A' && in[i] <= 'Z')
				out[i] = in[i] + ('a' - 'A');
		}
		out[n] = '\0';
		return n;
	}
	if (!strip) {
		n = copy_cut(out, outlen, f, flen);
		goto out;
	}
	/*
	 * Drop the marks and map the odd letters in place: no replacement
	 * is longer than what it replaces.  NFKD may leave capitals that
	 * have no lower case (U+210C is "H"): lowercase ASCII once more.
	 */
	for (r = 0, w = 0; r < flen; ) {
		i = utf8_dec(f + r, flen - r, &c);
		if (c < 0x80) {
			f[w++] = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
		} else if (uc_is_general_category(c, UC_NON_SPACING_MARK)) {
			;
		} else if ((rep = strip_letter(c)) != NULL) {
			while (*rep != '\0')
				f[w++] = (uint8_t)*rep++;
		} else {
			memmove(f + w, f + r, i);
			w += i;
			ascii = 0;
		}
		r += i;
	}
	if (ascii) {
		n = copy_cut(out, outlen, f, w);
		goto out;
	}
	/* Compose what is left (Hangul jamo back into syllables). */
	nf = u8_normalize(UNINORM_NFC, f, w, nbuf, &nlen);
	if (nf == NULL)
		n = copy_cut(out, outlen, f, w);
	else
		n = copy_cut(out, outlen, nf, nlen);
out:
	if (f != fbuf)
		free(f);
	if (nf != nbuf)
		free(nf);
	return n;
}

static int
date_ok(int y, int m, int d)
{
	return y >= 0 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

enum sim_level
sim_date(int y1, int m1, int d1, int y2, int m2, int d2)
{
	long	a, b, x, z;
	int	k, diff, dy, early, late;

	if (y1 == y2 && m1 == m2 && d1 == d2)
		return SIM_EXACT;
	if (!date_ok(y1, m1, d1) || !date_ok(y2, m2, d2))
		return SIM_DIFFERENT;
	if (y1 == y2 && m1 == d2 && d1 == m2)
		return SIM_CLOSE;
	a = y1 * 10000L + m1 * 100L + d1;
	b = y2 * 10000L + m2 * 100L + d2;
	diff = 0;
	for (k = 0, x = a, z = b; k < 8; k++, x /= 10, z /= 10)
		diff += x % 10 != z % 10;
	if (diff == 1)
		return SIM_CLOSE;
	if (m1 == m2 && d1 == d2 && (y1 - y2 == 1 || y2 - y1 == 1))
		return SIM_CLOSE;
	/* Years from the earlier date to the later, and their days. */
	if (a <= b) {
		dy = y2 - y1;
		early = m1 * 100 + d1;
		late = m2 * 100 + d2;
	} else {
		dy = y1 - y2;
		early = m2 * 100 + d2;
		late = m1 * 100 + d1;
	}
	if (dy < 5 || (dy == 5 && late <= early))
		return SIM_FAR;
	return SIM_DIFFERENT;
}

enum sim_level
sim_number(double a, double b, double close, double far)
{
	double	d;

	if (a != a || b != b)			/* NaN */
		return SIM_DIFFERENT;
	if (a == b)
		return SIM_EXACT;
	d = a > b ? a - b : b - a;
	if (d <= close)
		return SIM_CLOSE;
	if (d <= far)
		return SIM_FAR;
	return SIM_DIFFERENT;
}

/* Up to max code points of s into cp; max + 1 if there are more. */
static size_t
dec_few(const char *s, size_t len, uint32_t *cp, size_t max)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, n = 0;

	while (i < len) {
		if (n == max)
			return max + 1;
		i += utf8_dec(p + i, len - i, &cp[n++]);
	}
	return n;
}

/*
 * Is the OSA distance at most 1?  Without the common prefix and suffix,
 * one edit leaves 0 and 1, 1 and 1, or a swapped pair of code points.
 */
static int
osa_le1(const char *a, size_t alen, const char *b, size_t blen)
{
	uint32_t	x[2], y[2];
	size_t		n, m;

	strip_affix(&a, &alen, &b, &blen);
	if ((n = dec_few(a, alen, x, 2)) > 2 ||
	    (m = dec_few(b, blen, y, 2)) > 2)
		return 0;
	if (n + m <= 1 || (n == 1 && m == 1))
		return 1;
	return n == 2 && m == 2 && x[0] == y[1] && x[1] == y[0];
}

enum sim_level
sim_string_level(const char *a, size_t alen, const char *b, size_t blen,
    double jw_close, double jw_far)
{
	double	jw;

	if (alen == blen && memcmp(a, b, alen) == 0)
		return SIM_EXACT;
	jw = sim_jaro_winkler(a, alen, b, blen);
	if (jw >= jw_close || osa_le1(a, alen, b, blen))
		return SIM_CLOSE;
	if (jw >= jw_far)
		return SIM_FAR;
	return SIM_DIFFERENT;
}
