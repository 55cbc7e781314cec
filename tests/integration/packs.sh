#!/bin/bash
# packs.sh -- the shipped jurisdiction packs: each passes steward check on
# its own and all together, no country is claimed twice, and every value
# says where it comes from (STAT, CASE, GUID or PRAC).
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
packs=$(ls "$top_srcdir"/rules/packs/*.rules)
n=$(printf '%s\n' "$packs" | wc -l)
tap_plan $((n * 2 + 8))

conf() {
	cat <<CONF
database { conninfo "dbname=crm" }
customers { table "customers"; key "id"; map { email "email"; country "country"; phone "phone"; birth_date "birth_date" } }
$(for f in "$@"; do echo "include \"$f\""; done)
CONF
}

for p in $packs; do
	name=$(basename "$p")
	conf "$p" >"$T_DIR/one.conf"
	out=$("$STEWARD" check -c "$T_DIR/one.conf" 2>&1); rc=$?
	# Its placeholder officers (privacy-XX@example.com) draw the one
	# warning each that a .local silences.
	nph=$(printf '%s\n' "$out" | grep -c "warning: officer '.*' is a placeholder")
	is "$rc $(( $(printf '%s' "$out" | tail -n 1 | grep -o '[0-9]* warning' | grep -o '[0-9]*') - nph ))" "0 0" "$name passes steward check without warnings but its placeholders"
	# A value line inside the jurisdiction block: a tag on it or in the
	# comment lines just above it.
	untagged=$(awk '
		/^jurisdiction / { inj = 1; tag = 0; next }
		inj && /^}/ { inj = 0; next }
		!inj { next }
		/^[ \t]*#/ { if ($0 ~ /(STAT|CASE|GUID|PRAC)/) tag = 1; next }
		/^[ \t]*$/ { tag = 0; next }
		/^[ \t]*[]}]/ { next }
		/\{[ \t]*(#.*)?$/ { if ($0 ~ /(STAT|CASE|GUID|PRAC)/) tag = 1; next }
		{
			if ($0 !~ /(STAT|CASE|GUID|PRAC|placeholder)/ && !tag &&
			    $1 != "description" && $1 != "officers")
				print FILENAME ":" FNR ": " $0
			tag = 0
		}' "$p")
	is "$untagged" "" "$name: every value carries its provenance"
done

conf $packs "$top_srcdir/rules/fields.rules" >"$T_DIR/all.conf"
out=$("$STEWARD" check -c "$T_DIR/all.conf" 2>&1); rc=$?
is "$rc" 0 "all packs together pass steward check"
ok "no country is claimed by two packs" sh -c "! printf '%s' \"\$1\" | grep -q 'is claimed by'" _ "$out"
out=$("$STEWARD" rules -c "$T_DIR/all.conf" 2>&1)
is "$(printf '%s\n' "$out" | sed -n '/^JURISDICTION/,/^$/p' | sed 1d | grep -c .)" "$n" "steward rules lists every pack"
like "$out" "eu +3[0-9] " "the EU pack covers the EU/EEA countries"
# Issue 17: the basis and in-force dates of every value are shown, and a
# basis is a citation, never a file path on this server.
like "$out" "in +minimum_age +18 +STAT DPDP Act 2023 s\. 9.*; from 2027-05-13" "steward rules shows a value's basis and in-force date"
like "$out" "in +stale_after +36 months +STAT DPDP Rules 2025.*binds large_platform only" "steward rules shows the class of business a value binds"
is "$(printf '%s\n' "$out" | sed -n '/^BASIS OF/,$p' | sed 1d | awk '{ $1 = $2 = ""; print }' | grep -c '/rules/\|\.rules')" "0" "no basis cites a file path"
dump=$("$STEWARD" check --dump -c "$T_DIR/all.conf" 2>&1)
like "$dump" "optout_deadline 1 months? rollover basis STAT .GDPR Art\. 21\(3\)" "check --dump shows the basis with the value"
