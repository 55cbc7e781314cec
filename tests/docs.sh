#!/bin/bash
# docs.sh -- the manuals say what the program does (issue 18, item 19):
# every command of `steward help` and every long option of its usage
# line is in the SYNOPSIS of steward(8); every top-level statement the
# configuration accepts is in the list of steward.conf(5) OPTIONS, and
# every block has its section; README names every -dev package that
# contrib/install-deps.sh installs; CAVEATS does not deny what exists.
# No database needed.
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
: "${STEWARD:=$top_builddir/steward}"
MAN8=$top_srcdir/doc/steward.8
MAN5=$top_srcdir/doc/steward.conf.5
n=0
failed=0
out=
check() {	# check DESCRIPTION COMMAND...
	local what=$1
	shift
	n=$((n + 1))
	if "$@" >/dev/null 2>&1; then
		out+="ok $n - $what"$'\n'
	else
		out+="not ok $n - $what"$'\n'
		failed=$((failed + 1))
	fi
}
section() {	# section MAN ".Sh NAME": the lines up to the next .Sh
	awk -v h="$2" '$0 == h { on = 1; next } on && /^\.Sh / { exit } on' "$1"
}
synopsis=$(section "$MAN8" ".Sh SYNOPSIS")
commands=$("$STEWARD" help 2>&1 | awk '/^commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }')
for c in $commands; do
	check "steward(8) SYNOPSIS has command $c" grep -qx "\\.Cm $c" <<<"$synopsis"
	usage=$("$STEWARD" help "$c" 2>&1 | sed -n 's/^usage: //p')
	for o in $(grep -oE -- '--[a-z][a-z-]*' <<<"$usage" | sort -u); do
		esc=$(sed 's/-/\\\\-/g' <<<"${o#-}")
		check "steward(8) SYNOPSIS has $c $o" grep -qE "Fl $esc( |\$)" <<<"$synopsis"
	done
done
# The statements conf.c accepts at the top level, from its error message.
stmts=$(tr -d '\n\t' <"$top_srcdir/daemon/conf.c" | grep -o 'unknown statement[^;]*' | head -n 1 |
	sed -e 's/.*(expected //' -e 's/)".*//' -e 's/" *"//g' -e 's/,/ /g' -e 's/ or / /')
options=$(section "$MAN5" ".Sh OPTIONS" | awk '/^\.Ss/ { exit } { print }')
check "conf.c's list of statements was found ($(wc -w <<<"$stmts"))" test "$(wc -w <<<"$stmts")" -ge 10
for s in $stmts; do
	check "steward.conf(5) OPTIONS lists $s" grep -qE "^\\.Ic $s( |\$)" <<<"$options"
done
for s in $stmts; do
	case $s in mode|check|jurisdiction|duplicates|include) continue ;; esac
	check "steward.conf(5) has a section The $s block" grep -qx "\\.Ss The $s block" "$MAN5"
done
for p in $(grep -oE 'lib[a-z0-9.+-]*-dev' "$top_srcdir/contrib/install-deps.sh" | sort -u); do
	check "README names $p" grep -q -- "$p" "$top_srcdir/README.md"
done
caveats=$(section "$MAN8" ".Sh CAVEATS")
check "CAVEATS does not deny cron schedules, incremental scans or LISTEN" \
	sh -c '! printf "%s" "$1" | tr "\n" " " | grep -Eqi "no cron|no incremental|no near-real-time"' _ "$caveats"
printf '1..%d\n%s' "$n" "$out"
[ "$failed" -eq 0 ]
