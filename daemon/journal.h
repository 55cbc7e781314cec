/*
 * journal.h -- the change journal: every action that changed the
 * customer's data (quarantine, erase, normalize, merge) is one entry in
 * steward.changes, with its kind, the rule and run that caused it, the
 * rows it touched before and after (rowimage.h), and its audit record.
 *
 * The audit record carries the hash of each row image of its entry, so
 * the images are inside the hash chain: undo restores an entry only when
 * its images hash as its audit record says and that record still matches
 * the chain; otherwise it refuses and names the entry.  One list, show
 * and undo serve every kind; quarantine, rewrites and merges are their
 * old names.
 */
#ifndef STEWARD_JOURNAL_H
#define STEWARD_JOURNAL_H

#include <stdio.h>

#include <libpq-fe.h>

#include "daemon/audit.h"

struct conf;

struct jr_entry {
	const char	*kind;		/* quarantine, erase, normalize, merge */
	long long	 run_id;	/* 0: by hand */
	const char	*table;		/* canonical, quoted */
	const char	*record_key;	/* the record acted on (survivor) */
	const char	*rule;		/* check or duplicates rule */
	const char	*rule_source;
	const char	*info;		/* JSON object: mode, field, losers */
	const char	*rows;		/* JSON array of rowimage.h entries */
};

/* The image hashes of a jsonb rows expression, as audit.images holds them. */
#define JR_IMAGES(rows)							\
	"(SELECT coalesce(string_agg(encode(sha256(convert_to(x.e::text, "	\
	AUDIT_ENC ")), 'hex'), ' ' ORDER BY x.o), '') FROM "		\
	"jsonb_array_elements(" rows ") WITH ORDINALITY x(e, o))"

/*
 * A fresh entry id, so the caller can name the entry in its audit
 * record before writing either.  > 0, or -1 with *cause.
 */
long long	 jr_id(PGconn *, const char *, char **);
/*
 * Write entry id and then its audit record a, which gets the entry's id
 * and image hashes, inside the caller's transaction (which holds the
 * audit lock).  0 or -1 with *cause.
 */
int		 jr_record(PGconn *, const char *, long long,
		    const struct jr_entry *, struct audit_entry *, char **);

/*
 * kind NULL: every kind.  Write to fp; 0, 1 no such entry (*cause), -1.
 * The names of kind's old command (quarantine, rewrites, merges) are
 * used in what is printed.
 */
int		 jr_list(PGconn *, const struct conf *, const char *, int,
		    FILE *, char **);
int		 jr_show(PGconn *, const struct conf *, const char *, long long,
		    FILE *, char **);
/*
 * What undoing an entry does besides putting its rows back, in the same
 * transaction: after(conn, schema, kind, table, keys, id, cause), keys
 * being the record's key and a merge's merged keys (a text[] literal).
 * 0, or -1 with *cause.  The kinds above the journal supply it.
 */
typedef int	(*jr_after_fn)(PGconn *, const char *, const char *,
		    const char *, const char *, long long, char **);
/*
 * Undo entry id (of kind, unless NULL) in one transaction with its audit
 * record: every row back as it was, then after (NULL: nothing).  *n gets
 * the rows restored.  0, 1 refused (*cause names the entry and why;
 * nothing changed), -1.
 */
int		 jr_undo(PGconn *, const struct conf *, const char *, long long,
		    jr_after_fn, int *, char **);
/*
 * Check every entry's images against its audit record.  The number of
 * entries (all sound), -1 with *cause, or -2 with *cause naming the
 * first entry that differs.
 */
long long	 jr_verify(PGconn *, const char *, char **);

#endif
