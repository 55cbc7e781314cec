#!/bin/bash
# retention.sh -- a daemon left running for a year forgets what
# retention { } says after each full scan: the duplicate pairs of all but
# the last full runs, resolved findings and runs older than their limit
# that nothing refers to, and old report directories; open findings, the
# audit and the last run of each kind stay (issue 18, item 16).
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/mail.sh"
tap_plan 10
with_pg
gen="$top_srcdir/contrib/gen-customers.py"
python3 "$gen" --schema | psql -X -q -v ON_ERROR_STOP=1
python3 "$gen" --rows 600 --seed 4 |
	psql -X -q -v ON_ERROR_STOP=1 -c "COPY customers FROM STDIN"
port=$(free_port)
conf=$T_DIR/steward.conf
sed -e "s|@CONNINFO@|$STEWARD_CONNINFO|" -e "s|@TOP@|$top_srcdir|" \
	-e 's|/rules/\*\.rules"|/rules/[fcd]*.rules"|' \
	"$top_srcdir/contrib/demo/steward.conf.in" >"$conf"
cat >>"$conf" <<EOF
reports { directory "$T_DIR/reports" }
EOF
wait_for() {
	local t=$1 i
	shift
	for i in $(seq $((t * 10))); do
		"$@" >/dev/null 2>&1 && return 0
		sleep 0.1
	done
	return 1
}
# Three full runs; after the first a bad email is fixed, so a finding resolves.
for i in 1 2 3; do
	"$STEWARD" scan -q -c "$conf" >/dev/null 2>&1
	[ "$i" = 1 ] && sql "UPDATE customers SET email = 'fixed' || customer_id || '@corp.com' WHERE email !~ '^[^@]+@[^@]+[.][a-z]+$' AND email IS NOT NULL"
done
dup_runs() { sql "SELECT count(DISTINCT run_id) FROM steward.duplicates"; }
ok "each full run kept its duplicate pairs ($(dup_runs) runs)" test "$(dup_runs)" -ge 3
resolved=$(sql "SELECT count(*) FROM steward.findings WHERE status = 'resolved'")
ok "some findings resolved ($resolved)" test "$resolved" -gt 0
# Age everything by two years, the report directories too.
sql "UPDATE steward.runs SET started_at = started_at - interval '2 years', finished_at = finished_at - interval '2 years'"
find "$T_DIR/reports" -mindepth 1 -maxdepth 1 -type d -exec touch -d '2 years ago' {} +
nreports=$(find "$T_DIR/reports" -mindepth 1 -maxdepth 1 -type d | wc -l)
open_before=$(sql "SELECT count(*) FROM steward.findings WHERE status = 'open'")
cat >>"$conf" <<EOF
retention {
	runs 400d
	findings 13 months
	duplicates 2
	reports 90d
}
daemon {
	full_scan "every 1d"
	http "127.0.0.1:$port"
}
EOF
"$STEWARD" check -q -c "$conf" 2>/dev/null
is "$?" 0 "retention { } is a valid block"
"$STEWARD" daemon -c "$conf" 2>"$T_DIR/daemon.log" &
dpid=$!
trap 'kill $dpid 2>/dev/null; wait $dpid 2>/dev/null; tap_cleanup' EXIT
ok "the missed daily scan runs, then retention prunes" \
	wait_for 60 grep -q "retention: pruned" "$T_DIR/daemon.log"
kill -TERM "$dpid"; wait "$dpid"
grep "retention" "$T_DIR/daemon.log" | sed 's/^/# /'
is "$(dup_runs)" 2 "duplicate pairs of the last 2 full runs only"
is "$(sql "SELECT count(*) FROM steward.findings WHERE status = 'resolved' AND resolved_run < (SELECT max(id) FROM steward.runs)")" 0 \
	"resolved findings older than 13 months are gone"
ok "open findings stay" test "$(sql "SELECT count(*) FROM steward.findings WHERE status = 'open'")" -ge "$open_before"
is "$(sql "SELECT count(*) FROM steward.runs r WHERE NOT EXISTS (SELECT 1 FROM steward.findings f WHERE f.first_run = r.id OR f.resolved_run = r.id) AND NOT EXISTS (SELECT 1 FROM steward.duplicates d WHERE d.run_id = r.id) AND r.id NOT IN (SELECT max(id) FROM steward.runs GROUP BY kind)")" 0 \
	"old runs nothing refers to are gone"
ok "runs that open findings name stay" test "$(sql "SELECT count(*) FROM steward.runs")" -ge 2
left=$(find "$T_DIR/reports" -mindepth 1 -maxdepth 1 -type d | wc -l)
is "$left" 1 "old report directories are removed ($nreports before), the new run's stays"
