/*
 * test_dedup.c -- the matcher on a synthetic population: clusters of
 * planted duplicates, pairs forbidden by a person, and records matched
 * alone after the run through the kept blocking index (dd_probe).
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "validators/dedup.h"
#include "validators/nickname.h"

#define PEOPLE	3000
#define DUPS	300

static const char *const given[] = {
	"Anna", "Bernd", "Clara", "David", "Elena", "Felix", "Greta", "Hugo",
	"Ines", "Jonas", "Karin", "Lukas", "Mira", "Nils", "Olga", "Paul",
	"Quirin", "Rosa", "Sven", "Tanja", "Ulf", "Vera", "Wim", "Xenia"
};
static const char *const family[] = {
	"Schmidt", "Novak", "Rossi", "Dubois", "Kowalski", "Jensen", "Silva",
	"Horvat", "Popescu", "Nagy", "Petrov", "Garcia", "Moreau", "Bauer",
	"Costa", "Lindqvist", "Ivanova", "Murphy", "Keller", "Vogel"
};

static uint32_t	rng = 0x9e3779b9;

static uint32_t
rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

struct person {
	char	key[16], first[32], last[32], email[64], birth[16];
};

static struct person	people[PEOPLE + DUPS];

static struct rule_dup	rule;
static char		rule_name[] = "people", rule_source[] = "test";

static void
make_rule(void)
{
	memset(&rule, 0, sizeof rule);
	rule.name = rule_name;
	rule.source = rule_source;
	rule.nblocks = 2;
	rule.blocks[0].nterms = 1;
	rule.blocks[0].terms[0].field = FIELD_EMAIL;
	rule.blocks[0].terms[0].fn = DK_LOWER;
	rule.blocks[1].nterms = 1;
	rule.blocks[1].terms[0].field = FIELD_BIRTH_DATE;
	rule.blocks[1].terms[0].fn = DK_EXACT;
	rule.ncompares = 4;
	rule.compares[0].field = FIELD_FIRST_NAME;
	rule.compares[0].method = DM_JARO_WINKLER;
	rule.compares[1].field = FIELD_LAST_NAME;
	rule.compares[1].method = DM_JARO_WINKLER;
	rule.compares[2].field = FIELD_EMAIL;
	rule.compares[2].method = DM_DAMERAU;
	rule.compares[3].field = FIELD_BIRTH_DATE;
	rule.compares[3].method = DM_DATE;
	rule.merge = 0.95;
	rule.review = 0.80;
}

/* PEOPLE different people, then DUPS records of the first DUPS of them. */
static void
make_people(void)
{
	struct person	*p;
	size_t		 i, k;

	for (i = 0; i < PEOPLE; i++) {
		p = &people[i];
		snprintf(p->key, sizeof p->key, "%zu", i + 1);
		snprintf(p->first, sizeof p->first, "%s",
		    given[rnd() % (sizeof given / sizeof given[0])]);
		snprintf(p->last, sizeof p->last, "%s",
		    family[rnd() % (sizeof family / sizeof family[0])]);
		snprintf(p->email, sizeof p->email, "%c.%s%u@example.org",
		    p->first[0], p->last, rnd() % 100000);
		snprintf(p->birth, sizeof p->birth, "19%02u-%02u-%02u",
		    40 + rnd() % 60, 1 + rnd() % 12, 1 + rnd() % 28);
	}
	for (i = 0; i < DUPS; i++) {
		p = &people[PEOPLE + i];
		*p = people[i];
		snprintf(p->key, sizeof p->key, "%zu", PEOPLE + i + 1);
		/* A typo in the family name: one letter doubled. */
		k = strlen(p->last);
		memmove(p->last + 3, p->last + 2, k - 1);
	}
}

static void
add(struct dd *d, const struct person *p)
{
	struct field_value	 v[FIELD_MAX];

	memset(v, 0, sizeof v);
	v[FIELD_FIRST_NAME].data = p->first;
	v[FIELD_FIRST_NAME].len = strlen(p->first);
	v[FIELD_LAST_NAME].data = p->last;
	v[FIELD_LAST_NAME].len = strlen(p->last);
	v[FIELD_EMAIL].data = p->email;
	v[FIELD_EMAIL].len = strlen(p->email);
	v[FIELD_BIRTH_DATE].data = p->birth;
	v[FIELD_BIRTH_DATE].len = strlen(p->birth);
	dd_add(d, p->key, strlen(p->key), v);
}

/*
 * Match the population, then extra records; a pair a person said are
 * different (no_a, no_b) when not NULL; the index kept when keep.
 */
static struct dd *
build(int keep, const struct person *extra, size_t n, const char *no_a,
    const char *no_b, struct dd_stats *st)
{
	struct dd	*d;
	char		 err[128];
	size_t		 i;

	d = dd_new(&rule, err, sizeof err);
	assert_non_null(d);
	if (keep)
		dd_keep_index(d);
	for (i = 0; i < PEOPLE + DUPS; i++)
		add(d, &people[i]);
	for (i = 0; i < n; i++)
		add(d, &extra[i]);
	if (no_a != NULL)
		dd_forbid(d, no_a, strlen(no_a), no_b, strlen(no_b));
	assert_int_equal(dd_run(d, st), 0);
	return d;
}

static struct dd *
run(int keep, const char *no_a, const char *no_b)
{
	struct dd_stats	 st;

	return build(keep, NULL, 0, no_a, no_b, &st);
}

/* The cluster of record key, or 0. */
static uint32_t
cluster_of(const struct dd *d, const char *key)
{
	const struct dd_member	*m;
	const char		*k;
	size_t			 i, len;

	for (i = 0; i < dd_nmembers(d); i++) {
		m = dd_member(d, i);
		k = dd_key(d, m->rec, &len);
		if (len == strlen(key) && memcmp(k, key, len) == 0)
			return m->cluster;
	}
	return 0;
}

static void
test_planted(void **state)
{
	struct dd	*d;
	char		 a[16], b[16];
	size_t		 i, found = 0;

	(void)state;
	d = run(0, NULL, NULL);
	for (i = 0; i < DUPS; i++) {
		snprintf(a, sizeof a, "%zu", i + 1);
		snprintf(b, sizeof b, "%zu", PEOPLE + i + 1);
		found += cluster_of(d, a) != 0 &&
		    cluster_of(d, a) == cluster_of(d, b);
	}
	/* Every planted pair shares email and birth date. */
	assert_true(found >= DUPS * 99 / 100);
	/* Nobody else: at most two members per planted person. */
	assert_true(dd_nmembers(d) <= 2 * DUPS + DUPS / 50);
	dd_free(d);
}

/* The members of record key's cluster, 0 when it is in none. */
static size_t
cluster_size(const struct dd *d, const char *key)
{
	uint32_t	 c = cluster_of(d, key);
	size_t		 i, n = 0;

	for (i = 0; c != 0 && i < dd_nmembers(d); i++)
		n += dd_member(d, i)->cluster == c;
	return n;
}

static void
test_forbidden(void **state)
{
	struct dd	*d;
	char		 b[16], b2[16];
	size_t		 members;

	(void)state;
	snprintf(b, sizeof b, "%d", PEOPLE + 1);
	snprintf(b2, sizeof b2, "%d", PEOPLE + 2);
	/* Without the veto, 1 and its planted twin are a cluster of two. */
	d = run(0, NULL, NULL);
	assert_int_not_equal(cluster_of(d, "1"), 0);
	assert_int_equal(cluster_of(d, "1"), cluster_of(d, b));
	assert_int_equal(cluster_size(d, "1"), 2);
	members = dd_nmembers(d);
	dd_free(d);
	/*
	 * With it the pair is no edge: neither record is in a cluster, and
	 * no other record lost or gained one (the next twins stay together).
	 */
	d = run(0, "1", b);
	assert_int_equal(cluster_of(d, "1"), 0);
	assert_int_equal(cluster_of(d, b), 0);
	assert_int_equal(dd_nmembers(d), members - 2);
	assert_int_not_equal(cluster_of(d, "2"), 0);
	assert_int_equal(cluster_of(d, "2"), cluster_of(d, b2));
	dd_free(d);
}

struct hits {
	uint32_t	 rec[8];
	double		 score[8];
	int		 n;
};

static void
on_match(void *arg, uint32_t rec, double score)
{
	struct hits	*h = arg;

	if (h->n < 8) {
		h->rec[h->n] = rec;
		h->score[h->n] = score;
	}
	h->n++;
}

static void
probe(struct dd *d, const struct person *p, struct hits *h)
{
	struct field_value	 v[FIELD_MAX];

	memset(h, 0, sizeof *h);
	memset(v, 0, sizeof v);
	v[FIELD_FIRST_NAME].data = p->first;
	v[FIELD_FIRST_NAME].len = strlen(p->first);
	v[FIELD_LAST_NAME].data = p->last;
	v[FIELD_LAST_NAME].len = strlen(p->last);
	v[FIELD_EMAIL].data = p->email;
	v[FIELD_EMAIL].len = strlen(p->email);
	v[FIELD_BIRTH_DATE].data = p->birth;
	v[FIELD_BIRTH_DATE].len = strlen(p->birth);
	assert_true(dd_probe(d, p->key, strlen(p->key), v, on_match, h) >= 0);
}

static void
test_probe(void **state)
{
	struct person	 p;
	struct hits	 h;
	struct dd	*d;
	const char	*k;
	size_t		 len;

	(void)state;
	/* Without the index there is nothing to probe. */
	d = run(0, NULL, NULL);
	p = people[PEOPLE - 1];
	assert_int_equal(dd_probe(d, "x", 1, NULL, on_match, &h), -1);
	dd_free(d);

	d = run(1, NULL, NULL);
	/* A new record of person 500 (no planted duplicate): found. */
	p = people[499];
	snprintf(p.key, sizeof p.key, "new1");
	p.first[1] = p.first[1] == 'x' ? 'y' : 'x';
	probe(d, &p, &h);
	assert_int_equal(h.n, 1);
	k = dd_key(d, h.rec[0], &len);
	assert_int_equal(len, 3);
	assert_memory_equal(k, "500", 3);
	assert_true(h.score[0] >= 0.80);

	/* Someone new: no match. */
	snprintf(p.key, sizeof p.key, "new2");
	snprintf(p.email, sizeof p.email, "nobody@example.net");
	snprintf(p.birth, sizeof p.birth, "2001-02-03");
	probe(d, &p, &h);
	assert_int_equal(h.n, 0);

	/* A record changed to be person 700: found, under its old key. */
	p = people[699];
	snprintf(p.key, sizeof p.key, "%d", PEOPLE - 5);
	probe(d, &p, &h);
	assert_int_equal(h.n, 1);
	k = dd_key(d, h.rec[0], &len);
	assert_memory_equal(k, "700", 3);

	/* Two new records of one new person find each other. */
	snprintf(p.key, sizeof p.key, "new3");
	snprintf(p.first, sizeof p.first, "Zeno");
	snprintf(p.last, sizeof p.last, "Quast");
	snprintf(p.email, sizeof p.email, "zeno.quast@example.com");
	snprintf(p.birth, sizeof p.birth, "1966-06-06");
	probe(d, &p, &h);
	assert_int_equal(h.n, 0);
	snprintf(p.key, sizeof p.key, "new4");
	snprintf(p.last, sizeof p.last, "Quasst");
	probe(d, &p, &h);
	assert_int_equal(h.n, 1);
	k = dd_key(d, h.rec[0], &len);
	assert_memory_equal(k, "new3", 4);
	dd_free(d);
}


/* The population, then extra records; the stats of the run. */
static struct dd *
run_extra(const struct person *extra, size_t n, struct dd_stats *st)
{
	return build(0, extra, n, NULL, NULL, st);
}

static uint32_t
rec_of(const struct dd *d, const char *key)
{
	const struct dd_member	*m;
	const char		*k;
	size_t			 i, len;

	for (i = 0; i < dd_nmembers(d); i++) {
		m = dd_member(d, i);
		k = dd_key(d, m->rec, &len);
		if (len == strlen(key) && memcmp(k, key, len) == 0)
			return m->rec;
	}
	return UINT32_MAX;
}

/*
 * Two different people of one family, and a record without a first name
 * that shares a birth date with one and the email with the other: it may
 * join either, but the two never share a cluster through it.  And every
 * cluster's reported score is its weakest member against the centre,
 * never more (the review queue shows it).
 */
static void
test_chain(void **state)
{
	struct person	 x[3];
	struct dd_stats	 st;
	struct dd	*d;
	const struct dd_member *m;
	size_t		 i, k;
	double		 s, weakest;

	(void)state;
	memset(x, 0, sizeof x);
	snprintf(x[0].key, sizeof x[0].key, "chainA");
	snprintf(x[0].first, sizeof x[0].first, "Evie");
	snprintf(x[0].last, sizeof x[0].last, "Davies");
	snprintf(x[0].email, sizeof x[0].email, "evie.d@example.net");
	snprintf(x[0].birth, sizeof x[0].birth, "1984-04-09");
	snprintf(x[1].key, sizeof x[1].key, "chainB");
	snprintf(x[1].first, sizeof x[1].first, "Oscar");
	snprintf(x[1].last, sizeof x[1].last, "Davies");
	snprintf(x[1].email, sizeof x[1].email, "o.davies@example.com");
	snprintf(x[1].birth, sizeof x[1].birth, "1951-11-23");
	/* The bridge: A's birth date and last name, B's email. */
	snprintf(x[2].key, sizeof x[2].key, "chainX");
	snprintf(x[2].last, sizeof x[2].last, "Davies");
	snprintf(x[2].email, sizeof x[2].email, "o.davies@example.com");
	snprintf(x[2].birth, sizeof x[2].birth, "1984-04-09");
	d = run_extra(x, 3, &st);
	assert_true(cluster_of(d, "chainA") == 0 ||
	    cluster_of(d, "chainA") != cluster_of(d, "chainB"));
	for (i = 0; i < dd_nmembers(d); i = k) {
		m = dd_member(d, i);
		weakest = 1;
		for (k = i; k < dd_nmembers(d) &&
		    dd_member(d, k)->cluster == m->cluster; k++) {
			if (dd_member(d, k)->rec == m->centre)
				continue;
			s = dd_score(d, m->centre < dd_member(d, k)->rec ?
			    m->centre : dd_member(d, k)->rec, m->centre <
			    dd_member(d, k)->rec ? dd_member(d, k)->rec :
			    m->centre);
			/* No member is a stranger to its centre. */
			assert_true(s >= 0.5);
			assert_true(dd_member(d, k)->score <= s + 1e-12);
			if (s < weakest)
				weakest = s;
		}
		for (k = i; k < dd_nmembers(d) &&
		    dd_member(d, k)->cluster == m->cluster; k++)
			if (dd_member(d, k)->rec == m->centre)
				assert_true(fabs(dd_member(d, k)->score -
				    weakest) < 1e-12);
	}
	dd_free(d);
}

/*
 * The model converges, says how, and its prior is the share of all
 * pairs that match (here DUPS in PEOPLE + DUPS records), not the share
 * of candidates; u is not learnt from the candidates, so the email a
 * pair was blocked on still counts.
 */
static void
test_model(void **state)
{
	struct dd_stats	 st;
	struct dd	*d;
	double		 truth, all = (double)(PEOPLE + DUPS) *
			    (PEOPLE + DUPS - 1) / 2;

	(void)state;
	d = run_extra(NULL, 0, &st);
	assert_int_equal(st.em_unconverged, 0);
	assert_true(st.em_iterations > 0 && st.em_iterations < 500);
	truth = DUPS / all;
	assert_true(st.lambda > truth / 3 && st.lambda < truth * 3);
	/* Email (compare 2) exact: rare among random pairs, common in m. */
	assert_true(st.u[2][3] < 0.01);
	assert_true(st.m[2][3] > 0.5);
	dd_free(d);
}

/*
 * A birth date 60 records share is a group over DD_WINDOW: windowed by
 * name, not dropped, and the scan is told; a duplicate inside it whose
 * email differs is still found.
 */
static void
test_window(void **state)
{
	struct person	 x[61];
	struct dd_stats	 st;
	struct dd	*d;
	size_t		 i;

	(void)state;
	memset(x, 0, sizeof x);
	for (i = 0; i < 60; i++) {
		snprintf(x[i].key, sizeof x[i].key, "w%zu", i);
		snprintf(x[i].first, sizeof x[i].first, "%s",
		    given[i % (sizeof given / sizeof given[0])]);
		snprintf(x[i].last, sizeof x[i].last, "%s%c",
		    family[i % (sizeof family / sizeof family[0])],
		    (char)('a' + i % 26));
		snprintf(x[i].email, sizeof x[i].email, "w%zu@example.org", i);
		snprintf(x[i].birth, sizeof x[i].birth, "1977-07-07");
	}
	/* w7 again, another email, a typo in the name. */
	snprintf(x[7].first, sizeof x[7].first, "Wilhelmina");
	snprintf(x[7].last, sizeof x[7].last, "Szczepanski");
	x[60] = x[7];
	snprintf(x[60].key, sizeof x[60].key, "w7dup");
	snprintf(x[60].email, sizeof x[60].email, "other7@example.com");
	snprintf(x[60].last, sizeof x[60].last, "Szczepansky");
	d = run_extra(x, 61, &st);
	assert_true(st.big_blocks >= 1);
	assert_true(st.windowed_keys & 2u);	/* the birth-date key */
	assert_true(cluster_of(d, "w7") != 0);
	assert_int_equal(cluster_of(d, "w7"), cluster_of(d, "w7dup"));
	assert_true(rec_of(d, "w7") != UINT32_MAX);
	dd_free(d);
}

static int
alias(const struct nick *k, const char *a, const char *b)
{
	return nick_alias(k, a, strlen(a), b, strlen(b));
}

/* Nicknames: a name and its nickname, two nicknames of one name. */
static void
test_nickname(void **state)
{
	struct nick	*k = nick_new();

	(void)state;
	assert_true(alias(k, "william", "bill"));
	assert_true(alias(k, "bill", "william"));
	assert_true(alias(k, "bill", "will"));
	assert_true(alias(k, "margaret", "peggy"));
	/* Two full names that share a nickname are two names. */
	assert_false(alias(k, "christopher", "christina"));
	assert_false(alias(k, "bill", "bill"));
	assert_false(alias(k, "bill", "margaret"));
	assert_false(alias(k, "szczepan", "bill"));
	/* Not NUL-terminated: the length counts. */
	assert_true(nick_alias(k, "billy", 4, "william", 7));
	assert_false(nick_alias(k, "bil", 3, "william", 7));
	nick_free(k);
}

/* EM that hits the cap it is given says so, and how far it got. */
static void
test_em_cap(void **state)
{
	struct dd_stats	 st;
	struct dd	*d;

	(void)state;
	rule.em_max = 1;
	d = build(0, NULL, 0, NULL, NULL, &st);
	rule.em_max = 0;
	assert_true(st.em_unconverged > 0);
	assert_int_equal(st.em_iterations, 1);
	dd_free(d);
}

/* The member entry of record key, or NULL. */
static const struct dd_member *
member_of(const struct dd *d, const char *key)
{
	const struct dd_member	*m;
	const char		*k;
	size_t			 i, len;

	for (i = 0; i < dd_nmembers(d); i++) {
		m = dd_member(d, i);
		k = dd_key(d, m->rec, &len);
		if (len == strlen(key) && memcmp(k, key, len) == 0)
			return m;
	}
	return NULL;
}

/*
 * An unchanged table read in another order (a parallel scan, a vacuumed
 * heap) gets the same model and the same findings: every record the same
 * centre, score and decision.  Before u was sampled in key order, the
 * reversed table got another u and other scores.
 */
static void
test_order(void **state)
{
	struct dd_stats	 s1, s2;
	struct dd	*d1, *d2;
	const struct dd_member *m1, *m2;
	const char	*c1, *c2;
	char		 err[128];
	size_t		 i, l1, l2, n = PEOPLE + DUPS;

	(void)state;
	d1 = build(0, NULL, 0, NULL, NULL, &s1);
	d2 = dd_new(&rule, err, sizeof err);
	assert_non_null(d2);
	for (i = n; i > 0; i--)
		add(d2, &people[i - 1]);
	assert_int_equal(dd_run(d2, &s2), 0);
	assert_true(memcmp(s1.u, s2.u, sizeof s1.u) == 0);
	assert_true(memcmp(s1.m, s2.m, sizeof s1.m) == 0);
	assert_true(s1.lambda == s2.lambda);
	assert_int_equal(dd_nmembers(d1), dd_nmembers(d2));
	assert_true(dd_nmembers(d1) > 0);
	for (i = 0; i < n; i++) {
		m1 = member_of(d1, people[i].key);
		m2 = member_of(d2, people[i].key);
		assert_true((m1 == NULL) == (m2 == NULL));
		if (m1 == NULL)
			continue;
		c1 = dd_key(d1, m1->centre, &l1);
		c2 = dd_key(d2, m2->centre, &l2);
		assert_true(l1 == l2 && memcmp(c1, c2, l1) == 0);
		assert_true(fabs(m1->score - m2->score) < 1e-12);
		assert_int_equal(m1->decision, m2->decision);
	}
	dd_free(d1);
	dd_free(d2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_planted),
		cmocka_unit_test(test_forbidden),
		cmocka_unit_test(test_chain),
		cmocka_unit_test(test_model),
		cmocka_unit_test(test_window),
		cmocka_unit_test(test_probe),
		cmocka_unit_test(test_order),
		cmocka_unit_test(test_em_cap),
		cmocka_unit_test(test_nickname),
	};

	make_rule();
	make_people();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
