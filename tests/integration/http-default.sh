#!/bin/bash
# http-default.sh -- where `steward daemon` serves HTTP when daemon { http }
# is not set: the address steward.conf(5) gives as the default is the one
# the example configuration and the README give, and the one the daemon
# binds.  The address is read from the man page, not written here, so a
# change of default changes one document and this test follows.
#
# The daemon runs in a network namespace of its own when unshare(1) can
# make one (the default port may be taken on a shared machine); without,
# in the host's, where its log line shows it bound the address itself.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 6

# steward.conf(5): the .Qq after "The default is" in the http item.
doc=$(awk '/^\.It Ic http /{ f = 1; next }
	f && /^\.It /{ exit }
	f && /^The default is/{ d = 1; next }
	f && d && /^\.Qq /{ print $2; exit }' "$top_srcdir/doc/steward.conf.5")
like "$doc" '^(\[[0-9a-fA-F:]+\]|[^:]+):[0-9]+$' \
	"steward.conf(5) gives a default http HOST:PORT ($doc)"
example=$(grep -E '^[[:space:]]*#[[:space:]]*http "' "$top_srcdir/contrib/steward.conf")
ok "the example steward.conf shows the same default" \
	sh -c 'printf "%s\n" "$1" | grep -qF "http \"$2\""' sh "$example" "$doc"
ok "the README names the same address" grep -qF "$doc" "$top_srcdir/README.md"

with_pg
create_customers
add_customer 1 Anna Schmidt anna@example.com +4930123456 DE 10115
conf=$T_DIR/steward.conf
write_conf "$conf" 'daemon {
	full_scan "every 1h"
	stop_timeout 5s
}'
ok "the configuration has no http setting" sh -c "! grep -q 'http' '$conf'"

# Start the daemon, ask /healthz at the documented address, stop it.
cat >"$T_DIR/probe.sh" <<'EOF'
# probe.sh STEWARD CONF LOG ADDRESS: print the HTTP status of /healthz.
[ -n "${IN_NS:-}" ] && ip link set lo up
"$1" daemon -c "$2" 2>"$3" &
pid=$!
code=000
for i in $(seq 100); do
	grep -q "HTTP on" "$3" &&
		code=$(curl -s -o /dev/null -w '%{http_code}' "http://$4/healthz") &&
		[ "$code" != 000 ] && break
	sleep 0.1
done
echo "$code"
kill -TERM "$pid"
wait "$pid"
EOF
if unshare -rn true 2>/dev/null && command -v ip >/dev/null 2>&1; then
	echo "# in a network namespace of its own"
	code=$(IN_NS=1 unshare -rn sh "$T_DIR/probe.sh" "$STEWARD" "$conf" "$T_DIR/daemon.log" "$doc")
else
	echo "# in the host's network namespace (no unshare -rn)"
	code=$(sh "$T_DIR/probe.sh" "$STEWARD" "$conf" "$T_DIR/daemon.log" "$doc")
fi
sed 's/^/# daemon: /' "$T_DIR/daemon.log" | head -n 20
host=${doc%:*}
host=${host#[}
host=${host%]}
ok "the daemon says it serves HTTP on $doc" \
	grep -qF "HTTP on $host:${doc##*:} " "$T_DIR/daemon.log"
like "$code" '^(200|503)$' "and http://$doc/healthz answers ($code)"
