/*
 * copybin.h -- PostgreSQL's binary COPY format, decoded into the text
 * the server would have printed.
 *
 * A full scan reads the table with COPY ... TO STDOUT (FORMAT binary):
 * the server then skips formatting timestamps, dates, numbers and
 * booleans as text, most of its work in a scan, and the values are
 * decoded here, in C, into the very text PostgreSQL prints with the
 * session's DateStyle ISO and TimeZone UTC (set by db.c), so every check
 * sees the same value on either path.  A column of any other type is
 * selected as ::text, whose binary form is the text itself.
 */
#ifndef STEWARD_COPYBIN_H
#define STEWARD_COPYBIN_H

#include <stddef.h>

#include "lib/record.h"
#include "lib/util.h"

enum copybin_kind {
	CB_CAST,		/* not decoded here: select it as ::text */
	CB_TEXT,		/* text, varchar, char(n), name, json: bytes */
	CB_BOOL,
	CB_INT2,
	CB_INT4,
	CB_INT8,
	CB_NUMERIC,
	CB_DATE,
	CB_TIMESTAMP,
	CB_TIMESTAMPTZ,
	CB_UUID,
	CB_JSONB
};

/* The kind for a column of type oid (pg_type.oid); CB_CAST for others. */
enum copybin_kind copybin_kind(unsigned int);

/* One binary COPY stream being read. */
struct copybin {
	int		 started;	/* the header is read */
	int		 ended;		/* the trailer is read */
	struct buf	 text;		/* the current row's decoded values */
	size_t		*off;		/* where each value starts in text */
	size_t		 noff;
};

void	copybin_init(struct copybin *);
void	copybin_free(struct copybin *);

/*
 * Decode one CopyData message of the stream into out[0..nfields), the
 * columns being of kinds[].  Values kept as they are point into msg,
 * decoded ones into cb, until the next call.  Returns nfields for a row,
 * 0 for a message without one (the trailer), or -1 when the message is
 * malformed, with *cause set (the caller frees it).
 */
int	copybin_row(struct copybin *, const char *, size_t,
	    const enum copybin_kind *, struct field_value *, size_t, char **);

#endif
