/*
 * fuzz_validator.h -- the body of the libFuzzer targets of validators
 * without invariants of their own: any bytes are a value, judged with a
 * few record contexts; a bad value has a reason and no normal form, a good
 * one validates to itself.  Include once, from a target's .c file.
 */
#ifndef STEWARD_FUZZ_VALIDATOR_H
#define STEWARD_FUZZ_VALIDATOR_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "validators/calendar.h"
#include "validators/validate.h"

static int
fuzz_validator(val_fn fn, const uint8_t *data, size_t len)
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
		ctx.today = cal_days(2026, 11, 1);
		val_out_reset(&out);
		if (fn((const char *)data, len, &ctx, &out) != VAL_OK) {
			if (out.reason[0] == '\0' || out.norm.len != 0)
				abort();
			continue;
		}
		val_out_reset(&again);
		if (fn(out.norm.data != NULL ? out.norm.data : "",
		    out.norm.len, &ctx, &again) != VAL_OK ||
		    again.norm.len != out.norm.len ||
		    memcmp(again.norm.data, out.norm.data, out.norm.len) != 0)
			abort();
	}
	val_out_free(&out);
	val_out_free(&again);
	return 0;
}

#endif
