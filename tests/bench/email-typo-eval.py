#!/usr/bin/env python3
"""email-typo-eval.py -- precision and recall of the email validator's
typo-domain advice on typos and real domains that are not its own lists.

Usage:
    email-typo-eval.py STEWARD FREEMAIL.cf [FREEMAIL.cf ...]

STEWARD is the steward binary; FREEMAIL.cf are SpamAssassin's lists of
free mail domains (Debian package spamassassin,
/usr/share/spamassassin/20_freemail_domains.cf and
20_freemail_mailcom_domains.cf, Apache License 2.0): real domains people
have mailboxes at, collected by another project.

Typos (positives): every single edit of every provider that the method
knows (validators/email_typo.c, providers[]): each deletion, each
transposition of neighbours, each substitution and each insertion of
[a-z0-9-], grouped by kind:
    slip-sub        substitution by a neighbouring QWERTY key
    other-sub       any other substitution
    swap            two neighbours transposed
    double          a character typed twice
    slip-insert     an extra key next to a neighbour's key
    other-insert    any other extra character
    drop-double     one of a doubled character left out
    drop            any other character left out
and, for a harder set, two keyboard slips (slip-sub, swap, double,
drop-double) at different places, 20 per provider with a fixed seed.
Left out of the typos: variants that are not a syntactically valid domain
(they are invalid addresses, not advice), variants that are real mail
domains (in the freemail lists, or a provider), and the typo domains that
contrib/gen-customers.py plants (the method must not be measured on the
demo's own typos).

Real domains (negatives): the freemail lists and the demo's clean
domains; a typo-domain advice on one is a false positive.

Prints recall per kind, the false-positive rate, precision on the union,
and every false positive.
"""

import os
import random
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))

ROWS = ("1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm,.")
OFFSET = (0, 2, 3, 5)
POS = {c: (r, i * 4 + OFFSET[r]) for r, row in enumerate(ROWS) for i, c in enumerate(row)}
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789-"


def adjacent(a, b):
    """neighbouring keys (the bench's own copy of the keyboard geometry)"""
    if a == b or a not in POS or b not in POS:
        return False
    (ra, xa), (rb, xb) = POS[a], POS[b]
    return abs(xa - xb) == 4 if ra == rb else abs(ra - rb) == 1 and abs(xa - xb) <= 3


DOMAIN_RE = re.compile(r"([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}")


def valid_domain(d):
    return DOMAIN_RE.fullmatch(d) is not None and all(len(x) <= 63 for x in d.split("."))


def variants(p):
    """(variant, kind) for every single edit of p"""
    out = []
    n = len(p)
    for i in range(n):
        q = p[:i] + p[i + 1:]
        dbl = (i > 0 and p[i - 1] == p[i]) or (i + 1 < n and p[i + 1] == p[i])
        out.append((q, "drop-double" if dbl else "drop"))
        if i + 1 < n and p[i] != p[i + 1]:
            out.append((p[:i] + p[i + 1] + p[i] + p[i + 2:], "swap"))
        for c in ALPHABET:
            if c != p[i]:
                out.append((p[:i] + c + p[i + 1:],
                            "slip-sub" if adjacent(c, p[i]) else "other-sub"))
    for i in range(n + 1):
        left = p[i - 1] if i > 0 else ""
        right = p[i] if i < n else ""
        for c in ALPHABET:
            if c in (left, right):
                kind = "double"
            elif adjacent(c, left) or adjacent(c, right):
                kind = "slip-insert"
            else:
                kind = "other-insert"
            out.append((p[:i] + c + p[i:], kind))
    return out


def slip(p, rng):
    """one keyboard slip at a random place: (variant, position)"""
    for _ in range(50):
        i = rng.randrange(len(p))
        k = rng.randrange(4)
        if p[i] == ".":
            continue
        if k == 0:
            nb = [c for c in ALPHABET if adjacent(c, p[i])]
            if nb:
                return p[:i] + rng.choice(nb) + p[i + 1:], i
        elif k == 1 and i + 1 < len(p) and p[i] != p[i + 1] and p[i + 1] != ".":
            return p[:i] + p[i + 1] + p[i] + p[i + 2:], i
        elif k == 2:
            return p[:i] + p[i] + p[i:], i
        elif k == 3 and i + 1 < len(p) and p[i] == p[i + 1]:
            return p[:i] + p[i + 1:], i
    return None, None


def read_freemail(paths):
    doms = set()
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                w = line.split()
                if w and w[0] == "freemail_domains":
                    doms.update(x.lower() for x in w[1:] if "*" not in x)
    return doms


def providers():
    src = open(os.path.join(TOP, "validators", "email_typo.c"), encoding="utf-8").read()
    a = src.index("providers[] = {")
    return re.findall(r'"([^"]+)"', src[a:src.index("};", a)])


def generator_domains():
    """the demo's clean and planted typo domains (from the generator)"""
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        "gen", os.path.join(TOP, "contrib", "gen-customers.py"))
    g = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(g)
    clean = {d.split(":")[0] for spec_ in g.DOMAINS.values() for d in spec_.split(",")}
    planted = {t for ts in g.TYPO_DOMAINS.values() for t in ts}
    return clean, planted


def advise(steward, domains):
    """{domain: fix or None} by steward validate email"""
    doms = sorted(domains)
    inp = "".join("x@%s\n" % d for d in doms)
    r = subprocess.run([steward, "validate", "email"], input=inp, capture_output=True,
                       text=True)
    out = {}
    for line in r.stdout.splitlines():
        f = line.split("\t")
        d = f[0][2:]
        fix = None
        if len(f) > 3 and f[3].startswith("typo-domain:"):
            fix = f[3][len("typo-domain:"):]
        out[d] = fix
    missing = set(doms) - set(out)
    if missing:
        raise SystemExit("steward validate gave no line for %d domains" % len(missing))
    return out


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    steward, lists = argv[1], argv[2:]
    real = read_freemail(lists)
    clean, planted = generator_domains()
    provs = providers()
    negatives = real | clean
    known = negatives | set(provs)
    pos = {}
    for p in provs:
        for v, kind in variants(p):
            if valid_domain(v) and v not in known and v not in planted and v not in pos:
                pos[v] = (kind, p)
    rng = random.Random(19)
    two = {}
    for p in provs:
        for _ in range(20):
            v1, i1 = slip(p, rng)
            if v1 is None:
                continue
            v2, i2 = slip(v1, rng)
            if v2 is None or abs(i2 - i1) < 2:
                continue
            if valid_domain(v2) and v2 not in known and v2 not in planted and v2 not in pos:
                two[v2] = ("two-slips", p)
    res = advise(steward, set(pos) | set(two) | negatives)

    kinds = ("slip-sub", "swap", "double", "drop-double", "slip-insert",
             "drop", "other-sub", "other-insert")
    print("%-14s %7s %7s %7s" % ("typos", "n", "found", "recall"))
    tot_n = tot_f = 0
    for k in kinds + ("two-slips",):
        items = [(v, p) for v, (kk, p) in list(pos.items()) + list(two.items()) if kk == k]
        f = sum(1 for v, p in items if res[v] is not None)
        if k != "two-slips":
            tot_n += len(items)
            tot_f += f
        print("%-14s %7d %7d %6.1f%%" % (k, len(items), f, 100.0 * f / max(1, len(items))))
    slips = [v for v, (k, p) in pos.items() if k in ("slip-sub", "swap", "double", "drop-double")]
    sf = sum(1 for v in slips if res[v] is not None)
    print("%-14s %7d %7d %6.1f%%" % ("keyboard slips", len(slips), sf, 100.0 * sf / len(slips)))
    print("%-14s %7d %7d %6.1f%%" % ("single edits", tot_n, tot_f, 100.0 * tot_f / tot_n))
    for name, test in (("long names", lambda p: len(p.split(".")[0]) >= 4),
                       ("short names", lambda p: len(p.split(".")[0]) < 4)):
        items = [v for v, (k, p) in pos.items() if test(p)]
        f = sum(1 for v in items if res[v] is not None)
        print("%-14s %7d %7d %6.1f%%  (single edits of providers with %s)"
              % (name, len(items), f, 100.0 * f / max(1, len(items)),
                 "4+ characters before the first dot" if name == "long names" else
                 "fewer: one keyboard slip only"))
    right = sum(1 for v, (k, p) in pos.items() if res[v] == p)
    print("advice names the provider edited: %d of %d found single edits"
          % (right, tot_f))
    fp = sorted(d for d in negatives if res[d] is not None)
    print("\nreal domains: %d (freemail lists %d, demo clean %d); typo advice on %d "
          "(false-positive rate %.2f%%)" % (len(negatives), len(real), len(clean), len(fp),
                                           100.0 * len(fp) / len(negatives)))
    tp = tot_f
    print("precision on single edits + real domains: %.2f%% (%d / %d)"
          % (100.0 * tp / max(1, tp + len(fp)), tp, tp + len(fp)))
    for d in fp:
        print("  false positive: %s -> %s" % (d, res[d]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
