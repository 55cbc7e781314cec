#!/bin/bash
# journal.sh -- the change journal: steward changes list, show and undo
# over quarantine (move with cascade), normalize and erase; a row image
# forged in the journal with psql is refused by undo, naming the entry,
# with the data unchanged, and audit verify names it; forging the audit
# record's hashes as well is caught by the chain; the true image undoes
# byte for byte; an erasure cannot be undone.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 30
with_pg
create_customers
add_customer 1 Anna Meier 'Anna.K@Example.COM' '030 1234567' DE 10115
add_customer 2 Ben Fox 'ben@example.org' '+49 30 1111111' DE 10117
add_customer 3 Cleo Roy 'cleo@example.org' '+49 30 2222222' DE 10119
sql "UPDATE customers SET last_activity_at = CASE WHEN customer_id = 1
	THEN '2026-10-01' ELSE '2020-01-01' END::timestamptz"
sql "CREATE TABLE orders (order_id int PRIMARY KEY, customer_id bigint
	NOT NULL REFERENCES customers, total numeric)"
sql "INSERT INTO orders VALUES (10, 2, 9.90), (11, 2, 5), (12, 3, NULL)"
conf=$T_DIR/steward.conf
mkconf() {
	cat >"$conf" <<CONF
mode enforce
database { conninfo "$STEWARD_CONNINFO" }
customers {
	table "customers"
	key "customer_id"
	map { first_name "given_name"; email "email"; country "country"
	      last_activity_at "last_activity_at" }
}
jurisdiction de { countries [DE]; stale_after 24 months; retention 10 years }
$1
CONF
}
mkconf 'quarantine { mode move; cascade ["public.orders"] }
check gone_quiet { compliance stale; action quarantine }
check email_norm { field email; validate email; action normalize }'
dump() {
	sql "SELECT c::text FROM customers c ORDER BY customer_id"
	sql "SELECT o::text FROM orders o ORDER BY order_id"
}
before=$(dump)

out=$(STEWARD_NOW=2026-11-01 "$STEWARD" scan --no-report -c "$conf" 2>&1); rc=$?
like "$out" "2 quarantined, 0 erased, 1 normalized" "the scan quarantines two records and normalizes one value"
is "$(sql "SELECT count(*) FROM orders")" 0 "the orders moved along"
out=$("$STEWARD" changes -c "$conf" list 2>&1)
like "$out" "^3 changes$" "changes list counts every kind"
like "$out" "quarantine +gone_quiet +public.customers +2  move \(\+ referencing rows\)" "a move with its orders"
like "$out" "normalize +email_norm +public.customers +1  email" "a rewrite with its field"
q2=$(sql "SELECT id FROM steward.changes WHERE kind = 'quarantine' AND record_key = '2'")
q3=$(sql "SELECT id FROM steward.changes WHERE kind = 'quarantine' AND record_key = '3'")
n1=$(sql "SELECT id FROM steward.changes WHERE kind = 'normalize'")
out=$("$STEWARD" changes -c "$conf" show "$q2" 2>&1)
like "$out" "change: +$q2 \(quarantine entry\)" "show names the entry and its kind"
like "$out" "\"b\": \"\(10,2,9.90\)\"" "and every row before, the orders too"
is "$(sql "SELECT count(*) FROM steward.audit WHERE change_id = $q2 AND images ~ '^[0-9a-f]{64}( [0-9a-f]{64}){2}$'")" 1 \
	"its audit record holds a hash for each of its three row images"
out=$("$STEWARD" merges -c "$conf" show "$q2" 2>&1); rc=$?
is "$rc" 1 "an old name sees only its kind"
like "$out" "there is no merge $q2" "and says so"

# Forge the customer's image: release would write it back.
good_rows=$(sql "SELECT rows::text FROM steward.changes WHERE id = $q2")
sql "UPDATE steward.changes SET rows = jsonb_set(rows, '{2,b}',
	to_jsonb(replace(rows->2->>'b', 'ben@example.org', 'evil@example.org')))
	WHERE id = $q2"
is "$(sql "SELECT count(*) FROM steward.changes WHERE id = $q2 AND rows->2->>'b' LIKE '%evil%'")" 1 "an image forged with psql"
acted=$(dump)
out=$("$STEWARD" changes -c "$conf" undo "$q2" 2>&1); rc=$?
is "$rc" 1 "undo of the forged image is refused (exit 1)"
like "$out" "refusing to undo change $q2 .*record 2.*image of row 3 \(table public.customers\) does not match the hash in its audit record" \
	"naming the entry and the row"
is "$(dump)" "$acted" "nothing was restored"
out=$("$STEWARD" quarantine -c "$conf" release "$q2" 2>&1); rc=$?
is "$rc" 1 "release, the old name, refuses it too"
out=$("$STEWARD" audit -c "$conf" verify 2>&1); rc=$?
is "$rc" 1 "audit verify fails"
like "$out" "change $q2: the image of row 3" "and names the entry"

# Forge the hashes in its audit record as well: the record no longer
# matches its own hash.
good=$(sql "SELECT images || ' ' || encode(hash, 'hex') FROM steward.audit WHERE change_id = $q2 AND action = 'quarantine'")
sql "UPDATE steward.audit SET images = (SELECT string_agg(encode(sha256(convert_to(x.e::text, 'UTF8')), 'hex'), ' ' ORDER BY x.o)
	FROM steward.changes c, jsonb_array_elements(c.rows) WITH ORDINALITY x(e, o) WHERE c.id = $q2)
	WHERE change_id = $q2 AND action = 'quarantine'"
out=$("$STEWARD" changes -c "$conf" undo "$q2" 2>&1); rc=$?
is "$rc" 1 "with the audit record's image hashes forged too, still refused"
like "$out" "its audit record [0-9]+ does not match its hash" "because that record no longer matches its hash"
# ... and its own hash recomputed: the next record no longer follows it.
sql "UPDATE steward.audit a SET hash = sha256(convert_to(concat_ws(',', a.id::text,
	to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US'), quote_nullable(a.run_id),
	quote_nullable(a.actor), quote_nullable(a.action), quote_nullable(a.rule),
	quote_nullable(a.rule_source), quote_nullable(a.table_name), quote_nullable(a.record_key),
	quote_nullable(a.before_image), quote_nullable(a.after_image), quote_nullable(a.detail),
	'change=' || a.change_id, quote_literal(a.images)), 'UTF8') || coalesce(a.prev_hash, ''::bytea))
	WHERE change_id = $q2 AND action = 'quarantine'"
out=$("$STEWARD" changes -c "$conf" undo "$q2" 2>&1); rc=$?
is "$rc" 1 "with the record's own hash recomputed, still refused"
like "$out" "the record after its audit record [0-9]+ no longer follows it" "because the chain no longer links"
is "$(dump)" "$acted" "and still nothing was restored"

# The true images back: the undo goes through, byte for byte.
sql "UPDATE steward.changes SET rows = '$good_rows' WHERE id = $q2"
sql "UPDATE steward.audit SET images = split_part('$good', ' ', 1) || ' ' || split_part('$good', ' ', 2) || ' ' || split_part('$good', ' ', 3),
	hash = decode(split_part('$good', ' ', 4), 'hex') WHERE change_id = $q2 AND action = 'quarantine'"
ok "audit verify: intact again" "$STEWARD" audit -c "$conf" verify
out=$("$STEWARD" changes -c "$conf" undo "$q2" 2>&1); rc=$?
is "$rc" 0 "undo of the true images"
like "$out" "change $q2 undone: 3 rows back as they were" "says how many rows"
for id in "$n1" "$q3"; do
	"$STEWARD" changes -c "$conf" undo "$id" >/dev/null 2>&1 || echo "# undo $id failed"
done
is "$(dump)" "$before" "every entry undone: both tables byte for byte as before"
is "$(sql "SELECT count(*) FROM steward.audit WHERE action IN ('release', 'undo') AND change_id IS NOT NULL")" 3 \
	"each undo has its audit record, naming the entry"

# Erasure: in the journal, and never undone.
mkconf 'erase { email null }
check kept_too_long { compliance retention; action erase }'
sql "UPDATE customers SET last_activity_at = '2012-01-01' WHERE customer_id = 3"
out=$(STEWARD_NOW=2026-11-01 "$STEWARD" scan --no-report -c "$conf" 2>&1)
e3=$(sql "SELECT id FROM steward.changes WHERE kind = 'erase' AND record_key = '3'")
like "$("$STEWARD" changes -c "$conf" show "$e3" 2>&1)" "rows: +none \(the values are not recorded\)" "an erasure keeps no image"
out=$("$STEWARD" changes -c "$conf" undo "$e3" 2>&1); rc=$?
is "$rc" 1 "an erasure cannot be undone"
like "$out" "change $e3 is an erasure" "and says so"
