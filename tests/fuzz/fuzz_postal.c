/*
 * fuzz_postal.c -- libFuzzer target for the postal-code validator.  The
 * first byte picks the record's country (a few with checked formats, one
 * without postal codes, one unchecked, an unknown one and none); the rest
 * is the value.  Nothing may crash or read out of bounds.  Invariants: a
 * bad value has a reason and no normal form; a good one has a normal form
 * of at most 16 upper-case letters, digits, spaces and hyphens that
 * validates to itself without dropping a prefix.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "validators/validate.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const char *const countries[] = {
	"GB", "CA", "US", "NL", "DE", "BR", "JP", "PL", "IE", "LT", "KY",
	"AR", "SE", "AE", "GH", "de", "XX", "SV", "AI", "BH", "XK", "PE",
	NULL,
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct val_out	 out;
	struct val_ctx	 ctx;
	char		 norm[64], c;
	size_t		 i, nlen;

	if (len == 0)
		return 0;
	memset(&out, 0, sizeof out);
	memset(&ctx, 0, sizeof ctx);
	buf_init(&out.norm);
	ctx.country = countries[data[0] % (sizeof countries /
	    sizeof countries[0])];
	if (val_postal((const char *)data + 1, len - 1, &ctx, &out) ==
	    VAL_OK) {
		nlen = out.norm.len;
		if (out.reason[0] != '\0' || nlen > 16)
			abort();
		for (i = 0; i < nlen; i++) {
			c = out.norm.data[i];
			if (!((c >= 'A' && c <= 'Z') ||
			    (c >= '0' && c <= '9') || c == ' ' || c == '-'))
				abort();
		}
		if (nlen > 0) {
			memcpy(norm, out.norm.data, nlen);
			buf_reset(&out.norm);
			out.note[0] = '\0';
			if (val_postal(norm, nlen, &ctx, &out) != VAL_OK ||
			    out.norm.len != nlen ||
			    memcmp(out.norm.data, norm, nlen) != 0 ||
			    strcmp(out.note, "country-prefix-removed") == 0)
				abort();
		}
	} else if (out.reason[0] == '\0' || out.norm.len != 0)
		abort();
	buf_free(&out.norm);
	return 0;
}
