/*
 * test_spool.c -- the durable outbox (notifiers/spool.c): the directory
 * layout, idempotent spooling, the meta file round trip, state moves,
 * crash recovery and tombstone pruning.
 *
 * Every test gets a fresh spool under a mkdtemp(3) directory in /tmp,
 * removed again at teardown.
 */
#include "config.h"

#include <sys/stat.h>
#include <sys/time.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "lib/util.h"
#include "notifiers/spool.h"

struct fixture {
	char	 root[64];	/* the mkdtemp directory */
	char	*dir;		/* root/spool, opened */
	char	*outside;	/* root/outside, for path parts */
	char	 shm[64];	/* another file system, or "" */
};

/* Bytes with a NUL, high bytes and no final newline. */
static const char	 text_part[] = "Findings\n\0\xff\xfe caf\xc3\xa9\r\nend";
static const char	 csv_part[] = "table,column,rule\r\ncustomers,email,"
			    "email.syntax\r\n\"a,b\",\"\xe2\x82\xac\",x\n";

static int
rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static void
rm_rf(const char *path)
{
	nftw(path, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

static int
setup(void **state)
{
	struct fixture	*f;
	struct stat	 st, sst;
	char		*cause = NULL;

	f = xcalloc(1, sizeof *f);
	snprintf(f->root, sizeof f->root, "/tmp/steward-spool-XXXXXX");
	if (mkdtemp(f->root) == NULL) {
		free(f);
		return -1;
	}
	f->dir = xasprintf("%s/spool", f->root);
	f->outside = xasprintf("%s/outside", f->root);
	if (mkdir(f->outside, 0700) == -1 ||
	    spool_open(f->dir, &cause) != 0) {
		fprintf(stderr, "setup: %s\n", cause != NULL ? cause : "mkdir");
		free(cause);
		return -1;
	}
	/* A second file system makes spool_put copy instead of link. */
	if (stat("/dev/shm", &sst) == 0 && stat(f->root, &st) == 0 &&
	    sst.st_dev != st.st_dev) {
		snprintf(f->shm, sizeof f->shm, "/dev/shm/steward-spool-XXXXXX");
		if (mkdtemp(f->shm) == NULL)
			f->shm[0] = '\0';
	}
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture	*f = *state;

	rm_rf(f->root);
	if (f->shm[0] != '\0')
		rm_rf(f->shm);
	free(f->dir);
	free(f->outside);
	free(f);
	return 0;
}

/* The whole file, NUL-terminated for convenience; NULL if unreadable. */
static char *
slurp(const char *path, size_t *len)
{
	struct buf	 b;
	char		 chunk[4096];
	ssize_t		 n;
	int		 fd;

	if ((fd = open(path, O_RDONLY)) == -1)
		return NULL;
	buf_init(&b);
	buf_reserve(&b, 1);
	while ((n = read(fd, chunk, sizeof chunk)) > 0)
		buf_add(&b, chunk, (size_t)n);
	close(fd);
	*len = b.len;
	return b.data;
}

static void
spit(const char *path, const char *data, size_t len)
{
	int	 fd;

	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	assert_true(fd != -1);
	assert_int_equal(write(fd, data, len), (ssize_t)len);
	assert_int_equal(close(fd), 0);
}

static void
file_is(const char *path, const char *want, size_t wantlen)
{
	char	*got;
	size_t	 len = 0;

	if ((got = slurp(path, &len)) == NULL)
		fail_msg("%s: %s", path, strerror(errno));
	if (len != wantlen || memcmp(got, want, len) != 0)
		fail_msg("%s holds %zu bytes, expected %zu different ones",
		    path, len, wantlen);
	free(got);
}

static int
is_dir(const char *path)
{
	struct stat	 st;

	return lstat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int
exists(const char *path)
{
	struct stat	 st;

	return lstat(path, &st) == 0;
}

/* Entries of a directory other than . and .. */
static size_t
entries(const char *path)
{
	DIR		*d;
	struct dirent	*e;
	size_t		 n = 0;

	if ((d = opendir(path)) == NULL)
		fail_msg("opendir %s: %s", path, strerror(errno));
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

static size_t
sub_entries(const struct fixture *f, const char *sub)
{
	char	*p;
	size_t	 n;

	p = xasprintf("%s/%s", f->dir, sub);
	n = entries(p);
	free(p);
	return n;
}

static int
sub_exists(const struct fixture *f, const char *sub, const char *key)
{
	char	*p;
	int	 rc;

	p = xasprintf("%s/%s/%s", f->dir, sub, key);
	rc = exists(p);
	free(p);
	return rc;
}

/* A full mail message; the caller frees it with spool_msg_free. */
static void
mail_msg(struct spool_msg *m, long long run, const char *jur,
    long long created)
{
	memset(m, 0, sizeof *m);
	spool_key(m->key, sizeof m->key, run, jur, "mail");
	m->channel = SPOOL_MAIL;
	m->run = run;
	m->jurisdiction = xstrdup(jur);
	m->rcpt = xreallocarray(NULL, 3, sizeof *m->rcpt);
	m->rcpt[0] = xstrdup("dpo@example.org");
	m->rcpt[1] = xstrdup("J\xc3\xbcrgen <legal@example.de>");
	m->rcpt[2] = xstrdup("ops+steward@example.com");
	m->nrcpt = 3;
	m->subject = xstrdup("Steward report: M\xc3\xbcller \xe2\x80\x93 12 "
	    "findings \xf0\x9f\x93\x8b (a=b)");
	m->date = xstrdup("Tue, 14 Nov 2023 22:13:20 +0000");
	m->message_id = xasprintf("<%s.host.example@steward>", m->key);
	m->attachment = xstrdup("findings.csv");
	m->created = created;
	m->next = created + 600;
	m->attempts = 2;
	m->error = xstrdup("smtp: 451 4.7.1 greylisted, try=later");
}

static void
webhook_msg(struct spool_msg *m, long long run, const char *jur,
    long long created)
{
	memset(m, 0, sizeof *m);
	spool_key(m->key, sizeof m->key, run, jur, "webhook");
	m->channel = SPOOL_WEBHOOK;
	m->run = run;
	m->jurisdiction = xstrdup(jur);
	m->created = created;
	m->next = created;
}

static int
put(const struct fixture *f, struct spool_msg *m)
{
	struct spool_part	 part = { "body.json", "{}", 2, NULL };
	char			*cause = NULL;
	int			 rc;

	rc = spool_put(f->dir, m, &part, 1, &cause);
	if (rc < 0)
		fail_msg("spool_put %s: %s", m->key, cause);
	return rc;
}

static void
str_eq(const char *what, const char *got, const char *want)
{
	if (got == NULL && want == NULL)
		return;
	if (got == NULL || want == NULL || strcmp(got, want) != 0)
		fail_msg("%s is '%s', expected '%s'", what,
		    got != NULL ? got : "(null)", want != NULL ? want : "(null)");
}

/* Every field spool_put writes comes back from spool_list/spool_find. */
static void
msg_eq(const struct spool_msg *got, const struct spool_msg *want)
{
	size_t	 i;

	str_eq("key", got->key, want->key);
	assert_int_equal(got->channel, want->channel);
	assert_int_equal(got->run, want->run);
	str_eq("jurisdiction", got->jurisdiction, want->jurisdiction);
	assert_int_equal(got->nrcpt, want->nrcpt);
	for (i = 0; i < want->nrcpt; i++)
		str_eq("rcpt", got->rcpt[i], want->rcpt[i]);
	str_eq("subject", got->subject, want->subject);
	str_eq("date", got->date, want->date);
	str_eq("message_id", got->message_id, want->message_id);
	str_eq("attachment", got->attachment, want->attachment);
	assert_int_equal(got->created, want->created);
	assert_int_equal(got->next, want->next);
	assert_int_equal(got->attempts, want->attempts);
	str_eq("error", got->error, want->error);
}

static void
test_open(void **state)
{
	struct fixture	*f = *state;
	static const char *const subs[] = { "tmp", "queue", "dead", "sent" };
	char		*fresh, *p, *cause = NULL;
	size_t		 i;

	/* A spool dir that already has leftovers in tmp/. */
	fresh = xasprintf("%s/fresh", f->root);
	assert_int_equal(mkdir(fresh, 0700), 0);
	p = xasprintf("%s/tmp", fresh);
	assert_int_equal(mkdir(p, 0700), 0);
	free(p);
	p = xasprintf("%s/tmp/junk", fresh);
	assert_int_equal(mkdir(p, 0700), 0);
	free(p);
	p = xasprintf("%s/tmp/junk/file", fresh);
	spit(p, "half", 4);
	free(p);
	p = xasprintf("%s/tmp/loose", fresh);
	spit(p, "x", 1);
	free(p);

	assert_int_equal(spool_open(fresh, &cause), 0);
	assert_null(cause);
	for (i = 0; i < sizeof subs / sizeof subs[0]; i++) {
		p = xasprintf("%s/%s", fresh, subs[i]);
		if (!is_dir(p))
			fail_msg("%s is not a directory", p);
		free(p);
	}
	p = xasprintf("%s/tmp", fresh);
	assert_int_equal(entries(p), 0);
	free(p);

	/* Opening again is harmless. */
	assert_int_equal(spool_open(fresh, &cause), 0);
	assert_null(cause);
	free(fresh);

	/* The fixture's spool was created from nothing. */
	for (i = 0; i < sizeof subs / sizeof subs[0]; i++) {
		p = xasprintf("%s/%s", f->dir, subs[i]);
		assert_true(is_dir(p));
		assert_int_equal(entries(p), 0);
		free(p);
	}

	/* A parent that does not exist is an error with a cause. */
	p = xasprintf("%s/no/such/dir", f->root);
	assert_int_equal(spool_open(p, &cause), -1);
	assert_non_null(cause);
	free(cause);
	free(p);
}

static void
test_put(void **state)
{
	struct fixture		*f = *state;
	struct spool_msg	 m, again;
	struct spool_part	 parts[5];
	char			*csv, *shmcsv = NULL, *q, *p, *meta, *cause = NULL;
	char			*meta_before;
	size_t			 nparts = 0, metalen;
	static const char	 html[] = "<p>M\xc3\xbcller</p>\n";

	csv = xasprintf("%s/findings.csv", f->outside);
	spit(csv, csv_part, sizeof csv_part - 1);
	mail_msg(&m, 12, "EU", 1700000000);
	parts[nparts++] = (struct spool_part){ "report.txt", text_part,
	    sizeof text_part - 1, NULL };
	parts[nparts++] = (struct spool_part){ "report.html", html,
	    sizeof html - 1, NULL };
	parts[nparts++] = (struct spool_part){ "empty", "", 0, NULL };
	parts[nparts++] = (struct spool_part){ "findings.csv", NULL, 0, csv };
	if (f->shm[0] != '\0') {
		/* Not linkable: copied. */
		shmcsv = xasprintf("%s/other.csv", f->shm);
		spit(shmcsv, csv_part, sizeof csv_part - 1);
		parts[nparts++] = (struct spool_part){ "other.csv", NULL, 0,
		    shmcsv };
	} else
		print_message("no second file system: copy path not tested\n");

	m.state = SPOOL_DEAD;	/* spool_put sets it */
	assert_int_equal(spool_put(f->dir, &m, parts, nparts, &cause), 0);
	assert_null(cause);
	assert_int_equal(m.state, SPOOL_QUEUED);

	q = xasprintf("%s/queue/%s", f->dir, m.key);
	assert_true(is_dir(q));
	/* Exactly meta and the parts, no meta.tmp. */
	assert_int_equal(entries(q), nparts + 1);
	p = xasprintf("%s/report.txt", q);
	file_is(p, text_part, sizeof text_part - 1);
	free(p);
	p = xasprintf("%s/report.html", q);
	file_is(p, html, sizeof html - 1);
	free(p);
	p = xasprintf("%s/empty", q);
	file_is(p, "", 0);
	free(p);
	p = xasprintf("%s/findings.csv", q);
	file_is(p, csv_part, sizeof csv_part - 1);
	free(p);
	if (shmcsv != NULL) {
		p = xasprintf("%s/other.csv", q);
		file_is(p, csv_part, sizeof csv_part - 1);
		free(p);
	}
	/* The source of a path part is left alone. */
	file_is(csv, csv_part, sizeof csv_part - 1);

	meta = xasprintf("%s/meta", q);
	if ((meta_before = slurp(meta, &metalen)) == NULL)
		fail_msg("%s: %s", meta, strerror(errno));
	assert_non_null(strstr(meta_before, "\nrcpt=dpo@example.org\n"));
	assert_int_equal(sub_entries(f, "tmp"), 0);
	assert_int_equal(sub_entries(f, "queue"), 1);

	/* The same key again: 1, and nothing changes. */
	mail_msg(&again, 12, "EU", 1800000000);
	free(again.subject);
	again.subject = xstrdup("another subject");
	parts[0].data = "other";
	parts[0].len = 5;
	assert_int_equal(spool_put(f->dir, &again, parts, 1, &cause), 1);
	assert_null(cause);
	file_is(meta, meta_before, metalen);
	p = xasprintf("%s/report.txt", q);
	file_is(p, text_part, sizeof text_part - 1);
	free(p);
	assert_int_equal(entries(q), nparts + 1);
	assert_int_equal(sub_entries(f, "tmp"), 0);
	assert_int_equal(sub_entries(f, "queue"), 1);

	/* Dead: still known. */
	assert_int_equal(spool_move(f->dir, &m, SPOOL_DEAD, NULL, &cause), 0);
	assert_null(cause);
	assert_false(exists(q));
	assert_true(sub_exists(f, "dead", m.key));
	assert_int_equal(spool_put(f->dir, &again, parts, 1, &cause), 1);
	assert_null(cause);
	assert_int_equal(sub_entries(f, "queue"), 0);
	assert_int_equal(sub_entries(f, "tmp"), 0);

	/* Sent (a tombstone only): still known. */
	assert_int_equal(spool_move(f->dir, &m, SPOOL_SENT, "dropped", &cause),
	    0);
	assert_null(cause);
	assert_false(sub_exists(f, "dead", m.key));
	p = xasprintf("%s/sent/%s", f->dir, m.key);
	assert_true(exists(p) && !is_dir(p));
	free(p);
	assert_int_equal(spool_put(f->dir, &again, parts, 1, &cause), 1);
	assert_null(cause);
	assert_int_equal(sub_entries(f, "queue"), 0);
	assert_int_equal(sub_entries(f, "dead"), 0);
	assert_int_equal(sub_entries(f, "tmp"), 0);
	assert_int_equal(sub_entries(f, "sent"), 1);

	/* A path part that does not exist fails and leaves nothing. */
	spool_msg_free(&again);
	mail_msg(&again, 13, "EU", 1800000000);
	parts[0] = (struct spool_part){ "findings.csv", NULL, 0,
	    "/nonexistent/steward/findings.csv" };
	assert_int_equal(spool_put(f->dir, &again, parts, 1, &cause), -1);
	assert_non_null(cause);
	XFREE(cause);
	assert_int_equal(sub_entries(f, "queue"), 0);
	assert_int_equal(sub_entries(f, "tmp"), 0);

	free(meta_before);
	free(meta);
	free(q);
	free(csv);
	free(shmcsv);
	spool_msg_free(&again);
	spool_msg_free(&m);
}

/* spool_put must refuse m, leaving nothing behind. */
static void
refused(const struct fixture *f, struct spool_msg *m, const char *what)
{
	struct spool_part	 part = { "report.txt", "x", 1, NULL };
	char			*cause = NULL;
	int			 rc;

	rc = spool_put(f->dir, m, &part, 1, &cause);
	if (rc != -1)
		fail_msg("%s with a line break: spool_put gave %d", what, rc);
	if (cause == NULL)
		fail_msg("%s with a line break: no cause", what);
	free(cause);
	assert_int_equal(sub_entries(f, "queue"), 0);
	assert_int_equal(sub_entries(f, "tmp"), 0);
	assert_int_equal(sub_entries(f, "dead"), 0);
	assert_int_equal(sub_entries(f, "sent"), 0);
}

static void
test_put_line_break(void **state)
{
	struct fixture		*f = *state;
	struct spool_msg	 m;
	char			**fields[] = { &m.jurisdiction, &m.date,
				    &m.message_id, &m.attachment, &m.error };
	char			*saved;
	size_t			 i;

	mail_msg(&m, 7, "EU", 1700000000);

	saved = m.subject;
	m.subject = xstrdup("Report\r\nBcc: everyone@example.org");
	refused(f, &m, "subject");
	free(m.subject);
	m.subject = xstrdup("Report\nBcc: everyone@example.org");
	refused(f, &m, "subject (LF)");
	free(m.subject);
	m.subject = xstrdup("Report\r");
	refused(f, &m, "subject (CR)");
	free(m.subject);
	m.subject = saved;

	saved = m.rcpt[1];
	m.rcpt[1] = xstrdup("legal@example.de\r\nRCPT TO:<x@evil.example>");
	refused(f, &m, "rcpt");
	free(m.rcpt[1]);
	m.rcpt[1] = saved;

	/* Every other one-line value. */
	for (i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		saved = *fields[i];
		*fields[i] = xasprintf("%s\r\nX: y", saved);
		refused(f, &m, "a header value");
		free(*fields[i]);
		*fields[i] = saved;
	}

	/* Nothing reserved the key: the clean message spools. */
	assert_int_equal(put(f, &m), 0);
	assert_int_equal(sub_entries(f, "queue"), 1);
	spool_msg_free(&m);
}

static void
test_list(void **state)
{
	struct fixture		*f = *state;
	struct spool_msg	 want[4], *v = NULL;
	char			*cause = NULL;
	size_t			 n = 99, i;
	static const size_t	 order[] = { 0, 3, 1, 2 };

	/*
	 * Spooled in neither created nor key order; the same created time
	 * sorts by key.
	 */
	mail_msg(&want[0], 30, "EU", 1700000050);
	webhook_msg(&want[1], 10, "unassigned", 1700000100);
	mail_msg(&want[2], 20, "US-CA", 1700000200);
	free(want[2].error);
	want[2].error = NULL;
	want[2].attempts = 0;
	free(want[2].attachment);
	want[2].attachment = NULL;
	free(want[2].subject);
	want[2].subject = xstrdup("");	/* empty, not absent */
	webhook_msg(&want[3], 10, "EU", 1700000100);
	for (i = 0; i < 4; i++)
		assert_int_equal(put(f, &want[i]), 0);

	assert_int_equal(spool_list(f->dir, SPOOL_QUEUED, &v, &n, &cause), 0);
	assert_null(cause);
	assert_int_equal(n, 4);
	for (i = 0; i < n; i++) {
		msg_eq(&v[i], &want[order[i]]);
		assert_int_equal(v[i].state, SPOOL_QUEUED);
		assert_null(v[i].outcome);
	}
	str_eq("key", v[0].key, "r30-EU-mail");
	str_eq("key", v[1].key, "r10-EU-webhook");
	str_eq("key", v[2].key, "r10-unassigned-webhook");
	str_eq("key", v[3].key, "r20-US-CA-mail");
	assert_int_equal(v[1].channel, SPOOL_WEBHOOK);
	assert_int_equal(v[1].nrcpt, 0);
	assert_null(v[1].subject);
	assert_null(v[1].error);
	str_eq("subject", v[3].subject, "");
	assert_null(v[3].error);
	assert_null(v[3].attachment);
	assert_int_equal(v[0].channel, SPOOL_MAIL);
	assert_int_equal(v[0].run, 30);
	str_eq("jurisdiction", v[0].jurisdiction, "EU");
	assert_int_equal(v[0].nrcpt, 3);
	str_eq("rcpt", v[0].rcpt[1], "J\xc3\xbcrgen <legal@example.de>");
	str_eq("subject", v[0].subject, "Steward report: M\xc3\xbcller "
	    "\xe2\x80\x93 12 findings \xf0\x9f\x93\x8b (a=b)");
	str_eq("date", v[0].date, "Tue, 14 Nov 2023 22:13:20 +0000");
	str_eq("message_id", v[0].message_id,
	    "<r30-EU-mail.host.example@steward>");
	str_eq("attachment", v[0].attachment, "findings.csv");
	assert_int_equal(v[0].created, 1700000050);
	assert_int_equal(v[0].next, 1700000650);
	assert_int_equal(v[0].attempts, 2);
	str_eq("error", v[0].error, "smtp: 451 4.7.1 greylisted, try=later");
	spool_list_free(v, n);

	/* Nothing dead or sent yet. */
	v = NULL;
	assert_int_equal(spool_list(f->dir, SPOOL_DEAD, &v, &n, &cause), 0);
	assert_int_equal(n, 0);
	spool_list_free(v, n);
	v = NULL;
	assert_int_equal(spool_list(f->dir, SPOOL_SENT, &v, &n, &cause), 0);
	assert_int_equal(n, 0);
	spool_list_free(v, n);

	/* A sent message lists with its outcome. */
	assert_int_equal(spool_move(f->dir, &want[0], SPOOL_SENT, NULL,
	    &cause), 0);
	v = NULL;
	assert_int_equal(spool_list(f->dir, SPOOL_SENT, &v, &n, &cause), 0);
	assert_int_equal(n, 1);
	msg_eq(&v[0], &want[0]);
	assert_int_equal(v[0].state, SPOOL_SENT);
	str_eq("outcome", v[0].outcome, "delivered");
	spool_list_free(v, n);

	for (i = 0; i < 4; i++)
		spool_msg_free(&want[i]);
}

static void
test_save(void **state)
{
	struct fixture		*f = *state;
	struct spool_msg	 m, *v = NULL;
	char			*cause = NULL, *p;
	size_t			 n = 0;

	mail_msg(&m, 5, "EU", 1700000000);
	assert_int_equal(put(f, &m), 0);
	spool_msg_free(&m);

	assert_int_equal(spool_list(f->dir, SPOOL_QUEUED, &v, &n, &cause), 0);
	assert_int_equal(n, 1);
	v[0].attempts = 7;
	v[0].next = 1700009999;
	free(v[0].error);
	v[0].error = xstrdup("smtp: connection refused");
	assert_int_equal(spool_save(f->dir, &v[0], &cause), 0);
	assert_null(cause);
	spool_list_free(v, n);

	v = NULL;
	assert_int_equal(spool_list(f->dir, SPOOL_QUEUED, &v, &n, &cause), 0);
	assert_int_equal(n, 1);
	assert_int_equal(v[0].attempts, 7);
	assert_int_equal(v[0].next, 1700009999);
	str_eq("error", v[0].error, "smtp: connection refused");
	/* The rest is untouched. */
	assert_int_equal(v[0].nrcpt, 3);
	assert_int_equal(v[0].created, 1700000000);
	str_eq("attachment", v[0].attachment, "findings.csv");
	p = spool_part(f->dir, &v[0], "body.json");
	file_is(p, "{}", 2);
	free(p);
	p = spool_part(f->dir, &v[0], "meta.tmp");
	assert_false(exists(p));
	free(p);

	/* A dead message can be saved too, and the error cleared. */
	assert_int_equal(spool_move(f->dir, &v[0], SPOOL_DEAD, NULL, &cause),
	    0);
	v[0].attempts = 0;
	XFREE(v[0].error);
	assert_int_equal(spool_save(f->dir, &v[0], &cause), 0);
	spool_list_free(v, n);
	v = NULL;
	assert_int_equal(spool_list(f->dir, SPOOL_DEAD, &v, &n, &cause), 0);
	assert_int_equal(n, 1);
	assert_int_equal(v[0].attempts, 0);
	assert_null(v[0].error);
	assert_int_equal(v[0].next, 1700009999);
	spool_list_free(v, n);
}

/*
 * The error saved after a failed attempt comes from the server or from
 * libcurl.  Whatever it holds, it must not turn into more lines of the
 * meta file: a line break must not add a recipient or reset attempts.
 */
static void
test_save_line_break(void **state)
{
	struct fixture		*f = *state;
	struct spool_msg	 m, *v = NULL;
	char			*cause = NULL;
	size_t			 n = 0, i, nrcpt;
	int			 rc, attempts, injected = 0;

	mail_msg(&m, 6, "EU", 1700000000);
	m.attempts = 4;
	assert_int_equal(put(f, &m), 0);
	free(m.error);
	m.error = xstrdup("550-5.1.1 first line\r\nrcpt=attacker@evil.example\n"
	    "attempts=0");
	rc = spool_save(f->dir, &m, &cause);
	if (rc != 0) {
		/* Refusing is fine, as spool_put does. */
		assert_int_equal(rc, -1);
		assert_non_null(cause);
		XFREE(cause);
	}

	spool_msg_free(&m);
	assert_int_equal(spool_list(f->dir, SPOOL_QUEUED, &v, &n, &cause), 0);
	assert_int_equal(n, 1);
	nrcpt = v[0].nrcpt;
	attempts = v[0].attempts;
	for (i = 0; i < nrcpt; i++)
		if (strstr(v[0].rcpt[i], "attacker") != NULL)
			injected = 1;
	spool_list_free(v, n);
	if (injected)
		fail_msg("an error with a line break added a recipient "
		    "through spool_save");
	assert_int_equal(nrcpt, 3);
	assert_int_equal(attempts, 4);
}

static void
test_crash_recovery(void **state)
{
	struct fixture		*f = *state;
	struct spool_msg	 done, other, *v = NULL, found;
	char			*meta, *tomb, *cause = NULL, *data;
	size_t			 n = 0, len;

	mail_msg(&done, 40, "EU", 1700000000);
	mail_msg(&other, 41, "EU", 1700000001);
	assert_int_equal(put(f, &done), 0);
	assert_int_equal(put(f, &other), 0);

	/* The tombstone is written, then the crash: queue/KEY stays. */
	meta = xasprintf("%s/queue/%s/meta", f->dir, done.key);
	if ((data = slurp(meta, &len)) == NULL)
		fail_msg("%s: %s", meta, strerror(errno));
	tomb = xasprintf("%s/sent/%s", f->dir, done.key);
	spit(tomb, data, len);
	free(data);
	assert_true(sub_exists(f, "queue", done.key));

	assert_int_equal(spool_list(f->dir, SPOOL_QUEUED, &v, &n, &cause), 0);
	assert_int_equal(n, 1);
	str_eq("key", v[0].key, other.key);
	spool_list_free(v, n);
	/* The removal was finished; the tombstone and the other stay. */
	assert_false(sub_exists(f, "queue", done.key));
	assert_true(exists(tomb));
	assert_true(sub_exists(f, "queue", other.key));

	/* It is known as sent, and cannot be spooled again. */
	assert_int_equal(spool_find(f->dir, done.key, &found, &cause), 0);
	assert_int_equal(found.state, SPOOL_SENT);
	spool_msg_free(&found);
	assert_int_equal(put(f, &done), 1);
	assert_false(sub_exists(f, "queue", done.key));

	free(tomb);
	free(meta);
	spool_msg_free(&done);
	spool_msg_free(&other);
}

static void
test_move_find(void **state)
{
	struct fixture		*f = *state;
	struct spool_msg	 m, found, *v = NULL;
	char			*cause = NULL, *p, longkey[SPOOL_KEY_MAX + 8];
	size_t			 n = 0;

	mail_msg(&m, 50, "EU", 1700000000);
	assert_int_equal(put(f, &m), 0);

	assert_int_equal(spool_find(f->dir, m.key, &found, &cause), 0);
	assert_null(cause);
	assert_int_equal(found.state, SPOOL_QUEUED);
	msg_eq(&found, &m);
	spool_msg_free(&found);

	/* QUEUED -> DEAD */
	assert_int_equal(spool_move(f->dir, &m, SPOOL_DEAD, NULL, &cause), 0);
	assert_null(cause);
	assert_int_equal(m.state, SPOOL_DEAD);
	assert_false(sub_exists(f, "queue", m.key));
	assert_true(sub_exists(f, "dead", m.key));
	assert_int_equal(spool_find(f->dir, m.key, &found, &cause), 0);
	assert_int_equal(found.state, SPOOL_DEAD);
	msg_eq(&found, &m);
	spool_msg_free(&found);
	assert_int_equal(spool_list(f->dir, SPOOL_QUEUED, &v, &n, &cause), 0);
	assert_int_equal(n, 0);
	spool_list_free(v, n);
	v = NULL;
	assert_int_equal(spool_list(f->dir, SPOOL_DEAD, &v, &n, &cause), 0);
	assert_int_equal(n, 1);
	assert_int_equal(v[0].state, SPOOL_DEAD);
	spool_list_free(v, n);

	/* DEAD -> QUEUED, parts intact */
	assert_int_equal(spool_move(f->dir, &m, SPOOL_QUEUED, NULL, &cause), 0);
	assert_int_equal(m.state, SPOOL_QUEUED);
	assert_true(sub_exists(f, "queue", m.key));
	assert_false(sub_exists(f, "dead", m.key));
	p = spool_part(f->dir, &m, "body.json");
	file_is(p, "{}", 2);
	free(p);
	assert_int_equal(spool_find(f->dir, m.key, &found, &cause), 0);
	assert_int_equal(found.state, SPOOL_QUEUED);
	msg_eq(&found, &m);
	spool_msg_free(&found);

	/* QUEUED -> SENT */
	assert_int_equal(spool_move(f->dir, &m, SPOOL_SENT, NULL, &cause), 0);
	assert_int_equal(m.state, SPOOL_SENT);
	assert_false(sub_exists(f, "queue", m.key));
	assert_int_equal(spool_find(f->dir, m.key, &found, &cause), 0);
	assert_int_equal(found.state, SPOOL_SENT);
	str_eq("outcome", found.outcome, "delivered");
	msg_eq(&found, &m);
	spool_msg_free(&found);
	assert_int_equal(sub_entries(f, "sent"), 1);	/* no KEY.tmp */

	/* Unknown and malformed keys. */
	assert_int_equal(spool_find(f->dir, "r999-EU-mail", &found, &cause),
	    1);
	assert_null(cause);
	assert_int_equal(spool_find(f->dir, "r50-EU/mail", &found, &cause),
	    -1);
	assert_non_null(cause);
	XFREE(cause);
	assert_int_equal(spool_find(f->dir, "../sent/r50-EU-mail", &found,
	    &cause), -1);
	assert_non_null(cause);
	XFREE(cause);
	assert_int_equal(spool_find(f->dir, ".r50-EU-mail", &found, &cause),
	    -1);
	assert_non_null(cause);
	XFREE(cause);
	assert_int_equal(spool_find(f->dir, "..", &found, &cause), -1);
	assert_non_null(cause);
	XFREE(cause);
	memset(longkey, 'a', sizeof longkey - 1);
	longkey[sizeof longkey - 1] = '\0';
	assert_int_equal(spool_find(f->dir, longkey, &found, &cause), -1);
	assert_non_null(cause);
	XFREE(cause);

	spool_msg_free(&m);
}

/*
 * An empty key names no message.  It must not find the sent/ directory
 * itself (fopen of a directory succeeds on Linux) and report a message.
 */
static void
test_find_empty_key(void **state)
{
	struct fixture		*f = *state;
	struct spool_msg	 found;
	char			*cause = NULL;
	int			 rc;

	memset(&found, 0, sizeof found);
	rc = spool_find(f->dir, "", &found, &cause);
	if (rc == 0) {
		spool_msg_free(&found);
		fail_msg("spool_find of \"\" found a message (state %s)",
		    spool_state_name(found.state));
	}
	assert_int_equal(rc, -1);
	assert_non_null(cause);
	free(cause);
}

static void
key_is(long long run, const char *jur, const char *channel, const char *want)
{
	char	 key[SPOOL_KEY_MAX];

	memset(key, 'Z', sizeof key);
	spool_key(key, sizeof key, run, jur, channel);
	if (strcmp(key, want) != 0)
		fail_msg("spool_key(%lld, '%s', '%s') is '%s', expected '%s'",
		    run, jur, channel, key, want);
}

static void
test_key(void **state)
{
	char	 key[SPOOL_KEY_MAX], small[6], jur[300];
	size_t	 i;

	(void)state;
	key_is(12, "EU", "mail", "r12-EU-mail");
	key_is(3, "unassigned", "webhook", "r3-unassigned-webhook");
	key_is(1, "US-CA", "mail", "r1-US-CA-mail");
	key_is(1, "a_b.c", "mail", "r1-a_b.c-mail");
	key_is(1, "a/b c", "mail", "r1-a_b_c-mail");
	key_is(1, "\xc3\xa9", "mail", "r1-__-mail");		/* é: 2 bytes */
	key_is(1, "\xf0\x9f\x98\x80", "mail", "r1-____-mail");	/* 4 bytes */
	key_is(1, "tab\there\n", "mail", "r1-tab_here_-mail");
	key_is(1, "..", "mail", "r1-..-mail");
	key_is(1, "EU", "we b/hook", "r1-EU-we_b_hook");
	key_is(-4, "EU", "mail", "r-4-EU-mail");
	key_is(9223372036854775807LL, "EU", "mail",
	    "r9223372036854775807-EU-mail");

	/* The key is always a safe single file name. */
	spool_key(key, sizeof key, 1, "../../etc", "mail");
	assert_null(strchr(key, '/'));
	assert_true(key[0] != '.');
	str_eq("key", key, "r1-.._.._etc-mail");

	/* Truncated, but terminated. */
	spool_key(small, sizeof small, 12, "EU", "mail");
	str_eq("key", small, "r12-E");

	/* A long jurisdiction fits SPOOL_KEY_MAX. */
	for (i = 0; i < sizeof jur - 1; i++)
		jur[i] = 'x';
	jur[sizeof jur - 1] = '\0';
	spool_key(key, sizeof key, 1, jur, "mail");
	assert_int_equal(strlen(key), SPOOL_KEY_MAX - 1);
	assert_memory_equal(key, "r1-xxx", 6);
}

/* spool_count sees what spool_list sees, without reading the messages. */
static void
test_count(void **state)
{
	struct fixture		*f = *state;
	struct spool_msg	 a, b;
	char			*cause = NULL;

	assert_int_equal(spool_count(f->dir, SPOOL_QUEUED), 0);
	mail_msg(&a, 1, "EU", 1700000000);
	mail_msg(&b, 1, "UK", 1700000001);
	assert_int_equal(put(f, &a), 0);
	assert_int_equal(put(f, &b), 0);
	assert_int_equal(spool_count(f->dir, SPOOL_QUEUED), 2);
	assert_int_equal(spool_move(f->dir, &b, SPOOL_DEAD, NULL, &cause), 0);
	assert_int_equal(spool_count(f->dir, SPOOL_QUEUED), 1);
	assert_int_equal(spool_count(f->dir, SPOOL_DEAD), 1);
	assert_int_equal(spool_move(f->dir, &a, SPOOL_SENT, "delivered",
	    &cause), 0);
	assert_int_equal(spool_count(f->dir, SPOOL_QUEUED), 0);
	assert_int_equal(spool_count(f->dir, SPOOL_SENT), 1);
	spool_msg_free(&a);
	spool_msg_free(&b);
}

/* spool_name: a jurisdiction as a file name of its own. */
static void
test_name(void **state)
{
	char	 name[SPOOL_KEY_MAX];

	(void)state;
	spool_name(name, sizeof name, "eu");
	assert_string_equal(name, "eu");
	spool_name(name, sizeof name, "a/b c");
	assert_string_equal(name, "a_b_c");
	spool_name(name, sizeof name, "..");
	assert_string_equal(name, "_.");
	spool_name(name, sizeof name, ".hidden");
	assert_string_equal(name, "_hidden");
}

static void
test_prune(void **state)
{
	struct fixture		*f = *state;
	struct spool_msg	 old, young, found;
	struct timeval		 tv[2];
	char			*p, *cause = NULL;

	mail_msg(&old, 60, "EU", 1700000000);
	mail_msg(&young, 61, "EU", 1700000000);
	assert_int_equal(put(f, &old), 0);
	assert_int_equal(put(f, &young), 0);
	assert_int_equal(spool_move(f->dir, &old, SPOOL_SENT, NULL, &cause),
	    0);
	assert_int_equal(spool_move(f->dir, &young, SPOOL_SENT, NULL, &cause),
	    0);

	/* Ten days old, and an hour old. */
	p = xasprintf("%s/sent/%s", f->dir, old.key);
	tv[0].tv_sec = tv[1].tv_sec = time(NULL) - 10 * 86400;
	tv[0].tv_usec = tv[1].tv_usec = 0;
	assert_int_equal(utimes(p, tv), 0);
	free(p);
	p = xasprintf("%s/sent/%s", f->dir, young.key);
	tv[0].tv_sec = tv[1].tv_sec = time(NULL) - 3600;
	assert_int_equal(utimes(p, tv), 0);
	free(p);

	spool_prune(f->dir, 86400);
	assert_false(sub_exists(f, "sent", old.key));
	assert_true(sub_exists(f, "sent", young.key));
	assert_int_equal(sub_entries(f, "sent"), 1);

	/* Forgotten: the old key could be spooled again, the young not. */
	assert_int_equal(spool_find(f->dir, old.key, &found, &cause), 1);
	assert_int_equal(spool_find(f->dir, young.key, &found, &cause), 0);
	spool_msg_free(&found);
	spool_msg_free(&old);
	mail_msg(&old, 60, "EU", 1700000000);
	assert_int_equal(put(f, &old), 0);
	mail_msg(&found, 61, "EU", 1700000000);
	assert_int_equal(put(f, &found), 1);
	spool_msg_free(&found);

	/* Queued messages are never pruned; the young one outlives age 0.5d. */
	spool_prune(f->dir, 43200);
	assert_true(sub_exists(f, "queue", old.key));
	assert_true(sub_exists(f, "sent", young.key));

	/* No sent/ at all is not an error. */
	p = xasprintf("%s/nothing", f->root);
	spool_prune(p, 0);
	free(p);

	spool_msg_free(&old);
	spool_msg_free(&young);
}

static void
test_part(void **state)
{
	struct fixture		*f = *state;
	struct spool_msg	 m;
	char			*p, *want, *cause = NULL, real[PATH_MAX];
	char			 realdir[PATH_MAX];

	mail_msg(&m, 70, "EU", 1700000000);
	assert_int_equal(put(f, &m), 0);

	p = spool_part(f->dir, &m, "body.json");
	want = xasprintf("%s/queue/%s/body.json", f->dir, m.key);
	str_eq("part", p, want);
	file_is(p, "{}", 2);
	assert_non_null(realpath(p, real));
	assert_non_null(realpath(f->dir, realdir));
	assert_memory_equal(real, realdir, strlen(realdir));
	free(want);
	free(p);

	assert_int_equal(spool_move(f->dir, &m, SPOOL_DEAD, NULL, &cause), 0);
	p = spool_part(f->dir, &m, "body.json");
	want = xasprintf("%s/dead/%s/body.json", f->dir, m.key);
	str_eq("part", p, want);
	file_is(p, "{}", 2);
	free(want);
	free(p);

	spool_msg_free(&m);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_open, setup, teardown),
		cmocka_unit_test_setup_teardown(test_put, setup, teardown),
		cmocka_unit_test_setup_teardown(test_put_line_break, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_list, setup, teardown),
		cmocka_unit_test_setup_teardown(test_save, setup, teardown),
		cmocka_unit_test_setup_teardown(test_save_line_break, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_crash_recovery, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_move_find, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_find_empty_key, setup,
		    teardown),
		cmocka_unit_test(test_key),
		cmocka_unit_test(test_name),
		cmocka_unit_test_setup_teardown(test_count, setup, teardown),
		cmocka_unit_test_setup_teardown(test_prune, setup, teardown),
		cmocka_unit_test_setup_teardown(test_part, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
