/*
 * test_cfgparse.c -- the configuration language: lexer, parser, includes
 * and diagnostics (rules/cfgparse.c).
 *
 * Every error test pins file:line:column, because that position is what
 * an administrator sees in `steward check`.  Include tests build their
 * files in a private mkdtemp directory that is removed afterwards.
 */
#include "config.h"

#include <sys/stat.h>
#include <sys/types.h>

#include <ftw.h>
#include <limits.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "rules/cfgparse.h"
#include "tests/unit/diag.h"

#define NEAR(a, b)	((a) - (b) < 1e-6 && (b) - (a) < 1e-6)

static struct cfg_doc *
parse(const char *text)
{
	return cfg_parse_string("t.conf", text, strlen(text));
}

/* Diagnostic i has this level, position and message text (a substring). */
static const struct cfg_node *
child(const struct cfg_node *n, size_t i, const char *name)
{
	if (i >= n->nchildren)
		fail_msg("child %zu (%s) expected, only %zu", i, name,
		    n->nchildren);
	assert_string_equal(n->children[i].name, name);
	return &n->children[i];
}

static char *
print_diags(const struct cfg_doc *doc)
{
	char	*out = NULL;
	size_t	 len = 0;
	FILE	*fp;

	fp = open_memstream(&out, &len);
	assert_non_null(fp);
	cfg_print_diags(doc, fp);
	assert_int_equal(fclose(fp), 0);
	return out;
}

/* Temporary directories for the include tests. */

static int
rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	return remove(path);
}

static void
rmtree(const char *dir)
{
	assert_int_equal(nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS), 0);
}

static char *
mktmp(void)
{
	const char	*base = getenv("TMPDIR");
	char		*dir;

	if (base == NULL || *base == '\0')
		base = "/tmp";
	assert_true(asprintf(&dir, "%s/steward-cfg.XXXXXX", base) != -1);
	assert_non_null(mkdtemp(dir));
	return dir;
}

/* Write dir/rel with the given text and mode; returns the full path. */
static char *
put(const char *dir, const char *rel, const char *text, mode_t mode)
{
	char	*path;
	FILE	*fp;

	assert_true(asprintf(&path, "%s/%s", dir, rel) != -1);
	fp = fopen(path, "w");
	assert_non_null(fp);
	assert_int_equal(fputs(text, fp) >= 0, 1);
	assert_int_equal(fclose(fp), 0);
	assert_int_equal(chmod(path, mode), 0);
	return path;
}

static void
subdir(const char *dir, const char *rel)
{
	char	*path;

	assert_true(asprintf(&path, "%s/%s", dir, rel) != -1);
	assert_int_equal(mkdir(path, 0755), 0);
	free(path);
}

/* Lexical structure. */

static void
test_comments(void **state)
{
	struct cfg_doc		*doc;
	const struct cfg_node	*n;

	doc = parse("# a comment line\n"
	    "name value # trailing comment\n"
	    "   # indented comment\n"
	    "quoted \"not # a comment\" 'nor # this'\n"
	    "#last line without newline");
	assert_int_equal(doc->nerrors, 0);
	assert_int_equal(doc->ndiags, 0);
	assert_int_equal(doc->root.nchildren, 2);
	n = child(&doc->root, 0, "name");
	assert_int_equal(n->nargs, 1);
	assert_int_equal(n->args[0].type, CFG_WORD);
	assert_string_equal(n->args[0].str, "value");
	assert_int_equal(n->pos.line, 2);
	assert_int_equal(n->pos.col, 1);
	n = child(&doc->root, 1, "quoted");
	assert_int_equal(n->nargs, 2);
	assert_string_equal(n->args[0].str, "not # a comment");
	assert_string_equal(n->args[1].str, "nor # this");
	cfg_doc_free(doc);
}

static void
test_statement_terminators(void **state)
{
	struct cfg_doc		*doc;
	const struct cfg_node	*n;

	doc = parse("a 1; b 2\nc 3;d\n;;\n\ne x y z");
	assert_int_equal(doc->nerrors, 0);
	assert_int_equal(doc->root.nchildren, 5);
	child(&doc->root, 0, "a");
	n = child(&doc->root, 1, "b");
	assert_int_equal(n->pos.line, 1);
	assert_int_equal(n->pos.col, 6);
	assert_int_equal(n->nargs, 1);
	child(&doc->root, 2, "c");
	n = child(&doc->root, 3, "d");
	assert_int_equal(n->nargs, 0);
	assert_int_equal(n->pos.line, 2);
	assert_int_equal(n->pos.col, 5);
	n = child(&doc->root, 4, "e");
	assert_int_equal(n->nargs, 3);
	assert_int_equal(n->pos.line, 5);
	assert_string_equal(n->args[2].str, "z");
	assert_int_equal(n->args[2].pos.col, 7);
	cfg_doc_free(doc);
}

static void
test_words(void **state)
{
	struct cfg_doc		*doc;
	const struct cfg_node	*n;

	/* Words may hold digits, '-', '.' and '_' after the first letter. */
	doc = parse("mode dry-run\nname_2 a.b-c_d9\n_x 1\n");
	assert_int_equal(doc->nerrors, 0);
	n = child(&doc->root, 0, "mode");
	assert_string_equal(n->args[0].str, "dry-run");
	assert_int_equal(n->args[0].len, 7);
	n = child(&doc->root, 1, "name_2");
	assert_int_equal(n->args[0].type, CFG_WORD);
	assert_string_equal(n->args[0].str, "a.b-c_d9");
	child(&doc->root, 2, "_x");
	cfg_doc_free(doc);
}

static void
test_nested_blocks(void **state)
{
	struct cfg_doc		*doc;
	const struct cfg_node	*outer, *inner, *n;

	doc = parse("outer x {\n"
	    "\tinner {\n"
	    "\t\tleaf 1\n"
	    "\t\tdeeper { deepest yes }\n"
	    "\t}\n"
	    "\tempty {}\n"
	    "\tother\n"
	    "}\n"
	    "after; oneline { a 1; b 2 }\n");
	assert_int_equal(doc->nerrors, 0);
	assert_int_equal(doc->root.nchildren, 3);
	outer = child(&doc->root, 0, "outer");
	assert_true(outer->has_block);
	assert_int_equal(outer->nargs, 1);
	assert_string_equal(outer->args[0].str, "x");
	assert_int_equal(outer->nchildren, 3);
	inner = child(outer, 0, "inner");
	assert_true(inner->has_block);
	assert_int_equal(inner->nchildren, 2);
	n = child(inner, 0, "leaf");
	assert_int_equal(n->pos.line, 3);
	assert_int_equal(n->pos.col, 3);
	assert_false(n->has_block);
	n = child(inner, 1, "deeper");
	assert_int_equal(n->nchildren, 1);
	n = child(n, 0, "deepest");
	assert_string_equal(n->args[0].str, "yes");
	n = child(outer, 1, "empty");
	assert_true(n->has_block);
	assert_int_equal(n->nchildren, 0);
	n = child(outer, 2, "other");
	assert_false(n->has_block);
	child(&doc->root, 1, "after");
	n = child(&doc->root, 2, "oneline");
	assert_int_equal(n->nchildren, 2);
	child(n, 0, "a");
	child(n, 1, "b");
	cfg_doc_free(doc);
}

static void
test_lists(void **state)
{
	struct cfg_doc		*doc;
	const struct cfg_node	*n;
	const struct cfg_value	*v;

	doc = parse("l [a, 'b', 3, 2d, [x, y]]\n"
	    "multi [\n"
	    "\tfirst,\n"
	    "\tsecond,\n"
	    "]\n"
	    "empty []\n"
	    "next 1\n");
	assert_int_equal(doc->nerrors, 0);
	assert_int_equal(doc->root.nchildren, 4);

	n = child(&doc->root, 0, "l");
	assert_int_equal(n->nargs, 1);
	v = &n->args[0];
	assert_int_equal(v->type, CFG_LIST);
	assert_int_equal(v->nitems, 5);
	assert_int_equal(v->items[0].type, CFG_WORD);
	assert_string_equal(v->items[0].str, "a");
	assert_int_equal(v->items[1].type, CFG_STRING);
	assert_string_equal(v->items[1].str, "b");
	assert_int_equal(v->items[2].type, CFG_NUMBER);
	assert_true(NEAR(v->items[2].num, 3));
	assert_int_equal(v->items[3].type, CFG_DURATION);
	assert_int_equal(v->items[3].unit, CFG_UNIT_DAY);
	assert_int_equal(v->items[4].type, CFG_LIST);
	assert_int_equal(v->items[4].nitems, 2);
	assert_string_equal(v->items[4].items[1].str, "y");

	/* Newlines inside [ ] are blanks; a trailing comma is allowed. */
	n = child(&doc->root, 1, "multi");
	assert_int_equal(n->nargs, 1);
	v = &n->args[0];
	assert_int_equal(v->nitems, 2);
	assert_string_equal(v->items[0].str, "first");
	assert_int_equal(v->items[1].pos.line, 4);
	assert_int_equal(v->items[1].pos.col, 2);

	n = child(&doc->root, 2, "empty");
	assert_int_equal(n->args[0].type, CFG_LIST);
	assert_int_equal(n->args[0].nitems, 0);
	n = child(&doc->root, 3, "next");
	assert_int_equal(n->pos.line, 7);
	cfg_doc_free(doc);
}

static void
test_string_escapes(void **state)
{
	static const char	 want[] = "a\\b\"c'd\ne\tf\rgA\xc3\xa9h";
	struct cfg_doc		*doc;
	const struct cfg_node	*n;

	doc = parse("s \"a\\\\b\\\"c\\'d\\ne\\tf\\rg\\x41\\u{e9}h\"\n"
	    "hex \"\\x7e\\xC3\\xA9\"\n"
	    "astral \"\\u{1F600}\\u{7f}\\u{10FFFF}\"\n"
	    "nul \"\\x00z\"\n"
	    "empty \"\"\n");
	assert_int_equal(doc->nerrors, 0);
	n = child(&doc->root, 0, "s");
	assert_int_equal(n->args[0].type, CFG_STRING);
	assert_int_equal(n->args[0].len, sizeof want - 1);
	assert_memory_equal(n->args[0].str, want, sizeof want);
	n = child(&doc->root, 1, "hex");
	assert_string_equal(n->args[0].str, "~\xc3\xa9");
	n = child(&doc->root, 2, "astral");
	assert_string_equal(n->args[0].str,
	    "\xf0\x9f\x98\x80\x7f\xf4\x8f\xbf\xbf");
	/* A NUL from \x00 is kept: len counts it, strlen stops at it. */
	n = child(&doc->root, 3, "nul");
	assert_int_equal(n->args[0].len, 2);
	assert_memory_equal(n->args[0].str, "\0z", 3);
	n = child(&doc->root, 4, "empty");
	assert_int_equal(n->args[0].type, CFG_STRING);
	assert_int_equal(n->args[0].len, 0);
	assert_string_equal(n->args[0].str, "");
	cfg_doc_free(doc);
}

static void
test_raw_strings(void **state)
{
	struct cfg_doc		*doc;
	const struct cfg_node	*n;

	doc = parse("r 'C:\\new\\t\\x41\\u{e9}' 'say \"hi\"' '^\\d+$'\n");
	assert_int_equal(doc->nerrors, 0);
	n = child(&doc->root, 0, "r");
	assert_int_equal(n->nargs, 3);
	assert_int_equal(n->args[0].type, CFG_STRING);
	assert_string_equal(n->args[0].str, "C:\\new\\t\\x41\\u{e9}");
	assert_int_equal(n->args[0].len, strlen("C:\\new\\t\\x41\\u{e9}"));
	assert_string_equal(n->args[1].str, "say \"hi\"");
	assert_string_equal(n->args[2].str, "^\\d+$");
	assert_int_equal(n->args[2].pos.col, 35);
	cfg_doc_free(doc);
}

static void
test_numbers(void **state)
{
	struct cfg_doc		*doc;
	const struct cfg_node	*n;

	doc = parse("a 42\nb -7\nc 1_000\nd 3.5\ne 0\nf -1_000_000 12\n");
	assert_int_equal(doc->nerrors, 0);
	n = child(&doc->root, 0, "a");
	assert_int_equal(n->args[0].type, CFG_NUMBER);
	assert_true(NEAR(n->args[0].num, 42));
	assert_string_equal(n->args[0].str, "42");
	n = child(&doc->root, 1, "b");
	assert_int_equal(n->args[0].type, CFG_NUMBER);
	assert_true(NEAR(n->args[0].num, -7));
	n = child(&doc->root, 2, "c");
	assert_true(NEAR(n->args[0].num, 1000));
	assert_string_equal(n->args[0].str, "1000");
	n = child(&doc->root, 3, "d");
	assert_true(NEAR(n->args[0].num, 3.5));
	n = child(&doc->root, 4, "e");
	assert_true(NEAR(n->args[0].num, 0));
	n = child(&doc->root, 5, "f");
	assert_int_equal(n->nargs, 2);
	assert_true(NEAR(n->args[0].num, -1000000));
	assert_true(NEAR(n->args[1].num, 12));
	assert_int_equal(n->args[1].pos.col, 14);
	cfg_doc_free(doc);

	doc = parse("a 1.2.3\nb 2\n");
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 1, 3, "malformed number '1.2.3'");
	/* The broken statement is dropped, not passed on half-read. */
	child(&doc->root, 0, "b");
	cfg_doc_free(doc);

	/* A lone '-' is no number. */
	doc = parse("a - 1\n");
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 1, 3, "unexpected character '-'");
	cfg_doc_free(doc);
}

static void
test_durations(void **state)
{
	static const struct {
		const char	*text;
		double		 count;
		enum cfg_unit	 unit;
	} cases[] = {
		{ "90d", 90, CFG_UNIT_DAY },
		{ "24 months", 24, CFG_UNIT_MONTH },
		{ "10 business days", 10, CFG_UNIT_BUSINESS_DAY },
		{ "1 business day", 1, CFG_UNIT_BUSINESS_DAY },
		{ "5bd", 5, CFG_UNIT_BUSINESS_DAY },
		{ "2w", 2, CFG_UNIT_WEEK },
		{ "3 weeks", 3, CFG_UNIT_WEEK },
		{ "1y", 1, CFG_UNIT_YEAR },
		{ "2 years", 2, CFG_UNIT_YEAR },
		{ "6mo", 6, CFG_UNIT_MONTH },
		{ "1 mo", 1, CFG_UNIT_MONTH },
		{ "30s", 30, CFG_UNIT_SECOND },
		{ "10 sec", 10, CFG_UNIT_SECOND },
		{ "5min", 5, CFG_UNIT_MINUTE },
		{ "1 minute", 1, CFG_UNIT_MINUTE },
		{ "12h", 12, CFG_UNIT_HOUR },
		{ "1 hour", 1, CFG_UNIT_HOUR },
		{ "1_000d", 1000, CFG_UNIT_DAY },
		{ "1.5h", 1.5, CFG_UNIT_HOUR },
	};
	struct cfg_doc		*doc;
	const struct cfg_node	*n;
	char			*text;
	size_t			 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_true(asprintf(&text, "keep %s\nnext 1\n",
		    cases[i].text) != -1);
		doc = parse(text);
		if (doc->nerrors != 0)
			fail_msg("'%s': %s", cases[i].text, doc->diags[0].msg);
		assert_int_equal(doc->root.nchildren, 2);
		n = child(&doc->root, 0, "keep");
		if (n->nargs != 1 || n->args[0].type != CFG_DURATION)
			fail_msg("'%s' is not one duration", cases[i].text);
		assert_true(NEAR(n->args[0].num, cases[i].count));
		assert_int_equal(n->args[0].unit, cases[i].unit);
		assert_int_equal(n->args[0].pos.col, 6);
		cfg_doc_free(doc);
		free(text);
	}

	/* A number before a word that is no unit stays a number. */
	doc = parse("k 5 apples\nl [1 d, 2 weeks]\n");
	assert_int_equal(doc->nerrors, 0);
	n = child(&doc->root, 0, "k");
	assert_int_equal(n->nargs, 2);
	assert_int_equal(n->args[0].type, CFG_NUMBER);
	assert_int_equal(n->args[1].type, CFG_WORD);
	n = child(&doc->root, 1, "l");
	assert_int_equal(n->args[0].nitems, 2);
	assert_int_equal(n->args[0].items[0].type, CFG_DURATION);
	assert_int_equal(n->args[0].items[1].unit, CFG_UNIT_WEEK);
	cfg_doc_free(doc);
}

static void
test_unknown_unit(void **state)
{
	struct cfg_doc	*doc;

	doc = parse("retain 5x\nnext 1\n");
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 1, 8, "unknown unit 'x' after 5");
	child(&doc->root, 0, "next");
	cfg_doc_free(doc);

	doc = parse("retain 3 months\nkeep 90 dayz\nx 2fortnights\n");
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 3, 3, "unknown unit 'fortnights'");
	cfg_doc_free(doc);

	doc = parse("a [1d, 2q]\n");
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 1, 8, "unknown unit 'q' after 2");
	cfg_doc_free(doc);

	doc = parse("a 5 business weeks\nnext 1\n");
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 1, 14, "expected 'days' after 'business'");
	child(&doc->root, 0, "next");
	cfg_doc_free(doc);
}

/*
 * "5 business" at the end of a line is an error at that end; the parser
 * should resynchronise at the next line as it does everywhere else, so
 * the statement and the error on the following lines are still seen.
 */
static void
test_business_at_end_of_line(void **state)
{
	struct cfg_doc	*doc;
	int		 nerrors, line1, col1, line2;
	size_t		 nchildren;
	char		*second;

	doc = parse("a 5 business\nb 1\nc @\n");
	diag_is(doc, 0, CFG_ERROR, 1, 13, "expected 'days' after 'business'");
	nerrors = doc->nerrors;
	nchildren = doc->root.nchildren;
	line1 = doc->diags[0].pos.line;
	col1 = doc->diags[0].pos.col;
	line2 = doc->ndiags > 1 ? doc->diags[1].pos.line : 0;
	/* a and c are broken and dropped; b must survive. */
	second = strdup(nchildren > 0 ? doc->root.children[0].name : "");
	cfg_doc_free(doc);
	assert_int_equal(line1, 1);
	assert_int_equal(col1, 13);
	if (nchildren != 1 || strcmp(second, "b") != 0) {
		free(second);
		fail_msg("statement 'b 1' on line 2 was swallowed (%zu "
		    "statements)", nchildren);
	}
	free(second);
	assert_int_equal(nerrors, 2);
	assert_int_equal(line2, 3);
}

/* Errors and where they are reported. */

static void
test_error_unterminated_string(void **state)
{
	struct cfg_doc	*doc;

	doc = parse("ok 1\nname \"abc\nnext 1\n");
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 2, 6, "unterminated string");
	child(&doc->root, 1, "next");
	cfg_doc_free(doc);

	doc = parse("x  'raw to the end");
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 1, 4, "unterminated string");
	cfg_doc_free(doc);

	/* A backslash just before the newline does not continue the line. */
	doc = parse("y \"abc\\\nz 1\n");
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 1, 3, "unterminated string");
	child(&doc->root, 0, "z");
	cfg_doc_free(doc);
}

static void
test_error_escapes(void **state)
{
	struct cfg_doc	*doc;

	doc = parse("a \"x\\qy\"\n");
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 1, 5, "unknown escape '\\q'");
	assert_non_null(strstr(doc->diags[0].msg, "single quotes"));
	cfg_doc_free(doc);

	doc = parse("regex \"^\\d+$\"\n");
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 1, 9, "unknown escape '\\d'");
	cfg_doc_free(doc);

	doc = parse("a \"\\xZZ\"\nb \"\\x4\"\n");
	assert_int_equal(doc->nerrors, 2);
	diag_is(doc, 0, CFG_ERROR, 1, 4, "\\x needs two hexadecimal digits");
	diag_is(doc, 1, CFG_ERROR, 2, 4, "\\x needs two hexadecimal digits");
	cfg_doc_free(doc);

	doc = parse("a \"\\u{110000}\"\nb \"\\u{d800}\"\nc \"\\u41\"\n"
	    "d \"\\u{}\"\ne \"\\u{1234567}\"\n");
	assert_int_equal(doc->nerrors, 5);
	diag_is(doc, 0, CFG_ERROR, 1, 13, "\\u needs a code point");
	diag_is(doc, 1, CFG_ERROR, 2, 11, "\\u needs a code point");
	diag_is(doc, 2, CFG_ERROR, 3, 5, "\\u needs a code point");
	diag_is(doc, 3, CFG_ERROR, 4, 7, "\\u needs a code point");
	diag_is(doc, 4, CFG_ERROR, 5, 13, "\\u needs a code point");
	cfg_doc_free(doc);
}

static void
test_error_unexpected_character(void **state)
{
	struct cfg_doc	*doc;

	doc = parse("a @b\nc 1\n  $\n");
	assert_int_equal(doc->nerrors, 2);
	diag_is(doc, 0, CFG_ERROR, 1, 3, "unexpected character '@'");
	diag_is(doc, 1, CFG_ERROR, 3, 3, "unexpected character '$'");
	child(&doc->root, 0, "c");
	cfg_doc_free(doc);

	doc = parse("x \x01\n");
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 1, 3, "unexpected byte 0x01");
	cfg_doc_free(doc);

	/* A statement cannot start with '=' or anything but a name. */
	doc = parse("= 1\n");
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 1, 1, "unexpected character '='");
	cfg_doc_free(doc);

	doc = parse("\"quoted\" statement\n[x]\n");
	assert_int_equal(doc->nerrors, 2);
	diag_is(doc, 0, CFG_ERROR, 1, 1, "expected an option name, found a "
	    "string");
	diag_is(doc, 1, CFG_ERROR, 2, 1, "expected an option name, found '['");
	cfg_doc_free(doc);

	doc = parse("a ]\nb ,\n");
	assert_int_equal(doc->nerrors, 2);
	diag_is(doc, 0, CFG_ERROR, 1, 3, "unexpected ']' after 'a'");
	diag_is(doc, 1, CFG_ERROR, 2, 3, "unexpected ',' after 'b'");
	cfg_doc_free(doc);
}

/*
 * A non-ASCII letter outside quotes is one mistake at one column; it
 * should be reported once, not once per byte of its UTF-8 encoding.
 */
static void
test_error_non_ascii_name_once(void **state)
{
	struct cfg_doc	*doc;
	char		*second = NULL;
	int		 nerrors, col2 = 0;

	doc = parse("x \xc3\xa4 1\nb 2\n");
	diag_is(doc, 0, CFG_ERROR, 1, 3, "unexpected non-ASCII character");
	child(&doc->root, 0, "b");
	nerrors = doc->nerrors;
	if (nerrors > 1) {
		second = strdup(doc->diags[1].msg);
		col2 = doc->diags[1].pos.col;
	}
	cfg_doc_free(doc);
	if (nerrors != 1) {
		fprintf(stderr, "# second error: '%s' at 1:%d\n", second, col2);
		free(second);
		fail_msg("one bad character gave %d errors", nerrors);
	}
}

static void
test_error_braces(void **state)
{
	struct cfg_doc	*doc;

	doc = parse("a 1\n}\nb 2\n");
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 2, 1, "'}' closes no block");
	assert_int_equal(doc->root.nchildren, 2);
	child(&doc->root, 1, "b");
	cfg_doc_free(doc);

	/* The unclosed block is reported at its '{', not at end of file. */
	doc = parse("ok 1\nouter  {\n\tinner {\n\t}\n\tx 1\n\n");
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 2, 8, "block opened here is not closed");
	child(&doc->root, 1, "outer");
	cfg_doc_free(doc);

	doc = parse("a {\n b {\n  c {\n");
	assert_int_equal(doc->nerrors, 3);
	diag_is(doc, 0, CFG_ERROR, 3, 5, "not closed");
	diag_is(doc, 1, CFG_ERROR, 2, 4, "not closed");
	diag_is(doc, 2, CFG_ERROR, 1, 3, "not closed");
	cfg_doc_free(doc);
}

static void
test_error_list(void **state)
{
	struct cfg_doc	*doc;

	doc = parse("l [a b]\nnext 1\n");
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 1, 6, "expected ',' or ']' in list opened "
	    "at line 1, found a name");
	child(&doc->root, 0, "next");
	cfg_doc_free(doc);

	/* In a list over several lines the error names the opening line. */
	doc = parse("x 1\nfields [\n\temail,\n\tphone\n\tcountry,\n]\nnext 1\n");
	diag_is(doc, 0, CFG_ERROR, 5, 2, "expected ',' or ']' in list opened "
	    "at line 2, found a name");
	/* The rest of the list is skipped, not read as statements. */
	assert_int_equal(doc->nerrors, 1);
	assert_int_equal(doc->root.nchildren, 2);
	child(&doc->root, 1, "next");
	cfg_doc_free(doc);

	doc = parse("l [a, ;]\n");
	diag_is(doc, 0, CFG_ERROR, 1, 7, "expected a value or ']' in list "
	    "opened at line 1, found ';'");
	cfg_doc_free(doc);

	/* A '}' in an unfinished list still closes the enclosing block. */
	doc = parse("blk {\n\tl [a, }\nnext 1\n");
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 2, 8, "expected a value or ']' in list "
	    "opened at line 2, found '}'");
	assert_int_equal(doc->root.nchildren, 2);
	child(&doc->root, 1, "next");
	cfg_doc_free(doc);

	doc = parse("l [a,, b]\n");
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 1, 6, "found ','");
	cfg_doc_free(doc);

	doc = parse("l [a, b\n");
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 2, 1, "found end of file");
	cfg_doc_free(doc);
}

static void
test_continues_after_errors(void **state)
{
	struct cfg_doc	*doc;

	doc = parse("good 1\n"
	    "bad \"x\\q\"\n"
	    "also_good yes\n"
	    "ratio 5parsecs\n"
	    "}\n"
	    "list [1 2]\n"
	    "block {\n"
	    "\tinner @\n"
	    "\tfine 1\n"
	    "}\n"
	    "last 1\n");
	assert_int_equal(doc->nerrors, 5);
	diag_is(doc, 0, CFG_ERROR, 2, 7, "unknown escape");
	diag_is(doc, 1, CFG_ERROR, 4, 7, "unknown unit 'parsecs'");
	diag_is(doc, 2, CFG_ERROR, 5, 1, "'}' closes no block");
	diag_is(doc, 3, CFG_ERROR, 6, 9, "expected ',' or ']'");
	diag_is(doc, 4, CFG_ERROR, 8, 8, "unexpected character '@'");
	child(&doc->root, 0, "good");
	child(&doc->root, 1, "also_good");
	child(&doc->root, 3, "last");
	child(child(&doc->root, 2, "block"), 0, "fine");
	cfg_doc_free(doc);

	/* An error on every line: each one is reported. */
	doc = parse("@\n@\n@\n@\n@\n@\n@\n@\n@\n@\n");
	assert_int_equal(doc->nerrors, 10);
	diag_is(doc, 9, CFG_ERROR, 10, 1, "unexpected character '@'");
	cfg_doc_free(doc);
}

static void
test_nesting_limit(void **state)
{
	struct cfg_doc	*doc;
	char		*text;
	size_t		 i, len = 0;
	FILE		*fp;

	fp = open_memstream(&text, &len);
	assert_non_null(fp);
	for (i = 0; i < 40; i++)
		fprintf(fp, "x {\n");
	for (i = 0; i < 40; i++)
		fprintf(fp, "}\n");
	fprintf(fp, "after 1\n");
	assert_int_equal(fclose(fp), 0);
	doc = parse(text);
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 33, 3, "blocks nested too deep");
	child(&doc->root, 1, "after");
	cfg_doc_free(doc);
	free(text);
}

static void
test_invalid_utf8(void **state)
{
	struct cfg_doc	*doc;
	char		*dir, *path;

	doc = parse("a 1\nb \"x\xffy\"\n");
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 2, 5, "invalid UTF-8");
	/* A file that is not UTF-8 is not parsed at all. */
	assert_int_equal(doc->root.nchildren, 0);
	cfg_doc_free(doc);

	/* The column counts characters: é is one column. */
	doc = parse("# ok\n\nname '\xc3\xa9\xc3\xa9\xc0\xaf'\n");
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 3, 9, "invalid UTF-8");
	cfg_doc_free(doc);

	doc = cfg_parse_string("t.conf", "a 1\0b", 5);
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 1, 4, "NUL byte in file");
	cfg_doc_free(doc);

	dir = mktmp();
	path = put(dir, "latin1.conf", "ok 1\n\nbad 'M\xfcller'\n", 0644);
	doc = cfg_parse_file(path);
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 3, 7, "invalid UTF-8 (files must be UTF-8)");
	assert_string_equal(doc->diags[0].pos.file, path);
	assert_non_null(doc->diags[0].line);
	assert_string_equal(doc->diags[0].line, "bad 'M\xfcller'");
	cfg_doc_free(doc);
	free(path);
	rmtree(dir);
	free(dir);
}

/* Includes. */

static void
test_include_glob_sorted(void **state)
{
	struct cfg_doc		*doc;
	const struct cfg_node	*n;
	char			*dir, *path;
	const char		*f;

	dir = mktmp();
	subdir(dir, "conf.d");
	free(put(dir, "conf.d/20-b.conf", "b 1\n", 0644));
	free(put(dir, "conf.d/30-c.conf", "c 1\nc2 2\n", 0644));
	free(put(dir, "conf.d/10-a.conf", "a 1\n", 0644));
	free(put(dir, "conf.d/ignored.txt", "z 1\n", 0644));
	path = put(dir, "main.conf",
	    "first 1\ninclude \"conf.d/*.conf\"\nlast 1\n", 0644);
	doc = cfg_parse_file(path);
	assert_int_equal(doc->nerrors, 0);
	assert_int_equal(doc->nwarnings, 0);
	assert_int_equal(doc->nfiles, 4);
	assert_string_equal(doc->files[0], path);
	assert_int_equal(doc->root.nchildren, 6);
	child(&doc->root, 0, "first");
	n = child(&doc->root, 1, "a");
	f = n->pos.file;
	assert_true(strlen(f) > 16);
	assert_string_equal(f + strlen(f) - 16, "conf.d/10-a.conf");
	assert_int_equal(n->pos.line, 1);
	child(&doc->root, 2, "b");
	child(&doc->root, 3, "c");
	n = child(&doc->root, 4, "c2");
	assert_int_equal(n->pos.line, 2);
	n = child(&doc->root, 5, "last");
	assert_ptr_equal(n->pos.file, doc->files[0]);
	assert_int_equal(n->pos.line, 3);
	cfg_doc_free(doc);
	free(path);
	rmtree(dir);
	free(dir);
}

static void
test_include_relative(void **state)
{
	struct cfg_doc		*doc;
	const struct cfg_node	*n;
	char			*dir, *path, *text, cwd[PATH_MAX];

	dir = mktmp();
	subdir(dir, "sub");
	free(put(dir, "sub/one.conf", "from_one 1\ninclude \"two.conf\"\n",
	    0644));
	free(put(dir, "sub/two.conf", "from_sub_two 1\n", 0644));
	free(put(dir, "two.conf", "from_top_two 1\n", 0644));
	path = put(dir, "main.conf", "include \"sub/one.conf\"\n", 0644);

	/* Relative to the including file, not to the working directory. */
	assert_non_null(getcwd(cwd, sizeof cwd));
	assert_int_equal(chdir("/"), 0);
	doc = cfg_parse_file(path);
	assert_int_equal(chdir(cwd), 0);
	assert_int_equal(doc->nerrors, 0);
	assert_int_equal(doc->root.nchildren, 2);
	child(&doc->root, 0, "from_one");
	child(&doc->root, 1, "from_sub_two");
	cfg_doc_free(doc);
	free(path);

	/* Inside a block the included statements become its children. */
	path = put(dir, "block.conf",
	    "outer {\n\tinclude \"sub/two.conf\"\n\tafter 1\n}\n", 0644);
	doc = cfg_parse_file(path);
	assert_int_equal(doc->nerrors, 0);
	n = child(&doc->root, 0, "outer");
	assert_int_equal(n->nchildren, 2);
	child(n, 0, "from_sub_two");
	child(n, 1, "after");
	cfg_doc_free(doc);
	free(path);

	/* An absolute name is taken as it is. */
	assert_true(asprintf(&text, "include \"%s/two.conf\"\n", dir) != -1);
	path = put(dir, "sub/abs.conf", text, 0644);
	doc = cfg_parse_file(path);
	assert_int_equal(doc->nerrors, 0);
	child(&doc->root, 0, "from_top_two");
	cfg_doc_free(doc);
	free(path);
	free(text);
	rmtree(dir);
	free(dir);
}

static void
test_include_missing(void **state)
{
	struct cfg_doc	*doc;
	char		*dir, *path, *want;

	dir = mktmp();
	subdir(dir, "empty.d");
	path = put(dir, "main.conf", "a 1\ninclude \"nope.conf\"\nb 1\n"
	    "include \"empty.d/*.conf\"\ninclude nope\ninclude \"x\" \"y\"\n"
	    "include \"no-dir/*.conf\"\n", 0644);
	doc = cfg_parse_file(path);
	assert_int_equal(doc->nerrors, 3);
	assert_int_equal(doc->nwarnings, 2);
	assert_true(asprintf(&want, "cannot include '%s/nope.conf': no such "
	    "file", dir) != -1);
	diag_is(doc, 0, CFG_ERROR, 2, 9, want);
	free(want);
	assert_ptr_equal(doc->diags[0].pos.file, doc->files[0]);
	/* A pattern that matches nothing is only a warning. */
	diag_is(doc, 1, CFG_WARNING, 4, 9, "matches no file");
	diag_is(doc, 2, CFG_ERROR, 5, 1, "include takes one quoted file name");
	diag_is(doc, 3, CFG_ERROR, 6, 1, "include takes one quoted file name");
	/* So is a pattern in a directory that does not exist. */
	diag_is(doc, 4, CFG_WARNING, 7, 9, "matches no file");
	assert_int_equal(doc->root.nchildren, 2);
	child(&doc->root, 1, "b");
	cfg_doc_free(doc);
	free(path);

	/* A directory is not a file to include. */
	subdir(dir, "sub");
	path = put(dir, "dir.conf", "include \"sub\"\n", 0644);
	doc = cfg_parse_file(path);
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 1, 9, "is not a regular file");
	cfg_doc_free(doc);
	free(path);
	rmtree(dir);
	free(dir);
}

static void
test_include_cycle(void **state)
{
	struct cfg_doc	*doc;
	char		*dir, *a, *b, *self, *name, *text;
	int		 i;

	dir = mktmp();
	a = put(dir, "a.conf", "a 1\ninclude \"b.conf\"\n", 0644);
	b = put(dir, "b.conf", "b 1\ninclude \"a.conf\"\n", 0644);
	doc = cfg_parse_file(a);
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 2, 9, "is included twice (or includes "
	    "itself)");
	assert_string_equal(doc->diags[0].pos.file, b);
	assert_int_equal(doc->root.nchildren, 2);
	cfg_doc_free(doc);

	self = put(dir, "self.conf", "s 1\ninclude \"self.conf\"\n", 0644);
	doc = cfg_parse_file(self);
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 2, 9, "includes itself");
	assert_int_equal(doc->root.nchildren, 1);
	cfg_doc_free(doc);

	/* A chain of distinct files stops at the depth limit. */
	for (i = 0; i < 10; i++) {
		assert_true(asprintf(&name, "l%d.conf", i) != -1);
		assert_true(asprintf(&text, "l%d 1\ninclude \"l%d.conf\"\n", i,
		    i + 1) != -1);
		free(put(dir, name, i == 9 ? "l9 1\n" : text, 0644));
		free(name);
		free(text);
	}
	assert_true(asprintf(&name, "%s/l0.conf", dir) != -1);
	doc = cfg_parse_file(name);
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 2, 1, "includes nested more than 8 deep");
	assert_int_equal(doc->root.nchildren, 9);
	child(&doc->root, 8, "l8");
	cfg_doc_free(doc);
	free(name);
	free(a);
	free(b);
	free(self);
	rmtree(dir);
	free(dir);
}

static void
test_include_world_writable(void **state)
{
	struct cfg_doc	*doc;
	char		*dir, *path, *ww, *want;

	dir = mktmp();
	ww = put(dir, "ww.conf", "evil 1\n", 0666);
	path = put(dir, "main.conf", "include \"ww.conf\"\nsafe 1\n", 0644);
	doc = cfg_parse_file(path);
	assert_int_equal(doc->nerrors, 1);
	assert_true(asprintf(&want, "refusing '%s': it is world-writable "
	    "(chmod o-w)", ww) != -1);
	diag_is(doc, 0, CFG_ERROR, 1, 9, want);
	free(want);
	assert_int_equal(doc->root.nchildren, 1);
	child(&doc->root, 0, "safe");
	cfg_doc_free(doc);

	/* The top file is held to the same rule. */
	doc = cfg_parse_file(ww);
	assert_int_equal(doc->nerrors, 1);
	assert_int_equal(doc->diags[0].pos.line, 0);
	assert_string_equal(doc->diags[0].pos.file, ww);
	assert_non_null(strstr(doc->diags[0].msg, "world-writable"));
	assert_int_equal(doc->root.nchildren, 0);
	cfg_doc_free(doc);

	/* Once fixed, the same include is accepted. */
	assert_int_equal(chmod(ww, 0644), 0);
	doc = cfg_parse_file(path);
	assert_int_equal(doc->nerrors, 0);
	child(&doc->root, 0, "evil");
	cfg_doc_free(doc);
	free(ww);
	free(path);
	rmtree(dir);
	free(dir);
}

static void
test_parse_file_missing(void **state)
{
	struct cfg_doc	*doc;
	char		*dir, *path, *want, *out;

	dir = mktmp();
	assert_true(asprintf(&path, "%s/absent.conf", dir) != -1);
	doc = cfg_parse_file(path);
	assert_int_equal(doc->nerrors, 1);
	assert_int_equal(doc->diags[0].pos.line, 0);
	assert_null(doc->diags[0].line);
	out = print_diags(doc);
	assert_true(asprintf(&want, "%s: error: cannot open '%s': No such "
	    "file or directory\n", path, path) != -1);
	assert_string_equal(out, want);
	free(want);
	free(out);
	cfg_doc_free(doc);
	free(path);
	rmtree(dir);
	free(dir);
}

/* Printing. */

static void
test_print_diags(void **state)
{
	struct cfg_doc	*doc;
	char		*out;

	doc = parse("a 1\n\tb \"x\\q\"\n");
	out = print_diags(doc);
	assert_string_equal(out,
	    "t.conf:2:6: error: unknown escape '\\q' (write regular "
	    "expressions in 'single quotes', which take backslashes "
	    "literally)\n"
	    "      2 | \tb \"x\\q\"\n"
	    "        | \t    ^\n");
	free(out);
	cfg_doc_free(doc);

	/* Multibyte characters take one caret column; CR is not shown. */
	doc = parse("s \"\xc3\xa9\" @\r\nok 1\r\n");
	out = print_diags(doc);
	assert_string_equal(out,
	    "t.conf:1:7: error: unexpected character '@'\n"
	    "      1 | s \"\xc3\xa9\" @\n"
	    "        |       ^\n");
	free(out);

	/* Diagnostics added by a later layer print the same way. */
	cfg_diag(doc, CFG_WARNING, &doc->root.children[0].pos, "%s %d",
	    "custom", 5);
	cfg_diag(doc, CFG_ERROR, NULL, "no position");
	assert_int_equal(doc->nerrors, 2);
	assert_int_equal(doc->nwarnings, 1);
	out = print_diags(doc);
	assert_string_equal(out,
	    "t.conf:1:7: error: unexpected character '@'\n"
	    "      1 | s \"\xc3\xa9\" @\n"
	    "        |       ^\n"
	    "t.conf:2:1: warning: custom 5\n"
	    "      2 | ok 1\n"
	    "        | ^\n"
	    "error: no position\n");
	free(out);
	cfg_doc_free(doc);

	/* A line number wider than the gutter still lines up the bar. */
	doc = parse("\n\n\n\n\n\n\n\n\n\n\n\n  }\n");
	out = print_diags(doc);
	assert_string_equal(out,
	    "t.conf:13:3: error: '}' closes no block\n"
	    "     13 |   }\n"
	    "        |   ^\n");
	free(out);
	cfg_doc_free(doc);
}

static void
test_print_diags_limit(void **state)
{
	struct cfg_doc	*doc;
	char		*text, *out;
	const char	*tail;
	size_t		 i;

	text = malloc(150 * 2 + 1);
	assert_non_null(text);
	for (i = 0; i < 150; i++)
		memcpy(text + 2 * i, "@\n", 2);
	text[300] = '\0';
	doc = parse(text);
	assert_int_equal(doc->nerrors, 150);
	assert_int_equal(doc->ndiags, 100);
	out = print_diags(doc);
	tail = "(50 more errors not shown)\n";
	assert_true(strlen(out) > strlen(tail));
	assert_string_equal(out + strlen(out) - strlen(tail), tail);
	assert_non_null(strstr(out, "t.conf:100:1: error:"));
	assert_null(strstr(out, "t.conf:101:1: error:"));
	free(out);
	cfg_doc_free(doc);
	free(text);
}

static void
test_duration_seconds(void **state)
{
	static const struct {
		const char	*text;
		double		 seconds;
	} cases[] = {
		{ "30s", 30 },
		{ "5min", 300 },
		{ "1h", 3600 },
		{ "90d", 90 * 86400.0 },
		{ "2w", 14 * 86400.0 },
		{ "10 business days", 14 * 86400.0 },
		{ "5bd", 7 * 86400.0 },
		{ "1.5h", 5400 },
		{ "12", 12 },
		{ "-3", -3 },
	};
	struct cfg_doc	*doc;
	double		 d, m, y;
	char		*text;
	size_t		 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_true(asprintf(&text, "v %s\n", cases[i].text) != -1);
		doc = parse(text);
		assert_int_equal(doc->nerrors, 0);
		d = cfg_duration_seconds(&doc->root.children[0].args[0]);
		if (!NEAR(d, cases[i].seconds))
			fail_msg("%s: %f seconds, expected %f", cases[i].text,
			    d, cases[i].seconds);
		cfg_doc_free(doc);
		free(text);
	}

	doc = parse("m 1mo\ny 1y\nt 24 months\nu 2 years\n");
	assert_int_equal(doc->nerrors, 0);
	m = cfg_duration_seconds(&doc->root.children[0].args[0]) / 86400;
	y = cfg_duration_seconds(&doc->root.children[1].args[0]) / 86400;
	/* Gregorian averages: 365.2425 days a year, a twelfth of it a month. */
	assert_true(NEAR(m, 30.436875));
	assert_true(NEAR(y, 365.2425));
	assert_true(NEAR(12 * m, y));
	assert_true(NEAR(cfg_duration_seconds(&doc->root.children[2].args[0]) /
	    86400, cfg_duration_seconds(&doc->root.children[3].args[0]) /
	    86400));
	cfg_doc_free(doc);
}

static void
test_names(void **state)
{
	assert_string_equal(cfg_type_name(CFG_WORD), "name");
	assert_string_equal(cfg_type_name(CFG_STRING), "string");
	assert_string_equal(cfg_type_name(CFG_NUMBER), "number");
	assert_string_equal(cfg_type_name(CFG_DURATION), "duration");
	assert_string_equal(cfg_type_name(CFG_LIST), "list");
	assert_string_equal(cfg_unit_name(CFG_UNIT_SECOND), "seconds");
	assert_string_equal(cfg_unit_name(CFG_UNIT_MONTH), "months");
	assert_string_equal(cfg_unit_name(CFG_UNIT_BUSINESS_DAY),
	    "business days");
}

/* Hostile files (issue 18): deep lists, long lines, FIFOs, loose modes. */

static char *
nested(int depth)
{
	char	*text = malloc((size_t)depth * 2 + 8);
	char	*p = text;
	int	 i;

	assert_non_null(text);
	memcpy(p, "x ", 2);
	p += 2;
	for (i = 0; i < depth; i++)
		*p++ = '[';
	for (i = 0; i < depth; i++)
		*p++ = ']';
	memcpy(p, "\ny 1\n", 6);
	return text;
}

static void
test_list_nesting(void **state)
{
	struct cfg_doc	*doc;
	char		*text;

	/* As deep as blocks may go: fine. */
	text = nested(32);
	doc = parse(text);
	assert_int_equal(doc->nerrors, 0);
	child(&doc->root, 1, "y");
	cfg_doc_free(doc);
	free(text);

	/* One more: an error at the 33rd '[', and the next line is read. */
	text = nested(33);
	doc = parse(text);
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 1, 35, "lists nested more than 32 deep");
	assert_int_equal(doc->root.nchildren, 1);
	child(&doc->root, 0, "y");
	cfg_doc_free(doc);
	free(text);

	/* 50,000 deep crashed the parser (SIGSEGV); unclosed too. */
	text = nested(50000);
	doc = parse(text);
	assert_int_equal(doc->nerrors, 1);
	child(&doc->root, 0, "y");
	cfg_doc_free(doc);
	text[2 + 50000] = '\0';
	doc = parse(text);
	assert_true(doc->nerrors >= 1);
	diag_is(doc, 0, CFG_ERROR, 1, 35, "lists nested more than 32 deep");
	cfg_doc_free(doc);
	free(text);
}

static void
test_long_line(void **state)
{
	struct cfg_doc	*doc;
	struct timespec	 t0, t1;
	size_t		 n = 60000, i, len = 0, size = 60000 * 12 + 64;
	char		*text = malloc(size);
	double		 secs;
	int		 endcol;

	assert_non_null(text);
	len += (size_t)snprintf(text + len, size - len, "x [");
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(text + len, size - len, "\"v%05zu\", ",
		    i);
	endcol = (int)len + 1;
	len += (size_t)snprintf(text + len, size - len, "\"end\"]; @\n");
	/*
	 * CPU time, not wall: under valgrind on a loaded machine the linear
	 * parse waited past 2 s for a core.
	 */
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
	doc = parse(text);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
	secs = (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	/* Counting each column from the line start took 38 s here. */
	if (secs > 5.0)
		fail_msg("a 60,000 item line took %.2f CPU s to parse", secs);
	/* The column is still right at the far end of the line. */
	diag_is(doc, 0, CFG_ERROR, 1, (int)(len - 1), "unexpected character "
	    "'@'");
	assert_int_equal(doc->root.children[0].args[0].nitems, n + 1);
	assert_int_equal(doc->root.nchildren, 1);
	assert_int_equal(doc->root.children[0].args[0].items[n].pos.col,
	    endcol);
	cfg_doc_free(doc);
	free(text);
}

static void
on_alarm(int sig)
{
	(void)sig;
	fail_msg("parsing hung");
}

static void
test_include_fifo(void **state)
{
	struct cfg_doc	*doc;
	char		*dir, *path, *fifo, *want;

	dir = mktmp();
	subdir(dir, "rules.d");
	free(put(dir, "rules.d/a.rules", "a 1\n", 0644));
	assert_true(asprintf(&fifo, "%s/rules.d/b.rules", dir) != -1);
	assert_int_equal(mkfifo(fifo, 0644), 0);
	path = put(dir, "main.conf", "include \"rules.d/*.rules\"\nz 1\n",
	    0644);
	/* A FIFO with no writer blocked open() for ever. */
	signal(SIGALRM, on_alarm);
	alarm(10);
	doc = cfg_parse_file(path);
	alarm(0);
	assert_int_equal(doc->nerrors, 1);
	assert_true(asprintf(&want, "'%s' is not a regular file", fifo) != -1);
	diag_is(doc, 0, CFG_ERROR, 1, 9, want);
	free(want);
	assert_int_equal(doc->root.nchildren, 2);
	cfg_doc_free(doc);

	/* Nor is a symbolic link followed. */
	assert_int_equal(unlink(fifo), 0);
	assert_int_equal(symlink("a.rules", fifo), 0);
	doc = cfg_parse_file(path);
	assert_int_equal(doc->nerrors, 1);
	assert_non_null(strstr(doc->diags[0].msg, "is a symbolic link"));
	cfg_doc_free(doc);
	free(fifo);
	free(path);
	rmtree(dir);
	free(dir);
}

static void
test_include_dir_modes(void **state)
{
	struct cfg_doc	*doc;
	char		*dir, *path, *rules, *want;

	dir = mktmp();
	subdir(dir, "rules.d");
	free(put(dir, "rules.d/a.rules", "a 1\n", 0644));
	path = put(dir, "main.conf", "include \"rules.d/*.rules\"\nz 1\n",
	    0644);
	assert_true(asprintf(&rules, "%s/rules.d", dir) != -1);

	/* Anyone could add a file to a world-writable rules directory. */
	assert_int_equal(chmod(rules, 0777), 0);
	doc = cfg_parse_file(path);
	assert_int_equal(doc->nerrors, 1);
	assert_true(asprintf(&want, "its directory '%s' is world-writable "
	    "(chmod o-w)", rules) != -1);
	diag_is(doc, 0, CFG_ERROR, 1, 9, want);
	free(want);
	cfg_doc_free(doc);

	/* The sticky bit does not stop new files: still refused. */
	assert_int_equal(chmod(rules, 01777), 0);
	doc = cfg_parse_file(path);
	assert_int_equal(doc->nerrors, 1);
	cfg_doc_free(doc);

	/* The top file in a sticky directory (/tmp) is accepted. */
	assert_int_equal(chmod(dir, 01777), 0);
	assert_int_equal(chmod(rules, 0755), 0);
	doc = cfg_parse_file(path);
	assert_int_equal(doc->nerrors, 0);
	cfg_doc_free(doc);
	assert_int_equal(chmod(dir, 0777), 0);
	doc = cfg_parse_file(path);
	assert_int_equal(doc->nerrors, 1);
	cfg_doc_free(doc);
	assert_int_equal(chmod(dir, 0700), 0);

	/* Owned by someone else: only root can make that here. */
	if (geteuid() == 0) {
		assert_int_equal(chown(rules, 4242, 4242), 0);
		doc = cfg_parse_file(path);
		assert_int_equal(doc->nerrors, 1);
		assert_non_null(strstr(doc->diags[0].msg, "is owned by uid "
		    "4242"));
		cfg_doc_free(doc);
		assert_int_equal(chown(rules, 0, 0), 0);
		free(rules);
		assert_true(asprintf(&rules, "%s/rules.d/a.rules", dir) != -1);
		assert_int_equal(chown(rules, 4242, 4242), 0);
		doc = cfg_parse_file(path);
		assert_int_equal(doc->nerrors, 1);
		assert_non_null(strstr(doc->diags[0].msg, "it is owned by uid "
		    "4242"));
		cfg_doc_free(doc);
	}
	free(rules);
	free(path);
	rmtree(dir);
	free(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_comments),
		cmocka_unit_test(test_statement_terminators),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_nested_blocks),
		cmocka_unit_test(test_lists),
		cmocka_unit_test(test_string_escapes),
		cmocka_unit_test(test_raw_strings),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_durations),
		cmocka_unit_test(test_unknown_unit),
		cmocka_unit_test(test_business_at_end_of_line),
		cmocka_unit_test(test_error_unterminated_string),
		cmocka_unit_test(test_error_escapes),
		cmocka_unit_test(test_error_unexpected_character),
		cmocka_unit_test(test_error_non_ascii_name_once),
		cmocka_unit_test(test_error_braces),
		cmocka_unit_test(test_error_list),
		cmocka_unit_test(test_continues_after_errors),
		cmocka_unit_test(test_nesting_limit),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_include_glob_sorted),
		cmocka_unit_test(test_include_relative),
		cmocka_unit_test(test_include_missing),
		cmocka_unit_test(test_include_cycle),
		cmocka_unit_test(test_include_world_writable),
		cmocka_unit_test(test_parse_file_missing),
		cmocka_unit_test(test_print_diags),
		cmocka_unit_test(test_print_diags_limit),
		cmocka_unit_test(test_duration_seconds),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_list_nesting),
		cmocka_unit_test(test_long_line),
		cmocka_unit_test(test_include_fifo),
		cmocka_unit_test(test_include_dir_modes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
