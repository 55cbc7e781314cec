/*
 * changes.c -- the changes command and its old names (see changes.h).
 *
 * An old name sees only its own kind, so "quarantine release 7" never
 * undoes a merge that happens to be change 7, and prints what it
 * printed before the journal.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "daemon/changes.h"
#include "daemon/journal.h"

static const struct {
	const char	*cmd;
	const char	*kind;		/* NULL: every kind */
} names[] = {
	{ "changes", NULL },
	{ "quarantine", "quarantine" },
	{ "rewrites", "normalize" },
	{ "merges", "merge" },
};

int
changes_run(PGconn *conn, const struct conf *cf, const char *cmd,
    const char *verb, long long id, int all, FILE *fp, char **cause)
{
	size_t	 i;
	int	 rc, n;

	for (i = sizeof names / sizeof names[0] - 1; i > 0; i--)
		if (strcmp(names[i].cmd, cmd) == 0)
			break;
	if (strcmp(verb, "list") == 0)
		return jr_list(conn, cf, names[i].kind, all, fp, cause);
	if (strcmp(verb, "show") == 0)
		return jr_show(conn, cf, names[i].kind, id, fp, cause);
	if ((rc = jr_undo(conn, cf, names[i].kind, id, &n, cause)) != 0)
		return rc;
	if (names[i].kind == NULL)
		fprintf(fp, "change %lld undone: %d row%s back as %s\n", id,
		    n, n == 1 ? "" : "s", n == 1 ? "it was" : "they were");
	else if (strcmp(names[i].cmd, "quarantine") == 0)
		fprintf(fp, "quarantine entry %lld released\n", id);
	else if (strcmp(names[i].cmd, "rewrites") == 0)
		fprintf(fp, "rewrite %lld undone: the row is back as it was\n",
		    id);
	else
		fprintf(fp, "merge %lld undone: every row is back as it was\n",
		    id);
	return 0;
}
