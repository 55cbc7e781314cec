#!/usr/bin/python3
"""references.py -- field validity by references that are not Steward's code.

The ground truth of the tests must not come from the code under test.
These predicates judge a value with public references instead:

  phone   libphonenumber (Debian's python3-phonenumbers): valid when
          PhoneNumberMatcher at leniency VALID finds one number that spans
          the whole value (so "030 1234567#" or "030;1234567" are not
          numbers, while an extension "x12" is part of one), with the
          record's country as the default region; without a country only
          the international form can be valid.
  email   python3-email-validator (syntax of RFC 5322/5321 as its authors
          read them; no SMTPUTF8, no deliverability look-up) and a
          top-level label that the Public Suffix List (Debian's
          publicsuffix) knows.
  postal  Google's address metadata (libaddressinput countryinfo.txt, the
          "zip" expression of the country, copied in ref/postal-google.tsv):
          the value, white space around it removed and upper-cased,
          matches the whole expression, optionally after the country's
          "postprefix" (SE-).  A country without an expression there
          (e.g. IE) cannot be judged: None.
  country Debian's iso-codes (ISO 3166-1): an alpha-2, alpha-3 or
          numeric code, or an English name, in any case.  Steward also
          knows names in other languages; this reference does not, so it
          is for values that are codes or no country at all.

Each predicate returns True (valid), False (invalid) or None (the
reference cannot say).  Blank values are not judged (None): they are the
business of the "required" checks.

Run as a script: references.py phone|email|postal|country [CC] < values, one per
line, prints value<TAB>valid|invalid|unknown.
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PSL = "/usr/share/publicsuffix/public_suffix_list.dat"
POSTAL_TSV = os.path.join(HERE, "ref", "postal-google.tsv")
ISO3166 = "/usr/share/iso-codes/json/iso_3166-1.json"

_tlds = None
_postal = None
_countries = None


def _blank(v):
    return v is None or v.strip() == ""


def phone_ok(value, country):
    from phonenumbers import Leniency, PhoneNumberMatcher
    if _blank(value):
        return None
    v = value.strip()
    region = country if country else None
    if region is None and not v.startswith(("+", "00")):
        return False
    if region is None and v.startswith("00"):
        v = "+" + v[2:]
    try:
        m = list(PhoneNumberMatcher(v, region or "ZZ", leniency=Leniency.VALID))
    except Exception:
        return False
    return len(m) == 1 and m[0].start == 0 and m[0].end == len(v)


def _load_tlds():
    global _tlds
    if _tlds is None:
        _tlds = set()
        with open(PSL, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line or line.startswith("//"):
                    continue
                last = line.rsplit(".", 1)[-1].lstrip("*!")
                if last:
                    _tlds.add(last.encode("idna").decode("ascii").lower()
                              if not last.isascii() else last.lower())
    return _tlds


def email_ok(value):
    import email_validator
    if _blank(value):
        return None
    try:
        r = email_validator.validate_email(value, allow_smtputf8=False,
                                           check_deliverability=False)
    except email_validator.EmailNotValidError:
        return False
    dom = r.ascii_domain if hasattr(r, "ascii_domain") else r["domain"]
    return dom.rsplit(".", 1)[-1].lower() in _load_tlds()


def _load_postal():
    global _postal
    if _postal is None:
        _postal = {}
        with open(POSTAL_TSV, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                cc, rx, prefix = (line.rstrip("\n").split("\t") + [""])[:3]
                _postal[cc] = (re.compile(rx), prefix)
    return _postal


def postal_ok(value, country):
    if _blank(value):
        return None
    if not country:
        return False            # no country, no format to match
    p = _load_postal().get(country)
    if p is None:
        return None
    rx, prefix = p
    v = value.strip().upper()
    if prefix and v.startswith(prefix):
        v = v[len(prefix):]
    return rx.fullmatch(v) is not None


def country_ok(value):
    global _countries
    if _blank(value):
        return None
    if _countries is None:
        import json
        with open(ISO3166, encoding="utf-8") as fh:
            data = json.load(fh)["3166-1"]
        _countries = set()
        for c in data:
            for k in ("alpha_2", "alpha_3", "numeric", "name", "common_name",
                      "official_name"):
                if k in c:
                    _countries.add(c[k].casefold())
    return value.strip().casefold() in _countries


def main(argv):
    if len(argv) < 2 or argv[1] not in ("phone", "email", "postal", "country"):
        sys.stderr.write("usage: references.py phone|email|postal|country [CC] < values\n")
        return 2
    cc = argv[2] if len(argv) > 2 else None
    for line in sys.stdin:
        v = line.rstrip("\n")
        if argv[1] == "phone":
            ok = phone_ok(v, cc)
        elif argv[1] == "email":
            ok = email_ok(v)
        elif argv[1] == "country":
            ok = country_ok(v)
        else:
            ok = postal_ok(v, cc)
        print("%s\t%s" % (v, {True: "valid", False: "invalid", None: "unknown"}[ok]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
