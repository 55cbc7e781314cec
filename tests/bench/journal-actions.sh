#!/bin/bash
# journal-actions.sh -- what the change journal (issue 15 item 2) costs
# the actions: an enforcing scan that quarantines (moves) ROWS records,
# then releasing 200 of them one command each, and audit verify, timed
# against COPY customers TO STDOUT of the same table in the same run.
# With OLD_STEWARD naming a steward built from before the journal
# (2e3fe12), it is timed on the same data too, for the ratio between
# the two.
#
#   tests/bench/journal-actions.sh [ROWS]          # default 20000
#   OLD_STEWARD=/tmp/old/_build/steward tests/bench/journal-actions.sh
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
rows=${1:-20000}
with_pg
exec 3>&1 1>&2
now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc; }
setup() {
	sql "DROP SCHEMA IF EXISTS steward CASCADE; DROP TABLE IF EXISTS customers"
	sql "CREATE TABLE customers (customer_id bigint PRIMARY KEY, country text,
		last_activity_at timestamptz, email text, payload text)"
	sql "INSERT INTO customers SELECT g, 'DE', '2015-01-01'::timestamptz +
		g * interval '1 minute', 'c' || g || '@example.org', md5(g::text)
		FROM generate_series(1, $rows) g"
	sql "VACUUM ANALYZE customers"
}
conf=$T_DIR/steward.conf
cat >"$conf" <<CONF
mode enforce
database { conninfo "$STEWARD_CONNINFO" }
customers {
	table "customers"
	key "customer_id"
	map { country "country"; last_activity_at "last_activity_at"; email "email" }
}
jurisdiction de { countries [DE]; stale_after 24 months }
check gone_quiet { compliance stale; action quarantine }
CONF
run() {	# run NAME STEWARD
	local t0 t1 t2 t3 ids verb cmd
	setup
	"$2" migrate -c "$conf" >/dev/null
	t0=$(now)
	psql -X -q -c "COPY customers TO STDOUT" >/dev/null
	t1=$(now)
	STEWARD_NOW=2026-11-01 "$2" scan --no-report -q -c "$conf" >/dev/null
	t2=$(now)
	ids=$(sql "SELECT id FROM steward.quarantine WHERE status = 'held' ORDER BY id LIMIT 200")
	for id in $ids; do
		"$2" quarantine -c "$conf" release "$id" >/dev/null
	done
	t3=$(now)
	"$2" audit -c "$conf" verify >/dev/null
	t4=$(now)
	copy=$(secs "$t0" "$t1")
	printf '%s: COPY %.3f s; scan quarantining %d: %.3f s (%.1fx COPY); 200 releases: %.3f s; audit verify: %.3f s (%.1fx COPY)\n' \
	    "$1" "$copy" "$rows" "$(secs "$t1" "$t2")" \
	    "$(echo "$(secs "$t1" "$t2") / $copy" | bc -l)" "$(secs "$t2" "$t3")" \
	    "$(secs "$t3" "$t4")" "$(echo "$(secs "$t3" "$t4") / $copy" | bc -l)" >&3
	echo "$(secs "$t1" "$t2") $(secs "$t2" "$t3") $(secs "$t3" "$t4")"
}
new=$(run journal "$STEWARD")
if [ -n "${OLD_STEWARD:-}" ]; then
	old=$(run "before the journal" "$OLD_STEWARD")
	set -- $new $old
	printf 'journal / before: scan %.2f, releases %.2f, audit verify %.2f\n' \
	    "$(echo "$1 / $4" | bc -l)" "$(echo "$2 / $5" | bc -l)" \
	    "$(echo "$3 / $6" | bc -l)" >&3
fi
