/*
 * cmd_review.c -- review, duplicates: the duplicate clusters a full scan
 * found and the decisions on them (daemon/dupscan.c, review.c).
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "daemon/cli.h"
#include "daemon/conf.h"
#include "daemon/dupmerge.h"
#include "daemon/dupscan.h"
#include "lib/log.h"
#include "lib/util.h"

const struct cli_usage cmd_review_usage = {
	"review [-c FILE] list [--all] | show ID | accept ID | reject ID",
	"decide on the duplicate clusters that need a person",
	"list shows the clusters waiting for a decision (--all: decided ones\n"
	"too); show prints their records, masked unless reports {\n"
	"clear_values yes }; accept merges the cluster now in mode enforce\n"
	"(in dry-run the first enforcing scan does); reject remembers that\n"
	"its records are different customers, so they are never proposed\n"
	"together again.\n"
	"Exit status: 0 done, 1 refused, 2 usage, 4 database error.\n"
};

const struct cli_usage cmd_duplicates_usage = {
	"duplicates [-c FILE] [--run ID] [--format text|csv|json]",
	"list the duplicate clusters a full scan found",
	"Lists the members of the duplicate clusters of the latest full\n"
	"scan, or of run ID: the cluster, the record key, its match\n"
	"probability with the cluster's centre, and the decision (merge\n"
	"when every member matches the centre at or above the rule's merge\n"
	"threshold, else review).  CSV columns:\n"
	"cluster_id,record_key,score,decision.\n"
	"Exit status: 0 done, 2 usage, 3 configuration, 4 database or no\n"
	"such run.\n"
};

/* review list | show ID | accept ID | reject ID */
static int
review_verb(PGconn *conn, const struct conf *cf, const char *verb,
    long long id, int all, char **cause)
{
	if (verb[0] == 'l')
		return rv_list(conn, cf, all, stdout, cause);
	if (verb[0] == 's')
		return rv_show(conn, cf, id, stdout, cause);
	if (verb[0] == 'a')
		return rv_accept(conn, cf, cf->rules, id, stdout, cause);
	return rv_reject(conn, cf, id, stdout, cause);
}

int
cmd_review(int argc, char **argv)
{
	return cli_decide(argc, argv, "review", "list show accept reject",
	    review_verb);
}

int
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
		case 'c': cli_config_path = optarg; break;
		case 'f': format = optarg; break;
		case 'r':
			if (parse_ll(optarg, 1, 1LL << 62, &run, &errstr) != 0) {
				fprintf(stderr, "steward duplicates: --run %s: "
				    "%s\n", optarg, errstr);
				return EXIT_USAGE;
			}
			break;
		case 'h': return cli_help("duplicates");
		default: return cli_usage("duplicates");
		}
	}
	if (optind != argc || (strcmp(format, "text") != 0 &&
	    strcmp(format, "csv") != 0 && strcmp(format, "json") != 0))
		return cli_usage("duplicates");
	if ((cf = cli_load(1)) == NULL)
		return EXIT_CONFIG;
	rc = dupscan_list(cf, run, format, stdout, &cause);
	if (rc != 0) {
		log_warnx("%s", cause);
		free(cause);
	}
	conf_free(cf);
	return rc != 0 ? EXIT_DATABASE : 0;
}
