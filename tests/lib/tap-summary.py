#!/usr/bin/env python3
# tap-summary.py -- the summary of tests/run-all.sh: what each stage ran
# (passed / failed / skipped as that stage saw them), then every assertion
# counted once, whichever stages repeated it.
#
#   tap-summary.py --allow tests/skips.allow \
#       --stage NAME LOG EXIT_STATUS EXPECTED_TESTS_FILE ...
#
# LOG is the output of `make check` (or of a target that runs it): the
# lines "PASS: tests/x.sh 3 - what" that automake's tap-driver prints.
# EXPECTED_TESTS_FILE names, one a line, the tests the stage must run; a
# test with no result line did not run, and that is a failure.  So is a
# stage that exits non-zero with no failed assertion to show for it (a
# test program that did not compile), and a stage that ran nothing.
#
# An assertion is the pair (test, TAP number); a test's plan-level result
# (a whole-file skip, "exited with status 2") is one more.  Across the
# stages an assertion failed if any stage failed it, else passed if any
# stage passed it, else it was skipped.  A skip that the allow-list does
# not name counts as a failure: the assertion was meant to run.
#
# The last line is "N passed, N failed, N skipped" over the distinct
# assertions, stage failures added to "failed"; the exit status is 1 when
# anything failed.
import argparse
import re
import sys

RESULT = re.compile(r"^(PASS|FAIL|XFAIL|XPASS|SKIP|ERROR): (\S+)(?: (.*))?$")
OUTCOME = {"PASS": "pass", "XFAIL": "pass", "FAIL": "fail", "XPASS": "fail",
           "ERROR": "fail", "SKIP": "skip"}


def parse(log):
    """[(test, ident, outcome, reason, line)] in the order of the log, and
    the sum of automake's "# TOTAL: N" lines (None without any)."""
    out = []
    total = None
    try:
        f = open(log, errors="replace")
    except OSError:
        return out, total
    with f:
        for line in f:
            t = re.match(r"^# TOTAL: +(\d+)$", line.rstrip("\n"))
            if t:
                total = (total or 0) + int(t.group(1))
                continue
            m = RESULT.match(line.rstrip("\n"))
            if not m:
                continue
            kind, test, rest = m.group(1), m.group(2), m.group(3) or ""
            n = re.match(r"(\d+)(?:\s|$)", rest)
            if n:
                ident = int(n.group(1))
                reason = rest.split("# SKIP", 1)[1].strip() \
                    if "# SKIP" in rest else ""
            else:
                # Plan-level: "- reason" of a whole-file skip, or an error
                # such as "- exited with status 2".
                ident = "plan" if kind == "SKIP" else rest
                reason = rest[2:] if rest.startswith("- ") else rest
            out.append((test, ident, OUTCOME[kind], reason, line.rstrip()))
    return out, total


def read_allow(path):
    """[(stage, test, reason prefix)] from the allow-list."""
    allow = []
    with open(path) as f:
        for no, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split("|")]
            if len(parts) != 4 or not all(parts):
                sys.exit("%s:%d: expected STAGE | TEST | REASON | WHY"
                         % (path, no))
            allow.append(tuple(parts[:3]))
    return allow


def allowed(allow, stage, test, reason):
    return any((s == "*" or s == stage) and t == test and
               reason.startswith(r) for s, t, r in allow)


def kind_of(test):
    if test.startswith("tests/unit/"):
        return "unit"
    if test.startswith("tests/fuzz/"):
        return "fuzz corpus replays"
    if test == "tests/style.sh":
        return "style and documentation"
    return "integration"


def ranges(idents):
    """1-13, 15 for numbers; anything else as it is."""
    nums = sorted(i for i in idents if isinstance(i, int))
    out, start, prev = [], None, None
    for n in nums:
        if start is None:
            start = prev = n
        elif n == prev + 1:
            prev = n
        else:
            out.append(str(start) if start == prev else "%d-%d" % (start, prev))
            start = prev = n
    if start is not None:
        out.append(str(start) if start == prev else "%d-%d" % (start, prev))
    out += [str(i) for i in idents if not isinstance(i, int)]
    return ", ".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--allow", required=True)
    ap.add_argument("--stage", nargs=4, action="append", default=[],
                    metavar=("NAME", "LOG", "STATUS", "EXPECTED"))
    args = ap.parse_args()
    allow = read_allow(args.allow)

    stage_failures = []		# (stage, text)
    distinct = {}		# (test, ident) -> outcome
    order = []
    skips = {}			# (stage, test, reason, allowed) -> [ident]
    failures = []		# (stage, line)
    print("%-12s %7s %7s %8s   %s" % ("stage", "passed", "failed", "skipped",
                                       "(each stage's own count)"))
    for name, log, status, expected in args.stage:
        res, automake_total = parse(log)
        count = {"pass": 0, "fail": 0, "skip": 0}
        ran = set()
        for test, ident, outcome, reason, line in res:
            count[outcome] += 1
            ran.add(test)
            key = (test, ident)
            if key not in distinct:
                distinct[key] = outcome
                order.append(key)
            if outcome == "skip":
                ok = allowed(allow, name, test, reason)
                skips.setdefault((name, test, reason, ok), []).append(ident)
                if not ok:
                    outcome = "fail"
            elif outcome == "fail":
                failures.append((name, line))
            if outcome == "fail":
                distinct[key] = "fail"
            elif outcome == "pass" and distinct[key] == "skip":
                distinct[key] = "pass"
        notes = []
        try:
            with open(expected) as f:
                want = [t for t in f.read().split() if t]
        except OSError:
            want = []
        missing = [t for t in want if t not in ran]
        if not res and not want:
            stage_failures.append((name, "had no tests to run (none was "
                                   "built: see test-logs/tests.list)"))
            notes.append("no tests to run")
        elif not res:
            # Nothing ran: one failure, not one per test.
            stage_failures.append((name, "ran none of its %d tests (exit "
                                   "status %s): it broke before them, see "
                                   "test-logs/%s.log" % (len(want), status,
                                                         name)))
            notes.append("ran no tests; exit status %s" % status)
        else:
            for t in missing:
                stage_failures.append((name, "%s did not run" % t))
            if missing:
                notes.append("%d of %d tests did not run"
                             % (len(missing), len(want)))
            if status != "0" and count["fail"] == 0:
                stage_failures.append((name, "exited with status %s and no "
                                       "test failed: it broke around its "
                                       "tests, see test-logs/%s.log"
                                       % (status, name)))
                notes.append("exit status %s" % status)
        if automake_total is not None and automake_total != len(res):
            stage_failures.append((name, "%d result lines but automake "
                                   "counted %d: output interleaved or cut "
                                   "(see test-logs/%s.log)"
                                   % (len(res), automake_total, name)))
            notes.append("count mismatch")
        print("%-12s %7d %7d %8d   %s" % (name, count["pass"], count["fail"],
                                         count["skip"],
                                         "FAILED: " + "; ".join(notes)
                                         if notes else ""))

    total = {"pass": 0, "fail": 0, "skip": 0}
    kinds = {}
    for key in order:
        total[distinct[key]] += 1
        k = kinds.setdefault(kind_of(key[0]), {"pass": 0, "fail": 0, "skip": 0})
        k[distinct[key]] += 1
    print()
    print("%d distinct assertions (a repeat in another stage is the same "
          "assertion):" % len(order))
    for k in ("unit", "integration", "fuzz corpus replays",
              "style and documentation"):
        if k in kinds:
            c = kinds[k]
            print("  %-24s %5d passed, %d failed, %d skipped"
                  % (k, c["pass"], c["fail"], c["skip"]))
    if skips:
        print()
        print("Skipped (allowed: in %s; not allowed: counted as failed):"
              % args.allow)
        for (stage, test, reason, ok), ids in sorted(
                skips.items(), key=lambda kv: (not kv[0][3], kv[0][:3])):
            print("  %s %s %s %s: %s" % ("allowed    " if ok else "NOT ALLOWED",
                                         stage, test, ranges(ids),
                                         reason or "(no reason given)"))
    if failures or stage_failures:
        print()
        print("Failed:")
        for stage, line in failures[:200]:
            print("  %s: %s" % (stage, line))
        if len(failures) > 200:
            print("  ... and %d more" % (len(failures) - 200))
        for stage, text in stage_failures[:200]:
            print("  %s: %s" % (stage, text))
    failed = total["fail"] + len(stage_failures)
    print("%d passed, %d failed, %d skipped" % (total["pass"], failed,
                                               total["skip"]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
