/*
 * dedup.c -- the duplicate matcher.
 *
 * Blocking: each blocking key of the rule is computed for every record
 * and hashed; records are sorted by hash and every pair within a group
 * is a candidate.  The union over the keys is deduplicated by sorting the
 * pairs.  A group over DD_MAX_BLOCK records is skipped and counted (a key
 * that common, like an empty name coded to one value, tells nothing).
 *
 * Scoring is Fellegi-Sunter, as Splink does it: each compared field of a
 * pair gets a level (exact, close, far, different, or missing); u, the
 * chance of each level between two different people, is counted on
 * random pairs; m, the chance between two records of one person, and
 * lambda, the share of candidates that match, are estimated by
 * expectation-maximisation over the candidates' level patterns (there are
 * few distinct patterns, so an iteration is cheap).  An exact agreement
 * on a name weighs by the value's own frequency (term-frequency
 * adjustment): two "Smith"s say less than two "Szczepański"s.  The score
 * of a pair is its match probability.
 *
 * Clustering: connected components over pairs at or above review.  A
 * component's centre is the member with the most match weight; it merges
 * only when every member matches the centre at or above merge, so a
 * chain a~b~c where a and c differ goes to review.  A pair a person said
 * are two customers (dd_forbid) is never an edge, and a component that
 * holds one anyway, through others, goes to review.
 */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "daemon/util.h"
#include "validators/dedup.h"
#include "validators/phonetic.h"
#include "validators/similar.h"
#include "validators/validate.h"

#define DD_MAX_BLOCK	200	/* records in one blocking group */
#define DD_MAX_CLUSTER	50	/* larger components always go to review */
#define DD_MAX_SHARED	10	/* records one email, phone or ID may name */
#define DD_PHONE_MIN	7	/* digits of a phone number worth matching */
#define DD_U_SAMPLE	400000	/* random pairs for u */
#define DD_EM_MAX	60
#define DD_VALUE_MAX	255	/* normalized bytes kept per value */
#define DD_LEVELS	4
#define DD_BITS		3	/* per compare in a pattern: 0 missing */

enum dd_kind { K_NAME, K_EMAIL, K_PHONE, K_DATE, K_POSTAL, K_TEXT };

struct hrec {
	uint64_t	 h;
	uint32_t	 rec;
};

/* A record probed after dd_run, under one blocking key. */
struct xrec {
	uint64_t	 h;
	uint32_t	 rec;
	uint32_t	 block;
};

struct dd_val {
	uint32_t	 off;
	uint32_t	 len;		/* 0: missing */
};

struct dd_tf {
	uint64_t	*hash;		/* open addressing, 0 = empty */
	uint32_t	*count;
	size_t		 cap;
	size_t		 used;
	size_t		 nonnull;
};

struct dd {
	const struct rule_dup	*rule;
	struct ph_translit	*tr;
	struct buf		 arena;
	uint32_t		 nrec;
	size_t			 caprec;
	int			 slot[FIELD_MAX];
	int			 nslots;
	struct dd_val		*vals;		/* nrec * nslots */
	struct dd_val		*keys;

	uint64_t		*pairs;		/* i << 32 | j, i < j */
	size_t			 npairs;
	double			 lambda;
	double			 m[DUP_MAX_COMPARES][DD_LEVELS];
	double			 u[DUP_MAX_COMPARES][DD_LEVELS];
	double			 ur[DUP_MAX_COMPARES][DD_LEVELS];	/* random */
	struct dd_tf		 tf[DUP_MAX_COMPARES];
	int			 use_tf[DUP_MAX_COMPARES];

	struct dd_member	*members;
	size_t			 nmembers;

	struct val_out		 vout;		/* phones through the validator */
	int			 keep;		/* dd_keep_index: probe later */
	struct hrec		*bidx[DUP_MAX_BLOCKS];	/* per key, sorted */
	size_t			 nbidx[DUP_MAX_BLOCKS];
	struct xrec		*extra;		/* records probed since */
	size_t			 nextra;
	uint32_t		*keyslot;	/* key -> record, open addressing */
	size_t			 keycap;

	struct buf		 nokeys;	/* dd_forbid: a NUL b NUL ... */
	size_t			 nforbid;
	uint64_t		*forbid;	/* the pairs as records, sorted */
	size_t			 nforbidden;
};

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static uint64_t
fnv(const char *s, size_t n)
{
	uint64_t	 h = 1469598103934665603ULL;

	while (n-- > 0) {
		h ^= (unsigned char)*s++;
		h *= 1099511628211ULL;
	}
	return h != 0 ? h : 1;
}

static enum dd_kind
field_kind(int f)
{
	switch (f) {
	case FIELD_FIRST_NAME:
	case FIELD_LAST_NAME:
	case FIELD_CITY:
		return K_NAME;
	case FIELD_EMAIL:
		return K_EMAIL;
	case FIELD_PHONE:
		return K_PHONE;
	case FIELD_BIRTH_DATE:
	case FIELD_CREATED_AT:
	case FIELD_UPDATED_AT:
	case FIELD_LAST_ACTIVITY_AT:
	case FIELD_CONSENT_AT:
	case FIELD_OPTED_OUT_AT:
		return K_DATE;
	case FIELD_POSTAL_CODE:
	case FIELD_NATIONAL_ID:
		return K_POSTAL;
	default:
		return K_TEXT;
	}
}

/*
 * An address that can identify someone: a local part and a domain with a
 * dot, and not a placeholder ("test@", "noemail@", "x@", "@test.com"),
 * which would pair every record that uses it.
 */
static int
email_usable(const char *e, size_t n)
{
	static const char *const fake[] = {
		"test", "none", "noemail", "no-email", "nomail", "no", "null",
		"n/a", "na", "dummy", "asdf", "keine", "unknown", "invalid",
		NULL
	};
	const char	*at = memchr(e, '@', n);
	size_t		 local, i;

	if (at == NULL || at == e || memchr(at + 1, '@', n - (size_t)(at -
	    e) - 1) != NULL || memchr(at + 1, '.', n - (size_t)(at - e) -
	    1) == NULL)
		return 0;
	local = (size_t)(at - e);
	for (i = 0; fake[i] != NULL; i++)
		if (strlen(fake[i]) == local && memcmp(fake[i], e, local) == 0)
			return 0;
	for (i = 0; i < local && e[i] == 'x'; i++)
		;
	if (i == local)
		return 0;		/* x@, xxx@ */
	if (n - local - 1 == 8 && memcmp(at + 1, "test.com", 8) == 0)
		return 0;
	return 1;
}

/*
 * The comparable form of a value: names and text transliterated to
 * lower-case ASCII words; e-mail lower case; phones their last 9 digits
 * (national and international forms agree); dates YYYYMMDD; codes upper
 * case letters and digits.
 */
static size_t
normalize(struct dd *d, enum dd_kind k, const char *in, size_t len,
    char *out)
{
	char	 tmp[DD_VALUE_MAX * 4 + 1];
	size_t	 i, n = 0, t;
	int	 space = 0;

	switch (k) {
	case K_NAME:
	case K_TEXT:
		t = ph_translit(d->tr, in, len, tmp, sizeof tmp);
		for (i = 0; i < t && n < DD_VALUE_MAX; i++) {
			if (isalnum((unsigned char)tmp[i])) {
				if (space && n > 0)
					out[n++] = ' ';
				if (n < DD_VALUE_MAX)
					out[n++] = (char)tolower(
					    (unsigned char)tmp[i]);
				space = 0;
			} else
				space = 1;
		}
		return n;
	case K_EMAIL:
		for (i = 0; i < len && n < DD_VALUE_MAX; i++)
			if (!isspace((unsigned char)in[i]))
				out[n++] = (char)tolower((unsigned char)in[i]);
		return email_usable(out, n) ? n : 0;
	case K_PHONE:
		for (i = 0; i < len && n < DD_VALUE_MAX; i++)
			if (isdigit((unsigned char)in[i]))
				out[n++] = in[i];
		/* "03", "12": a fragment, not a number to match on. */
		if (n < DD_PHONE_MIN)
			return 0;
		if (n > 9) {
			memmove(out, out + n - 9, 9);
			n = 9;
		}
		return n;
	case K_DATE:
		for (i = 0; i < len && n < 8; i++)
			if (isdigit((unsigned char)in[i]))
				out[n++] = in[i];
			else if (in[i] == 'T' || in[i] == ' ')
				break;
		return n == 8 ? n : 0;
	case K_POSTAL:
		for (i = 0; i < len && n < DD_VALUE_MAX; i++)
			if (isalnum((unsigned char)in[i]))
				out[n++] = (char)toupper((unsigned char)in[i]);
		return n;
	}
	return 0;
}

/*
 * A phone number in E.164 when the record's country makes it valid, so
 * that 0711 5703640 and 0511 5703640 differ while +49 711 5703640 and
 * 0711 5703640 agree; else its last 9 digits (normalize()).
 */
static size_t
norm_phone(struct dd *d, const struct field_value *ph,
    const struct field_value *cc, char *out)
{
	struct val_ctx	 ctx;
	char		 c[3];
	size_t		 i, n = 0;

	if (cc->data != NULL && cc->len == 2 && isalpha((unsigned char)
	    cc->data[0]) && isalpha((unsigned char)cc->data[1])) {
		c[0] = (char)toupper((unsigned char)cc->data[0]);
		c[1] = (char)toupper((unsigned char)cc->data[1]);
		c[2] = '\0';
		memset(&ctx, 0, sizeof ctx);
		ctx.country = c;
		val_out_reset(&d->vout);
		if (val_phone(ph->data, ph->len, &ctx, &d->vout) == VAL_OK) {
			for (i = 0; i < d->vout.norm.len && n < DD_VALUE_MAX;
			    i++)
				if (isdigit((unsigned char)d->vout.norm.data[i]))
					out[n++] = d->vout.norm.data[i];
			return n;
		}
	}
	return normalize(d, K_PHONE, ph->data, ph->len, out);
}

static size_t
norm_field(struct dd *d, int f, const struct field_value *vals, char *out)
{
	if (vals[f].data == NULL)
		return 0;
	if (f == FIELD_PHONE)
		return norm_phone(d, &vals[f], &vals[FIELD_COUNTRY], out);
	return normalize(d, field_kind(f), vals[f].data, vals[f].len, out);
}

struct dd *
dd_new(const struct rule_dup *rule, char *err, size_t errlen)
{
	struct dd	*d = xcalloc(1, sizeof *d);
	size_t		 b, t, c;
	int		 f;

	d->rule = rule;
	if ((d->tr = ph_translit_open(err, errlen)) == NULL) {
		free(d);
		return NULL;
	}
	buf_init(&d->arena);
	buf_init(&d->nokeys);
	val_out_init(&d->vout);
	for (f = 0; f < FIELD_MAX; f++)
		d->slot[f] = -1;
	for (b = 0; b < rule->nblocks; b++)
		for (t = 0; t < (size_t)rule->blocks[b].nterms; t++) {
			f = rule->blocks[b].terms[t].field;
			if (d->slot[f] == -1)
				d->slot[f] = d->nslots++;
			f = rule->blocks[b].terms[t].field2;
			if (rule->blocks[b].terms[t].fn == DK_INITIALS &&
			    d->slot[f] == -1)
				d->slot[f] = d->nslots++;
		}
	for (c = 0; c < rule->ncompares; c++) {
		f = rule->compares[c].field;
		if (d->slot[f] == -1)
			d->slot[f] = d->nslots++;
		d->use_tf[c] = field_kind(f) == K_NAME &&
		    rule->compares[c].method != DM_DATE &&
		    rule->compares[c].method != DM_NUMERIC;
	}
	return d;
}

static struct dd_val
store(struct dd *d, const char *s, size_t n)
{
	struct dd_val	 v;

	v.off = (uint32_t)d->arena.len;
	v.len = (uint32_t)n;
	buf_add(&d->arena, s, n);
	return v;
}

void
dd_add(struct dd *d, const char *key, size_t keylen,
    const struct field_value *vals)
{
	char		 out[DD_VALUE_MAX + 1];
	struct dd_val	*row;
	size_t		 n;
	int		 f;

	if (d->nrec == d->caprec) {
		d->caprec = d->caprec ? d->caprec * 2 : 1024;
		d->vals = xreallocarray(d->vals, d->caprec * (size_t)
		    (d->nslots ? d->nslots : 1), sizeof *d->vals);
		d->keys = xreallocarray(d->keys, d->caprec, sizeof *d->keys);
	}
	d->keys[d->nrec] = store(d, key, keylen);
	row = d->vals + (size_t)d->nrec * (size_t)d->nslots;
	for (f = 0; f < FIELD_MAX; f++) {
		if (d->slot[f] == -1)
			continue;
		n = norm_field(d, f, vals, out);
		row[d->slot[f]] = store(d, out, n);
	}
	d->nrec++;
}

static const char *
val(const struct dd *d, uint32_t rec, int field, size_t *len)
{
	const struct dd_val *v = &d->vals[(size_t)rec * (size_t)d->nslots +
	    (size_t)d->slot[field]];

	*len = v->len;
	return d->arena.data + v->off;
}

/* One term of a blocking key, appended to b; 0 when it is empty. */
static int
key_term(const struct dd *d, uint32_t rec, int field, int field2,
    enum dup_keyfn fn, struct buf *b)
{
	char		 p[PH_DM_LEN + 1], a[PH_DM_LEN + 1], sx[PH_SOUNDEX_LEN];
	const char	*v, *w;
	size_t		 n, m;

	v = val(d, rec, field, &n);
	if (fn == DK_INITIALS) {
		/* Both initials in order, so swapped names agree. */
		w = val(d, rec, field2, &m);
		if (n == 0 || m == 0)
			return 0;
		buf_addc(b, *v < *w ? *v : *w);
		buf_addc(b, *v < *w ? *w : *v);
		buf_addc(b, '\x1f');
		return 1;
	}
	if (n == 0)
		return 0;
	switch (fn) {
	case DK_SOUNDEX:
		if ((n = ph_soundex(v, n, sx)) == 0)
			return 0;
		buf_add(b, sx, n);
		break;
	case DK_METAPHONE:
		ph_double_metaphone(v, n, p, a, PH_DM_LEN);
		if (p[0] == '\0')
			return 0;
		buf_adds(b, p);
		break;
	case DK_YEAR:
		if (n < 4)
			return 0;
		buf_add(b, v, 4);
		break;
	case DK_FIRST_INITIAL:
		buf_add(b, v, 1);
		break;
	default:
		buf_add(b, v, n);
		break;
	}
	buf_addc(b, '\x1f');
	return 1;
}

static int
cmp_hrec(const void *a, const void *b)
{
	const struct hrec *x = a, *y = b;

	return x->h < y->h ? -1 : x->h > y->h ? 1 :
	    x->rec < y->rec ? -1 : x->rec > y->rec;
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static void
add_pair(struct dd *d, size_t *cap, uint32_t i, uint32_t j)
{
	if (d->npairs == *cap) {
		*cap = *cap ? *cap * 2 : 4096;
		d->pairs = xreallocarray(d->pairs, *cap, sizeof *d->pairs);
	}
	d->pairs[d->npairs++] = (uint64_t)i << 32 | j;
}

struct wrec {
	uint64_t	 k1, k2;	/* the key's first 16 bytes, big-endian */
	uint32_t	 rec;
};

static int
cmp_wrec(const void *a, const void *b)
{
	const struct wrec *x = a, *y = b;

	if (x->k1 != y->k1)
		return x->k1 < y->k1 ? -1 : 1;
	if (x->k2 != y->k2)
		return x->k2 < y->k2 ? -1 : 1;
	return x->rec < y->rec ? -1 : x->rec > y->rec;
}

/*
 * Sorted neighbourhood: records sorted by the key, each paired with the
 * next window - 1.  It catches what equal keys miss (a typo in the first
 * letters aside); sorting on a 16-byte prefix is plenty for names.
 */
static void
block_window(struct dd *d, const struct dup_block *bk, size_t *cap)
{
	struct wrec	*w = xreallocarray(NULL, d->nrec ? d->nrec : 1,
			    sizeof *w);
	struct buf	 kb;
	size_t		 n = 0, x, y, i;
	uint32_t	 rec;
	int		 t, ok;

	buf_init(&kb);
	for (rec = 0; rec < d->nrec; rec++) {
		buf_reset(&kb);
		for (t = 0, ok = 1; t < bk->nterms && ok; t++)
			ok = key_term(d, rec, bk->terms[t].field,
			    bk->terms[t].field2, bk->terms[t].fn, &kb);
		if (!ok)
			continue;
		w[n].k1 = w[n].k2 = 0;
		for (i = 0; i < 16; i++) {
			uint64_t c = i < kb.len ? (unsigned char)kb.data[i] : 0;

			if (i < 8)
				w[n].k1 |= c << (56 - 8 * i);
			else
				w[n].k2 |= c << (56 - 8 * (i - 8));
		}
		w[n++].rec = rec;
	}
	qsort(w, n, sizeof *w, cmp_wrec);
	for (x = 0; x < n; x++)
		for (y = x + 1; y < n && y < x + (size_t)bk->window; y++)
			add_pair(d, cap, w[x].rec < w[y].rec ? w[x].rec :
			    w[y].rec, w[x].rec < w[y].rec ? w[y].rec : w[x].rec);
	buf_free(&kb);
	free(w);
}

static void
block(struct dd *d, struct dd_stats *st)
{
	const struct dup_block	*bk;
	struct hrec		*h = xreallocarray(NULL, d->nrec ? d->nrec : 1,
				    sizeof *h);
	struct buf		 kb;
	size_t			 b, n, s, e, x, y, cap = 0, w, r, want;
	uint32_t		 rec;
	int			 t, ok;

	buf_init(&kb);
	for (b = 0; b < d->rule->nblocks; b++) {
		bk = &d->rule->blocks[b];
		if (bk->window > 0) {
			block_window(d, bk, &cap);
			continue;
		}
		for (rec = 0, n = 0; rec < d->nrec; rec++) {
			buf_reset(&kb);
			for (t = 0, ok = 1; t < bk->nterms && ok; t++)
				ok = key_term(d, rec, bk->terms[t].field,
				    bk->terms[t].field2, bk->terms[t].fn, &kb);
			if (!ok)
				continue;
			h[n].h = fnv(kb.data, kb.len);
			h[n++].rec = rec;
		}
		qsort(h, n, sizeof *h, cmp_hrec);
		if (d->keep) {
			d->bidx[b] = xreallocarray(NULL, n ? n : 1, sizeof *h);
			memcpy(d->bidx[b], h, n * sizeof *h);
			d->nbidx[b] = n;
		}
		/*
		 * A key that would pair each record with many others tells
		 * little and costs much (a birth date at ten million rows):
		 * count its pairs first, and skip it past the budget.
		 */
		for (s = 0, want = 0; s < n; s = e) {
			for (e = s + 1; e < n && h[e].h == h[s].h; e++)
				;
			if (e - s <= DD_MAX_BLOCK)
				want += (e - s) * (e - s - 1) / 2;
		}
		if (want > (size_t)DD_KEY_PAIRS * d->nrec) {
			st->skipped_keys |= 1u << b;
			continue;
		}
		for (s = 0; s < n; s = e) {
			for (e = s + 1; e < n && h[e].h == h[s].h; e++)
				;
			if (e - s > DD_MAX_BLOCK) {
				st->big_blocks++;
				continue;
			}
			for (x = s; x < e; x++)
				for (y = x + 1; y < e; y++)
					add_pair(d, &cap, h[x].rec, h[y].rec);
		}
	}
	buf_free(&kb);
	free(h);
	if (d->npairs > 1)
		qsort(d->pairs, d->npairs, sizeof *d->pairs, cmp_u64);
	for (r = 0, w = 0; r < d->npairs; r++)
		if (w == 0 || d->pairs[r] != d->pairs[w - 1])
			d->pairs[w++] = d->pairs[r];
	d->npairs = w;
}

static int
date_parts(const char *v, size_t n, int *y, int *m, int *dd)
{
	if (n != 8)
		return -1;
	*y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 +
	    (v[3] - '0');
	*m = (v[4] - '0') * 10 + (v[5] - '0');
	*dd = (v[6] - '0') * 10 + (v[7] - '0');
	return 0;
}

/* The level of compare c between records i and j: -1 when missing. */
static int
level(const struct dd *d, size_t c, uint32_t i, uint32_t j)
{
	const struct dup_compare *cmp = &d->rule->compares[c];
	const char	*a, *b;
	size_t		 na, nb, mx;
	double		 s, close = cmp->close, far = cmp->far;
	int		 y1, m1, d1, y2, m2, d2, dist;

	a = val(d, i, cmp->field, &na);
	b = val(d, j, cmp->field, &nb);
	if (na == 0 || nb == 0)
		return -1;
	if (na == nb && memcmp(a, b, na) == 0)
		return SIM_EXACT;
	switch (cmp->method) {
	case DM_EXACT:
		return SIM_DIFFERENT;
	case DM_JARO_WINKLER:
	case DM_TOKEN_SET:
		s = cmp->method == DM_JARO_WINKLER ?
		    sim_jaro_winkler(a, na, b, nb) : sim_token_set(a, na, b, nb);
		if (close == 0)
			close = 0.92;
		if (far == 0)
			far = 0.80;
		return s >= close ? SIM_CLOSE : s >= far ? SIM_FAR :
		    SIM_DIFFERENT;
	case DM_LEVENSHTEIN:
	case DM_DAMERAU:
		dist = cmp->method == DM_DAMERAU ? sim_damerau(a, na, b, nb) :
		    sim_levenshtein(a, na, b, nb);
		if (close == 0)
			return dist <= 1 ? SIM_CLOSE : dist <= 2 ? SIM_FAR :
			    SIM_DIFFERENT;
		mx = na > nb ? na : nb;
		s = 1.0 - (double)dist / (double)mx;
		return s >= close ? SIM_CLOSE : far > 0 && s >= far ? SIM_FAR :
		    SIM_DIFFERENT;
	case DM_DATE:
		if (date_parts(a, na, &y1, &m1, &d1) != 0 ||
		    date_parts(b, nb, &y2, &m2, &d2) != 0)
			return SIM_DIFFERENT;
		return (int)sim_date(y1, m1, d1, y2, m2, d2);
	case DM_NUMERIC:
		return (int)sim_number(strtod(a, NULL), strtod(b, NULL),
		    close > 0 ? close : 1, far > 0 ? far : 5);
	}
	return SIM_DIFFERENT;
}

static uint64_t
pattern(const struct dd *d, uint32_t i, uint32_t j)
{
	uint64_t	 p = 0;
	size_t		 c;

	for (c = 0; c < d->rule->ncompares; c++)
		p |= (uint64_t)(level(d, c, i, j) + 1) << (c * DD_BITS);
	return p;
}

static int
pat_level(uint64_t p, size_t c)
{
	return (int)((p >> (c * DD_BITS)) & 7) - 1;
}

/* xorshift64*: reproducible samples, run after run. */
static uint64_t
rnd(uint64_t *s)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 2685821657736338717ULL;
}

/* u: level frequencies among random pairs, almost all non-matches. */
static void
estimate_u(struct dd *d)
{
	double		 cnt[DUP_MAX_COMPARES][DD_LEVELS];
	double		 tot[DUP_MAX_COMPARES];
	uint64_t	 seed = 0x9e3779b97f4a7c15ULL, all, k, nsample;
	uint32_t	 i, j;
	size_t		 c;
	int		 l;

	memset(cnt, 0, sizeof cnt);
	memset(tot, 0, sizeof tot);
	all = (uint64_t)d->nrec * (d->nrec - 1) / 2;
	nsample = all < DD_U_SAMPLE ? all : DD_U_SAMPLE;
	for (k = 0, i = 0, j = 0; k < nsample; k++) {
		if (all <= DD_U_SAMPLE) {
			/* Few records: every pair. */
			if (++j >= d->nrec) {
				i++;
				j = i + 1;
			}
		} else {
			i = (uint32_t)(rnd(&seed) % d->nrec);
			j = (uint32_t)(rnd(&seed) % d->nrec);
			if (i == j)
				continue;
		}
		for (c = 0; c < d->rule->ncompares; c++)
			if ((l = level(d, c, i, j)) >= 0) {
				cnt[c][l]++;
				tot[c]++;
			}
	}
	for (c = 0; c < d->rule->ncompares; c++)
		for (l = 0; l < DD_LEVELS; l++)
			d->u[c][l] = (cnt[c][l] + 1) / (tot[c] + DD_LEVELS);
}

struct pat {
	uint64_t	 p;
	double		 n;
};

/* m and lambda by expectation-maximisation over the level patterns. */
static int
estimate_m(struct dd *d, uint64_t *pat_of_pair)
{
	static const double m0[DD_LEVELS] = { 0.05, 0.05, 0.10, 0.80 };
	uint64_t	*sorted;
	struct pat	*pats;
	double		 mm[DUP_MAX_COMPARES][DD_LEVELS];
	double		 uu[DUP_MAX_COMPARES][DD_LEVELS];
	double		 mt[DUP_MAX_COMPARES], ut[DUP_MAX_COMPARES];
	double		 lm, lu, w, acc, total, old;
	size_t		 np = 0, k, c, it;
	int		 l;

	if (d->npairs == 0)
		return 0;
	sorted = xreallocarray(NULL, d->npairs, sizeof *sorted);
	memcpy(sorted, pat_of_pair, d->npairs * sizeof *sorted);
	qsort(sorted, d->npairs, sizeof *sorted, cmp_u64);
	pats = xreallocarray(NULL, d->npairs, sizeof *pats);
	for (k = 0; k < d->npairs; k++) {
		if (np > 0 && pats[np - 1].p == sorted[k])
			pats[np - 1].n++;
		else {
			pats[np].p = sorted[k];
			pats[np++].n = 1;
		}
	}
	free(sorted);
	for (c = 0; c < d->rule->ncompares; c++)
		for (l = 0; l < DD_LEVELS; l++)
			d->m[c][l] = m0[l];
	d->lambda = 0.1;
	for (it = 0; it < DD_EM_MAX; it++) {
		memset(mm, 0, sizeof mm);
		memset(mt, 0, sizeof mt);
		memset(uu, 0, sizeof uu);
		memset(ut, 0, sizeof ut);
		acc = total = 0;
		for (k = 0; k < np; k++) {
			lm = log(d->lambda);
			lu = log(1 - d->lambda);
			for (c = 0; c < d->rule->ncompares; c++)
				if ((l = pat_level(pats[k].p, c)) >= 0) {
					lm += log(d->m[c][l]);
					lu += log(d->u[c][l]);
				}
			w = 1 / (1 + exp(lu - lm));
			acc += pats[k].n * w;
			total += pats[k].n;
			for (c = 0; c < d->rule->ncompares; c++)
				if ((l = pat_level(pats[k].p, c)) >= 0) {
					mm[c][l] += pats[k].n * w;
					mt[c] += pats[k].n * w;
					uu[c][l] += pats[k].n * (1 - w);
					ut[c] += pats[k].n * (1 - w);
				}
		}
		old = d->lambda;
		d->lambda = acc / total;
		if (d->lambda < 1e-9)
			d->lambda = 1e-9;
		if (d->lambda > 1 - 1e-9)
			d->lambda = 1 - 1e-9;
		for (c = 0; c < d->rule->ncompares; c++)
			for (l = 0; l < DD_LEVELS; l++) {
				d->m[c][l] = (mm[c][l] + 1e-3) /
				    (mt[c] + DD_LEVELS * 1e-3);
				d->u[c][l] = (uu[c][l] + 1e-3) /
				    (ut[c] + DD_LEVELS * 1e-3);
			}
		if (fabs(d->lambda - old) < 1e-7)
			break;
	}
	free(pats);
	return (int)it + 1;
}

static void
tf_add(struct dd_tf *t, uint64_t h)
{
	size_t	 i, k, ncap;
	uint64_t *oh;
	uint32_t *oc;

	if (t->used * 2 >= t->cap) {
		oh = t->hash;
		oc = t->count;
		ncap = t->cap ? t->cap * 2 : 1024;
		t->hash = xcalloc(ncap, sizeof *t->hash);
		t->count = xcalloc(ncap, sizeof *t->count);
		for (k = 0; k < t->cap; k++) {
			if (oh[k] == 0)
				continue;
			for (i = oh[k] & (ncap - 1); t->hash[i] != 0;
			    i = (i + 1) & (ncap - 1))
				;
			t->hash[i] = oh[k];
			t->count[i] = oc[k];
		}
		free(oh);
		free(oc);
		t->cap = ncap;
	}
	for (i = h & (t->cap - 1); t->hash[i] != 0 && t->hash[i] != h;
	    i = (i + 1) & (t->cap - 1))
		;
	if (t->hash[i] == 0) {
		t->hash[i] = h;
		t->used++;
	}
	t->count[i]++;
	t->nonnull++;
}

static double
tf_share(const struct dd_tf *t, uint64_t h)
{
	size_t	 i;

	if (t->cap == 0)
		return 0;
	for (i = h & (t->cap - 1); t->hash[i] != 0; i = (i + 1) & (t->cap - 1))
		if (t->hash[i] == h)
			return (double)t->count[i] / (double)t->nonnull;
	return 0;
}

static void
count_terms(struct dd *d)
{
	const char	*v;
	size_t		 c, n;
	uint32_t	 r;

	for (c = 0; c < d->rule->ncompares; c++) {
		if (!d->use_tf[c])
			continue;
		for (r = 0; r < d->nrec; r++) {
			v = val(d, r, d->rule->compares[c].field, &n);
			if (n > 0)
				tf_add(&d->tf[c], fnv(v, n));
		}
	}
}

/* Match probability of a pair with pattern p. */
static double
prob(const struct dd *d, uint64_t p, uint32_t i)
{
	const char	*v;
	double		 x, u, tf;
	size_t		 c, n;
	int		 l;

	x = log(d->lambda / (1 - d->lambda));
	for (c = 0; c < d->rule->ncompares; c++) {
		if ((l = pat_level(p, c)) < 0)
			continue;
		u = d->u[c][l];
		if (l == SIM_EXACT && d->use_tf[c]) {
			v = val(d, i, d->rule->compares[c].field, &n);
			tf = tf_share(&d->tf[c], fnv(v, n));
			/* As EM's u is to the random pairs' u. */
			if (tf > 0)
				u = tf * d->u[c][l] / d->ur[c][l];
		}
		x += log(d->m[c][l] / u);
	}
	return 1 / (1 + exp(-x));
}

double
dd_score(struct dd *d, uint32_t i, uint32_t j)
{
	return prob(d, pattern(d, i, j), i);
}

void
dd_forbid(struct dd *d, const char *a, size_t alen, const char *b,
    size_t blen)
{
	buf_add(&d->nokeys, a, alen);
	buf_addc(&d->nokeys, '\0');
	buf_add(&d->nokeys, b, blen);
	buf_addc(&d->nokeys, '\0');
	d->nforbid++;
}

/* Index record rec by its key (the table has room: see keymap_build). */
static void
keymap_put(struct dd *d, uint32_t rec)
{
	const char	*key;
	size_t		 len, h;

	key = dd_key(d, rec, &len);
	for (h = fnv(key, len) & (d->keycap - 1); d->keyslot[h] != UINT32_MAX;
	    h = (h + 1) & (d->keycap - 1))
		;
	d->keyslot[h] = rec;
}

/* Key -> record for every record, at most half full. */
static void
keymap_build(struct dd *d, size_t want)
{
	uint32_t	 rec;

	free(d->keyslot);
	for (d->keycap = 64; d->keycap < want * 2; d->keycap *= 2)
		;
	d->keyslot = xreallocarray(NULL, d->keycap, sizeof *d->keyslot);
	memset(d->keyslot, 0xff, d->keycap * sizeof *d->keyslot);
	for (rec = 0; rec < d->nrec; rec++)
		keymap_put(d, rec);
}

/* The record of a key, or UINT32_MAX. */
static uint32_t
lookup_key(const struct dd *d, const char *key, size_t len)
{
	const char	*k;
	size_t		 h, klen;

	if (d->keyslot == NULL)
		return UINT32_MAX;
	for (h = fnv(key, len) & (d->keycap - 1); d->keyslot[h] != UINT32_MAX;
	    h = (h + 1) & (d->keycap - 1)) {
		k = dd_key(d, d->keyslot[h], &klen);
		if (klen == len && memcmp(k, key, len) == 0)
			return d->keyslot[h];
	}
	return UINT32_MAX;
}

/* Turn the forbidden key pairs into sorted record pairs. */
static void
resolve_forbidden(struct dd *d)
{
	uint32_t	 i, j;
	size_t		 f;
	const char	*a, *b;

	if (d->nforbid == 0)
		return;
	if (d->keyslot == NULL)
		keymap_build(d, d->nrec);
	d->forbid = xreallocarray(NULL, d->nforbid, sizeof *d->forbid);
	for (f = 0, a = d->nokeys.data; f < d->nforbid; f++) {
		b = a + strlen(a) + 1;
		i = lookup_key(d, a, strlen(a));
		j = lookup_key(d, b, strlen(b));
		a = b + strlen(b) + 1;
		if (i == UINT32_MAX || j == UINT32_MAX || i == j)
			continue;	/* a record is gone */
		d->forbid[d->nforbidden++] = i < j ? (uint64_t)i << 32 | j :
		    (uint64_t)j << 32 | i;
	}
	if (!d->keep) {
		free(d->keyslot);
		d->keyslot = NULL;
	}
	qsort(d->forbid, d->nforbidden, sizeof *d->forbid, cmp_u64);
}

static int
forbidden(const struct dd *d, uint64_t pair)
{
	return d->nforbidden > 0 && bsearch(&pair, d->forbid, d->nforbidden,
	    sizeof *d->forbid, cmp_u64) != NULL;
}

static uint32_t
find(uint32_t *parent, uint32_t x)
{
	while (parent[x] != x) {
		parent[x] = parent[parent[x]];
		x = parent[x];
	}
	return x;
}

struct comp {
	uint32_t	 root;
	uint32_t	 rec;
};

static int
cmp_comp(const void *a, const void *b)
{
	const struct comp *x = a, *y = b;

	return x->root < y->root ? -1 : x->root > y->root ? 1 :
	    x->rec < y->rec ? -1 : x->rec > y->rec;
}

static void
cluster(struct dd *d, const double *score, struct dd_stats *st)
{
	const double	 merge = d->rule->merge;
	const double	 review = d->rule->review > 0 ? d->rule->review :
			    d->rule->merge;
	uint32_t	*parent, i, j, a, b, centre, id = 0;
	double		*weight, best, s, top;
	unsigned char	*taint;
	struct comp	*v;
	size_t		 k, n = 0, s0, e, x;
	enum dd_decision dec;

	parent = xreallocarray(NULL, d->nrec ? d->nrec : 1, sizeof *parent);
	weight = xcalloc(d->nrec ? d->nrec : 1, sizeof *weight);
	for (i = 0; i < d->nrec; i++)
		parent[i] = i;
	for (k = 0; k < d->npairs; k++) {
		if (score[k] < review || forbidden(d, d->pairs[k]))
			continue;
		i = (uint32_t)(d->pairs[k] >> 32);
		j = (uint32_t)d->pairs[k];
		weight[i] += score[k];
		weight[j] += score[k];
		if ((a = find(parent, i)) != (b = find(parent, j)))
			parent[a < b ? b : a] = a < b ? a : b;
	}
	/* A forbidden pair joined through others: that component reviews. */
	taint = xcalloc(d->nrec ? d->nrec : 1, 1);
	for (k = 0; k < d->nforbidden; k++) {
		i = (uint32_t)(d->forbid[k] >> 32);
		j = (uint32_t)d->forbid[k];
		if (find(parent, i) == find(parent, j))
			taint[find(parent, i)] = 1;
	}
	v = xreallocarray(NULL, d->nrec ? d->nrec : 1, sizeof *v);
	for (i = 0; i < d->nrec; i++)
		if (weight[i] > 0) {
			v[n].root = find(parent, i);
			v[n++].rec = i;
		}
	qsort(v, n, sizeof *v, cmp_comp);
	d->members = xreallocarray(NULL, n ? n : 1, sizeof *d->members);
	for (s0 = 0; s0 < n; s0 = e) {
		for (e = s0 + 1; e < n && v[e].root == v[s0].root; e++)
			;
		/* The centre: the member with the most match weight. */
		for (x = s0, centre = v[s0].rec, best = -1; x < e; x++)
			if (weight[v[x].rec] > best) {
				best = weight[v[x].rec];
				centre = v[x].rec;
			}
		dec = e - s0 > DD_MAX_CLUSTER || taint[v[s0].root] ?
		    DD_REVIEW : DD_MERGE;
		id++;
		top = 0;
		for (x = s0; x < e; x++) {
			if (v[x].rec == centre)
				continue;
			s = dd_score(d, centre < v[x].rec ? centre : v[x].rec,
			    centre < v[x].rec ? v[x].rec : centre);
			if (s < merge)
				dec = DD_REVIEW;
			if (s > top)
				top = s;
			d->members[d->nmembers].rec = v[x].rec;
			d->members[d->nmembers].score = s;
			d->members[d->nmembers].cluster = id;
			d->members[d->nmembers].centre = centre;
			d->nmembers++;
		}
		d->members[d->nmembers].rec = centre;
		d->members[d->nmembers].score = top;
		d->members[d->nmembers].cluster = id;
		d->members[d->nmembers].centre = centre;
		d->nmembers++;
		for (x = d->nmembers - (e - s0); x < d->nmembers; x++)
			d->members[x].decision = dec;
		if (dec == DD_MERGE)
			st->clusters_merge++;
		else
			st->clusters_review++;
	}
	free(v);
	free(taint);
	free(weight);
	free(parent);
}

/*
 * An email address, phone number or national ID that more than
 * DD_MAX_SHARED records give is a placeholder ("test@test.com",
 * "123456789"), a shop's own or a switchboard's: it identifies nobody,
 * and as a match it would chain strangers into one cluster.  Such values
 * count as missing.
 */
static size_t
drop_shared(struct dd *d)
{
	static const int ids[] = { FIELD_EMAIL, FIELD_PHONE,
	    FIELD_NATIONAL_ID };
	struct { uint64_t h; uint32_t n; } *tab;
	struct dd_val	*v;
	size_t		 cap, i, k, dropped = 0;
	uint64_t	 h;
	uint32_t	 rec;

	for (cap = 64; cap < (size_t)d->nrec * 2; cap *= 2)
		;
	tab = xcalloc(cap, sizeof *tab);
	for (k = 0; k < sizeof ids / sizeof ids[0]; k++) {
		if (d->slot[ids[k]] == -1)
			continue;
		memset(tab, 0, cap * sizeof *tab);
		for (rec = 0; rec < d->nrec; rec++) {
			v = &d->vals[(size_t)rec * (size_t)d->nslots +
			    (size_t)d->slot[ids[k]]];
			if (v->len == 0)
				continue;
			h = fnv(d->arena.data + v->off, v->len) | 1;
			for (i = h & (cap - 1); tab[i].h != 0 && tab[i].h != h;
			    i = (i + 1) & (cap - 1))
				;
			tab[i].h = h;
			tab[i].n++;
		}
		for (rec = 0; rec < d->nrec; rec++) {
			v = &d->vals[(size_t)rec * (size_t)d->nslots +
			    (size_t)d->slot[ids[k]]];
			if (v->len == 0)
				continue;
			h = fnv(d->arena.data + v->off, v->len) | 1;
			for (i = h & (cap - 1); tab[i].h != h;
			    i = (i + 1) & (cap - 1))
				;
			if (tab[i].n > DD_MAX_SHARED) {
				v->len = 0;
				dropped++;
			}
		}
	}
	free(tab);
	return dropped;
}

int
dd_run(struct dd *d, struct dd_stats *st)
{
	uint64_t	*pat;
	double		*score, t;
	size_t		 k;

	memset(st, 0, sizeof *st);
	st->records = d->nrec;
	t = now();
	st->shared = drop_shared(d);
	block(d, st);
	if (d->keep)
		keymap_build(d, d->nrec);
	resolve_forbidden(d);
	st->pairs = d->npairs;
	st->t_block = now() - t;

	t = now();
	pat = xreallocarray(NULL, d->npairs ? d->npairs : 1, sizeof *pat);
	for (k = 0; k < d->npairs; k++)
		pat[k] = pattern(d, (uint32_t)(d->pairs[k] >> 32),
		    (uint32_t)d->pairs[k]);
	st->t_compare = now() - t;

	t = now();
	if (d->nrec >= 2)
		estimate_u(d);
	memcpy(d->ur, d->u, sizeof d->ur);
	st->em_iterations = estimate_m(d, pat);
	count_terms(d);
	st->lambda = d->lambda;
	memcpy(st->m, d->m, sizeof st->m);
	memcpy(st->u, d->u, sizeof st->u);
	st->t_em = now() - t;

	t = now();
	score = xreallocarray(NULL, d->npairs ? d->npairs : 1, sizeof *score);
	for (k = 0; k < d->npairs; k++)
		score[k] = prob(d, pat[k], (uint32_t)(d->pairs[k] >> 32));
	free(pat);
	if (d->npairs > 0)
		cluster(d, score, st);
	free(score);
	if (d->keep) {
		/* Probes pair records themselves: the pairs can go. */
		free(d->pairs);
		d->pairs = NULL;
		d->npairs = 0;
	}
	st->t_cluster = now() - t;
	return 0;
}

size_t
dd_nmembers(const struct dd *d)
{
	return d->nmembers;
}

const struct dd_member *
dd_member(const struct dd *d, size_t i)
{
	return &d->members[i];
}

const char *
dd_key(const struct dd *d, uint32_t rec, size_t *len)
{
	*len = d->keys[rec].len;
	return d->arena.data + d->keys[rec].off;
}

void
dd_free(struct dd *d)
{
	size_t	 c;

	if (d == NULL)
		return;
	ph_translit_close(d->tr);
	buf_free(&d->arena);
	free(d->vals);
	free(d->keys);
	free(d->pairs);
	free(d->members);
	buf_free(&d->nokeys);
	val_out_free(&d->vout);
	free(d->forbid);
	free(d->keyslot);
	free(d->extra);
	for (c = 0; c < DUP_MAX_BLOCKS; c++)
		free(d->bidx[c]);
	for (c = 0; c < DUP_MAX_COMPARES; c++) {
		free(d->tf[c].hash);
		free(d->tf[c].count);
	}
	free(d);
}

void
dd_keep_index(struct dd *d)
{
	d->keep = 1;
}

/* The hash of block b's key for rec; 0 when the key is empty. */
static int
block_hash(const struct dd *d, size_t b, uint32_t rec, struct buf *kb,
    uint64_t *h)
{
	const struct dup_block	*bk = &d->rule->blocks[b];
	int			 t;

	buf_reset(kb);
	for (t = 0; t < bk->nterms; t++)
		if (!key_term(d, rec, bk->terms[t].field, bk->terms[t].field2,
		    bk->terms[t].fn, kb))
			return 0;
	*h = fnv(kb->data, kb->len);
	return 1;
}

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

int
dd_probe(struct dd *d, const char *key, size_t keylen,
    const struct field_value *vals, dd_match_fn fn, void *arg)
{
	struct buf	 kb;
	uint32_t	*cand = NULL, rec, other;
	size_t		 b, lo, hi, mid, e, x, ncand = 0, capcand = 0, w;
	uint64_t	 h;
	double		 score, review = d->rule->review > 0 ?
			    d->rule->review : d->rule->merge;
	int		 n = 0;

	if (!d->keep || d->keyslot == NULL)
		return -1;
	/* A changed record is added anew; its old entries only cost a
	 * comparison with its new values. */
	rec = lookup_key(d, key, keylen);
	if (rec == UINT32_MAX) {
		dd_add(d, key, keylen, vals);
		rec = d->nrec - 1;
		if ((size_t)d->nrec * 2 > d->keycap)
			keymap_build(d, d->nrec * 2);
		else
			keymap_put(d, rec);
	} else {
		char		 out[DD_VALUE_MAX + 1];
		struct dd_val	*row = d->vals + (size_t)rec * (size_t)d->nslots;
		int		 f;

		for (f = 0; f < FIELD_MAX; f++)
			if (d->slot[f] != -1)
				row[d->slot[f]] = store(d, out, norm_field(d, f,
				    vals, out));
	}
	buf_init(&kb);
	for (b = 0; b < d->rule->nblocks; b++) {
		if (d->rule->blocks[b].window > 0 ||
		    !block_hash(d, b, rec, &kb, &h))
			continue;
		/* The records of the full scan with this key... */
		for (lo = 0, hi = d->nbidx[b]; lo < hi; ) {
			mid = lo + (hi - lo) / 2;
			if (d->bidx[b][mid].h < h)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (e = lo; e < d->nbidx[b] && d->bidx[b][e].h == h; e++)
			;
		if (e - lo <= DD_MAX_BLOCK)
			for (x = lo; x < e; x++) {
				if (ncand == capcand) {
					capcand = capcand ? capcand * 2 : 64;
					cand = xreallocarray(cand, capcand,
					    sizeof *cand);
				}
				cand[ncand++] = d->bidx[b][x].rec;
			}
		/* ... and those probed since. */
		for (x = 0; x < d->nextra; x++)
			if (d->extra[x].block == b && d->extra[x].h == h) {
				if (ncand == capcand) {
					capcand = capcand ? capcand * 2 : 64;
					cand = xreallocarray(cand, capcand,
					    sizeof *cand);
				}
				cand[ncand++] = d->extra[x].rec;
			}
		d->extra = xreallocarray(d->extra, d->nextra + 1,
		    sizeof *d->extra);
		d->extra[d->nextra].h = h;
		d->extra[d->nextra].rec = rec;
		d->extra[d->nextra++].block = (uint32_t)b;
	}
	buf_free(&kb);
	if (ncand > 1)
		qsort(cand, ncand, sizeof *cand, cmp_u32);
	for (x = 0, w = 0; x < ncand; x++)
		if ((w == 0 || cand[x] != cand[w - 1]) && cand[x] != rec)
			cand[w++] = cand[x];
	for (x = 0; x < w; x++) {
		other = cand[x];
		if (forbidden(d, rec < other ? (uint64_t)rec << 32 | other :
		    (uint64_t)other << 32 | rec))
			continue;
		score = dd_score(d, rec < other ? rec : other, rec < other ?
		    other : rec);
		if (score >= review) {
			fn(arg, other, score);
			n++;
		}
	}
	free(cand);
	return n;
}
