#!/bin/bash
# phone-accuracy.sh -- the phone validator against libphonenumber (TAP):
# every example number of every region, in several forms, and invalid
# variants of each; fails below 99.5 % agreement.  The work is done by
# phone-accuracy.py, run with Debian's /usr/bin/python3, which has
# python3-phonenumbers (a pyenv python3 on PATH does not).
#
# The values go through `$STEWARD validate phone --country CC` when that
# binary has the command, else through the driver tests/bench/phone_cli
# (or $PHONE_CLI).

set -u
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
PY=/usr/bin/python3

if ! [ -x "$PY" ] || ! "$PY" -c 'import phonenumbers' 2>/dev/null; then
	echo "1..0 # SKIP python3-phonenumbers not installed"
	exit 0
fi

probe=$(printf '+4930123456\n' | "${STEWARD:-/nonexistent}" validate phone \
	--country DE 2>/dev/null)
if [ -n "${STEWARD:-}" ] && [ -x "$STEWARD" ] &&
    [ "${probe%%$'\t'+4930123456*}" = $'+4930123456\tok' ]; then
	mode=steward
	cmd=$STEWARD
else
	mode=cli
	cmd=${PHONE_CLI:-$top_builddir/tests/bench/phone_cli}
	if ! [ -x "$cmd" ]; then
		echo "1..0 # SKIP neither steward validate phone nor $cmd"
		exit 0
	fi
fi
exec "$PY" "$top_srcdir/tests/integration/phone-accuracy.py" "$mode" "$cmd"
