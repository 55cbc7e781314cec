/*
 * phonetic.c -- Soundex, Double Metaphone and transliteration to ASCII.
 *
 * Double Metaphone follows Lawrence Philips' rules as Apache
 * commons-codec applies them (the de-facto reference: its test tables
 * are what other ports are checked against); the rule comments name the
 * words each rule is for.  The word is upper-cased into a small buffer
 * first, so every rule is a few byte compares.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uclean.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "validators/phonetic.h"

#define CONT(c)		(((c) & 0xc0) == 0x80)

/* Stand-ins for the non-ASCII letters Double Metaphone knows. */
#define DM_CCEDIL	'\x80'
#define DM_NTILDE	'\x81'
#define DM_OTHER	'\x01'

#define PH_UBUF		512	/* UTF-16 units transliterated on the stack */

/*
 * Each step is filtered to the characters it changes, which halves the
 * time for Cyrillic (ICU then skips runs instead of matching rules on
 * them) and keeps BGN's middle dot (Матсуев mat·suyev) away from
 * Greek-Latin, which would make it a colon.  The leading Any-Null keeps
 * the first filter from being read as a filter for the whole chain.
 */
static const char	 translit_id[] = "Any-Null; "
    "[:Cyrillic:] Russian-Latin/BGN; [:Greek:] Greek-Latin/UNGEGN; "
    "[:^Latin:] Any-Latin; [\\u00B7\\u02B9\\u02BA] Remove; "
    "[:^ASCII:] Latin-ASCII; Lower";

struct ph_translit {
	UTransliterator	*trans;
};

struct dm {
	char	 s[2 * PH_MAXIN + 1];	/* the word, upper case */
	int	 len;
	int	 last;
	int	 slavo;			/* Slavo-Germanic: W, K, CZ, WITZ */
	char	*p, *a;			/* primary, alternate */
	size_t	 plen, alen, max, amax;
};

size_t
ph_soundex(const char *in, size_t len, char out[PH_SOUNDEX_LEN])
{
	/*                      ABCDEFGHIJKLMNOPQRSTUVWXYZ */
	static const char code[] = "01230120022455012623010202";
	size_t		  i, n = 0;
	char		  c, d, last = 0;

	for (i = 0; i < len; i++) {
		c = in[i];
		if (c >= 'a' && c <= 'z')
			c -= 'a' - 'A';
		if (c < 'A' || c > 'Z')
			continue;		/* not an ASCII letter */
		d = code[c - 'A'];
		if (n == 0) {
			out[n++] = c;
			last = d;
			continue;
		}
		/* H and W do not separate letters of one sound: Ashcraft. */
		if (c == 'H' || c == 'W')
			continue;
		if (d != '0' && d != last) {
			out[n++] = d;
			if (n == 4)
				break;
		}
		last = d;
	}
	if (n == 0) {
		out[0] = '\0';
		return 0;
	}
	while (n < 4)
		out[n++] = '0';
	out[4] = '\0';
	return 4;
}

/*
 * Double Metaphone helpers.  at() is the letter at i or NUL outside the
 * word; is() tests whether the n letters at i are one of the n-letter
 * strings packed into list ("CKCGCQ" is CK, CG or CQ).
 */
static char
at(const struct dm *d, int i)
{
	return i >= 0 && i < d->len ? d->s[i] : '\0';
}

static int
is(const struct dm *d, int i, int n, const char *list)
{
	size_t	k, llen;

	if (i < 0 || i + n > d->len)
		return 0;
	llen = strlen(list);
	for (k = 0; k + (size_t)n <= llen; k += (size_t)n) {
		if (memcmp(d->s + i, list + k, (size_t)n) == 0)
			return 1;
	}
	return 0;
}

static int
vowel(char c)
{
	return c != '\0' && strchr("AEIOUY", c) != NULL;
}

static void
add_to(char *code, size_t *len, size_t max, const char *s)
{
	while (*s != '\0' && *len < max)
		code[(*len)++] = *s++;
}

/* Append p to the primary code and a to the alternate. */
static void
add2(struct dm *d, const char *p, const char *a)
{
	add_to(d->p, &d->plen, d->max, p);
	add_to(d->a, &d->alen, d->amax, a);
}

static void
add(struct dm *d, const char *s)
{
	add2(d, s, s);
}

static int
dm_c(struct dm *d, int i)
{
	char	c;

	/* Various Germanic: "Bacher", "Macher", but not "Bachelor". */
	if (is(d, i, 4, "CHIA") || (i > 1 && !vowel(at(d, i - 2)) &&
	    is(d, i - 1, 3, "ACH") && (((c = at(d, i + 2)) != 'I' &&
	    c != 'E') || is(d, i - 2, 6, "BACHERMACHER")))) {
		add(d, "K");
		return i + 2;
	}
	if (i == 0 && is(d, i, 6, "CAESAR")) {
		add(d, "S");
		return i + 2;
	}
	if (is(d, i, 2, "CH")) {
		if (i > 0 && is(d, i, 4, "CHAE")) {		/* Michael */
			add2(d, "K", "X");
			return i + 2;
		}
		/* Greek roots at the start: chemistry, chorus (not chore). */
		if (i == 0 && (is(d, i + 1, 5, "HARACHARIS") ||
		    is(d, i + 1, 3, "HORHYMHIAHEM")) && !is(d, 0, 5, "CHORE")) {
			add(d, "K");
			return i + 2;
		}
		/* Germanic, Greek or otherwise a "kh" sound. */
		if (is(d, 0, 4, "VAN VON ") || is(d, 0, 3, "SCH") ||
		    is(d, i - 2, 6, "ORCHESARCHITORCHID") ||
		    is(d, i + 2, 1, "TS") ||
		    ((is(d, i - 1, 1, "AOUE") || i == 0) &&
		    (is(d, i + 2, 1, "LRNMBHFVW ") || i + 1 == d->last))) {
			add(d, "K");
			return i + 2;
		}
		if (i > 0) {
			if (is(d, 0, 2, "MC"))
				add(d, "K");		/* McHugh */
			else
				add2(d, "X", "K");
		} else
			add(d, "X");
		return i + 2;
	}
	if (is(d, i, 2, "CZ") && !is(d, i - 2, 4, "WICZ")) {	/* Czerny */
		add2(d, "S", "X");
		return i + 2;
	}
	if (is(d, i + 1, 3, "CIA")) {				/* focaccia */
		add(d, "X");
		return i + 3;
	}
	/* Double C, but not McClelland. */
	if (is(d, i, 2, "CC") && !(i == 1 && at(d, 0) == 'M')) {
		/* Bellocchio, but not bacchus. */
		if (is(d, i + 2, 1, "IEH") && !is(d, i + 2, 2, "HU")) {
			/* Accident, accede, succeed. */
			if ((i == 1 && at(d, i - 1) == 'A') ||
			    is(d, i - 1, 5, "UCCEEUCCES"))
				add(d, "KS");
			else
				add(d, "X");		/* bacci, bertucci */
			return i + 3;
		}
		add(d, "K");				/* Pierce's rule */
		return i + 2;
	}
	if (is(d, i, 2, "CKCGCQ")) {
		add(d, "K");
		return i + 2;
	}
	if (is(d, i, 2, "CICECY")) {		/* Italian or English */
		if (is(d, i, 3, "CIOCIECIA"))
			add2(d, "S", "X");
		else
			add(d, "S");
		return i + 2;
	}
	add(d, "K");
	if (is(d, i + 1, 2, " C Q G"))		/* Mac Caffrey, Mac Gregor */
		return i + 3;
	if (is(d, i + 1, 1, "CKQ") && !is(d, i + 1, 2, "CECI"))
		return i + 2;
	return i + 1;
}

static int
dm_d(struct dm *d, int i)
{
	if (is(d, i, 2, "DG")) {
		if (is(d, i + 2, 1, "IEY")) {		/* edge */
			add(d, "J");
			return i + 3;
		}
		add(d, "TK");				/* Edgar */
		return i + 2;
	}
	add(d, "T");
	return is(d, i, 2, "DTDD") ? i + 2 : i + 1;
}

static int
dm_gh(struct dm *d, int i)
{
	if (i > 0 && !vowel(at(d, i - 1))) {
		add(d, "K");
		return i + 2;
	}
	if (i == 0) {				/* Ghislane, Ghiradelli */
		add(d, at(d, i + 2) == 'I' ? "J" : "K");
		return i + 2;
	}
	/* Parker's rule, refined: Hugh, bough, broughton. */
	if ((i > 1 && is(d, i - 2, 1, "BHD")) ||
	    (i > 2 && is(d, i - 3, 1, "BHD")) ||
	    (i > 3 && is(d, i - 4, 1, "BH")))
		return i + 2;
	/* Laugh, McLaughlin, cough, gough, rough, tough. */
	if (i > 2 && at(d, i - 1) == 'U' && is(d, i - 3, 1, "CGLRT"))
		add(d, "F");
	else if (at(d, i - 1) != 'I')
		add(d, "K");
	return i + 2;
}

static int
dm_g(struct dm *d, int i)
{
	if (at(d, i + 1) == 'H')
		return dm_gh(d, i);
	if (at(d, i + 1) == 'N') {
		if (i == 1 && vowel(at(d, 0)) && !d->slavo)
			add2(d, "KN", "N");
		else if (!is(d, i + 2, 2, "EY") && !d->slavo)
			add2(d, "N", "KN");
		else
			add(d, "KN");
		return i + 2;
	}
	if (is(d, i + 1, 2, "LI") && !d->slavo) {	/* tagliaro */
		add2(d, "KL", "L");
		return i + 2;
	}
	/* -ges-, -gep-, -gel-, -gie- at the start. */
	if (i == 0 && (at(d, i + 1) == 'Y' ||
	    is(d, i + 1, 2, "ESEPEBELEYIBILINIEEIER"))) {
		add2(d, "K", "J");
		return i + 2;
	}
	/* -ger-, -gy-, but not danger, ranger, manger. */
	if ((is(d, i + 1, 2, "ER") || at(d, i + 1) == 'Y') &&
	    !is(d, 0, 6, "DANGERRANGERMANGER") && !is(d, i - 1, 1, "EI") &&
	    !is(d, i - 1, 3, "RGYOGY")) {
		add2(d, "K", "J");
		return i + 2;
	}
	/* Italian biaggi. */
	if (is(d, i + 1, 1, "EIY") || is(d, i - 1, 4, "AGGIOGGI")) {
		if (is(d, 0, 4, "VAN VON ") || is(d, 0, 3, "SCH") ||
		    is(d, i + 1, 2, "ET"))
			add(d, "K");			/* obviously Germanic */
		else if (is(d, i + 1, 3, "IER"))
			add(d, "J");
		else
			add2(d, "J", "K");
		return i + 2;
	}
	add(d, "K");
	return at(d, i + 1) == 'G' ? i + 2 : i + 1;
}

static int
dm_h(struct dm *d, int i)
{
	/* Only first or between vowels, and before a vowel. */
	if ((i == 0 || vowel(at(d, i - 1))) && vowel(at(d, i + 1))) {
		add(d, "H");
		return i + 2;
	}
	return i + 1;
}

static int
dm_j(struct dm *d, int i)
{
	/* Obviously Spanish: Jose, San Jacinto. */
	if (is(d, i, 4, "JOSE") || is(d, 0, 4, "SAN ")) {
		if ((i == 0 && at(d, i + 4) == ' ') || d->len == 4 ||
		    is(d, 0, 4, "SAN "))
			add(d, "H");
		else
			add2(d, "J", "H");
		return i + 1;
	}
	if (i == 0)
		add2(d, "J", "A");			/* Yankelovich, Jankelowicz */
	else if (vowel(at(d, i - 1)) && !d->slavo &&
	    (at(d, i + 1) == 'A' || at(d, i + 1) == 'O'))
		add2(d, "J", "H");			/* bajador */
	else if (i == d->last)
		add2(d, "J", " ");
	else if (!is(d, i + 1, 1, "LTKSNMBZ") && !is(d, i - 1, 1, "SKL"))
		add(d, "J");
	return at(d, i + 1) == 'J' ? i + 2 : i + 1;
}

static int
dm_l(struct dm *d, int i)
{
	if (at(d, i + 1) != 'L') {
		add(d, "L");
		return i + 1;
	}
	/* Spanish -illo, -illa, -alle: cabrillo, gallegos. */
	if ((i == d->len - 3 && is(d, i - 1, 4, "ILLOILLAALLE")) ||
	    ((is(d, d->len - 2, 2, "ASOS") || is(d, d->len - 1, 1, "AO")) &&
	    is(d, i - 1, 4, "ALLE")))
		add2(d, "L", "");
	else
		add(d, "L");
	return i + 2;
}

static int
dm_m(struct dm *d, int i)
{
	add(d, "M");
	/* -mm-, and dumb, thumb, umbrella: the B is silent. */
	if (at(d, i + 1) == 'M' || (is(d, i - 1, 3, "UMB") &&
	    (i + 1 == d->last || is(d, i + 2, 2, "ER"))))
		return i + 2;
	return i + 1;
}

static int
dm_p(struct dm *d, int i)
{
	if (at(d, i + 1) == 'H') {
		add(d, "F");
		return i + 2;
	}
	add(d, "P");				/* campbell, raspberry */
	return is(d, i + 1, 1, "PB") ? i + 2 : i + 1;
}

static int
dm_r(struct dm *d, int i)
{
	/* French: Rogier; but not Meier, Maier. */
	if (i == d->last && !d->slavo && is(d, i - 2, 2, "IE") &&
	    !is(d, i - 4, 2, "MEMA"))
		add2(d, "", "R");
	else
		add(d, "R");
	return at(d, i + 1) == 'R' ? i + 2 : i + 1;
}

static int
dm_sc(struct dm *d, int i)
{
	if (at(d, i + 2) == 'H') {
		/* Schlesinger's rule; Dutch school, schooner. */
		if (is(d, i + 3, 2, "OOERENUYEDEM")) {
			if (is(d, i + 3, 2, "EREN"))	/* Schermerhorn, Schenker */
				add2(d, "X", "SK");
			else
				add(d, "SK");
		} else if (i == 0 && !vowel(at(d, 3)) && at(d, 3) != 'W')
			add2(d, "X", "S");
		else
			add(d, "X");
	} else if (is(d, i + 2, 1, "IEY"))
		add(d, "S");
	else
		add(d, "SK");
	return i + 3;
}

static int
dm_s(struct dm *d, int i)
{
	if (is(d, i - 1, 3, "ISLYSL"))		/* island, isle, Carlisle */
		return i + 1;
	if (i == 0 && is(d, i, 5, "SUGAR")) {
		add2(d, "X", "S");
		return i + 1;
	}
	if (is(d, i, 2, "SH")) {
		if (is(d, i + 1, 4, "HEIMHOEKHOLMHOLZ"))
			add(d, "S");			/* Germanic */
		else
			add(d, "X");
		return i + 2;
	}
	if (is(d, i, 3, "SIOSIA") || is(d, i, 4, "SIAN")) {
		if (d->slavo)				/* Italian, Armenian */
			add(d, "S");
		else
			add2(d, "S", "X");
		return i + 3;
	}
	/*
	 * German and anglicised: Smith matches Schmidt, Snider Schneider;
	 * also -sz- in Slavic (in Hungarian it is an s).
	 */
	if ((i == 0 && is(d, i + 1, 1, "MNLW")) || is(d, i + 1, 1, "Z")) {
		add2(d, "S", "X");
		return is(d, i + 1, 1, "Z") ? i + 2 : i + 1;
	}
	if (is(d, i, 2, "SC"))
		return dm_sc(d, i);
	/* French: Resnais, Artois. */
	if (i == d->last && is(d, i - 2, 2, "AIOI"))
		add2(d, "", "S");
	else
		add(d, "S");
	return is(d, i + 1, 1, "SZ") ? i + 2 : i + 1;
}

static int
dm_t(struct dm *d, int i)
{
	if (is(d, i, 4, "TION") || is(d, i, 3, "TIATCH")) {
		add(d, "X");
		return i + 3;
	}
	if (is(d, i, 2, "TH") || is(d, i, 3, "TTH")) {
		/* Thomas, Thames, or Germanic. */
		if (is(d, i + 2, 2, "OMAM") || is(d, 0, 4, "VAN VON ") ||
		    is(d, 0, 3, "SCH"))
			add(d, "T");
		else
			add2(d, "0", "T");
		return i + 2;
	}
	add(d, "T");
	return is(d, i + 1, 1, "TD") ? i + 2 : i + 1;
}

static int
dm_w(struct dm *d, int i)
{
	if (is(d, i, 2, "WR")) {		/* also inside a word */
		add(d, "R");
		return i + 2;
	}
	if (i == 0 && (vowel(at(d, i + 1)) || is(d, i, 2, "WH"))) {
		/* Wasserman matches Vasserman, Uomo matches Womo. */
		if (vowel(at(d, i + 1)))
			add2(d, "A", "F");
		else
			add(d, "A");
		return i + 1;
	}
	/* Arnow matches Arnoff; Polish -ewski. */
	if ((i == d->last && vowel(at(d, i - 1))) ||
	    is(d, i - 1, 5, "EWSKIEWSKYOWSKIOWSKY") || is(d, 0, 3, "SCH")) {
		add2(d, "", "F");
		return i + 1;
	}
	if (is(d, i, 4, "WICZWITZ")) {		/* Polish: Filipowicz */
		add2(d, "TS", "FX");
		return i + 4;
	}
	return i + 1;
}

static int
dm_x(struct dm *d, int i)
{
	if (i == 0) {				/* Xavier */
		add(d, "S");
		return i + 1;
	}
	/* French: Breaux. */
	if (!(i == d->last && (is(d, i - 3, 3, "IAUEAU") ||
	    is(d, i - 2, 2, "AUOU"))))
		add(d, "KS");
	return is(d, i + 1, 1, "CX") ? i + 2 : i + 1;
}

static int
dm_z(struct dm *d, int i)
{
	if (at(d, i + 1) == 'H') {		/* Chinese pinyin: Zhao */
		add(d, "J");
		return i + 2;
	}
	if (is(d, i + 1, 2, "ZOZIZA") ||
	    (d->slavo && i > 0 && at(d, i - 1) != 'T'))
		add2(d, "S", "TS");
	else
		add(d, "S");
	return at(d, i + 1) == 'Z' ? i + 2 : i + 1;
}

/* Upper-case the trimmed word into d->s, one byte per character. */
static void
dm_load(struct dm *d, const char *in, size_t len)
{
	const unsigned char	*p = (const unsigned char *)in;
	size_t			 i = 0, nchars = 0, k;
	unsigned int		 cp;
	char			 c;

	/* Java's trim(): everything up to and including space. */
	while (len > 0 && p[len - 1] <= ' ')
		len--;
	while (i < len && p[i] <= ' ')
		i++;
	d->len = 0;
	while (i < len && nchars < PH_MAXIN) {
		nchars++;
		if (p[i] < 0x80) {
			c = (char)p[i++];
			if (c >= 'a' && c <= 'z')
				c -= 'a' - 'A';
			d->s[d->len++] = c;
			continue;
		}
		/* Two-byte sequences only: the letters of interest are. */
		if ((p[i] & 0xe0) == 0xc0 && i + 1 < len && CONT(p[i + 1])) {
			cp = ((p[i] & 0x1fu) << 6) | (p[i + 1] & 0x3fu);
			i += 2;
		} else {
			cp = 0xfffd;
			for (k = i + 1; k < len && CONT(p[k]) && k < i + 4; k++)
				;
			i = k;
		}
		switch (cp) {
		case 0xc7: case 0xe7:
			d->s[d->len++] = DM_CCEDIL;
			break;
		case 0xd1: case 0xf1:
			d->s[d->len++] = DM_NTILDE;
			break;
		case 0xdf:				/* Java upper-cases ß */
			d->s[d->len++] = 'S';
			d->s[d->len++] = 'S';
			break;
		default:
			d->s[d->len++] = DM_OTHER;
			break;
		}
	}
	d->s[d->len] = '\0';
	d->last = d->len - 1;
	d->slavo = strchr(d->s, 'W') != NULL || strchr(d->s, 'K') != NULL ||
	    strstr(d->s, "CZ") != NULL;
}

void
ph_double_metaphone(const char *in, size_t len, char *primary,
    char *alternate, size_t maxlen)
{
	struct dm	 d;
	char		 none[1];
	int		 i;

	dm_load(&d, in, len);
	d.p = primary;
	d.plen = d.alen = 0;
	d.max = maxlen;
	/* Without a buffer the alternate is full from the start. */
	d.a = alternate != NULL ? alternate : none;
	d.amax = alternate != NULL ? maxlen : 0;

	i = is(&d, 0, 2, "GNKNPNWRPS") ? 1 : 0;	/* silent first letter */
	while ((d.plen < d.max || d.alen < d.amax) && i <= d.last) {
		switch (d.s[i]) {
		case 'A': case 'E': case 'I': case 'O': case 'U': case 'Y':
			if (i == 0)
				add(&d, "A");
			i++;
			break;
		case 'B':
			add(&d, "P");
			i = at(&d, i + 1) == 'B' ? i + 2 : i + 1;
			break;
		case DM_CCEDIL:
			add(&d, "S");
			i++;
			break;
		case 'C':
			i = dm_c(&d, i);
			break;
		case 'D':
			i = dm_d(&d, i);
			break;
		case 'F':
			add(&d, "F");
			i = at(&d, i + 1) == 'F' ? i + 2 : i + 1;
			break;
		case 'G':
			i = dm_g(&d, i);
			break;
		case 'H':
			i = dm_h(&d, i);
			break;
		case 'J':
			i = dm_j(&d, i);
			break;
		case 'K':
			add(&d, "K");
			i = at(&d, i + 1) == 'K' ? i + 2 : i + 1;
			break;
		case 'L':
			i = dm_l(&d, i);
			break;
		case 'M':
			i = dm_m(&d, i);
			break;
		case 'N':
			add(&d, "N");
			i = at(&d, i + 1) == 'N' ? i + 2 : i + 1;
			break;
		case DM_NTILDE:
			add(&d, "N");
			i++;
			break;
		case 'P':
			i = dm_p(&d, i);
			break;
		case 'Q':
			add(&d, "K");
			i = at(&d, i + 1) == 'Q' ? i + 2 : i + 1;
			break;
		case 'R':
			i = dm_r(&d, i);
			break;
		case 'S':
			i = dm_s(&d, i);
			break;
		case 'T':
			i = dm_t(&d, i);
			break;
		case 'V':
			add(&d, "F");
			i = at(&d, i + 1) == 'V' ? i + 2 : i + 1;
			break;
		case 'W':
			i = dm_w(&d, i);
			break;
		case 'X':
			i = dm_x(&d, i);
			break;
		case 'Z':
			i = dm_z(&d, i);
			break;
		default:
			i++;
			break;
		}
	}
	d.p[d.plen] = '\0';
	d.a[d.alen] = '\0';
}

struct ph_translit *
ph_translit_open(char *err, size_t errlen)
{
	struct ph_translit	*t;
	UChar			 id[sizeof translit_id];
	UParseError		 pe;
	UErrorCode		 st = U_ZERO_ERROR;
	UTransliterator		*trans;
	int32_t			 n;

	u_strFromUTF8(id, (int32_t)(sizeof id / sizeof id[0]), &n,
	    translit_id, -1, &st);
	if (U_FAILURE(st)) {
		snprintf(err, errlen, "transliterator id: %s", u_errorName(st));
		return NULL;
	}
	trans = utrans_openU(id, n, UTRANS_FORWARD, NULL, 0, &pe, &st);
	if (U_FAILURE(st)) {
		snprintf(err, errlen, "ICU transliterator \"%s\": %s "
		    "(is the ICU data installed?)", translit_id,
		    u_errorName(st));
		return NULL;
	}
	if ((t = malloc(sizeof *t)) == NULL) {
		utrans_close(trans);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	t->trans = trans;
	return t;
}

void
ph_translit_close(struct ph_translit *t)
{
	if (t == NULL)
		return;
	utrans_close(t->trans);
	free(t);
}

void
ph_cleanup(void)
{
	u_cleanup();
}

size_t
ph_translit(struct ph_translit *t, const char *in, size_t len, char *out,
    size_t outlen)
{
	UChar		 sbuf[PH_UBUF], *u = sbuf, *heap = NULL;
	UErrorCode	 st;
	int32_t		 ulen, lim, cap = PH_UBUF, want;
	size_t		 i, n = 0;
	int		 tries;
	char		 c;

	if (outlen == 0)
		return 0;
	if (len > PH_TRANSLIT_MAX) {
		len = PH_TRANSLIT_MAX;
		while (len > 0 && CONT((unsigned char)in[len]))
			len--;
	}
	for (i = 0; i < len; i++) {
		if ((unsigned char)in[i] >= 0x80)
			break;
	}
	if (i == len || t == NULL)
		goto ascii;

	/*
	 * A Han character (3 bytes) becomes a pinyin syllable and a space,
	 * up to 7 units: 3 units a byte is room enough nearly always, and
	 * ICU says how much it needed when not.
	 */
	want = (int32_t)len * 3 + 16;
	for (tries = 0; tries < 2; tries++) {
		if (want > cap) {
			free(heap);
			if ((heap = malloc((size_t)want * sizeof *heap)) == NULL)
				goto ascii;
			u = heap;
			cap = want;
		}
		st = U_ZERO_ERROR;
		u_strFromUTF8WithSub(u, cap, &ulen, in, (int32_t)len, 0xfffd,
		    NULL, &st);
		if (U_FAILURE(st))
			goto ascii;
		lim = ulen;
		utrans_transUChars(t->trans, u, &ulen, cap, 0, &lim, &st);
		if (st != U_BUFFER_OVERFLOW_ERROR && ulen <= cap)
			break;
		want = ulen + 16;
	}
	if (tries == 2 || U_FAILURE(st))
		goto ascii;
	for (i = 0; i < (size_t)ulen && n < outlen - 1; i++) {
		if (u[i] < 0x80)
			out[n++] = (char)u[i];
	}
	out[n] = '\0';
	free(heap);
	return n;
ascii:
	free(heap);
	n = 0;
	for (i = 0; i < len && n < outlen - 1; i++) {
		c = in[i];
		if ((unsigned char)c >= 0x80)
			continue;
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		out[n++] = c;
	}
	out[n] = '\0';
	return n;
}

size_t
ph_key(struct ph_translit *t, const char *in, size_t len, char *out,
    size_t outlen)
{
	char	buf[PH_MAXIN + 1];
	size_t	n, max;

	if (outlen == 0)
		return 0;
	n = ph_translit(t, in, len, buf, sizeof buf);
	max = outlen - 1 < PH_DM_LEN ? outlen - 1 : PH_DM_LEN;
	ph_double_metaphone(buf, n, out, NULL, max);
	return strlen(out);
}
