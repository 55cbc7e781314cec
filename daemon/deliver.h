/*
 * deliver.h -- after a run: write its reports, spool a message per
 * jurisdiction, and deliver what the spool holds.
 */
#ifndef STEWARD_DELIVER_H
#define STEWARD_DELIVER_H

#include <stdio.h>

#include "daemon/conf.h"

struct deliver_stats {
	int	 reports;	/* reports written (files) */
	int	 spooled;	/* messages new in the spool */
	int	 delivered;
	int	 deferred;	/* failed this time, will be retried */
	int	 dead;		/* moved to dead/ */
};

/*
 * Render run's reports (one per jurisdiction with records, "unassigned",
 * and the global summary), write them to reports { directory } and spool
 * a mail and a webhook message for each.  A run already spooled is not
 * spooled again.  Returns 0, or -1 with *cause set.
 */
/*
 * Claim the spool and reports directories for cf's database, schema and
 * table (a .steward-owner file in each), or fail with *cause naming the
 * owner: two tables must not share them.  Creates them when missing.
 */
int	deliver_claim(const struct conf *, char **);
int	deliver_produce(const struct conf *, long long, struct deliver_stats *,
	    char **);
/*
 * Try every queued message that is due (all of them with force).  Returns
 * 0 even when deliveries fail (they stay queued), -1 with *cause set when
 * the spool itself is unusable.
 */
int	deliver_flush(const struct conf *, int, struct deliver_stats *,
	    char **);

/* steward spool list|retry ID|drop ID */
int	deliver_spool_list(const struct conf *, FILE *, char **);
int	deliver_spool_retry(const struct conf *, const char *, char **);
int	deliver_spool_drop(const struct conf *, const char *, char **);

/* steward report: render a past run's report to fp. */
int	deliver_report(const struct conf *, long long, const char *,
	    const char *, FILE *, char **);

#endif
