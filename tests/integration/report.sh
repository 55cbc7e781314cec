#!/bin/bash
# report.sh -- reports per jurisdiction, delivered through the spool to a
# real SMTP server (aiosmtpd: STARTTLS on a self-signed certificate, AUTH)
# and a real HTTPS webhook receiver: content, recipients, parts, the
# attachment, signatures; the server down; steward killed mid-delivery.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/mail.sh"
tap_plan 62
with_pg
gen="$top_srcdir/contrib/gen-customers.py"
python3 "$gen" --schema | psql -X -q -v ON_ERROR_STOP=1
python3 "$gen" --rows 3000 --seed 7 |
	psql -X -q -v ON_ERROR_STOP=1 -c "COPY customers FROM STDIN"

mail_cert "$T_DIR/tls"
sport=$(free_port)
wport=$(free_port)
printf 's3cret pass\n' >"$T_DIR/smtp.pass"
printf 'hook-secret\n' >"$T_DIR/hook.secret"
chmod 600 "$T_DIR/smtp.pass" "$T_DIR/hook.secret"
conf=$T_DIR/steward.conf
sed -e "s|@CONNINFO@|$STEWARD_CONNINFO|" -e "s|@TOP@|$top_srcdir|" \
	"$top_srcdir/contrib/demo/steward.conf.in" >"$conf"
cat >>"$conf" <<EOF
reports {
	directory "$T_DIR/reports"
	admin ["admin@example.com"]
	default_recipients ["dpo@example.com", "dpo2@example.com"]
}
smtp {
	url "smtp://localhost:$sport"
	ca_file "$T_DIR/tls/cert.pem"
	username "steward"
	password_file "$T_DIR/smtp.pass"
	from "Steward <steward@example.com>"
	reply_to "dpo@example.com"
	timeout 10s
}
webhook {
	url "https://localhost:$wport/hook"
	secret_file "$T_DIR/hook.secret"
	ca_file "$T_DIR/tls/cert.pem"
}
spool {
	directory "$T_DIR/spool"
	retry_min 1s
	retry_max 2s
}
EOF
tls=(--cert "$T_DIR/tls/cert.pem" --key "$T_DIR/tls/key.pem")
smtpd_start "$T_DIR/smtp" "$sport" "${tls[@]}" --starttls-required \
	--auth "steward:s3cret pass"
webhookd_start "$T_DIR/web" "$wport" "${tls[@]}" \
	--secret-file "$T_DIR/hook.secret"
maildir=$T_DIR/smtp/mail
check_mail() { "$MAIL_PYTHON" "$MAIL_LIB/check-mail.py" "$@"; }
# The .eml whose envelope is for recipient $1 and whose subject holds $2.
mail_for() {
	"$MAIL_PYTHON" - "$maildir" "$1" "$2" <<'EOF'
import email, email.policy, glob, json, sys
d, rcpt, subj = sys.argv[1:]
for j in sorted(glob.glob(d + "/*.json")):
    env = json.load(open(j))
    eml = j[:-5] + ".eml"
    m = email.message_from_binary_file(open(eml, "rb"), policy=email.policy.default)
    if rcpt in env["rcpt_tos"] and subj in str(m["subject"]):
        print(eml)
EOF
}

# --- a scan writes, spools and delivers one report per jurisdiction
out=$(STEWARD_NOW=2026-11-01 "$STEWARD" scan -c "$conf" 2>&1); rc=$?
is "$rc" 0 "scan with reports, mail and webhook exits 0"
like "$out" "reports: [0-9]+ written to .*, [0-9]+ spooled, [0-9]+ delivered, 0 deferred, 0 dead" \
	"scan says what it wrote, spooled and delivered"
njur=$(sql "SELECT count(*) FROM steward.run_jurisdictions WHERE run_id = 1")
ok "several jurisdictions have records ($njur)" test "$njur" -ge 5
nfiles=$(ls "$T_DIR/reports/1" | grep -c '\.html$')
is "$nfiles" "$((njur + 1))" "one HTML report per jurisdiction, plus the summary"
is "$(ls "$maildir"/*.eml 2>/dev/null | wc -l)" "$((njur + 1))" \
	"one mail per jurisdiction and one summary arrived"
is "$(ls "$T_DIR/web/hooks"/*.json 2>/dev/null | wc -l)" "$njur" \
	"one webhook per jurisdiction arrived"
is "$(sql "SELECT count(*) FROM steward.deliveries WHERE run_id = 1 AND status = 'delivered'")" \
	"$((2 * njur + 1))" "every delivery is recorded as delivered"

eu=$(mail_for privacy-eu@example.com "eu")
ok "the eu report went to the eu officer" test -n "$eu"
is "$(jq -r '.rcpt_tos | join(",")' "${eu%.eml}.json" 2>/dev/null ||
	"$MAIL_PYTHON" -c 'import json,sys; print(",".join(json.load(open(sys.argv[1]))["rcpt_tos"]))' "${eu%.eml}.json")" \
	"privacy-eu@example.com" "and to nobody else"
is "$("$MAIL_PYTHON" -c 'import json,sys; e=json.load(open(sys.argv[1])); print(e["tls"], e["auth"])' "${eu%.eml}.json")" \
	"True steward" "over STARTTLS, after AUTH"
eurows=$(sql "SELECT count(*) FROM steward.findings WHERE jurisdiction = 'eu' AND first_run <= 1")
out=$(check_mail "$eu" --rcpt privacy-eu@example.com --part text/plain \
	--part text/html --attachment-name steward-run1-eu-findings.csv \
	--csv-rows "$eurows" --header Reply-To --header Auto-Submitted 2>&1); rc=$?
printf '%s\n' "$out" | sed 's/^/# /'
is "$rc" 0 "the eu mail: headers, text and HTML alternatives, the CSV of its $eurows findings"
un=$(mail_for dpo2@example.com "unassigned")
ok "unassigned records go to both default recipients" \
	grep -q dpo@example.com "${un%.eml}.json"
all=$(mail_for admin@example.com "summary")
allrows=$(sql "SELECT count(*) FROM steward.findings WHERE first_run <= 1")
check_mail "$all" --csv-rows "$allrows" >/dev/null 2>&1
is "$?" 0 "the admin's summary carries every finding ($allrows)"

# The report says what an officer needs, masked.
txt=$T_DIR/reports/1/eu.txt
grep -q "Findings by check" "$txt" && grep -q "steward findings -c $conf --run 1" "$txt"
is "$?" 0 "the text report has the table of checks and the command to see more"
# A run judged as at another time (STEWARD_NOW, 2026-11-01) counts the
# days a finding is open on that clock too: never a negative number.
grep -q "First seen 2026-11-01, open 0 days" "$txt" && ! grep -q "open -[0-9]" "$txt"
is "$?" 0 "first seen and days open are on the run's own clock"
open_eu=$(sql "SELECT count(*) FROM steward.findings WHERE jurisdiction = 'eu' AND first_run <= 1 AND resolved_run IS NULL")
# The whole sentence, the number as the report writes it (1,234): a bare
# number as a pattern would match any digits, a date's included.
open_txt=$(printf '%s' "$open_eu" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta')
[ "$open_eu" = 1 ] && open_txt="$open_txt finding" || open_txt="$open_txt findings"
ok "it states the number of open findings ($open_eu)" \
	grep -qxF "$open_txt open after this run." "$txt"
emails=$(sql "SELECT string_agg(email, '|') FROM customers WHERE email LIKE '%@%' AND customer_id IN (SELECT record_key::bigint FROM steward.findings WHERE jurisdiction = 'eu' AND field = 'email')")
leak=$(grep -F -f <(tr '|' '\n' <<<"$emails") "$txt" "$T_DIR/reports/1/eu.html" | head -n 3)
is "$leak" "" "no e-mail address of a sampled record appears unmasked"
like "$(cat "$txt")" '\*\*\*' "sample values are masked"
html=$T_DIR/reports/1/eu.html
grep -q "<svg" "$html" && ! grep -qiE "<script|src=\"https?:|href=\"https?:" "$html"
is "$?" 0 "the HTML has the inline SVG trend and no scripts or external resources"
# What a person sees: the HTML rendered by headless Chromium, when present.
if command -v chromium >/dev/null 2>&1; then
	sh "$top_srcdir/contrib/report-png.sh" "$html" "$T_DIR/eu.png" >/dev/null 2>&1
	is "$("$MAIL_PYTHON" -c '
import struct, sys
d = open(sys.argv[1], "rb").read(24)
print(d[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">I", d[16:20])[0])' "$T_DIR/eu.png" 2>/dev/null)" \
		860 "Chromium renders the HTML report to an 860-pixel-wide PNG"
else
	TAP_N=$((TAP_N + 1))
	echo "ok $TAP_N - # SKIP chromium not installed (contrib/report-png.sh)"
fi
"$STEWARD" report -c "$conf" --run 1 --jurisdiction eu --format text >"$T_DIR/eu-again.txt"
cmp -s "$T_DIR/eu-again.txt" "$txt"
is "$?" 0 "steward report renders run 1 again exactly as it was sent"
"$STEWARD" report -c "$conf" --run 1 --jurisdiction eu --format csv >"$T_DIR/eu.csv"
cmp -s "$T_DIR/eu.csv" "$T_DIR/reports/1/eu.csv"
is "$?" 0 "steward report --format csv is the attached CSV"
# Issue 17: what an officer acts on.
must=$(sql "SELECT string_agg(DISTINCT check_name, ' ') FROM steward.findings WHERE jurisdiction = 'eu' AND first_run <= 1 AND resolved_run IS NULL AND severity IN ('critical', 'error')")
missing=$(for c in $must; do sed -n '/^Top checks with sample records/,$p' "$txt" | grep -q "^$c" || echo "$c"; done)
is "$missing" "" "every critical or error check has sample rows ($must)"
like "$(sed -n '/^Legal basis and deadlines/,/^Where the records come from/p' "$txt" | tr '\n' ' ')" \
	"optout_not_honoured \(critical\): basis STAT GDPR Art\. 21\(3\).* overdue" \
	"the report gives each check's legal basis, deadline and overdue count"
is "$(head -n 1 "$T_DIR/eu.csv" | tr -d '\r')" \
	"run_id,check,record_key,field,jurisdiction,severity,status,detail,first_seen,basis,deadline" \
	"the CSV gains first_seen, basis and deadline"
grep -q 'bgcolor="#1d4ed8"' "$html"
is "$?" 0 "the HTML trend is also a table chart (mail clients drop SVG)"
out=$("$STEWARD" report -c "$conf" --jurisdiction atlantis 2>&1); rc=$?
is "$rc" 4 "a jurisdiction the rules do not know is an error"
like "$out" "no jurisdiction 'atlantis' in the rules" "that says so"

# The webhook: signed, per jurisdiction, no personal data.
hook=$(grep -l '"jurisdiction\\": \\"eu\\"' "$T_DIR/web/hooks"/*.json | head -n 1)
read -r sigok run records < <("$MAIL_PYTHON" -c '
import json, sys
h = json.load(open(sys.argv[1])); b = json.loads(h["body"])
print(h["signature_ok"], b["run"], b["records"])' "$hook")
is "$sigok" "True" "the webhook's HMAC-SHA256 signature verifies"
is "$run $records" "1 $(sql "SELECT records FROM steward.run_jurisdictions WHERE run_id = 1 AND jurisdiction = 'eu'")" \
	"its JSON gives the run and the records in scope"
ok "no sample values in the webhook" bash -c "! grep -q '\\*\\*\\*' '$hook'"

# --- at most once: nothing is spooled or sent twice for a run
out=$("$STEWARD" spool run -c "$conf" 2>&1); rc=$?
is "$out" "0 delivered, 0 deferred, 0 dead" "spool run after delivery has nothing to do"
"$STEWARD" spool list -c "$conf" >"$T_DIR/list" 2>&1
is "$(wc -l <"$T_DIR/list")" 1 "the spool is empty but for the header"

# --- the server is down: the reports wait in the spool
smtpd_stop "$T_DIR/smtp"
mv "$maildir" "$T_DIR/mail-run1"
out=$(STEWARD_NOW=2026-11-01 "$STEWARD" scan -c "$conf" 2>&1); rc=$?
is "$rc" 0 "a scan while the mail server is down still succeeds"
like "$out" "reports: .* $((njur + 1)) deferred" "every mail is deferred"
"$STEWARD" spool list -c "$conf" >"$T_DIR/list" 2>&1
is "$(grep -c '^r2-.*-mail .*queued' "$T_DIR/list")" "$((njur + 1))" \
	"spool list shows them queued, with the error"
like "$(cat "$T_DIR/list")" "Connection refused|Couldn't connect|connect" "the last error says why"
smtpd_start "$T_DIR/smtp" "$sport" "${tls[@]}" --starttls-required \
	--auth "steward:s3cret pass"
sleep 2.5	# past the backoff
out=$("$STEWARD" spool run -c "$conf" 2>/dev/null); rc=$?
is "$out" "$((njur + 1)) delivered, 0 deferred, 0 dead" "with the server back, spool run delivers them"
out=$("$STEWARD" spool run -c "$conf" 2>/dev/null); rc=$?
is "$out" "0 delivered, 0 deferred, 0 dead" "and only once"
is "$rc" 0 "spool run exits 0 when nothing is left"
is "$(ls "$maildir"/*.eml | wc -l)" "$((njur + 1))" "exactly one mail per jurisdiction arrived for run 2"
is "$(sql "SELECT count(*) FROM steward.deliveries WHERE run_id = 2 AND channel = 'mail' AND status = 'delivered' AND attempts = 2")" \
	"$((njur + 1))" "each took two attempts, as recorded"

# --- steward killed while the server holds the final "."
smtpd_stop "$T_DIR/smtp"
rm -rf "$maildir"
smtpd_start "$T_DIR/smtp" "$sport" "${tls[@]}" --starttls-required \
	--auth "steward:s3cret pass" --delay-data 4
STEWARD_NOW=2026-11-01 "$STEWARD" scan -q -c "$conf" --no-deliver >/dev/null 2>&1
is "$(ls "$T_DIR/spool/queue" | grep -c '^r3-')" "$((2 * njur + 1))" "scan --no-deliver leaves run 3 in the spool"
"$STEWARD" spool run -c "$conf" >/dev/null 2>&1 &
spid=$!
sleep 2
kill -KILL "$spid"
wait "$spid" 2>/dev/null
sleep 3	# the server's delay runs out; the client is gone
is "$(ls "$maildir"/*.eml 2>/dev/null | wc -l)" 0 "the killed delivery left no message at the server"
ok "the message is still queued" test -d "$T_DIR/spool/queue/r3-all-mail" -o \
	"$(ls "$T_DIR/spool/queue" | grep -c '^r3-.*-mail')" -ge 1
smtpd_stop "$T_DIR/smtp"
smtpd_start "$T_DIR/smtp" "$sport" "${tls[@]}" --starttls-required \
	--auth "steward:s3cret pass"
"$STEWARD" spool run -c "$conf" >/dev/null 2>&1
is "$(ls "$maildir"/*.eml | wc -l)" "$((njur + 1))" "after the restart every mail of run 3 arrived"
ids=$(grep -h -i '^Message-ID:' "$maildir"/*.eml | sort | uniq -d)
is "$ids" "" "no message arrived twice"
is "$(ls "$T_DIR/spool/queue" | wc -l)" 0 "the queue is empty"

# --- a message that keeps failing goes to dead/ and becomes a finding
smtpd_stop "$T_DIR/smtp"
smtpd_start "$T_DIR/smtp" "$sport" "${tls[@]}" --starttls-required \
	--auth "steward:s3cret pass" --reject-data 554
STEWARD_NOW=2026-11-01 "$STEWARD" scan -q -c "$conf" >/dev/null 2>&1
"$STEWARD" spool list -c "$conf" >"$T_DIR/list" 2>&1
is "$(grep -c '^r4-.*-mail .*dead' "$T_DIR/list")" "$((njur + 1))" "a permanent refusal (554) sends the mail to dead/"
is "$(sql "SELECT count(*) FROM steward.findings WHERE check_name = 'report_undelivered' AND status = 'open'")" \
	"$((njur + 1))" "each dead message is an open finding"
smtpd_stop "$T_DIR/smtp"
rm -rf "$maildir"
smtpd_start "$T_DIR/smtp" "$sport" "${tls[@]}" --starttls-required \
	--auth "steward:s3cret pass"
out=$("$STEWARD" spool retry -c "$conf" r4-eu-mail 2>/dev/null); rc=$?
like "$out" "1 delivered" "spool retry sends a dead message"
is "$(ls "$maildir"/*.eml | wc -l)" 1 "it arrived"
out=$("$STEWARD" spool drop -c "$conf" r4-ca-mail 2>&1); rc=$?
is "$rc" 0 "spool drop gives one up"
is "$(sql "SELECT count(*) FROM steward.findings WHERE check_name = 'report_undelivered' AND status = 'open'")" \
	"$((njur - 1))" "retried and dropped messages are no longer open findings"
"$STEWARD" spool retry -c "$conf" r4-ca-mail >/dev/null 2>&1
is "$?" 4 "a dropped message cannot be retried"

# --- max_age: a message still undelivered past it goes to dead/
smtpd_stop "$T_DIR/smtp"
sed -i 's/^\tretry_max 2s$/\tretry_max 2s\n\tmax_age 1s/' "$conf"
STEWARD_NOW=2026-11-01 "$STEWARD" scan -q -c "$conf" >/dev/null 2>&1
sleep 2
"$STEWARD" spool run -c "$conf" >/dev/null 2>&1
"$STEWARD" spool list -c "$conf" >"$T_DIR/list" 2>&1
is "$(grep -c '^r5-.*-mail .*dead' "$T_DIR/list")" "$((njur + 1))" \
	"past max_age, undelivered mail goes to dead/"
sed -i '/^\tmax_age 1s$/d' "$conf"

# --- attach_max and clear_values
rm -rf "$maildir"
smtpd_start "$T_DIR/smtp" "$sport" "${tls[@]}" --starttls-required \
	--auth "steward:s3cret pass"
sed -i 's/^\tdefault_recipients \(.*\)$/\tdefault_recipients \1\n\tattach_max 1024\n\tclear_values yes/' "$conf"
STEWARD_NOW=2026-11-01 "$STEWARD" scan -q -c "$conf" >/dev/null 2>&1
eu=$(mail_for privacy-eu@example.com "run 6")
out=$(check_mail "$eu" --attachment-name steward-run6-eu-findings.csv 2>&1)
is "$?" 1 "a CSV larger than attach_max is not attached"
like "$(cat "$T_DIR/reports/6/eu.txt")" "larger than reports \{ attach_max \}.*steward findings" \
	"the report says so and how to list the findings"
clear=$(grep -c '\*\*\*' "$T_DIR/reports/6/eu.txt")
is "$clear" 0 "with clear_values yes, no sample value is masked"
like "$(cat "$T_DIR/reports/6/eu.txt")" "Values are shown unmasked" "and the report says so"

# --- report refuses a run of another table
sql "INSERT INTO steward.runs (kind, table_name, mode, status, steward_version) VALUES ('full', 'public.other', 'dry-run', 'done', 'x')"
other=$(sql "SELECT max(id) FROM steward.runs")
out=$("$STEWARD" report -c "$conf" --run "$other" 2>&1); rc=$?
is "$rc" 4 "report --run of another table's run is refused"
like "$out" "scanned public.other, not public.customers" "naming both tables"
