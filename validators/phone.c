/*
 * phone.c -- phone numbers, judged against libphonenumber's metadata and
 * normalized to E.164 ("+4930123456").
 *
 * The value is read as a person would type it: decimal digits of any
 * script (ASCII, full-width, Arabic-Indic, Devanagari, Bengali, Thai, ...;
 * ICU's u_charDigitValue), optionally a leading "+", and spaces, dots,
 * dashes, slashes and brackets, which are dropped.  An extension ("ext",
 * "ext.", "extn", "extension", "x", "#", ";ext=", or the word of another
 * language: "доб.", "anexo", "ramal", "poste", "Durchwahl", "内線",
 * "分机", ...; see ph_ext_words[]) and up to 20 digits is split off and
 * plays no part in the verdict.  An RFC 3966 "tel:" before the number
 * is dropped.  Letters (vanity numbers such as 1-800-FLOWERS) are
 * refused.
 *
 * The digits are then parsed the way libphonenumber's parse() does it,
 * which is what makes the verdicts agree with is_valid_number():
 *  - "+", or the international prefix of the record's country (00, 011,
 *    010, ...) means international: the country calling code follows and
 *    the number is parsed with the metadata of the code's main region;
 *    as in libphonenumber, "00" is an international prefix only where the
 *    metadata says so (in Colombia "00321..." is not Belgium);
 *  - otherwise the number is national, for the record's country (no
 *    country: reason needs-international-form);
 *  - the national (trunk) prefix is stripped, with its transform rule
 *    (NANP islands dialled with 7 digits, Argentine mobiles, ...), unless
 *    what remains would be too short; "+44 (0)20 ..." loses its 0 this way,
 *    and where the 0 is not a trunk prefix a "(0)" right after the calling
 *    code is dropped if the number is not valid with it;
 *  - the number is valid if it has a possible length and matches one of
 *    the number types (fixed line, mobile, toll free, premium rate, shared
 *    cost, VoIP, personal, pager, UAN, voicemail) of its region.  Where
 *    regions share a calling code (+1, +7, +44, ...) the region is picked
 *    as libphonenumber does, by leading digits or by trying each, so a
 *    national number may be valid in a neighbour of the record's country;
 *  - the normal form is "+", the calling code and the national number,
 *    read once more where the national prefix would shorten it again
 *    (Mexico's old mobile "1"), so that it always validates to itself.
 *
 * Patterns are compiled with PCRE2 (JIT when available) on first use and
 * kept for the life of the process.  Not thread-safe.
 *
 * Reason codes (VAL_BAD):
 *   empty                    nothing but white space or punctuation
 *   invalid-utf8             the bytes are not UTF-8
 *   bad-character            a letter or symbol that has no place in a
 *                            phone number, or a "+" after the first digit
 *   bad-extension            an extension marker without digits, or with
 *                            more than 20
 *   needs-international-form no country for the record, and the number
 *                            does not start with + or 00
 *   unknown-region           the record's country has no numbering plan in
 *                            the metadata, and the number is not
 *                            international
 *   no-such-country-code     the digits after + or 00 start with no
 *                            country calling code
 *   too-short                fewer digits than any number of the region
 *   too-long                 more digits than any number of the region
 *   invalid-length           a length between the shortest and the
 *                            longest that no number of the region has
 *   missing-area-code        a length only possible for local dialling:
 *                            the area code is missing
 *   invalid-number           a possible length, but no kind of number of
 *                            the region starts like this
 * Notes (with VAL_OK):
 *   extension                an extension was split off and dropped
 *   other-country            valid, but in another region than the
 *                            record's country (shared calling code, or an
 *                            international number of another country)
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8

#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicode/uchar.h>

#include "lib/log.h"
#include "lib/util.h"
#include "validators/basic.h"
#include "validators/phone.h"
#include "lib/utf8.h"
#include "validators/validate.h"

#define PH_MAXDIGITS	40	/* IDD, calling code, 17 digits, and more */
#define PH_MAXNSN	17	/* longest national significant number */
#define PH_MAXEXT	20	/* longest extension */
#define PH_BUFLEN	64	/* room for a transformed number */
#define PH_NONE		SIZE_MAX
#define PH_MAXGROUP	7	/* groups of a national prefix pattern */

#define PH_FULL		(PCRE2_ANCHORED | PCRE2_ENDANCHORED)
#define PH_PREFIX	PCRE2_ANCHORED

/* libphonenumber's ValidationResult. */
enum ph_len {
	PH_POSSIBLE,
	PH_LOCAL_ONLY,
	PH_TOO_SHORT,
	PH_TOO_LONG,
	PH_INVALID_LENGTH
};

/* The value after scanning: its digits and what surrounded them. */
struct ph_scan {
	char	 d[PH_MAXDIGITS + 1];
	size_t	 nd;
	int	 plus;		/* a leading "+" */
	int	 ext;		/* an extension was split off */
	size_t	 zero;		/* index in d of a "(0)", or PH_NONE */
};

/* The outcome of one reading of the digits. */
struct ph_res {
	const char			*reason;	/* NULL when valid */
	const struct val_phone_region	*region;	/* valid in */
	unsigned			 cc;
	char				 nsn[PH_BUFLEN];
	size_t				 nn;
	int				 intl;	/* read internationally */
	size_t				 nsn_at; /* index of the digits
						    after the calling code */
};

static pcre2_code	**ph_re;	/* val_phone_str[i], compiled */
static unsigned char	 *ph_state;	/* 0 untried, 1 ok, 2 failed */
static pcre2_match_data	 *ph_md;
static int		  ph_rc;	/* of the last match */

/*
 * The compiled pattern i, compiled on first use with opts (each string of
 * the metadata has one role, so one set of options); NULL if PCRE2 refuses
 * it, which the unit test rules out for the shipped metadata.
 */
static pcre2_code *
ph_code(uint16_t i, uint32_t opts)
{
	pcre2_code	*re;
	PCRE2_SIZE	 off;
	int		 err;

	if (ph_re == NULL) {
		ph_re = xcalloc(val_phone_nstr, sizeof *ph_re);
		ph_state = xcalloc(val_phone_nstr, 1);
		if ((ph_md = pcre2_match_data_create(16, NULL)) == NULL)
			fatalx("pcre2_match_data_create: out of memory");
	}
	if (ph_state[i] == 0) {
		re = pcre2_compile((PCRE2_SPTR)val_phone_str[i],
		    PCRE2_ZERO_TERMINATED, opts, &err, &off, NULL);
		if (re != NULL) {
			/* Best effort: pcre2_match() interprets without it. */
			(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
			ph_re[i] = re;
		}
		ph_state[i] = re != NULL ? 1 : 2;
	}
	return ph_re[i];
}

/*
 * Match pattern i at the start of s[0..n); with PH_FULL the match must
 * cover all of s.  Return the length matched, or -1.  Captures are left
 * in ph_md.
 */
static long
ph_match(uint16_t i, uint32_t opts, const char *s, size_t n)
{
	pcre2_code	*re;
	int		 rc;

	if (i == 0 || (re = ph_code(i, opts)) == NULL)
		return -1;
	/* rc == 0 is a match whose groups did not all fit in ph_md. */
	rc = pcre2_match(re, (PCRE2_SPTR)s, n, 0, 0, ph_md, NULL);
	if (rc < 0)
		return -1;
	ph_rc = rc == 0 ? INT32_MAX : rc;
	return (long)pcre2_get_ovector_pointer(ph_md)[1];
}

static int
ph_full(uint16_t i, const char *s, size_t n)
{
	return ph_match(i, PH_FULL, s, n) >= 0;
}

size_t
val_phone_check_meta(void)
{
	const struct val_phone_region	*r;
	size_t				 i, bad = 0;
	int				 k;

	for (i = 0; i < val_phone_nregions; i++) {
		r = &val_phone_regions[i];
		for (k = 0; k < VAL_PHONE_NDESC; k++)
			if (r->pat[k] != 0 &&
			    ph_code(r->pat[k], PH_FULL) == NULL)
				bad++;
		if (r->idd != 0 && ph_code(r->idd, PH_PREFIX) == NULL)
			bad++;
		if (r->npp != 0 && ph_code(r->npp, PH_PREFIX) == NULL)
			bad++;
		if (r->lead != 0 && ph_code(r->lead, PH_PREFIX) == NULL)
			bad++;
	}
	return bad;
}

/* libphonenumber's _test_number_length() for the general description. */
static enum ph_len
ph_test_length(const struct val_phone_region *r, size_t n)
{
	uint32_t	 mask = r->len[VAL_PHONE_GENERAL];
	unsigned	 lo, hi;

	if (n >= 32)
		return PH_TOO_LONG;
	if (r->local & (UINT32_C(1) << n))
		return PH_LOCAL_ONLY;
	lo = (unsigned)__builtin_ctz(mask);
	hi = 31 - (unsigned)__builtin_clz(mask);
	if (n < lo)
		return PH_TOO_SHORT;
	if (n > hi)
		return PH_TOO_LONG;
	return mask & (UINT32_C(1) << n) ? PH_POSSIBLE : PH_INVALID_LENGTH;
}

static int
ph_desc_matches(const struct val_phone_region *r, int k, const char *s,
    size_t n)
{
	if (r->pat[k] == 0)
		return 0;
	if (r->len[k] != 0 && (n >= 32 || !(r->len[k] & (UINT32_C(1) << n))))
		return 0;
	return ph_full(r->pat[k], s, n);
}

/*
 * 1 if the national significant number is of some type in region r
 * (libphonenumber's _number_type_helper() != UNKNOWN).  The order of the
 * types does not change the verdict: the common ones go first.
 */
static int
ph_valid_in(const struct val_phone_region *r, const char *s, size_t n)
{
	int	 k;

	if (!ph_desc_matches(r, VAL_PHONE_GENERAL, s, n))
		return 0;
	for (k = VAL_PHONE_FIXED_LINE; k < VAL_PHONE_NDESC; k++)
		if (ph_desc_matches(r, k, s, n))
			return 1;
	return 0;
}

/*
 * libphonenumber's _maybe_strip_national_prefix_carrier_code(): strip the
 * national prefix of r from in[0..n), applying its transform rule, into
 * out (PH_BUFLEN bytes); *outn gets the new length.  Refused when it would
 * turn a number that fits the general pattern into one that does not.
 */
static void
ph_strip_national(const struct val_phone_region *r, const char *in,
    size_t n, char *out, size_t *outn)
{
	PCRE2_SIZE	*ov;
	size_t		 gs[PH_MAXGROUP + 1], ge[PH_MAXGROUP + 1];
	const char	*t;
	size_t		 end, len, k;
	uint32_t	 groups;
	long		 m;
	int		 viable, g;

	memcpy(out, in, n);
	*outn = n;
	if (n == 0 || r->npp == 0 ||
	    (m = ph_match(r->npp, PH_PREFIX, in, n)) < 0)
		return;
	end = (size_t)m;
	/* Save the groups: the checks below reuse ph_md. */
	if (pcre2_pattern_info(ph_code(r->npp, PH_PREFIX),
	    PCRE2_INFO_CAPTURECOUNT, &groups) != 0 || groups > PH_MAXGROUP)
		return;
	ov = pcre2_get_ovector_pointer(ph_md);
	for (k = 1; k <= groups; k++) {
		if ((int)k < ph_rc && ov[2 * k] != PCRE2_UNSET) {
			gs[k] = ov[2 * k];
			ge[k] = ov[2 * k + 1];
		} else
			gs[k] = ge[k] = PH_NONE;
	}
	viable = ph_full(r->pat[VAL_PHONE_GENERAL], in, n);
	if (r->npt == 0 || groups == 0 || gs[groups] == PH_NONE) {
		if (viable && !ph_full(r->pat[VAL_PHONE_GENERAL], in + end,
		    n - end))
			return;
		memmove(out, in + end, n - end);
		*outn = n - end;
		return;
	}
	/* Python's re.sub(pattern, rule, number, count=1). */
	len = 0;
	for (t = val_phone_str[r->npt]; *t != '\0'; t++) {
		if (t[0] == '\\' && t[1] >= '1' && t[1] <= '9') {
			g = *++t - '0';
			if ((uint32_t)g > groups || gs[g] == PH_NONE)
				continue;
			if (len + (ge[g] - gs[g]) >= PH_BUFLEN)
				goto nostrip;
			memcpy(out + len, in + gs[g], ge[g] - gs[g]);
			len += ge[g] - gs[g];
		} else {
			if (len + 1 >= PH_BUFLEN)
				goto nostrip;
			out[len++] = *t;
		}
	}
	if (len + (n - end) >= PH_BUFLEN)
		goto nostrip;
	memcpy(out + len, in + end, n - end);
	len += n - end;
	if (viable && !ph_full(r->pat[VAL_PHONE_GENERAL], out, len))
		goto nostrip;
	*outn = len;
	return;
nostrip:
	memcpy(out, in, n);
	*outn = n;
}

static const struct val_phone_cc *
ph_cc(unsigned cc)
{
	size_t	 lo = 0, hi = val_phone_nccs, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (val_phone_ccs[mid].cc == cc)
			return &val_phone_ccs[mid];
		if (val_phone_ccs[mid].cc < cc)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static const struct val_phone_region *
ph_main_region(const struct val_phone_cc *c)
{
	return &val_phone_regions[val_phone_cc_regions[c->off]];
}

/* The region of an ISO alpha-2 code, any case, or NULL. */
static const struct val_phone_region *
ph_region(const char *code)
{
	char	 id[3];
	size_t	 lo = 0, hi = val_phone_ngeo, mid;
	int	 c;

	if (code[0] == '\0' || code[1] == '\0' || code[2] != '\0')
		return NULL;
	for (c = 0; c < 2; c++)
		id[c] = (char)(code[c] >= 'a' && code[c] <= 'z' ?
		    code[c] - 32 : code[c]);
	id[2] = '\0';
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if ((c = strcmp(id, val_phone_regions[mid].id)) == 0)
			return &val_phone_regions[mid];
		if (c > 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/*
 * Pick the region of calling code c a national number belongs to, as
 * libphonenumber's region_code_for_number() does, and judge the number
 * there.  *valid is set; the region is returned (NULL if none fits).
 */
static const struct val_phone_region *
ph_pick_region(const struct val_phone_cc *c, const char *s, size_t n,
    int *valid)
{
	const struct val_phone_region	*r;
	uint16_t			 i;

	*valid = 0;
	if (c->n == 1) {
		r = ph_main_region(c);
		*valid = ph_valid_in(r, s, n);
		return r;
	}
	for (i = 0; i < c->n; i++) {
		r = &val_phone_regions[val_phone_cc_regions[c->off + i]];
		if (r->lead != 0) {
			if (ph_match(r->lead, PH_PREFIX, s, n) >= 0) {
				*valid = ph_valid_in(r, s, n);
				return r;
			}
		} else if (ph_valid_in(r, s, n)) {
			*valid = 1;
			return r;
		}
	}
	return NULL;
}

static const char *
ph_length_reason(const struct val_phone_region *r, size_t n)
{
	switch (ph_test_length(r, n)) {
	case PH_TOO_SHORT:
		return "too-short";
	case PH_TOO_LONG:
		return "too-long";
	case PH_INVALID_LENGTH:
		return "invalid-length";
	case PH_LOCAL_ONLY:
		return "missing-area-code";
	case PH_POSSIBLE:
		break;
	}
	return "invalid-number";
}

/*
 * Write the calling code cc (1 to 3 digits) to buf, no NUL; return its
 * length.  snprintf() cost a fifth of the validator's time.
 */
static size_t
ph_cc_str(unsigned cc, char buf[3])
{
	if (cc >= 100) {
		buf[0] = (char)('0' + cc / 100);
		buf[1] = (char)('0' + cc / 10 % 10);
		buf[2] = (char)('0' + cc % 10);
		return 3;
	}
	if (cc >= 10) {
		buf[0] = (char)('0' + cc / 10);
		buf[1] = (char)('0' + cc % 10);
		return 2;
	}
	buf[0] = (char)('0' + cc);
	return 1;
}

/*
 * One reading of the digits d[0..nd), after libphonenumber's parse() and
 * is_valid_number().  home is the record's country (NULL: none, or one
 * without metadata, then unknown tells which).  idd_len > 0 forces an
 * international reading after that many digits.
 */
static void
ph_read(const char *d, size_t nd, int plus, const struct val_phone_region *home,
    int unknown, size_t idd_len, struct ph_res *res)
{
	const struct val_phone_region	*meta, *r;
	const struct val_phone_cc	*c = NULL;
	char				 tmp[PH_BUFLEN], ccs[8];
	size_t				 at = 0, n, tn, k, ccl;
	unsigned			 cc;
	long				 m;
	int				 valid;

	memset(res, 0, sizeof *res);
	res->nsn_at = PH_NONE;
	if (plus)
		res->intl = 1;
	else if (idd_len > 0) {
		res->intl = 1;
		at = idd_len;
	} else if (home != NULL) {
		/* A prefix followed by 0 is not one: no code starts with 0. */
		if (home->idd != 0 &&
		    (m = ph_match(home->idd, PH_PREFIX, d, nd)) >= 0 &&
		    ((size_t)m == nd || d[m] != '0')) {
			res->intl = 1;
			at = (size_t)m;
		}
	} else if (nd > 2 && d[0] == '0' && d[1] == '0' && d[2] != '0') {
		res->intl = 1;
		at = 2;
	}

	if (res->intl) {
		if (nd - at <= 2) {
			res->reason = "too-short";
			return;
		}
		cc = 0;
		for (k = 0; k < 3 && d[at] != '0'; k++) {
			cc = cc * 10 + (unsigned)(d[at + k] - '0');
			if ((c = ph_cc(cc)) != NULL)
				break;
		}
		if (c == NULL) {
			res->reason = "no-such-country-code";
			return;
		}
		at += k + 1;
		meta = ph_main_region(c);
		res->nsn_at = at;
		n = nd - at;
		memcpy(tmp, d + at, n);
	} else {
		if (home == NULL) {
			res->reason = unknown ? "unknown-region" :
			    "needs-international-form";
			return;
		}
		meta = home;
		cc = home->cc;
		if ((c = ph_cc(cc)) == NULL) {
			/* Cannot be: phonemeta.py lists every region's code. */
			res->reason = "no-such-country-code";
			return;
		}
		memcpy(tmp, d, nd);
		n = nd;
		/*
		 * The calling code without "+" or prefix ("4930123456" in
		 * Germany): taken as one if the rest fits better.
		 */
		ccl = ph_cc_str(cc, ccs);
		if (nd > ccl && memcmp(d, ccs, ccl) == 0) {
			ph_strip_national(home, d + ccl, nd - ccl, res->nsn,
			    &tn);
			if ((!ph_full(home->pat[VAL_PHONE_GENERAL], d, nd) &&
			    ph_full(home->pat[VAL_PHONE_GENERAL], res->nsn,
			    tn)) || ph_test_length(home, nd) == PH_TOO_LONG) {
				memcpy(tmp, res->nsn, tn);
				n = tn;
				res->nsn_at = ccl;
				meta = ph_main_region(c);
			}
		}
	}
	res->cc = cc;
	if (n < 2) {
		res->reason = "too-short";
		return;
	}
	/* Strip the national prefix unless too little would remain. */
	ph_strip_national(meta, tmp, n, res->nsn, &tn);
	switch (ph_test_length(meta, tn)) {
	case PH_TOO_SHORT:
	case PH_LOCAL_ONLY:
	case PH_INVALID_LENGTH:
		memcpy(res->nsn, tmp, n);
		res->nn = n;
		break;
	default:
		res->nn = tn;
		break;
	}
	if (res->nn < 2) {
		res->reason = "too-short";
		return;
	}
	if (res->nn > PH_MAXNSN) {
		res->reason = "too-long";
		return;
	}
	r = ph_pick_region(c, res->nsn, res->nn, &valid);
	if (valid) {
		res->region = r;
		return;
	}
	res->reason = ph_length_reason(r != NULL ? r : meta, res->nn);
}

/*
 * A decimal digit of any script (ASCII, full-width, Arabic-Indic,
 * Devanagari, Bengali, Thai, ...): what Unicode calls Nd, as
 * libphonenumber reads them.
 */
static int
ph_is_digit(uint32_t cp, int *v)
{
	if (cp < 0x80) {
		if (cp < '0' || cp > '9')
			return 0;
		*v = (int)(cp - '0');
		return 1;
	}
	if (u_charType((UChar32)cp) != U_DECIMAL_DIGIT_NUMBER)
		return 0;
	*v = (int)u_charDigitValue((UChar32)cp);
	return *v >= 0 && *v <= 9;
}

/* Spaces, dots, dashes, slashes and brackets, ASCII or not. */
static int
ph_is_sep(uint32_t cp)
{
	switch (cp) {
	case ' ': case '\t': case '.': case '-': case '/':
	case '(': case ')': case '[': case ']':
	case 0x00a0: case 0x00ad: case 0x202f: case 0x205f: case 0x2060:
	case 0x2212: case 0x3000: case 0x30fc: case 0xfeff:
	case 0xff08: case 0xff09: case 0xff0d: case 0xff0e: case 0xff0f:
	case 0xff3b: case 0xff3d:
		return 1;
	}
	return (cp >= 0x2000 && cp <= 0x200b) || (cp >= 0x2010 && cp <= 0x2015);
}

/* Decode the (valid) UTF-8 sequence at s; *n gets its length. */
static uint32_t
ph_decode(const unsigned char *s, size_t *n)
{
	if (s[0] < 0x80) {
		*n = 1;
		return s[0];
	}
	if (s[0] < 0xe0) {
		*n = 2;
		return (uint32_t)(s[0] & 0x1f) << 6 | (s[1] & 0x3f);
	}
	if (s[0] < 0xf0) {
		*n = 3;
		return (uint32_t)(s[0] & 0x0f) << 12 |
		    (uint32_t)(s[1] & 0x3f) << 6 | (s[2] & 0x3f);
	}
	*n = 4;
	return (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3f) << 12 |
	    (uint32_t)(s[2] & 0x3f) << 6 | (s[3] & 0x3f);
}

/*
 * Words that mark an extension, in the languages of the shipped
 * jurisdictions and libphonenumber's: English, Spanish and Portuguese
 * (anexo, ramal, interno), French (poste), German (Durchwahl, Dw., App.),
 * Dutch (toestel), Italian (interno), Polish (wew.), Russian (доб.),
 * Ukrainian (дод.), Japanese (内線), Chinese (分机, 分機, 转, 轉), Korean
 * (내선), Indonesian (psw.).  Compared with case folding; a word must not
 * run on into more letters ("xyz", "extra").
 */
static const char *const ph_ext_words[] = {
	"extension", "extensi\xc3\xb3n", "extn", "ext", "x",
	"anexo", "ramal", "interno", "int", "poste", "durchwahl", "dw", "app",
	"toestel", "tst", "wew",
	"\xd0\xb4\xd0\xbe\xd0\xb1\xd0\xb0\xd0\xb2\xd0\xbe\xd1\x87"
	    "\xd0\xbd\xd1\x8b\xd0\xb9",		/* добавочный */
	"\xd0\xb4\xd0\xbe\xd0\xb1",		/* доб */
	"\xd0\xb4\xd0\xbe\xd0\xb4",		/* дод */
	"\xe5\x86\x85\xe7\xb7\x9a",		/* 内線 */
	"\xe5\x88\x86\xe6\x9c\xba",		/* 分机 */
	"\xe5\x88\x86\xe6\xa9\x9f",		/* 分機 */
	"\xe8\xbd\xac",				/* 转 */
	"\xe8\xbd\x89",				/* 轉 */
	"\xeb\x82\xb4\xec\x84\xa0",		/* 내선 */
	"psw",
};

static uint32_t	ph_decode(const unsigned char *, size_t *);

/* Length of the extension word at s[0..n) (valid UTF-8), or 0. */
static size_t
ph_ext_keyword(const char *s, size_t n)
{
	const unsigned char	*p = (const unsigned char *)s, *w;
	size_t			 i, k, l, a, b, c;
	uint32_t		 cp;

	for (i = 0; i < sizeof ph_ext_words / sizeof ph_ext_words[0]; i++) {
		w = (const unsigned char *)ph_ext_words[i];
		l = strlen(ph_ext_words[i]);
		for (k = 0, a = 0; a < l && k < n; a += b, k += c) {
			cp = ph_decode(p + k, &c);
			if (u_foldCase((UChar32)cp, U_FOLD_CASE_DEFAULT) !=
			    u_foldCase((UChar32)ph_decode(w + a, &b),
			    U_FOLD_CASE_DEFAULT))
				break;
		}
		if (a < l)
			continue;
		/* "xyz", "extra" are not extensions. */
		if (k < n && u_isalpha((UChar32)ph_decode(p + k, &c)))
			return 0;
		return k;
	}
	return 0;
}

/*
 * Split s[0..len) (valid UTF-8) into digits, a leading "+" and an
 * extension.  Return NULL or a reason code.
 */
static const char *
ph_scan(const char *s, size_t len, struct ph_scan *sc)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, n, extd = 0;
	uint32_t		 cp;
	int			 v;
	int			 state = 0;	/* 0 start, 1 number, 2 ext,
						   3 after the extension */

	sc->nd = 0;
	sc->plus = sc->ext = 0;
	sc->zero = PH_NONE;
	/* An RFC 3966 URI, "tel:+49-30-123456;ext=12", as libphonenumber. */
	while (i < len && (p[i] == ' ' || p[i] == '\t'))
		i++;
	if (len - i >= 4 && strncasecmp(s + i, "tel:", 4) == 0)
		i += 4;
	while (i < len) {
		cp = ph_decode(p + i, &n);
		if (ph_is_digit(cp, &v)) {
			if (state == 3)
				return "bad-character";
			if (state == 2) {
				if (++extd > PH_MAXEXT)
					return "bad-extension";
			} else {
				if (sc->nd >= PH_MAXDIGITS)
					return "too-long";
				sc->d[sc->nd++] = (char)('0' + v);
				state = 1;
			}
		} else if (cp == '+' || cp == 0xff0b) {
			if (state != 0 || sc->plus)
				return "bad-character";
			sc->plus = 1;
		} else if (ph_is_sep(cp)) {
			if (cp == '(' && state != 2 && sc->zero == PH_NONE &&
			    len - i >= 3 && p[i + 1] == '0' && p[i + 2] == ')')
				sc->zero = sc->nd;
		} else if (cp == '#' && state == 1) {
			state = 2;
		} else if (cp == '#' && state == 2 && extd > 0) {
			state = 3;
		} else if (cp == ';' && state == 1 && len - i >= 5 &&
		    strncasecmp(s + i, ";ext=", 5) == 0) {
			state = 2;
			n = 5;
		} else if (cp == ':' && state == 2 && extd == 0) {
			/* "ext: 12" */
		} else if (state == 1 && u_isalpha((UChar32)cp) &&
		    (n = ph_ext_keyword(s + i, len - i)) > 0) {
			state = 2;
		} else
			return "bad-character";
		i += n;
	}
	if (state == 2 && extd == 0)
		return "bad-extension";
	sc->ext = state >= 2;
	sc->d[sc->nd] = '\0';
	return NULL;
}

/*
 * Make the normal form a fixed point.  Read again, "+52 15550130121"
 * loses its "1" to Mexico's national prefix and is still valid: take the
 * shorter form at once, so that the normal form validates to itself.
 */
static void
ph_settle(struct ph_res *res)
{
	const struct val_phone_region	*main;
	const struct val_phone_cc	*c;
	struct ph_res			 alt;
	char				 d[PH_MAXDIGITS + 1];
	int				 i, l;

	for (i = 0; i < 3; i++) {
		if ((c = ph_cc(res->cc)) == NULL)
			return;
		main = ph_main_region(c);
		if (main->npp == 0 ||
		    ph_match(main->npp, PH_PREFIX, res->nsn, res->nn) < 0)
			return;
		if (res->cc > 999 || res->nn > sizeof d - 4)
			return;
		l = (int)ph_cc_str(res->cc, d);
		memcpy(d + l, res->nsn, res->nn);
		l += (int)res->nn;
		ph_read(d, (size_t)l, 1, NULL, 0, 0, &alt);
		if (alt.reason != NULL || (alt.cc == res->cc &&
		    alt.nn == res->nn &&
		    memcmp(alt.nsn, res->nsn, res->nn) == 0))
			return;
		*res = alt;
	}
}

static enum val_status
ph_bad(struct val_out *out, const char *reason)
{
	snprintf(out->reason, sizeof out->reason, "%s", reason);
	return VAL_BAD;
}

enum val_status
val_phone(const char *s, size_t len, const struct val_ctx *ctx,
    struct val_out *out)
{
	const struct val_phone_region	*home = NULL;
	struct ph_scan			 sc;
	struct ph_res			 res, alt;
	char				 d2[PH_MAXDIGITS + 1];
	const char			*why;
	size_t				 bad;
	int				 unknown = 0;

	if (val_utf8_check(s, len, &bad) != 0)
		return ph_bad(out, "invalid-utf8");
	if (val_blank(s, len))
		return ph_bad(out, "empty");
	if ((why = ph_scan(s, len, &sc)) != NULL)
		return ph_bad(out, why);
	if (sc.nd == 0)
		return ph_bad(out, sc.plus || sc.ext ? "too-short" : "empty");
	if (ctx != NULL && ctx->country != NULL && ctx->country[0] != '\0') {
		if ((home = ph_region(ctx->country)) == NULL)
			unknown = 1;
	}

	ph_read(sc.d, sc.nd, sc.plus, home, unknown, 0, &res);
	if (res.reason != NULL && sc.plus &&
	    strcmp(res.reason, "no-such-country-code") == 0) {
		/* "+0049 ...": read it again without the "+". */
		ph_read(sc.d, sc.nd, 0, home, unknown, 0, &alt);
		if (alt.intl || alt.nsn_at != PH_NONE)
			res = alt;
	}
	if (res.reason != NULL && res.intl && sc.zero != PH_NONE &&
	    sc.zero == res.nsn_at && sc.zero < sc.nd) {
		/* "+34 (0)91 ...": the (0) is no trunk prefix there. */
		memcpy(d2, sc.d, sc.zero);
		memcpy(d2 + sc.zero, sc.d + sc.zero + 1, sc.nd - sc.zero - 1);
		ph_read(d2, sc.nd - 1, sc.plus, home, unknown, 0, &alt);
		if (alt.reason == NULL)
			res = alt;
	}
	if (res.reason != NULL)
		return ph_bad(out, res.reason);
	ph_settle(&res);

	d2[0] = '+';
	bad = ph_cc_str(res.cc, d2 + 1) + 1;
	buf_add(&out->norm, d2, bad);
	buf_add(&out->norm, res.nsn, res.nn);
	if (sc.ext)
		snprintf(out->note, sizeof out->note, "extension");
	else if (home != NULL && res.region != home &&
	    res.region->id[2] == '\0')
		snprintf(out->note, sizeof out->note, "other-country");
	return VAL_OK;
}
