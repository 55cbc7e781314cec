#!/bin/bash
# demo.sh -- build Steward, start a throwaway PostgreSQL, load synthetic
# cross-border customers with planted defects, run a full scan and write
# the findings.  Everything lands in ./demo-out (or $DEMO_DIR).
#
#   contrib/demo.sh [--rows N] [--seed S] [--keep]
#
# --keep leaves the PostgreSQL server running so that you can explore
# with `_build/steward findings -c demo-out/steward.conf`.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
rows=100000
seed=1
keep=0
while [ $# -gt 0 ]; do
	case $1 in
	--rows) rows=$2; shift 2 ;;
	--seed) seed=$2; shift 2 ;;
	--keep) keep=1; shift ;;
	*) echo "usage: contrib/demo.sh [--rows N] [--seed S] [--keep]" >&2; exit 2 ;;
	esac
done
out=${DEMO_DIR:-$top/demo-out}

step() { printf '\n== %s\n' "$*"; }

step "installing build dependencies"
sh "$top/contrib/install-deps.sh"

step "building steward"
cd "$top"
[ -x configure ] || autoreconf -fi >/dev/null
mkdir -p _build
if [ ! -f _build/Makefile ]; then
	[ -f Makefile ] && make -s distclean >/dev/null 2>&1
	(cd _build && ../configure -q)
fi
make -s -C _build -j"$(nproc)" steward >/dev/null
steward=$top/_build/steward

# The server's files live under /tmp: the postgres user must reach them,
# and it cannot reach a checkout under /root.
pgdir=${DEMO_PGDIR:-/tmp/steward-demo-pg}
step "starting a throwaway PostgreSQL in $pgdir"
. "$top/tests/lib/pg.sh"
if [ -f "$pgdir/data/postmaster.pid" ]; then
	pg_as_owner "$(pg_bindir)/pg_ctl" -D "$pgdir/data" -m fast -w stop \
		>/dev/null 2>&1 || true
fi
rm -rf "$out" "$pgdir"
mkdir -p "$out"
pg_start "$pgdir"
if [ "$keep" = 0 ]; then
	trap pg_stop EXIT
fi

step "generating $rows synthetic customers (seed $seed) and loading them"
python3 "$top/contrib/gen-customers.py" --schema | psql -X -q -v ON_ERROR_STOP=1
SECONDS=0
python3 "$top/contrib/gen-customers.py" --rows "$rows" --seed "$seed" \
	--truth "$out/ground-truth.tsv" |
	psql -X -q -v ON_ERROR_STOP=1 -c "COPY customers FROM STDIN"
psql -X -q -c "ANALYZE customers"
printf 'loaded %s rows in %ss; planted defects: %s (ground truth in %s)\n' \
	"$(psql -X -A -t -c 'SELECT count(*) FROM customers')" "$SECONDS" \
	"$(($(wc -l <"$out/ground-truth.tsv") - 1))" "$out/ground-truth.tsv"

sed -e "s|@CONNINFO@|$STEWARD_CONNINFO|" -e "s|@TOP@|$top|" \
	"$top/contrib/demo/steward.conf.in" >"$out/steward.conf"

# The reports go by mail to a local SMTP server (Debian's aiosmtpd) that
# requires STARTTLS, as a real one would, with a certificate made here.
step "starting a local SMTP server; the reports land in $out/mail"
mkdir -p "$out/tls"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
	-addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
	-keyout "$out/tls/key.pem" -out "$out/tls/cert.pem" >/dev/null 2>&1
smtp_port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
/usr/bin/python3 "$top/tests/lib/smtpd.py" --port "$smtp_port" \
	--maildir "$out/mail" --cert "$out/tls/cert.pem" \
	--key "$out/tls/key.pem" --starttls-required \
	>"$out/smtpd.out" 2>"$out/smtpd.log" &
smtpd_pid=$!
trap 'kill $smtpd_pid 2>/dev/null; [ "$keep" = 1 ] || pg_stop' EXIT
for _ in $(seq 100); do
	grep -qx ready "$out/smtpd.out" 2>/dev/null && break
	sleep 0.1
done
cat >>"$out/steward.conf" <<CONF

# Added by demo.sh: reports by mail to the local test server.
reports {
	directory "$out/reports"
	admin ["admin@example.com"]
	default_recipients ["dpo@example.com"]
}
smtp {
	url "smtp://localhost:$smtp_port"
	ca_file "$out/tls/cert.pem"
	from "Steward demo <steward@example.com>"
}
spool {
	directory "$out/spool"
}
CONF

step "checking the configuration"
"$steward" check -c "$out/steward.conf"

# The generator's data is relative to its fixed reference instant, so time
# limits (stale, consent, opt-out, age) are judged as at that instant.
asof=2026-11-01
step "running a full scan as at $asof (dry-run: only Steward's own schema is written)"
STEWARD_NOW="$asof" "$steward" scan -c "$out/steward.conf"

step "writing the findings"
run=$(psql -X -A -t -c "SELECT max(id) FROM steward.runs WHERE status = 'done'")
fd=$out/findings
mkdir -p "$fd"
"$steward" findings -c "$out/steward.conf" --format csv >"$fd/findings.csv"
"$steward" findings -c "$out/steward.conf" --format json >"$fd/findings.json"
"$steward" findings -c "$out/steward.conf" >"$fd/findings.txt"
python3 "$top/tests/integration/check-truth.py" "$out/ground-truth.tsv" \
	"$fd/findings.csv" >"$fd/ground-truth-check.txt" &&
python3 "$top/tests/integration/check-truth.py" --by-jurisdiction \
	--checks stale,consent_expired,consent_no_evidence,optout_not_honoured,optout_pending,minor_with_consent,data_localization \
	"$out/ground-truth.tsv" "$fd/findings.csv" \
	>>"$fd/ground-truth-check.txt" &&
	truth="every planted field and compliance defect found, per jurisdiction, nothing else" ||
	truth="MISMATCH with the ground truth, see ground-truth-check.txt"
# Typo domains are advice from a method, measured rather than required.
python3 "$top/tests/integration/check-truth.py" --checks email_typo_domain \
	"$out/ground-truth.tsv" "$fd/findings.csv" >>"$fd/ground-truth-check.txt" || true
typos=$(awk '$1 == "email_typo_domain" { print "advice on " $3 " of " $2 " planted typo domains, " $5 " on clean ones" }' \
	"$fd/ground-truth-check.txt")

png=""
if command -v chromium >/dev/null 2>&1 &&
	sh "$top/contrib/report-png.sh" "$out/reports/$run/eu.html" \
		"$out/reports/$run/eu.png" >/dev/null 2>&1; then
	png="$out/reports/$run/eu.png"
fi

cat <<SUMMARY

Done.
  reports:      $out/reports/$run/ (one per jurisdiction: .txt, .html, .csv)
  mail:         $(ls "$out/mail"/*.eml 2>/dev/null | wc -l) messages received by the local SMTP server in $out/mail
  report image: ${png:-"not rendered (install chromium; then contrib/report-png.sh $out/reports/$run/eu.html eu.png)"}
  findings:     $fd/findings.{csv,json,txt}
  ground truth: $truth
  typo domains: ${typos:-see ground-truth-check.txt}
  config:       $out/steward.conf
SUMMARY
if [ "$keep" = 1 ]; then
	cat <<KEEP
  PostgreSQL is still running (socket in $pgdir):
    _build/steward findings -c $out/steward.conf --check email_malformed
    PGHOST=$pgdir PGUSER=steward psql crm
  stop it with: runuser -u postgres -- $(pg_bindir)/pg_ctl -D $pgdir/data stop
KEEP
fi
