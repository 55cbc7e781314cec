#!/bin/bash
# crash-erase.sh -- a steward process killed with SIGKILL in the middle of
# erasing records past retention: every record is erased whole (every
# field its rule names) or not at all, each erasure has its journal entry
# and audit record, the chain verifies, and the next scan finishes the job.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 6
with_pg
rows=${CRASH_ROWS:-5000}
sql "CREATE TABLE customers (customer_id bigint PRIMARY KEY, given_name text,
	email text, phone text, country text, last_activity_at timestamptz)"
sql "INSERT INTO customers SELECT g, 'Name' || g, 'user' || g || '@example.de',
	'030 ' || (100000 + g), 'DE', '2012-01-01'::timestamptz + g * interval '1 minute'
	FROM generate_series(1, $rows) g"
keyf=$T_DIR/hash.key
printf 'not-a-real-secret\n' >"$keyf"; chmod 600 "$keyf"
conf=$T_DIR/steward.conf
cat >"$conf" <<CONF
mode enforce
database { conninfo "$STEWARD_CONNINFO" }
customers {
	table "customers"
	key "customer_id"
	map { first_name "given_name"; email "email"; phone "phone"
		country "country"; last_activity_at "last_activity_at" }
}
jurisdiction de { countries [DE]; retention 10 years; timezone "Europe/Berlin" }
erase { email hash; first_name mask; phone null; hash_key_file "$keyf" }
check kept_too_long { compliance retention; action erase; severity error }
CONF
erased() { sql "SELECT count(*) FROM steward.changes WHERE kind = 'erase'" 2>/dev/null || echo 0; }

STEWARD_NOW=2026-11-01 "$STEWARD" scan --no-deliver -q -c "$conf" >"$T_DIR/scan1.log" 2>&1 &
pid=$!
kill_when_started "$pid" "SELECT count(*) FROM steward.changes WHERE kind = 'erase'"
done=$(sql "SELECT count(*) FROM customers WHERE phone IS NULL")
echo "# killed with $done of $rows records erased"
ok "killed in the middle: some but not all records erased ($done)" test "$done" -gt 0 -a "$done" -lt "$rows"
is "$(sql "SELECT count(*) FROM customers WHERE (phone IS NULL)::int + (given_name LIKE 'N***')::int + (length(email) = 64)::int NOT IN (0, 3)")" 0 \
	"no record half erased"
is "$(erased)" "$done" "one journal entry per record erased"
is "$(sql "SELECT count(*) FROM steward.changes j WHERE kind = 'erase' AND NOT EXISTS
	(SELECT 1 FROM steward.audit a WHERE a.change_id = j.id AND a.action = 'erase')")" 0 \
	"every erasure has its audit record"
out=$("$STEWARD" audit -c "$conf" verify 2>&1); rc=$?
is "$rc" 0 "the chain and the journal verify after the kill"
STEWARD_NOW=2026-11-01 "$STEWARD" scan --no-deliver -q -c "$conf" >/dev/null 2>&1
is "$(sql "SELECT count(*) FROM customers WHERE phone IS NOT NULL")" 0 "the next scan finishes the job"
