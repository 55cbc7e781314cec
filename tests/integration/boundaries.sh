#!/bin/bash
# boundaries.sh -- compliance verdicts at the boundaries the law draws,
# with the shipped packs and compliance.rules against a real scan: the
# day before, of and after each deadline (public holidays of the
# record's country skipped, month deadlines rolled over to the next
# working day), ages on the day consent was given (birthdays, 29
# February), dates without a time read in the jurisdiction's zone,
# in-force dates, and values that are not dates or flags.  Each case
# names the law it is written from.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib/tap.sh"
with_pg
# Text columns: dates without a time, 'unknown' and 'Yes ' as they come.
sql "CREATE TABLE customers (customer_id text PRIMARY KEY, country text,
	birth_date date, consent text, consent_at text, consent_source text,
	opted_out_at text, last_activity_at text, updated_at text,
	created_at text, subdivision text, consent_sms text,
	opted_out_sms_at text, consent_sale text, opted_out_sale_at text)" >/dev/null
conf=$T_DIR/steward.conf
cat >"$conf" <<CONF
database { conninfo "$STEWARD_CONNINFO" }
customers {
	table "customers"
	key "customer_id"
	map {
		country "country"; birth_date "birth_date"
		consent_marketing "consent"; consent_at "consent_at"
		consent_source "consent_source"; opted_out_at "opted_out_at"
		last_activity_at "last_activity_at"; updated_at "updated_at"
		created_at "created_at"; subdivision "subdivision"
		consent_sms "consent_sms"; opted_out_sms_at "opted_out_sms_at"
		consent_sale "consent_sale"; opted_out_sale_at "opted_out_sale_at"
	}
	consent_kinds { express ["web_form"]; implied_inquiry ["inquiry"] }
}
include "$top_srcdir/rules/compliance.rules"
include "$top_srcdir/rules/packs/*.rules"
CONF

# One case a line: as-of instant | key | country | birth | consent |
# consent_at | source | opted_out_at | last_activity_at | updated_at |
# expected "check:severity" (or "-": no compliance finding) | the law.
cases=$(cat <<'CASES'
2026-06-27T12:00Z|us-juneteenth-sat|US||yes|2020-01-01|web_form|2026-06-12|||optout_pending:info|CAN-SPAM 7704(a)(4)(A) 10 business days from Fri 12 Jun; Juneteenth (19 Jun) is no business day, due Mon 29 Jun
2026-06-29T12:00Z|us-juneteenth-due|US||yes|2020-01-01|web_form|2026-06-12|||optout_pending:info|CAN-SPAM: due day 29 Jun itself is within the deadline
2026-06-30T12:00Z|us-juneteenth-after|US||yes|2020-01-01|web_form|2026-06-12|||optout_not_honoured:critical|CAN-SPAM: the day after the 10th business day
2026-12-07T12:00Z|us-thanksgiving-due|US||yes|2020-01-01|web_form|2026-11-20|||optout_pending:info|CAN-SPAM: Thanksgiving (26 Nov) skipped, due Mon 7 Dec
2026-12-08T12:00Z|us-thanksgiving-after|US||yes|2020-01-01|web_form|2026-11-20|||optout_not_honoured:critical|CAN-SPAM: day after 7 Dec
2026-07-13T12:00Z|ca-canadaday-due|CA||yes|2020-01-01|web_form|2026-06-26|||optout_pending:info|CASL s. 11(3) 10 business days; Canada Day (1 Jul) skipped, due 13 Jul
2026-07-14T12:00Z|ca-canadaday-after|CA||yes|2020-01-01|web_form|2026-06-26|||optout_not_honoured:critical|CASL s. 11(3): day after 13 Jul
2026-08-24T12:00Z|sg-nationalday-due|SG||yes|2020-01-01|web_form|2026-08-07|||optout_pending:info|Spam Control Act 10 business days; National Day observed Mon 10 Aug, due 24 Aug
2026-08-25T12:00Z|sg-nationalday-after|SG||yes|2020-01-01|web_form|2026-08-07|||optout_not_honoured:critical|Spam Control Act: day after 24 Aug
2026-04-09T12:00Z|au-easter-before|AU||yes|2020-01-01|web_form|2026-04-01|||optout_pending:info|Spam Act s. 18, 5 working days; Good Friday and Easter Monday skipped, due Fri 10 Apr
2026-04-10T12:00Z|au-easter-due|AU||yes|2020-01-01|web_form|2026-04-01|||optout_pending:info|Spam Act: due day 10 Apr
2026-04-11T12:00Z|au-easter-after|AU||yes|2020-01-01|web_form|2026-04-01|||optout_not_honoured:critical|Spam Act: day after 10 Apr
2026-04-04T12:00Z|de-month-rollover-sat|DE||yes|2025-06-01|web_form|2026-03-03|||optout_pending:info|GDPR Art. 12(3) 1 month ends Good Friday 3 Apr; Reg. 1182/71 art. 3(4): next working day is Tue 7 Apr (Easter Monday off)
2026-04-07T12:00Z|de-month-rollover-due|DE||yes|2025-06-01|web_form|2026-03-03|||optout_pending:info|Reg. 1182/71 art. 3(4): due Tue 7 Apr
2026-04-08T12:00Z|de-month-rollover-after|DE||yes|2025-06-01|web_form|2026-03-03|||optout_not_honoured:critical|Reg. 1182/71 art. 3(4): day after 7 Apr
2026-03-02T12:00Z|fr-month-plain-due|FR||yes|2025-06-01|web_form|2026-02-02|||optout_pending:info|GDPR Art. 12(3): 2 Feb + 1 month = Mon 2 Mar, a working day
2026-03-03T12:00Z|fr-month-plain-after|FR||yes|2025-06-01|web_form|2026-02-02|||optout_not_honoured:critical|GDPR Art. 12(3): day after 2 Mar
2026-12-29T12:00Z|gb-boxing-due|GB||yes|2025-06-01|web_form|2026-11-28|||optout_pending:info|UK GDPR Art. 12(3); 28 Dec is the Boxing Day substitute bank holiday, due Tue 29 Dec (ICO)
2026-12-30T12:00Z|gb-boxing-after|GB||yes|2025-06-01|web_form|2026-11-28|||optout_not_honoured:critical|UK GDPR: day after 29 Dec
2026-03-16T03:00Z|ca-dateonly-local-due|CA||yes|2024-03-15|inquiry||||consent_expired:error|CASL s. 10(10) 6 months from an inquiry: long past (control)
2026-03-16T03:00Z|ca-dateonly-24m-due|CA||yes|2024-03-15|web||||-|CASL s. 13: unclassified consent, 24 months; 23:00 in Toronto on 15 Mar 2026 is still the last day
2026-03-16T12:00Z|ca-dateonly-24m-after|CA||yes|2024-03-15|web||||consent_expired:error|CASL s. 13 with s. 10(10): 16 Mar in Toronto, past 24 months
2026-03-16T12:00Z|ca-express-none|CA||yes|2024-03-15|web_form||||-|CRTC: express consent lasts until withdrawn
2026-06-01T12:00Z|us-age-daybefore|US|2010-06-01|yes|2023-05-31|web_form||||minor_with_consent:error|COPPA: consent the day before the 13th birthday is a child's, even now he is 16
2026-06-01T12:00Z|us-age-birthday|US|2010-06-01|yes|2023-06-01|web_form||||-|COPPA: 13 on the day of the 13th birthday
2026-06-01T12:00Z|us-age-leap-0228|US|2012-02-29|yes|2025-02-28|web_form||||minor_with_consent:error|COPPA: born 29 Feb, 13 only on 1 Mar in a common year
2026-06-01T12:00Z|us-age-leap-0301|US|2012-02-29|yes|2025-03-01|web_form||||-|COPPA: born 29 Feb, 13 on 1 Mar 2025
2026-06-01T12:00Z|si-age-14|SI|2010-05-10|yes|2025-05-09|web_form||||minor_with_consent:error|ZVOP-2 art. 8: 15 in Slovenia
2026-06-01T12:00Z|si-age-15|SI|2010-05-10|yes|2025-05-10|web_form||||-|ZVOP-2 art. 8: 15 on the birthday
2026-06-01T12:00Z|no-age-13|NO|2012-05-10|yes|2025-05-10|web_form||||-|Personopplysningsloven s. 5: 13 in Norway
2026-06-01T12:00Z|no-age-12|NO|2012-05-10|yes|2025-05-09|web_form||||minor_with_consent:error|Personopplysningsloven s. 5: 12 is below 13
2026-06-01T12:00Z|is-age-13|IS|2012-05-10|yes|2025-05-10|web_form||||-|Act 90/2018 art. 10: 13 in Iceland
2026-06-01T12:00Z|ax-age-13|AX|2012-05-10|yes|2025-05-10|web_form||||-|Finnish Data Protection Act s. 5: 13 in Aland
2026-06-01T12:00Z|re-age-15|RE|2010-05-10|yes|2025-05-10|web_form||||-|Loi Informatique et Libertes art. 45: 15 in La Reunion
2026-06-01T12:00Z|re-age-14|RE|2010-05-10|yes|2025-05-09|web_form||||minor_with_consent:error|Loi Informatique et Libertes art. 45: 14 is below 15
2026-06-01T12:00Z|ca-age-12|CA|2012-05-10|yes|2025-05-09|web_form||||minor_with_consent:warning|OPC guidance (GUID): under 13, review recommended
2026-06-01T12:00Z|au-age-14|AU|2010-05-10|yes|2025-05-09|web_form||||minor_with_consent:warning|OAIC APP Guidelines B.58 (GUID): capacity from 15
2026-06-01T12:00Z|id-age-17|ID|2007-05-10|yes|2025-05-09|web_form||||minor_with_consent:error|UU PDP art. 25: a child is under 18
2026-06-01T12:00Z|id-age-18|ID|2007-05-10|yes|2025-05-10|web_form||||-|UU PDP art. 25: 18 on the birthday
2027-05-12T12:00Z|in-age-before-force|IN|2010-01-01|yes|2026-01-01|web_form||||-|DPDP Rules 2025: the age rule applies from 13 May 2027
2027-05-13T12:00Z|in-age-in-force|IN|2010-01-01|yes|2026-01-01|web_form||||minor_with_consent:error|DPDP Act s. 9: under 18 from 13 May 2027
2026-01-11T12:00Z|fr-stale-batch-update|FR||no||||2023-01-10|2026-01-05|stale:warning|CNIL (GUID): 3 years from the last contact; a batch update is not activity
2026-01-10T12:00Z|fr-stale-last-day|FR||no||||2023-01-10|2026-01-05|-|CNIL: the last day of 36 months
2026-01-11T12:00Z|de-consent-advisory|DE||yes|2023-01-10|web||||consent_expired:info|BGH III ZR 196/17: German consent does not expire by time alone
2026-01-11T12:00Z|fr-consent-review|FR||yes|2024-01-10|web||||consent_expired:warning|EDPB 05/2020 (PRAC 24 months): review recommended
2026-01-11T12:00Z|de-consent-unknown|DE||yes|unknown|web||||consent_no_evidence:error|GDPR Art. 7(1): consent_at 'unknown' is no evidence
2026-01-11T12:00Z|us-optout-unknown|US||yes|2020-01-01|web_form|unknown|||optout_not_honoured:critical|CAN-SPAM: an opt-out without a date cannot be shown to be honoured
2026-01-11T12:00Z|us-padded-yes|US||Yes |2020-01-01|web_form|2025-01-02|||optout_not_honoured:critical|CAN-SPAM: 'Yes ' from a CHAR column is yes
2026-01-11T12:00Z|us-flag-maybe|US||maybe|2020-01-01|web_form|2025-01-02|||consent_no_evidence:error|a consent flag that is neither yes nor no is unknown consent
CASES
)
checks="'stale','retention','consent_expired','consent_no_evidence','optout_not_honoured','optout_pending','minor_with_consent','data_localization','incomplete','reasked_too_soon'"
# Subdivisions and channels: as-of | key | country | subdivision | birth |
# consent | consent_at | consent_sms | opted_out_sms_at | consent_sale |
# opted_out_sale_at | expected | the law.
cases2=$(cat <<'CASES'
2026-06-01T12:00Z|qc-age-13|CA|CA-QC|2011-05-10|yes|2025-05-09|||||minor_with_consent:error|Quebec Law 25 s. 4.1: under 14 needs a parent (13 at consent)
2026-06-01T12:00Z|qc-age-13-bare|CA|qc|2011-05-10|yes|2025-05-09|||||minor_with_consent:error|Quebec Law 25 s. 4.1: the subdivision written as QC with country CA
2026-06-01T12:00Z|qc-age-14|CA|CA-QC|2011-05-10|yes|2025-05-10|||||-|Quebec Law 25 s. 4.1: 14 on the birthday
2026-06-01T12:00Z|on-age-13|CA|CA-ON|2011-05-10|yes|2025-05-09|||||-|OPC guidance: 13 is enough outside Quebec
2026-04-11T19:00Z|ca-sale-chavez-sat|US|US-CA|||2020-01-01|||yes|2026-03-20|optout_pending:info|11 CCR 7026(f) 15 business days; Cesar Chavez Day (31 Mar, Gov. Code 6700) skipped, due Mon 13 Apr
2026-04-13T19:00Z|ca-sale-chavez-due|US|US-CA|||2020-01-01|||yes|2026-03-20|optout_pending:info|11 CCR 7026(f): due day 13 Apr (Los Angeles time)
2026-04-14T19:00Z|ca-sale-chavez-after|US|US-CA|||2020-01-01|||yes|2026-03-20|optout_not_honoured:critical|11 CCR 7026(f): the day after
2026-06-01T12:00Z|ca-sale-minor-15|US|US-CA|2011-01-01||2026-01-02|||yes||minor_with_consent:error|Civ. Code 1798.120(c): sale of a 15-year-old's data needs an opt-in
2026-06-01T12:00Z|ca-sale-16|US|US-CA|2010-01-01||2026-01-01|||yes||-|Civ. Code 1798.120(c): 16 on the birthday
2026-06-01T12:00Z|us-sale-15-federal|US||2011-01-01||2026-01-02|||yes||-|outside California no sale age; COPPA's 13 is met
2026-06-30T12:00Z|us-sms-tcpa-after|US|||yes|2020-01-01|yes|2026-06-12|||optout_not_honoured:critical|TCPA 47 CFR 64.1200(a)(10): SMS revocation within 10 business days (Juneteenth skipped), due 29 Jun
2026-06-29T12:00Z|us-sms-tcpa-due|US|||yes|2020-01-01|yes|2026-06-12|||optout_pending:info|TCPA: due day 29 Jun
2026-06-30T12:00Z|us-sms-honoured|US|||yes|2020-01-01|no|2026-06-12|||-|TCPA: SMS consent withdrawn, email consent stays: no finding
2026-09-01T12:00Z|ca-sale-reask-early|US|US-CA|||2026-03-15|||yes|2025-03-15|reasked_too_soon:error|Civ. Code 1798.135(c)(4): asked again on the last day of the 12 months
2026-09-01T12:00Z|ca-sale-reask-ok|US|US-CA|||2026-03-16|||yes|2025-03-15|-|Civ. Code 1798.135(c)(4): the day after 12 months
2026-09-01T12:00Z|us-sale-reask-federal|US||||2026-01-02|||yes|2025-03-15|-|no federal wait before asking again
CASES
)
n=$(( $(printf '%s\n' "$cases" | grep -c .) + $(printf '%s\n' "$cases2" | grep -c .) + 2 ))
tap_plan "$n"
q() { [ -z "$1" ] && echo NULL || echo "'$1'"; }
while IFS='|' read -r asof key cc birth consent cat src opt act upd expect why; do
	sql "TRUNCATE customers" >/dev/null
	sql "INSERT INTO customers VALUES ($(q "$key"), $(q "$cc"), $(q "$birth"),
		$(q "$consent"), $(q "$cat"), $(q "$src"), $(q "$opt"), $(q "$act"),
		$(q "$upd"), NULL)" >/dev/null
	STEWARD_NOW="$asof" "$STEWARD" scan -q -c "$conf" >"$T_DIR/scan.out" 2>&1 ||
		sed 's/^/# /' "$T_DIR/scan.out"
	got=$(sql "SELECT string_agg(check_name || ':' || severity, ',' ORDER BY check_name)
		FROM steward.findings WHERE status = 'open' AND record_key = '$key'
		AND check_name IN ($checks)")
	is "${got:--}" "$expect" "$key at $asof: $why"
	[ "${got:--}" = "$expect" ] || sql "SELECT check_name, detail FROM steward.findings
		WHERE status = 'open' AND record_key = '$key'" | sed 's/^/# /'
done <<<"$cases"
while IFS='|' read -r asof key cc sub birth consent cat sms smsout sale saleout expect why; do
	sql "TRUNCATE customers" >/dev/null
	sql "INSERT INTO customers (customer_id, country, subdivision, birth_date,
		consent, consent_at, consent_sms, opted_out_sms_at, consent_sale,
		opted_out_sale_at, consent_source) VALUES ($(q "$key"), $(q "$cc"), $(q "$sub"),
		$(q "$birth"), $(q "$consent"), $(q "$cat"), $(q "$sms"),
		$(q "$smsout"), $(q "$sale"), $(q "$saleout"), 'web_form')" >/dev/null
	STEWARD_NOW="$asof" "$STEWARD" scan -q -c "$conf" >"$T_DIR/scan.out" 2>&1 ||
		sed 's/^/# /' "$T_DIR/scan.out"
	got=$(sql "SELECT string_agg(check_name || ':' || severity, ',' ORDER BY check_name)
		FROM steward.findings WHERE status = 'open' AND record_key = '$key'
		AND check_name IN ($checks)")
	is "${got:--}" "$expect" "$key at $asof: $why"
	[ "${got:--}" = "$expect" ] || sql "SELECT check_name, detail FROM steward.findings
		WHERE status = 'open' AND record_key = '$key'" | sed 's/^/# /'
done <<<"$cases2"
# steward explain gives the basis of every verdict, passes included.
sql "TRUNCATE customers" >/dev/null
sql "INSERT INTO customers (customer_id, country, birth_date, consent, consent_at,
	consent_source, opted_out_at) VALUES ('explain-us', 'US', '2010-01-01', 'yes',
	'2025-01-01', 'web_form', '2026-06-12')" >/dev/null
out=$("$STEWARD" explain -c "$conf" explain-us 2>&1)
printf '%s\n' "$out" | sed 's/^/# /'
like "$out" "optout_not_honoured.*basis STAT CAN-SPAM 15 U\.S\.C\. 7704" "explain: the opt-out verdict cites its statute"
like "$out" "minor_with_consent.*basis STAT COPPA" "explain: the age verdict cites its statute"
