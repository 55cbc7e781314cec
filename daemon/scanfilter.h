/*
 * scanfilter.h -- the one piece of the scan the duplicates pass needs:
 * the condition that keeps quarantined rows out of use.
 *
 * scan_quarantine_filter is defined in scan.c; it has this header of its
 * own so that scan.c and dupscan.c do not include each other (scan.c
 * runs dupscan; dupscan only needs the filter).
 */
#ifndef STEWARD_SCANFILTER_H
#define STEWARD_SCANFILTER_H

#include <libpq-fe.h>

struct buf;
struct conf;

/*
 * In flag mode, append " kw flag_column IS DISTINCT FROM flag_value" to
 * q (kw is "WHERE" or "AND"); in move mode append nothing.
 */
void	scan_quarantine_filter(PGconn *, const struct conf *, struct buf *,
	    const char *);

#endif
