/*
 * duplicates.h -- duplicates blocks: how to find the same person twice.
 *
 * This version reads and validates the block (blocking keys, comparators,
 * thresholds, survivorship); the matching engine that uses it comes with
 * the duplicates work.
 */
#ifndef STEWARD_DUPLICATES_H
#define STEWARD_DUPLICATES_H

#include "rules/cfgparse.h"
#include "rules/merge.h"

struct rule_dup {
	char		*name;
	char		*source;
	size_t		 nblocks;
	size_t		 ncompares;
	double		 merge;		/* score at or above: merge candidate */
	double		 review;	/* between review and merge: review */
	char		*survivor;
};

int	dup_compile(struct cfg_doc *, const struct rule_def *, struct rule_dup *);
void	dup_free(struct rule_dup *);

#endif
