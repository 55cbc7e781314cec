/*
 * cmd_spool.c -- spool: the outgoing report messages (daemon/deliver.c,
 * notifiers/spool.c).
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/cli.h"
#include "daemon/conf.h"
#include "daemon/deliver.h"
#include "lib/log.h"

const struct cli_usage cmd_spool_usage = {
	"spool [-c FILE] list | run | retry ID | drop ID",
	"show and manage the outgoing report messages",
	"list shows the messages waiting (queued) or given up (dead), with\n"
	"their attempts and last error; run tries every queued message now;\n"
	"retry ID makes a dead or waiting message due now, with a fresh\n"
	"max_age, and tries it; drop ID gives it up for good.  A message is\n"
	"never spooled twice for one run and jurisdiction.\n"
	"Exit status: 0 done (run: nothing left to deliver), 1 messages\n"
	"still queued or dead, 2 usage, 4 no such message or spool error.\n"
};

int
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
		case 'c': cli_config_path = optarg; break;
		case 'h': return cli_help("spool");
		default: return cli_usage("spool");
		}
	}
	if (optind >= argc)
		return cli_usage("spool");
	verb = argv[optind];
	if (strcmp(verb, "list") == 0 || strcmp(verb, "run") == 0) {
		if (optind + 1 != argc)
			return cli_usage("spool");
	} else if (strcmp(verb, "retry") == 0 || strcmp(verb, "drop") == 0) {
		if (optind + 2 != argc)
			return cli_usage("spool");
	} else
		return cli_usage("spool");
	if ((cf = cli_load(1)) == NULL)
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
