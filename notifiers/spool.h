/*
 * spool.h -- the durable outbox for report mail and webhooks.
 *
 * A message is a directory, built under tmp/ (every file written and
 * fsync'ed) and renamed into queue/ in one step, so a crash leaves either
 * no message or a whole one.  Its name is the idempotency key (run,
 * jurisdiction, channel): a key already queued, dead or sent is never
 * spooled again.  After the server accepts a message, a small tombstone
 * (the meta file) is written to sent/ before the directory goes, so a
 * restart between the two finishes the removal instead of resending.
 *
 *	tmp/KEY/	being written; removed by spool_open
 *	queue/KEY/	meta and the parts, waiting for delivery
 *	dead/KEY/	gave up after spool.max_age; `steward spool retry`
 *	sent/KEY	tombstone: the meta of a delivered or dropped message
 */
#ifndef STEWARD_SPOOL_H
#define STEWARD_SPOOL_H

#include <stddef.h>
#include <time.h>

#define SPOOL_KEY_MAX	128

enum spool_state {
	SPOOL_QUEUED,
	SPOOL_DEAD,
	SPOOL_SENT
};

enum spool_channel {
	SPOOL_MAIL,
	SPOOL_WEBHOOK
};

struct spool_msg {
	char		 key[SPOOL_KEY_MAX];
	enum spool_state state;
	enum spool_channel channel;
	long long	 run;
	char		*jurisdiction;
	char		**rcpt;		/* mail: envelope recipients */
	size_t		 nrcpt;
	char		*subject;	/* mail: UTF-8, encoded when sent */
	char		*date;		/* mail: RFC 5322, fixed at spooling */
	char		*message_id;	/* mail: "<KEY.HOST@steward>" */
	char		*attachment;	/* mail: file name of the CSV, or NULL */
	long long	 created;	/* unix seconds */
	long long	 next;		/* next attempt, unix seconds */
	int		 attempts;
	char		*error;		/* the last failure, or NULL */
	char		*outcome;	/* sent/: "delivered" or "dropped" */
};

/* A part of a new message: in memory, or a file linked or copied in. */
struct spool_part {
	const char	*name;		/* file name inside the message */
	const char	*data;
	size_t		 len;
	const char	*path;		/* instead of data */
};

/* Create the directories and clear tmp/.  0, or -1 with *cause set. */
int	 spool_open(const char *, char **);
/* s as a file name: bytes outside [A-Za-z0-9._-] and a leading dot -> _. */
void	 spool_name(char *, size_t, const char *);
/* The key for a run's message: "r12-EU-mail" (unsafe bytes become _). */
void	 spool_key(char *, size_t, long long, const char *, const char *);
/*
 * Spool m (its key, channel and fields) with its parts.  Returns 0 when
 * spooled, 1 when the key was already queued, dead or sent (nothing
 * written), -1 with *cause set.
 */
int	 spool_put(const char *, struct spool_msg *, const struct spool_part *,
	    size_t, char **);
/* Messages in one state, oldest first. */
int	 spool_list(const char *, enum spool_state, struct spool_msg **,
	    size_t *, char **);
/* How many messages are in a state, without reading them; -1 on error. */
long	 spool_count(const char *, enum spool_state);
/* Find key in any state.  0, 1 when there is no such message, -1. */
int	 spool_find(const char *, const char *, struct spool_msg *, char **);
/* Rewrite a queued or dead message's meta (attempts, next, error). */
int	 spool_save(const char *, const struct spool_msg *, char **);
/*
 * Move m to another state: QUEUED -> SENT (outcome "delivered"), QUEUED
 * or DEAD -> SENT (outcome "dropped"), QUEUED -> DEAD, DEAD -> QUEUED.
 */
int	 spool_move(const char *, struct spool_msg *, enum spool_state,
	    const char *, char **);
/* Path of a part of a queued or dead message; caller frees. */
char	*spool_part(const char *, const struct spool_msg *, const char *);
/* Forget tombstones older than the given age in seconds. */
void	 spool_prune(const char *, long long);
void	 spool_msg_free(struct spool_msg *);
void	 spool_list_free(struct spool_msg *, size_t);
const char *spool_state_name(enum spool_state);

#endif
