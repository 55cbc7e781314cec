/*
 * cfgparse.c -- lexer and recursive-descent parser for the configuration
 * and rule language (grammar in cfgparse.h).
 *
 * A hand-written parser rather than yacc: the grammar is tiny, and this way
 * every token knows its column, errors name what was expected, and the
 * parser resynchronises at the next line to report every error of a file
 * in one pass (as smtpd -n does).  The parser builds a tree and never
 * touches live state; reload swaps a whole new tree in or keeps the old.
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <libgen.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/util.h"
#include "lib/utf8.h"
#include "rules/cfgparse.h"

#define CFG_MAX_FILE	(16 * 1024 * 1024)
#define CFG_MAX_INCLUDE	8
#define CFG_MAX_ERRORS	100
#define CFG_MAX_NESTING	32

enum tok {
	T_EOF,
	T_NEWLINE,
	T_SEMI,
	T_LBRACE,
	T_RBRACE,
	T_LBRACK,
	T_RBRACK,
	T_COMMA,
	T_WORD,
	T_STRING,
	T_NUMBER,
	T_ERROR
};

struct token {
	enum tok	 type;
	struct cfg_pos	 pos;
	struct buf	 text;		/* WORD, STRING, NUMBER digits */
	char		 suffix[16];	/* letters glued to a NUMBER: 90d */
	double		 num;
};

struct lexer {
	struct cfg_doc	*doc;
	const char	*file;
	const char	*start;
	const char	*p;
	const char	*end;
	const char	*bol;		/* beginning of the current line */
	const char	*colp;		/* col counts the characters to here */
	int		 col;
	int		 line;
	int		 brackets;	/* newlines inside [ ] are blanks */
	int		 depth;		/* include depth */
	int		 nesting;	/* block depth */
	int		 lists;		/* list depth */
	struct token	 la;		/* one token of lookahead */
	int		 have_la;
};

/* Source text of every file read, to quote the offending line. */
struct cfg_src {
	char	*text;
	size_t	 len;
};

static const struct {
	const char	*word;
	enum cfg_unit	 unit;
} units[] = {
	{ "s", CFG_UNIT_SECOND }, { "sec", CFG_UNIT_SECOND },
	{ "second", CFG_UNIT_SECOND }, { "seconds", CFG_UNIT_SECOND },
	{ "min", CFG_UNIT_MINUTE }, { "minute", CFG_UNIT_MINUTE },
	{ "minutes", CFG_UNIT_MINUTE },
	{ "h", CFG_UNIT_HOUR }, { "hour", CFG_UNIT_HOUR },
	{ "hours", CFG_UNIT_HOUR },
	{ "d", CFG_UNIT_DAY }, { "day", CFG_UNIT_DAY }, { "days", CFG_UNIT_DAY },
	{ "w", CFG_UNIT_WEEK }, { "week", CFG_UNIT_WEEK },
	{ "weeks", CFG_UNIT_WEEK },
	{ "mo", CFG_UNIT_MONTH }, { "month", CFG_UNIT_MONTH },
	{ "months", CFG_UNIT_MONTH },
	{ "y", CFG_UNIT_YEAR }, { "year", CFG_UNIT_YEAR },
	{ "years", CFG_UNIT_YEAR },
	{ "bd", CFG_UNIT_BUSINESS_DAY },
};

static void	parse_block(struct lexer *, struct cfg_node *, const struct cfg_pos *);
static void	parse_file(struct cfg_doc *, const char *, struct cfg_node *, int,
		    const struct cfg_pos *);
static void	parse_text(struct cfg_doc *, const char *, const char *, size_t,
		    struct cfg_node *, int);

/* The per-document source list lives beside files[]; same index. */
static struct cfg_src *
doc_srcs(struct cfg_doc *doc)
{
	return (struct cfg_src *)doc->root.args;
}

static const char *
doc_add_file(struct cfg_doc *doc, const char *name, char *text, size_t len)
{
	struct cfg_src	*srcs;

	doc->files = xreallocarray(doc->files, doc->nfiles + 1, sizeof *doc->files);
	/* root.args is unused for the root node: keep the sources there. */
	srcs = xreallocarray(doc_srcs(doc), doc->nfiles + 1, sizeof *srcs);
	doc->root.args = (struct cfg_value *)srcs;
	doc->files[doc->nfiles] = xstrdup(name);
	srcs[doc->nfiles].text = text;
	srcs[doc->nfiles].len = len;
	return doc->files[doc->nfiles++];
}

static char *
source_line(const struct cfg_doc *doc, const struct cfg_pos *pos)
{
	const struct cfg_src	*src = NULL;
	const char		*p, *e;
	size_t			 i;
	int			 line;

	if (pos == NULL || pos->file == NULL || pos->line <= 0)
		return NULL;
	for (i = 0; i < doc->nfiles; i++)
		if (doc->files[i] == pos->file)
			src = &((const struct cfg_src *)doc->root.args)[i];
	if (src == NULL || src->text == NULL)
		return NULL;
	p = src->text;
	e = src->text + src->len;
	for (line = 1; line < pos->line && p < e; p++)
		if (*p == '\n')
			line++;
	if (line != pos->line)
		return NULL;
	for (e = p; e < src->text + src->len && *e != '\n'; e++)
		;
	if (e > p && e[-1] == '\r')
		e--;
	return xstrndup(p, (size_t)(e - p));
}

void
cfg_diag(struct cfg_doc *doc, enum cfg_level level, const struct cfg_pos *pos,
    const char *fmt, ...)
{
	struct cfg_diag	*d;
	va_list		 ap;

	if (level == CFG_ERROR && doc->nerrors >= CFG_MAX_ERRORS) {
		doc->nerrors++;
		return;
	}
	doc->diags = xreallocarray(doc->diags, doc->ndiags + 1, sizeof *doc->diags);
	d = &doc->diags[doc->ndiags++];
	d->level = level;
	if (pos != NULL)
		d->pos = *pos;
	else
		memset(&d->pos, 0, sizeof d->pos);
	va_start(ap, fmt);
	d->msg = xvasprintf(fmt, ap);
	va_end(ap);
	d->line = source_line(doc, pos);
	if (level == CFG_ERROR)
		doc->nerrors++;
	else
		doc->nwarnings++;
}

static size_t
file_index(const struct cfg_doc *doc, const char *file)
{
	size_t	 i;

	for (i = 0; i < doc->nfiles; i++)
		if (doc->files[i] == file)
			return i;
	return doc->nfiles;
}

/*
 * Diagnostics come from several passes (parser, options, rules); print
 * them in the order of the files and lines they point at.  Stable.
 */
static size_t *
diag_order(const struct cfg_doc *doc)
{
	size_t			*ord = xcalloc(doc->ndiags ? doc->ndiags : 1,
				    sizeof *ord);
	const struct cfg_diag	*a, *b;
	size_t			 i, j, t;

	for (i = 0; i < doc->ndiags; i++)
		ord[i] = i;
	for (i = 1; i < doc->ndiags; i++)
		for (j = i; j > 0; j--) {
			a = &doc->diags[ord[j - 1]];
			b = &doc->diags[ord[j]];
			if (file_index(doc, a->pos.file) < file_index(doc,
			    b->pos.file) || (a->pos.file == b->pos.file &&
			    (a->pos.line < b->pos.line || (a->pos.line ==
			    b->pos.line && a->pos.col <= b->pos.col))))
				break;
			if (a->pos.file != b->pos.file && file_index(doc,
			    a->pos.file) == file_index(doc, b->pos.file))
				break;
			t = ord[j - 1];
			ord[j - 1] = ord[j];
			ord[j] = t;
		}
	return ord;
}

void
cfg_print_diags(const struct cfg_doc *doc, FILE *fp)
{
	const struct cfg_diag	*d;
	size_t			 i, *ord;
	int			 col;
	const char		*p;

	ord = diag_order(doc);
	for (i = 0; i < doc->ndiags; i++) {
		d = &doc->diags[ord[i]];
		if (d->pos.file != NULL && d->pos.line > 0)
			fprintf(fp, "%s:%d:%d: ", d->pos.file, d->pos.line,
			    d->pos.col);
		else if (d->pos.file != NULL)
			fprintf(fp, "%s: ", d->pos.file);
		fprintf(fp, "%s: %s\n", d->level == CFG_ERROR ? "error" :
		    "warning", d->msg);
		if (d->line == NULL)
			continue;
		fprintf(fp, "  %5d | %s\n        | ", d->pos.line, d->line);
		/* Reproduce tabs so the caret lines up under the column. */
		for (p = d->line, col = 1; *p != '\0' && col < d->pos.col; p++) {
			if (((unsigned char)*p & 0xc0) == 0x80)
				continue;
			fputc(*p == '\t' ? '\t' : ' ', fp);
			col++;
		}
		fputs("^\n", fp);
	}
	free(ord);
	if (doc->nerrors > CFG_MAX_ERRORS)
		fprintf(fp, "(%d more errors not shown)\n",
		    doc->nerrors - CFG_MAX_ERRORS);
}

/* Lexer. */

/*
 * The column of at, counted on from the last position asked for: tokens
 * come in order, so a line is counted once, not once per token (a 60,000
 * item list on one line took 38 s counted from the line start each time).
 */
static struct cfg_pos
lex_pos(struct lexer *lx, const char *at)
{
	struct cfg_pos	 pos;
	const char	*p;

	if (lx->colp < lx->bol || lx->colp > at) {
		lx->colp = lx->bol;
		lx->col = 1;
	}
	for (p = lx->colp; p < at; p++)
		if (((unsigned char)*p & 0xc0) != 0x80)
			lx->col++;
	lx->colp = at;
	pos.file = lx->file;
	pos.line = lx->line;
	pos.col = lx->col;
	return pos;
}

static void
lex_error(struct lexer *lx, const char *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
lex_error(struct lexer *lx, const char *at, const char *fmt, ...)
{
	struct cfg_pos	 pos = lex_pos(lx, at);
	va_list		 ap;
	char		*msg;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	cfg_diag(lx->doc, CFG_ERROR, &pos, "%s", msg);
	free(msg);
}

static int
is_word_start(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static int
is_word_char(int c)
{
	return is_word_start(c) || (c >= '0' && c <= '9') || c == '-' ||
	    c == '.';
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static void
utf8_put(struct buf *b, unsigned long cp)
{
	if (cp < 0x80)
		buf_addc(b, (char)cp);
	else if (cp < 0x800) {
		buf_addc(b, (char)(0xc0 | (cp >> 6)));
		buf_addc(b, (char)(0x80 | (cp & 0x3f)));
	} else if (cp < 0x10000) {
		buf_addc(b, (char)(0xe0 | (cp >> 12)));
		buf_addc(b, (char)(0x80 | ((cp >> 6) & 0x3f)));
		buf_addc(b, (char)(0x80 | (cp & 0x3f)));
	} else {
		buf_addc(b, (char)(0xf0 | (cp >> 18)));
		buf_addc(b, (char)(0x80 | ((cp >> 12) & 0x3f)));
		buf_addc(b, (char)(0x80 | ((cp >> 6) & 0x3f)));
		buf_addc(b, (char)(0x80 | (cp & 0x3f)));
	}
}

/* Lex a string whose opening quote is at lx->p.  Returns 0 or -1. */
static int
lex_string(struct lexer *lx, struct token *t)
{
	const char	*open = lx->p;
	char		 q = *lx->p++;
	unsigned long	 cp;
	int		 h, n;

	for (;;) {
		if (lx->p >= lx->end || *lx->p == '\n') {
			lex_error(lx, open, "unterminated string (strings end on "
			    "the line they start)");
			return -1;
		}
		if (*lx->p == q) {
			lx->p++;
			return 0;
		}
		if (q == '\'' || *lx->p != '\\') {
			buf_addc(&t->text, *lx->p++);
			continue;
		}
		lx->p++;		/* backslash */
		if (lx->p >= lx->end || *lx->p == '\n') {
			lex_error(lx, open, "unterminated string");
			return -1;
		}
		switch (*lx->p) {
		case '\\': buf_addc(&t->text, '\\'); break;
		case '"': buf_addc(&t->text, '"'); break;
		case '\'': buf_addc(&t->text, '\''); break;
		case 'n': buf_addc(&t->text, '\n'); break;
		case 't': buf_addc(&t->text, '\t'); break;
		case 'r': buf_addc(&t->text, '\r'); break;
		case 'x':
			if (lx->end - lx->p < 3 || hexval(lx->p[1]) < 0 ||
			    hexval(lx->p[2]) < 0) {
				lex_error(lx, lx->p - 1,
				    "\\x needs two hexadecimal digits");
				return -1;
			}
			buf_addc(&t->text, (char)(hexval(lx->p[1]) * 16 +
			    hexval(lx->p[2])));
			lx->p += 2;
			break;
		case 'u':
			if (lx->end - lx->p < 3 || lx->p[1] != '{')
				goto bad_u;
			cp = 0;
			for (n = 0, lx->p += 2; lx->p < lx->end &&
			    (h = hexval(*lx->p)) >= 0 && n < 6; lx->p++, n++)
				cp = cp * 16 + (unsigned long)h;
			if (n == 0 || lx->p >= lx->end || *lx->p != '}' ||
			    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
				goto bad_u;
			utf8_put(&t->text, cp);
			break;
		bad_u:
			lex_error(lx, lx->p, "\\u needs a code point like "
			    "\\u{e9}");
			return -1;
		default:
			lex_error(lx, lx->p - 1, "unknown escape '\\%c' (write "
			    "regular expressions in 'single quotes', which take "
			    "backslashes literally)", *lx->p);
			return -1;
		}
		lx->p++;
	}
}

static void
token_clear(struct token *t)
{
	buf_free(&t->text);
	t->suffix[0] = '\0';
	t->num = 0;
}

/* Read the next token into t (whose text buffer is reset). */
static void
lex_next(struct lexer *lx, struct token *t)
{
	const char	*s;
	char		*end;
	size_t		 n;

	if (lx->have_la) {
		token_clear(t);
		*t = lx->la;
		lx->have_la = 0;
		return;
	}
	buf_reset(&t->text);
	t->suffix[0] = '\0';
again:
	while (lx->p < lx->end && (*lx->p == ' ' || *lx->p == '\t' ||
	    *lx->p == '\r'))
		lx->p++;
	if (lx->p < lx->end && *lx->p == '#')
		while (lx->p < lx->end && *lx->p != '\n')
			lx->p++;
	t->pos = lex_pos(lx, lx->p);
	if (lx->p >= lx->end) {
		t->type = T_EOF;
		return;
	}
	s = lx->p;
	switch (*s) {
	case '\n':
		lx->p++;
		lx->line++;
		lx->bol = lx->p;
		if (lx->brackets > 0)
			goto again;
		t->type = T_NEWLINE;
		return;
	case ';': lx->p++; t->type = T_SEMI; return;
	case '{': lx->p++; t->type = T_LBRACE; return;
	case '}': lx->p++; t->type = T_RBRACE; return;
	case ',': lx->p++; t->type = T_COMMA; return;
	case '[':
		lx->p++;
		lx->brackets++;
		t->type = T_LBRACK;
		return;
	case ']':
		lx->p++;
		if (lx->brackets > 0)
			lx->brackets--;
		t->type = T_RBRACK;
		return;
	case '"':
	case '\'':
		t->type = lex_string(lx, t) == 0 ? T_STRING : T_ERROR;
		if (t->type == T_ERROR)
			while (lx->p < lx->end && *lx->p != '\n')
				lx->p++;
		return;
	}
	if ((*s >= '0' && *s <= '9') || (*s == '-' && lx->end - s > 1 &&
	    s[1] >= '0' && s[1] <= '9')) {
		for (lx->p++; lx->p < lx->end && ((*lx->p >= '0' &&
		    *lx->p <= '9') || *lx->p == '.' || *lx->p == '_'); lx->p++)
			;
		for (const char *q = s; q < lx->p; q++)
			if (*q != '_')
				buf_addc(&t->text, *q);
		t->num = strtod(t->text.data, &end);
		if (*end != '\0') {
			lex_error(lx, s, "malformed number '%.*s'",
			    (int)(lx->p - s), s);
			t->type = T_ERROR;
			return;
		}
		for (n = 0; lx->p < lx->end && is_word_start(*lx->p); lx->p++)
			if (n < sizeof t->suffix - 1)
				t->suffix[n++] = *lx->p;
		t->suffix[n] = '\0';
		t->type = T_NUMBER;
		return;
	}
	/* Comparison operators read as names: compare a <= b. */
	if ((*s == '<' || *s == '>' || *s == '=' || *s == '!') &&
	    (lx->end - s > 1 && s[1] == '=')) {
		buf_add(&t->text, s, 2);
		lx->p += 2;
		t->type = T_WORD;
		return;
	}
	if (*s == '<' || *s == '>') {
		buf_add(&t->text, s, 1);
		lx->p++;
		t->type = T_WORD;
		return;
	}
	if (is_word_start((unsigned char)*s)) {
		for (lx->p++; lx->p < lx->end && is_word_char(*lx->p); lx->p++)
			;
		buf_add(&t->text, s, (size_t)(lx->p - s));
		t->type = T_WORD;
		return;
	}
	if ((unsigned char)*s >= 0x20 && (unsigned char)*s < 0x7f)
		lex_error(lx, s, "unexpected character '%c'", *s);
	else if ((unsigned char)*s < 0x80)
		lex_error(lx, s, "unexpected byte 0x%02x", (unsigned char)*s);
	else
		lex_error(lx, s, "unexpected non-ASCII character (names are "
		    "ASCII; put other text in quotes)");
	/* Step over the whole UTF-8 sequence: one character, one error. */
	for (lx->p++; lx->p < lx->end && ((unsigned char)*lx->p & 0xc0) == 0x80;
	    lx->p++)
		;
	t->type = T_ERROR;
}

static void
lex_unget(struct lexer *lx, struct token *t)
{
	lx->la = *t;
	lx->have_la = 1;
	buf_init(&t->text);
}

static const char *
tok_name(const struct token *t)
{
	switch (t->type) {
	case T_EOF: return "end of file";
	case T_NEWLINE: return "end of line";
	case T_SEMI: return "';'";
	case T_LBRACE: return "'{'";
	case T_RBRACE: return "'}'";
	case T_LBRACK: return "'['";
	case T_RBRACK: return "']'";
	case T_COMMA: return "','";
	case T_WORD: return "a name";
	case T_STRING: return "a string";
	case T_NUMBER: return "a number";
	case T_ERROR: return "an invalid token";
	}
	return "?";
}

/* Parser. */

static void
value_free(struct cfg_value *v)
{
	size_t	 i;

	free(v->str);
	for (i = 0; i < v->nitems; i++)
		value_free(&v->items[i]);
	free(v->items);
}

static void
node_free(struct cfg_node *n)
{
	size_t	 i;

	free(n->name);
	for (i = 0; i < n->nargs; i++)
		value_free(&n->args[i]);
	free(n->args);
	for (i = 0; i < n->nchildren; i++)
		node_free(&n->children[i]);
	free(n->children);
}

static int
unit_lookup(const char *w, enum cfg_unit *unit)
{
	size_t	 i;

	for (i = 0; i < sizeof units / sizeof units[0]; i++)
		if (strcmp(units[i].word, w) == 0) {
			*unit = units[i].unit;
			return 0;
		}
	return -1;
}

/*
 * Room for element n of an array of n: the size doubles at each power of
 * two, so a list of 60,000 items is not copied 60,000 times (realloc in
 * place is not promised, and never happens under valgrind).
 */
static void *
grow(void *v, size_t n, size_t size)
{
	if (n >= 4 && (n & (n - 1)) != 0)
		return v;
	return xreallocarray(v, n < 4 ? 4 : n * 2, size);
}

/* Skip the rest of a broken statement: to end of line, or past a block. */
static void
recover(struct lexer *lx, struct token *t)
{
	int	 depth = 0;

	lx->brackets = 0;
	for (;;) {
		if (t->type == T_EOF)
			return;
		if (t->type == T_LBRACE)
			depth++;
		else if (t->type == T_RBRACE) {
			if (depth == 0) {
				lex_unget(lx, t);
				return;
			}
			if (--depth == 0)
				return;
		} else if ((t->type == T_NEWLINE || t->type == T_SEMI) &&
		    depth == 0)
			return;
		lex_next(lx, t);
	}
}

/*
 * After an error inside a list, skip to its closing ']' so that the rest
 * of the list is not read as statements; stop early at a brace or the end
 * of the file, which the statement level must see.
 */
static void
skip_list(struct lexer *lx, struct token *t)
{
	int	 depth = 0;

	for (;;) {
		if (t->type == T_EOF || t->type == T_LBRACE ||
		    t->type == T_RBRACE) {
			lx->brackets = 0;
			lex_unget(lx, t);
			return;
		}
		if (t->type == T_LBRACK)
			depth++;
		else if (t->type == T_RBRACK && depth-- == 0)
			break;
		lex_next(lx, t);
	}
	token_clear(t);
}

/* Parse one value starting at token t.  Returns 0, or -1 after an error. */
static int
parse_value(struct lexer *lx, struct token *t, struct cfg_value *v)
{
	struct token	 u;
	struct cfg_value item;

	memset(v, 0, sizeof *v);
	v->pos = t->pos;
	switch (t->type) {
	case T_WORD:
		v->type = CFG_WORD;
		v->len = t->text.len;
		v->str = xstrndup(t->text.data, t->text.len);
		return 0;
	case T_STRING:
		v->type = CFG_STRING;
		v->len = t->text.len;
		v->str = xmalloc(t->text.len + 1);
		memcpy(v->str, t->text.data ? t->text.data : "", t->text.len);
		v->str[t->text.len] = '\0';
		return 0;
	case T_NUMBER:
		v->type = CFG_NUMBER;
		v->num = t->num;
		v->str = xstrdup(t->text.data);
		v->len = strlen(v->str);
		if (t->suffix[0] != '\0') {
			if (unit_lookup(t->suffix, &v->unit) != 0) {
				cfg_diag(lx->doc, CFG_ERROR, &t->pos,
				    "unknown unit '%s' after %s (use s, min, h, "
				    "d, w, mo, y, or words like '10 business "
				    "days')", t->suffix, v->str);
				return -1;
			}
			v->type = CFG_DURATION;
			return 0;
		}
		/* "24 months", "10 business days" */
		buf_init(&u.text);
		lex_next(lx, &u);
		if (u.type == T_WORD && strcmp(u.text.data, "business") == 0) {
			lex_next(lx, &u);
			if (u.type != T_WORD || (strcmp(u.text.data, "day") != 0 &&
			    strcmp(u.text.data, "days") != 0)) {
				cfg_diag(lx->doc, CFG_ERROR, &u.pos, "expected "
				    "'days' after 'business'");
				/* The statement's end belongs to the statement. */
				if (u.type != T_WORD)
					lex_unget(lx, &u);
				token_clear(&u);
				return -1;
			}
			v->type = CFG_DURATION;
			v->unit = CFG_UNIT_BUSINESS_DAY;
		} else if (u.type == T_WORD && unit_lookup(u.text.data,
		    &v->unit) == 0) {
			v->type = CFG_DURATION;
		} else
			lex_unget(lx, &u);
		token_clear(&u);
		return 0;
	case T_LBRACK:
		v->type = CFG_LIST;
		buf_init(&u.text);
		/* Lists nest like blocks: bounded, or the stack is. */
		if (lx->lists >= CFG_MAX_NESTING) {
			cfg_diag(lx->doc, CFG_ERROR, &t->pos, "lists nested "
			    "more than %d deep", CFG_MAX_NESTING);
			lex_next(lx, &u);
			skip_list(lx, &u);
			t->type = T_ERROR;
			return -1;
		}
		lx->lists++;
		for (;;) {
			lex_next(lx, &u);
			if (u.type == T_RBRACK)
				break;
			if (parse_value(lx, &u, &item) != 0) {
				value_free(&item);
				if (u.type != T_ERROR && u.type != T_RBRACK &&
				    u.type != T_NUMBER)
					cfg_diag(lx->doc, CFG_ERROR, &u.pos,
					    "expected a value or ']' in list "
					    "opened at line %d, found %s",
					    v->pos.line, tok_name(&u));
				skip_list(lx, &u);
				lx->lists--;
				/* Reported: the lists around it say no more. */
				t->type = T_ERROR;
				return -1;
			}
			v->items = grow(v->items, v->nitems, sizeof *v->items);
			v->items[v->nitems++] = item;
			lex_next(lx, &u);
			if (u.type == T_RBRACK)
				break;
			if (u.type != T_COMMA) {
				cfg_diag(lx->doc, CFG_ERROR, &u.pos, "expected "
				    "',' or ']' in list opened at line %d, found "
				    "%s", v->pos.line, tok_name(&u));
				skip_list(lx, &u);
				lx->lists--;
				/* Reported: the lists around it say no more. */
				t->type = T_ERROR;
				return -1;
			}
		}
		lx->lists--;
		token_clear(&u);
		return 0;
	default:
		return -1;
	}
}

/*
 * After an include of "DIR/<glob>.rules", read "DIR/<glob>.local": the
 * admin's local overrides come after every shipped file, whatever their
 * names.
 */
static void
include_local(struct lexer *lx, struct cfg_node *parent, struct cfg_node *n,
    const char *pattern)
{
	size_t	 len = strlen(pattern), i;
	char	*local;
	glob_t	 g;

	if (len < 6 || strcmp(pattern + len - 6, ".rules") != 0 ||
	    strpbrk(pattern, "*?[") == NULL)
		return;
	local = xasprintf("%.*s.local", (int)(len - 6), pattern);
	if (glob(local, 0, NULL, &g) == 0) {
		for (i = 0; i < g.gl_pathc; i++)
			parse_file(lx->doc, g.gl_pathv[i], parent,
			    lx->depth + 1, &n->args[0].pos);
		globfree(&g);
	}
	free(local);
}

static void
do_include(struct lexer *lx, struct cfg_node *parent, struct cfg_node *n)
{
	char	*dir = NULL, *pattern = NULL, *copy;
	glob_t	 g;
	size_t	 i;
	int	 rc;

	if (n->nargs != 1 || n->args[0].type != CFG_STRING || n->has_block) {
		cfg_diag(lx->doc, CFG_ERROR, &n->pos,
		    "include takes one quoted file name or pattern");
		return;
	}
	if (lx->depth >= CFG_MAX_INCLUDE) {
		cfg_diag(lx->doc, CFG_ERROR, &n->pos, "includes nested more "
		    "than %d deep (a file including itself?)", CFG_MAX_INCLUDE);
		return;
	}
	if (n->args[0].str[0] == '/')
		pattern = xstrdup(n->args[0].str);
	else {
		copy = xstrdup(lx->file);
		dir = xstrdup(dirname(copy));
		free(copy);
		pattern = xasprintf("%s/%s", dir, n->args[0].str);
	}
	errno = 0;
	rc = glob(pattern, GLOB_ERR, NULL, &g);
	/* A pattern in a directory that does not exist matches nothing. */
	if (rc == GLOB_ABORTED && errno == ENOENT)
		rc = GLOB_NOMATCH;
	if (rc == GLOB_NOMATCH) {
		if (strpbrk(n->args[0].str, "*?[") != NULL)
			cfg_diag(lx->doc, CFG_WARNING, &n->args[0].pos,
			    "include pattern '%s' matches no file", pattern);
		else
			cfg_diag(lx->doc, CFG_ERROR, &n->args[0].pos,
			    "cannot include '%s': no such file", pattern);
	} else if (rc != 0)
		cfg_diag(lx->doc, CFG_ERROR, &n->args[0].pos,
		    "cannot include '%s': %s", pattern, strerror(errno));
	else
		for (i = 0; i < g.gl_pathc; i++)
			parse_file(lx->doc, g.gl_pathv[i], parent,
			    lx->depth + 1, &n->args[0].pos);
	if (rc == 0)
		globfree(&g);
	include_local(lx, parent, n, pattern);
	free(pattern);
	free(dir);
}

/*
 * Parse statements into parent until '}' (when opened != NULL) or end of
 * file.
 */
static void
parse_block(struct lexer *lx, struct cfg_node *parent,
    const struct cfg_pos *opened)
{
	struct token	 t;
	struct cfg_node	 n;
	struct cfg_value v;
	int		 broken = 0;

	buf_init(&t.text);
	for (;;) {
		lex_next(lx, &t);
		if (t.type == T_NEWLINE || t.type == T_SEMI)
			continue;
		if (t.type == T_EOF) {
			if (opened != NULL)
				cfg_diag(lx->doc, CFG_ERROR, opened, "block "
				    "opened here is not closed with '}' before "
				    "end of file");
			break;
		}
		if (t.type == T_RBRACE) {
			if (opened != NULL)
				break;
			cfg_diag(lx->doc, CFG_ERROR, &t.pos, "'}' closes no "
			    "block");
			continue;
		}
		if (t.type != T_WORD) {
			if (t.type != T_ERROR)
				cfg_diag(lx->doc, CFG_ERROR, &t.pos, "expected an "
				    "option name, found %s", tok_name(&t));
			recover(lx, &t);
			continue;
		}

		memset(&n, 0, sizeof n);
		n.name = xstrdup(t.text.data);
		n.pos = t.pos;
		for (;;) {
			lex_next(lx, &t);
			if (t.type == T_NEWLINE || t.type == T_SEMI ||
			    t.type == T_EOF) {
				if (t.type == T_EOF)
					lex_unget(lx, &t);
				break;
			}
			if (t.type == T_RBRACE) {
				lex_unget(lx, &t);
				break;
			}
			if (t.type == T_LBRACE) {
				if (lx->nesting >= CFG_MAX_NESTING) {
					cfg_diag(lx->doc, CFG_ERROR, &t.pos,
					    "blocks nested too deep");
					recover(lx, &t);
					break;
				}
				n.has_block = 1;
				lx->nesting++;
				parse_block(lx, &n, &t.pos);
				lx->nesting--;
				break;
			}
			if (parse_value(lx, &t, &v) != 0) {
				value_free(&v);
				if (t.type != T_ERROR && t.type != T_NUMBER &&
				    t.type != T_LBRACK)
					cfg_diag(lx->doc, CFG_ERROR, &t.pos,
					    "unexpected %s after '%s'",
					    tok_name(&t), n.name);
				recover(lx, &t);
				/* Reported once: the layers above never see it. */
				broken = 1;
				break;
			}
			n.args = grow(n.args, n.nargs, sizeof *n.args);
			n.args[n.nargs++] = v;
		}
		if (broken) {
			broken = 0;
			parent->dropped++;
			node_free(&n);
			continue;
		}
		if (strcmp(n.name, "include") == 0) {
			do_include(lx, parent, &n);
			node_free(&n);
			continue;
		}
		parent->children = grow(parent->children, parent->nchildren,
		    sizeof *parent->children);
		parent->children[parent->nchildren++] = n;
	}
	token_clear(&t);
}

static void
parse_text(struct cfg_doc *doc, const char *name, const char *text, size_t len,
    struct cfg_node *parent, int depth)
{
	struct lexer	 lx;
	struct cfg_pos	 pos;
	const char	*p;
	size_t		 bad;

	memset(&lx, 0, sizeof lx);
	lx.doc = doc;
	lx.file = doc->files[doc->nfiles - 1];
	lx.start = lx.p = lx.bol = text;
	lx.end = text + len;
	lx.line = 1;
	lx.depth = depth;
	(void)name;
	if (val_utf8_check(text, len, &bad) != 0) {
		for (p = text; p < text + bad; p++)
			if (*p == '\n') {
				lx.line++;
				lx.bol = p + 1;
			}
		pos = lex_pos(&lx, text + bad);
		cfg_diag(doc, CFG_ERROR, &pos, "%s", text[bad] == '\0' ?
		    "NUL byte in file" : "invalid UTF-8 (files must be UTF-8)");
		return;
	}
	parse_block(&lx, parent, NULL);
	if (lx.have_la)
		token_clear(&lx.la);
}

/*
 * As sshd's StrictModes: a file and its directory belong to root or to
 * the user steward runs as, and the directory is not world-writable, or
 * anyone could drop a file into rules.d for the next include glob.  The
 * top file may sit in a sticky directory such as /tmp, where others can
 * add files but not replace it; an included one may not.
 */
static int
unsafe_owner(struct cfg_doc *doc, const struct cfg_pos *from,
    const char *path, const struct stat *st, int depth)
{
	struct stat	 ds;
	char		*copy, *dir;
	uid_t		 me = geteuid();
	int		 rc = -1;

	if (st->st_uid != 0 && st->st_uid != me) {
		cfg_diag(doc, CFG_ERROR, from, "refusing '%s': it is owned by "
		    "uid %lu, not by root or by uid %lu that steward runs as",
		    path, (unsigned long)st->st_uid, (unsigned long)me);
		return -1;
	}
	copy = xstrdup(path);
	dir = dirname(copy);
	if (stat(dir, &ds) == -1) {
		cfg_diag(doc, CFG_ERROR, from, "cannot check directory '%s': "
		    "%s", dir, strerror(errno));
		goto out;
	}
	if (ds.st_uid != 0 && ds.st_uid != me) {
		cfg_diag(doc, CFG_ERROR, from, "refusing '%s': its directory "
		    "'%s' is owned by uid %lu, not by root or by uid %lu that "
		    "steward runs as", path, dir, (unsigned long)ds.st_uid,
		    (unsigned long)me);
		goto out;
	}
	if ((ds.st_mode & S_IWOTH) && (depth > 0 ||
	    !(ds.st_mode & S_ISVTX))) {
		cfg_diag(doc, CFG_ERROR, from, "refusing '%s': its directory "
		    "'%s' is world-writable (chmod o-w)", path, dir);
		goto out;
	}
	rc = 0;
out:
	free(copy);
	return rc;
}

static void
parse_file(struct cfg_doc *doc, const char *path, struct cfg_node *parent,
    int depth, const struct cfg_pos *from)
{
	struct stat	 st;
	char		*text = NULL;
	ssize_t		 n;
	size_t		 len = 0;
	int		 fd;
	size_t		 i;

	for (i = 0; i < doc->nfiles; i++)
		if (strcmp(doc->files[i], path) == 0 && depth > 0) {
			cfg_diag(doc, CFG_ERROR, from, "'%s' is included twice "
			    "(or includes itself)", path);
			return;
		}
	/*
	 * Open first and look at what was opened: a FIFO blocks neither
	 * open() (O_NONBLOCK) nor read() (refused as not regular), and no
	 * symbolic link is followed to where its writer points it.
	 */
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK |
	    O_NOFOLLOW)) == -1) {
		if (errno == ELOOP)
			cfg_diag(doc, CFG_ERROR, from, "refusing '%s': it is a "
			    "symbolic link (name the file it points to)", path);
		else
			cfg_diag(doc, CFG_ERROR, from, "cannot open '%s': %s",
			    path, strerror(errno));
		return;
	}
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode)) {
		cfg_diag(doc, CFG_ERROR, from, "'%s' is not a regular file",
		    path);
		goto out;
	}
	if (st.st_mode & S_IWOTH) {
		cfg_diag(doc, CFG_ERROR, from, "refusing '%s': it is "
		    "world-writable (chmod o-w)", path);
		goto out;
	}
	if (unsafe_owner(doc, from, path, &st, depth) != 0)
		goto out;
	if (st.st_size > CFG_MAX_FILE) {
		cfg_diag(doc, CFG_ERROR, from, "'%s' is larger than %d MB",
		    path, CFG_MAX_FILE / (1024 * 1024));
		goto out;
	}
	text = xmalloc((size_t)st.st_size + 1);
	while (len < (size_t)st.st_size) {
		n = read(fd, text + len, (size_t)st.st_size - len);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		len += (size_t)n;
	}
	text[len] = '\0';
	if (depth == 0 && doc->nfiles == 1 && doc_srcs(doc)[0].text == NULL) {
		/* The top file was registered by cfg_parse_file(). */
		doc_srcs(doc)[0].text = text;
		doc_srcs(doc)[0].len = len;
	} else
		doc_add_file(doc, path, text, len);
	parse_text(doc, path, text, len, parent, depth);
	text = NULL;
out:
	free(text);
	close(fd);
}

struct cfg_doc *
cfg_parse_file(const char *path)
{
	struct cfg_doc	*doc = xcalloc(1, sizeof *doc);
	struct cfg_pos	 pos = { path, 0, 0 };

	/* Errors about the top file itself are reported against its name. */
	doc_add_file(doc, path, NULL, 0);
	pos.file = doc->files[0];
	parse_file(doc, path, &doc->root, 0, &pos);
	return doc;
}

struct cfg_doc *
cfg_parse_string(const char *name, const char *text, size_t len)
{
	struct cfg_doc	*doc = xcalloc(1, sizeof *doc);
	char		*copy = xmalloc(len + 1);

	memcpy(copy, text, len);
	copy[len] = '\0';
	doc_add_file(doc, name, copy, len);
	parse_text(doc, name, copy, len, &doc->root, 0);
	return doc;
}

void
cfg_doc_free(struct cfg_doc *doc)
{
	struct cfg_src	*srcs;
	size_t		 i;

	if (doc == NULL)
		return;
	srcs = doc_srcs(doc);
	for (i = 0; i < doc->nfiles; i++) {
		free(doc->files[i]);
		free(srcs[i].text);
	}
	free(srcs);
	doc->root.args = NULL;
	free(doc->files);
	node_free(&doc->root);
	for (i = 0; i < doc->ndiags; i++) {
		free(doc->diags[i].msg);
		free(doc->diags[i].line);
	}
	free(doc->diags);
	free(doc);
}

int
cfg_string_col(const struct cfg_doc *doc, const struct cfg_value *v,
    size_t off)
{
	char		*line;
	const char	*p;
	size_t		 done = 0;
	unsigned long	 cp;
	int		 col = 1;
	char		 q;

	if ((line = source_line(doc, &v->pos)) == NULL)
		return v->pos.col;
	/* Find the opening quote: pos.col counts characters. */
	for (p = line; *p != '\0' && col < v->pos.col; p++)
		if (((unsigned char)p[1] & 0xc0) != 0x80)
			col++;
	if (*p != '"' && *p != '\'') {
		free(line);
		return v->pos.col;
	}
	q = *p++;
	col++;
	while (*p != '\0' && *p != q && done < off) {
		if (q == '"' && *p == '\\' && p[1] != '\0') {
			if (p[1] == 'x' && p[2] != '\0' && p[3] != '\0') {
				p += 4;
				col += 4;
				done++;
			} else if (p[1] == 'u' && p[2] == '{') {
				for (cp = 0, p += 3, col += 3; *p != '\0' &&
				    *p != '}'; p++, col++)
					cp = cp * 16 + (unsigned long)(*p <= '9' ?
					    *p - '0' : (*p | 0x20) - 'a' + 10);
				if (*p == '}') {
					p++;
					col++;
				}
				done += cp < 0x80 ? 1 : cp < 0x800 ? 2 :
				    cp < 0x10000 ? 3 : 4;
			} else {
				p += 2;
				col += 2;
				done++;
			}
			continue;
		}
		/* One character, however many bytes. */
		do {
			p++;
			done++;
		} while (((unsigned char)*p & 0xc0) == 0x80);
		col++;
	}
	free(line);
	return col;
}

void
cfg_value_print(struct buf *b, const struct cfg_value *v)
{
	static const char	 hex[] = "0123456789abcdef";
	size_t			 i;

	switch (v->type) {
	case CFG_WORD:
	case CFG_NUMBER:
		buf_adds(b, v->str);
		return;
	case CFG_DURATION:
		buf_printf(b, "%s %s", v->str, cfg_unit_name(v->unit));
		return;
	case CFG_LIST:
		buf_addc(b, '[');
		for (i = 0; i < v->nitems; i++) {
			if (i > 0)
				buf_adds(b, ", ");
			cfg_value_print(b, &v->items[i]);
		}
		buf_addc(b, ']');
		return;
	case CFG_STRING:
		break;
	}
	/* Raw quotes when nothing needs escaping (regexes stay readable). */
	for (i = 0; i < v->len; i++)
		if (v->str[i] == '\'' || (unsigned char)v->str[i] < 0x20)
			break;
	if (i == v->len) {
		buf_addc(b, '\'');
		buf_add(b, v->str, v->len);
		buf_addc(b, '\'');
		return;
	}
	buf_addc(b, '"');
	for (i = 0; i < v->len; i++) {
		unsigned char c = (unsigned char)v->str[i];

		if (c == '"' || c == '\\') {
			buf_addc(b, '\\');
			buf_addc(b, (char)c);
		} else if (c == '\n')
			buf_adds(b, "\\n");
		else if (c == '\t')
			buf_adds(b, "\\t");
		else if (c == '\r')
			buf_adds(b, "\\r");
		else if (c < 0x20) {
			buf_adds(b, "\\x");
			buf_addc(b, hex[c >> 4]);
			buf_addc(b, hex[c & 15]);
		} else
			buf_addc(b, (char)c);
	}
	buf_addc(b, '"');
}

const char *
cfg_type_name(enum cfg_type t)
{
	switch (t) {
	case CFG_WORD: return "name";
	case CFG_STRING: return "string";
	case CFG_NUMBER: return "number";
	case CFG_DURATION: return "duration";
	case CFG_LIST: return "list";
	}
	return "?";
}

const char *
cfg_unit_name(enum cfg_unit u)
{
	switch (u) {
	case CFG_UNIT_SECOND: return "seconds";
	case CFG_UNIT_MINUTE: return "minutes";
	case CFG_UNIT_HOUR: return "hours";
	case CFG_UNIT_DAY: return "days";
	case CFG_UNIT_WEEK: return "weeks";
	case CFG_UNIT_MONTH: return "months";
	case CFG_UNIT_YEAR: return "years";
	case CFG_UNIT_BUSINESS_DAY: return "business days";
	}
	return "?";
}

double
cfg_duration_seconds(const struct cfg_value *v)
{
	static const double secs[] = {
		[CFG_UNIT_SECOND] = 1,
		[CFG_UNIT_MINUTE] = 60,
		[CFG_UNIT_HOUR] = 3600,
		[CFG_UNIT_DAY] = 86400,
		[CFG_UNIT_WEEK] = 7 * 86400,
		[CFG_UNIT_MONTH] = 30.436875 * 86400,
		[CFG_UNIT_YEAR] = 365.2425 * 86400,
		/* Five business days to a calendar week. */
		[CFG_UNIT_BUSINESS_DAY] = 7.0 / 5.0 * 86400,
	};

	if (v->type == CFG_NUMBER)
		return v->num;
	return v->num * secs[v->unit];
}
