#!/bin/bash
# odd-data.sh -- bad data in a row is a finding, never a crash: invalid
# UTF-8, huge values, control characters, odd column types, NULL keys,
# duplicate keys, and a pattern that blows its match limit.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 17
with_pg

# A SQL_ASCII database stores bytes that are not UTF-8.
psql -X -q -d postgres -c "CREATE DATABASE legacy ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
export PGDATABASE=legacy
sql "CREATE TABLE customers (id text, email text, phone integer, postcode date, country jsonb, given_name bytea, family_name text[])"
sql "INSERT INTO customers VALUES
	('1', E'caf\\xe9@web.de', 4930123, '2020-01-01', '\"DE\"', 'Anna', '{Schmidt}'),
	('2', repeat('a', 1048576) || '@web.de', NULL, NULL, NULL, NULL, NULL),
	(E'k\\t3\\n', E'tab\\there@web.de', 12, NULL, 'null', NULL, '{}'),
	(NULL, 'ok@web.de', 1234567, NULL, NULL, NULL, NULL),
	('5', 'dup@web.de', 1234567, NULL, NULL, NULL, NULL),
	('5', 'dup@@web.de', 1234567, NULL, NULL, NULL, NULL),
	(E'bad\\xff', 'x@@y.de', NULL, NULL, NULL, NULL, NULL),
	('8', E'back\\\\slash@web.de', NULL, NULL, NULL, NULL, NULL)"
cat >"$T_DIR/steward.conf" <<CONF
database { conninfo "host=$PGHOST port=5432 user=steward dbname=legacy" }
customers {
	table "customers"
	key "id"
	max_value_size 65536
	map {
		email "email"
		phone "phone"
		postal_code "postcode"
		country "country"
		first_name "given_name"
		last_name "family_name"
	}
}
include "$top_srcdir/rules/fields.rules"
check catastrophic {
	fields [last_name]
	reject '^\\{(a+)+\\}\$'
	description "backtracks forever on a long run of a's"
}
CONF
# last_name is text[]: COPY shows {aaa...!}, which the pattern cannot settle.
sql "UPDATE customers SET family_name = ARRAY[repeat('a', 40) || '!'] WHERE id = '5' AND email = 'dup@web.de'"

out=$("$STEWARD" scan -c "$T_DIR/steward.conf" 2>&1); rc=$?
is "$rc" 0 "scan of odd data completes"
like "$out" "scanned 8 rows" "every row was read"
f() { sql "SELECT count(*) FROM steward.findings WHERE $1"; }
is "$(f "check_name = 'invalid_utf8' AND record_key = '1' AND field = 'email'")" 1 "invalid UTF-8 value is an invalid_utf8 finding"
is "$(f "record_key = '1' AND field = 'email' AND check_name <> 'invalid_utf8'")" 0 "and no other check judges that value"
is "$(f "check_name = 'oversized_value' AND record_key = '2'")" 1 "1 MB value is an oversized_value finding"
like "$(sql "SELECT detail FROM steward.findings WHERE check_name = 'oversized_value'")" "1048583 bytes is larger than the 65536-byte limit" "detail gives sizes, not the value"
is "$(f "check_name = 'email_malformed' AND record_key = E'k\\t3\\n'")" 1 "key with tab and newline survives the COPY round trip"
is "$(f "check_name = 'phone_malformed' AND record_key = E'k\\t3\\n'")" 1 "integer column checked by its text form"
is "$(f "check_name = 'missing_key'")" 1 "NULL key is a missing_key finding"
is "$(f "check_name = 'email_malformed' AND record_key = '5'")" 1 "duplicate key values do not break the merge"
is "$(f "record_key = 'bad\\xff' AND check_name = 'email_malformed'")" 1 "invalid UTF-8 in a key is stored as \\xHH text"
is "$(f "record_key = '8' AND field = 'email'")" 1 "escaped backslash decoded (the value is malformed)"
is "$(f "check_name = 'catastrophic' AND record_key = '5' AND detail LIKE 'pattern could not be evaluated%'")" 1 "match-limit failure is a finding, not a silent no-match"
like "$out" "pattern evaluations failed" "and the scan warns about it"
is "$(f "field = 'postal_code'")" 1 "a date column is read as text and judged: no postal code (and no country to judge it by)"

# A mapped column that does not exist stops the scan before it starts.
sed -i 's/email "email"/email "e_mail"/' "$T_DIR/steward.conf"
out=$("$STEWARD" scan -q -c "$T_DIR/steward.conf" 2>&1); rc=$?
is "$rc" 3 "unknown mapped column fails the scan as a configuration error"
like "$out" 'customers.map email: column "e_mail" does not exist in table public.customers' "and names the field, the column and the table"
