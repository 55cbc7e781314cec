#!/bin/bash
# migrate.sh -- Steward's own schema: created at first use, migrations
# idempotent, a newer schema refused, a configured schema name quoted.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 12
with_pg
create_customers
conf=$T_DIR/steward.conf
write_conf "$conf"

out=$("$STEWARD" migrate -c "$conf" 2>&1); rc=$?
is "$rc" 0 "migrate exits 0"
like "$out" "schema steward is at version 12 \(12 migrations applied\)" "first migrate applies versions 1 to 12"
is "$(sql "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables WHERE table_schema = 'steward'")" \
	"audit,changes,deliveries,duplicates,findings,merges,mx_cache,not_duplicates,open_counts,quarantine,reviews,rewrites,run_jurisdictions,runs,schema_version" "every table of Steward's schema exists"
out=$("$STEWARD" migrate -c "$conf" 2>&1); rc=$?
like "$out" "\(0 migrations applied\)" "second migrate applies nothing"
is "$(sql "SELECT count(*) FROM steward.schema_version")" 12 "one row per version"

sql "INSERT INTO steward.schema_version (version, steward_version) VALUES (99, 'future')"
out=$("$STEWARD" scan -c "$conf" 2>&1); rc=$?
is "$rc" 4 "a schema newer than the binary is refused"
like "$out" "is at version 99, but this steward .* knows versions up to 12" "with a clear message"
is "$(sql "SELECT count(*) FROM steward.runs")" 0 "and nothing was written"

# A schema name from the config is an identifier, quoted.
write_conf "$conf"
sed -i 's/^database {/database {\n\tschema "Steward QA"/' "$conf"
"$STEWARD" scan -q -c "$conf" >/dev/null 2>&1; rc=$?
is "$rc" 0 "scan with a schema name that needs quoting"
is "$(sql "SELECT status FROM \"Steward QA\".runs")" done "state went to that schema"

# Once migrated, scans need no CREATE right: a role with plain table
# privileges can scan.
sql "CREATE ROLE scanner LOGIN; GRANT SELECT ON customers TO scanner;
	GRANT USAGE ON SCHEMA \"Steward QA\" TO scanner;
	GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA \"Steward QA\" TO scanner;
	GRANT USAGE ON ALL SEQUENCES IN SCHEMA \"Steward QA\" TO scanner;
	REVOKE CREATE ON SCHEMA public FROM PUBLIC"
sed -i 's/user=steward/user=scanner/' "$conf"
out=$("$STEWARD" scan -q -c "$conf" 2>&1); rc=$?
is "$rc" 0 "a role without CREATE rights scans a migrated schema"
is "$(sql "SELECT count(*) FROM \"Steward QA\".runs WHERE status = 'done'")" 2 "and its run is recorded"
