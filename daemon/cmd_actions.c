/*
 * cmd_actions.c -- changes (and its old names quarantine, rewrites,
 * merges): list, show and undo what the actions changed, from the change
 * journal (daemon/journal.c); and audit, the trail they leave
 * (daemon/audit.c).
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "daemon/audit.h"
#include "daemon/cli.h"
#include "daemon/conf.h"
#include "daemon/db.h"
#include "daemon/dupmerge.h"
#include "daemon/journal.h"
#include "lib/log.h"
#include "validators/calendar.h"

const struct cli_usage cmd_changes_usage = {
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
	"Exit status: 0 done, 1 refused, 2 usage, 4 database error.\n"
};

const struct cli_usage cmd_quarantine_usage = {
	"quarantine [-c FILE] list [--all] | show ID | release ID",
	"list, show or release quarantined records (old name of changes)",
	"list shows the records held (--all: released ones too); show prints\n"
	"one entry with the row image as it was taken; release puts the row\n"
	"back exactly as it was, with any referencing rows moved along, in\n"
	"one transaction with its audit record, or refuses and changes\n"
	"nothing (a row with the same key exists again).\n"
	"Exit status: 0 done, 1 refused, 2 usage, 4 database error.\n"
};

const struct cli_usage cmd_merges_usage = {
	"merges [-c FILE] list [--all] | show ID | undo ID",
	"list, show or undo merges of duplicates (old name of changes)",
	"list shows the merges in force (--all: undone ones too); show\n"
	"prints one with every row it touched, before and after; undo puts\n"
	"every row of every table back exactly as it was, in one transaction\n"
	"with its audit record, and remembers that those records are not one\n"
	"customer; it refuses and changes nothing when a row changed since.\n"
	"Exit status: 0 done, 1 refused, 2 usage, 4 database error.\n"
};

const struct cli_usage cmd_rewrites_usage = {
	"rewrites [-c FILE] list [--all] | show ID | undo ID",
	"list, show or undo values normalized (old name of changes)",
	"list shows the values that action normalize rewrote (--all: undone\n"
	"ones too); show prints one with its row before and after; undo puts\n"
	"the row back exactly as it was, with an audit record, or refuses and\n"
	"changes nothing when the row changed since.\n"
	"Exit status: 0 done, 1 refused, 2 usage, 4 database error.\n"
};

const struct cli_usage cmd_audit_usage = {
	"audit [-c FILE] verify | export [--since TIME] [--format csv|json]",
	"verify or export the tamper-evident audit trail",
	"verify recomputes every record's hash and its link to the record\n"
	"before it, and names the first broken record; it prints the head\n"
	"hash, which an auditor can keep to detect records removed from the\n"
	"end.  export writes the records (from TIME on) for auditors.\n"
	"Exit status: 0 intact, 1 broken chain, 4 database error.\n"
};

/* An undone merge: its records are not one customer, never merge them. */
static int
undone(PGconn *conn, const char *schema, const char *kind, const char *table,
    const char *keys, long long id, char **cause)
{
	char	 why[64];

	if (strcmp(kind, "merge") != 0)
		return 0;
	snprintf(why, sizeof why, "merge %lld undone", id);
	return mg_not_duplicates(conn, schema, table, keys, why, cause);
}

/*
 * VERB [ID] of the change journal (journal.h), for kind (NULL: every
 * kind).  An old name sees only its own kind, so "quarantine release 7"
 * never undoes a merge that is change 7, and prints what it printed
 * before the journal.
 */
static int
journal_verb(PGconn *conn, const struct conf *cf, const char *kind,
    const char *verb, long long id, int all, char **cause)
{
	int	 rc, n;

	if (verb[0] == 'l')
		return jr_list(conn, cf, kind, all, stdout, cause);
	if (verb[0] == 's')
		return jr_show(conn, cf, kind, id, stdout, cause);
	if ((rc = jr_undo(conn, cf, kind, id, undone, &n, cause)) != 0)
		return rc;
	if (kind == NULL)
		printf("change %lld undone: %d row%s back as %s\n", id, n,
		    n == 1 ? "" : "s", n == 1 ? "it was" : "they were");
	else if (strcmp(kind, "quarantine") == 0)
		printf("quarantine entry %lld released\n", id);
	else if (strcmp(kind, "merge") == 0)
		printf("merge %lld undone: every row is back as it was\n", id);
	else
		printf("rewrite %lld undone: the row is back as it was\n", id);
	return 0;
}

static int
changes_verb(PGconn *conn, const struct conf *cf, const char *verb,
    long long id, int all, char **cause)
{
	return journal_verb(conn, cf, NULL, verb, id, all, cause);
}

static int
quarantine_verb(PGconn *conn, const struct conf *cf, const char *verb,
    long long id, int all, char **cause)
{
	return journal_verb(conn, cf, "quarantine", verb, id, all, cause);
}

static int
merges_verb(PGconn *conn, const struct conf *cf, const char *verb,
    long long id, int all, char **cause)
{
	return journal_verb(conn, cf, "merge", verb, id, all, cause);
}

static int
rewrites_verb(PGconn *conn, const struct conf *cf, const char *verb,
    long long id, int all, char **cause)
{
	return journal_verb(conn, cf, "normalize", verb, id, all, cause);
}

int
cmd_changes(int argc, char **argv)
{
	return cli_decide(argc, argv, "changes", "list show undo",
	    changes_verb);
}

int
cmd_quarantine(int argc, char **argv)
{
	return cli_decide(argc, argv, "quarantine", "list show release",
	    quarantine_verb);
}

int
cmd_merges(int argc, char **argv)
{
	return cli_decide(argc, argv, "merges", "list show undo", merges_verb);
}

int
cmd_rewrites(int argc, char **argv)
{
	return cli_decide(argc, argv, "rewrites", "list show undo",
	    rewrites_verb);
}

int
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
		case 'c': cli_config_path = optarg; break;
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
		case 'h': return cli_help("audit");
		default: return cli_usage("audit");
		}
	}
	if (optind + 1 != argc)
		return cli_usage("audit");
	verb = argv[optind];
	if (strcmp(verb, "verify") != 0 && strcmp(verb, "export") != 0)
		return cli_usage("audit");
	if (verb[0] == 'v' && (since != NULL || json))
		return cli_usage("audit");
	if ((cf = cli_load(1)) == NULL)
		return EXIT_CONFIG;
	if ((conn = cli_connect_migrated(cf)) == NULL) {
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
