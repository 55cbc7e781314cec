/*
 * fuzz_name.c -- libFuzzer target for the name validator.  Any bytes are a
 * value; nothing may crash, leak or read out of bounds.  Invariants: a bad
 * value has a reason and no normal form; a good one validates to itself.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "validators/validate.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	static const char *const countries[] = { NULL, "US", "DE" };
	struct val_out	 out, again;
	struct val_ctx	 ctx;
	size_t		 i;

	val_out_init(&out);
	val_out_init(&again);
	for (i = 0; i < sizeof countries / sizeof countries[0]; i++) {
		memset(&ctx, 0, sizeof ctx);
		ctx.country = countries[i];
		ctx.min_age = 16;
		ctx.today = val_days(2026, 11, 1);
		val_out_reset(&out);
		if (val_name((const char *)data, len, &ctx, &out) != VAL_OK) {
			if (out.reason[0] == '\0' || out.norm.len != 0)
				abort();
			continue;
		}
		val_out_reset(&again);
		if (val_name(out.norm.data != NULL ? out.norm.data : "",
		    out.norm.len, &ctx, &again) != VAL_OK ||
		    again.norm.len != out.norm.len ||
		    memcmp(again.norm.data, out.norm.data, out.norm.len) != 0)
			abort();
	}
	val_out_free(&out);
	val_out_free(&again);
	return 0;
}
