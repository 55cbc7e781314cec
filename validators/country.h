/*
 * country.h -- country codes, country names and postal-code formats.
 *
 * val_country() and val_postal() (declared in validate.h) read a country
 * field written as a code or a name in many languages, and a postal code
 * in the format of the record's country; val_country_code() is the strict
 * test that the configuration reader uses.  The name tables below are
 * generated into country_names.c by contrib/countrynames.py from Debian's
 * iso-codes, the postal formats into postal_formats.c by
 * contrib/postalformats.py from Google's address metadata; they are here
 * for the two validators and their tests, not for other modules.
 */
#ifndef STEWARD_COUNTRY_H
#define STEWARD_COUNTRY_H

#include <stddef.h>
#include <stdint.h>

/* 1 if code is an assigned ISO 3166-1 alpha-2 code (upper case). */
int	val_country_code(const char *);

/* Generated tables (validators/country_names.c). */
struct val_country_info {
	char		 alpha2[3];
	char		 alpha3[4];
	uint16_t	 numeric;
};

/* What a non-ASCII code point becomes in a lookup key. */
struct val_country_fold {
	uint32_t	 cp;
	char		 to[4];		/* "" drops it, " " separates */
};

struct val_country_name {
	const char	*key;		/* folded name */
	char		 alpha2[3];
};

extern const struct val_country_info	val_country_info[];	/* by alpha-2 */
extern const size_t			val_country_ninfo;
extern const uint8_t			val_country_alpha3[];	/* by alpha-3 */
extern const uint8_t			val_country_numeric[];	/* by numeric */
extern const struct val_country_fold	val_country_fold[];	/* by cp */
extern const size_t			val_country_nfold;
extern const struct val_country_name	val_country_names[];	/* by key */
extern const size_t			val_country_nnames;

/* Generated table (validators/postal_formats.c). */
enum val_postal_kind {
	VAL_POSTAL_FORMAT,		/* has postal codes in a known format */
	VAL_POSTAL_NONE,		/* has no postal codes */
	VAL_POSTAL_UNCHECKED		/* format not known to us */
};

struct val_postal_format {
	char			 country[3];
	enum val_postal_kind	 kind;
	const char		*pattern;	/* PCRE2, canonical form */
	const char		*strict;	/* PCRE2 that must match too, or NULL */
	const char		*layout;	/* see postal.c */
	const char		*prefix;	/* legacy prefix ("D" for DE) */
	const char		*examples;	/* "a,b": Google's, or NULL */
};

extern const struct val_postal_format	val_postal_formats[];
extern const size_t			val_postal_nformats;

#endif
