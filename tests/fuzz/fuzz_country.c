/*
 * fuzz_country.c -- libFuzzer target for the country validator.  Any bytes
 * are a value; nothing may crash or read out of bounds.  Invariants: a bad
 * value has a reason and no normal form; a good one has a two-letter
 * normal form that is an assigned code and validates to itself; the
 * validator appends to what norm already holds.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "validators/country.h"
#include "validators/validate.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct val_out	 out;
	struct val_ctx	 ctx;
	char		 norm[3];

	memset(&out, 0, sizeof out);
	memset(&ctx, 0, sizeof ctx);
	buf_init(&out.norm);
	if (val_country((const char *)data, len, &ctx, &out) == VAL_OK) {
		if (out.norm.len != 2 || out.reason[0] != '\0')
			abort();
		memcpy(norm, out.norm.data, 3);
		if (!val_country_code(norm))
			abort();
		/* Again, appended after a prefix, from the normal form. */
		buf_reset(&out.norm);
		buf_addc(&out.norm, '>');
		if (val_country(norm, 2, &ctx, &out) != VAL_OK ||
		    out.norm.len != 3 ||
		    memcmp(out.norm.data + 1, norm, 2) != 0)
			abort();
	} else if (out.reason[0] == '\0' || out.norm.len != 0)
		abort();
	buf_free(&out.norm);
	return 0;
}
