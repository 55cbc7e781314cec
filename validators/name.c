/*
 * name.c -- personal names (first or last).
 *
 * Unicode-aware through GNU libunistring: UTF-8 decoding, general
 * categories, scripts, case folding and NFC.  The normal form is the NFC
 * of the value with surrounding white space removed and inner runs of
 * white space collapsed to one space.
 *
 * Reason codes (VAL_BAD):
 *	empty			no value, or only white space
 *	invalid-utf8		not UTF-8
 *	placeholder		a test or filler value: test, asdf, n/a, xxx,
 *				unknown, Mickey Mouse, Max Mustermann, ...
 *	contains-digit		a digit in a name
 *	bad-character		a symbol or control character (letters, marks,
 *				spaces, hyphens, apostrophes and dots pass)
 *	repeated-character	the same letter three times in a row
 *	mixed-scripts		letters of two scripts within one word (Han,
 *				Hiragana and Katakana mix in Japanese)
 * Advice (out->note, with VAL_OK):
 *	all-upper-case		"SCHMIDT": a case normalization candidate
 *	all-lower-case		"schmidt"
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "lib/utf8.h"
#include "validators/validate.h"

#define NAME_MAX_BYTES	256

/*
 * Case-folded, NFC, sorted for bsearch.  Not here, because people are
 * called so: "tester" (an English surname) and "na" (the Korean surname
 * Na, the Chinese given name Na).
 */
static const char *const placeholders[] = {
	"-", "--", "---", "?", "??", "???", "aa", "aaa", "abc", "anonym",
	"anonymous", "asd", "asdf", "asdfgh", "blank", "customer", "dummy",
	"erika mustermann", "fake", "foo", "foo bar", "foobar", "jane doe",
	"john doe", "kunde", "max mustermann", "mickey mouse", "mr", "mrs",
	"n.a.", "n/a", "nn", "no name", "noname", "none", "null", "qwe",
	"qwerty", "sample", "test", "test test", "unbekannt",
	"unknown", "user", "x", "xx", "xxx", "xxxx", "xxxxx", "xyz", "zzz",
};

static enum val_status
bad(struct val_out *out, const char *reason)
{
	snprintf(out->reason, sizeof out->reason, "%s", reason);
	return VAL_BAD;
}

static int
cmp(const void *a, const void *b)
{
	return strcmp((const char *)a, *(const char *const *)b);
}

/* Scripts that count as one for the mixed-scripts test. */
static const uc_script_t *
script_of(ucs4_t c)
{
	static const uc_script_t *han, *hiragana, *katakana;
	const uc_script_t	*s = uc_script(c);

	if (han == NULL) {
		han = uc_script_byname("Han");
		hiragana = uc_script_byname("Hiragana");
		katakana = uc_script_byname("Katakana");
	}
	if (s == hiragana || s == katakana)
		return han;
	return s;
}

/*
 * Character classes, ASCII answered here: most names are ASCII, and a
 * call into libunistring's tables per character added up in a scan.
 */
static int
white(ucs4_t c)
{
	return c < 0x80 ? c == ' ' || (c >= 0x09 && c <= 0x0d) :
	    uc_is_property_white_space(c);
}

static int
number(ucs4_t c)
{
	return c < 0x80 ? c >= '0' && c <= '9' :
	    uc_is_general_category(c, UC_DECIMAL_DIGIT_NUMBER) ||
	    uc_is_general_category(c, UC_OTHER_NUMBER);
}

static int
letter(ucs4_t c)
{
	return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' :
	    uc_is_general_category(c, UC_LETTER);
}

static ucs4_t
lower_of(ucs4_t c)
{
	return c < 0x80 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : uc_tolower(c);
}

enum val_status
val_name(const char *s, size_t len, const struct val_ctx *ctx,
    struct val_out *out)
{
	uint8_t			 nfc[NAME_MAX_BYTES * 4 + 16], folded[sizeof nfc];
	uint8_t			*norm = NULL, *fold = NULL;
	size_t			 nlen = sizeof nfc, flen = sizeof folded, bad_at, i;
	const uc_script_t	*word_script = NULL, *sc;
	const uint8_t		*p, *end;
	ucs4_t			 c, prev = 0;
	int			 n, run = 0, upper = 0, lower = 0, space = 1, ascii;
	size_t			 start = out->norm.len;
	const char		*fault = NULL;	/* the first, reported after placeholder */
	enum val_status		 st = VAL_OK;
	char			 key[sizeof folded];

	while (len > 0 && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	if (len == 0)
		return bad(out, "empty");
	if (val_utf8_check(s, len, &bad_at) != 0)
		return bad(out, "invalid-utf8");
	if (len > NAME_MAX_BYTES)
		return bad(out, "bad-character");
	/*
	 * NFC into a stack buffer; libunistring allocates only if too small.
	 * ASCII is its own NFC, and folds to lower case: most names are, and
	 * libunistring's normalizing and folding were a fifth of a scan.
	 */
	for (i = 0; i < len && !((unsigned char)s[i] & 0x80); i++)
		;
	ascii = i == len;
	if (ascii) {
		memcpy(nfc, s, len);
		nlen = len;
		norm = nfc;
	} else
		norm = u8_normalize(UNINORM_NFC, (const uint8_t *)s, len, nfc,
		    &nlen);
	if (norm == NULL)
		return bad(out, "invalid-utf8");
	for (p = norm, end = norm + nlen; p < end; p += n) {
		if ((n = u8_mbtouc(&c, p, (size_t)(end - p))) <= 0)
			break;
		if (white(c)) {
			/* One space, and only between words (\f, U+3000...). */
			space = 1;
			word_script = NULL;
			run = 0;
			prev = c;
			continue;
		}
		if (space && out->norm.len > start)
			buf_addc(&out->norm, ' ');
		space = 0;
		if (number(c)) {
			if (fault == NULL)
				fault = "contains-digit";
		}
		if (letter(c)) {
			sc = script_of(c);
			if (sc != NULL && word_script != NULL && sc != word_script) {
				if (fault == NULL)
					fault = "mixed-scripts";
			}
			if (sc != NULL)
				word_script = sc;
			run = lower_of(c) == lower_of(prev) ? run + 1 : 1;
			if (run >= 3) {
				if (fault == NULL)
					fault = "repeated-character";
			}
			upper += c < 0x80 ? c >= 'A' && c <= 'Z' : uc_is_upper(c);
			lower += c < 0x80 ? c >= 'a' && c <= 'z' : uc_is_lower(c);
		} else if ((c < 0x80 || !uc_is_general_category(c, UC_MARK)) &&
		    c != '-' && c != '\'' && c != 0x2019 && c != '.' &&
		    c != 0x2010) {
			if (fault == NULL)
				fault = "bad-character";
		}
		buf_add(&out->norm, p, (size_t)n);
		prev = c;
	}
	if (out->norm.len == start) {		/* white space only */
		st = bad(out, "empty");
		goto done;
	}
	/* Placeholders are judged on the normal form, case folded. */
	if (ascii) {
		for (i = 0, flen = out->norm.len - start; i < flen; i++) {
			c = (unsigned char)out->norm.data[start + i];
			folded[i] = (uint8_t)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		}
		fold = folded;
	} else
		fold = u8_casefold((const uint8_t *)out->norm.data + start,
		    out->norm.len - start, NULL, UNINORM_NFC, folded, &flen);
	if (fold == NULL) {
		st = bad(out, "invalid-utf8");
		goto done;
	}
	if (flen < sizeof key) {
		memcpy(key, fold, flen);
		key[flen] = '\0';
		if (bsearch(key, placeholders, sizeof placeholders /
		    sizeof placeholders[0], sizeof placeholders[0], cmp) != NULL) {
			st = bad(out, "placeholder");
			goto done;
		}
	}
	if (fault != NULL) {
		st = bad(out, fault);
		goto done;
	}
	/* Only scripts with case say anything about it. */
	if (upper > 1 && lower == 0)
		snprintf(out->note, sizeof out->note, "all-upper-case");
	else if (lower > 1 && upper == 0)
		snprintf(out->note, sizeof out->note, "all-lower-case");
done:
	if (st == VAL_BAD) {
		out->norm.len = start;
		if (out->norm.data != NULL)
			out->norm.data[start] = '\0';
	}
	if (norm != nfc)
		free(norm);
	if (fold != folded && fold != NULL)
		free(fold);
	return st;
}
