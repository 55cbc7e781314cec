/*
 * test_ruleset.c -- compiling "check" blocks and evaluating them against
 * records (rules/ruleset.c), and the shipped rules/fields.rules.
 *
 * Records are built by hand; every finding is collected by the emit
 * callback so a test can assert on exactly which checks fired, on which
 * field and with which detail.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "lib/record.h"
#include "lib/util.h"
#include "rules/cfgparse.h"
#include "tests/unit/diag.h"
#include "rules/ruleset.h"

#define ALL_FIELDS	(~0u >> (32 - FIELD_MAX))	/* FIELD_MAX <= 32 */
#define MAX_VALUE	65536
#define MAX_FINDINGS	32

struct finding {
	const struct rule_check	*check;
	enum field		 field;
	char			 detail[256];
};

struct findings {
	struct finding	 f[MAX_FINDINGS];
	size_t		 n;
};

static void
collect(void *arg, const struct rule_check *c, enum field f, const char *detail)
{
	struct findings	*fs = arg;

	if (fs->n >= MAX_FINDINGS)
		fail_msg("too many findings");
	fs->f[fs->n].check = c;
	fs->f[fs->n].field = f;
	snprintf(fs->f[fs->n].detail, sizeof fs->f[fs->n].detail, "%s", detail);
	fs->n++;
}

static void
rec_clear(struct record *r)
{
	memset(r, 0, sizeof *r);
	r->key = "42";
	r->keylen = 2;
}

static void
rec_set(struct record *r, enum field f, const char *s)
{
	r->f[f].data = s;
	r->f[f].len = s != NULL ? strlen(s) : 0;
}

static int
eval(struct ruleset *rs, struct record *r, struct findings *fs)
{
	int	 n;

	memset(fs, 0, sizeof *fs);
	n = rule_eval(rs, r, collect, fs);
	assert_int_equal((size_t)n, fs->n);
	return n;
}

static void
finding_is(const struct findings *fs, size_t i, const char *check,
    enum field f, const char *detail)
{
	if (i >= fs->n)
		fail_msg("finding %zu (%s) expected, only %zu", i, check,
		    fs->n);
	if (strcmp(fs->f[i].check->name, check) != 0 || fs->f[i].field != f ||
	    strcmp(fs->f[i].detail, detail) != 0)
		fail_msg("finding %zu is %s/%s '%s'; expected %s/%s '%s'", i,
		    fs->f[i].check->name, field_name(fs->f[i].field),
		    fs->f[i].detail, check, field_name(f), detail);
}

static struct ruleset *
compile_mapped(const char *text, struct cfg_doc **docp, unsigned int mapped,
    size_t max_value, int jit)
{
	struct cfg_doc	*doc;
	struct ruleset	*rs;

	*docp = doc = cfg_parse_string("t.rules", text, strlen(text));
	if (doc->nerrors != 0)
		fail_msg("parse error: %s", doc->diags[0].msg);
	rs = rule_compile(doc, &doc->root, mapped, max_value, jit);
	if (rs == NULL)
		fail_msg("compile error at %d:%d: %s", doc->diags[0].pos.line,
		    doc->diags[0].pos.col, doc->diags[0].msg);
	return rs;
}

static struct ruleset *
compile(const char *text, struct cfg_doc **docp, int jit)
{
	return compile_mapped(text, docp, ALL_FIELDS, MAX_VALUE, jit);
}

/* Compile text that must fail; returns the document to inspect. */
static struct cfg_doc *
compile_bad(const char *text, unsigned int mapped)
{
	struct cfg_doc	*doc;
	struct ruleset	*rs;

	doc = cfg_parse_string("t.rules", text, strlen(text));
	assert_int_equal(doc->nerrors, 0);
	rs = rule_compile(doc, &doc->root, mapped, MAX_VALUE, 1);
	if (rs != NULL) {
		rule_unref(rs);
		fail_msg("rules compiled without error");
	}
	assert_true(doc->nerrors > 0);
	return doc;
}

static int
have_jit(void)
{
	uint32_t	 jit = 0;

	pcre2_config(PCRE2_CONFIG_JIT, &jit);
	return jit != 0;
}

/* Semantics of regex, reject and required. */

static void
test_regex(void **state)
{
	static const char	 rules[] =
	    "check email_shape {\n"
	    "\tfields [email]\n"
	    "\tregex '^[a-z]+@[a-z]+\\.de$'\n"
	    "\tseverity error\n"
	    "\tdescription \"Email shape\"\n"
	    "}\n";
	struct cfg_doc		*doc;
	struct ruleset		*rs;
	const struct rule_check	*c;
	struct record		 r;
	struct findings		 fs;

	rs = compile(rules, &doc, 1);
	assert_int_equal(rs->nchecks, 1);
	c = &rs->checks[0];
	assert_string_equal(c->name, "email_shape");
	assert_string_equal(c->description, "Email shape");
	assert_string_equal(c->source, "t.rules:1");
	assert_string_equal(c->pattern, "^[a-z]+@[a-z]+\\.de$");
	assert_int_equal(c->kind, CHECK_REGEX);
	assert_int_equal(c->severity, SEV_ERROR);
	assert_int_equal(c->fields, 1u << FIELD_EMAIL);
	assert_int_equal(rs->fields, 1u << FIELD_EMAIL);
	assert_int_equal(rs->refs, 1);

	rec_clear(&r);
	rec_set(&r, FIELD_EMAIL, "anna@web.de");
	assert_int_equal(eval(rs, &r, &fs), 0);

	rec_set(&r, FIELD_EMAIL, "Anna@web.de");
	assert_int_equal(eval(rs, &r, &fs), 1);
	finding_is(&fs, 0, "email_shape", FIELD_EMAIL,
	    "value does not match the required pattern");
	assert_ptr_equal(fs.f[0].check, c);

	/* Other fields are not read. */
	rec_set(&r, FIELD_EMAIL, "anna@web.de");
	rec_set(&r, FIELD_PHONE, "Anna@web.de");
	assert_int_equal(eval(rs, &r, &fs), 0);
	assert_int_equal(rs->regex_errors, 0);
	rule_unref(rs);
	cfg_doc_free(doc);
}

static void
test_reject(void **state)
{
	static const char	 rules[] =
	    "check placeholder {\n"
	    "\tfields [first_name, last_name]\n"
	    "\treject '(?i)^test$'\n"
	    "}\n";
	struct cfg_doc		*doc;
	struct ruleset		*rs;
	struct record		 r;
	struct findings		 fs;

	rs = compile(rules, &doc, 1);
	assert_int_equal(rs->checks[0].kind, CHECK_REJECT);
	assert_int_equal(rs->checks[0].severity, SEV_WARNING);
	/* Without a description the name stands in. */
	assert_string_equal(rs->checks[0].description, "placeholder");

	rec_clear(&r);
	rec_set(&r, FIELD_FIRST_NAME, "Test");
	rec_set(&r, FIELD_LAST_NAME, "Meier");
	assert_int_equal(eval(rs, &r, &fs), 1);
	finding_is(&fs, 0, "placeholder", FIELD_FIRST_NAME,
	    "value matches a rejected pattern");

	rec_set(&r, FIELD_FIRST_NAME, "TEST");
	rec_set(&r, FIELD_LAST_NAME, "test");
	assert_int_equal(eval(rs, &r, &fs), 2);
	finding_is(&fs, 0, "placeholder", FIELD_FIRST_NAME,
	    "value matches a rejected pattern");
	finding_is(&fs, 1, "placeholder", FIELD_LAST_NAME,
	    "value matches a rejected pattern");

	rec_set(&r, FIELD_FIRST_NAME, "Testa");
	rec_set(&r, FIELD_LAST_NAME, "Meier");
	assert_int_equal(eval(rs, &r, &fs), 0);
	rule_unref(rs);
	cfg_doc_free(doc);
}

static void
test_null_and_empty_skipped(void **state)
{
	static const char	 rules[] =
	    "check must { fields [email]; regex '^x$' }\n"
	    "check mustnot { fields [email, phone]; reject '^$|.*' }\n";
	struct cfg_doc		*doc;
	struct ruleset		*rs;
	struct record		 r;
	struct findings		 fs;
	static char		 empty[] = "unused";

	rs = compile(rules, &doc, 1);
	assert_int_equal(rs->nchecks, 2);
	rec_clear(&r);
	assert_int_equal(eval(rs, &r, &fs), 0);
	rec_set(&r, FIELD_EMAIL, "");
	r.f[FIELD_PHONE].data = empty;
	r.f[FIELD_PHONE].len = 0;
	assert_int_equal(eval(rs, &r, &fs), 0);
	/* Blank values are left to required checks as well. */
	rec_set(&r, FIELD_EMAIL, " \t\r\n");
	rec_set(&r, FIELD_PHONE, " ");
	assert_int_equal(eval(rs, &r, &fs), 0);
	rec_set(&r, FIELD_PHONE, NULL);
	/* A value is checked by both. */
	rec_set(&r, FIELD_EMAIL, "y");
	assert_int_equal(eval(rs, &r, &fs), 2);
	finding_is(&fs, 0, "must", FIELD_EMAIL,
	    "value does not match the required pattern");
	finding_is(&fs, 1, "mustnot", FIELD_EMAIL,
	    "value matches a rejected pattern");
	rule_unref(rs);
	cfg_doc_free(doc);
}

static void
test_required(void **state)
{
	static const char	 rules[] =
	    "check present {\n"
	    "\tfields [email, phone, country, postal_code, last_name]\n"
	    "\trequired\n"
	    "}\n";
	struct cfg_doc		*doc;
	struct ruleset		*rs;
	struct record		 r;
	struct findings		 fs;

	rs = compile(rules, &doc, 1);
	assert_int_equal(rs->checks[0].kind, CHECK_REQUIRED);
	assert_null(rs->checks[0].pattern);
	assert_null(rs->checks[0].re);
	rec_clear(&r);
	rec_set(&r, FIELD_EMAIL, NULL);
	rec_set(&r, FIELD_PHONE, "");
	rec_set(&r, FIELD_COUNTRY, "  \t");
	rec_set(&r, FIELD_POSTAL_CODE, "\r\n\v\f");
	rec_set(&r, FIELD_LAST_NAME, " x ");
	assert_int_equal(eval(rs, &r, &fs), 4);
	finding_is(&fs, 0, "present", FIELD_EMAIL, "value is missing (NULL)");
	finding_is(&fs, 1, "present", FIELD_PHONE, "value is empty");
	finding_is(&fs, 2, "present", FIELD_COUNTRY, "value is blank");
	finding_is(&fs, 3, "present", FIELD_POSTAL_CODE, "value is blank");

	rec_set(&r, FIELD_EMAIL, "a");
	rec_set(&r, FIELD_PHONE, "0");
	rec_set(&r, FIELD_COUNTRY, "DE");
	rec_set(&r, FIELD_POSTAL_CODE, "\xe2\x80\x8b");	/* ZWSP is no space */
	assert_int_equal(eval(rs, &r, &fs), 0);
	rec_set(&r, FIELD_POSTAL_CODE, "\xc2\xa0");	/* NBSP is */
	assert_int_equal(eval(rs, &r, &fs), 1);
	finding_is(&fs, 0, "present", FIELD_POSTAL_CODE, "value is blank");
	rule_unref(rs);
	cfg_doc_free(doc);
}

static void
test_invalid_utf8(void **state)
{
	static const char	 rules[] =
	    "check lower { fields [email]; regex '^[a-z]+$' }\n"
	    "check no_b { fields [email]; reject 'b' }\n"
	    "check has_email { fields [email]; required }\n"
	    "check digits { fields [phone]; regex '^[0-9]+$' }\n";
	struct cfg_doc		*doc;
	struct ruleset		*rs;
	struct record		 r;
	struct findings		 fs;

	assert_string_equal(rule_invalid_utf8.name, "invalid_utf8");
	assert_int_equal(rule_invalid_utf8.kind, CHECK_BUILTIN);
	assert_int_equal(rule_invalid_utf8.severity, SEV_ERROR);
	rs = compile(rules, &doc, 1);
	rec_clear(&r);
	rec_set(&r, FIELD_EMAIL, "a\xff" "b");
	rec_set(&r, FIELD_PHONE, "12x");
	assert_int_equal(eval(rs, &r, &fs), 2);
	/* One finding for the field, whichever checks read it. */
	finding_is(&fs, 0, "invalid_utf8", FIELD_EMAIL,
	    "invalid UTF-8 at byte 1 of 3; not checked further");
	assert_ptr_equal(fs.f[0].check, &rule_invalid_utf8);
	finding_is(&fs, 1, "digits", FIELD_PHONE,
	    "value does not match the required pattern");

	/* A surrogate, an overlong form and a NUL byte are not UTF-8. */
	rec_set(&r, FIELD_PHONE, "1");
	rec_set(&r, FIELD_EMAIL, "ab\xed\xa0\x80");
	assert_int_equal(eval(rs, &r, &fs), 1);
	finding_is(&fs, 0, "invalid_utf8", FIELD_EMAIL,
	    "invalid UTF-8 at byte 2 of 5; not checked further");
	rec_set(&r, FIELD_EMAIL, "\xc0\xaf");
	assert_int_equal(eval(rs, &r, &fs), 1);
	finding_is(&fs, 0, "invalid_utf8", FIELD_EMAIL,
	    "invalid UTF-8 at byte 0 of 2; not checked further");
	r.f[FIELD_EMAIL].data = "ab\0c";
	r.f[FIELD_EMAIL].len = 4;
	assert_int_equal(eval(rs, &r, &fs), 1);
	finding_is(&fs, 0, "invalid_utf8", FIELD_EMAIL,
	    "invalid UTF-8 at byte 2 of 4; not checked further");

	/* Valid multibyte text goes on to the regular checks. */
	rec_set(&r, FIELD_EMAIL, "\xc3\xa9t\xc3\xa9");
	assert_int_equal(eval(rs, &r, &fs), 1);
	finding_is(&fs, 0, "lower", FIELD_EMAIL,
	    "value does not match the required pattern");
	assert_int_equal(rs->regex_errors, 0);
	rule_unref(rs);
	cfg_doc_free(doc);
}

static void
test_oversized(void **state)
{
	static const char	 rules[] =
	    "check digits { fields [phone, email]; regex '^[0-9]+$' }\n"
	    "check has_phone { fields [phone]; required }\n";
	struct cfg_doc		*doc;
	struct ruleset		*rs;
	struct record		 r;
	struct findings		 fs;

	assert_string_equal(rule_oversized.name, "oversized_value");
	assert_int_equal(rule_oversized.kind, CHECK_BUILTIN);
	rs = compile_mapped(rules, &doc, ALL_FIELDS, 8, 1);
	assert_int_equal(rs->max_value, 8);
	rec_clear(&r);
	rec_set(&r, FIELD_PHONE, "12345678x");
	rec_set(&r, FIELD_EMAIL, "1234567x");
	assert_int_equal(eval(rs, &r, &fs), 2);
	finding_is(&fs, 0, "digits", FIELD_EMAIL,
	    "value does not match the required pattern");
	finding_is(&fs, 1, "oversized_value", FIELD_PHONE, "value of 9 bytes "
	    "is larger than the 8-byte limit; not checked further");
	assert_ptr_equal(fs.f[1].check, &rule_oversized);

	/* At the limit a value is checked; size is judged before UTF-8. */
	rec_set(&r, FIELD_PHONE, "12345678");
	rec_set(&r, FIELD_EMAIL, "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff");
	assert_int_equal(eval(rs, &r, &fs), 1);
	finding_is(&fs, 0, "oversized_value", FIELD_EMAIL, "value of 10 bytes "
	    "is larger than the 8-byte limit; not checked further");
	rule_unref(rs);
	cfg_doc_free(doc);
}

/*
 * A pattern that backtracks catastrophically hits the match limit: that
 * is a finding whose detail says so, for regex and reject alike, and
 * never a silent "no match".
 */
static void
match_limit(int jit)
{
	static const char	 rules[] =
	    "check runaway { fields [email]; regex '^(a+)+$' }\n"
	    "check runaway_reject { fields [phone]; reject '^(a+)+$' }\n";
	static const char	 evil[] =
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!";
	static const char	 prefix[] = "pattern could not be evaluated";
	struct cfg_doc		*doc;
	struct ruleset		*rs;
	struct record		 r;
	struct findings		 fs;
	size_t			 i;

	rs = compile(rules, &doc, jit);
	for (i = 0; i < rs->nchecks; i++)
		assert_int_equal(rs->checks[i].jit, jit && have_jit());
	rec_clear(&r);
	rec_set(&r, FIELD_EMAIL, evil);
	rec_set(&r, FIELD_PHONE, evil);
	assert_int_equal(eval(rs, &r, &fs), 2);
	for (i = 0; i < 2; i++) {
		if (strncmp(fs.f[i].detail, prefix, strlen(prefix)) != 0)
			fail_msg("finding %zu: '%s'", i, fs.f[i].detail);
	}
	assert_string_equal(fs.f[0].check->name, "runaway");
	assert_int_equal(fs.f[0].field, FIELD_EMAIL);
	assert_string_equal(fs.f[1].check->name, "runaway_reject");
	assert_int_equal(fs.f[1].field, FIELD_PHONE);
	assert_non_null(strstr(fs.f[0].detail, "limit"));
	assert_int_equal(rs->regex_errors, 2);

	/* Short inputs are still judged normally. */
	rec_set(&r, FIELD_EMAIL, "aaaa!");
	rec_set(&r, FIELD_PHONE, "aaaa");
	assert_int_equal(eval(rs, &r, &fs), 2);
	finding_is(&fs, 0, "runaway", FIELD_EMAIL,
	    "value does not match the required pattern");
	finding_is(&fs, 1, "runaway_reject", FIELD_PHONE,
	    "value matches a rejected pattern");
	assert_int_equal(rs->regex_errors, 2);
	rule_unref(rs);
	cfg_doc_free(doc);
}

static void
test_match_limit_jit(void **state)
{
	match_limit(1);
}

static void
test_match_limit_interpreted(void **state)
{
	match_limit(0);
}

static void
test_ref_unref(void **state)
{
	struct cfg_doc	*doc;
	struct ruleset	*rs;

	rs = compile("check c { fields [email]; required }\n", &doc, 1);
	assert_ptr_equal(rule_ref(rs), rs);
	assert_int_equal(rs->refs, 2);
	rule_unref(rs);
	assert_int_equal(rs->refs, 1);
	rule_unref(rs);
	rule_unref(NULL);
	cfg_doc_free(doc);
}

static void
test_names(void **state)
{
	assert_string_equal(rule_severity_name(SEV_INFO), "info");
	assert_string_equal(rule_severity_name(SEV_CRITICAL), "critical");
	assert_int_equal(rule_severity_lookup("warning"), SEV_WARNING);
	assert_int_equal(rule_severity_lookup("error"), SEV_ERROR);
	assert_int_equal(rule_severity_lookup("fatal"), -1);
	assert_int_equal(rule_severity_lookup("Error"), -1);
	assert_string_equal(rule_kind_name(CHECK_REGEX), "regex");
	assert_string_equal(rule_kind_name(CHECK_REJECT), "reject");
	assert_string_equal(rule_kind_name(CHECK_REQUIRED), "required");
	assert_string_equal(rule_kind_name(CHECK_BUILTIN), "built-in");
}

/* Compile errors. */

static void
test_error_bad_regex(void **state)
{
	struct cfg_doc	*doc;

	doc = compile_bad("check c {\n"
	    "\tfields [email]\n"
	    "\tregex '(abc'\n"
	    "}\n"
	    "check d {\n"
	    "\tfields [email]\n"
	    "\treject 'a{2,1}'\n"
	    "}\n"
	    "check ok { fields [email]; regex 'x' }\n", ALL_FIELDS);
	assert_int_equal(doc->nerrors, 2);
	/* The column points into the pattern: quote + offset. */
	diag_is(doc, 0, CFG_ERROR, 3, 13, "pcre2: ");
	assert_int_equal(strncmp(doc->diags[0].msg, "pcre2: ", 7), 0);
	assert_non_null(strstr(doc->diags[0].msg, "parenthesis"));
	assert_non_null(strstr(doc->diags[0].msg,
	    "at offset 4 of the pattern"));
	assert_int_equal(doc->diags[1].pos.line, 7);
	assert_int_equal(strncmp(doc->diags[1].msg, "pcre2: ", 7), 0);
	assert_true(doc->diags[1].pos.col > 9);
	cfg_doc_free(doc);
}

/*
 * In a double-quoted pattern each escape takes two source columns for
 * one pattern byte: the column must still point where pcre2 stopped (the
 * end of the pattern here, the closing quote at column 17), not two
 * columns early.
 */
static void
test_error_bad_regex_escaped_column(void **state)
{
	struct cfg_doc	*doc;
	int		 line, col;

	doc = compile_bad("check c {\n"
	    "\tfields [email]\n"
	    "\tregex \"\\\\d+\\\\.(\"\n"
	    "}\n", ALL_FIELDS);
	assert_int_equal(doc->nerrors, 1);
	assert_non_null(strstr(doc->diags[0].msg,
	    "at offset 6 of the pattern"));
	line = doc->diags[0].pos.line;
	col = doc->diags[0].pos.col;
	cfg_doc_free(doc);
	assert_int_equal(line, 3);
	if (col != 17)
		fail_msg("pcre2 error reported at column %d, expected 17", col);
}

/*
 * A statement whose argument the parser already rejected (an unknown
 * escape in the only string) must not be reported a second time by the
 * rule compiler as "'regex' takes one quoted string": the user did write
 * one quoted string, and the mistake is counted twice.
 */
static void
test_parse_error_not_reported_twice(void **state)
{
	static const char	 rules[] =
	    "check c {\n\tfields [email]\n\tregex \"^\\d+$\"\n}\n";
	struct cfg_doc		*doc;
	struct ruleset		*rs;
	char			*second = NULL;
	int			 nerrors;

	doc = cfg_parse_string("t.rules", rules, strlen(rules));
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 3, 10, "unknown escape '\\d'");
	rs = rule_compile(doc, &doc->root, ALL_FIELDS, MAX_VALUE, 1);
	rule_unref(rs);
	nerrors = doc->nerrors;
	if (doc->ndiags > 1)
		second = strdup(doc->diags[1].msg);
	cfg_doc_free(doc);
	assert_null(rs);
	if (nerrors != 1) {
		fprintf(stderr, "# follow-on error: '%s'\n", second);
		free(second);
		fail_msg("one mistake counted as %d errors", nerrors);
	}
}

static void
test_error_pattern_not_utf8(void **state)
{
	struct cfg_doc	*doc;

	/* \x escapes can make a pattern that is not UTF-8. */
	doc = compile_bad("check c {\n\tfields [email]\n"
	    "\treject \"a\\xff\"\n}\n", ALL_FIELDS);
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 3, 9, "pattern is not valid UTF-8 (byte 1)");
	cfg_doc_free(doc);
}

static void
test_error_unknown_option(void **state)
{
	struct cfg_doc	*doc;

	doc = compile_bad("check c {\n\tfields [email]\n\trequired\n"
	    "\tcolour red\n}\n", ALL_FIELDS);
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 4, 2, "unknown option 'colour' in check c");
	cfg_doc_free(doc);
}

static void
test_error_unknown_field(void **state)
{
	struct cfg_doc	*doc;

	doc = compile_bad("check c {\n\tfields [email, emial]\n\trequired\n}\n"
	    "check d { field 42; required }\n"
	    "check e { fields; required }\n", ALL_FIELDS);
	assert_int_equal(doc->nerrors, 3);
	diag_is(doc, 0, CFG_ERROR, 2, 17, "unknown field 'emial' (fields: "
	    "first_name,");
	diag_is(doc, 1, CFG_ERROR, 5, 17, "a field name was expected, not a "
	    "number");
	diag_is(doc, 2, CFG_ERROR, 6, 11, "'fields' takes a field name or a "
	    "list");
	cfg_doc_free(doc);
}

static void
test_error_missing_test(void **state)
{
	struct cfg_doc	*doc;

	doc = compile_bad("\ncheck c {\n\tfields [email]\n\tseverity info\n}\n",
	    ALL_FIELDS);
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 2, 1, "check c says nothing to test: add "
	    "regex '...', reject '...', required, validate NAME, compare "
	    "A <= B or compliance TEST");
	cfg_doc_free(doc);

	doc = compile_bad("check c {\n\trequired\n}\n", ALL_FIELDS);
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 1, 1, "check c reads no field");
	cfg_doc_free(doc);
}

static void
test_error_two_tests(void **state)
{
	struct cfg_doc	*doc;

	doc = compile_bad("check c {\n\tfields [email]\n\tregex 'a'\n"
	    "\trequired\n\treject 'b'\n}\n", ALL_FIELDS);
	assert_int_equal(doc->nerrors, 2);
	diag_is(doc, 0, CFG_ERROR, 4, 2, "'required' here and 'regex' at "
	    "line 3: a check tests one thing");
	diag_is(doc, 1, CFG_ERROR, 5, 2, "'reject' here and 'regex' at "
	    "line 3");
	cfg_doc_free(doc);
}

static char	*dump(const struct ruleset *);
static void	 round_trip(struct ruleset *);

/*
 * A later definition of a check overrides the earlier one statement by
 * statement; within one block a setting is said once.
 */
static void
test_override(void **state)
{
	static const char	 rules[] =
	    "check c { fields [email]; regex '^a'; description 'first' }\n"
	    "check d { fields [email]; required }\n"
	    "check  c { severity error; reject '^b' }\n";
	struct cfg_doc		*doc;
	struct ruleset		*rs;
	char			*out;

	rs = compile(rules, &doc, 1);
	assert_int_equal(rs->nchecks, 2);
	assert_string_equal(rs->checks[0].name, "c");
	assert_int_equal(rs->checks[0].kind, CHECK_REJECT);
	assert_string_equal(rs->checks[0].pattern, "^b");
	assert_int_equal(rs->checks[0].severity, SEV_ERROR);
	assert_string_equal(rs->checks[0].description, "first");
	assert_int_equal(rs->checks[0].fields, 1u << FIELD_EMAIL);
	out = dump(rs);
	assert_non_null(strstr(out, "check c {\t# t.rules:1, overridden 1 "
	    "time, last at t.rules:3\n"
	    "\tfields [email]\t# t.rules:1\n"
	    "\treject '^b'\t# t.rules:3\n"
	    "\tdescription 'first'\t# t.rules:1\n"
	    "\tseverity error\t# t.rules:3\n}\n"));
	free(out);
	round_trip(rs);
	rule_unref(rs);
	cfg_doc_free(doc);

	doc = compile_bad("check c { fields [email]; required; severity info; "
	    "severity error }\n", ALL_FIELDS);
	assert_int_equal(doc->nerrors, 1);
	diag_is(doc, 0, CFG_ERROR, 1, 52, "'severity' is given twice (first "
	    "at line 1)");
	cfg_doc_free(doc);
}

static void
test_error_reserved_name(void **state)
{
	struct cfg_doc	*doc;

	doc = compile_bad("check invalid_utf8 { fields [email]; required }\n"
	    "check oversized_value { fields [email]; required }\n"
	    "check missing_key { fields [email]; required }\n",
	    ALL_FIELDS);
	assert_int_equal(doc->nerrors, 3);
	diag_is(doc, 0, CFG_ERROR, 1, 7, "check name 'invalid_utf8' is "
	    "reserved for a built-in check");
	diag_is(doc, 1, CFG_ERROR, 2, 7, "check name 'oversized_value' is "
	    "reserved");
	diag_is(doc, 2, CFG_ERROR, 3, 7, "check name 'missing_key' is "
	    "reserved");
	cfg_doc_free(doc);
}

static void
test_error_misc(void **state)
{
	struct cfg_doc	*doc;

	doc = compile_bad(
	    "check a { fields [email]; required; severity high }\n"
	    "check b { fields [email]; required; description 'x'; "
	    "description 'y' }\n"
	    "check c { fields [email]; regex word }\n"
	    "check d { fields [email]; required now }\n"
	    "check e\n"
	    "check { fields [email]; required }\n"
	    "check \"f\" { fields [email]; required }\n", ALL_FIELDS);
	assert_int_equal(doc->nerrors, 7);
	/* Names, blocks and repeats are read first, then each check. */
	diag_is(doc, 0, CFG_ERROR, 2, 54, "'description' is given twice");
	diag_is(doc, 1, CFG_ERROR, 5, 1, "check e needs a block");
	diag_is(doc, 2, CFG_ERROR, 6, 1, "check needs a name");
	diag_is(doc, 3, CFG_ERROR, 7, 1, "check needs a name");
	diag_is(doc, 4, CFG_ERROR, 1, 37, "severity is one of info, warning, "
	    "error, critical");
	diag_is(doc, 5, CFG_ERROR, 3, 27, "'regex' takes one quoted string");
	diag_is(doc, 6, CFG_ERROR, 4, 27, "'required' takes no value");
	cfg_doc_free(doc);
}

static void
test_warning_unmapped(void **state)
{
	static const char	 rules[] =
	    "other statement\n"
	    "check c {\n\tfields [email, phone]\n\tregex '^[a-z@.]+$'\n}\n";
	struct cfg_doc		*doc;
	struct ruleset		*rs;
	struct record		 r;
	struct findings		 fs;

	rs = compile_mapped(rules, &doc, ALL_FIELDS & ~(1u << FIELD_PHONE),
	    MAX_VALUE, 1);
	assert_int_equal(doc->nerrors, 0);
	assert_int_equal(doc->nwarnings, 1);
	diag_is(doc, 0, CFG_WARNING, 3, 17, "check c reads field 'phone', "
	    "which customers.map does not map; it can never run on it");
	/* Statements other than check are left to other layers. */
	assert_int_equal(rs->nchecks, 1);
	assert_int_equal(rs->checks[0].fields, 1u << FIELD_EMAIL);
	assert_int_equal(rs->fields, 1u << FIELD_EMAIL);
	rec_clear(&r);
	rec_set(&r, FIELD_EMAIL, "a@b.de");
	rec_set(&r, FIELD_PHONE, "NOT LOWER");
	assert_int_equal(eval(rs, &r, &fs), 0);
	rule_unref(rs);
	cfg_doc_free(doc);
}

static void
test_errors_keep_going(void **state)
{
	struct cfg_doc	*doc;

	/* Every bad check is reported; good ones do not hide them. */
	doc = compile_bad("check a { fields [nope]; required }\n"
	    "check b { fields [email]; regex '[' }\n"
	    "check ok { fields [email]; required }\n"
	    "check c { fields [email]; what 1 }\n", ALL_FIELDS);
	assert_int_equal(doc->nerrors, 3);
	diag_is(doc, 0, CFG_ERROR, 1, 19, "unknown field 'nope'");
	/* The quote is at column 33, the error at offset 1. */
	diag_is(doc, 1, CFG_ERROR, 2, 35, "pcre2: ");
	diag_is(doc, 2, CFG_ERROR, 4, 27, "unknown option 'what'");
	cfg_doc_free(doc);
}

/* Dump and re-parse. */

static void
same_rules(const struct ruleset *a, const struct ruleset *b)
{
	size_t	 i;

	assert_int_equal(a->nchecks, b->nchecks);
	assert_int_equal(a->fields, b->fields);
	for (i = 0; i < a->nchecks; i++) {
		assert_string_equal(a->checks[i].name, b->checks[i].name);
		assert_int_equal(a->checks[i].kind, b->checks[i].kind);
		assert_int_equal(a->checks[i].severity, b->checks[i].severity);
		assert_int_equal(a->checks[i].fields, b->checks[i].fields);
		if (a->checks[i].pattern == NULL)
			assert_null(b->checks[i].pattern);
		else {
			assert_non_null(b->checks[i].pattern);
			assert_string_equal(a->checks[i].pattern,
			    b->checks[i].pattern);
		}
		assert_string_equal(a->checks[i].description,
		    b->checks[i].description);
	}
}

static char *
dump(const struct ruleset *rs)
{
	char	*out = NULL;
	size_t	 len = 0;
	FILE	*fp;

	fp = open_memstream(&out, &len);
	assert_non_null(fp);
	rule_dump(rs, fp);
	assert_int_equal(fclose(fp), 0);
	return out;
}

static void
round_trip(struct ruleset *rs)
{
	struct cfg_doc	*doc2;
	struct ruleset	*rs2;
	char		*out, *out2;
	size_t		 i;

	out = dump(rs);
	doc2 = cfg_parse_string("dump", out, strlen(out));
	if (doc2->nerrors != 0)
		fail_msg("dump does not parse: %d:%d %s\n%s",
		    doc2->diags[0].pos.line, doc2->diags[0].pos.col,
		    doc2->diags[0].msg, out);
	rs2 = rule_compile(doc2, &doc2->root, ALL_FIELDS, MAX_VALUE, 0);
	if (rs2 == NULL)
		fail_msg("dump does not compile: %s\n%s", doc2->diags[0].msg,
		    out);
	assert_int_equal(doc2->nwarnings, 0);
	same_rules(rs, rs2);
	/* The second dump differs only in the source comments. */
	out2 = dump(rs2);
	assert_non_null(strstr(out2, " {\t# dump:1\n"));
	for (i = 0; i < rs2->nchecks; i++)
		assert_non_null(strstr(rs2->checks[i].source, "dump:"));
	free(out2);
	rule_unref(rs2);
	cfg_doc_free(doc2);
	free(out);
}

static void
test_dump_round_trip(void **state)
{
	static const char	 rules[] =
	    "check a_regex {\n"
	    "\tfields [phone, email]\n"
	    "\tregex '^[^@]+@[^@]+$'\n"
	    "\tseverity critical\n"
	    "\tdescription \"Quote \\\" backslash \\\\ and it's\"\n"
	    "}\n"
	    "check b_reject {\n"
	    "\tfields [first_name]\n"
	    "\treject \"it's \\\\d+ o'clock\\n?\"\n"
	    "\tdescription \"two\\nlines\\r\"\n"
	    "}\n"
	    "check c_required {\n"
	    "\tfield last_name\n"
	    "\trequired\n"
	    "\tseverity info\n"
	    "}\n"
	    "check d_tab { fields [country]; reject '\t\\t\"' }\n";
	struct cfg_doc		*doc;
	struct ruleset		*rs;
	char			*out;

	rs = compile(rules, &doc, 0);
	assert_int_equal(rs->nchecks, 4);
	out = dump(rs);
	assert_non_null(strstr(out, "check a_regex {\t# t.rules:1\n"
	    "\tfields [phone, email]\t# t.rules:2\n"
	    "\tregex '^[^@]+@[^@]+$'\t# t.rules:3\n"
	    "\tseverity critical\t# t.rules:4\n"
	    "\tdescription \"Quote \\\" backslash \\\\ and it's\"\t# t.rules:5\n"
	    "}\n"));
	assert_non_null(strstr(out, "check c_required {\t# t.rules:12\n"
	    "\tfield last_name\t# t.rules:13\n"
	    "\trequired\t# t.rules:14\n"
	    "\tseverity info\t# t.rules:15\n"
	    "}\n"));
	free(out);
	round_trip(rs);
	rule_unref(rs);
	cfg_doc_free(doc);
}

/* The shipped rules/fields.rules. */

static struct ruleset *
load_fields_rules(struct cfg_doc **docp, int jit)
{
	const char	*top = getenv("top_srcdir");
	struct ruleset	*rs;
	char		*path;

	if (top == NULL || *top == '\0')
		top = ".";
	assert_true(asprintf(&path, "%s/rules/fields.rules", top) != -1);
	*docp = cfg_parse_file(path);
	free(path);
	if ((*docp)->nerrors != 0)
		fail_msg("fields.rules: %s", (*docp)->diags[0].msg);
	rs = rule_compile(*docp, &(*docp)->root, ALL_FIELDS, MAX_VALUE, jit);
	assert_non_null(rs);
	assert_int_equal((*docp)->nwarnings, 0);
	return rs;
}

static void
test_fields_rules_load(void **state)
{
	static const char *const names[] = {
		"email_malformed", "phone_malformed", "postal_malformed",
		"placeholder_name", "placeholder_email", "country_invalid",
		"birth_date_invalid", "required_email", "required_last_name",
		"required_country",
	};
	struct cfg_doc	*doc;
	struct ruleset	*rs;
	size_t		 i;

	rs = load_fields_rules(&doc, 1);
	assert_int_equal(rs->nchecks, sizeof names / sizeof names[0]);
	for (i = 0; i < rs->nchecks; i++) {
		assert_string_equal(rs->checks[i].name, names[i]);
		assert_int_equal(rs->checks[i].severity,
		    strncmp(names[i], "required_", 9) == 0 ? SEV_ERROR :
		    SEV_WARNING);
		assert_int_equal(rs->checks[i].jit, rs->checks[i].re != NULL &&
		    have_jit());
		/* The field checks are the validators, but for placeholders. */
		assert_int_equal(rs->checks[i].kind,
		    strncmp(names[i], "required_", 9) == 0 ? CHECK_REQUIRED :
		    strcmp(names[i], "placeholder_email") == 0 ? CHECK_REJECT :
		    CHECK_VALIDATE);
	}
	round_trip(rs);
	rule_unref(rs);
	cfg_doc_free(doc);
}

static const struct {
	enum field	 field;
	const char	*value;
	const char	*expect;	/* checks that fire, in rule order */
} field_cases[] = {
	{ FIELD_EMAIL, "anna@web.de", "" },
	{ FIELD_EMAIL, "anna.b+tag@mail.example.org", "" },
	{ FIELD_EMAIL, "a_b%c-d@sub-1.web.museum", "" },
	{ FIELD_EMAIL, "contest@web.de", "" },
	{ FIELD_EMAIL, "anna@example.co", "" },
	{ FIELD_EMAIL, "anna@@web.de", "email_malformed" },
	{ FIELD_EMAIL, "anna@web", "email_malformed" },
	{ FIELD_EMAIL, "anna@web.d", "email_malformed" },
	{ FIELD_EMAIL, "anna@web.de ", "email_malformed" },
	{ FIELD_EMAIL, "anna web.de", "email_malformed" },
	{ FIELD_EMAIL, "\xc3\xa4nna@web.de", "email_malformed" },
	{ FIELD_EMAIL, "test@web.de", "placeholder_email" },
	{ FIELD_EMAIL, "NoEmail@web.de", "placeholder_email" },
	{ FIELD_EMAIL, "xxx@web.de", "placeholder_email" },
	{ FIELD_EMAIL, "anna@example.com", "placeholder_email" },
	{ FIELD_EMAIL, "anna@Example.ORG", "placeholder_email" },
	{ FIELD_EMAIL, "anna@test.com", "placeholder_email" },
	{ FIELD_EMAIL, "null@", "email_malformed,placeholder_email" },
	{ FIELD_EMAIL, "", "required_email" },
	{ FIELD_EMAIL, NULL, "required_email" },
	{ FIELD_EMAIL, "   ", "required_email" },
	{ FIELD_EMAIL, " anna@web.de", "email_malformed" },
	/* '$' is the end of the value (PCRE2_DOLLAR_ENDONLY). */
	{ FIELD_EMAIL, "anna@web.de\n", "email_malformed" },
	{ FIELD_PHONE, "+49 30 1234567\n", "phone_malformed" },
	/* The postal validator trims white space, a newline too. */
	{ FIELD_POSTAL_CODE, "10115\n", "" },
	/* Unicode white space is blank: required's business only. */
	{ FIELD_EMAIL, "\xe3\x80\x80", "required_email" },
	{ FIELD_FIRST_NAME, "\xc2\xa0 ", "" },
	/* The record is German (country DE): its numbering plan. */
	{ FIELD_PHONE, "+49 30 1234567", "" },
	{ FIELD_PHONE, "030/1234567", "" },
	{ FIELD_PHONE, "(030) 123-4567", "" },
	{ FIELD_PHONE, "0151 23456789", "" },
	/* Valid, in another country than the record's: advice. */
	{ FIELD_PHONE, "+1 202-456-1111", "phone_malformed.advice" },
	{ FIELD_PHONE, "123456789012345", "phone_malformed" },
	{ FIELD_PHONE, "9999999", "phone_malformed" },
	{ FIELD_PHONE, "12", "phone_malformed" },
	{ FIELD_PHONE, "123456", "phone_malformed" },
	{ FIELD_PHONE, "1234567890123456", "phone_malformed" },
	{ FIELD_PHONE, "030 123456789012345", "phone_malformed" },
	{ FIELD_PHONE, "+49 30 12O4567", "phone_malformed" },
	{ FIELD_PHONE, "phone", "phone_malformed" },
	{ FIELD_PHONE, NULL, "" },
	/* German postal codes are five digits. */
	{ FIELD_POSTAL_CODE, "10115", "" },
	{ FIELD_POSTAL_CODE, "01067", "" },
	{ FIELD_POSTAL_CODE, "ABCDE", "postal_malformed" },
	{ FIELD_POSTAL_CODE, "123", "postal_malformed" },
	{ FIELD_POSTAL_CODE, "9999999", "postal_malformed" },
	{ FIELD_POSTAL_CODE, "SW1A 1AA", "postal_malformed" },
	{ FIELD_POSTAL_CODE, "!!", "postal_malformed" },
	{ FIELD_POSTAL_CODE, "1", "postal_malformed" },
	{ FIELD_POSTAL_CODE, "-1234", "postal_malformed" },
	{ FIELD_POSTAL_CODE, "12345678901", "postal_malformed" },
	{ FIELD_POSTAL_CODE, NULL, "" },
	{ FIELD_FIRST_NAME, "Test", "placeholder_name" },
	{ FIELD_FIRST_NAME, "Xu", "" },
	{ FIELD_FIRST_NAME, "x", "placeholder_name" },
	{ FIELD_FIRST_NAME, "XXX", "placeholder_name" },
	{ FIELD_FIRST_NAME, "N/A", "placeholder_name" },
	{ FIELD_FIRST_NAME, " unknown ", "placeholder_name" },
	{ FIELD_FIRST_NAME, "---", "placeholder_name" },
	{ FIELD_FIRST_NAME, "??", "placeholder_name" },
	{ FIELD_FIRST_NAME, "Null", "placeholder_name" },
	{ FIELD_FIRST_NAME, "Dummy", "placeholder_name" },
	{ FIELD_FIRST_NAME, "Anna", "" },
	{ FIELD_FIRST_NAME, "Testa", "" },
	{ FIELD_FIRST_NAME, "Nonne", "" },
	{ FIELD_FIRST_NAME, "Jos\xc3\xa9", "" },
	{ FIELD_FIRST_NAME, "Anne-Marie", "" },
	{ FIELD_FIRST_NAME, NULL, "" },
	{ FIELD_LAST_NAME, "Meier", "" },
	{ FIELD_LAST_NAME, "asdf", "placeholder_name" },
	{ FIELD_LAST_NAME, "", "required_last_name" },
	{ FIELD_LAST_NAME, NULL, "required_last_name" },
	{ FIELD_FIRST_NAME, "Tester", "" },
	{ FIELD_FIRST_NAME, "Anna1", "placeholder_name" },
	{ FIELD_COUNTRY, "DE", "" },
	{ FIELD_COUNTRY, "Deutschland", "" },
	{ FIELD_COUNTRY, "XX", "country_invalid" },
	{ FIELD_COUNTRY, "Narnia", "country_invalid" },
	{ FIELD_COUNTRY, NULL, "required_country" },
	{ FIELD_COUNTRY, " ", "required_country" },
	{ FIELD_BIRTH_DATE, "1985-03-12", "" },
	{ FIELD_BIRTH_DATE, "12.03.1985", "" },
	{ FIELD_BIRTH_DATE, "2999-01-01", "birth_date_invalid" },
	{ FIELD_BIRTH_DATE, "1850-01-01", "birth_date_invalid" },
	{ FIELD_BIRTH_DATE, "1985-02-30", "birth_date_invalid" },
	{ FIELD_BIRTH_DATE, "soon", "birth_date_invalid" },
	{ FIELD_BIRTH_DATE, NULL, "" },
};

static void
fields_rules_table(int jit)
{
	struct cfg_doc	*doc;
	struct ruleset	*rs;
	struct record	 r;
	struct findings	 fs;
	struct buf	 got;
	size_t		 i, j, bad = 0;

	buf_init(&got);
	rs = load_fields_rules(&doc, jit);
	for (i = 0; i < sizeof field_cases / sizeof field_cases[0]; i++) {
		rec_clear(&r);
		/* Fill the other required fields so only ours can fire. */
		rec_set(&r, FIELD_EMAIL, "anna@web.de");
		rec_set(&r, FIELD_LAST_NAME, "Meier");
		rec_set(&r, FIELD_COUNTRY, "DE");
		rec_set(&r, field_cases[i].field, field_cases[i].value);
		eval(rs, &r, &fs);
		buf_reset(&got);
		buf_adds(&got, "");
		for (j = 0; j < fs.n; j++) {
			if (fs.f[j].field != field_cases[i].field)
				fail_msg("%s '%s': finding %s on %s",
				    field_name(field_cases[i].field),
				    field_cases[i].value, fs.f[j].check->name,
				    field_name(fs.f[j].field));
			buf_printf(&got, "%s%s", j > 0 ? "," : "",
			    fs.f[j].check->name);
		}
		if (strcmp(got.data, field_cases[i].expect) != 0) {
			print_error("%s '%s': got [%s], expected [%s]\n",
			    field_name(field_cases[i].field),
			    field_cases[i].value != NULL ?
			    field_cases[i].value : "(NULL)", got.data,
			    field_cases[i].expect);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
	buf_free(&got);
	assert_int_equal(rs->regex_errors, 0);
	rule_unref(rs);
	cfg_doc_free(doc);
}

static void
test_fields_rules_table_jit(void **state)
{
	fields_rules_table(1);
}

static void
test_fields_rules_table_interpreted(void **state)
{
	fields_rules_table(0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_regex),
		cmocka_unit_test(test_reject),
		cmocka_unit_test(test_null_and_empty_skipped),
		cmocka_unit_test(test_required),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_oversized),
		cmocka_unit_test(test_match_limit_jit),
		cmocka_unit_test(test_match_limit_interpreted),
		cmocka_unit_test(test_ref_unref),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_error_bad_regex),
		cmocka_unit_test(test_error_bad_regex_escaped_column),
		cmocka_unit_test(test_parse_error_not_reported_twice),
		cmocka_unit_test(test_error_pattern_not_utf8),
		cmocka_unit_test(test_error_unknown_option),
		cmocka_unit_test(test_error_unknown_field),
		cmocka_unit_test(test_error_missing_test),
		cmocka_unit_test(test_error_two_tests),
		cmocka_unit_test(test_override),
		cmocka_unit_test(test_error_reserved_name),
		cmocka_unit_test(test_error_misc),
		cmocka_unit_test(test_warning_unmapped),
		cmocka_unit_test(test_errors_keep_going),
		cmocka_unit_test(test_dump_round_trip),
		cmocka_unit_test(test_fields_rules_load),
		cmocka_unit_test(test_fields_rules_table_jit),
		cmocka_unit_test(test_fields_rules_table_interpreted),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
