/*
 * test_email.c -- the email validator against a table of addresses drawn
 * from RFC 5321, RFC 5322, RFC 3696 and its errata, the isemail test set
 * (Dominic Sayers and Michael Rushton, tests.xml version 3.04, numbered
 * as there), IDNA2008 / UTS #46, and the advice tables; then invariants
 * over the whole table (the normal form is a fixed point, the quoted-local
 * flag changes nothing for unquoted input, output is appended to norm).
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "validators/validate.h"

#define Q	VAL_F_QUOTED_LOCAL

struct email_case {
	const char	*in;
	size_t		 len;	/* 0: strlen(in) */
	int		 flags;
	enum val_status	 want;
	const char	*text;	/* normal form (NULL: the input), or reason */
	const char	*note;	/* expected advice, NULL for none */
};

/* Valid, normal form equal to the input / given; with an advice code. */
#define OK(in)			{ in, 0, 0, VAL_OK, NULL, NULL }
#define OKN(in, norm)		{ in, 0, 0, VAL_OK, norm, NULL }
#define ADV(in, norm, note)	{ in, 0, 0, VAL_OK, norm, note }
#define BAD(in, r)		{ in, 0, 0, VAL_BAD, r, NULL }
/* The same with VAL_F_QUOTED_LOCAL. */
#define QOK(in, norm)		{ in, 0, Q, VAL_OK, norm, NULL }
#define QADV(in, norm, note)	{ in, 0, Q, VAL_OK, norm, note }
#define QBAD(in, r)		{ in, 0, Q, VAL_BAD, r, NULL }
/* Input with a NUL byte: the length is the literal's. */
#define BADZ(in, r)		{ in, sizeof(in) - 1, 0, VAL_BAD, r, NULL }

/* Building blocks for the length boundaries. */
#define S10	"abcdefghij"
#define S50	S10 S10 S10 S10 S10
#define S59	S50 "abcdefghi"
#define S60	S50 S10
#define S61	S60 "k"
#define S62	S60 "kl"
#define S63	S60 "klm"
#define S64	S60 "klmn"
#define S65	S60 "klmno"

/* isemail #25-#41 spell their labels this way. */
#define AZ	"abcdefghijklmnopqrstuvwxyz"
#define RL64	AZ AZ "abcdefghiklm"			/* 64 octets */
#define RL63	AZ AZ "abcdefghikl"			/* 63 octets */

static const struct email_case cases[] = {
	/*
	 * RFC 5322 3.2.3 and 3.4.1: dot-atom local parts.  Every atext
	 * special is allowed; dots only between atoms.
	 */
	OK("john.doe@example.com"),
	/* RFC 5322 A.1's examples are under reserved names (RFC 2606). */
	BAD("jdoe@machine.example", "special-use-domain"),	/* A.1.1 */
	OK("jdoe@machine.example.com"),
	OK("mary@example.net"),				/* RFC 5322 A.1.1 */
	BAD("pete@silly.example", "special-use-domain"),	/* A.1.3 */
	BAD("c@a.test", "special-use-domain"),		/* A.1.3 */
	BAD("joe@where.test", "special-use-domain"),	/* A.1.3 */
	OK("john.q.public@example.com"),		/* RFC 5322 A.1.2 */
	OK("a@example.org"),
	OK("a.b.c.d@example.org"),
	OK("a-b@example.org"),
	OK("a!b@example.org"),
	OK("a#b@example.org"),
	OK("a$b@example.org"),
	OK("a%b@example.org"),
	OK("a&b@example.org"),
	OK("a'b@example.org"),
	OK("o'brien@example.ie"),
	OK("a*b@example.org"),
	OK("a+b@example.org"),
	OK("a/b@example.org"),
	OK("a=b@example.org"),
	OK("a?b@example.org"),
	OK("a^b@example.org"),
	OK("a_b@example.org"),
	OK("a`b@example.org"),
	OK("a{b}@example.org"),
	OK("a|b@example.org"),
	OK("a~b@example.org"),
	OK("user+tag@example.org"),
	OK("user+tag+more@example.org"),
	OK("-@example.org"),
	OK("0@example.org"),
	OK("x.y-z_w@example.org"),
	/* RFC 5321 2.4: the local part keeps its case, the domain does not. */
	OKN("JSmith@Example.COM", "JSmith@example.com"),
	OKN("John.Doe@EXAMPLE.ORG", "John.Doe@example.org"),
	OKN("a@Sub.Example.Co.UK", "a@sub.example.co.uk"),

	/* RFC 5322 3.2.3: specials and other non-atext refused. */
	BAD("a(b@example.org", "bad-local-part"),
	BAD("a)b@example.org", "bad-local-part"),
	BAD("a<b@example.org", "bad-local-part"),
	BAD("a>b@example.org", "bad-local-part"),
	BAD("a[b@example.org", "bad-local-part"),
	BAD("a]b@example.org", "bad-local-part"),
	BAD("a:b@example.org", "bad-local-part"),
	BAD("a;b@example.org", "bad-local-part"),
	BAD("a,b@example.org", "bad-local-part"),
	BAD("a\\b@example.org", "bad-local-part"),
	BAD("a\"b@example.org", "bad-local-part"),
	BAD("!#$%&`*+/=?^`{|},~@iana.org", "bad-local-part"),
	BAD("a\x01" "b@example.org", "bad-local-part"),
	BAD("a\x7f" "b@example.org", "bad-local-part"),
	BAD("a..b@example.org", "bad-local-part"),
	BAD(".a@example.org", "bad-local-part"),
	BAD("a.@example.org", "bad-local-part"),
	BAD(".@example.org", "bad-local-part"),
	BAD("...@example.org", "bad-local-part"),

	/*
	 * RFC 5322 appendix A (A.1.1, A.1.2, A.5, A.6.3): a mailbox with a
	 * display name, angle brackets or comments is not an addr-spec.
	 */
	BAD("John Doe <jdoe@machine.example>", "whitespace"),
	BAD("<jdoe@machine.example>", "bad-local-part"),
	BAD("Mary Smith <mary@x.test>", "whitespace"),
	BAD("\"Joe Q. Public\" <john.q.public@example.com>", "whitespace"),
	BAD("Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>",
	    "whitespace"),
	BAD("jdoe@machine(comment).example", "bad-domain"),
	BAD("mary@example.net, jdoe@example.org", "whitespace"),
	BAD("mary@example.net,jdoe@example.org", "several-at-signs"),
	BAD("mary@example.net;jdoe@example.org", "several-at-signs"),
	BAD("mailto:mary@example.net", "bad-local-part"),

	/*
	 * RFC 3696 section 3 with erratum 246: the unquoted backslash
	 * forms are not addresses; their quoted forms are, and are written
	 * with the least quoting (RFC 5321 4.1.2).
	 */
	BAD("Abc\\@def@example.com", "several-at-signs"),
	BAD("Fred\\ Bloggs@example.com", "whitespace"),
	BAD("Joe.\\\\Blow@example.com", "bad-local-part"),
	BAD("\"Abc\\@def\"@example.com", "quoted-local-part"),
	BAD("\"Fred\\ Bloggs\"@example.com", "quoted-local-part"),
	BAD("\"Joe.\\\\Blow\"@example.com", "quoted-local-part"),
	BAD("\"Abc@def\"@example.com", "quoted-local-part"),
	BAD("\"Fred Bloggs\"@example.com", "quoted-local-part"),
	QOK("\"Abc\\@def\"@example.com", "\"Abc@def\"@example.com"),
	QOK("\"Fred\\ Bloggs\"@example.com", "\"Fred Bloggs\"@example.com"),
	QOK("\"Joe.\\\\Blow\"@example.com", NULL),
	QOK("\"Abc@def\"@example.com", NULL),
	QOK("\"Fred Bloggs\"@example.com", NULL),
	QBAD("Abc\\@def@example.com", "several-at-signs"),
	QBAD("Fred\\ Bloggs@example.com", "whitespace"),
	QBAD("Joe.\\\\Blow@example.com", "bad-local-part"),
	OK("customer/department=shipping@example.com"),
	OK("$A12345@example.com"),
	OK("!def!xyz%abc@example.com"),
	OK("_somename@example.com"),

	/*
	 * RFC 5321 4.1.2 Quoted-string (qtextSMTP, quoted-pairSMTP), only
	 * with VAL_F_QUOTED_LOCAL.  A quoted dot-atom loses its quotes.
	 */
	BAD("\"john doe\"@x.org", "quoted-local-part"),
	BAD("\"john.doe\"@x.org", "quoted-local-part"),
	QOK("\"john doe\"@x.org", NULL),
	QOK("\"john.doe\"@x.org", "john.doe@x.org"),
	QOK("\"JOHN\"@x.org", "JOHN@x.org"),
	QOK("\"john..doe\"@x.org", NULL),
	QOK("\".john\"@x.org", NULL),
	QOK("\"john.\"@x.org", NULL),
	QOK("\"a,b\"@x.org", NULL),
	QOK("\"<a>\"@x.org", NULL),
	QOK("\"(comment)\"@x.org", NULL),
	QOK("\"a@b\"@x.org", NULL),
	QOK("\"a:b;c\"@x.org", NULL),
	QOK("\" \"@x.org", NULL),
	QOK("\"\\ \"@x.org", "\" \"@x.org"),
	QOK("\"a\\\\b\"@x.org", NULL),
	QOK("\"\\\"\"@x.org", NULL),
	QOK("\"\\a\\b\\c\"@x.org", "abc@x.org"),
	QOK("\"a\"@X.ORG", "a@x.org"),
	QBAD("\"\"@x.org", "empty-local-part"),
	QBAD("\"a\"b\"@x.org", "bad-local-part"),
	QBAD("\"a\".\"b\"@x.org", "bad-local-part"),
	QBAD("a.\"b\"@x.org", "bad-local-part"),
	QBAD("\"a\"@b@x.org", "several-at-signs"),
	QBAD("\"a\" @x.org", "whitespace"),
	QBAD(" \"a\"@x.org", "whitespace"),
	QBAD("\"a\tb\"@x.org", "whitespace"),
	QBAD("\"a\x01" "b\"@x.org", "bad-local-part"),
	QBAD("\"\\\x7f\"@x.org", "bad-local-part"),
	QBAD("\"\xc3\xbc\"@x.org", "non-ascii-local-part"),
	QBAD("\"abc\"@", "bad-domain"),
	QBAD("\"abc\"@[1.2.3.4]", "ip-literal"),
	QBAD("\"abc\"", "no-at-sign"),
	/* Limits on the normal form: 62 + 2 quotes = 64; 63 + 2 = 65. */
	QOK("\"" S61 " \"@x.org", NULL),
	QBAD("\"" S62 " \"@x.org", "local-too-long"),
	QOK("\"" S64 "\"@x.org", S64 "@x.org"),
	QBAD("\"" S65 "\"@x.org", "local-too-long"),
	QOK("\"" S60 "\\\\\"@x.org", NULL),		/* 60 + \\ + quotes */
	QBAD("\"" S61 "\\\\\"@x.org", "local-too-long"),

	/*
	 * isemail tests 1-36.  Where isemail only warns and we refuse (13,
	 * 33: no delegated TLD has one letter or a hyphen; comments, quoted
	 * strings and literals below), the reason says why.
	 */
	BAD("", "empty"),				/* 1 */
	BAD("test", "no-at-sign"),			/* 2 */
	BAD("@", "empty-local-part"),			/* 3 */
	BAD("test@", "bad-domain"),			/* 4 */
	BAD("test@io", "no-dot-in-domain"),		/* 5 */
	BAD("@io", "empty-local-part"),			/* 6 */
	BAD("@iana.org", "empty-local-part"),		/* 7 */
	OK("test@iana.org"),				/* 8 */
	OK("test@nominet.org.uk"),			/* 9 */
	OK("test@about.museum"),			/* 10 */
	OK("a@iana.org"),				/* 11 */
	OK("test@e.com"),				/* 12 */
	BAD("test@iana.a", "bad-tld"),			/* 13 */
	OK("test.test@iana.org"),			/* 14 */
	BAD(".test@iana.org", "bad-local-part"),	/* 15 */
	BAD("test.@iana.org", "bad-local-part"),	/* 16 */
	BAD("test..iana.org", "no-at-sign"),		/* 17 */
	BAD("test_exa-mple.com", "no-at-sign"),		/* 18 */
	OK("!#$%&`*+/=?^`{|}~@iana.org"),		/* 19 */
	BAD("test\\@test@iana.org", "several-at-signs"),	/* 20 */
	OK("123@iana.org"),				/* 21 */
	OK("test@123.com"),				/* 22 */
	BAD("test@iana.123", "numeric-tld"),		/* 23 */
	BAD("test@255.255.255.255", "numeric-tld"),	/* 24 */
	/* 25, 26: 64 and 65 octets of local part. */
	OK(AZ AZ "abcdefghiklm@iana.org"),
	BAD(AZ AZ "abcdefghiklmn@iana.org", "local-too-long"),
	/* 27, 28: 63 and 64 octets in a label. */
	OK("test@" RL63 ".com"),
	BAD("test@" RL64 ".com", "label-too-long"),
	OK("test@mason-dixon.com"),			/* 29 */
	BAD("test@-iana.org", "bad-domain"),		/* 30 */
	BAD("test@iana-.com", "bad-domain"),		/* 31 */
	OK("test@c--n.com"),				/* 32 */
	BAD("test@iana.co-uk", "bad-tld"),		/* 33 */
	BAD("test@.iana.org", "bad-domain"),		/* 34 */
	BAD("test@iana.org.", "bad-domain"),		/* 35 */
	BAD("test@iana..com", "bad-domain"),		/* 36 */

	/*
	 * isemail 37-41: 253 octets of domain, 254 and 255 in all.  37 ends
	 * in a one-letter TLD, which no delegated TLD is.
	 */
	BAD("a@a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e."
	    "f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l."
	    "m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s."
	    "t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v",
	    "bad-tld"),
	OK("a@a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e."
	    "f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l."
	    "m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s."
	    "t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.uv"),
	OK(AZ AZ "abcdefghiklm@" RL63 "." RL63 "." AZ AZ "abcdefghi"),
	BAD(AZ AZ "abcdefghiklm@" RL63 "." RL63 "." AZ AZ "abcdefghij",
	    "too-long"),
	BAD("a@" RL63 "." RL63 "." RL63 "." AZ AZ "abcdefg.hij", "too-long"),
	BAD("a@" RL63 "." RL63 "." RL63 "." AZ AZ "abcdefg.hijk",
	    "domain-too-long"),

	/* isemail 42-60: quoted strings, refused without the flag. */
	BAD("\"test\"@iana.org", "quoted-local-part"),		/* 42 */
	QOK("\"test\"@iana.org", "test@iana.org"),
	BAD("\"\"@iana.org", "quoted-local-part"),		/* 43 */
	BAD("\"\"\"@iana.org", "bad-local-part"),		/* 44 */
	QBAD("\"\"\"@iana.org", "bad-local-part"),
	BAD("\"\\a\"@iana.org", "quoted-local-part"),		/* 45 */
	QOK("\"\\a\"@iana.org", "a@iana.org"),
	QOK("\"\\\"\"@iana.org", NULL),				/* 46 */
	BAD("\"\\\"@iana.org", "bad-local-part"),		/* 47 */
	QBAD("\"\\\"@iana.org", "bad-local-part"),
	QOK("\"\\\\\"@iana.org", NULL),				/* 48 */
	BAD("test\"@iana.org", "bad-local-part"),		/* 49 */
	BAD("\"test@iana.org", "bad-local-part"),		/* 50 */
	QBAD("\"test@iana.org", "bad-local-part"),
	BAD("\"test\"test@iana.org", "bad-local-part"),		/* 51 */
	QBAD("\"test\"test@iana.org", "bad-local-part"),
	BAD("test\"text\"@iana.org", "bad-local-part"),		/* 52 */
	QBAD("\"test\"\"test\"@iana.org", "bad-local-part"),	/* 53 */
	QBAD("\"test\".\"test\"@iana.org", "bad-local-part"),	/* 54 */
	QOK("\"test\\ test\"@iana.org", "\"test test\"@iana.org"),	/* 55 */
	QBAD("\"test\".test@iana.org", "bad-local-part"),	/* 56 */
	BADZ("\"test\0\"@iana.org", "invalid-utf8"),		/* 57 */
	BADZ("\"test\\\0\"@iana.org", "invalid-utf8"),		/* 58 */
	/* 59: quotes count towards the 64 octets. */
	QBAD("\"" AZ " " AZ " abcdefghj\"@iana.org", "local-too-long"),
	/* 60: the unneeded quoted-pair goes, so the normal form fits. */
	QOK("\"" AZ " " AZ " abcdefg\\h\"@iana.org",
	    "\"" AZ " " AZ " abcdefgh\"@iana.org"),

	/* isemail 61-84: address literals are not accepted. */
	BAD("test@[255.255.255.255]", "ip-literal"),		/* 61 */
	BAD("test@a[255.255.255.255]", "bad-domain"),		/* 62 */
	BAD("test@[255.255.255]", "ip-literal"),		/* 63 */
	BAD("test@[255.255.255.256]", "ip-literal"),		/* 65 */
	BAD("test@[1111:2222:3333:4444:5555:6666:7777:8888]", "ip-literal"),
	BAD("test@[IPv6:1111:2222:3333:4444:5555:6666:7777:8888]",
	    "ip-literal"),					/* 68 */
	BAD("test@[IPv6:1111:2222:3333:4444:5555::8888]", "ip-literal"),
	BAD("test@[IPv6:::3333:4444:5555:6666:7777:8888]", "ip-literal"),
	BAD("test@[IPv6:::]", "ip-literal"),			/* 77 */
	BAD("test@[IPv6:1111:2222:3333:4444:5555:6666:255.255.255.255]",
	    "ip-literal"),					/* 79 */
	BAD("test@[IPv6::255.255.255.255]", "ip-literal"),	/* 84 */
	QBAD("\"test\"@[255.255.255.255]", "ip-literal"),

	/* isemail 85-99: folding white space and comments. */
	BAD(" test @iana.org", "whitespace"),			/* 85 */
	BAD("test@ iana .com", "whitespace"),			/* 86 */
	BAD("test . test@iana.org", "whitespace"),		/* 87 */
	BAD("\r\n test@iana.org", "whitespace"),		/* 88 */
	BAD("\r\n \r\n test@iana.org", "whitespace"),		/* 89 */
	BAD("(comment)test@iana.org", "bad-local-part"),	/* 90 */
	BAD("((comment)test@iana.org", "bad-local-part"),	/* 91 */
	BAD("(comment(comment))test@iana.org", "bad-local-part"),
	BAD("test@(comment)iana.org", "bad-domain"),		/* 93 */
	BAD("test(comment)test@iana.org", "bad-local-part"),	/* 94 */
	BAD("test@(comment)[255.255.255.255]", "bad-domain"),	/* 95 */
	BAD("(comment)" AZ AZ "abcdefghiklm@iana.org", "bad-local-part"),
	BAD("test@(comment)" RL63 ".com", "bad-domain"),	/* 97 */
	BAD("test@iana.org\n", "whitespace"),			/* 99 */

	/* isemail 100-168. */
	OK("test@xn--hxajbheg2az3al.xn--jxalpdlp"),		/* 100 */
	OK("xn--test@iana.org"),				/* 101 */
	BAD("test@iana.org-", "bad-domain"),			/* 102 */
	BAD("(test@iana.org", "bad-local-part"),		/* 104 */
	BAD("test@(iana.org", "bad-domain"),			/* 105 */
	BAD("test@[1.2.3.4", "ip-literal"),			/* 106 */
	BAD("\"test\\\"@iana.org", "bad-local-part"),		/* 107 */
	BAD("(comment\\)test@iana.org", "bad-local-part"),	/* 108 */
	BAD("test@iana.org(comment\\)", "bad-domain"),		/* 109 */
	BAD("test@iana.org(comment\\", "bad-domain"),		/* 110 */
	BAD("test@[RFC-5322-domain-literal]", "ip-literal"),	/* 112 */
	BAD("test@[RFC-5322]-domain-literal]", "ip-literal"),	/* 113 */
	BAD("test@[RFC-5322-[domain-literal]", "ip-literal"),	/* 114 */
	BAD("test@[RFC-5322-\\\x07-domain-literal]", "ip-literal"),
	BAD("test@[RFC-5322-\\\t-domain-literal]", "whitespace"),	/* 116 */
	BAD("test@[RFC-5322-\\]-domain-literal]", "ip-literal"),	/* 117 */
	BAD("test@[RFC-5322-domain-literal\\]", "ip-literal"),	/* 118 */
	BAD("test@[RFC 5322 domain literal]", "whitespace"),	/* 120 */
	BAD("test@[RFC-5322-domain-literal] (comment)", "whitespace"),
	BAD("test@.org", "bad-domain"),				/* 123 */
	BAD("()test@iana.org", "bad-local-part"),		/* 126 */
	BAD("test@iana.org\r", "whitespace"),			/* 127 */
	BAD("\rtest@iana.org", "whitespace"),			/* 128 */
	BAD("\"\rtest\"@iana.org", "whitespace"),		/* 129 */
	QBAD("\"\rtest\"@iana.org", "whitespace"),
	BAD("(\r)test@iana.org", "whitespace"),			/* 130 */
	BAD("test@iana.org(\r)", "whitespace"),			/* 131 */
	BAD("\ntest@iana.org", "whitespace"),			/* 132 */
	QBAD("\"\n\"@iana.org", "whitespace"),			/* 133 */
	QBAD("\"\\\n\"@iana.org", "whitespace"),		/* 134 */
	BAD("(\n)test@iana.org", "whitespace"),			/* 135 */
	BAD("\x07@iana.org", "bad-local-part"),			/* 136 */
	BAD("test@\x07.org", "bad-domain"),			/* 137 */
	QBAD("\"\x07\"@iana.org", "bad-local-part"),		/* 138 */
	QBAD("\"\\\x07\"@iana.org", "bad-local-part"),		/* 139 */
	BAD("(\x07)test@iana.org", "bad-local-part"),		/* 140 */
	BAD("\r\ntest@iana.org", "whitespace"),			/* 141 */
	BAD(" \r\n test@iana.org", "whitespace"),		/* 144 */
	BAD(" \r\n\r\n test@iana.org", "whitespace"),		/* 147 */
	BAD("test@iana.org\r\n ", "whitespace"),		/* 148 */
	BAD("test@iana.org\r\n", "whitespace"),			/* 150 */
	BAD("test@iana.org \r\n ", "whitespace"),		/* 153 */
	BAD(" test@iana.org", "whitespace"),			/* 157 */
	BAD("test@iana.org ", "whitespace"),			/* 158 */
	BAD("test@[IPv6:1::2:]", "ip-literal"),			/* 159 */
	QBAD("\"test\\\xc2\xa9\"@iana.org", "non-ascii-local-part"),	/* 160 */
	BAD("test@iana/icann.org", "bad-domain"),		/* 161 */
	BAD("test.(comment)test@iana.org", "bad-local-part"),	/* 165 */
	BAD("test@org", "no-dot-in-domain"),			/* 166 */
	OK("test@test.com"),					/* 167 */
	OK("test@nic.no"),					/* 168 */

	/*
	 * Length limits (RFC 5321 4.5.3.1; RFC 3696 errata 1003 and 1690:
	 * a path of 256 octets, so 254 for the address).
	 */
	OK(S64 "@example.com"),
	BAD(S65 "@example.com", "local-too-long"),
	OK(S63 "@example.com"),
	OK("a@" S63 ".com"),
	BAD("a@" S64 ".com", "label-too-long"),
	OK("a@" S63 "." S63 ".com"),
	BAD("a@sub." S64 ".example.com", "label-too-long"),
	/* 253, 254, 255 octets in all, one-octet local part. */
	OK("a@" S63 "." S63 "." S63 "." S59),
	OK("a@" S63 "." S63 "." S63 "." S60),
	BAD("a@" S63 "." S63 "." S63 "." S61, "too-long"),
	/* 64-octet local part: 254 and 255 in all. */
	OK(S64 "@" S63 "." S63 "." S61),
	BAD(S64 "@" S63 "." S63 "." S62, "too-long"),
	/* Domain of 255 octets (too long an address) and of 256. */
	BAD("a@" S63 "." S63 "." S63 "." S63, "too-long"),
	BAD("a@" S63 "." S63 "." S63 "." S62 ".a", "domain-too-long"),
	/* Upper case counts like lower case. */
	OKN("A@" S63 "." S63 "." S63 ".ABC", "A@" S63 "." S63 "." S63 ".abc"),

	/*
	 * Domains: RFC 1035 2.3.1 LDH labels, RFC 1123 2.1 (a label may
	 * start with a digit), RFC 3696 section 2 (no all-numeric TLD).
	 */
	BAD("a@b.c", "bad-tld"),
	OK("a@b.co"),
	OK("a@b-c.com"),
	OK("a@b--c.com"),
	OK("a@3com.com"),
	OK("a@123.456.789.com"),
	BAD("a@b.c0m", "bad-tld"),
	BAD("a@b.1a", "bad-tld"),
	BAD("a@b.co-uk", "bad-tld"),
	BAD("a@b.-uk", "bad-domain"),
	OK("a@a.b.c.d.e.f.gh"),
	BAD("a@a.b.c.d.e.f.g", "bad-tld"),
	/* Truncated and mistyped TLDs as CRM data has them. */
	BAD("niels.prins@planet.n", "bad-tld"),
	BAD("rose.emily@hotmail.co.u", "bad-tld"),
	BAD("bergmann.emilia@gmail.c0m", "bad-tld"),
	BAD("gisela.pfeiffer@a1.n0t", "bad-tld"),
	BAD("j.doe@web.d3", "bad-tld"),
	OK("a@b.xn--p1ai"),
	BAD("a@b.xn--zz", "bad-idn"),
	OK("a@example.museum"),
	/* Special-use and reserved names (RFC 2606, 6761, 6762, 7686). */
	BAD("a@x.invalid", "special-use-domain"),
	BAD("a@foo.localhost", "special-use-domain"),
	BAD("a@FOO.LOCAL", "special-use-domain"),
	BAD("a@hidden.onion", "special-use-domain"),
	BAD("a@1.0.0.127.in-addr.arpa", "special-use-domain"),
	BAD("a@shop.example", "special-use-domain"),
	BAD("a@x.test", "special-use-domain"),
	BAD("a@b\xc3\xbc" "cher.test", "special-use-domain"),
	OK("a@example.com"),			/* RFC 6761 6.5: a real name */
	OK("a@testing.de"),
	OK("a@test.de"),
	OK("a@local.de"),
	/* "--" in the third and fourth places only in A-labels (IDNA 2008). */
	BAD("me@yy--0.tld", "bad-domain"),
	BAD("me@mail.ab--cd.com", "bad-domain"),
	BAD("me@YY--x.com", "bad-domain"),
	OK("me@a--b.com"),
	OK("me@abc--d.com"),
	OK("me@xn--bcher-kva.de"),
	BAD("a@localhost", "no-dot-in-domain"),
	BAD("a@com", "no-dot-in-domain"),
	BAD("a@123", "no-dot-in-domain"),
	BAD("a@b.123", "numeric-tld"),
	BAD("a@1.2.3.4", "numeric-tld"),
	BAD("a@example.0", "numeric-tld"),
	BAD("a@b_c.com", "bad-domain"),
	BAD("a@b.c_d", "bad-domain"),
	BAD("a@b,c.com", "bad-domain"),
	BAD("a@b!c.com", "bad-domain"),
	BAD("a@b+c.com", "bad-domain"),
	BAD("a@b*c.com", "bad-domain"),
	BAD("a@b:c.com", "bad-domain"),
	BAD("a@b\"c.com", "bad-domain"),
	BAD("a@b.com:25", "bad-domain"),
	BAD("a@b.c%d", "bad-domain"),
	BAD("a@-b.com", "bad-domain"),
	BAD("a@b-.com", "bad-domain"),
	BAD("a@b.-com", "bad-domain"),
	BAD("a@b.com-", "bad-domain"),
	BAD("a@-", "bad-domain"),
	BAD("a@.", "bad-domain"),
	BAD("a@..", "bad-domain"),
	BAD("a@.com", "bad-domain"),
	BAD("a@b..com", "bad-domain"),
	BAD("a@b.com.", "bad-domain"),
	BAD("a@b.com..", "bad-domain"),
	BAD("a@b\x7f.com", "bad-domain"),

	/* The '@' itself. */
	BAD("ab", "no-at-sign"),
	BAD("a.example.com", "no-at-sign"),
	BAD("a(at)example.com", "no-at-sign"),
	BAD("a@b@c.com", "several-at-signs"),
	BAD("a@@b.com", "several-at-signs"),
	BAD("a@b.com@", "several-at-signs"),
	BAD("@@", "several-at-signs"),
	BAD("@a@b.com", "several-at-signs"),
	BAD("a\xef\xbc\xa0" "b.com", "no-at-sign"),	/* fullwidth @ */
	BAD("@", "empty-local-part"),

	/* White space anywhere outside a quoted string, ASCII or not. */
	BAD(" a@b.com", "whitespace"),
	BAD("a@b.com ", "whitespace"),
	BAD("a @b.com", "whitespace"),
	BAD("a@ b.com", "whitespace"),
	BAD("a@b .com", "whitespace"),
	BAD("john doe@x.org", "whitespace"),
	BAD("a\t@b.com", "whitespace"),
	BAD("a@b.com\t", "whitespace"),
	BAD("a@b.com\v", "whitespace"),
	BAD("a@b.com\f", "whitespace"),
	BAD("a\xc2\xa0" "b@x.com", "whitespace"),		/* U+00A0 */
	BAD("a@x.com\xc2\xa0", "whitespace"),
	BAD("\xe3\x80\x80" "a@x.com", "whitespace"),		/* U+3000 */
	BAD("a@x\xe3\x80\x80.com", "whitespace"),
	BAD("a\xe2\x80\x83" "b@x.com", "whitespace"),		/* U+2003 */
	BAD("a@x.com\xe2\x80\xa8", "whitespace"),		/* U+2028 */
	BAD("a\xc2\x85" "b@x.com", "whitespace"),		/* U+0085 */
	QBAD("\"a\xc2\xa0" "b\"@x.org", "whitespace"),

	/* Empty and blank values. */
	BAD(" ", "empty"),
	BAD("\t", "empty"),
	BAD("  \r\n", "empty"),
	BAD("\xe3\x80\x80", "empty"),
	BAD("\xc2\xa0\xc2\xa0", "empty"),

	/* Bytes that are not UTF-8 (RFC 3629), and NUL. */
	BAD("\xff@x.com", "invalid-utf8"),
	BAD("a@\xc3.com", "invalid-utf8"),
	BAD("a@x.com\xc3", "invalid-utf8"),
	BAD("\xc0\xaf@x.com", "invalid-utf8"),		/* overlong '/' */
	BAD("a@\xed\xa0\x80.com", "invalid-utf8"),	/* surrogate */
	BAD("a@\xf4\x90\x80\x80.com", "invalid-utf8"),	/* > U+10FFFF */
	BAD("\x80" "a@x.com", "invalid-utf8"),
	BADZ("a\0b@x.com", "invalid-utf8"),
	BADZ("a@x.com\0", "invalid-utf8"),

	/* SMTPUTF8 local parts (RFC 6530, RFC 6531) are refused. */
	BAD("b\xc3\xbc" "cher@x.de", "non-ascii-local-part"),
	BAD("Pel\xc3\xa9@example.com", "non-ascii-local-part"),
	BAD("\xe7\x94\xa8\xe6\x88\xb7@\xe4\xbe\x8b\xe5\xad\x90.\xe5\xb9\xbf"
	    "\xe5\x91\x8a", "non-ascii-local-part"),	/* 用户@例子.广告 */
	BAD("\xd0\xbc\xd0\xb5\xd0\xb4\xd0\xb2\xd0\xb5\xd0\xb4\xd1\x8c@"
	    "example.ru", "non-ascii-local-part"),	/* медведь@ */
	BAD("\xe4\xba\x8c\xe3\x83\x8e\xe5\xae\xae@example.jp",
	    "non-ascii-local-part"),			/* 二ノ宮@ */
	BAD("a\xe2\x80\x8b" "b@x.com", "non-ascii-local-part"),	/* U+200B */
	BAD("\xef\xbd\x81@x.com", "non-ascii-local-part"),	/* fullwidth a */

	/*
	 * Internationalized domains: IDNA2008 (RFC 5891, 5892) with UTS #46
	 * non-transitional mapping, written as lower-case A-labels.
	 */
	OKN("x@b\xc3\xbc" "cher.de", "x@xn--bcher-kva.de"),
	OKN("x@B\xc3\x9c" "CHER.DE", "x@xn--bcher-kva.de"),
	OKN("x@bu\xcc\x88" "cher.de", "x@xn--bcher-kva.de"),	/* NFD */
	OKN("x@\xe4\xbe\x8b\xe3\x81\x88.\xe3\x83\x86\xe3\x82\xb9\xe3\x83\x88",
	    "x@xn--r8jz45g.xn--zckzah"),			/* 例え.テスト */
	OKN("x@m\xc3\xbcnchen.de", "x@xn--mnchen-3ya.de"),
	OKN("x@fa\xc3\x9f.de", "x@xn--fa-hia.de"),	/* ß kept */
	OKN("x@\xd0\xbf\xd1\x80\xd0\xb8\xd0\xbc\xd0\xb5\xd1\x80.\xd1\x80\xd1\x84",
	    "x@xn--e1afmkfd.xn--p1ai"),			/* пример.рф */
	OKN("x@\xce\xb4\xce\xbf\xce\xba\xce\xb9\xce\xbc\xce\xae.gr",
	    "x@xn--jxalpdlp.gr"),			/* δοκιμή */
	OKN("x@mail.b\xc3\xbc" "cher.de", "x@mail.xn--bcher-kva.de"),
	OKN("x@\xef\xbd\x85\xef\xbd\x98\xef\xbd\x81\xef\xbd\x8d\xef\xbd\x90"
	    "\xef\xbd\x8c\xef\xbd\x85.com", "x@example.com"),	/* fullwidth */
	OKN("x@example\xe3\x80\x82" "com", "x@example.com"),	/* U+3002 */
	OKN("Hans.Ma@b\xc3\xbc" "cher.de", "Hans.Ma@xn--bcher-kva.de"),
	OK("x@xn--bcher-kva.de"),
	OKN("x@XN--BCHER-KVA.DE", "x@xn--bcher-kva.de"),
	OK("x@xn--r8jz45g.xn--zckzah"),
	OK("x@xn--mnchen-3ya.de"),
	OK("x@xn--fa-hia.de"),
	OK("x@xn--e1afmkfd.xn--p1ai"),
	BAD("x@xn--zz.de", "bad-idn"),			/* bad punycode */
	BAD("x@xn--abc-.de", "bad-domain"),
	BAD("x@xn--bcher.de", "bad-idn"),		/* decodes to nonsense */
	BAD("x@xn--a.de", "bad-idn"),
	BAD("x@xn--ls8h.la", "bad-idn"),		/* emoji: not IDNA2008 */
	BAD("x@\xf0\x9f\x92\xa9.la", "bad-idn"),
	BAD("x@example.xn--zz", "bad-idn"),
	BAD("x@-b\xc3\xbc" "cher.de", "bad-idn"),
	BAD("x@\xc3\xa4.xn--zz", "bad-idn"),
	BAD("x@a\xe2\x80\x8d" "b.com", "bad-idn"),	/* ZWJ: CONTEXTJ */
	BAD("x@b\xc3\xbc" "cher", "no-dot-in-domain"),
	BAD("x@xn--bcher-kva", "no-dot-in-domain"),
	BAD("x@b\xc3\xbc" "cher..de", "bad-domain"),
	BAD("x@b\xc3\xbc" "cher.de.", "bad-domain"),
	BAD("x@\xc3\xa4.123", "numeric-tld"),
	BAD("x@b\xc3\xbc" "cher_x.de", "bad-domain"),
	BAD("x@[b\xc3\xbc" "cher.de]", "ip-literal"),

	/* Advice: common typo domains (the whole domain). */
	ADV("john@gmial.com", NULL, "typo-domain:gmail.com"),
	ADV("john@gmai.com", NULL, "typo-domain:gmail.com"),
	ADV("john@gmail.con", NULL, "typo-domain:gmail.com"),
	ADV("john@gnail.com", NULL, "typo-domain:gmail.com"),
	ADV("john@gamil.com", NULL, "typo-domain:gmail.com"),
	ADV("john@gmaill.com", NULL, "typo-domain:gmail.com"),
	ADV("john@gmail.cm", NULL, "typo-domain:gmail.com"),
	ADV("john@GMIAL.COM", "john@gmial.com", "typo-domain:gmail.com"),
	ADV("john@hotmial.com", NULL, "typo-domain:hotmail.com"),
	ADV("john@hotmal.com", NULL, "typo-domain:hotmail.com"),
	ADV("john@hotamil.com", NULL, "typo-domain:hotmail.com"),
	ADV("john@yaho.com", NULL, "typo-domain:yahoo.com"),
	ADV("john@yahooo.com", NULL, "typo-domain:yahoo.com"),
	ADV("john@outlok.com", NULL, "typo-domain:outlook.com"),
	ADV("john@outloook.com", NULL, "typo-domain:outlook.com"),
	ADV("john@iclod.com", NULL, "typo-domain:icloud.com"),
	ADV("john@icoud.com", NULL, "typo-domain:icloud.com"),
	ADV("john@web.dee", NULL, "typo-domain:web.de"),
	ADV("john@wbe.de", NULL, "typo-domain:web.de"),
	ADV("john@gmx.dee", NULL, "typo-domain:gmx.de"),
	ADV("john@t-onlien.de", NULL, "typo-domain:t-online.de"),
	ADV("john@hotmial.co.uk", NULL, "typo-domain:hotmail.co.uk"),
	ADV("john@yaho.co.jp", NULL, "typo-domain:yahoo.co.jp"),
	ADV("john@mial.ru", NULL, "typo-domain:mail.ru"),
	/* One slip from 126.com and from 163.com: the first provider wins. */
	ADV("john@136.com", NULL, "typo-domain:126.com"),
	ADV("john@yhoo.com", NULL, "typo-domain:yahoo.com"),
	/* ... and a mistyped top-level label under any domain. */
	ADV("john@example.con", NULL, "typo-domain:example.com"),
	ADV("john@example.cmo", NULL, "typo-domain:example.com"),
	ADV("john@mail.acme.ocm", NULL, "typo-domain:mail.acme.com"),
	ADV("john@acme.ogr", NULL, "typo-domain:acme.org"),
	ADV("john@acme.nte", NULL, "typo-domain:acme.net"),
	ADV("john@firma.dee", NULL, "typo-domain:firma.de"),
	ADV("john@b\xc3\xbc" "cher.con", "john@xn--bcher-kva.con",
	    "typo-domain:xn--bcher-kva.com"),
	/* A suggestion that would not fit the note is not given. */
	ADV("a@" S63 "." S63 ".con", NULL, NULL),
	/* Real domains are not typos. */
	OK("john@gmail.com"),
	OK("john@gmail.com.br"),
	OK("john@hotmail.co.uk"),
	OK("john@example.co"),
	OK("john@example.cm"),
	OK("john@con.example.com"),

	/* Advice: disposable providers, and their subdomains. */
	ADV("x@mailinator.com", NULL, "disposable-domain"),
	ADV("x@guerrillamail.com", NULL, "disposable-domain"),
	ADV("x@10minutemail.com", NULL, "disposable-domain"),
	ADV("x@yopmail.com", NULL, "disposable-domain"),
	ADV("x@temp-mail.org", NULL, "disposable-domain"),
	ADV("x@0-mail.com", NULL, "disposable-domain"),
	ADV("x@yopmail.net", NULL, "disposable-domain"),
	ADV("x@sharklasers.com", NULL, "disposable-domain"),
	ADV("x@maildrop.cc", NULL, "disposable-domain"),
	ADV("x@MAILINATOR.COM", "x@mailinator.com", "disposable-domain"),
	ADV("x@team.mailinator.com", NULL, "disposable-domain"),
	OK("x@notmailinator.com"),
	OK("x@mailinator.com.example.org"),

	/* Advice: role accounts, whatever the case or subaddress. */
	ADV("info@acme.com", NULL, "role-account"),
	ADV("admin@acme.com", NULL, "role-account"),
	ADV("sales@acme.com", NULL, "role-account"),
	ADV("support@acme.com", NULL, "role-account"),
	ADV("noreply@acme.com", NULL, "role-account"),
	ADV("no-reply@acme.com", NULL, "role-account"),
	ADV("Postmaster@acme.com", NULL, "role-account"),	/* RFC 5321 4.5.1 */
	ADV("webmaster@acme.com", NULL, "role-account"),
	ADV("contact@acme.com", NULL, "role-account"),
	ADV("office@acme.com", NULL, "role-account"),
	ADV("hello@acme.com", NULL, "role-account"),
	ADV("abuse@acme.com", NULL, "role-account"),		/* RFC 2142 */
	ADV("hostmaster@acme.com", NULL, "role-account"),	/* RFC 2142 */
	ADV("webmaster@acme.com", NULL, "role-account"),
	ADV("INFO@acme.com", NULL, "role-account"),
	ADV("info+newsletter@acme.com", NULL, "role-account"),
	QADV("\"info\"@acme.com", "info@acme.com", "role-account"),
	OK("information@acme.com"),
	OK("info.smith@acme.com"),
	OK("sales-team-lead@acme.com"),
	QOK("\"info desk\"@acme.com", NULL),

	/* Advice order: typo, then disposable, then role. */
	ADV("info@gmial.com", NULL, "typo-domain:gmail.com"),
	ADV("info@yopmail.con", NULL, "typo-domain:yopmail.com"),
	ADV("info@mailinator.com", NULL, "disposable-domain"),
	ADV("support@guerrillamail.com", NULL, "disposable-domain"),
	ADV("noreply@gmail.con", NULL, "typo-domain:gmail.com"),
};

/*
 * Every entry of the validator's advice tables, so that a table out of
 * order (bsearch then misses entries) fails here.
 */
static const char *const disposable[] = {
	"0-mail.com", "10minutemail.com", "10minutemail.net",
	"20minutemail.com", "33mail.com", "anonbox.net", "burnermail.io",
	"discard.email", "dispostable.com", "dropmail.me", "emailfake.com",
	"emailondeck.com", "fakeinbox.com", "fakemail.net", "getairmail.com",
	"getnada.com", "grr.la", "guerrillamail.biz", "guerrillamail.com",
	"guerrillamail.de", "guerrillamail.info", "guerrillamail.net",
	"guerrillamail.org", "guerrillamailblock.com", "harakirimail.com",
	"inboxkitten.com", "incognitomail.org", "jetable.org",
	"mailcatch.com", "maildrop.cc", "mailinator.com", "mailinator.net",
	"mailinator2.com", "mailnesia.com", "mailnull.com", "mailpoof.com",
	"mailsac.com", "mintemail.com", "moakt.com", "mohmal.com",
	"mytemp.email", "mytrashmail.com", "nada.email", "sharklasers.com",
	"spam4.me", "spambog.com", "spambox.us", "spamgourmet.com",
	"temp-mail.io", "temp-mail.org", "tempail.com", "tempinbox.com",
	"tempmail.net", "tempmailo.com", "tempr.email", "throwawaymail.com",
	"trash-mail.com", "trashmail.com", "trashmail.de", "trashmail.net",
	"yopmail.com", "yopmail.fr", "yopmail.net",
};

/*
 * Typos the method finds (email_typo.c: keyboard-weighted distance to
 * the major providers), with the provider it names.  Out of its reach:
 * typos of providers it does not know (protonmial.com, yaho.co.id) and
 * an ordinary edit of a short domain (qq.cm for qq.com).
 */
static const char *const typos[][2] = {
	{ "136.com", "126.com" }, { "163.con", "163.com" },
	{ "aol.con", "aol.com" }, { "aoll.com", "aol.com" },
	{ "gamil.com", "gmail.com" }, { "gmai.com", "gmail.com" },
	{ "gmaik.com", "gmail.com" }, { "gmail.cm", "gmail.com" },
	{ "gmail.co", "gmail.com" }, { "gmail.om", "gmail.com" },
	{ "gmaill.com", "gmail.com" }, { "gmal.com", "gmail.com" },
	{ "gmali.com", "gmail.com" }, { "gmc.de", "gmx.de" },
	{ "gmeil.com", "gmail.com" }, { "gmial.com", "gmail.com" },
	{ "gmil.com", "gmail.com" }, { "gmx.dee", "gmx.de" },
	{ "gmx.ner", "gmx.net" }, { "gmxx.de", "gmx.de" },
	{ "gnail.com", "gmail.com" }, { "googlemial.com", "googlemail.com" },
	{ "hormail.com", "hotmail.com" }, { "hotamil.com", "hotmail.com" },
	{ "hotmai.com", "hotmail.com" }, { "hotmail.co", "hotmail.com" },
	{ "hotmail.co.uj", "hotmail.co.uk" },
	{ "hotmaill.com", "hotmail.com" }, { "hotmal.com", "hotmail.com" },
	{ "hotmial.co.uk", "hotmail.co.uk" },
	{ "hotmial.com", "hotmail.com" }, { "hotmial.fr", "hotmail.fr" },
	{ "hotmil.com", "hotmail.com" }, { "htomail.com", "hotmail.com" },
	{ "iclod.com", "icloud.com" }, { "icloud.cm", "icloud.com" },
	{ "icluod.com", "icloud.com" }, { "icoud.com", "icloud.com" },
	{ "libero.ti", "libero.it" }, { "libreo.it", "libero.it" },
	{ "mail.rue", "mail.ru" }, { "mail.ry", "mail.ru" },
	{ "mial.ru", "mail.ru" }, { "onet.lp", "onet.pl" },
	{ "ont.pl", "onet.pl" }, { "orage.fr", "orange.fr" },
	{ "ornage.fr", "orange.fr" }, { "otlook.com", "outlook.com" },
	{ "oulook.com", "outlook.com" }, { "outllok.com", "outlook.com" },
	{ "outlok.com", "outlook.com" }, { "outloo.com", "outlook.com" },
	{ "outloook.com", "outlook.com" },
	{ "qq.con", "qq.com" }, { "qqq.com", "qq.com" },
	{ "rediffmial.com", "rediffmail.com" },
	{ "redifmail.com", "rediffmail.com" },
	{ "t-onine.de", "t-online.de" }, { "t-onlien.de", "t-online.de" },
	{ "t-onlin.de", "t-online.de" }, { "uol.com.rb", "uol.com.br" },
	{ "uol.con.br", "uol.com.br" }, { "wbe.de", "web.de" },
	{ "web.dee", "web.de" }, { "wp.lp", "wp.pl" },
	{ "yadnex.ru", "yandex.ru" }, { "yahho.com", "yahoo.com" },
	{ "yaho.co.jp", "yahoo.co.jp" },
	{ "yaho.co.uk", "yahoo.co.uk" }, { "yaho.com", "yahoo.com" },
	{ "yahoo.co.pj", "yahoo.co.jp" }, { "yahooo.com", "yahoo.com" },
	{ "yandex.ry", "yandex.ru" }, { "yaoo.com", "yahoo.com" },
	{ "yhoo.com", "yahoo.com" },
	/* Top-level label typos, under any domain. */
	{ "a.cmo", "a.com" }, { "a.comm", "a.com" }, { "a.con", "a.com" },
	{ "a.coom", "a.com" }, { "a.cpm", "a.com" }, { "a.dee", "a.de" },
	{ "a.nett", "a.net" }, { "a.nte", "a.net" }, { "a.ocm", "a.com" },
	{ "a.ogr", "a.org" }, { "a.orgg", "a.org" }, { "a.vom", "a.com" },
	{ "a.xom", "a.com" },
};

/*
 * Real mail domains one slip or edit away from a provider: not typos.
 * The same provider in another country, and the ISPDB's near ones.
 */
static const char *const not_typos[] = {
	"gmx.at", "gmx.ch", "gmx.de", "gmx.net", "web.de", "mail.ru",
	"mail.com", "email.com", "inbox.eu", "inbox.ru", "q.com", "qq.com",
	"126.com", "163.com", "yahoo.co.jp", "yahoo.co.in", "yahoo.co.id",
	"hotmail.se", "outlook.es", "live.se", "ymail.com", "uymail.com",
	"gmail.com", "googlemail.com", "wp.pl", "op.pl", "o2.pl",
};

static const char *const roles[] = {
	"abuse", "accounting", "accounts", "admin", "administrator",
	"billing", "careers", "contact", "customerservice", "do-not-reply",
	"donotreply", "enquiries", "enquiry", "feedback", "hello", "help",
	"hostmaster", "hr", "info", "inquiries", "jobs", "mail",
	"mailer-daemon", "marketing", "media", "newsletter", "no-reply",
	"noc", "noreply", "office", "orders", "postmaster", "press",
	"privacy", "root", "sales", "security", "service", "support", "team",
	"webmaster",
};

static const char *
show(const char *s, size_t len, char *buf, size_t size)
{
	size_t	 i, n = 0;

	for (i = 0; i < len && n + 5 < size; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x20 && c < 0x7f)
			buf[n++] = (char)c;
		else
			n += (size_t)snprintf(buf + n, size - n, "\\x%02x", c);
	}
	buf[n] = '\0';
	return buf;
}

static size_t
case_len(const struct email_case *c)
{
	return c->len != 0 ? c->len : strlen(c->in);
}

static void
test_table(void **state)
{
	struct val_out		 out;
	struct val_ctx		 ctx = { .country = NULL };
	const struct email_case	*c;
	const char		*want_norm, *want_note;
	char			 sh[512];
	size_t			 i, failed = 0, valid = 0;
	enum val_status		 st;

	buf_init(&out.norm);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		c = &cases[i];
		buf_reset(&out.norm);
		out.reason[0] = out.note[0] = '\0';
		ctx.flags = c->flags;
		st = val_email(c->in, case_len(c), &ctx, &out);
		want_note = c->note != NULL ? c->note : "";
		if (c->want == VAL_OK) {
			valid++;
			want_norm = c->text != NULL ? c->text : c->in;
			if (st != VAL_OK || strcmp(out.norm.data, want_norm) != 0 ||
			    strcmp(out.note, want_note) != 0) {
				print_message("# case %zu '%s'%s: got %s '%s' "
				    "note '%s'; want OK '%s' note '%s'\n", i,
				    show(c->in, case_len(c), sh, sizeof sh),
				    c->flags ? " (quoted ok)" : "",
				    st == VAL_OK ? "OK" : "BAD",
				    st == VAL_OK ? out.norm.data : out.reason,
				    out.note, want_norm, want_note);
				failed++;
			}
		} else if (st != VAL_BAD || strcmp(out.reason, c->text) != 0 ||
		    out.note[0] != '\0') {
			print_message("# case %zu '%s'%s: got %s '%s'; "
			    "want BAD '%s'\n", i,
			    show(c->in, case_len(c), sh, sizeof sh),
			    c->flags ? " (quoted ok)" : "",
			    st == VAL_OK ? "OK" : "BAD",
			    st == VAL_OK ? out.norm.data : out.reason, c->text);
			failed++;
		}
	}
	print_message("# %zu cases (%zu valid, %zu invalid), %zu failed\n",
	    sizeof cases / sizeof cases[0], valid,
	    sizeof cases / sizeof cases[0] - valid, failed);
	buf_free(&out.norm);
	assert_int_equal(failed, 0);
}

/*
 * The normal form is valid and its own normal form; the verdict does not
 * depend on the record's country; VAL_F_QUOTED_LOCAL changes nothing for
 * input without a quote.
 */
static void
test_invariants(void **state)
{
	struct val_out		 a, b;
	struct val_ctx		 ctx = { .country = NULL }, de = { .country = "DE" };
	const struct email_case	*c;
	size_t			 i, len;
	enum val_status		 sa, sb;

	buf_init(&a.norm);
	buf_init(&b.norm);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		c = &cases[i];
		len = case_len(c);
		buf_reset(&a.norm);
		a.reason[0] = a.note[0] = '\0';
		ctx.flags = de.flags = c->flags;
		sa = val_email(c->in, len, &ctx, &a);
		buf_reset(&b.norm);
		b.reason[0] = b.note[0] = '\0';
		sb = val_email(c->in, len, &de, &b);
		assert_int_equal(sa, sb);
		assert_string_equal(sa == VAL_OK ? a.norm.data : a.reason,
		    sb == VAL_OK ? b.norm.data : b.reason);
		if (sa == VAL_OK) {
			buf_reset(&b.norm);
			b.reason[0] = b.note[0] = '\0';
			sb = val_email(a.norm.data, a.norm.len, &ctx, &b);
			if (sb != VAL_OK)
				fail_msg("case %zu: normal form '%s' is %s", i,
				    a.norm.data, b.reason);
			assert_string_equal(a.norm.data, b.norm.data);
			assert_string_equal(a.note, b.note);
		} else
			assert_true(a.reason[0] != '\0');
		if (c->flags == 0 && memchr(c->in, '"', len) == NULL) {
			buf_reset(&b.norm);
			b.reason[0] = b.note[0] = '\0';
			ctx.flags = VAL_F_QUOTED_LOCAL;
			sb = val_email(c->in, len, &ctx, &b);
			assert_int_equal(sa, sb);
			assert_string_equal(sa == VAL_OK ? a.norm.data : a.reason,
			    sb == VAL_OK ? b.norm.data : b.reason);
		}
	}
	buf_free(&a.norm);
	buf_free(&b.norm);
}

/* Advice for one address, or "BAD:reason". */
static const char *
note_of(const char *addr, struct val_out *out)
{
	static char	 bad[128];

	buf_reset(&out->norm);
	out->reason[0] = out->note[0] = '\0';
	if (val_email(addr, strlen(addr), NULL, out) != VAL_OK) {
		snprintf(bad, sizeof bad, "BAD:%s", out->reason);
		return bad;
	}
	return out->note;
}

static void
test_advice_tables(void **state)
{
	struct val_out	 out;
	char		 addr[256], want[128];
	size_t		 i, k;

	buf_init(&out.norm);
	for (i = 0; i < sizeof disposable / sizeof disposable[0]; i++) {
		snprintf(addr, sizeof addr, "someone@%s", disposable[i]);
		assert_string_equal(note_of(addr, &out), "disposable-domain");
		snprintf(addr, sizeof addr, "info@sub.%s", disposable[i]);
		assert_string_equal(note_of(addr, &out), "disposable-domain");
	}
	for (i = 0; i < sizeof typos / sizeof typos[0]; i++) {
		snprintf(addr, sizeof addr, "info@%s", typos[i][0]);
		snprintf(want, sizeof want, "typo-domain:%s", typos[i][1]);
		assert_string_equal(note_of(addr, &out), want);
		/* The fixed domain is not a typo. */
		snprintf(addr, sizeof addr, "someone@%s", typos[i][1]);
		assert_string_equal(note_of(addr, &out), "");
	}
	for (i = 0; i < sizeof not_typos / sizeof not_typos[0]; i++) {
		snprintf(addr, sizeof addr, "someone@%s", not_typos[i]);
		assert_string_equal(note_of(addr, &out), "");
	}
	for (i = 0; i < sizeof roles / sizeof roles[0]; i++) {
		snprintf(addr, sizeof addr, "%s@acme-gmbh.de", roles[i]);
		assert_string_equal(note_of(addr, &out), "role-account");
		for (k = 0; roles[i][k] != '\0'; k++)
			addr[k] = (char)(roles[i][k] >= 'a' && roles[i][k] <= 'z' ?
			    roles[i][k] - 32 : roles[i][k]);
		assert_string_equal(note_of(addr, &out), "role-account");
		snprintf(addr, sizeof addr, "%s1@acme-gmbh.de", roles[i]);
		assert_string_equal(note_of(addr, &out), "");
	}
	buf_free(&out.norm);
}

/* The normal form is appended to what the caller has in norm. */
static void
test_appends(void **state)
{
	struct val_out	 out;

	buf_init(&out.norm);
	out.reason[0] = out.note[0] = '\0';
	buf_adds(&out.norm, "prefix:");
	assert_int_equal(val_email("A@B.DE", 6, NULL, &out), VAL_OK);
	assert_string_equal(out.norm.data, "prefix:A@b.de");
	/* A bad value leaves norm alone. */
	assert_int_equal(val_email("a@b", 3, NULL, &out), VAL_BAD);
	assert_string_equal(out.norm.data, "prefix:A@b.de");
	assert_string_equal(out.reason, "no-dot-in-domain");
	/* The value need not be NUL-terminated. */
	buf_reset(&out.norm);
	assert_int_equal(val_email("a@b.dexyz", 6, NULL, &out), VAL_OK);
	assert_string_equal(out.norm.data, "a@b.de");
	buf_free(&out.norm);
}

/* Long input of every shape: never a crash, always the right reason. */
static void
test_long(void **state)
{
	struct val_out	 out;
	char		*s;
	size_t		 n = 1 << 20, i;

	s = malloc(n);
	assert_non_null(s);
	buf_init(&out.norm);
	memset(s, 'a', n);
	assert_int_equal(val_email(s, n, NULL, &out), VAL_BAD);
	assert_string_equal(out.reason, "too-long");
	assert_int_equal(val_email(s, 1024, NULL, &out), VAL_BAD);
	assert_string_equal(out.reason, "no-at-sign");
	s[100] = '@';
	assert_int_equal(val_email(s, 1024, NULL, &out), VAL_BAD);
	assert_string_equal(out.reason, "local-too-long");
	assert_int_equal(val_email(s, 1025, NULL, &out), VAL_BAD);
	assert_string_equal(out.reason, "too-long");
	s[0] = '@';
	s[100] = 'a';
	assert_int_equal(val_email(s, 1024, NULL, &out), VAL_BAD);
	assert_string_equal(out.reason, "empty-local-part");
	/* A 1022-octet domain of one label, then of many. */
	s[0] = 'a';
	s[1] = '@';
	assert_int_equal(val_email(s, 1024, NULL, &out), VAL_BAD);
	assert_string_equal(out.reason, "domain-too-long");
	for (i = 3; i < 1024; i += 2)
		s[i] = '.';
	assert_int_equal(val_email(s, 1024, NULL, &out), VAL_BAD);
	assert_string_equal(out.reason, "domain-too-long");
	/* The same with a U-label, through libidn2. */
	memcpy(s + 2, "\xc3\xbc", 2);
	assert_int_equal(val_email(s, 1024, NULL, &out), VAL_BAD);
	assert_string_equal(out.reason, "domain-too-long");
	/* A quoted string that never closes. */
	memset(s, '"', 1024);
	out.reason[0] = '\0';
	assert_int_equal(val_email(s, 1024, NULL, &out), VAL_BAD);
	assert_string_equal(out.reason, "no-at-sign");
	/* A U-label too long for one label. */
	for (i = 0; i < 200; i += 2)
		memcpy(s + i, "\xc3\xbc", 2);
	memcpy(s, "a@", 2);
	memcpy(s + 200, ".de", 3);
	assert_int_equal(val_email(s, 203, NULL, &out), VAL_BAD);
	assert_string_equal(out.reason, "label-too-long");
	free(s);
	buf_free(&out.norm);
}

/* Every one- and two-byte value: no crash, a reason for each. */
static void
test_short(void **state)
{
	struct val_out	 out;
	char		 s[2];
	int		 a, b;

	buf_init(&out.norm);
	for (a = 0; a < 256; a++) {
		s[0] = (char)a;
		out.reason[0] = '\0';
		assert_int_equal(val_email(s, 1, NULL, &out), VAL_BAD);
		assert_true(out.reason[0] != '\0');
		for (b = 0; b < 256; b++) {
			s[1] = (char)b;
			out.reason[0] = '\0';
			assert_int_equal(val_email(s, 2, NULL, &out), VAL_BAD);
			assert_true(out.reason[0] != '\0');
		}
	}
	assert_int_equal(val_email(s, 0, NULL, &out), VAL_BAD);
	assert_string_equal(out.reason, "empty");
	buf_free(&out.norm);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_invariants),
		cmocka_unit_test(test_advice_tables),
		cmocka_unit_test(test_appends),
		cmocka_unit_test(test_long),
		cmocka_unit_test(test_short),
	};

	alarm(60);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
