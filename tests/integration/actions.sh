#!/bin/bash
# actions.sh -- quarantine (move, cascade, flag), release, erase and the
# audit chain against a real PostgreSQL, including a steward process
# killed with SIGKILL in the middle of a batch.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 47
with_pg

sql "CREATE TABLE customers (
	customer_id bigint PRIMARY KEY,
	seq bigint GENERATED ALWAYS AS IDENTITY,
	given_name text, email text, phone text, country text,
	last_activity_at timestamptz, status text DEFAULT 'active',
	score numeric(10,3), tags text[], blob bytea, ratio float8, extra jsonb,
	shout text GENERATED ALWAYS AS (upper(given_name)) STORED)"
sql "CREATE TABLE orders (order_id int PRIMARY KEY,
	customer_id bigint NOT NULL REFERENCES customers, total numeric)"
sql "INSERT INTO customers (customer_id, given_name, email, phone, country,
	last_activity_at, score, tags, blob, ratio, extra) VALUES
	(1, 'Zoë', 'zoe@example.de', '+49 30 1234567', 'DE', '2020-01-02 03:04:05.123456+00', 12.500, '{a,\"b c\"}', '\\x00ff', 0.1, '{\"k\": [1, 2.50]}'),
	(2, 'Ана', 'ana@example.de', NULL, 'DE', '2019-06-30 23:59:59+00', NULL, '{}', NULL, -1e-300, 'null'),
	(3, 'Bo', 'bo@example.de', '030 999', 'DE', '2018-01-01 00:00:00+00', 1, NULL, '', 'NaN', NULL),
	(4, 'Al', 'al@example.de', '030 111', 'DE', '2026-10-01 00:00:00+00', 2, NULL, NULL, NULL, NULL),
	(5, 'Cy', 'cy@example.de', '030 222', 'DE', '2014-01-01 00:00:00+00', 3, NULL, NULL, NULL, NULL)"
sql "INSERT INTO orders VALUES (10, 3, 99.90), (11, 3, 5)"
image() { sql "SELECT md5(c::text) FROM customers c WHERE customer_id = $1"; }
before1=$(image 1); before2=$(image 2); before3=$(image 3)

keyf=$T_DIR/hash.key
printf 'not-a-real-secret\n' >"$keyf"; chmod 600 "$keyf"
conf=$T_DIR/steward.conf
mkconf() {	# mode, extra config
	cat >"$conf" <<CONF
mode $1
database { conninfo "$STEWARD_CONNINFO" }
customers {
	table "customers"
	key "customer_id"
	map {
		first_name "given_name"
		email "email"
		phone "phone"
		country "country"
		last_activity_at "last_activity_at"
	}
}
jurisdiction de {
	countries [DE]
	stale_after 24 months
	retention 10 years
	timezone "Europe/Berlin"
}
check gone_quiet { compliance stale; action quarantine; severity warning }
${2:-}
CONF
}

# Dry-run: nothing moves, the proposals are counted.
mkconf dry-run
out=$(STEWARD_NOW=2026-11-01 "$STEWARD" scan -c "$conf" 2>&1); rc=$?
is "$rc" 0 "dry-run scan"
like "$out" "dry-run: 4 quarantine, erase or normalize actions proposed" "dry-run proposes the four stale records"
is "$(sql "SELECT count(*) FROM customers")" 5 "dry-run moves nothing"
is "$(sql "SELECT actions_proposed FROM steward.runs ORDER BY id DESC LIMIT 1")" 4 "the run records what was proposed"

# Enforce: 1, 2, 5 move; 3 is referenced by orders and is refused alone.
mkconf enforce
out=$(STEWARD_NOW=2026-11-01 "$STEWARD" scan -c "$conf" 2>&1); rc=$?
is "$rc" 0 "enforce scan"
like "$out" "3 quarantined, 0 erased, 0 normalized, 1 refused" "three moved, one refused"
is "$(sql "SELECT string_agg(customer_id::text, ',' ORDER BY 1) FROM customers")" "3,4" "the moved rows left the table"
is "$(sql "SELECT count(*) FROM steward.quarantine WHERE status = 'held'")" 3 "three quarantine entries"
like "$(sql "SELECT detail FROM steward.findings WHERE check_name = 'quarantine_refused' AND record_key = '3'")" "still referenced from table \"orders\"" "the refusal is a finding that names the referencing table"
STEWARD_NOW=2026-11-01 "$STEWARD" scan -q -c "$conf" >/dev/null 2>&1
is "$(sql "SELECT count(*), min(status) FROM steward.findings WHERE check_name = 'quarantine_refused' AND record_key = '3'")" "1|open" \
	"a refusal that stands stays one open finding over runs"
is "$(sql "SELECT count(*) FROM steward.audit WHERE action = 'quarantine' AND before_image IS NOT NULL AND rule = 'gone_quiet' AND rule_source LIKE '%steward.conf:%'")" 3 "one audit record per move, with before-image and rule source"
out=$("$STEWARD" quarantine -c "$conf" list 2>&1)
like "$out" "3 entries" "quarantine list"
id1=$(sql "SELECT id FROM steward.quarantine WHERE record_key = '1'")
id2=$(sql "SELECT id FROM steward.quarantine WHERE record_key = '2'")
out=$("$STEWARD" quarantine -c "$conf" show "$id1" 2>&1)
like "$out" "\"given_name\": \"Zoë\"" "show prints the row image"

# Release puts the row back byte for byte; a second release is refused.
out=$("$STEWARD" quarantine -c "$conf" release "$id1" 2>&1); rc=$?
is "$rc" 0 "release"
is "$(image 1)" "$before1" "the released row is byte for byte the row that was moved"
is "$(sql "SELECT seq FROM customers WHERE customer_id = 1")" 1 "identity column kept its value"
out=$("$STEWARD" quarantine -c "$conf" release "$id1" 2>&1); rc=$?
is "$rc" 1 "a second release is refused (exit 1)"
like "$out" "already released" "and says so"
# A row with the same key came back meanwhile: refuse, change nothing.
sql "INSERT INTO customers (customer_id, given_name, country) VALUES (2, 'New', 'DE')"
out=$("$STEWARD" quarantine -c "$conf" release "$id2" 2>&1); rc=$?
is "$rc" 1 "release onto an existing key is refused"
like "$out" "already exists.*stays in quarantine" "with a clear message"
is "$(sql "SELECT status FROM steward.quarantine WHERE id = $id2")" held "the entry is still held"
sql "DELETE FROM customers WHERE customer_id = 2"
"$STEWARD" quarantine -c "$conf" release "$id2" >/dev/null 2>&1
is "$(image 2)" "$before2" "released once the conflict is gone, byte for byte"

# Cascade: declared referencing tables move along, and come back.
orders_before=$(sql "SELECT md5(string_agg(o::text, '|' ORDER BY order_id)) FROM orders o")
mkconf enforce 'quarantine { mode move; cascade ["public.orders"] }'
sql "UPDATE customers SET last_activity_at = now() WHERE customer_id IN (1, 2)"
out=$(STEWARD_NOW=2026-11-01 "$STEWARD" scan -c "$conf" 2>&1); rc=$?
like "$out" "1 quarantined" "with cascade the referenced record moves"
is "$(sql "SELECT count(*) FROM orders")" 0 "its orders moved along"
is "$(sql "SELECT status FROM steward.findings WHERE check_name = 'quarantine_refused' AND record_key = '3'")" resolved \
	"the refusal resolves once the record moves"
id3=$(sql "SELECT id FROM steward.quarantine WHERE record_key = '3' AND status = 'held'")
"$STEWARD" quarantine -c "$conf" release "$id3" >/dev/null 2>&1
is "$(image 3)" "$before3" "record 3 back byte for byte"
is "$(sql "SELECT md5(string_agg(o::text, '|' ORDER BY order_id)) FROM orders o")" "$orders_before" "its orders back byte for byte"

# An undeclared ON DELETE CASCADE would change rows without an image.
sql "CREATE TABLE notes (id int PRIMARY KEY, customer_id bigint REFERENCES customers ON DELETE CASCADE)"
mkconf enforce
out=$(STEWARD_NOW=2026-11-01 "$STEWARD" scan -c "$conf" 2>&1); rc=$?
is "$rc" 4 "an undeclared ON DELETE CASCADE stops the actions (exit 4)"
like "$out" "notes.*ON DELETE CASCADE.*cascade" "and the message says what to do"
is "$(sql "SELECT count(*) FROM customers")" 4 "nothing moved"
sql "DROP TABLE notes"

# Flag mode: a column is set, and release restores it.
mkconf enforce 'quarantine { mode flag; flag_column "status"; flag_value "quarantined" }'
sql "DELETE FROM orders"
out=$(STEWARD_NOW=2026-11-01 "$STEWARD" scan -c "$conf" 2>&1)
is "$(sql "SELECT count(*) FROM customers WHERE status = 'quarantined'")" 1 "flag mode sets the column"
STEWARD_NOW=2026-11-01 "$STEWARD" scan -q -c "$conf" >/dev/null 2>&1
is "$(sql "SELECT count(*) FROM steward.findings WHERE record_key = '3' AND status = 'open'")" 0 \
	"a flagged record is out of use: later scans skip it and its findings resolve"
idf=$(sql "SELECT id FROM steward.quarantine WHERE mode = 'flag'")
"$STEWARD" quarantine -c "$conf" release "$idf" >/dev/null 2>&1
is "$(image 3)" "$before3" "release of a flag restores the row byte for byte"

# Erase: past retention, anonymized per field; the values are not audited.
mkconf enforce "erase { email hash; first_name mask; phone null; hash_key_file \"$keyf\" }
check kept_too_long { compliance retention; action erase; severity error }
check gone_quiet { mode dry-run }"
sql "INSERT INTO customers (customer_id, given_name, email, phone, country, last_activity_at) VALUES (6, 'Eve', 'eve@example.de', '030 333', 'DE', '2012-01-01')"
out=$(STEWARD_NOW=2026-11-01 "$STEWARD" scan -c "$conf" 2>&1); rc=$?
like "$out" "0 quarantined, 1 erased" "one record past retention erased (the quarantine check is dry-run)"
is "$(sql "SELECT given_name || '|' || length(email) || '|' || coalesce(phone, 'NULL') FROM customers WHERE customer_id = 6")" "E***|64|NULL" "mask, hash (64 hex digits) and null applied"
is "$(sql "SELECT count(*) FROM steward.audit WHERE action = 'erase' AND before_image IS NULL AND detail NOT LIKE '%eve%'")" 1 "the erasure is audited without the personal data"
STEWARD_NOW=2026-11-01 "$STEWARD" scan -c "$conf" >/dev/null 2>&1
is "$(sql "SELECT count(*) FROM steward.audit WHERE action = 'erase'")" 1 "an erased record is not erased again"
is "$(sql "SELECT count(*) FILTER (WHERE status = 'open') || '|' || count(*) FROM steward.findings WHERE check_name = 'kept_too_long' AND record_key = '6'")" "0|1" \
	"an erased record's retention finding resolves, and does not come back"

# A column added after the quarantine: the record literal no longer fits,
# so release falls back to the jsonb image, by column name.
mkconf enforce
out=$(STEWARD_NOW=2026-11-01 "$STEWARD" scan -c "$conf" 2>&1)
idc=$(sql "SELECT id FROM steward.quarantine WHERE record_key = '3' AND status = 'held'")
sql "ALTER TABLE customers ADD COLUMN added text DEFAULT 'new'"
out=$("$STEWARD" quarantine -c "$conf" release "$idc" 2>&1); rc=$?
is "$rc" 0 "release after the table gained a column"
is "$(sql "SELECT md5(ROW(customer_id, seq, given_name, email, phone, country, last_activity_at, status, score, tags, blob, ratio, extra, shout)::text) || coalesce(added, 'NULL') FROM customers WHERE customer_id = 3")" "${before3}NULL" "the old columns come back exactly, the new one NULL"

# The audit chain: intact, then altered, then a record removed.
out=$("$STEWARD" audit -c "$conf" verify 2>&1); rc=$?
is "$rc" 0 "audit verify: intact"
"$STEWARD" audit -c "$conf" export --format json >"$T_DIR/audit.json"
ok "audit export --format json is valid JSON with every record" python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(len(d) != int(sys.argv[2]))" "$T_DIR/audit.json" "$(sql "SELECT count(*) FROM steward.audit")"
csv=$("$STEWARD" audit -c "$conf" export --since 2000-01-01 2>&1)
like "$(printf '%s\n' "$csv" | head -n 1)" "^id,at,run_id,actor,action,rule,rule_source,table_name,record_key,before_image,after_image,detail,change_id,images,hash$" "audit export writes CSV with a header"
is "$("$STEWARD" audit -c "$conf" export --since 2999-01-01 | wc -l)" 1 "--since after every record: the header only"
sql "UPDATE steward.audit SET detail = 'nothing to see' WHERE id = 2"
out=$("$STEWARD" audit -c "$conf" verify 2>&1); rc=$?
is "$rc" 1 "an altered record breaks the chain (exit 1)"
like "$out" "audit record 2 does not match its hash" "and verify names it"
sql "SELECT 1" >/dev/null
# Put the text back is not enough: the hash was of the original; remove
# the altered record instead and the next one no longer follows.
sql "DELETE FROM steward.audit WHERE id = 2"
out=$("$STEWARD" audit -c "$conf" verify 2>&1); rc=$?
like "$out" "audit record 3 does not follow" "a removed record breaks the link of the next one"
