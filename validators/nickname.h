/*
 * nickname.h -- given names that are one another's nicknames ("William",
 * "Bill", "Will"), for the duplicate matcher.  Two names are aliases when
 * one is a nickname of the other or both are nicknames of one name
 * ("Bill" and "Will"); two full names sharing a nickname are not
 * ("Christopher" and "Christina" through "Chris").  The list is
 * nickname_data.c, English names only.
 */
#ifndef STEWARD_NICKNAME_H
#define STEWARD_NICKNAME_H

#include <stddef.h>

extern const char *const nick_table[][2];
extern const size_t nick_ntable;

struct nick;

/* The lookup, built from nick_table; free with nick_free. */
struct nick	*nick_new(void);
/*
 * Are a and b (lower-case, not NUL-terminated) different names that are
 * aliases?  Read-only: threads may share one struct nick.
 */
int		 nick_alias(const struct nick *, const char *, size_t,
		    const char *, size_t);
void		 nick_free(struct nick *);

#endif
