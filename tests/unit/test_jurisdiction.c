/*
 * test_jurisdiction.c -- jurisdiction blocks, assignment of records,
 * scoped and compare checks, duplicates blocks, and reload.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "daemon/conf.h"
#include "lib/record.h"
#include "rules/cfgparse.h"
#include "tests/unit/diag.h"
#include "rules/ruleset.h"
#include "validators/calendar.h"

#define ALL_FIELDS	(~0u >> (32 - FIELD_MAX))	/* FIELD_MAX <= 32 */

static struct ruleset *
compile(const char *text, struct cfg_doc **docp)
{
	struct ruleset	*rs;

	*docp = cfg_parse_string("j.rules", text, strlen(text));
	rs = rule_compile(*docp, &(*docp)->root, ALL_FIELDS, 65536, 1);
	if (rs == NULL)
		fail_msg("compile error at %d:%d: %s",
		    (*docp)->diags[0].pos.line, (*docp)->diags[0].pos.col,
		    (*docp)->diags[0].msg);
	return rs;
}

static struct cfg_doc *
compile_bad(const char *text)
{
	struct cfg_doc	*doc;
	struct ruleset	*rs;

	doc = cfg_parse_string("j.rules", text, strlen(text));
	rs = rule_compile(doc, &doc->root, ALL_FIELDS, 65536, 1);
	if (rs != NULL)
		fail_msg("rules compiled without error");
	return doc;
}

static const char packs[] =
    "jurisdiction eu {\n"				/* 1 */
    "\tdescription \"GDPR\"\n"
    "\tcountries [DE, FR, GR]\n"
    "\talias EL GR\n"
    "\tofficers [\"dpo@example.com\", \"eu@example.org\"]\n"
    "\tconsent_max_age { any 24 months; express none }\n"
    "\toptout_deadline 1 month\n"
    "\tstale_after 36 months\n"
    "\tminimum_age 16\n"
    "\tminimum_age_by_country { FR 15 }\n"		/* 10 */
    "\tchecks [birth_known]\n"
    "}\n"
    "jurisdiction ca {\n"
    "\tcountries [CA]\n"
    "\tconsent_max_age { implied_purchase 2 years; implied_inquiry 6 months }\n"
    "\toptout_deadline 10 business days\n"
    "}\n"
    "jurisdiction ru { countries [RU]; storage_region [RU] }\n"
    "check birth_known { fields [birth_date]; required }\n"
    "check dates { compare created_at <= updated_at; severity error }\n" /* 20 */
    "check de_zip { fields [postal_code]; regex '^[0-9]{5}$'; countries [DE] }\n"
    "check ca_only { fields [email]; required; jurisdictions [ca] }\n";

struct seen {
	char	 names[16][32];
	int	 n;
};

static void
collect(void *arg, const struct rule_check *c, enum field f, const char *d)
{
	struct seen	*s = arg;

	if (s->n < 16)
		snprintf(s->names[s->n++], sizeof s->names[0], "%s", c->name);
}

static int
has(const struct seen *s, const char *name)
{
	int	 i;

	for (i = 0; i < s->n; i++)
		if (strcmp(s->names[i], name) == 0)
			return 1;
	return 0;
}

static void
set(struct record *r, enum field f, const char *v)
{
	r->f[f].data = v;
	r->f[f].len = v != NULL ? strlen(v) : 0;
}

static void
test_jurisdiction_values(void **state)
{
	struct cfg_doc			*doc;
	struct ruleset			*rs = compile(packs, &doc);
	const struct rule_jurisdiction	*eu = &rs->jurs[0], *ca = &rs->jurs[1];
	char				 t[32];

	assert_int_equal(rs->njurs, 3);
	assert_string_equal(eu->name, "eu");
	assert_string_equal(eu->description, "GDPR");
	assert_int_equal(eu->ncountries, 3);
	assert_int_equal(eu->nofficers, 2);
	assert_string_equal(eu->officers[1], "eu@example.org");
	jur_limit_text(&eu->consent_max_age[CONSENT_ANY], t, sizeof t);
	assert_string_equal(t, "24 months");
	jur_limit_text(&eu->consent_max_age[CONSENT_EXPRESS], t, sizeof t);
	assert_string_equal(t, "none");
	jur_limit_text(&eu->consent_max_age[CONSENT_SOFT_OPTIN], t, sizeof t);
	assert_string_equal(t, "-");
	assert_string_equal(eu->consent_max_age[CONSENT_ANY].source,
	    "j.rules:6");
	assert_int_equal(eu->minimum_age, 16);
	assert_int_equal(eu->nages, 1);
	assert_string_equal(eu->ages[0].country, "FR");
	assert_int_equal(eu->ages[0].age, 15);
	jur_limit_text(&ca->optout_deadline, t, sizeof t);
	assert_string_equal(t, "10 business days");
	jur_limit_text(&ca->consent_max_age[CONSENT_IMPLIED_INQUIRY], t,
	    sizeof t);
	assert_string_equal(t, "6 months");
	assert_int_equal(rs->jurs[2].nstorage, 1);
	rule_unref(rs);
	cfg_doc_free(doc);
}

static void
test_assign(void **state)
{
	static const struct {
		const char	*country;
		const char	*jur;
		const char	*code;
	} cases[] = {
		{ "DE", "eu", "DE" }, { "de", "eu", "DE" }, { " fr ", "eu", "FR" },
		{ "EL", "eu", "GR" }, { "CA", "ca", "CA" }, { "US", "unassigned",
		"US" }, { "XX", "unassigned", "" }, { "", "unassigned", "" },
		{ NULL, "unassigned", "" }, { "Germany", "unassigned", "" },
		{ "D", "unassigned", "" },
	};
	struct cfg_doc	*doc;
	struct ruleset	*rs = compile(packs, &doc);
	struct record	 r;
	size_t		 i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		memset(&r, 0, sizeof r);
		set(&r, FIELD_COUNTRY, cases[i].country);
		rule_assign(rs, &r);
		if (strcmp(rule_jur_name(rs, r.jur), cases[i].jur) != 0 ||
		    strcmp(r.country, cases[i].code) != 0)
			fail_msg("country '%s' went to %s/%s, expected %s/%s",
			    cases[i].country ? cases[i].country : "NULL",
			    rule_jur_name(rs, r.jur), r.country, cases[i].jur,
			    cases[i].code);
	}
	/* jurisdiction_from: another field decides. */
	rs->jur_field = FIELD_BILLING_COUNTRY;
	memset(&r, 0, sizeof r);
	set(&r, FIELD_COUNTRY, "DE");
	set(&r, FIELD_BILLING_COUNTRY, "CA");
	rule_assign(rs, &r);
	assert_string_equal(rule_jur_name(rs, r.jur), "ca");
	rule_unref(rs);
	cfg_doc_free(doc);
}

static void
test_scope_and_compare(void **state)
{
	struct cfg_doc	*doc;
	struct ruleset	*rs = compile(packs, &doc);
	struct record	 r;
	struct seen	 s;

	/* eu switches birth_known on; DE gets de_zip; ca_only is not here. */
	memset(&r, 0, sizeof r);
	memset(&s, 0, sizeof s);
	set(&r, FIELD_COUNTRY, "DE");
	set(&r, FIELD_POSTAL_CODE, "1011");
	set(&r, FIELD_CREATED_AT, "2024-05-01 10:00:00+00");
	set(&r, FIELD_UPDATED_AT, "2023-01-01 10:00:00+00");
	assert_int_equal(rule_eval(rs, &r, collect, &s), 3);
	assert_true(has(&s, "birth_known"));
	assert_true(has(&s, "de_zip"));
	assert_true(has(&s, "dates"));
	assert_false(has(&s, "ca_only"));

	/* FR: no de_zip; CA: ca_only, no birth_known; unassigned: neither. */
	memset(&s, 0, sizeof s);
	set(&r, FIELD_COUNTRY, "FR");
	set(&r, FIELD_UPDATED_AT, "2024-05-01 10:00:00+00");
	assert_int_equal(rule_eval(rs, &r, collect, &s), 1);
	assert_true(has(&s, "birth_known"));
	memset(&s, 0, sizeof s);
	set(&r, FIELD_COUNTRY, "CA");
	assert_int_equal(rule_eval(rs, &r, collect, &s), 1);
	assert_true(has(&s, "ca_only"));
	memset(&s, 0, sizeof s);
	set(&r, FIELD_COUNTRY, "US");
	assert_int_equal(rule_eval(rs, &r, collect, &s), 0);

	/* compare: numbers as numbers, equal passes <=, missing is skipped. */
	set(&r, FIELD_CREATED_AT, "9");
	set(&r, FIELD_UPDATED_AT, "10");
	memset(&s, 0, sizeof s);
	assert_int_equal(rule_eval(rs, &r, collect, &s), 0);
	set(&r, FIELD_CREATED_AT, "2024-01-01");
	set(&r, FIELD_UPDATED_AT, "2024-01-01");
	assert_int_equal(rule_eval(rs, &r, collect, &s), 0);
	set(&r, FIELD_UPDATED_AT, NULL);
	assert_int_equal(rule_eval(rs, &r, collect, &s), 0);
	/* Timestamps compare as instants: 10:00+01 is before 09:30Z. */
	set(&r, FIELD_CREATED_AT, "2024-01-02 10:00:00+01");
	set(&r, FIELD_UPDATED_AT, "2024-01-02 09:30:00+00");
	assert_int_equal(rule_eval(rs, &r, collect, &s), 0);
	set(&r, FIELD_CREATED_AT, "2024-10-27 02:30:00+02");
	set(&r, FIELD_UPDATED_AT, "2024-10-27 02:10:00+01");
	assert_int_equal(rule_eval(rs, &r, collect, &s), 0);
	set(&r, FIELD_CREATED_AT, "2024-01-02T10:00:00.5Z");
	set(&r, FIELD_UPDATED_AT, "2024-01-02 10:00:00");
	memset(&s, 0, sizeof s);
	assert_int_equal(rule_eval(rs, &r, collect, &s), 1);
	/* A date is its midnight UTC. */
	set(&r, FIELD_CREATED_AT, "2024-01-02");
	set(&r, FIELD_UPDATED_AT, "2024-01-02 00:00:01+00");
	memset(&s, 0, sizeof s);
	assert_int_equal(rule_eval(rs, &r, collect, &s), 0);
	set(&r, FIELD_UPDATED_AT, "2024-01-01 23:59:59-01");
	assert_int_equal(rule_eval(rs, &r, collect, &s), 0);
	set(&r, FIELD_UPDATED_AT, "2024-01-01 23:59:59+00");
	assert_int_equal(rule_eval(rs, &r, collect, &s), 1);
	/* Hex is no number: "0x9" > "0x10" as text. */
	set(&r, FIELD_CREATED_AT, "0x9");
	set(&r, FIELD_UPDATED_AT, "0x10");
	memset(&s, 0, sizeof s);
	assert_int_equal(rule_eval(rs, &r, collect, &s), 1);
	set(&r, FIELD_CREATED_AT, "-5");
	set(&r, FIELD_UPDATED_AT, "-4.5");
	memset(&s, 0, sizeof s);
	assert_int_equal(rule_eval(rs, &r, collect, &s), 0);
	rule_unref(rs);
	cfg_doc_free(doc);
}

static void
test_jurisdiction_errors(void **state)
{
	struct cfg_doc	*doc;

	doc = compile_bad(
	    "jurisdiction a {\n"
	    "\tcountries [DE, XX, de]\n"
	    "\tofficers [\"not an address\"]\n"
	    "\tconsent_max_age { forever 2 years; any 3 business days }\n"
	    "\tstale_after soon\n"
	    "\tminimum_age 200\n"
	    "\tchecks [nope]\n"
	    "\tcolour blue\n"
	    "}\n"
	    "jurisdiction unassigned { countries [FR] }\n"
	    "jurisdiction empty { description 'x' }\n");
	diag_is(doc, 0, CFG_ERROR, 2, 17, "'XX' is not an ISO 3166-1 alpha-2");
	diag_is(doc, 1, CFG_ERROR, 2, 21, "'de' is not an ISO 3166-1 alpha-2");
	diag_is(doc, 2, CFG_ERROR, 3, 12, "'not an address' is not an email "
	    "address");
	diag_is(doc, 3, CFG_ERROR, 4, 20, "unknown consent kind 'forever'");
	diag_is(doc, 4, CFG_ERROR, 4, 41, "business days are for opt-out");
	diag_is(doc, 5, CFG_ERROR, 5, 14, "'stale_after' takes a duration");
	diag_is(doc, 6, CFG_ERROR, 6, 2, "'minimum_age' takes an age in whole "
	    "years from 0 to 120");
	diag_is(doc, 7, CFG_ERROR, 8, 2, "unknown option 'colour' in "
	    "jurisdiction a");
	diag_is(doc, 8, CFG_ERROR, 10, 14, "'unassigned' is the bucket");
	diag_is(doc, 9, CFG_ERROR, 11, 1, "jurisdiction empty claims no "
	    "country");
	cfg_doc_free(doc);

	/* Cross-references are checked once everything compiled. */
	doc = compile_bad("jurisdiction a { countries [DE]; checks [nope] }\n"
	    "check c { fields [email]; required; jurisdictions [b] }\n");
	diag_is(doc, 0, CFG_ERROR, 1, 34, "jurisdiction a switches on check "
	    "'nope', which is not defined");
	diag_is(doc, 1, CFG_ERROR, 2, 37, "check c is scoped to jurisdiction "
	    "'b', which is not defined");
	cfg_doc_free(doc);
}

static void
test_scope_warnings(void **state)
{
	struct cfg_doc	*doc;
	struct ruleset	*rs;

	/* Scoped to uk, switched on only by eu: runs nowhere. */
	rs = compile("jurisdiction eu { countries [DE]; checks [dead] }\n"
	    "jurisdiction uk { countries [GB] }\n"
	    "check dead { fields [email]; required; jurisdictions [uk] }\n",
	    &doc);
	assert_int_equal(doc->nwarnings, 1);
	diag_is(doc, 0, CFG_WARNING, 3, 40, "check dead (j.rules:3) applies "
	    "to no record");
	rule_unref(rs);
	cfg_doc_free(doc);

	doc = compile_bad("check a { fields [email]; required; jurisdictions [] }"
	    "\ncheck b { fields [email]; required; countries [] }\n"
	    "jurisdiction x { countries [DE]; alias el GR }\n");
	diag_is(doc, 0, CFG_ERROR, 1, 37, "jurisdictions [] names none");
	diag_is(doc, 1, CFG_ERROR, 2, 37, "countries [] names none");
	diag_is(doc, 2, CFG_ERROR, 3, 34, "alias takes a two-letter upper-case "
	    "code");
	cfg_doc_free(doc);

	/* An alias from an assigned code moves real customers: a warning. */
	rs = compile("jurisdiction x { countries [DE]; alias GE DE }\n", &doc);
	diag_is(doc, 0, CFG_WARNING, 1, 40, "alias GE: GE is an assigned ISO "
	    "code");
	rule_unref(rs);
	cfg_doc_free(doc);
}

static void
test_country_claimed_twice(void **state)
{
	struct cfg_doc	*doc;
	struct ruleset	*rs;
	struct record	 r;

	rs = compile("jurisdiction a { countries [DE, AT] }\n"
	    "jurisdiction b { countries [CH, AT] }\n", &doc);
	assert_int_equal(doc->nwarnings, 1);
	diag_is(doc, 0, CFG_WARNING, 2, 1, "country AT is claimed by "
	    "jurisdiction a (j.rules:1) and b; its records go to a");
	memset(&r, 0, sizeof r);
	set(&r, FIELD_COUNTRY, "AT");
	rule_assign(rs, &r);
	assert_string_equal(rule_jur_name(rs, r.jur), "a");
	rule_unref(rs);
	cfg_doc_free(doc);
}

static void
test_jurisdiction_override(void **state)
{
	struct cfg_doc	*doc;
	struct ruleset	*rs;
	char		 t[32];

	rs = compile("jurisdiction a {\n\tcountries [DE]\n\tminimum_age 16\n"
	    "\tconsent_max_age { any 24 months; express none }\n}\n"
	    "jurisdiction a {\n\tminimum_age 14\n"
	    "\tconsent_max_age { any 12 months }\n}\n", &doc);
	assert_int_equal(rs->njurs, 1);
	assert_int_equal(rs->jurs[0].minimum_age, 14);
	assert_int_equal(rs->jurs[0].ncountries, 1);
	jur_limit_text(&rs->jurs[0].consent_max_age[CONSENT_ANY], t, sizeof t);
	assert_string_equal(t, "12 months");
	/* The nested block merges: express is still none, from line 4. */
	jur_limit_text(&rs->jurs[0].consent_max_age[CONSENT_EXPRESS], t,
	    sizeof t);
	assert_string_equal(t, "none");
	assert_string_equal(rs->jurs[0].consent_max_age[CONSENT_EXPRESS].source,
	    "j.rules:4");
	assert_non_null(strstr(rs->dump, "\tminimum_age 14\t# j.rules:7\n"));
	rule_unref(rs);
	cfg_doc_free(doc);
}

static void
test_duplicates_block(void **state)
{
	struct cfg_doc	*doc;
	struct ruleset	*rs;

	rs = compile("duplicates person {\n"
	    "\tblock [email, \"soundex(last_name) + year(birth_date)\"]\n"
	    "\tcompare first_name jaro_winkler [0.94, 0.88]\n"
	    "\tcompare birth_date date\n"
	    "\tmerge 0.95\n\treview 0.8\n"
	    "\tsurvive email most_recent\n\tsurvivor oldest\n}\n", &doc);
	assert_int_equal(rs->ndups, 1);
	assert_int_equal(rs->dups[0].nblocks, 2);
	assert_int_equal(rs->dups[0].ncompares, 2);
	rule_unref(rs);
	cfg_doc_free(doc);

	doc = compile_bad("duplicates p {\n"
	    "\tblock [\"soundex(surname)\", \"foo(email)\"]\n"
	    "\tcompare email fuzzy\n"
	    "\tcompare phone exact [0.5, 0.9]\n"
	    "\tmerge 1.5\n"
	    "\tsurvive email best\n"
	    "}\n"
	    "duplicates q { block [email]; compare email exact; merge 0.8; "
	    "review 0.9 }\n");
	diag_is(doc, 0, CFG_ERROR, 2, 9, "unknown field 'surname'");
	diag_is(doc, 1, CFG_ERROR, 2, 29, "unknown function 'foo'");
	diag_is(doc, 2, CFG_ERROR, 3, 2, "compare takes a field and a "
	    "comparator");
	diag_is(doc, 3, CFG_ERROR, 4, 28, "compare levels must be decreasing");
	diag_is(doc, 4, CFG_ERROR, 5, 2, "threshold out of range");
	diag_is(doc, 5, CFG_ERROR, 6, 2, "survive takes a field and a rule");
	diag_is(doc, 6, CFG_ERROR, 8, 63, "threshold out of range: review 0.9 "
	    "must be below merge 0.8");
	cfg_doc_free(doc);
}

static char *
write_conf(const char *dir, const char *rules)
{
	char	*path;
	FILE	*fp;

	if (asprintf(&path, "%s/steward.conf", dir) == -1)
		fail();
	assert_non_null(fp = fopen(path, "w"));
	fprintf(fp, "database { conninfo \"dbname=crm\" }\n"
	    "customers { table \"t\"; key \"id\"; map { email \"e\"; "
	    "country \"c\" } }\n%s", rules);
	fclose(fp);
	return path;
}

static void
test_reload(void **state)
{
	char		 dir[] = "/tmp/steward-reload.XXXXXX";
	char		*path, *cause = NULL;
	struct cfg_doc	*doc;
	struct conf	*live, *next;

	assert_non_null(mkdtemp(dir));
	path = write_conf(dir, "check a { fields [email]; required }\n");
	live = conf_load(path, &doc);
	cfg_doc_free(doc);
	assert_non_null(live);
	free(path);

	/* A broken file: the old configuration stays, the error says where. */
	path = write_conf(dir, "check a { fields [email]; required }\n"
	    "check b { fields [email]; regex '(' }\n");
	next = conf_reload(live, path, &cause);
	assert_ptr_equal(next, live);
	assert_non_null(cause);
	if (strstr(cause, "steward.conf:4:35: pcre2:") == NULL)
		fail_msg("cause: %s", cause);
	assert_non_null(strstr(cause, "keeping the rules in force"));
	assert_int_equal(live->rules->nchecks, 1);
	free(cause);
	free(path);

	/* A good one replaces it. */
	path = write_conf(dir, "check a { fields [email]; required }\n"
	    "check b { fields [email]; regex '@' }\n");
	next = conf_reload(live, path, &cause);
	assert_null(cause);
	assert_ptr_not_equal(next, live);
	assert_int_equal(next->rules->nchecks, 2);
	conf_free(live);
	conf_free(next);
	unlink(path);
	free(path);
	rmdir(dir);
}

/* The compliance tests, judged at a fixed instant in the packs' zones. */
static const char comp_rules[] =
    "jurisdiction eu {\n"
    "\tcountries [DE, FR]\n"
    "\ttimezone \"Europe/Berlin\"\n"
    "\tconsent_max_age { any 24 months; express none }\n"
    "\toptout_deadline 10 business days\n"
    "\tstale_after 36 months\n"
    "\tretention 10 years\n"
    "\tminimum_age 16\n"
    "\tminimum_age_by_country { FR 15 }\n"
    "}\n"
    "jurisdiction ru { countries [RU]; storage_region [RU] }\n"
    "check stale { compliance stale }\n"
    "check retention { compliance retention; action erase }\n"
    "check expired { compliance consent_expired }\n"
    "check evidence { compliance consent_no_evidence }\n"
    "check overdue { compliance optout_not_honoured }\n"
    "check pending { compliance optout_pending }\n"
    "check minor { compliance minor_with_consent }\n"
    "check local { compliance data_localization }\n";

static void
test_compliance(void **state)
{
	static const struct {
		const char	*country, *activity, *consent, *consent_at;
		const char	*source, *opted, *birth, *region;
		const char	*want;		/* findings, space-separated */
	} cases[] = {
		/* now: 2026-11-01 12:00 UTC = 13:00 in Berlin */
		{ "DE", "2023-11-01 10:00:00+00", "f", NULL, NULL, NULL, NULL,
		  NULL, "" },			/* 36 months: last day */
		{ "DE", "2023-10-31 22:59:59+00", "f", NULL, NULL, NULL, NULL,
		  NULL, "stale" },		/* 23:59:59 Berlin, 31 Oct */
		{ "DE", "2023-10-31 23:00:00+00", "f", NULL, NULL, NULL, NULL,
		  NULL, "" },			/* midnight Berlin, 1 Nov */
		{ "DE", "2016-10-30 12:00:00+00", "f", NULL, NULL, NULL, NULL,
		  NULL, "stale retention" },
		{ "US", "2001-01-01 00:00:00+00", "t", NULL, NULL, NULL, NULL,
		  NULL, "evidence" },		/* unassigned: evidence only */
		{ "DE", "2026-10-01 00:00:00+00", "t", "2024-10-31 12:00:00+00",
		  "web", NULL, NULL, NULL, "expired" },
		{ "DE", "2026-10-01 00:00:00+00", "t", "2024-11-01 12:00:00+00",
		  "web", NULL, NULL, NULL, "" },
		{ "DE", "2026-10-01 00:00:00+00", "t", "2010-01-01 00:00:00+00",
		  "express-form", NULL, NULL, NULL, "" },	/* express: none */
		{ "DE", "2026-10-01 00:00:00+00", "t", "2026-01-01 00:00:00+00",
		  NULL, NULL, NULL, NULL, "evidence" },
		/* 10 business days after Fri 16 Oct = Fri 30 Oct: overdue */
		{ "DE", "2026-10-01 00:00:00+00", "t", "2026-01-01 00:00:00+00",
		  "web", "2026-10-16 12:00:00+00", NULL, NULL, "overdue" },
		/* after Mon 19 Oct = Mon 2 Nov: pending */
		{ "DE", "2026-10-01 00:00:00+00", "t", "2026-01-01 00:00:00+00",
		  "web", "2026-10-19 12:00:00+00", NULL, NULL, "pending" },
		/* consent again after the opt-out stands */
		{ "DE", "2026-10-01 00:00:00+00", "t", "2026-10-20 00:00:00+00",
		  "web", "2026-10-01 12:00:00+00", NULL, NULL, "" },
		{ "DE", "2026-10-01 00:00:00+00", "t", "2026-01-01 00:00:00+00",
		  "web", NULL, "2010-11-02", NULL, "minor" },	/* 15 */
		{ "FR", "2026-10-01 00:00:00+00", "t", "2026-01-01 00:00:00+00",
		  "web", NULL, "2010-11-02", NULL, "" },	/* FR: 15 */
		/* Judged when consent was given (issue 17): 16 today, 15 then */
		{ "DE", "2026-10-01 00:00:00+00", "t", "2026-01-01 00:00:00+00",
		  "web", NULL, "2010-11-01", NULL, "minor" },
		/* consent on the 16th birthday, Berlin time */
		{ "DE", "2026-10-01 00:00:00+00", "t", "2026-10-31 23:30:00+00",
		  "web", NULL, "2010-11-01", NULL, "" },
		/* ... and 30 minutes earlier, still 31 October in Berlin */
		{ "DE", "2026-10-01 00:00:00+00", "t", "2026-10-31 22:30:00+00",
		  "web", NULL, "2010-11-01", NULL, "minor" },
		{ "RU", "2026-10-01 00:00:00+00", "f", NULL, NULL, NULL, NULL,
		  "de", "local" },
		{ "RU", "2026-10-01 00:00:00+00", "f", NULL, NULL, NULL, NULL,
		  " ru ", "" },
		{ "RU", "2026-10-01 00:00:00+00", "f", NULL, NULL, NULL, NULL,
		  NULL, "local" },		/* region unknown */
	};
	struct cfg_doc	*doc;
	struct ruleset	*rs = compile(comp_rules, &doc);
	struct record	 r;
	struct seen	 s;
	char		 got[256], err[256];
	size_t		 i;
	int		 k;

	(void)state;
	rs->comp.sources = calloc(1, sizeof *rs->comp.sources);
	rs->comp.sources[0].value = strdup("express-form");
	rs->comp.sources[0].len = strlen("express-form");
	rs->comp.sources[0].kind = CONSENT_EXPRESS;
	rs->comp.nsources = 1;
	/* 2026-11-01 12:00:00 UTC */
	assert_int_equal(rule_set_clock(rs, 1793534400LL, err, sizeof err), 0);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		memset(&r, 0, sizeof r);
		memset(&s, 0, sizeof s);
		set(&r, FIELD_COUNTRY, cases[i].country);
		set(&r, FIELD_LAST_ACTIVITY_AT, cases[i].activity);
		set(&r, FIELD_CONSENT_MARKETING, cases[i].consent);
		set(&r, FIELD_CONSENT_AT, cases[i].consent_at);
		set(&r, FIELD_CONSENT_SOURCE, cases[i].source);
		set(&r, FIELD_OPTED_OUT_AT, cases[i].opted);
		set(&r, FIELD_BIRTH_DATE, cases[i].birth);
		set(&r, FIELD_STORAGE_REGION, cases[i].region);
		rule_eval(rs, &r, collect, &s);
		got[0] = '\0';
		for (k = 0; k < s.n; k++)
			snprintf(got + strlen(got), sizeof got - strlen(got),
			    "%s%s", k ? " " : "", s.names[k]);
		if (strcmp(got, cases[i].want) != 0)
			fail_msg("case %zu: findings '%s', want '%s'", i, got,
			    cases[i].want);
	}
	rule_unref(rs);
	cfg_doc_free(doc);

	doc = compile_bad("jurisdiction x {\n\tcountries [DE]\n"
	    "\ttimezone \"Nowhere/City\"\n}\n");
	diag_is(doc, 0, CFG_ERROR, 3, 11, "unknown time zone 'Nowhere/City' "
	    "(an IANA name such as \"Europe/Paris\"; is tzdata installed?)");
	cfg_doc_free(doc);
}

/*
 * Issue 17: the legal basis, in-force dates and class of a value, the
 * rollover, subdivisions and channels; and their errors.
 */
static void
test_basis_grammar(void **state)
{
	struct cfg_doc			*doc;
	struct ruleset			*rs;
	const struct rule_jurisdiction	*j;
	char				 t[256];

	(void)state;
	rs = compile("jurisdiction x {\n"
	    "\tcountries [US, CA]\n"
	    "\toptout_deadline 1 month rollover basis STAT 'GDPR Art. 12(3)'\n"
	    "\tminimum_age 18 basis STAT \"DPDP Act s. 9\" from \"2027-05-13\""
	    " until \"2030-12-31\"\n"
	    "\tstale_after 36 months basis STAT 'Rules r. 8' binds platform\n"
	    "\tholidays public\n"
	    "\tchannel sale { optout_deadline 15 business days basis STAT "
	    "'11 CCR 7026(f)' }\n"
	    "\tsubdivision CA-QC { minimum_age 14 basis STAT 'Law 25 s. 4.1' }\n"
	    "\tsubdivision US-CA { timezone \"America/Los_Angeles\" }\n"
	    "}\n", &doc);
	j = &rs->jurs[0];
	assert_int_equal(j->optout_deadline.rollover, 1);
	assert_int_equal(j->optout_deadline.basis.tag, BASIS_STAT);
	assert_string_equal(j->optout_deadline.basis.cite, "GDPR Art. 12(3)");
	jur_basis_text(&j->minimum_age_basis, t, sizeof t);
	assert_string_equal(t, "STAT DPDP Act s. 9; from 2027-05-13; until "
	    "2030-12-31");
	assert_false(jur_in_force(&j->minimum_age_basis,
	    cal_days(2027, 5, 12)));
	assert_true(jur_in_force(&j->minimum_age_basis, cal_days(2027, 5, 13)));
	assert_true(jur_in_force(&j->minimum_age_basis, cal_days(2030, 12, 31)));
	assert_false(jur_in_force(&j->minimum_age_basis, cal_days(2031, 1, 1)));
	/* binds: the law only for a business that declares the class */
	assert_false(jur_binding(j, &j->stale_after.basis));
	assert_true(jur_binding(j, &j->optout_deadline.basis));
	assert_int_equal(j->public_holidays, 1);
	assert_int_equal(j->channels[CH_SALE].optout.count, 15);
	assert_int_equal(j->nsubs, 2);
	assert_string_equal(j->subs[0].name, "CA-QC");
	assert_int_equal(j->subs[0].minimum_age, 14);
	assert_string_equal(j->subs[1].timezone, "America/Los_Angeles");
	rule_unref(rs);
	cfg_doc_free(doc);

	doc = compile_bad("jurisdiction y {\n"
	    "\tcountries [DE]\n"
	    "\tstale_after 3 months basis LAW 'x'\n"
	    "\tminimum_age 16 from \"2027-02-30\"\n"
	    "\tretention 1 year from \"2027-01-01\" until \"2026-01-01\"\n"
	    "\toptout_deadline 1 month soon\n"
	    "\tsubdivision FR-75 { minimum_age 15 }\n"
	    "\tsubdivision DE-BY { countries [DE] }\n"
	    "\tchannel fax { optout_deadline 1 day }\n"
	    "}\n");
	diag_is(doc, 0, CFG_ERROR, 3, 29, "basis is STAT, CASE, GUID or PRAC, "
	    "not 'LAW'");
	diag_is(doc, 1, CFG_ERROR, 4, 22, "a date is quoted: \"YYYY-MM-DD\"");
	diag_is(doc, 2, CFG_ERROR, 5, 2, "'retention': until is before from");
	diag_is(doc, 3, CFG_ERROR, 6, 26, "'optout_deadline': after the value "
	    "come rollover, basis");
	diag_is(doc, 4, CFG_ERROR, 8, 22, "'countries' belongs to the "
	    "jurisdiction, not to subdivision DE-BY");
	diag_is(doc, 5, CFG_ERROR, 9, 2, "channel takes email, sms, phone or "
	    "sale");
	diag_is(doc, 6, CFG_ERROR, 1, 1, "subdivision FR-75: jurisdiction y "
	    "does not claim its country");
	cfg_doc_free(doc);
}

/*
 * A table with per-channel consent and no consent_marketing: consent to
 * any channel is the consent CASL s. 13 and s. 10(10) limit to 24 months
 * (unclassified); a date alone is the Toronto day.
 */
static void
test_channel_only_table(void **state)
{
	static const char text[] =
	    "jurisdiction ca {\n\tcountries [CA]\n"
	    "\ttimezone \"America/Toronto\"\n"
	    "\tconsent_max_age { any 24 months basis STAT 'CASL s. 13' }\n}\n"
	    "check consent_expired { compliance consent_expired; "
	    "severity error }\n";
	unsigned int	 mapped = (1u << FIELD_COUNTRY) |
			    (1u << FIELD_CONSENT_EMAIL) |
			    (1u << FIELD_CONSENT_SMS) | (1u << FIELD_CONSENT_AT);
	struct cfg_doc	*doc;
	struct ruleset	*rs;
	struct record	 r;
	struct seen	 s;
	char		 err[256];

	(void)state;
	doc = cfg_parse_string("c.rules", text, strlen(text));
	rs = rule_compile(doc, &doc->root, mapped, 65536, 0);
	assert_non_null(rs);
	assert_int_equal(doc->nwarnings, 0);
	/* 2026-03-16 03:00 UTC: 23:00 on 15 March in Toronto, the last day */
	assert_int_equal(rule_set_clock(rs, cal_days(2026, 3, 16) * 86400 +
	    3 * 3600, err, sizeof err), 0);
	memset(&r, 0, sizeof r);
	memset(&s, 0, sizeof s);
	set(&r, FIELD_COUNTRY, "CA");
	set(&r, FIELD_CONSENT_EMAIL, "no");
	set(&r, FIELD_CONSENT_SMS, " Y ");
	set(&r, FIELD_CONSENT_AT, "2024-03-15");
	rule_eval(rs, &r, collect, &s);
	assert_int_equal(s.n, 0);
	/* 2026-03-16 12:00 UTC: 16 March in Toronto, past 24 months */
	assert_int_equal(rule_set_clock(rs, cal_days(2026, 3, 16) * 86400 +
	    12 * 3600, err, sizeof err), 0);
	rule_eval(rs, &r, collect, &s);
	assert_int_equal(s.n, 1);
	assert_true(has(&s, "consent_expired"));
	/* No channel consenting: nothing to judge. */
	memset(&s, 0, sizeof s);
	set(&r, FIELD_CONSENT_SMS, "n");
	rule_eval(rs, &r, collect, &s);
	assert_int_equal(s.n, 0);
	rule_unref(rs);
	cfg_doc_free(doc);
}

/* Limits the calendar cannot count are refused where they are written. */
static void
test_limit_bounds(void **state)
{
	struct cfg_doc	*doc;

	doc = compile_bad("jurisdiction a {\n\tcountries [DE]\n"
	    "\tstale_after 0.5 months\n"
	    "\tretention 100000000 years\n"
	    "\toptout_deadline 2.5 business days\n}\n");
	diag_is(doc, 0, CFG_ERROR, 3, 14, "'stale_after' takes a whole number "
	    "of months, not 0.5");
	diag_is(doc, 1, CFG_ERROR, 4, 12, "'retention' 100000000 years is "
	    "longer than 1000 years");
	diag_is(doc, 2, CFG_ERROR, 5, 18, "'optout_deadline' takes a whole "
	    "number of business days, not 2.5");
	cfg_doc_free(doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_jurisdiction_values),
		cmocka_unit_test(test_assign),
		cmocka_unit_test(test_scope_and_compare),
		cmocka_unit_test(test_jurisdiction_errors),
		cmocka_unit_test(test_scope_warnings),
		cmocka_unit_test(test_country_claimed_twice),
		cmocka_unit_test(test_jurisdiction_override),
		cmocka_unit_test(test_duplicates_block),
		cmocka_unit_test(test_reload),
		cmocka_unit_test(test_compliance),
		cmocka_unit_test(test_basis_grammar),
		cmocka_unit_test(test_channel_only_table),
		cmocka_unit_test(test_limit_bounds),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
