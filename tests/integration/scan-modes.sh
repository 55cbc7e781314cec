#!/bin/bash
# scan-modes.sh -- scans that must not mail: --no-report for CI runs with
# --fail-on, and --as-of, a what-if that is printed and forgotten: no run,
# no finding, no action, no report (issue 18, item 4).  A real SMTP server
# counts what was sent.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/mail.sh"
tap_plan 16
with_pg
gen="$top_srcdir/contrib/gen-customers.py"
python3 "$gen" --schema | psql -X -q -v ON_ERROR_STOP=1
python3 "$gen" --rows 800 --seed 5 |
	psql -X -q -v ON_ERROR_STOP=1 -c "COPY customers FROM STDIN"
sport=$(free_port)
mail_cert "$T_DIR/tls"
conf=$T_DIR/steward.conf
sed -e "s|@CONNINFO@|$STEWARD_CONNINFO|" -e "s|@TOP@|$top_srcdir|" \
	-e 's|/rules/\*\.rules"|/rules/[fc]*.rules"|' \
	"$top_srcdir/contrib/demo/steward.conf.in" >"$conf"
cat >>"$conf" <<EOF
reports {
	directory "$T_DIR/reports"
	admin ["admin@example.net"]
	default_recipients ["dpo@example.net"]
}
smtp {
	url "smtp://localhost:$sport"
	ca_file "$T_DIR/tls/cert.pem"
	from "Steward <steward@example.net>"
	timeout 10s
}
spool {
	directory "$T_DIR/spool"
}
EOF
smtpd_start "$T_DIR/smtp" "$sport" --cert "$T_DIR/tls/cert.pem" \
	--key "$T_DIR/tls/key.pem" --starttls-required
mails() { find "$T_DIR/smtp/mail" -name '*.eml' 2>/dev/null | wc -l; }
reports() { find "$T_DIR/reports" -type f 2>/dev/null | wc -l; }
counts() { sql "SELECT (SELECT count(*) FROM steward.runs) || '/' || (SELECT count(*) FROM steward.findings) || '/' || (SELECT count(*) FROM steward.findings WHERE status = 'open')"; }

# --- --no-report: the findings are recorded, nothing is written or mailed
"$STEWARD" scan -c "$conf" --no-report --fail-on error >"$T_DIR/out1" 2>&1
rc=$?
ok "scan --no-report --fail-on runs (exit $rc)" test "$rc" -le 1
is "$(sql "SELECT count(*) FROM steward.runs WHERE status = 'done'")" 1 "the run is recorded"
is "$(reports)" 0 "no report file is written"
is "$(mails)" 0 "no mail is sent"
is "$(find "$T_DIR/spool" -type f 2>/dev/null | wc -l)" 0 "nothing is spooled"

# --- a scan without it reports, as before
"$STEWARD" scan -c "$conf" >"$T_DIR/out2" 2>&1
ok "a plain scan writes reports" test "$(reports)" -gt 0
mailed() { local i; for i in $(seq 100); do [ "$(mails)" -gt 0 ] && return 0; sleep 0.1; done; return 1; }
ok "and mails them" mailed
sleep 1

# --- --as-of: a simulation
before=$(counts)
nmail=$(mails)
nrep=$(reports)
"$STEWARD" scan -c "$conf" --as-of 2031-06-01 >"$T_DIR/out3" 2>&1
rc=$?
is "$rc" 0 "scan --as-of exits 0"
sed 's/^/# /' "$T_DIR/out3" | head -n 12
like "$(cat "$T_DIR/out3")" "what-if as of 2031-06-01 00:00:00 UTC: scanned 800 rows" \
	"it prints the what-if summary"
like "$(cat "$T_DIR/out3")" "stale +[a-z]+ +[1-9][0-9]* \([1-9][0-9]* not open now\)" \
	"with five more years, records are stale that are not today"
like "$(cat "$T_DIR/out3")" "nothing was recorded, acted on, reported or mailed" "and says it is a simulation"
is "$(counts)" "$before" "no run and no finding was recorded or resolved"
is "$(mails)" "$nmail" "nothing was mailed"
is "$(reports)" "$nrep" "no report was written"
"$STEWARD" scan -c "$conf" --as-of 2031-06-01 --fail-on warning -q >"$T_DIR/out4" 2>&1
is "$?" 1 "--fail-on still gives the what-if's verdict"
# The next real scan sees the same open findings as the one before.
"$STEWARD" scan -c "$conf" --no-report >"$T_DIR/out5" 2>&1
like "$(cat "$T_DIR/out5")" "\(0 new\), 0 resolved" "the next real scan resolves nothing the what-if opened"
