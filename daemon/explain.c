/*
 * explain.c -- steward explain and steward test-rule.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/csv.h"
#include "daemon/db.h"
#include "daemon/explain.h"
#include "lib/util.h"
#include "lib/format.h"

struct explain_ctx {
	FILE			*fp;
	const struct record	*rec;
	const struct conf	*cf;
	int			 show_pii;
	struct buf		 line;
};

/* Append text with control bytes as \xHH: no NUL or escape reaches a tty. */
static void
put_text(struct buf *b, const char *s, size_t len)
{
	static const char	 hex[] = "0123456789abcdef";
	size_t			 i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
			buf_adds(b, "\\x");
			buf_addc(b, hex[c >> 4]);
			buf_addc(b, hex[c & 15]);
		} else
			buf_addc(b, (char)c);
	}
}

static void
put_value(struct buf *b, const struct field_value *v, const char *field,
    int show_pii)
{
	struct buf	 m;

	if (v->data == NULL) {
		buf_adds(b, "NULL");
		return;
	}
	buf_addc(b, '"');
	if (show_pii)
		put_text(b, v->data, v->len);
	else {
		buf_init(&m);
		fmt_mask(&m, v->data, v->len, field);
		put_text(b, m.data != NULL ? m.data : "", m.len);
		buf_free(&m);
	}
	buf_addc(b, '"');
}

static void
on_verdict(void *arg, const struct rule_check *c, int f, enum verdict verdict,
    const char *detail)
{
	struct explain_ctx	*ex = arg;
	struct buf		*b = &ex->line;
	static const char *const names[] = { "pass", "FAIL", "skip" };

	buf_reset(b);
	buf_printf(b, "  %-4s %-24s ", names[verdict], c->name);
	if (f >= 0) {
		buf_printf(b, "%s=", field_name((enum field)f));
		put_value(b, &ex->rec->f[f], field_name((enum field)f),
		    ex->show_pii);
		if (c->kind == CHECK_COMPARE) {
			buf_printf(b, " %s=", field_name((enum field)c->cmp_b));
			put_value(b, &ex->rec->f[c->cmp_b],
			    field_name((enum field)c->cmp_b), ex->show_pii);
		}
		buf_addc(b, ' ');
	}
	buf_printf(b, "-- %s", detail);
	if (verdict == VERDICT_FAIL)
		buf_printf(b, "; %s, %s %s", rule_severity_name(c->severity),
		    ex->cf == NULL || ex->cf->mode == MODE_DRY_RUN ?
		    "would" : "will", rule_action_name(c->action));
	buf_printf(b, "  [%s]\n", c->source);
	fwrite(b->data, 1, b->len, ex->fp);
}

int
explain_record(const struct conf *cf, const char *key, int show_pii, FILE *fp,
    char **cause)
{
	struct explain_ctx	 ex;
	struct record		 rec;
	struct buf		 q;
	PGconn			*conn;
	PGresult		*r = NULL;
	const char		*params[1] = { key };
	char			*table = NULL, *col;
	int			 f, map[FIELD_MAX], n = 1, failed = -1;

	if ((conn = db_connect(cf, cause)) == NULL)
		return -1;
	buf_init(&q);
	memset(&ex, 0, sizeof ex);
	buf_init(&ex.line);
	if ((table = db_resolve_table(conn, cf, cause)) == NULL)
		goto out;
	col = db_ident(conn, cf->key);
	buf_printf(&q, "SELECT %s::text", col);
	free(col);
	for (f = 0; f < FIELD_MAX; f++) {
		map[f] = -1;
		if (cf->columns[f] == NULL)
			continue;
		col = db_ident(conn, cf->columns[f]);
		buf_printf(&q, ", %s::text", col);
		free(col);
		map[f] = n++;
	}
	/* key = $1, not key::text = $1: the key's index must serve. */
	col = db_ident(conn, cf->key);
	buf_printf(&q, " FROM %s WHERE %s = $1 LIMIT 2", table, col);
	free(col);
	if ((r = db_query(conn, cause, q.data, 1, params)) == NULL)
		goto out;
	if (PQntuples(r) != 1) {
		*cause = PQntuples(r) == 0 ? xasprintf("no record of %s has key "
		    "'%s'", table, key) : xasprintf("several records of %s have "
		    "key '%s'; the key column is not unique", table, key);
		goto out;
	}
	memset(&rec, 0, sizeof rec);
	rec.key = PQgetvalue(r, 0, 0);
	rec.keylen = (size_t)PQgetlength(r, 0, 0);
	for (f = 0; f < FIELD_MAX; f++)
		if (map[f] != -1 && !PQgetisnull(r, 0, map[f])) {
			rec.f[f].data = PQgetvalue(r, 0, map[f]);
			rec.f[f].len = (size_t)PQgetlength(r, 0, map[f]);
		}
	rule_assign(cf->rules, &rec);
	ex.fp = fp;
	ex.rec = &rec;
	ex.cf = cf;
	ex.show_pii = show_pii;
	fprintf(fp, "record %s of %s: jurisdiction %s (country %s), mode %s\n",
	    key, table, rule_jur_name(cf->rules, rec.jur),
	    rec.country[0] ? rec.country : "none", conf_mode_name(cf->mode));
	failed = rule_explain(cf->rules, &rec, on_verdict, &ex);
	fprintf(fp, "%d check%s failed\n", failed, failed == 1 ? "" : "s");
out:
	PQclear(r);
	buf_free(&q);
	buf_free(&ex.line);
	free(table);
	PQfinish(conn);
	return failed;
}

struct csv_ctx {
	FILE			*fp;
	const struct ruleset	*rs;
	const struct record	*rec;
	int			 show_pii;
	long			*counts;	/* per check, + built-ins */
	long			 findings;
	int			 line;
	struct buf		 out;
};

static void
on_finding(void *arg, const struct rule_check *c, enum field f,
    const char *detail)
{
	struct csv_ctx	*cx = arg;
	struct buf	*b = &cx->out;
	size_t		 i;

	struct field_value	 key = { cx->rec->key, cx->rec->keylen };

	buf_reset(b);
	buf_printf(b, "line %d key ", cx->line);
	/* Keys are identifiers, unless a table keys customers by address. */
	if (memchr(key.data, '@', key.len) != NULL)
		put_value(b, &key, "email", cx->show_pii);
	else
		put_text(b, key.data, key.len);
	buf_printf(b, " [%s] %s", rule_jur_name(cx->rs, cx->rec->jur), c->name);
	if ((int)f >= 0) {
		buf_printf(b, " %s=", field_name(f));
		put_value(b, &cx->rec->f[f], field_name(f), cx->show_pii);
	}
	buf_printf(b, " %s: %s\n", rule_severity_name(c->severity), detail);
	fwrite(b->data, 1, b->len, cx->fp);
	cx->findings++;
	for (i = 0; i < cx->rs->nchecks; i++)
		if (&cx->rs->checks[i] == c)
			cx->counts[i]++;
	if (c == &rule_invalid_utf8)
		cx->counts[cx->rs->nchecks]++;
	else if (c == &rule_oversized)
		cx->counts[cx->rs->nchecks + 1]++;
}

long
explain_csv(struct ruleset *rs, const char *path, int show_pii, FILE *fp,
    char **cause)
{
	struct csv_ctx	 cx;
	struct csv_row	 head, row;
	struct record	 rec;
	FILE		*in;
	char		 keybuf[32];
	int		 map[FIELD_MAX], keycol = -1, f, rc, line = 0;
	size_t		 i;
	long		 rows = 0, result = -1;

	if ((in = fopen(path, "r")) == NULL) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	memset(&cx, 0, sizeof cx);
	buf_init(&cx.out);
	csv_row_init(&head);
	csv_row_init(&row);
	cx.fp = fp;
	cx.rs = rs;
	cx.show_pii = show_pii;
	cx.counts = xcalloc(rs->nchecks + 2, sizeof *cx.counts);
	if ((rc = csv_read(in, &head, &line, cause)) <= 0) {
		if (rc == 0)
			*cause = xasprintf("%s: empty file; the first line names "
			    "the fields", path);
		goto out;
	}
	for (f = 0; f < FIELD_MAX; f++)
		map[f] = -1;
	for (i = 0; i < head.nfields; i++) {
		const char *name = csv_field(&head, i);

		for (size_t k = 0; k < i; k++)
			if (strcmp(csv_field(&head, k), name) == 0) {
				*cause = xasprintf("%s:1: column '%s' appears "
				    "twice", path, name);
				goto out;
			}
		if (strcmp(name, "key") == 0)
			keycol = (int)i;
		else if ((f = field_lookup(name)) != -1)
			map[f] = (int)i;
		else {
			*cause = xasprintf("%s:1: column '%s' is not a field "
			    "(use key and the logical names: first_name, "
			    "last_name, email, phone, country, postal_code, "
			    "...)", path, name);
			goto out;
		}
	}
	while ((rc = csv_read(in, &row, &line, cause)) == 1) {
		if (row.nfields == 1 && row.len[0] == 0)
			continue;	/* blank line */
		if (row.nfields != head.nfields) {
			*cause = xasprintf("%s:%d: %zu fields, the header has %zu",
			    path, row.line, row.nfields, head.nfields);
			goto out;
		}
		memset(&rec, 0, sizeof rec);
		rows++;
		if (keycol >= 0) {
			rec.key = csv_field(&row, (size_t)keycol);
			rec.keylen = row.len[keycol];
		} else {
			rec.keylen = (size_t)snprintf(keybuf, sizeof keybuf,
			    "%ld", rows);
			rec.key = keybuf;
		}
		for (f = 0; f < FIELD_MAX; f++)
			if (map[f] != -1) {
				rec.f[f].data = csv_field(&row, (size_t)map[f]);
				rec.f[f].len = row.len[map[f]];
			}
		cx.rec = &rec;
		cx.line = row.line;
		rule_eval(rs, &rec, on_finding, &cx);
	}
	if (rc < 0) {
		char *e = *cause;

		*cause = xasprintf("%s: %s", path, e);
		free(e);
		goto out;
	}
	fprintf(fp, "\n%ld row%s, %ld finding%s\n", rows, rows == 1 ? "" : "s",
	    cx.findings, cx.findings == 1 ? "" : "s");
	fprintf(fp, "  %-24s %8s\n", "check", "findings");
	for (i = 0; i < rs->nchecks; i++)
		fprintf(fp, "  %-24s %8ld\n", rs->checks[i].name, cx.counts[i]);
	if (cx.counts[rs->nchecks] > 0)
		fprintf(fp, "  %-24s %8ld\n", rule_invalid_utf8.name,
		    cx.counts[rs->nchecks]);
	if (cx.counts[rs->nchecks + 1] > 0)
		fprintf(fp, "  %-24s %8ld\n", rule_oversized.name,
		    cx.counts[rs->nchecks + 1]);
	result = cx.findings;
out:
	fclose(in);
	csv_row_free(&head);
	csv_row_free(&row);
	buf_free(&cx.out);
	free(cx.counts);
	return result;
}
