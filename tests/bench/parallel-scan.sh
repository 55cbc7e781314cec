#!/bin/bash
# parallel-scan.sh -- scan { parallel N } against the serial scan and
# against COPY, in one run on the same data; CPU per row of each rule
# set; memory of a scan at each size.
#
#   [SETS="p1 p2 p4 fields comp"] tests/bench/parallel-scan.sh [REPEAT] [ROWS...]
#                                                   (default 3 1000000)
#
# Uses $STEWARD, or _build/steward.  For each size: ROWS generated
# customers (contrib/gen-customers.py --seed 1), VACUUM ANALYZEd, then,
# each the median of REPEAT runs after one warm-up scan per schema:
#
# - the baseline `COPY customers TO STDOUT > /dev/null` (wall);
# - `steward scan` with every shipped rule but duplicates (the field
#   checks, compliance.rules and every pack) with parallel 1, 2 and 4:
#   wall, CPU of steward and its workers (user + sys, /usr/bin/time), the
#   largest process's peak RSS, the peak of the summed PSS of steward
#   and its workers (sampled from /proc every 20 ms), and the time to the
#   end of the stream (`steward -v`: "streamed N rows in S"), the part
#   that parallel spreads;
# - the field checks alone and compliance alone at parallel 1: rows per
#   CPU second of steward.
#
# It checks that every parallel setting found the same open findings.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
repeat=${1:-3}
shift || true
sizes=${*:-1000000}
sets=${SETS:-p1 p2 p4 fields comp}
steward=${STEWARD:-$top/_build/steward}
dir=$(mktemp -d /tmp/steward-bench.XXXXXX)
chmod 755 "$dir"
. "$top/tests/lib/pg.sh"
trap 'pg_stop; rm -rf "$dir"' EXIT
pg_start "$dir/pg"

# conf NAME PARALLEL RULES...: the demo's mapping, these rule files.
conf() {
	local name=$1 par=$2
	shift 2
	sed -e "s|@CONNINFO@|$STEWARD_CONNINFO|" -e "s|@TOP@|$top|" \
		-e "s|^database {|database {\n\tschema \"bench_$name\"|" \
		-e '/^include /d' "$top/contrib/demo/steward.conf.in" >"$dir/$name.conf"
	for f in "$@"; do echo "include \"$f\"" >>"$dir/$name.conf"; done
	printf 'scan { parallel %s }\n' "$par" >>"$dir/$name.conf"
}
packs=$top/rules/packs/*.rules
conf p1 1 "$top/rules/fields.rules" "$top/rules/compliance.rules" $packs
conf p2 2 "$top/rules/fields.rules" "$top/rules/compliance.rules" $packs
conf p4 4 "$top/rules/fields.rules" "$top/rules/compliance.rules" $packs
conf fields 1 "$top/rules/fields.rules"
conf comp 1 "$top/rules/compliance.rules" $packs

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
seconds() {
	local t0 t1
	t0=$(date +%s%N)
	"$@" >/dev/null
	t1=$(date +%s%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", (b - a) / 1e9 }'
}
copy() { psql -X -q -c "COPY customers TO STDOUT" >/dev/null; }

# pss_peak PID: the largest sum of PSS (kB) of PID's children and theirs.
pss_peak() {
	local tpid=$1 max=0 sum p kids
	while kill -0 "$tpid" 2>/dev/null; do
		sum=0
		for p in $(pgrep -P "$tpid"); do
			kids="$p $(pgrep -P "$p" | tr '\n' ' ')"
			for k in $kids; do
				sum=$((sum + $(awk '/^Pss:/ { print $2 }' "/proc/$k/smaps_rollup" 2>/dev/null || echo 0)))
			done
		done
		[ "$sum" -gt "$max" ] && max=$sum
		sleep 0.02
	done
	echo "$max"
}
# run NAME: one timed scan; prints wall, user+sys, max RSS kB, peak PSS
# kB, seconds to the end of the stream.
run() {
	local tpid pss st
	STEWARD_NOW=2026-11-01 /usr/bin/time -f "%e %U %S %M" -o "$dir/time" \
		"$steward" -v scan -q --no-report --no-deliver -c "$dir/$1.conf" \
		>/dev/null 2>"$dir/log" &
	tpid=$!
	pss=$(pss_peak "$tpid")
	wait "$tpid"
	st=$(sed -n 's/.*scan: streamed [0-9]* rows in \([0-9.]*\)s.*/\1/p' "$dir/log")
	awk -v pss="$pss" -v st="${st:-0}" '{ printf "%.3f %.3f %d %d %.3f\n", $1, $2 + $3, $4, pss, st }' "$dir/time"
}
# med NAME: medians over REPEAT runs of each column of run.
med() {
	local i
	for i in $(seq "$repeat"); do run "$1"; done >"$dir/runs"
	for c in 1 2 3 4 5; do awk -v c="$c" '{ print $c }' "$dir/runs" | median; done | tr '\n' ' '
	echo
}

echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), PostgreSQL $(psql -X -A -t -c 'SHOW server_version'), load $(cut -d' ' -f1-3 /proc/loadavg)"
for rows in $sizes; do
	psql -X -q -c "DROP TABLE IF EXISTS customers"
	python3 "$top/contrib/gen-customers.py" --schema | psql -X -q
	python3 "$top/contrib/gen-customers.py" --rows "$rows" --seed 1 |
		psql -X -q -c "COPY customers FROM STDIN"
	psql -X -q -c "VACUUM ANALYZE customers"
	for s in $sets; do
		psql -X -q -c "DROP SCHEMA IF EXISTS bench_$s CASCADE" 2>/dev/null
		run "$s" >/dev/null	# the first scan inserts every finding
	done
	copy
	copy_t=$(for _ in $(seq "$repeat"); do seconds copy; done | median)
	echo "rows: $rows, median of $repeat, load $(cut -d' ' -f1-3 /proc/loadavg)"
	printf 'COPY customers TO STDOUT > /dev/null      %8.3f s\n' "$copy_t"
	for s in $sets; do
		set -- $(med "$s")
		printf '%-7s wall %7.3f s (%.2fx COPY)  stream %7.3f s  cpu %7.3f s  %8.0f rows/cpu-s  max RSS %6.1f MB  peak PSS (all processes) %6.1f MB\n' \
			"$s" "$1" "$(awk -v a="$1" -v b="$copy_t" 'BEGIN { print a / b }')" "$5" "$2" \
			"$(awk -v r="$rows" -v c="$2" 'BEGIN { print r / c }')" \
			"$(awk -v k="$3" 'BEGIN { print k / 1024 }')" "$(awk -v k="$4" 'BEGIN { print k / 1024 }')"
	done
	f="check_name, record_key, field, severity, jurisdiction, detail"
	for s in $sets; do
		case $s in p[2-9]) ;; *) continue ;; esac
		d=$(psql -X -A -t -c "SELECT (SELECT count(*) FROM (SELECT $f FROM bench_p1.findings WHERE status = 'open' EXCEPT ALL SELECT $f FROM bench_$s.findings WHERE status = 'open') a) + (SELECT count(*) FROM (SELECT $f FROM bench_$s.findings WHERE status = 'open' EXCEPT ALL SELECT $f FROM bench_p1.findings WHERE status = 'open') b)")
		echo "open findings of $s not equal to p1's: $d (of $(psql -X -A -t -c "SELECT count(*) FROM bench_p1.findings WHERE status = 'open'"))"
	done
	echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
done
