#!/bin/bash
# rules-tools.sh -- jurisdictions in a real scan, and the admin tools:
# steward rules, steward explain, steward test-rule.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 40
with_pg
create_customers
add_customer 1 Anna Schmidt anna.schmidt@web.de "+49 30 1234567" DE 10115
add_customer 2 Jean Dupont "jean@@orange.fr" "+33 1 23 45 67 89" fr 75001
add_customer 3 Ivan Petrov ivan@mail.ru "+7 495 123-45-67" RU 101000
add_customer 4 Li Wei li.wei@qq.com "+86 138 0013 8000" NULL 100000
add_customer 5 Zoe Brown zoe@example.org 12 GB "SW1A 1AA"
cat >"$T_DIR/juris.rules" <<'RULES'
jurisdiction eu {
	countries [DE, FR]
	officers ["dpo@example.com"]
	optout_deadline 1 month
	checks [de_postal]
}
jurisdiction uk { countries [GB]; alias UK GB }
check de_postal { fields [postal_code]; regex '^[0-9]{5}$'; countries [DE] }
RULES
conf=$T_DIR/steward.conf
write_conf "$conf" "include \"$T_DIR/juris.rules\""

out=$("$STEWARD" scan -c "$conf" 2>&1); rc=$?
is "$rc" 0 "scan with jurisdictions"
like "$out" "records per jurisdiction: unassigned 2 eu 2 uk 1" "records are counted per jurisdiction, unassigned too"
is "$(sql "SELECT string_agg(jurisdiction || '=' || records, ' ' ORDER BY jurisdiction) FROM steward.run_jurisdictions WHERE run_id = 1")" "eu=2 uk=1 unassigned=2" "and stored with the run"
is "$(sql "SELECT jurisdiction FROM steward.findings WHERE check_name = 'email_malformed'")" eu "a finding carries its record's jurisdiction (fr -> FR -> eu)"
is "$(sql "SELECT jurisdiction FROM steward.findings WHERE check_name = 'required_country'")" unassigned "a record without country is unassigned, not skipped"
is "$(sql "SELECT jurisdiction FROM steward.findings WHERE record_key = '5' AND check_name = 'phone_malformed'")" uk "uk record"
is "$("$STEWARD" findings -c "$conf" --format csv | tr -d '\r' | grep -c ',eu,')" 1 "findings CSV has the jurisdiction column filled"

out=$("$STEWARD" rules -c "$conf" 2>&1); rc=$?
is "$rc" 0 "steward rules"
like "$out" "de_postal +regex +warning +flag +postal_code +DE,switched-on" "lists a check with its scope"
like "$out" "eu +2 +1 month +- +- +- .*juris.rules:1 +-" "lists a jurisdiction with its limits"

out=$("$STEWARD" explain -c "$conf" 2 2>&1); rc=$?
is "$rc" 1 "explain of a record with a failing check exits 1"
like "$out" "record 2 of public.customers: jurisdiction eu \(country FR\)" "explain names the jurisdiction"
like "$out" "FAIL email_malformed +email=\"j\*\*\*@@orange.fr\" -- email validator: several-at-signs; warning, would flag" "failing check, masked value, would-be action"
like "$out" "skip de_postal .*out of scope" "a check scoped elsewhere is shown as skipped"
ok "personal data is masked" sh -c "! printf '%s' \"\$1\" | grep -q 'Dupont'" _ "$out"
out=$("$STEWARD" explain -c "$conf" --show-pii 2 2>&1)
like "$out" "last_name=\"Dupont\"" "--show-pii shows clear values"
out=$("$STEWARD" explain -c "$conf" 999 2>&1); rc=$?
is "$rc" 4 "explain of a missing key exits 4"
like "$out" "no record of public.customers has key '999'" "and says so"

# test-rule: no database, a CSV sample.
printf 'key,email,country,postal_code\nk1,ok@web.de,DE,10115\nk2,"bad,@web.de",DE,1011\nk3,z@z.uk,UK,SW1A 1AA\n' >"$T_DIR/sample.csv"
out=$("$STEWARD" test-rule -r "$top_srcdir/rules/fields.rules" -r "$T_DIR/juris.rules" --csv "$T_DIR/sample.csv" 2>/dev/null); rc=$?
is "$rc" 1 "test-rule with findings exits 1"
like "$out" "line 3 key k2 \[eu\] email_malformed email=\"b\*\*\*@web.de\" warning" "one line per finding, with line, key and jurisdiction"
# k2's 1011 is no German postal code for the shipped postal check too.
like "$out" "3 rows, 3 findings" "a summary"
printf 'check broken { fields [email]; regex "(" }\n' >"$T_DIR/broken.rules"
out=$("$STEWARD" test-rule -r "$T_DIR/broken.rules" --csv "$T_DIR/sample.csv" 2>&1); rc=$?
like "$rc $out" "^3 .*broken.rules:1:40: error: pcre2: missing closing parenthesis" "a rule error is refused with file:line:column"

# validate: a built-in validator in a rule, with the jurisdiction's age.
cat >"$T_DIR/age.rules" <<'RULES'
jurisdiction eu { countries [DE, FR]; minimum_age 16 }
check birth_ok { fields [birth_date]; validate birthdate }
RULES
printf 'key,country,birth_date\nk1,DE,1985-03-12\nk2,DE,31.02.1990\nk3,DE,2020-01-01\nk4,US,2020-01-01\n' >"$T_DIR/ages.csv"
out=$("$STEWARD" test-rule -r "$T_DIR/age.rules" --csv "$T_DIR/ages.csv" 2>&1); rc=$?
like "$out" "key k2 \[eu\] birth_ok birth_date=\"\*\*\.\*\*\.1990\" warning: birthdate validator: no-such-date" "validate in a rule reports the validator's reason"
like "$out" "key k3 \[eu\] birth_ok .*under-minimum-age" "the jurisdiction's minimum age applies"
ok "no minimum age outside a jurisdiction that sets one" sh -c "! printf '%s' \"\$1\" | grep -q 'key k4'" _ "$out"
# An age not yet in force (India's DPDP age applies from 2027-05-13)
# binds the birth-date validator no more than minor_with_consent.
cat >"$T_DIR/age-later.rules" <<'RULES'
jurisdiction in { countries [IN]; minimum_age 18 from "2099-01-01" }
check birth_ok { fields [birth_date]; validate birthdate }
RULES
printf 'key,country,birth_date
k1,IN,2015-01-01
' >"$T_DIR/ages-later.csv"
out=$("$STEWARD" test-rule -r "$T_DIR/age-later.rules" --csv "$T_DIR/ages-later.csv" 2>&1)
like "$out" "1 rows?, 0 findings" "a minimum age not yet in force judges no birth date"
# A subdivision's own age (Quebec's Law 25: 14) binds the birth-date
# validator for its records only; the rest of Canada keeps 13.
cat >"$T_DIR/age-qc.rules" <<'RULES'
jurisdiction ca { countries [CA]; minimum_age 13; subdivision CA-QC { minimum_age 14 } }
check birth_ok { fields [birth_date]; validate birthdate }
RULES
y=$(date -u -d '13 years ago 6 months ago' +%F)
printf 'key,country,subdivision,birth_date\nq1,CA,QC,%s\no1,CA,ON,%s\n' "$y" "$y" >"$T_DIR/ages-qc.csv"
out=$("$STEWARD" test-rule -r "$T_DIR/age-qc.rules" --csv "$T_DIR/ages-qc.csv" 2>&1)
like "$out" "key q1 \[ca\] birth_ok .*under-minimum-age" "a subdivision's minimum age applies to its records"
like "$out" "2 rows, 1 finding" "and not to the rest of the country"
out=$(printf '1985-03-12\n2099-01-01\n' | "$STEWARD" validate birthdate); rc=$?
is "$rc $(printf '%s' "$out" | tr '\t\n' '| ')" "1 1985-03-12|ok|1985-03-12 2099-01-01|bad|in-the-future" "steward validate: value, verdict, normal form or reason"

# completeness: the fields a jurisdiction requires, for every record and
# for marketing.
cat >"$T_DIR/complete.rules" <<'RULES'
jurisdiction eu {
	countries [DE, FR]
	required_fields [last_name]
	required_for_marketing [email, phone]
}
check incomplete { compliance incomplete }
RULES
printf 'key,country,last_name,email,phone,consent_marketing\nk1,DE,Roth,,,f\nk2,DE,,a@b.de,1,f\nk3,FR,Roy,c@d.fr,,t\nk4,FR,Roy,c@d.fr,+33 1 2,t\nk5,US,,,,t\n' >"$T_DIR/complete.csv"
out=$("$STEWARD" test-rule -r "$T_DIR/complete.rules" --csv "$T_DIR/complete.csv" 2>&1)
like "$out" "key k2 \[eu\] incomplete last_name=.* missing last_name, which jurisdiction eu requires" \
	"completeness: a field every record needs"
like "$out" "key k3 \[eu\] incomplete phone=.* missing phone, which jurisdiction eu requires of records with marketing consent" \
	"completeness: a field marketing needs"
ok "complete records and records outside the jurisdiction pass" sh -c "! printf '%s' \"\$1\" | grep -Eq 'key k(1|4|5) '" _ "$out"
printf 'jurisdiction eu { countries [DE]; required_fields [last_name, shoe_size] }\n' >"$T_DIR/badreq.rules"
out=$("$STEWARD" test-rule -r "$T_DIR/badreq.rules" --csv "$T_DIR/complete.csv" 2>&1)
like "$out" "badreq.rules:1:[0-9]+: error: required_fields: 'shoe_size' is not a field" "an unknown required field is an error with file:line:column"

printf 'jurisdiction eu { countries [DE]; holidays ["2026-12-25", "2026-02-30"] }\n' >"$T_DIR/badhol.rules"
out=$("$STEWARD" test-rule -r "$T_DIR/badhol.rules" --csv "$T_DIR/complete.csv" 2>&1)
like "$out" "badhol.rules:1:[0-9]+: error: holidays: a holiday is a quoted date" "an impossible holiday is an error with file:line:column"

# test-rule refuses rule files with any error, even ones rule_compile
# does not see (a stray brace, an unknown statement).
printf 'check ok1 { fields [email]; required }\n}\nbogus line here\n' >"$T_DIR/stray.rules"
out=$("$STEWARD" test-rule -r "$T_DIR/stray.rules" --csv "$T_DIR/sample.csv" 2>&1); rc=$?
is "$rc" 3 "test-rule refuses rules with syntax errors"
like "$out" "stray.rules:3:1: error: unknown statement 'bogus'" "and reports unknown statements"
printf 'key,email,email\nk1,bad,a@b.de\n' >"$T_DIR/dup.csv"
out=$("$STEWARD" test-rule -r "$top_srcdir/rules/fields.rules" --csv "$T_DIR/dup.csv" 2>&1); rc=$?
like "$out" "dup.csv:1: column 'email' appears twice" "a column named twice is refused"
printf 'key,email\nk1,"a\0b@x.de"\nk2,anna.schmidt.web.de\n' >"$T_DIR/nul.csv"
out=$("$STEWARD" test-rule -r "$top_srcdir/rules/fields.rules" --csv "$T_DIR/nul.csv" 2>/dev/null)
like "$out" 'line 2 key k1 \[unassigned\] invalid_utf8 email="a\*\*\*@x.de" error' "a NUL byte does not cut the output line"
like "$out" 'line 3 key k2 \[unassigned\] email_malformed email="a\*\*\*" warning' "an address without a domain is masked to its first letter"
ok "no unmasked value" sh -c "! printf '%s' \"\$1\" | grep -q 'schmidt'" _ "$out"
