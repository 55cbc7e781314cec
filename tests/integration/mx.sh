#!/bin/bash
# mx.sh -- scan { mx_check yes }: email domains looked up in a real DNS
# server (a private dnsmasq), once: no such domain, no mail server and a
# null MX are findings of email_no_mx, an MX or an address record is
# fine; answers are cached in Steward's schema, so the next scan asks
# nothing; lookups keep to mx_rate; off by default.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/mail.sh"
tap_plan 9
DNSMASQ=$(command -v dnsmasq || echo /usr/sbin/dnsmasq)
if [ ! -x "$DNSMASQ" ]; then
	for i in $(seq 9); do echo "ok $i - # SKIP dnsmasq not installed"; done
	exit 0
fi
with_pg
create_customers
add_customer 1 Ann Lee ann@good.test NULL DE NULL
add_customer 2 Bo Li bo@aonly.test NULL DE NULL
add_customer 3 Cy Wu cy@nomail.test NULL DE NULL
add_customer 4 Di Xu di@NULLMX.test NULL DE NULL
add_customer 5 Ed Yi ed@nodomain.test NULL DE NULL
add_customer 6 Flo Ng flo@nodomain.test NULL DE NULL
add_customer 7 Gus Ho 'not an address' NULL DE NULL
port=$(free_port)
"$DNSMASQ" --keep-in-foreground --port="$port" --listen-address=127.0.0.1 \
	--bind-interfaces --no-resolv --no-hosts --local=/test/ \
	--mx-host=good.test,mx.good.test,10 --host-record=mx.good.test,127.0.0.1 \
	--host-record=aonly.test,127.0.0.3 --txt-record=nomail.test,hello \
	--mx-host=nullmx.test,.,0 --log-queries --log-facility="$T_DIR/dns.log" \
	--pid-file= --user="$(id -un)" 2>"$T_DIR/dnsmasq.err" &
dns=$!
trap 'kill $dns 2>/dev/null; tap_cleanup' EXIT
for i in $(seq 50); do grep -q "started" "$T_DIR/dns.log" 2>/dev/null && break; sleep 0.1; done
conf=$T_DIR/steward.conf
write_conf "$conf"
queries() { grep -c "query\[" "$T_DIR/dns.log"; }
mxf() { sql "SELECT string_agg(record_key, ',' ORDER BY record_key) FROM steward.findings WHERE check_name = 'email_no_mx' AND status = 'open'"; }

"$STEWARD" scan -q --no-deliver -c "$conf" >/dev/null 2>&1
is "$(queries)" 0 "off by default: no DNS query"

cat >>"$conf" <<EOF
scan { mx_check yes; mx_servers "127.0.0.1:$port"; mx_rate 2 }
EOF
start=$(date +%s.%N)
"$STEWARD" scan -q --no-deliver -c "$conf" >/dev/null 2>"$T_DIR/err"
took=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
is "$(mxf)" "3,4,5,6" "no such domain, no mail server and a null MX are findings; MX and address records pass"
is "$(sql "SELECT detail FROM steward.findings WHERE check_name = 'email_no_mx' AND record_key = '5'")" \
	"the email domain does not exist (DNS: no such domain)" "the finding says why, without the address"
is "$(sql "SELECT detail FROM steward.findings WHERE check_name = 'email_no_mx' AND record_key = '4'")" \
	"the email domain accepts no mail (null MX, RFC 7505)" "a null MX is told apart"
is "$(sql "SELECT string_agg(domain || '=' || status, ' ' ORDER BY domain) FROM steward.mx_cache")" \
	"aonly.test=ok good.test=ok nodomain.test=no-such-domain nomail.test=no-mail-server nullmx.test=null-mx" \
	"each domain looked up once and cached (lower case)"
ok "five domains at mx_rate 2 take at least 2 s ($took s)" awk "BEGIN { exit !($took >= 2) }"

n=$(queries)
"$STEWARD" scan -q --no-deliver -c "$conf" >/dev/null 2>&1
is "$(queries)" "$n" "the next scan answers from the cache: no DNS query"
is "$(mxf)" "3,4,5,6" "and reports the same records"
sql "UPDATE steward.mx_cache SET checked_at = now() - interval '30 days'"
"$STEWARD" scan -q --no-deliver -c "$conf" >/dev/null 2>&1
ok "answers older than mx_ttl are asked again" test "$(queries)" -gt "$n"
