/*
 * similar.h -- string, date and number comparators for duplicate
 * detection (is this record the same person as that one?).
 *
 * The string functions take UTF-8 bytes with explicit lengths (no NUL
 * needed) and work on code points, not bytes: "Müller" and "Muller" are
 * one substitution apart.  Bytes that are not UTF-8 count as one code
 * point each, so nothing here fails on bad data.  They compare exactly
 * what they are given: case and accents count unless the caller runs
 * both sides through sim_fold() first (once per record, not per pair).
 *
 * These run for every candidate pair, hundreds of millions of times a
 * scan, so they do not allocate for strings of up to SIM_STACK code
 * points: the code points and the DP rows live on the stack.  Longer
 * strings use a heap buffer, and only their first SIM_MAXCP code points
 * are compared (for the distances, counted after any common prefix and
 * suffix), which bounds the O(n*m) work; if that allocation fails, the
 * first SIM_STACK are.
 * Nothing here blocks or keeps state: all functions are thread-safe.
 */
#ifndef STEWARD_SIMILAR_H
#define STEWARD_SIMILAR_H

#include <stddef.h>

#define SIM_STACK	256	/* code points compared without malloc */
#define SIM_MAXCP	4096	/* code points compared at most */
#define SIM_MAXTOK	32	/* tokens per name in sim_token_set() */

/* How alike two values are; ordered, so "level >= SIM_CLOSE" works. */
enum sim_level {
	SIM_DIFFERENT = 0,
	SIM_FAR = 1,
	SIM_CLOSE = 2,
	SIM_EXACT = 3
};

/* Levenshtein distance in code points (insert, delete, substitute). */
int		 sim_levenshtein(const char *, size_t, const char *, size_t);
/*
 * Optimal string alignment distance: Levenshtein plus the transposition
 * of two adjacent code points at cost 1 ("Mieer" -> "Meier" is 1), where
 * no substring is edited twice (so "CA" -> "ABC" is 3, not 2).
 */
int		 sim_damerau(const char *, size_t, const char *, size_t);
/*
 * The Levenshtein distance if it is at most max, else max + 1, found
 * in O(max * n) by computing only the diagonal band |i - j| <= max and
 * stopping once a whole row exceeds max.  A negative max is taken as 0.
 * Use it for "within k edits" tests: it is much cheaper than
 * sim_levenshtein() for long strings that differ a lot.
 */
int		 sim_levenshtein_max(const char *, size_t, const char *, size_t,
		    int);
/*
 * Jaro-Winkler similarity in [0, 1]: Jaro (matching window
 * max(|a|, |b|) / 2 - 1, the shorter string matched greedily into the
 * longer, out-of-order matches halved and rounded down), then, when
 * Jaro is above 0.7, plus l * 0.1 * (1 - Jaro) for a common prefix of
 * l <= 4 code points.  This is Winkler's strcmp95 (and Python
 * jellyfish); Apache commons-text does not round the half down and
 * boosts from 0.7 on, which changes about 3% of random pairs by a few
 * hundredths.  Equal strings, including two empty ones, give 1.0; one
 * empty string gives 0.0.  Symmetric.
 */
double		 sim_jaro_winkler(const char *, size_t, const char *, size_t);
/*
 * Token set similarity for whole names, in [0, 1].  Each side is case
 * folded (sim_fold, accents kept) and split into tokens at ASCII white
 * space, U+00A0, hyphens (- and U+2010) and commas; duplicates count once;
 * only the first SIM_MAXTOK tokens and 1023 folded bytes are used.  With
 * S the tokens both sides share and A, B the rest of each side, each
 * sorted by bytes, the score is
 *
 *	sim_jaro_winkler(join(S) " " join(A), join(S) " " join(B))
 *
 * where join() puts single spaces between tokens and the " " is left
 * out when either part is empty.  This is the third of fuzzywuzzy's
 * token_set_ratio comparisons, with Jaro-Winkler for its ratio.
 * fuzzywuzzy also takes the maximum with JW(join(S), join(S) " "
 * join(A)) and the same for B; those score any subset 1.0, so "Anna
 * Schmidt" would equal "Anna Maria Schmidt", and are left out here.
 * Word order, case, commas and hyphens do not matter ("Schmidt, Anna
 * Maria" is 1.0 against "Anna Maria Schmidt"); a missing middle name
 * costs a little (0.93).  Two sides without tokens give 1.0, one 0.0.
 */
double		 sim_token_set(const char *, size_t, const char *, size_t);

/*
 * Case fold in[0..len) into out (libunistring u8_casefold: "Straße" ->
 * "strasse", "ΣΊΣΥΦΟΣ" -> "σίσυφοσ") in NFC.  With strip_accents, also
 * decompose (NFKD), drop nonspacing marks, map the Latin letters that
 * have no decomposition (ø ł đ ħ ı ŧ -> o l d h i t, æ œ þ -> ae oe th,
 * ð -> d) and recompose, so "Müller" -> "muller" and "ﬁ" -> "fi"; other
 * scripts keep their letters (Hangul recomposes).  ASCII input takes a
 * fast path that only lowercases.  Input that is not all valid UTF-8 is
 * copied through with only its ASCII letters lowercased.
 *
 * out gets at most outlen - 1 bytes, cut at a code point boundary, and a
 * NUL (if outlen > 0).  Returns the number of bytes written, without the
 * NUL.  Allocates only for results longer than 1 KiB.
 */
size_t		 sim_fold(const char *, size_t, char *, size_t, int);

/*
 * Dates (year, month, day, twice).  SIM_EXACT if equal.  A month outside
 * 1..12, a day outside 1..31 or a year outside 0..9999 on either side
 * gives SIM_DIFFERENT (the day is not checked against the month).
 * SIM_CLOSE, the usual typing slips, if
 *	- day and month are swapped, same year (1980-03-12 / 1980-12-03);
 *	- the zero-padded YYYYMMDD forms differ in exactly one digit
 *	  (1980-03-12 / 1980-08-12, 1980-03-12 / 1986-03-12);
 *	- same month and day, years one apart (1989-05-01 / 1990-05-01).
 * SIM_FAR if the later date is at most five calendar years after the
 * earlier one (1988-03-15 and 1993-03-15 are FAR, 1993-03-16 is not).
 * Else SIM_DIFFERENT.
 */
enum sim_level	 sim_date(int, int, int, int, int, int);
/*
 * Numbers a and b: SIM_EXACT if a == b, SIM_CLOSE if |a - b| <= close,
 * SIM_FAR if |a - b| <= far, else SIM_DIFFERENT (and for a NaN).  The
 * tolerances are absolute.
 */
enum sim_level	 sim_number(double, double, double, double);
/*
 * Strings, by bytes as given: SIM_EXACT if equal; SIM_CLOSE if
 * Jaro-Winkler >= jw_close or the OSA distance is at most 1; SIM_FAR if
 * Jaro-Winkler >= jw_far; else SIM_DIFFERENT.  Note that one edit is
 * CLOSE however short the strings: "A" and "B" are CLOSE.
 */
enum sim_level	 sim_string_level(const char *, size_t, const char *, size_t,
		    double, double);

#endif
