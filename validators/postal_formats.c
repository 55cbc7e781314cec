/*
 * postal_formats.c -- the postal-code format of every country (hand-written).
 *
 * One line per ISO 3166-1 country, sorted by code:
 *
 *   F(cc, pattern, layout, prefix)  the country has postal codes;
 *   NONE(cc)                        it has none (a value is a finding);
 *   UNCHECKED(cc)                   we do not know its format well enough:
 *                                   any 2-10 letters, digits, spaces or
 *                                   hyphens pass, with note
 *                                   "format-not-checked".
 *
 * pattern is a PCRE2 pattern for the canonical form, which val_postal()
 * builds from the value with layout (validators/postal.c explains the
 * notation: n a digit, a a letter, x either; upper-case letters and
 * digits stand for themselves, a leading run of them may be left out of
 * the value; ' ' and '-' are put in; '|' separates alternatives, tried in
 * order).  prefix is a legacy country prefix that is dropped when the
 * value does not fit otherwise ("D-10115"); the alpha-2 code itself
 * ("DE-10115", "NL-1234AB") is always tried.
 *
 * Sources: the Universal Postal Union's addressing standard S42 and its
 * per-country postcode pages, and the national postal operators
 * (named per line).  Lines marked UNSURE are our best reading where the
 * sources disagree or we know of a recent change; countries whose format
 * we do not know are UNCHECKED rather than guessed.
 */
#include "config.h"

#include <stddef.h>

#include "validators/country.h"

#define F(cc, re, layout, prefix) \
	{ cc, VAL_POSTAL_FORMAT, re, layout, prefix }
#define NONE(cc)	{ cc, VAL_POSTAL_NONE, NULL, NULL, NULL }
#define UNCHECKED(cc)	{ cc, VAL_POSTAL_UNCHECKED, NULL, NULL, NULL }

/* US ZIP and ZIP+4 for a range of five-digit codes (USPS). */
#define ZIP(first)	"^" first "(-[0-9]{4})?$"
#define ZIP_LAYOUT	"nnnnn|nnnnn-nnnn"

/* Royal Mail postcodes: the outward and inward codes (PAF rules). */
#define GB_OUTWARD	"([A-PR-UWYZ][0-9]{1,2}|" \
			"[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|" \
			"[A-PR-UWYZ][0-9][A-HJKPSTUW]|" \
			"[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])"
#define GB_INWARD	"[0-9][ABD-HJLNP-UW-Z]{2}"
#define GB_LAYOUT	"xx xxx|xxx xxx|xxxx xxx"

const struct val_postal_format val_postal_formats[] = {
	/* Andorra Correus: AD, parish digit, 2 digits */
	F("AD", "^AD[1-7][0-9]{2}$", "ADnnn", NULL),
	NONE("AE"), /* Emirates Post: P.O. boxes only */
	/* Afghan Post, since 2011; UNSURE */
	F("AF", "^[0-9]{4}$", "nnnn", NULL),
	NONE("AG"), /* UPU: no postcodes */
	F("AI", "^AI-2640$", "AI-2640", NULL), /* Anguilla Post: one code */
	F("AL", "^[0-9]{4}$", "nnnn", NULL), /* Posta Shqiptare */
	F("AM", "^[0-9]{4}$", "nnnn", NULL), /* HayPost */
	NONE("AO"), /* UPU: no postcodes */
	UNCHECKED("AQ"), /* several claimants' systems */
	/* Correo Argentino CPA, or the old 4 digits */
	F("AR", "^([A-HJ-NP-Z][0-9]{4}[A-Z]{3}|[0-9]{4})$",
	    "annnnaaa|nnnn", NULL),
	F("AS", ZIP("96799"), ZIP_LAYOUT, NULL), /* USPS */
	F("AT", "^[1-9][0-9]{3}$", "nnnn", "A"), /* Österreichische Post */
	F("AU", "^[0-9]{4}$", "nnnn", NULL), /* Australia Post */
	NONE("AW"), /* UPU: no postcodes */
	/* Posti (Finland), 22100-22999 */
	F("AX", "^22[0-9]{3}$", "nnnnn", NULL),
	F("AZ", "^AZ [0-9]{4}$", "AZ nnnn", NULL), /* Azərpoçt */
	F("BA", "^[7-8][0-9]{4}$", "nnnnn", NULL), /* BH Pošta, 70000-89999 */
	F("BB", "^BB[0-9]{5}$", "BBnnnnn", NULL), /* Barbados Postal Service */
	F("BD", "^[0-9]{4}$", "nnnn", NULL), /* Bangladesh Post */
	F("BE", "^[1-9][0-9]{3}$", "nnnn", "B"), /* bpost */
	NONE("BF"), /* UPU: no postcodes */
	F("BG", "^[1-9][0-9]{3}$", "nnnn", NULL), /* Bulgarian Posts */
	/* Bahrain Post: block numbers */
	F("BH", "^[0-9]{3,4}$", "nnn|nnnn", NULL),
	NONE("BI"), /* UPU: no postcodes */
	NONE("BJ"), /* UPU: no postcodes */
	F("BL", "^97133$", "nnnnn", NULL), /* La Poste */
	/* Bermuda Post: "HM 12", "FL BX" */
	F("BM", "^[A-Z]{2} ([0-9]{2}|[A-Z]{2})$", "aa xx", NULL),
	/* Brunei Postal Services: "BS8711" */
	F("BN", "^[A-Z]{2}[0-9]{4}$", "aannnn", NULL),
	UNCHECKED("BO"), /* codes defined but little used */
	NONE("BQ"), /* no postcodes */
	F("BR", "^[0-9]{5}-[0-9]{3}$", "nnnnn-nnn", NULL), /* Correios CEP */
	NONE("BS"), /* UPU: no postcodes */
	F("BT", "^[0-9]{5}$", "nnnnn", NULL), /* Bhutan Post; UNSURE */
	NONE("BV"), /* uninhabited */
	NONE("BW"), /* UPU: no postcodes */
	F("BY", "^2[0-4][0-9]{4}$", "nnnnnn", NULL), /* Belpochta, 2xxxxx */
	NONE("BZ"), /* UPU: no postcodes */
	/* Canada Post */
	F("CA", "^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] "
	    "[0-9][ABCEGHJ-NPRSTV-Z][0-9]$", "ana nan", NULL),
	F("CC", "^6799$", "nnnn", NULL), /* Australia Post */
	NONE("CD"), /* UPU: no postcodes */
	NONE("CF"), /* UPU: no postcodes */
	NONE("CG"), /* UPU: no postcodes */
	F("CH", "^[1-9][0-9]{3}$", "nnnn", NULL), /* Swiss Post */
	NONE("CI"), /* UPU: no postcodes */
	NONE("CK"), /* UPU: no postcodes */
	F("CL", "^[0-9]{7}$", "nnnnnnn", NULL), /* Correos de Chile */
	NONE("CM"), /* UPU: no postcodes */
	F("CN", "^[0-9]{6}$", "nnnnnn", NULL), /* China Post */
	F("CO", "^[0-9]{6}$", "nnnnnn", NULL), /* 4-72, Colombia */
	F("CR", "^[0-9]{5}$", "nnnnn", NULL), /* Correos de Costa Rica */
	F("CU", "^[0-9]{5}$", "nnnnn", NULL), /* Correos de Cuba */
	F("CV", "^[0-9]{4}$", "nnnn", NULL), /* Correios de Cabo Verde */
	NONE("CW"), /* no postcodes */
	F("CX", "^6798$", "nnnn", NULL), /* Australia Post */
	F("CY", "^[1-9][0-9]{3}$", "nnnn", NULL), /* Cyprus Post */
	F("CZ", "^[1-7][0-9]{2} [0-9]{2}$", "nnn nn", NULL), /* Česká pošta */
	/* Deutsche Post */
	F("DE", "^(0[1-9]|[1-9][0-9])[0-9]{3}$", "nnnnn", "D"),
	NONE("DJ"), /* UPU: no postcodes */
	F("DK", "^[0-9]{4}$", "nnnn", NULL), /* PostNord Danmark */
	NONE("DM"), /* UPU: no postcodes */
	F("DO", "^[0-9]{5}$", "nnnnn", NULL), /* INPOSDOM */
	F("DZ", "^[0-9]{5}$", "nnnnn", NULL), /* Algérie Poste */
	F("EC", "^[0-9]{6}$", "nnnnnn", NULL), /* Correos del Ecuador */
	F("EE", "^[0-9]{5}$", "nnnnn", NULL), /* Omniva */
	F("EG", "^[0-9]{5}$", "nnnnn", NULL), /* Egypt Post */
	UNCHECKED("EH"), /* disputed territory */
	NONE("ER"), /* UPU: no postcodes */
	/* Correos: province 01-52 */
	F("ES", "^(0[1-9]|[1-4][0-9]|5[0-2])[0-9]{3}$", "nnnnn", "E"),
	F("ET", "^[0-9]{4}$", "nnnn", NULL), /* Ethiopian Postal Service */
	F("FI", "^[0-9]{5}$", "nnnnn", NULL), /* Posti */
	NONE("FJ"), /* UPU: no postcodes */
	/* Royal Mail style, one code */
	F("FK", "^FIQQ 1ZZ$", "FIQQ 1ZZ", NULL),
	F("FM", ZIP("9694[1-4]"), ZIP_LAYOUT, NULL), /* USPS */
	F("FO", "^[0-9]{3}$", "nnn", NULL), /* Posta (Faroe Islands) */
	/* La Poste */
	F("FR", "^(0[1-9]|[1-8][0-9]|9[0-8])[0-9]{3}$", "nnnnn", "F"),
	NONE("GA"), /* UPU: no postcodes */
	F("GB", "^(GIR 0AA|" GB_OUTWARD " " GB_INWARD ")$", GB_LAYOUT,
	    NULL), /* Royal Mail PAF */
	NONE("GD"), /* UPU: no postcodes */
	F("GE", "^[0-9]{4}$", "nnnn", NULL), /* Georgian Post */
	F("GF", "^973[0-9]{2}$", "nnnnn", NULL), /* La Poste */
	/* Guernsey Post */
	F("GG", "^GY[0-9]{1,2} " GB_INWARD "$", GB_LAYOUT, NULL),
	UNCHECKED("GH"), /* GhanaPost GPS digital addresses */
	F("GI", "^GX11 1AA$", "GX11 1AA", NULL), /* Gibraltar: one code */
	F("GL", "^39[0-9]{2}$", "nnnn", NULL), /* Tusass (Greenland) */
	NONE("GM"), /* UPU: no postcodes */
	UNCHECKED("GN"), /* format not known to us */
	F("GP", "^971[0-9]{2}$", "nnnnn", NULL), /* La Poste */
	NONE("GQ"), /* UPU: no postcodes */
	F("GR", "^[1-8][0-9]{2} [0-9]{2}$", "nnn nn", NULL), /* ELTA */
	F("GS", "^SIQQ 1ZZ$", "SIQQ 1ZZ", NULL), /* one code */
	F("GT", "^[0-9]{5}$", "nnnnn", NULL), /* Correos de Guatemala */
	F("GU", ZIP("969[1-3][0-9]"), ZIP_LAYOUT, NULL), /* USPS */
	F("GW", "^[0-9]{4}$", "nnnn", NULL), /* Correios da Guiné-Bissau */
	NONE("GY"), /* UPU: no postcodes */
	NONE("HK"), /* Hongkong Post: no postcodes */
	UNCHECKED("HM"), /* uninhabited; Australian codes */
	F("HN", "^[0-9]{5}$", "nnnnn", NULL), /* Honducor */
	F("HR", "^[1-5][0-9]{4}$", "nnnnn", NULL), /* Hrvatska pošta */
	F("HT", "^HT[0-9]{4}$", "HTnnnn", NULL), /* Poste Haïti; UNSURE */
	F("HU", "^[1-9][0-9]{3}$", "nnnn", "H"), /* Magyar Posta */
	F("ID", "^[1-9][0-9]{4}$", "nnnnn", NULL), /* Pos Indonesia */
	F("IE", "^([AC-FHKNPRTV-Y][0-9]{2}|D6W) [0-9AC-FHKNPRTV-Y]{4}$",
	    "xxx xxxx", NULL), /* Eircode (since 2015) */
	F("IL", "^[0-9]{7}$", "nnnnnnn", NULL), /* Israel Post, 7 digits */
	/* Isle of Man Post */
	F("IM", "^IM[0-9]{1,2} " GB_INWARD "$", GB_LAYOUT, NULL),
	F("IN", "^[1-9][0-9]{5}$", "nnnnnn", NULL), /* India Post PIN */
	F("IO", "^BBND 1ZZ$", "BBND 1ZZ", NULL), /* one code */
	F("IQ", "^[0-9]{5}$", "nnnnn", NULL), /* Iraqi Post */
	F("IR", "^[0-9]{10}$", "nnnnnnnnnn", NULL), /* Iran Post, 10 digits */
	F("IS", "^[1-9][0-9]{2}$", "nnn", NULL), /* Pósturinn */
	F("IT", "^[0-9]{5}$", "nnnnn", "I"), /* Poste Italiane CAP */
	F("JE", "^JE[1-5] " GB_INWARD "$", GB_LAYOUT, NULL), /* Jersey Post */
	UNCHECKED("JM"), /* codes introduced, then suspended */
	F("JO", "^[0-9]{5}$", "nnnnn", NULL), /* Jordan Post */
	F("JP", "^[0-9]{3}-[0-9]{4}$", "nnn-nnnn", NULL), /* Japan Post */
	F("KE", "^[0-9]{5}$", "nnnnn", NULL), /* Posta Kenya */
	F("KG", "^7[0-9]{5}$", "nnnnnn", NULL), /* Kyrgyz Pochtasy */
	/* Cambodia Post; 6 digits since 2021? UNSURE */
	F("KH", "^[0-9]{5,6}$", "nnnnn|nnnnnn", NULL),
	NONE("KI"), /* UPU: no postcodes */
	NONE("KM"), /* UPU: no postcodes */
	UNCHECKED("KN"), /* format not known to us */
	NONE("KP"), /* no postcodes in use */
	/* Korea Post, 5 digits since 2015 */
	F("KR", "^[0-9]{5}$", "nnnnn", NULL),
	F("KW", "^[0-9]{5}$", "nnnnn", NULL), /* Kuwait Post */
	/* Cayman Islands Postal Service */
	F("KY", "^KY[1-3]-[0-9]{4}$", "KYn-nnnn", NULL),
	/* Kazpost: old 6 digits, new alphanumeric (2020); UNSURE */
	F("KZ", "^([0-9]{6}|[A-Z][0-9]{2}[A-Z][0-9][A-Z][0-9])$",
	    "nnnnnn|annanan", NULL),
	F("LA", "^[0-9]{5}$", "nnnnn", NULL), /* Lao Post */
	/* LibanPost */
	F("LB", "^[0-9]{4}( [0-9]{4})?$", "nnnn|nnnn nnnn", NULL),
	/* Saint Lucia Postal Service; UNSURE */
	F("LC", "^LC[0-9]{2} [0-9]{3}$", "LCnn nnn", NULL),
	/* Swiss Post, 9485-9498 */
	F("LI", "^94(8[5-9]|9[0-8])$", "nnnn", "FL"),
	F("LK", "^[0-9]{5}$", "nnnnn", NULL), /* Sri Lanka Post */
	F("LR", "^[0-9]{4}$", "nnnn", NULL), /* Liberia Postal Service */
	F("LS", "^[0-9]{3}$", "nnn", NULL), /* Lesotho Postal Services */
	F("LT", "^LT-[0-9]{5}$", "LT-nnnnn", NULL), /* Lietuvos paštas */
	F("LU", "^[0-9]{4}$", "nnnn", "L"), /* POST Luxembourg */
	F("LV", "^LV-[0-9]{4}$", "LV-nnnn", NULL), /* Latvijas Pasts */
	NONE("LY"), /* UPU: no postcodes */
	F("MA", "^[0-9]{5}$", "nnnnn", NULL), /* Barid Al-Maghrib */
	F("MC", "^980[0-9]{2}$", "nnnnn", NULL), /* La Poste Monaco */
	F("MD", "^MD-[0-9]{4}$", "MD-nnnn", NULL), /* Poșta Moldovei */
	F("ME", "^8[0-5][0-9]{3}$", "nnnnn", NULL), /* Pošta Crne Gore */
	F("MF", "^97150$", "nnnnn", NULL), /* La Poste */
	F("MG", "^[0-9]{3}$", "nnn", NULL), /* Paositra Malagasy */
	F("MH", ZIP("969[67][0-9]"), ZIP_LAYOUT, NULL), /* USPS */
	F("MK", "^[0-9]{4}$", "nnnn", NULL), /* Pošta na Severna Makedonija */
	NONE("ML"), /* UPU: no postcodes */
	F("MM", "^[0-9]{5}$", "nnnnn", NULL), /* Myanma Posts */
	F("MN", "^[0-9]{5}$", "nnnnn", NULL), /* Mongol Post */
	NONE("MO"), /* Macao Post: no postcodes */
	F("MP", ZIP("9695[0-2]"), ZIP_LAYOUT, NULL), /* USPS */
	F("MQ", "^972[0-9]{2}$", "nnnnn", NULL), /* La Poste */
	NONE("MR"), /* UPU: no postcodes */
	F("MS", "^MSR [0-9]{4}$", "MSR nnnn", NULL), /* Montserrat Post */
	F("MT", "^[A-Z]{3} [0-9]{4}$", "aaa nnnn", NULL), /* MaltaPost */
	F("MU", "^[0-9]{5}$", "nnnnn", NULL), /* Mauritius Post */
	F("MV", "^[0-9]{5}$", "nnnnn", NULL), /* Maldives Post */
	NONE("MW"), /* UPU: no postcodes */
	F("MX", "^[0-9]{5}$", "nnnnn", NULL), /* Correos de México */
	F("MY", "^[0-9]{5}$", "nnnnn", NULL), /* Pos Malaysia */
	F("MZ", "^[0-9]{4}$", "nnnn", NULL), /* Correios de Moçambique */
	UNCHECKED("NA"), /* format not known to us */
	F("NC", "^988[0-9]{2}$", "nnnnn", NULL), /* OPT-NC */
	F("NE", "^[0-9]{4}$", "nnnn", NULL), /* Niger Poste */
	F("NF", "^2899$", "nnnn", NULL), /* Australia Post */
	F("NG", "^[0-9]{6}$", "nnnnnn", NULL), /* NIPOST */
	F("NI", "^[0-9]{5}$", "nnnnn", NULL), /* Correos de Nicaragua */
	/* PostNL */
	F("NL", "^[1-9][0-9]{3} (?!SA|SD|SS)[A-Z]{2}$", "nnnn aa", NULL),
	F("NO", "^[0-9]{4}$", "nnnn", "N"), /* Posten Norge */
	F("NP", "^[0-9]{5}$", "nnnnn", NULL), /* Nepal Post */
	NONE("NR"), /* UPU: no postcodes */
	NONE("NU"), /* UPU: no postcodes */
	F("NZ", "^[0-9]{4}$", "nnnn", NULL), /* NZ Post */
	F("OM", "^[0-9]{3}$", "nnn", NULL), /* Oman Post */
	F("PA", "^[0-9]{4}$", "nnnn", NULL), /* Correos de Panamá; UNSURE */
	F("PE", "^[0-9]{5}$", "nnnnn", NULL), /* Serpost */
	F("PF", "^987[0-9]{2}$", "nnnnn", NULL), /* OPT Polynésie */
	F("PG", "^[0-9]{3}$", "nnn", NULL), /* Post PNG */
	F("PH", "^[0-9]{4}$", "nnnn", NULL), /* PHLPost */
	F("PK", "^[0-9]{5}$", "nnnnn", NULL), /* Pakistan Post */
	F("PL", "^[0-9]{2}-[0-9]{3}$", "nn-nnn", NULL), /* Poczta Polska */
	F("PM", "^97500$", "nnnnn", NULL), /* La Poste */
	F("PN", "^PCRN 1ZZ$", "PCRN 1ZZ", NULL), /* one code */
	F("PR", ZIP("00[679][0-9]{2}"), ZIP_LAYOUT, NULL), /* USPS */
	UNCHECKED("PS"), /* format not known to us */
	F("PT", "^[1-9][0-9]{3}-[0-9]{3}$", "nnnn-nnn", "P"), /* CTT */
	F("PW", ZIP("96940"), ZIP_LAYOUT, NULL), /* USPS */
	/* Correo Paraguayo: 4, newer 6; UNSURE */
	F("PY", "^[0-9]{4}([0-9]{2})?$", "nnnn|nnnnnn", NULL),
	NONE("QA"), /* Q-Post: no postcodes */
	F("RE", "^974[0-9]{2}$", "nnnnn", NULL), /* La Poste */
	F("RO", "^[0-9]{6}$", "nnnnnn", NULL), /* Poșta Română */
	F("RS", "^[0-9]{5}$", "nnnnn", NULL), /* Pošta Srbije */
	F("RU", "^[1-6][0-9]{5}$", "nnnnnn", NULL), /* Pochta Rossii */
	NONE("RW"), /* UPU: no postcodes */
	/* Saudi Post (SPL) */
	F("SA", "^[0-9]{5}(-[0-9]{4})?$", "nnnnn|nnnnn-nnnn", NULL),
	NONE("SB"), /* UPU: no postcodes */
	NONE("SC"), /* UPU: no postcodes */
	F("SD", "^[0-9]{5}$", "nnnnn", NULL), /* Sudapost */
	/* PostNord Sverige */
	F("SE", "^[1-9][0-9]{2} [0-9]{2}$", "nnn nn", "S"),
	F("SG", "^[0-9]{6}$", "nnnnnn", NULL), /* SingPost */
	/* St Helena, Ascension, Tristan */
	F("SH", "^(STHL|ASCN|TDCU) 1ZZ$",
	    "STHL 1ZZ|ASCN 1ZZ|TDCU 1ZZ", NULL),
	F("SI", "^[1-9][0-9]{3}$", "nnnn", NULL), /* Pošta Slovenije */
	F("SJ", "^917[0-9]$", "nnnn", NULL), /* Posten Norge, Svalbard */
	/* Slovenská pošta */
	F("SK", "^[089][0-9]{2} [0-9]{2}$", "nnn nn", NULL),
	NONE("SL"), /* UPU: no postcodes */
	/* Poste San Marino (Italian CAP) */
	F("SM", "^4789[0-9]$", "nnnnn", NULL),
	F("SN", "^[0-9]{5}$", "nnnnn", NULL), /* La Poste du Sénégal */
	UNCHECKED("SO"), /* format not known to us */
	NONE("SR"), /* UPU: no postcodes */
	NONE("SS"), /* no postcodes */
	NONE("ST"), /* UPU: no postcodes */
	/* Correos de El Salvador; UNSURE */
	F("SV", "^[0-9]{4}$", "nnnn", NULL),
	NONE("SX"), /* no postcodes */
	NONE("SY"), /* no postcodes in use */
	/* Eswatini Post: region letter + 3 */
	F("SZ", "^[HLMS][0-9]{3}$", "annn", NULL),
	F("TC", "^TKCA 1ZZ$", "TKCA 1ZZ", NULL), /* one code */
	UNCHECKED("TD"), /* format not known to us */
	NONE("TF"), /* no resident postal service */
	NONE("TG"), /* UPU: no postcodes */
	F("TH", "^[1-9][0-9]{4}$", "nnnnn", NULL), /* Thailand Post */
	F("TJ", "^7[0-9]{5}$", "nnnnnn", NULL), /* Pochtai Tojikiston */
	NONE("TK"), /* no postcodes */
	NONE("TL"), /* no postcodes */
	F("TM", "^7[0-9]{5}$", "nnnnnn", NULL), /* Turkmenpoçta */
	F("TN", "^[0-9]{4}$", "nnnn", NULL), /* La Poste Tunisienne */
	NONE("TO"), /* UPU: no postcodes */
	/* PTT: province 01-81 */
	F("TR", "^(0[1-9]|[1-7][0-9]|8[01])[0-9]{3}$", "nnnnn", NULL),
	F("TT", "^[0-9]{6}$", "nnnnnn", NULL), /* TTPost */
	NONE("TV"), /* UPU: no postcodes */
	/* Chunghwa Post: 3+2 or 3+3 */
	F("TW", "^[0-9]{3}([0-9]{2,3})?$", "nnn|nnnnn|nnnnnn", NULL),
	F("TZ", "^[0-9]{5}$", "nnnnn", NULL), /* Tanzania Posts */
	F("UA", "^[0-9]{5}$", "nnnnn", NULL), /* Ukrposhta */
	NONE("UG"), /* UPU: no postcodes */
	UNCHECKED("UM"), /* format not known to us */
	F("US", ZIP("[0-9]{5}"), ZIP_LAYOUT, NULL), /* USPS ZIP, ZIP+4 */
	F("UY", "^[0-9]{5}$", "nnnnn", NULL), /* Correo Uruguayo */
	F("UZ", "^[0-9]{6}$", "nnnnnn", NULL), /* O'zbekiston pochtasi */
	F("VA", "^00120$", "nnnnn", NULL), /* Poste Vaticane (Italian CAP) */
	F("VC", "^VC[0-9]{4}$", "VCnnnn", NULL), /* SVG Postal Corporation */
	/* IPOSTEL; a letter suffix is sometimes seen, UNSURE */
	F("VE", "^[0-9]{4}$", "nnnn", NULL),
	F("VG", "^VG11[1-6]0$", "VGnnnn", NULL), /* BVI Post */
	F("VI", ZIP("008[0-9]{2}"), ZIP_LAYOUT, NULL), /* USPS */
	/* Vietnam Post: 5 digits since 2018, 6 before; UNSURE */
	F("VN", "^[0-9]{5,6}$", "nnnnn|nnnnnn", NULL),
	NONE("VU"), /* UPU: no postcodes */
	F("WF", "^986[0-9]{2}$", "nnnnn", NULL), /* La Poste */
	UNCHECKED("WS"), /* format not known to us */
	NONE("YE"), /* no postcodes */
	F("YT", "^976[0-9]{2}$", "nnnnn", NULL), /* La Poste */
	F("ZA", "^[0-9]{4}$", "nnnn", NULL), /* South African Post Office */
	F("ZM", "^[0-9]{5}$", "nnnnn", NULL), /* Zampost */
	NONE("ZW"), /* UPU: no postcodes */
};
const size_t val_postal_nformats = sizeof val_postal_formats /
    sizeof val_postal_formats[0];
