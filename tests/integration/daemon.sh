#!/bin/bash
# daemon.sh -- `steward daemon` against a real PostgreSQL, with the test
# playing systemd's side of NOTIFY_SOCKET: scans by schedule and by
# SIGUSR1, reload of good and bad rules by SIGHUP, /healthz, /metrics and
# /status, the database stopped and started under it, two daemons with
# the leader killed, SIGTERM during a scan, the database lost in the
# middle of a scan, changed rows notified by the trigger, incremental and
# cron schedules.  Every step checks the runs in the database.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/mail.sh"
tap_plan 48
with_pg
gen="$top_srcdir/contrib/gen-customers.py"
python3 "$gen" --schema | psql -X -q -v ON_ERROR_STOP=1
python3 "$gen" --rows 20000 --seed 3 |
	psql -X -q -v ON_ERROR_STOP=1 -c "COPY customers FROM STDIN"

port=$(free_port)
port2=$(free_port)
base=$T_DIR/base.conf
# The field and compliance rules only: duplicate detection would make
# each scan slower than the timings below allow under the sanitizers.
sed -e "s|@CONNINFO@|$STEWARD_CONNINFO|" -e "s|@TOP@|$top_srcdir|" \
	-e 's|/rules/\*\.rules"|/rules/[fc]*.rules"|' \
	"$top_srcdir/contrib/demo/steward.conf.in" >"$base"
# daemon_conf FILE PORT SCAN_EVERY [MORE DAEMON OPTIONS]
daemon_conf() {
	cp "$base" "$1"
	cat >>"$1" <<EOF
daemon {
	full_scan "every $3"
	http "127.0.0.1:$2"
	standby_poll 1s
	stop_timeout 20s
	${4:-}
}
EOF
}
runs() { sql "SELECT count(*) FROM steward.runs WHERE status = 'done'" 2>/dev/null; }
# Conditions for wait_for, evaluated anew on every try.
runs_over() { [ "$(runs)" -gt "$1" ]; }
http_is() { [ "$(http "$1" "$2")" = "$3" ]; }
leader_is() { [ "$(status_field "$1" leader 2>/dev/null)" = "$2" ]; }
# wait_for SECONDS COMMAND...: until COMMAND succeeds.
wait_for() {
	local t=$1 i
	shift
	for i in $(seq $((t * 10))); do
		"$@" >/dev/null 2>&1 && return 0
		sleep 0.1
	done
	return 1
}
http() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1$2"; }
status_field() {
	curl -s "http://127.0.0.1:$1/status" | "$MAIL_PYTHON" -c \
		"import json, sys; print(json.load(sys.stdin)['$2'])"
}

# systemd's side: a datagram socket that logs what the daemon notifies.
notify_sock=$T_DIR/notify.sock
"$MAIL_PYTHON" -c '
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
out = open(sys.argv[2], "a", buffering=1)
while True:
    out.write(s.recv(4096).decode().replace("\n", " | ") + "\n")
' "$notify_sock" "$T_DIR/notify.log" &
notify_pid=$!
wait_for 5 test -S "$notify_sock"

conf=$T_DIR/steward.conf
daemon_conf "$conf" "$port" 2s
NOTIFY_SOCKET=$notify_sock "$STEWARD" daemon -c "$conf" \
	--pidfile "$T_DIR/steward.pid" 2>"$T_DIR/daemon.log" &
dpid=$!
ok "READY=1 reaches the notify socket" wait_for 10 grep -q "READY=1" "$T_DIR/notify.log"
is "$(cat "$T_DIR/steward.pid")" "$dpid" "--pidfile holds the daemon's pid"
ok "a scheduled scan runs within 5 s" wait_for 5 runs_over 0
is "$(http "$port" /healthz)" 200 "/healthz is 200 with the database up and the scan done"
is "$(status_field "$port" leader)" True "/status: the only daemon leads"
ok "a second scheduled scan follows" wait_for 5 runs_over 1
ok "STATUS= carries the last run's summary" \
	wait_for 5 grep -Eq "STATUS=run [0-9]+: 20000 rows" "$T_DIR/notify.log"

curl -s "http://127.0.0.1:$port/metrics" >"$T_DIR/metrics"
like "$(cat "$T_DIR/metrics")" 'steward_scans_total\{result="ok"\} [1-9]' "/metrics counts the scans"
like "$(cat "$T_DIR/metrics")" 'steward_findings_open\{check="email_malformed",jurisdiction="eu"\} [1-9]' \
	"/metrics has open findings by check and jurisdiction"
if command -v promtool >/dev/null 2>&1; then
	out=$(promtool check metrics <"$T_DIR/metrics" 2>&1); rc=$?
	printf '%s\n' "$out" | sed 's/^/# /'
	is "$rc" 0 "promtool check metrics accepts /metrics"
else
	TAP_N=$((TAP_N + 1))
	echo "ok $TAP_N - # SKIP promtool not installed (apt-get install prometheus)"
fi

# --- SIGHUP: a bad configuration is refused and the old one stays
echo 'check broken { regex "([" ' >>"$conf"
kill -HUP "$dpid"
ok "a bad reload is logged with file:line:column" \
	wait_for 5 grep -Eq "reload of .* failed: .*steward.conf:[0-9]+:[0-9]+:" "$T_DIR/daemon.log"
ok "the daemon keeps running" kill -0 "$dpid"
is "$(http "$port" /healthz)" 200 "and stays healthy on the old rules"
like "$(curl -s "http://127.0.0.1:$port/metrics")" 'steward_reloads_total\{result="failed"\} 1' \
	"the failed reload is counted"
# In that order: a RELOADING=1 datagram, then a READY=1 after it (the
# start's READY=1 comes before and does not count).
ok "RELOADING=1 then READY=1 were notified" \
	wait_for 5 awk '/(^| )RELOADING=1( |$)/ { r = NR }
		r && NR > r && /(^| )READY=1( |$)/ { f = 1 } END { exit !f }' \
		"$T_DIR/notify.log"
n=$(runs)
ok "scans go on under the old rules" wait_for 6 runs_over "$n"

# --- SIGHUP with a good configuration: no schedule; SIGUSR1 scans now
daemon_conf "$conf" "$port" 1h
kill -HUP "$dpid"
ok "a good reload is logged" wait_for 5 grep -q "reloaded $conf" "$T_DIR/daemon.log"
# A scan in flight at the reload, and one the old schedule queued behind
# it, may still finish (a scan of this table takes 2-5 s on a loaded
# machine, and the queued one may start seconds later): wait until
# nothing runs for 6 s, which the old schedule never allows, then watch
# 4 s more.
quiet() {
	local n=$(runs)
	sleep 6
	[ "$(runs)" = "$n" ] &&
	    [ "$(sql "SELECT count(*) FROM steward.runs WHERE status = 'running'")" = 0 ]
}
for i in 1 2 3 4 5 6 7 8; do quiet && break; done
n=$(runs)
sleep 4
is "$(runs)" "$n" "the reloaded schedule (every 1h) runs no scan now"
kill -USR1 "$dpid"
ok "SIGUSR1 starts a scan at once" wait_for 5 runs_over "$n"

# --- the database goes away and comes back
pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null
ok "/healthz turns 503 while the database is down" \
	wait_for 6 http_is "$port" /healthz 503
# A scan in flight when the server stopped fails first ("the last scan
# failed"); the retry then finds the database gone.
says_unreachable() { curl -s "http://127.0.0.1:$port/healthz" | grep -q "database unreachable"; }
ok "and says why" wait_for 15 says_unreachable
pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
	-o "-k $PG_DIR -c listen_addresses= -c fsync=off -p 5432" start >/dev/null
ok "and 200 again once it is back" wait_for 10 http_is "$port" /healthz 200
n=$(runs)
kill -USR1 "$dpid"
ok "scans work again after the reconnection" wait_for 10 runs_over "$n"

# --- a second daemon stands by; killing the leader hands over
conf2=$T_DIR/steward2.conf
daemon_conf "$conf" "$port" 2s
kill -HUP "$dpid"
daemon_conf "$conf2" "$port2" 2s
NOTIFY_SOCKET=$notify_sock "$STEWARD" daemon -c "$conf2" 2>"$T_DIR/daemon2.log" &
dpid2=$!
wait_for 5 http_is "$port2" /healthz 200
is "$(status_field "$port2" leader)" False "a second daemon on the same table stands by"
is "$(status_field "$port" leader)" True "while the first leads"
kill -KILL "$dpid"
wait "$dpid" 2>/dev/null
ok "the standby takes over within standby_poll" wait_for 5 leader_is "$port2" True
n=$(runs)
ok "and scans on schedule" wait_for 6 runs_over "$n"

# --- SIGTERM during a scan: exit 0, no run left 'running'
kill -USR1 "$dpid2"
sleep 0.2
kill -TERM "$dpid2"
wait "$dpid2"
is "$?" 0 "SIGTERM during a scan exits 0"
is "$(sql "SELECT count(*) FROM steward.runs WHERE status = 'running'")" 0 \
	"the scan finished or rolled back: no run is left running"
ok "STOPPING=1 was notified" grep -q "STOPPING=1" "$T_DIR/notify.log"

# --- a bearer token on HTTP; the systemd watchdog
printf 'tok-123\n' >"$T_DIR/token"
chmod 600 "$T_DIR/token"
daemon_conf "$conf" "$port" 1h
sed -i "s|^\tstandby_poll 1s|\tstandby_poll 1s\n\ttoken_file \"$T_DIR/token\"|" "$conf"
: >"$T_DIR/notify.log"
NOTIFY_SOCKET=$notify_sock WATCHDOG_USEC=1000000 "$STEWARD" daemon -c "$conf" \
	2>"$T_DIR/daemon3.log" &
dpid3=$!
ok "with WatchdogSec=1s, WATCHDOG=1 is sent" \
	wait_for 5 grep -q "WATCHDOG=1" "$T_DIR/notify.log"
is "$(http "$port" /metrics)" 401 "without the bearer token HTTP answers 401"
is "$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer tok-12' \
	"http://127.0.0.1:$port/metrics")" 401 "a wrong token too"
is "$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer tok-123' \
	"http://127.0.0.1:$port/healthz")" 200 "the right token is let in"
kill -TERM "$dpid3"
wait "$dpid3"
is "$?" 0 "an idle daemon stops at once with exit 0"
# --- changed rows: the trigger notifies, the daemon checks them at once
"$STEWARD" install-trigger -c "$conf" >/dev/null
daemon_conf "$conf" "$port" 1h "listen yes"
"$STEWARD" daemon -c "$conf" 2>"$T_DIR/daemon4.log" &
dpid4=$!
listening() { [ "$(status_field "$port" listening)" = True ]; }
ok "with listen yes, the daemon LISTENs" wait_for 10 listening
finding_for() {
	[ "$(sql "SELECT count(*) FROM steward.findings f JOIN steward.runs r ON r.id = f.first_run WHERE f.status = 'open' AND f.check_name = 'email_malformed' AND f.record_key = '$1' AND r.kind = '$2'")" = 1 ]
}
key=$(sql "SELECT min(customer_id) FROM customers WHERE email ~ '^[a-z.]+@[a-z.]+$'")
t0=$(date +%s%N)
sql "UPDATE customers SET email = 'no-at-sign.example' WHERE customer_id = $key"
ok "an updated row is checked within 3 seconds, in a keys run" wait_for 3 finding_for "$key" keys
echo "# notified row judged $(( ($(date +%s%N) - t0) / 1000000 )) ms after the update (including the test's polling)"
like "$(curl -s "http://127.0.0.1:$port/metrics")" 'steward_notified_rows_total [1-9]' "/metrics counts the notified rows"

# --- the database goes away in the middle of a scan: tried again
lock_held() { [ "$(sql "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'customers' AND l.mode = 'AccessExclusiveLock' AND l.granted")" = 1 ]; }
running() { [ "$(sql "SELECT count(*) FROM steward.runs WHERE status = 'running'")" = 1 ]; }
psql -X -q -c "BEGIN; LOCK TABLE customers IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(120)" >/dev/null 2>&1 &
locker=$!
wait_for 5 lock_held
kill -USR1 "$dpid4"
ok "a scan starts and waits at its read" wait_for 5 running
sleep 0.5
nfull=$(sql "SELECT count(*) FROM steward.runs WHERE status = 'done' AND kind = 'full'")
pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null
wait "$locker" 2>/dev/null
sleep 1
pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
	-o "-k $PG_DIR -c listen_addresses= -c fsync=off -p 5432" start >/dev/null
full_done_over() { [ "$(sql "SELECT count(*) FROM steward.runs WHERE status = 'done' AND kind = 'full'")" -gt "$1" ]; }
ok "the lost scan is tried again, without schedule or signal" wait_for 40 full_done_over "$nfull"
like "$(cat "$T_DIR/daemon4.log")" "will be tried again in 5s" "the log says when it retries"
is "$(sql "SELECT count(*) FROM steward.runs WHERE status = 'running'")" 0 "no run is left running"
like "$(sql "SELECT error FROM steward.runs WHERE status = 'failed' ORDER BY id DESC LIMIT 1")" "abandoned|terminat|connection" "the lost run is marked failed"
ok "LISTEN is back after the restart" wait_for 40 listening
key2=$(sql "SELECT min(customer_id) FROM customers WHERE customer_id > $key AND email ~ '^[a-z.]+@[a-z.]+$'")
sql "UPDATE customers SET email = 'again.no-at-sign' WHERE customer_id = $key2"
ok "and notified rows are checked again" wait_for 5 finding_for "$key2" keys
kill -TERM "$dpid4"; wait "$dpid4"

# --- incremental scans on a schedule; a cron schedule in a time zone
"$STEWARD" remove-trigger -c "$conf" >/dev/null
daemon_conf "$conf" "$port" 1h 'incremental_scan "every 2s"'
sed -i 's|full_scan "every 1h"|full_scan "30 3 * * * Europe/Berlin"|' "$conf"
"$STEWARD" daemon -c "$conf" 2>"$T_DIR/daemon5.log" &
dpid5=$!
wait_for 5 http_is "$port" /healthz 200
key3=$(sql "SELECT min(customer_id) FROM customers WHERE customer_id > $key2 AND email ~ '^[a-z.]+@[a-z.]+$'")
sql "UPDATE customers SET email = 'third.no-at-sign', updated_at = now() WHERE customer_id = $key3"
ok "a row changed with updated_at is checked by the incremental schedule" \
	wait_for 8 finding_for "$key3" incremental
got=$(curl -s "http://127.0.0.1:$port/status" | "$MAIL_PYTHON" -c \
	"import json, sys; n = json.load(sys.stdin)['next']['full_scan']; print(n['schedule'], n['at'])")
want=$("$MAIL_PYTHON" -c '
import datetime, zoneinfo
z = zoneinfo.ZoneInfo("Europe/Berlin")
now = datetime.datetime.now(z)
t = now.replace(hour=3, minute=30, second=0, microsecond=0)
if t <= now:
    t = (now + datetime.timedelta(days=1)).replace(hour=3, minute=30, second=0, microsecond=0)
print("30 3 * * * Europe/Berlin", int(t.timestamp()))')
is "$got" "$want" "the next full scan is at 03:30 Berlin time, as Python's zoneinfo computes"
kill -TERM "$dpid5"; wait "$dpid5"
is "$?" 0 "and it stops with exit 0"

kill "$notify_pid" 2>/dev/null
