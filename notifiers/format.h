/*
 * format.h -- quoting for the text formats Steward writes: CSV (RFC 4180)
 * and JSON strings.  Shared by `steward findings` and the reports.
 */
#ifndef STEWARD_FORMAT_H
#define STEWARD_FORMAT_H

#include <stddef.h>

#include "daemon/util.h"

/* Append a CSV field, quoted only when it must be (RFC 4180). */
void	fmt_csv_field(struct buf *, const char *, size_t);
/*
 * Append a JSON string literal with its quotes.  Invalid UTF-8 bytes
 * become U+FFFD so the output is always valid JSON.
 */
void	fmt_json_string(struct buf *, const char *, size_t);

#endif
