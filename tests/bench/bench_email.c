/*
 * bench_email.c -- values per second of the email validator on one core.
 *
 *	bench_email [-n VALUES] [FILE]
 *
 * Without FILE, cycles through a built-in mix of typical customer
 * addresses (mostly valid ASCII, some with advice, a tenth malformed);
 * with FILE, through its lines (for instance the email column of the demo
 * data).  Prints the rate for the mix, and apart for U-label domains:
 * a few repeated (email.c remembers the last 256 conversions) and 4096
 * distinct ones, each of which goes through libidn2.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lib/util.h"
#include "validators/validate.h"

static const char *const mix[] = {
	"anna.schmidt@gmx.de", "j.dupont@orange.fr", "mario.rossi84@libero.it",
	"john.smith@gmail.com", "Emily.Jones@Outlook.com", "li.wei@qq.com",
	"tanaka.hiroshi@yahoo.co.jp", "ivanov.petr@mail.ru",
	"maria.garcia@hotmail.es", "k.nowak@wp.pl", "jan.devries@ziggo.nl",
	"olivia.brown+shop@icloud.com", "lucas.martin@free.fr",
	"sophie.muller@t-online.de", "jose.silva@uol.com.br",
	"priya.sharma@rediffmail.com", "erik.johansson@telia.com",
	"info@acme-gmbh.de", "kunde@gmial.com", "someone@mailinator.com",
	"liam.murphy@eircom.net", "noah.wilson@comcast.net",
	"a.b@sub.example.co.uk", "x_y-z@company.example",
	/* Malformed, about one in ten. */
	"peter.meier@", "paul..durand@sfr.fr", "hans mueller@web.de",
	"anna@@gmx.de",
};

static const char *const idn[] = {
	"anna@b\xc3\xbc" "cher.de", "jan@m\xc3\xbcnchen.de",
	"ivan@\xd0\xbf\xd1\x80\xd0\xb8\xd0\xbc\xd0\xb5\xd1\x80.\xd1\x80\xd1\x84",
	"taro@\xe4\xbe\x8b\xe3\x81\x88.\xe3\x83\x86\xe3\x82\xb9\xe3\x83\x88",
};

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Judge n values cycling through v[0..nv); print and return values/s. */
static double
run(const char *what, const char *const *v, const size_t *len, size_t nv,
    long n)
{
	struct val_out	 out;
	struct val_ctx	 ctx = { .country = "DE" };
	double		 t0, dt;
	long		 i, ok = 0;
	size_t		 k = 0;

	buf_init(&out.norm);
	t0 = now();
	for (i = 0; i < n; i++) {
		buf_reset(&out.norm);
		out.reason[0] = out.note[0] = '\0';
		if (val_email(v[k], len[k], &ctx, &out) == VAL_OK)
			ok++;
		if (++k == nv)
			k = 0;
	}
	dt = now() - t0;
	buf_free(&out.norm);
	printf("%-28s %10ld values  %6.3f s  %12.0f values/s  (%ld valid)\n",
	    what, n, dt, (double)n / dt, ok);
	return (double)n / dt;
}

static void
run_table(const char *what, const char *const *v, size_t nv, long n)
{
	size_t	*len;
	size_t	 i;

	len = xreallocarray(NULL, nv, sizeof *len);
	for (i = 0; i < nv; i++)
		len[i] = strlen(v[i]);
	run(what, v, len, nv, n);
	free(len);
}

static void
run_file(const char *path, long n)
{
	FILE	 *fp;
	char	**v = NULL, *line = NULL;
	size_t	 *len = NULL, nv = 0, cap = 0, lcap = 0;
	ssize_t	  r;

	if ((fp = fopen(path, "r")) == NULL) {
		perror(path);
		exit(1);
	}
	while ((r = getline(&line, &lcap, fp)) != -1) {
		if (r > 0 && line[r - 1] == '\n')
			r--;
		if (nv == cap) {
			cap = cap ? cap * 2 : 1024;
			v = xreallocarray(v, cap, sizeof *v);
			len = xreallocarray(len, cap, sizeof *len);
		}
		v[nv] = xstrndup(line, (size_t)r);
		len[nv++] = (size_t)r;
	}
	fclose(fp);
	free(line);
	if (nv == 0) {
		fprintf(stderr, "%s: no values\n", path);
		exit(1);
	}
	run(path, (const char *const *)v, len, nv, n);
	while (nv > 0)
		free(v[--nv]);
	free(v);
	free(len);
}

/*
 * U-label domains that never repeat within the 256 that email.c
 * remembers: every one goes through libidn2.
 */
static void
run_distinct(long n)
{
	enum { NDISTINCT = 4096 };
	char	*v[NDISTINCT];
	size_t	 len[NDISTINCT], i;

	for (i = 0; i < NDISTINCT; i++) {
		v[i] = xmalloc(64);
		len[i] = (size_t)snprintf(v[i], 64,
		    "kunde@m\xc3\xbcller-%zu.de", i);
	}
	run("U-label domains (4096, cold)", (const char *const *)v, len,
	    NDISTINCT, n);
	for (i = 0; i < NDISTINCT; i++)
		free(v[i]);
}

int
main(int argc, char **argv)
{
	const char	*errstr;
	long long	 n = 5000000;
	int		 ch;

	while ((ch = getopt(argc, argv, "n:")) != -1) {
		switch (ch) {
		case 'n':
			if (parse_ll(optarg, 1, 1000000000, &n, &errstr) == -1) {
				fprintf(stderr, "-n %s: %s\n", optarg, errstr);
				return 1;
			}
			break;
		default:
			fprintf(stderr, "usage: bench_email [-n VALUES] "
			    "[FILE]\n");
			return 1;
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 0) {
		run_file(argv[0], (long)n);
		return 0;
	}
	run_table("typical mix (ASCII)", mix, sizeof mix / sizeof mix[0],
	    (long)n);
	run_table("U-label domains (repeated)", idn, sizeof idn / sizeof idn[0],
	    (long)n / 10);
	run_distinct((long)n / 20);
	return 0;
}
