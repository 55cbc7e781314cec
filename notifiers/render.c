/*
 * render.c -- one run's report as a subject line, text/plain and
 * text/html.
 *
 * Everything here works from a filled struct report and nothing else, so
 * a past run renders as it did.  Every string in the report comes from
 * the customer table or the configuration: the text and the subject get
 * control bytes replaced (a CR/LF in a name must not start a new mail
 * header) and the HTML escapes everything, SVG text included.  Invalid
 * UTF-8 becomes U+FFFD so the mail is always valid UTF-8.
 *
 * The HTML is for mail clients, not browsers: layout tables, inline
 * styles, no scripts and no remote resources (clients block them, and a
 * compliance report must not fetch anything).  The trend chart is inline
 * SVG drawn in whole pixels with integer arithmetic, so no locale turns
 * "12.5" into "12,5" and no figure can produce NaN; the same figures
 * follow as a table because several clients strip SVG.
 *
 * The two tables (checks, trend) are built once as clean text cells and
 * laid out by text_table() or html_table().
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "notifiers/report.h"
#include "validators/utf8.h"

#define TEXT_COLS	78

/* Chart geometry in pixels; the HTML card leaves 560 for content. */
#define CHART_W		560
#define CHART_H		220
#define CHART_L		52	/* tick labels */
#define CHART_R		8
#define CHART_T		30	/* legend */
#define CHART_B		40	/* run numbers and the axis title */
#define CHART_MAX	1000000000000000LL /* v * height fits long long */
#define CHART_LINE	"#1d4ed8"
#define CHART_BAR	"#f5b942"

#define STR(s)		((s) != NULL ? (s) : "")

/* Inline styles: mail clients drop <style> blocks and classes. */
#define H_H2	"<h2 style=\"margin:28px 0 8px 0;font-size:17px;" \
		"line-height:22px;color:#111111;\">"
#define H_P	"<p style=\"margin:0 0 8px 0;\">"
#define H_CELL	"padding:6px 8px;vertical-align:top;"
#define H_TABLE	"<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" " \
		"border=\"0\" style=\"border-collapse:collapse;font-size:13px;" \
		"line-height:18px;\">\n"
#define H_CODE	"<div style=\"margin:0 0 12px 0;padding:6px 8px;" \
		"background-color:#f3f4f6;font-family:Consolas,Menlo,monospace;" \
		"font-size:12px;line-height:16px;word-break:break-all;\">"

enum esc { ESC_TEXT, ESC_HTML };

/* A formatted number, returned by value so it can sit in an argument list. */
struct num {
	char	 s[32];
};

struct table {
	char		**cells;	/* clean text, row 0 the headings */
	const int	 *right;	/* per column: figures, right-aligned */
	size_t		  ncols;
	size_t		  nrows;	/* headings included */
	int		  badge;	/* column of severities, or -1 */
};

/* One entry of "See more": what it shows and the command. */
struct more {
	const char	*what;
	char		*cmd;
};

static void
put_valid(struct buf *b, const char *s, size_t len, enum esc e)
{
	unsigned char	 c;
	size_t		 i;

	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c < 0x20 || c == 0x7f)
			buf_addc(b, ' ');
		else if (e == ESC_HTML && c == '&')
			buf_adds(b, "&amp;");
		else if (e == ESC_HTML && c == '<')
			buf_adds(b, "&lt;");
		else if (e == ESC_HTML && c == '>')
			buf_adds(b, "&gt;");
		else if (e == ESC_HTML && c == '"')
			buf_adds(b, "&quot;");
		else if (e == ESC_HTML && c == '\'')
			buf_adds(b, "&#39;");
		else
			buf_addc(b, (char)c);
	}
}

/* Append s cleaned (and escaped) for e; NULL appends nothing. */
static void
put(struct buf *b, const char *s, enum esc e)
{
	size_t	 len, bad;

	if (s == NULL)
		return;
	len = strlen(s);
	while (val_utf8_check(s, len, &bad) != 0) {
		put_valid(b, s, bad, e);
		buf_adds(b, "\xef\xbf\xbd");
		s += bad + 1;
		len -= bad + 1;
	}
	put_valid(b, s, len, e);
}

/* s without control bytes or bad UTF-8, for text layout.  Caller frees. */
static char *
clean(const char *s)
{
	struct buf	 b;

	buf_init(&b);
	put(&b, s, ESC_TEXT);
	return b.data != NULL ? b.data : xstrdup("");
}

/* Columns of valid UTF-8: code points, wide characters counted as one. */
static size_t
width(const char *s, size_t len)
{
	size_t	 i, w = 0;

	for (i = 0; i < len; i++)
		w += ((unsigned char)s[i] & 0xc0) != 0x80;
	return w;
}

static void
repeat(struct buf *b, char c, size_t n)
{
	while (n-- > 0)
		buf_addc(b, c);
}

/* n with thousands separators: 120,345. */
static struct num
num(long long n)
{
	struct num		 out;
	char			 digits[24];
	unsigned long long	 u;
	int			 nd, i, j = 0;

	u = n < 0 ? 0ULL - (unsigned long long)n : (unsigned long long)n;
	nd = snprintf(digits, sizeof digits, "%llu", u);
	if (n < 0)
		out.s[j++] = '-';
	for (i = 0; i < nd; i++) {
		if (i > 0 && (nd - i) % 3 == 0)
			out.s[j++] = ',';
		out.s[j++] = digits[i];
	}
	out.s[j] = '\0';
	return out;
}

static const char *
plural(long long n)
{
	return n == 1 ? "" : "s";
}

static int
enforcing(const struct report *r)
{
	return strcmp(STR(r->mode), "enforce") == 0;
}

/* A point's date; the field is fixed-size and may lack its NUL. */
static void
point_date(const struct report_point *p, char out[11])
{
	const char	*nul = memchr(p->date, '\0', sizeof p->date);
	size_t		 n = nul != NULL ? (size_t)(nul - p->date) : 10;

	memcpy(out, p->date, n);
	out[n] = '\0';
}

/* Append s quoted for sh when it needs it: people paste these. */
static void
shquote(struct buf *b, const char *s)
{
	char		*c = clean(s);
	const char	*p;

	if (*c != '\0' && strspn(c, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./:@%+=,-") == strlen(c)) {
		buf_adds(b, c);
		free(c);
		return;
	}
	buf_addc(b, '\'');
	for (p = c; *p != '\0'; p++) {
		if (*p == '\'')
			buf_adds(b, "'\\''");
		else
			buf_addc(b, *p);
	}
	buf_addc(b, '\'');
	free(c);
}

/* The commands under "See more"; returns how many, each cmd to free. */
static size_t
more_list(const struct report *r, struct more m[3])
{
	struct buf	 c;
	size_t		 n = 0, i;

	for (i = 0; i < 3; i++) {
		if (i == 1 && r->nchecks == 0)
			continue;
		buf_init(&c);
		buf_adds(&c, i == 2 ? "steward report" : "steward findings");
		if (*STR(r->config_path) != '\0') {
			buf_adds(&c, " -c ");
			shquote(&c, r->config_path);
		}
		buf_printf(&c, " --run %lld", r->run);
		if (i == 0) {
			m[n].what = "All findings of this run, as CSV:";
			buf_adds(&c, " --format csv");
		} else if (i == 1) {
			m[n].what = "The findings of the largest check:";
			buf_adds(&c, " --check ");
			shquote(&c, r->checks[0].name);
		} else {
			m[n].what = "This report as HTML:";
			buf_adds(&c, " --jurisdiction ");
			shquote(&c, r->jurisdiction);
			buf_adds(&c, " --format html");
		}
		m[n++].cmd = c.data;
	}
	return n;
}

/* The first size_t rows of the header block; values may be NULL. */
static size_t
header_fields(const struct report *r, const char *kv[5][2])
{
	size_t	 n = 0;

	kv[n][0] = "Table";
	kv[n++][1] = r->table;
	kv[n][0] = "Mode";
	kv[n++][1] = enforcing(r) ? "enforce" : "dry-run (nothing was changed)";
	kv[n][0] = "Started";
	kv[n++][1] = r->started_at;
	kv[n][0] = "Finished";
	kv[n++][1] = r->finished_at;
	if (*STR(r->as_of) != '\0') {
		kv[n][0] = "Judged as at";
		kv[n++][1] = r->as_of;
	}
	return n;
}

/* "Steward report: EU, run 12" and its variants, for headings. */
static void
say_title(const struct report *r, struct buf *b, enum esc e)
{
	if (strcmp(STR(r->jurisdiction), REPORT_ALL) == 0)
		buf_adds(b, "Steward summary: all jurisdictions");
	else if (strcmp(STR(r->jurisdiction), REPORT_UNASSIGNED) == 0)
		buf_adds(b, "Steward report: unassigned records");
	else {
		buf_adds(b, "Steward report: ");
		put(b, r->jurisdiction, e);
	}
	buf_printf(b, ", run %lld", r->run);
}

/* The sentences both formats share; none contains report strings. */
static void
say_actions(const struct report *r, struct buf *b)
{
	if (enforcing(r))
		buf_printf(b, "%s record%s acted on.",
		    num(r->actions_taken).s, plural(r->actions_taken));
	else
		buf_printf(b, "%s record%s would be acted on in enforce mode "
		    "(dry-run: nothing was changed).",
		    num(r->actions_proposed).s, plural(r->actions_proposed));
}

static void
say_queue(const struct report *r, struct buf *b)
{
	long long	 n = r->review_queue;

	if (n < 0)
		buf_adds(b, "Not run: this version has no duplicate detection.");
	else if (n == 0)
		buf_adds(b, "No duplicate pairs waiting for review.");
	else
		buf_printf(b, "%s duplicate pair%s waiting for review.",
		    num(n).s, plural(n));
}

static void
say_trend(const struct report *r, struct buf *b)
{
	const struct report_point	*p = &r->trend[r->ntrend - 1];

	if (r->ntrend == 1)
		buf_adds(b, "This is the first run: the trend starts here.");
	else
		buf_printf(b, "Open findings went from %s (run %lld) to %s "
		    "(run %lld).", num(p[-1].open).s, p[-1].run,
		    num(p->open).s, p->run);
}

static const char *
say_masked(const struct report *r)
{
	return r->clear_values ? "Values are shown unmasked (clear values "
	    "are on): treat this report as personal data." :
	    "Values are masked.";
}

char *
report_subject(const struct report *r)
{
	char		*name, *s;
	const char	*lead = "Steward report ";
	long long	 open = r->findings_new + r->findings_open;

	if (strcmp(STR(r->jurisdiction), REPORT_ALL) == 0) {
		lead = "Steward summary";
		name = xstrdup("");
	} else if (strcmp(STR(r->jurisdiction), REPORT_UNASSIGNED) == 0)
		name = xstrdup("unassigned records");
	else
		name = clean(r->jurisdiction);
	s = xasprintf("%s%s, run %lld: %s open finding%s (%s new, %s resolved)",
	    lead, name, r->run, num(open).s, plural(open),
	    num(r->findings_new).s, num(r->findings_resolved).s);
	free(name);
	return s;
}

/* ---- the tables ------------------------------------------------------ */

static char **
table_init(struct table *t, const int *right, const char *const *heads,
    size_t ncols, size_t nrows)
{
	size_t	 j;

	t->cells = xreallocarray(NULL, nrows + 1, ncols * sizeof *t->cells);
	t->right = right;
	t->ncols = ncols;
	t->nrows = nrows + 1;
	t->badge = -1;
	for (j = 0; j < ncols; j++)
		t->cells[j] = xstrdup(heads[j]);
	return t->cells + ncols;
}

static void
table_free(struct table *t)
{
	size_t	 i;

	for (i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i]);
	free(t->cells);
}

static char *
cell_num(long long n)
{
	return xstrdup(num(n).s);
}

static void
table_checks(const struct report *r, struct table *t)
{
	static const int		 right[] = { 0, 0, 1, 1, 1, 0 };
	static const char *const	 heads[] = { "Check", "Severity", "New",
					    "Still open", "Resolved", "Action" };
	const struct report_check	*c;
	char				**cell;
	size_t				 i;

	cell = table_init(t, right, heads, 6, r->nchecks);
	t->badge = 1;
	for (i = 0; i < r->nchecks; i++) {
		c = &r->checks[i];
		*cell++ = clean(c->name);
		*cell++ = clean(*STR(c->severity) != '\0' ? c->severity : "-");
		*cell++ = cell_num(c->new_);
		*cell++ = cell_num(c->open);
		*cell++ = cell_num(c->resolved);
		*cell++ = clean(*STR(c->action) != '\0' ? c->action : "-");
	}
}

static void
table_trend(const struct report *r, struct table *t)
{
	static const int		 right[] = { 1, 0, 1, 1, 1, 1 };
	static const char *const	 heads[] = { "Run", "Date", "Records",
					    "Open", "New", "Resolved" };
	const struct report_point	*p;
	char				**cell, d[11];
	size_t				 i;

	cell = table_init(t, right, heads, 6, r->ntrend);
	for (i = 0; i < r->ntrend; i++) {
		p = &r->trend[i];
		point_date(p, d);
		*cell++ = xasprintf("%lld", p->run);
		*cell++ = clean(d);
		*cell++ = cell_num(p->records);
		*cell++ = cell_num(p->open);
		*cell++ = cell_num(p->new_);
		*cell++ = cell_num(p->resolved);
	}
}

/* ---- text/plain ------------------------------------------------------ */

static void
text_heading(struct buf *b, const char *s)
{
	buf_printf(b, "\n%s\n", s);
	repeat(b, '-', strlen(s));
	buf_addc(b, '\n');
}

/* Append s word-wrapped: the first line after lead, the rest indented. */
static void
text_para(struct buf *b, const char *lead, size_t indent, const char *s)
{
	char	*c = clean(s), *p;
	size_t	 col, n, w;
	int	 empty = 1;

	buf_adds(b, lead);
	col = width(lead, strlen(lead));
	for (p = c; *p != '\0'; p += n) {
		if ((n = strcspn(p, " ")) == 0) {
			n = 1;
			continue;
		}
		w = width(p, n);
		if (!empty && col + 1 + w > TEXT_COLS) {
			buf_addc(b, '\n');
			repeat(b, ' ', indent);
			col = indent;
			empty = 1;
		}
		if (!empty) {
			buf_addc(b, ' ');
			col++;
		}
		buf_add(b, p, n);
		col += w;
		empty = 0;
	}
	buf_addc(b, '\n');
	free(c);
}

/*
 * When the table is wider than a line the first column gives way: a
 * longer name gets a line of its own and its figures follow below.
 */
static void
text_table(struct buf *b, const struct table *t)
{
	size_t		 w[8], total = 0, cw, i, j;
	const char	*cell;

	for (j = 0; j < t->ncols; j++) {
		w[j] = 0;
		for (i = 0; i < t->nrows; i++) {
			cell = t->cells[i * t->ncols + j];
			if ((cw = width(cell, strlen(cell))) > w[j])
				w[j] = cw;
		}
		total += w[j] + (j > 0 ? 2 : 0);
	}
	if (total > TEXT_COLS) {
		cw = width(t->cells[0], strlen(t->cells[0]));
		total -= w[0];
		w[0] = total + cw < TEXT_COLS ? TEXT_COLS - total : cw;
	}
	for (i = 0; i < t->nrows; i++) {
		for (j = 0; j < t->ncols; j++) {
			cell = t->cells[i * t->ncols + j];
			cw = width(cell, strlen(cell));
			repeat(b, ' ', j > 0 ? 2 : 0);
			if (j == 0 && cw > w[0]) {
				buf_printf(b, "%s\n", cell);
				repeat(b, ' ', w[0]);
				continue;
			}
			repeat(b, ' ', t->right[j] ? w[j] - cw : 0);
			buf_adds(b, cell);
			if (!t->right[j] && j + 1 < t->ncols)
				repeat(b, ' ', w[j] - cw);
		}
		buf_addc(b, '\n');
		if (i != 0)
			continue;
		for (j = 0; j < t->ncols; j++) {
			repeat(b, ' ', j > 0 ? 2 : 0);
			repeat(b, '-', w[j]);
		}
		buf_addc(b, '\n');
	}
}

static void
text_samples(const struct report *r, struct buf *b)
{
	const struct report_check	*c;
	const struct report_sample	*s;
	struct buf			 line;
	size_t				 i, j, n, shown = 0;

	text_heading(b, "Top checks with sample records");
	buf_printf(b, "%s\n", say_masked(r));
	buf_init(&line);
	for (i = 0; i < r->nchecks; i++) {
		c = &r->checks[i];
		if ((n = c->nsamples) > REPORT_SAMPLES)
			n = REPORT_SAMPLES;
		if (n == 0)
			continue;
		buf_reset(&line);
		buf_printf(&line, "%s (%s): %s new, %s still open",
		    STR(c->name), *STR(c->severity) ? c->severity : "-",
		    num(c->new_).s, num(c->open).s);
		buf_addc(b, '\n');
		text_para(b, "", 2, line.data);
		for (j = 0; j < n; j++) {
			s = &c->samples[j];
			buf_reset(&line);
			buf_printf(&line, "key %s, ", STR(s->key));
			if (*STR(s->field) == '\0')
				buf_adds(&line, "the whole record");
			else
				buf_printf(&line, "field %s: %s", s->field,
				    *STR(s->value) ? s->value : "(empty)");
			text_para(b, "  - ", 4, line.data);
			if (*STR(s->detail) != '\0')
				text_para(b, "    ", 4, s->detail);
		}
		shown++;
	}
	buf_free(&line);
	if (shown == 0)
		buf_adds(b, "No sample records.\n");
}

void
report_text(const struct report *r, struct buf *b)
{
	struct buf	 t;
	struct table	 tab;
	struct more	 m[3];
	const char	*kv[5][2];
	char		 lead[32];
	size_t		 i, n;

	buf_init(&t);
	say_title(r, &t, ESC_TEXT);
	buf_printf(b, "%s\n", t.data);
	repeat(b, '=', width(t.data, t.len) < TEXT_COLS ?
	    width(t.data, t.len) : TEXT_COLS);
	buf_addc(b, '\n');
	if (*STR(r->description) != '\0')
		text_para(b, "", 0, r->description);
	buf_addc(b, '\n');
	n = header_fields(r, kv);
	for (i = 0; i < n; i++) {
		snprintf(lead, sizeof lead, "%s:%*s", kv[i][0],
		    (int)(14 - strlen(kv[i][0])), "");
		text_para(b, lead, 15, kv[i][1]);
	}

	text_heading(b, "Summary");
	buf_printf(b, "%-24s%12s\n", "Records in scope:", num(r->records).s);
	buf_printf(b, "%-24s%12s  first seen in this run\n", "New findings:",
	    num(r->findings_new).s);
	buf_printf(b, "%-24s%12s  seen before, still there\n", "Still open:",
	    num(r->findings_open).s);
	buf_printf(b, "%-24s%12s  gone in this run\n", "Resolved:",
	    num(r->findings_resolved).s);
	buf_printf(b, "%-24s%12s\n", "Open after this run:",
	    num(r->findings_new + r->findings_open).s);

	text_heading(b, "Actions");
	buf_reset(&t);
	say_actions(r, &t);
	text_para(b, "", 0, t.data);

	text_heading(b, "Duplicate review queue");
	buf_reset(&t);
	say_queue(r, &t);
	text_para(b, "", 0, t.data);

	text_heading(b, "Findings by check");
	if (r->nchecks == 0)
		buf_adds(b, "No findings.\n");
	else {
		table_checks(r, &tab);
		text_table(b, &tab);
		table_free(&tab);
	}

	buf_reset(&t);
	buf_printf(&t, "Trend (last %zu run%s)", r->ntrend,
	    r->ntrend == 1 ? "" : "s");
	text_heading(b, t.data);
	if (r->ntrend == 0)
		buf_adds(b, "No completed runs yet.\n");
	else {
		table_trend(r, &tab);
		text_table(b, &tab);
		table_free(&tab);
		buf_reset(&t);
		say_trend(r, &t);
		buf_addc(b, '\n');
		text_para(b, "", 0, t.data);
	}
	buf_free(&t);

	text_samples(r, b);

	text_heading(b, "See more");
	n = more_list(r, m);
	for (i = 0; i < n; i++) {
		buf_printf(b, "%s\n  %s\n", m[i].what, m[i].cmd);
		free(m[i].cmd);
	}
}

/* ---- text/html ------------------------------------------------------- */

static void
html_badge(struct buf *b, const char *sev)
{
	const char	*bg = "#6b7280", *fg = "#ffffff";

	if (strcmp(sev, "critical") == 0 || strcmp(sev, "error") == 0)
		bg = "#b91c1c";
	else if (strcmp(sev, "warning") == 0) {
		bg = "#f59e0b";
		fg = "#111111";
	}
	buf_printf(b, "<span style=\"display:inline-block;padding:1px 6px;"
	    "border-radius:3px;font-size:12px;line-height:16px;"
	    "font-weight:bold;background-color:%s;color:%s;\">", bg, fg);
	put(b, sev, ESC_HTML);
	buf_adds(b, "</span>");
}

static void
html_para(struct buf *b, const char *s)
{
	buf_adds(b, H_P);
	put(b, s, ESC_HTML);
	buf_adds(b, "</p>\n");
}

static void
html_table(struct buf *b, const struct table *t)
{
	const char	*cell;
	size_t		 i, j;

	buf_adds(b, H_TABLE);
	for (i = 0; i < t->nrows; i++) {
		buf_adds(b, "<tr>");
		for (j = 0; j < t->ncols; j++) {
			cell = t->cells[i * t->ncols + j];
			buf_printf(b, "<%s style=\"" H_CELL "text-align:%s;%s\">",
			    i == 0 ? "th" : "td", t->right[j] ? "right" : "left",
			    i == 0 ? "border-bottom:2px solid #cccccc;"
			    "background-color:#f3f4f6;" : t->right[j] ?
			    "border-bottom:1px solid #e5e5e5;white-space:nowrap;" :
			    "border-bottom:1px solid #e5e5e5;word-break:break-word;");
			if (i > 0 && (int)j == t->badge)
				html_badge(b, cell);
			else
				put(b, cell, ESC_HTML);
			buf_adds(b, i == 0 ? "</th>" : "</td>");
		}
		buf_adds(b, "</tr>\n");
	}
	buf_adds(b, "</table>\n");
}

/* Tick steps are 1, 2 or 5 times a power of ten, so labels read "20k". */
static long long
chart_step(long long max)
{
	long long	 need = max / 4 + (max % 4 != 0), mag;

	for (mag = 1; mag <= CHART_MAX; mag *= 10) {
		if (mag >= need)
			return mag;
		if (2 * mag >= need)
			return 2 * mag;
		if (5 * mag >= need)
			return 5 * mag;
	}
	return need;
}

static struct num
chart_tick(long long v)
{
	struct num	 out;

	if (v >= 1000000 && v % 1000000 == 0)
		snprintf(out.s, sizeof out.s, "%lldM", v / 1000000);
	else if (v >= 1000 && v % 1000 == 0)
		snprintf(out.s, sizeof out.s, "%lldk", v / 1000);
	else
		out = num(v);
	return out;
}

static long long
chart_clamp(long long v)
{
	return v < 0 ? 0 : v > CHART_MAX ? CHART_MAX : v;
}

/*
 * Open findings as a line over new findings as bars, a slot per run.
 * Only called with ntrend > 0; the top of the scale is at least 4.
 */
static void
html_chart(const struct report *r, struct buf *b)
{
	const long long			 pw = CHART_W - CHART_L - CHART_R;
	const long long			 ph = CHART_H - CHART_T - CHART_B;
	const long long			 base = CHART_T + ph;
	const long long			 n = (long long)r->ntrend;
	const struct report_point	*p;
	long long			 max = 0, step, top, x, y, h, bw, k;
	size_t				 i;
	char				 d[11];

	for (i = 0; i < r->ntrend; i++) {
		if (chart_clamp(r->trend[i].open) > max)
			max = chart_clamp(r->trend[i].open);
		if (chart_clamp(r->trend[i].new_) > max)
			max = chart_clamp(r->trend[i].new_);
	}
	step = chart_step(max);
	top = 4 * step;
	bw = pw / (2 * n) > 24 ? 24 : pw / (2 * n);
	buf_printf(b, "<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
	    "role=\"img\" aria-label=\"Open and new findings per run\" "
	    "style=\"display:block;font-family:Arial,Helvetica,sans-serif;\">\n"
	    "<title>Open and new findings per run</title>\n",
	    CHART_W, CHART_H, CHART_W, CHART_H);
	for (k = 0; k <= 4; k++) {
		y = base - ph * k / 4;
		buf_printf(b, "<line x1=\"%d\" y1=\"%lld\" x2=\"%d\" "
		    "y2=\"%lld\" stroke=\"%s\" stroke-width=\"1\"/>\n"
		    "<text x=\"%d\" y=\"%lld\" font-size=\"11\" fill=\"#555555\" "
		    "text-anchor=\"end\">%s</text>\n", CHART_L, y,
		    CHART_W - CHART_R, y, k == 0 ? "#888888" : "#e5e5e5",
		    CHART_L - 6, y + 4, chart_tick(step * k).s);
	}
	for (i = 0; i < r->ntrend; i++) {
		p = &r->trend[i];
		point_date(p, d);
		x = CHART_L + (2 * (long long)i + 1) * pw / (2 * n);
		h = chart_clamp(p->new_) * ph / top;
		buf_printf(b, "<rect x=\"%lld\" y=\"%lld\" width=\"%lld\" "
		    "height=\"%lld\" fill=\"" CHART_BAR "\"><title>run %lld, ",
		    x - bw / 2, base - h, bw, h, p->run);
		put(b, d, ESC_HTML);
		buf_printf(b, ": %s new</title></rect>\n"
		    "<text x=\"%lld\" y=\"%lld\" font-size=\"11\" "
		    "fill=\"#555555\" text-anchor=\"middle\">%lld</text>\n",
		    num(p->new_).s, x, base + 16, p->run);
	}
	buf_adds(b, "<polyline fill=\"none\" stroke=\"" CHART_LINE
	    "\" stroke-width=\"2\" points=\"");
	for (i = 0; i < r->ntrend; i++) {
		x = CHART_L + (2 * (long long)i + 1) * pw / (2 * n);
		y = base - chart_clamp(r->trend[i].open) * ph / top;
		buf_printf(b, "%s%lld,%lld", i > 0 ? " " : "", x, y);
	}
	buf_adds(b, "\"/>\n");
	/* Dots too: a line through one point draws nothing. */
	for (i = 0; i < r->ntrend; i++) {
		p = &r->trend[i];
		point_date(p, d);
		x = CHART_L + (2 * (long long)i + 1) * pw / (2 * n);
		y = base - chart_clamp(p->open) * ph / top;
		buf_printf(b, "<circle cx=\"%lld\" cy=\"%lld\" r=\"4\" "
		    "fill=\"" CHART_LINE "\"><title>run %lld, ", x, y, p->run);
		put(b, d, ESC_HTML);
		buf_printf(b, ": %s open</title></circle>\n", num(p->open).s);
	}
	buf_printf(b, "<text x=\"%lld\" y=\"%d\" font-size=\"11\" "
	    "fill=\"#555555\" text-anchor=\"middle\">run</text>\n"
	    "<rect x=\"%d\" y=\"10\" width=\"14\" height=\"3\" fill=\""
	    CHART_LINE "\"/>\n<text x=\"%d\" y=\"16\" font-size=\"12\" "
	    "fill=\"#222222\">open findings</text>\n"
	    "<rect x=\"%d\" y=\"6\" width=\"10\" height=\"10\" fill=\""
	    CHART_BAR "\"/>\n<text x=\"%d\" y=\"16\" font-size=\"12\" "
	    "fill=\"#222222\">new findings</text>\n</svg>\n",
	    CHART_L + pw / 2, CHART_H - 6, CHART_L, CHART_L + 20,
	    CHART_L + 130, CHART_L + 146);
}

static void
html_samples(const struct report *r, struct buf *b)
{
	static const int		 right[] = { 0, 0, 0, 0 };
	static const char *const	 heads[] = { "Key", "Field", "Value",
					    "Detail" };
	const struct report_check	*c;
	const struct report_sample	*s;
	struct table			 t;
	char				**cell;
	size_t				 i, j, n, shown = 0;

	buf_adds(b, H_H2 "Top checks with sample records</h2>\n");
	html_para(b, say_masked(r));
	for (i = 0; i < r->nchecks; i++) {
		c = &r->checks[i];
		if ((n = c->nsamples) > REPORT_SAMPLES)
			n = REPORT_SAMPLES;
		if (n == 0)
			continue;
		buf_adds(b, "<h3 style=\"margin:16px 0 6px 0;font-size:14px;"
		    "line-height:20px;word-break:break-word;\">");
		put(b, c->name, ESC_HTML);
		buf_addc(b, ' ');
		html_badge(b, *STR(c->severity) != '\0' ? c->severity : "-");
		buf_printf(b, " <span style=\"font-weight:normal;"
		    "color:#555555;\">%s new, %s still open</span></h3>\n",
		    num(c->new_).s, num(c->open).s);
		cell = table_init(&t, right, heads, 4, n);
		for (j = 0; j < n; j++) {
			s = &c->samples[j];
			*cell++ = clean(s->key);
			*cell++ = clean(*STR(s->field) ? s->field : "(record)");
			*cell++ = clean(s->value);
			*cell++ = clean(s->detail);
		}
		html_table(b, &t);
		table_free(&t);
		shown++;
	}
	if (shown == 0)
		html_para(b, "No sample records.");
}

static void
html_tile(struct buf *b, long long n, const char *label)
{
	buf_printf(b, "<td width=\"25%%\" style=\"padding:10px 4px;"
	    "border:1px solid #e5e5e5;text-align:center;\">"
	    "<div style=\"font-size:22px;line-height:28px;font-weight:bold;\">"
	    "%s</div><div style=\"font-size:12px;line-height:16px;"
	    "color:#555555;\">%s</div></td>\n", num(n).s, label);
}

void
report_html(const struct report *r, struct buf *b)
{
	struct buf	 t;
	struct table	 tab;
	struct more	 m[3];
	const char	*kv[5][2];
	char		*subject = report_subject(r);
	long long	 open = r->findings_new + r->findings_open;
	size_t		 i, n;

	buf_adds(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
	    "content=\"width=device-width, initial-scale=1\">\n<title>");
	put(b, subject, ESC_HTML);
	free(subject);
	buf_adds(b, "</title>\n</head>\n"
	    "<body style=\"margin:0;padding:0;background-color:#f3f4f6;\">\n"
	    "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" "
	    "cellspacing=\"0\" border=\"0\" style=\"background-color:#f3f4f6;"
	    "\">\n<tr><td align=\"center\" style=\"padding:16px 8px;\">\n"
	    "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" "
	    "cellspacing=\"0\" border=\"0\" style=\"width:600px;"
	    "max-width:100%;background-color:#ffffff;border:1px solid "
	    "#dddddd;\">\n<tr><td style=\"padding:20px;font-family:Arial,"
	    "Helvetica,sans-serif;font-size:14px;line-height:20px;"
	    "color:#222222;text-align:left;\">\n"
	    "<h1 style=\"margin:0 0 4px 0;font-size:22px;line-height:28px;"
	    "color:#111111;\">");
	say_title(r, b, ESC_HTML);
	buf_adds(b, "</h1>\n");
	if (*STR(r->description) != '\0')
		html_para(b, r->description);
	buf_adds(b, "<table role=\"presentation\" cellpadding=\"0\" "
	    "cellspacing=\"0\" border=\"0\" style=\"margin-top:8px;"
	    "font-size:13px;line-height:18px;\">\n");
	n = header_fields(r, kv);
	for (i = 0; i < n; i++) {
		buf_printf(b, "<tr><td style=\"padding:2px 16px 2px 0;"
		    "color:#555555;white-space:nowrap;vertical-align:top;\">"
		    "%s</td><td style=\"padding:2px 0;\">", kv[i][0]);
		put(b, kv[i][1], ESC_HTML);
		buf_adds(b, "</td></tr>\n");
	}
	buf_adds(b, "</table>\n");

	buf_adds(b, H_H2 "Summary</h2>\n<table role=\"presentation\" "
	    "width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
	    "style=\"border-collapse:collapse;\">\n<tr>\n");
	html_tile(b, r->records, "records in scope");
	html_tile(b, r->findings_new, "new findings");
	html_tile(b, r->findings_open, "still open");
	html_tile(b, r->findings_resolved, "resolved");
	buf_printf(b, "</tr>\n</table>\n<p style=\"margin:8px 0 0 0;\">"
	    "%s finding%s open after this run.</p>\n", num(open).s,
	    plural(open));

	buf_init(&t);
	buf_adds(b, H_H2 "Actions</h2>\n");
	say_actions(r, &t);
	html_para(b, t.data);
	buf_adds(b, H_H2 "Duplicate review queue</h2>\n");
	buf_reset(&t);
	say_queue(r, &t);
	html_para(b, t.data);

	buf_adds(b, H_H2 "Findings by check</h2>\n");
	if (r->nchecks == 0)
		html_para(b, "No findings.");
	else {
		table_checks(r, &tab);
		html_table(b, &tab);
		table_free(&tab);
	}

	buf_printf(b, H_H2 "Trend (last %zu run%s)</h2>\n", r->ntrend,
	    r->ntrend == 1 ? "" : "s");
	if (r->ntrend == 0)
		html_para(b, "No completed runs yet.");
	else {
		html_chart(r, b);
		buf_adds(b, "<div style=\"height:12px;\"></div>\n");
		table_trend(r, &tab);
		html_table(b, &tab);
		table_free(&tab);
		buf_reset(&t);
		say_trend(r, &t);
		buf_adds(b, "<div style=\"height:8px;\"></div>\n");
		html_para(b, t.data);
	}
	buf_free(&t);

	html_samples(r, b);

	buf_adds(b, H_H2 "See more</h2>\n");
	n = more_list(r, m);
	for (i = 0; i < n; i++) {
		buf_printf(b, "<p style=\"margin:0 0 4px 0;\">%s</p>\n" H_CODE,
		    m[i].what);
		put(b, m[i].cmd, ESC_HTML);
		buf_adds(b, "</div>\n");
		free(m[i].cmd);
	}
	buf_adds(b, "</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n"
	    "</html>\n");
}
