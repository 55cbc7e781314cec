/*
 * audit.h -- the tamper-evident audit trail.
 *
 * Every action appends one record inside the action's own transaction.
 * Each record carries sha256(its content || the previous record's hash),
 * so altering or removing a record breaks the chain from there on; an
 * auditor who keeps the head hash (printed by "audit verify") also sees
 * records removed from the end.
 */
#ifndef STEWARD_AUDIT_H
#define STEWARD_AUDIT_H

#include <stdio.h>

#include <libpq-fe.h>

struct audit_entry {
	long long	 run_id;	/* 0: not part of a run */
	const char	*actor;
	const char	*action;	/* quarantine, release, erase, ... */
	const char	*rule;		/* check name, or NULL */
	const char	*rule_source;	/* its file:line, or NULL */
	const char	*table;
	const char	*record_key;
	const char	*before;	/* JSON image, or NULL (erasure) */
	const char	*after;
	const char	*detail;
};

/*
 * Take the audit lock for this transaction: appends from concurrent
 * Steward processes are serialized, so the chain never forks.
 */
int		 audit_lock(PGconn *, char **);
/* Append one record (the caller's transaction holds the lock). */
int		 audit_append(PGconn *, const char *, const struct audit_entry *,
		    char **);
/*
 * Check the whole chain.  Returns the number of records (all sound), or
 * -1 with *cause set, or -2 with *cause naming the first broken record.
 */
long long	 audit_verify(PGconn *, const char *, char **, char **);
/* Write records at or after since (NULL: all) as csv or json. */
int		 audit_export(PGconn *, const char *, const char *, int, FILE *,
		    char **);
/* Who acts: the login name, and the sudo user behind it if any. */
const char	*audit_actor(void);
/* From now on the actor is "daemon (user)": actions the daemon took. */
void		 audit_actor_daemon(void);

#endif
