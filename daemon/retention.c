/*
 * retention.c -- what a daemon left running for a year must forget:
 * resolved findings, the duplicate pairs of old full scans, runs nothing
 * refers to any more, and report files.  Run by the leader after each
 * full scan, under retention { } (steward.conf(5)); without it the
 * defaults apply: runs and resolved findings 400 days, the duplicate
 * pairs of the last 2 full runs, report files 90 days.
 *
 * What is evidence stays whatever its age: the audit chain, the change
 * journal, reviews, open findings, and the runs they name.
 * The last completed run of each kind stays too: the schedules and the
 * incremental scans count from it.
 */
#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "daemon/conf.h"
#include "daemon/db.h"
#include "lib/log.h"
#include "daemon/retention.h"
#include "lib/util.h"

static long long
affected(PGconn *conn, const char *sql, int n, const char *const *p,
    char **cause)
{
	PGresult	*r;
	long long	 v;
	char		 state[6];

	if ((r = db_try(conn, sql, n, p, state, cause)) == NULL)
		return -1;
	v = strtoll(PQcmdTuples(r), NULL, 10);
	PQclear(r);
	return v;
}

static int
rm_entry(const char *path, const struct stat *st, int flag, struct FTW *f)
{
	(void)st;
	(void)flag;
	(void)f;
	return remove(path);
}

/* reports/RUN/ directories last written more than days ago. */
static long long
prune_reports(const char *dir, int days)
{
	DIR		*d;
	struct dirent	*e;
	struct stat	 st;
	char		*p;
	long long	 n = 0;
	time_t		 cut = time(NULL) - (time_t)days * 86400;
	size_t		 i;

	if (dir == NULL || (d = opendir(dir)) == NULL)
		return 0;
	while ((e = readdir(d)) != NULL) {
		/* Only what Steward names: run numbers. */
		for (i = 0; e->d_name[i] >= '0' && e->d_name[i] <= '9'; i++)
			;
		if (i == 0 || e->d_name[i] != '\0')
			continue;
		p = xasprintf("%s/%s", dir, e->d_name);
		if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode) &&
		    st.st_mtime < cut) {
			if (nftw(p, rm_entry, 8, FTW_DEPTH | FTW_PHYS) == 0)
				n++;
			else
				log_warn("retention: %s", p);
		}
		free(p);
	}
	closedir(d);
	return n;
}

int
retention_prune(const struct conf *cf, PGconn *conn,
    struct retention_stats *st, char **cause)
{
	char		*s = NULL, *t = NULL, *sql = NULL, runs[16], finds[16];
	char		 dups[16];
	const char	*p[3];
	int		 rc = -1;

	memset(st, 0, sizeof *st);
	if ((t = db_resolve_table(conn, cf, cause)) == NULL)
		return -1;
	s = db_ident(conn, cf->schema);
	snprintf(runs, sizeof runs, "%d", cf->keep_runs);
	snprintf(finds, sizeof finds, "%d", cf->keep_findings);
	snprintf(dups, sizeof dups, "%d", cf->keep_duplicates);
	p[0] = t;
	if (db_exec(conn, cause, "BEGIN", 0, NULL) != 0)
		goto out;

	/* Duplicate pairs: those of the last N full runs only. */
	p[1] = dups;
	sql = xasprintf("DELETE FROM %s.duplicates d USING %s.runs r WHERE "
	    "d.run_id = r.id AND r.table_name = $1 AND r.id < (SELECT "
	    "coalesce(min(id), 0) FROM (SELECT id FROM %s.runs WHERE "
	    "table_name = $1 AND kind = 'full' AND status = 'done' ORDER BY "
	    "id DESC LIMIT $2::int) k)", s, s, s);
	if ((st->duplicates = affected(conn, sql, 2, p, cause)) < 0)
		goto rollback;
	free(sql);

	/* Resolved findings, by the end of the run that resolved them. */
	p[1] = finds;
	sql = xasprintf("DELETE FROM %s.findings f USING %s.runs r WHERE "
	    "f.status = 'resolved' AND f.table_name = $1 AND r.id = "
	    "f.resolved_run AND coalesce(r.finished_at, r.started_at) < now() "
	    "- make_interval(days => $2::int)", s, s);
	if ((st->findings = affected(conn, sql, 2, p, cause)) < 0)
		goto rollback;
	free(sql);

	/* Runs that nothing refers to, but the last of each kind. */
	p[1] = runs;
	sql = xasprintf("CREATE TEMP TABLE prune_runs ON COMMIT DROP AS "
	    "SELECT r.id FROM %s.runs r WHERE r.table_name = $1 AND r.status "
	    "<> 'running' AND coalesce(r.finished_at, r.started_at) < now() - "
	    "make_interval(days => $2::int) AND r.id NOT IN (SELECT max(id) "
	    "FROM %s.runs WHERE table_name = $1 AND status = 'done' GROUP BY "
	    "kind) "
	    "AND NOT EXISTS (SELECT 1 FROM %s.findings x WHERE x.first_run = "
	    "r.id OR x.resolved_run = r.id) "
	    "AND NOT EXISTS (SELECT 1 FROM %s.audit x WHERE x.run_id = r.id) "
	    "AND NOT EXISTS (SELECT 1 FROM %s.changes x WHERE x.run_id = "
	    "r.id) "
	    "AND NOT EXISTS (SELECT 1 FROM %s.duplicates x WHERE x.run_id = "
	    "r.id) "
	    "AND NOT EXISTS (SELECT 1 FROM %s.reviews x WHERE x.first_run = "
	    "r.id OR x.last_run = r.id)", s, s, s, s, s, s, s);
	if (db_exec(conn, cause, sql, 2, p) != 0)
		goto rollback;
	free(sql);
	sql = xasprintf("DELETE FROM %s.run_jurisdictions WHERE run_id IN "
	    "(SELECT id FROM pg_temp.prune_runs)", s);
	if (db_exec(conn, cause, sql, 0, NULL) != 0)
		goto rollback;
	free(sql);
	sql = xasprintf("DELETE FROM %s.deliveries WHERE run_id IN (SELECT id "
	    "FROM pg_temp.prune_runs)", s);
	if (db_exec(conn, cause, sql, 0, NULL) != 0)
		goto rollback;
	free(sql);
	sql = xasprintf("DELETE FROM %s.runs WHERE id IN (SELECT id FROM "
	    "pg_temp.prune_runs)", s);
	if ((st->runs = affected(conn, sql, 0, NULL, cause)) < 0)
		goto rollback;
	if (db_exec(conn, cause, "COMMIT", 0, NULL) != 0)
		goto rollback;
	st->reports = prune_reports(cf->reports_dir, cf->keep_reports);
	rc = 0;
	goto out;
rollback:
	PQclear(PQexec(conn, "ROLLBACK"));
out:
	free(sql);
	free(s);
	free(t);
	return rc;
}
