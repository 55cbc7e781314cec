/*
 * scanfilter.h -- the condition every reader of the customer table adds
 * so that quarantined rows are out of use.
 *
 * Its own header so that the checks (scan.c) and the duplicates pass
 * (dupscan.c) share it without including each other.
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
