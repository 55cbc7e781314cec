#!/bin/bash
# merge.sh -- merging duplicate customers in enforce mode: survivorship,
# consent by law, referencing rows re-pointed, one audit record per
# merge; `steward merges undo` puts every row of every table back byte
# for byte, refuses when a row changed since, and the undone records are
# never merged again; the review queue (show, reject, accept).
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 42
with_pg
gen=$top_srcdir/contrib/gen-customers.py
python3 "$gen" --schema | psql -X -q -v ON_ERROR_STOP=1
python3 "$gen" --rows 3000 --seed 7 | psql -X -q -c "COPY customers FROM STDIN"
# Three people entered more than once, with what survivorship decides.
sql "INSERT INTO customers (customer_id, given_name, family_name, email,
	phone, country, postcode, birth_date, created_at, updated_at,
	last_activity_at, marketing_opt_in, consent_at, consent_source,
	opted_out_at, channel) VALUES
 (90001, 'Jonathan', 'Smithers', 'jonathan.smithers@example.org',
  '+49 151 12345678', 'DE', '10115', '1980-04-02', '2019-01-01',
  '2020-01-01', '2020-06-01', true, '2021-01-01', 'web_form', NULL, 'web'),
 (90002, 'Jonathon', 'Smithers', 'jonathan.smithers@example.org',
  '+49 151 12345678', 'DE', NULL, '1980-04-02', '2022-01-01',
  '2022-02-01', '2024-03-01', true, '2019-05-05', 'checkout', NULL, 'store'),
 (90011, 'Marta', 'Kowalczyk', 'marta.k@example.net', '+49 170 7654321',
  'DE', '80331', '1975-09-09', '2018-01-01', '2023-01-01', '2023-01-01',
  true, '2023-01-01', 'web_form', NULL, 'web'),
 (90012, 'Marta', 'Kowalczyk', 'marta.k@example.net', '+49 170 7654321',
  'DE', '80331', '1975-09-09', '2020-01-01', '2024-02-01', '2024-02-01',
  false, '2020-01-01', 'newsletter_form', '2024-02-01', 'newsletter'),
 (90013, 'Marta', 'Kowalczyk', 'MARTA.K@EXAMPLE.NET', '+49 170 7654321',
  'DE', '80331', '1975-09-09', '2023-01-01', '2023-06-01', '2023-06-01',
  true, '2023-06-01', 'checkout', NULL, 'store'),
 (90021, 'Pieter', 'de Vries', 'p.devries@example.nl', '+31 6 12345678',
  'NL', '1011 AB', '1988-12-12', '2017-03-03', '2017-03-03', '2017-03-03',
  NULL, NULL, NULL, NULL, 'web'),
 (90022, 'Pieter', 'de Vries', 'p.devries@example.nl', '+31 6 12345678',
  'NL', '1011 AB', '1988-12-12', '2021-03-03', '2021-03-03', '2021-03-03',
  NULL, NULL, NULL, NULL, 'web')"
sql "CREATE TABLE orders (order_id serial PRIMARY KEY, customer_id bigint
	NOT NULL REFERENCES customers, amount numeric(10,2), note text)"
sql "INSERT INTO orders (customer_id, amount, note) VALUES (90002, 10, 'a'),
	(90002, 20.50, NULL), (90012, 5, 'b'), (90001, 1, 'c'), (90021, 3, 'd')"
# No foreign key, no primary key, two identical rows.
sql "CREATE TABLE tickets (id int GENERATED ALWAYS AS IDENTITY, cust bigint,
	subject text)"
sql "INSERT INTO tickets (cust, subject) VALUES (90002, 'help'),
	(90002, 'help'), (90013, 'x')"

cat >"$T_DIR/people.rules" <<'RULES'
duplicates people {
	block [email, phone, "soundex(last_name) + year(birth_date)",
	    "metaphone(first_name) + metaphone(last_name)"]
	compare first_name jaro_winkler
	compare last_name jaro_winkler
	compare birth_date date
	compare email damerau
	compare phone exact
	compare postal_code damerau
	merge 0.95
	review 0.80
	survive first_name source_priority
	sources [store, web, newsletter, callcentre]
	survive postal_code most_complete
	survivor oldest
}
RULES
conf() {	# conf FILE SCHEMA TABLE [top-level text]
	cat >"$1" <<CONF
${4:-}
database { conninfo "$STEWARD_CONNINFO"; schema "$2" }
customers {
	table "$3"
	key "customer_id"
	map {
		first_name "given_name"; last_name "family_name"
		email "email"; phone "phone"; country "country"
		postal_code "postcode"; birth_date "birth_date"
		created_at "created_at"; updated_at "updated_at"
		last_activity_at "last_activity_at"
		consent_marketing "marketing_opt_in"; consent_at "consent_at"
		consent_source "consent_source"; opted_out_at "opted_out_at"
		source "channel"
	}
}
merge { references ["orders(customer_id)", "tickets(cust)"] }
include "$T_DIR/people.rules"
include "$top_srcdir/rules/packs/eu.rules"
CONF
}
conf "$T_DIR/dry.conf" steward customers
conf "$T_DIR/enf.conf" steward customers "mode enforce"
dump() {
	sql "SELECT c::text FROM customers c ORDER BY customer_id" >"$T_DIR/$1.customers"
	sql "SELECT o::text FROM orders o ORDER BY order_id" >"$T_DIR/$1.orders"
	sql "SELECT t::text FROM tickets t ORDER BY id" >"$T_DIR/$1.tickets"
}
same() {	# same A B: every table byte for byte
	cmp -s "$T_DIR/$1.customers" "$T_DIR/$2.customers" &&
	cmp -s "$T_DIR/$1.orders" "$T_DIR/$2.orders" &&
	cmp -s "$T_DIR/$1.tickets" "$T_DIR/$2.tickets"
}
dump orig

# Dry-run: proposed, nothing changes.
out=$("$STEWARD" scan --no-deliver -c "$T_DIR/dry.conf" 2>&1)
like "$out" "dry-run: [0-9]+ duplicate clusters would be merged" "dry-run proposes merges"
dump dry
ok "dry-run changes no row" same orig dry
is "$(sql "SELECT string_agg(DISTINCT jurisdiction, ',') FROM steward.findings WHERE check_name = 'duplicate' AND record_key IN ('90001', '90002', '90021')")" \
	"eu" "a duplicate finding carries its record's jurisdiction"

out=$("$STEWARD" scan --no-deliver -c "$T_DIR/enf.conf" 2>&1)
like "$out" "merges: [0-9]+ duplicate clusters merged" "enforce merges"
is "$(sql "SELECT count(*) FROM customers WHERE customer_id IN (90002, 90012, 90013, 90022)")" 0 \
	"the losers left the table"
is "$(sql "SELECT given_name, postcode, last_activity_at FROM customers WHERE customer_id = 90001")" \
	"Jonathon|10115|2024-03-01 00:00:00+00" \
	"survivor 90001 (oldest): first_name by source priority, postcode most complete, latest activity"
is "$(sql "SELECT marketing_opt_in, consent_at, consent_source, opted_out_at FROM customers WHERE customer_id = 90001")" \
	"t|2019-05-05 00:00:00+00|checkout|" \
	"everyone consented: the flag stays, with the oldest consent as evidence"
is "$(sql "SELECT marketing_opt_in, consent_at, consent_source, opted_out_at FROM customers WHERE customer_id = 90011")" \
	"f|2020-01-01 00:00:00+00|newsletter_form|2024-02-01 00:00:00+00" \
	"one member opted out: the merged record is opted out, with that member's evidence"
is "$(sql "SELECT customer_id, count(*) FROM orders GROUP BY 1 ORDER BY 1" | tr '\n' ' ')" \
	"90001|3 90011|1 90021|1 " "orders re-pointed to the survivors"
is "$(sql "SELECT cust, count(*) FROM tickets GROUP BY 1 ORDER BY 1" | tr '\n' ' ')" \
	"90001|2 90011|1 " "tickets (no key, identical rows) re-pointed"
merges=$(sql "SELECT count(*) FROM steward.merges WHERE status = 'merged'")
is "$(sql "SELECT count(*) FROM steward.audit WHERE action = 'merge'")" "$merges" \
	"one audit record per merge ($merges)"
is "$(sql "SELECT (before_image->'records'->1->>'customer_id') FROM steward.audit a JOIN steward.merges m ON m.id = (a.before_image->>'merge')::bigint WHERE m.survivor_key = '90001'")" \
	"90002" "the audit record holds the loser's before-image"
ok "audit chain intact" "$STEWARD" audit verify -c "$T_DIR/enf.conf"
like "$("$STEWARD" merges list -c "$T_DIR/enf.conf")" "people +public.customers +90011 +90012 90013" \
	"merges list names survivor and losers"
dump merged

# Undo refuses when it would conflict or lose a later change.
mid=$(sql "SELECT id FROM steward.merges WHERE survivor_key = '90001'")
sql "INSERT INTO customers (customer_id, given_name) VALUES (90002, 'new')"
out=$("$STEWARD" merges undo -c "$T_DIR/enf.conf" "$mid" 2>&1); rc=$?
is "$rc" 1 "undo refused (exit 1) when a loser's key was taken since"
like "$out" "added since" "and says why"
sql "DELETE FROM customers WHERE customer_id = 90002"
dump refused
ok "a refused undo changes nothing" same merged refused
cid=$(sql "SELECT id FROM steward.merges WHERE survivor_key = '90021'")
sql "UPDATE customers SET phone = '+31 6 00000000' WHERE customer_id = 90021"
out=$("$STEWARD" merges undo -c "$T_DIR/enf.conf" "$cid" 2>&1); rc=$?
is "$rc" 1 "undo refused when the survivor changed since"
like "$out" "changed since; undoing would lose that change" "and says why"
sql "UPDATE customers SET phone = '+31 6 12345678' WHERE customer_id = 90021"

# Undo everything: every table as it was, byte for byte.
fails=0
for id in $(sql "SELECT id FROM steward.merges WHERE status = 'merged' ORDER BY id DESC"); do
	"$STEWARD" merges undo -c "$T_DIR/enf.conf" "$id" >/dev/null 2>"$T_DIR/undo.err" ||
		{ fails=$((fails + 1)); cat "$T_DIR/undo.err" >&2; }
done
is "$fails" 0 "every merge undone"
dump undone
ok "customers byte for byte as before the merges" cmp "$T_DIR/orig.customers" "$T_DIR/undone.customers"
ok "orders byte for byte as before" cmp "$T_DIR/orig.orders" "$T_DIR/undone.orders"
ok "tickets byte for byte as before" cmp "$T_DIR/orig.tickets" "$T_DIR/undone.tickets"
is "$(sql "SELECT count(*) FROM steward.audit WHERE action = 'undo'")" "$merges" "one audit record per undo"
ok "audit chain intact after the undos" "$STEWARD" audit verify -c "$T_DIR/enf.conf"
out=$("$STEWARD" merges undo -c "$T_DIR/enf.conf" "$mid" 2>&1); rc=$?
like "$out" "already undone" "a second undo is refused"

# Undone merges are remembered: the next scan merges none of them again.
"$STEWARD" scan --no-deliver -q -c "$T_DIR/enf.conf" >/dev/null 2>&1
is "$(sql "SELECT count(*) FROM steward.merges WHERE status = 'merged'")" 0 \
	"records of an undone merge are not merged again"
is "$(sql "SELECT count(*) FROM steward.duplicates WHERE run_id = (SELECT max(id) FROM steward.runs) AND record_key IN ('90001', '90002')")" 0 \
	"nor proposed as duplicates"

# A foreign key that would delete rows without a before-image stops merges.
sql "CREATE TABLE notes (cust bigint REFERENCES customers ON DELETE CASCADE)"
sql "INSERT INTO customers (customer_id, given_name, family_name, email) VALUES
	(90031, 'Ann', 'Lee', 'ann.lee@example.com'), (90032, 'Ann', 'Lee', 'ann.lee@example.com')"
out=$("$STEWARD" scan --no-deliver -c "$T_DIR/enf.conf" 2>&1)
like "$out" "notes references public.customers with ON DELETE CASCADE" \
	"an undeclared ON DELETE CASCADE stops merges, naming the table"
sql "DROP TABLE notes"

# losers flag: merged records stay, pointing at the survivor.
sql "ALTER TABLE customers ADD COLUMN merged_into bigint"
sql "INSERT INTO customers (customer_id, given_name, family_name, email, phone,
	country, postcode, birth_date, created_at) VALUES
	(90041, 'Olga', 'Petrova', 'olga.petrova@example.ru', '+7 912 345-67-89',
	 'RU', '101000', '1990-01-01', '2016-01-01'),
	(90042, 'Olga', 'Petrova', 'olga.petrova@example.ru', '+7 912 345-67-89',
	 'RU', '101000', '1990-01-01', '2020-01-01')"
conf "$T_DIR/flag.conf" steward customers "mode enforce
merge { losers flag; merged_column merged_into }"
"$STEWARD" scan --no-deliver -q -c "$T_DIR/flag.conf" >/dev/null 2>&1
is "$(sql "SELECT customer_id, merged_into FROM customers WHERE customer_id IN (90041, 90042) ORDER BY 1" | tr '\n' ' ')" \
	"90041| 90042|90041 " "losers flag: the merged record stays, pointing at the survivor"
"$STEWARD" scan --no-deliver -q -c "$T_DIR/flag.conf" >/dev/null 2>&1
is "$(sql "SELECT count(*) FROM steward.duplicates WHERE run_id = (SELECT max(id) FROM steward.runs) AND record_key = '90042'")" 0 \
	"a flagged record is left out of duplicate detection"
fid=$(sql "SELECT id FROM steward.merges WHERE survivor_key = '90041'")
"$STEWARD" merges undo -c "$T_DIR/flag.conf" "$fid" >/dev/null 2>&1
is "$(sql "SELECT count(*) FROM customers WHERE customer_id = 90042 AND merged_into IS NULL")" 1 "undo clears the flag"

# The review queue, on its own copy of the table and schema.
sql "CREATE TABLE people2 (LIKE customers INCLUDING ALL)"
sql "ALTER TABLE people2 DROP COLUMN merged_into"
python3 "$gen" --rows 3000 --seed 8 | psql -X -q -c "COPY people2 FROM STDIN"
# One person three times, the third less alike: a cluster whose members
# score differently against its centre.
sql "INSERT INTO people2 (customer_id, given_name, family_name, email, phone,
	country, postcode, birth_date, created_at, updated_at) VALUES
 (99001, 'Wilhelmina', 'Oosterhuis', 'w.oosterhuis@example.org',
  '+49 151 99887766', 'DE', '10115', '1966-03-04', '2019-01-01', '2019-01-01'),
 (99002, 'Wilhelmina', 'Oosterhuis', 'w.oosterhuis@example.org',
  '+49 151 99887766', 'DE', '10115', '1966-03-04', '2020-01-01', '2020-01-01'),
 (99003, 'Wilhelmine', 'Oosterhuis', 'w.oosterhuis@example.org',
  '+49 30 1234567', 'DE', '10117', '1966-04-03', '2021-01-01', '2021-01-01')"
sed -i 's/merge 0.95/merge 1/' "$T_DIR/people.rules"	# all to review
conf "$T_DIR/rv.conf" rv people2
conf "$T_DIR/rve.conf" rv people2 "mode enforce"
sed -i '/^merge {/d' "$T_DIR/rv.conf" "$T_DIR/rve.conf"
"$STEWARD" scan --no-deliver -q -c "$T_DIR/rv.conf" >/dev/null 2>&1
n=$(sql "SELECT count(*) FROM rv.reviews WHERE status = 'open'")
ok "clusters below merge wait in the review queue ($n)" test "$n" -gt 1
# The queue's score is the weakest member against the centre: never above
# any member's own score (it was the strongest).
is "$(sql "SELECT count(*) FROM rv.reviews r JOIN rv.duplicates d ON
	d.run_id = r.last_run AND d.record_key = ANY (r.keys) AND
	d.record_key <> r.centre_key WHERE r.status = 'open' AND
	r.score > d.score + 1e-9")" 0 "a review's score is its weakest member's"
r1=$(sql "SELECT min(id) FROM rv.reviews WHERE status = 'open'")
like "$("$STEWARD" review show -c "$T_DIR/rv.conf" "$r1")" "records \(values masked" \
	"review show prints the records, masked"
"$STEWARD" review reject -c "$T_DIR/rv.conf" "$r1" >/dev/null
keys=$(sql "SELECT keys FROM rv.reviews WHERE id = $r1")
"$STEWARD" scan --no-deliver -q -c "$T_DIR/rv.conf" >/dev/null 2>&1
is "$(sql "SELECT count(*) FROM rv.reviews WHERE keys = '$keys' AND status = 'open'")" 0 \
	"a rejected cluster is not proposed again"
ok "a cluster found again keeps its review" \
	test "$(sql "SELECT count(*) FROM rv.reviews WHERE status = 'open' AND first_run < last_run")" -gt 0
like "$("$STEWARD" report -c "$T_DIR/rv.conf" --jurisdiction eu --format text 2>&1)" \
	"[0-9]+ duplicate clusters? waiting for review" "the jurisdiction's report counts its review clusters"
r2=$(sql "SELECT min(id) FROM rv.reviews WHERE status = 'open'")
out=$("$STEWARD" review accept -c "$T_DIR/rve.conf" "$r2" 2>&1)
like "$out" "accepted and merged: merge [0-9]+" "review accept merges in enforce mode"
is "$(sql "SELECT status, merge_id IS NOT NULL FROM rv.reviews WHERE id = $r2")" "merged|t" \
	"the accepted review records its merge"
is "$(sql "SELECT count(*) FROM rv.not_duplicates WHERE why = 'review $r1 rejected'")" \
	"$(sql "SELECT n * (n - 1) / 2 FROM (SELECT cardinality(keys) n FROM rv.reviews WHERE id = $r1) x")" \
	"every pair of the rejected cluster is remembered"

# A sorted-neighbourhood window finds a pair no equal key joins.
sql "INSERT INTO people2 (customer_id, given_name, family_name, email, phone,
	birth_date, country) VALUES
	(95001, 'Quentin', 'Abernathy-Smythe', 'qa@example.org', '+44 7700 900123', '1970-07-07', 'GB'),
	(95002, 'Quentin', 'Abernathy-Smyth', 'quentin@example.com', '+44 7700 900123', '1970-07-07', 'GB')"
cat >"$T_DIR/people.rules" <<'RULES'
duplicates window {
	block ["window 3: lower(last_name) + lower(first_name)"]
	compare first_name jaro_winkler
	compare last_name jaro_winkler
	compare birth_date date
	compare email damerau
	compare phone exact
	merge 0.95
	review 0.80
}
RULES
conf "$T_DIR/win.conf" win people2
sed -i '/^merge {/d' "$T_DIR/win.conf"
"$STEWARD" scan --no-deliver -q -c "$T_DIR/win.conf" >/dev/null 2>&1
is "$("$STEWARD" duplicates -c "$T_DIR/win.conf" --format csv | grep -E ',9500[12],' | cut -d, -f1 | sort -u | wc -l)" 1 \
	"window blocking puts 95001 and 95002 in one cluster"
