/*
 * cmd_scan.c -- scan, findings, report: run a scan and read what it
 * recorded (daemon/scan.c, findings.c, deliver.c).
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "daemon/cli.h"
#include "daemon/conf.h"
#include "daemon/deliver.h"
#include "daemon/findings.h"
#include "daemon/scan.h"
#include "lib/log.h"
#include "lib/util.h"
#include "rules/ruleset.h"
#include "validators/calendar.h"

const struct cli_usage cmd_scan_usage = {
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
	"findings are recorded).\n"
};

const struct cli_usage cmd_findings_usage = {
	"findings [-c FILE] [--run ID] [--check NAME] [--jurisdiction NAME] "
	"[--status new|open|resolved] [--format text|csv|json]",
	"list the findings of a run",
	"Lists the findings of the latest completed run, or of run ID, of\n"
	"check NAME and jurisdiction NAME if given ('unassigned' for\n"
	"records no jurisdiction covers).\n"
	"Status is relative to that run: new (first seen in it), open (seen\n"
	"before and still present), resolved (gone in it).  CSV columns:\n"
	"run_id,check,record_key,field,jurisdiction,severity,status,detail\n"
};

const struct cli_usage cmd_report_usage = {
	"report [-c FILE] [--run ID] [--jurisdiction NAME] "
	"[--format text|html|csv]",
	"render a run's report for one jurisdiction",
	"Renders the report of the latest completed run, or of run ID, from\n"
	"the database: for jurisdiction NAME, 'unassigned', or (the default)\n"
	"'all', the administrator's summary.  csv lists the findings in\n"
	"scope, as attached to the report mail.  Sends nothing.\n"
	"Exit status: 0 done, 2 usage, 4 no such run or database error.\n"
};

int
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
		case 'c': cli_config_path = optarg; break;
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
		case 'h': return cli_help("scan");
		default: return cli_usage("scan");
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
		return cli_usage("scan");
	}
	if ((cf = cli_load(1)) == NULL) {
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
		    cli_config_file(), res.run_id);
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

int
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
		case 'c': cli_config_path = optarg; break;
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
			return cli_help("findings");
		default: return cli_usage("findings");
		}
	}
	if (optind != argc)
		return cli_usage("findings");
	if ((cf = cli_load(1)) == NULL)
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

int
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
		case 'c': cli_config_path = optarg; break;
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
		case 'h': return cli_help("report");
		default: return cli_usage("report");
		}
	}
	if (optind != argc)
		return cli_usage("report");
	if ((cf = cli_load(1)) == NULL)
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
