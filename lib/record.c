/*
 * record.c -- names of the logical fields.
 */
#include "config.h"

#include <string.h>

#include "lib/record.h"

static const char *const field_names[FIELD_MAX] = {
	[FIELD_FIRST_NAME] = "first_name",
	[FIELD_LAST_NAME] = "last_name",
	[FIELD_EMAIL] = "email",
	[FIELD_PHONE] = "phone",
	[FIELD_COUNTRY] = "country",
	[FIELD_POSTAL_CODE] = "postal_code",
	[FIELD_BIRTH_DATE] = "birth_date",
	[FIELD_CREATED_AT] = "created_at",
	[FIELD_UPDATED_AT] = "updated_at",
	[FIELD_LAST_ACTIVITY_AT] = "last_activity_at",
	[FIELD_CONSENT_MARKETING] = "consent_marketing",
	[FIELD_CONSENT_AT] = "consent_at",
	[FIELD_CONSENT_SOURCE] = "consent_source",
	[FIELD_OPTED_OUT_AT] = "opted_out_at",
	[FIELD_RESIDENCE_COUNTRY] = "residence_country",
	[FIELD_BILLING_COUNTRY] = "billing_country",
	[FIELD_SHIPPING_COUNTRY] = "shipping_country",
	[FIELD_STORAGE_REGION] = "storage_region",
	[FIELD_ADDRESS] = "address",
	[FIELD_CITY] = "city",
	[FIELD_REGION] = "region",
	[FIELD_NATIONAL_ID] = "national_id",
	[FIELD_SOURCE] = "source",
	[FIELD_SUBDIVISION] = "subdivision",
	[FIELD_CONSENT_EMAIL] = "consent_email",
	[FIELD_CONSENT_SMS] = "consent_sms",
	[FIELD_CONSENT_PHONE] = "consent_phone",
	[FIELD_CONSENT_SALE] = "consent_sale",
	[FIELD_OPTED_OUT_EMAIL_AT] = "opted_out_email_at",
	[FIELD_OPTED_OUT_SMS_AT] = "opted_out_sms_at",
	[FIELD_OPTED_OUT_PHONE_AT] = "opted_out_phone_at",
	[FIELD_OPTED_OUT_SALE_AT] = "opted_out_sale_at",
};

const char *
field_name(enum field f)
{
	if ((int)f < 0 || f >= FIELD_MAX)
		return NULL;
	return field_names[f];
}

int
field_lookup(const char *name)
{
	int	 i;

	for (i = 0; i < FIELD_MAX; i++)
		if (strcmp(field_names[i], name) == 0)
			return i;
	return -1;
}
