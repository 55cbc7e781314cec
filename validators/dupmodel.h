/*
 * dupmodel.h -- a compiled duplicates rule: its blocking keys,
 * comparisons, thresholds and survivorship.
 *
 * rules/duplicates.c builds it from the rule text; the matcher
 * (validators/dedup.c) and the merge (daemon/dupmerge.c) read it.  Types
 * only, so the matcher needs nothing from the rules floor above it.
 */
#ifndef STEWARD_DUPMODEL_H
#define STEWARD_DUPMODEL_H

#include "lib/record.h"

#define DUP_MAX_BLOCKS		12
#define DUP_MAX_TERMS		4
#define DUP_MAX_COMPARES	16
#define DUP_MAX_WINDOW		100

/* Blocking key functions, in the order of the rule language's names. */
enum dup_keyfn {
	DK_EXACT, DK_LOWER, DK_SOUNDEX, DK_METAPHONE, DK_YEAR,
	DK_FIRST_INITIAL, DK_E164, DK_TRANSLIT,
	DK_INITIALS,		/* initials(A, B): both, sorted: swaps agree */
	DK_NAMES,		/* names(A, B): both metaphones, sorted */
	DK_FULLNAME		/* fullname(A, B): the words of both, sorted */
};

/* A key function of two fields: initials(A, B), names(A, B). */
#define DUP_TWO_FIELDS(fn)	((fn) == DK_INITIALS || (fn) == DK_NAMES || \
				    (fn) == DK_FULLNAME)

/* Comparators, likewise. */
enum dup_method {
	DM_EXACT, DM_LEVENSHTEIN, DM_DAMERAU, DM_JARO_WINKLER, DM_TOKEN_SET,
	DM_DATE, DM_NUMERIC,
	DM_EMAIL		/* exact, same mailbox name, typos, different */
};

/* Which member's value of a field the merged record keeps. */
enum dup_survive {
	DS_DEFAULT,		/* the survivor's, filled in when empty */
	DS_MOST_RECENT, DS_MOST_COMPLETE, DS_MOST_FREQUENT,
	DS_SOURCE_PRIORITY, DS_LONGEST
};

/* Which record survives a merge. */
enum dup_survivor { DV_OLDEST, DV_NEWEST, DV_MOST_ACTIVE };

struct dup_block {
	struct {
		int		 field;
		int		 field2;	/* initials(): the second field */
		enum dup_keyfn	 fn;
	}		 terms[DUP_MAX_TERMS];
	int		 nterms;
	int		 window;	/* sorted neighbourhood; 0: equal keys */
};

struct dup_compare {
	int		 field;
	enum dup_method	 method;
	double		 close;		/* similarity for "close"; 0: default */
	double		 far;		/* for "far" */
};

struct rule_dup {
	char		*name;
	char		*source;
	size_t		 nblocks;
	size_t		 ncompares;
	struct dup_block blocks[DUP_MAX_BLOCKS];
	struct dup_compare compares[DUP_MAX_COMPARES];
	double		 merge;		/* score at or above: merge candidate */
	double		 review;	/* between review and merge: review */
	int		 em_max;	/* EM iterations at most; 0: default */
	unsigned char	 survive[FIELD_MAX];	/* enum dup_survive */
	enum dup_survivor survivor;
	int		 flag_only;	/* action flag: report, never merge */
	char		**sources;	/* source_priority, best first */
	size_t		 nsources;
};

#endif
