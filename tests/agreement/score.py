#!/usr/bin/python3
"""score.py -- agreement of Steward's validators with the references.

    score.py [--tap] [--min PCT] [--show N] JUDGE SETDIR [KIND ...]

Runs JUDGE (tests/agreement/judge) over SETDIR/KIND.tsv for each KIND
(default: email phone postal) and counts the cases where Steward and the
reference agree: the same verdict, and where both accept, for phone the
same E.164 form and for postal a normal form that matches the country's
pattern (SETDIR/postal-patterns.tsv).  Prints the figures (as TAP with
--tap, failing a kind below --min percent) and the first N disagreements.
Standard library only; reads nothing but the committed sets.
"""

import argparse
import re
import subprocess
import sys


def unesc(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            if n == "x" and i + 3 < len(s):
                out.append(chr(int(s[i + 2:i + 4], 16)))
                i += 4
                continue
            out.append({"n": "\n", "r": "\r", "t": "\t"}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def score(judge, setdir, kind, pats):
    rows = []
    with open("%s/%s.tsv" % (setdir, kind), encoding="utf-8") as f:
        for ln in f:
            rows.append(ln.rstrip("\n").split("\t"))
    data = "".join("\t".join(r[:3]) + "\n" for r in rows).encode()
    p = subprocess.run([judge], input=data, stdout=subprocess.PIPE,
                       check=True)
    got = p.stdout.decode("utf-8", "surrogateescape").split("\n")
    if got and got[-1] == "":
        got.pop()
    if len(got) != len(rows):
        raise RuntimeError("%s: %d answers for %d cases" %
                           (kind, len(got), len(rows)))
    agree, diffs = 0, []
    for r, g in zip(rows, got):
        _, cc, value, want, normal, origin = r
        verdict, _, detail = g.partition("\t")
        same = verdict == want
        if same and verdict == "ok":
            if kind == "phone":
                same = detail == normal
            elif kind == "postal" and cc in pats:
                same = re.match(pats[cc], unesc(detail)) is not None
        if same:
            agree += 1
        else:
            diffs.append("%s %s %r (%s): steward %s %s, reference %s %s" %
                         (kind, cc or "-", unesc(value), origin, verdict,
                          detail, want, normal))
    return len(rows), agree, diffs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tap", action="store_true")
    ap.add_argument("--min", type=float, default=99.5)
    ap.add_argument("--show", type=int, default=20)
    ap.add_argument("judge")
    ap.add_argument("setdir")
    ap.add_argument("kinds", nargs="*")
    a = ap.parse_args()
    kinds = a.kinds or ["email", "phone", "postal"]
    pats = {}
    with open(a.setdir + "/postal-patterns.tsv", encoding="utf-8") as f:
        for ln in f:
            cc, pat = ln.rstrip("\n").split("\t")
            pats[cc] = pat
    if a.tap:
        print("1..%d" % len(kinds))
    fails = 0
    for i, kind in enumerate(kinds, 1):
        try:
            n, agree, diffs = score(a.judge, a.setdir, kind, pats)
        except (OSError, RuntimeError, subprocess.CalledProcessError) as e:
            print("not ok %d - %s: %s" % (i, kind, e) if a.tap else
                  "%s: %s" % (kind, e))
            fails += 1
            continue
        pct = 100.0 * agree / n if n else 0.0
        good = pct >= a.min
        fails += not good
        msg = "%s: %d of %d agree (%.2f %%)" % (kind, agree, n, pct)
        if a.tap:
            print("%s %d - %s, goal %.1f %%" % ("ok" if good else "not ok",
                                                i, msg, a.min))
        else:
            print(msg)
        for d in diffs[:a.show]:
            print("#   " + d)
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
