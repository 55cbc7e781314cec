#!/usr/bin/env python3
"""check-truth.py -- compare Steward findings with a generator's ground truth.

Usage:
    check-truth.py [--run-id ID] TRUTH.tsv FINDINGS.csv

TRUTH.tsv is the ground truth written by contrib/gen-customers.py --truth
(header record_key, kind, field, note; tab-separated).  FINDINGS.csv is
Steward's findings export (RFC 4180 CSV with header
run_id,check,record_key,field,jurisdiction,severity,status,detail).

By default the checks of rules/fields.rules are compared; --checks A,B,...
names others (the compliance checks, or email_typo_domain: the planted
typo domains against the findings of email_malformed.advice whose detail
is "typo-domain:...", the email validator's advice, a method whose recall
is measured rather than required).  Compared is the set of
(record_key, check, field) from the findings against the set of
(record_key, kind, field) from the truth.  Prints, per check, how many were
planted and found and how many were missed and extra, with up to 10 examples
of each miss and extra.  Exit status: 0 if nothing was missed and nothing
extra was found, 1 otherwise, 2 on unreadable input.  With --run-id only
findings of that run are considered (for exports holding several runs).
With --by-jurisdiction the found findings are also counted per
jurisdiction (a record belongs to one, so per-record equality is
per-jurisdiction equality).
"""

import argparse
import csv
import sys

CHECKS = ("email_malformed", "phone_malformed", "postal_malformed",
          "placeholder_name", "placeholder_email", "required_email",
          "required_last_name", "required_country", "country_invalid",
          "birth_date_invalid")
# Truth kinds found as a check's advice: kind -> (check, detail prefix).
ADVICE_KINDS = {"email_typo_domain": ("email_malformed.advice", "typo-domain:")}
MAX_EXAMPLES = 10


def read_truth(path, CHECKS=CHECKS):
    """{(record_key, kind, field): note} for the compared kinds."""
    truth = {}
    with open(path, encoding="utf-8-sig", newline="") as fh:
        header = fh.readline().rstrip("\r\n").split("\t")
        if header[:3] != ["record_key", "kind", "field"]:
            raise ValueError("%s: unexpected header %r" % (path, header))
        for lineno, line in enumerate(fh, 2):
            line = line.rstrip("\r\n")
            if not line:
                continue
            parts = line.split("\t", 3)
            if len(parts) < 3:
                raise ValueError("%s:%d: expected at least 3 tab-separated fields"
                                 % (path, lineno))
            key, kind, field = parts[0].strip(), parts[1].strip(), parts[2].strip()
            if kind in CHECKS:
                truth[(key, kind, field)] = parts[3] if len(parts) > 3 else ""
    return truth


def read_findings(path, run_id=None, CHECKS=CHECKS, jur=None):
    """{(record_key, check, field): detail} for the compared checks."""
    found = {}
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rd = csv.DictReader(fh)
        need = {"check", "record_key", "field"}
        if rd.fieldnames is None or not need.issubset(rd.fieldnames):
            raise ValueError("%s: header %r lacks %s" % (path, rd.fieldnames, sorted(need)))
        for row in rd:
            if run_id is not None and (row.get("run_id") or "").strip() != run_id:
                continue
            check = (row["check"] or "").strip()
            for kind, (chk, prefix) in ADVICE_KINDS.items():
                if (check == chk and kind in CHECKS and
                        (row.get("detail") or "").startswith(prefix)):
                    check = kind
            if check not in CHECKS:
                continue
            k = ((row["record_key"] or "").strip(), check, (row["field"] or "").strip())
            found.setdefault(k, row.get("detail") or "")
            if jur is not None:
                jur[k] = (row.get("jurisdiction") or "").strip()
    return found


def _sort_key(t):
    key = t[0]
    return (0, int(key), t) if key.isdigit() else (1, 0, t)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Compare Steward findings with ground truth.")
    ap.add_argument("truth", metavar="TRUTH.tsv")
    ap.add_argument("findings", metavar="FINDINGS.csv")
    ap.add_argument("--run-id", help="only consider findings of this run_id")
    ap.add_argument("--checks", help="comma-separated checks to compare")
    ap.add_argument("--by-jurisdiction", action="store_true",
                    help="also count the findings per jurisdiction")
    a = ap.parse_args(argv)
    checks = tuple(a.checks.split(",")) if a.checks else CHECKS
    jur = {}
    try:
        truth = read_truth(a.truth, checks)
        found = read_findings(a.findings, a.run_id, checks, jur)
    except (OSError, ValueError, csv.Error, UnicodeDecodeError) as e:
        print("check-truth: %s" % e, file=sys.stderr)
        return 2

    planted_s, found_s = set(truth), set(found)
    missed = planted_s - found_s
    extra = found_s - planted_s
    print("%-20s %8s %8s %8s %8s" % ("check", "planted", "found", "missed", "extra"))
    tot = [0, 0, 0, 0]
    CHECKS_ = checks
    for chk in CHECKS_:
        row = [sum(1 for t in planted_s if t[1] == chk),
               sum(1 for t in found_s if t[1] == chk),
               sum(1 for t in missed if t[1] == chk),
               sum(1 for t in extra if t[1] == chk)]
        tot = [x + y for x, y in zip(tot, row)]
        print("%-20s %8d %8d %8d %8d" % ((chk,) + tuple(row)))
    print("%-20s %8d %8d %8d %8d" % (("total",) + tuple(tot)))
    if a.by_jurisdiction:
        jurs = sorted(set(jur.values()))
        print("\nfound per jurisdiction:")
        print("%-20s" % "check" + "".join("%8s" % j[:8] for j in jurs))
        for chk in CHECKS_:
            print("%-20s" % chk + "".join(
                "%8d" % sum(1 for k, v in jur.items() if k[1] == chk and v == j)
                for j in jurs))

    for chk in CHECKS_:
        m = sorted((t for t in missed if t[1] == chk), key=_sort_key)
        if m:
            print("\nmissed %s (%d), e.g.:" % (chk, len(m)))
            for t in m[:MAX_EXAMPLES]:
                print("  record_key=%s field=%s note=%s" % (t[0], t[2] or "-", truth[t]))
        x = sorted((t for t in extra if t[1] == chk), key=_sort_key)
        if x:
            print("\nextra %s (%d), e.g.:" % (chk, len(x)))
            for t in x[:MAX_EXAMPLES]:
                print("  record_key=%s field=%s detail=%s" % (t[0], t[2] or "-", found[t]))

    ok = not missed and not extra
    print("\n%s" % ("OK: findings match the ground truth" if ok else
                    "MISMATCH: %d missed, %d extra" % (len(missed), len(extra))))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
