#!/bin/bash
# scan-vs-copy.sh -- time `steward scan` against `COPY customers TO STDOUT`
# on the same data in the same run, and print the ratios.
#
#   tests/bench/scan-vs-copy.sh [ROWS] [REPEAT]     (default 1000000 3)
#
# Uses $STEWARD, or _build/steward (contrib/demo.sh builds it).  With
# $BENCH_DATA set to a file, the generated rows are kept there and reused
# by the next run of the same ROWS.
#
# The baseline is psql copying the whole table to /dev/null.  Each figure
# is the median of REPEAT rounds after one warm-up; a round times the
# baseline and every scan one after the other, so load on the machine
# falls on all of them alike.  Four rule sets:
#   regex3  the three regex checks (email, phone, postal code)
#   fields  every shipped field check
#   packs   the regex checks with compliance.rules and every pack (issue
#           20's wall-time figure)
#   every   every shipped rule but duplicates (issue 20's CPU figure: the
#           user+sys time of the steward process against COPY's wall time)
#
# Besides wall and client CPU, each command's server CPU: the user+sys
# time of the backends it used, which the postmaster collects when they
# exit (its children's times in /proc/PID/stat).  On a shared machine
# wall time measures the load as much as the work; CPU time does not.
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
data=${BENCH_DATA:-$dir/rows.tsv}
if [ ! -s "$data" ] || [ "$(wc -l <"$data")" -ne "$rows" ]; then
	python3 "$top/contrib/gen-customers.py" --rows "$rows" --seed 1 >"$data"
fi
psql -X -q -c "COPY customers FROM STDIN" <"$data"
psql -X -q -c "VACUUM ANALYZE customers"

sed -n '/^check email_malformed/,/^}/p; /^check phone_malformed/,/^}/p; /^check postal_malformed/,/^}/p' \
	"$top/rules/fields.rules" >"$dir/regex3.rules"
sets="regex3 fields packs every"
for set in $sets; do
	case $set in
	regex3) inc="include \"$dir/regex3.rules\"" ;;
	fields) inc="include \"$top/rules/fields.rules\"" ;;
	packs) inc="include \"$dir/regex3.rules\"
include \"$top/rules/compliance.rules\"
include \"$top/rules/packs/*.rules\"" ;;
	every) inc="include \"$top/rules/fields.rules\"
include \"$top/rules/compliance.rules\"
include \"$top/rules/packs/*.rules\"" ;;
	esac
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
		birth_date "birth_date"
		created_at "created_at"
		updated_at "updated_at"
		last_activity_at "last_activity_at"
		consent_marketing "marketing_opt_in"
		consent_at "consent_at"
		consent_source "consent_source"
		opted_out_at "opted_out_at"
		storage_region "storage_region"
	}
	consent_kinds {
		express ["web_form", "double_opt_in", "newsletter_signup", "paper_form"]
		implied_purchase ["checkout", "in_store_tablet"]
		implied_inquiry ["phone_call"]
	}
}
$inc
CONF
done

pm=$(head -n 1 "$dir/pg/data/postmaster.pid")
tck=$(getconf CLK_TCK)
# The postmaster's children's CPU so far, in seconds.
server_cpu() { awk -v t="$tck" '{ printf "%.3f\n", ($16 + $17) / t }' "/proc/$pm/stat"; }
# timed CMD...: "wall user+sys server maxrss" of one run (s, s, s, KB)
timed() {
	local s0 s1
	s0=$(server_cpu)
	/usr/bin/time -f '%e %U %S %M' -o "$dir/time" "$@" >/dev/null
	sleep 0.3	# the postmaster reaps the backends
	s1=$(server_cpu)
	awk -v a="$s0" -v b="$s1" '{ printf "%.3f %.3f %.3f %d\n", $1, $2 + $3, b - a, $4 }' "$dir/time"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

psql -X -q -c "COPY customers TO STDOUT" >/dev/null	# warm the cache
# The first scan of each set inserts every finding: timed once, apart.
for set in $sets; do
	timed "$steward" scan -q -c "$dir/$set.conf" >"$dir/first.$set"
done
for _ in $(seq "$repeat"); do
	timed psql -X -q -c "COPY customers TO STDOUT" >>"$dir/t.copy"
	timed psql -X -q -c "COPY (SELECT customer_id, email, phone, postcode FROM customers) TO STDOUT" >>"$dir/t.cols"
	for set in $sets; do
		timed "$steward" scan -q -c "$dir/$set.conf" >>"$dir/t.$set"
	done
done
load=$(cut -d' ' -f1-3 /proc/loadavg)
wall() { cut -d' ' -f1 "$dir/t.$1" | median; }
cpu() { cut -d' ' -f2 "$dir/t.$1" | median; }
srv() { cut -d' ' -f3 "$dir/t.$1" | median; }
rss() { cut -d' ' -f4 "$dir/t.$1" | sort -n | tail -n 1; }
copy_t=$(wall copy)
cols_t=$(wall cols)

echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), PostgreSQL $(psql -X -A -t -c 'SHOW server_version'), load at the end $load"
echo "rows: $rows, median of $repeat rounds"
srv_t=$(srv copy)
printf 'COPY customers TO STDOUT > /dev/null     %8.3fs   server cpu %.3fs\n' "$copy_t" "$srv_t"
printf 'COPY (key, email, phone, postcode)       %8.3fs  (stricter baseline)\n' "$cols_t"
for set in $sets; do
	n=$(psql -X -A -t -c "SELECT count(*) FROM bench_$set.findings WHERE status = 'open'")
	printf 'steward scan, %-6s  wall %8.3fs  ratio %s   cpu %8.3fs  ratio %s   server cpu %.3fs  ratio %s   max RSS %d KB  (%s open findings)\n' \
		"$set" "$(wall $set)" "$(ratio "$(wall $set)" "$copy_t")" \
		"$(cpu $set)" "$(ratio "$(cpu $set)" "$copy_t")" \
		"$(srv $set)" "$(ratio "$(srv $set)" "$srv_t")" "$(rss $set)" "$n"
done
for set in $sets; do
	read -r w c _ <"$dir/first.$set"
	printf 'first scan, %-6s    wall %8.3fs  ratio %s   cpu %8.3fs\n' "$set" "$w" \
		"$(ratio "$w" "$copy_t")" "$c"
done
printf 'scan with 3 regex checks over the stricter baseline: ratio %s\n' \
	"$(ratio "$(wall regex3)" "$cols_t")"
