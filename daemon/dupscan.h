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
struct record;
struct ruleset;

/*
 * What a full scan leaves for the partial scans after it (the daemon
 * keeps one): each rule's matcher with its blocking index, so a changed
 * record is compared with the whole table without blocking it again.
 */
struct dup_cache;

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
	int			 probed;	/* a changed record: centre is the
						   best match, no cluster */
};

typedef void	(*dup_hit_fn)(void *, const struct dup_hit *);

/*
 * Run every duplicates rule over table, read on in (inside the scan's
 * snapshot), with the keys and comparisons whose fields the configuration
 * maps (a rule left with none is skipped, with a warning).  Returns 0, or
 * -1 and *cause; *config is set on a configuration error.
 */
int	dupscan_run(PGconn *, const struct conf *, const char *,
	    const struct ruleset *, struct dup_cache *, dup_hit_fn, void *,
	    int *, char **);

struct dup_cache *dupscan_cache_new(void);
void	dupscan_cache_free(struct dup_cache *);
/* The fields probes of table under rs need (bits), 0 if nothing kept. */
unsigned dupscan_cache_fields(const struct dup_cache *, const char *,
	    const struct ruleset *);
/*
 * Compare one changed record (its jurisdiction assigned) with the table
 * as the last full scan left it, and report its best match, if any.
 */
void	dupscan_probe(struct dup_cache *, const char *,
	    const struct ruleset *, const struct record *, dup_hit_fn,
	    void *);

/*
 * The clusters of run (0: the latest full scan) as csv
 * (cluster_id,record_key,score,decision), json or text.  0 or -1.
 */
int	dupscan_list(const struct conf *, long long, const char *, FILE *,
	    char **);

#endif
