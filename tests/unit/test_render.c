/*
 * test_render.c -- the report's subject, text/plain and text/html
 * (notifiers/render.c), from reports built by hand: layout limits,
 * escaping of hostile strings, the chart's arithmetic on empty and
 * degenerate trends, and the wording that differs by mode.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "lib/util.h"
#include "notifiers/report.h"
#include "lib/utf8.h"

#define S(s)	((char *)(s))	/* the report's strings are not const */

/* A whole report and the arrays it points into. */
struct fixture {
	struct report		 r;
	struct report_check	 checks[3];
	struct report_point	 trend[REPORT_TREND];
};

static void
point(struct report_point *p, long long run, const char *date,
    long long records, long long open, long long new_, long long resolved)
{
	memset(p, 0, sizeof *p);
	p->run = run;
	snprintf(p->date, sizeof p->date, "%s", date);
	p->records = records;
	p->open = open;
	p->new_ = new_;
	p->resolved = resolved;
}

/* A typical report: short names, three checks, three runs of trend. */
static void
typical(struct fixture *f)
{
	struct report_check	*c;

	memset(f, 0, sizeof *f);
	f->r.run = 12;
	f->r.table = S("public.customers");
	f->r.jurisdiction = S("EU");
	f->r.description = S("Customers in the European Union, handled "
	    "under the GDPR by the data protection office in Berlin and "
	    "reviewed every quarter");
	f->r.mode = S("enforce");
	f->r.started_at = S("2026-11-23 02:00:00 UTC");
	f->r.finished_at = S("2026-11-23 02:03:12 UTC");
	f->r.as_of = S("");
	f->r.config_path = S("/etc/steward/steward.conf");
	f->r.records = 120345;
	f->r.findings_new = 57;
	f->r.findings_open = 374;
	f->r.findings_resolved = 12;
	f->r.actions_taken = 9;
	f->r.actions_proposed = 0;
	f->r.review_queue = 3;

	c = &f->checks[0];
	c->name = S("consent.expired");
	c->severity = S("critical");
	c->action = S("quarantine");
	c->new_ = 40;
	c->open = 300;
	c->resolved = 10;
	c->samples[0].key = S("10042");
	c->samples[0].field = S("email");
	c->samples[0].value = S("j***@example.com");
	c->samples[0].detail = S("consent given 2019-03-01 expired after four "
	    "years; the record has had no activity since 2021 and nobody "
	    "renewed it, so the retention rule applies");
	c->samples[1].key = S("10043");
	c->samples[1].field = S("");
	c->samples[1].value = S("");
	c->samples[1].detail = S("no consent recorded");
	c->nsamples = 2;
	c = &f->checks[1];
	c->name = S("name.digits");
	c->severity = S("warning");
	c->action = S("");
	c->new_ = 17;
	c->open = 74;
	c->resolved = 2;
	c->samples[0].key = S("20077");
	c->samples[0].field = S("last_name");
	c->samples[0].value = S("M***");
	c->samples[0].detail = S("M\xc3\xbcller-L\xc3\xbc" "denscheidt 2 has "
	    "a digit in it, which no last name in the register should have, "
	    "\xc3\xa4\xc3\xb6\xc3\xbc\xc3\x9f \xc3\xa4\xc3\xb6\xc3\xbc\xc3\x9f "
	    "\xc3\xa4\xc3\xb6\xc3\xbc\xc3\x9f "
	    "\xc3\xa4\xc3\xb6\xc3\xbc\xc3\x9f");
	c->nsamples = 1;
	c = &f->checks[2];
	c->name = S("phone.format");
	c->severity = S("info");
	c->action = S("");
	f->r.checks = f->checks;
	f->r.nchecks = 3;

	point(&f->trend[0], 10, "2026-11-21", 119000, 390, 30, 5);
	point(&f->trend[1], 11, "2026-11-22", 120001, 386, 20, 24);
	point(&f->trend[2], 12, "2026-11-23", 120345, 431, 57, 12);
	f->r.trend = f->trend;
	f->r.ntrend = 3;
}

static char *
text_of(const struct report *r)
{
	struct buf	 b;

	buf_init(&b);
	report_text(r, &b);
	assert_non_null(b.data);
	return b.data;
}

static char *
html_of(const struct report *r)
{
	struct buf	 b;

	buf_init(&b);
	report_html(r, &b);
	assert_non_null(b.data);
	return b.data;
}

static void
has(const char *hay, const char *needle)
{
	if (strstr(hay, needle) == NULL)
		fail_msg("'%s' missing from:\n%s", needle, hay);
}

static void
lacks(const char *hay, const char *needle)
{
	const char	*p;

	if ((p = strstr(hay, needle)) != NULL)
		fail_msg("'%s' found at: %.80s", needle, p);
}

static size_t
count(const char *hay, const char *needle)
{
	size_t	 n = 0;

	while ((hay = strstr(hay, needle)) != NULL) {
		n++;
		hay++;
	}
	return n;
}

static void
valid_utf8(const char *s)
{
	size_t	 bad;

	if (val_utf8_check(s, strlen(s), &bad) != 0)
		fail_msg("invalid UTF-8 at byte %zu: %.20s", bad, s + bad);
}

/* Every line at most max columns, no control bytes, no trailing blank. */
static void
lines_fit(const char *s, size_t max)
{
	const char	*line = s, *p;
	size_t		 cols;

	while (*line != '\0') {
		cols = 0;
		for (p = line; *p != '\0' && *p != '\n'; p++) {
			if ((unsigned char)*p < 0x20 || *p == 0x7f)
				fail_msg("control byte 0x%02x in '%.*s'",
				    (unsigned char)*p, (int)(p - line), line);
			cols += ((unsigned char)*p & 0xc0) != 0x80;
		}
		if (cols > max)
			fail_msg("line of %zu columns: '%.*s'", cols,
			    (int)(p - line), line);
		if (p > line && p[-1] == ' ')
			fail_msg("trailing blank: '%.*s'", (int)(p - line),
			    line);
		line = *p == '\n' ? p + 1 : p;
	}
}

static int
is_void(const char *name, size_t len)
{
	static const char *const	 v[] = { "meta", "br", "hr", "img",
					    "input", "link" };
	size_t				 i;

	for (i = 0; i < sizeof v / sizeof v[0]; i++)
		if (strlen(v[i]) == len && strncmp(v[i], name, len) == 0)
			return 1;
	return 0;
}

/*
 * Tags nest properly; void and self-closed tags stand alone.  Escaped
 * text has no '<', so any markup smuggled in from the data breaks this.
 */
static void
balanced(const char *s)
{
	const char	*stack[64], *p = s, *name, *end;
	size_t		 len[64], depth = 0, n;
	int		 closing;

	while ((p = strchr(p, '<')) != NULL) {
		if (p[1] == '!') {
			p++;
			continue;
		}
		closing = p[1] == '/';
		name = p + 1 + closing;
		n = strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789");
		end = strchr(p, '>');
		if (n == 0 || end == NULL) {
			fail_msg("not a tag: %.40s", p);
			return;
		}
		if (memchr(p + 1, '<', (size_t)(end - p - 1)) != NULL)
			fail_msg("'<' inside a tag: %.40s", p);
		if (closing) {
			if (depth == 0 || len[depth - 1] != n ||
			    strncmp(stack[depth - 1], name, n) != 0)
				fail_msg("unexpected %.*s", (int)(n + 3), p);
			depth--;
		} else if (end[-1] != '/' && !is_void(name, n)) {
			if (depth == 64)
				fail_msg("nested too deep at %.40s", p);
			stack[depth] = name;
			len[depth++] = n;
		}
		p = end + 1;
	}
	if (depth != 0)
		fail_msg("%zu unclosed tags, the last <%.*s>", depth,
		    (int)len[depth - 1], stack[depth - 1]);
}

/* The <svg> element, copied; NULL if there is none. */
static char *
svg_of(const char *html)
{
	const char	*a, *z;

	if ((a = strstr(html, "<svg")) == NULL)
		return NULL;
	if ((z = strstr(a, "</svg>")) == NULL)
		fail_msg("<svg> without </svg>");
	return xstrndup(a, (size_t)(z - a) + 6);
}

/*
 * Every coordinate and size in the chart is a whole number inside the
 * drawing: NaN, inf, negative or runaway values fail here.
 */
static void
svg_numbers(const char *svg)
{
	static const char *const	 attrs[] = { " x=\"", " y=\"", " x1=\"",
					    " y1=\"", " x2=\"", " y2=\"",
					    " cx=\"", " cy=\"", " width=\"",
					    " height=\"", " r=\"" };
	const char			*p;
	char				*end;
	long				 v;
	size_t				 i;

	for (i = 0; i < sizeof attrs / sizeof attrs[0]; i++) {
		for (p = svg; (p = strstr(p, attrs[i])) != NULL; p = end) {
			p += strlen(attrs[i]);
			v = strtol(p, &end, 10);
			if (end == p || *end != '"' || v < 0 || v > 560)
				fail_msg("bad %s%.12s", attrs[i], p);
		}
	}
	for (p = svg; (p = strstr(p, " points=\"")) != NULL; ) {
		p += 9;
		while (*p != '"') {
			v = strtol(p, &end, 10);
			if (end == p || (*end != ',' && *end != ' ' &&
			    *end != '"') || v < 0 || v > 560)
				fail_msg("bad point at %.12s", p);
			p = *end == '"' ? end : end + 1;
		}
	}
	if (strstr(svg, "nan") != NULL || strstr(svg, "inf") != NULL ||
	    strstr(svg, "NaN") != NULL || strstr(svg, "Inf") != NULL)
		fail_msg("nan or inf in the chart:\n%s", svg);
}

/* What every HTML rendering must be, whatever the data. */
static void
html_sane(const char *html)
{
	valid_utf8(html);
	assert_true(strncmp(html, "<!DOCTYPE html>\n", 16) == 0);
	has(html, "<meta charset=\"utf-8\">");
	has(html, "</html>\n");
	balanced(html);
	lacks(html, "<script");
	lacks(html, "<style");
	lacks(html, "http://");
	lacks(html, "https://");
	lacks(html, " src=\"");
	lacks(html, "url(");
	lacks(html, "class=");
	assert_true(count(html, "<svg") <= 1);
	assert_int_equal(count(html, "<svg"), count(html, "</svg>"));
}

static void
test_subject(void **state)
{
	struct fixture	 f;
	char		*s;

	(void)state;
	typical(&f);
	s = report_subject(&f.r);
	assert_string_equal(s, "Steward report EU, run 12: "
	    "431 open findings (57 new, 12 resolved)");
	free(s);

	f.r.jurisdiction = S(REPORT_ALL);
	s = report_subject(&f.r);
	assert_string_equal(s, "Steward summary, run 12: "
	    "431 open findings (57 new, 12 resolved)");
	free(s);

	f.r.jurisdiction = S(REPORT_UNASSIGNED);
	f.r.findings_new = 1;
	f.r.findings_open = 0;
	f.r.findings_resolved = 1234567;
	s = report_subject(&f.r);
	assert_string_equal(s, "Steward report unassigned records, run 12: "
	    "1 open finding (1 new, 1,234,567 resolved)");
	free(s);

	/* A name must not smuggle a header into the mail. */
	f.r.jurisdiction = S("EU\r\nBcc: victim@example.com");
	s = report_subject(&f.r);
	assert_null(strchr(s, '\r'));
	assert_null(strchr(s, '\n'));
	has(s, "Bcc: victim@example.com");
	free(s);

	f.r.jurisdiction = S("M\xc3\xbcnchen \xff");
	s = report_subject(&f.r);
	valid_utf8(s);
	has(s, "Steward report M\xc3\xbcnchen \xef\xbf\xbd, run 12");
	free(s);
}

static void
test_text_content(void **state)
{
	struct fixture	 f;
	const char	*order[] = { "Steward report: EU, run 12\n",
			    "\nSummary\n", "\nActions\n",
			    "\nDuplicate review queue\n",
			    "\nFindings by check\n", "\nTrend\n",
			    "\nTop checks with sample records\n",
			    "\nSee more\n" };
	const char	*p;
	char		*t;
	size_t		 i;

	(void)state;
	typical(&f);
	t = text_of(&f.r);
	valid_utf8(t);
	for (p = t, i = 0; i < sizeof order / sizeof order[0]; i++) {
		if ((p = strstr(p, order[i])) == NULL)
			fail_msg("'%s' missing or out of order:\n%s", order[i],
			    t);
	}
	has(t, "Table:         public.customers\n");
	has(t, "Mode:          enforce\n");
	has(t, "Started:       2026-11-23 02:00:00 UTC\n");
	lacks(t, "Judged as at");
	has(t, "\nRecords in scope:         120,345\n"
	    "New findings:                  57\n"
	    "Still open:                   374\n"
	    "Resolved:                      12\n");
	has(t, "\n431 findings open after this run.\n");
	has(t, "9 records acted on.");
	lacks(t, "would be acted on");
	has(t, "3 duplicate clusters waiting for review (steward review list).");
	has(t, "Check            Severity  New  Still open  Resolved  "
	    "Action\n");
	has(t, "consent.expired  critical   40         300        10  "
	    "quarantine\n");
	has(t, "phone.format     info        0           0         0  -\n");
	has(t, "Run  Date        Records  Open  New  Resolved\n");
	has(t, " 12  2026-11-23  120,345   431   57        12\n");
	has(t, "Open findings went from 386 (run 11) to 431 (run 12).");
	has(t, "Values are masked.");
	has(t, "consent.expired (critical): 40 new, 300 still open\n");
	has(t, "  - key 10042, field email: j***@example.com\n");
	has(t, "  - key 10043, the whole record\n    no consent recorded\n");
	has(t, "M\xc3\xbcller-L\xc3\xbc" "denscheidt");
	/* phone.format has no samples, so no block of its own. */
	lacks(t, "phone.format (");
	has(t, "steward findings -c /etc/steward/steward.conf --run 12 "
	    "--format csv\n");
	has(t, "\n  steward findings -c /etc/steward/steward.conf --run 12 "
	    "\\\n    --check consent.expired\n");
	has(t, "\n  steward report -c /etc/steward/steward.conf --run 12 "
	    "--jurisdiction EU \\\n    --format html\n");
	lines_fit(t, 78);
	free(t);

	f.r.as_of = S("2026-01-01 00:00:00 UTC");
	f.r.clear_values = 1;
	t = text_of(&f.r);
	has(t, "Judged as at:  2026-01-01 00:00:00 UTC\n");
	has(t, "Values are shown unmasked");
	lacks(t, "Values are masked.");
	lines_fit(t, 78);
	free(t);
}

static void
test_text_layout(void **state)
{
	struct fixture	 f;
	char		*t, *h;

	(void)state;
	typical(&f);
	/* A name too long for the table gets a line of its own. */
	f.checks[1].name = S("retention.marketing_consent_withdrawn_but_"
	    "still_mailed_x");
	f.r.table = S("crm_production_replica.customers_with_a_long_name");
	t = text_of(&f.r);
	lines_fit(t, 78);
	has(t, "\nretention.marketing_consent_withdrawn_but_still_mailed_x\n");
	free(t);

	/* Big figures still fit, with separators. */
	f.r.records = 9876543210LL;
	f.checks[0].new_ = 1234567890LL;
	f.trend[2].records = 9876543210LL;
	t = text_of(&f.r);
	lines_fit(t, 78);
	has(t, "9,876,543,210");
	has(t, "1,234,567,890");
	free(t);

	/* Bytes that are not UTF-8 or are controls never reach the mail. */
	f.checks[0].samples[0].detail = S("bad \xff\xfe bytes\tand\r\nlines");
	f.checks[0].name = S("x\xc3");
	t = text_of(&f.r);
	h = html_of(&f.r);
	valid_utf8(t);
	lines_fit(t, 78);
	has(t, "bad \xef\xbf\xbd\xef\xbf\xbd bytes and lines");
	html_sane(h);
	free(t);
	free(h);
}

static void
test_modes(void **state)
{
	struct fixture	 f;
	char		*t, *h;

	(void)state;
	typical(&f);
	f.r.mode = S("dry-run");
	f.r.actions_taken = 0;
	f.r.actions_proposed = 57;
	f.r.review_queue = -1;
	t = text_of(&f.r);
	h = html_of(&f.r);
	has(t, "Mode:          dry-run (nothing was changed)\n");
	has(t, "57 records would be acted on in enforce mode "
	    "(dry-run: nothing was changed).\n");
	lacks(t, "records acted on");
	has(t, "Not run: no duplicates rule is in force.\n");
	has(h, "57 records would be acted on in enforce mode "
	    "(dry-run: nothing was changed).");
	has(h, "Not run: no duplicates rule is in force.");
	lacks(h, "records acted on");
	lines_fit(t, 78);
	free(t);
	free(h);

	/* A figure too long for one line breaks before the parenthesis. */
	f.r.actions_proposed = 1234567;
	t = text_of(&f.r);
	has(t, "\n1,234,567 records would be acted on in enforce mode\n"
	    "(dry-run: nothing was changed).\n");
	lines_fit(t, 78);
	free(t);

	f.r.mode = S("enforce");
	f.r.actions_taken = 1;
	f.r.review_queue = 0;
	t = text_of(&f.r);
	h = html_of(&f.r);
	has(t, "\n1 record acted on.\n");
	lacks(t, "would be acted on");
	lacks(t, "dry-run");
	has(t, "No duplicate clusters waiting for review.\n");
	has(h, "1 record acted on.");
	lacks(h, "would be acted on");
	free(t);
	free(h);

	f.r.jurisdiction = S(REPORT_ALL);
	t = text_of(&f.r);
	has(t, "Steward summary: all jurisdictions, run 12\n");
	has(t, " --run 12 --jurisdiction all ");
	free(t);
	f.r.jurisdiction = S(REPORT_UNASSIGNED);
	h = html_of(&f.r);
	has(h, ">Steward report: unassigned records, run 12</h1>");
	free(h);
}

static void
test_html_typical(void **state)
{
	struct fixture	 f;
	char		*h, *svg;
	const char	*body;

	(void)state;
	typical(&f);
	h = html_of(&f.r);
	html_sane(h);
	has(h, "<title>Steward report EU, run 12: 431 open findings "
	    "(57 new, 12 resolved)</title>");
	has(h, "120,345");
	has(h, "9 records acted on.");
	has(h, "3 duplicate clusters waiting for review (steward review list).");
	has(h, "M\xc3\xbcller-L\xc3\xbc" "denscheidt");
	/* Badges: critical red, warning amber, info grey. */
	has(h, "background-color:#b91c1c;color:#ffffff;\">critical</span>");
	has(h, "background-color:#f59e0b;color:#111111;\">warning</span>");
	has(h, "background-color:#6b7280;color:#ffffff;\">info</span>");
	has(h, "steward findings -c /etc/steward/steward.conf --run 12 "
	    "--check consent.expired</div>");

	assert_non_null(body = strstr(h, "<body"));
	assert_non_null(svg = svg_of(h));
	assert_true(strstr(h, "<svg") > body);
	has(svg, "<svg width=\"560\" height=\"220\"");
	has(svg, "<polyline");
	assert_int_equal(count(svg, "<circle"), 3);
	assert_int_equal(count(svg, "<rect"), 3 + 2);	/* bars + legend */
	has(svg, ">10</text>");
	has(svg, ">12</text>");
	has(svg, "2026-11-23: 431 open");
	svg_numbers(svg);
	balanced(svg);
	/* The table under the chart says the same for clients without SVG. */
	has(strstr(h, "</svg>"), ">2026-11-22</td>");
	has(strstr(h, "</svg>"), ">386</td>");
	free(svg);
	free(h);
}

static void
test_html_escaping(void **state)
{
	struct fixture	 f;
	char		*h, *t, *svg;

	(void)state;
	typical(&f);
	f.r.jurisdiction = S("EU<script>alert(1)</script>");
	f.r.description = S("M\xc3\xbcller & S\xc3\xb6hne <script>x</script> "
	    "\"q\" 'a'");
	f.r.table = S("public.\"cust<omers>\"");
	f.r.config_path = S("/tmp/my conf/it's<b>.conf");
	f.checks[0].name = S("<script>bad</script>&\"'");
	f.checks[0].severity = S("<b>critical</b>");
	f.checks[0].action = S("<i>erase</i>");
	f.checks[0].samples[0].key = S("'k'");
	f.checks[0].samples[0].value = S("\" onmouseover=\"alert(1)");
	f.checks[0].samples[0].detail = S("<img src=x onerror=alert(1)>");
	snprintf(f.trend[1].date, sizeof f.trend[1].date, "<i>&\"'</i>");
	h = html_of(&f.r);
	html_sane(h);
	lacks(h, "<b>");
	lacks(h, "<i>");
	lacks(h, "<img");
	lacks(h, "onmouseover=\"");
	has(h, "EU&lt;script&gt;alert(1)&lt;/script&gt;");
	has(h, "M\xc3\xbcller &amp; S\xc3\xb6hne "
	    "&lt;script&gt;x&lt;/script&gt; "
	    "&quot;q&quot; &#39;a&#39;");
	has(h, "&lt;script&gt;bad&lt;/script&gt;&amp;&quot;&#39;");
	has(h, "&quot; onmouseover=&quot;alert(1)");
	has(h, "&lt;b&gt;critical&lt;/b&gt;");
	/* Unknown severities get the grey badge. */
	has(h, "#6b7280;color:#ffffff;\">&lt;b&gt;critical");
	has(h, "--check &#39;&lt;script&gt;bad&lt;/script&gt;&amp;&quot;"
	    "&#39;\\&#39;&#39;&#39;");
	assert_non_null(svg = svg_of(h));
	has(svg, "&lt;i&gt;&amp;&quot;&#39;&lt;/i&gt;");
	lacks(svg, "<i>");
	svg_numbers(svg);
	free(svg);
	free(h);

	/* The text keeps the data as it is, quoted for the shell. */
	t = text_of(&f.r);
	has(t, "Steward report: EU<script>alert(1)</script>, run 12\n");
	has(t, "-c '/tmp/my conf/it'\\''s<b>.conf' --run 12");
	has(t, "--check '<script>bad</script>&\"'\\'''\n");
	free(t);
}

static void
test_trend_edges(void **state)
{
	struct fixture	 f;
	char		*h, *t, *svg;
	size_t		 i;

	(void)state;
	typical(&f);

	f.r.ntrend = 0;
	t = text_of(&f.r);
	h = html_of(&f.r);
	html_sane(h);
	has(t, "\nTrend\n-----\n"
	    "No completed runs yet.\n");
	has(h, "No completed runs yet.");
	lacks(h, "<svg");
	lines_fit(t, 78);
	free(t);
	free(h);

	f.r.ntrend = 1;
	f.r.trend = &f.trend[2];
	t = text_of(&f.r);
	h = html_of(&f.r);
	html_sane(h);
	has(t, "This is the first run: the trend starts here.");
	assert_non_null(svg = svg_of(h));
	assert_int_equal(count(svg, "<circle"), 1);
	svg_numbers(svg);
	free(svg);
	free(t);
	free(h);

	/* All zero: the scale must not collapse to a division by zero. */
	f.r.trend = f.trend;
	f.r.ntrend = REPORT_TREND;
	for (i = 0; i < REPORT_TREND; i++)
		point(&f.trend[i], (long long)i + 1, "2026-11-01", 0, 0, 0, 0);
	h = html_of(&f.r);
	html_sane(h);
	assert_non_null(svg = svg_of(h));
	assert_int_equal(count(svg, "<circle"), REPORT_TREND);
	/* Every dot on the baseline. */
	assert_int_equal(count(svg, "cy=\"180\""), REPORT_TREND);
	svg_numbers(svg);
	free(svg);
	free(h);

	/* Huge and negative figures stay inside the drawing. */
	point(&f.trend[3], 4, "2026-11-04", 0, 1000000000000000000LL,
	    -5, 0);
	point(&f.trend[4], 5, "2026-11-05", 0, -1, 999999999999999999LL, 0);
	h = html_of(&f.r);
	assert_non_null(svg = svg_of(h));
	svg_numbers(svg);
	free(svg);
	free(h);

	/* A date without its NUL is read for ten bytes, no more. */
	memset(f.trend[0].date, 'A', sizeof f.trend[0].date);
	t = text_of(&f.r);
	h = html_of(&f.r);
	has(t, "AAAAAAAAAA");
	lacks(t, "AAAAAAAAAAA");
	lacks(h, "AAAAAAAAAAA");
	free(t);
	free(h);
}

static void
test_empty(void **state)
{
	struct fixture	 f;
	struct report	 zero;
	char		*h, *t, *s;

	(void)state;
	typical(&f);
	f.r.nchecks = 0;
	f.r.findings_new = f.r.findings_open = f.r.findings_resolved = 0;
	t = text_of(&f.r);
	h = html_of(&f.r);
	html_sane(h);
	has(t, "\nFindings by check\n-----------------\nNo findings.\n");
	has(t, "No sample records.\n");
	lacks(t, "--check");
	has(h, "No findings.");
	has(h, "No sample records.");
	lacks(h, "--check");
	lines_fit(t, 78);
	free(t);
	free(h);

	/* Checks without samples. */
	typical(&f);
	f.checks[0].nsamples = 0;
	f.checks[1].nsamples = 0;
	t = text_of(&f.r);
	has(t, "No sample records.\n");
	free(t);

	/* Nothing set at all: no crash, still a document. */
	memset(&zero, 0, sizeof zero);
	s = report_subject(&zero);
	t = text_of(&zero);
	h = html_of(&zero);
	html_sane(h);
	has(s, "run 0: 0 open findings (0 new, 0 resolved)");
	has(t, "steward findings --run 0 --format csv\n");
	has(t, "steward report --run 0 --jurisdiction '' --format html\n");
	has(t, "No findings.");
	free(s);
	free(t);
	free(h);
}

/*
 * Issue 17: what an officer acts on.  A what-if run says so in the
 * Subject; every open check gives its legal basis, first seen, days
 * open, deadline and overdue count; the trend is also a table chart
 * (Gmail and Outlook drop inline SVG); findings per country and source.
 */
static void
test_officer(void **state)
{
	struct fixture		 f;
	struct report_group	 cc[2], src[1];
	char			*s, *t, *h;

	(void)state;
	typical(&f);
	f.checks[0].name = S("optout_not_honoured");
	f.checks[0].basis = S("STAT CAN-SPAM 15 U.S.C. 7704(a)(4)(A)");
	f.checks[0].first_seen = S("2026-11-21");
	f.checks[0].days_open = 2;
	f.checks[0].deadline = S("2026-11-06");
	f.checks[0].overdue = 7;
	cc[0].name = S("US");
	cc[0].findings = 300;
	cc[0].records = 280;
	cc[1].name = S("(none)");
	cc[1].findings = 4;
	cc[1].records = 4;
	src[0].name = S("web_form");
	src[0].findings = 12;
	src[0].records = 11;
	f.r.countries = cc;
	f.r.ncountries = 2;
	f.r.sources = src;
	f.r.nsources = 1;
	f.r.source_field = "consent_source";

	s = report_subject(&f.r);
	assert_string_equal(s, "Steward report EU, run 12: "
	    "431 open findings (57 new, 12 resolved)");
	free(s);
	f.r.what_if = 1;
	f.r.as_of = S("2027-06-01 00:00:00 UTC");
	s = report_subject(&f.r);
	assert_string_equal(s, "[What-if as of 2027-06-01] Steward report EU, "
	    "run 12: 431 open findings (57 new, 12 resolved)");
	free(s);

	t = text_of(&f.r);
	/* Paragraphs wrap at 78 columns: read them as one line. */
	{
		char	*r, *w;

		for (r = w = t; *r != '\0'; r++) {
			char ch = *r == '\n' ? ' ' : *r;

			if (ch == ' ' && w > t && w[-1] == ' ')
				continue;
			*w++ = ch;
		}
		*w = '\0';
	}
	has(t, "Legal basis and deadlines");
	has(t, "optout_not_honoured (critical): basis STAT CAN-SPAM 15");
	has(t, "First seen 2026-11-21, open 2 days.");
	has(t, "Earliest deadline to act 2026-11-06; 7 overdue.");
	/* A check without a basis says what it is, never a file path. */
	has(t, "name.digits (warning): basis not stated");
	lacks(t, ".rules:");
	has(t, "what-if: a future date");
	has(t, "Open findings by country:");
	has(t, "Open findings by consent_source:");
	has(t, "web_form");
	free(t);

	h = html_of(&f.r);
	has(h, "<svg");
	/* The table chart: one bar a run, as a coloured cell. */
	assert_int_equal(count(h, "bgcolor=\"#1d4ed8\""), 3);
	has(h, "431 open</td>");
	free(h);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject),
		cmocka_unit_test(test_text_content),
		cmocka_unit_test(test_text_layout),
		cmocka_unit_test(test_modes),
		cmocka_unit_test(test_html_typical),
		cmocka_unit_test(test_html_escaping),
		cmocka_unit_test(test_trend_edges),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_officer),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
