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
 * Both formats walk the same sections in render(); the tables (checks,
 * trend, samples) are built once as clean text cells and laid out by
 * text_table() or html_table().  The HTML is for mail clients, not
 * browsers: layout tables, inline styles, no scripts and no remote
 * resources (clients block them, and a compliance report must not fetch
 * anything).  The trend chart is inline SVG drawn in whole pixels with
 * integer arithmetic, so no locale turns "12.5" into "12,5" and no
 * figure can produce NaN; the trend table follows it because several
 * clients strip SVG.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "notifiers/report.h"
#include "lib/utf8.h"

#define TEXT_COLS	78

/* Chart geometry in pixels; the HTML card leaves 560 for content. */
#define CHART_W		560
#define CHART_H		220
#define CHART_L		64	/* tick labels */
#define CHART_R		8
#define CHART_T		30	/* legend */
#define CHART_B		40	/* run numbers and the axis title */
#define CHART_MAX	1000000000000000LL /* v * height fits long long */
#define CHART_LINE	"#1d4ed8"
#define CHART_BAR	"#f5b942"

#define STR(s)		((s) != NULL ? (s) : "")
#define CMD_SEP		"\001"	/* between a command's options */

/* Inline styles: mail clients drop <style> blocks and classes. */
#define H_P	"<p style=\"margin:0 0 8px 0;\">"
#define H_TABLE	"<table width=\"100%\" cellpadding=\"0\" " \
		"cellspacing=\"0\" border=\"0\" style=\"" \
		"border-collapse:collapse;font-size:13px;line-height:18px;\">\n"
#define H_CODE	"<div style=\"margin:0 0 12px 0;padding:6px 8px;" \
		"background-color:#f3f4f6;" \
		"font-family:Consolas,Menlo,monospace;font-size:12px;" \
		"line-height:16px;word-break:break-word;\">"

enum esc { ESC_TEXT, ESC_HTML };

/* A formatted number, returned by value so it can sit in an argument list. */
struct num {
	char	 s[32];
};

struct table {
	char		**cells;	/* clean text, row 0 the headings */
	const int	 *right;	/* per column: figures, align right */
	const int	 *pct;		/* HTML column widths in %, or NULL */
	size_t		  ncols;
	size_t		  nrows;	/* headings included */
	int		  badge;	/* column of severities, or -1 */
};

static void
put_valid(struct buf *b, const char *s, size_t len, enum esc e)
{
	static const char *const	 ent[128] = { ['&'] = "&amp;",
		['<'] = "&lt;", ['>'] = "&gt;", ['"'] = "&quot;",
		['\''] = "&#39;" };
	unsigned char			 c;
	size_t				 i;

	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c < 0x20 || c == 0x7f)
			buf_addc(b, ' ');
		else if (e == ESC_HTML && c < 128 && ent[c] != NULL)
			buf_adds(b, ent[c]);
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

/*
 * Command i of "See more" into c; returns what it shows, or NULL when
 * there is nothing to show.  Options are joined by CMD_SEP, where the
 * text may break the line; put() makes it a space like any control.
 */
static const char *
command(const struct report *r, int i, struct buf *c)
{
	if (i == 1 && r->nchecks == 0)
		return NULL;
	buf_adds(c, i == 2 ? "steward report" : "steward findings");
	if (*STR(r->config_path) != '\0') {
		buf_adds(c, CMD_SEP "-c ");
		shquote(c, r->config_path);
	}
	buf_printf(c, CMD_SEP "--run %lld", r->run);
	if (i == 0) {
		buf_adds(c, CMD_SEP "--format csv");
		return "All findings of this run, as CSV:";
	}
	if (i == 1) {
		buf_adds(c, CMD_SEP "--check ");
		shquote(c, r->checks[0].name);
		return "The findings of the largest check:";
	}
	buf_adds(c, CMD_SEP "--jurisdiction ");
	shquote(c, r->jurisdiction);
	buf_adds(c, CMD_SEP "--format html");
	return "This report as HTML:";
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
	/* A run judged as at a future instant is a what-if: say so first. */
	s = xasprintf("%s%.10s%s%s%s, run %lld: %s open finding%s (%s new, "
	    "%s resolved)", r->what_if ? "[What-if as of " : "",
	    r->what_if ? STR(r->as_of) : "", r->what_if ? "] " : "", lead,
	    name, r->run, num(open).s, plural(open), num(r->findings_new).s,
	    num(r->findings_resolved).s);
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
	t->pct = NULL;
	t->ncols = ncols;
	t->nrows = nrows + 1;
	t->badge = -1;
	for (j = 0; j < ncols; j++)
		t->cells[j] = xstrdup(heads[j]);
	return t->cells + ncols;
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
	static const int		 pct[] = { 33, 14, 9, 11, 13, 20 };
	static const char *const	 heads[] = { "Check", "Severity",
					    "New", "Still open", "Resolved",
					    "Action" };
	const struct report_check	*c;
	char				**cell;
	size_t				 i;

	cell = table_init(t, right, heads, 6, r->nchecks);
	t->pct = pct;
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

/* Samples go in a table in HTML only; the text has no room for one. */
static void
table_samples(const struct report_check *c, size_t n, struct table *t)
{
	static const int		 right[] = { 0, 0, 0, 0 };
	static const int		 pct[] = { 15, 15, 25, 45 };
	static const char *const	 heads[] = { "Key", "Field", "Value",
					    "Detail" };
	const struct report_sample	*s;
	char				**cell;
	size_t				 i;

	cell = table_init(t, right, heads, 4, n);
	t->pct = pct;
	for (i = 0; i < n; i++) {
		s = &c->samples[i];
		*cell++ = clean(s->key);
		*cell++ = clean(*STR(s->field) != '\0' ? s->field : "(record)");
		*cell++ = clean(s->value);
		*cell++ = clean(s->detail);
	}
}

/* ---- text/plain ------------------------------------------------------ */

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

/* A command, continued with " \" before an option that would not fit. */
static void
text_command(struct buf *b, const char *cmd)
{
	const char	*p = cmd;
	size_t		 n, col = 2;

	buf_adds(b, "  ");
	for (;;) {
		n = strcspn(p, CMD_SEP);
		if (p != cmd && col + 1 + width(p, n) + 2 > TEXT_COLS) {
			buf_adds(b, " \\\n    ");
			col = 4;
		} else if (p != cmd) {
			buf_addc(b, ' ');
			col++;
		}
		buf_add(b, p, n);
		col += width(p, n);
		if (p[n] == '\0')
			break;
		p += n + 1;
	}
	buf_addc(b, '\n');
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
		for (j = 0; i == 0 && j < t->ncols; j++) {
			repeat(b, ' ', j > 0 ? 2 : 0);
			repeat(b, '-', w[j]);
		}
		if (i == 0)
			buf_addc(b, '\n');
	}
}

static void
text_samples(const struct report_check *c, size_t n, struct buf *b)
{
	const struct report_sample	*s;
	struct buf			 line;
	size_t				 i;

	buf_init(&line);
	buf_printf(&line, "%s (%s): %s new, %s still open", STR(c->name),
	    *STR(c->severity) != '\0' ? c->severity : "-", num(c->new_).s,
	    num(c->open).s);
	buf_addc(b, '\n');
	text_para(b, "", 2, line.data);
	for (i = 0; i < n; i++) {
		s = &c->samples[i];
		buf_reset(&line);
		buf_printf(&line, "key %s, ", STR(s->key));
		if (*STR(s->field) == '\0')
			buf_adds(&line, "the whole record");
		else
			buf_printf(&line, "field %s: %s", s->field,
			    *STR(s->value) != '\0' ? s->value : "(empty)");
		text_para(b, "  - ", 4, line.data);
		if (*STR(s->detail) != '\0')
			text_para(b, "    ", 4, s->detail);
	}
	buf_free(&line);
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
	    "white-space:nowrap;font-weight:bold;background-color:%s;"
	    "color:%s;\">", bg, fg);
	put(b, sev, ESC_HTML);
	buf_adds(b, "</span>");
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
			buf_printf(b, "<%s", i == 0 ? "th" : "td");
			if (i == 0 && t->pct != NULL)
				buf_printf(b, " width=\"%d%%\"", t->pct[j]);
			buf_printf(b, " style=\"padding:6px 8px;"
			    "vertical-align:top;text-align:%s;%s\">",
			    t->right[j] ? "right" : "left", i == 0 ?
			    "border-bottom:2px solid #cccccc;"
			    "background-color:#f3f4f6;" : t->right[j] ?
			    "border-bottom:1px solid #e5e5e5;"
			    "white-space:nowrap;" :
			    "border-bottom:1px solid #e5e5e5;"
			    "word-break:break-word;");
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

/* Tick steps are 1, 2 or 5 times a power of ten. */
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

static long long
chart_clamp(long long v)
{
	return v < 0 ? 0 : v > CHART_MAX ? CHART_MAX : v;
}

/*
 * Open findings as a line over new findings as bars, a slot per run.
 * Only called with ntrend > 0; the top of the scale is at least 4.
 * The line and its dots are collected apart and drawn over the bars.
 */
static void
html_chart(const struct report *r, struct buf *b)
{
	const struct report_point	*p;
	struct buf			 line, dots;
	long long			 pw, ph, base, n;
	long long			 max = 0, step, x, y, h, bw, k;
	size_t				 i;
	char				 d[11];

	pw = CHART_W - CHART_L - CHART_R;
	ph = CHART_H - CHART_T - CHART_B;
	base = CHART_T + ph;
	n = (long long)r->ntrend;

	for (i = 0; i < r->ntrend; i++) {
		if (chart_clamp(r->trend[i].open) > max)
			max = chart_clamp(r->trend[i].open);
		if (chart_clamp(r->trend[i].new_) > max)
			max = chart_clamp(r->trend[i].new_);
	}
	step = chart_step(max);
	bw = pw / (2 * n) > 24 ? 24 : pw / (2 * n);
	buf_printf(b, "<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
	    "role=\"img\" aria-label=\"Open and new findings per run\" "
	    "style=\"display:block;margin:0 0 12px 0;"
	    "font-family:Arial,Helvetica,sans-serif;\">\n"
	    "<title>Open and new findings per run</title>\n",
	    CHART_W, CHART_H, CHART_W, CHART_H);
	for (k = 0; k <= 4; k++) {
		y = base - ph * k / 4;
		buf_printf(b, "<line x1=\"%d\" y1=\"%lld\" x2=\"%d\" "
		    "y2=\"%lld\" stroke=\"%s\" stroke-width=\"1\"/>\n"
		    "<text x=\"%d\" y=\"%lld\" font-size=\"11\" "
		    "fill=\"#555555\" text-anchor=\"end\">%s</text>\n",
		    CHART_L, y, CHART_W - CHART_R, y,
		    k == 0 ? "#888888" : "#e5e5e5", CHART_L - 6, y + 4,
		    num(step * k).s);
	}
	buf_init(&line);
	buf_init(&dots);
	for (i = 0; i < r->ntrend; i++) {
		p = &r->trend[i];
		point_date(p, d);
		x = CHART_L + (2 * (long long)i + 1) * pw / (2 * n);
		h = chart_clamp(p->new_) * ph / (4 * step);
		y = base - chart_clamp(p->open) * ph / (4 * step);
		buf_printf(b, "<rect x=\"%lld\" y=\"%lld\" width=\"%lld\" "
		    "height=\"%lld\" fill=\"" CHART_BAR "\"><title>run %lld, ",
		    x - bw / 2, base - h, bw, h, p->run);
		put(b, d, ESC_HTML);
		buf_printf(b, ": %s new</title></rect>\n<text x=\"%lld\" "
		    "y=\"%lld\" font-size=\"11\" fill=\"#555555\" "
		    "text-anchor=\"middle\">%lld</text>\n", num(p->new_).s, x,
		    base + 16, p->run);
		buf_printf(&line, "%s%lld,%lld", i > 0 ? " " : "", x, y);
		/* Dots too: a line through one point draws nothing. */
		buf_printf(&dots, "<circle cx=\"%lld\" cy=\"%lld\" r=\"4\" "
		    "fill=\"" CHART_LINE "\"><title>run %lld, ", x, y, p->run);
		put(&dots, d, ESC_HTML);
		buf_printf(&dots, ": %s open</title></circle>\n",
		    num(p->open).s);
	}
	buf_printf(b, "<polyline fill=\"none\" stroke=\"" CHART_LINE "\" "
	    "stroke-width=\"2\" points=\"%s\"/>\n%s", line.data, dots.data);
	buf_free(&line);
	buf_free(&dots);
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

/* The document up to the heading, centred in a 600 pixel card. */
static void
html_open(const struct report *r, struct buf *b)
{
	char	*subject = report_subject(r);

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
}

/* ---- both ------------------------------------------------------------ */

static void
heading(struct buf *b, enum esc e, const char *s)
{
	if (e == ESC_HTML) {
		buf_printf(b, "<h2 style=\"margin:28px 0 8px 0;font-size:17px;"
		    "line-height:22px;color:#111111;\">%s</h2>\n", s);
		return;
	}
	buf_printf(b, "\n%s\n", s);
	repeat(b, '-', strlen(s));
	buf_addc(b, '\n');
}

static void
para(struct buf *b, enum esc e, const char *s)
{
	if (e == ESC_TEXT) {
		text_para(b, "", 0, s);
		return;
	}
	buf_adds(b, H_P);
	put(b, s, ESC_HTML);
	buf_adds(b, "</p>\n");
}

/* Lay out t and free it. */
static void
table_out(struct buf *b, enum esc e, struct table *t)
{
	size_t	 i;

	if (e == ESC_TEXT)
		text_table(b, t);
	else
		html_table(b, t);
	for (i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i]);
	free(t->cells);
}

static void
field(struct buf *b, enum esc e, const char *label, const char *value)
{
	char	 lead[32];

	if (e == ESC_TEXT) {
		snprintf(lead, sizeof lead, "%s:%*s", label,
		    (int)(14 - strlen(label)), "");
		text_para(b, lead, 15, value);
		return;
	}
	buf_printf(b, "<tr><td style=\"padding:2px 16px 2px 0;color:#555555;"
	    "white-space:nowrap;vertical-align:top;\">%s</td>"
	    "<td style=\"padding:2px 0;\">", label);
	put(b, value, ESC_HTML);
	buf_adds(b, "</td></tr>\n");
}

static void
figure(struct buf *b, enum esc e, const char *label, long long n)
{
	if (e == ESC_TEXT) {
		buf_printf(b, "%s:%*s\n", label, (int)(32 - strlen(label)),
		    num(n).s);
		return;
	}
	buf_printf(b, "<td width=\"25%%\" style=\"padding:10px 4px;"
	    "border:1px solid #e5e5e5;text-align:center;\">"
	    "<div style=\"font-size:22px;line-height:28px;font-weight:bold;\">"
	    "%s</div><div style=\"font-size:12px;line-height:16px;"
	    "color:#555555;\">%s</div></td>\n", num(n).s, label);
}

/*
 * The trend as bars of table cells with background colours, which every
 * mail client draws (Gmail and Outlook drop inline SVG).
 */
static void
html_table_chart(const struct report *r, struct buf *b)
{
	const struct report_point	*p;
	long long			 max = 1, w;
	size_t				 i;
	char				 d[11];

	for (i = 0; i < r->ntrend; i++)
		if (chart_clamp(r->trend[i].open) > max)
			max = chart_clamp(r->trend[i].open);
	buf_adds(b, "<table role=\"presentation\" width=\"100%\" "
	    "cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
	    "style=\"border-collapse:collapse;"
	    "margin:0 0 12px 0;font-size:12px;line-height:16px;\">\n");
	for (i = 0; i < r->ntrend; i++) {
		p = &r->trend[i];
		point_date(p, d);
		w = chart_clamp(p->open) * 100 / max;
		buf_printf(b, "<tr><td style=\"width:110px;padding:2px 6px 2px "
		    "0;white-space:nowrap;color:#555555;\">run %lld, ", p->run);
		put(b, d, ESC_HTML);
		buf_adds(b, "</td><td style=\"padding:2px 0;\"><table "
		    "role=\"presentation\" width=\"100%\" cellpadding=\"0\" "
		    "cellspacing=\"0\" border=\"0\"><tr>");
		if (w > 0)
			buf_printf(b, "<td width=\"%lld%%\" bgcolor=\"" CHART_LINE
			    "\" style=\"background-color:" CHART_LINE ";height:"
			    "12px;font-size:0;line-height:0;\">&nbsp;</td>", w);
		if (w < 100)
			buf_printf(b, "<td width=\"%lld%%\" style=\"font-size:0;"
			    "line-height:0;\">&nbsp;</td>", 100 - w);
		buf_printf(b, "</tr></table></td><td style=\"width:70px;"
		    "padding:2px 0 2px 6px;text-align:right;\">%s open</td>"
		    "</tr>\n", num(p->open).s);
	}
	buf_adds(b, "</table>\n");
}

/* Findings per country or per source, the largest first. */
static void
group(struct buf *b, enum esc e, const char *what,
    const struct report_group *g, size_t n)
{
	static const int		 right[] = { 0, 1, 1 };
	static const int		 pct[] = { 50, 25, 25 };
	const char			*heads[] = { what, "Open findings",
					    "Records" };
	struct table			 t;
	char				**cell;
	size_t				 i;
	struct buf			 s;

	buf_init(&s);
	buf_printf(&s, "Open findings by %s:", what);
	para(b, e, s.data);
	buf_free(&s);
	if (n == 0) {
		para(b, e, "Not mapped, or no open findings.");
		return;
	}
	cell = table_init(&t, right, heads, 3, n);
	t.pct = pct;
	for (i = 0; i < n; i++) {
		*cell++ = clean(g[i].name);
		*cell++ = cell_num(g[i].findings);
		*cell++ = cell_num(g[i].records);
	}
	table_out(b, e, &t);
}

/* The sections, in the same order and words for both formats. */
static void
render(const struct report *r, struct buf *b, enum esc e)
{
	const struct report_point	*p;
	const char			*what;
	struct buf			 s;
	struct table			 t;
	size_t				 i, n, shown = 0;
	int				 enforce;

	enforce = strcmp(STR(r->mode), "enforce") == 0;
	buf_init(&s);
	if (strcmp(STR(r->jurisdiction), REPORT_ALL) == 0)
		buf_adds(&s, "Steward summary: all jurisdictions");
	else if (strcmp(STR(r->jurisdiction), REPORT_UNASSIGNED) == 0)
		buf_adds(&s, "Steward report: unassigned records");
	else {
		buf_adds(&s, "Steward report: ");
		put(&s, r->jurisdiction, e);
	}
	buf_printf(&s, ", run %lld", r->run);
	if (e == ESC_HTML) {
		html_open(r, b);
		buf_printf(b, "%s</h1>\n", s.data);
	} else {
		buf_printf(b, "%s\n", s.data);
		repeat(b, '=', width(s.data, s.len) < TEXT_COLS ?
		    width(s.data, s.len) : TEXT_COLS);
		buf_addc(b, '\n');
	}
	if (*STR(r->description) != '\0')
		para(b, e, r->description);
	buf_adds(b, e == ESC_TEXT ? "\n" : "<table role=\"presentation\" "
	    "cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\""
	    "margin-top:8px;font-size:13px;line-height:18px;\">\n");
	field(b, e, "Table", r->table);
	field(b, e, "Mode", enforce ? "enforce" :
	    "dry-run (nothing was changed)");
	field(b, e, "Started", r->started_at);
	field(b, e, "Finished", r->finished_at);
	if (*STR(r->as_of) != '\0') {
		buf_reset(&s);
		buf_printf(&s, "%s%s", r->as_of, r->what_if ? " (what-if: a "
		    "future date; these findings have not happened yet)" : "");
		field(b, e, "Judged as at", s.data);
	}
	if (e == ESC_HTML)
		buf_adds(b, "</table>\n");

	heading(b, e, "Summary");
	if (e == ESC_HTML)
		buf_adds(b, "<table role=\"presentation\" width=\"100%\" "
		    "cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\""
		    "border-collapse:collapse;margin-bottom:8px;\">\n<tr>\n");
	figure(b, e, "Records in scope", r->records);
	figure(b, e, "New findings", r->findings_new);
	figure(b, e, "Still open", r->findings_open);
	figure(b, e, "Resolved", r->findings_resolved);
	if (e == ESC_HTML)
		buf_adds(b, "</tr>\n</table>\n");
	buf_adds(b, e == ESC_TEXT ? "\n" : "");
	buf_reset(&s);
	buf_printf(&s, "%s finding%s open after this run.",
	    num(r->findings_new + r->findings_open).s,
	    plural(r->findings_new + r->findings_open));
	para(b, e, s.data);

	heading(b, e, "Actions");
	buf_reset(&s);
	if (enforce)
		buf_printf(&s, "%s record%s acted on.",
		    num(r->actions_taken).s, plural(r->actions_taken));
	else {
		buf_printf(&s, "%s record%s would be acted on in enforce mode",
		    num(r->actions_proposed).s, plural(r->actions_proposed));
		/* Too long for a line: break before the parenthesis. */
		if (e == ESC_TEXT && s.len + 32 > TEXT_COLS) {
			para(b, e, s.data);
			buf_reset(&s);
		} else
			buf_addc(&s, ' ');
		buf_adds(&s, "(dry-run: nothing was changed).");
	}
	para(b, e, s.data);

	heading(b, e, "Duplicate review queue");
	buf_reset(&s);
	if (r->review_queue < 0)
		buf_adds(&s, "Not run: no duplicates rule is in force.");
	else if (r->review_queue == 0)
		buf_adds(&s, "No duplicate clusters waiting for review.");
	else
		buf_printf(&s, "%s duplicate cluster%s waiting for review "
		    "(steward review list).", num(r->review_queue).s,
		    plural(r->review_queue));
	para(b, e, s.data);

	heading(b, e, "Findings by check");
	if (r->nchecks == 0)
		para(b, e, "No findings.");
	else {
		table_checks(r, &t);
		table_out(b, e, &t);
	}

	heading(b, e, "Legal basis and deadlines");
	for (i = 0; i < r->nchecks; i++) {
		const struct report_check *c = &r->checks[i];

		if (c->new_ + c->open == 0)
			continue;
		buf_reset(&s);
		buf_printf(&s, "%s (%s): basis %s.", c->name,
		    *STR(c->severity) != '\0' ? c->severity : "-",
		    *STR(c->basis) != '\0' ? c->basis : "not stated (a data "
		    "quality check, not a legal limit)");
		if (*STR(c->first_seen) != '\0')
			buf_printf(&s, " First seen %s, open %lld day%s.",
			    c->first_seen, c->days_open, plural(c->days_open));
		if (*STR(c->deadline) != '\0')
			buf_printf(&s, " Earliest deadline to act %s; %s "
			    "overdue.", c->deadline, num(c->overdue).s);
		para(b, e, s.data);
	}
	if (r->nchecks == 0)
		para(b, e, "No findings.");

	heading(b, e, "Where the records come from");
	group(b, e, "country", r->countries, r->ncountries);
	group(b, e, STR(r->source_field), r->sources, r->nsources);

	heading(b, e, "Trend");
	if (r->ntrend == 0)
		para(b, e, "No completed runs yet.");
	else {
		if (e == ESC_HTML) {
			html_chart(r, b);
			/* Gmail and Outlook drop inline SVG: a table chart. */
			html_table_chart(r, b);
		}
		table_trend(r, &t);
		table_out(b, e, &t);
		buf_reset(&s);
		p = &r->trend[r->ntrend - 1];
		if (r->ntrend == 1)
			buf_adds(&s, "This is the first run: the trend starts "
			    "here.");
		else
			buf_printf(&s, "Open findings went from %s (run %lld) "
			    "to %s (run %lld).", num(p[-1].open).s, p[-1].run,
			    num(p->open).s, p->run);
		buf_adds(b, e == ESC_TEXT ? "\n" : "<div style=\"height:8px;\">"
		    "</div>\n");
		para(b, e, s.data);
	}

	heading(b, e, "Top checks with sample records");
	para(b, e, r->clear_values ? "Values are shown unmasked (clear values "
	    "are on): treat this report as personal data." :
	    "Values are masked.");
	for (i = 0; i < r->nchecks; i++) {
		if ((n = r->checks[i].nsamples) > REPORT_SAMPLES)
			n = REPORT_SAMPLES;
		if (n == 0)
			continue;
		shown++;
		if (e == ESC_TEXT) {
			text_samples(&r->checks[i], n, b);
			continue;
		}
		buf_adds(b, "<h3 style=\"margin:16px 0 6px 0;font-size:14px;"
		    "line-height:20px;word-break:break-word;\">");
		put(b, r->checks[i].name, ESC_HTML);
		buf_addc(b, ' ');
		html_badge(b, *STR(r->checks[i].severity) != '\0' ?
		    r->checks[i].severity : "-");
		buf_printf(b, " <span style=\"font-weight:normal;"
		    "color:#555555;\">%s new, %s still open</span></h3>\n",
		    num(r->checks[i].new_).s, num(r->checks[i].open).s);
		table_samples(&r->checks[i], n, &t);
		table_out(b, e, &t);
	}
	if (shown == 0)
		para(b, e, "No sample records.");

	heading(b, e, "See more");
	for (i = 0; i < 3; i++) {
		buf_reset(&s);
		if ((what = command(r, (int)i, &s)) == NULL)
			continue;
		if (e == ESC_TEXT) {
			buf_printf(b, "%s\n", what);
			text_command(b, s.data);
			continue;
		}
		buf_printf(b, "<p style=\"margin:0 0 4px 0;\">%s</p>\n" H_CODE,
		    what);
		put(b, s.data, ESC_HTML);
		buf_adds(b, "</div>\n");
	}
	buf_free(&s);
	if (e == ESC_HTML)
		buf_adds(b, "</td></tr>\n</table>\n</td></tr>\n</table>\n"
		    "</body>\n</html>\n");
}

void
report_text(const struct report *r, struct buf *b)
{
	render(r, b, ESC_TEXT);
}

void
report_html(const struct report *r, struct buf *b)
{
	render(r, b, ESC_HTML);
}

/* Free what report_load (daemon/reportdb.c) filled in. */
void
report_free(struct report *rep)
{
	struct report_check	*c;
	size_t			 i, j;

	for (i = 0; i < rep->nchecks; i++) {
		c = &rep->checks[i];
		free(c->basis);
		free(c->first_seen);
		free(c->deadline);
		for (j = 0; j < c->nsamples; j++) {
			free(c->samples[j].key);
			free(c->samples[j].field);
			free(c->samples[j].value);
			free(c->samples[j].detail);
		}
		free(c->name);
		free(c->severity);
		free(c->action);
	}
	free(rep->checks);
	for (i = 0; i < rep->ncountries; i++)
		free(rep->countries[i].name);
	free(rep->countries);
	for (i = 0; i < rep->nsources; i++)
		free(rep->sources[i].name);
	free(rep->sources);
	free(rep->trend);
	free(rep->table);
	free(rep->jurisdiction);
	free(rep->description);
	free(rep->mode);
	free(rep->started_at);
	free(rep->finished_at);
	free(rep->as_of);
	free(rep->config_path);
	memset(rep, 0, sizeof *rep);
}
