#!/bin/bash
# schedule.sh -- a daemon left running: schedules count from the last
# completed run in the database, so neither reloads nor restarts postpone
# a scan; a reload parses off the event loop; /metrics says when each kind
# of scan last succeeded (issue 18, items 1, 2 and 10).
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/mail.sh"
tap_plan 19
with_pg
create_customers
for i in $(seq 1 40); do
	echo "$i	Ann	Lee	ann$i@example.org	+44 20 7946 0$((100 + i))	GB	SW1A 1AA"
done | psql -X -q -c "COPY customers (customer_id, given_name, family_name, email, phone, country, postcode) FROM STDIN"

port=$(free_port)
conf=$T_DIR/steward.conf
# daemon_conf FULL_SCAN [MORE DAEMON OPTIONS]
daemon_conf() {
	write_conf "$conf" "daemon {
	full_scan \"$1\"
	http \"127.0.0.1:$port\"
	${2:-}
}"
}
wait_for() {
	local t=$1 i
	shift
	for i in $(seq $((t * 10))); do
		"$@" >/dev/null 2>&1 && return 0
		sleep 0.1
	done
	return 1
}
full_runs() { sql "SELECT count(*) FROM steward.runs WHERE kind = 'full' AND status = 'done'" 2>/dev/null || echo 0; }
full_over() { [ "$(full_runs)" -gt "$1" ]; }
http_is() { [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$1")" = "$2" ]; }
start() {
	"$STEWARD" daemon -c "$conf" 2>>"$T_DIR/daemon.log" &
	dpid=$!
	wait_for 10 http_is /healthz 200
}
# SIGTERM; a loop stuck in a reload ignores it: then SIGKILL.
stop() {
	kill -TERM "$dpid"
	wait_for 20 sh -c "! kill -0 $dpid" || kill -KILL "$dpid"
	wait "$dpid"
}
trap 'kill $dpid 2>/dev/null; wait $dpid 2>/dev/null; tap_cleanup' EXIT

# --- a first start with no completed run scans at once
daemon_conf "every 1d"
start
ok "no completed run yet: the first start scans at once" wait_for 15 full_over 0

# --- reloads more often than the schedule do not postpone it (every 6s,
# a SIGHUP every 2s: before, each reload re-armed the timer from now)
daemon_conf "every 6s"
kill -HUP "$dpid"
wait_for 5 grep -q "reloaded $conf" "$T_DIR/daemon.log"
n=$(full_runs)
for i in 1 2 3 4 5 6 7; do
	sleep 2
	kill -HUP "$dpid"
done
m=$(full_runs)
ok "with a SIGHUP every 2 s, 'every 6s' still scans ($((m - n)) scans in 14 s)" \
	test $((m - n)) -ge 2
like "$(cat "$T_DIR/daemon.log")" "full_scan: the schedule changed from every 1d to every 6s" \
	"a changed schedule is logged"
nchanged=$(grep -c "the schedule changed" "$T_DIR/daemon.log")
is "$nchanged" 1 "reloads of the same text leave the schedule alone"

# --- metrics: by kind, build info, process, last reload
curl -s "http://127.0.0.1:$port/metrics" >"$T_DIR/metrics"
like "$(cat "$T_DIR/metrics")" 'steward_last_scan_timestamp_seconds\{kind="full"\} 1[0-9]{9}' \
	"the last scan timestamp has a kind label, full set"
like "$(cat "$T_DIR/metrics")" 'steward_last_scan_timestamp_seconds\{kind="incremental"\} 0' \
	"and incremental apart"
like "$(cat "$T_DIR/metrics")" 'steward_build_info\{version="[^"]+"\} 1' "steward_build_info"
like "$(cat "$T_DIR/metrics")" 'process_open_fds [0-9]+' "process_open_fds"
like "$(cat "$T_DIR/metrics")" 'process_resident_memory_bytes [1-9][0-9]+' "process_resident_memory_bytes"
like "$(cat "$T_DIR/metrics")" 'process_start_time_seconds 1[0-9]{9}' "process_start_time_seconds"
rl=$(sed -n 's/^steward_config_last_reload_success_timestamp_seconds //p' "$T_DIR/metrics")
now=$(date +%s)
ok "the last successful reload is a few seconds old ($((now - rl)) s)" \
	test "$((now - rl))" -ge 0 -a "$((now - rl))" -le 5
if command -v promtool >/dev/null 2>&1; then
	out=$(promtool check metrics <"$T_DIR/metrics" 2>&1); rc=$?
	printf '%s\n' "$out" | sed 's/^/# /'
	is "$rc" 0 "promtool check metrics accepts /metrics"
else
	TAP_N=$((TAP_N + 1))
	echo "ok $TAP_N - # SKIP promtool not installed"
fi

# --- a restart counts from the last completed run: a missed scan runs now
stop
sql "UPDATE steward.runs SET started_at = started_at - interval '2 hours',
	finished_at = finished_at - interval '2 hours'"
n=$(full_runs)
daemon_conf "every 1h"
start
ok "restarted 2 h after the last run with 'every 1h': it scans at once" \
	wait_for 15 full_over "$n"
like "$(cat "$T_DIR/daemon.log")" "full_scan: its time passed since the last completed run; running it now" \
	"and says why"

# --- ... and a run not yet due waits for its time, not for a fresh hour
stop
sql "UPDATE steward.runs SET started_at = now() - interval '40 minutes'"
last=$(sql "SELECT extract(epoch FROM max(started_at))::bigint FROM steward.runs WHERE kind = 'full' AND status = 'done'")
n=$(full_runs)
start
sleep 3
is "$(full_runs)" "$n" "restarted 40 min after the last run with 'every 1h': no scan now"
next_at() { curl -s "http://127.0.0.1:$port/status" | "$MAIL_PYTHON" -c "import json, sys; print(json.load(sys.stdin)['next']['full_scan']['at'])"; }
is "$(next_at)" "$((last + 3600))" "the next one is an hour after the last run's start"

# --- changing the schedule by a reload counts from the last run too
daemon_conf "every 30m"
kill -HUP "$dpid"
ok "'every 30m' 40 minutes after the last run scans at once" \
	wait_for 15 full_over "$n"

# --- a slow reload does not stop the loop: /healthz answers meanwhile
{
	printf 'check big {\n\tdescription "a large list"\n\tfield email\n\tin_list ['
	seq -f '"v%g@example.org",' 1 400000 | tr -d '\n'
	printf '"end"]\n}\n'
} >"$T_DIR/big.rules"
echo "include \"$T_DIR/big.rules\"" >>"$conf"
kill -HUP "$dpid"
t0=$(date +%s%N)
code=$(curl -s -m 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz")
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
is "$code" 200 "/healthz answers during the reload (in $ms ms)"
ok "and the reload ends" wait_for 30 grep -Eq "reload of $conf failed|reloaded $conf.*" "$T_DIR/daemon.log"
echo "# reload log: $(grep -E "reload" "$T_DIR/daemon.log" | tail -n 1)"
stop
