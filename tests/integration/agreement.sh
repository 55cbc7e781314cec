#!/bin/bash
# agreement.sh -- the email, phone and postal validators against public
# references (TAP): isemail's and python-email-validator's test suites,
# libphonenumber, Google's address metadata.  The sets are committed in
# tests/agreement/ (made by make-sets.py), so this runs offline; each
# validator must agree on at least 99.5 % of its cases.  The values go
# through tests/agreement/judge, which links the validators directly.

set -u
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$top_srcdir}"

PY=$(command -v python3 || true)
if [ -z "$PY" ]; then
	echo "1..0 # SKIP python3 not installed"
	exit 0
fi
judge=$top_builddir/tests/agreement/judge
if ! [ -x "$judge" ]; then
	echo "1..0 # SKIP $judge not built (make check builds it)"
	exit 0
fi
exec "$PY" "$top_srcdir/tests/agreement/score.py" --tap --min 99.5 \
    "$judge" "$top_srcdir/tests/agreement"
