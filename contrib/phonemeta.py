#!/usr/bin/python3
# phonemeta.py -- generate validators/phone_meta.c from libphonenumber's
# metadata, as shipped by Debian's python3-phonenumbers.
#
#   /usr/bin/python3 contrib/phonemeta.py > validators/phone_meta.c
#
# Only what validation needs is kept: per region the calling code, the
# international (IDD) prefix, the national prefix for parsing and its
# transform rule, the leading digits that pick a region among those that
# share a calling code, and for the general description and each number
# type its pattern and possible lengths.  Formatting rules, example numbers
# and carrier data are left out.  Patterns stay regex strings; the C side
# compiles them with PCRE2 on first use.  The output depends only on the
# installed package, so running this twice gives the same file.
#
# Use /usr/bin/python3: an interpreter from pyenv does not see Debian's
# python3-phonenumbers.

import sys

try:
    import phonenumbers
    from phonenumbers import PhoneMetadata
    from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE
except ImportError:
    sys.exit("phonemeta.py: cannot import phonenumbers "
             "(apt-get install python3-phonenumbers; use /usr/bin/python3)")

# The order of validators/phone.h's enum val_phone_desc.
DESCS = ["general_desc", "fixed_line", "mobile", "toll_free", "premium_rate",
         "shared_cost", "voip", "personal_number", "pager", "uan",
         "voicemail"]

NOTICE = """\
/*
 * phone_meta.c -- phone number metadata for validators/phone.c.
 *
 * GENERATED FILE: do not edit.  Produced from libphonenumber %(version)s,
 * as shipped by Debian's python3-phonenumbers, with
 *
 *	/usr/bin/python3 contrib/phonemeta.py > validators/phone_meta.c
 *
 * %(nregions)d regions, %(nccs)d country calling codes, %(npat)d distinct strings.
 *
 * The metadata below is taken from libphonenumber
 * (https://github.com/google/libphonenumber), whose notice follows:
 *
 * Copyright (C) 2009-2022 The Libphonenumber Authors
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
"""


class Pool:
    """Distinct strings, numbered from 1 (0 is "none").  A string used as a
    full-match pattern and as a prefix pattern gets two entries, since the
    C side compiles each entry with the options of its one role."""

    def __init__(self):
        self.index = {}
        self.strings = [None]

    def add(self, role, s):
        if s is None or s == "":
            return 0
        key = (role, s)
        if key not in self.index:
            self.index[key] = len(self.strings)
            self.strings.append(s)
        return self.index[key]


def cstring(s, indent="\t    "):
    """A C string literal for s, cut into lines of at most ~72 columns."""
    for ch in s:
        if ord(ch) < 0x20 or ord(ch) > 0x7e:
            sys.exit("phonemeta.py: non-ASCII character in %r" % s)
    esc = s.replace("\\", "\\\\").replace('"', '\\"')
    # "??" would start a trigraph under -std=c11.
    while "??" in esc:
        esc = esc.replace("??", "?\\?")
    width = 54
    parts = []
    while esc:
        cut = min(width, len(esc))
        # Never split an escape sequence.
        while cut < len(esc) and esc[cut - 1] == "\\" and \
                (len(esc[:cut]) - len(esc[:cut].rstrip("\\"))) % 2 == 1:
            cut += 1
        parts.append('"%s"' % esc[:cut])
        esc = esc[cut:]
    return ("\n" + indent).join(parts)


def hexmask(m):
    return "%#x" % m if m else "0"


def wrapped(items, head, tail):
    """A brace list, cut before column 78."""
    lines = []
    line = head
    for i, item in enumerate(items):
        last = i + 1 == len(items)
        text = item + ("" if last else ", ")
        if len(line.expandtabs()) + len(text.rstrip()) + \
                (len(tail) if last else 0) > 78:
            lines.append(line.rstrip())
            line = "\t      "
        line += text
    lines.append(line.rstrip() + tail)
    return "\n".join(lines) + "\n"


def lengths_mask(lengths):
    mask = 0
    for n in lengths:
        if n < 0:
            continue
        if n >= 32:
            sys.exit("phonemeta.py: possible length %d does not fit" % n)
        mask |= 1 << n
    return mask


def region_record(pool, metadata, region):
    descs = []
    for name in DESCS:
        d = getattr(metadata, name)
        if d is None or not d.national_number_pattern:
            descs.append((0, 0))
            continue
        lengths = tuple(n for n in d.possible_length if n >= 0)
        descs.append((pool.add("full", d.national_number_pattern),
                      lengths_mask(lengths)))
    gen = metadata.general_desc
    if not descs[0][1]:
        sys.exit("phonemeta.py: %s has no general possible lengths" % region)
    transform = metadata.national_prefix_transform_rule
    if transform is not None and "$" in transform:
        sys.exit("phonemeta.py: unexpected transform rule %r" % transform)
    return {
        "id": region,
        "cc": metadata.country_code,
        "idd": pool.add("prefix", metadata.international_prefix),
        "npp": pool.add("prefix", metadata.national_prefix_for_parsing),
        "npt": pool.add("text", transform),
        "lead": pool.add("prefix", metadata.leading_digits),
        "descs": descs,
        "local": lengths_mask(gen.possible_length_local_only),
    }


def main():
    pool = Pool()
    geo = []
    nongeo = []
    # Regions first (sorted by id for bsearch), then the non-geographic
    # entities ("001", one per calling code, sorted by calling code).
    for cc in sorted(COUNTRY_CODE_TO_REGION_CODE):
        for region in COUNTRY_CODE_TO_REGION_CODE[cc]:
            if region == "001":
                md = PhoneMetadata.metadata_for_nongeo_region(cc)
            else:
                md = PhoneMetadata.metadata_for_region(region)
            if md is None:
                sys.exit("phonemeta.py: no metadata for %s (+%d)" %
                         (region, cc))
            (nongeo if region == "001" else geo).append((region, cc, md))
    geo.sort(key=lambda t: t[0])
    records = []
    where = {}
    for region, cc, md in geo + nongeo:
        where[(region, cc)] = len(records)
        records.append(region_record(pool, md, region))

    ccs = []
    cc_regions = []
    for cc in sorted(COUNTRY_CODE_TO_REGION_CODE):
        regions = COUNTRY_CODE_TO_REGION_CODE[cc]
        ccs.append((cc, len(cc_regions), len(regions)))
        # In libphonenumber's order: the main region first.
        for region in regions:
            cc_regions.append(where[(region, cc)])

    out = []
    w = out.append
    w(NOTICE % {"version": phonenumbers.__version__,
                "nregions": len(records), "nccs": len(ccs),
                "npat": len(pool.strings) - 1})
    w('#include "config.h"\n\n#include <stddef.h>\n#include <stdint.h>\n\n'
      '#include "validators/phone.h"\n\n')
    w("const char *const val_phone_str[] = {\n\tNULL,\n")
    for i, s in enumerate(pool.strings[1:], 1):
        w("\t/* %d */ %s,\n" % (i, cstring(s)))
    w("};\n\nconst size_t val_phone_nstr = %d;\n\n" % len(pool.strings))

    w("const struct val_phone_region val_phone_regions[] = {\n")
    for r in records:
        w('\t{ "%s", %d, %d, %d, %d, %d, %s,\n' %
          (r["id"], r["cc"], r["idd"], r["npp"], r["npt"], r["lead"],
           hexmask(r["local"])))
        w(wrapped([str(p) for p, _ in r["descs"]], "\t    { ", " },"))
        w(wrapped([hexmask(m) for _, m in r["descs"]], "\t    { ", " } },"))
    w("};\n\n")
    w("const size_t val_phone_nregions = %d;\n" % len(records))
    w("const size_t val_phone_ngeo = %d;\n\n" % len(geo))

    w("const struct val_phone_cc val_phone_ccs[] = {\n")
    line = "\t"
    for cc, off, n in ccs:
        item = "{ %d, %d, %d }, " % (cc, off, n)
        if len(line.expandtabs()) + len(item) > 76:
            w(line.rstrip() + "\n")
            line = "\t"
        line += item
    w(line.rstrip() + "\n};\n\n")
    w("const size_t val_phone_nccs = %d;\n\n" % len(ccs))

    w("const uint16_t val_phone_cc_regions[] = {\n")
    line = "\t"
    for idx in cc_regions:
        item = "%d, " % idx
        if len(line.expandtabs()) + len(item) > 76:
            w(line.rstrip() + "\n")
            line = "\t"
        line += item
    w(line.rstrip() + "\n};\n")
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
