/*
 * audit.h -- the tamper-evident audit trail.
 *
 * Every action appends one record inside the action's own transaction.
 * Each record carries sha256(its content || the previous record's hash),
 * so altering or removing a record breaks the chain from there on; an
 * auditor who keeps the head hash (printed by "audit verify") also sees
 * records removed from the end.
 *
 * A record of an action in the change journal (journal.h) names its
 * entry (change_id) and carries the hash of each row image the entry
 * holds (images), so an image altered in the journal no longer matches
 * the chain, and undo refuses it.
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
	long long	 change_id;	/* 0: no journal entry */
	const char	*images;	/* JR_IMAGES of its rows, or NULL */
};

/*
 * The entry's bytes as the database holds them.  convert_to(..., 'UTF8')
 * failed in a SQL_ASCII database on the first value that is not UTF-8,
 * and with it every action of the scan.  SQL_ASCII is hashed as stored;
 * other encodings convert to UTF-8 as before, so old chains still verify
 * (and in a UTF-8 database both are the same bytes).
 */
#define AUDIT_ENC							\
	"CASE WHEN getdatabaseencoding() = 'SQL_ASCII' THEN 'SQL_ASCII' "	\
	"ELSE 'UTF8' END"

/*
 * The hash of audit record a: one SQL expression for writing, verifying
 * and checking a journal entry's record.  change_id and images join
 * only when set (concat_ws skips NULL), so records written before they
 * existed hash as they always did.  Migration 12 (db.c) holds a frozen
 * copy to carry old entries into the journal.
 */
#define AUDIT_CANON							\
	"sha256(convert_to(concat_ws(',', a.id::text, "			\
	"to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US'), " \
	"quote_nullable(a.run_id), quote_nullable(a.actor), "		\
	"quote_nullable(a.action), quote_nullable(a.rule), "		\
	"quote_nullable(a.rule_source), quote_nullable(a.table_name), "	\
	"quote_nullable(a.record_key), quote_nullable(a.before_image), "	\
	"quote_nullable(a.after_image), quote_nullable(a.detail), "	\
	"CASE WHEN a.change_id IS NOT NULL THEN 'change=' || a.change_id "	\
	"END, CASE WHEN a.images IS NOT NULL THEN quote_literal(a.images) "	\
	"END), " AUDIT_ENC ") || coalesce(a.prev_hash, ''::bytea))"

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
