/*
 * fuzz_phone.c -- libFuzzer target: the phone validator on any bytes, for
 * a few countries (none, an unknown one, and some with unusual trunk and
 * international prefixes).  Checks that a valid number's normal form is
 * E.164 and valid again unchanged, with the same country and with none,
 * and that a refusal carries a known reason code.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lib/util.h"
#include "validators/validate.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const char *const countries[] = {
	NULL, "DE", "US", "GB", "AR", "BR", "JP", "RU", "AG", "XX",
};

static const char *const reasons[] = {
	"empty", "invalid-utf8", "bad-character", "bad-extension",
	"needs-international-form", "unknown-region", "no-such-country-code",
	"too-short", "too-long", "invalid-length", "missing-area-code",
	"invalid-number",
};

static void
check_bad(const struct val_out *out)
{
	size_t	 i;

	if (out->norm.len != 0)
		abort();
	for (i = 0; i < sizeof reasons / sizeof reasons[0]; i++)
		if (strcmp(out->reason, reasons[i]) == 0)
			return;
	abort();
}

static void
check_e164(const struct val_out *out)
{
	size_t	 i;

	/* "+", a calling code of 1-3 digits, at most 17 digits. */
	if (out->norm.len < 4 || out->norm.len > 21 || out->norm.data[0] != '+')
		abort();
	for (i = 1; i < out->norm.len; i++)
		if (out->norm.data[i] < '0' || out->norm.data[i] > '9')
			abort();
}

static void
revalidate(const struct val_out *out, const char *country)
{
	struct val_ctx	 ctx;
	struct val_out	 again;

	memset(&ctx, 0, sizeof ctx);
	ctx.country = country;
	buf_init(&again.norm);
	again.reason[0] = again.note[0] = '\0';
	if (val_phone(out->norm.data, out->norm.len, &ctx, &again) != VAL_OK ||
	    again.norm.len != out->norm.len ||
	    memcmp(again.norm.data, out->norm.data, out->norm.len) != 0)
		abort();
	buf_free(&again.norm);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct val_ctx	 ctx;
	struct val_out	 out;
	char		*s;
	size_t		 i;

	/* An exact-size copy, so that reading past len is caught. */
	if ((s = malloc(len > 0 ? len : 1)) == NULL)
		return 0;
	memcpy(s, data, len);
	buf_init(&out.norm);
	for (i = 0; i < sizeof countries / sizeof countries[0]; i++) {
		memset(&ctx, 0, sizeof ctx);
		ctx.country = countries[i];
		buf_reset(&out.norm);
		out.reason[0] = out.note[0] = '\0';
		if (val_phone(s, len, &ctx, &out) == VAL_OK) {
			check_e164(&out);
			revalidate(&out, countries[i]);
			revalidate(&out, NULL);
		} else
			check_bad(&out);
	}
	buf_free(&out.norm);
	free(s);
	return 0;
}
