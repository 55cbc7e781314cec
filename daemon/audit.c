/*
 * audit.c -- append to, verify and export the audit chain.
 *
 * The hash is computed by PostgreSQL from the stored columns, with one
 * expression (AUDIT_CANON) for writing and verifying, so the two can never
 * disagree about the bytes hashed (audit.h).  quote_nullable() keeps NULL
 * and '' apart and makes the concatenation unambiguous.
 */
#include "config.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "daemon/audit.h"
#include "daemon/db.h"
#include "lib/util.h"
#include "lib/format.h"

int
audit_lock(PGconn *conn, char **cause)
{
	PGresult	*r;

	r = db_query(conn, cause, "SELECT pg_advisory_xact_lock("
	    "hashtext('steward.audit'))", 0, NULL);
	PQclear(r);
	return r == NULL ? -1 : 0;
}

int
audit_append(PGconn *conn, const char *schema, const struct audit_entry *e,
    char **cause)
{
	PGresult	*r;
	char		*sql, run[32];
	char		 change[32];
	const char	*p[12];
	int		 rc;

	snprintf(run, sizeof run, "%lld", e->run_id);
	snprintf(change, sizeof change, "%lld", e->change_id);
	p[0] = e->run_id > 0 ? run : NULL;
	p[1] = e->actor;
	p[2] = e->action;
	p[3] = e->rule;
	p[4] = e->rule_source;
	p[5] = e->table;
	p[6] = e->record_key;
	p[7] = e->before;
	p[8] = e->after;
	p[9] = e->detail;
	p[10] = e->change_id > 0 ? change : NULL;
	p[11] = e->images;
	sql = xasprintf("INSERT INTO %s.audit (at, run_id, actor, action, "
	    "rule, rule_source, table_name, record_key, before_image, "
	    "after_image, detail, change_id, images, prev_hash) VALUES "
	    "(clock_timestamp(), $1, $2, $3, $4, $5, $6, $7, $8::jsonb, "
	    "$9::jsonb, $10, $11, $12, (SELECT hash FROM %s.audit ORDER BY id "
	    "DESC LIMIT 1)) RETURNING id", schema, schema);
	r = db_query(conn, cause, sql, 12, p);
	free(sql);
	if (r == NULL)
		return -1;
	p[0] = PQgetvalue(r, 0, 0);
	sql = xasprintf("UPDATE %s.audit a SET hash = " AUDIT_CANON
	    " WHERE a.id = $1", schema);
	rc = db_exec(conn, cause, sql, 1, p);
	free(sql);
	PQclear(r);
	return rc;
}

long long
audit_verify(PGconn *conn, const char *schema, char **head, char **cause)
{
	PGresult	*r;
	char		*sql;
	long long	 n = 0;
	int		 i;

	*head = NULL;
	sql = xasprintf("SELECT a.id, a.hash IS NOT NULL AND a.hash = "
	    AUDIT_CANON ", a.prev_hash IS NOT DISTINCT FROM lag(a.hash) OVER "
	    "(ORDER BY a.id), encode(a.hash, 'hex') FROM %s.audit a ORDER BY "
	    "a.id", schema);
	r = db_query(conn, cause, sql, 0, NULL);
	free(sql);
	if (r == NULL)
		return -1;
	for (i = 0; i < PQntuples(r); i++, n++) {
		if (strcmp(PQgetvalue(r, i, 1), "t") != 0) {
			*cause = xasprintf("audit record %s does not match its "
			    "hash: it was altered after it was written",
			    PQgetvalue(r, i, 0));
			break;
		}
		if (strcmp(PQgetvalue(r, i, 2), "t") != 0) {
			*cause = xasprintf("audit record %s does not follow the "
			    "record before it: a record was removed or altered "
			    "before %s", PQgetvalue(r, i, 0),
			    PQgetvalue(r, i, 0));
			break;
		}
	}
	if (*cause == NULL && n > 0)
		*head = xstrdup(PQgetvalue(r, PQntuples(r) - 1, 3));
	PQclear(r);
	return *cause != NULL ? -2 : n;
}

int
audit_export(PGconn *conn, const char *schema, const char *since, int json,
    FILE *fp, char **cause)
{
	static const char *const cols[] = { "id", "at", "run_id", "actor",
	    "action", "rule", "rule_source", "table_name", "record_key",
	    "before_image", "after_image", "detail", "change_id", "images",
	    "hash" };
	PGresult	*r;
	struct buf	 b;
	const char	*p[1] = { since };
	char		*sql;
	int		 i, c, nc = (int)(sizeof cols / sizeof cols[0]);

	sql = xasprintf("SELECT id, to_char(at AT TIME ZONE 'UTC', "
	    "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), run_id, actor, action, rule, "
	    "rule_source, table_name, record_key, before_image, after_image, "
	    "detail, change_id, images, encode(hash, 'hex') FROM %s.audit WHERE $1::timestamptz "
	    "IS NULL OR at >= $1::timestamptz ORDER BY id", schema);
	r = db_query(conn, cause, sql, 1, p);
	free(sql);
	if (r == NULL)
		return -1;
	buf_init(&b);
	if (!json) {
		for (c = 0; c < nc; c++)
			buf_printf(&b, "%s%s", c ? "," : "", cols[c]);
		buf_addc(&b, '\n');
	} else
		buf_adds(&b, "[");
	for (i = 0; i < PQntuples(r); i++) {
		if (json)
			buf_adds(&b, i ? ",\n {" : "\n {");
		for (c = 0; c < nc; c++) {
			const char *v = PQgetvalue(r, i, c);
			size_t len = (size_t)PQgetlength(r, i, c);

			if (!json) {
				if (c)
					buf_addc(&b, ',');
				fmt_csv_field(&b, v, len);
				continue;
			}
			buf_printf(&b, "%s\"%s\": ", c ? ", " : "", cols[c]);
			if (PQgetisnull(r, i, c))
				buf_adds(&b, "null");
			else if (c == 0 || c == 2 || c == 9 || c == 10 || c == 12)
				buf_add(&b, v, len);	/* numbers, JSON */
			else
				fmt_json_string(&b, v, len);
		}
		buf_adds(&b, json ? "}" : "\n");
		if (b.len > 65536) {
			fwrite(b.data, 1, b.len, fp);
			buf_reset(&b);
		}
	}
	if (json)
		buf_adds(&b, "\n]\n");
	if (b.len > 0)
		fwrite(b.data, 1, b.len, fp);
	buf_free(&b);
	PQclear(r);
	return 0;
}

static char	 actor[128];

/* The user name, and the sudo user behind it when there is one. */
static void
actor_user(char *out, size_t len)
{
	struct passwd	*pw = getpwuid(geteuid());
	const char	*sudo = getenv("SUDO_USER");

	if (sudo != NULL && *sudo != '\0')
		snprintf(out, len, "%s (sudo by %s)", pw != NULL ?
		    pw->pw_name : "?", sudo);
	else if (pw != NULL)
		snprintf(out, len, "%s", pw->pw_name);
	else
		snprintf(out, len, "uid %u", (unsigned)geteuid());
}

const char *
audit_actor(void)
{
	if (actor[0] == '\0')
		actor_user(actor, sizeof actor);
	return actor;
}

void
audit_actor_daemon(void)
{
	char	 user[96];

	/* Set once, before the worker thread starts. */
	actor_user(user, sizeof user);
	snprintf(actor, sizeof actor, "daemon (%s)", user);
}
