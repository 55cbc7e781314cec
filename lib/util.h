/*
 * util.h -- allocation wrappers and a growable byte buffer.
 *
 * Internal allocations abort on failure (tmux xmalloc.c): a daemon that
 * cannot allocate a few bytes cannot do anything useful, and checking
 * every call hides the real error paths.  Sizes that come from data are
 * bounded before they reach these functions.
 */
#ifndef STEWARD_UTIL_H
#define STEWARD_UTIL_H

#include <stdarg.h>
#include <stddef.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
char	*xasprintf(const char *, ...) __attribute__((format(printf, 1, 2)));
char	*xvasprintf(const char *, va_list) __attribute__((format(printf, 1, 0)));

#define XFREE(p) do { free(p); (p) = NULL; } while (0)

/* Growable byte buffer; data is always NUL-terminated for convenience. */
struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

void	 buf_init(struct buf *);
void	 buf_free(struct buf *);
void	 buf_reset(struct buf *);
void	 buf_reserve(struct buf *, size_t);
void	 buf_add(struct buf *, const void *, size_t);
void	 buf_addc(struct buf *, char);
void	 buf_adds(struct buf *, const char *);
void	 buf_printf(struct buf *, const char *, ...) __attribute__((format(printf, 2, 3)));

/* Parse a decimal integer in [min, max]; returns 0 or -1 with *errstr set. */
int	 parse_ll(const char *, long long, long long, long long *, const char **);

#endif
