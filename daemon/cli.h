/*
 * cli.h -- what the command files (daemon/cmd_*.c) share: exit codes,
 * the configuration file, help and usage, and the VERB [ID] commands.
 *
 * main.c parses the options before the command and dispatches through
 * its commands[] table; each family of commands lives in one cmd_*.c
 * file with its usage text.  A new command is a cmd_NAME function and a
 * cmd_NAME_usage here, and one line in that table.  Nothing below the
 * CLI includes this header (tests/style.sh checks).
 */
#ifndef STEWARD_CLI_H
#define STEWARD_CLI_H

#include <libpq-fe.h>

/* Exit codes (doc/steward.8). */
#define EXIT_FINDINGS	1	/* findings at or above --fail-on, refused */
#define EXIT_USAGE	2
#define EXIT_CONFIG	3	/* configuration or rule error */
#define EXIT_DATABASE	4
#define EXIT_SOFTWARE	5	/* internal error (out of memory, I/O) */

#ifndef SYSCONFDIR
#define SYSCONFDIR "/etc"
#endif
#define DEFAULT_CONFIG SYSCONFDIR "/steward/steward.conf"

/* getopt_long over a subcommand's arguments, with -c everywhere. */
#define COMMON_OPTS	{ "config", required_argument, NULL, 'c' }, \
			{ "help", no_argument, NULL, 'h' }

struct conf;

/* What steward help prints for a command. */
struct cli_usage {
	const char	*usage;		/* after "usage: steward " */
	const char	*summary;	/* one line, for the command list */
	const char	*help;		/* the rest, or NULL */
};

/* -c FILE, before the command or after it; NULL: the default. */
extern const char	*cli_config_path;

/* -c FILE, else $STEWARD_CONFIG, else DEFAULT_CONFIG. */
const char	*cli_config_file(void);
/* Load the configuration, printing its diagnostics; NULL on error. */
struct conf	*cli_load(int);
/* Connect and bring the schema up to date; NULL (logged) on error. */
PGconn		*cli_connect_migrated(const struct conf *);
/* Print the usage line of command name; returns EXIT_USAGE (main.c). */
int		 cli_usage(const char *);
/* Print the help of command name; 0, or EXIT_USAGE if none (main.c). */
int		 cli_help(const char *);

/*
 * The commands that take VERB [ID] over one connection (changes,
 * quarantine, rewrites, merges, review): verbs lists them, space-
 * separated; all but "list" take an ID, and only "list" takes --all.  fn(conn, cf, verb, id,
 * all, cause) returns 0, 1 for refused, or -1; both with *cause set.
 */
typedef int	(*cli_verb_fn)(PGconn *, const struct conf *, const char *,
		    long long, int, char **);
int		 cli_decide(int, char **, const char *, const char *,
		    cli_verb_fn);

/* cmd_scan.c */
int	cmd_scan(int, char **);
int	cmd_findings(int, char **);
int	cmd_report(int, char **);
extern const struct cli_usage cmd_scan_usage, cmd_findings_usage,
	    cmd_report_usage;

/* cmd_actions.c */
int	cmd_changes(int, char **);
int	cmd_quarantine(int, char **);
int	cmd_merges(int, char **);
int	cmd_rewrites(int, char **);
int	cmd_audit(int, char **);
extern const struct cli_usage cmd_changes_usage, cmd_quarantine_usage,
	    cmd_merges_usage, cmd_rewrites_usage, cmd_audit_usage;

/* cmd_review.c */
int	cmd_review(int, char **);
int	cmd_duplicates(int, char **);
extern const struct cli_usage cmd_review_usage, cmd_duplicates_usage;

/* cmd_rules.c */
int	cmd_check(int, char **);
int	cmd_rules(int, char **);
int	cmd_explain(int, char **);
int	cmd_test_rule(int, char **);
int	cmd_validate(int, char **);
extern const struct cli_usage cmd_check_usage, cmd_rules_usage,
	    cmd_explain_usage, cmd_test_rule_usage, cmd_validate_usage;

/* cmd_spool.c */
int	cmd_spool(int, char **);
extern const struct cli_usage cmd_spool_usage;

/* cmd_daemon.c */
int	cmd_daemon(int, char **);
int	cmd_migrate(int, char **);
int	cmd_trigger(int, char **);	/* install-trigger, remove-trigger */
extern const struct cli_usage cmd_daemon_usage, cmd_migrate_usage,
	    cmd_install_trigger_usage, cmd_remove_trigger_usage;

#endif
