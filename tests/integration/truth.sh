#!/bin/bash
# truth.sh -- the demo data's planted defects against a real scan with the
# demo's configuration (shipped field rules, compliance rules and packs):
# the findings of the field checks are exactly the planted defects.  The
# ground truth does not come from Steward: the generator labels what it
# broke, and --verify checks every label, and every clean value, against
# independent references (tests/integration/references.py: libphonenumber,
# email-validator with the Public Suffix List, Google's postal-code
# formats).  Then fix some rows and check that exactly those findings are
# resolved.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 10
with_pg
gen="$top_srcdir/contrib/gen-customers.py"
rows=${TRUTH_ROWS:-100000}	# the demo's size
# The references are Debian packages for the system's python3.
py=/usr/bin/python3
python3 "$gen" --schema | psql -X -q -v ON_ERROR_STOP=1
"$py" "$gen" --rows "$rows" --seed 1 --truth "$T_DIR/truth.tsv" --verify \
	2>"$T_DIR/verify.log" | psql -X -q -v ON_ERROR_STOP=1 -c "COPY customers FROM STDIN"
sed 's/^/# /' "$T_DIR/verify.log"
ok "the truth agrees with the references (gen-customers.py --verify)" \
	grep -q "^verify: OK, $rows rows, no mismatches" "$T_DIR/verify.log"
is "$(sql "SELECT count(*) FROM customers")" "$rows" "generated rows loaded"
conf=$T_DIR/steward.conf
sed -e "s|@CONNINFO@|$STEWARD_CONNINFO|" -e "s|@TOP@|$top_srcdir|" \
	"$top_srcdir/contrib/demo/steward.conf.in" >"$conf"

# As the demo: time limits and ages as at the generator's reference day.
out=$(STEWARD_NOW=2026-11-01 "$STEWARD" scan -q -c "$conf" 2>&1); rc=$?
is "$rc" 0 "scan of the synthetic data"
"$STEWARD" findings -c "$conf" --format csv >"$T_DIR/findings.csv"
out=$(python3 "$top_srcdir/tests/integration/check-truth.py" "$T_DIR/truth.tsv" "$T_DIR/findings.csv" 2>&1); rc=$?
printf '%s\n' "$out" | sed 's/^/# /'
is "$rc" 0 "field findings equal the planted defects: no misses, no extras"
# The typo-domain advice is a method (keyboard-weighted distance to the
# major providers), measured on the planted typos: no advice on a clean
# domain, and most planted typos found (tests/bench/README.md has its
# precision and recall on typos the generator does not plant).
out=$(python3 "$top_srcdir/tests/integration/check-truth.py" --checks email_typo_domain "$T_DIR/truth.tsv" "$T_DIR/findings.csv" 2>&1)
printf '%s\n' "$out" | sed 's/^/# /'
set -- $(printf '%s\n' "$out" | awk '$1 == "email_typo_domain" { print $2, $3, $4, $5 }')
# planted found missed extra
ok "typo domains: advice on $2 of $1 planted, none on a clean domain ($4 extra)" \
	test "${1:-0}" -ge 100 -a "${4:-1}" -eq 0 -a "$((${2:-0} * 100))" -ge "$((${1:-1} * 95))"
least=$(for k in email_malformed phone_malformed postal_malformed placeholder_name placeholder_email required_email required_last_name required_country country_invalid birth_date_invalid email_typo_domain; do
	cut -f2 "$T_DIR/truth.tsv" | grep -cx "$k"; done | sort -n | head -n 1)
ok "every field kind is planted at least 100 times (least: $least)" test "$least" -ge 100
# The compliance checks too, per jurisdiction (the packs' limits).
out=$(python3 "$top_srcdir/tests/integration/check-truth.py" --by-jurisdiction \
	--checks stale,consent_expired,consent_no_evidence,optout_not_honoured,optout_pending,minor_with_consent,data_localization \
	"$T_DIR/truth.tsv" "$T_DIR/findings.csv" 2>&1); rc=$?
printf '%s\n' "$out" | sed 's/^/# /'
is "$rc" 0 "compliance findings equal the planted defects, per jurisdiction"

# Repair every malformed email with a valid address; exactly those
# findings, by record and check, must resolve, and nothing new appear.
# (Duplicate findings are pairs of records, some matched on the email
# address: a new address may end one; they are not field findings.)
sql "CREATE TABLE repaired AS SELECT record_key FROM steward.findings WHERE check_name = 'email_malformed' AND status = 'open'"
sql "UPDATE customers c SET email = 'fixed' || customer_id || '@web.de' FROM repaired r WHERE r.record_key = c.customer_id::text"
out=$(STEWARD_NOW=2026-11-01 "$STEWARD" scan -q -c "$conf" 2>&1); rc=$?
is "$rc" 0 "second scan"
sql "SELECT check_name, field, count(*) FROM steward.findings WHERE resolved_run = 2 GROUP BY 1, 2" | sed "s|^|# |"
extra=$(sql "SELECT count(*) FROM (SELECT record_key, check_name FROM steward.findings WHERE resolved_run = 2 AND check_name <> 'duplicate'
	EXCEPT SELECT record_key, 'email_malformed' FROM repaired) d")
missed=$(sql "SELECT count(*) FROM (SELECT record_key, 'email_malformed' FROM repaired
	EXCEPT SELECT record_key, check_name FROM steward.findings WHERE resolved_run = 2) d")
is "$extra $missed $(sql "SELECT count(*) FROM steward.findings WHERE resolved_run = 2 AND check_name <> 'duplicate'")" \
	"0 0 $(sql "SELECT count(*) FROM repaired")" \
	"the resolved findings are the repaired records' email_malformed: none other, none missing"
# The duplicate model is estimated from the table on every full scan, so
# another record's new address can move a pair across the review
# threshold: duplicate findings are listed here, not counted.
sql "SELECT check_name, record_key FROM steward.findings WHERE first_run = 2" | sed 's/^/# new: /'
is "$(sql "SELECT count(*) FROM steward.findings WHERE first_run = 2 AND check_name <> 'duplicate'")" 0 \
	"and the repaired addresses bring no new field or compliance finding"
