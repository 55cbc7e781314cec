#!/bin/bash
# journal-upgrade.sh -- a database that a Steward of schema version 10
# acted on (quarantine move with cascade and flag, normalize, merge, some
# undone; ref/journal-v10.sql, made by ref/mk-journal-v10.sh with that
# Steward) is upgraded to the change journal: every entry is carried over
# with an audit record holding its image hashes, the old names still
# read, and undoing every old entry gives both tables back byte for byte.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 17
with_pg
psql -X -q -v ON_ERROR_STOP=1 -f "$top_srcdir/tests/integration/ref/journal-v10.sql" >/dev/null ||
	{ echo "Bail out! cannot load journal-v10.sql"; exit 1; }
conf=$T_DIR/steward.conf
cat >"$conf" <<CONF
database { conninfo "$STEWARD_CONNINFO" }
customers { table "customers"; key "customer_id"; map { email "email" } }
quarantine { mode flag; flag_column "status"; flag_value "held" }
CONF
dump() { sql "SELECT c::text FROM $1 c ORDER BY 1"; }

is "$(sql "SELECT max(version) FROM steward.schema_version")" 10 "the old database is at schema version 10"
old=$(sql "SELECT (SELECT count(*) FROM steward.quarantine) || '|' ||
	(SELECT count(*) FROM steward.rewrites) || '|' || (SELECT count(*) FROM steward.merges)")
held=$(sql "SELECT count(*) FROM steward.quarantine WHERE status = 'held'")
audit=$(sql "SELECT count(*) FROM steward.audit")
out=$("$STEWARD" migrate -c "$conf" 2>&1); rc=$?
is "$rc" 0 "migrate upgrades it"
like "$out" "at version 12 \(2 migrations applied\)" "to version 12"
is "$(sql "SELECT count(*) FILTER (WHERE kind = 'quarantine') || '|' ||
	count(*) FILTER (WHERE kind = 'normalize') || '|' ||
	count(*) FILTER (WHERE kind = 'merge') FROM steward.changes")" "$old" \
	"every quarantine entry, rewrite and merge is a journal entry"
is "$(sql "SELECT count(*) FROM steward.quarantine WHERE status = 'held'")" "$held" \
	"the quarantine view still reads the held entries"
is "$(sql "SELECT count(*) FROM steward.changes WHERE legacy IS NULL")" 0 "each names what it was"
is "$(sql "SELECT count(*) FROM steward.audit WHERE action = 'journal' AND change_id IS NOT NULL AND images IS NOT NULL")" \
	"$(sql "SELECT count(*) FROM steward.changes")" "each has an audit record with its image hashes"
is "$(sql "SELECT count(*) FROM steward.audit")" "$((audit + $(sql "SELECT count(*) FROM steward.changes")))" \
	"the old audit records are all still there"
out=$("$STEWARD" audit -c "$conf" verify 2>&1); rc=$?
is "$rc" 0 "the chain, old records and new, verifies ($out)"
like "$("$STEWARD" changes -c "$conf" list --all)" "^$(sql "SELECT count(*) FROM steward.changes") changes$" \
	"changes list --all shows them"
like "$("$STEWARD" quarantine -c "$conf" list)" "^$held entr(y|ies)$" "quarantine list, the old name, too"

# Undo every old entry still in force, newest first.
fails=0
for id in $(sql "SELECT id FROM steward.changes WHERE status = 'done' ORDER BY id DESC"); do
	"$STEWARD" changes -c "$conf" undo "$id" >/dev/null 2>"$T_DIR/undo.err" ||
		{ fails=$((fails + 1)); cat "$T_DIR/undo.err" >&2; }
done
is "$fails" 0 "every old entry undone"
ok "customers byte for byte as before any action" test "$(dump customers)" = "$(dump orig_customers)"
ok "orders byte for byte as before any action" test "$(dump orders)" = "$(dump orig_orders)"
out=$("$STEWARD" changes -c "$conf" undo "$(sql "SELECT min(id) FROM steward.changes")" 2>&1); rc=$?
is "$rc" 1 "an entry undone already is refused"
like "$out" "already undone" "and says so"
out=$("$STEWARD" audit -c "$conf" verify 2>&1); rc=$?
is "$rc" 0 "the chain verifies after the undos ($out)"
