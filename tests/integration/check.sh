#!/bin/bash
# check.sh -- golden diagnostics of `steward check`.
#
# Every tests/rules/NAME.conf is run as `steward check -c NAME.conf` with
# tests/rules as the working directory, so the file names in messages are
# relative and the expected output does not depend on where the tree is.
#
#   NAME.conf       a configuration; ok-*.conf must be valid, the others
#                   must be refused
#   NAME.expected   the exact stderr (for ok-*.conf: the warnings; absent
#                   means stderr must be empty)
#   NAME.dump       the exact stdout of `steward check --dump -c NAME.conf`
#   *.rules         rule files the configurations include
#
# After an intended change of wording, BLESS=1 rewrites the .expected and
# .dump files from the current output (each rewritten file still fails
# that run); review the diff before committing.
# Needs no PostgreSQL: check never connects.

: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
. "$top_srcdir/tests/lib/tap.sh"

EXIT_CONFIG=3
rules_dir=$top_srcdir/tests/rules
cd "$rules_dir" || { echo "Bail out! no $rules_dir"; exit 1; }
[ -x "$STEWARD" ] || { echo "Bail out! no steward binary at $STEWARD"; exit 1; }

confs=()
for f in *.conf; do
	confs+=("${f%.conf}")
done
[ "${#confs[@]}" -gt 0 ] || { echo "Bail out! no cases in $rules_dir"; exit 1; }

# Each refused config: exit status, stderr.  Each ok config: exit status,
# the "configuration OK" line, stderr.  Each .dump: exit status, stdout.
# Then three tests that need files made at run time.
plan=3
for name in "${confs[@]}"; do
	case $name in
	ok-*) plan=$((plan + 3)) ;;
	*) plan=$((plan + 2)) ;;
	esac
	[ -f "$name.dump" ] && plan=$((plan + 2))
done
tap_plan "$plan"

# same NAME WHAT EXPECTED_FILE ACTUAL_FILE: one test, diff as comments.
same() {
	TAP_N=$((TAP_N + 1))
	# Blessing rewrites the file but the comparison still fails: a run
	# with BLESS=1 is never green while anything differed.
	if [ -n "${BLESS:-}" ] && ! cmp -s "$3" "$4"; then
		cp "$4" "$3"
		echo "not ok $TAP_N - $1: $2 (differed; BLESS=1 rewrote $3: review the diff)"
		TAP_FAILED=$((TAP_FAILED + 1))
		return
	fi
	if [ -f "$3" ] && cmp -s "$3" "$4"; then
		echo "ok $TAP_N - $1: $2"
		return
	fi
	echo "not ok $TAP_N - $1: $2"
	TAP_FAILED=$((TAP_FAILED + 1))
	if [ ! -f "$3" ]; then
		echo "#   $3 is missing; the output was:"
		sed 's/^/#   /' "$4" | head -n 40
		return
	fi
	diff -u "$3" "$4" | sed 's/^/# /' | head -n 60
}

# status NAME GOT WANT
status() {
	is "$2" "$3" "$1: exit status $3"
}

for name in "${confs[@]}"; do
	out=$T_DIR/$name.out
	err=$T_DIR/$name.err
	"$STEWARD" check -c "$name.conf" >"$out" 2>"$err"
	rc=$?
	case $name in
	ok-*)
		status "$name" "$rc" 0
		like "$(head -n 1 "$out")" \
		    "^configuration OK: $name\\.conf \\(" \
		    "$name: prints configuration OK"
		if [ -f "$name.expected" ] || [ -s "$err" ]; then
			same "$name" "stderr" "$name.expected" "$err"
		else
			ok "$name: stderr is empty" true
		fi
		;;
	*)
		status "$name" "$rc" "$EXIT_CONFIG"
		same "$name" "stderr" "$name.expected" "$err"
		;;
	esac
	if [ -f "$name.dump" ]; then
		"$STEWARD" check --dump -c "$name.conf" >"$out" 2>"$err"
		status "$name --dump" "$?" 0
		same "$name" "--dump output" "$name.dump" "$out"
	fi
done

# -q prints nothing for a valid configuration.
out=$("$STEWARD" check -q -c ok-minimal.conf 2>&1)
is "$out" "" "check -q prints nothing when the configuration is valid"

# A world-writable rule file is refused (git cannot store the mode, so
# the files are made here).
mkdir -p "$T_DIR/ww"
cp ok-minimal.conf "$T_DIR/ww/steward.conf"
echo 'include "open.rules"' >>"$T_DIR/ww/steward.conf"
printf 'check c {\n\tfields [email]\n\trequired\n}\n' >"$T_DIR/ww/open.rules"
chmod 666 "$T_DIR/ww/open.rules"
err=$(cd "$T_DIR/ww" && "$STEWARD" check -c steward.conf 2>&1 >/dev/null)
rc=$?
status "world-writable include" "$rc" "$EXIT_CONFIG"
want="^steward\\.conf:[0-9]+:9: error: refusing '\\./open\\.rules': it is "
want+="world-writable"
like "$err" "$want" "world-writable include: refused at the include line"
