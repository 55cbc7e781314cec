/*
 * scanfilter.c -- quarantined rows are out of use for every reader.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "daemon/conf.h"
#include "daemon/db.h"
#include "daemon/scanfilter.h"
#include "lib/util.h"

/*
 * With quarantine { mode flag }, flagged rows are out of use, as moved
 * ones are out of the table: " WHERE" or " AND" (kw) the flag is unset.
 */
void
scan_quarantine_filter(PGconn *in, const struct conf *cf, struct buf *q,
    const char *kw)
{
	char	*col, *val;

	if (cf->quarantine_mode == NULL ||
	    strcmp(cf->quarantine_mode, "flag") != 0)
		return;
	col = db_ident(in, cf->flag_column);
	val = PQescapeLiteral(in, cf->flag_value, strlen(cf->flag_value));
	buf_printf(q, " %s %s IS DISTINCT FROM %s", kw, col, val != NULL ? val :
	    "NULL");
	PQfreemem(val);
	free(col);
}
