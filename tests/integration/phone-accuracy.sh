#!/bin/bash
# phone-accuracy.sh -- the phone validator against libphonenumber (TAP):
# every example number of every region, in several forms, and invalid
# variants of each; fails below 99.5 % agreement.  The work is done by
# phone-accuracy.py, run with Debian's /usr/bin/python3, which has
# python3-phonenumbers (a pyenv python3 on PATH does not).
#
# The values go through `$STEWARD validate phone --country CC`.

set -u
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
PY=/usr/bin/python3

if ! [ -x "$PY" ] || ! "$PY" -c 'import phonenumbers' 2>/dev/null; then
	echo "1..0 # SKIP python3-phonenumbers not installed"
	exit 0
fi

cmd=${STEWARD:-$top_builddir/steward}
exec "$PY" "$top_srcdir/tests/integration/phone-accuracy.py" steward "$cmd"
