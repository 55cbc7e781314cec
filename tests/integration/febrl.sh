#!/bin/bash
# febrl.sh -- duplicate detection on the Febrl data sets with ground truth
# (../shared/data/febrl): pairwise precision, recall and F1 of the
# clusters of `steward duplicates`, with the duplicates rule Steward
# ships (rules/duplicates.rules) unchanged for all four sets.  Fails below
# F1 0.99 at the review threshold, or below precision 0.995 at the merge
# threshold, and when scan or duplicates exits non-zero.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
F=${FEBRL_DIR:-$top_srcdir/../shared/data/febrl}
tap_plan 30
if [ ! -f "$F/dataset1.csv" ]; then
	for i in $(seq 30); do
		echo "ok $i - # SKIP Febrl data not found in $F (set FEBRL_DIR)"
	done
	exit 0
fi
with_pg
sql "CREATE TABLE people (rec_id text PRIMARY KEY, given_name text,
	surname text, address text, suburb text, postcode text, state text,
	dob text, ssn text)"
cat >"$T_DIR/f.conf" <<CONF
database { conninfo "$STEWARD_CONNINFO" }
customers {
	table "people"
	key "rec_id"
	map {
		first_name "given_name"
		last_name "surname"
		address "address"
		city "suburb"
		postal_code "postcode"
		region "state"
		birth_date "dob"
		national_id "ssn"
	}
}
include "$top_srcdir/rules/duplicates.rules"
CONF
load() {
	"$MAIL_PYTHON" - "$@" <<'PY'
import csv, sys
def esc(v):
    v = v.strip()
    return "\\N" if v == "" else v.replace("\\", "\\\\").replace("\t", "\\t")
for path in sys.argv[1:]:
    with open(path, newline="") as f:
        r = csv.reader(f, skipinitialspace=True)
        head = [h.strip() for h in next(r)]
        for row in r:
            if not row:
                continue
            d = dict(zip(head, row))
            addr = (d["street_number"].strip() + " " + d["address_1"].strip()).strip()
            print("\t".join(esc(x) for x in (d["rec_id"], d["given_name"],
                d["surname"], addr, d["suburb"], d["postcode"], d["state"],
                d["date_of_birth"], d["soc_sec_id"])))
PY
}
MAIL_PYTHON=${MAIL_PYTHON:-python3}
for ds in 1 2 3 4; do
	sql "TRUNCATE people"
	if [ "$ds" = 4 ]; then
		load "$F/dataset4a.csv" "$F/dataset4b.csv"
	else
		load "$F/dataset$ds.csv"
	fi >"$T_DIR/rows$ds.tsv"
	lrc=$?
	psql -X -q -v ON_ERROR_STOP=1 -c "COPY people FROM STDIN" <"$T_DIR/rows$ds.tsv"
	is "$lrc $? $(sql "SELECT count(*) FROM people")" \
		"0 0 $(($(wc -l <"$T_DIR/rows$ds.tsv")))" "febrl$ds: every record loaded"
	"$STEWARD" scan -q --no-deliver -c "$T_DIR/f.conf" >/dev/null 2>"$T_DIR/err$ds"
	rc=$?
	sed 's/^/# scan: /' "$T_DIR/err$ds" | head -n 20
	is "$rc" 0 "febrl$ds: scan exits 0"
	"$STEWARD" duplicates -c "$T_DIR/f.conf" --format csv >"$T_DIR/dup$ds.csv" 2>"$T_DIR/derr$ds"
	rc=$?
	sed 's/^/# duplicates: /' "$T_DIR/derr$ds" | head -n 20
	is "$rc" 0 "febrl$ds: duplicates exits 0"
	res=$("$MAIL_PYTHON" "$top_srcdir/tests/integration/febrl-eval.py" \
		"$T_DIR/dup$ds.csv" "$F/dataset$ds.pairs.tsv")
	is "$?" 0 "febrl$ds: febrl-eval.py scores the clusters"
	printf '%s\n' "$res" | sed "s/^/# febrl$ds /"
	set -- $(printf '%s\n' "$res" | sed -n 's/^review //p') "" "" ""
	ok "febrl$ds: F1 $3 at the review threshold is at least 0.99" \
		awk "BEGIN { exit !($3 >= 0.99) }"
	set -- $(printf '%s\n' "$res" | sed -n 's/^merge //p') "" "" ""
	ok "febrl$ds: precision $1 at the merge threshold is at least 0.995" \
		awk "BEGIN { exit !($1 >= 0.995) }"
	# Every cluster member is also a finding of check duplicate.
	is "$(sql "SELECT count(*) FROM steward.findings WHERE check_name = 'duplicate' AND status = 'open'")" \
		"$(($(wc -l <"$T_DIR/dup$ds.csv") - 1))" "febrl$ds: one open duplicate finding per cluster member"
done
# The same clusters as JSON: one object per member, exactly one centre each.
"$STEWARD" duplicates -c "$T_DIR/f.conf" --format json >"$T_DIR/dup.json"
is "$?" 0 "duplicates --format json exits 0"
is "$("$MAIL_PYTHON" -c '
import json, sys, collections
v = json.load(open(sys.argv[1]))
c = collections.Counter(m["cluster_id"] for m in v if m["centre"])
print(len(v), all(n == 1 for n in c.values()) and len(c) == len({m["cluster_id"] for m in v}))
' "$T_DIR/dup.json")" "$(($(wc -l <"$T_DIR/dup4.csv") - 1)) True" "--format json lists the same members, one centre per cluster"
