/*
 * basic.h -- the simplest judgements of a value.
 */
#ifndef STEWARD_BASIC_H
#define STEWARD_BASIC_H

#include <stddef.h>

/* 1 if the value is empty or only Unicode white space, else 0. */
int	val_blank(const char *, size_t);

#endif
