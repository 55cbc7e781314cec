/*
 * dedup.h -- finding the same person twice: blocking, comparison,
 * Fellegi-Sunter scoring with parameters estimated from the data, and
 * clustering with a guard against chains.
 *
 * The caller adds every record (dd_add), then runs the matcher once
 * (dd_run) and reads the clusters (dd_member).  Records are normalized on
 * the way in, so each is folded, transliterated and coded once, never per
 * pair.  Not thread-safe; one struct dd per thread.
 */
#ifndef STEWARD_DEDUP_H
#define STEWARD_DEDUP_H

#include <stddef.h>
#include <stdint.h>

#include "lib/record.h"
#include "validators/dupmodel.h"

/*
 * Records of one blocking group paired all with all, at most.  A larger
 * group is not skipped but windowed: sorted by the fields its key leaves
 * out, each record is paired with the next DD_WINDOW - 1, so no key adds
 * more than DD_GROUP - 1 pairs per record at any table size.
 */
#define DD_GROUP	10
#define DD_WINDOW	4

/*
 * Levels of a compare: enum sim_level (different, far, close, exact),
 * then DD_ALIAS, a given name's nickname ("Bill" for "William"): a
 * partial agreement with its own m and u, not equality.
 */
#define DD_ALIAS	4
#define DD_LEVELS	5

enum dd_decision {
	DD_MERGE,		/* every member matches the centre >= merge */
	DD_REVIEW		/* the rest of the clusters >= review */
};

struct dd_member {
	uint32_t		 rec;		/* order of dd_add, from 0 */
	uint32_t		 cluster;	/* from 1 */
	uint32_t		 centre;	/* the cluster's centre record */
	double			 score;		/* match probability with it */
	enum dd_decision	 decision;
};

struct dd_stats {
	size_t		 records;
	size_t		 pairs;		/* candidate pairs compared */
	size_t		 big_blocks;	/* groups over DD_GROUP, windowed */
	size_t		 shared;	/* identifiers too common to count */
	unsigned	 windowed_keys;	/* bit per key with a windowed group */
	size_t		 key_pairs[DUP_MAX_BLOCKS];	/* pairs each key made */
	double		 key_found[DUP_MAX_BLOCKS];	/* its EM: matches */
	double		 key_share[DUP_MAX_BLOCKS];	/* of its pairs */
	int		 key_iter[DUP_MAX_BLOCKS];	/* -1: not converged */
	size_t		 clusters_merge;
	size_t		 clusters_review;
	size_t		 split;		/* members split off a chain */
	double		 lambda;	/* prior: a random pair matches */
	double		 matches;	/* expected matching pairs, estimated */
	int		 em_iterations;	/* the most any key's EM took */
	int		 em_unconverged;	/* keys whose EM hit its cap */
	double		 m[DUP_MAX_COMPARES][DD_LEVELS];	/* per level */
	double		 u[DUP_MAX_COMPARES][DD_LEVELS];
	double		 t_block, t_compare, t_em, t_cluster;	/* seconds */
};

struct dd;

struct dd	*dd_new(const struct rule_dup *, char *, size_t);
/* Copy one record in; vals is indexed by enum field. */
void		 dd_add(struct dd *, const char *, size_t,
		    const struct field_value *);
/*
 * Two keys a person said are different customers (NUL-free): the pair is
 * never an edge, and a cluster holding both goes to review.  Before dd_run.
 */
void		 dd_forbid(struct dd *, const char *, size_t, const char *,
		    size_t);
/*
 * Keep the blocking index after dd_run, so that records changed later
 * can be matched alone (dd_probe).  Before dd_run.
 */
void		 dd_keep_index(struct dd *);
typedef void	(*dd_match_fn)(void *, uint32_t, double);
/*
 * After dd_run with the index kept: add or update one record, compare it
 * with the records that share a blocking key (sorted-neighbourhood keys
 * aside) under the parameters the full run estimated, and call fn for
 * each at or above review.  The number of matches, or -1 without index.
 */
int		 dd_probe(struct dd *, const char *, size_t,
		    const struct field_value *, dd_match_fn, void *);
/* Match; 0, or -1 when out of memory for the pairs (never partial). */
int		 dd_run(struct dd *, struct dd_stats *);
/* Members of merge and review clusters, by cluster. */
size_t		 dd_nmembers(const struct dd *);
const struct dd_member *dd_member(const struct dd *, size_t);
/* A record's key as added. */
const char	*dd_key(const struct dd *, uint32_t, size_t *);
/* Match probability of any two records (for tests and explanations). */
double		 dd_score(struct dd *, uint32_t, uint32_t);
void		 dd_free(struct dd *);

#endif
