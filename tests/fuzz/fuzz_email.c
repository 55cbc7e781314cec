/*
 * fuzz_email.c -- libFuzzer target: judge any bytes as an email address,
 * with and without VAL_F_QUOTED_LOCAL and under a few countries, and check
 * what must hold for every value:
 *
 *  - VAL_BAD has a reason, no note, and leaves norm alone;
 *  - VAL_OK gives an ASCII normal form of at most 254 octets that is
 *    valid and its own normal form, with the same advice;
 *  - the country changes nothing; VAL_F_QUOTED_LOCAL only accepts more,
 *    and changes nothing for input without a '"'.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lib/util.h"
#include "validators/validate.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const char *const countries[] = { NULL, "DE", "JP", "US" };

static enum val_status
judge(const uint8_t *data, size_t len, const char *country, int flags,
    struct val_out *out)
{
	struct val_ctx	 ctx = { .country = country, .flags = flags };
	enum val_status	 st;
	size_t		 i;

	buf_reset(&out->norm);
	/* Something in norm already: it must be appended to, or kept. */
	buf_addc(&out->norm, '>');
	out->reason[0] = out->note[0] = '\0';
	st = val_email((const char *)data, len, &ctx, out);
	if (st == VAL_BAD) {
		if (out->reason[0] == '\0' || out->note[0] != '\0' ||
		    out->norm.len != 1)
			abort();
		return st;
	}
	if (st != VAL_OK || out->reason[0] != '\0' || out->norm.len < 2 ||
	    out->norm.len - 1 > 254 || out->norm.data[0] != '>')
		abort();
	for (i = 1; i < out->norm.len; i++)
		if ((unsigned char)out->norm.data[i] >= 0x80 ||
		    out->norm.data[i] == '\0')
			abort();
	return st;
}

static void
same(enum val_status sa, const struct val_out *a, enum val_status sb,
    const struct val_out *b)
{
	if (sa != sb)
		abort();
	if (sa == VAL_OK ? strcmp(a->norm.data, b->norm.data) != 0 ||
	    strcmp(a->note, b->note) != 0 : strcmp(a->reason, b->reason) != 0)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct val_out	 a, b, q;
	enum val_status	 sa, sb, sq;
	size_t		 i;
	char		*norm;

	buf_init(&a.norm);
	buf_init(&b.norm);
	buf_init(&q.norm);
	sa = judge(data, len, NULL, 0, &a);
	for (i = 1; i < sizeof countries / sizeof countries[0]; i++) {
		sb = judge(data, len, countries[i], 0, &b);
		same(sa, &a, sb, &b);
	}
	sq = judge(data, len, "DE", VAL_F_QUOTED_LOCAL, &q);
	if (sa == VAL_OK || memchr(data, '"', len) == NULL)
		same(sa, &a, sq, &q);

	/* The normal form is a fixed point, with or without the flag. */
	if (sq == VAL_OK) {
		norm = xstrdup(q.norm.data + 1);
		sb = judge((const uint8_t *)norm, strlen(norm), NULL,
		    VAL_F_QUOTED_LOCAL, &b);
		same(sq, &q, sb, &b);
		if (norm[0] != '"') {
			sb = judge((const uint8_t *)norm, strlen(norm), NULL, 0,
			    &b);
			same(sq, &q, sb, &b);
		}
		free(norm);
	}
	buf_free(&a.norm);
	buf_free(&b.norm);
	buf_free(&q.norm);
	return 0;
}
