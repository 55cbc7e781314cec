# tap.sh -- a small TAP producer for the shell integration tests, with a
# private PostgreSQL that is stopped however the test ends.
#
#   . "$top_srcdir/tests/lib/tap.sh"
#   tap_plan 3; with_pg
#   ok "scan exits 0" test "$rc" -eq 0
#   is "$count" 12 "twelve findings"

set -u
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
top_srcdir=$(cd "$top_srcdir" && pwd)
: "${top_builddir:=$top_srcdir}"
top_builddir=$(cd "$top_builddir" && pwd)
: "${STEWARD:=$top_builddir/steward}"
TAP_N=0
TAP_FAILED=0
T_DIR=$(mktemp -d "${TMPDIR:-/tmp}/steward-test.XXXXXX")
chmod 755 "$T_DIR"

. "$top_srcdir/tests/lib/pg.sh"

tap_cleanup() {
	pg_stop
	if [ "$TAP_FAILED" -eq 0 ] && [ -z "${KEEP_TEST_DIR:-}" ]; then
		rm -rf "$T_DIR"
	else
		echo "# test files kept in $T_DIR" >&2
	fi
}
trap tap_cleanup EXIT
trap 'exit 1' INT TERM

tap_plan() { echo "1..$1"; }

ok() {
	local desc=$1
	shift
	TAP_N=$((TAP_N + 1))
	if "$@" >/dev/null 2>&1; then
		echo "ok $TAP_N - $desc"
	else
		echo "not ok $TAP_N - $desc"
		TAP_FAILED=$((TAP_FAILED + 1))
	fi
}

is() {
	TAP_N=$((TAP_N + 1))
	if [ "$1" = "$2" ]; then
		echo "ok $TAP_N - $3"
	else
		echo "not ok $TAP_N - $3"
		echo "#   got:      '$1'"
		echo "#   expected: '$2'"
		TAP_FAILED=$((TAP_FAILED + 1))
	fi
}

# like TEXT REGEX DESC
like() {
	TAP_N=$((TAP_N + 1))
	if printf '%s' "$1" | grep -Eq -- "$2"; then
		echo "ok $TAP_N - $3"
	else
		echo "not ok $TAP_N - $3"
		printf '%s\n' "$1" | sed 's/^/#   /' | head -n 20
		echo "#   does not match: $2"
		TAP_FAILED=$((TAP_FAILED + 1))
	fi
}

with_pg() {
	pg_start "$T_DIR/pg" || { echo "Bail out! cannot start PostgreSQL"; exit 1; }
}

sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 -c "$1"; }
# kill_when_started PID SQL: SIGKILL process PID as soon as the count SQL
# is above 0 (its first action committed), or once it has ended;
# polls every 20 ms for at most 60 s.
kill_when_started() {
	local pid=$1 n i
	for i in $(seq 1 3000); do
		n=$(sql "$2" 2>/dev/null || echo 0)
		[ "${n:-0}" -gt 0 ] && break
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.02
	done
	kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	sleep 0.5
}

# write_conf FILE [extra top-level text]: a config for table customers
# mapped one to one, including the shipped field rules.
write_conf() {
	cat >"$1" <<CONF
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
		phone "phone"
		country "country"
		postal_code "postcode"
	}
}
include "$top_srcdir/rules/fields.rules"
${2:-}
CONF
}

# The demo generator's table layout, empty.
create_customers() {
	sql "CREATE TABLE ${1:-customers} (
		customer_id bigint PRIMARY KEY,
		given_name text, family_name text, email text, phone text,
		country text, postcode text, birth_date date,
		created_at timestamptz, updated_at timestamptz,
		last_activity_at timestamptz, marketing_opt_in boolean,
		consent_at timestamptz, consent_source text,
		opted_out_at timestamptz, channel text)"
}

# add_customer ID GIVEN FAMILY EMAIL PHONE COUNTRY POSTCODE (NULL for null)
add_customer() {
	local vals="" v
	for v in "$@"; do
		if [ "$v" = NULL ]; then
			vals="$vals, NULL"
		else
			vals="$vals, '$(printf '%s' "$v" | sed "s/'/''/g")'"
		fi
	done
	sql "INSERT INTO customers (customer_id, given_name, family_name,
		email, phone, country, postcode) VALUES (${vals#, })"
}
