/*
 * format.h -- quoting for the text formats Steward writes: CSV (RFC 4180)
 * and JSON strings.  Shared by `steward findings` and the reports.
 */
#ifndef STEWARD_FORMAT_H
#define STEWARD_FORMAT_H

#include <stddef.h>

#include "lib/util.h"

/* Append a CSV field, quoted only when it must be (RFC 4180). */
void	fmt_csv_field(struct buf *, const char *, size_t);
/*
 * Append a JSON string literal with its quotes.  Invalid UTF-8 bytes
 * become U+FFFD so the output is always valid JSON.
 */
void	fmt_json_string(struct buf *, const char *, size_t);

/*
 * Append a masked form of a personal value, for logs, reports and
 * explain: "j***@example.com", "+49 30 *** **67", "A***", "1985-**-**".
 * Keeps enough to recognise the record, never the whole value.
 */
void	fmt_mask(struct buf *, const char *, size_t, const char *);

#endif
