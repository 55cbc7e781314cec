#!/bin/bash
# normalize.sh -- action normalize in enforce mode: valid values are
# rewritten into their validator's normal form, one audit record and one
# rewrites entry each; `steward rewrites undo` puts the row back byte for
# byte, or refuses when the row changed since; dry-run changes nothing;
# a rewrite a unique index refuses is a finding.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 14
with_pg
create_customers
add_customer 1 Anna Meier 'Anna.K@Example.COM' '030 1234567' DE 10115
add_customer 2 Ben Fox 'ben@example.org' '+44 20 7946 0018' GB 'sw1a1aa'
add_customer 3 Cleo Roy 'cleo@example.org' '+33 1 23 45 67 89' FR '75001'
add_customer 4 Dora Lee 'dora@@bad' '12' DE 'x'
add_customer 5 Emil Voss 'emil@example.org' NULL DE NULL
# Two addresses that are one once normalized, under a unique index.
add_customer 6 Fay Ng 'fay@EXAMPLE.org' NULL DE NULL
add_customer 7 Fay Ng 'fay@example.org' NULL DE NULL
sql "CREATE UNIQUE INDEX customers_email ON customers (email)"
rules=$T_DIR/norm.rules
cat >"$rules" <<'RULES'
check email_norm { field email; validate email; action normalize }
check phone_norm { field phone; validate phone; action normalize }
check postal_norm { field postal_code; validate postal; action normalize }
RULES
conf=$T_DIR/steward.conf
cat >"$conf" <<CONF
database { conninfo "$STEWARD_CONNINFO" }
customers {
	table "customers"
	key "customer_id"
	map { first_name "given_name"; last_name "family_name"; email "email"
	      phone "phone"; country "country"; postal_code "postcode" }
}
include "$rules"
CONF
{ echo "mode enforce"; cat "$conf"; } >"$T_DIR/enforce.conf"
dump() { sql "SELECT c::text FROM customers c ORDER BY customer_id"; }
before=$(dump)

out=$("$STEWARD" scan --no-deliver -c "$conf" 2>&1)
like "$out" "dry-run: 6 quarantine, erase or normalize actions proposed" \
	"dry-run proposes the six values not in normal form"
is "$(dump)" "$before" "dry-run changes nothing"

out=$("$STEWARD" scan --no-deliver -c "$T_DIR/enforce.conf" 2>&1)
like "$out" "actions: 0 quarantined, 0 erased, 5 normalized, 1 refused" \
	"enforce normalizes five values and one is refused"
is "$(sql "SELECT email, phone, postcode FROM customers WHERE customer_id IN (1, 2) ORDER BY 1" | tr '\n' ' ')" \
	"Anna.K@example.com|+49301234567|10115 ben@example.org|+442079460018|SW1A 1AA " \
	"email, phone and postal code in normal form"
is "$(sql "SELECT email, phone, postcode FROM customers WHERE customer_id = 4")" \
	"dora@@bad|12|x" "invalid values are left alone"
is "$(sql "SELECT count(*) FROM steward.audit WHERE action = 'normalize'")" 5 \
	"one audit record per rewrite"
is "$(sql "SELECT before_image->>'phone' FROM steward.audit WHERE action = 'normalize' AND record_key = '1' AND after_image->>'phone' = '+49301234567'")" \
	"030 1234567" "the audit record has the before-image"
like "$(sql "SELECT detail FROM steward.findings WHERE check_name = 'normalize_refused' AND record_key = '6'")" \
	"email_norm: .*customers_email" "the refused rewrite is a finding naming the index"
like "$("$STEWARD" rewrites list -c "$conf")" "5 rewrites" "rewrites list"

# Undo: refused after a later change, then byte for byte.
id=$(sql "SELECT id FROM steward.rewrites WHERE record_key = '2' AND field = 'postal_code'")
sql "UPDATE customers SET given_name = 'Benjamin' WHERE customer_id = 2"
out=$("$STEWARD" rewrites undo -c "$conf" "$id" 2>&1); rc=$?
is "$rc" 1 "undo refused when the row changed since"
like "$out" "changed since" "and says why"
sql "UPDATE customers SET given_name = 'Ben' WHERE customer_id = 2"
fails=0
for id in $(sql "SELECT id FROM steward.rewrites WHERE status = 'done' ORDER BY id DESC"); do
	"$STEWARD" rewrites undo -c "$conf" "$id" >/dev/null 2>&1 || fails=$((fails + 1))
done
is "$fails" 0 "every rewrite undone"
is "$(dump)" "$before" "the table is byte for byte as before"
ok "audit chain intact" "$STEWARD" audit verify -c "$conf"
