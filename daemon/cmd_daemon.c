/*
 * cmd_daemon.c -- daemon, migrate, install-trigger, remove-trigger:
 * run the service and prepare the database for it (daemon/daemon.c,
 * db.c, trigger.c).
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "daemon/cli.h"
#include "daemon/conf.h"
#include "daemon/daemon.h"
#include "daemon/db.h"
#include "daemon/trigger.h"
#include "lib/log.h"

const struct cli_usage cmd_daemon_usage = {
	"daemon [-c FILE] [--pidfile FILE] [--syslog]",
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
	"Exit status: 0 stopped by a signal, 3 configuration error.\n"
};

const struct cli_usage cmd_migrate_usage = {
	"migrate [-c FILE]",
	"create or upgrade Steward's own database schema",
	"Applies the schema migrations this version knows, idempotently.\n"
	"scan and findings do this by themselves; migrate lets an operator\n"
	"do it ahead of time with a more privileged role.\n"
};

const struct cli_usage cmd_install_trigger_usage = {
	"install-trigger [-c FILE]",
	"make PostgreSQL notify Steward of changed rows",
	"Creates (or replaces) a trigger on the customer table that, on\n"
	"insert or update, NOTIFYs the row's key.  With daemon { listen yes }\n"
	"the daemon checks those rows within seconds.  Idempotent; needs a\n"
	"role that owns the customer table.  Exit status: 0 done, 3\n"
	"configuration, 4 database.\n"
};

const struct cli_usage cmd_remove_trigger_usage = {
	"remove-trigger [-c FILE]",
	"remove the change trigger",
	"Drops the trigger install-trigger created; the function in\n"
	"Steward's schema stays.  Exit status: 0 removed or not there, 3\n"
	"configuration, 4 database.\n"
};

int
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
		case 'c': cli_config_path = optarg; break;
		case 'p': pidfile = optarg; break;
		case 's': log_init("steward", 1); break;
		case 'h': return cli_help("daemon");
		default: return cli_usage("daemon");
		}
	}
	if (optind != argc)
		return cli_usage("daemon");
	if ((cf = cli_load(1)) == NULL)
		return EXIT_CONFIG;
	return daemon_run(cf, cli_config_file(), pidfile);
}

int
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
		case 'c': cli_config_path = optarg; break;
		case 'h':
			return cli_help("migrate");
		default: return cli_usage("migrate");
		}
	}
	if (optind != argc)
		return cli_usage("migrate");
	if ((cf = cli_load(1)) == NULL)
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

/* install-trigger and remove-trigger. */
int
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
		case 'c': cli_config_path = optarg; break;
		case 'h': return cli_help(name);
		default: return cli_usage(name);
		}
	}
	if (optind != argc)
		return cli_usage(name);
	if ((cf = cli_load(1)) == NULL)
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
