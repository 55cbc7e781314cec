/*
 * csv.c -- a small RFC 4180 reader: quoted fields may hold commas, quotes
 * ("") and line breaks; CRLF and LF both end a record; a UTF-8 BOM at the
 * start is skipped.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "lib/csv.h"

void
csv_row_init(struct csv_row *r)
{
	buf_init(&r->data);
	r->off = r->len = NULL;
	r->nfields = r->cap = 0;
	r->line = 0;
}

void
csv_row_free(struct csv_row *r)
{
	buf_free(&r->data);
	free(r->off);
	free(r->len);
	csv_row_init(r);
}

static void
end_field(struct csv_row *r, size_t start)
{
	if (r->nfields == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->off = xreallocarray(r->off, r->cap, sizeof *r->off);
		r->len = xreallocarray(r->len, r->cap, sizeof *r->len);
	}
	r->off[r->nfields] = start;
	r->len[r->nfields] = r->data.len - start;
	r->nfields++;
	buf_addc(&r->data, '\0');
}

int
csv_read(FILE *fp, struct csv_row *r, int *line, char **cause)
{
	size_t	 start;
	int	 c, quoted = 0, after_quote = 0;

	buf_reset(&r->data);
	r->nfields = 0;
	if ((c = getc(fp)) == EOF)
		return 0;
	if (*line == 0 && c == 0xef) {		/* UTF-8 BOM */
		if (getc(fp) != 0xbb || getc(fp) != 0xbf) {
			*cause = xstrdup("line 1: bad byte-order mark");
			return -1;
		}
		c = getc(fp);
	}
	r->line = ++*line;
	start = r->data.len;
	for (;; c = getc(fp)) {
		if (quoted) {
			if (c == EOF) {
				*cause = xasprintf("line %d: a quoted field is "
				    "not closed", r->line);
				return -1;
			}
			if (c == '"') {
				if ((c = getc(fp)) == '"') {
					buf_addc(&r->data, '"');
					continue;
				}
				quoted = 0;
				after_quote = 1;
				ungetc(c, fp);
				continue;
			}
			if (c == '\n')
				++*line;
			buf_addc(&r->data, (char)c);
			continue;
		}
		if (c == '\r') {
			if ((c = getc(fp)) != '\n')
				ungetc(c, fp);
			c = '\n';
		}
		if (c == ',' || c == '\n' || c == EOF) {
			end_field(r, start);
			start = r->data.len;
			after_quote = 0;
			if (c != ',')
				return 1;
			continue;
		}
		if (after_quote) {
			*cause = xasprintf("line %d: text after a closing quote",
			    *line);
			return -1;
		}
		if (c == '"' && r->data.len == start) {
			quoted = 1;
			continue;
		}
		if (c == '"') {
			*cause = xasprintf("line %d: a quote inside an unquoted "
			    "field (quote the field and double the quote)",
			    *line);
			return -1;
		}
		buf_addc(&r->data, (char)c);
	}
}

const char *
csv_field(const struct csv_row *r, size_t i)
{
	return r->data.data + r->off[i];
}
