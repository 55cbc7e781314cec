#!/bin/bash
# secrets.sh -- the database password comes from a protected file, the
# environment or PGPASSFILE; the config never has to hold it.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 12
with_pg
create_customers
sql "CREATE ROLE app LOGIN PASSWORD 's3cret pass'; GRANT SELECT ON customers TO app; GRANT CREATE ON DATABASE crm TO app"
# Password authentication for role app only; everyone else stays trusted.
hba=$T_DIR/pg/data/pg_hba.conf
{ echo "local all app scram-sha-256"; cat "$hba"; } >"$T_DIR/hba.new"
cat "$T_DIR/hba.new" >"$hba"
sql "SELECT pg_reload_conf()" >/dev/null
sleep 0.5

conf=$T_DIR/steward.conf
write_conf "$conf"
sed -i "s/user=steward/user=app/" "$conf"
unset PGPASSWORD

out=$("$STEWARD" scan -q -c "$conf" 2>&1); rc=$?
is "$rc" 4 "no password: cannot connect"
like "$out" "cannot connect to the database" "and says so"

pwfile=$T_DIR/db.password
printf 's3cret pass\n' >"$pwfile"
chmod 600 "$pwfile"
sed -i "s|^database {|database {\n\tpassword_file \"$pwfile\"|" "$conf"
out=$("$STEWARD" scan -q -c "$conf" 2>&1); rc=$?
is "$rc" 0 "password_file with mode 0600 works"
chmod 640 "$pwfile"
out=$("$STEWARD" scan -q -c "$conf" 2>&1); rc=$?
is "$rc" 4 "password_file readable by the group is refused"
like "$out" "accessible by group or others \(mode 0640\); run chmod 600" "with the fix in the message"
chmod 600 "$pwfile"
printf 'wrong\n' >"$pwfile"
out=$("$STEWARD" scan -q -c "$conf" 2>&1); rc=$?
is "$rc" 4 "a wrong password fails"
like "$out" "password authentication failed" "with the server's reason"
ok "the password is not in the message" test -z "$(printf '%s' "$out" | grep -F 'wrong')"

# password_env
write_conf "$conf"
sed -i "s/user=steward/user=app/; s|^database {|database {\n\tpassword_env STEWARD_DB_PASSWORD|" "$conf"
out=$(env -u STEWARD_DB_PASSWORD "$STEWARD" scan -q -c "$conf" 2>&1); rc=$?
like "$out" "environment variable STEWARD_DB_PASSWORD is not set" "password_env names a missing variable"
STEWARD_DB_PASSWORD='s3cret pass' "$STEWARD" scan -q -c "$conf" >/dev/null 2>&1; rc=$?
is "$rc" 0 "password_env works"

# PGPASSFILE, honoured by libpq
write_conf "$conf"
sed -i "s/user=steward/user=app/" "$conf"
printf '*:*:*:app:s3cret pass\n' >"$T_DIR/pgpass"
chmod 600 "$T_DIR/pgpass"
PGPASSFILE=$T_DIR/pgpass "$STEWARD" scan -q -c "$conf" >/dev/null 2>&1; rc=$?
is "$rc" 0 "PGPASSFILE works"

# A password in conninfo works but draws a warning.
sed -i "s/user=app/user=app password=secret/" "$conf"
out=$("$STEWARD" check -c "$conf" 2>&1)
like "$out" "warning: conninfo holds a password" "a password in conninfo is warned about"
