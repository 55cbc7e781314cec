#!/bin/bash
# cli.sh -- the command line: version, help, usage errors, exit codes.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 16

out=$("$STEWARD" --version); rc=$?
is "$rc" 0 "--version exits 0"
like "$out" "^steward [0-9]+\.[0-9]+\.[0-9]+ \(libpq [0-9]+, pcre2 10\.[0-9]+" "--version names the libraries"
out=$("$STEWARD" help); rc=$?
is "$rc" 0 "help exits 0"
is "$(printf '%s\n' "$out" | grep -cE '^  (check|scan|findings|migrate|help|version) ')" 6 "help lists every command"
out=$("$STEWARD" help scan)
like "$out" "usage: steward scan \[-c FILE\] \[--incremental \| --key KEY ...\] \[--as-of TIME\]" "help scan shows its usage"
out=$("$STEWARD" scan --help)
like "$out" "usage: steward scan" "scan --help shows the same"
"$STEWARD" >/dev/null 2>&1; is "$?" 2 "no command: exit 2"
"$STEWARD" frobnicate >/dev/null 2>&1; is "$?" 2 "unknown command: exit 2"
"$STEWARD" scan --bogus >/dev/null 2>&1; is "$?" 2 "unknown option: exit 2"
"$STEWARD" findings --status maybe >/dev/null 2>&1; is "$?" 2 "bad --status: exit 2"
"$STEWARD" findings --format xml >/dev/null 2>&1; is "$?" 2 "bad --format: exit 2"
"$STEWARD" help frobnicate >/dev/null 2>&1; is "$?" 2 "help for an unknown command: exit 2"
out=$("$STEWARD" check -c "$T_DIR/nope.conf" 2>&1); rc=$?
is "$rc" 3 "missing config file: exit 3"
like "$out" "nope.conf: error: cannot open '.*nope.conf': No such file or directory" "and says which file"
out=$(STEWARD_CONFIG=$T_DIR/env.conf "$STEWARD" check 2>&1)
like "$out" "env.conf" "STEWARD_CONFIG chooses the file"
out=$(STEWARD_CONFIG=$T_DIR/env.conf "$STEWARD" -c "$T_DIR/flag.conf" check 2>&1)
like "$out" "flag.conf" "-c before the command wins over STEWARD_CONFIG"
