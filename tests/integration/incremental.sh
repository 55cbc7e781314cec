#!/bin/bash
# incremental.sh -- partial scans against a real PostgreSQL: the rows
# changed since the last snapshot, the rows of given keys, and the change
# trigger that notifies them.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 27
with_pg
create_customers
sql "INSERT INTO customers (customer_id, given_name, family_name, email,
	phone, country, postcode, updated_at)
	SELECT i, 'Anna', 'Schmidt', 'anna' || i || '@web.de',
	'+49 30 1234567', 'DE', '10115', now() - interval '1 day'
	FROM generate_series(1, 1000) i"
sql "UPDATE customers SET email = 'broken@@x' WHERE customer_id IN (1, 2)"
conf=$T_DIR/steward.conf
write_conf "$conf"
sed -i 's/postal_code "postcode"/postal_code "postcode"\n\t\tupdated_at "updated_at"/' "$conf"

out=$("$STEWARD" scan -q -c "$conf" --incremental 2>&1); rc=$?
is "$rc" 0 "the first incremental scan exits 0"
like "$out" "scanned 1000 rows .*\\(dry-run\\)" "and, with nothing to start from, reads every row"
is "$(sql "SELECT kind, snapshot_at IS NOT NULL FROM steward.runs WHERE id = 1")" "full|t" "it is recorded as a full run with its snapshot"
is "$(sql "SELECT string_agg(record_key, ',' ORDER BY record_key) FROM steward.findings WHERE status = 'open'")" "1,2" "findings of rows 1 and 2"

# Change three rows: fix 1, break 500, touch 3 without a defect.
sql "UPDATE customers SET email = 'fixed@web.de', updated_at = now() WHERE customer_id = 1"
sql "UPDATE customers SET email = 'worse@@x', updated_at = now() WHERE customer_id = 500"
sql "UPDATE customers SET given_name = 'Anne', updated_at = now() WHERE customer_id = 3"
# Break row 600 without touching updated_at: an incremental scan cannot see it.
sql "UPDATE customers SET email = 'unseen@@x' WHERE customer_id = 600"
out=$("$STEWARD" scan -q -c "$conf" --incremental 2>&1); rc=$?
is "$rc" 0 "the second incremental scan exits 0"
like "$out" "run 2: scanned 3 rows .*\\(incremental, dry-run\\): 2 open findings \\(1 new\\), 1 resolved" "it reads the 3 changed rows only"
is "$(sql "SELECT kind, rows_scanned FROM steward.runs WHERE id = 2")" "incremental|3" "recorded as incremental"
is "$(sql "SELECT status, resolved_run FROM steward.findings WHERE record_key = '1'")" "resolved|2" "the fixed row's finding is resolved"
is "$(sql "SELECT status, first_run FROM steward.findings WHERE record_key = '500'")" "open|2" "the broken row's finding is new"
is "$(sql "SELECT status, first_run FROM steward.findings WHERE record_key = '2'")" "open|1" "a finding of a row not read stays open, same identity"
is "$(sql "SELECT count(*) FROM steward.findings WHERE record_key = '600'")" 0 "a change without updated_at waits for a full scan"
ls "$T_DIR"/reports 2>/dev/null | grep -q . && r=reports || r=none
is "$r" none "a partial scan writes no report"

# Nothing changed: an incremental scan rereads only the overlap window.
out=$("$STEWARD" scan -q -c "$conf" --incremental 2>&1)
like "$out" "run 3: scanned 3 rows .*\\(0 new\\), 0 resolved" "an unchanged table: the overlap is reread, nothing changes"
sql "UPDATE steward.runs SET snapshot_at = snapshot_at + interval '10 minutes' WHERE id = 3"
out=$("$STEWARD" scan -q -c "$conf" --incremental 2>&1)
like "$out" "run 4: scanned 0 rows" "past the overlap, nothing is read"

# A full scan sees row 600.
out=$("$STEWARD" scan -q -c "$conf" --no-deliver 2>&1)
like "$out" "run 5: scanned 1000 rows .* 3 open findings \\(1 new\\)" "a full scan finds what the incremental could not"

# --key: exactly those rows.
sql "UPDATE customers SET email = 'ok600@web.de' WHERE customer_id = 600"
sql "UPDATE customers SET email = 'bad@@7' WHERE customer_id = 7"
out=$("$STEWARD" scan -q -c "$conf" --key 600 --key 7 --key 999999 2>&1); rc=$?
is "$rc" 0 "--key scan exits 0"
like "$out" "run 6: scanned 2 rows .*\\(keys, dry-run\\): 3 open findings \\(1 new\\), 1 resolved" "it reads the rows with those keys"
"$STEWARD" scan -q -c "$conf" --key 1 --incremental >/dev/null 2>&1; rc=$?
is "$rc" 2 "--key with --incremental is a usage error"

# Without updated_at mapped, --incremental is a configuration error.
write_conf "$T_DIR/noupd.conf"
out=$("$STEWARD" scan -q -c "$T_DIR/noupd.conf" --incremental 2>&1); rc=$?
is "$rc" 3 "--incremental without updated_at exits 3"
like "$out" "needs the column of updated_at" "and says what to map"

# The change trigger.
out=$("$STEWARD" install-trigger -c "$conf" 2>&1); rc=$?
is "$rc" 0 "install-trigger exits 0"
chan=$(printf '%s\n' "$out" | sed -n 's/.*on channel \(steward_[0-9]*\)$/\1/p')
is "$chan" "steward_$(sql "SELECT 'customers'::regclass::oid")" "it names the channel: steward_ and the table's OID"
"$STEWARD" install-trigger -c "$conf" >/dev/null 2>&1; rc=$?
is "$rc:$(sql "SELECT count(*) FROM pg_trigger WHERE tgname = 'steward_notify'")" "0:1" "installing twice leaves one trigger"
# A session that LISTENs sees the key of an updated row, at commit.
got=$(psql -X -q -At <<SQL 2>&1
LISTEN $chan;
BEGIN;
UPDATE customers SET phone = '+49 30 7654321' WHERE customer_id = 42;
UPDATE customers SET phone = '+49 30 7654322' WHERE customer_id = 42;
INSERT INTO customers (customer_id, email) VALUES (2001, 'new@web.de');
COMMIT;
SQL
)
like "$got" "notification \"$chan\" with payload \"42\"" "an update notifies the row's key"
like "$got" "payload \"2001\"" "an insert notifies the new key"
is "$(printf '%s\n' "$got" | grep -c 'payload "42"')" 1 "two updates of one row in a transaction notify once"
out=$("$STEWARD" remove-trigger -c "$conf" 2>&1); rc=$?
is "$rc:$(sql "SELECT count(*) FROM pg_trigger WHERE tgname = 'steward_notify'")" "0:0" "remove-trigger drops it"
