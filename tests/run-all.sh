#!/bin/bash
# run-all.sh -- install what is needed, build, and run the whole test
# suite in four stages: `make check` with warnings as errors, the unit
# tests again under valgrind, `make check` again under ASan+UBSan, and
# `make distcheck` (the release tarball builds and passes its own tests).
#
# Every stage's exit status counts, and so does every test it should have
# run and did not.  The summary (tests/lib/tap-summary.py) gives each
# stage's passed / failed / skipped, then counts each assertion once:
# the valgrind, sanitizer and distcheck stages repeat assertions of the
# first stage, they add none.  A skip fails the run unless
# tests/skips.allow lists it with its reason.  The last line is
# "N passed, N failed, N skipped"; the exit status is non-zero on any
# failure.  Logs are in test-logs/.
#
# To try a change quickly, RUN_ALL_STAGES="check valgrind" runs only the
# stages named and RUN_ALL_TESTS="tests/unit/test_dedup tests/style.sh"
# only those tests; the summary then says the run was restricted.  CI
# sets neither.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
log=$top/test-logs
rm -rf "$log"
mkdir -p "$log"
stages=${RUN_ALL_STAGES:-check valgrind sanitizers distcheck deb}
summary=("$top/tests/lib/tap-summary.py" --allow "$top/tests/skips.allow")
export AM_COLOR_TESTS=no

# The Febrl sets live beside the tree, not in it; hand their place to the
# tests by an absolute path, so that distcheck's copy of the tree finds
# them too (without them febrl.sh skips, which fails the run).
if [ -z "${SHARED_DIR:-}" ] && [ -d "$top/../shared/data" ]; then
	SHARED_DIR=$(cd "$top/../shared" && pwd)
	export SHARED_DIR	# dedup-sets.sh: Chicago and Febrl
fi
if [ -z "${FEBRL_DIR:-}" ] && [ -d "$top/../shared/data/febrl" ]; then
	FEBRL_DIR=$(cd "$top/../shared/data/febrl" && pwd)
	export FEBRL_DIR
fi

# step NAME COMMAND...: run, log to test-logs/NAME.log, keep the status.
step() {
	local name=$1 start rc
	shift
	start=$(date +%s)
	printf '== %s ' "$name"
	"$@" >"$log/$name.log" 2>&1
	rc=$?
	echo "$rc" >"$log/$name.status"
	echo "(exit $rc, $(($(date +%s) - start)) s)"
	if [ "$rc" -ne 0 ]; then
		echo "   last lines of $log/$name.log:"
		tail -n 25 "$log/$name.log" | sed 's/^/   | /'
	fi
	return "$rc"
}

# A build that breaks before any test: one failure, nothing else counted.
broken() {
	echo
	echo "logs in $log"
	echo "0 passed, 1 failed, 0 skipped"
	exit 1
}

sh contrib/install-deps.sh --tests || broken

# Out-of-tree builds, so the plain and the sanitizer build can coexist.
# A tree configured in place (an old habit) would refuse them: clean it.
[ -f Makefile ] && make -s distclean >/dev/null 2>&1
rm -rf _build-test _build-san
mkdir _build-test _build-san
step bootstrap sh -c 'autoreconf -fi && cd _build-test && ../configure --enable-werror' || broken
step build make -C _build-test -j"$(nproc)" || broken

# Every make that runs tests has -Otarget: under -j two tests' result
# lines would otherwise interleave mid-line and be lost to the count (the
# summary checks its count against automake's "# TOTAL:" lines).
#
# The tests each stage must run: all of TESTS; for valgrind the unit test
# programs.  Without cmocka there are none, and the valgrind stage fails.
make -s -C _build-test print-tests | tr ' ' '\n' | sed '/^$/d' >"$log/tests.list"
only=()
if [ -n "${RUN_ALL_TESTS:-}" ]; then
	printf '%s\n' $RUN_ALL_TESTS >"$log/tests.list"
	only=(TESTS="$RUN_ALL_TESTS")
fi
grep '^tests/unit/test_' "$log/tests.list" >"$log/unit-tests.list"

for s in $stages; do
	case $s in
	check)
		# 1. The suite, warnings as errors.
		step check make -C _build-test -j"$(nproc)" -Otarget check "${only[@]}"
		cp _build-test/test-suite.log "$log/check-test-suite.log" 2>/dev/null
		summary+=(--stage check "$log/check.log" "$(cat "$log/check.status")" "$log/tests.list")
		;;
	valgrind)
		# 2. The unit tests under valgrind: the same assertions, and
		# any leak or memory error makes the program exit 99.
		vg=()
		[ -n "${RUN_ALL_TESTS:-}" ] && vg=(UNIT_TESTS="$(tr '\n' ' ' <"$log/unit-tests.list")")
		step valgrind make -C _build-test -j"$(nproc)" -Otarget check-valgrind "${vg[@]}"
		summary+=(--stage valgrind "$log/valgrind.log" "$(cat "$log/valgrind.status")" "$log/unit-tests.list")
		;;
	sanitizers)
		# 3. The same suite under AddressSanitizer and UBSan.
		if step sanitizers-build sh -c 'cd _build-san && ../configure --enable-sanitizers --enable-werror && make -j2'; then
			ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
				step sanitizers make -C _build-san -j"$(nproc)" -Otarget check "${only[@]}"
			cp _build-san/test-suite.log "$log/sanitizers-test-suite.log" 2>/dev/null
			summary+=(--stage sanitizers "$log/sanitizers.log" "$(cat "$log/sanitizers.status")" "$log/tests.list")
		else
			summary+=(--stage sanitizers "$log/sanitizers-build.log" "$(cat "$log/sanitizers-build.status")" "$log/tests.list")
		fi
		;;
	distcheck)
		# 4. The release tarball builds, installs and passes its own
		# tests; what it skips is listed by name below.
		step distcheck make -C _build-test -j"$(nproc)" -Otarget distcheck "${only[@]}"
		summary+=(--stage distcheck "$log/distcheck.log" "$(cat "$log/distcheck.status")" "$log/tests.list")
		;;
	deb)
		# 5. The Debian package builds, is lintian clean of errors,
		# installs into a throwaway root and runs `steward check`.  Its
		# TAP is written the way automake reports it, for the summary.
		echo tests/deb.sh >"$log/deb-tests.list"
		step deb-run bash tests/deb.sh "$top/_build-deb"
		awk '/^ok / { n++; sub(/^ok /, ""); print "PASS: tests/deb.sh " $0 }
		    /^not ok / { n++; sub(/^not ok /, ""); print "FAIL: tests/deb.sh " $0 }
		    END { print "# TOTAL: " n + 0 }' "$log/deb-run.log" >"$log/deb.log"
		summary+=(--stage deb "$log/deb.log" "$(cat "$log/deb-run.status")" "$log/deb-tests.list")
		;;
	*)
		echo "run-all.sh: unknown stage $s" >&2
		broken
		;;
	esac
done

echo
echo "logs in $log"
if [ -n "${RUN_ALL_STAGES:-}${RUN_ALL_TESTS:-}" ]; then
	echo "A restricted run: stages ${stages}; tests ${RUN_ALL_TESTS:-all}."
fi
python3 "${summary[@]}" | tee "$log/summary.txt"
