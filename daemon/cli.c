/*
 * cli.c -- the helpers every command file uses.
 */
#include "config.h"

#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/cli.h"
#include "daemon/conf.h"
#include "daemon/db.h"
#include "lib/log.h"
#include "lib/util.h"
#include "rules/cfgparse.h"

const char	*cli_config_path;

const char *
cli_config_file(void)
{
	const char	*env;

	if (cli_config_path != NULL)
		return cli_config_path;
	if ((env = getenv("STEWARD_CONFIG")) != NULL && *env != '\0')
		return env;
	return DEFAULT_CONFIG;
}

struct conf *
cli_load(int quiet_warnings)
{
	struct cfg_doc	*doc;
	struct conf	*cf;
	const char	*path = cli_config_file();

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

PGconn *
cli_connect_migrated(const struct conf *cf)
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

int
cli_decide(int argc, char **argv, const char *cmd, const char *verbs,
    cli_verb_fn fn)
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
		case 'c': cli_config_path = optarg; break;
		case 'h': return cli_help(cmd);
		default: return cli_usage(cmd);
		}
	}
	if (optind >= argc)
		return cli_usage(cmd);
	verb = argv[optind];
	for (v = verbs; *v != '\0'; v += n + (v[n] == ' ')) {
		n = strcspn(v, " ");
		known |= strlen(verb) == n && strncmp(v, verb, n) == 0;
	}
	if (!known)
		return cli_usage(cmd);
	if (strcmp(verb, "list") == 0) {
		if (optind + 1 != argc)
			return cli_usage(cmd);
	} else {
		if (optind + 2 != argc || all)
			return cli_usage(cmd);
		if (parse_ll(argv[optind + 1], 1, LLONG_MAX, &id,
		    &errstr) != 0) {
			fprintf(stderr, "steward %s %s: ID is %s: %s\n", cmd,
			    verb, errstr, argv[optind + 1]);
			return EXIT_USAGE;
		}
	}
	if ((cf = cli_load(1)) == NULL)
		return EXIT_CONFIG;
	if ((conn = cli_connect_migrated(cf)) == NULL) {
		conf_free(cf);
		return EXIT_DATABASE;
	}
	rc = fn(conn, cf, verb, id, all, &cause);
	if (rc != 0) {
		log_warnx("%s %s: %s", cmd, verb, cause);
		free(cause);
		rc = rc == 1 ? EXIT_FINDINGS : EXIT_DATABASE;
	}
	PQfinish(conn);
	conf_free(cf);
	return rc;
}
