/*
 * phone_cli.c -- the phone validator on standard input, for the accuracy
 * test until `steward validate phone` does the same:
 *
 *	phone_cli [--country CC] < values
 *
 * prints one line per input line: value TAB ok|bad TAB normal-form-or-reason.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/util.h"
#include "validators/validate.h"

int
main(int argc, char **argv)
{
	struct val_ctx	 ctx = { .country = NULL };
	struct val_out	 out;
	char		*line = NULL;
	size_t		 cap = 0;
	ssize_t		 n;

	if (argc == 3 && strcmp(argv[1], "--country") == 0)
		ctx.country = argv[2];
	else if (argc != 1) {
		fprintf(stderr, "usage: phone_cli [--country CC] < values\n");
		return 2;
	}
	buf_init(&out.norm);
	while ((n = getline(&line, &cap, stdin)) != -1) {
		if (n > 0 && line[n - 1] == '\n')
			line[--n] = '\0';
		buf_reset(&out.norm);
		out.reason[0] = out.note[0] = '\0';
		if (val_phone(line, (size_t)n, &ctx, &out) == VAL_OK)
			printf("%s\tok\t%s\n", line, out.norm.data);
		else
			printf("%s\tbad\t%s\n", line, out.reason);
	}
	free(line);
	buf_free(&out.norm);
	return ferror(stdout) || fflush(stdout) != 0;
}
