#!/bin/bash
# replay.sh -- run the fuzz targets over their corpora (tests/fuzz/corpus),
# one TAP line per input.  A crash, an abort or a sanitizer report fails.
: "${top_srcdir:=$(dirname "$0")/../..}"
: "${top_builddir:=$top_srcdir}"
# A target without a corpus fails (one line for it): an empty or missing
# corpus would otherwise be "1..0", a skip, with nothing replayed.
files=()
for t in cfgparse copy email phone country postal name birthdate mxdomain; do
	k=${#files[@]}
	for f in "$top_srcdir"/tests/fuzz/corpus/$t/*; do
		[ -e "$f" ] || continue
		files+=("$t:$f")
	done
	[ "${#files[@]}" -gt "$k" ] || files+=("$t:")
done
echo "1..${#files[@]}"
n=0
for tf in "${files[@]}"; do
	n=$((n + 1))
	t=${tf%%:*}
	f=${tf#*:}
	if [ -z "$f" ]; then
		echo "not ok $n - $t: no corpus in tests/fuzz/corpus/$t"
		continue
	fi
	if "$top_builddir/tests/fuzz/replay_$t" "$f" >/dev/null 2>"$top_builddir/tests/fuzz/replay.err"; then
		echo "ok $n - $t $(basename "$f")"
	else
		echo "not ok $n - $t $(basename "$f")"
		sed 's/^/# /' "$top_builddir/tests/fuzz/replay.err" | head -n 30
	fi
done
rm -f "$top_builddir/tests/fuzz/replay.err"
