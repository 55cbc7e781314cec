#!/usr/bin/python3
# phone-accuracy.py -- compare the phone validator with libphonenumber
# (Debian's python3-phonenumbers, the same release the metadata of
# validators/phone_meta.c comes from).  Prints TAP.
#
#   /usr/bin/python3 phone-accuracy.py steward /path/to/steward
#   /usr/bin/python3 phone-accuracy.py cli /path/to/tests/bench/phone_cli
#
# For every region and every number type with an example number, the
# example is written in national, international and E.164 form, after the
# region's own international prefix, with "(0)" after the calling code
# where 0 is the trunk prefix, and with an extension; and three
# invalid variants of it (one digit more, one digit less, another leading
# digit) in national and international form.  The non-geographic entities
# (+800, +808, ...) are tried in international form with no country.  Each
# string goes through the validator ("value TAB ok|bad TAB normal-or-reason"
# per line) and through phonenumbers.parse() + is_valid_number() +
# format_number(E164); the verdicts, and the E.164 forms of the numbers
# both find valid, must agree for at least MIN_AGREEMENT of them.

import subprocess
import sys

MIN_AGREEMENT = 99.5

try:
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneMetadata
    from phonenumbers import PhoneNumberFormat as PNF
    from phonenumbers import PhoneNumberType as PNT
except ImportError:
    print("1..0 # SKIP python3-phonenumbers not installed")
    sys.exit(0)

TYPES = [PNT.FIXED_LINE, PNT.MOBILE, PNT.TOLL_FREE, PNT.PREMIUM_RATE,
         PNT.SHARED_COST, PNT.VOIP, PNT.PERSONAL_NUMBER, PNT.PAGER,
         PNT.UAN, PNT.VOICEMAIL]
DESCS = ["fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost",
         "voip", "personal_number", "pager", "uan", "voicemail"]


def variants(nsn):
    """Invalid-looking variants of a national significant number."""
    out = [nsn + "1", nsn[:-1]]
    first = str((int(nsn[0]) + 1) % 10)
    out.append(first + nsn[1:])
    return [v for v in out if v]


def expected(value, region):
    try:
        num = phonenumbers.parse(value, region)
    except NumberParseException:
        return ("bad", None)
    if phonenumbers.is_valid_number(num):
        return ("ok", phonenumbers.format_number(num, PNF.E164))
    return ("bad", None)


def cases_for_region(region):
    md = PhoneMetadata.metadata_for_region(region)
    values = []
    for t in TYPES:
        ex = phonenumbers.example_number_for_type(region, t)
        if ex is None:
            continue
        values.append(("valid", phonenumbers.format_number(ex, PNF.NATIONAL)))
        values.append(("valid",
                       phonenumbers.format_number(ex, PNF.INTERNATIONAL)))
        values.append(("valid", phonenumbers.format_number(ex, PNF.E164)))
        nsn = phonenumbers.national_significant_number(ex)
        prefix = md.national_prefix or ""
        idd = md.preferred_international_prefix or md.international_prefix
        if idd and idd.isdigit():
            values.append(("valid", "%s %d %s" % (idd, ex.country_code, nsn)))
        if prefix == "0":
            values.append(("valid", "+%d (0)%s" % (ex.country_code, nsn)))
        values.append(("valid", phonenumbers.format_number(ex, PNF.NATIONAL) +
                       " ext. 123"))
        for v in variants(nsn):
            values.append(("variant", "+%d %s" % (ex.country_code, v)))
            values.append(("variant", prefix + v))
    return values


def cases_nongeo(cc):
    md = PhoneMetadata.metadata_for_nongeo_region(cc)
    values = []
    for name in DESCS:
        d = getattr(md, name)
        if d is None or not d.example_number:
            continue
        values.append(("valid", "+%d %s" % (cc, d.example_number)))
        for v in variants(d.example_number):
            values.append(("variant", "+%d %s" % (cc, v)))
    return values


def run(mode, cmd, region, values):
    if mode == "steward":
        argv = [cmd, "validate", "phone"]
    else:
        argv = [cmd]
    if region is not None:
        argv += ["--country", region]
    data = "".join(v + "\n" for _, v in values)
    p = subprocess.run(argv, input=data.encode(), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    lines = p.stdout.decode("utf-8", "replace").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    # steward validate exits 1 when some value is bad: that is an answer.
    if p.returncode not in (0, 1) or len(lines) != len(values):
        raise RuntimeError("%s: exit %d, %d lines for %d values: %s" %
                           (" ".join(argv), p.returncode, len(lines),
                            len(values), p.stderr.decode()[:200]))
    got = []
    for line in lines:
        f = line.split("\t")
        got.append((f[1], f[2]) if len(f) >= 3 else ("?", line))
    return got


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("steward", "cli"):
        sys.exit("usage: phone-accuracy.py steward|cli COMMAND")
    mode, cmd = sys.argv[1], sys.argv[2]
    print("1..3")
    jobs = [(r, cases_for_region(r))
            for r in sorted(phonenumbers.SUPPORTED_REGIONS)]
    jobs += [(None, cases_nongeo(cc))
             for cc in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS)]
    total = agree = lib_ok = 0
    kinds = {"valid": [0, 0], "variant": [0, 0]}
    by_region = {}
    diffs = []
    try:
        for region, values in jobs:
            if not values:
                continue
            got = run(mode, cmd, region, values)
            for (kind, value), (verdict, detail) in zip(values, got):
                exp = expected(value, region)
                lib_ok += exp[0] == "ok"
                same = verdict == exp[0] and (verdict != "ok" or
                                              detail == exp[1])
                total += 1
                kinds[kind][0] += 1
                if same:
                    agree += 1
                    kinds[kind][1] += 1
                    continue
                key = region or "001"
                by_region[key] = by_region.get(key, 0) + 1
                diffs.append("%s %r: steward %s %s, libphonenumber %s %s" %
                             (key, value, verdict, detail, exp[0],
                              exp[1] or ""))
    except (OSError, RuntimeError) as e:
        print("not ok 1 - the validator runs: %s" % e)
        print("not ok 2 - agreement with libphonenumber (no run)")
        print("not ok 3 - example numbers (no run)")
        return 1
    print("ok 1 - the validator judged %d values in %d regions (%s)" %
          (total, len(jobs), mode))
    pct = 100.0 * agree / total if total else 0.0
    print("# libphonenumber %s: %d of %d agree (%.2f %%)" %
          (phonenumbers.__version__, agree, total, pct))
    print("#   libphonenumber finds %d valid and %d invalid" %
          (lib_ok, total - lib_ok))
    for kind, (n, a) in sorted(kinds.items()):
        print("#   %s: %d of %d (%.2f %%)" %
              (kind, a, n, 100.0 * a / n if n else 0.0))
    if by_region:
        worst = sorted(by_region.items(), key=lambda kv: (-kv[1], kv[0]))
        print("# disagreements by region: " +
              ", ".join("%s %d" % kv for kv in worst[:20]))
    for line in diffs[:20]:
        print("#   " + line)
    fails = 0
    if pct >= MIN_AGREEMENT:
        print("ok 2 - agreement %.2f %% >= %.1f %%" % (pct, MIN_AGREEMENT))
    else:
        print("not ok 2 - agreement %.2f %% < %.1f %%" % (pct, MIN_AGREEMENT))
        fails += 1
    n, a = kinds["valid"]
    vpct = 100.0 * a / n if n else 0.0
    if vpct >= MIN_AGREEMENT:
        print("ok 3 - example numbers: %.2f %% agree" % vpct)
    else:
        print("not ok 3 - example numbers: %.2f %% agree" % vpct)
        fails += 1
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
