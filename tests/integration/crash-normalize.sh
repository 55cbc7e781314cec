#!/bin/bash
# crash-normalize.sh -- a steward process killed with SIGKILL in the
# middle of a normalize batch: every value rewritten has its journal entry
# and audit record, none without; the chain and the journal verify; the
# entries undo byte for byte; the next scan finishes the job.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 8
with_pg
rows=${CRASH_ROWS:-3000}
sql "CREATE TABLE customers (customer_id bigint PRIMARY KEY, email text,
	payload text)"
sql "INSERT INTO customers SELECT g, 'User' || g || '@EXAMPLE.ORG', md5(g::text)
	FROM generate_series(1, $rows) g"
sql "CREATE TABLE orig AS SELECT * FROM customers"
conf=$T_DIR/steward.conf
cat >"$conf" <<CONF
mode enforce
database { conninfo "$STEWARD_CONNINFO" }
customers { table "customers"; key "customer_id"; map { email "email" } }
check email_norm { field email; validate email; action normalize }
CONF

"$STEWARD" scan --no-report -q -c "$conf" >"$T_DIR/scan1.log" 2>&1 &
pid=$!
kill_when_started "$pid" "SELECT count(*) FROM steward.changes"
done=$(sql "SELECT count(*) FROM customers c JOIN orig o USING (customer_id) WHERE c::text <> o::text")
echo "# killed with $done of $rows values rewritten"
ok "killed in the middle: some but not all values rewritten ($done)" test "$done" -gt 0 -a "$done" -lt "$rows"
is "$(sql "SELECT count(*) FROM steward.changes WHERE kind = 'normalize'")" "$done" "one journal entry per value rewritten"
is "$(sql "SELECT count(*) FROM customers c JOIN steward.changes j ON j.record_key = c.customer_id::text WHERE j.rows->0->>'a' = c::text")" "$done" \
	"each entry's after-image is the row as it stands"
is "$(sql "SELECT count(*) FROM steward.changes j WHERE NOT EXISTS (SELECT 1 FROM steward.audit a WHERE a.change_id = j.id AND a.action = 'normalize')")" 0 \
	"every entry has its audit record"
out=$("$STEWARD" audit -c "$conf" verify 2>&1); rc=$?
is "$rc" 0 "the chain and the journal verify after the kill"
fails=0
for id in $(sql "SELECT id FROM steward.changes ORDER BY random() LIMIT 5"); do
	"$STEWARD" changes -c "$conf" undo "$id" >/dev/null 2>&1 || fails=$((fails + 1))
done
is "$fails" 0 "five entries undone"
is "$(sql "SELECT count(*) FROM customers c JOIN orig o USING (customer_id) WHERE c::text <> o::text")" "$((done - 5))" \
	"their rows byte for byte as before"
"$STEWARD" scan --no-report -q -c "$conf" >/dev/null 2>&1
is "$(sql "SELECT count(*) FROM customers WHERE email LIKE '%EXAMPLE%'")" 0 "the next scan finishes the job"
