#!/bin/bash
# merge-paths.sh -- the two ways of merging staged findings give the same
# findings.  A small stage (an incremental scan of a few changed rows)
# probes indexes row by row; a large one (over 20000 staged rows) hashes
# the open findings.  Two schemas see the same changes: in one the
# incremental scans read only the changed rows, in the other every row
# (its snapshot is moved back a week), and their findings, every column
# but the serial id, must agree after each round.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 17
with_pg
create_customers
sql "INSERT INTO customers (customer_id, given_name, family_name, email,
	phone, country, postcode, updated_at)
	SELECT i, 'Anna', 'Schmidt',
	CASE WHEN i <= 22000 THEN 'bad' || i || '@@web.de' ELSE 'anna' || i || '@web.de' END,
	CASE WHEN i % 7 = 0 THEN 'call me' ELSE '+49 30 1234567' END,
	'DE', '10115', now() - interval '2 days'
	FROM generate_series(1, 24000) i"
few=$T_DIR/few.conf
all=$T_DIR/all.conf
write_conf "$few"
sed -i 's/postal_code "postcode"/postal_code "postcode"\n\t\tupdated_at "updated_at"/' "$few"
sed 's/^database {/database {\n\tschema "everyrow"/' "$few" >"$all"

# dump SCHEMA: its findings in one line, without the serial id
dump() {
	sql "SELECT count(*) || ' ' || count(*) FILTER (WHERE status = 'open') || ' ' ||
		md5(string_agg(concat_ws('|', table_name, check_name, record_key,
		field, jurisdiction, severity, detail, status, first_run,
		resolved_run), E'\n' ORDER BY check_name, record_key, field,
		first_run)) FROM $1.findings"
}
# round: scan both schemas incrementally; the second one reads every row
round() {
	sql "UPDATE everyrow.runs SET snapshot_at = snapshot_at - interval '7 days'" >/dev/null
	few_log=$("$STEWARD" -v scan -q -c "$few" --incremental 2>&1)
	all_log=$("$STEWARD" -v scan -q -c "$all" --incremental 2>&1)
}

"$STEWARD" scan -q -c "$few" >/dev/null 2>&1
"$STEWARD" scan -q -c "$all" >/dev/null 2>&1
is "$(dump steward)" "$(dump everyrow)" "the first full scans agree"
like "$(dump steward)" "^25428 25428 " "22000 bad emails and 3428 bad phones"

# Round 1: fix emails (resolved), break others (new), change a bad email
# to another bad one, touch rows without changing a defect, fix phones.
sql "UPDATE customers SET updated_at = now(), email = CASE
	WHEN customer_id <= 10 THEN 'fixed' || customer_id || '@web.de'
	WHEN customer_id <= 20 THEN 'worse' || customer_id || '@@@web.de'
	WHEN customer_id > 23000 THEN 'broken' || customer_id || '@@web.de'
	ELSE email END,
	given_name = CASE WHEN customer_id BETWEEN 21 AND 30 THEN 'Anne' ELSE given_name END,
	phone = CASE WHEN customer_id BETWEEN 31 AND 70 THEN '+49 30 7654321' ELSE phone END
	WHERE customer_id <= 70 OR customer_id BETWEEN 23001 AND 23010"
round
like "$few_log" "merge: [0-9]+ rows staged, index probes" "80 changed rows are merged by index probes"
like "$all_log" "merge: [0-9]+ rows staged, hash joins" "24000 rows read are merged by hash joins"
is "$(dump steward)" "$(dump everyrow)" "round 1: both merges give the same findings"
is "$(sql "SELECT string_agg(status || coalesce(resolved_run::text, ''), ',' ORDER BY record_key)
	FROM steward.findings WHERE check_name = 'email_malformed' AND record_key IN ('1', '23001', '15')")" \
	"resolved2,open,open" "row 1 resolved in run 2; rows 15 and 23001 open"
is "$(sql "SELECT first_run FROM steward.findings WHERE record_key = '23001'")" 2 "row 23001's finding is new in run 2"
is "$(sql "SELECT count(*) FROM steward.findings WHERE resolved_run = 2")" 16 "10 emails and 6 phones (35, 42, ..., 70) resolved"

# Round 2: break what was fixed (a new finding beside a resolved one),
# fix some of the new, and leave a finding of a row not read alone.
sql "UPDATE customers SET updated_at = now(), email = CASE
	WHEN customer_id <= 5 THEN 'again' || customer_id || '@@web.de'
	ELSE 'mended' || customer_id || '@web.de' END
	WHERE customer_id <= 5 OR customer_id BETWEEN 23001 AND 23005"
round
like "$few_log" "index probes" "round 2: index probes"
is "$(dump steward)" "$(dump everyrow)" "round 2: both merges give the same findings"
is "$(sql "SELECT string_agg(status || ':' || first_run, ',' ORDER BY first_run)
	FROM steward.findings WHERE check_name = 'email_malformed' AND record_key = '3'")" \
	"resolved:1,open:3" "row 3: its old finding stays resolved, a new one opens"
is "$(sql "SELECT status FROM steward.findings WHERE record_key = '23003'")" resolved "row 23003 mended"
is "$(sql "SELECT status FROM steward.findings WHERE record_key = '21001'")" open "a row not read keeps its finding"

# A full scan after the incremental ones has nothing to add or resolve.
out=$("$STEWARD" scan -q -c "$few" 2>&1)
like "$out" "\\(0 new\\), 0 resolved" "a full scan agrees with the incremental merges"

# The open findings counted as they change (migration 10) are the open
# findings, in both schemas, and after a writer that is not a scan.
counted() { sql "SELECT string_agg(table_name || ':' || severity || ':' || n, ',' ORDER BY severity) FROM $1.open_counts WHERE n <> 0"; }
counts() { sql "SELECT string_agg(table_name || ':' || severity || ':' || n, ',' ORDER BY severity) FROM (SELECT table_name, severity, count(*) AS n FROM $1.findings WHERE status = 'open' GROUP BY 1, 2) c"; }
is "$(counted steward)" "$(counts steward)" "open_counts counts the open findings"
is "$(counted everyrow)" "$(counts everyrow)" "in the other schema too"
sql "UPDATE everyrow.findings SET severity = 'error' WHERE record_key IN ('7', '14');
	UPDATE everyrow.findings SET status = 'resolved' WHERE record_key = '100';
	DELETE FROM everyrow.findings WHERE record_key IN ('200', '21');
	INSERT INTO everyrow.findings (table_name, check_name, record_key, severity, first_run)
	VALUES ('public.customers', 'manual', 'x', 'critical', 1)" >/dev/null
is "$(counted everyrow)" "$(counts everyrow)" "and follows updates, deletes and inserts by others"
