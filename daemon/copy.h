/*
 * copy.h -- PostgreSQL COPY text format, both ways.
 *
 * The scan streams rows with COPY ... TO STDOUT, which is the cheapest way
 * to get them out of the server, and stages findings with COPY FROM STDIN.
 */
#ifndef STEWARD_COPY_H
#define STEWARD_COPY_H

#include <stddef.h>

#include "lib/record.h"
#include "lib/util.h"

/*
 * Split one COPY text row (without or with its trailing newline) into
 * fields, decoding escapes in place.  \N becomes data == NULL.  Returns
 * the number of fields, or -1 if the row does not have exactly nfields.
 */
int	copy_split(char *, size_t, struct field_value *, size_t);

/* Append a value to b, escaped for COPY text (NULL data gives \N). */
void	copy_escape(struct buf *, const char *, size_t);
/*
 * As copy_escape, but bytes that are not valid UTF-8 are written as the
 * four characters \xHH, so the result is always valid UTF-8 text.
 */
void	copy_escape_utf8(struct buf *, const char *, size_t);

#endif
