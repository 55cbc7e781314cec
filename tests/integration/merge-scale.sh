#!/bin/bash
# merge-scale.sh -- the findings merge stays fast right after a large
# first scan, while the planner's statistics on the findings table are
# still stale (it once chose a nested loop: 66 s instead of 0.2 s).
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 4
with_pg
create_customers
sql "ALTER TABLE customers SET (autovacuum_enabled = off)"
sql "INSERT INTO customers (customer_id, family_name, country, email)
	SELECT i, 'Meier', 'DE', 'broken' || i || '@@web.de'
	FROM generate_series(1, 40000) i"
conf=$T_DIR/steward.conf
write_conf "$conf"
# Keep autovacuum from analyzing the findings table between the scans.
sql "ALTER SYSTEM SET autovacuum = off" >/dev/null; sql "SELECT pg_reload_conf()" >/dev/null

ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N); echo $(((t1 - t0) / 1000000)); }
first=$(ms "$STEWARD" scan -q -c "$conf")
is "$(sql "SELECT count(*) FROM steward.findings WHERE status = 'open'")" 40000 "first scan records 40000 findings"
second=$(ms "$STEWARD" scan -q -c "$conf")
echo "# first scan ${first} ms, second ${second} ms"
is "$(sql "SELECT count(*) FROM steward.findings")" 40000 "second scan adds nothing"
ok "second scan takes at most 4 times the first (${second} ms vs ${first} ms)" test "$second" -le $((first * 4 + 500))
sql "UPDATE customers SET email = 'fixed' || customer_id || '@web.de' WHERE customer_id <= 20000"
"$STEWARD" scan -q -c "$conf" >/dev/null 2>&1
is "$(sql "SELECT count(*) FROM steward.findings WHERE resolved_run = 3")" 20000 "half repaired, half resolved"
