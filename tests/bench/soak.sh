#!/bin/bash
# soak.sh -- a compressed soak of `steward daemon`: a scan every 2 s with
# reports mailed to a local SMTP server, the spool retried every second,
# /metrics scraped every second, for MINUTES (default 10).  Prints the
# daemon's RSS and open file descriptors every 30 s; they must not grow.
#
#   tests/bench/soak.sh [MINUTES] [ROWS]          (default 10 20000)
#
# SOAK_FULL sets the full-scan schedule ("every 2s"), SOAK_INCR an
# incremental one (off), and SOAK_RELOAD=N sends SIGHUP every N seconds:
# SOAK_FULL="every 45s" SOAK_RELOAD=30 shows that reloads more frequent
# than the schedule do not postpone it (issue 18, item 1).
#
# A long test: not part of `make check`.  Uses $STEWARD or _build/steward.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
minutes=${1:-10}
rows=${2:-20000}
steward=${STEWARD:-$top/_build/steward}
dir=$(mktemp -d /tmp/steward-soak.XXXXXX)
chmod 755 "$dir"
. "$top/tests/lib/pg.sh"
pids=""
trap 'kill $pids 2>/dev/null; wait 2>/dev/null; pg_stop; rm -rf "$dir"' EXIT
pg_start "$dir/pg"
python3 "$top/contrib/gen-customers.py" --schema | psql -X -q
python3 "$top/contrib/gen-customers.py" --rows "$rows" --seed 1 |
	psql -X -q -c "COPY customers FROM STDIN"

freeport() { /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
sport=$(freeport)
hport=$(freeport)
/usr/bin/python3 "$top/tests/lib/smtpd.py" --port "$sport" --maildir "$dir/mail" \
	>"$dir/smtpd.out" 2>/dev/null &
pids="$pids $!"
for _ in $(seq 100); do grep -qx ready "$dir/smtpd.out" && break; sleep 0.1; done
sed -e "s|@CONNINFO@|$STEWARD_CONNINFO|" -e "s|@TOP@|$top|" \
	"$top/contrib/demo/steward.conf.in" >"$dir/steward.conf"
cat >>"$dir/steward.conf" <<CONF
reports { directory "$dir/reports"; admin ["admin@example.com"]; default_recipients ["dpo@example.com"] }
smtp { url "smtp://127.0.0.1:$sport"; allow_plain yes; from "soak@example.com" }
spool { directory "$dir/spool" }
daemon { full_scan "${SOAK_FULL:-every 2s}"; incremental_scan "${SOAK_INCR:-off}"; spool_retry "every 1s"; http "127.0.0.1:$hport"; standby_poll 1s }
CONF
"$steward" daemon -c "$dir/steward.conf" 2>"$dir/daemon.log" &
dpid=$!
pids="$pids $dpid"
end=$((SECONDS + minutes * 60))
next=$SECONDS
reload=${SOAK_RELOAD:-0}
next_hup=$((SECONDS + reload))
printf '%6s %6s %6s %8s %4s %8s %6s %7s\n' "secs" "full" "incr" "RSS_KB" "fds" "mails" "reports" "reloads"
while [ $SECONDS -lt $end ]; do
	curl -s "http://127.0.0.1:$hport/metrics" >"$dir/metrics" || true
	if [ "$reload" -gt 0 ] && [ $SECONDS -ge $next_hup ]; then
		kill -HUP "$dpid"
		next_hup=$((next_hup + reload))
	fi
	if [ $SECONDS -ge $next ]; then
		# Keep the reports directory from filling the disk; its files
		# are not the daemon's memory.
		find "$dir/reports" -mindepth 1 -maxdepth 1 -type d -mmin +1 \
			-exec rm -rf {} + 2>/dev/null || true
		printf '%6d %6s %6s %8s %4s %8s %6s %7s\n' "$SECONDS" \
			"$(psql -X -A -t -c "SELECT count(*) FROM steward.runs WHERE status = 'done' AND kind = 'full'" 2>/dev/null)" \
			"$(psql -X -A -t -c "SELECT count(*) FROM steward.runs WHERE status = 'done' AND kind = 'incremental'" 2>/dev/null)" \
			"$(awk '/^VmRSS/ { print $2 }' /proc/$dpid/status)" \
			"$(ls /proc/$dpid/fd | wc -l)" \
			"$(ls "$dir/mail" | grep -c '\.eml$')" \
			"$(ls "$dir/reports" 2>/dev/null | wc -l)" \
			"$(sed -n 's/^steward_reloads_total{result="ok"} //p' "$dir/metrics")"
		next=$((next + 30))
	fi
	sleep 1
done
kill -TERM "$dpid"
wait "$dpid" && echo "daemon exited 0 on SIGTERM"
echo "full runs started at (s after the first):"
psql -X -A -t -c "SELECT string_agg(d::text, ' ' ORDER BY id) FROM (SELECT id, round(extract(epoch FROM started_at - first_value(started_at) OVER (ORDER BY id)))::int AS d FROM steward.runs WHERE kind = 'full' AND status = 'done') r" 2>/dev/null || true
echo "errors logged: $(grep -c "error" "$dir/daemon.log")"
grep "error" "$dir/daemon.log" | sort | uniq -c | sort -rn | head -n 5
