/*
 * replay.c -- run a fuzz target over files, without libFuzzer, so that the
 * corpus (and every crash once found) is a regression test in make check.
 * Prints TAP: one line per file.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
main(int argc, char **argv)
{
	FILE	*fp;
	char	*data;
	long	 len;
	int	 i;

	printf("1..%d\n", argc - 1);
	for (i = 1; i < argc; i++) {
		if ((fp = fopen(argv[i], "rb")) == NULL ||
		    fseek(fp, 0, SEEK_END) != 0 || (len = ftell(fp)) < 0 ||
		    fseek(fp, 0, SEEK_SET) != 0) {
			printf("not ok %d - %s: cannot read\n", i, argv[i]);
			continue;
		}
		if ((data = malloc((size_t)len + 1)) == NULL ||
		    fread(data, 1, (size_t)len, fp) != (size_t)len) {
			printf("not ok %d - %s: cannot read\n", i, argv[i]);
			fclose(fp);
			free(data);
			continue;
		}
		fclose(fp);
		/* A crash or abort ends the run: the harness reports it. */
		LLVMFuzzerTestOneInput((const uint8_t *)data, (size_t)len);
		free(data);
		printf("ok %d - %s\n", i, argv[i]);
	}
	return 0;
}
