#!/bin/bash
# replica.sh -- database { scan_conninfo }: the customer table is read
# from a real streaming replica (pg_basebackup -R) of the harness's
# primary, while runs, findings and actions go to the primary.  A lagging
# replica: the run records its replay LSN and time as the snapshot.  A
# replica that goes away, before or during a scan: a clear error, the run
# recorded as failed, no finding changed, and the daemon keeps its
# schedule.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/mail.sh"
tap_plan 30
with_pg
create_customers
sql "INSERT INTO customers (customer_id, given_name, family_name, email,
	phone, country, postcode, updated_at)
	SELECT i, 'Anna', 'Schmidt', 'anna' || i || '@web.de',
	'+49 30 1234567', 'DE', '10115', now() - interval '1 day'
	FROM generate_series(1, 5000) i"
sql "UPDATE customers SET email = 'broken@@x' WHERE customer_id IN (1, 2)"

# The replica: a base backup of the primary with its standby settings
# (-R), its own socket directory, hot standby.
rep=$T_DIR/rep
mkdir -p "$rep"
[ "$(id -u)" -eq 0 ] && chown "${PG_USER:-postgres}" "$rep"
pg_as_owner "$PG_BIN/pg_basebackup" -D "$rep/data" -R -X stream -c fast \
	-h "$PGHOST" -p "$PGPORT" -U steward >"$T_DIR/basebackup.log" 2>&1
is "$?" 0 "pg_basebackup -R copies the primary"
rep_start() {
	pg_as_owner "$PG_BIN/pg_ctl" -D "$rep/data" -l "$rep/server.log" -w -t 60 \
		-o "-k $rep -c listen_addresses= -p 5432 -c hot_standby=on" \
		start >/dev/null
}
rep_stop() { pg_as_owner "$PG_BIN/pg_ctl" -D "$rep/data" -m "${1:-fast}" -w stop >/dev/null 2>&1; }
rsql() { psql -h "$rep" -p 5432 -X -q -A -t -v ON_ERROR_STOP=1 -c "$1"; }
rep_up=0
trap '[ "$rep_up" = 1 ] && rep_stop immediate; tap_cleanup' EXIT
rep_start
rep_up=1
is "$(rsql "SELECT pg_is_in_recovery()")" t "the replica runs as a hot standby"
wait_for() {
	local t=$1 i
	shift
	for i in $(seq $((t * 10))); do
		"$@" >/dev/null 2>&1 && return 0
		sleep 0.1
	done
	return 1
}
# caught_up: the replica has replayed all the primary has written.
caught_up() {
	local lsn
	lsn=$(sql "SELECT pg_current_wal_lsn()")
	[ "$(rsql "SELECT pg_last_wal_replay_lsn() >= '$lsn'")" = t ]
}
ok "it replays the primary's customers" wait_for 30 caught_up

conf=$T_DIR/steward.conf
write_conf "$conf"
sed -i "s|^database {|database {\n\tscan_conninfo \"host=$rep port=5432 user=steward dbname=crm\"|" "$conf"
sed -i 's/postal_code "postcode"/postal_code "postcode"\n\t\tupdated_at "updated_at"/' "$conf"
reads() { sql "SELECT seq_scan FROM pg_stat_user_tables WHERE relname = 'customers'"; }
reads0=$(reads)
out=$("$STEWARD" scan -q -c "$conf" --no-deliver 2>&1); rc=$?
is "$rc" 0 "a scan reading from the replica exits 0"
like "$out" "run 1: scanned 5000 rows .* 2 open findings \\(2 new\\)" "it reads every row there and finds rows 1 and 2"
is "$(sql "SELECT string_agg(record_key, ',' ORDER BY record_key) FROM steward.findings WHERE status = 'open'")" "1,2" "the findings are on the primary"
wait_for 30 caught_up
is "$(rsql "SELECT count(*) FROM steward.findings")" 2 "and reach the replica as the primary's data"
sleep 1
is "$(reads)" "$reads0" "the primary did not read the customer table"
is "$(sql "SELECT snapshot_lsn IS NOT NULL AND snapshot_lsn <= pg_current_wal_lsn() FROM steward.runs WHERE id = 1")" t "the run records the replica's replay LSN"

# Lag: replay paused, a row broken on the primary since.  The scan reads
# what the replica has, and records how far that is.
rsql "SELECT pg_wal_replay_pause()"
ok "replay is paused" wait_for 10 sh -c "[ \"\$(psql -h '$rep' -p 5432 -X -A -t -c 'SELECT pg_get_wal_replay_pause_state()')\" = paused ]"
paused=$(rsql "SELECT pg_last_wal_replay_lsn()")
last=$(rsql "SELECT pg_last_xact_replay_timestamp()")
sleep 1
sql "UPDATE customers SET email = 'lagging@@x', updated_at = now() WHERE customer_id = 3"
out=$("$STEWARD" scan -q -c "$conf" --no-deliver 2>&1); rc=$?
is "$rc" 0 "a scan of the lagging replica exits 0"
is "$(sql "SELECT count(*) FROM steward.findings WHERE record_key = '3'")" 0 "it does not see the row changed on the primary"
is "$(sql "SELECT snapshot_lsn = '$paused', snapshot_at = '$last', snapshot_lsn < pg_current_wal_lsn() FROM steward.runs WHERE id = 2")" "t|t|t" "its snapshot is the replica's replay LSN and last replayed commit, behind the primary"
# The keys a trigger notifies changed a moment ago: read on the primary.
out=$("$STEWARD" scan -q -c "$conf" --key 3 --no-deliver 2>&1); rc=$?
like "$out" "run 3: scanned 1 rows .*\\(keys, dry-run\\): 3 open findings \\(1 new\\)" "a scan of given keys reads the primary, which has the change"
is "$(sql "SELECT snapshot_lsn IS NULL FROM steward.runs WHERE id = 3")" t "and records no standby position"
rsql "SELECT pg_wal_replay_resume()"
ok "replay resumes and catches up" wait_for 30 caught_up
out=$("$STEWARD" scan -q -c "$conf" --incremental --no-deliver 2>&1); rc=$?
like "$out" "run 4: scanned [0-9]+ rows .*\\(incremental, dry-run\\): 3 open findings \\(0 new\\), 0 resolved" "the next incremental scan starts from the replayed snapshot and reads the row again"

# The replica goes away between scans: the run fails, recorded.
rep_stop fast
rep_up=0
open=$(sql "SELECT count(*) FROM steward.findings WHERE status = 'open'")
out=$("$STEWARD" scan -q -c "$conf" --no-deliver 2>&1); rc=$?
ok "a scan with the replica down fails ($rc)" test "$rc" -ne 0
like "$out" "cannot connect to the scan's server \\(scan_conninfo\\)" "saying it cannot reach scan_conninfo"
is "$(sql "SELECT status, error LIKE '%scan_conninfo%' FROM steward.runs WHERE id = 5")" "failed|t" "the run is recorded as failed, with the reason"
is "$(sql "SELECT count(*) FROM steward.findings WHERE status = 'open'")" "$open" "no finding changed"

# ... and during a scan: an exclusive lock taken on the primary is
# replayed on the replica, where the scan waits for it; then the replica
# stops.
rep_start
rep_up=1
ok "the replica is back and caught up" wait_for 30 caught_up
psql -X -q -c "BEGIN; LOCK TABLE customers IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(120)" >/dev/null 2>&1 &
lpid=$!
ok "the lock reaches the replica" wait_for 30 sh -c "[ \"\$(psql -h '$rep' -p 5432 -X -A -t -c \"SELECT count(*) FROM pg_locks WHERE mode = 'AccessExclusiveLock' AND relation = 'customers'::regclass\")\" = 1 ]"
"$STEWARD" scan -q -c "$conf" --no-deliver >"$T_DIR/mid.out" 2>&1 &
spid=$!
ok "the scan waits for it on the replica" wait_for 30 sh -c "[ \"\$(psql -h '$rep' -p 5432 -X -A -t -c \"SELECT count(*) FROM pg_stat_activity WHERE application_name = 'steward' AND wait_event_type = 'Lock'\")\" = 1 ]"
rep_stop immediate
rep_up=0
wait "$spid"; rc=$?
sql "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(120)%' AND pid <> pg_backend_pid()" >/dev/null
wait "$lpid" 2>/dev/null
ok "a scan whose replica stops under it fails ($rc)" test "$rc" -ne 0
like "$(cat "$T_DIR/mid.out")" "reading public.customers: .*(closed the connection|terminat)" "saying the read was cut off"
is "$(sql "SELECT status FROM steward.runs WHERE id = 6")|$(sql "SELECT count(*) FROM steward.findings WHERE status = 'open'")|$(sql "SELECT count(*) FROM steward.findings WHERE first_run = 6 OR resolved_run = 6")" "failed|$open|0" "the run is recorded as failed and nothing of it was written"

# The daemon keeps its schedule while the replica is away, and scans
# again once it is back.
port=$(free_port)
write_conf "$conf" "daemon {
	full_scan \"every 2s\"
	http \"127.0.0.1:$port\"
}"
sed -i "s|^database {|database {\n\tscan_conninfo \"host=$rep port=5432 user=steward dbname=crm\"|" "$conf"
failed_runs() { [ "$(sql "SELECT count(*) FROM steward.runs WHERE status = 'failed' AND id > 6")" -ge "$1" ]; }
done_runs() { [ "$(sql "SELECT count(*) FROM steward.runs WHERE status = 'done' AND id > 6")" -ge 1 ]; }
"$STEWARD" daemon -c "$conf" 2>"$T_DIR/daemon.log" &
dpid=$!
trap 'kill $dpid 2>/dev/null; wait $dpid 2>/dev/null; [ "$rep_up" = 1 ] && rep_stop immediate; tap_cleanup' EXIT
ok "the daemon records failed scheduled scans while the replica is away" wait_for 30 failed_runs 2
rep_start
rep_up=1
ok "and scans again when it is back" wait_for 30 done_runs
ok "the daemon is still running" kill -0 "$dpid"
kill -TERM "$dpid"
wait "$dpid"
rep_stop fast
rep_up=0
