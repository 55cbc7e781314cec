#!/bin/bash
# report-memory.sh -- peak memory of report generation and delivery for a
# jurisdiction with N findings, against the same with 1,000 findings in
# the same run.  The findings CSV is streamed (single-row mode into the
# file, curl_mime from the file into base64), so the peak should not grow
# with N.
#
#   tests/bench/report-memory.sh [N]        (default 1000000)
#
# Uses $STEWARD, or _build/steward; /usr/bin/time for the peak RSS; a local
# aiosmtpd (no TLS, allow_plain) so that the mail with the attachment is
# really sent.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-1000000}
steward=${STEWARD:-$top/_build/steward}
dir=$(mktemp -d /tmp/steward-bench.XXXXXX)
chmod 755 "$dir"
. "$top/tests/lib/pg.sh"
smtpd_pid=
trap '[ -n "$smtpd_pid" ] && kill $smtpd_pid 2>/dev/null; pg_stop; rm -rf "$dir"' EXIT
pg_start "$dir/pg"
python3 "$top/contrib/gen-customers.py" --schema | psql -X -q
python3 "$top/contrib/gen-customers.py" --rows 1000 --seed 1 |
	psql -X -q -c "COPY customers FROM STDIN"

port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
/usr/bin/python3 "$top/tests/lib/smtpd.py" --port "$port" --maildir "$dir/mail" \
	--max-size 1000000000 \
	>"$dir/smtpd.out" 2>/dev/null &
smtpd_pid=$!
for _ in $(seq 100); do grep -qx ready "$dir/smtpd.out" && break; sleep 0.1; done

sed -e "s|@CONNINFO@|$STEWARD_CONNINFO|" -e "s|@TOP@|$top|" \
	"$top/contrib/demo/steward.conf.in" >"$dir/steward.conf"
cat >>"$dir/steward.conf" <<CONF
reports { directory "$dir/reports"; admin ["admin@example.com"]; attach_max 1073741824 }
smtp { url "smtp://127.0.0.1:$port"; allow_plain yes; from "bench@example.com" }
spool { directory "$dir/spool" }
CONF
STEWARD_NOW=2026-11-01 "$steward" scan -q -c "$dir/steward.conf" >/dev/null

# measure LABEL FINDINGS: add synthetic eu findings up to FINDINGS, then
# time a fresh production of run 1's reports (spool keys reset) and its
# delivery.
measure() {
	local label=$1 want=$2 have
	have=$(psql -X -A -t -c "SELECT count(*) FROM steward.findings WHERE jurisdiction = 'eu'")
	psql -X -q -c "INSERT INTO steward.findings (table_name, check_name,
		record_key, field, jurisdiction, severity, detail, first_run)
		SELECT 'public.customers', 'bench_' || (g % 20), 'k' || g, 'email',
		'eu', 'warning', 'value does not match the required pattern', 1
		FROM generate_series($have + 1, $want) g"
	psql -X -q -c "ANALYZE steward.findings; DELETE FROM steward.deliveries"
	rm -rf "$dir/spool" "$dir/reports"
	/usr/bin/time -f "%M %e" -o "$dir/time.produce" \
		"$steward" report -c "$dir/steward.conf" --run 1 --jurisdiction eu \
		--format csv >"$dir/eu.csv"
	read -r csv_kb csv_s <"$dir/time.produce"
	/usr/bin/time -f "%M %e" -o "$dir/time.spool" \
		env STEWARD_NOW=2026-11-01 "$steward" scan -q -c "$dir/steward.conf" \
		--no-deliver >/dev/null
	read -r spool_kb spool_s <"$dir/time.spool"
	/usr/bin/time -f "%M %e" -o "$dir/time.send" \
		"$steward" spool run -c "$dir/steward.conf" >"$dir/send.out" 2>&1 ||
		{ cat "$dir/send.out" >&2; exit 1; }
	read -r send_kb send_s <"$dir/time.send"
	printf '%-10s %9d findings  csv %6.1f MB  report --format csv %6d KB %6.2fs  scan+reports+spool %6d KB %6.2fs  spool run (mail) %6d KB %6.2fs\n' \
		"$label" "$((want))" "$(awk -v b="$(stat -c %s "$dir/eu.csv")" 'BEGIN { print b / 1048576 }')" \
		"$csv_kb" "$csv_s" "$spool_kb" "$spool_s" "$send_kb" "$send_s"
	echo "$csv_kb $spool_kb $send_kb" >"$dir/$label.kb"
}
measure baseline 1000
measure large "$n"
read -r b1 b2 b3 <"$dir/baseline.kb"
read -r l1 l2 l3 <"$dir/large.kb"
printf 'peak RSS ratio large/baseline: report csv %.2f, scan+reports %.2f, delivery %.2f\n' \
	"$(awk "BEGIN { print $l1 / $b1 }")" "$(awk "BEGIN { print $l2 / $b2 }")" \
	"$(awk "BEGIN { print $l3 / $b3 }")"
echo "mail received: $(ls "$dir/mail"/*.eml | wc -l) messages, largest $(ls -S "$dir/mail"/*.eml | head -n 1 | xargs stat -c %s) bytes"
