/*
 * email_typo.c -- mail domains that are likely typos of a major provider.
 *
 * Not a list of typos: a domain is judged by its distance to the major
 * mail providers of the jurisdictions Steward ships (providers[] below),
 * a Damerau-Levenshtein distance (optimal string alignment) whose costs
 * follow how people mistype on a keyboard.  In half-edits:
 *
 *	1	substitution of a key by its neighbour on a QWERTY keyboard
 *		(gmail -> gmaul), transposition of two neighbouring
 *		characters (gmial), a doubled character typed once (yaho)
 *		or a character typed twice (gmaill)
 *	2	any other substitution, insertion or deletion
 *
 * A domain within 2 (one ordinary edit, or two keyboard slips) of a
 * provider whose first label has four or more characters is a typo of
 * it; within 1 (one keyboard slip) when the label is shorter (qq, wp, o2,
 * gmx, web, 163), where one ordinary edit makes another real domain too
 * often.  Not a typo: a provider itself, a real mail domain that lies that
 * close to one (near_real[]: gmx.at, mail.com, ymail.com, ...), and a
 * domain that differs from a provider in the country code alone (gmx.at
 * for gmx.de, yahoo.co.in for yahoo.co.id): that is the provider's
 * domain in another country, not a slip.
 *
 * Sources: every domain in providers[] and near_real[] is a domain of the
 * Thunderbird ISPDB (the autoconfig database of mail providers that
 * Thunderbird ships), commit c6ad79659b5f of March 2026; near_real[] is
 * every ISPDB domain that this method would otherwise call a typo.  The
 * method's precision and recall, measured on typos and real domains that
 * are not from these lists, are in tests/bench/README.md
 * (tests/bench/email-typo.sh).
 *
 * Cost: a domain that is a provider or a near_real domain costs a walk
 * over the two lists; another one a dynamic programme of at most 32 x 32
 * cells against each provider of about its length (a few dozen), which
 * was a fifth of a full scan's CPU.  A table repeats its domains, so each
 * thread remembers the last verdict per slot of a small hash table
 * (TYPO_CACHE): the answer depends on the domain alone.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "validators/country.h"
#include "validators/email_typo.h"

#define NITEMS(a)	(sizeof(a) / sizeof((a)[0]))
#define MAXLEN		31
#define TYPO_CACHE	1024	/* a power of two */

/*
 * The major providers, by jurisdiction of the shipped packs (and the
 * providers used everywhere), sorted for bsearch.  A typo is reported as
 * the provider's domain.
 */
static const char *const providers[] = {
	"126.com",		/* cn */
	"163.com",		/* cn */
	"a1.net",		/* eu: AT */
	"alice.it",		/* eu: IT */
	"aol.com",		/* us */
	"aon.at",		/* eu: AT */
	"att.net",		/* us */
	"bigpond.com",		/* au */
	"bk.ru",		/* ru */
	"bluewin.ch",		/* CH */
	"bol.com.br",		/* br */
	"btinternet.com",	/* uk */
	"comcast.net",		/* us */
	"free.fr",		/* eu: FR */
	"gmail.com",		/* everywhere */
	"gmx.at",		/* eu: AT */
	"gmx.ch",		/* CH */
	"gmx.de",		/* eu: DE */
	"gmx.net",		/* eu: DE */
	"googlemail.com",	/* eu: DE, uk */
	"hotmail.co.uk",	/* uk */
	"hotmail.com",		/* everywhere */
	"hotmail.de",		/* eu: DE */
	"hotmail.es",		/* eu: ES */
	"hotmail.fr",		/* eu: FR */
	"hotmail.it",		/* eu: IT */
	"icloud.com",		/* everywhere */
	"inbox.ru",		/* ru */
	"kpnmail.nl",		/* eu: NL */
	"laposte.net",		/* eu: FR */
	"libero.it",		/* eu: IT */
	"list.ru",		/* ru */
	"live.co.uk",		/* uk */
	"live.com",		/* everywhere */
	"live.nl",		/* eu: NL */
	"mail.ru",		/* ru */
	"msn.com",		/* us */
	"nifty.com",		/* jp */
	"o2.pl",		/* eu: PL */
	"onet.pl",		/* eu: PL */
	"op.pl",		/* eu: PL */
	"orange.fr",		/* eu: FR */
	"outlook.com",		/* everywhere */
	"outlook.de",		/* eu: DE */
	"outlook.jp",		/* jp */
	"planet.nl",		/* eu: NL */
	"posteo.de",		/* eu: DE */
	"proximus.be",		/* eu: BE */
	"qq.com",		/* cn */
	"rambler.ru",		/* ru */
	"rediffmail.com",	/* in */
	"sapo.pt",		/* eu: PT */
	"sfr.fr",		/* eu: FR */
	"sky.com",		/* uk */
	"skynet.be",		/* eu: BE */
	"sympatico.ca",		/* ca */
	"t-online.de",		/* eu: DE */
	"tiscali.it",		/* eu: IT */
	"uol.com.br",		/* br */
	"verizon.net",		/* us */
	"virgilio.it",		/* eu: IT */
	"virginmedia.com",	/* uk */
	"wanadoo.fr",		/* eu: FR */
	"web.de",		/* eu: DE */
	"wp.pl",		/* eu: PL */
	"xs4all.nl",		/* eu: NL */
	"ya.ru",		/* ru */
	"yahoo.ca",		/* ca */
	"yahoo.co.in",		/* in */
	"yahoo.co.jp",		/* jp */
	"yahoo.co.uk",		/* uk */
	"yahoo.com",		/* everywhere */
	"yahoo.com.au",		/* au */
	"yahoo.com.br",		/* br */
	"yahoo.de",		/* eu: DE */
	"yahoo.es",		/* eu: ES */
	"yahoo.fr",		/* eu: FR */
	"yahoo.it",		/* eu: IT */
	"yandex.ru",		/* ru */
	"ymail.com",		/* everywhere (Yahoo) */
	"ziggo.nl",		/* eu: NL */
};

/*
 * Real mail domains of the ISPDB within typo distance of a provider (see
 * the top of the file).
 */
static const char *const near_real[] = {
	"email.com", "inbox.eu", "mail.com", "q.com", "uymail.com",
};

/* 1 if s is one of the n strings of list. */
static int
listed(const char *s, const char *const *list, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strcmp(s, list[i]) == 0)
			return 1;
	return 0;
}

/*
 * Where a key sits on a QWERTY keyboard: its row (1 to 4, 0 for a
 * character off the main block) and its column in quarter keys, the
 * rows being staggered by 1/2, 3/4 and 5/4 of a key.
 */
static const struct {
	signed char	 row, x;
} keys[128] = {
	/* row 1: 1234567890- */
	['1'] = { 1, 0 }, ['2'] = { 1, 4 }, ['3'] = { 1, 8 },
	['4'] = { 1, 12 }, ['5'] = { 1, 16 }, ['6'] = { 1, 20 },
	['7'] = { 1, 24 }, ['8'] = { 1, 28 }, ['9'] = { 1, 32 },
	['0'] = { 1, 36 }, ['-'] = { 1, 40 },
	/* row 2: qwertyuiop */
	['q'] = { 2, 2 }, ['w'] = { 2, 6 }, ['e'] = { 2, 10 },
	['r'] = { 2, 14 }, ['t'] = { 2, 18 }, ['y'] = { 2, 22 },
	['u'] = { 2, 26 }, ['i'] = { 2, 30 }, ['o'] = { 2, 34 },
	['p'] = { 2, 38 },
	/* row 3: asdfghjkl */
	['a'] = { 3, 3 }, ['s'] = { 3, 7 }, ['d'] = { 3, 11 },
	['f'] = { 3, 15 }, ['g'] = { 3, 19 }, ['h'] = { 3, 23 },
	['j'] = { 3, 27 }, ['k'] = { 3, 31 }, ['l'] = { 3, 35 },
	/* row 4: zxcvbnm,. */
	['z'] = { 4, 5 }, ['x'] = { 4, 9 }, ['c'] = { 4, 13 },
	['v'] = { 4, 17 }, ['b'] = { 4, 21 }, ['n'] = { 4, 25 },
	['m'] = { 4, 29 }, [','] = { 4, 33 }, ['.'] = { 4, 37 },
};

/* Two different keys that touch on a QWERTY keyboard. */
static int
adjacent(int a, int b)
{
	int	 dx;

	if (a == b || a <= 0 || b <= 0 || a >= 128 || b >= 128 ||
	    keys[a].row == 0 || keys[b].row == 0)
		return 0;
	dx = abs(keys[a].x - keys[b].x);
	if (keys[a].row == keys[b].row)
		return dx == 4;
	return abs(keys[a].row - keys[b].row) == 1 && dx <= 3;
}

/* The character at i of s (length n), or '\0' outside it. */
static int
at(const char *s, int n, int i)
{
	return i >= 0 && i < n ? (unsigned char)s[i] : '\0';
}

/*
 * The cost, in half-edits, of turning provider p into typed t, or more
 * than max when it is more (the computation stops early).
 */
static int
distance(const char *t, int n, const char *p, int m, int max)
{
	int	 d[MAXLEN + 1][MAXLEN + 1];
	int	 i, j, c, v, rowmin, prevmin = 0;

	for (j = 0; j <= m; j++)
		d[0][j] = j == 0 ? 0 : d[0][j - 1] +
		    (at(p, m, j - 1) == at(p, m, j - 2) ||
		    at(p, m, j - 1) == at(p, m, j) ? 1 : 2);
	for (i = 1; i <= n; i++) {
		c = (unsigned char)t[i - 1];
		/* An extra character: cheap when it doubles a neighbour. */
		d[i][0] = d[i - 1][0] + (c == at(t, n, i - 2) ||
		    c == at(t, n, i) ? 1 : 2);
		rowmin = d[i][0];
		for (j = 1; j <= m; j++) {
			int pc = (unsigned char)p[j - 1];

			/* substitution, or the same character */
			v = d[i - 1][j - 1] + (c == pc ? 0 :
			    adjacent(c, pc) ? 1 : 2);
			/* an extra character in t */
			if (d[i - 1][j] + (c == at(t, n, i - 2) ||
			    c == at(t, n, i) ? 1 : 2) < v)
				v = d[i - 1][j] + (c == at(t, n, i - 2) ||
				    c == at(t, n, i) ? 1 : 2);
			/* a character of p missing: cheap when doubled */
			if (d[i][j - 1] + (pc == at(p, m, j - 2) ||
			    pc == at(p, m, j) ? 1 : 2) < v)
				v = d[i][j - 1] + (pc == at(p, m, j - 2) ||
				    pc == at(p, m, j) ? 1 : 2);
			/* two neighbours swapped */
			if (i > 1 && j > 1 && c == at(p, m, j - 2) &&
			    at(t, n, i - 2) == pc && c != pc &&
			    d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
			if (v < rowmin)
				rowmin = v;
		}
		/* Two rows over the limit: a swap reaches back one row only. */
		if (rowmin > max && prevmin > max)
			return max + 1;
		prevmin = rowmin;
	}
	return d[n][m];
}

/* A two-letter top-level label that is a country's. */
static int
country_tld(const char *s, size_t n)
{
	char	 cc[3];

	if (n != 2)
		return 0;
	if (memcmp(s, "uk", 2) == 0)
		return 1;
	cc[0] = (char)(s[0] & ~0x20);
	cc[1] = (char)(s[1] & ~0x20);
	cc[2] = '\0';
	return val_country_code(cc);
}

/*
 * The same domain in another country: equal up to the last dot, and both
 * last labels country codes (gmx.at and gmx.de).
 */
static int
other_country(const char *t, size_t n, const char *p, size_t m)
{
	const char	*dt = strrchr(t, '.'), *dp = strrchr(p, '.');

	if (dt == NULL || dp == NULL || dt - t != dp - p ||
	    memcmp(t, p, (size_t)(dt - t)) != 0)
		return 0;
	return country_tld(dt + 1, n - (size_t)(dt + 1 - t)) &&
	    country_tld(dp + 1, m - (size_t)(dp + 1 - p));
}

/* One thread's remembered verdicts (see the top of the file). */
static _Thread_local struct {
	char		 dom[MAXLEN + 1];	/* "" for an empty slot */
	const char	*best;
} typo_cache[TYPO_CACHE];

const char *
val_email_typo(const char *dom)
{
	const char	*p, *best = NULL;
	size_t		 n = strlen(dom), m, i;
	unsigned	 h = 2166136261u;
	int		 d, max, bestd = 3, slot;

	if (n == 0 || n > MAXLEN)
		return NULL;
	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)dom[i]) * 16777619u;
	slot = (int)(h & (TYPO_CACHE - 1));
	if (memcmp(typo_cache[slot].dom, dom, n + 1) == 0)
		return typo_cache[slot].best;
	memcpy(typo_cache[slot].dom, dom, n + 1);
	typo_cache[slot].best = NULL;
	if (listed(dom, providers, NITEMS(providers)) ||
	    listed(dom, near_real, NITEMS(near_real)))
		return NULL;
	for (i = 0; i < NITEMS(providers); i++) {
		p = providers[i];
		m = strlen(p);
		/* Each half-edit changes the length by one at most. */
		if (m + 2 < n || n + 2 < m)
			continue;
		max = strcspn(p, ".") >= 4 ? 2 : 1;
		d = distance(dom, (int)n, p, (int)m, max);
		if (d <= max && d < bestd && !other_country(dom, n, p, m)) {
			best = p;
			bestd = d;
		}
	}
	typo_cache[slot].best = best;
	return best;
}
