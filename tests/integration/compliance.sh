#!/bin/bash
# compliance.sh -- the demo data's planted compliance defects against a
# real scan with the shipped packs and compliance.rules, judged as at the
# generator's reference instant: per record (hence per jurisdiction), the
# findings equal the ground truth -- no misses, no extras.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 5
with_pg
gen="$top_srcdir/contrib/gen-customers.py"
rows=${TRUTH_ROWS:-100000}
python3 "$gen" --schema | psql -X -q -v ON_ERROR_STOP=1
python3 "$gen" --rows "$rows" --seed 1 --truth "$T_DIR/truth.tsv" |
	psql -X -q -v ON_ERROR_STOP=1 -c "COPY customers FROM STDIN"
is "$(sql "SELECT count(*) FROM customers")" "$rows" "generated rows loaded"
conf=$T_DIR/steward.conf
sed -e "s|@CONNINFO@|$STEWARD_CONNINFO|" -e "s|@TOP@|$top_srcdir|" \
	"$top_srcdir/contrib/demo/steward.conf.in" >"$conf"

out=$(STEWARD_NOW=2026-11-01 "$STEWARD" scan -q -c "$conf" 2>&1); rc=$?
is "$rc" 0 "scan as at the generator's reference instant"
"$STEWARD" findings -c "$conf" --format csv >"$T_DIR/findings.csv"
checks=stale,consent_expired,consent_no_evidence,optout_not_honoured,optout_pending,minor_with_consent,data_localization
out=$(python3 "$top_srcdir/tests/integration/check-truth.py" --checks "$checks" \
	--by-jurisdiction "$T_DIR/truth.tsv" "$T_DIR/findings.csv" 2>&1); rc=$?
printf '%s\n' "$out" | sed 's/^/# /'
is "$rc" 0 "compliance findings equal the planted defects, per record and jurisdiction"
least=$(for k in ${checks//,/ }; do cut -f2 "$T_DIR/truth.tsv" | grep -cx "$k"; done | sort -n | head -n 1)
ok "every compliance kind is planted at least 20 times (least: $least)" test "$least" -ge 20
# Each finding names the rule, the number it applied and its legal basis
# (never a file path on this server).
like "$(sql "SELECT detail FROM steward.findings WHERE check_name = 'consent_expired' AND jurisdiction = 'ca' LIMIT 1")" \
	"consent older than (24|6) months \(consent_max_age; basis STAT CASL s\. [0-9]" "a finding names the limit and its legal basis"
