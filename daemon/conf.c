/*
 * conf.c -- give meaning to the statements of steward.conf.
 *
 * Every option is read from one table per block, so the reader, the check
 * mode and the man page agree on names and types (tests/check-options.sh
 * compares this table with doc/steward.conf.5 and contrib/steward.conf).
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "daemon/conf.h"
#include "lib/secret.h"
#include "lib/util.h"

#define DEFAULT_SCHEMA		"steward"
#define DEFAULT_MAX_VALUE	(64 * 1024)

enum opt_type {
	OPT_STRING,		/* quoted string */
	OPT_NAME,		/* bare word or string */
	OPT_BOOL,		/* yes | no */
	OPT_SECONDS,		/* duration, stored as int seconds */
	OPT_SIZE,		/* number of bytes */
	OPT_MODE,		/* dry-run | enforce */
	OPT_ADDRS,		/* list of mail addresses */
	OPT_SCHED,		/* "every 10m", "0 3 * * * Europe/Berlin" */
	OPT_COUNT,		/* a whole number from 1 to 1000000 */
	OPT_DAYS		/* duration of days to 100 years, as days */
};

struct opt {
	const char	*name;
	enum opt_type	 type;
	size_t		 offset;
};

#define O(n, t, f) { n, t, offsetof(struct conf, f) }

static const struct opt top_opts[] = {
	O("mode", OPT_MODE, mode),
	{ NULL, 0, 0 }
};

static const struct opt database_opts[] = {
	O("conninfo", OPT_STRING, conninfo),
	O("scan_conninfo", OPT_STRING, scan_conninfo),
	O("password_file", OPT_STRING, password_file),
	O("password_env", OPT_NAME, password_env),
	O("schema", OPT_NAME, schema),
	O("connect_timeout", OPT_SECONDS, connect_timeout),
	{ NULL, 0, 0 }
};

static const struct opt customers_opts[] = {
	O("table", OPT_STRING, table),
	O("key", OPT_NAME, key),
	O("max_value_size", OPT_SIZE, max_value),
	{ NULL, 0, 0 }
};

static const struct opt quarantine_opts[] = {
	O("mode", OPT_NAME, quarantine_mode),
	O("flag_column", OPT_NAME, flag_column),
	O("flag_value", OPT_STRING, flag_value),
	{ NULL, 0, 0 }
};

static const struct opt erase_opts[] = {
	O("hash_key_file", OPT_STRING, hash_key_file),
	{ NULL, 0, 0 }
};

static const struct opt scan_opts[] = {
	O("regex_jit", OPT_BOOL, regex_jit),
	O("mx_check", OPT_BOOL, mx_check),
	O("mx_servers", OPT_STRING, mx_servers),
	O("mx_rate", OPT_COUNT, mx_rate),
	O("mx_max", OPT_COUNT, mx_max),
	O("mx_ttl", OPT_SECONDS, mx_ttl),
	O("mx_timeout", OPT_SECONDS, mx_timeout),
	O("parallel", OPT_COUNT, parallel),
	{ NULL, 0, 0 }
};

static const struct opt retention_opts[] = {
	O("runs", OPT_DAYS, keep_runs),
	O("findings", OPT_DAYS, keep_findings),
	O("duplicates", OPT_COUNT, keep_duplicates),
	O("reports", OPT_DAYS, keep_reports),
	{ NULL, 0, 0 }
};

static const struct opt reports_opts[] = {
	O("directory", OPT_STRING, reports_dir),
	O("admin", OPT_ADDRS, report_admin),
	O("default_recipients", OPT_ADDRS, report_default),
	O("clear_values", OPT_BOOL, clear_values),
	O("attach_max", OPT_SIZE, attach_max),
	{ NULL, 0, 0 }
};

static const struct opt smtp_opts[] = {
	O("url", OPT_STRING, smtp_url),
	O("allow_plain", OPT_BOOL, smtp_plain),
	O("ca_file", OPT_STRING, smtp_ca_file),
	O("username", OPT_STRING, smtp_username),
	O("password_file", OPT_STRING, smtp_password_file),
	O("from", OPT_STRING, smtp_from),
	O("reply_to", OPT_STRING, smtp_reply_to),
	O("timeout", OPT_SECONDS, smtp_timeout),
	{ NULL, 0, 0 }
};

static const struct opt webhook_opts[] = {
	O("url", OPT_STRING, webhook_url),
	O("secret_file", OPT_STRING, webhook_secret_file),
	O("ca_file", OPT_STRING, webhook_ca_file),
	O("timeout", OPT_SECONDS, webhook_timeout),
	{ NULL, 0, 0 }
};

static const struct opt daemon_opts[] = {
	O("full_scan", OPT_SCHED, full_scan),
	O("incremental_scan", OPT_SCHED, incremental_scan),
	O("report", OPT_SCHED, report_at),
	O("spool_retry", OPT_SCHED, spool_retry),
	O("listen", OPT_BOOL, listen),
	O("http", OPT_STRING, http),
	O("token_file", OPT_STRING, token_file),
	O("stop_timeout", OPT_SECONDS, stop_timeout),
	O("standby_poll", OPT_SECONDS, standby_poll),
	{ NULL, 0, 0 }
};

static const struct opt spool_opts[] = {
	O("directory", OPT_STRING, spool_dir),
	O("max_age", OPT_SECONDS, spool_max_age),
	O("retry_min", OPT_SECONDS, spool_retry_min),
	O("retry_max", OPT_SECONDS, spool_retry_max),
	{ NULL, 0, 0 }
};

static const char *const erase_names[] = {
	[ERASE_KEEP] = "keep", [ERASE_NULL] = "null", [ERASE_MASK] = "mask",
	[ERASE_HASH] = "hash",
};

const char *
conf_erase_name(enum erase_method m)
{
	return erase_names[m];
}

const char *
conf_mode_name(enum run_mode m)
{
	return m == MODE_ENFORCE ? "enforce" : "dry-run";
}

/* ["a@example.com", ...]: one address each, no spaces or line breaks. */
static int
set_addrs(struct cfg_doc *doc, struct conf_list *l, const struct cfg_node *n)
{
	const struct cfg_value	*items;
	size_t			 x, nitems;
	const char		*at;

	items = n->args[0].type == CFG_LIST ? n->args[0].items : n->args;
	nitems = n->args[0].type == CFG_LIST ? n->args[0].nitems : 1;
	for (x = 0; x < nitems; x++) {
		at = items[x].type == CFG_STRING ? strchr(items[x].str, '@') :
		    NULL;
		if (at == NULL || at == items[x].str || at[1] == '\0' ||
		    strlen(items[x].str) != items[x].len ||
		    strpbrk(items[x].str, " \t\r\n<>,;") != NULL) {
			cfg_diag(doc, CFG_ERROR, &items[x].pos, "'%s' takes mail "
			    "addresses: %s [\"dpo@example.com\"]", n->name,
			    n->name);
			return -1;
		}
		l->v = xreallocarray(l->v, l->n + 1, sizeof *l->v);
		l->v[l->n++] = xstrdup(items[x].str);
	}
	return 0;
}

static int
set_opt(struct cfg_doc *doc, struct conf *cf, const struct opt *o,
    const struct cfg_node *n)
{
	const struct cfg_value	*v;
	void			*dst = (char *)cf + o->offset;
	struct cfg_pos		 pos;
	char			 err[160];
	double			 d;
	int			 col;

	if (n->nargs != 1 || n->has_block) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "'%s' takes one value",
		    n->name);
		return -1;
	}
	v = &n->args[0];
	switch (o->type) {
	case OPT_ADDRS:
		return set_addrs(doc, dst, n);
	case OPT_STRING:
	case OPT_NAME:
		if (v->type != CFG_STRING && !(o->type == OPT_NAME &&
		    v->type == CFG_WORD)) {
			cfg_diag(doc, CFG_ERROR, &v->pos, "'%s' takes a quoted "
			    "string, not a %s", n->name, cfg_type_name(v->type));
			return -1;
		}
		if (strlen(v->str) != v->len || v->len == 0) {
			cfg_diag(doc, CFG_ERROR, &v->pos, "'%s' must not be empty "
			    "or hold NUL bytes", n->name);
			return -1;
		}
		free(*(char **)dst);
		*(char **)dst = xstrdup(v->str);
		if (dst == &cf->conninfo)
			cf->conninfo_pos = v->pos;
		if (dst == &cf->scan_conninfo)
			cf->scan_conninfo_pos = v->pos;
		return 0;
	case OPT_BOOL:
		if (v->type == CFG_WORD && (strcmp(v->str, "yes") == 0 ||
		    strcmp(v->str, "on") == 0)) {
			*(int *)dst = 1;
			return 0;
		}
		if (v->type == CFG_WORD && (strcmp(v->str, "no") == 0 ||
		    strcmp(v->str, "off") == 0)) {
			*(int *)dst = 0;
			return 0;
		}
		cfg_diag(doc, CFG_ERROR, &v->pos, "'%s' is yes or no", n->name);
		return -1;
	case OPT_SCHED:
		if (v->type != CFG_STRING) {
			cfg_diag(doc, CFG_ERROR, &v->pos, "'%s' takes a quoted "
			    "schedule: \"every 1h\", \"0 3 * * * Europe/Berlin\" "
			    "or \"off\"", n->name);
			return -1;
		}
		if (sched_parse(v->str, dst, err, sizeof err, &col) != 0) {
			pos = v->pos;
			pos.col += 1 + col;	/* past the opening quote */
			cfg_diag(doc, CFG_ERROR, &pos, "%s: %s", n->name, err);
			return -1;
		}
		return 0;
	case OPT_MODE:
		if (v->type == CFG_WORD && (strcmp(v->str, "dry-run") == 0 ||
		    strcmp(v->str, "enforce") == 0)) {
			*(enum run_mode *)dst = v->str[0] == 'e' ? MODE_ENFORCE :
			    MODE_DRY_RUN;
			return 0;
		}
		cfg_diag(doc, CFG_ERROR, &v->pos, "mode is dry-run or enforce");
		return -1;
	case OPT_SECONDS:
		if (v->type != CFG_DURATION || v->unit > CFG_UNIT_WEEK ||
		    (d = cfg_duration_seconds(v)) < 1 || d > 86400 * 7) {
			cfg_diag(doc, CFG_ERROR, &v->pos, "'%s' takes a duration "
			    "between 1s and 1w, like 10s", n->name);
			return -1;
		}
		*(int *)dst = (int)d;
		return 0;
	case OPT_DAYS:
		if (v->type != CFG_DURATION || v->unit < CFG_UNIT_DAY ||
		    v->unit == CFG_UNIT_BUSINESS_DAY || v->num < 1 ||
		    v->num != (double)(int)v->num ||
		    (d = cfg_duration_seconds(v) / 86400) < 1 ||
		    d > 36525) {
			cfg_diag(doc, CFG_ERROR, &v->pos, "'%s' takes a whole "
			    "number of days, weeks, months or years up to 100 "
			    "years, like 400d or 13 months", n->name);
			return -1;
		}
		*(int *)dst = (int)(d + 0.5);
		return 0;
	case OPT_COUNT:
		if (v->type == CFG_NUMBER && v->num >= 1 && v->num <= 1e6 &&
		    (double)(int)v->num == v->num) {
			*(int *)dst = (int)v->num;
			return 0;
		}
		cfg_diag(doc, CFG_ERROR, &v->pos, "'%s' takes a whole number "
		    "from 1 to 1000000", n->name);
		return -1;
	case OPT_SIZE:
		if (v->type == CFG_NUMBER && v->num >= 1024 &&
		    v->num <= 1024 * 1024 * 1024) {
			*(size_t *)dst = (size_t)v->num;
			return 0;
		}
		cfg_diag(doc, CFG_ERROR, &v->pos, "'%s' takes a number of bytes "
		    "between 1024 and 1073741824", n->name);
		return -1;
	}
	return -1;
}

static int
read_opts(struct cfg_doc *doc, struct conf *cf, const struct opt *opts,
    const struct cfg_node *n, const char *block)
{
	const struct opt	*o;

	for (o = opts; o->name != NULL; o++)
		if (strcmp(o->name, n->name) == 0)
			return set_opt(doc, cf, o, n);
	if (block == NULL)
		return 1;	/* let the caller try */
	cfg_diag(doc, CFG_ERROR, &n->pos, "unknown option '%s' in %s { }",
	    n->name, block);
	return -1;
}

static void
read_block(struct cfg_doc *doc, struct conf *cf, const struct opt *opts,
    const struct cfg_node *n)
{
	size_t	 i;

	if (!n->has_block || n->nargs != 0) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "'%s' is a block: %s { ... }",
		    n->name, n->name);
		return;
	}
	for (i = 0; i < n->nchildren; i++)
		read_opts(doc, cf, opts, &n->children[i], n->name);
}

static void
read_map(struct cfg_doc *doc, struct conf *cf, const struct cfg_node *n)
{
	const struct cfg_node	*m;
	size_t			 i;
	int			 f;

	if (!n->has_block || n->nargs != 0) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "map is a block: map { email "
		    "\"email_address\" ... }");
		return;
	}
	for (i = 0; i < n->nchildren; i++) {
		m = &n->children[i];
		if ((f = field_lookup(m->name)) == -1) {
			cfg_diag(doc, CFG_ERROR, &m->pos, "unknown logical field "
			    "'%s' in map (fields: first_name, last_name, email, "
			    "phone, country, postal_code, birth_date, created_at, "
			    "updated_at, last_activity_at, consent_marketing, "
			    "consent_at, consent_source, opted_out_at, "
			    "residence_country, billing_country, "
			    "shipping_country, storage_region)", m->name);
			continue;
		}
		if (m->nargs != 1 || m->has_block || (m->args[0].type !=
		    CFG_STRING && m->args[0].type != CFG_WORD) ||
		    strlen(m->args[0].str) != m->args[0].len ||
		    m->args[0].len == 0) {
			cfg_diag(doc, CFG_ERROR, &m->pos, "map %s takes the "
			    "column name, e.g. %s \"%s\"", m->name, m->name,
			    m->name);
			continue;
		}
		if (cf->columns[f] != NULL) {
			cfg_diag(doc, CFG_ERROR, &m->pos, "field %s is mapped "
			    "twice", m->name);
			continue;
		}
		cf->columns[f] = xstrdup(m->args[0].str);
		cf->mapped |= 1u << f;
	}
}

/* jurisdiction_from FIELD: which country decides the jurisdiction. */
static void
read_jur_field(struct cfg_doc *doc, struct conf *cf, const struct cfg_node *n)
{
	int	 f = -1;

	if (n->nargs == 1 && n->args[0].type == CFG_WORD)
		f = field_lookup(n->args[0].str);
	if (f != FIELD_COUNTRY && f != FIELD_RESIDENCE_COUNTRY &&
	    f != FIELD_BILLING_COUNTRY && f != FIELD_SHIPPING_COUNTRY) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "jurisdiction_from is country, "
		    "residence_country, billing_country or shipping_country");
		return;
	}
	cf->jur_field = f;
	cf->jur_field_pos = n->pos;
}

/* storage_region XX: where the whole table is stored. */
static void
read_region(struct cfg_doc *doc, struct conf *cf, const struct cfg_node *n)
{
	const char	*v = n->nargs == 1 && (n->args[0].type == CFG_WORD ||
			    n->args[0].type == CFG_STRING) ? n->args[0].str : "";

	if (n->has_block || strlen(v) != 2 || v[0] < 'A' || v[0] > 'Z' ||
	    v[1] < 'A' || v[1] > 'Z') {
		cfg_diag(doc, CFG_ERROR, &n->pos, "storage_region takes the "
		    "two-letter code of the country the table is stored in: "
		    "storage_region DE");
		return;
	}
	memcpy(cf->storage_region, v, 3);
}

/* consent_kinds { implied_purchase ["checkout"] ... }: consent_source values. */
static void
read_consent_kinds(struct cfg_doc *doc, struct conf *cf,
    const struct cfg_node *n)
{
	const struct cfg_node	*k;
	const struct cfg_value	*items;
	size_t			 i, x, nitems;
	int			 kind;

	if (!n->has_block || n->nargs != 0) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "consent_kinds is a block: "
		    "consent_kinds { express [\"web_form\"] }");
		return;
	}
	for (i = 0; i < n->nchildren; i++) {
		k = &n->children[i];
		for (kind = 1; kind < CONSENT_KINDS; kind++)
			if (strcmp(k->name, jur_consent_kind_name(
			    (enum consent_kind)kind)) == 0)
				break;
		if (kind == CONSENT_KINDS || k->nargs != 1 || k->has_block) {
			cfg_diag(doc, CFG_ERROR, &k->pos, "consent_kinds: '%s' "
			    "is not KIND [\"source\", ...] (kinds: express, "
			    "implied_purchase, implied_inquiry, soft_optin, "
			    "third_party)", k->name);
			continue;
		}
		items = k->args[0].type == CFG_LIST ? k->args[0].items :
		    k->args;
		nitems = k->args[0].type == CFG_LIST ? k->args[0].nitems : 1;
		for (x = 0; x < nitems; x++) {
			if (items[x].type != CFG_STRING &&
			    items[x].type != CFG_WORD) {
				cfg_diag(doc, CFG_ERROR, &items[x].pos,
				    "consent_kinds: a consent_source value is "
				    "a string");
				continue;
			}
			cf->sources = xreallocarray(cf->sources,
			    cf->nsources + 1, sizeof *cf->sources);
			cf->sources[cf->nsources].value = xstrdup(items[x].str);
			cf->sources[cf->nsources].len = strlen(items[x].str);
			cf->sources[cf->nsources].kind = (enum consent_kind)kind;
			cf->nsources++;
		}
	}
}

/* cascade ["public.orders", ...]: referencing tables moved along. */
static void
read_cascade(struct cfg_doc *doc, struct conf *cf, const struct cfg_node *n)
{
	const struct cfg_value	*items;
	size_t			 x, nitems;

	if (n->nargs != 1 || n->has_block) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "cascade takes a list of "
		    "tables: cascade [\"public.orders\"]");
		return;
	}
	items = n->args[0].type == CFG_LIST ? n->args[0].items : n->args;
	nitems = n->args[0].type == CFG_LIST ? n->args[0].nitems : 1;
	for (x = 0; x < nitems; x++) {
		if (items[x].type != CFG_STRING || items[x].len == 0) {
			cfg_diag(doc, CFG_ERROR, &items[x].pos, "cascade: a "
			    "table is a quoted \"NAME\" or \"SCHEMA.NAME\"");
			continue;
		}
		cf->cascade = xreallocarray(cf->cascade, cf->ncascade + 1,
		    sizeof *cf->cascade);
		cf->cascade[cf->ncascade++] = xstrdup(items[x].str);
	}
}

static void
read_quarantine(struct cfg_doc *doc, struct conf *cf, const struct cfg_node *n)
{
	size_t	 i;

	if (!n->has_block || n->nargs != 0) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "quarantine is a block: "
		    "quarantine { mode move }");
		return;
	}
	for (i = 0; i < n->nchildren; i++)
		if (strcmp(n->children[i].name, "cascade") == 0)
			read_cascade(doc, cf, &n->children[i]);
		else
			read_opts(doc, cf, quarantine_opts, &n->children[i],
			    "quarantine");
	if (cf->quarantine_mode != NULL &&
	    strcmp(cf->quarantine_mode, "move") != 0 &&
	    strcmp(cf->quarantine_mode, "flag") != 0)
		cfg_diag(doc, CFG_ERROR, &n->pos, "quarantine mode is move (the "
		    "row leaves the table) or flag (a column is set)");
	else if (cf->quarantine_mode != NULL &&
	    strcmp(cf->quarantine_mode, "flag") == 0 &&
	    (cf->flag_column == NULL || cf->flag_value == NULL))
		cfg_diag(doc, CFG_ERROR, &n->pos, "quarantine mode flag needs "
		    "flag_column \"COLUMN\" and flag_value \"VALUE\"");
}

/*
 * merge { references ["public.orders(customer_id)"]; losers delete;
 * merged_column merged_into }: what merging duplicates touches.
 */
static void
read_merge(struct cfg_doc *doc, struct conf *cf, const struct cfg_node *n)
{
	const struct cfg_node	*c;
	const struct cfg_value	*items;
	const char		*open;
	size_t			 i, x, nitems, len;

	if (!n->has_block || n->nargs != 0) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "merge is a block: merge { "
		    "references [\"orders(customer_id)\"] }");
		return;
	}
	for (i = 0; i < n->nchildren; i++) {
		c = &n->children[i];
		if (strcmp(c->name, "references") == 0) {
			items = c->nargs == 1 && c->args[0].type == CFG_LIST ?
			    c->args[0].items : c->args;
			nitems = c->nargs == 1 && c->args[0].type == CFG_LIST ?
			    c->args[0].nitems : c->nargs;
			for (x = 0; x < nitems; x++) {
				len = items[x].type == CFG_STRING ?
				    strlen(items[x].str) : 0;
				open = len ? strchr(items[x].str, '(') : NULL;
				if (open == NULL || open == items[x].str ||
				    items[x].str[len - 1] != ')' ||
				    open + 2 >= items[x].str + len) {
					cfg_diag(doc, CFG_ERROR, &items[x].pos,
					    "references: each is a quoted "
					    "\"table(column)\" or "
					    "\"schema.table(column)\"");
					continue;
				}
				cf->refs = xreallocarray(cf->refs, cf->nrefs + 1,
				    sizeof *cf->refs);
				cf->refs[cf->nrefs].table = xstrndup(items[x].str,
				    (size_t)(open - items[x].str));
				cf->refs[cf->nrefs].column = xstrndup(open + 1,
				    (size_t)(items[x].str + len - 1 - open - 1));
				cf->nrefs++;
			}
		} else if (strcmp(c->name, "losers") == 0) {
			if (c->nargs != 1 || c->args[0].type != CFG_WORD ||
			    (strcmp(c->args[0].str, "delete") != 0 &&
			    strcmp(c->args[0].str, "flag") != 0))
				cfg_diag(doc, CFG_ERROR, &c->pos, "losers is delete "
				    "(the merged rows leave the table) or flag "
				    "(merged_column gets the survivor's key)");
			else
				cf->losers_flag = strcmp(c->args[0].str,
				    "flag") == 0;
		} else if (strcmp(c->name, "merged_column") == 0) {
			if (c->nargs != 1 || (c->args[0].type != CFG_WORD &&
			    c->args[0].type != CFG_STRING)) {
				cfg_diag(doc, CFG_ERROR, &c->pos, "merged_column "
				    "takes a column name");
				continue;
			}
			free(cf->merged_column);
	free(cf->mx_servers);
			cf->merged_column = xstrdup(c->args[0].str);
		} else
			cfg_diag(doc, CFG_ERROR, &c->pos, "unknown option '%s' in "
			    "merge (options: references, losers, merged_column)",
			    c->name);
	}
	if (cf->losers_flag && cf->merged_column == NULL)
		cfg_diag(doc, CFG_ERROR, &n->pos, "losers flag needs "
		    "merged_column \"COLUMN\": the column that gets the "
		    "survivor's key");
}

/* erase { email hash; phone mask; ... }: how each field is anonymized. */
static void
read_erase(struct cfg_doc *doc, struct conf *cf, const struct cfg_node *n)
{
	const struct cfg_node	*m;
	size_t			 i;
	int			 f, e;

	if (!n->has_block || n->nargs != 0) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "erase is a block: erase { "
		    "email hash; phone null }");
		return;
	}
	for (i = 0; i < n->nchildren; i++) {
		m = &n->children[i];
		if (strcmp(m->name, "hash_key_file") == 0) {
			read_opts(doc, cf, erase_opts, m, "erase");
			continue;
		}
		if ((f = field_lookup(m->name)) == -1) {
			cfg_diag(doc, CFG_ERROR, &m->pos, "erase: unknown logical "
			    "field '%s'", m->name);
			continue;
		}
		for (e = ERASE_NULL; e <= ERASE_HASH && m->nargs == 1 &&
		    m->args[0].type == CFG_WORD; e++)
			if (strcmp(m->args[0].str, erase_names[e]) == 0)
				break;
		if (m->nargs != 1 || m->args[0].type != CFG_WORD ||
		    e > ERASE_HASH) {
			cfg_diag(doc, CFG_ERROR, &m->pos, "erase %s takes null, "
			    "mask or hash", m->name);
			continue;
		}
		if (!(cf->mapped & (1u << f))) {
			cfg_diag(doc, CFG_ERROR, &m->pos, "erase %s: that field "
			    "is not mapped in customers { map }", m->name);
			continue;
		}
		cf->erase[f] = e;
	}
	for (f = 0; f < FIELD_MAX; f++)
		if (cf->erase[f] == ERASE_HASH && cf->hash_key_file == NULL) {
			cfg_diag(doc, CFG_ERROR, &n->pos, "erase: hash needs "
			    "hash_key_file \"FILE\" (a secret, so hashes "
			    "cannot be reversed by guessing values)");
			break;
		}
}

static void
read_customers(struct cfg_doc *doc, struct conf *cf, const struct cfg_node *n)
{
	size_t	 i;
	char	*dot;

	if (!n->has_block || n->nargs != 0) {
		cfg_diag(doc, CFG_ERROR, &n->pos, "customers is a block: "
		    "customers { table \"...\" key \"...\" map { ... } }");
		return;
	}
	for (i = 0; i < n->nchildren; i++) {
		if (strcmp(n->children[i].name, "map") == 0)
			read_map(doc, cf, &n->children[i]);
		else if (strcmp(n->children[i].name, "jurisdiction_from") == 0)
			read_jur_field(doc, cf, &n->children[i]);
		else if (strcmp(n->children[i].name, "storage_region") == 0)
			read_region(doc, cf, &n->children[i]);
		else if (strcmp(n->children[i].name, "consent_kinds") == 0)
			read_consent_kinds(doc, cf, &n->children[i]);
		else
			read_opts(doc, cf, customers_opts, &n->children[i],
			    "customers");
	}
	if (cf->table == NULL && !n->dropped)
		cfg_diag(doc, CFG_ERROR, &n->pos, "customers { } needs table "
		    "\"NAME\" (or \"SCHEMA.NAME\")");
	else if (cf->table != NULL && (dot = strchr(cf->table, '.')) != NULL) {
		free(cf->table_schema);
		cf->table_schema = xstrndup(cf->table, (size_t)(dot - cf->table));
		memmove(cf->table, dot + 1, strlen(dot + 1) + 1);
		if (*cf->table_schema == '\0' || *cf->table == '\0')
			cfg_diag(doc, CFG_ERROR, &n->pos, "table is NAME or "
			    "SCHEMA.NAME");
	}
	if (cf->key == NULL && !n->dropped)
		cfg_diag(doc, CFG_ERROR, &n->pos, "customers { } needs key "
		    "\"COLUMN\", the column that identifies a customer");
}

/*
 * smtp { }, webhook { } and spool { }.  Mail goes over TLS unless the
 * admin says otherwise in so many words; a webhook always does.
 */
static void
read_delivery(struct cfg_doc *doc, struct conf *cf, const struct cfg_node *n)
{
	const char	*u;

	if (n->name[1] == 'm') {
		read_block(doc, cf, smtp_opts, n);
		if ((u = cf->smtp_url) == NULL || (strncmp(u, "smtp://", 7) != 0 &&
		    strncmp(u, "smtps://", 8) != 0))
			cfg_diag(doc, CFG_ERROR, &n->pos, "smtp { } needs url "
			    "\"smtps://HOST:465\" or \"smtp://HOST:587\" "
			    "(STARTTLS)");
		else if (cf->smtp_from == NULL)
			cfg_diag(doc, CFG_ERROR, &n->pos, "smtp { } needs from "
			    "\"Steward <steward@example.com>\"");
	} else if (n->name[0] == 'w') {
		read_block(doc, cf, webhook_opts, n);
		if ((u = cf->webhook_url) == NULL || strncmp(u, "https://", 8))
			cfg_diag(doc, CFG_ERROR, &n->pos, "webhook { } needs url "
			    "\"https://...\" (plain http is not supported)");
		else if (cf->webhook_secret_file == NULL)
			cfg_diag(doc, CFG_ERROR, &n->pos, "webhook { } needs "
			    "secret_file: requests are signed with it");
	} else {
		read_block(doc, cf, spool_opts, n);
		if (cf->spool_dir == NULL)
			cfg_diag(doc, CFG_ERROR, &n->pos, "spool { } needs "
			    "directory \"/var/spool/steward\"");
		if (cf->spool_retry_min > cf->spool_retry_max)
			cfg_diag(doc, CFG_ERROR, &n->pos, "spool: retry_min is "
			    "longer than retry_max");
	}
}

/* conninfo must parse, and should not carry the password itself. */
static void
check_conninfo(struct cfg_doc *doc, const char *name, const char *ci,
    const struct cfg_pos *pos)
{
	PQconninfoOption	*opts, *o;
	char			*err = NULL;

	/* A bare word is a database name, as libpq's expand_dbname has it. */
	if (ci == NULL || (strchr(ci, '=') == NULL &&
	    strncmp(ci, "postgresql://", 13) != 0 &&
	    strncmp(ci, "postgres://", 11) != 0))
		return;
	if ((opts = PQconninfoParse(ci, &err)) == NULL) {
		if (err != NULL)
			err[strcspn(err, "\n")] = '\0';
		cfg_diag(doc, CFG_ERROR, &*pos, "%s: %s", name,
		    err != NULL ? err : "out of memory");
		PQfreemem(err);
		return;
	}
	for (o = opts; o->keyword != NULL; o++)
		if (strcmp(o->keyword, "password") == 0 && o->val != NULL)
			cfg_diag(doc, CFG_WARNING, &*pos, "%s "
			    "holds a password; prefer password_file, "
			    "password_env or PGPASSFILE", name);
	PQconninfoFree(opts);
}

/* A data_localization check needs to know where rows are stored. */
static void
check_localization(struct cfg_doc *doc, struct conf *cf)
{
	const struct ruleset	*rs = cf->rules;
	size_t			 i;

	if (cf->storage_region[0] != '\0' ||
	    (cf->mapped & (1u << FIELD_STORAGE_REGION)))
		return;
	for (i = 0; i < rs->nchecks; i++)
		if (rs->checks[i].kind == CHECK_COMPLIANCE &&
		    rs->checks[i].comp == COMP_DATA_LOCALIZATION) {
			cfg_diag(doc, CFG_WARNING, NULL, "check %s (%s): Steward "
			    "does not know where the table is stored; set "
			    "customers { storage_region XX } or map "
			    "storage_region, or every record of a jurisdiction "
			    "with storage_region [..] is a finding",
			    rs->checks[i].name, rs->checks[i].source);
			return;
		}
}

struct conf *
conf_load(const char *path, struct cfg_doc **docp)
{
	*docp = cfg_parse_file(path);
	return conf_from_doc(*docp, path);
}

/*
 * RFC 2606 and 6761 names: mail to them reaches no officer.  The packs
 * ship privacy-us@example.com and the like as placeholders for a .local.
 */
static int
placeholder_addr(const char *addr)
{
	static const char *const doms[] = { "example.com", "example.net",
	    "example.org" };
	static const char *const tlds[] = { "example", "invalid", "test",
	    "localhost" };
	const char	*d, *tld;
	size_t		 i, n, m;

	if ((d = strrchr(addr, '@')) == NULL)
		return 0;
	d++;
	n = strlen(d);
	for (i = 0; i < sizeof doms / sizeof doms[0]; i++) {
		m = strlen(doms[i]);
		if (n >= m && strcasecmp(d + n - m, doms[i]) == 0 &&
		    (n == m || d[n - m - 1] == '.'))
			return 1;
	}
	tld = strrchr(d, '.') != NULL ? strrchr(d, '.') + 1 : d;
	for (i = 0; i < sizeof tlds / sizeof tlds[0]; i++)
		if (strcasecmp(tld, tlds[i]) == 0)
			return 1;
	return 0;
}

static void
placeholder_list(struct cfg_doc *doc, const struct conf *cf,
    const struct cfg_node *n, const char *what)
{
	const struct cfg_value	*v;
	size_t			 i, nv;
	int			 refuse;

	/* Mail goes out in enforce mode: refuse; else say so. */
	refuse = cf->mode == MODE_ENFORCE && cf->smtp_url != NULL;
	v = n->nargs == 1 && n->args[0].type == CFG_LIST ? n->args[0].items :
	    n->args;
	nv = n->nargs == 1 && n->args[0].type == CFG_LIST ?
	    n->args[0].nitems : n->nargs;
	for (i = 0; i < nv; i++)
		if (v[i].type == CFG_STRING && placeholder_addr(v[i].str))
			cfg_diag(doc, refuse ? CFG_ERROR : CFG_WARNING,
			    &v[i].pos, "%s '%s' is a placeholder (a reserved "
			    "example domain): its reports reach no one; name "
			    "the real recipient%s", what, v[i].str, refuse ?
			    "; refused, since enforce mode mails reports" :
			    ", as enforce mode with smtp requires");
}

/*
 * Recipients at example.com and the like: the officers that apply (the
 * last officers of each jurisdiction, as a .local overrides a pack) and
 * the reports' admin and default recipients.
 */
static void
check_placeholders(struct cfg_doc *doc, const struct conf *cf)
{
	const struct cfg_node	 *n, *k, **last = NULL;
	const char		**names = NULL;
	size_t			  i, j, x, nlast = 0;

	for (i = 0; i < doc->root.nchildren; i++) {
		n = &doc->root.children[i];
		for (j = 0; j < n->nchildren; j++) {
			k = &n->children[j];
			if (strcmp(n->name, "reports") == 0 &&
			    (strcmp(k->name, "admin") == 0 ||
			    strcmp(k->name, "default_recipients") == 0))
				placeholder_list(doc, cf, k, k->name);
			if (strcmp(n->name, "jurisdiction") != 0 ||
			    n->nargs < 1 || n->args[0].str == NULL ||
			    strcmp(k->name, "officers") != 0)
				continue;
			for (x = 0; x < nlast; x++)
				if (strcmp(names[x], n->args[0].str) == 0)
					break;
			if (x == nlast) {
				last = xreallocarray(last, nlast + 1,
				    sizeof *last);
				names = xreallocarray(names, nlast + 1,
				    sizeof *names);
				names[nlast++] = n->args[0].str;
			}
			last[x] = k;
		}
	}
	for (x = 0; x < nlast; x++)
		placeholder_list(doc, cf, last[x], "officer");
	free(last);
	free(names);
}

struct conf *
conf_from_doc(struct cfg_doc *doc, const char *path)
{
	struct conf		*cf = xcalloc(1, sizeof *cf);
	const struct cfg_node	*n;
	size_t			 i;
	int			 seen_db = 0, seen_cust = 0;

	cf->path = xstrdup(path);
	cf->mode = MODE_DRY_RUN;
	cf->max_value = DEFAULT_MAX_VALUE;
	cf->regex_jit = 1;
	cf->connect_timeout = 10;
	cf->jur_field = FIELD_COUNTRY;
	cf->attach_max = 10 * 1024 * 1024;
	cf->smtp_timeout = 60;
	cf->webhook_timeout = 10;
	cf->spool_max_age = 3 * 86400;
	cf->spool_retry_min = 60;
	cf->spool_retry_max = 3600;
	cf->full_scan.kind = SCHED_EVERY;
	cf->full_scan.every = 86400;
	cf->incremental_scan.kind = SCHED_OFF;
	cf->report_at.kind = SCHED_OFF;
	cf->spool_retry.kind = SCHED_EVERY;
	cf->spool_retry.every = 60;
	cf->stop_timeout = 30;
	cf->mx_rate = 20;
	cf->mx_max = 2000;
	cf->mx_ttl = 86400 * 7;
	cf->mx_timeout = 3;
	cf->parallel = 1;
	cf->standby_poll = 5;
	cf->keep_runs = 400;
	cf->keep_findings = 400;
	cf->keep_duplicates = 2;
	cf->keep_reports = 90;

	for (i = 0; i < doc->root.nchildren; i++) {
		n = &doc->root.children[i];
		if (strcmp(n->name, "database") == 0) {
			if (seen_db++)
				cfg_diag(doc, CFG_ERROR, &n->pos, "database { } "
				    "is given twice");
			read_block(doc, cf, database_opts, n);
		} else if (strcmp(n->name, "customers") == 0) {
			if (seen_cust++)
				cfg_diag(doc, CFG_ERROR, &n->pos, "customers { } "
				    "is given twice");
			read_customers(doc, cf, n);
		} else if (strcmp(n->name, "scan") == 0)
			read_block(doc, cf, scan_opts, n);
		else if (strcmp(n->name, "quarantine") == 0)
			read_quarantine(doc, cf, n);
		else if (strcmp(n->name, "merge") == 0)
			read_merge(doc, cf, n);
		else if (strcmp(n->name, "erase") == 0)
			continue;	/* below, once the map is known */
		else if (strcmp(n->name, "reports") == 0)
			read_block(doc, cf, reports_opts, n);
		else if (strcmp(n->name, "daemon") == 0)
			read_block(doc, cf, daemon_opts, n);
		else if (strcmp(n->name, "retention") == 0)
			read_block(doc, cf, retention_opts, n);
		else if (strcmp(n->name, "smtp") == 0 ||
		    strcmp(n->name, "webhook") == 0 ||
		    strcmp(n->name, "spool") == 0)
			read_delivery(doc, cf, n);
		else if (strcmp(n->name, "check") == 0 ||
		    strcmp(n->name, "jurisdiction") == 0 ||
		    strcmp(n->name, "duplicates") == 0)
			continue;	/* rule_compile() below */
		else if (read_opts(doc, cf, top_opts, n, NULL) == 1)
			cfg_diag(doc, CFG_ERROR, &n->pos, "unknown statement "
			    "'%s' (expected mode, database, customers, "
			    "quarantine, merge, erase, scan, reports, smtp, "
			    "webhook, "
			    "spool, daemon, retention, check, "
			    "jurisdiction, duplicates or include)", n->name);
	}
	for (i = 0; i < doc->root.nchildren; i++)
		if (strcmp(doc->root.children[i].name, "erase") == 0)
			read_erase(doc, cf, &doc->root.children[i]);
	if (!seen_db && doc->nerrors == 0)
		cfg_diag(doc, CFG_ERROR, NULL, "no database { } block: Steward "
		    "needs conninfo \"...\" to reach the customer database");
	if (!seen_cust && doc->nerrors == 0)
		cfg_diag(doc, CFG_ERROR, NULL, "no customers { } block: Steward "
		    "needs the table, its key and the field map");
	if ((cf->smtp_url != NULL || cf->webhook_url != NULL) &&
	    cf->spool_dir == NULL && doc->nerrors == 0)
		cfg_diag(doc, CFG_ERROR, NULL, "smtp { } and webhook { } deliver "
		    "through the spool: add spool { directory \"...\" }");
	if (doc->ndiags > 0 && doc->diags[doc->ndiags - 1].pos.file == NULL)
		doc->diags[doc->ndiags - 1].pos.file = doc->files[0];
	check_conninfo(doc, "conninfo", cf->conninfo, &cf->conninfo_pos);
	check_conninfo(doc, "scan_conninfo", cf->scan_conninfo,
	    &cf->scan_conninfo_pos);
	if (cf->parallel > SCAN_PARALLEL_MAX)
		cfg_diag(doc, CFG_ERROR, NULL, "scan: parallel %d is more "
		    "than %d connections", cf->parallel, SCAN_PARALLEL_MAX);
	if (cf->schema == NULL)
		cf->schema = xstrdup(DEFAULT_SCHEMA);
	if (cf->jur_field != FIELD_COUNTRY && !(cf->mapped &
	    (1u << cf->jur_field)))
		cfg_diag(doc, CFG_ERROR, &cf->jur_field_pos, "jurisdiction_from "
		    "%s: that field is not mapped in customers.map",
		    field_name((enum field)cf->jur_field));
	cf->rules = rule_compile(doc, &doc->root, cf->mapped, cf->max_value,
	    cf->regex_jit);
	if (cf->rules != NULL) {
		cf->rules->jur_field = cf->jur_field;
		/* The compliance tests' view of the store. */
		cf->rules->comp.sources = cf->sources;
		cf->rules->comp.nsources = cf->nsources;
		cf->sources = NULL;
		cf->nsources = 0;
		memcpy(cf->rules->comp.storage, cf->storage_region, 3);
		check_localization(doc, cf);
		check_placeholders(doc, cf);
		/* The scan must read the field that assigns jurisdictions. */
		if (cf->mapped & (1u << cf->jur_field))
			cf->rules->fields |= 1u << cf->jur_field;
	}
	if (doc->nerrors > 0) {
		conf_free(cf);
		return NULL;
	}
	return cf;
}

struct conf *
conf_reload(struct conf *old, const char *path, char **cause)
{
	struct cfg_doc		*doc;
	struct conf		*cf;
	const struct cfg_diag	*d = NULL;
	size_t			 i;

	*cause = NULL;
	if ((cf = conf_load(path, &doc)) != NULL) {
		cfg_doc_free(doc);
		return cf;
	}
	for (i = 0; i < doc->ndiags && d == NULL; i++)
		if (doc->diags[i].level == CFG_ERROR)
			d = &doc->diags[i];
	if (d != NULL && d->pos.file != NULL && d->pos.line > 0)
		*cause = xasprintf("reload of %s failed: %s:%d:%d: %s (%d error%s "
		    "in all); keeping the rules in force", path, d->pos.file,
		    d->pos.line, d->pos.col, d->msg, doc->nerrors,
		    doc->nerrors == 1 ? "" : "s");
	else
		*cause = xasprintf("reload of %s failed: %s (%d error%s in all); "
		    "keeping the rules in force", path, d != NULL ? d->msg : "?",
		    doc->nerrors, doc->nerrors == 1 ? "" : "s");
	cfg_doc_free(doc);
	return old;
}

static void
list_free(struct conf_list *l)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
}

void
conf_free(struct conf *cf)
{
	int	 i;

	if (cf == NULL)
		return;
	free(cf->path);
	free(cf->conninfo);
	free(cf->scan_conninfo);
	free(cf->password_file);
	free(cf->password_env);
	free(cf->schema);
	free(cf->table_schema);
	free(cf->table);
	free(cf->key);
	for (i = 0; i < FIELD_MAX; i++)
		free(cf->columns[i]);
	free(cf->reports_dir);
	list_free(&cf->report_admin);
	list_free(&cf->report_default);
	free(cf->smtp_url);
	free(cf->smtp_ca_file);
	free(cf->smtp_username);
	free(cf->smtp_password_file);
	free(cf->smtp_from);
	free(cf->smtp_reply_to);
	free(cf->webhook_url);
	free(cf->webhook_secret_file);
	free(cf->webhook_ca_file);
	free(cf->spool_dir);
	free(cf->http);
	free(cf->token_file);
	free(cf->quarantine_mode);
	free(cf->flag_column);
	free(cf->flag_value);
	for (i = 0; i < (int)cf->ncascade; i++)
		free(cf->cascade[i]);
	free(cf->cascade);
	for (i = 0; i < (int)cf->nrefs; i++) {
		free(cf->refs[i].table);
		free(cf->refs[i].column);
	}
	free(cf->refs);
	free(cf->merged_column);
	free(cf->hash_key_file);
	for (i = 0; i < (int)cf->nsources; i++)
		free(cf->sources[i].value);
	free(cf->sources);
	rule_unref(cf->rules);
	free(cf);
}

int
conf_password(const struct conf *cf, char **pw, char **cause)
{
	const char	*env;

	*pw = NULL;
	if (cf->password_env != NULL) {
		if ((env = getenv(cf->password_env)) == NULL) {
			*cause = xasprintf("password_env: the environment "
			    "variable %s is not set", cf->password_env);
			return -1;
		}
		if (*env == '\0') {
			*cause = xasprintf("password_env: the environment "
			    "variable %s is empty", cf->password_env);
			return -1;
		}
		*pw = xstrdup(env);
		return 0;
	}
	if (cf->password_file == NULL)
		return 0;
	return secret_read(cf->password_file, "password_file", pw, cause);
}
