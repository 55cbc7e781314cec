#!/bin/bash
# parse.sh -- time `steward check` on FILES rule files of CHECKS checks
# each (default 1000 x 100: 100,000 checks), against `cat` of the same
# files as the baseline.  Two kinds: required checks (parsing, overrides,
# compilation without regex) and regex checks (plus PCRE2 JIT).
#
#   tests/bench/parse.sh [FILES] [CHECKS]
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
steward=${STEWARD:-$top/_build/steward}
files=${1:-1000}
checks=${2:-100}
dir=$(mktemp -d /tmp/steward-parse.XXXXXX)
trap 'rm -rf "$dir"' EXIT

for kind in required regex; do
	mkdir -p "$dir/$kind"
	python3 - "$dir/$kind" "$files" "$checks" "$kind" <<'PY'
import sys
d, files, checks, kind = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
for f in range(files):
    with open("%s/r%04d.rules" % (d, f), "w") as out:
        for c in range(checks):
            test = "required" if kind == "required" else "regex '^[A-Za-z0-9._%%+-]+@[a-z0-9.-]+\\\\.[a-z]{2,}$|^x%d$'" % c
            out.write("# check %d of file %d\ncheck f%04d_c%03d {\n\tfields [email, phone]\n\t%s\n"
                      "\tseverity warning\n\tdescription \"Check %d of file %d\"\n}\n" % (c, f, f, c, test, c, f))
PY
	cat >"$dir/$kind.conf" <<CONF
database { conninfo "dbname=crm" }
customers { table "t"; key "id"; map { email "e"; phone "p" } }
include "$dir/$kind/*.rules"
CONF
done

secs() {
	local t0 t1
	t0=$(date +%s%N)
	"$@" >/dev/null
	t1=$(date +%s%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'
}
base=$(secs sh -c "cat $dir/required/*.rules")
req=$(secs "$steward" check -q -c "$dir/required.conf")
rx=$(secs "$steward" check -q -c "$dir/regex.conf")
size=$(du -sh "$dir/required" | cut -f1)
echo "$files files x $checks checks ($size): cat ${base}s"
echo "steward check, required checks: ${req}s"
echo "steward check, regex checks (PCRE2 JIT): ${rx}s"
