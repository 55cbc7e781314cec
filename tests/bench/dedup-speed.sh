#!/bin/bash
# dedup-speed.sh -- duplicate detection at scale: `steward scan` with only
# a duplicates rule, against `COPY customers TO STDOUT` and against the
# SQL a user would write instead (a pg_trgm / fuzzystrmatch self-join over
# blocking keys), on the same data in the same run, with the pairwise
# precision, recall and F1 of both against the generator's ground truth.
#
#   tests/bench/dedup-speed.sh [--steward-only] [--sql-timeout MIN]
#                              [--keep DIR] [ROWS...]  (default 1000000)
#
# Uses $STEWARD, or _build/steward (contrib/demo.sh builds it), and the
# rule file $RULES, or tests/rules/people-dup.rules.  --steward-only skips
# the SQL baseline (for 10M rows, where its blocks are too large to
# finish).  --keep DIR keeps the server and one loaded database per size
# (crm_ROWS, truth in DIR/truth_ROWS.tsv) in DIR, and reuses them on the
# next run: loading 10M rows takes longer than scanning them.  Each scan
# is still a first scan (Steward's schema is dropped before it).
# --sql-timeout (default 30 minutes) is the server-side
# statement_timeout of the SQL baseline; a timeout is reported, not
# hidden.  Needs /usr/bin/time (package time) and room under /tmp: the
# table alone is 190 MB per million rows.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
steward=${STEWARD:-$top/_build/steward}
rules=${RULES:-$top/tests/rules/people-dup.rules}
sql=yes
sql_timeout=30
keep=
while [ $# -gt 0 ]; do
	case $1 in
	--steward-only) sql=no; shift ;;
	--keep) keep=$2; shift 2 ;;
	--sql-timeout) sql_timeout=$2; shift 2 ;;
	--) shift; break ;;
	-*) echo "usage: $0 [--steward-only] [--sql-timeout MIN] [--keep DIR] [ROWS...]" >&2; exit 2 ;;
	*) break ;;
	esac
done
[ $# -gt 0 ] || set -- 1000000
[ -x /usr/bin/time ] || { echo "$0: /usr/bin/time not found (apt-get install time)" >&2; exit 1; }
dir=$(mktemp -d /tmp/steward-dedup.XXXXXX)
chmod 755 "$dir"
. "$top/tests/lib/pg.sh"
trap 'pg_stop; rm -rf "$dir"' EXIT
if [ -z "$keep" ]; then
	pg_start "$dir/pg"
elif [ -d "$keep/pg/data" ]; then
	pg_resume "$keep/pg"
else
	mkdir -p "$keep"
	pg_start "$keep/pg"
fi
t_start=$(date +%s)

# Steward's address space is capped at three quarters of the machine's
# memory: a run that would need more fails with an allocation error
# instead of calling the OOM killer on the PostgreSQL server.
mem_kb=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo)
steward_as_kb=$((mem_kb / 4 * 3))

write_conf() {
cat >"$dir/dup.conf" <<CONF
database { conninfo "$STEWARD_CONNINFO"; schema "bench_dup" }
customers {
	table "customers"
	key "customer_id"
	map {
		first_name "given_name"
		last_name "family_name"
		email "email"
		phone "phone"
		country "country"
		postal_code "postcode"
		birth_date "birth_date"
		created_at "created_at"
		updated_at "updated_at"
		last_activity_at "last_activity_at"
	}
}
include "$rules"
CONF
"$steward" check -c "$dir/dup.conf" >/dev/null
}
write_conf

# The SQL baseline.  What a competent user writes without Steward:
# normalise once into a table the planner has statistics for (a CTE has
# none, and PostgreSQL then plans a cross join), block on three keys --
# the email in lower case, the last 9 digits of the phone (the national
# number without prefix or formatting), soundex of the family name with
# the year of birth -- as a UNION of hash joins (an OR in one join
# condition cannot hash), and score each candidate pair:
#
#   similarity(full names)                       0 .. 1  (pg_trgm)
#   + 1 if levenshtein(emails) <= 2                      (fuzzystrmatch)
#   + 1 if levenshtein(phone digits) <= 1
#   + 1 if the birth dates are equal
#
# A pair scoring 2.5 or more is a duplicate: the name alone (namesakes)
# or one shared identifier with a different name (a shared placeholder
# email) is not enough; one identifier and a birth date with a similar
# name, or two identifiers whatever the script of the name, are.  Empty
# soundex codes (names in Cyrillic, Chinese, Japanese) are not a key.
# work_mem is raised so the joins hash in memory; everything else is the
# server's default (JIT and parallel workers on).  No GIN trigram index
# with % over the names: with 30-odd given and family names per country
# a name's trigram neighbours are thousands of records, a worse block
# than soundex and year (reasoned, not measured).
cat >"$dir/baseline.sql" <<'SQL'
\set ON_ERROR_STOP on
SET work_mem = '256MB';
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
DROP TABLE IF EXISTS sql_keys, sql_pairs;
CREATE UNLOGGED TABLE sql_keys AS
	SELECT customer_id AS id,
	    lower(nullif(email, '')) AS em,
	    nullif(right(regexp_replace(phone, '\D', '', 'g'), 9), '') AS ph,
	    nullif(soundex(family_name), '') AS sx,
	    date_part('year', birth_date) AS yr,
	    birth_date AS bd,
	    coalesce(given_name, '') || ' ' || coalesce(family_name, '') AS nm
	FROM customers;
ANALYZE sql_keys;
CREATE UNLOGGED TABLE sql_pairs AS
WITH cand AS (
	SELECT a.id AS a, b.id AS b FROM sql_keys a JOIN sql_keys b
	    ON a.em = b.em AND a.id < b.id
	UNION
	SELECT a.id, b.id FROM sql_keys a JOIN sql_keys b
	    ON a.ph = b.ph AND a.id < b.id
	UNION
	SELECT a.id, b.id FROM sql_keys a JOIN sql_keys b
	    ON a.sx = b.sx AND a.yr = b.yr AND a.id < b.id)
SELECT x.id AS a, y.id AS b
FROM cand JOIN sql_keys x ON x.id = cand.a JOIN sql_keys y ON y.id = cand.b
WHERE similarity(x.nm, y.nm)
    + (coalesce(levenshtein(x.em, y.em), 99) <= 2)::int
    + (coalesce(levenshtein(x.ph, y.ph), 99) <= 1)::int
    + (coalesce(x.bd = y.bd, false))::int >= 2.5;
SQL

now() { date +%s%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
copy_once() {
	local t0
	t0=$(now)
	psql -X -q -c "COPY customers TO STDOUT" >/dev/null
	secs "$t0" "$(now)"
	echo
}

echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $((mem_kb / 1048576)) GB, PostgreSQL $(psql -X -A -t -c 'SHOW server_version')"
echo "steward: $steward ($("$steward" version 2>/dev/null | sed -n 1p))"
echo "rules: $rules (md5 $(md5sum <"$rules" | cut -c1-12)); $(awk '/^[[:space:]]*block/ { on = 1 } on { printf "%s", $0 } on && /]/ { exit }' "$rules" | tr -s ' \t' ' ')"
summary=$dir/summary
: >"$summary"

for rows in "$@"; do
	echo
	echo "== $rows rows"
	# A fresh database for each size, so sizes do not share statistics,
	# caches of Steward's schema or the SQL's tables; or with --keep,
	# the size's own database, loaded once.
	truth=$dir/truth.tsv
	if [ -n "$keep" ]; then
		truth=$keep/truth_$rows.tsv
		export PGDATABASE=crm_$rows
		STEWARD_CONNINFO="host=$PGHOST port=$PGPORT user=$PGUSER dbname=crm_$rows"
		write_conf
		psql -X -q -c "DROP SCHEMA IF EXISTS bench_dup CASCADE" \
			-c "DROP TABLE IF EXISTS sql_keys, sql_pairs" 2>/dev/null || true
	fi
	t0=$(now)
	if [ -n "$keep" ] && [ -s "$truth" ] && psql -X -q -c "SELECT 1" >/dev/null 2>&1; then
		echo "reusing database $PGDATABASE and $truth"
	else
		psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $PGDATABASE" -c "CREATE DATABASE $PGDATABASE"
		python3 "$top/contrib/gen-customers.py" --schema | psql -X -q
		python3 "$top/contrib/gen-customers.py" --rows "$rows" --seed 1 \
			--truth "$truth" | psql -X -q -c "COPY customers FROM STDIN"
		psql -X -q -c "VACUUM ANALYZE customers"
	fi
	echo "generated, loaded and analyzed in $(secs "$t0" "$(now)") s;" \
		"table $(psql -X -A -t -c "SELECT pg_size_pretty(pg_total_relation_size('customers'))")," \
		"$(grep -c $'\tduplicate\t' "$truth") planted duplicate records"

	copy_once >/dev/null	# warm the cache
	copy_t=$(for _ in 1 2 3; do copy_once; done | median)
	echo "COPY customers TO STDOUT > /dev/null: $copy_t s (median of 3)"

	# Steward: one first scan (it inserts a finding per cluster member),
	# as a user's first scan would.  -v for the per-stage debug lines.
	t0=$(now)
	rc=0
	(ulimit -v "$steward_as_kb"; exec /usr/bin/time -f '%e %M %U %S' -o "$dir/time" \
		"$steward" -v scan -q --no-deliver -c "$dir/dup.conf") \
		>"$dir/scan.out" 2>"$dir/scan.log" || rc=$?
	st_t=$(secs "$t0" "$(now)")
	st_rss=$(awk 'END { printf "%.0f", $2 / 1024 }' "$dir/time")
	st_cpu=$(awk 'END { printf "%.1f", $3 + $4 }' "$dir/time")
	grep -E 'duplicates people:|scan: ' "$dir/scan.log" | sed 's/^/  /' || true
	cat "$dir/scan.out"
	if [ "$rc" != 0 ]; then
		# Exit 4 may still have recorded the findings (only the actions
		# or reports failed): then the clusters are evaluated all the same.
		echo "steward scan exited $rc after $st_t s, peak RSS $st_rss MB:"
		grep -v 'steward: scan: \|duplicates people:' "$dir/scan.log" | tail -n 5 | sed 's/^/  /'
		st_t="$st_t (exit $rc)"
	fi
	st_merge="- - -"
	st_review="- - -"
	if "$steward" duplicates -c "$dir/dup.conf" --format csv >"$dir/dup.csv" 2>"$dir/dup.err"; then
		python3 "$top/tests/bench/dedup-eval.py" "$truth" --steward "$dir/dup.csv" \
			>"$dir/eval"
		sed 's/^/  P R F1 predicted-pairs true-pairs largest-cluster: /' "$dir/eval"
		st_merge=$(awk '$1 == "merge" { print $2, $3, $4 }' "$dir/eval")
		st_review=$(awk '$1 == "review" { print $2, $3, $4 }' "$dir/eval")
		# The largest clusters and what holds them together.
		# (Through a file: head closing a pipe would fail it under pipefail.)
		awk -F, 'NR > 1 { n[$1]++ } END { for (c in n) print n[c], c }' "$dir/dup.csv" |
			sort -rn >"$dir/sizes"
		head -n 3 "$dir/sizes" | while read -r n c; do
			keys=$(awk -F, -v c="$c" '$1 == c && k++ < 200 { print $2 }' "$dir/dup.csv" | paste -sd, -)
			echo "  cluster $c, $n members; its commonest email and phone among the first 200:" \
				"$(psql -X -A -t -c "SELECT (SELECT lower(email) || ' x' || count(*) FROM customers WHERE customer_id IN ($keys) GROUP BY lower(email) ORDER BY count(*) DESC LIMIT 1) || ', ' || (SELECT phone || ' x' || count(*) FROM customers WHERE customer_id IN ($keys) GROUP BY phone ORDER BY count(*) DESC LIMIT 1)")"
		done
	else
		sed 's/^/  /' "$dir/dup.err"
	fi
	echo "steward scan: $st_t s ($st_cpu s CPU), peak RSS $st_rss MB"

	sql_t=-
	sql_prf="- - -"
	if [ "$sql" = yes ]; then
		t0=$(now)
		if PGOPTIONS="-c statement_timeout=${sql_timeout}min" \
			psql -X -q -f "$dir/baseline.sql" >"$dir/sql.log" 2>&1; then
			sql_t=$(secs "$t0" "$(now)")
			psql -X -q -c "COPY sql_pairs TO STDOUT" >"$dir/sql_pairs.tsv"
			python3 "$top/tests/bench/dedup-eval.py" "$truth" \
				--pairs "$dir/sql_pairs.tsv" >"$dir/sql_eval"
			sed 's/^/  P R F1 predicted-pairs true-pairs largest-cluster: /' "$dir/sql_eval"
			sql_prf=$(awk '$1 == "pairs" { print $2, $3, $4 }' "$dir/sql_eval")
			echo "SQL baseline: $sql_t s"
		elif grep -q 'statement timeout' "$dir/sql.log"; then
			sql_t="> $sql_timeout min"
			echo "SQL baseline: cancelled by statement_timeout after $(secs "$t0" "$(now)") s"
		else
			sql_t=fail
			echo "SQL baseline failed:"
			sed 's/^/  /' "$dir/sql.log"
		fi
		psql -X -q -c "DROP TABLE IF EXISTS sql_keys, sql_pairs"
	fi
	printf '%s|%s|%s|%s|%s|%s|%s|%s|%s\n' "$rows" "$copy_t" "$st_t" "$st_rss" \
		"$st_merge" "$st_review" "$sql_t" "$sql_prf" "$st_cpu" >>"$summary"
done

echo
echo "rows | COPY s | steward s | steward/COPY | steward CPU s | µs per row | peak RSS MB | bytes per row | steward P/R/F1 merge | steward P/R/F1 review | SQL s | SQL P/R/F1 | SQL/steward"
echo "---|---|---|---|---|---|---|---|---|---|---|---|---"
while IFS='|' read -r rows copy_t st_t st_rss st_merge st_review sql_t sql_prf st_cpu; do
	per_row=$(awk -v t="${st_t%% *}" -v n="$rows" 'BEGIN { printf "%.1f", t * 1e6 / n }')
	per_rec=$(awk -v m="$st_rss" -v n="$rows" 'BEGIN { printf "%.0f", m * 1048576 / n }')
	st_ratio=$(ratio "${st_t%% *}" "$copy_t")
	case $sql_t in
	[0-9]*) sq_ratio=$(ratio "$sql_t" "${st_t%% *}") ;;
	">"*) sq_ratio="> $(ratio "$((sql_timeout * 60))" "${st_t%% *}")" ;;
	*) sq_ratio=- ;;
	esac
	echo "$rows | $copy_t | $st_t | $st_ratio | $st_cpu | $per_row | $st_rss | $per_rec | ${st_merge// / \/ } | ${st_review// / \/ } | $sql_t | ${sql_prf// / \/ } | $sq_ratio"
done <"$summary"
echo
echo "total $(($(date +%s) - t_start)) s"
