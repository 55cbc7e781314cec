/*
 * dupmerge.c -- merging duplicate customers (the journal undoes it).
 *
 * A merge is all or nothing, under its own savepoint: the rows of the
 * tables in merge { references } that point at a loser are re-pointed to
 * the survivor, the survivor takes the surviving values, the losers are
 * deleted or flagged, and the change journal entry and its audit record
 * are written.  Every row touched is kept as its text before and after
 * (row::text, which reads back exactly for every type), so an undo puts
 * each row back, and restores a row only where it still reads exactly as
 * the merge left it: a later change makes the undo refuse, not lose it.
 *
 * Consent never follows survivorship: the merged record may market only
 * if every member may, and keeps an opt-out of any member.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/audit.h"
#include "daemon/conf.h"
#include "daemon/db.h"
#include "daemon/dupmerge.h"
#include "daemon/findings.h"
#include "daemon/journal.h"
#include "lib/log.h"
#include "daemon/rowimage.h"
#include "lib/util.h"
#include "lib/format.h"
#include "rules/compliance.h"
#include "rules/ruleset.h"
#include "validators/calendar.h"

#define MG_BATCH	100	/* merges per transaction */
#define COL0		3	/* first field column of a member row */

struct mg_ref {
	char	*table;		/* canonical, quoted */
	char	*col;		/* quoted */
	char	*name;		/* the column as configured */
};

struct mg_ctx {
	PGconn			*conn;
	const struct conf	*cf;
	char			*schema;	/* quoted */
	const char		*table;		/* canonical, quoted */
	char			*key;		/* quoted */
	char			*merged;	/* quoted merged_column, or NULL */
	int			 slot[FIELD_MAX];	/* column in a member row */
	struct buf		 fields;	/* ", t.col::text" per field */
	struct mg_ref		*refs;
	size_t			 nrefs;
	long long		 run_id;
	struct buf		 refused;	/* survivors refused this run */
};

/* One merge being built: the members and what the survivor becomes. */
struct mg_set {
	PGresult		*m;		/* the members, key order */
	int			 n;
	int			 surv;		/* row of the survivor */
	int			*order;		/* survivor first, then key order */
	struct field_value	 val[FIELD_MAX];	/* the merged record */
	int			 set[FIELD_MAX];	/* differs from survivor's */
};

static void
rollback(PGconn *conn)
{
	PQclear(PQexec(conn, "ROLLBACK"));
}

static void
ctx_free(struct mg_ctx *c)
{
	size_t	 i;

	for (i = 0; i < c->nrefs; i++) {
		free(c->refs[i].table);
		free(c->refs[i].col);
		free(c->refs[i].name);
	}
	free(c->refs);
	free(c->schema);
	free(c->key);
	free(c->merged);
	buf_free(&c->fields);
	buf_free(&c->refused);
}

/*
 * Resolve merge { references } and check what deleting losers would do
 * to rows nobody declared: ON DELETE CASCADE, SET NULL or SET DEFAULT
 * would change them without a before-image, so merges stop; any other
 * foreign key makes the database refuse the merge alone.
 */
static int
ctx_init(struct mg_ctx *c, PGconn *conn, const struct conf *cf,
    const char *table, long long run_id, char **cause)
{
	PGresult	*r;
	struct buf	 oids;
	const char	*p[2];
	int		 f, ncol = COL0, k;
	size_t		 i;

	memset(c, 0, sizeof *c);
	c->conn = conn;
	c->cf = cf;
	c->table = table;
	c->run_id = run_id;
	c->schema = db_ident(conn, cf->schema);
	c->key = db_ident(conn, cf->key);
	if (cf->losers_flag)
		c->merged = db_ident(conn, cf->merged_column);
	buf_init(&c->fields);
	buf_init(&c->refused);
	for (f = 0; f < FIELD_MAX; f++) {
		char *col;

		c->slot[f] = -1;
		if (cf->columns[f] == NULL)
			continue;
		col = db_ident(conn, cf->columns[f]);
		buf_printf(&c->fields, ", t.%s::text", col);
		free(col);
		c->slot[f] = ncol++;
	}
	buf_init(&oids);
	buf_addc(&oids, '{');
	for (i = 0; i < cf->nrefs; i++) {
		p[0] = cf->refs[i].table;
		p[1] = cf->refs[i].column;
		if ((r = db_query(conn, cause, "SELECT format('%I.%I', "
		    "n.nspname, c.relname), c.oid, EXISTS (SELECT 1 FROM "
		    "pg_attribute a WHERE a.attrelid = c.oid AND a.attname = $2 "
		    "AND a.attnum > 0 AND NOT a.attisdropped) FROM pg_class c "
		    "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = "
		    "to_regclass($1)", 2, p)) == NULL)
			break;
		if (PQntuples(r) != 1 || strcmp(PQgetvalue(r, 0, 2), "t") != 0) {
			*cause = xasprintf("merge references: %s(%s): %s",
			    cf->refs[i].table, cf->refs[i].column,
			    PQntuples(r) != 1 ? "no such table" :
			    "no such column");
			PQclear(r);
			break;
		}
		c->refs = xreallocarray(c->refs, c->nrefs + 1, sizeof *c->refs);
		c->refs[c->nrefs].table = xstrdup(PQgetvalue(r, 0, 0));
		c->refs[c->nrefs].col = db_ident(conn, cf->refs[i].column);
		c->refs[c->nrefs].name = xstrdup(cf->refs[i].column);
		c->nrefs++;
		buf_printf(&oids, "%s%s", i ? "," : "", PQgetvalue(r, 0, 1));
		PQclear(r);
	}
	buf_addc(&oids, '}');
	if (*cause == NULL && !cf->losers_flag) {
		p[0] = table;
		p[1] = oids.data;
		r = db_query(conn, cause, "SELECT format('%I.%I', n.nspname, "
		    "t.relname), c.confdeltype, c.conname FROM pg_constraint c "
		    "JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON "
		    "n.oid = t.relnamespace WHERE c.contype = 'f' AND c.confrelid "
		    "= to_regclass($1) AND c.confdeltype IN ('c', 'n', 'd') AND "
		    "NOT c.conrelid = ANY($2::oid[]) ORDER BY 1, 3", 2, p);
		for (k = 0; r != NULL && k < PQntuples(r) && *cause == NULL;
		    k++) {
			char del = PQgetvalue(r, k, 1)[0];

			*cause = xasprintf("%s references %s with ON DELETE %s "
			    "(constraint %s): deleting a merged record would "
			    "change its rows without a before-image; declare "
			    "it in merge { references [...] } or use merge { "
			    "losers flag }", PQgetvalue(r, k, 0), table,
			    del == 'c' ? "CASCADE" : del == 'n' ? "SET NULL" :
			    "SET DEFAULT", PQgetvalue(r, k, 2));
		}
		PQclear(r);
	}
	buf_free(&oids);
	return *cause != NULL ? -1 : 0;
}

static struct field_value
fv(const struct mg_ctx *c, const struct mg_set *s, int row, int f)
{
	struct field_value v = { NULL, 0 };

	if (c->slot[f] < 0 || PQgetisnull(s->m, row, c->slot[f]))
		return v;
	v.data = PQgetvalue(s->m, row, c->slot[f]);
	v.len = (size_t)PQgetlength(s->m, row, c->slot[f]);
	return v;
}

static int
empty(struct field_value v)
{
	size_t	 i;

	for (i = 0; v.data != NULL && i < v.len; i++)
		if (v.data[i] != ' ' && v.data[i] != '\t')
			return 0;
	return 1;
}

/* A timestamp field as seconds; missing or unreadable: dflt. */
static long long
when(const struct mg_ctx *c, const struct mg_set *s, int row, int f,
    long long dflt)
{
	struct field_value	 v = fv(c, s, row, f);
	long long		 t;

	return v.data != NULL && cal_parse_time(v.data, v.len, &t) == 0 ?
	    t : dflt;
}

#define NEVER	(-(1LL << 62))
#define FOREVER	(1LL << 62)

static void
pick_survivor(const struct mg_ctx *c, const struct rule_dup *rule,
    struct mg_set *s)
{
	long long	 best = 0, t;
	int		 i, k;

	s->surv = 0;
	for (i = 0; i < s->n; i++) {
		switch (rule->survivor) {
		case DV_NEWEST:
			t = when(c, s, i, FIELD_CREATED_AT, NEVER);
			break;
		case DV_MOST_ACTIVE:
			t = when(c, s, i, FIELD_LAST_ACTIVITY_AT,
			    when(c, s, i, FIELD_UPDATED_AT, NEVER));
			break;
		default:	/* oldest: the smallest created_at wins */
			t = -when(c, s, i, FIELD_CREATED_AT, FOREVER);
			break;
		}
		if (i == 0 || t > best) {
			best = t;
			s->surv = i;
		}
	}
	s->order[0] = s->surv;
	for (i = 0, k = 1; i < s->n; i++)
		if (i != s->surv)
			s->order[k++] = i;
}

static int
filled(const struct mg_ctx *c, const struct mg_set *s, int row)
{
	int	 f, n = 0;

	for (f = 0; f < FIELD_MAX; f++)
		n += !empty(fv(c, s, row, f));
	return n;
}

static int
source_rank(const struct mg_ctx *c, const struct rule_dup *rule,
    const struct mg_set *s, int row)
{
	struct field_value	 v = fv(c, s, row, FIELD_SOURCE);
	size_t			 i;

	for (i = 0; v.data != NULL && i < rule->nsources; i++)
		if (strlen(rule->sources[i]) == v.len &&
		    memcmp(rule->sources[i], v.data, v.len) == 0)
			return (int)i;
	return (int)rule->nsources;
}

/* The member whose value of field f the merged record keeps. */
static int
survive(const struct mg_ctx *c, const struct rule_dup *rule,
    const struct mg_set *s, int f)
{
	long long	 t, bt = 0;
	int		 x, y, row, best = -1, score, bs = 0;

	for (x = 0; x < s->n; x++) {
		row = s->order[x];
		if (empty(fv(c, s, row, f)))
			continue;
		switch (rule->survive[f]) {
		case DS_MOST_RECENT:
			t = when(c, s, row, FIELD_UPDATED_AT, when(c, s, row,
			    FIELD_LAST_ACTIVITY_AT, when(c, s, row,
			    FIELD_CREATED_AT, NEVER)));
			if (best < 0 || t > bt) {
				best = row;
				bt = t;
			}
			continue;
		case DS_MOST_COMPLETE:
			score = filled(c, s, row);
			break;
		case DS_MOST_FREQUENT:
			for (y = 0, score = 0; y < s->n; y++) {
				struct field_value a = fv(c, s, row, f);
				struct field_value b = fv(c, s, y, f);

				score += b.data != NULL && a.len == b.len &&
				    memcmp(a.data, b.data, a.len) == 0;
			}
			break;
		case DS_SOURCE_PRIORITY:
			score = -source_rank(c, rule, s, row);
			break;
		case DS_LONGEST:
			score = (int)fv(c, s, row, f).len;
			break;
		default:	/* the survivor's own, else the first filled */
			return row;
		}
		if (best < 0 || score > bs) {
			best = row;
			bs = score;
		}
	}
	return best;
}

/*
 * Consent by law: marketing stays allowed only if every member allows
 * it and none opted out; then the weakest evidence is kept (a missing
 * consent time, else the oldest).  Otherwise the flag, time and source
 * of the member that forbids it are kept, and the latest opt-out.
 */
static void
merge_consent(const struct mg_ctx *c, struct mg_set *s)
{
	struct field_value	 v;
	long long		 t, oldest = FOREVER, out = NEVER;
	int			 x, row, why = -1, ev = -1, optrow = -1, no = -1;

	if (c->slot[FIELD_CONSENT_MARKETING] < 0)
		return;
	for (x = 0; x < s->n; x++) {
		row = s->order[x];
		v = fv(c, s, row, FIELD_CONSENT_MARKETING);
		if (!empty(fv(c, s, row, FIELD_OPTED_OUT_AT))) {
			t = when(c, s, row, FIELD_OPTED_OUT_AT, FOREVER);
			if (why < 0)
				why = row;
			if (optrow < 0 || t > out) {
				out = t;
				optrow = row;
			}
		} else if (comp_truth(&v) != 1 && why < 0)
			why = row;
		if (comp_truth(&v) == 0 && no < 0)
			no = row;
		t = when(c, s, row, FIELD_CONSENT_AT, NEVER);
		if (ev < 0 || t < oldest) {
			ev = row;
			oldest = t;
		}
	}
	if (why < 0) {
		/* Everyone consents: the survivor's flag, the weakest proof. */
		s->val[FIELD_CONSENT_AT] = fv(c, s, ev, FIELD_CONSENT_AT);
		s->val[FIELD_CONSENT_SOURCE] = fv(c, s, ev,
		    FIELD_CONSENT_SOURCE);
		return;
	}
	/* A false flag as the table spells it; none: no recorded consent. */
	v = fv(c, s, why, FIELD_CONSENT_MARKETING);
	if (comp_truth(&v) == 1) {
		if (no >= 0)
			v = fv(c, s, no, FIELD_CONSENT_MARKETING);
		else
			v.data = NULL, v.len = 0;
	}
	s->val[FIELD_CONSENT_MARKETING] = v;
	s->val[FIELD_CONSENT_AT] = fv(c, s, why, FIELD_CONSENT_AT);
	s->val[FIELD_CONSENT_SOURCE] = fv(c, s, why, FIELD_CONSENT_SOURCE);
	if (optrow >= 0)
		s->val[FIELD_OPTED_OUT_AT] = fv(c, s, optrow,
		    FIELD_OPTED_OUT_AT);
}

/* What the survivor becomes, and which of its fields change. */
static void
merge_values(const struct mg_ctx *c, const struct rule_dup *rule,
    struct mg_set *s)
{
	struct field_value	 a, b;
	long long		 t, bt = 0;
	int			 f, x, row, best;

	for (f = 0; f < FIELD_MAX; f++) {
		s->val[f] = fv(c, s, s->surv, f);
		if (c->slot[f] < 0 || f == FIELD_CONSENT_MARKETING ||
		    f == FIELD_CONSENT_AT || f == FIELD_CONSENT_SOURCE ||
		    f == FIELD_OPTED_OUT_AT)
			continue;
		if (rule->survive[f] == DS_DEFAULT && (f == FIELD_CREATED_AT ||
		    f == FIELD_LAST_ACTIVITY_AT)) {
			/* The relationship began at the first record, and
			 * the customer was last active at the latest. */
			for (x = 0, best = -1; x < s->n; x++) {
				row = s->order[x];
				if ((t = when(c, s, row, f, 0)) == 0)
					continue;
				if (f == FIELD_CREATED_AT)
					t = -t;
				if (best < 0 || t > bt) {
					best = row;
					bt = t;
				}
			}
		} else if (rule->survive[f] == DS_DEFAULT &&
		    f == FIELD_UPDATED_AT)
			continue;
		else
			best = survive(c, rule, s, f);
		if (best >= 0)
			s->val[f] = fv(c, s, best, f);
	}
	merge_consent(c, s);
	for (f = 0; f < FIELD_MAX; f++) {
		a = s->val[f];
		b = fv(c, s, s->surv, f);
		s->set[f] = c->slot[f] >= 0 && ((a.data == NULL) !=
		    (b.data == NULL) || (a.data != NULL && (a.len != b.len ||
		    memcmp(a.data, b.data, a.len) != 0)));
	}
}

/* A Postgres array literal of the members' keys but skip. */
static void
key_array(struct buf *b, const struct mg_set *s, int skip)
{
	const char	*k;
	int		 i;

	buf_addc(b, '{');
	for (i = 0; i < s->n; i++) {
		if (i == skip)
			continue;
		if (b->len > 1)
			buf_addc(b, ',');
		buf_addc(b, '"');
		for (k = PQgetvalue(s->m, i, 0); *k != '\0'; k++) {
			if (*k == '"' || *k == '\\')
				buf_addc(b, '\\');
			buf_addc(b, *k);
		}
		buf_addc(b, '"');
	}
	buf_addc(b, '}');
}

/* A refused merge is a finding of its own, so the officer sees why. */
static int
refuse(struct mg_ctx *c, const char *key, const char *why, char **cause)
{
	char		 run[32], *sql;
	/* PostgreSQL's DETAIL quotes the values: masked for the officers. */
	char		*masked = db_mask_message(why);
	const char	*p[4] = { c->table, key, masked, run };
	int		 rc;

	if (c->run_id == 0) {
		free(masked);
		return 0;	/* by hand: the command says why */
	}
	findings_key_add(&c->refused, key);
	snprintf(run, sizeof run, "%lld", c->run_id);
	sql = xasprintf("INSERT INTO %s.findings (table_name, check_name, "
	    "record_key, field, jurisdiction, severity, detail, first_run) "
	    "VALUES ($1, 'merge_refused', $2, '', '', 'warning', $3, $4) ON "
	    "CONFLICT (table_name, check_name, record_key, field) WHERE "
	    "status = 'open' DO UPDATE SET detail = EXCLUDED.detail",
	    c->schema);
	rc = db_exec(c->conn, cause, sql, 4, p);
	free(sql);
	free(masked);
	return rc;
}

/*
 * Merge the nkeys records keyed by keys (a text[] literal), inside
 * the caller's transaction.  1 merged (*id set), 0 skipped (a member is
 * gone or already merged), 2 refused by the database, -1 error.
 */
static int
merge_one(struct mg_ctx *c, const struct rule_dup *rule, const char *keys,
    int nkeys, long long review, long long *id, char **cause)
{
	PGresult		*r = NULL;
	struct mg_set		 s;
	struct buf		 sql, rows, losers, img, detail;
	struct audit_entry	 e;
	struct jr_entry		 j;
	const char		*p[FIELD_MAX + 2], *skey = "";
	char			*err = NULL, state[6], run[32], rid[32];
	char			*after = NULL, *after_json = NULL;
	int			 i, f, n, rc = -1, nref = 0;
	size_t			 k;

	memset(&s, 0, sizeof s);
	buf_init(&sql);
	buf_init(&rows);
	buf_init(&losers);
	buf_init(&img);
	buf_init(&detail);
	buf_addc(&rows, '[');
	if (db_exec(c->conn, cause, "SAVEPOINT steward_merge", 0, NULL) != 0)
		goto out;
	buf_printf(&sql, "SELECT t.%s::text, t::text, to_jsonb(t)::text%s "
	    "FROM %s t WHERE t.%s = ANY($1)%s%s%s ORDER BY t.%s FOR UPDATE",
	    c->key, c->fields.data != NULL ? c->fields.data : "", c->table,
	    c->key, c->merged ? " AND t." : "", c->merged ? c->merged : "",
	    c->merged ? " IS NULL" : "", c->key);
	p[0] = keys;
	if ((s.m = db_try(c->conn, sql.data, 1, p, state, &err)) == NULL) {
		*cause = xasprintf("merge of %s: reading the records: %s", keys,
		    err);
		goto out;
	}
	s.n = PQntuples(s.m);
	/* Each key must still be there: a member gone means a new look. */
	if (s.n < 2 || s.n != nkeys) {
		rc = 0;
		goto release;
	}
	s.order = xreallocarray(NULL, (size_t)s.n, sizeof *s.order);
	pick_survivor(c, rule, &s);
	merge_values(c, rule, &s);
	skey = PQgetvalue(s.m, s.surv, 0);
	key_array(&losers, &s, s.surv);

	/* 1. Rows that point at a loser now point at the survivor. */
	for (k = 0; k < c->nrefs; k++) {
		buf_reset(&sql);
		buf_printf(&sql, "WITH b AS (SELECT ctid, r::text AS before FROM "
		    "%s r WHERE r.%s = ANY($1) FOR UPDATE), u AS (UPDATE %s r "
		    "SET %s = $2 FROM b WHERE r.ctid = b.ctid RETURNING "
		    "b.before, r::text AS after) SELECT before, after FROM u",
		    c->refs[k].table, c->refs[k].col, c->refs[k].table,
		    c->refs[k].col);
		p[0] = losers.data;
		p[1] = skey;
		if ((r = db_try(c->conn, sql.data, 2, p, state, &err)) == NULL)
			goto failed;
		for (i = 0; i < PQntuples(r); i++)
			ri_entry(&rows, c->refs[k].table, c->refs[k].name, skey,
			    PQgetvalue(r, i, 0), PQgetvalue(r, i, 1), NULL, NULL);
		nref += PQntuples(r);
		PQclear(r);
		r = NULL;
	}

	/* 2. The survivor takes the surviving values. */
	buf_reset(&sql);
	buf_printf(&sql, "UPDATE %s t SET ", c->table);
	p[0] = skey;
	for (f = 0, n = 1; f < FIELD_MAX; f++) {
		char *col;

		if (!s.set[f])
			continue;
		col = db_ident(c->conn, c->cf->columns[f]);
		buf_printf(&sql, "%s%s = $%d", n > 1 ? ", " : "", col, n + 1);
		free(col);
		p[n++] = s.val[f].data != NULL ? xstrndup(s.val[f].data,
		    s.val[f].len) : NULL;
	}
	buf_printf(&sql, " WHERE t.%s = $1 RETURNING t::text, "
	    "to_jsonb(t)::text", c->key);
	if (n > 1) {
		r = db_try(c->conn, sql.data, n, p, state, &err);
		for (i = 1; i < n; i++)
			free((char *)p[i]);
		if (r == NULL)
			goto failed;
		after = xstrdup(PQgetvalue(r, 0, 0));
		after_json = xstrdup(PQgetvalue(r, 0, 1));
		PQclear(r);
		r = NULL;
	} else {
		after = xstrdup(PQgetvalue(s.m, s.surv, 1));
		after_json = xstrdup(PQgetvalue(s.m, s.surv, 2));
	}
	ri_entry(&rows, c->table, c->cf->key, skey,
	    PQgetvalue(s.m, s.surv, 1), after, NULL, NULL);

	/* 3. The losers leave, or point at the survivor. */
	buf_reset(&sql);
	if (c->merged != NULL)
		buf_printf(&sql, "UPDATE %s t SET %s = $2 WHERE t.%s = ANY($1) "
		    "RETURNING t.%s::text, t::text", c->table, c->merged,
		    c->key, c->key);
	else
		buf_printf(&sql, "DELETE FROM %s t WHERE t.%s = ANY($1) "
		    "RETURNING t.%s::text, NULL", c->table, c->key, c->key);
	p[0] = losers.data;
	p[1] = skey;
	if ((r = db_try(c->conn, sql.data, c->merged ? 2 : 1, p, state,
	    &err)) == NULL)
		goto failed;
	for (i = 0; i < s.n; i++) {
		const char *a = NULL;
		int x;

		if (i == s.surv)
			continue;
		for (x = 0; x < PQntuples(r); x++)
			if (strcmp(PQgetvalue(r, x, 0),
			    PQgetvalue(s.m, i, 0)) == 0 && !PQgetisnull(r, x, 1))
				a = PQgetvalue(r, x, 1);
		ri_entry(&rows, c->table, c->cf->key, PQgetvalue(s.m, i, 0),
		    PQgetvalue(s.m, i, 1), a, NULL, NULL);
	}
	PQclear(r);
	r = NULL;
	buf_adds(&rows, "\n]");

	/* 4. The journal entry that undoes it, and the audit record. */
	if ((*id = jr_id(c->conn, c->schema, cause)) < 0)
		goto out;
	buf_reset(&sql);
	buf_adds(&sql, "{\"losers\": [");
	for (i = 0; i < s.n; i++) {
		if (i == s.surv)
			continue;
		if (sql.data[sql.len - 1] != '[')
			buf_adds(&sql, ", ");
		fmt_json_string(&sql, PQgetvalue(s.m, i, 0),
		    (size_t)PQgetlength(s.m, i, 0));
	}
	buf_adds(&sql, "]}");
	memset(&j, 0, sizeof j);
	j.kind = "merge";
	j.run_id = c->run_id;
	j.table = c->table;
	j.record_key = skey;
	j.rule = rule->name;
	j.rule_source = rule->source;
	j.info = sql.data;
	j.rows = rows.data;
	buf_printf(&img, "{\"merge\": %lld, \"records\": [", *id);
	for (i = 0; i < s.n; i++)
		buf_printf(&img, "%s%s", i ? ", " : "", PQgetvalue(s.m, i, 2));
	buf_printf(&img, "], \"rows\": %s}", rows.data);
	buf_printf(&detail, "merged %d record%s into %s: change #%lld; losers "
	    "%s; %d referencing row%s re-pointed", s.n - 1, s.n == 2 ? "" : "s",
	    skey, *id, c->merged ? "flagged" : "deleted", nref,
	    nref == 1 ? "" : "s");
	memset(&e, 0, sizeof e);
	e.run_id = c->run_id;
	e.actor = audit_actor();
	e.action = "merge";
	e.rule = rule->name;
	e.rule_source = rule->source;
	e.table = c->table;
	e.record_key = skey;
	e.before = img.data;
	e.after = after_json;
	e.detail = detail.data;
	if (jr_record(c->conn, c->schema, *id, &j, &e, cause) != 0)
		goto out;
	if (review > 0) {
		snprintf(rid, sizeof rid, "%lld", review);
		snprintf(run, sizeof run, "%lld", *id);
		p[0] = rid;
		p[1] = run;
		p[2] = audit_actor();
		buf_reset(&sql);
		buf_printf(&sql, "UPDATE %s.reviews SET status = 'merged', "
		    "merge_id = $2, decided_at = coalesce(decided_at, now()), "
		    "decided_by = coalesce(decided_by, $3) WHERE id = $1",
		    c->schema);
		if (db_exec(c->conn, cause, sql.data, 3, p) != 0)
			goto out;
	}
	rc = 1;
release:
	if (db_exec(c->conn, cause, "RELEASE SAVEPOINT steward_merge", 0,
	    NULL) != 0)
		rc = -1;
	goto out;
failed:
	/* Integrity errors (class 23) refuse this merge only. */
	if (strncmp(state, "23", 2) != 0) {
		*cause = xasprintf("merge of %s: %s", keys, err);
		goto out;
	}
	log_warnx("merge of %s refused: %s", keys, err);
	if (db_exec(c->conn, cause, "ROLLBACK TO SAVEPOINT steward_merge", 0,
	    NULL) != 0 || refuse(c, skey, err, cause) != 0)
		goto out;
	if (c->run_id == 0)
		*cause = xasprintf("the database refused the merge: %s", err);
	rc = 2;
out:
	PQclear(r);
	PQclear(s.m);
	free(s.order);
	free(err);
	free(after);
	free(after_json);
	buf_free(&sql);
	buf_free(&rows);
	buf_free(&losers);
	buf_free(&img);
	buf_free(&detail);
	return rc;
}

static const struct rule_dup *
find_rule(const struct ruleset *rs, const char *name)
{
	size_t	 i;

	for (i = 0; i < rs->ndups; i++)
		if (strcmp(rs->dups[i].name, name) == 0)
			return &rs->dups[i];
	return NULL;
}

/* The run's review clusters join the queue; those no longer found leave. */
static int
sync_reviews(struct mg_ctx *c, const char *run, long long *open,
    char **cause)
{
	PGresult	*r;
	const char	*p[2] = { run, c->table };
	char		*sql;
	int		 rc;

	sql = xasprintf("WITH c AS (SELECT rule, array_agg(record_key ORDER BY "
	    "record_key COLLATE \"C\") AS keys, min(centre_key) AS centre, "
	    "min(score) AS score FROM %s.duplicates WHERE run_id = $1 AND "
	    "decision = 'review' GROUP BY rule, cluster) INSERT INTO "
	    "%s.reviews (table_name, rule, keys, keys_md5, centre_key, score, "
	    "first_run, last_run) SELECT $2, rule, keys, md5(keys::text), "
	    "centre, score, $1, $1 FROM c ON CONFLICT (table_name, rule, "
	    "keys_md5) WHERE status IN ('open', 'accepted') DO UPDATE SET "
	    "last_run = $1, score = EXCLUDED.score", c->schema, c->schema);
	rc = db_exec(c->conn, cause, sql, 2, p);
	free(sql);
	if (rc != 0)
		return -1;
	sql = xasprintf("UPDATE %s.reviews SET status = 'gone' WHERE "
	    "table_name = $2 AND status = 'open' AND last_run < $1",
	    c->schema);
	rc = db_exec(c->conn, cause, sql, 2, p);
	free(sql);
	if (rc != 0)
		return -1;
	sql = xasprintf("SELECT count(*) FROM %s.reviews WHERE table_name = "
	    "$1 AND status = 'open'", c->schema);
	r = db_query(c->conn, cause, sql, 1, p + 1);
	free(sql);
	if (r == NULL)
		return -1;
	*open = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	return 0;
}

int
mg_run(PGconn *conn, const struct conf *cf, const struct ruleset *rs,
    const char *schema, const char *table, long long run_id,
    struct mg_result *res, char **cause)
{
	struct mg_ctx		 c;
	const struct rule_dup	*rule;
	PGresult		*pending = NULL;
	char			 run[32], *sql;
	const char		*p[2];
	long long		 id, review;
	int			 i, n, rc = 0, done = 0, enforce, members;

	(void)schema;
	memset(res, 0, sizeof *res);
	if (rs->ndups == 0)
		return 0;
	enforce = cf->mode == MODE_ENFORCE;
	memset(&c, 0, sizeof c);
	if (ctx_init(&c, conn, cf, table, run_id, cause) != 0) {
		ctx_free(&c);
		return -1;
	}
	snprintf(run, sizeof run, "%lld", run_id);
	if (sync_reviews(&c, run, &res->reviews, cause) != 0) {
		ctx_free(&c);
		return -1;
	}
	sql = xasprintf("SELECT rule, array_agg(record_key ORDER BY record_key "
	    "COLLATE \"C\")::text AS keys, 0 AS review, count(*) FROM "
	    "%s.duplicates WHERE run_id = $1 AND decision = 'merge' GROUP BY "
	    "rule, cluster UNION ALL SELECT rule, keys::text, id, "
	    "cardinality(keys) FROM %s.reviews WHERE table_name = $2 AND status "
	    "= 'accepted' ORDER BY 3, 2", c.schema, c.schema);
	p[0] = run;
	p[1] = table;
	pending = db_query(conn, cause, sql, 2, p);
	free(sql);
	if (pending == NULL) {
		ctx_free(&c);
		return -1;
	}
	n = PQntuples(pending);
	for (i = 0; i < n && rc == 0; i++) {
		if ((rule = find_rule(rs, PQgetvalue(pending, i, 0))) == NULL ||
		    rule->flag_only)
			continue;
		if (!enforce) {
			res->proposed++;
			continue;
		}
		if (done % MG_BATCH == 0 && (db_exec(conn, cause, "BEGIN", 0,
		    NULL) != 0 || audit_lock(conn, cause) != 0)) {
			rc = -1;
			break;
		}
		done++;
		review = strtoll(PQgetvalue(pending, i, 2), NULL, 10);
		members = (int)strtol(PQgetvalue(pending, i, 3), NULL, 10);
		switch (merge_one(&c, rule, PQgetvalue(pending, i, 1), members,
		    review, &id, cause)) {
		case 1:
			res->merges++;
			res->merged += members - 1;
			break;
		case 2:
			res->refused++;
			break;
		case 0:
			break;
		default:
			rc = -1;
		}
		if (rc == 0 && done % MG_BATCH == 0 &&
		    db_exec(conn, cause, "COMMIT", 0, NULL) != 0)
			rc = -1;
	}
	if (rc == 0 && done % MG_BATCH != 0 &&
	    db_exec(conn, cause, "COMMIT", 0, NULL) != 0)
		rc = -1;
	if (rc != 0)
		rollback(conn);
	else if (findings_settle(conn, c.schema, table, run_id,
	    "merge_refused", &c.refused, cause) != 0)
		rc = -1;
	if (res->proposed > 0)
		log_info("dry-run: would merge %lld duplicate cluster%s",
		    res->proposed, res->proposed == 1 ? "" : "s");
	if (res->merges > 0 || res->refused > 0)
		log_info("merged %lld duplicate cluster%s (%lld records); %lld "
		    "refused", res->merges, res->merges == 1 ? "" : "s",
		    res->merged, res->refused);
	PQclear(pending);
	ctx_free(&c);
	return rc;
}

int
mg_not_duplicates(PGconn *conn, const char *schema, const char *table,
    const char *keys, const char *why, char **cause)
{
	const char	*p[4] = { table, audit_actor(), why, keys };
	char		*sql;
	int		 rc;

	sql = xasprintf("INSERT INTO %s.not_duplicates (table_name, key_a, "
	    "key_b, by, why) SELECT $1, a, b, $2, $3 FROM unnest($4::text[]) "
	    "a, unnest($4::text[]) b WHERE a < b ON CONFLICT DO NOTHING",
	    schema);
	rc = db_exec(conn, cause, sql, 4, p);
	free(sql);
	return rc;
}

const struct rule_dup *
mg_rule(const struct ruleset *rs, const char *name)
{
	return find_rule(rs, name);
}

int
mg_merge(PGconn *conn, const struct conf *cf, const char *table,
    const struct rule_dup *rule, const char *keys, int nkeys,
    long long review, long long *id, char **cause)
{
	struct mg_ctx	 c;
	char		*t;
	int		 rc;

	if ((t = ri_table(conn, table, cause)) == NULL)
		return -1;
	if ((rc = ctx_init(&c, conn, cf, t, 0, cause)) == 0)
		rc = merge_one(&c, rule, keys, nkeys, review, id, cause);
	ctx_free(&c);
	free(t);
	return rc;
}
