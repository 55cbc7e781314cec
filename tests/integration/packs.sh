#!/bin/bash
# packs.sh -- the shipped jurisdiction packs: each passes steward check on
# its own and all together, no country is claimed twice, and every value
# says where it comes from (STAT, CASE, GUID or PRAC).
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
packs=$(ls "$top_srcdir"/rules/packs/*.rules)
n=$(printf '%s\n' "$packs" | wc -l)
tap_plan $((n * 2 + 4))

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
is "$(printf '%s\n' "$out" | sed -n '/^JURISDICTION/,$p' | sed 1d | wc -l | tr -d ' ')" "$n" "steward rules lists every pack"
like "$out" "eu +3[0-9] " "the EU pack covers the EU/EEA countries"
