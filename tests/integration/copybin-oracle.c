/*
 * copybin-oracle.c -- PostgreSQL's own text output as the oracle for the
 * binary COPY decoder (daemon/copybin.c).
 *
 *	copybin-oracle CONNINFO "SELECT ... ORDER BY ..."
 *
 * Runs the query as COPY TO STDOUT twice, in text format on one
 * connection and in binary format on another, both with the scan's
 * session settings (DateStyle ISO, TimeZone UTC), reads the two streams
 * in step and compares every value the decoder decodes with the text the
 * server printed.  Prints each difference and a summary line; exits 0
 * when there is none, 1 when there is, 2 on any other error.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "daemon/copy.h"
#include "daemon/copybin.h"
#include "lib/util.h"

#define MAXCOLS	64

static PGconn *
connect_to(const char *conninfo)
{
	const char	*keys[] = { "dbname", "options", NULL };
	const char	*vals[] = { conninfo, "-c DateStyle=ISO,YMD -c "
			    "TimeZone=UTC", NULL };
	PGconn		*c = PQconnectdbParams(keys, vals, 1);

	if (PQstatus(c) != CONNECTION_OK) {
		fprintf(stderr, "copybin-oracle: %s", PQerrorMessage(c));
		exit(2);
	}
	return c;
}

static void
copy_out(PGconn *c, const char *query, const char *opts)
{
	PGresult	*r;
	char		*sql = xasprintf("COPY (%s) TO STDOUT%s", query, opts);

	r = PQexec(c, sql);
	free(sql);
	if (PQresultStatus(r) != PGRES_COPY_OUT) {
		fprintf(stderr, "copybin-oracle: %s", PQerrorMessage(c));
		exit(2);
	}
	PQclear(r);
}

int
main(int argc, char **argv)
{
	struct field_value	 tv[MAXCOLS], bv[MAXCOLS];
	enum copybin_kind	 kinds[MAXCOLS];
	struct copybin		 cb;
	PGconn			*tc, *bc;
	PGresult		*r;
	char			*tl, *bl, *sql, *cause = NULL;
	long long		 rows = 0, values = 0, bad = 0;
	int			 nf, i, tn, bn, k = 0;

	if (argc != 3) {
		fprintf(stderr, "usage: copybin-oracle CONNINFO QUERY\n");
		return 2;
	}
	tc = connect_to(argv[1]);
	bc = connect_to(argv[1]);
	/* The columns' types, as the scan reads them from the catalogue. */
	sql = xasprintf("SELECT * FROM (%s) q LIMIT 0", argv[2]);
	r = PQexec(tc, sql);
	free(sql);
	if (PQresultStatus(r) != PGRES_TUPLES_OK || PQnfields(r) > MAXCOLS) {
		fprintf(stderr, "copybin-oracle: %s", PQerrorMessage(tc));
		return 2;
	}
	nf = PQnfields(r);
	for (i = 0; i < nf; i++)
		kinds[i] = copybin_kind((unsigned)PQftype(r, i));
	PQclear(r);

	copy_out(tc, argv[2], "");
	copy_out(bc, argv[2], " (FORMAT binary)");
	copybin_init(&cb);
	for (;;) {
		tn = PQgetCopyData(tc, &tl, 0);
		do {
			bn = PQgetCopyData(bc, &bl, 0);
			if (bn <= 0)
				break;
			k = copybin_row(&cb, bl, (size_t)bn, kinds, bv,
			    (size_t)nf, &cause);
			if (k < 0) {
				fprintf(stderr, "copybin-oracle: row %lld: %s\n",
				    rows + 1, cause);
				return 2;
			}
			if (k == 0)
				PQfreemem(bl);
		} while (k == 0);
		if (tn <= 0 || bn <= 0)
			break;
		if (copy_split(tl, (size_t)tn, tv, (size_t)nf) != nf) {
			fprintf(stderr, "copybin-oracle: text row %lld\n",
			    rows + 1);
			return 2;
		}
		rows++;
		for (i = 0; i < nf; i++) {
			if (kinds[i] == CB_CAST)
				continue;
			values++;
			if ((tv[i].data == NULL) != (bv[i].data == NULL) ||
			    (tv[i].data != NULL && (tv[i].len != bv[i].len ||
			    memcmp(tv[i].data, bv[i].data, tv[i].len) != 0))) {
				bad++;
				printf("row %lld column %d: text '%.*s', binary "
				    "decoded '%.*s'\n", rows, i + 1,
				    tv[i].data ? (int)tv[i].len : 2,
				    tv[i].data ? tv[i].data : "\\N",
				    bv[i].data ? (int)bv[i].len : 2,
				    bv[i].data ? bv[i].data : "\\N");
			}
		}
		PQfreemem(tl);
		PQfreemem(bl);
	}
	if (tn != -1 || bn != -1) {
		fprintf(stderr, "copybin-oracle: the streams ended apart "
		    "after %lld rows (%d, %d)\n", rows, tn, bn);
		return 2;
	}
	printf("%lld rows, %lld decoded values compared, %lld differ\n",
	    rows, values, bad);
	copybin_free(&cb);
	PQfinish(tc);
	PQfinish(bc);
	return bad == 0 ? 0 : 1;
}
