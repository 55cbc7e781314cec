#!/bin/bash
# style.sh -- house-style checks that need no database (TAP).
#
#  - no banned C functions (STYLE.md bullet 13) in daemon/ rules/
#    validators/ notifiers/ lib/;
#  - every option of the tables in daemon/conf.c, and every logical field
#    of lib/record.c, is documented in doc/steward.conf.5 (as an .It
#    entry) and shown in contrib/steward.conf (bullet 33);
#  - every command of the commands[] table in daemon/main.c has an .It Cm
#    entry in doc/steward.8 (bullet 40);
#  - both man pages pass `mandoc -T lint`, when mandoc is installed;
#  - includes stay on their floor (doc/HACKING.md): lib/ < validators/ <
#    rules/ < notifiers/ < daemon/, each folder includes only its own
#    floor and those below, every include names its folder, only the CLI
#    (daemon/main.c, cli.c, cmd_*.c) includes the CLI, and no two modules
#    (x.c with x.h) include each other.
#
# Run from anywhere: top_srcdir=/path/to/steward bash tests/style.sh

set -u
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
cd "$top_srcdir" || { echo "Bail out! cannot cd to $top_srcdir"; exit 1; }

CONF_C=daemon/conf.c
RECORD_C=lib/record.c
MAIN_C=daemon/main.c
MAN5=doc/steward.conf.5
MAN8=doc/steward.8
SAMPLE=contrib/steward.conf
BANNED="sprintf strcpy strcat strtok strncpy sscanf atoi gets"

for f in "$CONF_C" "$RECORD_C" "$MAIN_C"; do
	[ -r "$f" ] || { echo "Bail out! $f not found under $top_srcdir"; exit 1; }
done

# Option names: the O("name", ...) entries of conf.c's option tables.
options=$(sed -n 's/^[[:space:]]*O("\([A-Za-z0-9_]*\)".*/\1/p' "$CONF_C")
# Logical field names: the [FIELD_X] = "name" entries of record.c.
fields=$(sed -n 's/^[[:space:]]*\[FIELD_[A-Z_]*\][[:space:]]*=[[:space:]]*"\([a-z0-9_]*\)".*/\1/p' "$RECORD_C")
# Command names: { "name", cmd_... entries of main.c's commands[] table.
commands=$(sed -n '/^static const struct command commands\[\]/,/^};/s/^[[:space:]]*{[[:space:]]*"\([a-z0-9-]*\)",[[:space:]]*cmd_.*/\1/p' "$MAIN_C")

n_opt=$(printf '%s\n' $options | grep -c .)
n_fld=$(printf '%s\n' $fields | grep -c .)
n_cmd=$(printf '%s\n' $commands | grep -c .)

plan=$((1 + 1 + 2 + 3 + 2 * (n_opt + n_fld) + n_cmd + 3))
echo "1..$plan"

N=0
FAILED=0
pass() { N=$((N + 1)); echo "ok $N - $1"; }
fail() { N=$((N + 1)); echo "not ok $N - $1"; FAILED=$((FAILED + 1)); }
skip() { N=$((N + 1)); echo "ok $N - # SKIP $1"; }
diag() { sed 's/^/#   /'; }

# 1. Banned functions.  Comments and string literals are blanked first (line
# numbers kept), so "never call sprintf()" in a comment is not a call.
# \b keeps snprintf, vsnprintf and fgets out of the match.
strip_c() {
	perl -0777 -pe '
		s{ (/\*.*?\*/) | (//[^\n]*) | ("(?:\\.|[^"\\\n])*") | (\x27(?:\\.|[^\x27\\\n])*\x27) }
		 { my $m = $&; defined $1 || defined $2 ? $m =~ s/[^\n]//gr
		   : substr($m, 0, 1) . ($m =~ s/[^\n]//gr) . substr($m, 0, 1) }gsex' "$1"
}
re="\\b($(echo $BANNED | tr ' ' '|'))[[:space:]]*\\("
hits=""
files=$(find lib daemon rules validators notifiers -name '*.c' 2>/dev/null | sort)
for f in $files; do
	if command -v perl >/dev/null 2>&1; then
		# Report the original line, not the blanked one.
		h=$(strip_c "$f" | grep -nE "$re" | cut -d: -f1 |
		    while read -r n; do
			printf '%s:%s: %s\n' "$f" "$n" "$(sed -n "${n}p" "$f")"
		    done)
	else
		h=$(grep -nE "$re" "$f" | sed "s|^|$f:|")
	fi
	[ -n "$h" ] && hits="$hits$h"$'\n'
done
if [ -z "$files" ]; then
	fail "no banned functions ($BANNED): no C files found"
elif [ -z "$hits" ]; then
	pass "no banned functions ($BANNED) in $(echo $files | wc -w) C files"
else
	fail "no banned functions ($BANNED)"
	printf '%s' "$hits" | diag
fi

# 1b. No process-wide zone switching once threads may run (issue 19):
# setenv, unsetenv, putenv and tzset race with getenv() in libpq and
# libcurl.  Zones go through ICU (validators/calendar.c).  Only main(),
# before any thread starts, may set the environment.
re_env='\b(setenv|unsetenv|putenv|tzset)[[:space:]]*\('
hits=""
for f in $files; do
	[ "$f" = "$MAIN_C" ] && continue
	if command -v perl >/dev/null 2>&1; then
		h=$(strip_c "$f" | grep -nE "$re_env" | sed "s|^|$f:|")
	else
		h=$(grep -nE "$re_env" "$f" | sed "s|^|$f:|")
	fi
	[ -n "$h" ] && hits="$hits$h"$'\n'
done
if [ -z "$hits" ]; then
	pass "no setenv/unsetenv/putenv/tzset outside main() (threads read the environment)"
else
	fail "no setenv/unsetenv/putenv/tzset outside main()"
	printf '%s' "$hits" | diag
fi

# 1c. The floors.  One awk pass prints BAD lines for includes that climb
# (or name no folder) and EDGE lines, module to module, for the pairs.
floors=$(find lib validators rules notifiers daemon -name '*.[ch]' 2>/dev/null | sort)
inc=$(awk '
	BEGIN { fl["lib"] = 0; fl["validators"] = 1; fl["rules"] = 2
		fl["notifiers"] = 3; fl["daemon"] = 4 }
	/^[ \t]*#[ \t]*include[ \t]*"/ {
		h = $0; sub(/^[^"]*"/, "", h); sub(/".*/, "", h)
		if (h == "config.h")
			next
		dir = FILENAME; sub(/\/.*/, "", dir)
		mod = FILENAME; sub(/\.[ch]$/, "", mod)
		where = FILENAME ":" FNR ": #include \"" h "\""
		if (index(h, "/") == 0) {
			print "BAD " where ": name its folder (" dir "/" h ")"
			next
		}
		top = h; sub(/\/.*/, "", top)
		if (!(top in fl))
			print "BAD " where ": " top "/ is not a floor"
		else if (fl[top] > fl[dir])
			print "BAD " where ": " dir "/ may not include " top \
			    "/, a floor above it"
		else if (h ~ /^daemon\/(cli|cmd_[a-z_]*)\.h$/ &&
		    FILENAME !~ /^daemon\/(main|cli|cmd_[a-z_]*)\.c$/)
			print "BAD " where ": only the CLI includes the CLI"
		m = h; sub(/\.h$/, "", m)
		if (m != mod)
			print "EDGE " mod " " m
	}' $floors)
bad=$(printf '%s\n' "$inc" | sed -n 's/^BAD //p')
if [ -z "$floors" ]; then
	fail "includes stay on their floor: no C files found"
elif [ -z "$bad" ]; then
	pass "includes stay on their floor in $(echo $floors | wc -w) files (lib < validators < rules < notifiers < daemon)"
else
	fail "includes stay on their floor (lib < validators < rules < notifiers < daemon)"
	printf '%s\n' "$bad" | diag
fi
edges=$(printf '%s\n' "$inc" | sed -n 's/^EDGE //p' | sort -u)
mutual=$(printf '%s\n' "$edges" | awk 'NF == 2 {
	if (($2 " " $1) in e)
		print ($1 < $2 ? $1 " <-> " $2 : $2 " <-> " $1)
	e[$1 " " $2] = 1 }')
if [ -z "$edges" ]; then
	fail "no two modules include each other: no includes found"
elif [ -z "$mutual" ]; then
	pass "no two modules include each other ($(printf '%s\n' "$edges" | wc -l) includes between modules)"
else
	fail "no two modules include each other"
	printf '%s\n' "$mutual" | diag
fi

# 2. The tables were found at all (a changed layout must not pass silently).
[ "$n_opt" -gt 0 ] && pass "found $n_opt options in $CONF_C" ||
	fail "found no O(\"name\", ...) options in $CONF_C"
[ "$n_fld" -gt 0 ] && pass "found $n_fld logical fields in $RECORD_C" ||
	fail "found no [FIELD_X] = \"name\" entries in $RECORD_C"
[ "$n_cmd" -gt 0 ] && pass "found $n_cmd commands in $MAIN_C" ||
	fail "found no commands[] entries in $MAIN_C"

# 3. Options and fields: an .It entry in the man page (Ic or Cm), and a
# mention, commented out or not, in the sample configuration.
in_man5() {
	[ -r "$MAN5" ] &&
	    grep -Eq "^\\.It[[:space:]]+(Ic|Cm)[[:space:]]+$1([[:space:]]|\$)" "$MAN5"
}
in_sample() {
	[ -r "$SAMPLE" ] &&
	    grep -Eq "^[[:space:]]*#?[[:space:]]*$1([[:space:]]|\$)" "$SAMPLE"
}
for name in $options; do
	in_man5 "$name" && pass "option $name is documented in $MAN5" ||
		fail "option $name is documented in $MAN5 (.It Ic $name)"
	in_sample "$name" && pass "option $name is in $SAMPLE" ||
		fail "option $name is in $SAMPLE"
done
for name in $fields; do
	in_man5 "$name" && pass "map field $name is documented in $MAN5" ||
		fail "map field $name is documented in $MAN5 (.It Ic $name)"
	in_sample "$name" && pass "map field $name is in $SAMPLE" ||
		fail "map field $name is in $SAMPLE"
done

# 4. Commands: an .It Cm entry in steward(8).
for name in $commands; do
	if [ -r "$MAN8" ] &&
	    grep -Eq "^\\.It[[:space:]]+Cm[[:space:]]+$name([[:space:]]|\$)" "$MAN8"; then
		pass "command $name is documented in $MAN8"
	else
		fail "command $name is documented in $MAN8 (.It Cm $name)"
	fi
done

# 5. mandoc -T lint.  Style messages are reported but only fail the test
# when they are not about cross-references to manuals that are not
# installed on this machine (steward.conf(5) while building, for one).
for page in "$MAN8" "$MAN5" doc/steward.rules.5; do
	if ! command -v mandoc >/dev/null 2>&1; then
		skip "mandoc not installed"
		continue
	fi
	if [ ! -r "$page" ]; then
		fail "mandoc -T lint $page: file missing"
		continue
	fi
	out=$(mandoc -T lint -W style "$page" 2>&1 |
	    grep -v -e 'referenced manual not found' -e 'mandoc\.db')
	if [ -z "$out" ]; then
		pass "mandoc -T lint $page"
	else
		fail "mandoc -T lint $page"
		printf '%s\n' "$out" | diag
	fi
done

[ "$N" -eq "$plan" ] || echo "# planned $plan tests but ran $N"
[ "$FAILED" -eq 0 ]
