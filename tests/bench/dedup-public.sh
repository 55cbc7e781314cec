#!/bin/bash
# dedup-public.sh -- the shipped duplicates rule, untouched, on public
# labelled sets nobody here designed: pairwise precision, recall and F1 of
# `steward duplicates` at the review and at the merge threshold.
#
#   tests/bench/dedup-public.sh [-d DATADIR] [-r RULES] [SET...]
#
# SET: fake_1000 fake_20000 historical_50k febrl1..4 chicago (default:
# every set whose data is found).  DATADIR (default /tmp/dd) holds the
# Splink sets, which stay outside the repository:
#   git clone https://github.com/moj-analytical-services/splink_demos
#   cp splink_demos/data/fake_1000.csv splink_demos/data/fake_20000.csv DATADIR
# and historical_50k.csv converted from its Parquet file (see
# tests/bench/README.md).  Febrl and Chicago come from ../shared; the
# corrupt set is made here from Febrl 4a by tests/bench/corrupt.py.
# RULES defaults to rules/duplicates.rules: the rule a new user gets.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
steward=${STEWARD:-$top/_build/steward}
data=/tmp/dd
rules=$top/rules/duplicates.rules
while getopts d:r: o; do
	case $o in
	d) data=$OPTARG ;;
	r) rules=$OPTARG ;;
	*) exit 2 ;;
	esac
done
shift $((OPTIND - 1))
export SHARED=${SHARED:-$top/../shared}
sets=("$@")
[ ${#sets[@]} -gt 0 ] || read -r -a sets <<<"$(python3 "$top/tests/bench/dedup-sets.py" list)"
dir=$(mktemp -d /tmp/steward-dedup-public.XXXXXX)
chmod 755 "$dir"
if [ -f "$SHARED/data/febrl/dataset4a.csv" ] && [ -d "$data" ]; then
	python3 "$top/tests/bench/corrupt.py" "$SHARED/data/febrl/dataset4a.csv" \
	    >"$data/corrupt.csv"
fi
. "$top/tests/lib/pg.sh"
trap 'pg_stop; rm -rf "$dir"' EXIT
pg_start "$dir/pg" >/dev/null
python3 "$top/tests/bench/dedup-sets.py" conf "$STEWARD_CONNINFO" "$rules" >"$dir/d.conf"
printf '%-15s %7s  %-6s %6s %6s %6s %9s %9s %5s %4s %6s\n' set records level P R F1 predicted true lambda em secs
for s in "${sets[@]}"; do
	if ! python3 "$top/tests/bench/dedup-sets.py" load "$s" "$data" \
	    "$dir/$s.tsv" "$dir/$s.truth" 2>"$dir/$s.err"; then
		echo "$s: skipped ($(tail -n 1 "$dir/$s.err"))"
		continue
	fi
	psql -X -q -v ON_ERROR_STOP=1 <<SQL
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS steward CASCADE;
DROP TABLE IF EXISTS people;
$(python3 "$top/tests/bench/dedup-sets.py" table)
\copy people FROM '$dir/$s.tsv'
SQL
	t0=$(date +%s.%N)
	"$steward" -v scan -q --no-deliver -c "$dir/d.conf" >/dev/null 2>"$dir/$s.log"
	t1=$(date +%s.%N)
	"$steward" duplicates -c "$dir/d.conf" --format csv >"$dir/$s.csv"
	lam=$(sed -n 's/.*lambda \([0-9.e-]*\).*/\1/p' "$dir/$s.log" | tail -n 1)
	em=$(sed -n 's/.*after \([0-9]*\) EM iterations.*/\1/p' "$dir/$s.log" | tail -n 1)
	n=$(wc -l <"$dir/$s.tsv")
	python3 "$top/tests/bench/dedup-sets.py" score "$dir/$s.truth" "$dir/$s.csv" |
	while read -r lvl p r f pred tru; do
		printf '%-15s %7s  %-6s %6s %6s %6s %9s %9s %5s %4s %6.1f\n' "$s" "$n" \
		    "$lvl" "$p" "$r" "$f" "$pred" "$tru" "${lam:--}" "${em:--}" \
		    "$(echo "$t1 - $t0" | bc)"
	done
	[ -n "${KEEP:-}" ] && cp "$dir/$s.csv" "$dir/$s.truth" "$dir/$s.tsv" "$dir/$s.log" "$KEEP/"
done
