/*
 * test_phonetic.c -- Soundex, Double Metaphone, transliteration.
 *
 * The Double Metaphone expectations are taken from Apache commons-codec's
 * DoubleMetaphoneTest and DoubleMetaphone2Test (the latter from Stephen
 * Woodbridge's PHP test program), the reference this port follows.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "validators/phonetic.h"

#define S(x)	(x), strlen(x)

static struct ph_translit	*tr;

static const struct {
	const char	*in;
	const char	*code;
} soundex_cases[] = {
	{ "Robert", "R163" },
	{ "Rupert", "R163" },
	{ "Rubin", "R150" },
	{ "Ashcraft", "A261" },		/* H does not separate s and c */
	{ "Ashcroft", "A261" },
	{ "Tymczak", "T522" },		/* a vowel does separate */
	{ "Pfister", "P236" },		/* f codes like the first P */
	{ "Honeyman", "H555" },
	{ "Jackson", "J250" },
	{ "Lee", "L000" },
	{ "lee", "L000" },
	{ "O'Brien", "O165" },		/* non-letters are skipped */
	{ "  Robert  ", "R163" },
	{ "R\xc3\xbc" "bin", "R150" },	/* ü is not an ASCII letter */
	{ "M\xc3\xbcller", "M460" },
	{ "A", "A000" },
	{ "", "" },
	{ "1234 -", "" },
	{ "\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd", "" },	/* Cyrillic: translit first */
};

/* Primary and alternate code; NULL where the reference tests only one. */
static const struct {
	const char	*in;
	const char	*p;
	const char	*a;
} dm_cases[] = {
	/* DoubleMetaphoneTest */
	{ "testing", "TSTN", "TSTN" },
	{ "The", "0", "T" },
	{ "quick", "KK", "KK" },
	{ "brown", "PRN", "PRN" },
	{ "fox", "FKS", "FKS" },
	{ "jumped", "JMPT", "AMPT" },
	{ "over", "AFR", "AFR" },
	{ "lazy", "LS", "LS" },
	{ "dogs", "TKS", "TKS" },
	{ "MacCafferey", "MKFR", "MKFR" },
	{ "Stephan", "STFN", "STFN" },
	{ "Kuczewski", "KSSK", NULL },
	{ "Kutchefski", NULL, "KXFS" },
	{ "McClelland", "MKLL", "MKLL" },
	{ "san jose", "SNHS", "SNHS" },
	{ "xenophobia", "SNFP", "SNFP" },
	{ "Fokker", NULL, "FKR" },
	{ "Joqqi", NULL, "AK" },
	{ "Hovvi", NULL, "HF" },
	{ "Czerny", NULL, "XRN" },
	{ "\xc3\xa7", "S", "S" },		/* ç */
	{ "\xc3\xb1", "N", "N" },		/* ñ */
	/* DoubleMetaphone2Test: rules */
	{ "ARCHITure", "ARKT", "ARKT" },
	{ "Arnoff", "ARNF", "ARNF" },
	{ "Arnow", "ARN", "ARNF" },
	{ "DANGER", "TNJR", "TNKR" },
	{ "Jankelowicz", "JNKL", "ANKL" },
	{ "MANGER", "MNJR", "MNKR" },
	{ "McClellan", "MKLL", "MKLL" },
	{ "McHugh", "MK", "MK" },
	{ "McLaughlin", "MKLF", "MKLF" },
	{ "ORCHEStra", "ARKS", "ARKS" },
	{ "ORCHID", "ARKT", "ARKT" },
	{ "Pierce", "PRS", "PRS" },
	{ "RANGER", "RNJR", "RNKR" },
	{ "Schlesinger", "XLSN", "SLSN" },
	{ "Uomo", "AM", "AM" },
	{ "Vasserman", "FSRM", "FSRM" },
	{ "Wasserman", "ASRM", "FSRM" },
	{ "Womo", "AM", "FM" },
	{ "Yankelovich", "ANKL", "ANKL" },
	{ "accede", "AKST", "AKST" },
	{ "accident", "AKST", "AKST" },
	{ "adelsheim", "ATLS", "ATLS" },
	{ "aged", "AJT", "AKT" },
	{ "ageless", "AJLS", "AKLS" },
	{ "agency", "AJNS", "AKNS" },
	{ "aghast", "AKST", "AKST" },
	{ "agio", "AJ", "AK" },
	{ "agrimony", "AKRM", "AKRM" },
	{ "album", "ALPM", "ALPM" },
	{ "alcmene", "ALKM", "ALKM" },
	{ "alehouse", "ALHS", "ALHS" },
	{ "antique", "ANTK", "ANTK" },
	{ "artois", "ART", "ARTS" },
	{ "automation", "ATMX", "ATMX" },
	{ "bacchus", "PKS", "PKS" },
	{ "bacci", "PX", "PX" },
	{ "bajador", "PJTR", "PHTR" },
	{ "bellocchio", "PLX", "PLX" },
	{ "bertucci", "PRTX", "PRTX" },
	{ "biaggi", "PJ", "PK" },
	{ "bough", "P", "P" },
	{ "breaux", "PR", "PR" },
	{ "broughton", "PRTN", "PRTN" },
	{ "cabrillo", "KPRL", "KPR" },
	{ "caesar", "SSR", "SSR" },
	{ "cagney", "KKN", "KKN" },
	{ "campbell", "KMPL", "KMPL" },
	{ "carlisle", "KRLL", "KRLL" },
	{ "carlysle", "KRLL", "KRLL" },
	{ "chemistry", "KMST", "KMST" },
	{ "chianti", "KNT", "KNT" },
	{ "chorus", "KRS", "KRS" },
	{ "cough", "KF", "KF" },
	{ "czerny", "SRN", "XRN" },
	{ "deffenbacher", "TFNP", "TFNP" },
	{ "dumb", "TM", "TM" },
	{ "edgar", "ATKR", "ATKR" },
	{ "edge", "AJ", "AJ" },
	{ "filipowicz", "FLPT", "FLPF" },
	{ "focaccia", "FKX", "FKX" },
	{ "gallegos", "KLKS", "KKS" },
	{ "gambrelli", "KMPR", "KMPR" },
	{ "geithain", "K0N", "JTN" },
	{ "ghiradelli", "JRTL", "JRTL" },
	{ "ghislane", "JLN", "JLN" },
	{ "gough", "KF", "KF" },
	{ "hartheim", "HR0M", "HRTM" },
	{ "heimsheim", "HMSM", "HMSM" },
	{ "hochmeier", "HKMR", "HKMR" },
	{ "hugh", "H", "H" },
	{ "hunger", "HNKR", "HNJR" },
	{ "hungry", "HNKR", "HNKR" },
	{ "island", "ALNT", "ALNT" },
	{ "isle", "AL", "AL" },
	{ "jose", "HS", "HS" },
	{ "laugh", "LF", "LF" },
	{ "mac caffrey", "MKFR", "MKFR" },
	{ "mac gregor", "MKRK", "MKRK" },
	{ "pegnitz", "PNTS", "PKNT" },
	{ "piskowitz", "PSKT", "PSKF" },
	{ "queen", "KN", "KN" },
	{ "raspberry", "RSPR", "RSPR" },
	{ "resnais", "RSN", "RSNS" },
	{ "rogier", "RJ", "RJR" },
	{ "rough", "RF", "RF" },
	{ "san jacinto", "SNHS", "SNHS" },
	{ "schenker", "XNKR", "SKNK" },
	{ "schermerhorn", "XRMR", "SKRM" },
	{ "schmidt", "XMT", "SMT" },
	{ "schneider", "XNTR", "SNTR" },
	{ "school", "SKL", "SKL" },
	{ "schooner", "SKNR", "SKNR" },
	{ "schrozberg", "XRSP", "SRSP" },
	{ "schulman", "XLMN", "XLMN" },
	{ "schwabach", "XPK", "XFPK" },
	{ "schwarzach", "XRSK", "XFRT" },
	{ "smith", "SM0", "XMT" },
	{ "snider", "SNTR", "XNTR" },
	{ "succeed", "SKST", "SKST" },
	{ "sugarcane", "XKRK", "SKRK" },
	{ "svobodka", "SFPT", "SFPT" },
	{ "tagliaro", "TKLR", "TLR" },
	{ "thames", "TMS", "TMS" },
	{ "theilheim", "0LM", "TLM" },
	{ "thomas", "TMS", "TMS" },
	{ "thumb", "0M", "TM" },
	{ "tichner", "TXNR", "TKNR" },
	{ "tough", "TF", "TF" },
	{ "umbrella", "AMPR", "AMPR" },
	{ "vilshofen", "FLXF", "FLXF" },
	{ "von schuller", "FNXL", "FNXL" },
	{ "wachtler", "AKTL", "FKTL" },
	{ "wechsler", "AKSL", "FKSL" },
	{ "weikersheim", "AKRS", "FKRS" },
	{ "zhao", "J", "J" },
	/* DoubleMetaphone2Test: surnames */
	{ "ALLERTON", "ALRT", "ALRT" },
	{ "Angier", "ANJ", "ANJR" },
	{ "Bachelor", "PXLR", "PKLR" },
	{ "Barlow", "PRL", "PRLF" },
	{ "Beauchamp", "PXMP", "PKMP" },
	{ "benign", "PNN", "PNKN" },
	{ "Bergen", "PRJN", "PRKN" },
	{ "Bigelow", "PJL", "PKLF" },
	{ "Bosworth", "PSR0", "PSRT" },
	{ "Bouchier", "PX", "PKR" },
	{ "Brzozowski", "PRSS", "PRTS" },
	{ "Burge", "PRJ", "PRK" },
	{ "Chevalier", "XFL", "XFLR" },
	{ "Church", "XRX", "XRK" },
	{ "Clothilde", "KL0L", "KLTL" },
	{ "Collier", "KL", "KLR" },
	{ "Count of Brionne", "KNTF", "KNTF" },
	{ "Crew", "KR", "KRF" },
	{ "D'Aubigny", "TPN", "TPKN" },
	{ "Duck?", "TK", "TK" },
	{ "Eglinton", "AKLN", "ALNT" },
	{ "Fischer", "FXR", "FSKR" },
	{ "Folger", "FLKR", "FLJR" },
	{ "Gage", "KJ", "KK" },
	{ "George", "JRJ", "KRK" },
	{ "Gerken", "KRKN", "JRKN" },
	{ "Giffard", "JFRT", "KFRT" },
	{ "Gilbert", "KLPR", "JLPR" },
	{ "Goddard\\Gifford", "KTRT", "KTRT" },
	{ "Houckgeest", "HKJS", "HKKS" },
	{ "Hough", "H", "H" },
	{ "Jackson", "JKSN", "AKSN" },
	{ "Josephine", "JSFN", "HSFN" },
	{ "Kitchen", "KXN", "KXN" },
	{ "Knight", "NT", "NT" },
	{ "La Pointe", "LPNT", "LPNT" },
	{ "Langendyck", "LNJN", "LNKN" },
	{ "Lathrop", "L0RP", "LTRP" },
	{ "Longespee", "LNJS", "LNKS" },
	{ "MacKenneth", "MKN0", "MKNT" },
	{ "Magnus", "MNS", "MKNS" },
	{ "Mayhew", "MH", "MHF" },
	{ "McIlroy", "MSLR", "MSLR" },
	{ "McNair-Landry", "MKNR", "MKNR" },
	{ "Newcomb(e)", "NKMP", "NKMP" },
	{ "Rachel", "RXL", "RKL" },
	{ "Reichert", "RXRT", "RKRT" },
	{ "Schilling", "XLNK", "XLNK" },
	{ "Schlegel", "XLKL", "SLKL" },
	{ "Sergeaux", "SRJ", "SRK" },
	{ "Shaw", "X", "XF" },
	{ "Slade", "SLT", "XLT" },
	{ "St. Leger", "STLJ", "STLK" },
	{ "Swayze", "SS", "XTS" },
	{ "Thompson", "TMPS", "TMPS" },
	{ "Thwaits", "0TS", "TTS" },
	{ "Ua Tuathail", "AT0L", "ATTL" },
	{ "Van der Beek", "FNTR", "FNTR" },
	{ "Wagner", "AKNR", "FKNR" },
	{ "Wenzell", "ANSL", "FNTS" },
	{ "Whatlocke", "ATLK", "ATLK" },
	{ "Winthrop", "AN0R", "FNTR" },
	{ "Wright", "RT", "RT" },
	{ "de Lusignan", "TLSN", "TLSK" },
	{ "de Valognes", "TFLN", "TFLK" },
	{ "di Saluzzo", "TSLS", "TSLT" },
	{ "of Germany", "AFKR", "AFJR" },
	/* Not in its tests; run through commons-codec 1.15 to check. */
	{ "Xavier", "SF", "SFR" },
	{ "Raj", "RJ", "R " },			/* the reference's quirk */
	{ "Baj", "PJ", "P " },
	{ "Stra\xc3\x9f" "e", "STRS", "STRS" },	/* ß reads as SS */
	{ "Nu\xc3\xb1" "ez", "NNS", "NNS" },
	{ "Gon\xc3\xa7" "alves", "KNSL", "KNSL" },
	{ "M\xc3\xbcller", "MLR", "MLR" },
	{ "Michael", "MKL", "MXL" },
	{ "Agnes", "AKNS", "ANS" },
	{ "Hajduk", "HJTK", "HJTK" },
	{ "Escher", "AXR", "ASKR" },
	{ "Escobar", "ASKP", "ASKP" },
	{ "Persian", "PRSN", "PRXN" },
	{ "Boswright", "PSRT", "PSRT" },
	{ "Meier", "MR", "MR" },
	{ "Maier", "MR", "MR" },
	{ "Meyer", "MR", "MR" },
	{ "Schwarzenegger", "XRSN", "XFRT" },
	{ "Kowalski", "KLSK", "KLSK" },
	{ "Jablonski", "JPLN", "APLN" },
	{ "Yablonsky", "APLN", "APLN" },
	/* Empty after trimming. */
	{ "", "", "" },
	{ " \t\r\n", "", "" },
};

static void
test_soundex(void **state)
{
	char	out[PH_SOUNDEX_LEN];
	size_t	i, n;

	for (i = 0; i < sizeof soundex_cases / sizeof soundex_cases[0]; i++) {
		memset(out, 'x', sizeof out);
		n = ph_soundex(S(soundex_cases[i].in), out);
		if (strcmp(out, soundex_cases[i].code) != 0 ||
		    n != strlen(out))
			fail_msg("soundex '%s': '%s' (%zu), want '%s'",
			    soundex_cases[i].in, out, n, soundex_cases[i].code);
	}
}

static void
test_double_metaphone(void **state)
{
	char	p[PH_DM_LEN + 1], a[PH_DM_LEN + 1], q[PH_DM_LEN + 1];
	size_t	i;

	for (i = 0; i < sizeof dm_cases / sizeof dm_cases[0]; i++) {
		ph_double_metaphone(S(dm_cases[i].in), p, a, PH_DM_LEN);
		if ((dm_cases[i].p != NULL && strcmp(p, dm_cases[i].p) != 0) ||
		    (dm_cases[i].a != NULL && strcmp(a, dm_cases[i].a) != 0))
			fail_msg("dm %zu '%s': %s/%s, want %s/%s", i,
			    dm_cases[i].in, p, a,
			    dm_cases[i].p ? dm_cases[i].p : "-",
			    dm_cases[i].a ? dm_cases[i].a : "-");
		/* The primary does not depend on asking for the alternate. */
		ph_double_metaphone(S(dm_cases[i].in), q, NULL, PH_DM_LEN);
		assert_string_equal(p, q);
	}
}

static void
test_double_metaphone_len(void **state)
{
	char	p[16], a[16];

	ph_double_metaphone(S("jumped"), p, a, 3);
	assert_string_equal(p, "JMP");
	assert_string_equal(a, "AMP");
	ph_double_metaphone(S("Thornycraft"), p, a, 8);
	assert_string_equal(p, "0RNKRFT");
	assert_string_equal(a, "TRNKRFT");
	ph_double_metaphone(S("jumped"), p, a, 0);
	assert_string_equal(p, "");
	assert_string_equal(a, "");
	ph_double_metaphone(S("Accosinly"), p, NULL, 1);
	assert_string_equal(p, "A");
}

/* commons-codec's testIsDoubleMetaphoneEqualBasic and NotEqual. */
static void
test_double_metaphone_equal(void **state)
{
	static const char *const pairs[][2] = {
		{ "Case", "case" }, { "CASE", "Case" }, { "caSe", "cAsE" },
		{ "cookie", "quick" }, { "Brian", "Bryan" }, { "Auto", "Otto" },
		{ "Steven", "Stefan" }, { "Philipowitz", "Filipowicz" },
	};
	char	p0[5], a0[5], p1[5], a1[5];
	size_t	i;

	for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
		ph_double_metaphone(S(pairs[i][0]), p0, a0, 4);
		ph_double_metaphone(S(pairs[i][1]), p1, a1, 4);
		if (strcmp(p0, p1) != 0 || strcmp(a0, a1) != 0)
			fail_msg("'%s' %s/%s vs '%s' %s/%s", pairs[i][0], p0, a0,
			    pairs[i][1], p1, a1);
	}
	ph_double_metaphone(S("Brain"), p0, a0, 4);
	ph_double_metaphone(S("Band"), p1, a1, 4);
	assert_string_not_equal(p0, p1);
	assert_string_not_equal(a0, a1);
}

/* Long and odd input: no overrun, and PH_MAXIN characters at most. */
static void
test_double_metaphone_odd(void **state)
{
	char	buf[4 * PH_MAXIN], p[64], a[64];
	size_t	i;

	for (i = 0; i < sizeof buf; i++)
		buf[i] = "SCHWARZENEGGER"[i % 14];
	ph_double_metaphone(buf, sizeof buf, p, a, 60);
	assert_true(strlen(p) <= 60 && strlen(a) <= 60);
	/* ß doubles in length: the word buffer must hold it. */
	for (i = 0; i + 2 <= sizeof buf; i += 2) {
		buf[i] = '\xc3';
		buf[i + 1] = '\x9f';
	}
	ph_double_metaphone(buf, sizeof buf, p, a, 60);
	assert_int_equal(strlen(p), 60);
	ph_double_metaphone(S("\xff\xfe\xc3\xe2\x82\xf0\x9f\x98\x80"), p, a,
	    4);
	assert_string_equal(p, "");
	assert_string_equal(a, "");
}

static void
test_translit(void **state)
{
	static const struct {
		const char	*in;
		const char	*want;
	} cases[] = {
		{ "\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2", "ivanov" },
		{ "\xd0\xa1\xd0\xbc\xd0\xb8\xd1\x80\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb0",
		    "smirnova" },
		{ "\xe7\x8e\x8b\xe4\xbc\x9f", "wang wei" },	/* 王伟 */
		{ "M\xc3\xbcller", "muller" },
		{ "\xce\x95\xce\xbb\xce\xad\xce\xbd\xce\xb7", "eleni" },
		{ "\xd0\xa9\xd1\x83\xd0\xba\xd0\xb8\xd0\xbd", "shchukin" },
		{ "\xd0\xae\xd0\xbb\xd0\xb8\xd1\x8f", "yuliya" },
		{ "\xd0\x9a\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbb\xd1\x8c\xd1\x87\xd1\x83"
		    "\xd0\xba", "kovalchuk" },
		{ "\xd0\x9c\xd0\xb0\xd1\x82\xd1\x81\xd1\x83\xd0\xb5\xd0\xb2",
		    "matsuyev" },			/* BGN's mat·suyev */
		{ "Col\xc2\xb7lell", "collell" },
		{ "Mu\xcc\x88ller", "muller" },	/* decomposed */
		{ "\xc5\x81ukasz \xc5\xbb\xc3\xb3\xc5\x82\xc4\x87",
		    "lukasz zolc" },
		{ "Stra\xc3\x9f" "e", "strasse" },
		{ "\xc3\x98rsted", "orsted" },
		{ "\xea\xb9\x80\xeb\xaf\xbc\xec\xa4\x80", "gimminjun" },
		{ "\xe3\x82\x84\xe3\x81\xbe\xe3\x81\xa0", "yamada" },
		{ "IVANOV", "ivanov" },			/* ASCII: no ICU */
		{ "O'Brien-Smith", "o'brien-smith" },
		{ "", "" },
		{ "x\xf0\x9f\x98\x80y", "xy" },		/* emoji dropped */
		{ "a\xff" "b", "ab" },			/* not UTF-8 */
	};
	char	out[64];
	size_t	i, n;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		n = ph_translit(tr, S(cases[i].in), out, sizeof out);
		if (strcmp(out, cases[i].want) != 0 || n != strlen(out))
			fail_msg("translit %zu '%s': '%s' (%zu), want '%s'", i,
			    cases[i].in, out, n, cases[i].want);
	}
	/* Cut to the buffer. */
	assert_int_equal(ph_translit(tr, S("\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd"
	    "\xd0\xbe\xd0\xb2"), out, 4), 3);
	assert_string_equal(out, "iva");
	assert_int_equal(ph_translit(tr, S("IVANOV"), out, 3), 2);
	assert_string_equal(out, "iv");
	out[0] = 'x';
	assert_int_equal(ph_translit(tr, S("IVANOV"), out, 0), 0);
	assert_int_equal(out[0], 'x');
	/* Without a transliterator: the ASCII of the input. */
	assert_int_equal(ph_translit(NULL, S("M\xc3\xbcLLER"), out,
	    sizeof out), 5);
	assert_string_equal(out, "mller");
}

/* Long input: heap buffers, and the PH_TRANSLIT_MAX cut. */
static void
test_translit_long(void **state)
{
	char	*in, *out;
	size_t	 i, n, len = 3 * 2000;

	in = malloc(len);
	out = malloc(8 * len);
	assert_non_null(in);
	assert_non_null(out);
	for (i = 0; i < len; i += 3)
		memcpy(in + i, "\xe7\x8e\x8b", 3);	/* 王 */
	n = ph_translit(tr, in, len, out, 8 * len);
	/* 4096 bytes read, cut to 1365 whole characters: "wang " each. */
	assert_int_equal(n, 1365 * 5 - 1);
	assert_int_equal(memcmp(out, "wang wang ", 10), 0);
	/*
	 * U+FDFA, one character that ICU spells out as 17: more than the
	 * 3 units a byte ph_translit guesses, so it must ask ICU again.
	 */
	for (i = 0; i < 3 * 300; i += 3)
		memcpy(in + i, "\xef\xb7\xba", 3);
	n = ph_translit(tr, in, 3 * 300, out, 8 * len);
	assert_true(n > 3 * 300 * 3 + 16);
	assert_int_equal(memcmp(out, "sly allh lyh wslm", 17), 0);
	free(in);
	free(out);
}

static void
test_translit_codes(void **state)
{
	static const char *const same[][2] = {
		{ "\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2", "Ivanov" },
		{ "\xd0\xa1\xd0\xbc\xd0\xb8\xd1\x80\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb0",
		    "Smirnova" },
		{ "M\xc3\xbcller", "Muller" },
		{ "\xd0\xae\xd0\xbb\xd0\xb8\xd1\x8f", "Yuliya" },
	};
	char	t0[64], t1[64], c0[8], c1[8], a0[8], a1[8];
	size_t	i, n0, n1;

	for (i = 0; i < sizeof same / sizeof same[0]; i++) {
		n0 = ph_translit(tr, S(same[i][0]), t0, sizeof t0);
		n1 = ph_translit(tr, S(same[i][1]), t1, sizeof t1);
		ph_soundex(t0, n0, c0);
		ph_soundex(t1, n1, c1);
		assert_string_equal(c0, c1);
		ph_double_metaphone(t0, n0, c0, a0, 4);
		ph_double_metaphone(t1, n1, c1, a1, 4);
		assert_string_equal(c0, c1);
		assert_string_equal(a0, a1);
		ph_key(tr, S(same[i][0]), c0, sizeof c0);
		ph_key(tr, S(same[i][1]), c1, sizeof c1);
		assert_string_equal(c0, c1);
	}
	ph_soundex(S("ivanov"), c0);
	assert_string_equal(c0, "I151");
	assert_int_equal(ph_key(tr, S("\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe"
	    "\xd0\xb2"), c0, sizeof c0), 4);
	assert_string_equal(c0, "AFNF");
	assert_int_equal(ph_key(tr, S("Smith"), c0, sizeof c0), 3);
	assert_string_equal(c0, "SM0");
	assert_int_equal(ph_key(tr, S("Smith"), c0, 3), 2);
	assert_string_equal(c0, "SM");
	assert_int_equal(ph_key(tr, S("123"), c0, sizeof c0), 0);
	assert_string_equal(c0, "");
}

static int
setup(void **state)
{
	char	err[256];

	if ((tr = ph_translit_open(err, sizeof err)) == NULL) {
		fprintf(stderr, "ph_translit_open: %s\n", err);
		return -1;
	}
	return 0;
}

static int
teardown(void **state)
{
	ph_translit_close(tr);
	tr = NULL;
	ph_cleanup();			/* for valgrind */
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_soundex),
		cmocka_unit_test(test_double_metaphone),
		cmocka_unit_test(test_double_metaphone_len),
		cmocka_unit_test(test_double_metaphone_equal),
		cmocka_unit_test(test_double_metaphone_odd),
		cmocka_unit_test(test_translit),
		cmocka_unit_test(test_translit_long),
		cmocka_unit_test(test_translit_codes),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
