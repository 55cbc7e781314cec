/*
 * judge.c -- run the validators over an agreement test set.
 *
 *	judge < SET.tsv
 *
 * Reads lines "KIND TAB COUNTRY TAB VALUE [TAB ...]" (KIND a validator
 * name, COUNTRY "" or an alpha-2 code, VALUE with \n \r \t \\ and \xHH
 * escapes so that any bytes can be given) and writes for each
 * "ok TAB NORMAL" or "bad TAB REASON", with NORMAL escaped the same way.
 * tests/agreement/score.py compares that with the references' verdicts;
 * `steward validate` cannot be used for values holding a newline.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/util.h"
#include "validators/validate.h"

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

/* Undo the escapes of s[0..n) in place; return the new length. */
static size_t
unescape(char *s, size_t n)
{
	size_t	 i, k = 0;
	int	 h, l;

	for (i = 0; i < n; i++) {
		if (s[i] != '\\' || i + 1 >= n) {
			s[k++] = s[i];
			continue;
		}
		switch (s[++i]) {
		case 'n': s[k++] = '\n'; break;
		case 'r': s[k++] = '\r'; break;
		case 't': s[k++] = '\t'; break;
		case 'x':
			if (i + 2 < n && (h = hexval(s[i + 1])) >= 0 &&
			    (l = hexval(s[i + 2])) >= 0) {
				s[k++] = (char)(h << 4 | l);
				i += 2;
			} else
				s[k++] = 'x';
			break;
		default: s[k++] = s[i]; break;
		}
	}
	return k;
}

static void
put_escaped(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '\\')
			fputs("\\\\", stdout);
		else if (c == '\t')
			fputs("\\t", stdout);
		else if (c == '\n')
			fputs("\\n", stdout);
		else if (c == '\r')
			fputs("\\r", stdout);
		else if (c < 0x20 || c == 0x7f)
			printf("\\x%02x", c);
		else
			putchar(c);
	}
}

int
main(void)
{
	struct val_ctx	 ctx = { NULL, 0, -1, 0 };
	struct val_out	 out;
	char		*line = NULL, *kind, *cc, *val, *end;
	size_t		 cap = 0, len;
	ssize_t		 n;
	val_fn		 fn;

	val_out_init(&out);
	while ((n = getline(&line, &cap, stdin)) != -1) {
		len = (size_t)n;
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		kind = line;
		if ((cc = strchr(kind, '\t')) == NULL ||
		    (val = strchr(cc + 1, '\t')) == NULL) {
			printf("bad\tjudge-syntax\n");
			continue;
		}
		*cc++ = '\0';
		*val++ = '\0';
		if ((end = strchr(val, '\t')) != NULL)
			*end = '\0';
		if ((fn = val_lookup(kind)) == NULL) {
			printf("bad\tjudge-no-validator\n");
			continue;
		}
		ctx.country = cc[0] != '\0' ? cc : NULL;
		val_out_reset(&out);
		len = unescape(val, strlen(val));
		if (fn(val, len, &ctx, &out) == VAL_OK) {
			fputs("ok\t", stdout);
			put_escaped(out.norm.data != NULL ? out.norm.data : "",
			    out.norm.len);
			putchar('\n');
		} else
			printf("bad\t%s\n", out.reason);
	}
	free(line);
	val_out_free(&out);
	return ferror(stdin) || fflush(stdout) != 0;
}
