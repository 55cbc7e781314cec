#!/bin/bash
# copy-binary.sh -- full scans read the table in COPY's binary format and
# decode timestamps, dates, numbers, booleans, uuids and jsonb in C
# (daemon/copybin.c, issue 20 item 2).  Two oracles: PostgreSQL's own
# text output of every value of every type a customer table uses, edge
# cases included; and the findings of every shipped rule but duplicates,
# which must be identical whether the scan reads in binary or in text
# (STEWARD_COPY=text), on the generator's table and on one whose columns
# have the other types.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 10
with_pg
oracle=$top_builddir/tests/integration/copybin-oracle
gen="$top_srcdir/contrib/gen-customers.py"

# 1. Every decoded type against the server's text, value by value.
sql "CREATE TABLE types (id int PRIMARY KEY, b bool, i2 int2, i4 int4,
	i8 int8, n numeric, n2 numeric(12,2), d date, ts timestamp,
	tstz timestamptz, u uuid, j jsonb, t text, vc varchar(20), c char(6),
	nm name, js json)"
sql "INSERT INTO types VALUES
	(1, true, 32767, 2147483647, 9223372036854775807, 'NaN', 0, 'infinity',
	 'infinity', 'infinity', '00000000-0000-0000-0000-000000000000', 'null',
	 '', '', '', '', 'null'),
	(2, false, -32768, -2147483648, -9223372036854775808, 'Infinity', -0.5,
	 '-infinity', '-infinity', '-infinity',
	 'ffffffff-ffff-ffff-ffff-ffffffffffff', '{\"a\": [1, 2.50, \"x\"]}',
	 E'tab\\there, back\\\\slash\\nnewline', 'ü€', 'ab', 'name', '{ \"a\" : 1 }'),
	(3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	 NULL, NULL, NULL, NULL, NULL),
	(4, true, 0, 0, 0, '-Infinity', 1234567890.12, '0044-03-15 BC',
	 '0001-01-01 00:00:00 BC', '4713-11-24 00:00:00+00 BC',
	 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '[]', 'x', 'y', 'zzzzzz', 'n', '[]'),
	(5, false, -1, -1, -1, 0.000001, 0.01, '1999-12-31', '2000-01-01 00:00:00.000001',
	 '1999-12-31 23:59:59.999999+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12',
	 '\"str\"', 'x', 'y', 'z', 'n', '1'),
	(6, true, 1, 1, 1, 100000000000000000000.00000000000000000001, 99.90,
	 '2024-02-29', '10000-01-01 12:00:00.5', '294276-12-31 23:59:59.999999+00',
	 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a13', '{}', 'x', 'y', 'z', 'n', '{}'),
	(7, true, 10, 10000, 10000, -0.0001230, 10000.00, '5874897-12-31',
	 '1970-01-01 00:00:00', '1969-12-31 23:59:59.1+00',
	 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a14', '1.10', 'x', 'y', 'z', 'n', '2'),
	(8, false, 9999, 99990000, 9999000099990000, 123.4500, 1.00, '0001-01-01',
	 '2026-03-29 01:30:00', '2026-10-25 01:30:00+02',
	 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a15', 'true', 'x', 'y', 'z', 'n', 'true')"
# Many ordinary and odd values besides.
sql "INSERT INTO types SELECT 100 + g, g % 3 = 0, (g % 65535 - 32767)::int2,
	(g * 7919) % 2147483647 - 1000000000, g::int8 * 1234567891 - 987654321,
	round((random() * 10 ^ (g % 20) - 10 ^ (g % 17))::numeric, g % 12) * (g % 5),
	(g * 0.37)::numeric(12,2),
	date '2000-01-01' + (g * 397 % 2000000 - 1000000),
	timestamp '2000-01-01' + (g::int8 * 7654321 % 100000000000) * interval '1 millisecond' * (g % 7 - 3),
	timestamptz '1960-01-01 00:00+00' + g * interval '36 hours 11 minutes 13.000017 seconds',
	md5(g::text)::uuid, jsonb_build_object('k', g, 'v', repeat('é', g % 4)),
	'text ' || g, 'v' || g, chr(65 + g % 26), 'nm' || g, json_build_array(g, g * 0.5)::json
	FROM generate_series(1, 20000) g"
out=$("$oracle" "$STEWARD_CONNINFO" "SELECT * FROM types ORDER BY id" 2>&1); rc=$?
printf '%s\n' "$out" | sed 's/^/# /' | head -n 20
is "$rc" 0 "binary decoding gives the server's text for every value"
like "$out" "^20008 rows, 3[0-9]{5} decoded values compared, 0 differ" \
	"every row and every decoded column were compared"

# 2. The generator's table: every shipped rule but duplicates, both ways.
python3 "$gen" --schema | psql -X -q -v ON_ERROR_STOP=1
python3 "$gen" --rows 20000 --seed 3 | psql -X -q -v ON_ERROR_STOP=1 -c "COPY customers FROM STDIN"
sql "UPDATE customers SET consent_at = NULL, marketing_opt_in = NULL WHERE customer_id % 97 = 0"
map='first_name "given_name"; last_name "family_name"; email "email"
		phone "phone"; country "country"; postal_code "postcode"
		birth_date "birth_date"; created_at "created_at"; updated_at "updated_at"
		last_activity_at "last_activity_at"; consent_marketing "marketing_opt_in"
		consent_at "consent_at"; consent_source "consent_source"
		opted_out_at "opted_out_at"; storage_region "storage_region"'
conf() {	# conf FILE SCHEMA TABLE
	cat >"$1" <<CONF
database { conninfo "$STEWARD_CONNINFO"; schema "$2" }
customers {
	table "$3"
	key "customer_id"
	map { $map }
}
include "$top_srcdir/rules/fields.rules"
include "$top_srcdir/rules/compliance.rules"
include "$top_srcdir/rules/packs/*.rules"
CONF
}
findings() { sql "SELECT check_name, record_key, field, severity, jurisdiction, detail
	FROM $1.findings ORDER BY 1, 2, 3"; }
conf "$T_DIR/bin.conf" s_bin customers
conf "$T_DIR/text.conf" s_text customers
out=$(STEWARD_NOW=2026-11-01 "$STEWARD" -v scan -q -c "$T_DIR/bin.conf" 2>&1) || true
like "$out" "reading [0-9]+ columns in binary" "the scan reads in binary by default"
STEWARD_NOW=2026-11-01 STEWARD_COPY=text "$STEWARD" scan -q -c "$T_DIR/text.conf" >/dev/null 2>&1
findings s_bin >"$T_DIR/bin.txt"
findings s_text >"$T_DIR/text.txt"
n=$(wc -l <"$T_DIR/bin.txt")
ok "the scan has findings to compare ($n)" test "$n" -gt 1000
ok "binary and text scans give identical findings" diff "$T_DIR/bin.txt" "$T_DIR/text.txt"

# 3. The same rows with the other types a customer table uses.
sql "CREATE TABLE odd AS SELECT md5(customer_id::text)::uuid AS customer_id,
	given_name::varchar(40) AS given_name, family_name::char(30) AS family_name,
	email::varchar AS email, phone, country::char(2) AS country,
	postcode::varchar(12) AS postcode, birth_date::timestamp AS birth_date,
	created_at::timestamp AS created_at, updated_at,
	last_activity_at::date AS last_activity_at,
	(CASE marketing_opt_in WHEN true THEN 1 WHEN false THEN 0 END)::int2 AS marketing_opt_in,
	consent_at::timestamp AS consent_at, to_jsonb(consent_source) #>> '{}' AS consent_source,
	opted_out_at, storage_region::char(2) AS storage_region
	FROM customers"
sql "ALTER TABLE odd ALTER consent_source TYPE jsonb USING to_jsonb(consent_source)"
conf "$T_DIR/obin.conf" o_bin odd
conf "$T_DIR/otext.conf" o_text odd
STEWARD_NOW=2026-11-01 "$STEWARD" scan -q -c "$T_DIR/obin.conf" >/dev/null 2>&1
STEWARD_NOW=2026-11-01 STEWARD_COPY=text "$STEWARD" scan -q -c "$T_DIR/otext.conf" >/dev/null 2>&1
findings o_bin >"$T_DIR/obin.txt"
findings o_text >"$T_DIR/otext.txt"
n=$(wc -l <"$T_DIR/obin.txt")
ok "the odd-typed scan has findings to compare ($n)" test "$n" -gt 1000
ok "binary and text scans of uuid, varchar, char(n), timestamp, date, int2 and jsonb columns give identical findings" \
	diff "$T_DIR/obin.txt" "$T_DIR/otext.txt"
like "$(head -n 1 "$T_DIR/obin.txt")" "^[a-z_]+\|[0-9a-f]{8}-[0-9a-f]{4}-" "uuid keys are printed as PostgreSQL prints them"

# 4. A numeric key, a float and an array column (not decoded: ::text).
sql "CREATE TABLE num AS SELECT customer_id::numeric(20,0) AS customer_id, given_name,
	family_name, email, phone, country, postcode, birth_date, created_at, updated_at,
	last_activity_at, marketing_opt_in, consent_at, consent_source,
	extract(epoch from opted_out_at)::float8 AS opted_out_at,
	ARRAY[storage_region, country] AS storage_region FROM customers"
conf "$T_DIR/nbin.conf" n_bin num
conf "$T_DIR/ntext.conf" n_text num
STEWARD_NOW=2026-11-01 "$STEWARD" scan -q -c "$T_DIR/nbin.conf" >/dev/null 2>&1
STEWARD_NOW=2026-11-01 STEWARD_COPY=text "$STEWARD" scan -q -c "$T_DIR/ntext.conf" >/dev/null 2>&1
findings n_bin >"$T_DIR/nbin.txt"
findings n_text >"$T_DIR/ntext.txt"
ok "numeric keys, float and array columns: identical findings ($(wc -l <"$T_DIR/nbin.txt"))" \
	diff "$T_DIR/nbin.txt" "$T_DIR/ntext.txt"
is "$(sql "SELECT count(*) FROM s_bin.findings f JOIN n_bin.findings g USING (check_name, record_key, field)
	WHERE f.check_name NOT LIKE 'opt%' AND f.check_name <> 'data_localization'")" \
	"$(sql "SELECT count(*) FROM s_bin.findings WHERE check_name NOT LIKE 'opt%' AND check_name <> 'data_localization'")" \
	"a numeric(20,0) key reads as the bigint key did"
