#!/bin/bash
# sql-ascii.sh -- a SQL_ASCII database with a row whose bytes are not
# UTF-8: it gets its invalid_utf8 finding, and the actions of the other
# rows (and its own) are taken and chained in the audit log.  Before,
# convert_to(..., 'UTF8') in the audit hash failed on that row and
# stopped every action of the scan (issue 18, item 13).
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 6
with_pg
sql "CREATE DATABASE bytes ENCODING 'SQL_ASCII' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'"
export PGDATABASE=bytes
STEWARD_CONNINFO="${STEWARD_CONNINFO/dbname=crm/dbname=bytes}"
create_customers
# Rows 1 and 2: no '@'.  Row 3 too, with a Latin-1 name (0xe9, not UTF-8).
sql "INSERT INTO customers (customer_id, given_name, family_name, email, country) VALUES
	(1, 'Ann', 'Lee', 'ann.example.org', 'GB'),
	(2, 'Bo', 'Ng', 'bo.example.org', 'GB'),
	(3, 'Ren', E'Ren\\xe9e', 'ren.example.org', 'FR'),
	(4, 'Cy', 'Fox', 'cy@corp.com', 'GB')"
is "$(sql "SELECT octet_length(family_name) FROM customers WHERE customer_id = 3")" 5 \
	"row 3 holds the single byte 0xe9"
write_conf "$T_DIR/steward.conf" "mode enforce
check no_at { fields [email]; regex \"@\"; action quarantine; severity error }"
out=$("$STEWARD" scan -c "$T_DIR/steward.conf" 2>&1); rc=$?
printf '%s\n' "$out" | sed 's/^/# /' | head -n 8
is "$rc" 0 "the scan and its actions complete (exit 0)"
is "$(sql "SELECT string_agg(customer_id::text, ',' ORDER BY customer_id) FROM customers")" 4 \
	"rows 1, 2 and 3 are quarantined; row 4 stays"
is "$(sql "SELECT count(*) FROM steward.findings WHERE check_name = 'invalid_utf8' AND record_key = '3'")" 1 \
	"row 3 has its invalid_utf8 finding"
is "$(sql "SELECT count(*) FROM steward.audit WHERE action = 'quarantine'")" 3 "three quarantines are audited"
out=$("$STEWARD" audit verify -c "$T_DIR/steward.conf" 2>&1); rc=$?
is "$rc" 0 "the audit chain verifies ($(printf '%s' "$out" | head -n 1))"
