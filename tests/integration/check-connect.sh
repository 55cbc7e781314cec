#!/bin/bash
# check-connect.sh -- steward check --connect: the table, every mapped
# column and its type, and the privileges the mode needs, checked against
# a real PostgreSQL as a role that lacks some; the GRANTs it prints are
# the ones that mend it (issue 18, item 15).
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 11
with_pg
create_customers
sql "ALTER TABLE customers ALTER COLUMN birth_date TYPE integer USING 0"
sql "CREATE ROLE auditor LOGIN"
conf=$T_DIR/steward.conf
STEWARD_CONNINFO="${STEWARD_CONNINFO/user=steward/user=auditor}" \
	write_conf "$conf" "mode enforce"
sed -i 's|postal_code "postcode"|postal_code "postcode"\n\t\tbirth_date "birth_date"\n\t\tcity "town"|' "$conf"

out=$("$STEWARD" check --connect -c "$conf" 2>&1); rc=$?
printf '%s\n' "$out" | sed 's/^/# /'
is "$rc" 3 "something missing: exit 3"
like "$out" "connected as auditor on crm" "it says who it connected as"
like "$out" "missing: city column \"town\" is not in public.customers" "a mapped column that is not there"
like "$out" "wrong type: birth_date column \"birth_date\" is integer; Steward needs a date or timestamp" \
	"a mapped column of the wrong type"
like "$out" "GRANT SELECT ON TABLE public.customers TO auditor;" "the missing SELECT, as a GRANT"
like "$out" "GRANT UPDATE ON TABLE public.customers TO auditor;" "enforce mode: UPDATE"
like "$out" "GRANT DELETE ON TABLE public.customers TO auditor;" "enforce mode, quarantine by move: DELETE"
like "$out" "CREATE SCHEMA steward AUTHORIZATION auditor;" "and Steward's own schema"

# Mend it as printed; fix the map: all there.
printf '%s\n' "$out" | grep -E '^(GRANT|CREATE SCHEMA)' | psql -X -q -v ON_ERROR_STOP=1
sql "ALTER TABLE customers ALTER COLUMN birth_date TYPE date USING NULL"
sed -i '/city "town"/d' "$conf"
out=$("$STEWARD" check --connect -c "$conf" 2>&1); rc=$?
printf '%s\n' "$out" | tail -n 4 | sed 's/^/# /'
is "$rc" 0 "after the printed GRANTs: exit 0"
like "$out" "database OK" "and it says so"
out=$("$STEWARD" check --connect -c "$conf" --dump 2>&1 >/dev/null
	STEWARD_CONNINFO=x; sed -i 's|host=[^ ]*|host=/nonexistent|' "$conf"; "$STEWARD" check --connect -c "$conf" 2>&1); rc=$?
is "$rc" 4 "a database it cannot reach: exit 4"
