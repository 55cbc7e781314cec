/*
 * main.c -- the steward command: the options before the command and the
 * dispatch table.  The commands themselves live by family in
 * daemon/cmd_*.c, each with its usage text; daemon/cli.h lists them.
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

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>
#include <libpq-fe.h>

#include "daemon/cli.h"
#include "lib/log.h"
#include "rules/ruleset.h"

struct command {
	const char		*name;
	int			(*fn)(int, char **);
	const struct cli_usage	*u;
};

static int	cmd_help(int, char **);
static int	cmd_version(int, char **);

static const struct cli_usage help_usage = {
	"help [COMMAND]", "show help for a command", NULL
};
static const struct cli_usage version_usage = {
	"version", "print the version", NULL
};

static const struct command commands[] = {
	{ "check", cmd_check, &cmd_check_usage },
	{ "scan", cmd_scan, &cmd_scan_usage },
	{ "daemon", cmd_daemon, &cmd_daemon_usage },
	{ "report", cmd_report, &cmd_report_usage },
	{ "spool", cmd_spool, &cmd_spool_usage },
	{ "changes", cmd_changes, &cmd_changes_usage },
	{ "quarantine", cmd_quarantine, &cmd_quarantine_usage },
	{ "merges", cmd_merges, &cmd_merges_usage },
	{ "review", cmd_review, &cmd_review_usage },
	{ "rewrites", cmd_rewrites, &cmd_rewrites_usage },
	{ "audit", cmd_audit, &cmd_audit_usage },
	{ "findings", cmd_findings, &cmd_findings_usage },
	{ "rules", cmd_rules, &cmd_rules_usage },
	{ "explain", cmd_explain, &cmd_explain_usage },
	{ "test-rule", cmd_test_rule, &cmd_test_rule_usage },
	{ "validate", cmd_validate, &cmd_validate_usage },
	{ "migrate", cmd_migrate, &cmd_migrate_usage },
	{ "duplicates", cmd_duplicates, &cmd_duplicates_usage },
	{ "install-trigger", cmd_trigger, &cmd_install_trigger_usage },
	{ "remove-trigger", cmd_trigger, &cmd_remove_trigger_usage },
	{ "help", cmd_help, &help_usage },
	{ "version", cmd_version, &version_usage },
	{ NULL, NULL, NULL }
};

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
		fprintf(fp, "  %-10s %s\n", c->name, c->u->summary);
	fprintf(fp, "\nThe configuration is read from -c FILE, $STEWARD_CONFIG "
	    "or %s.\nSee steward(8) and steward.conf(5).\n", DEFAULT_CONFIG);
}

int
cli_usage(const char *name)
{
	const struct command	*c = find_command(name);

	fprintf(stderr, "usage: steward %s\n", c->u->usage);
	return EXIT_USAGE;
}

int
cli_help(const char *name)
{
	const struct command	*c;

	if ((c = find_command(name)) == NULL) {
		fprintf(stderr, "steward: no command '%s'\n", name);
		usage_all(stderr);
		return EXIT_USAGE;
	}
	printf("usage: steward %s\n\n%s.\n", c->u->usage, c->u->summary);
	if (c->u->help != NULL)
		printf("\n%s", c->u->help);
	return 0;
}

static int
cmd_help(int argc, char **argv)
{
	if (argc < 2) {
		usage_all(stdout);
		return 0;
	}
	return cli_help(argv[1]);
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
			cli_config_path = argv[++i];
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
