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
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "validators/dedup.h"

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

static struct dd *
run(int keep, const char *no_a, const char *no_b)
{
	struct dd_stats	 st;
	struct dd	*d;
	char		 err[128];
	size_t		 i;

	d = dd_new(&rule, err, sizeof err);
	assert_non_null(d);
	if (keep)
		dd_keep_index(d);
	for (i = 0; i < PEOPLE + DUPS; i++)
		add(d, &people[i]);
	if (no_a != NULL)
		dd_forbid(d, no_a, strlen(no_a), no_b, strlen(no_b));
	assert_int_equal(dd_run(d, &st), 0);
	return d;
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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_planted),
		cmocka_unit_test(test_forbidden),
		cmocka_unit_test(test_probe),
	};

	make_rule();
	make_people();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
