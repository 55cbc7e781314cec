/*
 * rowimage.h -- rows an action changed, kept as their text before and
 * after, and put back.
 *
 * row::text reads back exactly for every type, so a row restored from it
 * is byte for byte the row that was; and a row that no longer reads as
 * the action left it was changed since, so restoring it would lose that
 * change.  The entries are a JSON array of {"t": table, "c": column,
 * "v": value, "b": before, "a": after or null (deleted)}, where column =
 * value finds the row quickly.
 */
#ifndef STEWARD_ROWIMAGE_H
#define STEWARD_ROWIMAGE_H

#include <libpq-fe.h>

#include "lib/util.h"

/* Append one entry to j, which holds "[" and the entries so far. */
void	ri_entry(struct buf *, const char *, const char *, const char *,
	    const char *, const char *);
/* The canonical quoted name of an existing table, or NULL and *cause. */
char	*ri_table(PGconn *, const char *, char **);
/*
 * Put back, last first, every row of the entries in column "rows" of
 * schema.table's row id, inside the caller's transaction.  *n gets the
 * rows restored.  0, 1 refused (*cause names the row; the caller rolls
 * back), -1 error.
 */
int	ri_undo(PGconn *, const char *, const char *, long long, int *,
	    char **);

#endif
