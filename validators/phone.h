/*
 * phone.h -- internals of the phone validator: the metadata tables that
 * contrib/phonemeta.py generates into validators/phone_meta.c.
 *
 * Strings (regexes and transform rules) live once in val_phone_str[] and
 * are referred to by index; index 0 means "none".  A region names each
 * pattern it uses; validators/phone.c compiles a pattern on first use.
 */
#ifndef STEWARD_PHONE_H
#define STEWARD_PHONE_H

#include <stddef.h>
#include <stdint.h>

/* The descriptions of a region, in libphonenumber's order. */
enum val_phone_desc {
	VAL_PHONE_GENERAL,
	VAL_PHONE_FIXED_LINE,
	VAL_PHONE_MOBILE,
	VAL_PHONE_TOLL_FREE,
	VAL_PHONE_PREMIUM_RATE,
	VAL_PHONE_SHARED_COST,
	VAL_PHONE_VOIP,
	VAL_PHONE_PERSONAL_NUMBER,
	VAL_PHONE_PAGER,
	VAL_PHONE_UAN,
	VAL_PHONE_VOICEMAIL,
	VAL_PHONE_NDESC
};

/*
 * idd, npp and lead are matched at the start of the digits; pat[] must
 * match all of them.  Bit n of a length mask says n digits are possible.
 */
struct val_phone_region {
	char		 id[4];	/* "DE"; "001" for non-geographic */
	uint16_t	 cc;	/* country calling code */
	uint16_t	 idd;	/* international prefix */
	uint16_t	 npp;	/* national prefix for parsing */
	uint16_t	 npt;	/* its transform rule, "\1" style */
	uint16_t	 lead;	/* leading digits among shared codes */
	uint32_t	 local;	/* lengths only for local dialling */
	uint16_t	 pat[VAL_PHONE_NDESC];
	uint32_t	 len[VAL_PHONE_NDESC];
};

struct val_phone_cc {
	uint16_t	 cc;
	uint16_t	 off;	/* first in val_phone_cc_regions */
	uint16_t	 n;	/* regions sharing it, main first */
};

extern const char *const	val_phone_str[];
extern const size_t		val_phone_nstr;
/* Regions sorted by id, then the non-geographic entities. */
extern const struct val_phone_region	val_phone_regions[];
extern const size_t		val_phone_nregions;
extern const size_t		val_phone_ngeo;
/* Calling codes, sorted. */
extern const struct val_phone_cc	val_phone_ccs[];
extern const size_t		val_phone_nccs;
extern const uint16_t		val_phone_cc_regions[];

/*
 * Compile every pattern of the metadata; return the number that PCRE2
 * rejects (0 when all is well).  For the tests.
 */
size_t	val_phone_check_meta(void);

#endif
