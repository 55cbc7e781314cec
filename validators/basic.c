/*
 * basic.c -- the simplest judgements of a value.
 */
#include "config.h"

#include "basic.h"

int
val_blank(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		switch (s[i]) {
		case ' ':
		case '\t':
		case '\r':
		case '\n':
		case '\v':
		case '\f':
			break;
		default:
			return 0;
		}
	return 1;
}
