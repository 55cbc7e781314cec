#!/usr/bin/python3
"""countrynames.py -- generate validators/country_names.c from iso-codes.

Usage:
    /usr/bin/python3 contrib/countrynames.py > validators/country_names.c

Reads Debian's iso-codes package (apt-get install iso-codes):
/usr/share/iso-codes/json/iso_3166-1.json for the codes and English names,
and the gettext catalogues /usr/share/locale/<lang>/LC_MESSAGES/iso_3166-1.mo
for the translations.  Standard library only; the output depends only on
those files and on the Unicode tables of this Python (unicodedata), so two
runs on the same machine give the same bytes.

What it writes:
  - val_country_info[]: alpha-2, alpha-3 and numeric code of every country,
    sorted by alpha-2; val_country_alpha3[] and val_country_numeric[] index
    it by the other two codes;
  - val_country_fold[]: the character folding table (code point to
    replacement, sorted) that validators/country.c applies to a value
    before looking it up, so that lookups are case- and accent-insensitive;
  - val_country_names[]: folded name -> alpha-2, sorted by key (strcmp
    order) for bsearch.

Names come from four levels; when one key maps to two countries the higher
level wins, and a clash within one level drops the key (it is listed in a
comment at the end of the output):
  1. the hand table HAND below (short forms iso-codes lacks);
  2. the English name, official_name and common_name;
  3. variants of the English names ("Korea, Republic of" gives "Korea" and
     "Republic of Korea"; "X (Y)" gives X and Y);
  4. translations into GLOBAL_LANGS for every country, and into OWN_LANGS
     for the countries that speak them, with the same variants.
"""

import gettext
import json
import subprocess
import sys
import unicodedata

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
LOCALEDIR = "/usr/share/locale"

# Languages whose names are accepted for every country.
GLOBAL_LANGS = ["de", "fr", "es", "pt", "ru", "zh_CN", "id", "ja", "it",
                "pl", "nl"]

# A country's own official or national languages, where iso-codes has a
# catalogue: these names are accepted for that country only (Korean names
# for KR and KP, not Korean names of every country).  Languages already in
# GLOBAL_LANGS are not repeated.
OWN_LANGS = {
    "af": "ZA NA",
    "am": "ET",
    "ar": "AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY "
          "TD TN YE",
    "az": "AZ",
    "be": "BY",
    "bg": "BG",
    "bn": "BD",
    "bs": "BA",
    "ca": "AD",
    "ch": "GU MP",
    "ckb": "IQ",
    "cs": "CZ",
    "da": "DK",
    "dv": "MV",
    "dz": "BT",
    "el": "GR CY",
    "et": "EE",
    "fa": "IR AF",
    "fi": "FI",
    "fil": "PH",
    "fo": "FO",
    "ga": "IE",
    "he": "IL",
    "hi": "IN",
    "hr": "HR BA",
    "ht": "HT",
    "hu": "HU",
    "hy": "AM",
    "is": "IS",
    "ka": "GE",
    "kk": "KZ",
    "kl": "GL",
    "km": "KH",
    "ko": "KR KP",
    "ky": "KG",
    "lo": "LA",
    "lt": "LT",
    "lv": "LV",
    "mi": "NZ",
    "mk": "MK",
    "mn": "MN",
    "ms": "MY BN SG",
    "mt": "MT",
    "my": "MM",
    "nb": "NO SJ",
    "ne": "NP",
    "nn": "NO",
    "pap": "AW CW BQ",
    "ps": "AF",
    "pt_BR": "BR",
    "ro": "RO MD",
    "rw": "RW",
    "si": "LK",
    "sk": "SK",
    "sl": "SI",
    "so": "SO",
    "sq": "AL",
    "sr": "RS ME BA",
    "sr@latin": "RS ME BA",
    "sv": "SE FI AX",
    "sw": "TZ KE",
    "ta": "LK SG",
    "tg": "TJ",
    "th": "TH",
    "ti": "ER",
    "tk": "TM",
    "tl": "PH",
    "tr": "TR CY",
    "uk": "UA",
    "ur": "PK",
    "uz": "UZ",
    "vi": "VN",
    "xh": "ZA",
    "zh_HK": "HK MO",
    "zh_TW": "TW",
    "zu": "ZA",
}

# Widespread names iso-codes does not have (or has only in a longer form).
# Each is what customers type in a country field.
HAND = [
    ("USA", "US"),                  # the alpha-3, also written as a word
    ("U.S.", "US"),                 # folds to "us" among names
    ("U.S.A.", "US"),
    ("United States of America", "US"),
    ("America", "US"),              # everyday English usage
    ("UK", "GB"),                   # ISO 3166 reserves UK for GB
    ("U.K.", "GB"),
    ("Great Britain", "GB"),
    ("Britain", "GB"),
    ("England", "GB"),              # constituent countries of the UK
    ("Scotland", "GB"),
    ("Wales", "GB"),
    ("Northern Ireland", "GB"),
    ("Grossbritannien", "GB"),      # German, usual short form
    ("Grande-Bretagne", "GB"),      # French
    ("Gran Bretaña", "GB"),         # Spanish
    ("Inghilterra", "GB"),          # Italian, loosely used for the UK
    ("Russia", "RU"),               # iso-codes says Russian Federation
    ("Russland", "RU"),             # German
    ("Russie", "RU"),               # French
    ("Rusia", "RU"),                # Spanish, Indonesian
    ("Rússia", "RU"),               # Portuguese
    ("Rosja", "RU"),                # Polish
    ("Россия", "RU"),               # Russian
    ("ロシア", "RU"),               # Japanese
    ("South Korea", "KR"),
    ("Republic of Korea", "KR"),
    ("Korea", "KR"),                # in customer data, nearly always the South
    ("North Korea", "KP"),
    ("Czech Republic", "CZ"),       # the English short name until 2016
    ("Holland", "NL"),
    ("The Netherlands", "NL"),
    ("Vatican", "VA"),
    ("Vatican City", "VA"),
    ("Ivory Coast", "CI"),
    ("Cape Verde", "CV"),           # the English name until 2013
    ("East Timor", "TL"),
    ("Burma", "MM"),
    ("Swaziland", "SZ"),            # renamed Eswatini in 2018
    ("Macedonia", "MK"),            # renamed North Macedonia in 2019
    ("Turkey", "TR"),               # renamed Türkiye in iso-codes 4.11
    ("Türkei", "TR"),               # German
    ("Turquie", "TR"),              # French
    ("Turquía", "TR"),              # Spanish
    ("Turchia", "TR"),              # Italian
    ("Turkije", "TR"),              # Dutch
    ("Турция", "TR"),               # Russian
    ("トルコ", "TR"),               # Japanese
    ("UAE", "AE"),
    ("U.A.E.", "AE"),
    ("Emirates", "AE"),
    ("DRC", "CD"),
    ("DR Congo", "CD"),
    ("Congo-Kinshasa", "CD"),
    ("Congo-Brazzaville", "CG"),
    ("Hong Kong SAR", "HK"),
    ("Macau", "MO"),                # iso-codes spells it Macao
    ("Palestine", "PS"),
    ("Brunei", "BN"),
    ("Syria", "SY"),
    ("Laos", "LA"),
    ("Moldova", "MD"),
    ("Tanzania", "TZ"),
    ("Venezuela", "VE"),
    ("Bolivia", "BO"),
    ("Micronesia", "FM"),
    ("St. Lucia", "LC"),
    ("St. Kitts and Nevis", "KN"),
    ("St. Vincent and the Grenadines", "VC"),
    ("Trinidad & Tobago", "TT"),
    ("Bosnia", "BA"),
    ("Vietnam", "VN"),
    ("Iran", "IR"),
    ("Taiwan", "TW"),
    ("Mainland China", "CN"),
    ("PRC", "CN"),
    ("中國", "CN"),                 # traditional characters
    ("中华人民共和国", "CN"),
    ("日本国", "JP"),
    ("にっぽん", "JP"),             # kana readings
    ("にほん", "JP"),
    ("Nippon", "JP"),
    ("Nihon", "JP"),
    ("韩国", "KR"),
    ("南韩", "KR"),
    ("韓国", "KR"),
    ("한국", "KR"),
    ("Schweiz", "CH"),              # German; iso-codes de has it, kept for clarity
    ("Suisse", "CH"),
    ("Svizzera", "CH"),
    ("Österreich", "AT"),
    ("Deutschland", "DE"),
    ("BRD", "DE"),                  # Bundesrepublik, common in German forms
    ("Polska", "PL"),
    ("España", "ES"),
    ("Brasil", "BR"),
    ("México", "MX"),
    ("Italia", "IT"),
    ("Nederland", "NL"),
    ("België", "BE"),
    ("Belgique", "BE"),
    ("Sverige", "SE"),
    ("Danmark", "DK"),
    ("Norge", "NO"),
    ("Suomi", "FI"),
    ("Éire", "IE"),
    ("Magyarország", "HU"),
    ("Česko", "CZ"),
    ("Slovensko", "SK"),
    ("Україна", "UA"),
    ("Ελλάδα", "GR"),
    ("Ελλάς", "GR"),
    ("ישראל", "IL"),
    ("السعودية", "SA"),             # Arabic short form of Saudi Arabia
    ("Türkiye", "TR"),
    ("Việt Nam", "VN"),
    ("ประเทศไทย", "TH"),
    ("Indonesia", "ID"),
    ("Inggris", "GB"),              # Indonesian everyday name for the UK
    ("Prancis", "FR"),              # Indonesian, current spelling (Perancis)
    ("Tiongkok", "CN"),             # Indonesian, official usage since 2014
    ("オーストラリア", "AU"),       # Japanese; iso-codes has the long form
    ("러시아", "RU"),               # Korean
    ("ЮАР", "ZA"),                  # Russian abbreviation
    ("Հայաստան", "AM"),             # Armenian short form
    ("المملكة العربية السعودية", "SA"),  # Arabic official name
]

# Longest key, in bytes, that validators/country.c folds (KEY_MAX there).
KEY_MAX = 255


def fold_char(ch):
    """What one character becomes in a key: a string, "" (dropped), or " "
    (a separator).  validators/country.c does the same with the table this
    script writes, so keep the two in step."""
    cp = ord(ch)
    if cp < 0x80:
        if ch.isalnum():
            return ch.lower()
        if ch in "'.":
            return ""
        return " "
    if 0xFF01 <= cp <= 0xFF5E:          # full-width ASCII
        return fold_char(chr(cp - 0xFEE0))
    if cp in (0x00A0, 0x1680, 0x202F, 0x205F, 0x3000) or \
            0x2000 <= cp <= 0x200A or 0x2010 <= cp <= 0x2015 or \
            cp in (0x2212, 0x2043, 0xFE63, 0x3001, 0xFF64):
        return " "                      # spaces, dashes, ideographic comma
    if cp in (0x2018, 0x2019, 0x201B, 0x02BC, 0x02B9, 0x02BB, 0x00B4,
              0x0060, 0x00B7, 0x2022, 0x30FB, 0xFF65, 0x2027, 0x200B,
              0x200C, 0x200D, 0xFEFF, 0x0301):
        return ""                       # apostrophes, middle dots, zero width
    if 0x0300 <= cp <= 0x036F:
        return ""                       # combining accents
    if (0x0591 <= cp <= 0x05C7 or 0x0610 <= cp <= 0x061A or
            0x064B <= cp <= 0x065F or cp == 0x0670 or
            0x06D6 <= cp <= 0x06ED) and unicodedata.category(ch) == "Mn":
        return ""                       # Hebrew points, Arabic harakat
    if cp == 0x0640:
        return ""                       # Arabic tatweel (stretching)
    if cp in (0x0622, 0x0623, 0x0625):
        return "\u0627"                 # Arabic alef with hamza or madda
    if 0x00A1 <= cp <= 0x00BF and unicodedata.category(ch)[0] in "PSZ":
        return " "                      # Latin-1 punctuation and signs
    special = {
        0x00DF: "ss", 0x1E9E: "ss", 0x00C6: "ae", 0x00E6: "ae",
        0x0152: "oe", 0x0153: "oe", 0x00D8: "o", 0x00F8: "o",
        0x0110: "d", 0x0111: "d", 0x00D0: "d", 0x00F0: "d",
        0x0141: "l", 0x0142: "l", 0x0126: "h", 0x0127: "h",
        0x0131: "i", 0x00DE: "th", 0x00FE: "th", 0x014A: "n",
        0x014B: "n", 0x0138: "k", 0x017F: "s", 0x0166: "t", 0x0167: "t",
        0x013F: "l", 0x0140: "l", 0x0132: "ij", 0x0133: "ij",
        0x0149: "n", 0x0401: "е", 0x0451: "е", 0x03C2: "σ",
    }
    if cp in special:
        return special[cp]
    if 0x00C0 <= cp <= 0x024F or 0x1E00 <= cp <= 0x1EFF or \
            0x0370 <= cp <= 0x03FF:
        # Latin and Greek: drop the accents, then lower case.
        base = "".join(c for c in unicodedata.normalize("NFD", ch)
                       if not unicodedata.combining(c))
        low = base.lower()
        if all(ord(c) < 0x80 for c in low):
            return "".join(fold_char(c) for c in low)
        return low
    if 0x0400 <= cp <= 0x052F:
        # Cyrillic: lower case only (й is not и).
        return ch.lower()
    low = ch.lower()
    if len(low) == 1 and len(low.encode()) <= 3:
        return low                      # other scripts with case (Armenian)
    return ch


def fold_table():
    """Every non-ASCII code point that fold_char() changes."""
    tab = []
    for cp in range(0x80, 0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        if unicodedata.category(ch) == "Cn":
            continue
        f = fold_char(ch)
        if f == ch:
            continue
        assert len(f.encode()) <= 3, (hex(cp), f)
        tab.append((cp, f))
    return tab


def fold_key(s):
    """The lookup key of a name: folded, separators collapsed to one space,
    trimmed, and a leading "the " dropped."""
    out = []
    pending = False
    for ch in s:
        f = fold_char(ch)
        if f == "":
            continue
        if f == " ":
            pending = True
            continue
        if pending and out:
            out.append(" ")
        pending = False
        out.append(f)
    key = "".join(out)
    if key.startswith("the "):
        key = key[4:]
    return key


def variants(name):
    """Other forms of an iso-codes name: "Korea, Republic of" -> "Korea",
    "Republic of Korea"; "X (Y)" -> "X", "Y"."""
    out = []
    if "(" in name and name.endswith(")"):
        head, _, tail = name[:-1].partition("(")
        out += [head.strip(), tail.strip()]
    if ", " in name and name.count(",") == 1:
        head, tail = name.split(", ")
        out += [head, tail + " " + head]
    return [v for v in out if v]


def c_string(s):
    out = []
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20:
            out.append("\\%03o" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def iso_codes_version():
    """The installed iso-codes version, for the header comment."""
    try:
        r = subprocess.run(["dpkg-query", "-W", "-f", "${Version}",
                            "iso-codes"], capture_output=True, text=True,
                           check=True)
        return r.stdout.strip() or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main():
    with open(ISO_JSON, encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    countries.sort(key=lambda c: c["alpha_2"])
    codes = {c["alpha_2"] for c in countries}
    alpha2 = {c["alpha_2"].lower() for c in countries}
    alpha3 = {c["alpha_3"].lower() for c in countries}

    for lang, ccs in OWN_LANGS.items():
        for cc in ccs.split():
            assert cc in codes, (lang, cc)

    # key -> {level: set of codes}; plus a sample source per key.
    found = {}
    source = {}

    def add(level, name, cc, why):
        key = fold_key(name)
        if not key:
            return
        assert len(key.encode()) <= KEY_MAX, key
        found.setdefault(key, {}).setdefault(level, set()).add(cc)
        source.setdefault((key, cc), why)

    for name, cc in HAND:
        assert cc in codes, (name, cc)
        add(1, name, cc, "hand")

    fields = ("name", "official_name", "common_name")
    for c in countries:
        for fld in fields:
            if fld in c:
                add(2, c[fld], c["alpha_2"], "en")
                for v in variants(c[fld]):
                    add(3, v, c["alpha_2"], "en variant")

    def translate(lang, ccs):
        t = gettext.translation("iso_3166-1", localedir=LOCALEDIR,
                                languages=[lang])
        for c in countries:
            if ccs is not None and c["alpha_2"] not in ccs:
                continue
            for fld in fields:
                if fld not in c:
                    continue
                tr = t.gettext(c[fld])
                add(4, tr, c["alpha_2"], lang)
                for v in variants(tr):
                    add(5, v, c["alpha_2"], lang + " variant")

    for lang in GLOBAL_LANGS:
        translate(lang, None)
    for lang in sorted(OWN_LANGS):
        translate(lang, set(OWN_LANGS[lang].split()))

    names = []
    dropped = []
    shadowed = []
    for key in found:
        levels = found[key]
        pick = None
        for level in sorted(levels):
            if len(levels[level]) == 1:
                pick = next(iter(levels[level]))
            else:
                dropped.append((key, sorted(levels[level])))
            break
        if pick is None:
            continue
        # A name that looks like a code is read as the code first.
        if key.isascii() and key.isalpha() and \
                ((len(key) == 2 and key in alpha2) or
                 (len(key) == 3 and key in alpha3)):
            shadowed.append((key, pick))
            continue
        if key.isdigit():
            shadowed.append((key, pick))
            continue
        names.append((key.encode("utf-8"), pick))
    names.sort()

    w = sys.stdout.write
    w("/*\n * country_names.c -- GENERATED by contrib/countrynames.py; "
      "do not edit.\n *\n")
    w(" * Source: Debian iso-codes %s (%s\n"
      " * and the iso_3166-1 gettext catalogues), Unicode %s.\n"
      " * Regenerate with\n"
      " *   /usr/bin/python3 contrib/countrynames.py > "
      "validators/country_names.c\n */\n" %
      (iso_codes_version(), ISO_JSON, unicodedata.unidata_version))
    w('#include "config.h"\n\n#include <stddef.h>\n#include <stdint.h>\n\n'
      '#include "validators/country.h"\n\n')

    w("/* Sorted by alpha-2. */\n")
    w("const struct val_country_info val_country_info[] = {\n")
    for c in countries:
        w('\t{ "%s", "%s", %d },\t/* %s */\n' %
          (c["alpha_2"], c["alpha_3"], int(c["numeric"]),
           c["name"].replace("*/", "* /")))
    w("};\nconst size_t val_country_ninfo = %d;\n\n" % len(countries))

    idx = {c["alpha_2"]: i for i, c in enumerate(countries)}
    w("/* Indexes into val_country_info, sorted by alpha-3. */\n")
    w("const uint8_t val_country_alpha3[] = {\n")
    by3 = sorted(countries, key=lambda c: c["alpha_3"])
    for i in range(0, len(by3), 12):
        w("\t" + " ".join("%d," % idx[c["alpha_2"]] for c in by3[i:i + 12])
          + "\n")
    w("};\n\n")
    w("/* Indexes into val_country_info, sorted by numeric code. */\n")
    w("const uint8_t val_country_numeric[] = {\n")
    byn = sorted(countries, key=lambda c: int(c["numeric"]))
    for i in range(0, len(byn), 12):
        w("\t" + " ".join("%d," % idx[c["alpha_2"]] for c in byn[i:i + 12])
          + "\n")
    w("};\n\n")

    ft = fold_table()
    w("/*\n * Folding of non-ASCII characters, sorted by code point: \"\" "
      "drops the\n * character, \" \" makes it a separator.  Characters not "
      "listed stay.\n */\n")
    w("const struct val_country_fold val_country_fold[] = {\n")
    for cp, f in ft:
        w("\t{ 0x%04X, %s },\n" % (cp, c_string(f)))
    w("};\nconst size_t val_country_nfold = %d;\n\n" % len(ft))

    w("/* Folded names, sorted in strcmp order. */\n")
    w("const struct val_country_name val_country_names[] = {\n")
    for key, cc in names:
        k = key.decode("utf-8")
        w('\t{ %s, "%s" },\t/* %s */\n' %
          (c_string(k), cc, source[(k, cc)]))
    w("};\nconst size_t val_country_nnames = %d;\n" % len(names))

    if dropped or shadowed:
        w("\n/*\n")
        for key, ccs in sorted(dropped):
            w(" * ambiguous, left out: %s (%s)\n" %
              (key.replace("*/", "* /"), " ".join(ccs)))
        for key, cc in sorted(shadowed):
            w(" * read as a code, left out: %s (%s)\n" % (key, cc))
        w(" */\n")


if __name__ == "__main__":
    main()
