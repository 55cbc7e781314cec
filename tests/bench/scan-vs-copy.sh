#!/bin/bash
# scan-vs-copy.sh -- time `steward scan` against `COPY customers TO STDOUT`
# on the same data in the same run, and print the ratio.
#
#   tests/bench/scan-vs-copy.sh [ROWS] [REPEAT]     (default 1000000 3)
#
# Uses $STEWARD, or _build/steward (contrib/demo.sh builds it).
#
# The baseline is psql copying the whole table to /dev/null.  Each figure
# is the median of REPEAT runs after one warm-up.  Two rule sets: the
# three regex checks of the issue (email, phone, postal code), and every
# shipped field check.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
rows=${1:-1000000}
repeat=${2:-3}
steward=${STEWARD:-$top/_build/steward}
dir=$(mktemp -d /tmp/steward-bench.XXXXXX)
chmod 755 "$dir"
. "$top/tests/lib/pg.sh"
trap 'pg_stop; rm -rf "$dir"' EXIT
pg_start "$dir/pg"

python3 "$top/contrib/gen-customers.py" --schema | psql -X -q
python3 "$top/contrib/gen-customers.py" --rows "$rows" --seed 1 |
	psql -X -q -c "COPY customers FROM STDIN"
psql -X -q -c "VACUUM ANALYZE customers"

# Three regex checks only.
sed -n '/^check email_malformed/,/^}/p; /^check phone_malformed/,/^}/p; /^check postal_malformed/,/^}/p' \
	"$top/rules/fields.rules" >"$dir/regex3.rules"
for set in regex3 all; do
	rules=$dir/regex3.rules
	[ $set = all ] && rules=$top/rules/fields.rules
	cat >"$dir/$set.conf" <<CONF
database { conninfo "$STEWARD_CONNINFO"; schema "bench_$set" }
customers {
	table "customers"
	key "customer_id"
	map {
		first_name "given_name"
		last_name "family_name"
		email "email"
		phone "phone"
		country "country"
		postal_code "postcode"
	}
}
include "$rules"
CONF
done

# seconds CMD...: wall time of one run
seconds() {
	local t0 t1
	t0=$(date +%s%N)
	"$@" >/dev/null
	t1=$(date +%s%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", (b - a) / 1e9 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
copy() { psql -X -q -c "COPY customers TO STDOUT" >/dev/null; }
# A stricter baseline: only the columns the three regex checks read.
copy_cols() { psql -X -q -c "COPY (SELECT customer_id, email, phone, postcode FROM customers) TO STDOUT" >/dev/null; }

copy	# warm the cache
# The first scan of each set inserts every finding: timed once, apart.
first3=$(seconds "$steward" scan -q -c "$dir/regex3.conf")
first_all=$(seconds "$steward" scan -q -c "$dir/all.conf")
copy_t=$(for _ in $(seq "$repeat"); do seconds copy; done | median)
cols_t=$(for _ in $(seq "$repeat"); do seconds copy_cols; done | median)
r3_t=$(for _ in $(seq "$repeat"); do seconds "$steward" scan -q -c "$dir/regex3.conf"; done | median)
all_t=$(for _ in $(seq "$repeat"); do seconds "$steward" scan -q -c "$dir/all.conf"; done | median)
findings3=$(psql -X -A -t -c "SELECT count(*) FROM bench_regex3.findings WHERE status = 'open'")
findings_all=$(psql -X -A -t -c "SELECT count(*) FROM bench_all.findings WHERE status = 'open'")

echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), PostgreSQL $(psql -X -A -t -c 'SHOW server_version')"
echo "rows: $rows, median of $repeat runs"
printf 'COPY customers TO STDOUT > /dev/null   %8.3fs\n' "$copy_t"
printf 'COPY (key, email, phone, postcode)       %8.3fs  (stricter baseline)\n' "$cols_t"
printf 'steward scan, 3 regex checks           %8.3fs  ratio %.2f  (%s open findings)\n' "$r3_t" \
	"$(awk -v a="$r3_t" -v b="$copy_t" 'BEGIN { print a / b }')" "$findings3"
printf 'steward scan, all 8 field checks       %8.3fs  ratio %.2f  (%s open findings)\n' "$all_t" \
	"$(awk -v a="$all_t" -v b="$copy_t" 'BEGIN { print a / b }')" "$findings_all"
printf 'first scans (inserting every finding): 3 regex %.3fs (ratio %.2f), 8 checks %.3fs (ratio %.2f)\n' \
	"$first3" "$(awk -v a="$first3" -v b="$copy_t" 'BEGIN { print a / b }')" \
	"$first_all" "$(awk -v a="$first_all" -v b="$copy_t" 'BEGIN { print a / b }')"
printf 'scan with 3 regex checks over the stricter baseline: ratio %.2f\n' \
	"$(awk -v a="$r3_t" -v b="$cols_t" 'BEGIN { print a / b }')"
