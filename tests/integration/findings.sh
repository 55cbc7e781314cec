#!/bin/bash
# findings.sh -- `steward findings`: filters, status relative to a run,
# CSV (RFC 4180, fixed columns), JSON and text.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 18
with_pg
sql "CREATE TABLE customers (customer_id text PRIMARY KEY, given_name text, family_name text, email text, phone text, country text, postcode text)"
sql "INSERT INTO customers VALUES ('a,1', 'Anna', 'Schmidt', 'anna@@web.de', '+49 30 1234567', 'DE', '10115'),
	('b\"2', 'Jean', 'Dupont', 'jean@orange.fr', '12', 'FR', '75001'),
	('c3', 'Zoë', 'Müller', 'zoe@web.de', '+49 30 7654321', 'DE', '10117')"
conf=$T_DIR/steward.conf
write_conf "$conf"

out=$("$STEWARD" findings -c "$conf" 2>&1); rc=$?
is "$rc" 4 "findings before any scan fails"
like "$out" "no scan of public.customers has completed yet; run 'steward scan' first" "and says what to do"

"$STEWARD" scan -q -c "$conf" >/dev/null 2>&1
sql "UPDATE customers SET email = 'anna@web.de' WHERE customer_id = 'a,1'"
sql "UPDATE customers SET postcode = '#' WHERE customer_id = 'c3'"
"$STEWARD" scan -q -c "$conf" >/dev/null 2>&1

csv=$("$STEWARD" findings -c "$conf" --format csv)
is "$(printf '%s\n' "$csv" | head -n 1 | tr -d '\r')" "run_id,check,record_key,field,jurisdiction,severity,status,detail,first_seen,basis,deadline" "CSV header and column order"
is "$(printf '%s\n' "$csv" | tr -d '\r' | sed 1d | cut -d, -f1 | sort -u)" 2 "latest run is listed by default"
like "$csv" '2,email_malformed,"a,1",email,unassigned,warning,resolved,' "fields with commas are quoted; resolved in run 2"
like "$csv" '2,phone_malformed,"b""2",phone,unassigned,warning,open,' "quotes are doubled; still-open finding is open"
like "$csv" '2,postal_malformed,c3,postal_code,unassigned,warning,new,' "finding first seen in run 2 is new"
ok "CSV lines end in CRLF (RFC 4180)" test "$(printf '%s\n' "$csv" | grep -c $'\r$')" -eq 4

# The same findings as seen by run 1.
csv1=$("$STEWARD" findings -c "$conf" --run 1 --format csv | python3 -c 'import csv,sys; [print(r["run_id"], r["check"], r["status"], sep=",") for r in csv.DictReader(sys.stdin)]')
is "$(printf '%s\n' "$csv1" | sort | tr '\n' ' ')" "1,email_malformed,new 1,phone_malformed,new " "run 1 as it was: both new, no later finding"

is "$("$STEWARD" findings -c "$conf" --status new --format csv | tr -d '\r' | sed 1d | cut -d, -f2)" "postal_malformed" "--status new"
is "$("$STEWARD" findings -c "$conf" --status resolved --format csv | tr -d '\r' | sed 1d | cut -d, -f2)" "email_malformed" "--status resolved"
is "$("$STEWARD" findings -c "$conf" --check phone_malformed --format csv | tr -d '\r' | sed 1d | wc -l)" 1 "--check"

json=$("$STEWARD" findings -c "$conf" --format json)
is "$(printf '%s' "$json" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d), sorted(d[0].keys()) == sorted(["run_id","check","record_key","field","jurisdiction","severity","status","detail","first_seen","basis","deadline"]), isinstance(d[0]["run_id"], int))')" "3 True True" "JSON is valid, with the same fields"
is "$("$STEWARD" findings -c "$conf" --format json --status new --check nothing)" "[]" "empty JSON list"

text=$("$STEWARD" findings -c "$conf")
like "$text" "^STATUS +SEVERITY +CHECK +KEY +FIELD +DETAIL" "text has a header"

sql "INSERT INTO steward.runs (kind, table_name, mode, status, steward_version) VALUES ('full', 'public.customers', 'dry-run', 'failed', 'test')"
out=$("$STEWARD" findings -c "$conf" --run 3 2>&1)
like "$out" "run 3 did not complete \(status failed\)" "a failed run has no findings to list"

# Another table's scan in the same schema: each config lists its own.
sql "CREATE TABLE public.other (LIKE customers INCLUDING ALL); INSERT INTO public.other VALUES ('z9', 'Q', 'R', 'q@@r.de', '+49 30 1234567', 'DE', '10115')"
write_conf "$T_DIR/other.conf"
sed -i 's/table "customers"/table "other"/' "$T_DIR/other.conf"
"$STEWARD" scan -q -c "$T_DIR/other.conf" >/dev/null 2>&1
is "$("$STEWARD" findings -c "$conf" --format csv | tr -d '\r' | sed 1d | cut -d, -f1 | sort -u)" 2 "the latest run of this config's table, not the other's"
out=$("$STEWARD" findings -c "$conf" --run 4 2>&1)
like "$out" "run 4 scanned public.other, not public.customers" "another table's run is refused"
