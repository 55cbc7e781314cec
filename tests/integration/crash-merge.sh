#!/bin/bash
# crash-merge.sh -- a steward process killed with SIGKILL in the middle of
# its merges: every merge done has its journal entry and audit record,
# none is half done; the chain and the journal verify; the next scan
# merges the rest; undoing every merge gives back the customers and their
# orders byte for byte.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 7
with_pg
gen=$top_srcdir/contrib/gen-customers.py
rows=${CRASH_ROWS:-20000}
python3 "$gen" --schema | psql -X -q -v ON_ERROR_STOP=1
python3 "$gen" --rows "$rows" --seed 11 | psql -X -q -c "COPY customers FROM STDIN"
sql "CREATE TABLE orders (order_id serial PRIMARY KEY, customer_id bigint
	NOT NULL REFERENCES customers, amount numeric(10,2))"
sql "INSERT INTO orders (customer_id, amount) SELECT customer_id, customer_id % 97
	FROM customers WHERE customer_id % 3 = 0"
dump() {
	sql "SELECT c::text FROM customers c ORDER BY customer_id" >"$T_DIR/$1.customers"
	sql "SELECT o::text FROM orders o ORDER BY order_id" >"$T_DIR/$1.orders"
}
dump orig
conf=$T_DIR/steward.conf
cat >"$conf" <<CONF
mode enforce
database { conninfo "$STEWARD_CONNINFO" }
customers {
	table "customers"
	key "customer_id"
	map {
		first_name "given_name"; last_name "family_name"
		email "email"; phone "phone"; country "country"
		postal_code "postcode"; birth_date "birth_date"
		created_at "created_at"; updated_at "updated_at"
	}
}
merge { references ["orders(customer_id)"] }
include "$top_srcdir/rules/duplicates.rules"
include "$T_DIR/merge.local"
CONF
echo 'duplicates people { action merge }' >"$T_DIR/merge.local"
merges() { sql "SELECT count(*) FROM steward.changes WHERE kind = 'merge' AND status = 'done'" 2>/dev/null || echo 0; }

"$STEWARD" scan --no-deliver -c "$conf" >"$T_DIR/scan1.log" 2>&1 &
pid=$!
kill_when_started "$pid" "SELECT count(*) FROM steward.changes WHERE kind = 'merge' AND status = 'done'"
done1=$(merges)
echo "# killed with $done1 merges done"
ok "killed in the middle of the merges ($done1 done)" test "${done1:-0}" -gt 0
is "$(sql "SELECT count(*) FROM steward.changes j WHERE kind = 'merge' AND NOT EXISTS
	(SELECT 1 FROM steward.audit a WHERE a.change_id = j.id AND a.action = 'merge')")" 0 \
	"every merge has its audit record"
out=$("$STEWARD" audit -c "$conf" verify 2>&1); rc=$?
is "$rc" 0 "the chain and the journal verify after the kill"
"$STEWARD" scan --no-deliver -c "$conf" >"$T_DIR/scan2.log" 2>&1
done2=$(merges)
echo "# the next scan: $done2 merges in all"
ok "the next scan merges the rest ($done1 -> $done2)" test "$done2" -gt "$done1"
fails=0
for id in $(sql "SELECT id FROM steward.changes WHERE kind = 'merge' AND status = 'done' ORDER BY id DESC"); do
	"$STEWARD" changes -c "$conf" undo "$id" >/dev/null 2>>"$T_DIR/undo.err" || fails=$((fails + 1))
done
is "$fails" 0 "every merge undone"
dump undone
ok "customers byte for byte as before" cmp "$T_DIR/orig.customers" "$T_DIR/undone.customers"
ok "their orders byte for byte as before" cmp "$T_DIR/orig.orders" "$T_DIR/undone.orders"
