/*
 * cmd_rules.c -- check, rules, explain, test-rule, validate: the
 * configuration and the rules, and what they say about a record or a
 * value (daemon/conf.c, conncheck.c, explain.c, rules/, validators/).
 */
#include "config.h"

#include <getopt.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "daemon/cli.h"
#include "daemon/conf.h"
#include "daemon/conncheck.h"
#include "daemon/explain.h"
#include "lib/csv.h"
#include "lib/log.h"
#include "lib/record.h"
#include "lib/util.h"
#include "rules/cfgparse.h"
#include "rules/ruleset.h"
#include "validators/validate.h"

const struct cli_usage cmd_check_usage = {
	"check [-c FILE] [--dump] [--connect] [-q]",
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
	"missing), 4 cannot connect.\n"
};

const struct cli_usage cmd_rules_usage = {
	"rules [-c FILE]",
	"list the effective checks and jurisdictions",
	"Prints the checks (kind, severity, action, fields, scope, where\n"
	"defined) and the jurisdictions (countries, limits) in force after\n"
	"overrides.  check --dump prints the same as rule text.\n"
};

const struct cli_usage cmd_explain_usage = {
	"explain [-c FILE] [--show-pii] KEY",
	"show what every rule says about one customer record",
	"Reads the record whose key is KEY and prints its jurisdiction and,\n"
	"for every check, the values it read (masked unless --show-pii),\n"
	"its verdict and the action it would take.  Writes nothing.\n"
	"Exit status: 0 every check passes, 1 some check fails, 4 no such\n"
	"record or database error.\n"
};

const struct cli_usage cmd_test_rule_usage = {
	"test-rule -r FILE [-r FILE ...] --csv SAMPLE.csv [--show-pii]",
	"run rule files over a CSV sample, without a database",
	"The first line of SAMPLE.csv names the columns: logical fields\n"
	"(email, phone, country, ...) and optionally key.  Prints one line\n"
	"per finding and a count per check.  Needs no configuration file.\n"
	"Exit status: 0 no finding, 1 findings, 3 rule error, 5 bad CSV.\n"
};

const struct cli_usage cmd_validate_usage = {
	"validate KIND [--country CC]",
	"run a built-in validator over values read from stdin",
	"Reads one value per line and writes value<TAB>ok<TAB>normal form,\n"
	"or value<TAB>bad<TAB>reason code, with a fourth column when the\n"
	"validator has advice (typo-domain:gmail.com, role-account, ...).\n"
	"KIND: the validators built in (see steward.rules(5)).  --country\n"
	"gives the record's country; without it a phone number must be in\n"
	"international form.  Exit status: 0 all ok, 1 some bad, 2 usage.\n"
};

int
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
		case 'c': cli_config_path = optarg; break;
		case 'd': dump = 1; break;
		case 'q': quiet = 1; break;
		case 'C': connect = 1; break;
		case 'h': return cli_help("check");
		default: return cli_usage("check");
		}
	}
	if (optind != argc)
		return cli_usage("check");
	cf = conf_load(cli_config_file(), &doc);
	cfg_print_diags(doc, stderr);
	if (cf == NULL) {
		fprintf(stderr, "%s: %d error%s, %d warning%s; configuration "
		    "refused\n", cli_config_file(), doc->nerrors,
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
		    "warning%s)\n", cli_config_file(), doc->nfiles,
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
			    f == 1 ? "" : "s", cli_config_file());
			rc = EXIT_CONFIG;
		} else if (!quiet)
			printf("database OK: everything %s needs is there\n",
			    cli_config_file());
	}
	cfg_doc_free(doc);
	conf_free(cf);
	return rc;
}

int
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
		case 'c': cli_config_path = optarg; break;
		case 'h': return cli_help("rules");
		default: return cli_usage("rules");
		}
	}
	if (optind != argc)
		return cli_usage("rules");
	if ((cf = cli_load(0)) == NULL)
		return EXIT_CONFIG;
	rule_table(cf->rules, stdout);
	conf_free(cf);
	return 0;
}

int
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
		case 'c': cli_config_path = optarg; break;
		case 'p': show_pii = 1; break;
		case 'h': return cli_help("explain");
		default: return cli_usage("explain");
		}
	}
	if (optind != argc - 1)
		return cli_usage("explain");
	if ((cf = cli_load(1)) == NULL)
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

int
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
			return cli_help("test-rule");
		default:
			buf_free(&text);
			return cli_usage("test-rule");
		}
	}
	if (optind != argc || nrules == 0 || csv == NULL) {
		buf_free(&text);
		return cli_usage("test-rule");
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

int
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
		case 'h': return cli_help("validate");
		default: return cli_usage("validate");
		}
	}
	if (optind != argc - 1)
		return cli_usage("validate");
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
