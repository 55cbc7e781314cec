#!/bin/bash
# truth.sh -- the demo data's planted defects against a real scan: the
# shipped field rules find every planted regex/required defect and
# nothing else.  Then fix some rows and check that exactly those findings
# are resolved.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 7
with_pg
gen="$top_srcdir/contrib/gen-customers.py"
rows=${TRUTH_ROWS:-100000}	# the demo's size
python3 "$gen" --schema | psql -X -q -v ON_ERROR_STOP=1
python3 "$gen" --rows "$rows" --seed 1 --truth "$T_DIR/truth.tsv" |
	psql -X -q -v ON_ERROR_STOP=1 -c "COPY customers FROM STDIN"
is "$(sql "SELECT count(*) FROM customers")" "$rows" "generated rows loaded"
conf=$T_DIR/steward.conf
write_conf "$conf"

out=$("$STEWARD" scan -q -c "$conf" 2>&1); rc=$?
is "$rc" 0 "scan of the synthetic data"
"$STEWARD" findings -c "$conf" --format csv >"$T_DIR/findings.csv"
out=$(python3 "$top_srcdir/tests/integration/check-truth.py" "$T_DIR/truth.tsv" "$T_DIR/findings.csv" 2>&1); rc=$?
printf '%s\n' "$out" | sed 's/^/# /'
is "$rc" 0 "findings equal the planted defects: no misses, no extras"
least=$(for k in email_malformed phone_malformed postal_malformed placeholder_name placeholder_email required_email required_last_name required_country; do
	cut -f2 "$T_DIR/truth.tsv" | grep -cx "$k"; done | sort -n | head -n 1)
ok "every field kind is planted at least 100 times (least: $least)" test "$least" -ge 100

# Repair every malformed email; exactly those findings must resolve.
sql "SELECT record_key FROM steward.findings WHERE check_name = 'email_malformed' AND status = 'open' ORDER BY 1" >"$T_DIR/repaired"
fixed=$(($(wc -l <"$T_DIR/repaired")))
sql "UPDATE customers c SET email = 'fixed' || customer_id || '@example.org' FROM steward.findings f WHERE f.check_name = 'email_malformed' AND f.record_key = c.customer_id::text"
out=$("$STEWARD" scan -q -c "$conf" 2>&1); rc=$?
is "$rc" 0 "second scan"
# Repaired addresses are now placeholders (example.org): new findings.
sql "SELECT check_name, field, count(*) FROM steward.findings WHERE resolved_run = 2 GROUP BY 1, 2" | sed "s|^|# |"
# The same records and checks, not only as many: check|record, sorted.
sql "SELECT check_name, record_key FROM steward.findings WHERE resolved_run = 2 ORDER BY 2, 1" >"$T_DIR/resolved"
sed 's/^/email_malformed|/' "$T_DIR/repaired" >"$T_DIR/want-resolved"
diff "$T_DIR/want-resolved" "$T_DIR/resolved" | head -n 10 | sed 's/^/# /'
ok "exactly the $fixed repaired email_malformed findings are resolved" \
	cmp -s "$T_DIR/want-resolved" "$T_DIR/resolved"
sql "SELECT check_name, record_key FROM steward.findings WHERE first_run = 2 ORDER BY 2, 1" >"$T_DIR/new"
sed 's/^/placeholder_email|/' "$T_DIR/repaired" >"$T_DIR/want-new"
diff "$T_DIR/want-new" "$T_DIR/new" | head -n 10 | sed 's/^/# /'
ok "and the example.org replacements are $fixed new placeholder_email findings" \
	cmp -s "$T_DIR/want-new" "$T_DIR/new"
