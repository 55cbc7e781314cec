#!/bin/bash
# run-all.sh -- install what is needed, build, and run the whole test
# suite: `make check` with warnings as errors, the unit tests under
# valgrind, `make check` again under ASan+UBSan, and `make distcheck`.
# Ends with the line "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
passed=0
failed=0
log=$top/test-logs
rm -rf "$log"
mkdir -p "$log"

# count_suite LOGFILE: add automake's "# PASS:" and "# FAIL:" totals.
count_suite() {
	local p f
	p=$(awk '/^# PASS:/ { s += $3 } END { print s + 0 }' "$1")
	f=$(awk '/^# (FAIL|XPASS|ERROR):/ { s += $3 } END { print s + 0 }' "$1")
	passed=$((passed + p))
	failed=$((failed + f))
	echo "   $p passed, $f failed"
}

step() {
	local name=$1
	shift
	echo "== $name"
	if ! "$@" >"$log/$name.log" 2>&1; then
		echo "   FAILED (last lines of $log/$name.log):"
		tail -n 40 "$log/$name.log" | sed 's/^/   | /'
		return 1
	fi
}

sh contrib/install-deps.sh --tests || exit 1

# Out-of-tree builds, so the plain and the sanitizer build can coexist.
# A tree configured in place (an old habit) would refuse them: clean it.
[ -f Makefile ] && make -s distclean >/dev/null 2>&1
rm -rf _build-test _build-san
mkdir _build-test _build-san
if ! step bootstrap sh -c 'autoreconf -fi && cd _build-test && ../configure --enable-werror'; then
	echo "0 passed, 1 failed"
	exit 1
fi
if ! step build make -C _build-test -j"$(nproc)"; then
	echo "0 passed, 1 failed"
	exit 1
fi

# 1. The suite, warnings as errors.
step check make -C _build-test -j"$(nproc)" check
count_suite "$log/check.log"
[ -f _build-test/test-suite.log ] && cp _build-test/test-suite.log "$log/check-test-suite.log"

# 2. Unit tests under valgrind: no errors, no leaks.
if step valgrind make -C _build-test check-valgrind; then
	n=$(grep -c '^ok - valgrind' "$log/valgrind.log")
	passed=$((passed + n))
	echo "   $n passed, 0 failed"
else
	failed=$((failed + 1))
	echo "   0 passed, 1 failed"
fi

# 3. The same suite under AddressSanitizer and UndefinedBehaviorSanitizer.
if step sanitizers-build sh -c 'cd _build-san && ../configure --enable-sanitizers --enable-werror && make -j2'; then
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
		step sanitizers make -C _build-san -j"$(nproc)" check
	count_suite "$log/sanitizers.log"
	[ -f _build-san/test-suite.log ] && cp _build-san/test-suite.log "$log/sanitizers-test-suite.log"
else
	failed=$((failed + 1))
	echo "   0 passed, 1 failed"
fi

# 4. The release tarball builds, installs and passes its own tests.
if step distcheck make -C _build-test -j"$(nproc)" distcheck; then
	passed=$((passed + 1))
	echo "   1 passed, 0 failed"
else
	failed=$((failed + 1))
	echo "   0 passed, 1 failed"
fi

echo
echo "logs in $log"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
