#!/bin/bash
# unit-files.sh -- the shipped unit, example configuration and daemon agree
# (issue 18, items 5, 6 and 7): placeholder officers are flagged, a busy
# HTTP address is one clear error with an
# exit status the unit does not restart, and every directory the example
# names is one the unit lets the daemon write.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/mail.sh"
tap_plan 14
unit=$top_srcdir/contrib/steward.service.in
example=$top_srcdir/contrib/steward.conf

# --- the HTTP address is taken by another program (postgres_exporter)
port=$(free_port)
"$MAIL_PYTHON" -c '
import socket, sys, time
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1])))
s.listen(1)
print("ready", flush=True)
time.sleep(60)' "$port" >"$T_DIR/holder.out" &
holder=$!
trap 'kill $holder 2>/dev/null; tap_cleanup' EXIT
for i in $(seq 50); do grep -q ready "$T_DIR/holder.out" && break; sleep 0.1; done
conf=$T_DIR/steward.conf
STEWARD_CONNINFO="host=/nonexistent dbname=none" write_conf "$conf" "daemon { http \"127.0.0.1:$port\" }"
timeout 20 "$STEWARD" daemon -c "$conf" 2>"$T_DIR/err"
rc=$?
is "$rc" 3 "a busy HTTP address: exit 3 at once (a configuration error)"
like "$(cat "$T_DIR/err")" "daemon http \"127.0.0.1:$port\": cannot bind: Address already in use \(another program listens there\); set daemon \{ http" \
	"and says what to change"
ok "the unit does not restart exit 3 (no Restart=on-failure loop)" \
	grep -qx "RestartPreventExitStatus=3" "$unit"

# --- one default port, not postgres_exporter's 9187, quoted the same way
default=$(sed -n 's/^#define CONF_HTTP_DEFAULT[[:space:]]*"\(.*\)"/\1/p' "$top_srcdir/daemon/conf.h")
ok "the default HTTP address is not 9187 ($default)" test -n "$default" -a "${default##*:}" != 9187
ok "the example quotes it" grep -q "#http \"$default\"" "$example"
ok "the unit's header quotes it" grep -q "on $default\." "$unit"

# --- every directory in the example is writable under the unit
writable=$(sed -n 's/^ReadWritePaths=//p; s/^StateDirectory=\(.*\)/\/var\/lib\/\1/p' "$unit" | tr ' ' '\n')
bad=
for d in $(grep -Eo '"/var/[^"]+"' "$example" | tr -d '"'); do
	okd=
	for w in $writable; do
		case "$d/" in "$w"/*) okd=1 ;; esac
	done
	[ -n "$okd" ] || bad="$bad $d"
done
is "${bad:-none}" none "every /var path in the example is under ReadWritePaths or StateDirectory"

# --- placeholder recipients: the packs' privacy-us@example.com
mkdir -p "$T_DIR/packs"
cp "$top_srcdir/rules/packs/us.rules" "$T_DIR/packs/"
pconf() {
	STEWARD_CONNINFO="dbname=none" write_conf "$T_DIR/p.conf" "$1
reports { admin [\"ops@corp.example.org\"] }
include \"$T_DIR/packs/*.rules\""
}
pconf ""
out=$("$STEWARD" check -c "$T_DIR/p.conf" 2>&1)
like "$out" "packs/us.rules:[0-9]+:[0-9]+: warning: officer 'privacy-us@example.com' is a placeholder" \
	"steward check warns about a pack's placeholder officer, at its line"
like "$out" "warning: admin 'ops@corp.example.org' is a placeholder" "and about a placeholder admin"
printf 'jurisdiction us {\n\tofficers ["privacy@corp.com"]\n}\n' >"$T_DIR/packs/us.local"
out=$("$STEWARD" check -c "$T_DIR/p.conf" 2>&1)
ok "an officer set in a .local silences it" sh -c "! printf '%s' \"\$1\" | grep -q privacy-us" _ "$out"
rm "$T_DIR/packs/us.local"
pconf "mode enforce
smtp { url \"smtp://localhost:25\"; from \"steward@corp.com\" }
spool { directory \"$T_DIR/spool\" }"
out=$("$STEWARD" check -c "$T_DIR/p.conf" 2>&1)
is "$?" 3 "in enforce mode with smtp, a placeholder recipient is refused"
like "$out" "error: officer 'privacy-us@example.com' is a placeholder .*refused" "with an error at the officer"

# --- JOURNAL_STREAM counts only when it names our stderr (item 17)
STEWARD_CONNINFO="host=/nonexistent dbname=none" write_conf "$T_DIR/j.conf"
: >"$T_DIR/j.err"
JOURNAL_STREAM=1:2 "$STEWARD" scan -c "$T_DIR/j.conf" 2>>"$T_DIR/j.err"
like "$(head -n 1 "$T_DIR/j.err")" "^steward: error: " "an inherited JOURNAL_STREAM of another file: no <N> prefixes"
: >"$T_DIR/j.err"
JOURNAL_STREAM=$(stat -c '%d:%i' "$T_DIR/j.err") "$STEWARD" scan -c "$T_DIR/j.conf" 2>>"$T_DIR/j.err"
like "$(head -n 1 "$T_DIR/j.err")" "^<3>steward: error: " "JOURNAL_STREAM of our stderr: journald priority prefixes"
