/*
 * dupscan.h -- duplicate detection in a full scan: read the fields the
 * duplicates rules compare, run the matcher, hand back the clusters.
 */
#ifndef STEWARD_DUPSCAN_H
#define STEWARD_DUPSCAN_H

#include <stdio.h>

#include <libpq-fe.h>

#include "validators/dedup.h"

struct conf;
struct ruleset;

/* One member of a cluster; keys are not NUL-terminated. */
struct dup_hit {
	const struct rule_dup	*rule;
	const char		*key;
	size_t			 keylen;
	const char		*centre;
	size_t			 centrelen;
	uint32_t		 cluster;	/* unique within the scan */
	double			 score;
	enum dd_decision	 decision;
	int			 jur;		/* the member's jurisdiction, -1 */
};

typedef void	(*dup_hit_fn)(void *, const struct dup_hit *);

/*
 * Run every duplicates rule over table, read on in (inside the scan's
 * snapshot), with the keys and comparisons whose fields the configuration
 * maps (a rule left with none is skipped, with a warning).  Returns 0, or
 * -1 and *cause; *config is set on a configuration error.
 */
int	dupscan_run(PGconn *, const struct conf *, const char *,
	    const struct ruleset *, dup_hit_fn, void *, int *, char **);

/*
 * The clusters of run (0: the latest full scan) as csv
 * (cluster_id,record_key,score,decision), json or text.  0 or -1.
 */
int	dupscan_list(const struct conf *, long long, const char *, FILE *,
	    char **);

#endif
