#!/usr/bin/python3
"""icu-country-coverage.py -- how much of the generated country-name table
(validators/country_names.c) a lookup built from ICU's display names would
cover (issue 19, item 5).

    cc -O2 tests/bench/icu_country_names.c -o /tmp/icu_country_names \\
        $(pkg-config --cflags --libs icu-uc icu-i18n)
    /usr/bin/python3 -c 'import json; print("\\n".join(c["alpha_2"] for c in
        json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))
        ["3166-1"]))' | /tmp/icu_country_names > /tmp/icu-names.tsv
    /usr/bin/python3 tests/bench/icu-country-coverage.py /tmp/icu-names.tsv

ICU's names are folded and varied exactly as contrib/countrynames.py
folds the table's ("Korea, Republic of" gives "Korea" too); a key that
two countries share is dropped, as the table does.
"""

import collections
import importlib.util
import os
import re
import sys

top = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
spec = importlib.util.spec_from_file_location(
    "countrynames", os.path.join(top, "contrib", "countrynames.py"))
cn = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cn)

src = open(os.path.join(top, "validators", "country_names.c"),
           encoding="utf-8").read()
table = {}
for m in re.finditer(r'\{ "([^"\\]*)", "([A-Z]{2})" \}',
                     src[src.index("val_country_names[] = {"):]):
    table[m.group(1)] = m.group(2)

icu = collections.defaultdict(set)
locales = set()
with open(sys.argv[1], encoding="utf-8") as f:
    for ln in f:
        loc, cc, name = ln.rstrip("\n").split("\t")
        locales.add(loc)
        for v in [name] + cn.variants(name):
            k = cn.fold_key(v)
            if k:
                icu[k].add(cc)
one = {k: next(iter(v)) for k, v in icu.items() if len(v) == 1}
same = sum(1 for k, c in table.items() if one.get(k) == c)
print("table: %d keys; ICU %s: %d locales, %d keys (%d ambiguous, dropped)"
      % (len(table), os.environ.get("ICU_VERSION", ""), len(locales),
         len(icu), len(icu) - len(one)))
print("table keys ICU maps to the same country: %d of %d (%.1f %%)"
      % (same, len(table), 100.0 * same / len(table)))
print("ICU keys the table lacks: %d" % sum(1 for k in one if k not in table))
