/*
 * conf.h -- steward.conf: daemon options and the rules it includes.
 *
 * conf_load() parses the file and its includes into a new struct conf
 * and never touches a running one; a reload keeps the old configuration
 * when the new one has any error.
 */
#ifndef STEWARD_CONF_H
#define STEWARD_CONF_H

/*
 * Where the daemon serves /healthz, /metrics and /status unless told.
 * Not 9187, postgres_exporter's, which runs beside PostgreSQL: a second
 * bind failed and Restart=on-failure looped.  Prometheus's allocation list
 * filled 9100-9999 in 2023, so this one is outside it.  Said once here;
 * steward.conf(5), the example and the unit quote it.
 */
#define CONF_HTTP_DEFAULT	"127.0.0.1:10987"
/* scan { parallel N }: at most this many connections and workers. */
#define SCAN_PARALLEL_MAX	64

#include "lib/record.h"
#include "daemon/sched.h"
#include "rules/cfgparse.h"
#include "rules/ruleset.h"

enum run_mode {
	MODE_DRY_RUN,
	MODE_ENFORCE
};

enum erase_method {
	ERASE_KEEP,
	ERASE_NULL,		/* set to NULL */
	ERASE_MASK,		/* first character and "***" */
	ERASE_HASH		/* keyed SHA-256, hex: joins still work */
};

/* A list of addresses from the configuration. */
struct conf_list {
	char		**v;
	size_t		 n;
};

struct conf {
	char		*path;
	enum run_mode	 mode;

	/* database { } */
	char		*conninfo;
	struct cfg_pos	 conninfo_pos;		/* valid while the doc lives */
	char		*scan_conninfo;		/* read the table here (a
						   standby); NULL: conninfo */
	struct cfg_pos	 scan_conninfo_pos;
	char		*password_file;
	char		*password_env;
	char		*schema;		/* Steward's own schema */
	int		 connect_timeout;	/* seconds */

	/* customers { } */
	char		*table_schema;		/* NULL: search_path */
	char		*table;
	char		*key;
	char		*columns[FIELD_MAX];	/* NULL when not mapped */
	unsigned int	 mapped;		/* bit per mapped field */
	int		 jur_field;		/* jurisdiction_from */
	struct cfg_pos	 jur_field_pos;
	size_t		 max_value;
	char		 storage_region[3];	/* "" unless configured */
	struct comp_source *sources;		/* consent_kinds, until compiled */
	size_t		 nsources;

	/* quarantine { } */
	char		*quarantine_mode;	/* "move" or "flag" */
	char		*flag_column;
	char		*flag_value;
	char		**cascade;		/* tables moved along */
	size_t		 ncascade;

	/* merge { } */
	struct conf_ref {
		char	*table;		/* as written: "public.orders" */
		char	*column;	/* exact name */
	}		*refs;			/* re-pointed to the survivor */
	size_t		 nrefs;
	int		 losers_flag;		/* losers flag: keep, set column */
	char		*merged_column;		/* flag: the survivor's key */

	/* erase { } */
	int		 erase[FIELD_MAX];	/* enum erase_method */
	char		*hash_key_file;

	/* scan { } */
	int		 regex_jit;
	int		 mx_check;		/* look up email domains */
	char		*mx_servers;		/* "127.0.0.1:53,..."; NULL: system */
	int		 mx_rate;		/* lookups per second */
	int		 mx_max;		/* lookups per scan */
	int		 mx_ttl;		/* seconds a cached answer holds */
	int		 mx_timeout;		/* seconds per lookup */
	int		 parallel;		/* connections of a full scan */

	/* reports { } */
	char		*reports_dir;
	struct conf_list report_admin;		/* the global summary */
	struct conf_list report_default;	/* unassigned records */
	int		 clear_values;		/* personal data unmasked */
	size_t		 attach_max;		/* larger CSVs are not attached */

	/* smtp { } */
	char		*smtp_url;
	int		 smtp_plain;		/* allow_plain: no TLS at all */
	char		*smtp_ca_file;
	char		*smtp_username;
	char		*smtp_password_file;
	char		*smtp_from;
	char		*smtp_reply_to;
	int		 smtp_timeout;		/* seconds */

	/* webhook { } */
	char		*webhook_url;
	char		*webhook_secret_file;
	char		*webhook_ca_file;
	int		 webhook_timeout;

	/* spool { } */
	char		*spool_dir;
	int		 spool_max_age;		/* then dead-letter */
	int		 spool_retry_min;
	int		 spool_retry_max;

	/* daemon { } */
	struct sched	 full_scan;
	struct sched	 incremental_scan;
	struct sched	 report_at;		/* off: after each full scan */
	struct sched	 spool_retry;
	int		 listen;		/* LISTEN to the change trigger */
	char		*http;			/* CONF_HTTP_DEFAULT, "off" */
	char		*token_file;		/* bearer token for HTTP */
	int		 stop_timeout;		/* SIGTERM: wait for the scan */
	int		 standby_poll;		/* standby: try to lead */

	/* retention { }: what the daemon prunes after each full scan */
	int		 keep_runs;		/* days; runs nothing refers to */
	int		 keep_findings;		/* days; resolved findings */
	int		 keep_duplicates;	/* full runs whose pairs stay */
	int		 keep_reports;		/* days; reports/RUN/ */

	struct ruleset	*rules;
};

/*
 * Load a configuration.  Returns NULL if it has any error; either way
 * *docp receives the parsed document with its diagnostics (free it with
 * cfg_doc_free).
 */
struct conf	*conf_load(const char *, struct cfg_doc **);
/* The same for a document already parsed (tests, fuzzing). */
struct conf	*conf_from_doc(struct cfg_doc *, const char *);
void		 conf_free(struct conf *);
/*
 * Load path anew.  Returns the new configuration (the caller frees old
 * when nothing uses it any more; a scan holds its own reference to the
 * old rules), or old itself, untouched, with *cause set to the first error
 * as file:line:column when the new one is invalid.
 */
struct conf	*conf_reload(struct conf *, const char *, char **);
const char	*conf_mode_name(enum run_mode);
const char	*conf_erase_name(enum erase_method);

/*
 * The database password from password_file or password_env, if either is
 * configured.  Returns 0 with *pw set (NULL if none configured; caller
 * frees), or -1 with *cause set.  A password file must be a regular file
 * owned by the current user and not readable by group or others.
 */
int		 conf_password(const struct conf *, char **, char **);
/* Other secret files: secret_read() in lib/secret.h. */

#endif
