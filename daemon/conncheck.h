/*
 * conncheck.h -- steward check --connect: the database side of a
 * configuration (table, mapped columns and types, privileges).
 */
#ifndef STEWARD_CONNCHECK_H
#define STEWARD_CONNCHECK_H

#include <stdio.h>

struct conf;

/*
 * Connect as cf says and print to out what is there and what is missing,
 * with the GRANT statements that would mend it.  Returns the number of
 * problems (0: all there), or -1 with *cause (the caller frees) when it
 * cannot connect.  Blocks; reads only.
 */
int	conncheck_run(const struct conf *, FILE *, char **);

#endif
