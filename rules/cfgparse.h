/*
 * cfgparse.h -- the block-structured language of steward.conf and of the
 * rule files.
 *
 * The parser knows the grammar only: statements made of a name, arguments
 * and an optional block.  What a statement means is decided by the layers
 * above (daemon/conf.c for options, rules/ruleset.c for checks), which
 * walk the tree and report through the same diagnostics list, so every
 * message carries file:line:column.
 *
 *	file      = { statement }
 *	statement = WORD { value } ( NEWLINE | ";" | block )
 *	block     = "{" { statement } "}"
 *	value     = WORD | STRING | NUMBER | DURATION | list
 *	list      = "[" [ value { "," value } [ "," ] ] "]"
 *	DURATION  = NUMBER UNIT | NUMBER "business" ("day" | "days")
 *
 * Strings are "double quoted" with C escapes or 'single quoted' raw text.
 * "#" starts a comment.  include "GLOB" splices the named files in, sorted,
 * relative to the including file's directory.
 */
#ifndef STEWARD_CFGPARSE_H
#define STEWARD_CFGPARSE_H

#include <stddef.h>
#include <stdio.h>

#include "lib/duration.h"

struct cfg_pos {
	const char	*file;		/* owned by struct cfg_doc */
	int		 line;
	int		 col;
};

enum cfg_type {
	CFG_WORD,
	CFG_STRING,
	CFG_NUMBER,
	CFG_DURATION,
	CFG_LIST
};

struct cfg_value {
	enum cfg_type		 type;
	struct cfg_pos		 pos;
	char			*str;	/* WORD, STRING; source text for NUMBER */
	size_t			 len;	/* bytes in str (strings may hold NUL) */
	double			 num;	/* NUMBER, and the count of DURATION */
	enum cfg_unit		 unit;	/* DURATION */
	struct cfg_value	*items;	/* LIST */
	size_t			 nitems;
};

struct cfg_node {
	char			*name;
	struct cfg_pos		 pos;
	struct cfg_value	*args;
	size_t			 nargs;
	int			 has_block;
	struct cfg_node		*children;
	size_t			 nchildren;
	/*
	 * Broken statements dropped from the block (already reported): the
	 * layers above do not then complain that something is missing.
	 */
	int			 dropped;
};

enum cfg_level {
	CFG_ERROR,
	CFG_WARNING
};

struct cfg_diag {
	enum cfg_level	 level;
	struct cfg_pos	 pos;
	char		*msg;
	char		*line;		/* the offending source line, or NULL */
};

struct cfg_doc {
	struct cfg_node	 root;		/* top-level statements as children */
	char		**files;	/* every file read, owns pos.file */
	size_t		 nfiles;
	struct cfg_diag	*diags;
	size_t		 ndiags;
	int		 nerrors;
	int		 nwarnings;
};

/*
 * Parse a file (and its includes).  Always returns a document; check
 * doc->nerrors.  Free with cfg_doc_free().
 */
struct cfg_doc	*cfg_parse_file(const char *);
/* Parse a string as if it were the named file (tests, fuzzing). */
struct cfg_doc	*cfg_parse_string(const char *, const char *, size_t);
void		 cfg_doc_free(struct cfg_doc *);

/* Record a diagnostic at pos; fills in the source line when it can. */
void		 cfg_diag(struct cfg_doc *, enum cfg_level, const struct cfg_pos *,
		    const char *, ...) __attribute__((format(printf, 4, 5)));
/* Print all diagnostics to the stream, gcc style. */
void		 cfg_print_diags(const struct cfg_doc *, FILE *);

/*
 * Source column of byte off of a string value's decoded text, escapes
 * accounted for (where a pcre2 error points inside a pattern).
 */
int		 cfg_string_col(const struct cfg_doc *, const struct cfg_value *,
		    size_t);
/* Append v as the parser would read it back. */
struct buf;
void		 cfg_value_print(struct buf *, const struct cfg_value *);
const char	*cfg_type_name(enum cfg_type);
const char	*cfg_unit_name(enum cfg_unit);
/* Length in seconds; months and years are Gregorian averages. */
double		 cfg_duration_seconds(const struct cfg_value *);

#endif
