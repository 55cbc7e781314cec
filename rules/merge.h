/*
 * merge.h -- overrides: later definitions of the same check, jurisdiction
 * or duplicates rule replace the earlier one statement by statement.
 *
 * Files are read in order (rules.d/NAME.rules sorted, then NAME.local).  For
 * each kind and name, the definitions are folded into one merged tree:
 * a statement of a later definition replaces the earlier statement with
 * the same key (regex, reject, required and compare are one key: "the
 * test"; field and fields are one key), a nested block is merged the same
 * way, and a new key is appended.  Every merged statement still points at
 * its own node, so file:line of each value is known.
 */
#ifndef STEWARD_MERGE_H
#define STEWARD_MERGE_H

#include <stddef.h>

#include "rules/cfgparse.h"

struct mnode {
	const struct cfg_node	*n;	/* the statement in force */
	struct mnode		*kids;	/* merged block, when n has one */
	size_t			 nkids;
};

struct rule_def {
	const char		*name;
	const struct cfg_node	*first;	/* the first definition */
	const struct cfg_node	*last;	/* the last one that changed it */
	int			 ndefs;
	int			 dropped;	/* broken statements, reported */
	struct mnode		 root;	/* n == first; kids merged */
};

/*
 * Collect the definitions of kind ("check", ...) among root's children,
 * merged by name, in order of first definition.  A definition without a
 * name or a block is reported to doc and skipped.
 */
size_t	merge_defs(struct cfg_doc *, const struct cfg_node *, const char *,
	    struct rule_def **);
void	merge_free(struct rule_def *, size_t);
/* The merged kid with this statement name, or NULL. */
const struct mnode *merge_find(const struct mnode *, const char *);
/* Print the merged tree, each statement with "# file:line". */
void	merge_print(struct buf *, const struct rule_def *, const char *);

#endif
