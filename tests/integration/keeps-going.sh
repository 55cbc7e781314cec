#!/bin/bash
# keeps-going.sh -- nothing silently stops: a daemon left running keeps
# doing its job after each event that could stop it.  Reports go out on
# their schedule twice in a row, by mail (a real SMTP server) and webhook
# (a real HTTPS receiver); a mail server that goes away and comes back
# gets the spooled mail without a restart; a webhook answered 503 is
# retried and arrives; a reload that moves the mail server, or adds a
# schedule, takes effect; the systemd watchdog is fed while a scan waits;
# a schedule stuck behind it shows as overdue on /healthz and /metrics;
# scheduled incremental scans resume once the database is back; a
# standby that takes over scans and delivers.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/mail.sh"
tap_plan 29
with_pg
create_customers
for i in $(seq 1 40); do
	email="ann$i@example.org"
	[ $((i % 10)) = 0 ] && email="ann$i-at-example.org"
	echo "$i	Ann	Lee	$email	GB	SW1A 1AA"
done | psql -X -q -c "COPY customers (customer_id, given_name, family_name, email, country, postcode) FROM STDIN"
sql "UPDATE customers SET updated_at = now()"

mail_cert "$T_DIR/tls"
sport=$(free_port)
sport2=$(free_port)
wport=$(free_port)
hport=$(free_port)
hport2=$(free_port)
printf 'hook-secret\n' >"$T_DIR/hook.secret"
chmod 600 "$T_DIR/hook.secret"
tls=(--cert "$T_DIR/tls/cert.pem" --key "$T_DIR/tls/key.pem")
smtpd_start "$T_DIR/smtp" "$sport" "${tls[@]}" --starttls-required
webhookd_start "$T_DIR/web" "$wport" "${tls[@]}" --secret-file "$T_DIR/hook.secret"

# mkconf FILE HTTP_PORT SMTP_PORT [MORE DAEMON OPTIONS]
mkconf() {
	cat >"$1" <<EOF
database {
	conninfo "$STEWARD_CONNINFO"
}
customers {
	table "customers"
	key "customer_id"
	map {
		first_name "given_name"
		last_name "family_name"
		email "email"
		country "country"
		postal_code "postcode"
		updated_at "updated_at"
	}
}
include "$top_srcdir/rules/fields.rules"
reports {
	directory "$T_DIR/reports"
	admin ["admin@example.com"]
	default_recipients ["dpo@example.com"]
}
smtp {
	url "smtp://localhost:$3"
	ca_file "$T_DIR/tls/cert.pem"
	from "Steward <steward@example.com>"
	timeout 5s
}
webhook {
	url "https://localhost:$wport/hook"
	secret_file "$T_DIR/hook.secret"
	ca_file "$T_DIR/tls/cert.pem"
	timeout 5s
}
spool {
	directory "$T_DIR/spool"
	retry_min 1s
	retry_max 1s
}
daemon {
	full_scan "every 2s"
	report "every 3s"
	spool_retry "every 1s"
	http "127.0.0.1:$2"
	standby_poll 1s
	stop_timeout 20s
	${4:-}
}
EOF
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
q() { sql "$1" 2>/dev/null || echo 0; }
http() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1$2"; }
http_is() { [ "$(http "$1" "$2")" = "$3" ]; }
healthz() { curl -s "http://127.0.0.1:$1/healthz"; }
healthz_says() { healthz "$1" | grep -q "$2"; }
metric_of() {
	curl -s "http://127.0.0.1:$1/metrics" | awk -v m="$2" '$1 == m { print $2 }'
}
metric_over() { [ "$(metric_of "$1" "$2")" -gt "$3" ]; }
leader_is() {
	[ "$(curl -s "http://127.0.0.1:$1/status" | "$MAIL_PYTHON" -c \
		"import json, sys; print(json.load(sys.stdin)['leader'])")" = "$2" ]
}
# Runs whose reports were delivered on CHANNEL, above run AFTER.
delivered_runs() {
	q "SELECT count(DISTINCT run_id) FROM steward.deliveries WHERE channel = '$1' AND status = 'delivered' AND run_id > ${2:-0}"
}
delivered_runs_ge() { [ "$(delivered_runs "$1" "${3:-0}")" -ge "$2" ]; }
# Messages deferred at least once and still waiting, on CHANNEL.
waiting() {
	q "SELECT key FROM steward.deliveries WHERE channel = '$1' AND status = 'spooled' AND attempts >= 1 ORDER BY key"
}
have_waiting() { [ -n "$(waiting "$1")" ]; }
# all_delivered KEY...: every one of these messages went out.
all_delivered() {
	local k
	for k in "$@"; do
		[ "$(q "SELECT status FROM steward.deliveries WHERE key = '$k'")" = delivered ] || return 1
	done
}
runs_of() { q "SELECT count(*) FROM steward.runs WHERE kind = '$1' AND status = 'done'"; }
runs_over() { [ "$(runs_of "$1")" -gt "$2" ]; }
eml_count() { ls "$1"/*.eml 2>/dev/null | wc -l; }
eml_over() { [ "$(eml_count "$1")" -gt "$2" ]; }
pg_restart_stop() { pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null; }
pg_restart_start() {
	pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
		-o "-k $PG_DIR -c listen_addresses= -c fsync=off -p 5432" start >/dev/null
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
dpid=""
dpid2=""
trap 'kill $dpid $dpid2 $notify_pid 2>/dev/null; wait $dpid $dpid2 2>/dev/null; mail_cleanup; tap_cleanup' EXIT
wait_for 5 test -S "$notify_sock"

conf=$T_DIR/steward.conf
mkconf "$conf" "$hport" "$sport"
NOTIFY_SOCKET=$notify_sock WATCHDOG_USEC=1000000 "$STEWARD" daemon -c "$conf" \
	2>"$T_DIR/daemon.log" &
dpid=$!

# --- reports on their schedule, twice in a row, by mail and by webhook
ok "reports of two runs were mailed on the report schedule" \
	wait_for 30 delivered_runs_ge mail 2
ok "and posted to the webhook" wait_for 15 delivered_runs_ge webhook 2
ok "/metrics says when the report job last completed" \
	metric_over "$hport" 'steward_schedule_last_completed_timestamp_seconds{schedule="report"}' 0

# --- the mail server goes away and comes back: no restart needed
smtpd_stop "$T_DIR/smtp"
ok "with the mail server down, reports wait in the spool" \
	wait_for 20 have_waiting mail
sleep 1	# one more retry against the closed port
keys=$(waiting mail)
smtpd_start "$T_DIR/smtp" "$sport" "${tls[@]}" --starttls-required
# shellcheck disable=SC2086
ok "once it is back, spool_retry delivers them without a restart" \
	wait_for 20 all_delivered $keys
ok "the same daemon is still running" kill -0 "$dpid"

# --- a webhook answered 503 is retried and arrives
webhookd_stop "$T_DIR/web"
webhookd_start "$T_DIR/web" "$wport" "${tls[@]}" --secret-file "$T_DIR/hook.secret" --status 503
# Those deferred while the receiver restarted say "connect"; wait for 503.
said_503() { [ "$(q "SELECT count(*) FROM steward.deliveries WHERE channel = 'webhook' AND status = 'spooled' AND last_error LIKE '%503%'")" -gt 0 ]; }
ok "a webhook answered 503 waits in the spool" wait_for 20 have_waiting webhook
ok "with the status as its last error" wait_for 10 said_503
keys=$(waiting webhook)
webhookd_stop "$T_DIR/web"
webhookd_start "$T_DIR/web" "$wport" "${tls[@]}" --secret-file "$T_DIR/hook.secret"
# shellcheck disable=SC2086
ok "once the receiver answers 200, the webhook is retried and arrives" \
	wait_for 20 all_delivered $keys

# --- a reload moves the mail server: the next reports go to the new one
smtpd_start "$T_DIR/smtp2" "$sport2" "${tls[@]}" --starttls-required
mkconf "$conf" "$hport" "$sport2"
kill -HUP "$dpid"
ok "after a reload to another SMTP server, reports arrive there" \
	wait_for 20 eml_over "$T_DIR/smtp2/mail" 0

# --- a reload adds a schedule: it fires, and fires again
n=$(runs_of incremental)
mkconf "$conf" "$hport" "$sport2" 'incremental_scan "every 1s"'
kill -HUP "$dpid"
ok "after a reload the new incremental_scan schedule fires twice" \
	wait_for 20 runs_over incremental $((n + 1))
ok "/healthz is 200 while every schedule keeps up" wait_for 10 http_is "$hport" /healthz 200

# --- a scan that waits: the watchdog is still fed; what waits behind it
# is overdue
lock_held() { [ "$(q "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'customers' AND l.mode = 'AccessExclusiveLock' AND l.granted")" = 1 ]; }
busy() {
	[ "$(curl -s "http://127.0.0.1:$hport/status" | "$MAIL_PYTHON" -c \
		"import json, sys; print(json.load(sys.stdin)['busy'])")" = True ]
}
psql -X -q -c "BEGIN; LOCK TABLE customers IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(120)" >/dev/null 2>&1 &
locker=$!
wait_for 5 lock_held
ok "a scan starts and waits for the lock" wait_for 10 busy
w0=$(grep -c "WATCHDOG=1" "$T_DIR/notify.log")
watchdog_over() { [ "$(grep -c "WATCHDOG=1" "$T_DIR/notify.log")" -ge $((w0 + 4)) ]; }
ok "WATCHDOG=1 keeps coming while the scan waits" wait_for 10 watchdog_over
# The other kind of scan waits behind it.
ok "/healthz turns 503: the scans behind it are overdue" \
	wait_for 15 healthz_says "$hport" "_scan is overdue"
behind=$(healthz "$hport" | sed -n 's/ is overdue.*//p')
echo "# /healthz: $(healthz "$hport")"
ok "/metrics says by how much" \
	metric_over "$hport" "steward_schedule_overdue_seconds{schedule=\"$behind\"}" 0
ok "(the scan was still waiting all along)" busy
q "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(120)%' AND pid <> pg_backend_pid()" >/dev/null
wait "$locker" 2>/dev/null
ok "once the scan can go on, /healthz is 200 again" wait_for 20 http_is "$hport" /healthz 200

# --- the database goes away and comes back: scheduled scans resume
pg_restart_stop
ok "/healthz turns 503 while the database is down" wait_for 10 healthz_says "$hport" "database unreachable"
sleep 2	# a few schedule firings fail meanwhile
pg_restart_start
n=$(runs_of incremental)
ok "once it is back, scheduled incremental scans resume without a signal" \
	wait_for 30 runs_over incremental $((n + 1))

# --- a standby takes over: it scans and delivers
conf2=$T_DIR/steward2.conf
mkconf "$conf2" "$hport2" "$sport2" 'incremental_scan "every 1s"'
"$STEWARD" daemon -c "$conf2" 2>"$T_DIR/daemon2.log" &
dpid2=$!
wait_for 10 http_is "$hport2" /healthz 200
ok "a second daemon stands by" leader_is "$hport2" False
last=$(q "SELECT coalesce(max(run_id), 0) FROM steward.deliveries WHERE channel = 'mail' AND status = 'delivered'")
kill -KILL "$dpid"
wait "$dpid" 2>/dev/null
dpid=""
ok "the standby takes over once the leader is killed" wait_for 10 leader_is "$hport2" True
ok "and its reports of new runs are delivered" wait_for 30 delivered_runs_ge mail 1 "$last"

# --- a reload reads token_file again: a rotated token is let in
auth() {
	local h=()
	[ -n "$1" ] && h=(-H "Authorization: Bearer $1")
	curl -s -o /dev/null -w '%{http_code}' "${h[@]}" "http://127.0.0.1:$hport2/metrics"
}
auth_is() { [ "$(auth "$1")" = "$2" ]; }
printf 'tok-one\n' >"$T_DIR/token"
chmod 600 "$T_DIR/token"
mkconf "$conf2" "$hport2" "$sport2" "incremental_scan \"every 1s\"
	token_file \"$T_DIR/token\""
kill -HUP "$dpid2"
ok "a reload that adds token_file asks for the token" wait_for 10 auth_is "" 401
is "$(auth tok-one)" 200 "and lets it in"
printf 'tok-two\n' >"$T_DIR/token"
kill -HUP "$dpid2"
ok "after the token is rotated and the daemon reloaded, the new one is let in" \
	wait_for 10 auth_is tok-two 200
is "$(auth tok-one)" 401 "and the old one no longer"
chmod 644 "$T_DIR/token"
kill -HUP "$dpid2"
ok "a token file others can read fails the reload" \
	wait_for 10 grep -q "reload of $conf2 failed: .*token_file" "$T_DIR/daemon2.log"
is "$(auth tok-two)" 200 "and the token in force stays"
