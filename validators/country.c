/*
 * country.c -- the country validator: ISO 3166-1 codes and country names.
 *
 * A country field holds "DE", "deu", "276", "Germany", "Deutschland",
 * "Германия", "德国" or "Jerman"; all of them are Germany, and the normal
 * form is the alpha-2 code "DE".  The value is folded into a key first:
 * lower case, Latin and Greek accents dropped (Côte = cote, ß = ss),
 * Cyrillic lower case, full-width forms made ASCII, every run of spaces
 * and punctuation one space, apostrophes and dots dropped, trimmed, and a
 * leading "the " dropped.  The folding table and the names come from
 * Debian's iso-codes through contrib/countrynames.py (country_names.c),
 * which folds the names with the same rules.  ICU is not used: a lookup
 * built from its display names (805 locales) would cover only 43.9 % of
 * the table's keys, lacking iso-codes' official names
 * (tests/bench/icu-country-coverage.py, tests/bench/README.md).
 *
 * A key of two or three ASCII letters is read as an alpha-2 or alpha-3
 * code (then as a name, for "UK" and "UAE"), and digits as a numeric code.
 *
 * Reason codes (VAL_BAD):
 *   empty                 the value is empty or only white space
 *   invalid-utf8          the value is not valid UTF-8
 *   no-such-country-code  two or three letters, or digits, that are not an
 *                         assigned ISO 3166-1 code ("XX", "ABC", "999")
 *   unknown-country-name  a longer value that is no known country name
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validators/basic.h"
#include "validators/country.h"
#include "lib/utf8.h"
#include "validators/validate.h"

/* Longest folded key looked up; every generated name is shorter. */
#define KEY_MAX	255

static int
cmp_alpha2(const void *key, const void *elem)
{
	const char			*k = key;
	const struct val_country_info	*ci = elem;

	if (k[0] != ci->alpha2[0])
		return (unsigned char)k[0] - (unsigned char)ci->alpha2[0];
	return (unsigned char)k[1] - (unsigned char)ci->alpha2[1];
}

/* The entry for an upper-case alpha-2 code, or NULL. */
static const struct val_country_info *
find_alpha2(const char *code)
{
	return bsearch(code, val_country_info, val_country_ninfo,
	    sizeof val_country_info[0], cmp_alpha2);
}

int
val_country_code(const char *code)
{
	if (code == NULL || code[0] < 'A' || code[0] > 'Z' ||
	    code[1] < 'A' || code[1] > 'Z' || code[2] != '\0')
		return 0;
	return find_alpha2(code) != NULL;
}

static int
cmp_alpha3(const void *key, const void *elem)
{
	const char	*k = key;
	const uint8_t	*i = elem;

	return memcmp(k, val_country_info[*i].alpha3, 3);
}

static int
cmp_numeric(const void *key, const void *elem)
{
	int		 k = *(const int *)key;
	const uint8_t	*i = elem;

	return k - (int)val_country_info[*i].numeric;
}

static int
cmp_fold(const void *key, const void *elem)
{
	uint32_t			 k = *(const uint32_t *)key;
	const struct val_country_fold	*f = elem;

	return k < f->cp ? -1 : k > f->cp;
}

static int
cmp_name(const void *key, const void *elem)
{
	const struct val_country_name	*n = elem;

	return strcmp(key, n->key);
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
 * Fold s[0..len) (valid UTF-8) into key, as fold_key() does in
 * contrib/countrynames.py.  Returns the key length, or -1 if it would be
 * longer than KEY_MAX (then it cannot be a known name).
 */
static int
fold_key(const char *s, size_t len, char key[KEY_MAX + 1])
{
	const unsigned char		*p = (const unsigned char *)s;
	const struct val_country_fold	*f;
	const char			*add;
	char				 one[2];
	size_t				 i = 0, n, k = 0, alen;
	uint32_t			 cp;
	int				 pending = 0;

	one[1] = '\0';
	while (i < len) {
		if (p[i] < 0x80) {
			if ((p[i] >= 'a' && p[i] <= 'z') ||
			    (p[i] >= '0' && p[i] <= '9'))
				one[0] = (char)p[i];
			else if (p[i] >= 'A' && p[i] <= 'Z')
				one[0] = (char)(p[i] - 'A' + 'a');
			else if (p[i] == '\'' || p[i] == '.')
				one[0] = '\0';
			else
				one[0] = ' ';
			add = one;
			alen = one[0] != '\0';
			i++;
		} else {
			n = utf8_decode(p + i, &cp);
			f = bsearch(&cp, val_country_fold, val_country_nfold,
			    sizeof val_country_fold[0], cmp_fold);
			if (f != NULL) {
				add = f->to;
				alen = strlen(f->to);
			} else {
				add = s + i;
				alen = n;
			}
			i += n;
		}
		if (alen == 0)
			continue;
		if (alen == 1 && add[0] == ' ') {
			pending = 1;
			continue;
		}
		if (pending && k > 0) {
			if (k >= KEY_MAX)
				return -1;
			key[k++] = ' ';
		}
		pending = 0;
		if (alen > KEY_MAX - k)
			return -1;
		memcpy(key + k, add, alen);
		k += alen;
	}
	key[k] = '\0';
	if (k > 4 && memcmp(key, "the ", 4) == 0) {
		memmove(key, key + 4, k - 4 + 1);
		k -= 4;
	}
	return (int)k;
}

static const char *
find_name(const char *key)
{
	const struct val_country_name	*n;

	n = bsearch(key, val_country_names, val_country_nnames,
	    sizeof val_country_names[0], cmp_name);
	return n != NULL ? n->alpha2 : NULL;
}

static enum val_status
bad(struct val_out *out, const char *reason)
{
	snprintf(out->reason, sizeof out->reason, "%s", reason);
	return VAL_BAD;
}

static enum val_status
good(struct val_out *out, const char *alpha2)
{
	buf_add(&out->norm, alpha2, 2);
	return VAL_OK;
}

enum val_status
val_country(const char *s, size_t len, const struct val_ctx *ctx,
    struct val_out *out)
{
	const struct val_country_info	*ci;
	const uint8_t			*ix;
	const char			*cc;
	char				 key[KEY_MAX + 1], up[3];
	size_t				 bad_at, i;
	int				 klen, alpha = 1, digits = 1, num;

	if (val_utf8_check(s, len, &bad_at) != 0)
		return bad(out, "invalid-utf8");
	if (val_blank(s, len))
		return bad(out, "empty");
	if ((klen = fold_key(s, len, key)) <= 0)
		return bad(out, "unknown-country-name");

	for (i = 0; i < (size_t)klen; i++) {
		if (key[i] < 'a' || key[i] > 'z')
			alpha = 0;
		if (key[i] < '0' || key[i] > '9')
			digits = 0;
	}
	if (digits) {
		if (klen == 3) {
			num = (key[0] - '0') * 100 + (key[1] - '0') * 10 +
			    (key[2] - '0');
			ix = bsearch(&num, val_country_numeric,
			    val_country_ninfo, sizeof val_country_numeric[0],
			    cmp_numeric);
			if (ix != NULL)
				return good(out, val_country_info[*ix].alpha2);
		}
		return bad(out, "no-such-country-code");
	}
	if (alpha && (klen == 2 || klen == 3)) {
		if (klen == 2) {
			up[0] = (char)(key[0] - 'a' + 'A');
			up[1] = (char)(key[1] - 'a' + 'A');
			up[2] = '\0';
			if ((ci = find_alpha2(up)) != NULL)
				return good(out, ci->alpha2);
		} else {
			for (i = 0; i < 3; i++)
				key[i] = (char)(key[i] - 'a' + 'A');
			ix = bsearch(key, val_country_alpha3,
			    val_country_ninfo, sizeof val_country_alpha3[0],
			    cmp_alpha3);
			if (ix != NULL)
				return good(out, val_country_info[*ix].alpha2);
			for (i = 0; i < 3; i++)
				key[i] = (char)(key[i] - 'A' + 'a');
		}
		/* "UK", "UAE": short forms that are not codes. */
		if ((cc = find_name(key)) != NULL)
			return good(out, cc);
		return bad(out, "no-such-country-code");
	}
	if ((cc = find_name(key)) != NULL)
		return good(out, cc);
	return bad(out, "unknown-country-name");
}
