/*
 * record.h -- the logical fields Steward knows, and one customer record
 * as the scan sees it.
 *
 * The company's table keeps its own column names; steward.conf maps each
 * logical field to a column (customers.map).  Checks are written against
 * logical fields, so one rule pack serves every schema.
 */
#ifndef STEWARD_RECORD_H
#define STEWARD_RECORD_H

#include <stddef.h>

enum field {
	FIELD_FIRST_NAME,
	FIELD_LAST_NAME,
	FIELD_EMAIL,
	FIELD_PHONE,
	FIELD_COUNTRY,
	FIELD_POSTAL_CODE,
	FIELD_BIRTH_DATE,
	FIELD_CREATED_AT,
	FIELD_UPDATED_AT,
	FIELD_LAST_ACTIVITY_AT,
	FIELD_CONSENT_MARKETING,
	FIELD_CONSENT_AT,
	FIELD_CONSENT_SOURCE,
	FIELD_OPTED_OUT_AT,
	FIELD_RESIDENCE_COUNTRY,	/* jurisdiction_from may name these */
	FIELD_BILLING_COUNTRY,
	FIELD_SHIPPING_COUNTRY,
	FIELD_STORAGE_REGION,		/* where the row is stored (localization) */
	FIELD_ADDRESS,			/* street and number: duplicates */
	FIELD_CITY,
	FIELD_REGION,			/* state, province */
	FIELD_NATIONAL_ID,		/* tax or social security number */
	FIELD_SOURCE,			/* channel: merge source_priority */
	FIELD_SUBDIVISION,		/* ISO 3166-2: US-CA, CA-QC (or QC) */
	FIELD_CONSENT_EMAIL,		/* per-channel consent flags ... */
	FIELD_CONSENT_SMS,
	FIELD_CONSENT_PHONE,
	FIELD_CONSENT_SALE,		/* CCPA: sale/sharing allowed */
	FIELD_OPTED_OUT_EMAIL_AT,	/* ... and their opt-outs */
	FIELD_OPTED_OUT_SMS_AT,
	FIELD_OPTED_OUT_PHONE_AT,
	FIELD_OPTED_OUT_SALE_AT,
	FIELD_MAX
};
/* Field sets are bit masks in an unsigned int. */
_Static_assert(FIELD_MAX <= 32, "more logical fields than bits in a mask");

struct field_value {
	const char	*data;		/* not NUL-terminated; NULL when SQL NULL */
	size_t		 len;
};

struct record {
	const char		*key;
	size_t			 keylen;
	struct field_value	 f[FIELD_MAX];
	int			 jur;		/* jurisdiction index, -1 unassigned */
	char			 country[3];	/* normalized code, "" if none */
};

/* Logical name of a field ("email"); NULL for out of range. */
const char	*field_name(enum field);
/* Field for a logical name, or -1. */
int		 field_lookup(const char *);

#endif
