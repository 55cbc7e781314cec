/*
 * rowimage.h -- rows an action changed, kept as their text before and
 * after, and put back.
 *
 * row::text reads back exactly for every type, so a row restored from it
 * is byte for byte the row that was; and a row that no longer reads as
 * the action left it was changed since, so restoring it would lose that
 * change.  The entries are a JSON array of {"t": table, "c": column,
 * "v": value, "b": before, "a": after or null (deleted)}, where column =
 * value finds the row quickly.  Two optional members: "j", the row as a
 * jsonb object, restores a deleted row by column name when the table's
 * columns changed since (the record literal no longer fits); "s", one
 * column an undo sets back from "b" in the row column = value, whatever
 * else changed since (quarantine { mode flag }).  Entries carried over
 * from before the journal may lack what the configuration knew then: "c"
 * null is the key column, "s" "" the flag column (struct ri_defaults).
 */
#ifndef STEWARD_ROWIMAGE_H
#define STEWARD_ROWIMAGE_H

#include <libpq-fe.h>

#include "lib/util.h"

/* What entries carried over from before the journal leave out. */
struct ri_defaults {
	const char	*key;		/* the key column */
	const char	*flag;		/* quarantine { flag_column }, or NULL */
};

/*
 * Append one entry to j, which holds "[" and the entries so far: table,
 * column, value, before, after (NULL: deleted), then the jsonb image
 * and the column set back, each NULL when not wanted.
 */
void	ri_entry(struct buf *, const char *, const char *, const char *,
	    const char *, const char *, const char *, const char *);
/* The canonical quoted name of an existing table, or NULL and *cause. */
char	*ri_table(PGconn *, const char *, char **);
/*
 * Put back, last first, every row of the entries in column "rows" of
 * schema.changes' row id, inside the caller's transaction.  *n gets the
 * rows restored.  0, 1 refused (*cause names the row; the caller rolls
 * back), -1 error.
 */
int	ri_undo(PGconn *, const char *, long long, const struct ri_defaults *,
	    int *, char **);

#endif
