#!/bin/bash
# mk-journal-v10.sh -- write journal-v10.sql, the database that
# tests/integration/journal-upgrade.sh upgrades: a customer table and its
# orders on which a Steward of schema version 10 (before the change
# journal) quarantined (move with cascade, and flag), normalized and
# merged, with Steward's schema as that version left it, and copies of
# both tables from before any action (orig_customers, orig_orders).
#
# Run it once with a steward built from the last commit before migration
# 11 (2e3fe12), not as a test:
#   git archive 2e3fe12 | tar -x -C /tmp/old && (build it there)
#   STEWARD=/tmp/old/_build/steward top_srcdir=. \
#       bash tests/integration/ref/mk-journal-v10.sh \
#       >tests/integration/ref/journal-v10.sql
# The data is synthetic: contrib/gen-customers.py and the rows below.
. "${top_srcdir:-$(dirname "$0")/../../..}/tests/lib/tap.sh"
with_pg
exec 3>&1 1>&2
gen=$top_srcdir/contrib/gen-customers.py
python3 "$gen" --schema | psql -X -q -v ON_ERROR_STOP=1
python3 "$gen" --rows 250 --seed 7 | psql -X -q -c "COPY customers FROM STDIN"
# Types whose text form is easy to get wrong, on every row.
sql "ALTER TABLE customers ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY,
	ADD COLUMN tags text[], ADD COLUMN blob bytea, ADD COLUMN score numeric(10,3),
	ADD COLUMN extra jsonb, ADD COLUMN status text DEFAULT 'active'"
sql "UPDATE customers SET tags = ARRAY['a', 'b c', NULL], blob = '\\x00ff',
	score = 12.500, extra = '{\"k\": [1, 2.50], \"n\": null}'
	WHERE customer_id % 3 = 0"
# A pair anyone would merge, one of them with an order.
sql "INSERT INTO customers (customer_id, given_name, family_name, email,
	phone, country, postcode, birth_date, created_at, updated_at,
	last_activity_at, channel) VALUES
 (90001, 'Jonathan', 'Smithers', 'jonathan.smithers@example.org',
  '+49 151 12345678', 'DE', '10115', '1980-04-02', '2019-01-01',
  '2020-01-01', '2026-06-01', 'web'),
 (90002, 'Jonathan', 'Smithers', 'jonathan.smithers@example.org',
  '+49 151 12345678', 'DE', '10115', '1980-04-02', '2022-01-01',
  '2022-02-01', '2026-03-01', 'store'),
 (90011, 'Zoë', 'Ana', 'zoe@Example.DE', '030 1234567', 'DE', '10115',
  '1970-01-01', '2010-01-01', '2010-01-01', '2026-10-01', 'web'),
 (90021, 'Österreicher', 'Alt', 'alt@example.at', '+43 1 234567', 'AT',
  '1010', '1960-01-01', '2010-01-01', '2010-01-01', '2015-01-01', 'store'),
 (90031, 'Dora', 'Alt', 'dora@example.de', '+49 30 7654321', 'DE',
  '10117', '1961-01-01', '2011-01-01', '2011-01-01', '2016-01-01', 'web')"
sql "CREATE TABLE orders (order_id serial PRIMARY KEY, customer_id bigint
	NOT NULL REFERENCES customers, amount numeric(10,2), note text)"
sql "INSERT INTO orders (customer_id, amount, note)
	SELECT customer_id, 9.99, 'stale' FROM customers
	WHERE last_activity_at < '2023-01-01' ORDER BY customer_id LIMIT 5"
sql "INSERT INTO orders (customer_id, amount, note) VALUES (90002, 20.50, NULL),
	(90031, 1.00, 'moves along'), (90031, 2.00, NULL)"
sql "CREATE TABLE orig_customers AS SELECT * FROM customers"
sql "CREATE TABLE orig_orders AS SELECT * FROM orders"

rules=$T_DIR/j.rules
cat >"$rules" <<'RULES'
check email_norm { field email; validate email; action normalize }
duplicates people {
	block [email, phone]
	compare first_name jaro_winkler
	compare last_name jaro_winkler
	compare birth_date date
	compare email damerau
	compare phone exact
	merge 0.95
	review 0.80
	survivor oldest
}
RULES
conf() {	# conf FILE [top-level text]
	cat >"$1" <<CONF
mode enforce
database { conninfo "$STEWARD_CONNINFO" }
customers {
	table "customers"
	key "customer_id"
	map {
		first_name "given_name"; last_name "family_name"
		email "email"; phone "phone"; country "country"
		postal_code "postcode"; birth_date "birth_date"
		created_at "created_at"; updated_at "updated_at"
		last_activity_at "last_activity_at"; source "channel"
	}
}
${2:-}
CONF
}
# Flag the stale records of Austria, then move those of Germany (with
# their orders), then normalize and merge.
conf "$T_DIR/flag.conf" 'quarantine { mode flag; flag_column "status"; flag_value "held" }
jurisdiction at { countries [AT]; stale_after 24 months }
check gone_quiet { compliance stale; action quarantine }'
conf "$T_DIR/move.conf" 'quarantine { mode move; cascade ["public.orders"] }
jurisdiction de { countries [DE]; stale_after 24 months }
check gone_quiet { compliance stale; action quarantine }'
conf "$T_DIR/norm.conf" "merge { references [\"orders(customer_id)\"] }
include \"$rules\""
for c in flag move norm; do
	STEWARD_NOW=2026-11-01 "$STEWARD" scan --no-report -q -c "$T_DIR/$c.conf" ||
		{ echo "scan $c failed" >&2; exit 1; }
done
# Some undone already, as a live system has them.
for t in quarantine rewrites merges; do
	id=$(sql "SELECT max(id) FROM steward.$t")
	verb=undo; [ "$t" = quarantine ] && verb=release
	"$STEWARD" "$t" -c "$T_DIR/flag.conf" "$verb" "$id" >/dev/null
done
sql "SELECT 'quarantine ' || mode, count(*) FROM steward.quarantine GROUP BY 1
	UNION ALL SELECT 'rewrites', count(*) FROM steward.rewrites
	UNION ALL SELECT 'merges', count(*) FROM steward.merges" >&2
"$STEWARD" audit -c "$T_DIR/move.conf" verify >&2
pg_dump --no-owner --no-privileges crm >&3
