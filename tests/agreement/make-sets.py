#!/usr/bin/python3
"""make-sets.py -- build the agreement test sets of tests/agreement/ from
references nobody here wrote.

    /usr/bin/python3 tests/agreement/make-sets.py \\
        --address-data COUNTRYINFO --isemail TESTS_XML \\
        --email-validator TEST_SYNTAX_PY OUTDIR

The inputs are public and not committed: testdata/countryinfo.txt of
https://github.com/google/libaddressinput (Apache-2.0), test/tests.xml of
https://github.com/dominicsayers/isemail (BSD-3-Clause) and
tests/test_syntax.py of https://github.com/JoshData/python-email-validator
(CC0); libphonenumber is Debian's python3-phonenumbers.  What is written
(OUTDIR/{postal,email,phone}.tsv, postal-patterns.tsv) is committed, so
that tests/integration/agreement.sh runs offline.

A set line is "KIND TAB COUNTRY TAB VALUE TAB WANT TAB NORMAL TAB ORIGIN":
WANT is the reference's verdict, ok or bad; NORMAL, when not empty, is the
normal form the reference gives (phone: E.164); ORIGIN says where the case
comes from.  VALUE and NORMAL escape \\, TAB, CR, LF and control bytes.

Postal: for every country with a "zip" pattern, each of Google's examples
and mutations of it (lower case, a character more, one less at either
end, a digit changed, a digit made a letter, a letter made a digit); the
verdict is a full match of the pattern on the upper-cased value, as
libaddressinput's RE2::FullMatch.  Countries without examples get one
built from the pattern.  postal-patterns.tsv lists the patterns, so that
the scorer can check that a normal form matches its country's.

Email: isemail's tests (valid when the category is
ISEMAIL_VALID_CATEGORY, everything else invalid: Steward takes neither
comments, folding white space, quoted strings nor address literals; the
ISEMAIL_DNSWARN tests are left out, their verdict came from DNS lookups
when the suite was written, and python-email-validator's copy of the
suite leaves them out too, "knowing they are not deliverable"; the empty
address is left out, an empty line is no value) and
python-email-validator's syntax tests, with the
verdict that library gives with the options closest to Steward's
(allow_smtputf8=False, allow_quoted_local=False,
allow_domain_literal=False, allow_display_name=False, strict=True,
globally deliverable names only).

Phone: as tests/integration/phone-accuracy.py: every example number of
every region and number type in national, international, E.164, RFC 3966
("tel:+49-30-123456"), IDD, "(0)" and extension forms, written also in
other scripts' digits, and invalid variants; plus "00" written where the
region's international prefix is another one.  The verdict and E.164
form are libphonenumber's (parse, is_valid_number, format_number).
"""

import argparse
import ast
import html
import os
import re
import sys

try:
    import re._parser as sre_parse
except ImportError:
    import sre_parse


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif o < 0x20 or o == 0x7f:
            out.append("\\x%02x" % o)
        else:
            out.append(ch)
    return "".join(out)


def line(kind, cc, value, want, normal, origin):
    return "\t".join([kind, cc, esc(value), want, esc(normal or ""),
                      origin]) + "\n"


# ---------------------------------------------------------------- postal

def sample(pattern):
    """A value the pattern matches, built from its first alternatives."""
    def build(tokens):
        s = ""
        for op, av in tokens:
            name = str(op)
            if name == "LITERAL":
                s += chr(av)
            elif name == "IN":
                for iop, iav in av:
                    iname = str(iop)
                    if iname == "LITERAL":
                        s += chr(iav)
                        break
                    if iname == "RANGE":
                        s += chr(iav[0])
                        break
                    if iname == "CATEGORY":
                        s += "1"
                        break
            elif name == "SUBPATTERN":
                s += build(av[3])
            elif name == "BRANCH":
                s += build(av[1][0])
            elif name in ("MAX_REPEAT", "MIN_REPEAT"):
                lo, hi, sub = av
                s += build(sub) * max(lo, 1 if hi > 0 else 0)
        return s
    return build(sre_parse.parse(pattern))


def postal_mutations(e):
    out = [("example", e), ("lower", e.lower())]
    out.append(("longer", e + ("7" if e[-1:].isdigit() else "X")))
    if len(e) > 1:
        out.append(("shorter", e[:-1]))
        out.append(("no-first", e[1:]))
    digits = [i for i, c in enumerate(e) if c.isdigit()]
    letters = [i for i, c in enumerate(e) if c.isalpha()]
    if digits:
        i = digits[0]
        out.append(("digit+1", e[:i] + str((int(e[i]) + 1) % 10) +
                    e[i + 1:]))
        i = digits[-1]
        out.append(("digit-to-letter", e[:i] + "B" + e[i + 1:]))
    if letters:
        i = letters[-1]
        out.append(("letter-to-digit", e[:i] + "4" + e[i + 1:]))
    return out


def make_postal(path, outdir):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for ln in f:
            m = re.match(r"data/([A-Z]{2})=(.*)$", ln)
            if m and m.group(1) != "ZZ":
                import json
                rows[m.group(1)] = json.loads(m.group(2))
    n = 0
    with open(os.path.join(outdir, "postal.tsv"), "w",
              encoding="utf-8") as out, \
            open(os.path.join(outdir, "postal-patterns.tsv"), "w",
                 encoding="utf-8") as pats:
        for cc in sorted(rows):
            zip_re = rows[cc].get("zip")
            if not zip_re:
                continue
            anchored = "^(?:" + zip_re + ")$"
            pats.write("%s\t%s\n" % (cc, anchored))
            exs = [e for e in rows[cc].get("zipex", "").split(",") if e]
            if not exs:
                exs = [sample(zip_re)]
            seen = set()
            for e in exs:
                for how, v in postal_mutations(e):
                    if v in seen or not v.strip():
                        continue
                    seen.add(v)
                    want = "ok" if re.match(anchored, v.strip().upper()) \
                        else "bad"
                    out.write(line("postal", cc, v, want, "", how))
                    n += 1
    return n


# ----------------------------------------------------------------- email

def make_email(isemail, syntax, outdir):
    cases = []
    text = open(isemail, encoding="utf-8").read()
    for m in re.finditer(r"<test id=\"(\d+)\">(.*?)</test>", text, re.S):
        body = m.group(2)
        a = re.search(r"<address>(.*?)</address>", body, re.S)
        addr = a.group(1) if a else ""
        addr = html.unescape(addr)
        addr = "".join(chr(ord(c) - 0x2400) if 0x2400 <= ord(c) <= 0x2420
                       else c for c in addr)
        cat = re.search(r"<category>(.*?)</category>", body).group(1)
        if addr == "" or cat == "ISEMAIL_DNSWARN":
            continue
        want = "ok" if cat == "ISEMAIL_VALID_CATEGORY" else "bad"
        cases.append((addr, want, "isemail#%s" % m.group(1)))

    # Addresses of isemail's suite that python-email-validator's copy of
    # it comments out with its own verdict ("test@io": "we reject domains
    # without a dot, knowing they are not deliverable"): its verdict.
    src = open(syntax, encoding="utf-8").read()
    for m in re.finditer(r"^\s*# \[('[^']*'), 'ISEMAIL_\w+'\], # we reject",
                         src, re.M):
        addr = ast.literal_eval(m.group(1))
        cases = [(a, "bad" if a == addr else w,
                  o + "+email-validator" if a == addr else o)
                 for a, w, o in cases]

    tree = ast.parse(src)
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef):
            continue
        params = None
        for d in fn.decorator_list:
            if (isinstance(d, ast.Call) and getattr(d.func, "attr", "") ==
                    "parametrize"):
                params = d.args[1]
        if params is None:
            continue
        for elt in params.elts:
            try:
                first = elt.elts[0] if isinstance(elt, (ast.Tuple,
                                                        ast.List)) else elt
                v = ast.literal_eval(first)
            except (ValueError, AttributeError):
                continue
            origin = "email-validator:" + fn.name
            if fn.name == "test_email_valid":
                # Valid there with quoting and display names allowed;
                # Steward allows neither.
                quoted = v.startswith('"') or "<" in v
                cases.append((v, "bad" if quoted else "ok", origin))
            elif fn.name == "test_pyisemail_tests":
                status = ast.literal_eval(elt.elts[1])
                cases.append((v, "ok" if status == "ISEMAIL_VALID" else
                              "bad", origin))
            elif fn.name == "test_email_unsafe_character":
                cases.append((v + "@example.com", "bad", origin))
                cases.append(("test@" + v + ".com", "bad", origin))
            elif fn.name.startswith("test_email_"):
                # intl local parts (SMTPUTF8), quoted-only, invalid,
                # strict, reserved: all invalid with Steward's options.
                cases.append((v, "bad", origin))
    n = 0
    seen = set()
    with open(os.path.join(outdir, "email.tsv"), "w", encoding="utf-8") as o:
        for v, want, origin in cases:
            if v in seen or "\ud800" in v:
                continue    # a lone surrogate is not UTF-8
            seen.add(v)
            o.write(line("email", "", v, want, "", origin))
            n += 1
    return n


# ----------------------------------------------------------------- phone

# Decimal digit zeros of other scripts: Arabic-Indic, Extended
# Arabic-Indic, Devanagari, Bengali, Thai, Myanmar, full-width.
ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0x1040, 0xff10]


def in_script(s, zero):
    return "".join(chr(zero + ord(c) - 48) if c.isdigit() else c for c in s)


def make_phone(outdir):
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneMetadata
    from phonenumbers import PhoneNumberFormat as PNF
    from phonenumbers import PhoneNumberType as PNT

    types = [PNT.FIXED_LINE, PNT.MOBILE, PNT.TOLL_FREE, PNT.PREMIUM_RATE,
             PNT.SHARED_COST, PNT.VOIP, PNT.PERSONAL_NUMBER, PNT.PAGER,
             PNT.UAN, PNT.VOICEMAIL]

    def expected(value, region):
        try:
            num = phonenumbers.parse(value, region)
        except NumberParseException:
            return ("bad", "")
        if phonenumbers.is_valid_number(num):
            return ("ok", phonenumbers.format_number(num, PNF.E164))
        return ("bad", "")

    def variants(nsn):
        out = [nsn + "1", nsn[:-1], str((int(nsn[0]) + 1) % 10) + nsn[1:]]
        return [v for v in out if v]

    n = 0
    with open(os.path.join(outdir, "phone.tsv"), "w", encoding="utf-8") as o:
        for k, region in enumerate(sorted(phonenumbers.SUPPORTED_REGIONS)):
            md = PhoneMetadata.metadata_for_region(region)
            vals = []
            for t in types:
                ex = phonenumbers.example_number_for_type(region, t)
                if ex is None:
                    continue
                nat = phonenumbers.format_number(ex, PNF.NATIONAL)
                intl = phonenumbers.format_number(ex, PNF.INTERNATIONAL)
                nsn = phonenumbers.national_significant_number(ex)
                cc = ex.country_code
                vals += [("national", nat), ("international", intl),
                         ("e164", phonenumbers.format_number(ex, PNF.E164)),
                         ("rfc3966",
                          phonenumbers.format_number(ex, PNF.RFC3966))]
                idd = (md.preferred_international_prefix or
                       md.international_prefix)
                if idd and idd.isdigit():
                    vals.append(("idd", "%s %d %s" % (idd, cc, nsn)))
                if idd and idd.isdigit() and idd != "00":
                    vals.append(("00-elsewhere", "00 %d %s" % (cc, nsn)))
                if md.national_prefix == "0":
                    vals.append(("zero", "+%d (0)%s" % (cc, nsn)))
                vals.append(("ext", nat + " ext. 123"))
                vals.append(("ext-x", intl + " x123"))
                vals.append(("ext-dob", intl + " доб. 123"))
                vals.append(("ext-anexo", nat + " anexo 12"))
                zero = ZEROS[(k + t) % len(ZEROS)]
                vals.append(("script-%x" % zero, in_script(nat, zero)))
                vals.append(("script-%x" % zero, in_script(intl, zero)))
                for v in variants(nsn):
                    vals.append(("variant", "+%d %s" % (cc, v)))
                    vals.append(("variant", (md.national_prefix or "") + v))
            for how, v in vals:
                want, e164 = expected(v, region)
                o.write(line("phone", region, v, want, e164, how))
                n += 1
        for cc in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
            md = PhoneMetadata.metadata_for_nongeo_region(cc)
            for name in ["fixed_line", "mobile", "toll_free", "premium_rate",
                         "shared_cost", "voip", "personal_number", "pager",
                         "uan", "voicemail"]:
                d = getattr(md, name)
                if d is None or not d.example_number:
                    continue
                for how, v in [("nongeo", "+%d %s" % (cc, d.example_number))
                               ] + [("variant", "+%d %s" % (cc, x))
                                    for x in variants(d.example_number)]:
                    want, e164 = expected(v, None)
                    o.write(line("phone", "", v, want, e164, how))
                    n += 1
    return n, phonenumbers.__version__


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--address-data", required=True)
    ap.add_argument("--isemail", required=True)
    ap.add_argument("--email-validator", required=True)
    ap.add_argument("outdir")
    a = ap.parse_args()
    print("postal: %d cases" % make_postal(a.address_data, a.outdir))
    print("email: %d cases" % make_email(a.isemail, a.email_validator,
                                         a.outdir))
    n, ver = make_phone(a.outdir)
    print("phone: %d cases (libphonenumber %s)" % (n, ver))


if __name__ == "__main__":
    sys.exit(main())
