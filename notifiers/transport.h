/*
 * transport.h -- hand one spooled message to its server: SMTP or an
 * HTTPS webhook, both through libcurl.
 *
 * Each call is one attempt.  The spool (deliver.c) decides when to try
 * again; these only say whether the server took the message.
 */
#ifndef STEWARD_TRANSPORT_H
#define STEWARD_TRANSPORT_H

#include <stddef.h>

#include "notifiers/spool.h"

/*
 * The smtp { } and webhook { } blocks of steward.conf, as deliver.c hands
 * them over (a notifier reads no configuration of its own).  Strings are
 * borrowed; url NULL means the block is not configured.
 */
struct mail_server {
	const char	*url;
	const char	*ca_file;
	int		 timeout;	/* seconds */
	int		 plain;		/* allow_plain: no TLS at all */
	const char	*username;
	const char	*password_file;
	const char	*from;
	const char	*reply_to;
};

struct webhook_server {
	const char	*url;
	const char	*ca_file;
	int		 timeout;	/* seconds */
	const char	*secret_file;
};

/* Results of one attempt. */
#define SEND_OK		0	/* the server accepted the message */
#define SEND_RETRY	(-1)	/* try again later (server down, 4xx) */
#define SEND_FAILED	(-2)	/* permanent (5xx, bad credentials) */

/* Send a spooled mail message (text, HTML and CSV parts). */
int	mail_send(const struct mail_server *, const char *,
	    const struct spool_msg *, char **);
/* POST a spooled webhook message, signed with the configured secret. */
int	webhook_send(const struct webhook_server *, const char *,
	    const struct spool_msg *, char **);

/*
 * RFC 2047 'Q' encoding of a UTF-8 header value, folded into encoded
 * words of at most 75 characters; ASCII without specials stays as is.
 * Appended to b.
 */
struct buf;
void	mail_encode_header(struct buf *, const char *);
/* "Name <a@b>" -> "<a@b>"; "a@b" -> "<a@b>".  Caller frees. */
char	*mail_envelope_from(const char *);
/* Lower-case hex HMAC-SHA256 of "ts.body" with key; 65 bytes out. */
void	webhook_sign(const char *, size_t, const char *, const char *, size_t,
	    char [65]);

#endif
