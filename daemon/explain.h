/*
 * explain.h -- show admins what the rules do: for one record of the
 * database (steward explain) or for every row of a CSV sample without a
 * database (steward test-rule, the fail2ban-regex of Steward).
 */
#ifndef STEWARD_EXPLAIN_H
#define STEWARD_EXPLAIN_H

#include <stdio.h>

#include "daemon/conf.h"

/*
 * Print, for the record whose key is key, its jurisdiction and every
 * check: the values it read (masked unless show_pii), its verdict and the
 * action it would take.  Returns the number of failed checks, or -1 with
 * *cause set (no such record, database error).
 */
int	explain_record(const struct conf *, const char *, int, FILE *, char **);

/*
 * Run rules over a CSV file whose header names logical fields (and
 * optionally "key"), printing one line per finding and a count per check.
 * Returns the number of findings, or -1 with *cause set.
 */
long	explain_csv(struct ruleset *, const char *, int, FILE *, char **);

#endif
