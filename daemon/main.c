/*
 * main.c -- the steward command: dispatch to subcommands.
 *
 * Exit codes (doc/steward.8):
 *   0  success
 *   1  scan finished and found findings at or above --fail-on
 *   2  usage error
 *   3  configuration or rule error
 *   4  database error
 *   5  internal error (out of memory, I/O)
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>

#include "daemon/action.h"
#include "daemon/audit.h"
#include "daemon/changes.h"
#include "daemon/conf.h"
#include "daemon/conncheck.h"
#include "daemon/csv.h"
#include "daemon/db.h"
#include "daemon/explain.h"
#include "daemon/daemon.h"
#include "daemon/deliver.h"
#include "daemon/dupmerge.h"
#include "daemon/dupscan.h"
#include "daemon/findings.h"
#include "daemon/journal.h"
#include "daemon/log.h"
#include "daemon/normalize.h"
#include "daemon/scan.h"
#include "daemon/trigger.h"
#include "daemon/util.h"
#include "validators/calendar.h"
#include "validators/country.h"
#include "validators/validate.h"

#define EXIT_FINDINGS	1
#define EXIT_USAGE	2
#define EXIT_CONFIG	3
#define EXIT_DATABASE	4
#define EXIT_SOFTWARE	5

#ifndef SYSCONFDIR
#define SYSCONFDIR "/etc"
#endif
#define DEFAULT_CONFIG SYSCONFDIR "/steward/steward.conf"

struct command {
	const char	*name;
	int		(*fn)(int, char **);
	const char	*usage;
	const char	*summary;
	const char	*help;
};

static int	cmd_check(int, char **);
static int	cmd_scan(int, char **);
static int	cmd_findings(int, char **);
static int	cmd_migrate(int, char **);
static int	cmd_trigger(int, char **);
static int	cmd_duplicates(int, char **);
static int	cmd_rules(int, char **);
static int	cmd_explain(int, char **);
static int	cmd_test_rule(int, char **);
static int	cmd_validate(int, char **);
static int	cmd_changes(int, char **);
static int	cmd_quarantine(int, char **);
static int	cmd_merges(int, char **);
static int	cmd_review(int, char **);
static int	cmd_rewrites(int, char **);
static int	cmd_audit(int, char **);
static int	cmd_report(int, char **);
static int	cmd_spool(int, char **);
static int	cmd_daemon(int, char **);
static int	cmd_help(int, char **);
static int	cmd_version(int, char **);
static int	show_help(const char *);

static const struct command commands[] = {
	{ "check", cmd_check, "check [-c FILE] [--dump] [--connect] [-q]",
	  "validate the configuration and every rule file",
	  "Parses FILE and the rule files it includes, compiles every regular\n"
	  "expression, and prints each error as FILE:LINE:COLUMN with the\n"
	  "offending line.  Does not connect to the database unless told.\n"
	  "  --dump     print the effective rules, each with the file:line it\n"
	  "             came from\n"
	  "  --connect  then connect, find the table, every mapped column and\n"
	  "             its type, and the privileges the mode needs; print the\n"
	  "             GRANT statements that are missing\n"
	  "  -q         print nothing when the configuration is valid\n"
	  "Exit status: 0 valid, 3 invalid (with --connect: something\n"
	  "missing), 4 cannot connect.\n" },
	{ "scan", cmd_scan,
	  "scan [-c FILE] [--incremental | --key KEY ...] [--as-of TIME] "
	  "[--fail-on SEVERITY] [--no-deliver] [--no-report] [-q]",
	  "run one scan now, record its findings and act on them",
	  "Streams the customer table through every check and records the\n"
	  "findings in Steward's schema (new, still open, resolved), then\n"
	  "quarantines or erases what the checks' actions say.  In dry-run\n"
	  "mode (the default) nothing but Steward's schema is written and the\n"
	  "actions are only counted.  A full scan then writes and sends the\n"
	  "reports.\n"
	  "  --incremental       read only the rows whose updated_at is at or\n"
	  "                      after the last scan's snapshot (less 5\n"
	  "                      minutes); the first one reads every row\n"
	  "  --key KEY           read only the row with this key (repeatable)\n"
	  "  --as-of TIME        what if: judge time limits (stale, consent,\n"
	  "                      opt-out, age) as at TIME (YYYY-MM-DD[\n"
	  "                      HH:MM:SS][+HH]) instead of now.  A simulation:\n"
	  "                      the findings by check go to stdout; nothing\n"
	  "                      is recorded, acted on, reported or mailed\n"
	  "  --fail-on SEVERITY  exit 1 when an open finding has this severity\n"
	  "                      or a higher one (info|warning|error|critical)\n"
	  "  --no-deliver        write the reports and spool them, but leave\n"
	  "                      delivery to 'steward spool run' or the daemon\n"
	  "  --no-report         write, spool and mail no report (CI runs with\n"
	  "                      --fail-on); the findings are recorded\n"
	  "  -q                  print only the one-line summary\n"
	  "After the scan the reports are written to reports { directory },\n"
	  "spooled for mail and webhook, and delivered once; what fails stays\n"
	  "in the spool.\n"
	  "Exit status: 0 done, 1 see --fail-on, 3 configuration error,\n"
	  "4 database error, actions stopped or reports not written (the\n"
	  "findings are recorded).\n" },
	{ "daemon", cmd_daemon, "daemon [-c FILE] [--pidfile FILE] [--syslog]",
	  "run continuously: scheduled scans, reports, delivery, HTTP",
	  "Runs in the foreground until SIGTERM or SIGINT.  Runs full and\n"
	  "incremental scans, reports and spool retries on the schedules of\n"
	  "daemon { full_scan incremental_scan report spool_retry } (every\n"
	  "DURATION or cron with a time zone), checks rows the change trigger\n"
	  "notifies (daemon { listen yes }, see install-trigger), and serves\n"
	  "/healthz, /metrics and /status on daemon { http }.\n"
	  "SIGHUP rereads the configuration (a bad one is logged with its\n"
	  "file:line and the old one stays), SIGUSR1 scans now.  Of several\n"
	  "daemons on one table only the holder of a PostgreSQL advisory\n"
	  "lock acts; the others stand by.  Notifies systemd (Type=notify).\n"
	  "  --syslog     log to syslog (facility daemon), not stderr\n"
	  "Exit status: 0 stopped by a signal, 3 configuration error.\n" },
	{ "report", cmd_report,
	  "report [-c FILE] [--run ID] [--jurisdiction NAME] "
	  "[--format text|html|csv]",
	  "render a run's report for one jurisdiction",
	  "Renders the report of the latest completed run, or of run ID, from\n"
	  "the database: for jurisdiction NAME, 'unassigned', or (the default)\n"
	  "'all', the administrator's summary.  csv lists the findings in\n"
	  "scope, as attached to the report mail.  Sends nothing.\n"
	  "Exit status: 0 done, 2 usage, 4 no such run or database error.\n" },
	{ "spool", cmd_spool, "spool [-c FILE] list | run | retry ID | drop ID",
	  "show and manage the outgoing report messages",
	  "list shows the messages waiting (queued) or given up (dead), with\n"
	  "their attempts and last error; run tries every queued message now;\n"
	  "retry ID makes a dead or waiting message due now, with a fresh\n"
	  "max_age, and tries it; drop ID gives it up for good.  A message is\n"
	  "never spooled twice for one run and jurisdiction.\n"
	  "Exit status: 0 done (run: nothing left to deliver), 1 messages\n"
	  "still queued or dead, 2 usage, 4 no such message or spool error.\n" },
	{ "changes", cmd_changes,
	  "changes [-c FILE] list [--all] | show ID | undo ID",
	  "list, show or undo what the actions changed in the customer data",
	  "Every quarantine, erasure, normalization and merge is one entry of\n"
	  "the change journal, with every row it touched before and after.\n"
	  "list shows the entries in force (--all: undone ones too); show\n"
	  "prints one with its rows; undo puts every row of every table back\n"
	  "exactly as it was, in one transaction with its audit record, or\n"
	  "refuses and changes nothing: when a row changed since, a row with\n"
	  "the same key exists again, the entry is an erasure, or an image no\n"
	  "longer matches the hash its audit record holds (it was altered).\n"
	  "quarantine, rewrites and merges are the old names of this command,\n"
	  "kept for one release; each sees only its own kind of entry.\n"
	  "Exit status: 0 done, 1 refused, 2 usage, 4 database error.\n" },
	{ "quarantine", cmd_quarantine,
	  "quarantine [-c FILE] list [--all] | show ID | release ID",
	  "list, show or release quarantined records (changes)",
	  "list shows the records held (--all: released ones too); show prints\n"
	  "one entry with the row image as it was taken; release puts the row\n"
	  "back exactly as it was, with any referencing rows moved along, in\n"
	  "one transaction with its audit record, or refuses and changes\n"
	  "nothing (a row with the same key exists again).\n"
	  "Exit status: 0 done, 1 refused, 2 usage, 4 database error.\n" },
	{ "merges", cmd_merges,
	  "merges [-c FILE] list [--all] | show ID | undo ID",
	  "list, show or undo merges of duplicate customers (changes)",
	  "list shows the merges in force (--all: undone ones too); show\n"
	  "prints one with every row it touched, before and after; undo puts\n"
	  "every row of every table back exactly as it was, in one transaction\n"
	  "with its audit record, and remembers that those records are not one\n"
	  "customer; it refuses and changes nothing when a row changed since.\n"
	  "Exit status: 0 done, 1 refused, 2 usage, 4 database error.\n" },
	{ "review", cmd_review,
	  "review [-c FILE] list [--all] | show ID | accept ID | reject ID",
	  "decide on the duplicate clusters that need a person",
	  "list shows the clusters waiting for a decision (--all: decided ones\n"
	  "too); show prints their records, masked unless reports {\n"
	  "clear_values yes }; accept merges the cluster now in mode enforce\n"
	  "(in dry-run the first enforcing scan does); reject remembers that\n"
	  "its records are different customers, so they are never proposed\n"
	  "together again.\n"
	  "Exit status: 0 done, 1 refused, 2 usage, 4 database error.\n" },
	{ "rewrites", cmd_rewrites,
	  "rewrites [-c FILE] list [--all] | show ID | undo ID",
	  "list, show or undo values rewritten into their normal form (changes)",
	  "list shows the values that action normalize rewrote (--all: undone\n"
	  "ones too); show prints one with its row before and after; undo puts\n"
	  "the row back exactly as it was, with an audit record, or refuses and\n"
	  "changes nothing when the row changed since.\n"
	  "Exit status: 0 done, 1 refused, 2 usage, 4 database error.\n" },
	{ "audit", cmd_audit,
	  "audit [-c FILE] verify | export [--since TIME] [--format csv|json]",
	  "verify or export the tamper-evident audit trail",
	  "verify recomputes every record's hash and its link to the record\n"
	  "before it, and names the first broken record; it prints the head\n"
	  "hash, which an auditor can keep to detect records removed from the\n"
	  "end.  export writes the records (from TIME on) for auditors.\n"
	  "Exit status: 0 intact, 1 broken chain, 4 database error.\n" },
	{ "findings", cmd_findings,
	  "findings [-c FILE] [--run ID] [--check NAME] [--jurisdiction NAME] "
	  "[--status new|open|resolved] [--format text|csv|json]",
	  "list the findings of a run",
	  "Lists the findings of the latest completed run, or of run ID, of\n"
	  "check NAME and jurisdiction NAME if given ('unassigned' for\n"
	  "records no jurisdiction covers).\n"
	  "Status is relative to that run: new (first seen in it), open (seen\n"
	  "before and still present), resolved (gone in it).  CSV columns:\n"
	  "run_id,check,record_key,field,jurisdiction,severity,status,detail\n" },
	{ "rules", cmd_rules, "rules [-c FILE]",
	  "list the effective checks and jurisdictions",
	  "Prints the checks (kind, severity, action, fields, scope, where\n"
	  "defined) and the jurisdictions (countries, limits) in force after\n"
	  "overrides.  check --dump prints the same as rule text.\n" },
	{ "explain", cmd_explain, "explain [-c FILE] [--show-pii] KEY",
	  "show what every rule says about one customer record",
	  "Reads the record whose key is KEY and prints its jurisdiction and,\n"
	  "for every check, the values it read (masked unless --show-pii),\n"
	  "its verdict and the action it would take.  Writes nothing.\n"
	  "Exit status: 0 every check passes, 1 some check fails, 4 no such\n"
	  "record or database error.\n" },
	{ "test-rule", cmd_test_rule,
	  "test-rule -r FILE [-r FILE ...] --csv SAMPLE.csv [--show-pii]",
	  "run rule files over a CSV sample, without a database",
	  "The first line of SAMPLE.csv names the columns: logical fields\n"
	  "(email, phone, country, ...) and optionally key.  Prints one line\n"
	  "per finding and a count per check.  Needs no configuration file.\n"
	  "Exit status: 0 no finding, 1 findings, 3 rule error, 5 bad CSV.\n" },
	{ "validate", cmd_validate, "validate KIND [--country CC]",
	  "run a built-in validator over values read from stdin",
	  "Reads one value per line and writes value<TAB>ok<TAB>normal form,\n"
	  "or value<TAB>bad<TAB>reason code, with a fourth column when the\n"
	  "validator has advice (typo-domain:gmail.com, role-account, ...).\n"
	  "KIND: the validators built in (see steward.rules(5)).  --country\n"
	  "gives the record's country; without it a phone number must be in\n"
	  "international form.  Exit status: 0 all ok, 1 some bad, 2 usage.\n" },
	{ "migrate", cmd_migrate, "migrate [-c FILE]",
	  "create or upgrade Steward's own database schema",
	  "Applies the schema migrations this version knows, idempotently.\n"
	  "scan and findings do this by themselves; migrate lets an operator\n"
	  "do it ahead of time with a more privileged role.\n" },
	{ "duplicates", cmd_duplicates,
	  "duplicates [-c FILE] [--run ID] [--format text|csv|json]",
	  "list the duplicate clusters a full scan found",
	  "Lists the members of the duplicate clusters of the latest full\n"
	  "scan, or of run ID: the cluster, the record key, its match\n"
	  "probability with the cluster's centre, and the decision (merge\n"
	  "when every member matches the centre at or above the rule's merge\n"
	  "threshold, else review).  CSV columns:\n"
	  "cluster_id,record_key,score,decision.\n"
	  "Exit status: 0 done, 2 usage, 3 configuration, 4 database or no\n"
	  "such run.\n" },
	{ "install-trigger", cmd_trigger, "install-trigger [-c FILE]",
	  "make PostgreSQL notify Steward of changed rows",
	  "Creates (or replaces) a trigger on the customer table that, on\n"
	  "insert or update, NOTIFYs the row's key.  With daemon { listen yes }\n"
	  "the daemon checks those rows within seconds.  Idempotent; needs a\n"
	  "role that owns the customer table.  Exit status: 0 done, 3\n"
	  "configuration, 4 database.\n" },
	{ "remove-trigger", cmd_trigger, "remove-trigger [-c FILE]",
	  "remove the change trigger",
	  "Drops the trigger install-trigger created; the function in\n"
	  "Steward's schema stays.  Exit status: 0 removed or not there, 3\n"
	  "configuration, 4 database.\n" },
	{ "help", cmd_help, "help [COMMAND]", "show help for a command", NULL },
	{ "version", cmd_version, "version", "print the version", NULL },
	{ NULL, NULL, NULL, NULL, NULL }
};

static const char *config_path;

static const struct command *
find_command(const char *name)
{
	const struct command	*c;

	for (c = commands; c->name != NULL; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

static void
usage_all(FILE *fp)
{
	const struct command	*c;

	fprintf(fp, "usage: steward [-v] [-c FILE] COMMAND [ARGS]\n\ncommands:\n");
	for (c = commands; c->name != NULL; c++)
		fprintf(fp, "  %-10s %s\n", c->name, c->summary);
	fprintf(fp, "\nThe configuration is read from -c FILE, $STEWARD_CONFIG "
	    "or %s.\nSee steward(8) and steward.conf(5).\n", DEFAULT_CONFIG);
}

static int
usage_command(const char *name)
{
	const struct command	*c = find_command(name);

	fprintf(stderr, "usage: steward %s\n", c->usage);
	return EXIT_USAGE;
}

static const char *
config_file(void)
{
	const char	*env;

	if (config_path != NULL)
		return config_path;
	if ((env = getenv("STEWARD_CONFIG")) != NULL && *env != '\0')
		return env;
	return DEFAULT_CONFIG;
}

/* Load the configuration, printing its diagnostics; NULL on error. */
static struct conf *
load(int quiet_warnings)
{
	struct cfg_doc	*doc;
	struct conf	*cf;
	const char	*path = config_file();

	cf = conf_load(path, &doc);
	if (cf == NULL || !quiet_warnings)
		cfg_print_diags(doc, stderr);
	if (cf == NULL)
		fprintf(stderr, "%s: %d error%s, %d warning%s; configuration "
		    "refused\n", path, doc->nerrors, doc->nerrors == 1 ? "" : "s",
		    doc->nwarnings, doc->nwarnings == 1 ? "" : "s");
	cfg_doc_free(doc);
	return cf;
}

/* getopt_long over a subcommand's arguments, with -c everywhere. */
#define COMMON_OPTS	{ "config", required_argument, NULL, 'c' }, \
			{ "help", no_argument, NULL, 'h' }

static int
cmd_check(int argc, char **argv)
{
	static const struct option opts[] = {
		COMMON_OPTS,
		{ "dump", no_argument, NULL, 'd' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "connect", no_argument, NULL, 'C' },
		{ NULL, 0, NULL, 0 }
	};
	struct cfg_doc	*doc;
	struct conf	*cf;
	size_t		 i, jit = 0;
	int		 ch, dump = 0, quiet = 0, f, nmapped = 0, connect = 0;
	int		 rc = 0;
	char		*cause = NULL;

	while ((ch = getopt_long(argc, argv, "c:dhq", opts, NULL)) != -1) {
		switch (ch) {
		case 'c': config_path = optarg; break;
		case 'd': dump = 1; break;
		case 'q': quiet = 1; break;
		case 'C': connect = 1; break;
		case 'h': return show_help("check");
		default: return usage_command("check");
		}
	}
	if (optind != argc)
		return usage_command("check");
	cf = conf_load(config_file(), &doc);
	cfg_print_diags(doc, stderr);
	if (cf == NULL) {
		fprintf(stderr, "%s: %d error%s, %d warning%s; configuration "
		    "refused\n", config_file(), doc->nerrors,
		    doc->nerrors == 1 ? "" : "s", doc->nwarnings,
		    doc->nwarnings == 1 ? "" : "s");
		cfg_doc_free(doc);
		return EXIT_CONFIG;
	}
	for (i = 0; i < cf->rules->nchecks; i++)
		jit += (size_t)cf->rules->checks[i].jit;
	for (f = 0; f < FIELD_MAX; f++)
		nmapped += cf->columns[f] != NULL;
	if (dump)
		rule_dump(cf->rules, stdout);
	if (!quiet)
		printf("configuration OK: %s (%zu file%s, %zu check%s, %zu "
		    "regex JIT-compiled, %d field%s mapped, mode %s, %d "
		    "warning%s)\n", config_file(), doc->nfiles,
		    doc->nfiles == 1 ? "" : "s", cf->rules->nchecks,
		    cf->rules->nchecks == 1 ? "" : "s", jit, nmapped,
		    nmapped == 1 ? "" : "s", conf_mode_name(cf->mode),
		    doc->nwarnings, doc->nwarnings == 1 ? "" : "s");
	if (connect) {
		if ((f = conncheck_run(cf, stdout, &cause)) < 0) {
			log_warnx("%s", cause);
			free(cause);
			rc = EXIT_DATABASE;
		} else if (f > 0) {
			log_warnx("%d problem%s in the database for %s", f,
			    f == 1 ? "" : "s", config_file());
			rc = EXIT_CONFIG;
		} else if (!quiet)
			printf("database OK: everything %s needs is there\n",
			    config_file());
	}
	cfg_doc_free(doc);
	conf_free(cf);
	return rc;
}

static int
cmd_scan(int argc, char **argv)
{
	static const struct option opts[] = {
		COMMON_OPTS,
		{ "fail-on", required_argument, NULL, 'f' },
		{ "as-of", required_argument, NULL, 'a' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "no-deliver", no_argument, NULL, 'n' },
		{ "no-report", no_argument, NULL, 'R' },
		{ "incremental", no_argument, NULL, 'i' },
		{ "key", required_argument, NULL, 'k' },
		{ NULL, 0, NULL, 0 }
	};
	struct scan_scope	 scope = { SCAN_FULL, NULL, 0, NULL, 0 };
	struct scan_result	 res;
	struct deliver_stats	 ds;
	struct conf		*cf;
	char			*cause = NULL;
	long long		 as_of = 0;
	int			 ch, quiet = 0, fail_on = -1, rc = 0;
	int			 no_deliver = 0, no_report = 0;
	size_t			 i;
	char			 when[64];
	struct tm		 tm;
	time_t			 tt;

	while ((ch = getopt_long(argc, argv, "a:c:f:hik:nq", opts, NULL)) != -1) {
		switch (ch) {
		case 'n': no_deliver = 1; break;
		case 'R': no_report = 1; break;
		case 'i': scope.kind = SCAN_INCREMENTAL; break;
		case 'k':
			scope.keys = xreallocarray(scope.keys, scope.nkeys + 1,
			    sizeof *scope.keys);
			scope.keys[scope.nkeys++] = optarg;
			break;
		case 'c': config_path = optarg; break;
		case 'a':
			if (cal_parse_time(optarg, strlen(optarg), &as_of) != 0) {
				fprintf(stderr, "steward scan: --as-of takes a "
				    "time like 2026-11-01 or 2026-11-01 "
				    "12:00:00+00\n");
				return EXIT_USAGE;
			}
			break;
		case 'f':
			if ((fail_on = rule_severity_lookup(optarg)) == -1) {
				fprintf(stderr, "steward scan: --fail-on takes "
				    "info, warning, error or critical\n");
				return EXIT_USAGE;
			}
			break;
		case 'q': quiet = 1; break;
		case 'h': return show_help("scan");
		default: return usage_command("scan");
		}
	}
	if (scope.nkeys > 0) {
		if (scope.kind == SCAN_INCREMENTAL) {
			free(scope.keys);
			fprintf(stderr, "steward scan: --incremental and --key "
			    "do not go together\n");
			return EXIT_USAGE;
		}
		scope.kind = SCAN_KEYS;
	}
	if (optind != argc) {
		free(scope.keys);
		return usage_command("scan");
	}
	if ((cf = load(1)) == NULL) {
		free(scope.keys);
		return EXIT_CONFIG;
	}
	scope.simulate = as_of != 0;
	/*
	 * STEWARD_NOW: a real, recorded run judged as at another time, for
	 * tests and demonstrations that need the same findings every day.
	 */
	if (as_of == 0 && getenv("STEWARD_NOW") != NULL &&
	    cal_parse_time(getenv("STEWARD_NOW"), strlen(getenv("STEWARD_NOW")),
	    &as_of) != 0) {
		fprintf(stderr, "steward scan: STEWARD_NOW takes a time like "
		    "2026-11-01\n");
		free(scope.keys);
		conf_free(cf);
		return EXIT_USAGE;
	}
	rc = scan_run(cf, cf->rules, as_of, &scope, &res, &cause);
	free(scope.keys);
	if (rc != 0 && !res.acts_failed) {
		log_warnx("scan failed: %s", cause);
		free(cause);
		rc = res.config_error ? EXIT_CONFIG : EXIT_DATABASE;
		scan_result_free(&res);
		conf_free(cf);
		return rc;
	}
	rc = 0;
	if (res.whatif != NULL) {
		/* A what-if: stdout only, and the exit status of --fail-on. */
		tt = (time_t)as_of;
		gmtime_r(&tt, &tm);
		strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S UTC", &tm);
		printf("what-if as of %s: scanned %lld rows of %s in %.2fs: "
		    "%lld findings (%lld not open now); %lld open findings "
		    "would resolve\n%s  a simulation: nothing was recorded, "
		    "acted on, reported or mailed\n", when, res.rows,
		    res.table, res.seconds, res.open, res.new, res.resolved,
		    quiet ? "" : res.whatif);
		for (ch = fail_on; fail_on >= 0 && ch <= SEV_CRITICAL; ch++)
			if (res.open_by_severity[ch] > 0)
				rc = EXIT_FINDINGS;
		scan_result_free(&res);
		conf_free(cf);
		return rc;
	}
	printf("run %lld: scanned %lld rows of %s in %.2fs (%s%s%s): %lld "
	    "open findings (%lld new), %lld resolved\n", res.run_id, res.rows,
	    res.table, res.seconds, res.kind != SCAN_FULL ?
	    scan_kind_name(res.kind) : "", res.kind != SCAN_FULL ? ", " : "",
	    conf_mode_name(cf->mode), res.open, res.new, res.resolved);
	if (!quiet && cf->rules->njurs > 0) {
		printf("  records per jurisdiction:");
		for (i = 0; i < res.njur; i++)
			if (res.jur_rows[i] > 0)
				printf(" %s %lld", rule_jur_name(cf->rules,
				    (int)i - 1), res.jur_rows[i]);
		printf("\n");
	}
	if (res.regex_errors > 0)
		log_warning("%llu pattern evaluations failed (match limits); "
		    "they are findings of their checks", res.regex_errors);
	if (!quiet && findings_summary(cf, res.run_id, stdout, &cause) != 0) {
		log_warnx("%s", cause);
		XFREE(cause);
	}
	if (!quiet && res.acts.quarantined + res.acts.erased +
	    res.acts.normalized + res.acts.refused > 0)
		printf("  actions: %lld quarantined, %lld erased, %lld "
		    "normalized, %lld refused\n", res.acts.quarantined,
		    res.acts.erased, res.acts.normalized, res.acts.refused);
	if (!quiet && res.acts.proposed > 0)
		printf("  dry-run: %lld quarantine, erase or normalize "
		    "actions proposed; "
		    "set mode enforce to carry them out\n", res.acts.proposed);
	if (!quiet && res.merges.merges + res.merges.refused > 0)
		printf("  merges: %lld duplicate clusters merged (%lld records), "
		    "%lld refused; see steward merges list\n",
		    res.merges.merges, res.merges.merged, res.merges.refused);
	if (!quiet && res.merges.proposed > 0)
		printf("  dry-run: %lld duplicate clusters would be merged; set "
		    "mode enforce to merge them\n", res.merges.proposed);
	if (!quiet && res.merges.reviews > 0)
		printf("  review: %lld duplicate clusters wait for a decision; "
		    "see steward review list\n", res.merges.reviews);
	if (!quiet)
		printf("list them: steward findings -c %s --run %lld\n",
		    config_file(), res.run_id);
	if (res.acts_failed) {
		log_warnx("actions stopped: %s", cause);
		XFREE(cause);
		rc = EXIT_DATABASE;
	}
	/*
	 * The findings are in; a report that fails here can be made again.
	 * Reports describe full scans: a partial one has no "in scope".
	 */
	memset(&ds, 0, sizeof ds);
	if (res.kind != SCAN_FULL || no_report)
		;
	else if (deliver_produce(cf, res.run_id, &ds, &cause) != 0) {
		log_warnx("run %lld: reports: %s", res.run_id, cause);
		XFREE(cause);
		rc = EXIT_DATABASE;
	} else if (!no_deliver && deliver_flush(cf, 0, &ds, &cause) != 0) {
		log_warnx("run %lld: delivery: %s", res.run_id, cause);
		XFREE(cause);
		rc = EXIT_DATABASE;
	}
	if (!quiet && ds.reports > 0)
		printf("  reports: %d written%s%s, %d spooled, %d delivered, "
		    "%d deferred, %d dead\n", ds.reports,
		    cf->reports_dir != NULL ? " to " : "",
		    cf->reports_dir != NULL ? cf->reports_dir : "", ds.spooled,
		    ds.delivered, ds.deferred, ds.dead);
	for (ch = fail_on; fail_on >= 0 && ch <= SEV_CRITICAL; ch++)
		if (res.open_by_severity[ch] > 0)
			rc = EXIT_FINDINGS;
	scan_result_free(&res);
	conf_free(cf);
	return rc;
}

static int
cmd_findings(int argc, char **argv)
{
	static const struct option opts[] = {
		COMMON_OPTS,
		{ "run", required_argument, NULL, 'r' },
		{ "check", required_argument, NULL, 'k' },
		{ "jurisdiction", required_argument, NULL, 'j' },
		{ "status", required_argument, NULL, 's' },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	struct findings_query	 q = { 0, NULL, NULL, FINDINGS_TEXT, NULL };
	struct conf		*cf;
	const char		*errstr;
	char			*cause = NULL;
	long long		 n;
	int			 ch;

	while ((ch = getopt_long(argc, argv, "c:f:hj:k:r:s:", opts, NULL)) != -1) {
		switch (ch) {
		case 'c': config_path = optarg; break;
		case 'j': q.jurisdiction = optarg; break;
		case 'r':
			if (parse_ll(optarg, 1, 1LL << 62, &q.run, &errstr) != 0) {
				fprintf(stderr, "steward findings: --run %s: %s\n",
				    optarg, errstr);
				return EXIT_USAGE;
			}
			break;
		case 'k': q.check = optarg; break;
		case 's':
			if (strcmp(optarg, "new") != 0 && strcmp(optarg, "open") != 0 &&
			    strcmp(optarg, "resolved") != 0) {
				fprintf(stderr, "steward findings: --status is new, "
				    "open or resolved\n");
				return EXIT_USAGE;
			}
			q.status = optarg;
			break;
		case 'f':
			if (strcmp(optarg, "text") == 0)
				q.format = FINDINGS_TEXT;
			else if (strcmp(optarg, "csv") == 0)
				q.format = FINDINGS_CSV;
			else if (strcmp(optarg, "json") == 0)
				q.format = FINDINGS_JSON;
			else {
				fprintf(stderr, "steward findings: --format is "
				    "text, csv or json\n");
				return EXIT_USAGE;
			}
			break;
		case 'h':
			return show_help("findings");
		default: return usage_command("findings");
		}
	}
	if (optind != argc)
		return usage_command("findings");
	if ((cf = load(1)) == NULL)
		return EXIT_CONFIG;
	n = findings_list(cf, &q, stdout, &cause);
	conf_free(cf);
	if (n < 0) {
		log_warnx("%s", cause);
		free(cause);
		return EXIT_DATABASE;
	}
	return 0;
}

static int
cmd_rules(int argc, char **argv)
{
	static const struct option opts[] = {
		COMMON_OPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct conf	*cf;
	int		 ch;

	while ((ch = getopt_long(argc, argv, "c:h", opts, NULL)) != -1) {
		switch (ch) {
		case 'c': config_path = optarg; break;
		case 'h': return show_help("rules");
		default: return usage_command("rules");
		}
	}
	if (optind != argc)
		return usage_command("rules");
	if ((cf = load(0)) == NULL)
		return EXIT_CONFIG;
	rule_table(cf->rules, stdout);
	conf_free(cf);
	return 0;
}

static int
cmd_explain(int argc, char **argv)
{
	static const struct option opts[] = {
		COMMON_OPTS,
		{ "show-pii", no_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 }
	};
	struct conf	*cf;
	char		*cause = NULL;
	int		 ch, show_pii = 0, n;

	while ((ch = getopt_long(argc, argv, "c:h", opts, NULL)) != -1) {
		switch (ch) {
		case 'c': config_path = optarg; break;
		case 'p': show_pii = 1; break;
		case 'h': return show_help("explain");
		default: return usage_command("explain");
		}
	}
	if (optind != argc - 1)
		return usage_command("explain");
	if ((cf = load(1)) == NULL)
		return EXIT_CONFIG;
	n = explain_record(cf, argv[optind], show_pii, stdout, &cause);
	conf_free(cf);
	if (n < 0) {
		log_warnx("%s", cause);
		free(cause);
		return EXIT_DATABASE;
	}
	return n > 0 ? EXIT_FINDINGS : 0;
}

/* The logical fields a CSV sample's header names: the "mapped" set. */
static int
csv_fields(const char *path, unsigned int *mapped, char **cause)
{
	struct csv_row	 head;
	FILE		*fp;
	size_t		 i;
	int		 line = 0, f, rc;

	*mapped = 0;
	if ((fp = fopen(path, "r")) == NULL) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	csv_row_init(&head);
	if ((rc = csv_read(fp, &head, &line, cause)) == 1)
		for (i = 0; i < head.nfields; i++)
			if ((f = field_lookup(csv_field(&head, i))) != -1)
				*mapped |= 1u << f;
	csv_row_free(&head);
	fclose(fp);
	return rc < 0 ? -1 : 0;
}

static int
cmd_test_rule(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "rules", required_argument, NULL, 'r' },
		{ "csv", required_argument, NULL, 's' },
		{ "show-pii", no_argument, NULL, 'p' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct cfg_doc	*doc;
	struct ruleset	*rs;
	struct buf	 text;
	const char	*csv = NULL;
	char		*cause = NULL, *abs;
	unsigned int	 mapped;
	long		 n;
	int		 ch, show_pii = 0, nrules = 0;

	buf_init(&text);
	while ((ch = getopt_long(argc, argv, "hr:", opts, NULL)) != -1) {
		switch (ch) {
		case 'r':
			/* Absolute, so the includes below resolve anywhere. */
			if ((abs = realpath(optarg, NULL)) == NULL) {
				fprintf(stderr, "steward test-rule: %s: %s\n",
				    optarg, strerror(errno));
				buf_free(&text);
				return EXIT_CONFIG;
			}
			buf_adds(&text, "include \"");
			for (const char *p = abs; *p != '\0'; p++) {
				if (*p == '"' || *p == '\\')
					buf_addc(&text, '\\');
				buf_addc(&text, *p);
			}
			buf_adds(&text, "\"\n");
			free(abs);
			nrules++;
			break;
		case 's': csv = optarg; break;
		case 'p': show_pii = 1; break;
		case 'h':
			buf_free(&text);
			return show_help("test-rule");
		default:
			buf_free(&text);
			return usage_command("test-rule");
		}
	}
	if (optind != argc || nrules == 0 || csv == NULL) {
		buf_free(&text);
		return usage_command("test-rule");
	}
	if (csv_fields(csv, &mapped, &cause) != 0) {
		log_warnx("%s", cause);
		free(cause);
		buf_free(&text);
		return EXIT_SOFTWARE;
	}
	doc = cfg_parse_string("test-rule", text.data, text.len);
	buf_free(&text);
	/* Rules only; a whole steward.conf may be given, its options ignored. */
	for (size_t i = 0; i < doc->root.nchildren; i++) {
		static const char *const known[] = { "check", "jurisdiction",
		    "duplicates", "mode", "database", "customers", "scan",
		    "reports", NULL };
		const struct cfg_node *st = &doc->root.children[i];
		size_t k;

		for (k = 0; known[k] != NULL; k++)
			if (strcmp(st->name, known[k]) == 0)
				break;
		if (known[k] == NULL)
			cfg_diag(doc, CFG_ERROR, &st->pos, "unknown statement "
			    "'%s' (expected check, jurisdiction, duplicates or "
			    "include)", st->name);
	}
	rs = rule_compile(doc, &doc->root, mapped, 65536, 1);
	cfg_print_diags(doc, stderr);
	if (rs == NULL || doc->nerrors > 0) {
		rule_unref(rs);
		fprintf(stderr, "steward test-rule: %d error%s; rules refused\n",
		    doc->nerrors, doc->nerrors == 1 ? "" : "s");
		cfg_doc_free(doc);
		return EXIT_CONFIG;
	}
	cfg_doc_free(doc);
	n = explain_csv(rs, csv, show_pii, stdout, &cause);
	rule_unref(rs);
	if (n < 0) {
		log_warnx("%s", cause);
		free(cause);
		return EXIT_SOFTWARE;
	}
	return n > 0 ? EXIT_FINDINGS : 0;
}

static int
cmd_validate(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "country", required_argument, NULL, 'C' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct val_ctx	 ctx = { NULL, 0, -1, 0 };
	struct val_out	 out;
	val_fn		 fn;
	char		*line = NULL, cc[3];
	size_t		 cap = 0, len;
	ssize_t		 n;
	int		 ch, rc = 0;

	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'C':
			/*
			 * Two letters: ISO 3166-1, or a region libphonenumber
			 * knows beyond it (AC, TA, XK); validators judge it.
			 */
			if (strlen(optarg) != 2 || !isalpha((unsigned char)
			    optarg[0]) || !isalpha((unsigned char)optarg[1])) {
				fprintf(stderr, "steward validate: --country "
				    "takes a two-letter country code\n");
				return EXIT_USAGE;
			}
			cc[0] = (char)toupper((unsigned char)optarg[0]);
			cc[1] = (char)toupper((unsigned char)optarg[1]);
			cc[2] = '\0';
			ctx.country = cc;
			break;
		case 'h': return show_help("validate");
		default: return usage_command("validate");
		}
	}
	if (optind != argc - 1)
		return usage_command("validate");
	if ((fn = val_lookup(argv[optind])) == NULL) {
		fprintf(stderr, "steward validate: no validator '%s' (validators: "
		    "%s)\n", argv[optind], val_names());
		return EXIT_USAGE;
	}
	ctx.today = (long long)(time(NULL) / 86400);
	val_out_init(&out);
	while ((n = getline(&line, &cap, stdin)) != -1) {
		len = (size_t)n;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			len--;
		val_out_reset(&out);
		fwrite(line, 1, len, stdout);
		if (fn(line, len, &ctx, &out) == VAL_OK) {
			fputs("\tok\t", stdout);
			fwrite(out.norm.data != NULL ? out.norm.data : "", 1,
			    out.norm.len, stdout);
		} else {
			printf("\tbad\t%s", out.reason);
			rc = EXIT_FINDINGS;
		}
		if (out.note[0] != '\0')
			printf("\t%s", out.note);
		putchar('\n');
	}
	free(line);
	val_out_free(&out);
	if (fflush(stdout) != 0 || ferror(stdin)) {
		log_warn("steward validate");
		return EXIT_SOFTWARE;
	}
	return rc;
}

static int
cmd_migrate(int argc, char **argv)
{
	static const struct option opts[] = {
		COMMON_OPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct conf	*cf;
	PGconn		*conn;
	char		*cause = NULL;
	int		 ch, n;

	while ((ch = getopt_long(argc, argv, "c:h", opts, NULL)) != -1) {
		switch (ch) {
		case 'c': config_path = optarg; break;
		case 'h':
			return show_help("migrate");
		default: return usage_command("migrate");
		}
	}
	if (optind != argc)
		return usage_command("migrate");
	if ((cf = load(1)) == NULL)
		return EXIT_CONFIG;
	if ((conn = db_connect(cf, &cause)) == NULL ||
	    (n = db_migrate(conn, cf->schema, &cause)) < 0) {
		log_warnx("%s", cause);
		free(cause);
		if (conn != NULL)
			PQfinish(conn);
		conf_free(cf);
		return EXIT_DATABASE;
	}
	printf("schema %s is at version %d (%d migration%s applied)\n",
	    cf->schema, DB_SCHEMA_VERSION, n, n == 1 ? "" : "s");
	PQfinish(conn);
	conf_free(cf);
	return 0;
}

static int
cmd_duplicates(int argc, char **argv)
{
	static const struct option opts[] = {
		COMMON_OPTS,
		{ "run", required_argument, NULL, 'r' },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	struct conf	*cf;
	const char	*format = "text", *errstr;
	char		*cause = NULL;
	long long	 run = 0;
	int		 ch, rc;

	while ((ch = getopt_long(argc, argv, "c:f:hr:", opts, NULL)) != -1) {
		switch (ch) {
		case 'c': config_path = optarg; break;
		case 'f': format = optarg; break;
		case 'r':
			if (parse_ll(optarg, 1, 1LL << 62, &run, &errstr) != 0) {
				fprintf(stderr, "steward duplicates: --run %s: "
				    "%s\n", optarg, errstr);
				return EXIT_USAGE;
			}
			break;
		case 'h': return show_help("duplicates");
		default: return usage_command("duplicates");
		}
	}
	if (optind != argc || (strcmp(format, "text") != 0 &&
	    strcmp(format, "csv") != 0 && strcmp(format, "json") != 0))
		return usage_command("duplicates");
	if ((cf = load(1)) == NULL)
		return EXIT_CONFIG;
	rc = dupscan_list(cf, run, format, stdout, &cause);
	if (rc != 0) {
		log_warnx("%s", cause);
		free(cause);
	}
	conf_free(cf);
	return rc != 0 ? EXIT_DATABASE : 0;
}

/* install-trigger and remove-trigger. */
static int
cmd_trigger(int argc, char **argv)
{
	static const struct option opts[] = {
		COMMON_OPTS,
		{ NULL, 0, NULL, 0 }
	};
	const char	*name = argv[0];
	struct conf	*cf;
	PGconn		*conn;
	char		*cause = NULL, *ch = NULL;
	int		 c, rc = -1, install = strcmp(name, "install-trigger") == 0;

	while ((c = getopt_long(argc, argv, "c:h", opts, NULL)) != -1) {
		switch (c) {
		case 'c': config_path = optarg; break;
		case 'h': return show_help(name);
		default: return usage_command(name);
		}
	}
	if (optind != argc)
		return usage_command(name);
	if ((cf = load(1)) == NULL)
		return EXIT_CONFIG;
	if ((conn = db_connect(cf, &cause)) != NULL) {
		rc = install ? trigger_install(conn, cf, &cause) :
		    trigger_remove(conn, cf, &cause);
		if (rc == 0 && install)
			ch = trigger_channel(conn, cf, &cause);
	}
	if (rc < 0 || (install && ch == NULL)) {
		log_warnx("%s: %s", name, cause);
		free(cause);
		if (conn != NULL)
			PQfinish(conn);
		conf_free(cf);
		return EXIT_DATABASE;
	}
	if (install)
		printf("trigger steward_notify installed on %s: changes are "
		    "notified on channel %s\n", cf->table, ch);
	else
		printf(rc == 1 ? "no trigger steward_notify on %s\n" :
		    "trigger steward_notify removed from %s\n", cf->table);
	free(ch);
	PQfinish(conn);
	conf_free(cf);
	return 0;
}

/* Connect and bring the schema up to date, for the small commands. */
static PGconn *
connect_migrated(const struct conf *cf)
{
	PGconn	*conn;
	char	*cause = NULL;

	if ((conn = db_connect(cf, &cause)) == NULL ||
	    db_migrate(conn, cf->schema, &cause) < 0) {
		log_warnx("%s", cause);
		free(cause);
		if (conn != NULL)
			PQfinish(conn);
		return NULL;
	}
	return conn;
}

static int
cmd_daemon(int argc, char **argv)
{
	static const struct option opts[] = {
		COMMON_OPTS,
		{ "pidfile", required_argument, NULL, 'p' },
		{ "syslog", no_argument, NULL, 's' },
		{ NULL, 0, NULL, 0 }
	};
	struct conf	*cf;
	const char	*pidfile = NULL;
	int		 ch;

	while ((ch = getopt_long(argc, argv, "c:hp:s", opts, NULL)) != -1) {
		switch (ch) {
		case 'c': config_path = optarg; break;
		case 'p': pidfile = optarg; break;
		case 's': log_init("steward", 1); break;
		case 'h': return show_help("daemon");
		default: return usage_command("daemon");
		}
	}
	if (optind != argc)
		return usage_command("daemon");
	if ((cf = load(1)) == NULL)
		return EXIT_CONFIG;
	return daemon_run(cf, config_file(), pidfile);
}

static int
cmd_report(int argc, char **argv)
{
	static const struct option opts[] = {
		COMMON_OPTS,
		{ "run", required_argument, NULL, 'r' },
		{ "jurisdiction", required_argument, NULL, 'j' },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	struct conf	*cf;
	const char	*errstr, *jur = "all", *format = "text";
	char		*cause = NULL;
	long long	 run = 0;
	int		 ch, rc;

	while ((ch = getopt_long(argc, argv, "c:f:hj:r:", opts, NULL)) != -1) {
		switch (ch) {
		case 'c': config_path = optarg; break;
		case 'j': jur = optarg; break;
		case 'r':
			if (parse_ll(optarg, 1, 1LL << 62, &run, &errstr) != 0) {
				fprintf(stderr, "steward report: --run %s: %s\n",
				    optarg, errstr);
				return EXIT_USAGE;
			}
			break;
		case 'f':
			if (strcmp(optarg, "text") != 0 && strcmp(optarg,
			    "html") != 0 && strcmp(optarg, "csv") != 0) {
				fprintf(stderr, "steward report: --format is "
				    "text, html or csv\n");
				return EXIT_USAGE;
			}
			format = optarg;
			break;
		case 'h': return show_help("report");
		default: return usage_command("report");
		}
	}
	if (optind != argc)
		return usage_command("report");
	if ((cf = load(1)) == NULL)
		return EXIT_CONFIG;
	rc = 0;
	if (deliver_report(cf, run, jur, format, stdout, &cause) != 0) {
		log_warnx("report: %s", cause);
		free(cause);
		rc = EXIT_DATABASE;
	}
	conf_free(cf);
	return rc;
}

static int
cmd_spool(int argc, char **argv)
{
	static const struct option opts[] = {
		COMMON_OPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct deliver_stats	 ds;
	struct conf		*cf;
	const char		*verb;
	char			*cause = NULL;
	int			 ch, rc = 0;

	while ((ch = getopt_long(argc, argv, "c:h", opts, NULL)) != -1) {
		switch (ch) {
		case 'c': config_path = optarg; break;
		case 'h': return show_help("spool");
		default: return usage_command("spool");
		}
	}
	if (optind >= argc)
		return usage_command("spool");
	verb = argv[optind];
	if (strcmp(verb, "list") == 0 || strcmp(verb, "run") == 0) {
		if (optind + 1 != argc)
			return usage_command("spool");
	} else if (strcmp(verb, "retry") == 0 || strcmp(verb, "drop") == 0) {
		if (optind + 2 != argc)
			return usage_command("spool");
	} else
		return usage_command("spool");
	if ((cf = load(1)) == NULL)
		return EXIT_CONFIG;
	memset(&ds, 0, sizeof ds);
	if (strcmp(verb, "list") == 0)
		rc = deliver_spool_list(cf, stdout, &cause);
	else if (strcmp(verb, "drop") == 0) {
		if ((rc = deliver_spool_drop(cf, argv[optind + 1], &cause)) == 0)
			printf("%s dropped\n", argv[optind + 1]);
	} else {
		if (verb[0] == 'r' && verb[1] == 'e')
			rc = deliver_spool_retry(cf, argv[optind + 1], &cause);
		if (rc == 0 && (rc = deliver_flush(cf, verb[1] == 'u', &ds,
		    &cause)) == 0) {
			printf("%d delivered, %d deferred, %d dead\n",
			    ds.delivered, ds.deferred, ds.dead);
			if (ds.deferred + ds.dead > 0)
				rc = 1;
		}
	}
	if (rc < 0) {
		log_warnx("spool %s: %s", verb, cause);
		free(cause);
		rc = EXIT_DATABASE;
	} else if (rc == 1)
		rc = EXIT_FINDINGS;
	conf_free(cf);
	return rc;
}

/*
 * changes (and its old names quarantine, rewrites, merges), review:
 * VERB [ID], over one connection.
 */
static int
cmd_decide(int argc, char **argv, const char *cmd, const char *verbs)
{
	static const struct option opts[] = {
		COMMON_OPTS,
		{ "all", no_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 }
	};
	struct conf	*cf;
	PGconn		*conn;
	const char	*errstr, *verb, *v;
	char		*cause = NULL;
	long long	 id = 0;
	int		 ch, all = 0, rc, known = 0;
	size_t		 n;

	while ((ch = getopt_long(argc, argv, "ac:h", opts, NULL)) != -1) {
		switch (ch) {
		case 'a': all = 1; break;
		case 'c': config_path = optarg; break;
		case 'h': return show_help(cmd);
		default: return usage_command(cmd);
		}
	}
	if (optind >= argc)
		return usage_command(cmd);
	verb = argv[optind];
	for (v = verbs; *v != '\0'; v += n + (v[n] == ' ')) {
		n = strcspn(v, " ");
		known |= strlen(verb) == n && strncmp(v, verb, n) == 0;
	}
	if (!known)
		return usage_command(cmd);
	if (strcmp(verb, "list") == 0) {
		if (optind + 1 != argc)
			return usage_command(cmd);
	} else {
		if (optind + 2 != argc || all)
			return usage_command(cmd);
		if (parse_ll(argv[optind + 1], 1, LLONG_MAX, &id,
		    &errstr) != 0) {
			fprintf(stderr, "steward %s %s: ID is %s: %s\n", cmd,
			    verb, errstr, argv[optind + 1]);
			return EXIT_USAGE;
		}
	}
	if ((cf = load(1)) == NULL)
		return EXIT_CONFIG;
	if ((conn = connect_migrated(cf)) == NULL) {
		conf_free(cf);
		return EXIT_DATABASE;
	}
	if (strcmp(cmd, "review") != 0)
		rc = changes_run(conn, cf, cmd, verb, id, all, stdout, &cause);
	else if (verb[0] == 'l')
		rc = rv_list(conn, cf, all, stdout, &cause);
	else if (verb[0] == 's')
		rc = rv_show(conn, cf, id, stdout, &cause);
	else if (verb[0] == 'a')
		rc = rv_accept(conn, cf, cf->rules, id, stdout, &cause);
	else
		rc = rv_reject(conn, cf, id, stdout, &cause);
	if (rc != 0) {
		log_warnx("%s %s: %s", cmd, verb, cause);
		free(cause);
		rc = rc == 1 ? EXIT_FINDINGS : EXIT_DATABASE;
	}
	PQfinish(conn);
	conf_free(cf);
	return rc;
}

static int
cmd_changes(int argc, char **argv)
{
	return cmd_decide(argc, argv, "changes", "list show undo");
}

static int
cmd_quarantine(int argc, char **argv)
{
	return cmd_decide(argc, argv, "quarantine", "list show release");
}

static int
cmd_merges(int argc, char **argv)
{
	return cmd_decide(argc, argv, "merges", "list show undo");
}

static int
cmd_rewrites(int argc, char **argv)
{
	return cmd_decide(argc, argv, "rewrites", "list show undo");
}

static int
cmd_review(int argc, char **argv)
{
	return cmd_decide(argc, argv, "review", "list show accept reject");
}

static int
cmd_audit(int argc, char **argv)
{
	static const struct option opts[] = {
		COMMON_OPTS,
		{ "since", required_argument, NULL, 's' },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	struct conf	*cf;
	PGconn		*conn;
	const char	*since = NULL, *verb;
	char		*cause = NULL, *head = NULL, *schema;
	long long	 n, t;
	int		 ch, json = 0, rc = 0;

	while ((ch = getopt_long(argc, argv, "c:f:hs:", opts, NULL)) != -1) {
		switch (ch) {
		case 'c': config_path = optarg; break;
		case 's':
			if (cal_parse_time(optarg, strlen(optarg), &t) != 0) {
				fprintf(stderr, "steward audit: --since takes a "
				    "time like 2026-11-01\n");
				return EXIT_USAGE;
			}
			since = optarg;
			break;
		case 'f':
			if (strcmp(optarg, "csv") != 0 &&
			    strcmp(optarg, "json") != 0) {
				fprintf(stderr, "steward audit: --format is csv "
				    "or json\n");
				return EXIT_USAGE;
			}
			json = optarg[0] == 'j';
			break;
		case 'h': return show_help("audit");
		default: return usage_command("audit");
		}
	}
	if (optind + 1 != argc)
		return usage_command("audit");
	verb = argv[optind];
	if (strcmp(verb, "verify") != 0 && strcmp(verb, "export") != 0)
		return usage_command("audit");
	if (verb[0] == 'v' && (since != NULL || json))
		return usage_command("audit");
	if ((cf = load(1)) == NULL)
		return EXIT_CONFIG;
	if ((conn = connect_migrated(cf)) == NULL) {
		conf_free(cf);
		return EXIT_DATABASE;
	}
	schema = db_ident(conn, cf->schema);
	t = 0;
	if (verb[0] == 'e') {
		if (audit_export(conn, schema, since, json, stdout,
		    &cause) != 0) {
			log_warnx("audit export: %s", cause);
			rc = EXIT_DATABASE;
		}
	} else if ((n = audit_verify(conn, schema, &head, &cause)) < 0 ||
	    (t = jr_verify(conn, schema, &cause)) < 0) {
		log_warnx("audit verify: %s", cause);
		rc = n == -2 || t == -2 ? EXIT_FINDINGS : EXIT_DATABASE;
	} else
		printf("audit chain intact: %lld record%s%s%s; the change "
		    "journal's %lld entr%s match it\n", n, n == 1 ? "" : "s",
		    head != NULL ? ", head hash " : "", head != NULL ? head : "",
		    t, t == 1 ? "y" : "ies");
	free(cause);
	free(head);
	free(schema);
	PQfinish(conn);
	conf_free(cf);
	return rc;
}

static int
cmd_help(int argc, char **argv)
{
	if (argc < 2) {
		usage_all(stdout);
		return 0;
	}
	return show_help(argv[1]);
}

static int
show_help(const char *name)
{
	const struct command	*c;

	if ((c = find_command(name)) == NULL) {
		fprintf(stderr, "steward: no command '%s'\n", name);
		usage_all(stderr);
		return EXIT_USAGE;
	}
	printf("usage: steward %s\n\n%s.\n", c->usage, c->summary);
	if (c->help != NULL)
		printf("\n%s", c->help);
	return 0;
}

static int
cmd_version(int argc, char **argv)
{
	printf("steward %s (libpq %d, pcre2 %d.%d, %s)\n", PACKAGE_VERSION,
	    PQlibVersion(), PCRE2_MAJOR, PCRE2_MINOR, curl_version());
	return 0;
}

int
main(int argc, char **argv)
{
	const struct command	*c;
	int			 i, rc;

	log_init("steward", 0);
	/*
	 * Local time for log and mail stamps.  Set once now, before any
	 * thread starts: nothing may change the environment later (zone
	 * arithmetic goes through ICU; tests/style.sh checks).
	 */
	if (getenv("TZ") == NULL)
		setenv("TZ", ":/etc/localtime", 0);
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != 0)
		fatalx("curl_global_init failed");
	/* Options before the command: -c FILE, --version, --help. */
	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "--version") == 0 || strcmp(argv[i], "-V") == 0)
			return cmd_version(0, NULL);
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			usage_all(stdout);
			return 0;
		}
		if (strcmp(argv[i], "-v") == 0) {
			log_set_verbose(1);
			continue;
		}
		if (strcmp(argv[i], "-c") == 0 && i + 1 < argc) {
			config_path = argv[++i];
			continue;
		}
		fprintf(stderr, "steward: unknown option %s\n", argv[i]);
		usage_all(stderr);
		return EXIT_USAGE;
	}
	if (i >= argc) {
		usage_all(stderr);
		return EXIT_USAGE;
	}
	if ((c = find_command(argv[i])) == NULL) {
		fprintf(stderr, "steward: no command '%s'\n", argv[i]);
		usage_all(stderr);
		return EXIT_USAGE;
	}
	optind = 1;
	rc = c->fn(argc - i, argv + i);
	curl_global_cleanup();
	return rc;
}
