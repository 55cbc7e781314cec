/*
 * nickname.c -- nickname lookup: every name of the table gets a number
 * (its place in the sorted list of names), and every alias pair is kept
 * as (low << 32 | high) in a sorted array.  The matcher asks for nearly
 * every candidate pair whose given names differ, millions at a million
 * rows, so names are found through a hash table first: most are not in
 * the list at all and cost one probe.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lib/util.h"
#include "validators/nickname.h"

struct nick {
	const char	**name;		/* sorted, distinct */
	size_t		  nname;
	uint64_t	 *pair;		/* sorted, distinct */
	size_t		  npair;
	int32_t		 *slot;		/* name hash -> number, -1 empty */
	size_t		  nslot;	/* a power of two */
};

static uint64_t
name_hash(const char *s, size_t n)
{
	uint64_t	 h = 1469598103934665603ULL;

	while (n-- > 0) {
		h ^= (unsigned char)*s++;
		h *= 1099511628211ULL;
	}
	return h;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t	 x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* The number of name s (n bytes), or -1. */
static long
name_id(const struct nick *k, const char *s, size_t n)
{
	size_t	 lo = 0, hi = k->nname, mid, i;
	int	 c;

	if (k->slot != NULL) {
		for (i = name_hash(s, n) & (k->nslot - 1); k->slot[i] != -1;
		    i = (i + 1) & (k->nslot - 1))
			if (strncmp(k->name[k->slot[i]], s, n) == 0 &&
			    k->name[k->slot[i]][n] == '\0')
				return k->slot[i];
		return -1;
	}

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = strncmp(k->name[mid], s, n);
		if (c == 0 && k->name[mid][n] != '\0')
			c = 1;
		if (c == 0)
			return (long)mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

static void
add_pair(struct nick *k, size_t *cap, long a, long b)
{
	if (a == b || a < 0 || b < 0)
		return;
	if (k->npair == *cap) {
		*cap = *cap ? *cap * 2 : 4096;
		k->pair = xreallocarray(k->pair, *cap, sizeof *k->pair);
	}
	k->pair[k->npair++] = a < b ? (uint64_t)a << 32 | (uint64_t)b :
	    (uint64_t)b << 32 | (uint64_t)a;
}

struct nick *
nick_new(void)
{
	struct nick	*k = xcalloc(1, sizeof *k);
	size_t		 i, j, x, cap = 0;

	k->name = xreallocarray(NULL, 2 * nick_ntable + 1, sizeof *k->name);
	for (i = 0; i < nick_ntable; i++) {
		k->name[k->nname++] = nick_table[i][0];
		k->name[k->nname++] = nick_table[i][1];
	}
	qsort(k->name, k->nname, sizeof *k->name, cmp_str);
	for (i = 0, x = 0; i < k->nname; i++)
		if (x == 0 || strcmp(k->name[x - 1], k->name[i]) != 0)
			k->name[x++] = k->name[i];
	k->nname = x;
	/* A name and its nickname; then two nicknames of one name. */
	for (i = 0; i < nick_ntable; i++) {
		add_pair(k, &cap, name_id(k, nick_table[i][0],
		    strlen(nick_table[i][0])), name_id(k, nick_table[i][1],
		    strlen(nick_table[i][1])));
		/* The table is sorted by name: its nicknames follow. */
		for (j = i + 1; j < nick_ntable && strcmp(nick_table[j][0],
		    nick_table[i][0]) == 0; j++)
			add_pair(k, &cap, name_id(k, nick_table[i][1],
			    strlen(nick_table[i][1])), name_id(k,
			    nick_table[j][1], strlen(nick_table[j][1])));
	}
	/* Built last: name_id() above searched the sorted list. */
	for (k->nslot = 64; k->nslot < k->nname * 2; k->nslot *= 2)
		;
	k->slot = xreallocarray(NULL, k->nslot, sizeof *k->slot);
	for (i = 0; i < k->nslot; i++)
		k->slot[i] = -1;
	for (x = 0; x < k->nname; x++) {
		for (i = name_hash(k->name[x], strlen(k->name[x])) &
		    (k->nslot - 1); k->slot[i] != -1; i = (i + 1) &
		    (k->nslot - 1))
			;
		k->slot[i] = (int32_t)x;
	}
	if (k->npair > 0) {
		qsort(k->pair, k->npair, sizeof *k->pair, cmp_u64);
		for (i = 0, x = 0; i < k->npair; i++)
			if (x == 0 || k->pair[x - 1] != k->pair[i])
				k->pair[x++] = k->pair[i];
		k->npair = x;
	}
	return k;
}

int
nick_alias(const struct nick *k, const char *a, size_t na, const char *b,
    size_t nb)
{
	long		 x, y;
	uint64_t	 p;

	if (k == NULL || (na == nb && memcmp(a, b, na) == 0))
		return 0;
	if ((x = name_id(k, a, na)) < 0 || (y = name_id(k, b, nb)) < 0)
		return 0;
	p = x < y ? (uint64_t)x << 32 | (uint64_t)y :
	    (uint64_t)y << 32 | (uint64_t)x;
	return bsearch(&p, k->pair, k->npair, sizeof *k->pair, cmp_u64) !=
	    NULL;
}

void
nick_free(struct nick *k)
{
	if (k == NULL)
		return;
	free(k->name);
	free(k->pair);
	free(k->slot);
	free(k);
}
