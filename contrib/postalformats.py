#!/usr/bin/python3
"""postalformats.py -- generate validators/postal_formats.c from Google's
address metadata (libaddressinput), plus the hand knowledge kept below.

Usage:
    /usr/bin/python3 contrib/postalformats.py COUNTRYINFO REGIONDATA COMMIT \\
        > validators/postal_formats.c

COUNTRYINFO is testdata/countryinfo.txt and REGIONDATA is
cpp/src/region_data_constants.cc of https://github.com/google/libaddressinput
(Apache License 2.0) at COMMIT; fetch the repository anywhere outside the
tree, nothing of it is committed but the table this writes.  Also reads
Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json) for the list
of countries.  Standard library only; the same inputs give the same bytes.

Per country the generated row holds:
  - pattern: Google's "zip" regular expression, anchored (PCRE2 reads
    RE2's syntax as used there);
  - strict: a hand-written pattern that must match as well, where we know
    the country's codes better than the general pattern (STRICT below; each
    entry says why, and tests/unit/test_postal.c has a case for it);
  - layout: the shapes of a canonical code, derived from the pattern (see
    layouts() below and validators/postal.c), the shapes of Google's
    examples first so that an example is its own normal form;
  - prefix: a legacy country prefix dropped from values ("D-10115");
  - examples: Google's examples that both patterns accept, for the tests.

Countries Google has no pattern for keep the hand rows of HAND: no postal
codes at all (NONE), a format we know from the national operator (F), or
one we do not know (UNCHECKED).
"""

import json
import re
import sys

try:
    import re._parser as sre_parse
    from re._constants import (ANY, BRANCH, CATEGORY, CATEGORY_DIGIT, IN,
                               LITERAL, MAX_REPEAT, MIN_REPEAT, NEGATE,
                               RANGE, SUBPATTERN)
except ImportError:  # Python < 3.11
    import sre_parse
    from sre_constants import (ANY, BRANCH, CATEGORY, CATEGORY_DIGIT, IN,
                               LITERAL, MAX_REPEAT, MIN_REPEAT, NEGATE,
                               RANGE, SUBPATTERN)

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"

# Regions libaddressinput (and libphonenumber) know that are not ISO 3166-1
# codes: Ascension and Tristan da Cunha (parts of SH), Kosovo.
EXTRA = ["AC", "TA", "XK"]

# Google's testdata lacks a "zip" for these two though its newer region
# data (REGIONDATA) gives examples; the patterns are those of the data
# Google serves today.
ZIP_FROM_NEWER = {
    "NA": "\\d{5}",     # Namibia, NamPost codes since 2016
    "UM": "96898",      # Wake Island, the one USPS code
}

# Legacy country prefixes written before codes in cross-border mail.
LEGACY_PREFIX = {
    "AT": "A", "BE": "B", "DE": "D", "ES": "E", "FR": "F", "HU": "H",
    "IT": "I", "LI": "FL", "LU": "L", "NO": "N", "PT": "P", "SE": "S",
}

# Leading literals of a pattern that may be left out of a value and are
# added back, besides the country's own code ("1050" in Latvia is
# "LV-1050"): El Salvador's "CP".
ADDABLE = {"SV": "CP"}

# Hand knowledge stricter than Google's pattern, on the canonical form.
# Each is right by the national operator's rules and tested.
GB_OUTWARD = ("([A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|"
              "[A-PR-UWYZ][0-9][A-HJKPSTUW]|"
              "[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])")
GB_INWARD = "[0-9][ABD-HJLNP-UW-Z]{2}"
STRICT = {
    # Royal Mail PAF: the letters each position of the outward code may
    # have, and no C I K M O V in the inward code (Google allows O);
    # Google's list of areas stays in force through its pattern.
    "GB": ("^(GIR 0AA|BFPO [0-9]{1,4}|" + GB_OUTWARD + " " + GB_INWARD +
           ")$", "Royal Mail PAF letters; no O in the inward code"),
    # Deutsche Post: no region 00.
    "DE": ("^(0[1-9]|[1-9][0-9])[0-9]{3}$", "Deutsche Post: no region 00"),
    # Correos: the first two digits are the province, 01-52.
    "ES": ("^(0[1-9]|[1-4][0-9]|5[0-2])[0-9]{3}$", "Correos: province 01-52"),
    # La Poste: département 01-95, overseas 97x and 98x; no 00 or 99.
    "FR": ("^(0[1-9]|[1-8][0-9]|9[0-8])[0-9]{3}$", "La Poste: no 00 or 99"),
    # PostNL: no leading 0, and SA, SD, SS are never given out.
    "NL": ("^[1-9][0-9]{3} (?!SA|SD|SS)[A-Z]{2}$",
           "PostNL: 1000-9999, never SA SD SS"),
    # PTT: the first two digits are the province, 01-81.
    "TR": ("^(0[1-9]|[1-7][0-9]|8[01])[0-9]{3}$", "PTT: province 01-81"),
    # No leading 0 where the national operator numbers from 1000 (or 100,
    # 10000, 100000) up: Austrian, Belgian, Bulgarian, Cypriot, Hungarian,
    # Icelandic, Indian, Indonesian, Slovenian, Swiss and Thai codes.
    "AT": ("^[1-9][0-9]{3}$", "Post AG: 1010-9992"),
    "BE": ("^[1-9][0-9]{3}$", "bpost: 1000-9992"),
    "BG": ("^[1-9][0-9]{3}$", "Bulgarian Posts: 1000-9999"),
    "CH": ("^[1-9][0-9]{3}$", "Swiss Post: 1000-9658"),
    "CY": ("^[1-9][0-9]{3}$", "Cyprus Post: 1010-9999"),
    "HU": ("^[1-9][0-9]{3}$", "Magyar Posta: 1007-9985"),
    "IS": ("^[1-9][0-9]{2}$", "Posturinn: 101-902"),
    "IN": ("^[1-9][0-9]{5}$", "India Post: PIN zones 1-9"),
    "ID": ("^[1-9][0-9]{4}$", "Pos Indonesia: 10110-99976"),
    "SI": ("^[1-9][0-9]{3}$", "Posta Slovenije: 1000-9600"),
    "TH": ("^[1-9][0-9]{4}$", "Thailand Post: 10000-96220"),
    # The first digit is the region, and only these are used.
    "CZ": ("^[1-7][0-9]{2} [0-9]{2}$", "Ceska posta: regions 1-7"),
    "GR": ("^[1-8][0-9]{2} [0-9]{2}$", "ELTA: 101 00-851 00"),
    "HR": ("^[1-5][0-9]{4}$", "Hrvatska posta: 10000-53296"),
    "RU": ("^[1-6][0-9]{5}$", "Pochta Rossii: 101000-692999"),
    # Bahrain Post: block numbers run from 101 to 1216.
    "BH": ("^(10[1-9]|1[1-9][0-9]|[2-9][0-9]{2}|1[01][0-9]{2}|"
           "12(0[0-9]|1[0-6]))$", "Bahrain: blocks 101-1216"),
}

# Where Google's pattern is out of date, the current format as well
# (an alternative added to it).
ALSO = {
    # Korea Post: five digits since 1 August 2015 (Google still has the
    # six-digit "110-110" of before).
    "KR": "\\d{5}",
    # Vietnam Post: five digits since 1 January 2018 (Google: six).
    "VN": "\\d{5}",
}

# The canonical shape where the operator's own writing differs from the
# first of Google's examples: PostNord writes "114 55".
PREFER = {"SE": "nnn nn"}

# Countries without a pattern in Google's data.
NONE = ("AE AG AO AW BF BI BJ BQ BS BV BW BZ CD CF CG CI CM CW DJ DM ER FJ GA "
        "GD GM GQ GY HK KI KM KP LY ML MO MR MW NR NU QA RW SB SC SL SR SS ST "
        "SX SY TF TG TK TL TO TV UG VU YE ZW").split()
UNCHECKED = "AQ BO GH JM KN PS TD WS".split()
# (pattern, layout, source) for the rest.
HAND_FORMAT = {
    "CU": ("^[0-9]{5}$", "nnnnn", "Correos de Cuba"),
    # Eircode (since 2015): a routing key (a letter and two digits, or
    # D6W) and four characters, none of B G I J L M O Q S U Z.
    "IE": ("^([AC-FHKNPRTV-Y][0-9]{2}|D6W) [0-9AC-FHKNPRTV-Y]{4}$",
           "xxx xxxx", "Eircode"),
    "LC": ("^LC[0-9]{2} [0-9]{3}$", "~LCnn nnn", "Saint Lucia Postal Service"),
    "MS": ("^MSR [0-9]{4}$", "~MSR nnnn", "Montserrat Post"),
    "PA": ("^[0-9]{4}$", "nnnn", "Correos de Panama"),
    "SD": ("^[0-9]{5}$", "nnnnn", "Sudapost"),
    "TT": ("^[0-9]{6}$", "nnnnnn", "TTPost"),
}

MAX_LAYOUTS = 64


def load_google(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"data/([A-Z]{2})=(.*)$", line)
            if m:
                rows[m.group(1)] = json.loads(m.group(2))
    return rows


def load_newer_examples(path):
    """zipex of every region in region_data_constants.cc."""
    out = {}
    cur = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r'\s*\{"([A-Z]{2})", "\{"', line)
            if m:
                cur = m.group(1)
            m = re.search(r'"zipex":"([^"]*)"', line)
            if m and cur:
                out[cur] = m.group(1)
    return out


def cls(items):
    """What a character class is in a layout: n, a, x, or a separator."""
    chars = set()
    for op, av in items:
        if op == NEGATE:
            return "x"
        if op == LITERAL:
            chars.add(chr(av))
        elif op == RANGE:
            for c in range(av[0], av[1] + 1):
                chars.add(chr(c))
        elif op == CATEGORY and av == CATEGORY_DIGIT:
            chars.update("0123456789")
        else:
            raise ValueError("class item %r" % ((op, av),))
    seps = chars & set(" -")
    if seps:
        if chars - seps:
            raise ValueError("class mixes separators and characters")
        return sorted(seps)             # alternatives
    if chars <= set("0123456789"):
        return "n"
    if chars <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
        return "a"
    return "x"


def char_kind(c, literal):
    if literal or c in " -":
        return c
    if c.isdigit():
        return "n"
    return "a"


def expand(tokens, literal):
    """Every shape of a parsed (sub)pattern: a list of strings over n, a,
    x, ' ', '-' and literal upper-case letters and digits.  Literal
    characters stay literal only in the top-level sequence."""
    shapes = [""]
    for op, av in tokens:
        if op == LITERAL:
            alts = [char_kind(chr(av), literal)]
        elif op == IN:
            k = cls(av)
            alts = k if isinstance(k, list) else [k]
        elif op == ANY:
            alts = ["x"]
        elif op == SUBPATTERN:
            alts = expand(av[3], False)
        elif op == BRANCH:
            alts = []
            for b in av[1]:
                alts += expand(b, False)
        elif op in (MAX_REPEAT, MIN_REPEAT):
            lo, hi, sub = av
            if hi > 20:
                raise ValueError("unbounded repeat")
            one = expand(sub, False)
            alts = []
            for n in range(lo, hi + 1):
                reps = [""]
                for _ in range(n):
                    reps = [r + s for r in reps for s in one]
                alts += reps
        else:
            raise ValueError("token %r" % (op,))
        shapes = [s + a for s in shapes for a in dict.fromkeys(alts)]
        shapes = list(dict.fromkeys(shapes))
        if len(shapes) > 10 * MAX_LAYOUTS:
            raise ValueError("too many shapes")
    return shapes


def fits(shape, value):
    if len(shape) != len(value):
        return False
    for s, v in zip(shape, value):
        if s == "n":
            if not v.isdigit():
                return False
        elif s == "a":
            if not ("A" <= v <= "Z"):
                return False
        elif s == "x":
            if not (v.isdigit() or "A" <= v <= "Z"):
                return False
        elif s != v:
            return False
    return True


def layouts(cc, pattern, examples):
    shapes = [s for s in expand(sre_parse.parse(pattern), True) if s]
    if len(shapes) > MAX_LAYOUTS:
        raise ValueError("%s: %d layouts" % (cc, len(shapes)))
    first = []
    for e in examples:
        for s in shapes:
            if fits(s, e) and s not in first:
                first.append(s)
                break
    if cc in PREFER:
        first.insert(0, PREFER[cc])
    first = list(dict.fromkeys(first))
    ordered = first + [s for s in shapes if s not in first]
    out = []
    for s in ordered:
        lead = re.match(r"[A-Z0-9]*", s).group(0)
        if lead and len(lead) < len(s) and (lead.startswith(cc) or
                                            lead == ADDABLE.get(cc)):
            s = "~" + s
        out.append(s)
    return out


def c_str(s, width=56):
    """s as a C string literal, split into pieces of at most width
    characters (before escaping) on lines of their own."""
    def lit(x):
        return '"' + x.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if len(s) <= width:
        return lit(s)
    return "\n\t    ".join(lit(s[i:i + width])
                            for i in range(0, len(s), width))


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    google = load_google(sys.argv[1])
    newer = load_newer_examples(sys.argv[2])
    commit = sys.argv[3]
    with open(ISO_JSON, encoding="utf-8") as f:
        iso = [c["alpha_2"] for c in json.load(f)["3166-1"]]
    countries = sorted(set(iso) | set(EXTRA))

    out = []
    w = out.append
    w(HEADER % {"commit": commit})
    for cc in countries:
        g = google.get(cc, {})
        zip_re = g.get("zip") or ZIP_FROM_NEWER.get(cc)
        if zip_re:
            zipex = g.get("zipex") or newer.get(cc) or ""
            also = ALSO.get(cc)
            if also:
                zip_re = zip_re + "|" + also
            anchored = "^(?:" + zip_re + ")$"
            strict, why = STRICT.get(cc, (None, None))
            exs = [e for e in zipex.split(",") if e and
                   re.match(anchored, e) and
                   (strict is None or re.match(strict, e))]
            lay = layouts(cc, zip_re, exs)
            name = g.get("name", cc).title()
            w("\t/* %s%s%s */\n" % (name, "; strict: " + why if why else "",
                                    "; also " + also if also else ""))
            w("\tF(%s,\n\t    %s,\n\t    %s,\n\t    %s,\n\t    %s,\n"
              "\t    %s),\n" % (
                  c_str(cc), c_str(anchored),
                  c_str(strict) if strict else "NULL",
                  c_str("|".join(lay)),
                  c_str(LEGACY_PREFIX[cc]) if cc in LEGACY_PREFIX else "NULL",
                  c_str(",".join(exs)) if exs else "NULL"))
        elif cc in HAND_FORMAT:
            pat, lay, src = HAND_FORMAT[cc]
            w("\t/* %s (hand: not in Google's data) */\n" % src)
            w("\tF(%s,\n\t    %s,\n\t    NULL, %s, NULL, NULL),\n" % (
                c_str(cc), c_str(pat), c_str(lay)))
        elif cc in NONE:
            w("\tNONE(%s),\n" % c_str(cc))
        elif cc in UNCHECKED:
            w("\tUNCHECKED(%s),\n" % c_str(cc))
        else:
            sys.exit("postalformats.py: no row for %s" % cc)
    for cc in STRICT:
        if not (google.get(cc, {}).get("zip")):
            sys.exit("postalformats.py: STRICT %s has no Google pattern" % cc)
    w(FOOTER)
    sys.stdout.write("".join(out))


HEADER = """\
/*
 * postal_formats.c -- GENERATED by contrib/postalformats.py; do not edit.
 *
 * The postal-code format of every country, from Google's address metadata
 * (https://github.com/google/libaddressinput, testdata/countryinfo.txt and
 * cpp/src/region_data_constants.cc at commit
 * %(commit)s),
 * with the hand knowledge that contrib/postalformats.py keeps (stricter
 * patterns, countries Google has no pattern for).  Regenerate with
 *
 *   /usr/bin/python3 contrib/postalformats.py countryinfo.txt \\
 *       region_data_constants.cc COMMIT > validators/postal_formats.c
 *
 * Rows, sorted by code:
 *   F(cc, pattern, strict, layout, prefix, examples)
 *                       the country has postal codes: the canonical form
 *                       must match pattern and, if not NULL, strict;
 *                       layout is as validators/postal.c describes;
 *                       prefix a legacy country prefix; examples Google's
 *                       examples (comma-separated) for the tests;
 *   NONE(cc)            no postal codes (a value is a finding);
 *   UNCHECKED(cc)       format unknown: 2-10 letters, digits, spaces or
 *                       hyphens pass with note "format-not-checked".
 *
 * The patterns and examples are derived from libaddressinput, whose
 * notice follows:
 *
 * Copyright (C) 2013 Google Inc.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *	http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
#include "config.h"

#include <stddef.h>

#include "validators/country.h"

#define F(cc, re, strict, layout, prefix, ex) \\
	{ cc, VAL_POSTAL_FORMAT, re, strict, layout, prefix, ex }
#define NONE(cc)	{ cc, VAL_POSTAL_NONE, NULL, NULL, NULL, NULL, NULL }
#define UNCHECKED(cc)	{ cc, VAL_POSTAL_UNCHECKED, NULL, NULL, NULL, NULL, NULL }

const struct val_postal_format val_postal_formats[] = {
"""

FOOTER = """\
};
const size_t val_postal_nformats = sizeof val_postal_formats /
    sizeof val_postal_formats[0];
"""

if __name__ == "__main__":
    main()
