/*
 * diag.h -- shared by the unit tests of the config and rule language:
 * assert that diagnostic i has this level, line, column and message.
 * Include after <cmocka.h> and "rules/cfgparse.h".
 */
#ifndef STEWARD_TEST_DIAG_H
#define STEWARD_TEST_DIAG_H

#include <string.h>

static inline void
diag_is(const struct cfg_doc *doc, size_t i, enum cfg_level level, int line,
    int col, const char *msg)
{
	const struct cfg_diag	*d;

	if (i >= doc->ndiags)
		fail_msg("diagnostic %zu (%s) expected, only %zu", i, msg,
		    doc->ndiags);
	d = &doc->diags[i];
	if (d->level != level || d->pos.line != line || d->pos.col != col ||
	    strstr(d->msg, msg) == NULL)
		fail_msg("diagnostic %zu is %s %d:%d '%s'; expected %s %d:%d "
		    "containing '%s'", i, d->level == CFG_ERROR ? "error" :
		    "warning", d->pos.line, d->pos.col, d->msg,
		    level == CFG_ERROR ? "error" : "warning", line, col, msg);
}

#endif
