/*
 * fuzz_copy.c -- libFuzzer target: split any bytes as a COPY text row, and
 * check that escaping each field and splitting again gives it back.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/copy.h"
#include "lib/util.h"

#define FUZZ_FIELDS 8

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct field_value	 f[FUZZ_FIELDS], g[FUZZ_FIELDS];
	struct buf		 b;
	char			*line;
	int			 n, i, k;

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
