/*
 * dupscan.c -- duplicates in a full scan.
 *
 * The matcher needs every record at once, so this reads the table a
 * second time, in the same snapshot as the checks, with only the key
 * and the fields the rule compares or blocks on: about 100 bytes a
 * record, a few hundred MB at ten million.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/conf.h"
#include "daemon/copy.h"
#include "daemon/db.h"
#include "daemon/dupscan.h"
#include "lib/log.h"
#include "daemon/findings.h"
#include "daemon/scanfilter.h"
#include "lib/util.h"
#include "lib/format.h"
#include "rules/ruleset.h"

struct dup_kept {
	struct rule_dup		 eff;		/* the rule as run (dd points here) */
	struct dd		*d;
};

struct dup_cache {
	struct ruleset		*rs;		/* referenced; NULL: empty */
	char			*table;
	struct dup_kept		*kept;
	size_t			 nkept;
	unsigned		 fields;
};

/* The fields rule reads, as a bit set. */
static unsigned
rule_fields(const struct rule_dup *r)
{
	unsigned	 m = 0;
	size_t		 b, c;
	int		 t;

	for (b = 0; b < r->nblocks; b++)
		for (t = 0; t < r->blocks[b].nterms; t++) {
			m |= 1u << r->blocks[b].terms[t].field;
			if (DUP_TWO_FIELDS(r->blocks[b].terms[t].fn))
				m |= 1u << r->blocks[b].terms[t].field2;
		}
	for (c = 0; c < r->ncompares; c++)
		m |= 1u << r->compares[c].field;
	return m;
}

/* Keep the keys and comparisons whose fields are mapped; -1 if none. */
static int
usable(const struct conf *cf, struct rule_dup *r)
{
	size_t	 b, c, n;
	int	 t, ok;

	for (b = 0, n = 0; b < r->nblocks; b++) {
		for (t = 0, ok = 1; t < r->blocks[b].nterms; t++)
			if (r->blocks[b].terms[t].fn == DK_FULLNAME)
				/* The words of either, or both. */
				ok &= cf->columns[r->blocks[b].terms[t].field] !=
				    NULL || cf->columns[r->blocks[b].terms[t].
				    field2] != NULL;
			else
				ok &= cf->columns[r->blocks[b].terms[t].field] !=
				    NULL && (!DUP_TWO_FIELDS(r->blocks[b].
				    terms[t].fn) || cf->columns[r->blocks[b].
				    terms[t].field2] != NULL);
		if (ok)
			r->blocks[n++] = r->blocks[b];
	}
	r->nblocks = n;
	for (c = 0, n = 0; c < r->ncompares; c++)
		if (cf->columns[r->compares[c].field] != NULL)
			r->compares[n++] = r->compares[c];
	r->ncompares = n;
	return r->nblocks > 0 && r->ncompares > 0 ? 0 : -1;
}

/* Pairs a person said are two customers: never one cluster again. */
static int
load_forbidden(PGconn *in, const struct conf *cf, const char *table,
    struct dd *d, char **cause)
{
	PGresult	*r;
	const char	*p[1] = { table };
	char		*s, *sql;
	int		 i;

	s = db_ident(in, cf->schema);
	sql = xasprintf("SELECT key_a, key_b FROM %s.not_duplicates WHERE "
	    "table_name = $1", s);
	free(s);
	r = db_query(in, cause, sql, 1, p);
	free(sql);
	if (r == NULL)
		return -1;
	for (i = 0; i < PQntuples(r); i++)
		dd_forbid(d, PQgetvalue(r, i, 0), (size_t)PQgetlength(r, i, 0),
		    PQgetvalue(r, i, 1), (size_t)PQgetlength(r, i, 1));
	PQclear(r);
	return 0;
}

/*
 * Read the records into d; jurs gets each one's jurisdiction, in the
 * order added (the jurisdiction field is in want when mapped).
 */
static int
load(PGconn *in, const struct conf *cf, const struct ruleset *rs,
    const char *table, unsigned want, struct dd *d, int16_t **jurs,
    char **cause)
{
	struct record		 one;
	size_t			 njur = 0, capjur = 0;
	struct field_value	 vals[FIELD_MAX + 1], rec[FIELD_MAX];
	struct buf		 q;
	PGresult		*r;
	char			*line, *col, *err;
	int			 map[FIELD_MAX], nf = 1, f, n;

	buf_init(&q);
	col = db_ident(in, cf->key);
	buf_printf(&q, "COPY (SELECT %s", col);
	free(col);
	for (f = 0; f < FIELD_MAX; f++) {
		map[f] = -1;
		if (!(want & (1u << f)))
			continue;
		col = db_ident(in, cf->columns[f]);
		buf_printf(&q, ", %s", col);
		free(col);
		map[f] = nf++;
	}
	buf_printf(&q, " FROM %s WHERE %s IS NOT NULL", table,
	    (col = db_ident(in, cf->key)));
	free(col);
	scan_quarantine_filter(in, cf, &q, "AND");
	if (cf->losers_flag) {
		/* Records already merged into another are not customers. */
		buf_printf(&q, " AND %s IS NULL", (col = db_ident(in,
		    cf->merged_column)));
		free(col);
	}
	buf_adds(&q, ") TO STDOUT");
	r = PQexec(in, q.data);
	buf_free(&q);
	if (PQresultStatus(r) != PGRES_COPY_OUT) {
		err = db_error(in);
		*cause = xasprintf("duplicates: reading %s: %s", table, err);
		free(err);
		PQclear(r);
		return -1;
	}
	PQclear(r);
	while ((n = PQgetCopyData(in, &line, 0)) > 0) {
		if (copy_split(line, (size_t)n, vals, (size_t)nf) != nf) {
			PQfreemem(line);
			*cause = xasprintf("duplicates: reading %s: a row has "
			    "an unexpected number of columns", table);
			return -1;
		}
		memset(rec, 0, sizeof rec);
		for (f = 0; f < FIELD_MAX; f++)
			if (map[f] != -1)
				rec[f] = vals[map[f]];
		dd_add(d, vals[0].data, vals[0].len, rec);
		memcpy(one.f, rec, sizeof one.f);
		rule_assign(rs, &one);
		if (njur == capjur) {
			capjur = capjur ? capjur * 2 : 4096;
			*jurs = xreallocarray(*jurs, capjur, sizeof **jurs);
		}
		(*jurs)[njur++] = (int16_t)one.jur;
		PQfreemem(line);
	}
	while ((r = PQgetResult(in)) != NULL) {
		if (PQresultStatus(r) != PGRES_COMMAND_OK) {
			err = db_error(in);
			*cause = xasprintf("duplicates: reading %s: %s", table,
			    err);
			free(err);
			PQclear(r);
			return -1;
		}
		PQclear(r);
	}
	if (n == -2) {
		err = db_error(in);
		*cause = xasprintf("duplicates: reading %s: %s", table, err);
		free(err);
		return -1;
	}
	return 0;
}

struct dup_cache *
dupscan_cache_new(void)
{
	return xcalloc(1, sizeof(struct dup_cache));
}

static void
cache_clear(struct dup_cache *c)
{
	size_t	 i;

	for (i = 0; i < c->nkept; i++)
		dd_free(c->kept[i].d);
	free(c->kept);
	free(c->table);
	if (c->rs != NULL)
		rule_unref(c->rs);
	memset(c, 0, sizeof *c);
}

void
dupscan_cache_free(struct dup_cache *c)
{
	if (c == NULL)
		return;
	cache_clear(c);
	free(c);
}

unsigned
dupscan_cache_fields(const struct dup_cache *c, const char *table,
    const struct ruleset *rs)
{
	if (c == NULL || c->rs != rs || c->table == NULL ||
	    strcmp(c->table, table) != 0)
		return 0;
	return c->fields;
}

struct best {
	uint32_t	 rec;
	double		 score;
	int		 found;
};

static void
on_match(void *arg, uint32_t rec, double score)
{
	struct best	*b = arg;

	if (!b->found || score > b->score) {
		b->rec = rec;
		b->score = score;
		b->found = 1;
	}
}

void
dupscan_probe(struct dup_cache *c, const char *table,
    const struct ruleset *rs, const struct record *rec, dup_hit_fn fn,
    void *arg)
{
	struct dup_hit	 hit, top;
	struct best	 b;
	size_t		 i;

	if (dupscan_cache_fields(c, table, rs) == 0 || rec->key == NULL)
		return;
	memset(&top, 0, sizeof top);
	for (i = 0; i < c->nkept; i++) {
		memset(&b, 0, sizeof b);
		if (dd_probe(c->kept[i].d, rec->key, rec->keylen, rec->f,
		    on_match, &b) <= 0 || (top.rule != NULL &&
		    b.score <= top.score))
			continue;
		memset(&hit, 0, sizeof hit);
		hit.rule = &c->kept[i].eff;
		hit.key = rec->key;
		hit.keylen = rec->keylen;
		hit.centre = dd_key(c->kept[i].d, b.rec, &hit.centrelen);
		hit.score = b.score;
		hit.decision = b.score >= hit.rule->merge ? DD_MERGE :
		    DD_REVIEW;
		hit.jur = rec->jur;
		hit.probed = 1;
		top = hit;
	}
	/* One finding per record: its best match over the rules. */
	if (top.rule != NULL)
		fn(arg, &top);
}

int
dupscan_run(PGconn *in, const struct conf *cf, const char *table,
    const struct ruleset *rs, struct dup_cache *cache, dup_hit_fn fn,
    void *arg, int *config, char **cause)
{
	struct rule_dup		*r, local;
	struct dup_kept		*kept = NULL;
	const struct dd_member	*m;
	struct dd_stats		 st;
	struct dup_hit		 hit;
	struct dd		*d;
	int16_t			*jurs = NULL;
	char			 err[256];
	unsigned		 want;
	uint32_t		 base = 0, top = 0;
	size_t			 i, k;

	*config = 0;
	if (cache != NULL) {
		cache_clear(cache);
		cache->kept = xcalloc(rs->ndups ? rs->ndups : 1,
		    sizeof *cache->kept);
	}
	for (i = 0; i < rs->ndups; i++) {
		/* Compare what the table has: drop what it does not map. */
		if (cache != NULL) {
			kept = &cache->kept[cache->nkept];
			r = &kept->eff;
		} else
			r = &local;
		*r = rs->dups[i];
		if (usable(cf, r) != 0) {
			log_warning("duplicates %s (%s): no blocking key or no "
			    "compared field is mapped in customers { map }; "
			    "skipped", r->name, r->source);
			continue;
		}
		want = rule_fields(r);
		/* Phones are compared in E.164 when the country is known. */
		if ((want & (1u << FIELD_PHONE)) &&
		    cf->columns[FIELD_COUNTRY] != NULL)
			want |= 1u << FIELD_COUNTRY;
		if (cf->columns[rs->jur_field] != NULL)
			want |= 1u << rs->jur_field;
		if ((d = dd_new(r, err, sizeof err)) == NULL) {
			*cause = xasprintf("duplicates %s: %s", r->name, err);
			if (cache != NULL)
				cache_clear(cache);
			return -1;
		}
		if (cache != NULL)
			dd_keep_index(d);
		if (load(in, cf, rs, table, want, d, &jurs, cause) != 0 ||
		    load_forbidden(in, cf, table, d, cause) != 0 ||
		    dd_run(d, &st) != 0) {
			dd_free(d);
			free(jurs);
			if (cache != NULL)
				cache_clear(cache);
			return -1;
		}
		log_debug("duplicates %s: %zu records, %zu pairs (%zu groups "
		    "windowed, %zu shared identifiers ignored), %.0f matching "
		    "pairs expected, lambda %.3g after %d EM iterations; %zu "
		    "clusters to merge, %zu to review, %zu records split off "
		    "chains; block %.2fs, compare %.2fs, EM %.2fs, cluster "
		    "%.2fs", r->name, st.records, st.pairs, st.big_blocks,
		    st.shared, st.matches, st.lambda, st.em_iterations,
		    st.clusters_merge, st.clusters_review, st.split,
		    st.t_block, st.t_compare, st.t_em, st.t_cluster);
		if (st.em_unconverged > 0)
			log_warning("duplicates %s (%s): the match model did not "
			    "converge for %d blocking keys in %d iterations; "
			    "scores may be off", r->name, r->source,
			    st.em_unconverged, st.em_iterations);
		for (k = 0; k < r->nblocks; k++) {
			log_debug("duplicates %s: blocking key %zu made %zu "
			    "pairs; its EM: %.0f matches (%.3f of its pairs in "
			    "groups) after %d iterations", r->name, k + 1,
			    st.key_pairs[k], st.key_found[k], st.key_share[k],
			    st.key_iter[k]);
			if (st.windowed_keys & (1u << k))
				log_info("duplicates %s (%s): blocking key %zu "
				    "has groups of more than %d records; each "
				    "record there is paired with its %d nearest "
				    "by the other fields", r->name, r->source,
				    k + 1, DD_GROUP, DD_WINDOW - 1);
		}
		for (k = 0; k < r->ncompares; k++)
			log_debug("duplicates %s: %s m %.3f %.3f %.3f %.3f "
			    "u %.4f %.4f %.4f %.4f", r->name,
			    field_name(r->compares[k].field), st.m[k][3],
			    st.m[k][2], st.m[k][1], st.m[k][0], st.u[k][3],
			    st.u[k][2], st.u[k][1], st.u[k][0]);
		hit.rule = r;
		hit.probed = 0;
		for (k = 0; k < dd_nmembers(d); k++) {
			m = dd_member(d, k);
			hit.key = dd_key(d, m->rec, &hit.keylen);
			hit.centre = dd_key(d, m->centre, &hit.centrelen);
			hit.cluster = base + m->cluster;
			hit.score = m->score;
			hit.decision = m->decision;
			hit.jur = jurs[m->rec];
			if (hit.cluster > top)
				top = hit.cluster;
			fn(arg, &hit);
		}
		base = top;
		if (cache != NULL) {
			kept->d = d;
			cache->nkept++;
			cache->fields |= want;
		} else
			dd_free(d);
		free(jurs);
		jurs = NULL;
	}
	if (cache != NULL && cache->nkept > 0) {
		cache->rs = rule_ref((struct ruleset *)rs);
		cache->table = xstrdup(table);
	}
	return 0;
}

int
dupscan_list(const struct conf *cf, long long run, const char *format,
    FILE *fp, char **cause)
{
	PGconn		*conn;
	PGresult	*r = NULL;
	struct buf	 b;
	char		*s = NULL, *t = NULL, *sql = NULL, id[32];
	const char	*p[2];
	int		 i, n, rc = -1;

	buf_init(&b);
	if ((conn = db_connect(cf, cause)) == NULL)
		return -1;
	if (db_migrate(conn, cf->schema, cause) < 0 ||
	    (t = db_resolve_table(conn, cf, cause)) == NULL)
		goto out;
	s = db_ident(conn, cf->schema);
	if (run == 0) {
		/* Duplicates are found by full scans: the latest one. */
		sql = xasprintf("SELECT max(id) FROM %s.runs WHERE table_name "
		    "= $1 AND kind = 'full' AND status = 'done'", s);
		p[0] = t;
		if ((r = db_query(conn, cause, sql, 1, p)) == NULL)
			goto out;
		if (PQgetisnull(r, 0, 0)) {
			*cause = xasprintf("no full scan of %s has completed "
			    "yet; run 'steward scan' first", t);
			goto out;
		}
		snprintf(id, sizeof id, "%s", PQgetvalue(r, 0, 0));
		PQclear(r);
		r = NULL;
		free(sql);
		sql = NULL;
	} else if (findings_pick_run(conn, s, t, run, id, sizeof id,
	    cause) != 0)
		goto out;
	sql = xasprintf("SELECT cluster, record_key, score, decision, rule, "
	    "centre_key FROM %s.duplicates WHERE run_id = $1 ORDER BY "
	    "cluster, record_key = centre_key DESC, length(record_key), "
	    "record_key COLLATE \"C\"", s);
	p[0] = id;
	if ((r = db_query(conn, cause, sql, 1, p)) == NULL)
		goto out;
	n = PQntuples(r);
	if (strcmp(format, "csv") == 0)
		fprintf(fp, "cluster_id,record_key,score,decision\n");
	else if (strcmp(format, "json") == 0)
		fprintf(fp, "[");
	else
		fprintf(fp, "run %s: %d records in duplicate clusters\n", id, n);
	for (i = 0; i < n; i++) {
		const char *key = PQgetvalue(r, i, 1);

		if (strcmp(format, "csv") == 0) {
			buf_reset(&b);
			fmt_csv_field(&b, key, strlen(key));
			fprintf(fp, "%s,%.*s,%.4f,%s\n", PQgetvalue(r, i, 0),
			    (int)b.len, b.data, strtod(PQgetvalue(r, i, 2),
			    NULL), PQgetvalue(r, i, 3));
		} else if (strcmp(format, "json") == 0) {
			buf_reset(&b);
			fmt_json_string(&b, key, strlen(key));
			buf_printf(&b, ", \"score\": %.4f, \"decision\": \"%s\", "
			    "\"rule\": ", strtod(PQgetvalue(r, i, 2), NULL),
			    PQgetvalue(r, i, 3));
			fmt_json_string(&b, PQgetvalue(r, i, 4),
			    strlen(PQgetvalue(r, i, 4)));
			fprintf(fp, "%s\n {\"cluster_id\": %s, \"record_key\": "
			    "%.*s, \"centre\": %s}", i ? "," : "",
			    PQgetvalue(r, i, 0), (int)b.len, b.data,
			    strcmp(key, PQgetvalue(r, i, 5)) == 0 ? "true" :
			    "false");
		} else
			fprintf(fp, "  cluster %-6s %-8s %.3f  %s%s\n",
			    PQgetvalue(r, i, 0), PQgetvalue(r, i, 3),
			    strtod(PQgetvalue(r, i, 2), NULL), key,
			    strcmp(key, PQgetvalue(r, i, 5)) == 0 ?
			    " (centre)" : "");
	}
	if (strcmp(format, "json") == 0)
		fprintf(fp, "%s]\n", n ? "\n" : "");
	rc = 0;
out:
	buf_free(&b);
	PQclear(r);
	free(sql);
	free(s);
	free(t);
	PQfinish(conn);
	return rc;
}
