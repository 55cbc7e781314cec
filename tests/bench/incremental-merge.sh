#!/bin/bash
# incremental-merge.sh -- an incremental scan of CHANGED rows with few and
# with many open findings (issue 20, item 1): its cost should follow the
# rows changed, not the findings open.
#
#   tests/bench/incremental-merge.sh [ROWS] [REPEAT] [CHANGED] [FEW] [MANY]
#       (default 1000000 5 1000 10000 1000000)
#
# Uses $STEWARD, or _build/steward.
#
# One generated table, scanned with every shipped field check into two
# schemas.  Each schema's open findings are then brought to FEW or MANY:
# findings beyond FEW are resolved (never of a row the bench changes);
# findings up to MANY are added with real check names and keys that are
# not in the table (a record deleted long ago looks the same).  Each
# round changes CHANGED rows (half get a broken email, half a fixed one,
# alternating) and times `steward scan --incremental` in each schema.
# Printed: the median wall time of each, their ratio, and `COPY
# customers TO STDOUT` as a yardstick.  With EXPLAIN=1, one more round
# logs each schema's statements over 20 ms with their plans
# (auto_explain) and `steward -v`'s timings.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
rows=${1:-1000000}
repeat=${2:-5}
changed=${3:-1000}
few=${4:-10000}
many=${5:-1000000}
steward=${STEWARD:-$top/_build/steward}
dir=$(mktemp -d /tmp/steward-bench.XXXXXX)
chmod 755 "$dir"
. "$top/tests/lib/pg.sh"
trap 'pg_stop; rm -rf "$dir"' EXIT
pg_start "$dir/pg"

python3 "$top/contrib/gen-customers.py" --schema | psql -X -q
python3 "$top/contrib/gen-customers.py" --rows "$rows" --seed 1 |
	psql -X -q -c "COPY customers FROM STDIN"
# An incremental scan reads by updated_at; a table scanned that way has
# it indexed.  Everything starts a day old.
psql -X -q -c "UPDATE customers SET updated_at = now() - interval '1 day'" \
	-c "CREATE INDEX ON customers (updated_at)" -c "VACUUM ANALYZE customers"

for n in few many; do
	cat >"$dir/$n.conf" <<CONF
database { conninfo "$STEWARD_CONNINFO"; schema "bench_$n" }
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
		updated_at "updated_at"
	}
}
include "$top/rules/fields.rules"
CONF
	"$steward" scan -q -c "$dir/$n.conf" >/dev/null
done
# The rows the rounds change: every (rows / changed)th.
step=$((rows / changed))
chg="customer_id % $step = 0 AND customer_id / $step <= $changed"
natural=$(psql -X -A -t -c "SELECT count(*) FROM bench_few.findings WHERE status = 'open'")
psql -X -q <<SQL
UPDATE bench_few.findings SET status = 'resolved', resolved_run = 1
	WHERE status = 'open' AND id IN (SELECT id FROM bench_few.findings f
	WHERE status = 'open' AND NOT EXISTS (SELECT 1 FROM customers c
	WHERE c.customer_id::text = f.record_key AND $chg)
	ORDER BY id OFFSET $few);
INSERT INTO bench_many.findings (table_name, check_name, record_key,
	field, severity, detail, first_run)
	SELECT (SELECT table_name FROM bench_many.runs LIMIT 1), c.n, (-i)::text, 'email', 'warning', 'padding', 1
	FROM generate_series(1, greatest($many - $natural, 0)) i,
	LATERAL (SELECT (ARRAY['email_malformed', 'phone_malformed',
	'postal_malformed', 'placeholder_name'])[1 + i % 4] AS n) c;
VACUUM ANALYZE bench_few.findings;
VACUUM ANALYZE bench_many.findings;
SQL
open_few=$(psql -X -A -t -c "SELECT count(*) FROM bench_few.findings WHERE status = 'open'")
open_many=$(psql -X -A -t -c "SELECT count(*) FROM bench_many.findings WHERE status = 'open'")

seconds() {
	local t0 t1
	t0=$(date +%s%N)
	"$@" >/dev/null
	t1=$(date +%s%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", (b - a) / 1e9 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
copy() { psql -X -q -c "COPY customers TO STDOUT" >/dev/null; }

copy	# warm the cache
# The first incremental scan of each schema reads every row: not timed.
for n in few many; do
	"$steward" scan -q -c "$dir/$n.conf" --incremental >/dev/null
done
: >"$dir/few.t"; : >"$dir/many.t"; : >"$dir/copy.t"
for round in $(seq "$repeat"); do
	# Last round's rows age past the overlap window; CHANGED fresh ones.
	if [ $((round % 2)) = 1 ]; then
		set_email="CASE WHEN customer_id / $step % 2 = 0 THEN 'broken' || customer_id || '@@x' ELSE 'ok' || customer_id || '@web.de' END"
	else
		set_email="CASE WHEN customer_id / $step % 2 = 1 THEN 'broken' || customer_id || '@@x' ELSE 'ok' || customer_id || '@web.de' END"
	fi
	psql -X -q -c "UPDATE customers SET updated_at = now() - interval '1 day' WHERE updated_at > now() - interval '2 hours'" \
		-c "UPDATE customers SET email = $set_email, updated_at = now() WHERE $chg"
	seconds "$steward" scan -q -c "$dir/few.conf" --incremental >>"$dir/few.t"
	seconds "$steward" scan -q -c "$dir/many.conf" --incremental >>"$dir/many.t"
	seconds copy >>"$dir/copy.t"
done
few_t=$(median <"$dir/few.t")
many_t=$(median <"$dir/many.t")
copy_t=$(median <"$dir/copy.t")
scanned=$(psql -X -A -t -c "SELECT rows_scanned FROM bench_many.runs ORDER BY id DESC LIMIT 1")
same=$(psql -X -A -t -c "SELECT count(*) FROM (SELECT check_name, record_key, field, status, severity, detail FROM bench_few.findings WHERE record_key::bigint > 0 AND first_run > 2 EXCEPT SELECT check_name, record_key, field, status, severity, detail FROM bench_many.findings WHERE first_run > 2) d")

echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), PostgreSQL $(psql -X -A -t -c 'SHOW server_version'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "rows: $rows, $changed changed per round (last scan read $scanned), median of $repeat rounds"
printf 'COPY customers TO STDOUT > /dev/null          %8.3fs\n' "$copy_t"
printf 'incremental scan, %8s open findings     %8.3fs\n' "$open_few" "$few_t"
printf 'incremental scan, %8s open findings     %8.3fs\n' "$open_many" "$many_t"
printf 'ratio many/few %.2f   (few/COPY %.3f, many/COPY %.3f)\n' \
	"$(awk -v a="$many_t" -v b="$few_t" 'BEGIN { print a / b }')" \
	"$(awk -v a="$few_t" -v b="$copy_t" 'BEGIN { print a / b }')" \
	"$(awk -v a="$many_t" -v b="$copy_t" 'BEGIN { print a / b }')"
echo "findings of the rounds in 'few' missing from 'many': $same"
echo "rounds (few): $(tr '\n' ' ' <"$dir/few.t")"
echo "rounds (many): $(tr '\n' ' ' <"$dir/many.t")"
if [ "${EXPLAIN:-0}" = 1 ]; then
	psql -X -q -c "UPDATE customers SET updated_at = now() - interval '1 day' WHERE updated_at > now() - interval '2 hours'" \
		-c "UPDATE customers SET email = 'again' || customer_id || '@@x', updated_at = now() WHERE $chg"
	for n in few many; do
		echo "--- $n"
		: >"$dir/pg/server.log"
		PGOPTIONS="-c session_preload_libraries=auto_explain -c auto_explain.log_min_duration=20 -c auto_explain.log_analyze=on -c auto_explain.log_nested_statements=on -c log_min_duration_statement=20" \
			"$steward" -v scan -q -c "$dir/$n.conf" --incremental 2>&1 | grep -E "scan:|merge:" || true
		grep -v "^\s*$" "$dir/pg/server.log" | cut -c1-200 || true
	done
fi
