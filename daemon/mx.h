/*
 * mx.h -- does an email domain accept mail?  MX lookups through c-ares,
 * rate-limited, with answers cached in Steward's schema (scan { mx_check
 * yes }; off by default).
 *
 * A scan asks the cache for each record's domain (mx_lookup, no network);
 * domains it has no fresh answer for are queued, and looked up after the
 * rows are read (mx_resolve), at most mx_rate a second and mx_max a scan.
 */
#ifndef STEWARD_MX_H
#define STEWARD_MX_H

#include <stddef.h>

#include <libpq-fe.h>

struct conf;

enum mx_status {
	MX_UNKNOWN,		/* not looked up yet, or the lookup failed */
	MX_OK,			/* MX records, or an address (RFC 5321 5.1) */
	MX_NO_DOMAIN,		/* NXDOMAIN */
	MX_NO_MAIL,		/* neither MX nor address records */
	MX_NULL_MX		/* "MX 0 ." (RFC 7505): accepts no mail */
};

struct mx;

/* NULL and err when c-ares cannot start (bad mx_servers, say). */
struct mx	*mx_new(const struct conf *, char *, size_t);
void		 mx_free(struct mx *);
/* Read the answers younger than mx_ttl.  0, or -1 and *cause. */
int		 mx_load(struct mx *, PGconn *, const char *, char **);
/*
 * The domain of an address (the part after the last '@', lower case),
 * into out (size at least 256), or 0 when it cannot be a DNS name.
 */
size_t		 mx_domain(const char *, size_t, char *);
/* The cached answer for a domain; MX_UNKNOWN queues it. */
enum mx_status	 mx_lookup(struct mx *, const char *);
/*
 * Look up the queued domains.  Returns how many answers are new, or -1
 * and *cause when the lookups could not run at all.
 */
int		 mx_resolve(struct mx *, char **);
/* The domains found bad by the last mx_resolve: a text[] literal, to free. */
char		*mx_new_bad(struct mx *);
/* Store the new answers in the cache.  0, or -1 and *cause. */
int		 mx_store(struct mx *, PGconn *, const char *, char **);
const char	*mx_status_name(enum mx_status);

#endif
