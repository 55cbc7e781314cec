#!/usr/bin/env python3
"""gen-customers.py -- deterministic synthetic cross-border customer data.

Generates rows for a PostgreSQL customer table in COPY text format, with
planted data-quality defects and a ground-truth file listing every planted
defect.  Standard library only; output is streamed (constant memory).

Usage:
    gen-customers.py --schema [--table NAME]          # CREATE TABLE to stdout
    gen-customers.py [--rows N] [--seed S] [--truth FILE] [--now YYYY-MM-DD]
                     [--verify] [--stats]  > customers.copy

Load:
    gen-customers.py --schema | psql
    gen-customers.py --rows 100000 --seed 1 --truth truth.tsv \\
        | PGCLIENTENCODING=UTF8 psql -c "COPY customers FROM STDIN"

Determinism: the same --seed, --rows and --now give byte-identical rows and
truth.  "Now" is the fixed reference instant 2026-11-01T00:00:00Z unless
--now is given; the wall clock is never read.

Ground truth (TSV, header record_key/kind/field/note): one line per planted
defect.  record_key is customer_id; field is the LOGICAL field name
(first_name, last_name, email, phone, postal_code, country, birth_date,
consent_marketing, consent_at, consent_source, opted_out_at,
last_activity_at, created_at, storage_region) or empty; note is free
text, COPY-escaped (backslash, tab, newline, CR), e.g. the bad value or
"dup-of:KEY".

Content: 23 countries (weighted towards the EU), names in their own
scripts (accented Latin, Cyrillic, Chinese, Japanese) from pools of 30+
given and 30+ family names, ASCII email local parts (transliterated,
pinyin/romaji) on real per-country providers, local phone and postcode
formats.  Clean email addresses and phone numbers are never shared by two
different persons (a fixed-size Bloom filter, so memory stays bounded);
only planted duplicates (kind "duplicate", note "dup-of:KEY" with KEY the
customer_id of the person's first record) re-use them.  created_at grows
with customer_id.

Kinds named like the checks of rules/fields.rules (email_malformed,
phone_malformed, postal_malformed, placeholder_name, placeholder_email,
required_email, required_last_name, required_country, country_invalid,
birth_date_invalid) are labelled by construction: the generator knows
what it broke.  Some labels follow from another defect: a record whose
country is blanked or no country (country_invalid: XX, Atlantis, ...) has
its postal code, and a phone number in national form, labelled too (no
country, no format to judge them by), and a birth date in the future, over 120 years ago or below the
jurisdiction's minimum age (minor_with_consent) is birth_date_invalid.
email_typo_domain, a mistyped domain of a real provider, is what Steward
reports as the email validator's advice (email_malformed.advice,
typo-domain:...).  Nothing here copies a rule's regex or a validator:
--verify (run with the system's python3, which has python3-phonenumbers
and python3-email-validator) re-judges every email, phone and postal code
of every row with independent references
(tests/integration/references.py: libphonenumber, email-validator and
the Public Suffix List, Google's postal-code formats), every country by
Debian's iso-codes, and the birth dates by calendar arithmetic, and exits 1 on any disagreement with the
truth: a planted value must be invalid by the reference, a clean one
valid.  Where the reference cannot judge (Ireland: Google's data has no
postal-code format) the label is taken as planted and counted.

Compliance kinds (named like Steward's jurisdiction checks) are planted
per jurisdiction.  A row's jurisdiction comes from its country column via
JURISDICTIONS, a copy of the limits in rules/packs/*.rules (eu, uk, us,
ca, br, ru, cn, id, in, jp, au, sg); CH, MX and rows without a country
(required_country, country_invalid) are "unassigned".  JURISDICTIONS mirrors the packs and
must be changed together with them; --verify compares the two when the
packs are found next to this script (every value, its basis, from/until,
binds and rollover).  A value is applied only within its from/until, as
of the local date of "now" in the jurisdiction's zone (India's
stale_after and minimum age from 2027-05-13: not at the default --now);
basis, binds and consent_advisory decide only a finding's severity
(review, info), which the truth does not record.  The kinds:
  stale                last_activity_at (the customer's own activity;
                       updated_at is not) older than the jurisdiction's
                       stale_after (none for us, jp, unassigned, and in
                       before 2027-05-13)
  consent_expired      opt-in whose consent_at is older than the
                       consent_max_age of its consent kind (from
                       consent_source via CONSENT_KIND_OF_SOURCE; NULL
                       source = "any"): eu/uk 24 months (de too: an
                       advisory, severity info); ca purchase 24 months,
                       inquiry 6 months, express none, any (unclassified,
                       CASL) 24 months
  consent_no_evidence  opt-in without consent_at (field consent_at), else
                       without consent_source (field consent_source)
  optout_not_honoured  opt-in with opted_out_at >= consent_at (or no
                       consent_at) and the optout_deadline passed (or the
                       jurisdiction has none)
  optout_pending       the same, but the deadline has not passed yet
  minor_with_consent   opt-in, age on the day of consent_at (on "now"
                       without one) below the (per-country) minimum_age
                       (field consent_marketing); clean consent is never
                       dated before the minimum-age birthday (+ margin)
  data_localization    storage_region not allowed by the jurisdiction
                       (ru: RU only)
Every planted or clean timestamp and date is at least 5 days (naive UTC
arithmetic) from every threshold, so time zones and calendar details
never decide.  Opt-out deadlines are computed as Steward does
(validators/calendar.c): business days skip weekends and the public
holidays of the record's country, read from validators/holidays.c, and a
month deadline with "rollover" (eu, uk) ending on a day off moves to the
next working day; a planted opt-out is >= 5 days from that exact
deadline, and keeps its verdict with the event or "now" a day either
side.  The one exception is optout_pending under a 5-business-day
deadline (au), where only 1-3 days old opt-outs fit: >= 3 days from the
deadline in general, >= 5 days for the default --now.

Columns: the last column, storage_region, is where the record is stored
(ISO 3166-1 alpha-2): RU rows "RU"; otherwise one region per continent,
"DE" for Europe, "US" for the Americas, "SG" for Asia and Oceania.
Planted data_localization rows are Russian rows stored in "DE".
"""

import argparse
import bisect
import collections
import datetime
import os
import re
import sys
import unicodedata
import zlib

# ---------------------------------------------------------------------------
# The kinds named like the checks of rules/fields.rules.  The generator
# knows what it broke: each planted value is labelled by construction, and
# nothing here copies a rule's regular expression or a validator.  --verify
# checks the labels against independent references instead
# (tests/integration/references.py: libphonenumber, email-validator and
# the Public Suffix List, Google's postal-code formats).
# ---------------------------------------------------------------------------
RULE_KINDS = ("email_malformed", "phone_malformed", "postal_malformed",
              "placeholder_name", "placeholder_email", "required_email",
              "required_last_name", "required_country", "country_invalid",
              "birth_date_invalid")
ROW_KINDS = ("email_typo_domain", "stale", "consent_expired",
             "consent_no_evidence", "optout_not_honoured", "optout_pending",
             "birthdate_future", "birthdate_too_old", "minor_with_consent",
             "data_localization", "created_after_updated")
# The row kinds that depend on the row's jurisdiction (the compliance
# checks); --stats counts them per jurisdiction.
COMPLIANCE_KINDS = ("stale", "consent_expired", "consent_no_evidence",
                    "optout_not_honoured", "optout_pending",
                    "minor_with_consent", "data_localization")

COLUMNS = ("customer_id", "given_name", "family_name", "email", "phone",
           "country", "postcode", "birth_date", "created_at", "updated_at",
           "last_activity_at", "marketing_opt_in", "consent_at",
           "consent_source", "opted_out_at", "channel", "storage_region")

SCHEMA = """CREATE TABLE {table} (
  customer_id bigint PRIMARY KEY,
  given_name text,
  family_name text,
  email text,
  phone text,
  country text,            -- ISO 3166-1 alpha-2
  postcode text,
  birth_date date,
  created_at timestamptz,
  updated_at timestamptz,
  last_activity_at timestamptz,
  marketing_opt_in boolean,
  consent_at timestamptz,
  consent_source text,
  opted_out_at timestamptz,
  channel text,            -- web | newsletter | callcentre | store
  storage_region text      -- ISO 3166-1 alpha-2 of where the record is stored
);
"""

DAY = 86400
YEAR_D = 365.2425
DEFAULT_NOW = "2026-11-01"

# Margins keep every generated value far from the thresholds of the
# row-level kinds, so "clean" and "planted" never depend on leap-day
# arithmetic, time zones or weekdays.  The per-jurisdiction windows are
# derived from JURISDICTIONS below (JurView); these are the fixed ones.
MARGIN_DAYS = 5                 # minimum distance from any threshold
CLEAN_ACTIVITY_DAYS = 1000      # clean last_activity_at within this (36 months = 1096 d)
STALE_DAYS = 1130               # stale last_activity_at older than this
NOSTALE_ACTIVITY_DAYS = 2000    # clean last_activity_at where nothing goes stale
CLEAN_CONSENT_DAYS = 1400       # clean consent_at where the kind has no limit
SPAN_DAYS = 8 * 365 + 2         # created_at spread over ~8 years

P_DUP = 0.04                    # extra record of an earlier person
P_DEFECT = 0.068                # at least one other planted defect
P_SECOND = 0.15                 # ... and a second one
DUP_VARIATIONS = (("name_typo", 30), ("translit", 15), ("name_swap", 8),
                  ("phone_format", 17), ("email_case", 15), ("new_address", 15))

# ---------------------------------------------------------------------------
# Jurisdictions.  THIS TABLE MIRRORS rules/packs/*.rules (their enabled
# lines): change it together with the packs.  --verify parses the packs
# next to this script and fails on any difference.
#
# A limit is a Lim: number and unit ("months", "days", "hours",
# "business_days", or "none" for an explicit no-limit), whether a last
# day off work rolls over to the next working day ("rollover"), and the
# words after the value in the pack: basis TAG (STAT, CASE, GUID, PRAC;
# the citation is not mirrored), from/until (ISO dates: outside them the
# value is not applied) and binds CLASS.  An age is an Age, a list of
# codes a Codes, with the same words.  None means unset.  How the
# generator applies them (as rules/compliance.c does):
#   - a value is applied only on days within its from/until, judged on
#     the local date of "now" in the jurisdiction's zone;
#   - basis and binds decide only the severity of a finding (GUID, PRAC
#     and a binds class the configuration does not declare: a review,
#     a warning at most; consent_advisory countries: info), never whether
#     there is one; the truth has no severity;
#   - "holidays public": business days and rollover skip the public
#     holidays of the record's country, read from validators/holidays.c
#     (the table Steward is built with);
#   - minimum_age is judged on the day consent was given (consent_at),
#     on the scan day when there is none;
#   - channel and subdivision blocks are mirrored but never apply: the
#     generated table has one consent flag and no subdivision column.
# Not mirrored: the packs' aliases (UK->GB, EL->GR, IC/EA->ES; the
# generator writes ISO codes only).  Every generated value keeps
# MARGIN_DAYS from every threshold, so the zone of an event never
# decides; the zone is mirrored for the day on which from/until are read.
# A country in no pack, and a missing or blank country, is "unassigned":
# no limits at all (an opt-out then has no deadline, i.e. is overdue at
# once).
# ---------------------------------------------------------------------------
Lim = collections.namedtuple("Lim", "n unit rollover basis frm until binds",
                              defaults=(False, None, None, None, None))
Age = collections.namedtuple("Age", "age basis frm until binds",
                              defaults=(None, None, None, None))
Codes = collections.namedtuple("Codes", "codes basis frm until binds",
                                defaults=(None, None, None, None))


_EU_AGES = {cc: 13 for cc in "BE DK EE FI LV MT PT SE NO IS AX".split()}
_EU_AGES.update({cc: 14 for cc in "AT BG CY ES IT LT".split()})
_EU_AGES.update({cc: 15 for cc in "CZ FR GR SI GF GP MQ RE YT MF".split()})
_EU_AGES.update({cc: 16 for cc in "DE HR HU IE LU NL PL RO SK".split()})
_BD10 = Lim(10, "business_days", basis="STAT")


def _jur(countries, tz, **kw):
    d = {"countries": tuple(countries.split()), "timezone": tz,
         "stale_after": None, "consent_max_age": {}, "optout_deadline": None,
         "minimum_age": None, "minimum_age_by_country": {},
         "storage_region": None, "consent_advisory": None,
         "holidays": "public", "business_class": None,
         "channels": {}, "subdivisions": {}}
    for k, v in kw.items():
        assert k in d, k
        d[k] = v
    return d


JURISDICTIONS = {
    "eu": _jur("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU "
               "LV MT NL PL PT RO SE SI SK IS LI NO AX GF GP MQ RE YT MF",
               "Europe/Brussels",
               stale_after=Lim(36, "months", basis="GUID"),
               consent_max_age={"any": Lim(24, "months", basis="PRAC")},
               optout_deadline=Lim(1, "months", rollover=True, basis="STAT"),
               consent_advisory=Codes(("DE",), "CASE"),
               minimum_age=Age(16, "STAT"),
               minimum_age_by_country={cc: Age(a, "STAT") for cc, a in _EU_AGES.items()}),
    "uk": _jur("GB", "Europe/London",
               stale_after=Lim(36, "months", basis="PRAC"),
               consent_max_age={"any": Lim(24, "months", basis="PRAC"),
                                "third_party": Lim(6, "months", basis="GUID")},
               optout_deadline=Lim(1, "months", rollover=True, basis="STAT"),
               minimum_age=Age(13, "STAT")),
    "us": _jur("US", "America/New_York",
               optout_deadline=_BD10, minimum_age=Age(13, "STAT"),
               channels={"sms": {"optout_deadline": Lim(10, "business_days", basis="STAT",
                                                        frm="2025-04-11")},
                         "phone": {"optout_deadline": Lim(10, "business_days", basis="STAT",
                                                          frm="2025-04-11")}},
               subdivisions={"US-CA": {
                   "timezone": "America/Los_Angeles", "holidays": "public",
                   "channels": {"sale": {
                       "optout_deadline": Lim(15, "business_days", basis="STAT"),
                       "minimum_age": Age(16, "STAT"),
                       "reask_after": Lim(12, "months", basis="STAT")}}}}),
    "ca": _jur("CA", "America/Toronto",
               stale_after=Lim(36, "months", basis="PRAC"),
               consent_max_age={"implied_purchase": Lim(24, "months", basis="STAT"),
                                "implied_inquiry": Lim(6, "months", basis="STAT"),
                                "express": Lim(0, "none", basis="GUID"),
                                "any": Lim(24, "months", basis="STAT")},
               optout_deadline=_BD10, minimum_age=Age(13, "GUID"),
               subdivisions={"CA-QC": {"minimum_age": Age(14, "STAT")}}),
    "br": _jur("BR", "America/Sao_Paulo",
               stale_after=Lim(36, "months", basis="PRAC"), minimum_age=Age(12, "STAT")),
    "ru": _jur("RU", "Europe/Moscow",
               stale_after=Lim(36, "months", basis="PRAC"),
               optout_deadline=Lim(1, "days", basis="STAT"),
               storage_region=Codes(("RU",), "STAT")),
    "cn": _jur("CN", "Asia/Shanghai",
               stale_after=Lim(36, "months", basis="PRAC"), minimum_age=Age(14, "STAT")),
    "id": _jur("ID", "Asia/Jakarta",
               stale_after=Lim(36, "months", basis="PRAC"),
               optout_deadline=Lim(72, "hours", basis="STAT"),
               minimum_age=Age(18, "STAT")),
    "in": _jur("IN", "Asia/Kolkata",
               stale_after=Lim(36, "months", basis="STAT", frm="2027-05-13",
                               binds="large_platform"),
               minimum_age=Age(18, "STAT", frm="2027-05-13")),
    "jp": _jur("JP", "Asia/Tokyo", minimum_age=Age(15, "GUID")),
    "sg": _jur("SG", "Asia/Singapore",
               stale_after=Lim(36, "months", basis="PRAC"),
               optout_deadline=Lim(10, "business_days", basis="STAT"),
               minimum_age=Age(13, "GUID")),
    "au": _jur("AU", "Australia/Sydney",
               stale_after=Lim(36, "months", basis="PRAC"),
               optout_deadline=Lim(5, "business_days", basis="STAT"),
               minimum_age=Age(15, "GUID")),
}
UNASSIGNED = "unassigned"
JURISDICTION_OF_COUNTRY = {cc: j for j, d in JURISDICTIONS.items() for cc in d["countries"]}

# consent_source -> consent kind of consent_max_age (the demo configuration
# declares the same mapping).  A NULL source has kind "any".
CONSENT_KIND_OF_SOURCE = {
    "checkout": "implied_purchase", "in_store_tablet": "implied_purchase",
    "phone_call": "implied_inquiry",
    "web_form": "express", "double_opt_in": "express",
    "newsletter_signup": "express", "paper_form": "express",
}


def local_date(jdef, t):
    """the date of instant t (seconds) in the jurisdiction's zone (UTC
    without one, or without the zoneinfo data)"""
    tz = jdef.get("timezone") if jdef else None
    utc = datetime.datetime.fromtimestamp(t, datetime.timezone.utc)
    if tz:
        try:
            import zoneinfo
            return utc.astimezone(zoneinfo.ZoneInfo(tz)).date()
        except Exception:       # no tzdata: the UTC date
            pass
    return utc.date()


def in_force(v, today):
    """v (a Lim, Age or Codes) applies on date today: its from/until"""
    if v is None:
        return False
    iso = today.isoformat()
    return (v.frm is None or iso >= v.frm) and (v.until is None or iso <= v.until)


def applied(v, today):
    """v if it is a limit applied on date today: set, not "none", in force"""
    if v is None or getattr(v, "unit", None) == "none" or not in_force(v, today):
        return None
    return v


def consent_limit(jdef, kind, today):
    """The consent_max_age applied to a consent kind on date today: the
    jurisdiction's value for that kind if it sets one (possibly none),
    else its "any"; None for no limit."""
    cma = jdef["consent_max_age"] if jdef else {}
    return applied(cma[kind] if kind in cma else cma.get("any"), today)


def limit_span_days(lim):
    """(shortest, longest) calendar length in days of a limit, whatever the
    start date, weekday or month length.  Conservative for months (3 days
    either side of the average).  Not for business days or rollover
    (holidays decide: see OptoutClock)."""
    n, unit = lim.n, lim.unit
    assert unit != "business_days" and not lim.rollover, lim
    if unit == "months":
        avg = n * YEAR_D / 12
        return int(avg) - 3, int(avg) + 4
    if unit == "hours":
        return n // 24, -(-n // 24)
    if unit == "days":
        return n, n
    raise ValueError("unknown unit %r" % unit)


def minimum_age_of(jdef, code, today=None):
    """The minimum age (an int) for a country, None for none; with today,
    only if applied on that date (minor_with_consent), without it
    whatever its dates (as the birth-date validator reads it)."""
    if jdef is None:
        return None
    a = jdef["minimum_age_by_country"].get(code, jdef["minimum_age"])
    if a is None or (today is not None and not in_force(a, today)):
        return None
    return a.age


# ---------------------------------------------------------------------------
# The calendar of rules/compliance.c and validators/calendar.c: day
# numbers (days since 1970-01-01), business days Monday to Friday without
# the country's public holidays (validators/holidays.c), a limit running
# to the end of the last day it reaches, rollover moving a last day off
# work to the next working day.
# ---------------------------------------------------------------------------
_HOLIDAYS = None


def load_holidays(path=None):
    """{code: frozenset of day numbers} from validators/holidays.c"""
    global _HOLIDAYS
    if _HOLIDAYS is not None:
        return _HOLIDAYS
    if path is None:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                            "validators", "holidays.c")
    epoch = datetime.date(1970, 1, 1).toordinal()
    arrays, cur = {}, None
    try:
        fh = open(path, encoding="utf-8")
    except OSError as e:
        raise SystemExit("gen-customers: the public holidays of the opt-out deadlines "
                         "are read from Steward's validators/holidays.c: %s" % e)
    with fh:
        for line in fh:
            m = re.match(r"static const long long (h_\w+)\[\] = \{", line)
            if m:
                cur = arrays.setdefault(m.group(1), set())
                continue
            if cur is not None:
                m = re.match(r"\s*HD\((\d+), (\d+), (\d+)\),", line)
                if m:
                    cur.add(datetime.date(*map(int, m.groups())).toordinal() - epoch)
                elif line.startswith("};"):
                    cur = None
                continue
            m = re.match(r'\s*\{ "([A-Z]{2}(?:-[A-Z0-9]+)?)", (h_\w+),', line)
            if m:
                arrays.setdefault("code:" + m.group(1), arrays[m.group(2)])
    _HOLIDAYS = {k[5:]: frozenset(v) for k, v in arrays.items() if k.startswith("code:")}
    if len(_HOLIDAYS) < 10:
        raise ValueError("%s: no holiday tables read" % path)
    return _HOLIDAYS


def business_day(d, hol):
    return (d + 3) % 7 < 5 and d not in hol


def add_business_days(d, n, hol):
    """cal_add_business_days_h: from a day off, counting starts as from
    the business day before"""
    if n == 0:
        return d
    while not business_day(d, hol):
        d -= 1
    while n:
        d += 1
        if business_day(d, hol):
            n -= 1
    return d


def add_months_day(d, n):
    epoch = datetime.date(1970, 1, 1)
    return (_add_months(epoch + datetime.timedelta(days=d), n) - epoch).days


def limit_last_day(d, lim, hol):
    """the last local day of limit lim on an event on day d"""
    if lim.unit == "business_days":
        return add_business_days(d, lim.n, hol)
    if lim.unit == "months":
        e = add_months_day(d, lim.n)
    elif lim.unit == "days":
        e = d + lim.n
    else:
        raise ValueError(lim)
    i = 0
    while lim.rollover and not business_day(e, hol) and i < 60:
        e += 1
        i += 1
    return e


def optout_verdict(lim, hol, opted, ref, margin):
    """"overdue", "pending" or None (too near the deadline to be sure)
    for an opt-out at instant opted under deadline lim, judged at instant
    ref: at least margin seconds from the deadline (the end of its last
    day), and the same verdict with the event and "now" a day either
    side (any zone)."""
    if lim.unit == "hours":
        due = opted + lim.n * 3600
        return ("overdue" if due <= ref - margin else
                "pending" if due >= ref + margin else None)
    d, today = opted // DAY, ref // DAY
    lasts = [limit_last_day(x, lim, hol) for x in (d - 1, d, d + 1)]
    due = (lasts[1] + 1) * DAY
    if max(lasts) < today - 1 and due <= ref - margin:
        return "overdue"
    if min(lasts) >= today and due >= ref + margin:
        return "pending"
    return None


# storage_region of a row: Russian records are stored in Russia, all others
# in one region per continent (Europe "DE", the Americas "US", Asia and
# Oceania "SG").  A planted data_localization row is Russian and stored in
# LOCALIZATION_WRONG_REGION.
STORAGE_REGION_OF_COUNTRY = dict(
    [(cc, "DE") for cc in "AT BE CH DE ES FR GB IE IT NL PL PT SE".split()] +
    [(cc, "US") for cc in "BR CA MX US".split()] +
    [(cc, "SG") for cc in "AU CN ID IN JP".split()] +
    [("RU", "RU")])
LOCALIZATION_WRONG_REGION = "DE"

# ---------------------------------------------------------------------------
# Reference data
# ---------------------------------------------------------------------------

CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}

SPECIAL_LATIN = {"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
                 "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "đ": "d",
                 "Đ": "D", "ı": "i"}
GERMAN_UML = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe",
              "Ü": "Ue"}


def translit_cyr(s):
    out = []
    for ch in s:
        lo = ch.lower()
        t = CYR.get(lo)
        if t is None:
            out.append(ch)
        elif ch != lo:
            out.append(t.capitalize())
        else:
            out.append(t)
    return "".join(out)


def latinize(s, german=False):
    if german:
        s = "".join(GERMAN_UML.get(c, c) for c in s)
    s = "".join(SPECIAL_LATIN.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def email_token(latin):
    t = "".join(c for c in latin.lower() if "a" <= c <= "z")
    if not t:
        raise ValueError("empty email token for %r" % latin)
    return t


def L(s):
    return [x.strip() for x in s.split(",") if x.strip()]


# Name pools.  Latin-script pools are plain lists; CJK pools are
# "native:romanization" pairs; RU is Cyrillic and transliterated.
N_DE_M = L("Lukas,Maximilian,Jonas,Leon,Felix,Paul,Elias,Tim,Niklas,Jan,Stefan,"
           "Thomas,Michael,Andreas,Markus,Christian,Matthias,Jürgen,Klaus,Uwe,"
           "Wolfgang,Dieter,Sebastian,Florian,Tobias,Jörg,Günter,Björn,Moritz,"
           "Finn,Frank,Ralf,Bernd,Horst,Till")
N_DE_F = L("Anna,Lena,Laura,Lea,Hannah,Sophie,Marie,Julia,Katharina,Sabine,Petra,"
           "Monika,Ursula,Claudia,Andrea,Susanne,Birgit,Jana,Sarah,Lisa,Johanna,"
           "Charlotte,Emilia,Mia,Käthe,Bärbel,Jutta,Heike,Ute,Renate,Gisela,"
           "Martina,Nicole,Jülide,Frauke")
N_DE_L = L("Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,"
           "Hoffmann,Schäfer,Koch,Bauer,Richter,Klein,Wolf,Schröder,Neumann,"
           "Schwarz,Zimmermann,Braun,Krüger,Hofmann,Hartmann,Lange,Schmitt,Werner,"
           "Schmitz,Krause,Meier,Lehmann,Schmid,Schulze,Maier,Köhler,Herrmann,"
           "König,Walter,Mayer,Huber,Kaiser,Fuchs,Peters,Lang,Scholz,Möller,Weiß,"
           "Jung,Hahn,Vogel,Friedrich,Keller,Günther,Frank,Berger,Winkler,Roth,"
           "Beck,Lorenz,Baumann,Franke,Albrecht,Schuster,Simon,Ludwig,Böhm,"
           "Winter,Kraus,Martin,Schumacher,Krämer,Vogt,Stein,Jäger,Otto,Sommer,"
           "Groß,Seidel,Heinrich,Brandt,Haas,Schreiber,Graf,Schulte,Dietrich,"
           "Ziegler,Kuhn,Kühn,Pohl,Engel,Horn,Busch,Bergmann,Voigt,Sauer,Arnold,"
           "Wolff,Pfeiffer,Yılmaz,Kaya,Nowak")
N_FR_M = L("Jean,Pierre,Michel,Philippe,Alain,Nicolas,Christophe,Patrick,Daniel,"
           "Frédéric,Stéphane,Sébastien,Julien,Laurent,Olivier,Éric,François,"
           "Thierry,Hugo,Lucas,Théo,Mathéo,Jérôme,Benoît,Gaël,Loïc,Cédric,Rémi,"
           "Raphaël,Antoine,Mathis,Gabriel")
N_FR_F = L("Marie,Nathalie,Isabelle,Sylvie,Catherine,Françoise,Valérie,Christine,"
           "Sandrine,Céline,Camille,Léa,Chloé,Manon,Emma,Inès,Zoé,Hélène,Élodie,"
           "Aurélie,Mélanie,Anaïs,Noémie,Amélie,Léonie,Margaux,Brigitte,Agnès,"
           "Océane,Clémence,Juliette,Louise")
N_FR_L = L("Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Leroy,Moreau,"
           "Simon,Laurent,Lefebvre,Michel,Garcia,David,Bertrand,Roux,Vincent,"
           "Fournier,Morel,Girard,André,Lefèvre,Mercier,Dupont,Lambert,Bonnet,"
           "François,Martinez,Legrand,Garnier,Faure,Rousseau,Blanc,Guérin,Muller,"
           "Henry,Roussel,Nicolas,Perrin,Morin,Mathieu,Clément,Gauthier,Dumont,"
           "Lopez,Fontaine,Chevalier,Robin,Masson,Gérard,Nguyen,Boyer,Denis,"
           "Lemaire,Duval,Joly,Noël,Rivière,Prévost,Carré,Rémy,Benoît,Le Gall,"
           "Da Silva,Le Roux,Brunet,Caron,Leclerc")
N_IT_M = L("Giuseppe,Giovanni,Antonio,Mario,Luigi,Francesco,Angelo,Vincenzo,Pietro,"
           "Salvatore,Carlo,Franco,Domenico,Bruno,Paolo,Michele,Giorgio,Aldo,"
           "Sergio,Luca,Marco,Andrea,Alessandro,Matteo,Lorenzo,Niccolò,Leonardo,"
           "Gabriele,Riccardo,Davide,Federico,Tommaso")
N_IT_F = L("Maria,Anna,Giuseppina,Rosa,Angela,Giovanna,Teresa,Lucia,Carmela,"
           "Caterina,Francesca,Antonella,Giulia,Chiara,Sara,Martina,Giorgia,"
           "Alessia,Federica,Elena,Valentina,Silvia,Paola,Laura,Roberta,Ilaria,"
           "Beatrice,Aurora,Sofia,Emanuela,Noemi")
N_IT_L = L("Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,"
           "Bruno,Gallo,Conti,De Luca,Mancini,Costa,Giordano,Rizzo,Lombardi,"
           "Moretti,Barbieri,Fontana,Santoro,Mariani,Rinaldi,Caruso,Ferrara,Galli,"
           "Martini,Leone,Longo,Gentile,Martinelli,Vitale,Lombardo,Serra,Coppola,"
           "De Santis,D'Angelo,Marchetti,Parisi,Villa,Conte,Ferraro,Ferri,Fabbri,"
           "Bianco,Marini,Grasso,Valentini,Messina,Sala,De Angelis,Gatti,"
           "Pellegrini,Palumbo,Sanna,Farina,Rizzi,Monti,Cattaneo,Morelli,Amato,"
           "Silvestri,Mazza,Testa,Grassi,Carbone,D'Amico,Niccolì")
N_ES_M = L("Antonio,José,Manuel,Francisco,David,Juan,Javier,Daniel,Carlos,Jesús,"
           "Alejandro,Miguel,Rafael,Pablo,Sergio,Fernando,Jorge,Luis,Alberto,"
           "Álvaro,Adrián,Diego,Raúl,Iván,Rubén,Óscar,Andrés,Ramón,Víctor,"
           "Ignacio,Hugo,Martín")
N_ES_F = L("María,Carmen,Ana,Isabel,Laura,Dolores,Pilar,Lucía,Cristina,Marta,"
           "Elena,Sara,Paula,Raquel,Rocío,Beatriz,Silvia,Nuria,Patricia,Irene,"
           "Andrea,Alba,Sofía,Verónica,Mónica,Inés,Ángela,Begoña,Montserrat,"
           "Ainhoa,Guadalupe,Ximena")
N_ES_L = L("García,Rodríguez,González,Fernández,López,Martínez,Sánchez,Pérez,"
           "Gómez,Martín,Jiménez,Ruiz,Hernández,Díaz,Moreno,Muñoz,Álvarez,Romero,"
           "Alonso,Gutiérrez,Navarro,Torres,Domínguez,Vázquez,Ramos,Gil,Ramírez,"
           "Serrano,Blanco,Molina,Morales,Suárez,Ortega,Delgado,Castro,Ortiz,"
           "Rubio,Marín,Sanz,Núñez,Iglesias,Medina,Garrido,Cortés,Castillo,"
           "Santos,Lozano,Guerrero,Cano,Prieto,Méndez,Cruz,Calvo,Gallego,Vidal,"
           "León,Márquez,Herrera,Peña,Flores,Cabrera,Campos,Vega,Fuentes,Ibáñez")
N_PT_M = L("José,João,Antônio,Francisco,Carlos,Paulo,Pedro,Lucas,Luiz,Marcos,"
           "Luís,Gabriel,Rafael,Daniel,Marcelo,Bruno,Eduardo,Felipe,Raimundo,"
           "Rodrigo,Gustavo,Matheus,Thiago,Leonardo,Guilherme,Fábio,Vinícius,"
           "Sérgio,Otávio,Caio,Gonçalo,Tiago")
N_PT_F = L("Maria,Ana,Francisca,Antônia,Adriana,Juliana,Márcia,Fernanda,Patrícia,"
           "Aline,Sandra,Camila,Amanda,Bruna,Jéssica,Letícia,Júlia,Luciana,"
           "Vanessa,Mariana,Gabriela,Beatriz,Larissa,Débora,Cláudia,Tânia,Renata,"
           "Luana,Bianca,Natália,Inês,Leonor")
N_PT_L = L("Silva,Santos,Oliveira,Souza,Rodrigues,Ferreira,Alves,Pereira,Lima,"
           "Gomes,Costa,Ribeiro,Martins,Carvalho,Almeida,Lopes,Soares,Fernandes,"
           "Vieira,Barbosa,Rocha,Dias,Nascimento,Andrade,Moreira,Nunes,Marques,"
           "Machado,Mendes,Freitas,Cardoso,Ramos,Gonçalves,Santana,Teixeira,"
           "Araújo,Conceição,Magalhães,Brandão,Falcão,da Silva,dos Santos,"
           "de Oliveira,de Souza")
N_PL_M = L("Piotr,Krzysztof,Andrzej,Tomasz,Paweł,Jan,Michał,Marcin,Stanisław,"
           "Jakub,Adam,Marek,Łukasz,Grzegorz,Mateusz,Wojciech,Mariusz,Dariusz,"
           "Zbigniew,Jerzy,Maciej,Rafał,Kamil,Henryk,Ryszard,Kazimierz,Szymon,"
           "Bartłomiej,Przemysław,Sławomir,Witold")
N_PL_F = L("Anna,Maria,Katarzyna,Małgorzata,Agnieszka,Barbara,Ewa,Krystyna,"
           "Elżbieta,Magdalena,Joanna,Zofia,Aleksandra,Monika,Teresa,Danuta,"
           "Natalia,Karolina,Marta,Beata,Dorota,Halina,Jadwiga,Jolanta,Iwona,"
           "Grażyna,Justyna,Paulina,Urszula,Agata,Wiesława")
N_PL_L = L("Nowak,Kowalski,Wiśniewski,Wójcik,Kowalczyk,Kamiński,Lewandowski,"
           "Zieliński,Szymański,Woźniak,Dąbrowski,Kozłowski,Jankowski,Mazur,"
           "Kwiatkowski,Wojciechowski,Krawczyk,Kaczmarek,Piotrowski,Grabowski,"
           "Zając,Pawłowski,Michalski,Król,Wieczorek,Jabłoński,Wróbel,"
           "Nowakowski,Majewski,Olszewski,Stępień,Malinowski,Jaworski,Adamczyk,"
           "Dudek,Nowicki,Pawlak,Górski,Witkowski,Walczak,Sikora,Baran,"
           "Rutkowski,Michalak,Szewczyk,Ostrowski,Tomaszewski,Pietrzak,Zalewski,"
           "Wróblewski,Borkowski,Sadowski")
N_NL_M = L("Jan,Pieter,Kees,Johannes,Hendrik,Willem,Gerrit,Cornelis,Dirk,Bram,"
           "Daan,Sem,Lucas,Levi,Finn,Thijs,Jesse,Ruben,Bas,Joost,Maarten,Sander,"
           "Niels,Stijn,Wouter,Erik,Martijn,Koen,Jeroen,Tim,Sjoerd")
N_NL_F = L("Maria,Anna,Johanna,Cornelia,Elisabeth,Emma,Julia,Sophie,Tess,Sanne,"
           "Lotte,Fleur,Anouk,Femke,Lisa,Eva,Iris,Marieke,Inge,Ingrid,Els,"
           "Anneke,Linda,Petra,Mirjam,Esther,Marloes,Ilse,Renée,Noor,Loïs")
N_NL_L = L("de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Janssen,Visser,"
           "Smit,Meijer,de Boer,Mulder,de Groot,Bos,Vos,Peters,Hendriks,"
           "van Leeuwen,Dekker,Brouwer,de Wit,Dijkstra,Smits,de Graaf,"
           "van der Meer,van der Linden,Kok,Jacobs,de Haan,Vermeulen,"
           "van den Heuvel,van der Veen,van den Broek,de Bruijn,de Bruin,"
           "van der Heijden,Schouten,van Beek,Willems,van Vliet,van de Ven,"
           "Hoekstra,Maas,Verhoeven,Koster,van Dam,van der Wal,Prins,Blom,"
           "Huisman,Tesselaar")
N_EN_M = L("Oliver,George,Harry,Jack,Jacob,Noah,Charlie,Thomas,Oscar,William,"
           "James,Henry,Leo,Alfie,Joshua,Freddie,Archie,Ethan,Isaac,Alexander,"
           "Joseph,Edward,Samuel,Max,Daniel,Arthur,Mohammed,David,Paul,Mark,"
           "Andrew,Richard,Christopher,Stephen,Ian,Gary,Seán")
N_EN_F = L("Olivia,Amelia,Isla,Ava,Emily,Sophia,Grace,Mia,Poppy,Ella,Lily,Evie,"
           "Isabella,Sophie,Ivy,Freya,Harper,Willow,Charlotte,Jessica,Sarah,Emma,"
           "Rebecca,Laura,Hannah,Lucy,Katie,Susan,Helen,Claire,Joanne,Siobhán,"
           "Niamh,Zoë,Chloë")
N_EN_L = L("Smith,Jones,Taylor,Brown,Williams,Wilson,Johnson,Davies,Robinson,"
           "Wright,Thompson,Evans,Walker,White,Roberts,Green,Hall,Wood,Jackson,"
           "Clarke,Patel,Khan,Lewis,James,Phillips,Mason,Mitchell,Rose,Davis,"
           "Cox,Morgan,Moore,Hughes,Edwards,Hill,Harris,Clark,Turner,O'Brien,"
           "O'Connor,McDonald,Campbell,Stewart,Murray,Kelly,Baker,Ward,Cooper,"
           "Morris,King,Harrison,Singh,Bennett,Young,Watson,Chapman,Anderson,"
           "Shaw,Price,Hussain,Ali,Lloyd,Ellis,Scott,Parker,Bell,Murphy,"
           "Marshall,Collins,Richardson,Fletcher,Owen,Russell,Tester")
N_US_M = L("James,Robert,John,Michael,David,William,Richard,Joseph,Thomas,"
           "Christopher,Charles,Daniel,Matthew,Anthony,Mark,Donald,Steven,Andrew,"
           "Joshua,Kevin,Brian,George,Timothy,Ronald,Jason,Ryan,Jacob,Gary,"
           "Nicholas,Eric,José,Luis,Carlos,Tyler,Brandon,DeShawn")
N_US_F = L("Mary,Patricia,Jennifer,Linda,Elizabeth,Barbara,Susan,Jessica,Sarah,"
           "Karen,Lisa,Nancy,Betty,Sandra,Margaret,Ashley,Kimberly,Emily,Donna,"
           "Michelle,Carol,Amanda,Melissa,Deborah,Stephanie,Rebecca,Sharon,Laura,"
           "Cynthia,Amy,María,Ana,Madison,Brittany,LaToya")
N_US_L = L("Smith,Johnson,Williams,Brown,Jones,Garcia,Miller,Davis,Rodriguez,"
           "Martinez,Hernandez,Lopez,Gonzalez,Wilson,Anderson,Thomas,Taylor,"
           "Moore,Jackson,Martin,Lee,Perez,Thompson,White,Harris,Sanchez,Clark,"
           "Ramirez,Lewis,Robinson,Walker,Young,Allen,King,Wright,Scott,Torres,"
           "Nguyen,Hill,Flores,Green,Adams,Nelson,Baker,Hall,Rivera,Campbell,"
           "Mitchell,Carter,Roberts,Kim,Patel,Chen,Cohen,O'Neil,Murphy,"
           "Washington,Nunez")
N_CA_L = L("Smith,Brown,Tremblay,Martin,Roy,Gagnon,Lee,Wilson,Johnson,MacDonald,"
           "Taylor,Campbell,Anderson,Jones,Leblanc,Côté,Williams,Miller,Thompson,"
           "Gauthier,White,Bouchard,Morin,Lavoie,Fortin,Gagné,Ouellet,Pelletier,"
           "Bélanger,Lévesque,Bergeron,Girard,Simard,Boucher,Caron,Beaulieu,"
           "Cloutier,Dubé,Poirier,Fournier,Lapointe,Leclerc,Lefebvre,Landry,Chan,"
           "Wong,Singh,Li,Nguyen")
N_SE_M = L("Lars,Anders,Johan,Erik,Per,Karl,Nils,Jan,Mikael,Björn,Oskar,Lucas,"
           "William,Hugo,Elias,Liam,Axel,Olle,Gustav,Magnus,Fredrik,Henrik,Mats,"
           "Stefan,Jonas,Emil,Viktor,Sven,Åke,Göran,Jörgen")
N_SE_F = L("Anna,Eva,Maria,Karin,Sara,Kristina,Lena,Emma,Ingrid,Elin,Ida,Maja,"
           "Alice,Astrid,Linnéa,Ebba,Saga,Klara,Wilma,Frida,Sofia,Märta,Åsa,"
           "Britt,Birgitta,Margareta,Elsa,Agnes,Greta,Ulla,Sölve")
N_SE_L = L("Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,"
           "Persson,Svensson,Gustafsson,Pettersson,Jonsson,Jansson,Hansson,"
           "Bengtsson,Jönsson,Lindberg,Jakobsson,Magnusson,Olofsson,Lindström,"
           "Lindqvist,Lindgren,Berg,Axelsson,Bergström,Lundberg,Lind,Lundgren,"
           "Lundqvist,Mattsson,Berglund,Fredriksson,Sandberg,Henriksson,Forsberg,"
           "Sjöberg,Wallin,Engström,Eklund,Håkansson,Björk,Holm,Nyström,"
           "Löfgren,Söderberg,Mårtensson,Åberg,Öberg")
N_RU_M = L("Александр,Сергей,Дмитрий,Андрей,Алексей,Максим,Евгений,Иван,Михаил,"
           "Артём,Николай,Владимир,Павел,Роман,Денис,Игорь,Олег,Юрий,Кирилл,"
           "Никита,Антон,Виктор,Илья,Егор,Константин,Григорий,Борис,Фёдор,"
           "Тимофей,Василий,Ярослав")
N_RU_F = L("Елена,Ольга,Наталья,Татьяна,Ирина,Светлана,Анна,Мария,Екатерина,"
           "Юлия,Анастасия,Марина,Дарья,Ксения,Людмила,Галина,Валентина,Надежда,"
           "Алёна,Полина,Софья,Виктория,Евгения,Алина,Вера,Любовь,Лариса,Оксана,"
           "Яна,Элина,Жанна")
N_RU_L = L("Иванов,Смирнов,Кузнецов,Попов,Васильев,Петров,Соколов,Михайлов,"
           "Новиков,Фёдоров,Морозов,Волков,Алексеев,Лебедев,Семёнов,Егоров,"
           "Павлов,Козлов,Степанов,Николаев,Орлов,Андреев,Макаров,Никитин,"
           "Захаров,Зайцев,Соловьёв,Борисов,Яковлев,Григорьев,Романов,Воробьёв,"
           "Сергеев,Кузьмин,Фролов,Александров,Дмитриев,Королёв,Гусев,Киселёв,"
           "Ильин,Максимов,Поляков,Сорокин,Виноградов,Ковалёв,Белов,Медведев,"
           "Антонов,Тарасов,Жуков,Баранов,Щербаков,Чернышёв,Вишневский,"
           "Троицкий,Толстой")
N_CN_M = L("伟:wei,强:qiang,磊:lei,军:jun,洋:yang,勇:yong,杰:jie,涛:tao,明:ming,"
           "超:chao,平:ping,刚:gang,建华:jianhua,文:wen,华:hua,鹏:peng,宇:yu,"
           "浩:hao,俊杰:junjie,志强:zhiqiang,建国:jianguo,国强:guoqiang,"
           "晓东:xiaodong,海涛:haitao,子轩:zixuan,浩然:haoran,宇轩:yuxuan,"
           "博文:bowen,天佑:tianyou,家豪:jiahao,斌:bin")
N_CN_F = L("芳:fang,娜:na,秀英:xiuying,敏:min,静:jing,丽:li,艳:yan,娟:juan,霞:xia,"
           "秀兰:xiulan,桂英:guiying,红:hong,玲:ling,婷:ting,欣怡:xinyi,子涵:zihan,"
           "雪:xue,琳:lin,丹:dan,慧:hui,倩:qian,颖:ying,佳怡:jiayi,梓涵:zihan,"
           "诗涵:shihan,雨桐:yutong,晓燕:xiaoyan,美玲:meiling,淑珍:shuzhen,"
           "玉兰:yulan,萍:ping")
N_CN_L = L("王:wang,李:li,张:zhang,刘:liu,陈:chen,杨:yang,黄:huang,赵:zhao,吴:wu,"
           "周:zhou,徐:xu,孙:sun,马:ma,朱:zhu,胡:hu,郭:guo,何:he,高:gao,林:lin,"
           "罗:luo,郑:zheng,梁:liang,谢:xie,宋:song,唐:tang,许:xu,韩:han,冯:feng,"
           "邓:deng,曹:cao,彭:peng,曾:zeng,肖:xiao,田:tian,董:dong,欧阳:ouyang")
N_JP_M = L("翔太:shota,大輔:daisuke,拓也:takuya,健太:kenta,直樹:naoki,誠:makoto,"
           "翔:sho,大樹:daiki,蓮:ren,悠真:yuma,陽翔:haruto,健:ken,浩:hiroshi,"
           "隆:takashi,和也:kazuya,達也:tatsuya,優太:yuta,健一:kenichi,"
           "一郎:ichiro,大翔:hiroto,湊:minato,悠人:yuto,亮:ryo,聡:satoshi,"
           "修:osamu,勝:masaru,哲也:tetsuya,剛:tsuyoshi,秀樹:hideki,"
           "雄一:yuichi,颯太:sota")
N_JP_F = L("陽子:yoko,美咲:misaki,結衣:yui,さくら:sakura,愛:ai,花子:hanako,"
           "由美:yumi,恵子:keiko,真由美:mayumi,明美:akemi,裕子:yuko,直美:naomi,"
           "彩:aya,葵:aoi,陽菜:hina,美穂:miho,千尋:chihiro,智子:tomoko,"
           "久美子:kumiko,幸子:sachiko,洋子:yoko,舞:mai,凛:rin,芽依:mei,"
           "結菜:yuna,美紀:miki,香織:kaori,恵美:emi,麻衣:mai,春香:haruka,"
           "紗希:saki")
N_JP_L = L("佐藤:sato,鈴木:suzuki,高橋:takahashi,田中:tanaka,伊藤:ito,"
           "渡辺:watanabe,山本:yamamoto,中村:nakamura,小林:kobayashi,加藤:kato,"
           "吉田:yoshida,山田:yamada,佐々木:sasaki,山口:yamaguchi,松本:matsumoto,"
           "井上:inoue,木村:kimura,林:hayashi,斎藤:saito,清水:shimizu,"
           "山崎:yamazaki,森:mori,池田:ikeda,橋本:hashimoto,阿部:abe,"
           "石川:ishikawa,山下:yamashita,中島:nakajima,石井:ishii,小川:ogawa,"
           "前田:maeda,岡田:okada")
N_ID_M = L("Budi,Agus,Andi,Dedi,Eko,Hendra,Joko,Rizky,Ahmad,Muhammad,Fajar,Dimas,"
           "Arif,Bayu,Yudi,Wahyu,Rudi,Hadi,Gilang,Irfan,Teguh,Bambang,Slamet,Dwi,"
           "Putra,Adi,Reza,Aditya,Iwan,Taufik,Yoga")
N_ID_F = L("Siti,Dewi,Sri,Ayu,Putri,Nur,Indah,Rina,Wulan,Fitri,Ratna,Lestari,"
           "Yuni,Nurul,Intan,Maya,Sari,Novi,Dian,Eka,Anisa,Rini,Tika,Wati,"
           "Kartika,Amelia,Citra,Nadia,Rahma,Mega,Ningsih")
N_ID_L = L("Santoso,Wijaya,Saputra,Hidayat,Nugroho,Setiawan,Pratama,Kusuma,"
           "Gunawan,Susanto,Wibowo,Hartono,Halim,Siregar,Nasution,Simanjuntak,"
           "Harahap,Lubis,Sitompul,Purba,Tanjung,Sihombing,Rahman,Hakim,Suryadi,"
           "Utomo,Permana,Firmansyah,Ramadhan,Hasibuan,Kurniawan,Sulistyo,"
           "Wahyudi,Prasetyo,Lim,Tan")
N_IN_M = L("Rahul,Amit,Rajesh,Suresh,Vijay,Sanjay,Anil,Sunil,Ravi,Arjun,Rohit,"
           "Vikram,Deepak,Manoj,Ajay,Pradeep,Aditya,Karan,Nikhil,Sachin,Arun,"
           "Harish,Ramesh,Mahesh,Gaurav,Abhishek,Prakash,Ashok,Kiran,Vivek,"
           "Mohammed,Imran")
N_IN_F = L("Priya,Anjali,Pooja,Neha,Sunita,Anita,Kavita,Deepika,Divya,Sneha,"
           "Meera,Lakshmi,Swati,Shreya,Nisha,Rekha,Asha,Geeta,Ritu,Aishwarya,"
           "Kajal,Ananya,Pallavi,Shweta,Isha,Jyoti,Radha,Sarita,Preeti,Aarti,"
           "Fatima")
N_IN_L = L("Sharma,Verma,Gupta,Singh,Kumar,Patel,Shah,Mehta,Reddy,Rao,Nair,Iyer,"
           "Menon,Pillai,Das,Banerjee,Chatterjee,Mukherjee,Bose,Ghosh,Joshi,"
           "Desai,Kulkarni,Jain,Agarwal,Malhotra,Kapoor,Chopra,Bhat,Mishra,"
           "Pandey,Tiwari,Yadav,Chauhan,Naidu,Saxena,Srivastava,Khan,Sinha,"
           "Thakur,D'Souza")

# Email domains per country: "domain:weight".
DOMAINS = {
    "DE": "gmx.de:20,web.de:20,gmail.com:20,t-online.de:12,outlook.de:5,"
          "hotmail.de:5,yahoo.de:4,freenet.de:3,posteo.de:2,gmx.net:5,icloud.com:4",
    "AT": "gmx.at:20,gmail.com:25,aon.at:15,chello.at:8,a1.net:8,outlook.com:8,web.de:5",
    "CH": "bluewin.ch:25,gmail.com:25,gmx.ch:15,hispeed.ch:8,outlook.com:8,sunrise.ch:5",
    "FR": "orange.fr:20,gmail.com:22,free.fr:12,hotmail.fr:10,laposte.net:8,sfr.fr:8,"
          "wanadoo.fr:6,yahoo.fr:6,outlook.fr:4,bbox.fr:3",
    "BE": "skynet.be:15,telenet.be:20,gmail.com:30,hotmail.com:15,proximus.be:8",
    "IT": "libero.it:22,gmail.com:25,virgilio.it:12,hotmail.it:10,alice.it:8,"
          "tiscali.it:6,yahoo.it:8,tim.it:3",
    "ES": "gmail.com:35,hotmail.com:20,hotmail.es:12,yahoo.es:10,telefonica.net:6,"
          "outlook.es:8",
    "PT": "gmail.com:35,sapo.pt:25,hotmail.com:20,outlook.pt:10,netcabo.pt:5",
    "PL": "wp.pl:22,o2.pl:15,onet.pl:18,interia.pl:14,gmail.com:25,op.pl:6",
    "NL": "gmail.com:30,hotmail.com:18,ziggo.nl:12,kpnmail.nl:10,outlook.com:10,"
          "live.nl:8,xs4all.nl:5,planet.nl:4",
    "GB": "gmail.com:30,hotmail.co.uk:18,yahoo.co.uk:12,btinternet.com:10,"
          "outlook.com:10,sky.com:6,live.co.uk:5,icloud.com:5,virginmedia.com:4",
    "IE": "gmail.com:35,eircom.net:15,hotmail.com:20,yahoo.ie:10,outlook.com:10",
    "US": "gmail.com:35,yahoo.com:15,hotmail.com:10,outlook.com:8,aol.com:6,"
          "icloud.com:10,comcast.net:5,att.net:4,verizon.net:3,msn.com:3",
    "CA": "gmail.com:35,hotmail.com:15,yahoo.ca:10,outlook.com:10,rogers.com:8,"
          "shaw.ca:6,sympatico.ca:6,videotron.ca:5",
    "AU": "gmail.com:35,bigpond.com:15,hotmail.com:12,outlook.com:10,"
          "optusnet.com.au:8,yahoo.com.au:8,icloud.com:8",
    "BR": "gmail.com:40,hotmail.com:18,uol.com.br:10,bol.com.br:8,"
          "yahoo.com.br:8,outlook.com:8,terra.com.br:4,ig.com.br:3",
    "MX": "gmail.com:38,hotmail.com:25,yahoo.com.mx:12,outlook.com:12,"
          "prodigy.net.mx:5,live.com.mx:5",
    "RU": "mail.ru:30,yandex.ru:28,gmail.com:15,rambler.ru:8,bk.ru:6,list.ru:5,"
          "inbox.ru:5,ya.ru:4",
    "CN": "qq.com:40,163.com:25,126.com:10,sina.com:8,gmail.com:5,foxmail.com:5,"
          "sohu.com:4,aliyun.com:3",
    "JP": "yahoo.co.jp:25,gmail.com:30,docomo.ne.jp:12,ezweb.ne.jp:8,"
          "softbank.ne.jp:6,icloud.com:10,outlook.jp:5,nifty.com:4",
    "ID": "gmail.com:55,yahoo.co.id:18,yahoo.com:12,ymail.com:6,outlook.com:8",
    "IN": "gmail.com:50,rediffmail.com:15,yahoo.co.in:12,hotmail.com:8,"
          "outlook.com:8,yahoo.in:5",
    "SE": "gmail.com:35,telia.com:15,hotmail.com:15,outlook.com:12,"
          "bredband.net:6,live.se:8,spray.se:4",
}

# Typo domains planted for email_typo_domain.  None of them is a clean domain.
TYPO_DOMAINS = {
    "gmail.com": ["gmial.com", "gmai.com", "gamil.com", "gmail.con", "gnail.com",
                  "gmaill.com", "gmail.cm"],
    "hotmail.com": ["hotmial.com", "hotmal.com", "hotmail.con", "hotamil.com"],
    "yahoo.com": ["yaho.com", "yahooo.com", "yahoo.con"],
    "outlook.com": ["outlok.com", "outloook.com", "outlook.con"],
    "icloud.com": ["icoud.com", "icloud.con"],
    "web.de": ["wbe.de", "web.dee"],
    "gmx.de": ["gmx.dee", "gmc.de"],
    "t-online.de": ["t-onlien.de", "t-onine.de"],
    "orange.fr": ["orage.fr", "ornage.fr"],
    "hotmail.fr": ["hotmial.fr"],
    "libero.it": ["libreo.it", "libero.ti"],
    "wp.pl": ["wp.lp"],
    "onet.pl": ["onet.lp", "ont.pl"],
    "hotmail.co.uk": ["hotmial.co.uk", "hotmail.co.uj"],
    "yahoo.co.uk": ["yaho.co.uk"],
    "mail.ru": ["mial.ru", "mail.rue"],
    "yandex.ru": ["yandex.ry", "yadnex.ru"],
    "qq.com": ["qq.con", "qq.cm"],
    "163.com": ["163.con", "136.com"],
    "yahoo.co.jp": ["yaho.co.jp", "yahoo.co.pj"],
    "uol.com.br": ["uol.con.br", "uol.com.rb"],
    "rediffmail.com": ["rediffmial.com", "redifmail.com"],
    "yahoo.co.id": ["yaho.co.id"],
}
GENERIC_TYPO_SOURCES = ("gmail.com", "hotmail.com", "yahoo.com", "outlook.com")

EXAMPLE_DOMAINS = ("example.com", "example.org", "example.net", "test.com")

CHANNELS = ("web", "newsletter", "callcentre", "store")
CHANNEL_CUM = (0.55, 0.70, 0.82, 1.0)
CONSENT_SOURCES = {
    "web": ("web_form", "checkout", "double_opt_in", "double_opt_in"),
    "newsletter": ("newsletter_signup", "double_opt_in"),
    "callcentre": ("phone_call",),
    "store": ("paper_form", "in_store_tablet"),
}

NAME_PLACEHOLDERS = ("Test", "TEST", "test", "XXX", "xx", "X", "N/A", "n/a",
                     "asdf", "Unknown", "UNKNOWN", "unknown", "dummy", "Dummy",
                     "none", "None", "NULL", "null", "-", "--", "???", "?",
                     " Test ", "Unknown ", "x")
EMAIL_PLACEHOLDER_LOCALS = ("test", "none", "noemail", "no", "null", "x", "xxx",
                            "asdf", "dummy", "TEST", "Test", "NoEmail", "XX")
EMAIL_PLACEHOLDER_FIXED = ("test@test.com", "none@gmail.com", "noemail@web.de",
                           "x@example.com", "TEST@TEST.COM", "info@example.org",
                           "kunde@example.com", "customer@test.com",
                           "noemail@noemail.com", "asdf@asdf.de")
PHONE_TEXT = ("call me", "n/a", "none", "unknown", "keine", "tbd", "-", "?",
              "see email", "0", "12", "privat", "нет")
# Country values that are no country: ISO 3166's user-assigned codes
# (AA, QM-QZ, XA-XZ, ZZ), a non-code, placeholders, fictional places.
COUNTRY_JUNK = ("XX", "ZZ", "AA", "QZ", "00", "--", "n/a", "?", "unknown",
                "Atlantis", "Narnia")
# The kinds after which a record has no country, so no jurisdiction.
NO_COUNTRY = frozenset(("required_country", "country_invalid"))
POSTAL_JUNK = ("!!", "?", "-", "1", "0", "n/a", "--", "#", "N/A", "..")
CITY_SUFFIX = {"DE": " Berlin", "AT": " Wien", "CH": " Zürich", "FR": " Paris",
               "BE": " Bruxelles", "IT": " Roma", "ES": " Madrid", "PT": " Lisboa",
               "PL": " Warszawa", "NL": " Amsterdam", "GB": " London",
               "IE": " Dublin", "US": " New York", "CA": " Toronto",
               "AU": " Sydney", "BR": " São Paulo", "MX": " Ciudad de México",
               "RU": " Москва", "CN": " 北京市", "JP": " 東京都",
               "ID": " Jakarta", "IN": " New Delhi", "SE": " Stockholm"}

# ---------------------------------------------------------------------------
# Phone numbers and postcodes, per country.  Each phone function returns
# (national_form, international_form) of the same number.
# ---------------------------------------------------------------------------


def _digits(r, n, first_nonzero=True):
    lo = 10 ** (n - 1) if first_nonzero else 0
    return str(lo + int(r() * (10 ** n - lo))).zfill(n)


def phone_de(r):
    if r() < 0.45:
        a, n = (("151", 8), ("152", 8), ("160", 7), ("170", 7), ("171", 7),
                ("172", 7), ("176", 8), ("157", 8), ("162", 7), ("175", 7),
                ("177", 8), ("179", 7))[int(r() * 12)]
        s = _digits(r, n)
    else:
        a, n = (("30", 8), ("40", 8), ("89", 8), ("69", 8), ("221", 7),
                ("211", 7), ("711", 7), ("351", 7), ("341", 7), ("511", 7),
                ("911", 7), ("231", 7), ("201", 7), ("421", 7), ("228", 6),
                ("6221", 6), ("7071", 5), ("381", 6))[int(r() * 18)]
        s = _digits(r, n)
    sep = (" ", " ", "/", "-")[int(r() * 4)]
    return "0" + a + sep + s, "+49 " + a + " " + s


def phone_at(r):
    if r() < 0.5:
        a = ("664", "660", "676", "650", "699")[int(r() * 5)]
        s = _digits(r, 7)
    else:
        a, n = (("1", 7), ("316", 6), ("732", 6), ("662", 6), ("512", 6))[int(r() * 5)]
        s = str(2 + int(r() * 8)) + _digits(r, n - 1, False)
    return "0" + a + " " + s, "+43 " + a + " " + s


def _ch_be_groups(s):
    return s[:3] + " " + s[3:5] + " " + s[5:]


def phone_ch(r):
    a = ("44", "43", "31", "61", "21", "22", "79", "78", "76", "77")[int(r() * 10)]
    s = _ch_be_groups(_digits(r, 7))
    return "0" + a + " " + s, "+41 " + a + " " + s


def phone_be(r):
    if r() < 0.5:
        a = ("470", "471", "472", "475", "476", "477", "478", "479", "486",
             "496")[int(r() * 10)]
        s = _digits(r, 6)
        s = s[:2] + " " + s[2:4] + " " + s[4:]
    else:
        a, first = (("2", "2345678"), ("3", "2345678"), ("9", "234"),
                    ("4", "23"))[int(r() * 4)]
        s = _ch_be_groups(first[int(r() * len(first))] + _digits(r, 6, False))
    return "0" + a + " " + s, "+32 " + a + " " + s


def phone_fr(r):
    d = ("1", "2", "3", "4", "5", "6", "6", "7", "9")[int(r() * 9)]
    # ranges in service: 07 is 073-079, 06 not 069, geographic not 0x0
    first = "3456789" if d == "7" else "124578" if d == "6" else "123456789"
    s = first[int(r() * len(first))] + _digits(r, 7, False)
    s = s[:2] + " " + s[2:4] + " " + s[4:6] + " " + s[6:]
    return "0" + d + " " + s, "+33 " + d + " " + s


def phone_it(r):
    if r() < 0.55:
        a = ("320", "328", "329", "330", "333", "334", "335", "338", "339",
             "340", "342", "345", "347", "348", "349", "351", "366", "368",
             "371", "377", "380", "388", "389", "391", "392", "393")[int(r() * 26)]
        s = _digits(r, 7)
        s = s[:3] + " " + s[3:]
        return a + " " + s, "+39 " + a + " " + s
    a = ("02", "06", "011", "055", "081", "051", "041", "010", "091")[int(r() * 9)]
    s = _digits(r, 8 if len(a) == 2 else 7)
    s = s[:4] + " " + s[4:]
    return a + " " + s, "+39 " + a + " " + s


def _9grp(s):
    return s[:3] + " " + s[3:6] + " " + s[6:]


def phone_es(r):
    s = ("6", "6", "71", "72", "73", "74", "91", "93", "95", "96", "95")[int(r() * 11)]
    s += _digits(r, 9 - len(s), False)
    s = _9grp(s)
    return s, "+34 " + s


def phone_pt(r):
    s = ("91", "92", "93", "96", "21", "22")[int(r() * 6)] + _digits(r, 7, False)
    s = _9grp(s)
    return s, "+351 " + s


def phone_pl(r):
    if r() < 0.7:
        s = ("50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88")[int(r() * 11)]
        s = _9grp(s + _digits(r, 7, False))
        return s, "+48 " + s
    a = ("22", "12", "71", "61", "58", "42")[int(r() * 6)]
    s = _digits(r, 7)
    s = s[:3] + " " + s[3:5] + " " + s[5:]
    return a + " " + s, "+48 " + a + " " + s


def phone_nl(r):
    if r() < 0.55:
        s = str(1 + int(r() * 5)) + _digits(r, 7, False)
        return "06 " + s, "+31 6 " + s
    a = ("20", "10", "70", "30", "40", "50")[int(r() * 6)]
    s = _digits(r, 7)
    s = s[:3] + " " + s[3:]
    return "0" + a + " " + s, "+31 " + a + " " + s


def phone_gb(r):
    x = r()
    if x < 0.45:
        s = "7" + ("4", "5", "7", "8")[int(r() * 4)] + str(1 + int(r() * 8)) + _digits(r, 1, False)
        t = _digits(r, 6, False)
        return "0" + s + " " + t, "+44 " + s + " " + t
    if x < 0.75:
        s = ("3", "7", "8")[int(r() * 3)] + _digits(r, 3, False)
        t = _digits(r, 4, False)
        return "020 " + s + " " + t, "+44 20 " + s + " " + t
    a = ("161", "121", "131", "141", "113", "117", "114", "151")[int(r() * 8)]
    s = str(2 + int(r() * 3)) + _digits(r, 2, False)
    t = _digits(r, 4, False)
    return "0" + a + " " + s + " " + t, "+44 " + a + " " + s + " " + t


def phone_ie(r):
    a = ("83", "85", "86", "87", "89", "1")[int(r() * 6)]
    s = _digits(r, 7)
    s = s[:3] + " " + s[3:]
    return "0" + a + " " + s, "+353 " + a + " " + s


US_AREAS = ("212", "213", "305", "312", "404", "415", "503", "512", "617", "646",
            "702", "713", "718", "773", "808", "818", "917", "206", "214", "602",
            "303", "619", "480", "469", "347", "510", "201", "240", "816", "919")
CA_AREAS = ("416", "647", "437", "604", "778", "514", "438", "613", "343", "403",
            "587", "780", "902", "204", "306", "905", "289", "519", "250", "418")


def _nanp(r, areas):
    a = areas[int(r() * len(areas))]
    e = str(200 + int(r() * 800))
    if e[1:] == "11":
        e = e[0] + "23"
    l = _digits(r, 4, False)
    x = r()
    if x < 0.5:
        nat = a + "-" + e + "-" + l
    elif x < 0.85:
        nat = "(" + a + ") " + e + "-" + l
    else:
        nat = a + "." + e + "." + l
    intl = ("+1 (" + a + ") " + e + "-" + l) if r() < 0.6 else ("+1 " + a + "-" + e + "-" + l)
    return nat, intl


def phone_us(r):
    return _nanp(r, US_AREAS)


def phone_ca(r):
    return _nanp(r, CA_AREAS)


def phone_au(r):
    if r() < 0.6:
        s = "4" + ("1", "2", "3")[int(r() * 3)] + _digits(r, 1, False)
        t = _digits(r, 3, False) + " " + _digits(r, 3, False)
        return "0" + s + " " + t, "+61 " + s + " " + t
    a = ("2", "3", "7", "8")[int(r() * 4)]
    t = ("8", "9")[int(r() * 2)] + _digits(r, 3, False) + " " + _digits(r, 4, False)
    return "(0" + a + ") " + t, "+61 " + a + " " + t


def phone_br(r):
    a = ("11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "27", "48",
         "62", "92")[int(r() * 14)]
    if r() < 0.7:
        s = "9" + _digits(r, 4) + "-" + _digits(r, 4, False)
    else:
        s = ("2", "3", "4")[int(r() * 3)] + _digits(r, 3, False) + "-" + _digits(r, 4, False)
    return "(" + a + ") " + s, "+55 " + a + " " + s


def phone_mx(r):
    a = ("55", "33", "81")[int(r() * 3)]
    s = _digits(r, 4) + " " + _digits(r, 4, False)
    return a + " " + s, "+52 " + a + " " + s


def phone_ru(r):
    if r() < 0.55:
        a = "9" + _digits(r, 2, False)
        m = True
    else:
        a = ("495", "499", "812", "343", "383", "863", "846")[int(r() * 7)]
        m = False
    s = _digits(r, 3) + "-" + _digits(r, 2, False) + "-" + _digits(r, 2, False)
    if m:
        return "8 " + a + " " + s, "+7 " + a + " " + s
    return "8 (" + a + ") " + s, "+7 (" + a + ") " + s


def phone_cn(r):
    if r() < 0.75:
        p = ("13", "15", "18", "17", "19")[int(r() * 5)]
        p += ("0123456789" if p in ("13", "18") else "01235678")[int(r() * (10 if p in ("13", "18") else 8))]
        s = p + " " + _digits(r, 4, False) + " " + _digits(r, 4, False)
        return s, "+86 " + s
    a, n = (("10", 8), ("21", 8), ("20", 8), ("755", 8), ("571", 8), ("28", 8))[int(r() * 6)]
    s = str(2 + int(r() * 6)) + _digits(r, 3, False) + " " + _digits(r, 4, False)
    return "0" + a + " " + s, "+86 " + a + " " + s


def phone_jp(r):
    if r() < 0.6:
        a = ("90", "80", "70")[int(r() * 3)]
        s = _digits(r, 4) + "-" + _digits(r, 4, False)
    else:
        a = ("3", "6")[int(r() * 2)]
        s = _digits(r, 4) + "-" + _digits(r, 4, False)
    return "0" + a + "-" + s, "+81 " + a + "-" + s


def phone_id(r):
    a = ("811", "812", "813", "821", "822", "823", "852", "853", "815", "816",
         "817", "855", "856", "857", "858", "877", "878", "895", "896", "897",
         "898", "899")[int(r() * 22)]
    s = _digits(r, 4, False) + "-" + _digits(r, 3 + (r() < 0.7), False)
    return "0" + a + "-" + s, "+62 " + a + "-" + s


def phone_in(r):
    s = ("9", "8", "7", "6")[int(r() * 4)] + _digits(r, 4, False) + " " + _digits(r, 5, False)
    nat = s if r() < 0.7 else "0" + s
    return nat, "+91 " + s


def phone_se(r):
    if r() < 0.55:
        a = ("70", "72", "73", "76", "79")[int(r() * 5)]
        s = _digits(r, 3) + " " + _digits(r, 2, False) + " " + _digits(r, 2, False)
    else:
        a = ("8", "31", "40", "18")[int(r() * 4)]
        if a == "8":
            s = _digits(r, 3) + " " + _digits(r, 3, False) + " " + _digits(r, 2, False)
        else:
            s = _digits(r, 3) + " " + _digits(r, 2, False) + " " + _digits(r, 2, False)
    return "0" + a + "-" + s, "+46 " + a + " " + s


GB_OUTWARD = ("SW1A", "EC1A", "W1A", "M1", "B33", "CR2", "LS1", "G1", "EH1",
              "CF10", "BS1", "L1", "NE1", "OX1", "CB2", "SE1", "N1", "E14",
              "NW3", "WC2H", "M60", "B1", "BT1", "AB10", "PL4", "YO1", "NG7",
              "S1", "CV1", "RG1")
GB_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
CA_FIRST = "ABCEGHJKLMNPRSTVXY"
CA_OTHER = "ABCEGHJKLMNPRSTVWXYZ"
NL_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"


def pc_5(lo, hi):
    def f(r):
        return str(lo + int(r() * (hi - lo))).zfill(5)
    return f


def pc_4(lo, hi):
    def f(r):
        return str(lo + int(r() * (hi - lo))).zfill(4)
    return f


def pc_fr(r):
    return str(1 + int(r() * 95)).zfill(2) + _digits(r, 3, False)


def pc_es(r):
    return str(1 + int(r() * 52)).zfill(2) + _digits(r, 3, False)


def pc_pt(r):
    return str(1000 + int(r() * 8980)) + "-" + _digits(r, 3, False)


def pc_pl(r):
    return _digits(r, 2, False) + "-" + _digits(r, 3, False)


def pc_nl(r):
    while True:
        l2 = NL_LETTERS[int(r() * 20)] + NL_LETTERS[int(r() * 20)]
        if l2 not in ("SA", "SD", "SS"):
            return str(1000 + int(r() * 9000)) + " " + l2


def pc_gb(r):
    return (GB_OUTWARD[int(r() * len(GB_OUTWARD))] + " " + str(int(r() * 10)) +
            GB_INWARD_LETTERS[int(r() * 20)] + GB_INWARD_LETTERS[int(r() * 20)])


# The letters of an Eircode's unique identifier (Eircode's own
# specification: no B, G, I, J, L, M, O, Q, S, U, Z).
EIRCODE_LETTERS = "ACDEFHKNPRTVWXY"


def pc_ie(r):
    return (("D02", "D04", "D06", "D08", "T12", "H91", "V94", "X91", "A94",
             "K78")[int(r() * 10)] + " " + EIRCODE_LETTERS[int(r() * 15)] +
            _digits(r, 3, False))


def pc_us(r):
    z = str(1001 + int(r() * 98949)).zfill(5)
    if r() < 0.2:
        z += "-" + _digits(r, 4, False)
    return z


def pc_ca(r):
    return (CA_FIRST[int(r() * 18)] + str(int(r() * 10)) + CA_OTHER[int(r() * 20)] +
            " " + str(int(r() * 10)) + CA_OTHER[int(r() * 20)] + str(int(r() * 10)))


def pc_br(r):
    return _digits(r, 5, False) + "-" + _digits(r, 3, False)


def pc_ru(r):
    return str(101000 + int(r() * 590000))


def pc_cn(r):
    return str(1 + int(r() * 85)).zfill(2) + _digits(r, 4, False)


def pc_jp(r):
    return str(1 + int(r() * 998)).zfill(3) + "-" + _digits(r, 4, False)


def pc_in(r):
    return str(110001 + int(r() * 745000))


def pc_se(r):
    v = str(10000 + int(r() * 88499))
    return v[:3] + " " + v[3:]


# code, weight, given_m, given_f, family, script, phone, postcode,
# double-surname probability, German-style umlauts
COUNTRY_TABLE = (
    ("DE", 16.0, N_DE_M, N_DE_F, N_DE_L, "latin", phone_de, pc_5(1067, 99999), 0.0, True),
    ("FR", 10.5, N_FR_M, N_FR_F, N_FR_L, "latin", phone_fr, pc_fr, 0.0, False),
    ("IT", 8.5, N_IT_M, N_IT_F, N_IT_L, "latin", phone_it, pc_5(10, 98169), 0.0, False),
    ("ES", 7.5, N_ES_M, N_ES_F, N_ES_L, "latin", phone_es, pc_es, 0.45, False),
    ("PL", 5.5, N_PL_M, N_PL_F, N_PL_L, "latin", phone_pl, pc_pl, 0.0, False),
    ("NL", 5.0, N_NL_M, N_NL_F, N_NL_L, "latin", phone_nl, pc_nl, 0.0, False),
    ("GB", 8.5, N_EN_M, N_EN_F, N_EN_L, "latin", phone_gb, pc_gb, 0.0, False),
    ("US", 9.5, N_US_M, N_US_F, N_US_L, "latin", phone_us, pc_us, 0.0, False),
    ("CA", 2.5, N_US_M + N_FR_M, N_US_F + N_FR_F, N_CA_L, "latin", phone_ca, pc_ca, 0.0, False),
    ("BR", 3.5, N_PT_M, N_PT_F, N_PT_L, "latin", phone_br, pc_br, 0.35, False),
    ("RU", 3.0, N_RU_M, N_RU_F, N_RU_L, "cyrillic", phone_ru, pc_ru, 0.0, False),
    ("CN", 3.0, N_CN_M, N_CN_F, N_CN_L, "cjk", phone_cn, pc_cn, 0.0, False),
    ("ID", 1.5, N_ID_M, N_ID_F, N_ID_L, "latin", phone_id, pc_5(10110, 99977), 0.0, False),
    ("IN", 3.0, N_IN_M, N_IN_F, N_IN_L, "latin", phone_in, pc_in, 0.0, False),
    ("JP", 2.5, N_JP_M, N_JP_F, N_JP_L, "cjk", phone_jp, pc_jp, 0.0, False),
    ("AT", 2.0, N_DE_M, N_DE_F, N_DE_L, "latin", phone_at, pc_4(1010, 9993), 0.0, True),
    ("CH", 1.5, N_DE_M + N_FR_M + N_IT_M, N_DE_F + N_FR_F + N_IT_F,
     N_DE_L + N_FR_L[:30] + N_IT_L[:30], "latin", phone_ch, pc_4(1000, 9659), 0.0, True),
    ("BE", 1.5, N_FR_M + N_NL_M, N_FR_F + N_NL_F, N_FR_L + N_NL_L, "latin",
     phone_be, pc_4(1000, 9993), 0.0, False),
    ("SE", 1.0, N_SE_M, N_SE_F, N_SE_L, "latin", phone_se, pc_se, 0.0, False),
    ("PT", 1.0, N_PT_M, N_PT_F, N_PT_L, "latin", phone_pt, pc_pt, 0.3, False),
    ("IE", 0.7, N_EN_M, N_EN_F, N_EN_L, "latin", phone_ie, pc_ie, 0.0, False),
    ("MX", 1.2, N_ES_M, N_ES_F, N_ES_L, "latin", phone_mx, pc_5(1000, 99999), 0.6, False),
    ("AU", 1.0, N_EN_M, N_EN_F, N_EN_L, "latin", phone_au, pc_4(800, 9999), 0.0, False),
)
INTL_PHONE_P = {"IN": 0.5, "CN": 0.4, "GB": 0.35, "US": 0.15, "CA": 0.15}


class Country:
    __slots__ = ("code", "weight", "gm", "gf", "fm", "ff", "script", "phone",
                 "postcode", "double", "domains", "intl_p", "jv", "store")


def holidays_of(jdef, code):
    """the days off work of a record of country code (day numbers): the
    country's public holidays with "holidays public", and the
    jurisdiction's own dates"""
    h = jdef.get("holidays") if jdef else None
    if not h:
        return frozenset()
    days = set()
    epoch = datetime.date(1970, 1, 1)
    for x in (h if isinstance(h, tuple) else (h,)):
        if x == "public":
            days |= load_holidays().get(code, frozenset())
        else:
            days.add((datetime.date.fromisoformat(x) - epoch).days)
    return frozenset(days)


# optout_pending under a deadline of a few business days: a margin this
# small (the full MARGIN_DAYS leaves no day to plant)
PENDING_MARGIN_BD = 3


class JurView:
    """The limits of one jurisdiction for one country, as applied at
    instant ref, turned into the generator's windows (days before "now").
    Clean values stay inside the clean windows, planted ones beyond the
    planted bounds; both are at least MARGIN_DAYS from the threshold (see
    limit_span_days, optout_verdict)."""
    __slots__ = ("name", "stale", "act_days", "min_age", "clean", "clean_any",
                 "expire", "overdue", "pending", "storage", "srcwin", "expsrc",
                 "deadline", "hol")

    def __init__(self, name, code, ref):
        jdef = JURISDICTIONS.get(name)
        self.name = name
        today = local_date(jdef, ref)
        M = MARGIN_DAYS
        st = applied(jdef["stale_after"], today) if jdef else None
        self.stale = st is not None
        if st is not None:
            lo, hi = limit_span_days(st)
            assert CLEAN_ACTIVITY_DAYS <= lo - M and STALE_DAYS >= hi + M, (name, st)
            self.act_days = CLEAN_ACTIVITY_DAYS
        else:
            self.act_days = NOSTALE_ACTIVITY_DAYS
        # minor_with_consent's age (judged when consent was given)
        self.min_age = minimum_age_of(jdef, code, today)

        def windows(lim):
            """(clean days, expired-from days or None) of a consent limit"""
            if lim is None:
                return CLEAN_CONSENT_DAYS, None
            lo, hi = limit_span_days(lim)
            clean, exp = lo - M - lo // 30, hi + M + hi // 30
            assert 0 < clean < exp
            return clean, exp
        self.clean, self.expire = {}, {}
        for src, kind in CONSENT_KIND_OF_SOURCE.items():
            self.clean[src], self.expire[src] = windows(consent_limit(jdef, kind, today))
        self.clean_any = windows(consent_limit(jdef, "any", today))[0]
        dl = applied(jdef["optout_deadline"], today) if jdef else None
        self.deadline = dl
        self.hol = holidays_of(jdef, code)
        if dl is None:
            self.overdue, self.pending = M, None
        else:
            # Exactly, with the country's holidays: opt-outs at least
            # `overdue` days old are overdue, those `pending` days old
            # pending, all by at least the margin.
            def verdict(k, margin=M * DAY):
                return optout_verdict(dl, self.hol, ref - k * DAY, ref, margin)
            k = 1
            while verdict(k) != "overdue":
                k += 1
                assert k < 400, (name, code, dl)
            self.overdue = k
            pend = [k for k in range(1, 60) if verdict(k) == "pending"]
            if not pend and dl.unit == "business_days":
                pend = [k for k in range(1, 60)
                        if verdict(k, PENDING_MARGIN_BD * DAY) == "pending"]
            self.pending = None
            if pend:
                hi = pend[0]
                while hi + 1 in pend:
                    hi += 1
                if hi > pend[0]:
                    self.pending = (pend[0], hi)
        sr = jdef["storage_region"] if jdef else None
        self.storage = tuple(sr.codes) if sr and in_force(sr, today) else None
        # per channel: ((source, clean window in seconds), ...) and the
        # sources whose consent can expire: ((source, expired days), ...)
        self.srcwin = {ch: tuple((x, self.clean[x] * DAY) for x in srcs)
                       for ch, srcs in CONSENT_SOURCES.items()}
        self.expsrc = {ch: tuple((x, self.expire[x]) for x in srcs
                                 if self.expire[x] is not None)
                       for ch, srcs in CONSENT_SOURCES.items()}


def _name_entries(names, script, german):
    """[(native, latin, token)] for a pool."""
    out = []
    for n in names:
        if script == "cjk":
            native, roman = n.split(":")
            latin = roman.capitalize()
            out.append((native, latin, email_token(roman)))
        elif script == "cyrillic":
            latin = translit_cyr(n)
            out.append((n, latin, email_token(latin)))
        else:
            latin = latinize(n, german)
            out.append((n, latin, email_token(latin)))
    return out


def _female_family(n, code):
    if code == "RU":
        for m, f in (("ский", "ская"), ("цкий", "цкая"), ("ой", "ая")):
            if n.endswith(m):
                return n[:-len(m)] + f
        if n.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return n + "а"
    if code == "PL":
        for m, f in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if n.endswith(m):
                return n[:-len(m)] + f
    return n


def _expand_weighted(spec):
    out = []
    for item in spec.split(","):
        d, w = item.rsplit(":", 1)
        out.extend([d] * int(w))
    return out


def build_countries(ref):
    cs = []
    for (code, w, gm, gf, fam, script, ph, pc, dbl, german) in COUNTRY_TABLE:
        c = Country()
        c.code, c.weight, c.script, c.phone, c.postcode, c.double = code, w, script, ph, pc, dbl
        c.gm = _name_entries(gm, script, german)
        c.gf = _name_entries(gf, script, german)
        c.fm = _name_entries(fam, script, german)
        if script == "cjk":
            c.ff = c.fm
        else:
            c.ff = _name_entries([_female_family(n, code) for n in fam], script, german)
        c.domains = _expand_weighted(DOMAINS[code])
        c.intl_p = INTL_PHONE_P.get(code, 0.3)
        c.jv = JurView(JURISDICTION_OF_COUNTRY.get(code, UNASSIGNED), code, ref)
        c.store = STORAGE_REGION_OF_COUNTRY[code]
        # clean rows never violate a storage rule
        assert c.jv.storage is None or c.store in c.jv.storage, code
        cs.append(c)
    return cs


def self_check_tables(countries):
    """Startup invariants of the reference data (cheap)."""
    clean_domains = set()
    for c in countries:
        assert len(c.gm) + len(c.gf) >= 30 and len(c.fm) >= 30, c.code
        for pool in (c.gm, c.gf, c.fm, c.ff):
            for native, latin, tok in pool:
                assert native and not is_placeholder_name(native), native
                assert not is_placeholder_name(latin), latin
                assert not has_triple_letter(native), native
                assert tok.isascii() and tok.isalpha(), tok
                assert not any(ch in native for ch in "\t\n\r\\"), native
        for d in c.domains:
            clean_domains.add(d)
    typo_all = {t for ts in TYPO_DOMAINS.values() for t in ts}
    assert not (typo_all & clean_domains), typo_all & clean_domains
    assert not (set(EXAMPLE_DOMAINS) & clean_domains)
    for d in clean_domains | typo_all:
        assert re.fullmatch(r"([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}", d), d
    for s in GENERIC_TYPO_SOURCES:
        assert s in TYPO_DOMAINS
    for v in EMAIL_PLACEHOLDER_FIXED:
        assert v.rsplit("@", 1)[1].lower() not in typo_all
    return typo_all


# ---------------------------------------------------------------------------
# COPY text escaping
# ---------------------------------------------------------------------------
_COPY_ESC = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def cp(v):
    if v is None:
        return "\\N"
    return v.translate(_COPY_ESC)


_UNESC = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", "v": "\v"}


def copy_unescape(s):
    if s == "\\N":
        return None
    if "\\" not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == "\\" and i + 1 < n:
            out.append(_UNESC.get(s[i + 1], s[i + 1]))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


# ---------------------------------------------------------------------------
# The generator
# ---------------------------------------------------------------------------


_NON_DIGITS = str.maketrans("", "", " ()+-./")


class SeenFilter:
    """Fixed-size Bloom filter (2 probes, CRC-32 based: deterministic,
    independent of PYTHONHASHSEED).  No false negatives, so values it lets
    through are really new; a false positive only causes a re-draw."""

    def __init__(self, nbits):
        bits = bytearray(nbits >> 3)
        m = nbits - 1
        crc = zlib.crc32

        def add(s):
            """Record s; True if it was certainly not seen before."""
            b = s.encode()
            h1 = crc(b) & m
            h2 = crc(b, 0x9E3779B9) & m
            i1 = h1 >> 3
            i2 = h2 >> 3
            o1 = 1 << (h1 & 7)
            o2 = 1 << (h2 & 7)
            v1 = bits[i1]
            if v1 & o1 and bits[i2] & o2:
                return False
            bits[i1] = v1 | o1
            bits[i2] |= o2
            return True
        self.add = add


def is_blank(v):
    return v is None or v.strip(" \t\r\n") == ""


_PLACEHOLDER_SET = frozenset(v.strip().casefold() for v in NAME_PLACEHOLDERS)


def is_placeholder_name(v):
    """v is one of the generator's own placeholder names (not a copy of a
    rule: the list of what it plants)"""
    return v.strip().casefold() in _PLACEHOLDER_SET


def has_triple_letter(v):
    """the same letter three times in a row: no real name in the pools has
    one, and a typo that makes one would be a second defect"""
    return any(v[k].isalpha() and v[k].casefold() == v[k + 1].casefold() == v[k + 2].casefold()
               for k in range(len(v) - 2))


class Generator:
    def __init__(self, seed, rows, now_date):
        import random
        self.rng = random.Random(seed)
        self.r = self.rng.random
        self.rows = rows
        epoch = datetime.date(1970, 1, 1)
        self.ref_date = now_date
        self.REF_DAY = (now_date - epoch).days
        self.REF = self.REF_DAY * DAY
        self.countries = build_countries(self.REF)
        self.typo_all = self_check_tables(self.countries)
        cum = []
        t = 0.0
        for c in self.countries:
            t += c.weight
            cum.append(t)
        self.ccum = cum
        self.ctotal = t
        # Date strings from 160 years back to 85 years ahead.
        self.DBASE = self.REF_DAY - int(160 * YEAR_D)
        top = self.REF_DAY + int(85 * YEAR_D)
        o0 = epoch.toordinal()
        self.DS = [datetime.date.fromordinal(o0 + d).isoformat()
                   for d in range(self.DBASE, top + 1)]
        self.TOD = ["%02d:%02d:%02d" % (h, m, s)
                    for h in range(24) for m in range(60) for s in range(60)]
        self.counts = {}
        self.jcounts = {}       # (jurisdiction, compliance kind) -> truth lines
        self.jrows = {}         # jurisdiction -> rows
        self.unassigned = JurView(UNASSIGNED, None, self.REF)
        self.persons = 0
        # seen emails and phone numbers of distinct persons
        nbits = 1 << 20
        while nbits < rows * 64 and nbits < (1 << 29):
            nbits <<= 1
        self.seen = SeenFilter(nbits)

    # -- helpers -----------------------------------------------------------
    def ts(self, t):
        if t is None:
            return "\\N"
        return self.DS[t // DAY - self.DBASE] + " " + self.TOD[t % DAY] + "+00"

    def date(self, d):
        return self.DS[d - self.DBASE]

    def make_email(self, c, g, f, birth_day):
        """A new address: never one already handed to another person
        (providers do not hand out an address twice).  Taken ones get a
        number, as people do."""
        seen = self.seen
        for attempt in range(6):
            em = self._email_candidate(c, g, f, birth_day, attempt)
            if seen.add(em):
                return em
        # unique by construction: no candidate has "." before trailing digits
        em = (g + "." + f + "." + str(self.persons) + "@" +
              c.domains[int(self.r() * len(c.domains))])
        seen.add(em)
        return em

    def _email_candidate(self, c, g, f, birth_day, attempt):
        r = self.r
        dom = c.domains[int(r() * len(c.domains))]
        if dom == "qq.com" and r() < 0.6:
            k = 5 + int(r() * 6)
            return str(10 ** (k - 1) + int(r() * 9 * 10 ** (k - 1))) + "@qq.com"
        k = int(r() * 11)
        if k == 0 or k == 1:
            loc = g + "." + f
        elif k == 2:
            loc = g + "." + f + self.DS[birth_day - self.DBASE][2:4]
        elif k == 3:
            loc = g + f
        elif k == 4:
            loc = g[0] + "." + f
        elif k == 5:
            loc = g + "_" + f
        elif k == 6:
            loc = f + "." + g
        elif k == 7:
            loc = g + "." + f + str(1 + int(r() * 999))
        elif k == 8:
            loc = f + g[0] + str(10 + int(r() * 90))
        elif k == 9:
            loc = g + f + self.DS[birth_day - self.DBASE][:4]
        else:
            loc = g + "." + f[0] + str(1 + int(r() * 99))
        if attempt:
            loc += str(1 + int(r() * 10 ** (1 + attempt)))
        return loc + "@" + dom

    def new_identity(self):
        r = self.r
        c = self.countries[bisect.bisect_right(self.ccum, r() * self.ctotal)]
        female = r() < 0.5
        gp = c.gf if female else c.gm
        g = gp[int(r() * len(gp))]
        fp = c.ff if female else c.fm
        i = int(r() * len(fp))
        f = fp[i]
        fam, fam_lat = f[0], f[1]
        if c.double and r() < c.double:
            f2 = fp[int(r() * len(fp))]
            if f2[0] != fam:
                fam = fam + " " + f2[0]
                fam_lat = fam_lat + " " + f2[1]
        birth = self.REF_DAY - int((18.1 + r() * 71.9) * YEAR_D)
        self.persons += 1
        email = self.make_email(c, g[2], f[2], birth)
        # a number already given to someone else is drawn again (a few
        # times; households sharing a landline are realistic, but rare)
        seen = self.seen
        for _ in range(6):
            pn, pi = c.phone(r)
            if seen.add("#" + pi.translate(_NON_DIGITS)):
                break
        return [c, g[0], fam, g[1], fam_lat, email, pn, pi, r() < c.intl_p,
                c.postcode(r), birth]

    # -- duplicate variations ---------------------------------------------
    def typo(self, s, script):
        r = self.r
        # the script of the name as written: a transliterated Russian
        # name gets Latin typos (a Cyrillic letter in it would make a word
        # of two scripts, a second defect)
        cyr = any("\u0400" <= ch <= "\u04ff" for ch in s)
        alpha = ("абвгдежзиклмнопрстуфхя" if cyr
                 else "abcdefghiklmnoprstuvwyz")
        pos = [k for k in range(1, len(s)) if s[k].isalpha()]
        if len(pos) < 3:
            return None
        for _ in range(8):
            op = int(r() * 3)
            k = pos[int(r() * len(pos))]
            if op == 0:
                ch = alpha[int(r() * len(alpha))]
                if s[k].isupper():
                    ch = ch.upper()
                t = s[:k] + ch + s[k + 1:]
            elif op == 1:
                if k + 1 >= len(s) or not s[k + 1].isalpha() or s[k] == s[k + 1]:
                    continue
                t = s[:k] + s[k + 1] + s[k] + s[k + 2:]
            else:
                if len(pos) < 4:
                    continue
                t = s[:k] + s[k + 1:]
            if (t != s and not is_placeholder_name(t) and not is_blank(t) and
                    not has_triple_letter(t)):
                return t
        return None

    def dup_variant(self, ident):
        """Return (new identity, list of variation names)."""
        r = self.r
        (c, g, f, gl, fl, em, pn, pi, ui, pc, bd) = ident
        applied = []
        want = 1 + (r() < 0.3)
        # weighted order without replacement (deterministic)
        cand = list(DUP_VARIATIONS)
        order = []
        while cand:
            x = r() * sum(w for _v, w in cand)
            for j, (v, w) in enumerate(cand):
                x -= w
                if x < 0 or j == len(cand) - 1:
                    order.append(v)
                    del cand[j]
                    break
        for v in order:
            if len(applied) >= want:
                break
            if v == "name_typo":
                if c.script == "cjk":
                    continue
                if r() < 0.5:
                    t = self.typo(f, c.script)
                    if t is None:
                        continue
                    f = t
                else:
                    t = self.typo(g, c.script)
                    if t is None:
                        continue
                    g = t
            elif v == "name_swap":
                g, f, gl, fl = f, g, fl, gl
            elif v == "translit":
                if g == gl and f == fl:
                    continue
                g, f = gl, fl
            elif v == "phone_format":
                ui = not ui
            elif v == "email_case":
                loc, dom = em.split("@", 1)
                x = r()
                if x < 0.4:
                    em = ".".join(p.capitalize() for p in loc.split(".")) + "@" + dom
                elif x < 0.7:
                    em = em.upper()
                else:
                    em = loc.capitalize() + "@" + dom.capitalize()
                if em == ident[5]:
                    em = em.upper()
                    if em == ident[5]:
                        continue
            elif v == "new_address":
                npc = c.postcode(r)
                if npc == pc:
                    continue
                pc = npc
            applied.append(v)
        if not applied:
            ui = not ui
            applied.append("phone_format")
        return [c, g, f, gl, fl, em, pn, pi, ui, pc, bd], applied

    # -- defect planting ---------------------------------------------------
    KINDS = (
        # kind, weight, slots
        ("email_malformed", 10, ("email",)),
        ("phone_malformed", 10, ("phone",)),
        ("postal_malformed", 8, ("postal",)),
        ("placeholder_name", 8, ("names",)),
        ("placeholder_email", 6, ("email",)),
        ("required_email", 8, ("email",)),
        ("required_last_name", 5, ("names",)),
        ("required_country", 4, ("country",)),
        ("country_invalid", 3, ("country",)),
        ("email_typo_domain", 6, ("email",)),
        ("stale", 8, ("activity",)),
        ("consent_expired", 5, ("consent",)),
        ("consent_no_evidence", 5, ("consent",)),
        ("optout_not_honoured", 4, ("consent",)),
        ("optout_pending", 1, ("consent",)),
        ("birthdate_future", 2, ("birth", "consent")),
        ("birthdate_too_old", 3, ("birth",)),
        ("minor_with_consent", 2, ("birth", "consent")),
        ("swapped_fields", 3, ("email", "phone", "names", "postal")),
        ("created_after_updated", 3, ("updated",)),
        # only where a storage rule exists (ru, ~3 % of the rows): a high
        # weight, re-drawn elsewhere
        ("data_localization", 30, ("country",)),
    )
    # kinds that need a limit of the row's jurisdiction, so a row without
    # a country (unassigned) cannot have them
    JURIS_KINDS = frozenset(("stale", "consent_expired", "optout_pending",
                             "minor_with_consent", "data_localization"))

    def adult_from(self, jv, birth):
        """The first instant (seconds) a consent of someone born on day
        birth is given at or above jv's minimum age, with the margin; 0
        without a minimum age."""
        if jv.min_age is None:
            return 0
        return (birth + int(jv.min_age * YEAR_D) + MARGIN_DAYS + 2) * DAY

    def pick_kinds(self, created, jv, ch, adult):
        """Kinds to plant in a row of jurisdiction view jv and channel ch;
        a kind that cannot be planted there is drawn again.  adult: no
        consent is dated before it (the person's minimum-age birthday)."""
        r = self.r
        kinds = self.KINDS
        if not hasattr(self, "_kcum"):
            cum, t = [], 0
            for k in kinds:
                t += k[1]
                cum.append(t)
            self._kcum, self._ktot = cum, t
        want = 1 + (r() < P_SECOND)
        chosen, slots = [], set()
        REF = self.REF
        JK = self.JURIS_KINDS
        first = max(created, adult)     # the earliest adult consent
        for _ in range(8):
            if len(chosen) >= want:
                break
            name, _w, sl = kinds[bisect.bisect_right(self._kcum, r() * self._ktot)]
            if slots.intersection(sl):
                continue
            if name in JK:
                if NO_COUNTRY.intersection(chosen):
                    continue
                if name == "stale":
                    if not jv.stale or created > REF - (STALE_DAYS + 10) * DAY:
                        continue
                elif name == "consent_expired":
                    es = jv.expsrc[ch]
                    if not es or first > REF - (min(e for _s, e in es) + 10) * DAY:
                        continue
                elif name == "optout_pending":
                    if (jv.pending is None or created > REF - (jv.pending[0] + 10) * DAY or
                            adult > REF - (jv.pending[1] + 2 * MARGIN_DAYS + 2) * DAY):
                        continue
                elif name == "minor_with_consent":
                    if jv.min_age is None:
                        continue
                elif jv.storage is None:    # data_localization
                    continue
            elif name in NO_COUNTRY:
                if JK.intersection(chosen):
                    continue
            elif name == "optout_not_honoured":
                if first > REF - (jv.overdue + 2 * MARGIN_DAYS + 2) * DAY:
                    continue
            chosen.append(name)
            slots.update(sl)
        return chosen

    def malform_email(self, em, given):
        r = self.r
        loc, dom = em.split("@", 1)
        for _ in range(10):
            k = int(r() * 14)
            if k == 0:
                v = loc + "@"
            elif k == 1:
                v = loc + "." + dom
            elif k == 2:
                v = loc + "@@" + dom
            elif k == 3:
                if "." in loc:
                    v = loc.replace(".", " ", 1) + "@" + dom
                else:
                    m = max(1, len(loc) // 2)
                    v = loc[:m] + " " + loc[m:] + "@" + dom
            elif k == 4:
                v = loc + "@" + dom.split(".")[0]
            elif k == 5:
                tld = dom.rsplit(".", 1)[1]
                v = loc + "@" + dom[:len(dom) - len(tld) + 1]
            elif k == 6:
                if "." in loc:
                    v = loc.replace(".", ",", 1) + "@" + dom
                else:
                    v = loc + ",@" + dom
            elif k == 7:
                if given.isascii():
                    continue
                v = given.lower() + "." + loc.split(".")[-1] + "@" + dom
            elif k == 8:
                v = em + "."
            elif k == 9:
                v = loc + "@" + dom.replace(".", "..", 1)
            elif k == 10:
                v = "@" + dom
            elif k == 11:
                v = (" " + em) if r() < 0.5 else (em + " ")
            elif k == 12:
                tld = dom.rsplit(".", 1)[1]
                v = loc + "@" + dom[:len(dom) - len(tld)] + tld[0] + "0" + tld[2:]
            else:
                v = em + ("; " if r() < 0.5 else ", ") + loc + "2@gmail.com"
            return v
        return loc + "@"

    def malform_phone(self, ph):
        """A value that is no phone number.  Not planted, because they
        are numbers by libphonenumber: an extension ("x12") and a doubled
        "+" ("++49 ...", which it reads as "+49")."""
        r = self.r
        k = (0, 1, 2, 5, 6, 7)[int(r() * 6)]
        if k == 0:
            return PHONE_TEXT[int(r() * len(PHONE_TEXT))]
        if k == 1:
            pos = [i for i in range(1, len(ph)) if ph[i].isdigit()]
            i = pos[int(r() * len(pos))]
            return ph[:i] + ("O", "l", "a", "o", "I")[int(r() * 5)] + ph[i + 1:]
        if k == 2:
            nd = sum(ch.isdigit() for ch in ph)
            # 18 digits or more: longer than any numbering plan allows
            return ph + " " + _digits(r, max(1, 18 - nd + int(r() * 3)))
        if k == 5:
            # truncated after 2..4 digits
            keep = 2 + int(r() * 3)
            out, nd = [], 0
            for ch in ph:
                if ch.isdigit():
                    if nd == keep:
                        break
                    nd += 1
                out.append(ch)
            return "".join(out).rstrip(" -/(.")
        if k == 6:
            return "123456789012345678"[:16 + int(r() * 3)]
        return ph.replace(" ", ";", 1) if " " in ph else ph + "#"

    def malform_postal(self, pc, code):
        """A value that is no postal code of the country.  Not planted:
        white space around a valid code (a form trims it)."""
        r = self.r
        for _ in range(10):
            k = (0, 1, 2, 3, 4, 6, 7)[int(r() * 7)]
            if k == 0:
                return POSTAL_JUNK[int(r() * len(POSTAL_JUNK))]
            if k == 1:
                return pc + ("#", ".", "*", "!")[int(r() * 4)]
            if k == 2:
                if " " in pc:
                    return pc.replace(" ", "_")
                if "-" in pc:
                    return pc.replace("-", "/")
                m = len(pc) // 2
                return pc[:m] + "_" + pc[m:]
            if k == 3:
                v = pc + CITY_SUFFIX[code]
                if len(v) > 10:
                    return v
                continue
            if k == 4:
                return pc[:1 + int(r() * 2)]
            if k == 6:
                return "ABCDEFGHIJKLMNOP"[:11 + int(r() * 5)]
            return pc + "/" + pc
        return "!!"

    # -- main loop ---------------------------------------------------------
    def run(self, out, truth, verify=None):
        r = self.r
        N = self.rows
        REF = self.REF
        DS = self.DS
        DB = self.DBASE
        TOD = self.TOD
        ts = self.ts
        span = SPAN_DAYS * DAY
        start = REF - span
        step = (span - 2 * DAY) / N
        pool = []
        POOL_MAX = 4096
        originals = 0
        new_identity = self.new_identity
        counts = self.counts
        jcounts = self.jcounts
        jrows = self.jrows
        buf = []
        tbuf = []
        CH = CHANNELS
        CS = CONSENT_SOURCES
        for i in range(1, N + 1):
            created = start + int((i - 1) * step) + int((r() - 0.5) * 2 * DAY)
            if created < start:
                created = 2 * start - created
            x = r()
            if x < 0.55:
                ch = "web"
            elif x < 0.70:
                ch = "newsletter"
            elif x < 0.82:
                ch = "callcentre"
            else:
                ch = "store"
            dup_of = None
            if pool and r() < P_DUP:
                j = int(r() * len(pool))
                ent = pool[j]
                ident, variations = self.dup_variant(ent[0])
                dup_of = ent[1]
                ent[2] += 1
                if ent[2] >= ent[3]:
                    pool[j] = pool[-1]
                    pool.pop()
                if ch == ent[4]:
                    ch = CH[(CH.index(ch) + 1 + int(r() * 3)) % 4]
            else:
                ident = new_identity()
                originals += 1
                ent = [ident, i, 1, 2 + (r() < 0.3), ch]
                if len(pool) < POOL_MAX:
                    pool.append(ent)
                else:
                    j = int(r() * originals)
                    if j < POOL_MAX:
                        pool[j] = ent
            c = ident[0]
            jv = c.jv
            adult = self.adult_from(jv, ident[10])
            kinds = self.pick_kinds(created, jv, ch, adult) if r() < P_DEFECT else None
            if not kinds:
                jn = jv.name
                upd = created + int(r() * (REF - created))
                lo = REF - jv.act_days * DAY
                if lo < created:
                    lo = created
                last = lo + int(r() * (REF - lo))
                if r() < 0.45:
                    xc = r()
                    srcs = jv.srcwin[ch]
                    src, win = srcs[int(r() * len(srcs))]
                    lo = max(REF - win, created, adult)
                    consent = lo + int(xc * (REF - lo))
                    opt = "t"
                    cons_s = DS[consent // DAY - DB] + " " + TOD[consent % DAY] + "+00"
                    out_s = "\\N"
                elif r() < 0.6:
                    opt = "f"
                    cons_s = out_s = src = "\\N"
                else:
                    opt = "f"
                    consent = created + int(r() * (REF - created) * 0.7)
                    srcs = CS[ch]
                    src = srcs[int(r() * len(srcs))]
                    oo = consent + int(r() * (REF - consent))
                    cons_s = DS[consent // DAY - DB] + " " + TOD[consent % DAY] + "+00"
                    out_s = DS[oo // DAY - DB] + " " + TOD[oo % DAY] + "+00"
                line = (f"{i}\t{ident[1]}\t{ident[2]}\t{ident[5]}\t"
                        f"{ident[7] if ident[8] else ident[6]}\t{c.code}\t{ident[9]}\t"
                        f"{DS[ident[10] - DB]}\t"
                        f"{DS[created // DAY - DB]} {TOD[created % DAY]}+00\t"
                        f"{DS[upd // DAY - DB]} {TOD[upd % DAY]}+00\t"
                        f"{DS[last // DAY - DB]} {TOD[last % DAY]}+00\t"
                        f"{opt}\t{cons_s}\t{src}\t{out_s}\t{ch}\t{c.store}\n")
                tl = []
            else:
                line, tl, jn = self.defect_row(i, ident, created, ch, kinds)
                for kind, _f, _n in tl:
                    if kind in COMPLIANCE_KINDS:
                        jk = (jn, kind)
                        jcounts[jk] = jcounts.get(jk, 0) + 1
            jrows[jn] = jrows.get(jn, 0) + 1
            if dup_of is not None:
                tl.insert(0, ("duplicate", "", "dup-of:%d" % dup_of))
            if tl:
                for kind, field, note in tl:
                    counts[kind] = counts.get(kind, 0) + 1
                    tbuf.append("%d\t%s\t%s\t%s\n" % (i, kind, field, cp(note)))
                counts[""] = counts.get("", 0) + 1
            buf.append(line)
            if verify is not None:
                verify.check(i, line, tl)
            if len(buf) >= 8192:
                out.write("".join(buf))
                buf.clear()
                if truth is not None:
                    truth.write("".join(tbuf))
                tbuf.clear()
        out.write("".join(buf))
        if truth is not None:
            truth.write("".join(tbuf))

    def defect_row(self, i, ident, created, ch, kinds):
        r = self.r
        REF = self.REF
        (c, given, family, gl, fl, email, pn, pi, ui, postcode, birth) = ident
        phone = pi if ui else pn
        country = c.code
        store = c.store
        T = []
        ks = set(kinds)
        # The row's jurisdiction: none when the country is blanked out.
        J = self.unassigned if ks & NO_COUNTRY else c.jv
        M = MARGIN_DAYS * DAY
        # --- timeline ------------------------------------------------------
        if "created_after_updated" in ks:
            upd = created - 3600 - int(r() * 400 * DAY)
        else:
            upd = created + int(r() * (REF - created))
        if "stale" in ks:
            hi = REF - STALE_DAYS * DAY
            last = created + int(r() * (hi - created))
        else:
            lo = max(created, REF - J.act_days * DAY)
            last = lo + int(r() * (REF - lo))
        srcs = CONSENT_SOURCES[ch]
        src = srcs[int(r() * len(srcs))]
        # clean consent window of the source (and of "any", should the
        # source be removed for consent_no_evidence)
        win = J.clean[src]
        if "consent_no_evidence" in ks and J.clean_any < win:
            win = J.clean_any
        # consent is given at or above the minimum age (minor_with_consent
        # judges the age on the day of consent), but for a planted minor
        adult = 0 if "minor_with_consent" in ks else self.adult_from(J, birth)
        lo_c = max(created, REF - win * DAY, adult)
        opted = None
        if "consent_expired" in ks:
            opt = True
            first = max(created, adult)
            es = [(x, e) for x, e in J.expsrc[ch] if first <= REF - (e + 10) * DAY]
            src, e = es[int(r() * len(es))]
            consent = first + int(r() * (REF - e * DAY - first))
        elif "optout_not_honoured" in ks:
            # consent valid; opted out at least 5 days later and longer
            # ago than the deadline (plus margin)
            opt = True
            hi = REF - J.overdue * DAY
            consent = lo_c + int(r() * (hi - M - lo_c))
            opted = consent + M + int(r() * (hi - consent - M))
        elif "optout_pending" in ks:
            opt = True
            plo, phi = J.pending
            lo = max(REF - phi * DAY, created + M)
            opted = lo + int(r() * (REF - plo * DAY - lo))
            consent = lo_c + int(r() * (opted - M - lo_c))
        elif ks & {"consent_no_evidence", "minor_with_consent"}:
            opt = True
            consent = lo_c + int(r() * (REF - lo_c))
        elif "birthdate_future" in ks or r() >= 0.45:
            opt = False
            if r() < 0.6:
                consent = src = None
            else:
                consent = created + int(r() * (REF - created) * 0.7)
                opted = consent + int(r() * (REF - consent))
        else:
            opt = True
            consent = lo_c + int(r() * (REF - lo_c))
            if r() < 0.2 and consent - created > 3 * M:
                # opted out once and consented again later: no finding
                opted = created + int(r() * (consent - M - created))
        # --- birth date ----------------------------------------------------
        if "birthdate_future" in ks:
            if r() < 0.5:
                birth = self.REF_DAY + 1 + int(r() * 3650)
            else:   # two-digit-year accident: 1987 -> 2087
                birth = birth + int(100 * YEAR_D)
                if birth <= self.REF_DAY:
                    birth = self.REF_DAY + 1 + int(r() * 3650)
        elif "birthdate_too_old" in ks:
            d1900 = (datetime.date(1900, 1, 1) - datetime.date(1970, 1, 1)).days
            if r() < 0.3 and d1900 < self.REF_DAY - int(122 * YEAR_D):
                birth = d1900
            else:
                birth = self.REF_DAY - int((122 + r() * 35) * YEAR_D)
        elif "minor_with_consent" in ks:
            # 0.1 year (36 days) to 5 years below the minimum age, >= 8
            ma = J.min_age
            lo = max(8.0, ma - 5.0)
            birth = self.REF_DAY - int((lo + r() * (ma - 0.1 - lo)) * YEAR_D)
        # --- field values --------------------------------------------------
        for k in kinds:
            if k == "created_after_updated":
                T.append((k, "created_at", "created " + self.ts(created) +
                          " > updated " + self.ts(upd)))
            elif k == "stale":
                T.append((k, "last_activity_at", self.ts(last)))
            elif k == "consent_expired":
                T.append((k, "consent_at", self.ts(consent)))
            elif k == "consent_no_evidence":
                if r() < 0.5:
                    consent = None
                    T.append((k, "consent_at", "opt-in without consent_at"))
                else:
                    src = None
                    T.append((k, "consent_source", "opt-in without consent_source"))
            elif k == "optout_not_honoured" or k == "optout_pending":
                T.append((k, "opted_out_at", self.ts(opted)))
            elif k == "minor_with_consent":
                T.append((k, "consent_marketing", "born %s, minimum age %d (%s)"
                          % (self.date(birth), J.min_age, J.name)))
            elif k == "data_localization":
                store = LOCALIZATION_WRONG_REGION
                T.append((k, "storage_region", "stored in " + store))
            elif k == "birthdate_future":
                T.append((k, "birth_date", self.date(birth)))
            elif k == "birthdate_too_old":
                T.append((k, "birth_date", self.date(birth)))
            elif k == "email_malformed":
                email = self.malform_email(email, given)
                T.append((k, "email", email))
            elif k == "placeholder_email":
                x = r()
                loc, dom = email.split("@", 1)
                if x < 0.4:
                    email = (EMAIL_PLACEHOLDER_LOCALS[int(r() * len(EMAIL_PLACEHOLDER_LOCALS))]
                             + "@" + dom)
                elif x < 0.7:
                    email = loc + "@" + EXAMPLE_DOMAINS[int(r() * 4)]
                else:
                    email = EMAIL_PLACEHOLDER_FIXED[int(r() * len(EMAIL_PLACEHOLDER_FIXED))]
                T.append((k, "email", email))
            elif k == "required_email":
                # NULL or "" only: a whitespace-only address would also be
                # a non-empty value failing the email check (two findings)
                if r() < 0.6:
                    email = None
                    T.append((k, "email", "NULL"))
                else:
                    email = ""
                    T.append((k, "email", "empty"))
            elif k == "email_typo_domain":
                loc, dom = email.split("@", 1)
                typos = TYPO_DOMAINS.get(dom.lower())
                if typos is None:
                    typos = TYPO_DOMAINS[GENERIC_TYPO_SOURCES[int(r() * 4)]]
                nd = typos[int(r() * len(typos))]
                email = loc + "@" + nd
                T.append((k, "email", nd))
            elif k == "phone_malformed":
                phone = self.malform_phone(phone)
                T.append((k, "phone", phone))
            elif k == "postal_malformed":
                postcode = self.malform_postal(postcode, c.code)
                T.append((k, "postal_code", postcode))
            elif k == "placeholder_name":
                x = r()
                if x < 0.9:
                    v = NAME_PLACEHOLDERS[int(r() * len(NAME_PLACEHOLDERS))]
                    if x < 0.45:
                        given = v
                        T.append((k, "first_name", v))
                    else:
                        family = v
                        T.append((k, "last_name", v))
                else:
                    given = NAME_PLACEHOLDERS[int(r() * len(NAME_PLACEHOLDERS))]
                    family = NAME_PLACEHOLDERS[int(r() * len(NAME_PLACEHOLDERS))]
                    T.append((k, "first_name", given))
                    T.append((k, "last_name", family))
            elif k == "required_last_name":
                x = r()
                if x < 0.45:
                    family = None
                    T.append((k, "last_name", "NULL"))
                elif x < 0.75:
                    family = ""
                    T.append((k, "last_name", "empty"))
                else:
                    family = (" ", "  ", "\t", " \t ", "\r\n", "\n")[int(r() * 6)]
                    T.append((k, "last_name", "whitespace-only"))
            elif k == "country_invalid":
                country = COUNTRY_JUNK[int(r() * len(COUNTRY_JUNK))]
                T.append((k, "country", country))
            elif k == "required_country":
                x = r()
                if x < 0.5:
                    country = None
                    T.append((k, "country", "NULL"))
                elif x < 0.8:
                    country = ""
                    T.append((k, "country", "empty"))
                else:
                    country = (" ", "  ", "\t")[int(r() * 3)]
                    T.append((k, "country", "whitespace-only"))
            elif k == "swapped_fields":
                x = r()
                # a postcode of digits alone can be a phone number as
                # written (German "30091"): such postcodes are not swapped
                if x < 0.35 and any(ch.isalpha() or ch == "-" for ch in postcode):
                    phone, postcode = postcode, phone
                    T.append((k, "phone", "postcode in phone: " + phone))
                    T.append((k, "postal_code", "phone in postcode: " + postcode))
                    T.append(("phone_malformed", "phone", phone))
                    T.append(("postal_malformed", "postal_code", postcode))
                elif x < 0.7:
                    phone, email = email, phone
                    T.append((k, "phone", "email in phone: " + phone))
                    T.append((k, "email", "phone in email: " + email))
                    T.append(("phone_malformed", "phone", phone))
                    T.append(("email_malformed", "email", email))
                else:
                    given, family = family, given
                    T.append((k, "first_name", "family name in first_name: " + given))
                    T.append((k, "last_name", "given name in last_name: " + family))
        # Consequences that follow by construction.  A record without a
        # country has no numbering plan and no postal-code format: its
        # phone number is judged in international form only, its postal
        # code not at all (a finding of its own, as the references say).
        have = {(k, f) for (k, f, _n) in T}
        if ks & NO_COUNTRY:
            if (not is_blank(postcode) and
                    ("postal_malformed", "postal_code") not in have):
                T.append(("postal_malformed", "postal_code", "no country: " + postcode))
            if (not is_blank(phone) and not phone.startswith("+") and
                    ("phone_malformed", "phone") not in have):
                T.append(("phone_malformed", "phone", "national form, no country: " + phone))
        # A birth date in the future, over 120 years ago, or below the
        # minimum age of the record's jurisdiction.
        for k in ("birthdate_future", "birthdate_too_old", "minor_with_consent"):
            if k in ks:
                T.append(("birth_date_invalid", "birth_date", k + " " + self.date(birth)))
        line = "\t".join((
            str(i), cp(given), cp(family), cp(email), cp(phone), cp(country),
            cp(postcode), self.date(birth), self.ts(created), self.ts(upd),
            self.ts(last), "t" if opt else "f", self.ts(consent), cp(src),
            self.ts(opted), ch, store)) + "\n"
        return line, T, J.name


# ---------------------------------------------------------------------------
# --verify: re-derive the checks from the emitted COPY text
# ---------------------------------------------------------------------------

def _strip_comment(line):
    """line without its "#" comment (a "#" inside a string is kept)"""
    q = False
    i, n = 0, len(line)
    while i < n:
        ch = line[i]
        if q:
            if ch == "\\":
                i += 1
            elif ch == '"':
                q = False
        elif ch == '"':
            q = True
        elif ch == "#":
            return line[:i].strip()
        i += 1
    return line.strip()


_PACK_UNITS = {"month": "months", "months": "months", "day": "days", "days": "days",
               "h": "hours", "hour": "hours", "hours": "hours",
               "business day": "business_days", "business days": "business_days"}
_PACK_TOKEN = re.compile(r'"(?:\\.|[^"\\])*"|[{}\[\],;]|[^\s{}\[\],;"]+')
_PACK_TAGS = ("STAT", "CASE", "GUID", "PRAC")


def _pack_tokens(fn, text):
    """[(token, line)] of a pack, comments removed; strings keep their
    quotes; "\\n" ends a line"""
    out = []
    for no, raw in enumerate(text.split("\n"), 1):
        for t in _PACK_TOKEN.findall(_strip_comment(raw)):
            out.append((t, no))
        out.append(("\n", no))
    return out


def _pack_block(toks, i, fn):
    """Statements [(name, [args], body or None)] up to the closing "}"
    (or the end); returns (statements, index after it)."""
    stmts, cur, depth = [], None, 0
    while i < len(toks):
        t, no = toks[i]
        i += 1
        if t == "}" and depth == 0:
            if cur:
                stmts.append((cur[0], cur[1:], None))
            return stmts, i
        if t in ("\n", ";") and depth == 0:
            if cur:
                stmts.append((cur[0], cur[1:], None))
            cur = None
            continue
        if t == "\n":
            continue
        if t == "{" and depth == 0:
            if not cur:
                raise ValueError("%s:%d: a block without a name" % (fn, no))
            body, i = _pack_block(toks, i, fn)
            stmts.append((cur[0], cur[1:], body))
            cur = None
            continue
        if t == "[":
            depth += 1
        elif t == "]":
            depth -= 1
        cur = (cur or []) + [t]
    if cur:
        stmts.append((cur[0], cur[1:], None))
    return stmts, i


def _unq(t):
    return t[1:-1] if t.startswith('"') else t


def _pack_terms(words, what, rollover_ok):
    """the words after a value: {rollover, basis, frm, until, binds}"""
    kw, k = {}, 0
    while k < len(words):
        w = words[k]
        if w == "rollover" and rollover_ok:
            kw["rollover"] = True
            k += 1
        elif w == "basis" and k + 1 < len(words) and words[k + 1] in _PACK_TAGS:
            kw["basis"] = words[k + 1]
            k += 3 if k + 2 < len(words) and words[k + 2].startswith('"') else 2
        elif w in ("from", "until") and k + 1 < len(words):
            datetime.date.fromisoformat(_unq(words[k + 1]))
            kw["frm" if w == "from" else "until"] = _unq(words[k + 1])
            k += 2
        elif w == "binds" and k + 1 < len(words):
            kw["binds"] = _unq(words[k + 1])
            k += 2
        else:
            raise ValueError("%s: cannot read %r" % (what, " ".join(words)))
    return kw


def _pack_limit(words, what):
    if words and words[0] == "none":
        return Lim(0, "none", **_pack_terms(words[1:], what, False))
    n = int(words[0])
    if len(words) > 2 and words[1] == "business":
        unit, rest = _PACK_UNITS[" ".join(words[1:3])], words[3:]
    else:
        unit, rest = _PACK_UNITS[words[1]], words[2:]
    return Lim(n, unit, **_pack_terms(rest, what, True))


def _pack_list(args, what):
    """([codes], the words after "]") of "[A, B, ...] words" """
    if not args or args[0] != "[" or "]" not in args:
        raise ValueError("%s: expected a [list]: %r" % (what, " ".join(args)))
    end = args.index("]")
    return tuple(_unq(x) for x in args[1:end] if x != ","), args[end + 1:]


def _pack_jur(stmts, fn, top):
    """One jurisdiction (or subdivision or channel) body, shaped like
    JURISDICTIONS[name] (or its "subdivisions"/"channels" entries)."""
    cur = _jur("", None) if top else {}
    if top:
        cur["holidays"] = None
    for name, args, body in stmts:
        what = "%s: %s" % (fn, name)
        if name in ("countries", "storage_region", "consent_advisory", "business_class"):
            codes, rest = _pack_list(args, what)
            if name == "countries":
                cur[name] = codes
            elif name == "business_class":
                cur[name] = codes
            else:
                cur[name] = Codes(codes, **_pack_terms(rest, what, False))
        elif name in ("consent_max_age", "minimum_age_by_country"):
            if body is None or args:
                raise ValueError("%s: expected a block" % what)
            d = {}
            for k, a, b in body:
                if name == "consent_max_age":
                    d[k] = _pack_limit(a, what)
                else:
                    d[k] = Age(int(a[0]), **_pack_terms(a[1:], what, False))
            cur[name] = d
        elif name in ("stale_after", "optout_deadline", "retention", "reask_after"):
            cur[name] = _pack_limit(args, what)
        elif name == "minimum_age":
            cur[name] = Age(int(args[0]), **_pack_terms(args[1:], what, False))
        elif name == "timezone":
            cur[name] = _unq(args[0])
        elif name == "holidays":
            if args == ["public"]:
                cur[name] = "public"
            else:
                cur[name] = _pack_list(args, what)[0]
        elif name in ("subdivision", "channel"):
            if body is None or len(args) != 1:
                raise ValueError("%s: expected a named block" % what)
            key = "subdivisions" if name == "subdivision" else "channels"
            cur.setdefault(key, {})[_unq(args[0])] = _pack_jur(body, fn, False)
        # other keys (description, officers, alias, ...) are not used
    return cur


def load_packs(dirpath):
    """{name: entry shaped like JURISDICTIONS[name]} from the enabled
    (uncommented) lines of the jurisdiction packs *.rules in dirpath.
    Only the keys the generator mirrors are read."""
    packs = {}
    for fn in sorted(os.listdir(dirpath)):
        if not fn.endswith(".rules"):
            continue
        with open(os.path.join(dirpath, fn), encoding="utf-8") as fh:
            toks = _pack_tokens(fn, fh.read())
        stmts, _i = _pack_block(toks, 0, fn)
        for name, args, body in stmts:
            if name == "jurisdiction" and body is not None:
                packs[args[0]] = _pack_jur(body, fn, True)
    return packs


def _add_months(d, n):
    """date d plus n months (may be negative), the day clamped to the month"""
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    m += 1
    for day in (d.day, 30, 29, 28):
        try:
            return d.replace(year=y, month=m, day=day)
        except ValueError:
            pass
    raise ValueError(d)


COL_OF_LOGICAL = {"first_name": 1, "last_name": 2, "email": 3, "phone": 4,
                  "country": 5, "postal_code": 6}


class _VJur:
    """--verify's view of one jurisdiction: exact calendar thresholds."""
    __slots__ = ("name", "jdef", "today", "stale_thr", "consent_thr", "deadline",
                 "storage", "hol")


class Verifier:
    def __init__(self, gen, refs_dir, packs_dir=None):
        self.gen = gen
        self.errors = 0
        self.rows = 0
        self.unjudged = {}      # kind -> values the reference cannot judge
        # The independent references (tests/integration/references.py).
        sys.path.insert(0, refs_dir)
        try:
            import references
            references.phone_ok("+49 30 1234567", None)
            references.email_ok("a@b.de")
            references.postal_ok("10115", "DE")
            references.country_ok("DE")
        except (ImportError, OSError) as e:
            raise SystemExit("gen-customers: --verify needs the references in %s "
                             "(python3-phonenumbers, python3-email-validator, "
                             "publicsuffix, iso-codes): %s" % (refs_dir, e))
        self.refs = references
        self.codes = frozenset(c.code for c in gen.countries)
        src = "references in %s" % refs_dir
        sys.stderr.write("verify: using %s\n" % src)
        # the jurisdiction table against the packs it mirrors
        if packs_dir and os.path.isdir(packs_dir):
            try:
                packs = load_packs(packs_dir)
            except (ValueError, IndexError, KeyError) as e:
                packs = None
                self.fail("-", "cannot read the packs in %s: %s" % (packs_dir, e))
            if packs is not None:
                sys.stderr.write("verify: jurisdiction table checked against %s\n" % packs_dir)
                for name in sorted(set(packs) | set(JURISDICTIONS)):
                    a, b = packs.get(name), JURISDICTIONS.get(name)
                    if a is None or b is None:
                        self.fail("-", "jurisdiction %s: %s" % (
                            name, "not in the packs" if a is None else "not in JURISDICTIONS"))
                        continue
                    for k in sorted(set(a) | set(b)):
                        x, y = a.get(k), b.get(k)
                        if k == "countries":
                            x, y = sorted(x), sorted(y)
                        if isinstance(x, dict) and isinstance(y, dict):
                            # only the entries that differ
                            x, y = ({e: d.get(e) for e in sorted(set(x) | set(y))
                                     if x.get(e) != y.get(e)} for d in (x, y))
                        if x != y:
                            self.fail("-", "jurisdiction %s: %s is %r in the packs but %r "
                                      "in JURISDICTIONS" % (name, k, x, y))
        else:
            sys.stderr.write("verify: packs not found, jurisdiction table not checked\n")
        ref = gen.ref_date
        self.ref_iso = ref.isoformat()
        self.REF = gen.REF
        self.typo = gen.typo_all
        epoch = datetime.date(1970, 1, 1)
        self.epoch = epoch
        self.dayno = {d: k + gen.DBASE for k, d in enumerate(gen.DS)}
        self.vj = {}
        for name in list(JURISDICTIONS) + [UNASSIGNED]:
            jdef = JURISDICTIONS.get(name)
            vj = _VJur()
            vj.name, vj.jdef = name, jdef
            # the values applied on the scan day: within their from/until
            vj.today = today = local_date(jdef, self.REF)
            sr = jdef["storage_region"] if jdef else None
            vj.storage = tuple(sr.codes) if sr and in_force(sr, today) else None
            vj.hol = {}

            def back(lim):
                """REF minus a limit, in seconds (calendar months)"""
                n, unit = lim.n, lim.unit
                if unit == "months":
                    return (_add_months(ref, -n) - epoch).days * DAY
                if unit == "days":
                    return self.REF - n * DAY
                if unit == "hours":
                    return self.REF - n * 3600
                raise ValueError("no fixed threshold for %r" % (lim,))
            st = applied(jdef["stale_after"], today) if jdef else None
            vj.stale_thr = back(st) if st else None
            vj.consent_thr = {}
            for kind in set(CONSENT_KIND_OF_SOURCE.values()) | {"any"}:
                lim = consent_limit(jdef, kind, today)
                vj.consent_thr[kind] = back(lim) if lim else None
            vj.deadline = applied(jdef["optout_deadline"], today) if jdef else None
            self.vj[name] = vj
        self.margin = MARGIN_DAYS * DAY

    def fail(self, key, msg):
        self.errors += 1
        if self.errors <= 50:
            sys.stderr.write("verify: %s: %s\n" % ("rules" if key == "-" else "row %s" % key, msg))

    def secs(self, t):
        """seconds since the epoch of a generated timestamp
        "YYYY-MM-DD HH:MM:SS+00" """
        return (self.dayno[t[:10]] * DAY + int(t[11:13]) * 3600 +
                int(t[14:16]) * 60 + int(t[17:19]))

    def optout(self, J, country, opted):
        """"overdue", "pending" or None (too near its deadline) for an
        opt-out at instant opted: overdue at once without a deadline"""
        if J.deadline is None:
            return "overdue"
        hol = J.hol.get(country)
        if hol is None:
            hol = J.hol[country] = holidays_of(J.jdef, country)
        v = optout_verdict(J.deadline, hol, opted, self.REF, self.margin)
        if v is None and J.deadline.unit == "business_days":
            # a few business days: see PENDING_MARGIN_BD
            v = optout_verdict(J.deadline, hol, opted, self.REF, PENDING_MARGIN_BD * DAY)
            if v != "pending":
                v = None
        return v

    def age(self, bd, on=None):
        """age in years on date on (default: the reference day), as
        cal_age: born on 29 February, the birthday is 1 March in common
        years"""
        y, m, d = int(bd[:4]), int(bd[5:7]), int(bd[8:10])
        ref = on or self.gen.ref_date
        if (m, d) == (2, 29) and not (ref.year % 4 == 0 and (ref.year % 100 or ref.year % 400 == 0)):
            m, d = 3, 1
        return ref.year - y - ((ref.month, ref.day) < (m, d))

    def check(self, key, line, truth):
        self.rows += 1
        if not line.endswith("\n") or line.count("\n") != 1:
            self.fail(key, "row is not exactly one line")
            return
        cols = line[:-1].split("\t")
        if len(cols) != len(COLUMNS):
            self.fail(key, "row has %d columns" % len(cols))
            return
        v = [copy_unescape(x) for x in cols]
        if v[0] != str(key):
            self.fail(key, "customer_id %r" % v[0])
        # The field checks, judged by the references; the placeholders
        # are what the generator planted (its own lists), so they are
        # labelled by construction only.
        got = set()
        refs = self.refs
        given, family, email, phone, country, postcode, bd = v[1:8]
        for kind, fname, val in (("required_email", "email", email),
                                 ("required_last_name", "last_name", family),
                                 ("required_country", "country", country)):
            if is_blank(val):
                got.add((kind, fname))
        cc = None if is_blank(country) else country.strip().upper()
        if cc is not None and not refs.country_ok(country):
            got.add(("country_invalid", "country"))
        if cc not in self.codes:
            cc = None
        email_ok = refs.email_ok(email)
        if (email_ok is False and any(k == "email_typo_domain" for (k, _f, _n) in truth) and
                refs.email_ok(email.rsplit("@", 1)[0] + "@example." +
                              email.rsplit(".", 1)[1]) is False):
            # A typo in the top-level label (gmail.con): undeliverable by
            # the references, reported by Steward as a typo (advice), not
            # as malformed.  Labelled email_typo_domain only.
            email_ok = True
            self.unjudged["email_typo_tld"] = self.unjudged.get("email_typo_tld", 0) + 1
        for kind, fname, ok in (("email_malformed", "email", email_ok),
                                ("phone_malformed", "phone", refs.phone_ok(phone, cc)),
                                ("postal_malformed", "postal_code",
                                 refs.postal_ok(postcode, cc))):
            if ok is False:
                got.add((kind, fname))
            elif ok is None and not is_blank(v[COL_OF_LOGICAL[fname]]):
                # the reference cannot say (IE: no format in Google's
                # data): take the label, count it
                self.unjudged[kind] = self.unjudged.get(kind, 0) + 1
                if any(k == kind for (k, _f, _n) in truth):
                    got.add((kind, fname))
        Jb = self.vj[JURISDICTION_OF_COUNTRY.get(cc, UNASSIGNED)]
        # the birth-date validator reads the minimum age whatever its
        # from/until (rules/ruleset.c val_context)
        ma = minimum_age_of(Jb.jdef, cc) if Jb.jdef is not None else None
        if bd > self.ref_iso or self.age(bd) > 120 or (ma is not None and self.age(bd) < ma):
            got.add(("birth_date_invalid", "birth_date"))
        skip = ("placeholder_name", "placeholder_email")
        want = [(k, f) for (k, f, _n) in truth if k in RULE_KINDS and k not in skip]
        if len(set(want)) != len(want):
            self.fail(key, "duplicate truth lines %r" % want)
        if got != set(want):
            self.fail(key, "references say %s but truth says %s; values %r"
                      % (sorted(got), sorted(set(want)), v[1:8]))
        # row-level kinds; the compliance ones by the row's jurisdiction
        got = set()
        email, country, bd, created, upd, last, opt, cons, src, opted, store = (
            v[3], v[5], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[16])
        J = self.vj[JURISDICTION_OF_COUNTRY.get(country, UNASSIGNED)]
        secs = self.secs
        M = self.margin
        if email and "@" in email and email.rsplit("@", 1)[1].lower() in self.typo:
            got.add(("email_typo_domain", "email"))
        if J.stale_thr is not None:
            t = secs(last)
            if t < J.stale_thr:
                got.add(("stale", "last_activity_at"))
            if abs(t - J.stale_thr) < M:
                self.fail(key, "last_activity_at %s within %d days of the %s stale threshold"
                          % (last, MARGIN_DAYS, J.name))
        optin = opt == "t"
        if optin and cons is not None:
            kind = "any" if is_blank(src) else CONSENT_KIND_OF_SOURCE.get(src, "any")
            thr = J.consent_thr[kind]
            if thr is not None:
                t = secs(cons)
                if t < thr:
                    got.add(("consent_expired", "consent_at"))
                if abs(t - thr) < M:
                    self.fail(key, "consent_at %s (%s) within %d days of the %s threshold"
                              % (cons, kind, MARGIN_DAYS, J.name))
        if optin and cons is None:
            got.add(("consent_no_evidence", "consent_at"))
        elif optin and is_blank(src):
            got.add(("consent_no_evidence", "consent_source"))
        if optin and opted is not None and (cons is None or opted >= cons):
            v = self.optout(J, country, secs(opted))
            if v is None:
                self.fail(key, "opted_out_at %s: deadline within %d days of now (%s)"
                          % (opted, MARGIN_DAYS, J.name))
            else:
                got.add(("optout_not_honoured" if v == "overdue" else "optout_pending",
                         "opted_out_at"))
        if bd > self.ref_iso:
            got.add(("birthdate_future", "birth_date"))
        a = self.age(bd)
        if a > 120:
            got.add(("birthdate_too_old", "birth_date"))
        if optin and J.jdef is not None:
            # the minimum age applied on the scan day, judged on the day
            # consent was given (the scan day without consent_at)
            ma = minimum_age_of(J.jdef, country, J.today)
            if ma is not None and bd <= self.ref_iso:
                on = (self.epoch + datetime.timedelta(days=secs(cons) // DAY)
                      if cons is not None else self.gen.ref_date)
                if self.age(bd, on) < ma:
                    got.add(("minor_with_consent", "consent_marketing"))
                # the day of the minimum-age birthday, against that day
                y, mo, d = int(bd[:4]) + ma, int(bd[5:7]), int(bd[8:10])
                if mo == 2 and d == 29:
                    d = 28
                if abs((datetime.date(y, mo, d) - on).days) < MARGIN_DAYS:
                    self.fail(key, "birth_date %s within %d days of minimum age %d on %s"
                              % (bd, MARGIN_DAYS, ma, on))
        if J.storage is not None and store not in J.storage:
            got.add(("data_localization", "storage_region"))
        if store is None or len(store) != 2 or not store.isascii() or not store.isupper():
            self.fail(key, "storage_region %r" % store)
        if created > upd:
            got.add(("created_after_updated", "created_at"))
        want = {(k, f) for (k, f, _n) in truth if k in ROW_KINDS}
        if got != want:
            self.fail(key, "row predicates %s but truth says %s (%s)"
                      % (sorted(got), sorted(want), J.name))
        # clean-row consistency
        if opt == "f" and cons is None and (src is not None or opted is not None):
            self.fail(key, "opt-out row with source/opted_out but no consent_at")
        for (k, f, n) in truth:
            if k == "duplicate" and not (n.startswith("dup-of:") and 0 < int(n[7:]) < key):
                self.fail(key, "bad duplicate note %r" % n)


# ---------------------------------------------------------------------------


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Deterministic synthetic customer table with planted defects.")
    ap.add_argument("--schema", action="store_true", help="print CREATE TABLE and exit")
    ap.add_argument("--table", default="customers", help="table name for --schema")
    ap.add_argument("--rows", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--truth", metavar="FILE", help="write ground-truth TSV here")
    ap.add_argument("--now", default=DEFAULT_NOW, metavar="YYYY-MM-DD",
                    help="reference date (default %s)" % DEFAULT_NOW)
    ap.add_argument("--verify", action="store_true",
                    help="re-check every row and its truth against independent references "
                         "(run with the python3 that has python3-phonenumbers and "
                         "python3-email-validator)")
    ap.add_argument("--refs", metavar="DIR",
                    help="the references for --verify (default: ../tests/integration "
                         "next to this script)")
    ap.add_argument("--packs", metavar="DIR",
                    help="jurisdiction packs for --verify to compare with the built-in "
                         "table (default: ../rules/packs next to this script)")
    ap.add_argument("--stats", action="store_true",
                    help="print defect counts (compliance kinds also per jurisdiction) "
                         "to stderr")
    a = ap.parse_args(argv)

    if a.schema:
        if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$", a.table):
            ap.error("--table must be a plain (optionally schema-qualified) identifier")
        sys.stdout.write(SCHEMA.format(table=a.table))
        return 0
    if a.rows < 1:
        ap.error("--rows must be positive")
    try:
        now = datetime.date.fromisoformat(a.now)
    except ValueError:
        ap.error("--now must be YYYY-MM-DD")

    gen = Generator(a.seed, a.rows, now)
    verifier = None
    if a.verify:
        here = os.path.dirname(os.path.abspath(__file__))
        rd = a.refs or os.path.join(here, "..", "tests", "integration")
        pd = a.packs or os.path.join(here, "..", "rules", "packs")
        verifier = Verifier(gen, rd, pd)

    out = open(sys.stdout.fileno(), "w", encoding="utf-8", newline="\n",
               buffering=1 << 20, closefd=False)
    truth = None
    if a.truth:
        truth = open(a.truth, "w", encoding="utf-8", newline="\n", buffering=1 << 20)
        truth.write("record_key\tkind\tfield\tnote\n")
    try:
        gen.run(out, truth, verifier)
        out.flush()
    except BrokenPipeError:
        # reader went away (e.g. "| head"): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    finally:
        if truth is not None:
            truth.close()

    if a.stats or a.verify:
        c = gen.counts
        rows_with = c.get("", 0)
        sys.stderr.write("rows %d, rows with >=1 planted defect %d (%.2f%%)\n"
                         % (a.rows, rows_with, 100.0 * rows_with / a.rows))
        for k in sorted(x for x in c if x):
            sys.stderr.write("  %-24s %d\n" % (k, c[k]))
        # compliance kinds per jurisdiction (rows: rows of the jurisdiction)
        jc, jr = gen.jcounts, gen.jrows
        names = [n for n in list(JURISDICTIONS) + [UNASSIGNED] if n in jr]
        abbrev = {"consent_no_evidence": "no_evid", "consent_expired": "expired",
                  "optout_not_honoured": "oo_overdue", "optout_pending": "oo_pend",
                  "minor_with_consent": "minor", "data_localization": "localiz"}
        sys.stderr.write("compliance kinds per jurisdiction:\n  %-10s %7s" % ("", "rows"))
        for k in COMPLIANCE_KINDS:
            sys.stderr.write(" %10s" % abbrev.get(k, k))
        sys.stderr.write("\n")
        for n in names:
            sys.stderr.write("  %-10s %7d" % (n, jr[n]))
            for k in COMPLIANCE_KINDS:
                sys.stderr.write(" %10d" % jc.get((n, k), 0))
            sys.stderr.write("\n")
    if verifier is not None:
        if verifier.errors:
            sys.stderr.write("verify: FAILED, %d mismatches in %d rows\n"
                             % (verifier.errors, verifier.rows))
            return 1
        sys.stderr.write("verify: OK, %d rows, no mismatches\n" % verifier.rows)
        for k in sorted(verifier.unjudged):
            sys.stderr.write("verify: %s: %d values %s\n" % (
                k, verifier.unjudged[k],
                "with a typo in the top-level label: undeliverable by the references, "
                "a typo (advice) for Steward" if k == "email_typo_tld" else
                "the reference cannot judge (labels taken as planted)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
