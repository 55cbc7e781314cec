#!/bin/bash
# newcomer.sh -- a newcomer's own table (its own column names, not the
# demo's), scanned with nothing but the shipped rule files: the bad postal
# codes, phone numbers and email addresses in it are found, and only they.
# Which values are bad is decided by references that are not Steward's
# code (tests/integration/references.py: libphonenumber, email-validator
# with the Public Suffix List, Google's postal-code formats), value by
# value, in the record's country.  The loose regexes that fields.rules
# used to ship passed German postal codes like ABCDE, 123 and 9999999.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
tap_plan 8
with_pg
py=/usr/bin/python3	# the Debian packages of the references are for it

sql "CREATE TABLE kunden (
	kundennr integer PRIMARY KEY,
	vorname text, nachname text, mail text, telefon text, land text, plz text)"

# The rows: each value list is walked cyclically, so every value is seen
# with other values in the other columns.  The expected findings come
# from the references, not from this list.
"$py" - "$T_DIR" "$top_srcdir/tests/integration" <<'PY' || { echo "Bail out! cannot build the table"; exit 1; }
import sys
out, refdir = sys.argv[1], sys.argv[2]
sys.path.insert(0, refdir)
import references as R

PHONES = {
    "DE": ["030 12345678", "+49 30 12345678", "0151 23456789", "0170 1234567",
           "089 1234567", "(0221) 1234567", "0049 30 12345678", "040-1234567",
           "0711/1234567", "+49 171 1234567", "0228 123456", "06221 123456",
           "9999999", "123", "030 123", "+49 1234", "12345678901234567",
           "0000000", "030 1234567#", "030;1234567", "n/a", "+49 30 12O4567",
           "+490301234567890123", "00 49 30", "0800 123", "keine", "01511",
           "+44 20 7946 000", "99999999999", "0 30 1"],
    "FR": ["01 42 68 53 00", "+33 1 42 68 53 00", "06 12 34 56 78", "0142685300",
           "01 42 68", "00 00 00 00 00", "+33 0 12", "12 34"],
    "GB": ["020 7946 0018", "+44 161 496 0000", "07700 900123", "0161 496 000",
           "+44 20", "1234567"],
    "US": ["(202) 456-1111", "+1 202-456-1111", "212-555-0100", "555-1234",
           "(000) 000-0000", "1-800"],
}
POSTAL = {
    "DE": ["10115", "80331", "01067", "50667", "20095", "99084", "04109",
           "ABCDE", "123", "9999999", "1011", "101155", "10115a", "1O115",
           "!!", "10.115", "XY-123", "0", "12 34"],
    "FR": ["75008", "13001", "7500", "750080", "ABCDE"],
    "GB": ["SW1A 1AA", "M1 1AE", "SW1A", "12345", "ABC DEF"],
    "US": ["20500", "10001-1234", "2050", "ABCDE", "100011"],
}
EMAILS = ["anna.meier@web.de", "a+b@gmx.net", "max_mustermann@t-online.de",
          "o'brien@gmail.com", "x@bücher.de", "jo.smith@mail.co.uk",
          "anna@web", "anna@@web.de", "anna.@web.de", ".anna@web.de",
          "anna..meier@web.de", "anna@web..de", "anna@-web.de",
          "anna meier@web.de", "anna@web.d", "anna@web.c0m", "jörg@web.de",
          "anna@", "@web.de", "anna@web.de.", "anna@1.2.3.4",
          "anna@web_de.de", "anna,meier@web.de", "anna(at)web.de"]
NAMES = [("Anna", "Meier"), ("Jörg", "Schäfer"), ("Chloé", "Dubois"),
         ("Seán", "O'Brien"), ("Mary", "Smith")]

rows, exp = [], []
key = 0
for cc in ("DE", "FR", "GB", "US"):
    ph, pc = PHONES[cc], POSTAL[cc]
    n = max(len(ph), len(pc), len(EMAILS) if cc == "DE" else 0)
    for i in range(n):
        key += 1
        p, z, e = ph[i % len(ph)], pc[i % len(pc)], EMAILS[(i + key) % len(EMAILS)]
        g, f = NAMES[i % len(NAMES)]
        rows.append("\t".join((str(key), g, f, e, p, cc, z)))
        for check, ok in (("email_malformed", R.email_ok(e)),
                          ("phone_malformed", R.phone_ok(p, cc)),
                          ("postal_malformed", R.postal_ok(z, cc))):
            if ok is None:
                raise SystemExit("reference cannot judge %r (%s)" % ((e, p, z), cc))
            if not ok:
                exp.append("%d,%s" % (key, check))
open(out + "/rows.copy", "w").write("\n".join(rows) + "\n")
open(out + "/expected.csv", "w").write("\n".join(sorted(exp)) + "\n")
PY
psql -X -q -v ON_ERROR_STOP=1 -c "COPY kunden FROM STDIN" <"$T_DIR/rows.copy"
rows=$(sql "SELECT count(*) FROM kunden")
bad() { grep -c ",$1\$" "$T_DIR/expected.csv"; }
ok "the table holds bad values of each kind ($rows rows; by the references: $(bad postal_malformed) postal codes, $(bad phone_malformed) phones, $(bad email_malformed) emails)" \
	test "$(bad postal_malformed)" -ge 20 -a "$(bad phone_malformed)" -ge 20 -a "$(bad email_malformed)" -ge 20

# A newcomer's configuration: the table, its columns, the shipped rules
# as installed in rules.d (fields, compliance, duplicates, the packs).
cat >"$T_DIR/steward.conf" <<CONF
database {
	conninfo "$STEWARD_CONNINFO"
}
customers {
	table "kunden"
	key "kundennr"
	map {
		first_name "vorname"
		last_name "nachname"
		email "mail"
		phone "telefon"
		country "land"
		postal_code "plz"
	}
}
include "$top_srcdir/rules/*.rules"
include "$top_srcdir/rules/packs/*.rules"
CONF
out=$("$STEWARD" scan -q -c "$T_DIR/steward.conf" 2>&1); rc=$?
is "$rc" 0 "scan with the shipped rules alone"
printf '%s\n' "$out" | sed 's/^/# /'
"$STEWARD" findings -c "$T_DIR/steward.conf" --format csv |
	awk -F, 'NR > 1 && $2 ~ /^(email|phone|postal)_malformed$/ { print $3 "," $2 }' |
	sort >"$T_DIR/found.csv"
for k in postal_malformed phone_malformed email_malformed; do
	missed=$(comm -23 <(grep ",$k\$" "$T_DIR/expected.csv") <(grep ",$k\$" "$T_DIR/found.csv"))
	extra=$(comm -13 <(grep ",$k\$" "$T_DIR/expected.csv") <(grep ",$k\$" "$T_DIR/found.csv"))
	for x in $missed; do echo "# missed $x: $(sql "SELECT land, plz, telefon, mail FROM kunden WHERE kundennr = ${x%%,*}")"; done
	for x in $extra; do echo "# extra $x: $(sql "SELECT land, plz, telefon, mail FROM kunden WHERE kundennr = ${x%%,*}")"; done
	is "$(printf '%s' "$missed" | grep -c .) $(printf '%s' "$extra" | grep -c .)" "0 0" \
		"$k: every bad value found, no good one flagged ($(grep -c ",$k\$" "$T_DIR/found.csv") findings)"
done
# The issue's example: German postal codes that look like codes somewhere.
for v in ABCDE 123 9999999; do
	k=$(sql "SELECT kundennr FROM kunden WHERE land = 'DE' AND plz = '$v' LIMIT 1")
	ok "German postal code $v is a finding" grep -qx "$k,postal_malformed" "$T_DIR/found.csv"
done
