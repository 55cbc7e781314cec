#!/bin/bash
# dup-incremental.sh -- duplicates found near real time: the daemon keeps
# the blocking index of its last full scan, and a row that LISTEN/NOTIFY
# reports as changed is compared with the whole table through it, alone.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/mail.sh"
tap_plan 7
with_pg
gen=$top_srcdir/contrib/gen-customers.py
python3 "$gen" --schema | psql -X -q -v ON_ERROR_STOP=1
python3 "$gen" --rows 5000 --seed 3 | psql -X -q -c "COPY customers FROM STDIN"
port=$(free_port)
conf=$T_DIR/steward.conf
sed -e "s|@CONNINFO@|$STEWARD_CONNINFO|" -e "s|@TOP@|$top_srcdir|" \
	"$top_srcdir/contrib/demo/steward.conf.in" >"$conf"
cat >>"$conf" <<EOF
daemon {
	full_scan "every 1d"
	listen yes
	http "127.0.0.1:$port"
}
EOF
"$STEWARD" install-trigger -c "$conf" >/dev/null
wait_for() {
	local t=$1 i
	shift
	for i in $(seq $((t * 10))); do
		"$@" >/dev/null 2>&1 && return 0
		sleep 0.1
	done
	return 1
}
# The first full scan done, and nothing running (under the sanitizers a
# scan takes seconds).
full_done() { [ "$(sql "SELECT count(*) FILTER (WHERE kind = 'full' AND status = 'done') >= 1 AND count(*) FILTER (WHERE status = 'running') = 0 FROM steward.runs")" = t ]; }
keys_runs() { sql "SELECT count(*) FROM steward.runs WHERE kind = 'keys' AND status = 'done'"; }
keys_over() { [ "$(keys_runs)" -gt "$1" ]; }
dup_finding() { sql "SELECT detail FROM steward.findings WHERE check_name = 'duplicate' AND status = 'open' AND record_key = '$1'"; }
has_dup() { [ -n "$(dup_finding "$1")" ]; }

"$STEWARD" -v daemon -c "$conf" 2>"$T_DIR/daemon.log" &
dpid=$!
trap 'kill $dpid 2>/dev/null; wait $dpid 2>/dev/null; tap_cleanup' EXIT
# LISTEN's catch-up on start is the first scan of the table: a full one.
ok "the first full scan completes" wait_for 120 full_done

# A new record of someone already in the table: same email, phone and
# birth date, a typo in the family name.
orig=$(sql "SELECT min(customer_id) FROM customers WHERE email IS NOT NULL
	AND phone IS NOT NULL AND birth_date IS NOT NULL AND family_name ~ '^[A-Za-z]{5,}$'")
sql "INSERT INTO customers (customer_id, given_name, family_name, email,
	phone, country, postcode, birth_date, created_at, updated_at, channel)
	SELECT 7000001, given_name, family_name || 'e', email, phone, country,
	postcode, birth_date, now(), now(), 'store' FROM customers
	WHERE customer_id = $orig"
ok "the new record is found a duplicate within seconds" wait_for 60 has_dup 7000001
like "$(dup_finding 7000001)" "changed record matches record $orig \(" \
	"the finding names the record it matches"

# Someone new: judged, and no duplicate.
n=$(keys_runs)
sql "INSERT INTO customers (customer_id, given_name, family_name, email,
	phone, country, birth_date, created_at, updated_at) VALUES (7000002,
	'Zebulon', 'Quackenbush', 'zq@example.invalid', '+49 30 9999 1111', 'DE',
	'1931-01-01', now(), now())"
ok "a new record of someone new is judged" wait_for 60 keys_over "$n"
is "$(dup_finding 7000002)" "" "and is no duplicate"

# An existing record changed into a second record of another person.
other=$(sql "SELECT max(customer_id) FROM customers WHERE customer_id < 7000000
	AND email IS NOT NULL AND phone IS NOT NULL AND birth_date IS NOT NULL")
sql "UPDATE customers c SET given_name = o.given_name, family_name =
	o.family_name, email = upper(o.email), phone = o.phone, country =
	o.country, birth_date = o.birth_date, updated_at = now()
	FROM customers o WHERE c.customer_id =
	7000002 AND o.customer_id = $other"
ok "a record changed to match another is found too" wait_for 60 has_dup 7000002
is "$(grep -c "scan: duplicates found" "$T_DIR/daemon.log")" \
	"$(sql "SELECT count(*) FROM steward.runs WHERE kind = 'full'")" \
	"only full scans block the whole table, not the $(keys_runs) keys scans"
