/*
 * csv.h -- read RFC 4180 CSV one record at a time (steward test-rule).
 */
#ifndef STEWARD_CSV_H
#define STEWARD_CSV_H

#include <stdio.h>

#include "lib/util.h"

struct csv_row {
	struct buf	 data;		/* the fields, each NUL-terminated */
	size_t		*off;		/* start of field i in data */
	size_t		*len;
	size_t		 nfields;
	size_t		 cap;
	int		 line;		/* line where the record starts */
};

void	csv_row_init(struct csv_row *);
void	csv_row_free(struct csv_row *);
/*
 * Read the next record.  Returns 1, 0 at end of input, or -1 with *cause
 * set (an unterminated quote, a stray quote).  *line counts lines read.
 */
int	csv_read(FILE *, struct csv_row *, int *, char **);
/* Field i of the row (NUL-terminated). */
const char *csv_field(const struct csv_row *, size_t);

#endif
