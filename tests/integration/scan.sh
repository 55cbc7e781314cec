#!/bin/bash
# scan.sh -- a full scan against a real PostgreSQL: findings, their
# identity across runs, dry-run, --fail-on, the scan lock, quoting.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 34
with_pg
create_customers
add_customer 1 Anna Schmidt anna.schmidt@web.de "+49 30 1234567" DE 10115
add_customer 2 Test Dupont "jean@@orange.fr" 12 FR '!!'
add_customer 3 Ivan NULL ivan@mail.ru "+7 495 123-45-67" RU 101000
add_customer 4 Li Wei li.wei@qq.com "+86 138 0013 8000" CN 100000
conf=$T_DIR/steward.conf
write_conf "$conf"

before=$(sql "SELECT md5(string_agg(c::text, '|' ORDER BY customer_id)) FROM customers c")
relations=$(sql "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'steward', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp%' AND n.nspname NOT LIKE 'pg_toast_temp%'")

out=$("$STEWARD" scan -c "$conf" 2>&1); rc=$?
is "$rc" 0 "first scan exits 0"
like "$out" "run 1: scanned 4 rows .* 5 open findings \\(5 new\\), 0 resolved" "summary line counts rows and findings"
is "$(sql "SELECT status, rows_scanned, mode FROM steward.runs WHERE id = 1")" "done|4|dry-run" "run recorded as done, dry-run"
is "$(sql "SELECT string_agg(check_name || ':' || record_key || ':' || field, ' ' ORDER BY check_name, record_key) FROM steward.findings")" \
	"email_malformed:2:email phone_malformed:2:phone placeholder_name:2:first_name postal_malformed:2:postal_code required_last_name:3:last_name" \
	"exactly the expected findings"
is "$(sql "SELECT count(*) FROM steward.findings WHERE severity = 'error'")" 1 "required check carries its severity"

# Dry-run: the customer table and the rest of the database are untouched.
is "$(sql "SELECT md5(string_agg(c::text, '|' ORDER BY customer_id)) FROM customers c")" "$before" "customer table unchanged by a dry-run scan"
is "$(sql "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'steward', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp%' AND n.nspname NOT LIKE 'pg_toast_temp%'")" "$relations" "no relation created outside steward's schema"

# Second run: fix one defect, plant another; identities are kept.
ids_before=$(sql "SELECT string_agg(id::text, ',' ORDER BY id) FROM steward.findings WHERE check_name <> 'email_malformed'")
sql "UPDATE customers SET email = 'jean.dupont@orange.fr' WHERE customer_id = 2"
sql "UPDATE customers SET phone = 'call me' WHERE customer_id = 4"
out=$("$STEWARD" scan -q -c "$conf" 2>&1); rc=$?
is "$rc" 0 "second scan exits 0"
like "$out" "run 2: .* 5 open findings \\(1 new\\), 1 resolved" "second summary: one new, one resolved"
is "$(sql "SELECT status, resolved_run FROM steward.findings WHERE check_name = 'email_malformed'")" "resolved|2" "fixed defect is resolved by run 2"
is "$(sql "SELECT first_run, status FROM steward.findings WHERE check_name = 'phone_malformed' AND record_key = '4'")" "2|open" "new defect is new in run 2"
is "$(sql "SELECT string_agg(id::text, ',' ORDER BY id) FROM steward.findings WHERE check_name <> 'email_malformed' AND first_run = 1")" "$ids_before" "findings still present keep their identity"
is "$(sql "SELECT count(*) FROM steward.findings WHERE first_run = 1 AND status = 'open'")" 4 "still-open findings stay open"

# --fail-on
"$STEWARD" scan -q -c "$conf" --fail-on error >/dev/null 2>&1; rc=$?
is "$rc" 1 "--fail-on error exits 1 when an error finding is open"
"$STEWARD" scan -q -c "$conf" --fail-on critical >/dev/null 2>&1; rc=$?
is "$rc" 0 "--fail-on critical exits 0 when none is critical"
"$STEWARD" scan -q -c "$conf" --fail-on bogus >/dev/null 2>&1; rc=$?
is "$rc" 2 "--fail-on with a bad severity is a usage error"

# Never two scans of one table at once.
psql -X -q -c "SELECT pg_advisory_lock(hashtext('steward.scan:public.customers')); SELECT pg_sleep(30)" >/dev/null 2>&1 &
locker=$!
for _ in $(seq 50); do
	[ "$(sql "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted")" -gt 0 ] && break
	sleep 0.1
done
out=$("$STEWARD" scan -q -c "$conf" 2>&1); rc=$?
kill $locker 2>/dev/null; wait $locker 2>/dev/null
sql "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'" >/dev/null
is "$rc" 4 "a scan while another holds the table lock fails"
like "$out" "another scan of public.customers is running" "and says why"

# Identifiers from the config are quoted: odd table and column names work,
# and an injection attempt is just a name that does not exist.
sql "CREATE SCHEMA \"Sales Data\"; CREATE TABLE \"Sales Data\".\"Customer List\" (\"Cust ID\" int PRIMARY KEY, \"E-Mail\" text); INSERT INTO \"Sales Data\".\"Customer List\" VALUES (1, 'x@@y.de'), (2, 'ok@y.de')"
cat >"$T_DIR/odd.conf" <<CONF
database { conninfo "$STEWARD_CONNINFO" }
customers {
	table "Sales Data.Customer List"
	key "Cust ID"
	map { email "E-Mail" }
}
include "$top_srcdir/rules/fields.rules"
CONF
out=$("$STEWARD" scan -q -c "$T_DIR/odd.conf" 2>&1); rc=$?
is "$rc" 0 "scan of a table whose names need quoting"
like "$out" "scanned 2 rows of \"Sales Data\".\"Customer List\"" "quoted name shown"
sed -i 's/key "Cust ID"/key "x\\"; DROP TABLE customers; --"/' "$T_DIR/odd.conf"
out=$("$STEWARD" scan -q -c "$T_DIR/odd.conf" 2>&1); rc=$?
is "$rc" 3 "injection attempt in a column name fails cleanly (a configuration error)"
is "$(sql "SELECT count(*) FROM customers")" 4 "and the customer table is still there"

# Two tables, one schema: each scan resolves only its own table's findings.
sql "CREATE TABLE customers2 (LIKE customers INCLUDING ALL); INSERT INTO customers2 (customer_id, email) VALUES (1, 'nobody@@x.de')"
open1=$(sql "SELECT count(*) FROM steward.findings WHERE status = 'open' AND table_name = 'public.customers'")
write_conf "$T_DIR/second.conf"
sed -i 's/table "customers"/table "customers2"/' "$T_DIR/second.conf"
"$STEWARD" scan -q -c "$T_DIR/second.conf" >/dev/null 2>&1; rc=$?
is "$rc" 0 "scan of a second table into the same schema"
is "$(sql "SELECT count(*) FROM steward.findings WHERE status = 'open' AND table_name = 'public.customers'")" "$open1" "the first table's findings stay open"
is "$("$STEWARD" findings -c "$T_DIR/second.conf" --format csv | tr -d '\r' | sed 1d | cut -d, -f2,3 | sort | tr '\n' ' ')" \
	"email_malformed,1 required_country,1 required_last_name,1 " "findings of the second table's run are its own"

# The table is known by one canonical name, however the config spells it:
# findings keep their identity, and the lock is the same.
write_conf "$T_DIR/spelled.conf"
sed -i 's/table "customers"/table "public.customers"/' "$T_DIR/spelled.conf"
open_before=$(sql "SELECT string_agg(id::text, ',' ORDER BY id) FROM steward.findings WHERE status = 'open' AND table_name = 'public.customers'")
out=$("$STEWARD" scan -q -c "$T_DIR/spelled.conf" 2>&1); rc=$?
like "$out" "\\(0 new\\), 0 resolved" "public.customers and customers are one table"
is "$(sql "SELECT string_agg(id::text, ',' ORDER BY id) FROM steward.findings WHERE status = 'open' AND table_name = 'public.customers'")" "$open_before" "findings keep their identity across spellings"

# A scan that fails changes no finding and is marked failed.
before=$(sql "SELECT md5(string_agg(f::text, '|' ORDER BY id)) FROM steward.findings f")
sql "CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS \$\$BEGIN RAISE EXCEPTION 'boom'; END\$\$;
	CREATE TRIGGER boom BEFORE INSERT ON steward.findings FOR EACH ROW EXECUTE FUNCTION boom()"
sql "UPDATE customers SET phone = 'nope' WHERE customer_id = 1"
out=$("$STEWARD" scan -q -c "$conf" 2>&1); rc=$?
is "$rc" 4 "a scan whose merge fails exits 4"
like "$out" "run [0-9]+: merging findings: ERROR: +boom" "and says which run and phase failed"
is "$(sql "SELECT md5(string_agg(f::text, '|' ORDER BY id)) FROM steward.findings f")" "$before" "no finding changed"
like "$(sql "SELECT status || ' ' || error FROM steward.runs ORDER BY id DESC LIMIT 1")" "^failed run [0-9]+: merging findings: ERROR: +boom" "the run is marked failed with the reason"
sql "DROP TRIGGER boom ON steward.findings"

# '$' ends the value: a trailing newline is malformed.  Unicode white
# space (full-width U+3000, no-break U+00A0) is blank, as ASCII spaces are.
sql "INSERT INTO customers (customer_id, given_name, family_name, email, phone, country, postcode) VALUES (90, 'Yui', E'\\u3000', E'yui@web.de\\n', E'+81 90 1234 5678\\n', E'\\u00a0', E'100-0001\\n')"
"$STEWARD" scan -q -c "$conf" >/dev/null 2>&1
is "$(sql "SELECT string_agg(check_name, ' ' ORDER BY check_name) FROM steward.findings WHERE record_key = '90' AND status = 'open' AND check_name LIKE '%_malformed'")" "email_malformed phone_malformed postal_malformed" "values ending in a newline are malformed"
is "$(sql "SELECT count(*) FROM steward.findings WHERE record_key = '90' AND status = 'open' AND check_name IN ('required_last_name', 'required_country')")" 2 "Unicode white space is blank"
is "$(sql "SELECT count(*) FROM steward.findings WHERE record_key = '90' AND check_name = 'placeholder_name'")" 0 "and blank values are not judged by reject checks"
