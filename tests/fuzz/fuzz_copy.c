/*
 * fuzz_copy.c -- libFuzzer target: split any bytes as a COPY text row, and
 * check that escaping each field and splitting again gives it back; and
 * decode the same bytes as binary COPY messages (daemon/copybin.c), the
 * first byte choosing the columns' kinds: an error or a row, never a
 * crash or a read past the message.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/copy.h"
#include "daemon/copybin.h"
#include "lib/util.h"

#define FUZZ_FIELDS 8

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
binary(const uint8_t *data, size_t len)
{
	struct field_value	 f[FUZZ_FIELDS];
	enum copybin_kind	 kinds[FUZZ_FIELDS];
	struct copybin		 cb;
	char			*cause = NULL, *msg;
	size_t			 i, n;
	int			 rc;

	if (len < 1)
		return;
	n = 1 + data[0] % FUZZ_FIELDS;
	for (i = 0; i < n; i++)
		kinds[i] = (enum copybin_kind)((data[0] / FUZZ_FIELDS + i * 7) %
		    (CB_JSONB + 1));
	/* A copy of its own size, so ASan sees any read past the end. */
	if ((msg = malloc(len)) == NULL)
		return;
	memcpy(msg, data + 1, len - 1);
	copybin_init(&cb);
	/* As the first message (header expected), then as a later one. */
	for (i = 0; i < 2; i++) {
		cb.started = (int)i;
		cb.ended = 0;
		rc = copybin_row(&cb, msg, len - 1, kinds, f, n, &cause);
		if (rc < 0 && cause == NULL)
			abort();
		if (rc > 0)
			for (rc--; rc >= 0; rc--)
				if (f[rc].data == NULL && f[rc].len != 0)
					abort();
		free(cause);
		cause = NULL;
	}
	copybin_free(&cb);
	free(msg);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct field_value	 f[FUZZ_FIELDS], g[FUZZ_FIELDS];
	struct buf		 b;
	char			*line;
	int			 n, i, k;

	binary(data, len);
	line = malloc(len + 1);
	if (line == NULL)
		return 0;
	memcpy(line, data, len);
	line[len] = '\0';
	/* Try every field count: only the right one may succeed. */
	for (k = 1; k <= FUZZ_FIELDS; k++) {
		memcpy(line, data, len);
		if ((n = copy_split(line, len, f, (size_t)k)) < 0)
			continue;
		buf_init(&b);
		for (i = 0; i < n; i++) {
			if (i > 0)
				buf_addc(&b, '\t');
			copy_escape(&b, f[i].data, f[i].len);
		}
		if (copy_split(b.data, b.len, g, (size_t)n) != n)
			abort();
		for (i = 0; i < n; i++)
			if ((f[i].data == NULL) != (g[i].data == NULL) ||
			    f[i].len != g[i].len || (f[i].data != NULL &&
			    memcmp(f[i].data, g[i].data, f[i].len) != 0))
				abort();
		buf_free(&b);
		break;
	}
	free(line);
	return 0;
}
