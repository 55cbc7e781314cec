#!/bin/bash
# demo.sh -- build Steward, start a throwaway PostgreSQL, load synthetic
# cross-border customers with planted defects, run a full scan and write
# the findings.  Everything lands in ./demo-out (or $DEMO_DIR).
#
#   contrib/demo.sh [--rows N] [--seed S] [--keep]
#
# --keep leaves the PostgreSQL server running so that you can explore
# with `_build/steward findings -c demo-out/steward.conf`.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
rows=100000
seed=1
keep=0
while [ $# -gt 0 ]; do
	case $1 in
	--rows) rows=$2; shift 2 ;;
	--seed) seed=$2; shift 2 ;;
	--keep) keep=1; shift ;;
	*) echo "usage: contrib/demo.sh [--rows N] [--seed S] [--keep]" >&2; exit 2 ;;
	esac
done
out=${DEMO_DIR:-$top/demo-out}

step() { printf '\n== %s\n' "$*"; }

step "installing build dependencies"
sh "$top/contrib/install-deps.sh"

step "building steward"
cd "$top"
[ -x configure ] || autoreconf -fi >/dev/null
mkdir -p _build
if [ ! -f _build/Makefile ]; then
	[ -f Makefile ] && make -s distclean >/dev/null 2>&1
	(cd _build && ../configure -q)
fi
make -s -C _build -j"$(nproc)" steward >/dev/null
steward=$top/_build/steward

# The server's files live under /tmp: the postgres user must reach them,
# and it cannot reach a checkout under /root.
pgdir=${DEMO_PGDIR:-/tmp/steward-demo-pg}
step "starting a throwaway PostgreSQL in $pgdir"
. "$top/tests/lib/pg.sh"
if [ -f "$pgdir/data/postmaster.pid" ]; then
	pg_as_owner "$(pg_bindir)/pg_ctl" -D "$pgdir/data" -m fast -w stop \
		>/dev/null 2>&1 || true
fi
rm -rf "$out" "$pgdir"
mkdir -p "$out"
pg_start "$pgdir"
if [ "$keep" = 0 ]; then
	trap pg_stop EXIT
fi

step "generating $rows synthetic customers (seed $seed) and loading them"
python3 "$top/contrib/gen-customers.py" --schema | psql -X -q -v ON_ERROR_STOP=1
SECONDS=0
python3 "$top/contrib/gen-customers.py" --rows "$rows" --seed "$seed" \
	--truth "$out/ground-truth.tsv" |
	psql -X -q -v ON_ERROR_STOP=1 -c "COPY customers FROM STDIN"
psql -X -q -c "ANALYZE customers"
printf 'loaded %s rows in %ss; planted defects: %s (ground truth in %s)\n' \
	"$(psql -X -A -t -c 'SELECT count(*) FROM customers')" "$SECONDS" \
	"$(($(wc -l <"$out/ground-truth.tsv") - 1))" "$out/ground-truth.tsv"

sed -e "s|@CONNINFO@|$STEWARD_CONNINFO|" -e "s|@TOP@|$top|" \
	"$top/contrib/demo/steward.conf.in" >"$out/steward.conf"

step "checking the configuration"
"$steward" check -c "$out/steward.conf"

# The generator's data is relative to its fixed reference instant, so time
# limits (stale, consent, opt-out, age) are judged as at that instant.
asof=2026-11-01
step "running a full scan as at $asof (dry-run: only Steward's own schema is written)"
"$steward" scan -c "$out/steward.conf" --as-of "$asof"

step "writing the findings"
run=$(psql -X -A -t -c "SELECT max(id) FROM steward.runs WHERE status = 'done'")
mkdir -p "$out/reports/run-$run"
"$steward" findings -c "$out/steward.conf" --format csv >"$out/reports/run-$run/findings.csv"
"$steward" findings -c "$out/steward.conf" --format json >"$out/reports/run-$run/findings.json"
"$steward" findings -c "$out/steward.conf" >"$out/reports/run-$run/findings.txt"
python3 "$top/tests/integration/check-truth.py" "$out/ground-truth.tsv" \
	"$out/reports/run-$run/findings.csv" >"$out/reports/run-$run/ground-truth-check.txt" &&
python3 "$top/tests/integration/check-truth.py" --by-jurisdiction \
	--checks stale,consent_expired,consent_no_evidence,optout_not_honoured,optout_pending,minor_with_consent,data_localization \
	"$out/ground-truth.tsv" "$out/reports/run-$run/findings.csv" \
	>>"$out/reports/run-$run/ground-truth-check.txt" &&
	truth="every planted field and compliance defect found, per jurisdiction, nothing else" ||
	truth="MISMATCH with the ground truth, see ground-truth-check.txt"

cat <<SUMMARY

Done.
  findings:     $out/reports/run-$run/findings.{csv,json,txt}
  ground truth: $truth
  config:       $out/steward.conf
SUMMARY
if [ "$keep" = 1 ]; then
	cat <<KEEP
  PostgreSQL is still running (socket in $pgdir):
    _build/steward findings -c $out/steward.conf --check email_malformed
    PGHOST=$pgdir PGUSER=steward psql crm
  stop it with: runuser -u postgres -- $(pg_bindir)/pg_ctl -D $pgdir/data stop
KEEP
fi
