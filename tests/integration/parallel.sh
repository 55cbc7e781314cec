#!/bin/bash
# parallel.sh -- scan { parallel N } against a real PostgreSQL: a full scan
# on N connections in one exported snapshot finds exactly what the scan on
# one connection finds, with every shipped rule and pack (the demo's
# configuration), on a plain table, a partitioned one (sub-partitions, a
# partition Steward may not read by name) and a view it cannot split.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 29
with_pg
gen="$top_srcdir/contrib/gen-customers.py"
rows=20000
python3 "$gen" --schema | psql -X -q -v ON_ERROR_STOP=1
python3 "$gen" --rows "$rows" --seed 7 |
	psql -X -q -v ON_ERROR_STOP=1 -c "COPY customers FROM STDIN"
sql "ANALYZE customers"

# conf SCHEMA TABLE PARALLEL: the demo's configuration (every shipped
# rule file and pack) on its own schema of Steward.
conf() {
	sed -e "s|@CONNINFO@|$STEWARD_CONNINFO|" -e "s|@TOP@|$top_srcdir|" \
		-e "s|^database {|database {\n\tschema \"$1\"|" \
		-e "s|table \"public.customers\"|table \"$2\"|" \
		"$top_srcdir/contrib/demo/steward.conf.in" >"$T_DIR/$1.conf"
	printf 'scan { parallel %s }\n' "$3" >>"$T_DIR/$1.conf"
}
scan() {
	STEWARD_NOW=2026-11-01 "$STEWARD" -v scan -q --no-report -c "$T_DIR/$1.conf" 2>&1
}
# same A B [WHERE]: open findings of schema A that B lacks and B's that A
# lacks, by check, record, field, severity, jurisdiction and detail, and
# the records per jurisdiction of their last runs.
same() {
	local f="check_name, record_key, field, severity, jurisdiction, detail"
	local w="WHERE status = 'open' ${3:-}"
	sql "SELECT (SELECT count(*) FROM (SELECT $f FROM $1.findings $w
		EXCEPT ALL SELECT $f FROM $2.findings $w) a) + (SELECT count(*) FROM
		(SELECT $f FROM $2.findings $w EXCEPT ALL SELECT $f FROM $1.findings $w) b)
		+ (SELECT count(*) FROM (SELECT jurisdiction, records FROM
		$1.run_jurisdictions WHERE run_id = (SELECT max(id) FROM $1.runs)
		EXCEPT SELECT jurisdiction, records FROM $2.run_jurisdictions WHERE
		run_id = (SELECT max(id) FROM $2.runs)) j) + (SELECT count(*) FROM
		(SELECT jurisdiction, records FROM $2.run_jurisdictions WHERE run_id =
		(SELECT max(id) FROM $2.runs) EXCEPT SELECT jurisdiction, records FROM
		$1.run_jurisdictions WHERE run_id = (SELECT max(id) FROM $1.runs)) k)"
}

conf s1 public.customers 1
conf s3 public.customers 3
out=$(scan s1); rc=$?
is "$rc" 0 "the serial scan exits 0"
out=$(scan s3); rc=$?
is "$rc" 0 "the scan with parallel 3 exits 0"
like "$out" "scan: 3 ranges of public.customers on 3 connections, snapshot [0-9A-F-]+" "it reads three page ranges on three connections in one snapshot"
like "$out" "scan: $rows rows read by 3 workers" "the workers read every row"
n=$(sql "SELECT count(*) FROM s1.findings")
ok "the serial scan has findings of many checks ($n)" test "$(sql "SELECT count(DISTINCT check_name) FROM s1.findings")" -ge 15
is "$(same s1 s3)" 0 "parallel 3 finds exactly what the serial scan finds, every check and jurisdiction"
is "$(sql "SELECT rows_scanned, findings_total, status FROM s3.runs")" "$(sql "SELECT rows_scanned, findings_total, status FROM s1.runs")" "and records the same run"
n3=$(sql "SELECT count(*) FROM s3.findings WHERE status = 'open'")
out=$(scan s3); rc=$?
like "$out" "run 2: scanned $rows rows .*\\(0 new\\), 0 resolved" "a second parallel scan changes nothing"
is "$(sql "SELECT findings_new, findings_resolved FROM s3.runs WHERE id = 2")|$(sql "SELECT count(*) FROM s3.findings WHERE status = 'open'")" "0|0|$n3" "no finding is new or resolved"

# A row changed between two parallel scans is judged anew.
k=$(sql "SELECT max(customer_id) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM s3.findings f WHERE f.record_key = c.customer_id::text)")
sql "UPDATE customers SET email = 'two@@ats' WHERE customer_id = $k"
out=$(scan s3)
is "$(sql "SELECT check_name, first_run FROM s3.findings WHERE record_key = '$k'")" "email_malformed|3" "a row broken since has its new finding"

# A partitioned table: a small partition, a large one of two hash
# sub-partitions, and a default one; the same rows.
sql "CREATE TABLE customers_part (LIKE customers) PARTITION BY RANGE (customer_id);
	CREATE TABLE part_low PARTITION OF customers_part FOR VALUES FROM (MINVALUE) TO (2000);
	CREATE TABLE part_high PARTITION OF customers_part FOR VALUES FROM (2000) TO (1000000000) PARTITION BY HASH (customer_id);
	CREATE TABLE part_high0 PARTITION OF part_high FOR VALUES WITH (MODULUS 2, REMAINDER 0);
	CREATE TABLE part_high1 PARTITION OF part_high FOR VALUES WITH (MODULUS 2, REMAINDER 1);
	CREATE TABLE part_rest PARTITION OF customers_part DEFAULT;
	INSERT INTO customers_part SELECT * FROM customers;
	ANALYZE customers_part"
is "$(sql "SELECT count(*) FROM customers_part")" "$rows" "the partitioned copy holds every row"
conf p1 public.customers_part 1
conf p2 public.customers_part 2
out=$(scan p1); rc=$?
is "$rc" 0 "the serial scan of the partitioned table exits 0"
out=$(scan p2); rc=$?
is "$rc" 0 "the parallel scan of the partitioned table exits 0"
like "$out" "scan: [4-9] ranges of public.customers_part on 2 connections" "it reads the leaf partitions, the large ones in ranges, on two connections"
is "$(same p1 p2)" 0 "parallel 2 on the partitioned table finds exactly what the serial scan finds"
# The duplicates read the rows in the order they come, which is not the
# plain table's: their clusters are compared between scans of one table.
is "$(same s3 p1 "AND check_name <> 'duplicate'")" 0 "and what the scan of the plain table found (duplicates aside)"

# A role that may read the parent only reads through it: the ranges
# apply to every partition there.
sql "CREATE ROLE reader LOGIN; GRANT CREATE ON DATABASE crm TO reader;
	GRANT SELECT ON customers_part TO reader"
conf r2 public.customers_part 2
sed -i "s|user=steward|user=reader|" "$T_DIR/r2.conf"
out=$(scan r2); rc=$?
is "$rc" 0 "a role that may read the partitioned table only, not its partitions, scans it"
like "$out" "scan: 2 ranges of public.customers_part on 2 connections" "in page ranges through the parent"
is "$(same p1 r2)" 0 "and finds the same"

# A worker that fails fails the run: the others are stopped, the run is
# recorded as failed with the worker's error, no finding changes.  The
# failure: a row-level security policy that raises on one row.
sql "CREATE FUNCTION boom(bigint) RETURNS boolean LANGUAGE plpgsql AS
	\$\$BEGIN IF \$1 = 15000 THEN RAISE EXCEPTION 'row % is cursed', \$1; END IF;
	RETURN true; END\$\$;
	ALTER TABLE customers_part ENABLE ROW LEVEL SECURITY;
	CREATE POLICY boom ON customers_part FOR SELECT TO reader USING (boom(customer_id))"
before=$(sql "SELECT count(*), max(id) FROM r2.findings WHERE status = 'open'")
out=$(scan r2); rc=$?
ok "a scan whose worker fails exits non-zero ($rc)" test "$rc" -ne 0
like "$out" "parallel worker [12]: .*row 15000 is cursed" "it says which worker failed and why"
is "$(sql "SELECT status, error LIKE '%row 15000 is cursed%' FROM r2.runs ORDER BY id DESC LIMIT 1")" "failed|t" "the run is recorded as failed, with the error"
is "$(sql "SELECT count(*), max(id) FROM r2.findings WHERE status = 'open'")|$(sql "SELECT count(*) FROM r2.findings WHERE resolved_run IS NOT NULL")" "$before|0" "no finding changed"
sleep 1
is "$(sql "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'steward'")" 0 "no worker is left connected"

# A view cannot be split by pages: it is read on one connection.
sql "CREATE VIEW customers_view AS SELECT * FROM customers"
conf v2 public.customers_view 2
out=$(scan v2); rc=$?
is "$rc" 0 "a scan of a view with parallel 2 exits 0"
like "$out" "customers_view cannot be split by pages; it is read on one connection" "and says it reads on one connection"
is "$(same s3 v2)" 0 "finding the same"

# Bad values are refused by steward check.
conf bad public.customers 65
out=$("$STEWARD" check -c "$T_DIR/bad.conf" 2>&1); rc=$?
is "$rc" 3 "parallel 65 is refused"
like "$out" "parallel 65 is more than 64 connections" "with the limit"
