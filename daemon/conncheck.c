/*
 * conncheck.c -- `steward check --connect`: what the configuration needs
 * from the database, checked before the first scan finds out.  Connects,
 * finds the table, every mapped column and its type, and the privileges
 * the configured mode needs; prints the GRANT statements that are missing
 * for the user Steward connects as.  Reads only; grants nothing.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "daemon/conf.h"
#include "daemon/conncheck.h"
#include "daemon/db.h"
#include "lib/util.h"

struct cc {
	const struct conf *cf;
	PGconn		*conn;
	FILE		*out;
	const char	*table;		/* quoted, as db_resolve_table says */
	char		*user;		/* quoted role */
	struct buf	 grants;
	int		 problems;
};

/* One row, one column of a parameterised query, or NULL. */
static char *
value(struct cc *c, const char *sql, int n, const char *const *p)
{
	PGresult	*r;
	char		*err = NULL, *v = NULL;

	if ((r = db_query(c->conn, &err, sql, n, p)) == NULL) {
		fprintf(c->out, "  error: %s\n", err);
		free(err);
		c->problems++;
		return NULL;
	}
	if (PQntuples(r) == 1 && !PQgetisnull(r, 0, 0))
		v = xstrdup(PQgetvalue(r, 0, 0));
	PQclear(r);
	return v;
}

static int
is_true(struct cc *c, const char *sql, int n, const char *const *p)
{
	char	*v = value(c, sql, n, p);
	int	 t = v != NULL && strcmp(v, "t") == 0;

	free(v);
	return t;
}

/* What a field's column may be: the scan reads text; limits need dates. */
static const char *
type_need(int f, const char *type)
{
	static const char *const dates[] = { "date",
	    "timestamp without time zone", "timestamp with time zone", "text",
	    "character varying", "character", NULL };
	static const char *const bools[] = { "boolean", "text",
	    "character varying", "character", "smallint", "integer", NULL };
	const char *const	*list, *const *ok;

	switch (f) {
	case FIELD_BIRTH_DATE:
	case FIELD_CREATED_AT:
	case FIELD_UPDATED_AT:
	case FIELD_LAST_ACTIVITY_AT:
	case FIELD_CONSENT_AT:
	case FIELD_OPTED_OUT_AT:
		list = dates;
		break;
	case FIELD_CONSENT_MARKETING:
		list = bools;
		break;
	default:
		return NULL;
	}
	for (ok = list; *ok != NULL; ok++)
		if (strcmp(*ok, type) == 0)
			return NULL;
	return list == bools ? "a boolean (or text, or an integer 0/1)" :
	    "a date or timestamp (or text in ISO 8601)";
}

static void
columns(struct cc *c)
{
	const char	*p[2] = { c->table, NULL };
	const char	*want, *need;
	char		*type;
	int		 f;

	for (f = -1; f < FIELD_MAX; f++) {
		want = f == -1 ? c->cf->key : c->cf->columns[f];
		if (want == NULL)
			continue;
		p[1] = want;
		type = value(c, "SELECT format_type(a.atttypid, NULL) FROM "
		    "pg_attribute a WHERE a.attrelid = to_regclass($1) AND "
		    "a.attname = $2 AND a.attnum > 0 AND NOT a.attisdropped",
		    2, p);
		if (type == NULL) {
			fprintf(c->out, "  missing: %s column \"%s\" is not in "
			    "%s\n", f == -1 ? "key" : field_name((enum field)f),
			    want, c->table);
			c->problems++;
			continue;
		}
		if (f >= 0 && (need = type_need(f, type)) != NULL) {
			fprintf(c->out, "  wrong type: %s column \"%s\" is %s; "
			    "Steward needs %s\n", field_name((enum field)f),
			    want, type, need);
			c->problems++;
		} else
			fprintf(c->out, "  ok: %s column \"%s\" (%s)\n",
			    f == -1 ? "key" : field_name((enum field)f), want,
			    type);
		free(type);
	}
}

/* Has the user priv on the table (or on every column it needs)? */
static void
need_table(struct cc *c, const char *priv, const char *why)
{
	const char	*p[2] = { c->table, priv };

	if (is_true(c, "SELECT has_table_privilege(to_regclass($1), $2)", 2,
	    p)) {
		fprintf(c->out, "  ok: %s on %s (%s)\n", priv, c->table, why);
		return;
	}
	fprintf(c->out, "  missing: %s on %s (%s)\n", priv, c->table, why);
	buf_printf(&c->grants, "GRANT %s ON TABLE %s TO %s;\n", priv,
	    c->table, c->user);
	c->problems++;
}

static void
privileges(struct cc *c)
{
	const struct conf	*cf = c->cf;
	const char		*p[2];
	char			*s, *tschema;

	/* The table's schema: USAGE to reach it at all. */
	p[0] = c->table;
	if ((tschema = value(c, "SELECT n.nspname FROM pg_class t JOIN "
	    "pg_namespace n ON n.oid = t.relnamespace WHERE t.oid = "
	    "to_regclass($1)", 1, p)) != NULL) {
		p[0] = tschema;
		p[1] = "USAGE";
		s = value(c, "SELECT quote_ident($1)", 1, p);
		if (!is_true(c, "SELECT has_schema_privilege($1, $2)", 2, p)) {
			fprintf(c->out, "  missing: USAGE on schema %s\n", s);
			buf_printf(&c->grants, "GRANT USAGE ON SCHEMA %s TO "
			    "%s;\n", s, c->user);
			c->problems++;
		}
		free(s);
		free(tschema);
	}
	need_table(c, "SELECT", "every scan reads the table");
	if (cf->mode == MODE_ENFORCE) {
		/* Quarantine by move and merges delete; flags, erase, rewrites
		 * and merges update. */
		need_table(c, "UPDATE", "enforce: flag, erase, normalize, merge");
		if (cf->quarantine_mode == NULL ||
		    strcmp(cf->quarantine_mode, "move") == 0)
			need_table(c, "DELETE", "enforce: quarantine moves "
			    "records out");
	}
	if (cf->listen)
		need_table(c, "TRIGGER", "listen: install-trigger");
	/* Steward's own schema: created on first use, or written to. */
	p[0] = cf->schema;
	if ((s = value(c, "SELECT quote_ident($1)", 1, p)) == NULL)
		return;
	if (is_true(c, "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE "
	    "nspname = $1)", 1, p)) {
		p[1] = "USAGE, CREATE";
		if (is_true(c, "SELECT has_schema_privilege($1, $2)", 2, p))
			fprintf(c->out, "  ok: USAGE, CREATE on schema %s "
			    "(Steward's own)\n", s);
		else {
			fprintf(c->out, "  missing: USAGE, CREATE on schema %s "
			    "(Steward's own)\n", s);
			buf_printf(&c->grants, "GRANT USAGE, CREATE ON SCHEMA %s "
			    "TO %s;\n", s, c->user);
			c->problems++;
		}
	} else if (is_true(c, "SELECT has_database_privilege("
	    "current_database(), 'CREATE')", 0, NULL))
		fprintf(c->out, "  ok: CREATE on the database (Steward creates "
		    "schema %s on the first scan)\n", s);
	else {
		fprintf(c->out, "  missing: CREATE on the database, to create "
		    "schema %s\n", s);
		buf_printf(&c->grants, "CREATE SCHEMA %s AUTHORIZATION %s;\n",
		    s, c->user);
		c->problems++;
	}
	free(s);
}

int
conncheck_run(const struct conf *cf, FILE *out, char **cause)
{
	struct cc	 c;
	char		*err = NULL, *who;
	int		 rc = -1;

	memset(&c, 0, sizeof c);
	c.cf = cf;
	c.out = out;
	buf_init(&c.grants);
	if ((c.conn = db_connect(cf, cause)) == NULL)
		return -1;
	if ((who = value(&c, "SELECT current_user || ' on ' || "
	    "current_database() || ', PostgreSQL ' || "
	    "current_setting('server_version')", 0, NULL)) == NULL) {
		*cause = xstrdup("cannot ask the server who we are");
		goto out;
	}
	fprintf(out, "connected as %s\n", who);
	free(who);
	if ((c.user = value(&c, "SELECT quote_ident(current_user)", 0,
	    NULL)) == NULL)
		c.user = xstrdup("CURRENT_USER");
	if ((c.table = db_resolve_table(c.conn, cf, &err)) == NULL) {
		fprintf(out, "  missing: %s\n", err);
		free(err);
		c.problems++;
	} else {
		fprintf(out, "  ok: table %s\n", c.table);
		columns(&c);
		privileges(&c);
	}
	if (c.grants.len > 0) {
		buf_addc(&c.grants, '\0');
		fprintf(out, "missing privileges; as the table's owner or a "
		    "superuser, run:\n%s", c.grants.data);
	}
	rc = c.problems;
out:
	free((char *)c.table);
	free(c.user);
	buf_free(&c.grants);
	PQfinish(c.conn);
	return rc;
}
