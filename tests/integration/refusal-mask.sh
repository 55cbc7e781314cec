#!/bin/bash
# refusal-mask.sh -- a refused action's finding quotes PostgreSQL's error,
# whose DETAIL holds the row's values ("Key (email)=(fay@gmx.de) already
# exists"): the values are masked in the finding, in the findings CSV and
# in the report (issue 18, item 14).
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 7
with_pg
create_customers
# Two addresses that are one once normalized, under a unique index.
add_customer 6 Fay Ng 'fay.ng@GMX.de' NULL DE NULL
add_customer 7 Fay Ng 'fay.ng@gmx.de' NULL DE NULL
sql "CREATE UNIQUE INDEX customers_email ON customers (email)"
conf=$T_DIR/steward.conf
write_conf "$conf" "mode enforce
reports { directory \"$T_DIR/reports\" }
check email_norm { field email; validate email; action normalize }"
out=$("$STEWARD" scan -c "$conf" 2>&1)
like "$out" "normalized, 1 refused" "the rewrite of record 6 is refused by the unique index"
detail=$(sql "SELECT detail FROM steward.findings WHERE check_name = 'normalize_refused'")
echo "# detail: $detail"
like "$(printf '%s' "$detail" | tr '\n' ' ')" "customers_email.*Key \(email\)=\(\*\*\*\) already exists" \
	"the finding names the index and the column"
ok "but not the address" sh -c "! printf '%s' \"\$1\" | grep -qi 'fay.ng@gmx'" _ "$detail"
csv=$("$STEWARD" findings -c "$conf" --format csv 2>&1)
like "$csv" "normalize_refused" "the findings CSV lists the refusal"
ok "without the address" sh -c "! printf '%s' \"\$1\" | grep -i normalize_refused | grep -qi 'fay.ng@gmx'" _ "$csv"
ok "nor does any report file hold it" sh -c "! grep -rqi 'fay.ng@gmx.de' '$T_DIR/reports'"
# A CHECK constraint's DETAIL is the whole row.
sql "ALTER TABLE customers ADD CONSTRAINT no_gmx CHECK (email NOT LIKE '%@gmx.de' OR customer_id = 7) NOT VALID"
sql "DROP INDEX customers_email"
"$STEWARD" scan -c "$conf" >/dev/null 2>&1
detail=$(sql "SELECT detail FROM steward.findings WHERE check_name = 'normalize_refused' AND status = 'open'")
echo "# detail: $detail"
ok "a failing row is not quoted either" sh -c "! printf '%s' \"\$1\" | grep -qi 'fay.ng\|, Fay,'" _ "$detail"
