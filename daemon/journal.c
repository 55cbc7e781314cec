/*
 * journal.c -- the change journal (see journal.h): an entry written with
 * its audit record; list, show and undo for every kind; the images
 * checked against the audit chain.
 *
 * An undo trusts nothing in steward.changes that the chain does not
 * vouch for: the entry's first audit record (the one that names it, so
 * a record appended later cannot stand in for it) must still match its
 * hash, the record after it must still follow it, and every row image
 * must hash as that record says.  The rows then say everything the undo
 * does (table, key, before, after), so no column outside the hashes
 * steers a restore.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/audit.h"
#include "daemon/conf.h"
#include "daemon/db.h"
#include "daemon/journal.h"
#include "daemon/rowimage.h"
#include "lib/util.h"

/* What each kind is called: in print, by its old command, in the audit. */
struct jr_kind {
	const char	*kind;
	const char	*noun;		/* an entry, in messages */
	const char	*one;		/* counted, in list */
	const char	*many;
	const char	*done;		/* its status words */
	const char	*undone;
	const char	*undo;		/* the audit action; NULL: cannot */
};

static const struct jr_kind kinds[] = {
	{ "quarantine", "quarantine entry", "entry", "entries", "held",
	  "released", "release" },
	{ "erase", "erasure", "erasure", "erasures", "done", "undone", NULL },
	{ "normalize", "rewrite", "rewrite", "rewrites", "done", "undone",
	  "undo" },
	{ "merge", "merge", "merge", "merges", "merged", "undone", "undo" },
};
static const struct jr_kind any = { NULL, "change", "change", "changes",
    "done", "undone", "undo" };

/* One line saying what an entry did, for list and show. */
#define JR_WHAT								\
	"CASE kind WHEN 'quarantine' THEN coalesce(info->>'mode', '') || "	\
	"CASE WHEN jsonb_array_length(rows) > 1 THEN ' (+ referencing "	\
	"rows)' ELSE '' END WHEN 'merge' THEN coalesce((SELECT "		\
	"string_agg(x, ' ') FROM jsonb_array_elements_text(info->'losers') "	\
	"x), '') ELSE coalesce(info->>'field', info->>'fields', '') END"

static const struct jr_kind *
kind_of(const char *kind)
{
	size_t	 i;

	for (i = 0; kind != NULL && i < sizeof kinds / sizeof kinds[0]; i++)
		if (strcmp(kinds[i].kind, kind) == 0)
			return &kinds[i];
	return &any;
}

long long
jr_id(PGconn *conn, const char *schema, char **cause)
{
	PGresult	*r;
	char		*t;
	const char	*p[1];
	long long	 id;

	t = xasprintf("%s.changes", schema);
	p[0] = t;
	r = db_query(conn, cause, "SELECT nextval(pg_get_serial_sequence($1, "
	    "'id'))", 1, p);
	free(t);
	if (r == NULL)
		return -1;
	id = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	return id;
}

int
jr_record(PGconn *conn, const char *schema, long long id,
    const struct jr_entry *j, struct audit_entry *a, char **cause)
{
	PGresult	*r;
	char		*sql, ids[32], run[32];
	const char	*p[10];
	int		 rc;

	snprintf(ids, sizeof ids, "%lld", id);
	snprintf(run, sizeof run, "%lld", j->run_id);
	p[0] = ids;
	p[1] = audit_actor();
	p[2] = j->kind;
	p[3] = run;
	p[4] = j->table;
	p[5] = j->record_key;
	p[6] = j->rule;
	p[7] = j->rule_source;
	p[8] = j->info != NULL ? j->info : "{}";
	p[9] = j->rows != NULL ? j->rows : "[]";
	sql = xasprintf("INSERT INTO %s.changes (id, by, kind, run_id, "
	    "table_name, record_key, rule, rule_source, info, rows) VALUES ($1, "
	    "$2, $3, nullif($4, '0')::bigint, $5, $6, $7, $8, $9::jsonb, "
	    "$10::jsonb) RETURNING " JR_IMAGES("rows"), schema);
	r = db_query(conn, cause, sql, 10, p);
	free(sql);
	if (r == NULL)
		return -1;
	a->change_id = id;
	a->images = PQgetvalue(r, 0, 0);
	rc = audit_append(conn, schema, a, cause);
	a->images = NULL;
	PQclear(r);
	return rc;
}

/*
 * Each entry (id, or all when NULL) against its audit record: the
 * problem of the first that is not sound, in *why (NULL: all sound).
 * The number of entries checked, or -1.
 */
static long long
check(PGconn *conn, const char *schema, const char *id, char **entry,
    char **why, char **cause)
{
	PGresult	*r;
	char		*sql, *from;
	const char	*p[1] = { id };
	long long	 n;
	int		 i;

	*why = *entry = NULL;
	/*
	 * a: the entry's first audit record, with the id and prev_hash of
	 * the record after it.  One entry: index probes.  Every entry: one
	 * pass over the audit table, as a window, then a hash join; probing
	 * per entry went quadratic when the planner misjudged the tables.
	 */
	if (id != NULL)
		from = xasprintf("%s.changes c LEFT JOIN LATERAL (SELECT f.*, "
		    "(SELECT n.id FROM %s.audit n WHERE n.id > f.id ORDER BY "
		    "n.id LIMIT 1) AS next_id, (SELECT n.prev_hash FROM %s.audit "
		    "n WHERE n.id > f.id ORDER BY n.id LIMIT 1) AS next_prev FROM "
		    "%s.audit f WHERE f.change_id = c.id ORDER BY f.id LIMIT 1) a "
		    "ON true WHERE c.id = $1", schema, schema, schema, schema);
	else
		from = xasprintf("%s.changes c LEFT JOIN (SELECT DISTINCT ON "
		    "(w.change_id) w.* FROM (SELECT f.*, lead(f.id) OVER (ORDER "
		    "BY f.id) AS next_id, lead(f.prev_hash) OVER (ORDER BY f.id) "
		    "AS next_prev FROM %s.audit f) w WHERE w.change_id IS NOT NULL "
		    "ORDER BY w.change_id, w.id) a ON a.change_id = c.id WHERE "
		    "$1::bigint IS NULL", schema, schema);
	sql = xasprintf("SELECT c.id, a.id, a.hash IS NOT NULL AND a.hash = "
	    AUDIT_CANON ", a.next_id IS NULL OR a.next_prev IS NOT DISTINCT "
	    "FROM a.hash, a.action IN (c.kind, 'journal') AND a.table_name IS "
	    "NOT DISTINCT FROM c.table_name AND a.record_key IS NOT DISTINCT "
	    "FROM c.record_key, a.images IS NOT NULL AND cardinality("
	    "string_to_array(a.images, ' ')) = jsonb_array_length(c.rows), "
	    "(SELECT x.o || ' (table ' || coalesce(x.e->>'t', '?') || ')' FROM "
	    "jsonb_array_elements(c.rows) WITH ORDINALITY x(e, o) WHERE "
	    "encode(sha256(convert_to(x.e::text, " AUDIT_ENC ")), 'hex') IS "
	    "DISTINCT FROM (string_to_array(a.images, ' '))[x.o] ORDER BY x.o "
	    "LIMIT 1) FROM %s ORDER BY c.id", from);
	free(from);
	r = db_query(conn, cause, sql, 1, p);
	free(sql);
	if (r == NULL)
		return -1;
	n = PQntuples(r);
	for (i = 0; i < PQntuples(r) && *why == NULL; i++) {
		const char *a = PQgetvalue(r, i, 1);

		if (PQgetisnull(r, i, 1))
			*why = xstrdup("it has no audit record");
		else if (strcmp(PQgetvalue(r, i, 2), "t") != 0)
			*why = xasprintf("its audit record %s does not match its "
			    "hash", a);
		else if (strcmp(PQgetvalue(r, i, 3), "t") != 0)
			*why = xasprintf("the record after its audit record %s "
			    "no longer follows it", a);
		else if (strcmp(PQgetvalue(r, i, 4), "t") != 0)
			*why = xasprintf("its audit record %s is of another "
			    "action or record", a);
		else if (strcmp(PQgetvalue(r, i, 5), "t") != 0)
			*why = xasprintf("its rows are not the ones its audit "
			    "record %s hashed", a);
		else if (!PQgetisnull(r, i, 6))
			*why = xasprintf("the image of row %s does not match "
			    "the hash in its audit record %s: it was altered "
			    "after it was written", PQgetvalue(r, i, 6), a);
		if (*why != NULL)
			*entry = xstrdup(PQgetvalue(r, i, 0));
	}
	PQclear(r);
	return n;
}

long long
jr_verify(PGconn *conn, const char *schema, char **cause)
{
	char		*entry, *why;
	long long	 n;

	if ((n = check(conn, schema, NULL, &entry, &why, cause)) < 0)
		return -1;
	if (why == NULL)
		return n;
	*cause = xasprintf("change %s: %s", entry, why);
	free(entry);
	free(why);
	return -2;
}

int
jr_list(PGconn *conn, const struct conf *cf, const char *kind, int all,
    FILE *fp, char **cause)
{
	const struct jr_kind	*k = kind_of(kind);
	PGresult		*r;
	char			*schema, *sql;
	const char		*p[2] = { kind, all ? "t" : "f" };
	int			 i;

	schema = db_ident(conn, cf->schema);
	sql = xasprintf("SELECT id, to_char(at AT TIME ZONE 'UTC', "
	    "'YYYY-MM-DD HH24:MI'), status, kind, rule, table_name, record_key, "
	    JR_WHAT " FROM %s.changes WHERE ($1::text IS NULL OR kind = $1) "
	    "AND ($2::boolean OR status = 'done') ORDER BY id", schema);
	free(schema);
	r = db_query(conn, cause, sql, 2, p);
	free(sql);
	if (r == NULL)
		return -1;
	fprintf(fp, "%-6s %-16s %-8s %-10s %-22s %-24s %s\n", "ID", "AT (UTC)",
	    "STATUS", "KIND", "RULE", "TABLE", "KEY");
	for (i = 0; i < PQntuples(r); i++) {
		const struct jr_kind *rk = kind_of(PQgetvalue(r, i, 3));

		fprintf(fp, "%-6s %-16s %-8s %-10s %-22s %-24s %s  %s\n",
		    PQgetvalue(r, i, 0), PQgetvalue(r, i, 1),
		    strcmp(PQgetvalue(r, i, 2), "done") == 0 ? rk->done :
		    rk->undone, PQgetvalue(r, i, 3), PQgetvalue(r, i, 4),
		    PQgetvalue(r, i, 5), PQgetvalue(r, i, 6),
		    PQgetvalue(r, i, 7));
	}
	fprintf(fp, "%d %s\n", PQntuples(r), PQntuples(r) == 1 ? k->one :
	    k->many);
	PQclear(r);
	return 0;
}

int
jr_show(PGconn *conn, const struct conf *cf, const char *kind, long long id,
    FILE *fp, char **cause)
{
	const struct jr_kind	*k = kind_of(kind), *rk;
	PGresult		*r;
	char			*schema, *sql, ids[32];
	const char		*p[2] = { ids, kind };

	snprintf(ids, sizeof ids, "%lld", id);
	schema = db_ident(conn, cf->schema);
	sql = xasprintf("SELECT id, kind, at, by, status, coalesce(undone_at::"
	    "text, ''), coalesce(undone_by, ''), rule, coalesce(rule_source, "
	    "''), table_name, record_key, coalesce(run_id::text, 'none (by "
	    "hand)'), " JR_WHAT ", coalesce(legacy, ''), jsonb_pretty(rows), "
	    "jsonb_array_length(rows) FROM %s.changes WHERE id = $1 AND "
	    "($2::text IS NULL OR kind = $2)", schema);
	free(schema);
	r = db_query(conn, cause, sql, 2, p);
	free(sql);
	if (r == NULL)
		return -1;
	if (PQntuples(r) == 0) {
		*cause = xasprintf("there is no %s %lld", k->noun, id);
		PQclear(r);
		return 1;
	}
	rk = kind_of(PQgetvalue(r, 0, 1));
	fprintf(fp, "change:    %s (%s)\nat:        %s by %s\nstatus:    %s%s%s"
	    "%s%s\nrule:      %s (%s)\ntable:     %s\nrecord:    %s\n"
	    "run:       %s\nwhat:      %s\n", PQgetvalue(r, 0, 0), rk->noun,
	    PQgetvalue(r, 0, 2), PQgetvalue(r, 0, 3),
	    strcmp(PQgetvalue(r, 0, 4), "done") == 0 ? rk->done : rk->undone,
	    *PQgetvalue(r, 0, 5) ? " at " : "", PQgetvalue(r, 0, 5),
	    *PQgetvalue(r, 0, 6) ? " by " : "", PQgetvalue(r, 0, 6),
	    PQgetvalue(r, 0, 7), PQgetvalue(r, 0, 8), PQgetvalue(r, 0, 9),
	    PQgetvalue(r, 0, 10), PQgetvalue(r, 0, 11), PQgetvalue(r, 0, 12));
	if (*PQgetvalue(r, 0, 13) != '\0')
		fprintf(fp, "carried:   %s, before the change journal\n",
		    PQgetvalue(r, 0, 13));
	if (strcmp(PQgetvalue(r, 0, 15), "0") == 0)
		fprintf(fp, "rows:      none (the values are not recorded)\n");
	else
		fprintf(fp, "rows (b: before, a: after, null: deleted; j: the "
		    "row by column):\n%s\n", PQgetvalue(r, 0, 14));
	PQclear(r);
	return 0;
}

int
jr_undo(PGconn *conn, const struct conf *cf, const char *kind, long long id,
    jr_after_fn after, int *n, char **cause)
{
	const struct jr_kind	*k = kind_of(kind), *ck;
	PGresult		*c = NULL;
	struct audit_entry	 e;
	struct ri_defaults	 d;
	char			*schema, *sql = NULL, *entry = NULL, *why = NULL;
	char			 ids[32], detail[192];
	const char		*p[2];
	int			 rc = -1;

	*n = 0;
	schema = db_ident(conn, cf->schema);
	snprintf(ids, sizeof ids, "%lld", id);
	p[0] = ids;
	p[1] = kind;
	if (db_exec(conn, cause, "BEGIN", 0, NULL) != 0 ||
	    audit_lock(conn, cause) != 0)
		goto out;
	sql = xasprintf("SELECT kind, status, coalesce(undone_at::text, ''), "
	    "coalesce(undone_by, ''), table_name, record_key, rule, "
	    "rule_source, array_prepend(record_key, ARRAY(SELECT "
	    "jsonb_array_elements_text(info->'losers')))::text, " JR_WHAT
	    " FROM %s.changes WHERE id = $1 AND ($2::text IS NULL OR kind = $2) "
	    "FOR UPDATE", schema);
	if ((c = db_query(conn, cause, sql, 2, p)) == NULL)
		goto out;
	rc = 1;
	if (PQntuples(c) == 0) {
		*cause = xasprintf("there is no %s %lld", k->noun, id);
		goto out;
	}
	ck = kind_of(PQgetvalue(c, 0, 0));
	if (strcmp(PQgetvalue(c, 0, 1), "done") != 0) {
		*cause = xasprintf("%s %lld was already %s (%s, by %s)", k->noun,
		    id, k->undone, PQgetvalue(c, 0, 2), PQgetvalue(c, 0, 3));
		goto out;
	}
	if (ck->undo == NULL) {
		*cause = xasprintf("%s %lld is an erasure: the values were not "
		    "recorded, so it cannot be undone", k->noun, id);
		goto out;
	}
	rc = -1;
	if (check(conn, schema, ids, &entry, &why, cause) < 0)
		goto out;
	if (why != NULL) {
		*cause = xasprintf("refusing to undo %s %lld (record %s): %s; "
		    "nothing was restored (see steward audit verify)", k->noun,
		    id, PQgetvalue(c, 0, 5), why);
		rc = 1;
		goto out;
	}
	d.key = cf->key;
	d.flag = cf->flag_column;
	switch (ri_undo(conn, schema, id, &d, n, cause)) {
	case 0:
		break;
	case 1:
		free(why);
		why = *cause;
		*cause = xasprintf("cannot %s %s %lld (record %s): %s; %s",
		    ck->undo, k->noun, id, PQgetvalue(c, 0, 5), why,
		    strcmp(ck->kind, "quarantine") == 0 ? "the record stays in "
		    "quarantine" : "nothing was changed");
		rc = 1;
		goto out;
	default:
		goto out;
	}
	if (after != NULL && after(conn, schema, ck->kind, PQgetvalue(c, 0, 4),
	    PQgetvalue(c, 0, 8), id, cause) != 0)
		goto out;
	free(sql);
	sql = xasprintf("UPDATE %s.changes SET status = 'undone', undone_at = "
	    "now(), undone_by = $2 WHERE id = $1", schema);
	p[1] = audit_actor();
	if (db_exec(conn, cause, sql, 2, p) != 0)
		goto out;
	if (strcmp(ck->kind, "quarantine") == 0)
		snprintf(detail, sizeof detail, "released from quarantine: "
		    "change #%lld (%s)", id, PQgetvalue(c, 0, 9));
	else
		snprintf(detail, sizeof detail, "undid %s #%lld: %d row%s "
		    "restored", ck->noun, id, *n, *n == 1 ? "" : "s");
	memset(&e, 0, sizeof e);
	e.actor = audit_actor();
	e.action = ck->undo;
	e.rule = PQgetvalue(c, 0, 6);
	e.rule_source = PQgetisnull(c, 0, 7) ? NULL : PQgetvalue(c, 0, 7);
	e.table = PQgetvalue(c, 0, 4);
	e.record_key = PQgetvalue(c, 0, 5);
	e.detail = detail;
	e.change_id = id;
	if (audit_append(conn, schema, &e, cause) != 0 ||
	    db_exec(conn, cause, "COMMIT", 0, NULL) != 0)
		goto out;
	rc = 0;
out:
	if (rc != 0)
		PQclear(PQexec(conn, "ROLLBACK"));
	PQclear(c);
	free(entry);
	free(why);
	free(sql);
	free(schema);
	return rc;
}
