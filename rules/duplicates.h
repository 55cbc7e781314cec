/*
 * duplicates.h -- duplicates blocks: how to find the same person twice
 * (blocking keys, comparators, thresholds) and how to merge it
 * (survivorship, the survivor, merge or only flag).
 */
#ifndef STEWARD_DUPLICATES_H
#define STEWARD_DUPLICATES_H

#include "lib/record.h"
#include "rules/cfgparse.h"
#include "rules/merge.h"
#include "validators/dupmodel.h"

int	dup_compile(struct cfg_doc *, const struct rule_def *, struct rule_dup *);
void	dup_free(struct rule_dup *);

#endif
