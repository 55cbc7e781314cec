#!/bin/bash
# shared-dirs.sh -- two configurations, two tables, one spool and one
# reports directory: spool keys (rRUN-NAME) and report directories (RUN)
# collide, so the second table's reports were '0 spooled', never mailed,
# and overwrote the first's.  Each directory is now claimed by its
# database, schema and table, and a second claimant is refused with a
# clear error; a copy of the same configuration (a standby) is not
# (issue 18, item 3).
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/mail.sh"
tap_plan 9
with_pg
create_customers
sql "CREATE SCHEMA other"
create_customers other.customers
add_customer 1 Ann Lee 'not-an-address' '+44 20 7946 0018' GB 'SW1A 1AA'
sql "INSERT INTO other.customers SELECT * FROM public.customers"
sport=$(free_port)
# conf FILE TABLE SCHEMA
conf() {
	write_conf "$1" "reports {
	directory \"$T_DIR/reports\"
	admin [\"dpo@corp.com\"]
}
smtp { url \"smtp://127.0.0.1:$sport\"; from \"steward@corp.com\"; timeout 2s }
spool { directory \"$T_DIR/spool\" }
daemon { http \"127.0.0.1:$(free_port)\" }"
	sed -i -e "s|table \"customers\"|table \"$2\"|" \
		-e "s|^\tconninfo .*|&\n\tschema \"$3\"|" "$1"
}
conf "$T_DIR/a.conf" public.customers steward_a
conf "$T_DIR/b.conf" other.customers steward_b
cp "$T_DIR/a.conf" "$T_DIR/a2.conf"

out=$("$STEWARD" scan -c "$T_DIR/a.conf" 2>&1)
like "$out" "reports: [1-9][0-9]* written .*, [1-9][0-9]* spooled" "table A: reports written and spooled"
like "$(cat "$T_DIR/spool/.steward-owner")" "dbname=.* schema=steward_a table=public.customers" \
	"the spool is claimed for A's database, schema and table"
ls -R "$T_DIR/reports" >"$T_DIR/reports-before"

out=$("$STEWARD" scan -c "$T_DIR/b.conf" 2>&1); rc=$?
is "$rc" 4 "table B with the same spool: the scan says its reports failed (exit 4)"
like "$out" "the spool directory $T_DIR/spool belongs to another table \(.*schema=steward_a table=public.customers, says .*\.steward-owner\); give each table its own spool directory" \
	"with a clear error naming the owner"
ok "A's reports are untouched" cmp -s "$T_DIR/reports-before" <(ls -R "$T_DIR/reports")
is "$(sql "SELECT count(*) FROM steward_b.runs WHERE status = 'done'")" 1 "B's findings are recorded all the same"

timeout 20 "$STEWARD" daemon -c "$T_DIR/b.conf" 2>"$T_DIR/daemon.err"; rc=$?
is "$rc" 3 "the daemon for B refuses to start (exit 3, not restarted by the unit)"
like "$(cat "$T_DIR/daemon.err")" "belongs to another table" "and says why"

out=$("$STEWARD" scan -c "$T_DIR/a2.conf" 2>&1)
like "$out" "reports: .* spooled" "a copy of A's configuration (a standby) shares them"
