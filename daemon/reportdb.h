/*
 * reportdb.h -- one run's report read from Steward's schema, for the
 * renderers in notifiers/report.h, which never touch the database.
 */
#ifndef STEWARD_REPORTDB_H
#define STEWARD_REPORTDB_H

#include <libpq-fe.h>

struct conf;
struct report;

/*
 * Fill r with run's report for jurisdiction (REPORT_ALL for the admin's
 * summary).  Returns 0, or -1 with *cause set; free r with report_free()
 * either way.
 */
int	report_load(PGconn *, const struct conf *, long long,
	    const char *, struct report *, char **);

#endif
