/*
 * email.c -- email addresses: RFC 5321 mailboxes as customer data holds
 * them.
 *
 * Accepted: a dot-atom local part (RFC 5322 3.2.3 atext, no leading,
 * trailing or double dot) or, with VAL_F_QUOTED_LOCAL, a quoted string as
 * RFC 5321 4.1.2 defines it (qtextSMTP, quoted-pairSMTP); "@"; a domain of
 * two or more LDH labels (RFC 1035 2.3.1, RFC 1123 2.1), or with U-labels
 * that libidn2 turns into A-labels (IDNA2008 with UTS #46 non-transitional
 * mapping).  A-labels (xn--) written as such are checked by libidn2 too.
 *
 * Refused: comments and folding white space, the obsolete syntax of
 * RFC 5322 4.4 ("a"."b"), address literals (user@[192.0.2.1]: customers
 * never have one, and a form that lets one through is a bug), SMTPUTF8
 * local parts, a top-level label that no delegated TLD looks like
 * (all-numeric, one letter, with a digit or hyphen), a root dot at the end.
 *
 * Normal form: the local part as written (local parts are case-sensitive,
 * RFC 5321 2.4), except that a quoted one is written with the least
 * quoting possible (RFC 5321 4.1.2: "a"@x.org is a@x.org); "@"; the domain
 * as lower-case A-labels.  The length limits apply to the normal form:
 * local part 64 octets (RFC 5321 4.5.3.1.1), domain 255 (4.5.3.1.2),
 * address 254 (RFC 3696 erratum 1690: a 256-octet path less "<" and ">").
 * Input of more than 1024 bytes is too long without further parsing.
 *
 * Reason codes (VAL_BAD):
 *	empty			no value, or only white space
 *	invalid-utf8		not UTF-8 (or a NUL byte)
 *	too-long		address over 254 octets
 *	whitespace		white space (ASCII or Unicode) outside a quoted
 *				string, or other than a space inside one
 *	no-at-sign		no "@"
 *	several-at-signs	more than one "@" outside a quoted string
 *	empty-local-part	nothing before the "@" (or "")
 *	non-ascii-local-part	a non-ASCII local part (SMTPUTF8): not accepted
 *	bad-local-part		not a dot-atom: a character outside atext,
 *				a leading, trailing or double dot, a comment,
 *				a malformed quoted string
 *	quoted-local-part	a well-formed quoted local part, refused
 *				because VAL_F_QUOTED_LOCAL is not set
 *	local-too-long		local part over 64 octets
 *	ip-literal		an address literal ([192.0.2.1]): not accepted
 *	bad-idn			a U-label or A-label that IDNA2008 refuses
 *	domain-too-long		domain over 255 octets
 *	bad-domain		empty domain or label, a character outside
 *				letters, digits and hyphen, a label that
 *				starts or ends with a hyphen, a trailing dot,
 *				"--" in a label's third and fourth places
 *				other than in "xn--" 
 *	label-too-long		a label over 63 octets
 *	no-dot-in-domain	a domain of one label (user@localhost)
 *	numeric-tld		an all-numeric top-level label (user@1.2.3.4)
 *	bad-tld			a top-level label of one letter or with a digit
 *				or hyphen (gmail.c0m, web.d): every delegated
 *				TLD is two or more letters, or an A-label
 *	special-use-domain	under a special-use or reserved top-level name
 *				(.test, .example, .invalid, .localhost, .local,
 *				.onion, .arpa)
 *
 * Advice (out->note, the verdict stays VAL_OK; the first that applies):
 *	typo-domain:DOMAIN	the domain is a likely typo of DOMAIN, a major
 *				provider's (gmial.com: by keyboard-weighted
 *				edit distance, see email_typo.c), or has a
 *				mistyped top-level label such as .con (given
 *				only when DOMAIN fits the note)
 *	disposable-domain	a throw-away mailbox provider (or a subdomain)
 *	role-account		a role, not a person (info@, sales@, ...)
 *
 * Cost: ASCII addresses are judged without allocating (the normal form is
 * built on the stack and copied to out->norm).  Non-ASCII and xn-- domains
 * go through libidn2, which allocates and frees internally; the last 256
 * U-label domains converted are remembered (to_alabels()), so repeated
 * domains cost a hash and a copy.  Not thread-safe: for the scanning
 * thread.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <idn2.h>

#include "validators/basic.h"
#include "validators/email_typo.h"
#include "lib/utf8.h"
#include "validators/validate.h"

#define EMAIL_MAX	254
#define LOCAL_MAX	64
#define DOMAIN_MAX	255
#define LABEL_MAX	63
#define INPUT_MAX	1024

struct email {
	char	 nf[LOCAL_MAX + 1 + DOMAIN_MAX + 1];	/* normal form */
	size_t	 llen;		/* local part in nf */
	size_t	 len;		/* all of nf */
	int	 quoted;	/* nf's local part is a quoted string */
};

/* A typo of a known domain: the domain, and what it should be. */
struct typo {
	const char	*typo;
	const char	*fix;
};

/*
 * Mistyped top-level labels that are not delegated TLDs (checked against
 * the Public Suffix List), so any domain under them is a typo.
 */
static const struct typo typo_tlds[] = {
	{ "cmo", "com" },
	{ "comm", "com" },
	{ "con", "com" },
	{ "coom", "com" },
	{ "cpm", "com" },
	{ "dee", "de" },
	{ "nett", "net" },
	{ "nte", "net" },
	{ "ocm", "com" },
	{ "ogr", "org" },
	{ "orgg", "org" },
	{ "vom", "com" },
	{ "xom", "com" },
};

/* Well-known disposable mailbox providers, sorted for bsearch. */
static const char *const disposable_domains[] = {
	"0-mail.com", "10minutemail.com", "10minutemail.net",
	"20minutemail.com", "33mail.com", "anonbox.net", "burnermail.io",
	"discard.email", "dispostable.com", "dropmail.me", "emailfake.com",
	"emailondeck.com", "fakeinbox.com", "fakemail.net", "getairmail.com",
	"getnada.com", "grr.la", "guerrillamail.biz", "guerrillamail.com",
	"guerrillamail.de", "guerrillamail.info", "guerrillamail.net",
	"guerrillamail.org", "guerrillamailblock.com", "harakirimail.com",
	"inboxkitten.com", "incognitomail.org", "jetable.org", "mailcatch.com",
	"maildrop.cc", "mailinator.com", "mailinator.net", "mailinator2.com",
	"mailnesia.com", "mailnull.com", "mailpoof.com", "mailsac.com",
	"mintemail.com", "moakt.com", "mohmal.com", "mytemp.email",
	"mytrashmail.com", "nada.email", "sharklasers.com", "spam4.me",
	"spambog.com", "spambox.us", "spamgourmet.com", "temp-mail.io",
	"temp-mail.org", "tempail.com", "tempinbox.com", "tempmail.net",
	"tempmailo.com", "tempr.email", "throwawaymail.com", "trash-mail.com",
	"trashmail.com", "trashmail.de", "trashmail.net", "yopmail.com",
	"yopmail.fr", "yopmail.net",
};

/*
 * Special-use and reserved top-level names (RFC 2606 2, RFC 6761 6,
 * RFC 6762 3, RFC 7686 2; .arpa is infrastructure, RFC 3172), sorted.
 */
static const char *const special_tlds[] = {
	"arpa", "example", "invalid", "local", "localhost", "onion", "test",
};

/* Local parts that name a role, not a person (compared lower-cased). */
static const char *const role_locals[] = {
	"abuse", "accounting", "accounts", "admin", "administrator", "billing",
	"careers", "contact", "customerservice", "do-not-reply", "donotreply",
	"enquiries", "enquiry", "feedback", "hello", "help", "hostmaster", "hr",
	"info", "inquiries", "jobs", "mail", "mailer-daemon", "marketing",
	"media", "newsletter", "no-reply", "noc", "noreply", "office",
	"orders", "postmaster", "press", "privacy", "root", "sales",
	"security", "service", "support", "team", "webmaster",
};

#define NITEMS(a)	(sizeof(a) / sizeof((a)[0]))

static int
cmp_typo(const void *key, const void *elem)
{
	return strcmp(key, ((const struct typo *)elem)->typo);
}

static int
cmp_str(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

/* RFC 5322 3.2.3 atext. */
static int
is_atext(unsigned char c)
{
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9'))
		return 1;
	switch (c) {
	case '!': case '#': case '$': case '%': case '&': case '\'':
	case '*': case '+': case '-': case '/': case '=': case '?':
	case '^': case '_': case '`': case '{': case '|': case '}':
	case '~':
		return 1;
	}
	return 0;
}

static int
is_ascii_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' ||
	    c == '\r';
}

/* Length of the UTF-8 sequence led by c (the input is valid UTF-8). */
static size_t
u8len(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c < 0xe0)
		return 2;
	return c < 0xf0 ? 3 : 4;
}

static int
is_dot_atom(const char *s, size_t len)
{
	size_t	 i;

	if (len == 0 || s[0] == '.' || s[len - 1] == '.')
		return 0;
	for (i = 0; i < len; i++) {
		if (s[i] == '.') {
			if (s[i - 1] == '.')
				return 0;
		} else if (!is_atext((unsigned char)s[i]))
			return 0;
	}
	return 1;
}

/*
 * A quoted local part p[0..n), p[0] == '"'.  Its content goes to the
 * normal form without quotes if it is a dot-atom, else with only '"' and
 * '\' escaped.
 */
static const char *
local_quoted(const unsigned char *p, size_t n, int flags, struct email *e)
{
	char		 dec[LOCAL_MAX + 1];
	size_t		 i = 1, k = 0, j, need;
	unsigned char	 c;

	while (i < n && p[i] != '"') {
		c = p[i];
		if (c == '\\') {
			/* quoted-pairSMTP: a backslash and %d32-126. */
			if (i + 1 >= n || p[i + 1] < 32 || p[i + 1] > 126)
				return "bad-local-part";
			c = p[i + 1];
			i += 2;
		} else {
			/* qtextSMTP: %d32-33 / %d35-91 / %d93-126. */
			if (c < 32 || c > 126)
				return "bad-local-part";
			i++;
		}
		if (k < sizeof dec)
			dec[k] = (char)c;
		k++;
	}
	if (i + 1 != n)		/* unclosed, or text after the quote */
		return "bad-local-part";
	if (!(flags & VAL_F_QUOTED_LOCAL))
		return "quoted-local-part";
	if (k == 0)
		return "empty-local-part";
	if (k > LOCAL_MAX)
		return "local-too-long";
	if (is_dot_atom(dec, k)) {
		memcpy(e->nf, dec, k);
		e->llen = k;
		return NULL;
	}
	need = k + 2;
	for (j = 0; j < k; j++)
		if (dec[j] == '"' || dec[j] == '\\')
			need++;
	if (need > LOCAL_MAX)
		return "local-too-long";
	e->nf[0] = '"';
	for (i = 1, j = 0; j < k; j++) {
		if (dec[j] == '"' || dec[j] == '\\')
			e->nf[i++] = '\\';
		e->nf[i++] = dec[j];
	}
	e->nf[i++] = '"';
	e->llen = i;
	e->quoted = 1;
	return NULL;
}

static const char *
check_local(const unsigned char *p, size_t n, int flags, struct email *e)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (p[i] >= 0x80)
			return "non-ascii-local-part";
	if (p[0] == '"')
		return local_quoted(p, n, flags, e);
	if (!is_dot_atom((const char *)p, n))
		return "bad-local-part";
	if (n > LOCAL_MAX)
		return "local-too-long";
	memcpy(e->nf, p, n);
	e->llen = n;
	return NULL;
}

/*
 * An A-label written by the customer: libidn2 decodes it, checks the
 * U-label against IDNA2008 and encodes it again, which must give it back.
 */
static int
alabel_ok(const char *label, size_t n)
{
	char	 buf[LABEL_MAX + 1], *a = NULL;
	int	 ok;

	memcpy(buf, label, n);
	buf[n] = '\0';
	if (idn2_to_ascii_8z(buf, &a, IDN2_NONTRANSITIONAL) != IDN2_OK) {
		idn2_free(a);
		return 0;
	}
	ok = strcmp(a, buf) == 0;
	idn2_free(a);
	return ok;
}

/*
 * The last U-label domains converted, by a hash of the domain as written:
 * customer data repeats its domains (a shop's customers are at a few
 * dozen providers), and libidn2 costs some microseconds a call.  Failures
 * are remembered too.  Direct-mapped, for the single scanning thread.
 */
#define IDN_SLOTS	256
#define IDN_KEY_MAX	128	/* longer domains are converted every time */

static struct idn_slot {
	uint64_t	 hash;
	uint16_t	 inlen;		/* 0: empty slot */
	uint16_t	 alen;
	const char	*reason;
	char		 in[IDN_KEY_MAX];
	char		 a[DOMAIN_MAX];
} idn_cache[IDN_SLOTS];

static uint64_t
idn_hash(const unsigned char *d, size_t n)
{
	uint64_t	 h = UINT64_C(14695981039346656037);
	size_t		 i;

	for (i = 0; i < n; i++)
		h = (h ^ d[i]) * UINT64_C(1099511628211);
	return h;
}

/* to_alabels() without the cache. */
static const char *
to_alabels_idn2(const unsigned char *d, size_t n, char *dom, size_t *alen)
{
	char	 in[INPUT_MAX + 1], *a = NULL;
	int	 rc;

	memcpy(in, d, n);
	in[n] = '\0';
	rc = idn2_to_ascii_8z(in, &a, IDN2_NONTRANSITIONAL);
	switch (rc) {
	case IDN2_OK:
		break;
	case IDN2_TOO_BIG_DOMAIN:
		return "domain-too-long";
	case IDN2_TOO_BIG_LABEL:
	case IDN2_PUNYCODE_BIG_OUTPUT:	/* an A-label over 63 octets */
		return "label-too-long";
	default:
		return "bad-idn";
	}
	*alen = strlen(a);
	if (*alen > DOMAIN_MAX) {
		idn2_free(a);
		return "domain-too-long";
	}
	memcpy(dom, a, *alen);
	idn2_free(a);
	return NULL;
}

/*
 * Write a domain with U-labels as A-labels to dom (DOMAIN_MAX octets) and
 * its length to *alen; returns a reason code or NULL.
 */
static const char *
to_alabels(const unsigned char *d, size_t n, char *dom, size_t *alen)
{
	struct idn_slot	*sl;
	uint64_t	 h;

	if (n > IDN_KEY_MAX)
		return to_alabels_idn2(d, n, dom, alen);
	h = idn_hash(d, n);
	sl = &idn_cache[h % IDN_SLOTS];
	if (sl->inlen != n || sl->hash != h || memcmp(sl->in, d, n) != 0) {
		sl->reason = to_alabels_idn2(d, n, dom, alen);
		sl->alen = sl->reason == NULL ? (uint16_t)*alen : 0;
		if (sl->reason == NULL)
			memcpy(sl->a, dom, *alen);
		memcpy(sl->in, d, n);
		sl->inlen = (uint16_t)n;
		sl->hash = h;
		return sl->reason;
	}
	if (sl->reason == NULL) {
		*alen = sl->alen;
		memcpy(dom, sl->a, *alen);
	}
	return sl->reason;
}

static const char *
check_domain(const unsigned char *d, size_t n, struct email *e)
{
	char		*dom = e->nf + e->llen + 1, tld[LABEL_MAX + 1];
	const char	*reason, *lab = NULL;
	size_t		 i, j, start, ll = 0, labels = 0;
	int		 ascii = 1, digits = 0;
	unsigned char	 c;

	if (n == 0)
		return "bad-domain";
	if (d[0] == '[')
		return "ip-literal";
	for (i = 0; i < n; i++)
		if (d[i] >= 0x80) {
			ascii = 0;
			break;
		}
	if (!ascii) {
		if ((reason = to_alabels(d, n, dom, &n)) != NULL)
			return reason;
	} else {
		if (n > DOMAIN_MAX)
			return "domain-too-long";
		for (i = 0; i < n; i++) {
			c = d[i];
			dom[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		}
	}
	for (start = 0, i = 0; i <= n; i++) {
		if (i < n && dom[i] != '.')
			continue;
		lab = dom + start;
		ll = i - start;
		if (ll == 0)
			return "bad-domain";
		digits = 1;
		for (j = 0; j < ll; j++) {
			c = (unsigned char)lab[j];
			if (c >= '0' && c <= '9')
				continue;
			digits = 0;
			if ((c < 'a' || c > 'z') && c != '-')
				return "bad-domain";
		}
		if (ll > LABEL_MAX)
			return "label-too-long";
		if (lab[0] == '-' || lab[ll - 1] == '-')
			return "bad-domain";
		/* R-LDH labels other than A-labels (RFC 5891 4.2.3.1). */
		if (ll >= 4 && lab[2] == '-' && lab[3] == '-' &&
		    !(lab[0] == 'x' && lab[1] == 'n'))
			return "bad-domain";
		/* libidn2 has already checked the A-labels it made. */
		if (ascii && ll >= 4 && memcmp(lab, "xn--", 4) == 0 &&
		    !alabel_ok(lab, ll))
			return "bad-idn";
		labels++;
		start = i + 1;
	}
	if (labels < 2)
		return "no-dot-in-domain";
	if (digits)
		return "numeric-tld";
	/* lab is the top-level label: letters only, or an A-label. */
	if (ll < 2)
		return "bad-tld";
	if (ll < 4 || memcmp(lab, "xn--", 4) != 0)
		for (j = 0; j < ll; j++)
			if (lab[j] < 'a' || lab[j] > 'z')
				return "bad-tld";
	memcpy(tld, lab, ll);
	tld[ll] = '\0';
	if (bsearch(tld, special_tlds, NITEMS(special_tlds),
	    sizeof special_tlds[0], cmp_str) != NULL)
		return "special-use-domain";
	e->nf[e->llen] = '@';
	e->len = e->llen + 1 + n;
	e->nf[e->len] = '\0';
	return NULL;
}

static const char *
check_email(const char *s, size_t len, int flags, struct email *e)
{
	const unsigned char	*p = (const unsigned char *)s;
	const char		*reason, *q;
	size_t			 i, n, at = 0, nat = 0, bad;
	int			 inq = 0;
	unsigned char		 c;

	if (len == 0)
		return "empty";
	if (val_utf8_check(s, len, &bad) == -1)
		return "invalid-utf8";
	if (val_blank(s, len))
		return "empty";
	if (len > INPUT_MAX)
		return "too-long";

	/*
	 * Find the '@' that ends the local part, minding a quoted string
	 * before it, and refuse white space outside one.
	 */
	for (i = 0; i < len; i += n) {
		c = p[i];
		n = 1;
		if (c >= 0x80) {
			n = u8len(c);
			if (val_blank(s + i, n))
				return "whitespace";
			continue;
		}
		if (c == ' ' && inq)
			continue;
		if (is_ascii_space(c))
			return "whitespace";
		if (inq) {
			if (c == '\\' && i + 1 < len && p[i + 1] < 0x80 &&
			    !is_ascii_space(p[i + 1]))
				n = 2;
			else if (c == '"')
				inq = 0;
		} else if (c == '"' && nat == 0)
			inq = 1;
		else if (c == '@' && nat++ == 0)
			at = i;
	}
	if (nat > 1)
		return "several-at-signs";
	if (nat == 0) {
		/* An unclosed quote may have hidden the '@'. */
		if (!inq || (q = memrchr(s, '@', len)) == NULL)
			return "no-at-sign";
		at = (size_t)(q - s);
	}
	if (at == 0)
		return "empty-local-part";
	if ((reason = check_local(p, at, flags, e)) != NULL)
		return reason;
	if ((reason = check_domain(p + at + 1, len - at - 1, e)) != NULL)
		return reason;
	if (e->len > EMAIL_MAX)
		return "too-long";
	return NULL;
}

/* Advice for a valid address: a typo, a disposable domain, a role. */
static void
advise(const struct email *e, char *note, size_t size)
{
	const char		*dom = e->nf + e->llen + 1, *tld, *d, *fix;
	const struct typo	*t;
	char			 lc[LOCAL_MAX + 1];
	size_t			 i, base;

	if ((fix = val_email_typo(dom)) != NULL) {
		snprintf(note, size, "typo-domain:%s", fix);
		return;
	}
	tld = strrchr(dom, '.') + 1;
	if ((t = bsearch(tld, typo_tlds, NITEMS(typo_tlds),
	    sizeof typo_tlds[0], cmp_typo)) != NULL) {
		base = (size_t)(tld - dom);
		if (sizeof "typo-domain:" - 1 + base + strlen(t->fix) < size) {
			snprintf(note, size, "typo-domain:%.*s%s", (int)base,
			    dom, t->fix);
			return;
		}
	}
	/* The domain or any parent: mailinator.com hands out subdomains. */
	for (d = dom; d < tld; d = strchr(d, '.') + 1)
		if (bsearch(d, disposable_domains, NITEMS(disposable_domains),
		    sizeof disposable_domains[0], cmp_str) != NULL) {
			snprintf(note, size, "disposable-domain");
			return;
		}
	if (e->quoted)
		return;
	/* info+news@ is still info@. */
	for (i = 0; i < e->llen && e->nf[i] != '+'; i++) {
		lc[i] = e->nf[i];
		if (lc[i] >= 'A' && lc[i] <= 'Z')
			lc[i] += 32;
	}
	lc[i] = '\0';
	if (bsearch(lc, role_locals, NITEMS(role_locals),
	    sizeof role_locals[0], cmp_str) != NULL)
		snprintf(note, size, "role-account");
}

enum val_status
val_email(const char *s, size_t len, const struct val_ctx *ctx,
    struct val_out *out)
{
	struct email	 e;
	const char	*reason;

	e.llen = e.len = 0;
	e.quoted = 0;
	reason = check_email(s, len, ctx != NULL ? ctx->flags : 0, &e);
	if (reason != NULL) {
		snprintf(out->reason, sizeof out->reason, "%s", reason);
		return VAL_BAD;
	}
	buf_add(&out->norm, e.nf, e.len);
	advise(&e, out->note, sizeof out->note);
	return VAL_OK;
}
