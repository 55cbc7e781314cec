/*
 * dedup.c -- the duplicate matcher.
 *
 * Blocking: each blocking key of the rule is computed for every record
 * and hashed; records are sorted by hash and every pair within a group
 * is a candidate.  A group over DD_GROUP records is not skipped but
 * windowed: sorted by what the key leaves out (the birth date for a key
 * on names, the names for any other) and each record paired with its
 * next DD_WINDOW - 1, so the pairs per record stay bounded at any size
 * and no key is dropped.  Each candidate remembers the keys that made it.
 *
 * Scoring is Fellegi-Sunter.  Each compared field of a pair gets a level
 * (exact, close, far, different, or missing); first and last name are
 * also compared crosswise, so swapped names agree.  u, the chance of each
 * level between two different people, is counted on random pairs of the
 * whole table and never re-estimated: candidates agree on their blocking
 * key by construction, so u counted on them would make that key no
 * evidence at all.  An exact agreement weighs by the value's own
 * frequency (term frequency, per value): two "Smith"s, or a switchboard
 * number four shops give, say less than two "Szczepanski"s.  m, the
 * chance of each level between two records of one person, is estimated
 * by expectation-maximisation once per blocking key, over the candidates
 * that key made and without the fields of the key itself (as Splink
 * does); the keys' estimates are averaged, weighted by the matches each
 * found.  The prior, lambda, is the expected number of matching pairs
 * over all pairs of the table, not over the candidates.  No m is below
 * DD_M_FLOOR, so no single disagreement (a city written two ways) is
 * fatal.  The score of a pair is its match probability.
 *
 * Clustering (cluster()): from the strongest pair down, with a guard
 * against chains: a cluster takes in another only if every member of it
 * is more likely its centre's person than not.  A cluster merges only
 * when every member matches the centre at or above merge, with evidence
 * from at least two fields and no birth date or national ID plainly
 * different; else it goes to review.  A
 * pair a person said are two customers (dd_forbid) is never an edge, and
 * a component that holds one anyway, through others, goes to review.
 */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <pthread.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/util.h"
#include "validators/dedup.h"
#include "validators/nickname.h"
#include "validators/phonetic.h"
#include "validators/similar.h"
#include "validators/validate.h"

#define DD_PROBE_MAX	200	/* records of one group a probe compares */
#define DD_MAX_CLUSTER	50	/* larger clusters always go to review */
#define DD_CLUSTER_CAP	500	/* no cluster grows past it */
#define DD_GUARD	0.5	/* a member is more likely its centre's than not */
#define DD_PROVIDER	2	/* records a domain needs to be a provider */
#define DD_MAX_SHARED	10	/* records one email, phone or ID may name */
#define DD_PHONE_MIN	7	/* digits of a phone number worth matching */
#define DD_U_SAMPLE	400000	/* random pairs for u */
#define DD_EM_MAX	500
#define DD_EM_EPS	1e-6	/* EM stops when no parameter moves more */
#define DD_M_FLOOR	0.01	/* no level is impossible for a match */
#define DD_MIN_FIELDS	2	/* fields with evidence a merge needs */
#define DD_VALUE_MAX	255	/* normalized bytes kept per value */
#define DD_BITS		3	/* per compare in a pattern: 0 missing */
#define DD_THREADS	16	/* compare stage threads, at most */

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

/* A candidate pair and the keys that made it. */
struct cand {
	uint64_t	 p;	/* i << 32 | j, i < j */
	uint32_t	 mask;
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
	struct nick		*nick;		/* given names' aliases */
	struct buf		 arena;
	uint32_t		 nrec;
	size_t			 caprec;
	int			 slot[FIELD_MAX];
	int			 nslots;
	struct dd_val		*vals;		/* nrec * nslots */
	struct dd_val		*keys;

	struct cand		*pairs;		/* sorted */
	size_t			 npairs;
	double			 lambda;
	double			 m[DUP_MAX_COMPARES][DD_LEVELS];
	double			 u[DUP_MAX_COMPARES][DD_LEVELS];
	struct dd_tf		 tf[DUP_MAX_COMPARES];
	struct dd_tf		 domains;	/* email domains: who uses each */
	int			 use_tf[DUP_MAX_COMPARES];
	int			 cfirst, clast;	/* compares of the names */
	unsigned		 place;		/* compares of where one lives */

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

/*
 * Is word w (n bytes) a title, an honour or a generation, not a name?
 * "Sir", "Rt. Hon.", "Jr", "2nd" say nothing about who someone is, and
 * a record that has only them in a name field has no name there.
 * Those that are also family names ("Lord", "Major") count in given
 * names only.
 */
static int
is_title(const char *w, size_t n, int given)
{
	static const char *const any[] = {
		"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "revd",
		"sir", "dame", "hon", "rt", "bt", "bart", "baronet", "jr",
		"jnr", "sr", "snr", "esq", "ii", "iii", "iv", NULL
	};
	static const char *const first[] = {
		"lord", "lady", "baron", "baroness", "earl", "count",
		"countess", "viscount", "duke", "duchess", "captain", "capt",
		"col", "colonel", "major", "maj", "gen", "general", "lt",
		"sgt", "reverend", "honourable", "honorable", "right", NULL
	};
	size_t	 i;

	/* 1st, 2nd, 3rd, 4th ... */
	if (n >= 3 && isdigit((unsigned char)w[0]) && isalpha((unsigned
	    char)w[n - 1]))
		return 1;
	for (i = 0; any[i] != NULL; i++)
		if (strlen(any[i]) == n && memcmp(any[i], w, n) == 0)
			return 1;
	for (i = 0; given && first[i] != NULL; i++)
		if (strlen(first[i]) == n && memcmp(first[i], w, n) == 0)
			return 1;
	return 0;
}

/* A name without its titles, in place (words are single-spaced). */
static size_t
drop_titles(char *s, size_t n, int given)
{
	size_t	 i = 0, w, o = 0;

	while (i < n) {
		for (w = i; w < n && s[w] != ' '; w++)
			;
		if (!is_title(s + i, w - i, given)) {
			if (o > 0)
				s[o++] = ' ';
			memmove(s + o, s + i, w - i);
			o += w - i;
		}
		i = w + 1;
	}
	return o;
}

static size_t
norm_field(struct dd *d, int f, const struct field_value *vals, char *out)
{
	size_t	 n;

	if (vals[f].data == NULL)
		return 0;
	if (f == FIELD_PHONE)
		return norm_phone(d, &vals[f], &vals[FIELD_COUNTRY], out);
	n = normalize(d, field_kind(f), vals[f].data, vals[f].len, out);
	if (f == FIELD_FIRST_NAME || f == FIELD_LAST_NAME)
		n = drop_titles(out, n, f == FIELD_FIRST_NAME);
	return n;
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
	d->nick = nick_new();
	buf_init(&d->arena);
	buf_init(&d->nokeys);
	val_out_init(&d->vout);
	for (f = 0; f < FIELD_MAX; f++)
		d->slot[f] = -1;
	d->cfirst = d->clast = -1;
	for (b = 0; b < rule->nblocks; b++)
		for (t = 0; t < (size_t)rule->blocks[b].nterms; t++) {
			f = rule->blocks[b].terms[t].field;
			if (d->slot[f] == -1)
				d->slot[f] = d->nslots++;
			f = rule->blocks[b].terms[t].field2;
			if (DUP_TWO_FIELDS(rule->blocks[b].terms[t].fn) &&
			    d->slot[f] == -1)
				d->slot[f] = d->nslots++;
		}
	for (c = 0; c < rule->ncompares; c++) {
		f = rule->compares[c].field;
		if (d->slot[f] == -1)
			d->slot[f] = d->nslots++;
		if (f == FIELD_FIRST_NAME)
			d->cfirst = (int)c;
		if (f == FIELD_LAST_NAME)
			d->clast = (int)c;
		if (f == FIELD_ADDRESS || f == FIELD_PHONE ||
		    f == FIELD_POSTAL_CODE || f == FIELD_CITY ||
		    f == FIELD_REGION || f == FIELD_COUNTRY)
			d->place |= 1u << c;
		d->use_tf[c] = rule->compares[c].method != DM_NUMERIC;
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

static uint32_t	 tf_count(const struct dd_tf *, uint64_t);

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The words of two fields, sorted and joined by spaces, at most cap - 1
 * bytes: "rory gardner" and "gardner rory" both "gardner rory".  Its
 * length; 0 when both are empty.
 */
static size_t
words_sorted(const struct dd *d, uint32_t rec, int f1, int f2, char *out,
    size_t cap)
{
	char		 buf[2 * DD_VALUE_MAX + 2], *tok[16];
	const int	 fs[2] = { f1, f2 };
	const char	*v;
	size_t		 n, len = 0, k, ntok = 0, o = 0;

	for (k = 0; k < 2; k++) {
		if (d->slot[fs[k]] == -1)
			continue;
		v = val(d, rec, fs[k], &n);
		if (n == 0)
			continue;
		memcpy(buf + len, v, n);
		buf[len + n] = ' ';
		len += n + 1;
	}
	for (k = 0; k < len && ntok < 16; ) {
		tok[ntok++] = buf + k;
		while (k < len && buf[k] != ' ')
			k++;
		buf[k++] = '\0';
	}
	qsort(tok, ntok, sizeof *tok, cmp_str);
	for (k = 0; k < ntok && o + 1 < cap; k++) {
		n = strlen(tok[k]);
		if (n > cap - 1 - o)
			n = cap - 1 - o;
		memcpy(out + o, tok[k], n);
		o += n;
		if (k + 1 < ntok && o + 1 < cap)
			out[o++] = ' ';
	}
	out[o] = '\0';
	return o;
}

/* One term of a blocking key, appended to b; 0 when it is empty. */
static int
key_term(const struct dd *d, uint32_t rec, int field, int field2,
    enum dup_keyfn fn, struct buf *b)
{
	char		 p[PH_DM_LEN + 1], a[PH_DM_LEN + 1];
	char		 sx[PH_SOUNDEX_LEN > PH_DM_LEN + 1 ? PH_SOUNDEX_LEN :
			    PH_DM_LEN + 1];
	const char	*v, *w;
	size_t		 n, m;

	if (fn == DK_FULLNAME) {
		char	 words[64];

		if ((n = words_sorted(d, rec, field, field2, words,
		    sizeof words)) == 0)
			return 0;
		buf_add(b, words, n);
		buf_addc(b, '\x1f');
		return 1;
	}
	v = val(d, rec, field, &n);
	if (fn == DK_NAMES) {
		/* Both names' codes in order, so swapped names agree. */
		w = val(d, rec, field2, &m);
		if (n == 0 || m == 0)
			return 0;
		ph_double_metaphone(v, n, p, sx, PH_DM_LEN);
		ph_double_metaphone(w, m, a, sx, PH_DM_LEN);
		if (p[0] == '\0' || a[0] == '\0')
			return 0;
		buf_adds(b, strcmp(p, a) < 0 ? p : a);
		buf_addc(b, ' ');
		buf_adds(b, strcmp(p, a) < 0 ? a : p);
		buf_addc(b, '\x1f');
		return 1;
	}
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

/* Candidates as blocking makes them, before duplicates are merged. */
struct cands {
	struct cand	*c;
	size_t		 n, cap;
};

/*
 * Bit b of a candidate's mask: key b made it in a group of equal keys;
 * bit DD_WINDOWED + b: in a window, among neighbours that are alike on
 * what the window sorts by.  Only the first kind estimates m: a window's
 * non-matches agree on the fields it sorts by more than strangers do.
 */
#define DD_WINDOWED	16

static void
add_pair(struct cands *cs, uint32_t i, uint32_t j, size_t b)
{
	if (i == j)
		return;
	if (cs->n == cs->cap) {
		cs->cap = cs->cap ? cs->cap + cs->cap / 2 : 4096;
		cs->c = xreallocarray(cs->c, cs->cap, sizeof *cs->c);
	}
	cs->c[cs->n].p = i < j ? (uint64_t)i << 32 | j : (uint64_t)j << 32 | i;
	cs->c[cs->n++].mask = 1u << b;
}

static int
cmp_cand(const void *a, const void *b)
{
	uint64_t x = ((const struct cand *)a)->p, y = ((const struct cand *)b)->p;

	return x < y ? -1 : x > y;
}

/*
 * Sort the candidates added since the first `sorted` (those are sorted
 * already), merge the two runs and the pairs made twice: linear but for
 * the new run's sort.  Their number.
 */
static size_t
cands_merge(struct cands *cs, size_t sorted)
{
	struct cand	*tmp;
	size_t		 r, n, a, b, k, nb = cs->n - sorted;

	if (nb > 1)
		qsort(cs->c + sorted, nb, sizeof *cs->c, cmp_cand);
	if (sorted > 0 && nb > 0) {
		/* Merge from the back: the new run waits in tmp. */
		tmp = xreallocarray(NULL, nb, sizeof *tmp);
		memcpy(tmp, cs->c + sorted, nb * sizeof *tmp);
		for (a = sorted, b = nb, k = cs->n; b > 0; )
			if (a > 0 && cs->c[a - 1].p > tmp[b - 1].p)
				cs->c[--k] = cs->c[--a];
			else
				cs->c[--k] = tmp[--b];
		free(tmp);
	}
	for (r = 0, n = 0; r < cs->n; r++)
		if (n > 0 && cs->c[r].p == cs->c[n - 1].p)
			cs->c[n - 1].mask |= cs->c[r].mask;
		else
			cs->c[n++] = cs->c[r];
	cs->n = n;
	return n;
}

struct wrec {
	uint64_t	 k1, k2;	/* 16 bytes of a key, big-endian */
	uint32_t	 k3;		/* then a birth date */
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
	if (x->k3 != y->k3)
		return x->k3 < y->k3 ? -1 : 1;
	return x->rec < y->rec ? -1 : x->rec > y->rec;
}

static void
pack16(const char *s, size_t n, uint64_t *k1, uint64_t *k2)
{
	size_t	 i;

	*k1 = *k2 = 0;
	for (i = 0; i < 16; i++) {
		uint64_t c = i < n ? (unsigned char)s[i] : 0;

		if (i < 8)
			*k1 |= c << (56 - 8 * i);
		else
			*k2 |= c << (56 - 8 * (i - 8));
	}
}

/*
 * A record's name words, sorted ("rory gardner" and "gardner rory" both
 * "gardner rory"), and its birth date as a number: what a window sorts a
 * group by.
 */
static void
sort_fields(const struct dd *d, uint32_t rec, struct wrec *w)
{
	char		 out[17];
	const char	*v;
	size_t		 n, k;
	uint32_t	 dob = 0;

	n = words_sorted(d, rec, FIELD_FIRST_NAME, FIELD_LAST_NAME, out,
	    sizeof out);
	pack16(out, n, &w->k1, &w->k2);
	if (d->slot[FIELD_BIRTH_DATE] != -1) {
		v = val(d, rec, FIELD_BIRTH_DATE, &n);
		for (k = 0; k < n; k++)
			dob = dob * 10 + (uint32_t)(v[k] - '0');
	}
	w->k3 = dob;
	w->rec = rec;
}

/* Does key bk use a name?  Then its windows sort by birth date first. */
static int
key_has_name(const struct dup_block *bk)
{
	int	 t;

	for (t = 0; t < bk->nterms; t++)
		if (bk->terms[t].field == FIELD_FIRST_NAME ||
		    bk->terms[t].field == FIELD_LAST_NAME ||
		    (DUP_TWO_FIELDS(bk->terms[t].fn) &&
		    (bk->terms[t].field2 == FIELD_FIRST_NAME ||
		    bk->terms[t].field2 == FIELD_LAST_NAME)))
			return 1;
	return 0;
}

/* Pair each of w[0..n) with its next DD_WINDOW - 1 (or window - 1). */
static void
pair_window(struct cands *cs, struct wrec *w, size_t n, size_t window,
    int date_first, size_t b)
{
	size_t	 x, y;

	if (date_first)
		for (x = 0; x < n; x++) {
			/* Sort by the date, then the names. */
			uint64_t t1 = w[x].k1, t2 = w[x].k2;

			w[x].k1 = (uint64_t)w[x].k3 << 32 | (t1 >> 32);
			w[x].k2 = t1 << 32 | (t2 >> 32);
			w[x].k3 = (uint32_t)t2;
		}
	qsort(w, n, sizeof *w, cmp_wrec);
	for (x = 0; x < n; x++)
		for (y = x + 1; y < n && y < x + window; y++)
			add_pair(cs, w[x].rec, w[y].rec, DD_WINDOWED + b);
}

/* A key's value for every record that has one, hashed. */
static size_t
key_hashes(const struct dd *d, const struct dup_block *bk, struct hrec *h,
    struct buf *kb)
{
	uint32_t	 rec;
	size_t		 n = 0;
	int		 t, ok;

	for (rec = 0; rec < d->nrec; rec++) {
		buf_reset(kb);
		for (t = 0, ok = 1; t < bk->nterms && ok; t++)
			ok = key_term(d, rec, bk->terms[t].field,
			    bk->terms[t].field2, bk->terms[t].fn, kb);
		if (!ok)
			continue;
		h[n].h = fnv(kb->data, kb->len);
		h[n++].rec = rec;
	}
	return n;
}

/*
 * Sorted neighbourhood ("window N: KEY"): records sorted by the key, each
 * paired with the next window - 1.  It catches what equal keys miss (a
 * typo in the first letters aside); sorting on a 16-byte prefix is plenty
 * for names.
 */
static void
block_window(struct dd *d, const struct dup_block *bk, struct cands *cs,
    size_t b)
{
	struct wrec	*w = xreallocarray(NULL, d->nrec ? d->nrec : 1,
			    sizeof *w);
	struct buf	 kb;
	size_t		 n = 0;
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
		pack16(kb.data, kb.len, &w[n].k1, &w[n].k2);
		w[n].k3 = 0;
		w[n++].rec = rec;
	}
	pair_window(cs, w, n, (size_t)bk->window, 0, b);
	buf_free(&kb);
	free(w);
}

static void
block(struct dd *d, struct dd_stats *st)
{
	const struct dup_block	*bk;
	struct hrec		*h = xreallocarray(NULL, d->nrec ? d->nrec : 1,
				    sizeof *h);
	struct wrec		*w = NULL;
	struct cands		 cs = { NULL, 0, 0 };
	struct buf		 kb;
	size_t			 b, n, s, e, x, y, before;

	buf_init(&kb);
	for (b = 0; b < d->rule->nblocks; b++) {
		bk = &d->rule->blocks[b];
		before = cs.n;
		if (bk->window > 0) {
			block_window(d, bk, &cs, b);
			st->key_pairs[b] = cs.n - before;
			cands_merge(&cs, before);
			continue;
		}
		n = key_hashes(d, bk, h, &kb);
		qsort(h, n, sizeof *h, cmp_hrec);
		if (d->keep) {
			d->bidx[b] = xreallocarray(NULL, n ? n : 1, sizeof *h);
			memcpy(d->bidx[b], h, n * sizeof *h);
			d->nbidx[b] = n;
		}
		for (s = 0; s < n; s = e) {
			for (e = s + 1; e < n && h[e].h == h[s].h; e++)
				;
			if (e - s <= DD_GROUP) {
				for (x = s; x < e; x++)
					for (y = x + 1; y < e; y++)
						add_pair(&cs, h[x].rec, h[y].rec,
						    b);
				continue;
			}
			/*
			 * A group this large (a common birth date at ten
			 * million rows, "John Smith") is windowed, never
			 * dropped: its records sorted by what the key does
			 * not say, each with its next neighbours.
			 */
			st->big_blocks++;
			st->windowed_keys |= 1u << b;
			w = xreallocarray(w, e - s, sizeof *w);
			for (x = s; x < e; x++)
				sort_fields(d, h[x].rec, &w[x - s]);
			pair_window(&cs, w, e - s, DD_WINDOW,
			    key_has_name(bk), b);
		}
		st->key_pairs[b] = cs.n - before;
		/* Merged as we go: memory for the distinct pairs only. */
		cands_merge(&cs, before);
	}
	buf_free(&kb);
	free(h);
	free(w);
	n = cs.n;
	d->npairs = n;
	d->pairs = xreallocarray(cs.c, n ? n : 1, sizeof *d->pairs);
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

/* Do the mailbox names (before '@') carry the same digits, in order? */
static int
same_digits(const char *a, size_t la, const char *b, size_t lb)
{
	size_t	 i = 0, j = 0;

	for (;;) {
		while (i < la && !isdigit((unsigned char)a[i]))
			i++;
		while (j < lb && !isdigit((unsigned char)b[j]))
			j++;
		if (i == la || j == lb)
			return i == la && j == lb;
		if (a[i++] != b[j++])
			return 0;
	}
}

/*
 * Do two different mailbox names differ only in their separators
 * ("david.robinson", "david_robinson", "davidrobinson")?  Those are the
 * ways namesakes tell their addresses apart, not typos.
 */
static int
same_letters(const char *a, size_t la, const char *b, size_t lb)
{
	size_t	 i = 0, j = 0;

	if (la == lb && memcmp(a, b, la) == 0)
		return 0;
	for (;;) {
		while (i < la && (a[i] == '.' || a[i] == '_' || a[i] == '-'))
			i++;
		while (j < lb && (b[j] == '.' || b[j] == '_' || b[j] == '-'))
			j++;
		if (i == la || j == lb)
			return i == la && j == lb;
		if (a[i++] != b[j++])
			return 0;
	}
}

/*
 * Two addresses.  Mailbox names are made of the person's names, so two
 * namesakes' addresses are alike whoever they are: "levi.koster49@",
 * "levi.koster@" and "levi_koster@" at one provider, "jakub.nowak@wp.pl"
 * and "jakub.nowak@o2.pl" at two.  Mailbox names that carry other digits,
 * or differ in separators only, are different, and so are two providers
 * (domains that other records of the table use too).  Else a slip: close
 * when one edit apart at one domain, far when two, or when the domain
 * itself is a slip that nobody else makes ("hotmail.cm").
 */
static int
email_level(const struct dd *d, const char *a, size_t na, const char *b,
    size_t nb)
{
	const char	*at = memchr(a, '@', na), *bt = memchr(b, '@', nb);
	size_t		 la, lb;
	int		 dist;

	if (at == NULL || bt == NULL)
		return SIM_DIFFERENT;
	la = (size_t)(at - a);
	lb = (size_t)(bt - b);
	if (!same_digits(a, la, b, lb) || same_letters(a, la, b, lb))
		return SIM_DIFFERENT;
	dist = sim_damerau(a, la, b, lb);
	if (na - la == nb - lb && memcmp(at, bt, na - la) == 0)
		return dist <= 1 ? SIM_CLOSE : dist <= 2 ? SIM_FAR :
		    SIM_DIFFERENT;
	/* Two domains: a slip only if one of them is nobody else's. */
	if (tf_count(&d->domains, fnv(at + 1, na - la - 1)) > DD_PROVIDER &&
	    tf_count(&d->domains, fnv(bt + 1, nb - lb - 1)) > DD_PROVIDER)
		return SIM_DIFFERENT;
	return dist <= 1 && sim_damerau(at, na - la, bt, nb - lb) <= 2 ?
	    SIM_FAR : SIM_DIFFERENT;
}

/* The length of the first word of a name. */
static size_t
first_word(const char *a, size_t n)
{
	const char	*sp = memchr(a, ' ', n);

	return sp != NULL ? (size_t)(sp - a) : n;
}

/*
 * Given names that disagree as strings may still be one person's: a
 * nickname ("Bill", "William") is DD_ALIAS, a level of its own that EM
 * weighs; an initial that agrees ("J", "James") is far.
 */
static int
given_level(const struct dd *d, int l, const char *a, size_t na,
    const char *b, size_t nb)
{
	size_t	 wa = first_word(a, na), wb = first_word(b, nb);

	if (l >= SIM_CLOSE || d == NULL)
		return l;
	if (nick_alias(d->nick, a, na, b, nb) || ((wa < na || wb < nb) &&
	    nick_alias(d->nick, a, wa, b, wb)))
		return DD_ALIAS;
	if (l == SIM_DIFFERENT && (wa == 1 || wb == 1) && *a == *b)
		return SIM_FAR;
	return l;
}

/*
 * Do names a and b (lower-case words, single spaces) share a word?  The
 * word-set reading costs case folding of both; without a shared word it
 * cannot make them alike, so most pairs skip it.
 */
static int
shared_word(const char *a, size_t na, const char *b, size_t nb)
{
	size_t	 i = 0, w, j, v;

	while (i < na) {
		for (w = i; w < na && a[w] != ' '; w++)
			;
		for (j = 0; j < nb; j = v + 1) {
			for (v = j; v < nb && b[v] != ' '; v++)
				;
			if (v - j == w - i && memcmp(a + i, b + j, w - i) == 0)
				return 1;
		}
		i = w + 1;
	}
	return 0;
}

/* How many of two dates' 8 digits differ. */
static int
digits_apart(const char *a, const char *b)
{
	int	 i, n = 0;

	for (i = 0; i < 8; i++)
		n += a[i] != b[i];
	return n;
}

/* The level of compare cmp between values a and b: -1 when missing. */
static int
level_of(const struct dd *d, const struct dup_compare *cmp, const char *a,
    size_t na, const char *b, size_t nb)
{
	size_t		 mx;
	double		 s, t, close = cmp->close, far = cmp->far;
	int		 y1, m1, d1, y2, m2, d2, dist, l;

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
		l = s >= close ? SIM_CLOSE : s >= far ? SIM_FAR :
		    SIM_DIFFERENT;
		/*
		 * Names of more than a word are also read as sets of words:
		 * the same words in another order ("Palm, The") are close,
		 * alike sets ("Katsu", "Restaurant Katsu") far at most, for
		 * the word that differs may be all that tells two apart
		 * ("Ritz-Carlton Cafe", "Ritz-Carlton Restaurant").
		 */
		if (cmp->method == DM_JARO_WINKLER && l < SIM_CLOSE &&
		    (memchr(a, ' ', na) != NULL || memchr(b, ' ', nb) !=
		    NULL) && shared_word(a, na, b, nb)) {
			t = sim_token_set(a, na, b, nb);
			if (t >= 1)
				l = SIM_CLOSE;
			else if (t >= far)
				l = SIM_FAR;
		}
		return cmp->field == FIELD_FIRST_NAME ? given_level(d, l, a,
		    na, b, nb) : l;
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
		l = (int)sim_date(y1, m1, d1, y2, m2, d2);
		/* One digit mistyped into no date ("1855-86-20"): a slip. */
		return l == SIM_DIFFERENT && digits_apart(a, b) == 1 ?
		    SIM_CLOSE : l;
	case DM_NUMERIC:
		return (int)sim_number(strtod(a, NULL), strtod(b, NULL),
		    close > 0 ? close : 1, far > 0 ? far : 5);
	case DM_EMAIL:
		return d != NULL ? email_level(d, a, na, b, nb) :
		    SIM_DIFFERENT;
	}
	return SIM_DIFFERENT;
}

/* The level of compare c between records i and j: -1 when missing. */
static int
level(const struct dd *d, size_t c, uint32_t i, uint32_t j)
{
	const struct dup_compare *cmp = &d->rule->compares[c];
	const char	*a, *b;
	size_t		 na, nb;

	a = val(d, i, cmp->field, &na);
	b = val(d, j, cmp->field, &nb);
	return level_of(d, cmp, a, na, b, nb);
}

/* How much two name levels say, a missing one as neutral. */
static int
name_goodness(int a, int b)
{
	a = a < 0 ? SIM_FAR : a == DD_ALIAS ? SIM_CLOSE : a;
	b = b < 0 ? SIM_FAR : b == DD_ALIAS ? SIM_CLOSE : b;
	return a + b;
}

/*
 * The levels of every compare of a pair, 3 bits each.  First and last
 * name are also compared crosswise ("Gardner Rory" and "Rory Gardner"),
 * and the reading that agrees better is kept.
 */
static uint64_t
pattern(const struct dd *d, uint32_t i, uint32_t j)
{
	const struct dup_compare *cf, *cl;
	const char	*fi, *li, *fj, *lj;
	size_t		 nfi, nli, nfj, nlj, c;
	int		 lv[DUP_MAX_COMPARES], xf, xl;
	uint64_t	 p = 0;

	for (c = 0; c < d->rule->ncompares; c++)
		lv[c] = level(d, c, i, j);
	if (d->cfirst >= 0 && d->clast >= 0 && (lv[d->cfirst] < SIM_CLOSE ||
	    lv[d->clast] < SIM_CLOSE)) {
		cf = &d->rule->compares[d->cfirst];
		cl = &d->rule->compares[d->clast];
		fi = val(d, i, cf->field, &nfi);
		li = val(d, i, cl->field, &nli);
		fj = val(d, j, cf->field, &nfj);
		lj = val(d, j, cl->field, &nlj);
		/* Only where an initial agrees crosswise: most pairs skip. */
		if (!((nfi > 0 && nlj > 0 && *fi == *lj) || (nli > 0 &&
		    nfj > 0 && *li == *fj)))
			goto out;
		xf = level_of(d, cf, fi, nfi, lj, nlj);
		xl = level_of(d, cl, li, nli, fj, nfj);
		/*
		 * A swap, not "Henry Bruinewoud" against "Bruinewoud
		 * Nicholas": crosswise both names agree (or one is missing).
		 */
		if (xf != SIM_DIFFERENT && xl != SIM_DIFFERENT &&
		    name_goodness(xf, xl) > name_goodness(lv[d->cfirst],
		    lv[d->clast])) {
			lv[d->cfirst] = xf;
			lv[d->clast] = xl;
		}
	}
out:
	for (c = 0; c < d->rule->ncompares; c++)
		p |= (uint64_t)(lv[c] + 1) << (c * DD_BITS);
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

/* A record by two hashes of its key: the table's own order. */
struct korder {
	uint64_t	 h, h2;
	uint32_t	 rec;
};

static int
cmp_korder(const void *a, const void *b)
{
	const struct korder *x = a, *y = b;

	if (x->h != y->h)
		return x->h < y->h ? -1 : 1;
	return x->h2 < y->h2 ? -1 : x->h2 > y->h2;
}

/*
 * u: level frequencies among random pairs of the whole table, almost all
 * non-matches.  Fixed from here on.  The sample is drawn from the
 * records ordered by key, not as the scan read them: an unchanged table
 * read in another order (a parallel scan) gets the same u, and so the
 * same findings.
 */
static void
estimate_u(struct dd *d)
{
	double		 cnt[DUP_MAX_COMPARES][DD_LEVELS];
	double		 tot[DUP_MAX_COMPARES];
	uint64_t	 seed = 0x9e3779b97f4a7c15ULL, all, k, nsample, p;
	struct korder	*ord = NULL;
	const char	*key;
	uint32_t	 i, j;
	size_t		 c, klen;
	int		 l;

	memset(cnt, 0, sizeof cnt);
	memset(tot, 0, sizeof tot);
	all = (uint64_t)d->nrec * (d->nrec - 1) / 2;
	nsample = all < DD_U_SAMPLE ? all : DD_U_SAMPLE;
	if (all > DD_U_SAMPLE) {
		ord = xreallocarray(NULL, d->nrec, sizeof *ord);
		for (i = 0; i < d->nrec; i++) {
			key = dd_key(d, i, &klen);
			ord[i].h = fnv(key, klen);
			/* FNV-1a from another basis: a second hash. */
			for (k = 0, ord[i].h2 = 0x84222325cbf29ce4ULL;
			    k < klen; k++)
				ord[i].h2 = (ord[i].h2 ^ (unsigned char)key[k]) *
				    1099511628211ULL;
			ord[i].rec = i;
		}
		qsort(ord, d->nrec, sizeof *ord, cmp_korder);
	}
	for (k = 0, i = 0, j = 0; k < nsample; k++) {
		if (all <= DD_U_SAMPLE) {
			/* Few records: every pair. */
			if (++j >= d->nrec) {
				i++;
				j = i + 1;
			}
		} else {
			i = ord[rnd(&seed) % d->nrec].rec;
			j = ord[rnd(&seed) % d->nrec].rec;
			if (i == j)
				continue;
		}
		p = pattern(d, i < j ? i : j, i < j ? j : i);
		for (c = 0; c < d->rule->ncompares; c++)
			if ((l = pat_level(p, c)) >= 0) {
				cnt[c][l]++;
				tot[c]++;
			}
	}
	free(ord);
	for (c = 0; c < d->rule->ncompares; c++)
		for (l = 0; l < DD_LEVELS; l++)
			d->u[c][l] = (cnt[c][l] + 1) / (tot[c] + DD_LEVELS);
}

/* A pair's level pattern, then (in place) its match probability. */
union dd_cell {
	uint64_t	 pat;
	double		 score;
};

/* A distinct level pattern among the candidates, with the keys' mask. */
struct pat {
	uint64_t	 p;
	uint32_t	 mask;
	double		 n;
};

static int
cmp_pat(const void *a, const void *b)
{
	const struct pat *x = a, *y = b;

	if (x->p != y->p)
		return x->p < y->p ? -1 : 1;
	return x->mask < y->mask ? -1 : x->mask > y->mask;
}

/*
 * The distinct (pattern, keys) of the candidates with their counts: a
 * few thousand, whatever the number of pairs, so EM iterates over them.
 */
static struct pat *
distinct_patterns(const struct dd *d, const union dd_cell *cell, size_t *np)
{
	struct pat	*tab, *out;
	size_t		 cap = 1024, used = 0, k, h, x;
	uint64_t	 key;

	tab = xcalloc(cap, sizeof *tab);
	for (k = 0; k < d->npairs; k++) {
		if (used * 2 >= cap) {
			struct pat *old = tab;

			tab = xcalloc(cap * 2, sizeof *tab);
			for (x = 0; x < cap; x++) {
				if (old[x].n == 0)
					continue;
				key = old[x].p * 0x9e3779b97f4a7c15ULL ^ old[x].mask;
				for (h = key & (cap * 2 - 1); tab[h].n != 0;
				    h = (h + 1) & (cap * 2 - 1))
					;
				tab[h] = old[x];
			}
			free(old);
			cap *= 2;
		}
		key = cell[k].pat * 0x9e3779b97f4a7c15ULL ^ d->pairs[k].mask;
		for (h = key & (cap - 1); tab[h].n != 0 && (tab[h].p !=
		    cell[k].pat || tab[h].mask != d->pairs[k].mask);
		    h = (h + 1) & (cap - 1))
			;
		if (tab[h].n == 0) {
			tab[h].p = cell[k].pat;
			tab[h].mask = d->pairs[k].mask;
			used++;
		}
		tab[h].n++;
	}
	out = xreallocarray(NULL, used ? used : 1, sizeof *out);
	for (x = 0, k = 0; x < cap; x++)
		if (tab[x].n != 0)
			out[k++] = tab[x];
	free(tab);
	qsort(out, k, sizeof *out, cmp_pat);
	*np = k;
	return out;
}

/* The compares that key b says nothing new about: its own fields. */
static unsigned
key_compares(const struct dd *d, size_t b)
{
	const struct dup_block *bk = &d->rule->blocks[b];
	unsigned	 fields = 0, out = 0;
	size_t		 c;
	int		 t;

	for (t = 0; t < bk->nterms; t++) {
		fields |= 1u << bk->terms[t].field;
		if (DUP_TWO_FIELDS(bk->terms[t].fn))
			fields |= 1u << bk->terms[t].field2;
	}
	/* Names are compared crosswise: a key on one says the other too. */
	if (fields & (1u << FIELD_FIRST_NAME | 1u << FIELD_LAST_NAME))
		fields |= 1u << FIELD_FIRST_NAME | 1u << FIELD_LAST_NAME;
	for (c = 0; c < d->rule->ncompares; c++)
		if (fields & (1u << d->rule->compares[c].field))
			out |= 1u << c;
	return out;
}

/*
 * The fields of where someone lives (address, phone, postcode, city,
 * region, country) are not independent: a household shares them all.
 * When the pair's given names, family names or birth dates plainly
 * differ (two people of one household, two shops of one casino), their
 * agreements count once, the strongest, for all they say is "one
 * household".  Else (the same person, or a business, which has no given
 * name) agreements add up.  Disagreements add up as they always did:
 * counted once, as a move would suggest, they let namesakes who live
 * apart reach review (demo generator, 200,000 rows: review precision
 * 0.97 -> 0.89).  Only the final score (weigh) reads them so; EM keeps
 * the independent model its M-step assumes (with the grouping in EM too,
 * 0.19).
 */
struct place {
	double		 pos, best;
	int		 other;		/* a name or birth date differs */
};

static double
add_weight(const struct dd *d, size_t c, int l, double bf, struct place *pl)
{
	int	 f = d->rule->compares[c].field;

	if ((f == FIELD_FIRST_NAME || f == FIELD_LAST_NAME ||
	    f == FIELD_BIRTH_DATE) && l == SIM_DIFFERENT)
		pl->other = 1;
	if (!(d->place & (1u << c)))
		return bf;
	if (bf <= 0)
		return bf;
	pl->pos += bf;
	if (bf > pl->best)
		pl->best = bf;
	return 0;
}

static double
place_weight(const struct place *pl)
{
	return pl->other ? pl->best : pl->pos;
}

/* Match probability of a pattern under m, u and lambda, some compares left out. */
static double
pat_weight(const struct dd *d, const double (*m)[DD_LEVELS], double lambda,
    uint64_t p, unsigned skip)
{
	double		 x = log(lambda / (1 - lambda));
	size_t		 c;
	int		 l;

	for (c = 0; c < d->rule->ncompares; c++)
		if (!(skip & (1u << c)) && (l = pat_level(p, c)) >= 0)
			x += log(m[c][l] / d->u[c][l]);
	return 1 / (1 + exp(-x));
}

/* The iterations EM may take: the rule's em_iterations, or DD_EM_MAX. */
static int
em_max(const struct dd *d)
{
	return d->rule->em_max > 0 ? d->rule->em_max : DD_EM_MAX;
}

/*
 * EM for one blocking key, over the candidates it made and without its
 * own fields: m and the share of its candidates that match.  u stays
 * the random pairs'.  The iterations, or -1 when it hit its cap.
 */
static int
em_key(struct dd *d, const struct pat *pats, size_t np, size_t b,
    double (*m)[DD_LEVELS], double *lambda, double *found)
{
	static const double m0[DD_LEVELS] = { 0.05, 0.05, 0.10, 0.79, 0.01 };
	double		 mm[DUP_MAX_COMPARES][DD_LEVELS];
	double		 mt[DUP_MAX_COMPARES];
	double		 w, acc, total, nm, delta;
	unsigned	 skip = key_compares(d, b);
	size_t		 k, c;
	int		 it, l;

	for (c = 0; c < d->rule->ncompares; c++)
		for (l = 0; l < DD_LEVELS; l++)
			m[c][l] = m0[l];
	*lambda = 0.01;
	*found = 0;
	for (it = 1; it <= em_max(d); it++) {
		memset(mm, 0, sizeof mm);
		memset(mt, 0, sizeof mt);
		acc = total = 0;
		for (k = 0; k < np; k++) {
			if (!(pats[k].mask & (1u << b)))
				continue;
			w = pat_weight(d, (const double (*)[DD_LEVELS])m,
			    *lambda, pats[k].p, skip);
			acc += pats[k].n * w;
			total += pats[k].n;
			for (c = 0; c < d->rule->ncompares; c++)
				if (!(skip & (1u << c)) &&
				    (l = pat_level(pats[k].p, c)) >= 0) {
					mm[c][l] += pats[k].n * w;
					mt[c] += pats[k].n * w;
				}
		}
		if (total == 0)
			return 0;
		delta = fabs(acc / total - *lambda);
		*lambda = acc / total;
		if (*lambda < 1e-9)
			*lambda = 1e-9;
		if (*lambda > 1 - 1e-9)
			*lambda = 1 - 1e-9;
		for (c = 0; c < d->rule->ncompares; c++)
			for (l = 0; l < DD_LEVELS; l++) {
				nm = (mm[c][l] + 1e-3) / (mt[c] + DD_LEVELS *
				    1e-3);
				if (fabs(nm - m[c][l]) > delta)
					delta = fabs(nm - m[c][l]);
				m[c][l] = nm;
			}
		*found = acc;
		if (delta < DD_EM_EPS)
			return it;
	}
	return -1;
}

/*
 * m by EM once per blocking key, averaged over the keys that do not use
 * the field, weighted by the matches each found; then lambda, the prior
 * over all pairs of the table: the matches expected among the candidates
 * (each pair taken at its best key's estimate) over all pairs.
 */
static void
estimate_m(struct dd *d, const union dd_cell *cell, struct dd_stats *st)
{
	static const double m0[DD_LEVELS] = { 0.05, 0.05, 0.10, 0.79, 0.01 };
	double		(*mk)[DUP_MAX_COMPARES][DD_LEVELS];
	double		*lk, *fk, sum[DUP_MAX_COMPARES][DD_LEVELS];
	double		 wt[DUP_MAX_COMPARES], w, best, expected, all;
	struct pat	*pats;
	unsigned	 skip[DUP_MAX_BLOCKS];
	size_t		 np = 0, k, b, c, nb = d->rule->nblocks;
	int		 l, it;

	if (d->npairs == 0) {
		for (c = 0; c < d->rule->ncompares; c++)
			for (l = 0; l < DD_LEVELS; l++)
				d->m[c][l] = m0[l];
		d->lambda = 1e-9;
		return;
	}
	pats = distinct_patterns(d, cell, &np);
	mk = xcalloc(nb, sizeof *mk);
	lk = xcalloc(nb, sizeof *lk);
	fk = xcalloc(nb, sizeof *fk);
	memset(sum, 0, sizeof sum);
	memset(wt, 0, sizeof wt);
	for (b = 0; b < nb; b++) {
		skip[b] = key_compares(d, b);
		it = em_key(d, pats, np, b, mk[b], &lk[b], &fk[b]);
		st->key_iter[b] = it;
		st->key_found[b] = fk[b];
		st->key_share[b] = lk[b];
		if (it < 0)
			st->em_unconverged++;
		if (it > st->em_iterations || it < 0)
			st->em_iterations = it < 0 ? em_max(d) : it;
		for (c = 0; c < d->rule->ncompares; c++) {
			if (skip[b] & (1u << c))
				continue;
			for (l = 0; l < DD_LEVELS; l++)
				sum[c][l] += fk[b] * mk[b][c][l];
			wt[c] += fk[b];
		}
	}
	for (c = 0; c < d->rule->ncompares; c++)
		for (l = 0; l < DD_LEVELS; l++) {
			d->m[c][l] = wt[c] > 0 ? sum[c][l] / wt[c] : m0[l];
			if (d->m[c][l] < DD_M_FLOOR)
				d->m[c][l] = DD_M_FLOOR;
		}
	/* The matches among the candidates, each at its best key. */
	for (k = 0, expected = 0; k < np; k++) {
		for (b = 0, best = 0; b < nb; b++) {
			if (!(pats[k].mask & (1u << b)) || fk[b] <= 0)
				continue;
			w = pat_weight(d, (const double (*)[DD_LEVELS])mk[b],
			    lk[b], pats[k].p, skip[b]);
			if (w > best)
				best = w;
		}
		expected += pats[k].n * best;
	}
	/*
	 * Then lambda alone by EM under the whole model, every field
	 * counted: the candidates' expected matches over all pairs, pairs
	 * no key made taken as non-matches.  The keys' own estimate above
	 * only starts it: a key's candidates, seen without its fields,
	 * look more alike than they are.
	 */
	all = (double)d->nrec * (double)(d->nrec - 1) / 2;
	d->lambda = expected / all;
	for (it = 0; it < DD_EM_MAX; it++) {
		if (d->lambda < 1 / all)
			d->lambda = 1 / all;
		if (d->lambda > 0.5)
			d->lambda = 0.5;
		for (k = 0, expected = 0; k < np; k++)
			expected += pats[k].n * pat_weight(d,
			    (const double (*)[DD_LEVELS])d->m, d->lambda,
			    pats[k].p, 0);
		w = d->lambda;
		d->lambda = expected / all;
		if (fabs(d->lambda - w) <= DD_EM_EPS * w)
			break;
	}
	if (d->lambda < 1 / all)
		d->lambda = 1 / all;
	if (d->lambda > 0.5)
		d->lambda = 0.5;
	st->matches = expected;
	free(mk);
	free(lk);
	free(fk);
	free(pats);
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

/* How many records give the value of hash h; 0 if unknown. */
static uint32_t
tf_count(const struct dd_tf *t, uint64_t h)
{
	size_t	 i;

	if (t->cap == 0)
		return 0;
	for (i = h & (t->cap - 1); t->hash[i] != 0; i = (i + 1) & (t->cap - 1))
		if (t->hash[i] == h)
			return t->count[i];
	return 0;
}

/* How many records give each email domain. */
static void
count_domains(struct dd *d)
{
	const char	*v, *at;
	size_t		 n;
	uint32_t	 r;

	if (d->slot[FIELD_EMAIL] == -1)
		return;
	for (r = 0; r < d->nrec; r++) {
		v = val(d, r, FIELD_EMAIL, &n);
		if (n > 0 && (at = memchr(v, '@', n)) != NULL)
			tf_add(&d->domains, fnv(at + 1, n - (size_t)(at - v) -
			    1));
	}
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

/*
 * Match probability of a pair with pattern p, i one of its records; the
 * fields with evidence for a match in *nfields (may be NULL).
 */
static double
weigh(const struct dd *d, uint64_t p, uint32_t i, int *nfields)
{
	const char	*v;
	double		 x, u, bf;
	struct place	 pl = { 0, 0, 0 };
	uint32_t	 cnt;
	size_t		 c, n;
	int		 l, good = 0;

	x = log(d->lambda / (1 - d->lambda));
	for (c = 0; c < d->rule->ncompares; c++) {
		if ((l = pat_level(p, c)) < 0)
			continue;
		u = d->u[c][l];
		if (l == SIM_EXACT && d->use_tf[c]) {
			/*
			 * Term frequency: the chance that another person
			 * gives this very value, other than this pair.
			 */
			v = val(d, i, d->rule->compares[c].field, &n);
			cnt = tf_count(&d->tf[c], fnv(v, n));
			if (cnt > 0 && d->tf[c].nonnull > 1)
				u = (double)(cnt > 1 ? cnt - 1 : 1) /
				    (double)d->tf[c].nonnull;
		}
		bf = log(d->m[c][l] / u);
		if (bf > 0 && !(d->place & (1u << c)))
			good++;
		x += add_weight(d, c, l, bf, &pl);
	}
	/* Where one lives is one field of evidence, however many agree. */
	x += place_weight(&pl);
	if (nfields != NULL)
		*nfields = good + (pl.best > 0);
	return 1 / (1 + exp(-x));
}

static double
prob(const struct dd *d, uint64_t p, uint32_t i)
{
	return weigh(d, p, i, NULL);
}

double
dd_score(struct dd *d, uint32_t i, uint32_t j)
{
	return prob(d, pattern(d, i, j), i);
}

/*
 * The match probability of i and j (i < j), and in *mergeable whether
 * they may be merged without a person looking: a score at or above
 * merge, evidence from at least
 * DD_MIN_FIELDS fields, and when something a person does not change
 * plainly differs (birth date, national ID, given name), an identifier
 * of their own shared exactly (email, national ID) to outweigh it.  A
 * household shares family name, address and landline; father and son
 * even the given name; their birth dates and given names tell them
 * apart, and the phone they share says nothing about which of them a
 * record is.
 */
static double
judge(const struct dd *d, uint32_t i, uint32_t j, int *mergeable)
{
	uint64_t	 p = pattern(d, i, j);
	const char	*a, *b;
	double		 score;
	size_t		 c, na, nb;
	int		 n, f, l, clash = 0, ident = 0;

	score = weigh(d, p, i, &n);
	for (c = 0; c < d->rule->ncompares; c++) {
		f = d->rule->compares[c].field;
		l = pat_level(p, c);
		/*
		 * Another house number is another place: two sites of one
		 * business, two flats of one street, or a typo; a person
		 * looks.
		 */
		if (f == FIELD_ADDRESS && l >= 0 && l != SIM_EXACT) {
			a = val(d, i, f, &na);
			b = val(d, j, f, &nb);
			if (!same_digits(a, na, b, nb))
				clash = 1;
		}
		if ((f == FIELD_BIRTH_DATE || f == FIELD_NATIONAL_ID ||
		    f == FIELD_FIRST_NAME) && l == SIM_DIFFERENT)
			clash = 1;
		/*
		 * A family or business name that is only alike ("Ritz-
		 * Carlton Cafe", "Ritz-Carlton Dining Room", at one address
		 * and switchboard) is not enough to merge on.
		 */
		if (f == FIELD_LAST_NAME && l >= 0 && l <= SIM_FAR)
			clash = 1;
		if ((f == FIELD_EMAIL || f == FIELD_NATIONAL_ID) &&
		    l == SIM_EXACT)
			ident = 1;
	}
	*mergeable = score >= d->rule->merge && n >= DD_MIN_FIELDS &&
	    (!clash || ident);
	return score;
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

/* Emit one cluster: centre first in mem[0]; n members in all. */
static void
emit(struct dd *d, struct dd_stats *st, const uint32_t *mem, size_t n,
    uint32_t id)
{
	enum dd_decision dec = n > DD_MAX_CLUSTER ? DD_REVIEW : DD_MERGE;
	struct dd_member *m = d->members + d->nmembers;
	double		 weakest = 1;
	size_t		 x, y;
	uint32_t	 i, j;
	int		 ok;

	for (x = 0; x < n; x++) {
		m[x].rec = mem[x];
		m[x].cluster = id;
		m[x].centre = mem[0];
		if (x == 0)
			continue;
		m[x].score = judge(d, mem[0] < mem[x] ? mem[0] : mem[x],
		    mem[0] < mem[x] ? mem[x] : mem[0], &ok);
		if (m[x].score < weakest)
			weakest = m[x].score;
		if (!ok)
			dec = DD_REVIEW;
	}
	/* The centre carries the cluster's weakest link. */
	m[0].score = weakest;
	/* Two a person said are different, both in: review. */
	for (x = 0; x < n && d->nforbidden > 0 && dec == DD_MERGE; x++)
		for (y = x + 1; y < n; y++) {
			i = mem[x] < mem[y] ? mem[x] : mem[y];
			j = mem[x] < mem[y] ? mem[y] : mem[x];
			if (forbidden(d, (uint64_t)i << 32 | j)) {
				dec = DD_REVIEW;
				break;
			}
		}
	for (x = 0; x < n; x++)
		m[x].decision = dec;
	d->nmembers += n;
	if (dec == DD_MERGE)
		st->clusters_merge++;
	else
		st->clusters_review++;
}

struct sedge {
	double		 score;
	uint32_t	 i, j;
};

static int
cmp_sedge(const void *a, const void *b)
{
	const struct sedge *x = a, *y = b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	if (x->i != y->i)
		return x->i < y->i ? -1 : 1;
	return x->j < y->j ? -1 : x->j > y->j;
}

/*
 * Does record a's key sort before b's?  Ties between records go by key,
 * not by the order the scan read them, so an unchanged table gets the
 * same centres however it is read.
 */
static int
key_before(const struct dd *d, uint32_t a, uint32_t b)
{
	const char	*ka, *kb;
	size_t		 la, lb;
	int		 c;

	ka = dd_key(d, a, &la);
	kb = dd_key(d, b, &lb);
	if ((c = memcmp(ka, kb, la < lb ? la : lb)) != 0)
		return c < 0;
	return la < lb;
}

/*
 * Clustering with a guard against chains.  Every record with a pair at
 * or above review starts alone; the pairs are taken from the strongest
 * down, and the two clusters of a pair join only when every member of
 * the smaller matches the larger one's centre at or above review.  So
 * every member matches its centre directly: no a~b~c where a and c are
 * strangers (two families joined through one record without a first
 * name stay two).  A centre is its cluster's record with the most match
 * weight among the first two joined, and stays as members join.
 */
static void
cluster(struct dd *d, const union dd_cell *cell, struct dd_stats *st)
{
	const double	 review = d->rule->review > 0 ? d->rule->review :
			    d->rule->merge;
	struct sedge	*e;
	uint32_t	*of, *next, *head, *tail, *size, *centre, *mem = NULL;
	double		*weight, s;
	size_t		 k, ne = 0, n, cap = 0;
	uint32_t	 i, j, a, b, x, big, small, id = 0;
	int		 ok;

	e = xreallocarray(NULL, d->npairs ? d->npairs : 1, sizeof *e);
	weight = xcalloc(d->nrec ? d->nrec : 1, sizeof *weight);
	for (k = 0; k < d->npairs; k++) {
		if (cell[k].score < review || forbidden(d, d->pairs[k].p))
			continue;
		e[ne].i = (uint32_t)(d->pairs[k].p >> 32);
		e[ne].j = (uint32_t)d->pairs[k].p;
		e[ne++].score = cell[k].score;
		weight[(uint32_t)(d->pairs[k].p >> 32)] += cell[k].score;
		weight[(uint32_t)d->pairs[k].p] += cell[k].score;
	}
	qsort(e, ne, sizeof *e, cmp_sedge);
	/* Cluster c (from 0) is kept as a list of records from head[c]. */
	n = d->nrec ? d->nrec : 1;
	of = xreallocarray(NULL, n, sizeof *of);
	next = xreallocarray(NULL, n, sizeof *next);
	head = xreallocarray(NULL, n, sizeof *head);
	tail = xreallocarray(NULL, n, sizeof *tail);
	size = xreallocarray(NULL, n, sizeof *size);
	centre = xreallocarray(NULL, n, sizeof *centre);
	for (i = 0; i < d->nrec; i++) {
		of[i] = head[i] = tail[i] = centre[i] = i;
		next[i] = UINT32_MAX;
		size[i] = 1;
	}
	for (k = 0; k < ne; k++) {
		a = of[e[k].i];
		b = of[e[k].j];
		if (a == b)
			continue;
		/* The centre with more match weight stays the centre. */
		big = weight[centre[a]] > weight[centre[b]] ||
		    (weight[centre[a]] == weight[centre[b]] &&
		    key_before(d, centre[a], centre[b])) ? a : b;
		small = big == a ? b : a;
		if (size[big] + size[small] > DD_CLUSTER_CAP)
			continue;
		for (x = head[small], ok = 1; x != UINT32_MAX && ok;
		    x = next[x]) {
			s = dd_score(d, x < centre[big] ? x : centre[big],
			    x < centre[big] ? centre[big] : x);
			ok = s >= DD_GUARD;
		}
		if (!ok)
			continue;
		for (x = head[small]; x != UINT32_MAX; x = next[x])
			of[x] = big;
		next[tail[big]] = head[small];
		tail[big] = tail[small];
		size[big] += size[small];
		size[small] = 0;
	}
	d->members = xreallocarray(NULL, n, sizeof *d->members);
	for (i = 0; i < d->nrec; i++) {
		if (size[i] < 2) {
			if (size[i] == 1 && weight[i] > 0)
				st->split++;
			continue;
		}
		if (size[i] > cap) {
			cap = size[i];
			mem = xreallocarray(mem, cap, sizeof *mem);
		}
		mem[0] = centre[i];
		for (x = head[i], j = 1; x != UINT32_MAX; x = next[x])
			if (x != centre[i])
				mem[j++] = x;
		emit(d, st, mem, size[i], ++id);
	}
	free(mem);
	free(centre);
	free(size);
	free(tail);
	free(head);
	free(next);
	free(of);
	free(weight);
	free(e);
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

struct dd_job {
	struct dd	*d;
	union dd_cell	*cell;
	size_t		 lo, hi;
	int		 scoring;
};

static void *
dd_work(void *arg)
{
	struct dd_job	*j = arg;
	size_t		 k;
	uint32_t	 i;

	for (k = j->lo; k < j->hi; k++) {
		i = (uint32_t)(j->d->pairs[k].p >> 32);
		if (j->scoring)
			j->cell[k].score = prob(j->d, j->cell[k].pat, i);
		else
			j->cell[k].pat = pattern(j->d, i,
			    (uint32_t)j->d->pairs[k].p);
	}
	return NULL;
}

/*
 * Compare (or score) every candidate, on every core: the records and the
 * model are only read, each thread writes its own slice.  A thread that
 * cannot start leaves its slice to this one.
 */
static void
dd_parallel(struct dd *d, union dd_cell *cell, int scoring)
{
	struct dd_job	 job[DD_THREADS];
	pthread_t	 tid[DD_THREADS];
	int		 started[DD_THREADS];
	long		 ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	size_t		 n, t, step;

	n = ncpu < 1 ? 1 : ncpu > DD_THREADS ? DD_THREADS : (size_t)ncpu;
	if (d->npairs < 10000)
		n = 1;
	step = (d->npairs + n - 1) / n;
	for (t = 0; t < n; t++) {
		job[t].d = d;
		job[t].cell = cell;
		job[t].lo = t * step < d->npairs ? t * step : d->npairs;
		job[t].hi = (t + 1) * step < d->npairs ? (t + 1) * step :
		    d->npairs;
		job[t].scoring = scoring;
		started[t] = t > 0 && pthread_create(&tid[t], NULL, dd_work,
		    &job[t]) == 0;
	}
	dd_work(&job[0]);
	for (t = 1; t < n; t++)
		if (started[t])
			pthread_join(tid[t], NULL);
		else
			dd_work(&job[t]);
}

int
dd_run(struct dd *d, struct dd_stats *st)
{
	union dd_cell	*cell;
	double		 t;

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
	count_domains(d);
	cell = xreallocarray(NULL, d->npairs ? d->npairs : 1, sizeof *cell);
	dd_parallel(d, cell, 0);
	st->t_compare = now() - t;

	t = now();
	if (d->nrec >= 2)
		estimate_u(d);
	estimate_m(d, cell, st);
	count_terms(d);
	st->lambda = d->lambda;
	memcpy(st->m, d->m, sizeof st->m);
	memcpy(st->u, d->u, sizeof st->u);
	st->t_em = now() - t;

	t = now();
	dd_parallel(d, cell, 1);
	if (d->npairs > 0)
		cluster(d, cell, st);
	free(cell);
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
	nick_free(d->nick);
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
	free(d->domains.hash);
	free(d->domains.count);
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
		if (e - lo <= DD_PROBE_MAX)
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
