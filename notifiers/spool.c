/*
 * spool.c -- the durable outbox (see spool.h for the layout).
 *
 * Every step that makes a message exist, change state or go away is a
 * rename() of something already fsync'ed, followed by an fsync of the
 * directory that changed, as Postfix and qmail do with their queues.
 */
#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/util.h"
#include "notifiers/spool.h"

static const char *const state_dirs[] = {
	[SPOOL_QUEUED] = "queue", [SPOOL_DEAD] = "dead", [SPOOL_SENT] = "sent"
};

const char *
spool_state_name(enum spool_state s)
{
	return s == SPOOL_QUEUED ? "queued" : s == SPOOL_DEAD ? "dead" : "sent";
}

static int
fsync_path(const char *path)
{
	int	 fd, rc;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

static int
fail_errno(char **cause, const char *what, const char *path)
{
	*cause = xasprintf("spool: %s %s: %s", what, path, strerror(errno));
	return -1;
}

/* Remove a message directory and its files (no subdirectories). */
static int
remove_tree(const char *path)
{
	DIR		*d;
	struct dirent	*e;
	char		*p;

	if ((d = opendir(path)) == NULL)
		return errno == ENOENT ? 0 : -1;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		p = xasprintf("%s/%s", path, e->d_name);
		unlink(p);
		free(p);
	}
	closedir(d);
	return rmdir(path);
}

int
spool_open(const char *dir, char **cause)
{
	static const char *const subs[] = { "tmp", "queue", "dead", "sent" };
	DIR		*d;
	struct dirent	*e;
	char		*p, *q;
	size_t		 i;

	if (mkdir(dir, 0750) == -1 && errno != EEXIST)
		return fail_errno(cause, "cannot create", dir);
	for (i = 0; i < sizeof subs / sizeof subs[0]; i++) {
		p = xasprintf("%s/%s", dir, subs[i]);
		if (mkdir(p, 0750) == -1 && errno != EEXIST) {
			fail_errno(cause, "cannot create", p);
			free(p);
			return -1;
		}
		free(p);
	}
	/* Half-written messages never reached queue/: forget them. */
	p = xasprintf("%s/tmp", dir);
	if ((d = opendir(p)) != NULL) {
		while ((e = readdir(d)) != NULL) {
			if (e->d_name[0] == '.')
				continue;
			q = xasprintf("%s/%s", p, e->d_name);
			if (remove_tree(q) == -1)
				unlink(q);
			free(q);
		}
		closedir(d);
	}
	free(p);
	return 0;
}

/* Bytes outside [A-Za-z0-9._-] become '_'. */
static void
sanitize(char *p)
{
	for (; *p != '\0'; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || *p == '-' || *p == '_' ||
		    *p == '.'))
			*p = '_';
}

void
spool_name(char *out, size_t len, const char *s)
{
	snprintf(out, len, "%s", s);
	sanitize(out);
	if (out[0] == '.')
		out[0] = '_';
}

void
spool_key(char *key, size_t len, long long run, const char *jur,
    const char *channel)
{
	snprintf(key, len, "r%lld-%s-%s", run, jur, channel);
	sanitize(key);
}

/* Messages in a state, by their directory entries alone; -1 on error. */
long
spool_count(const char *dir, enum spool_state s)
{
	DIR		*d;
	struct dirent	*e;
	char		*p;
	long		 n = 0;

	p = xasprintf("%s/%s", dir, state_dirs[s]);
	d = opendir(p);
	free(p);
	if (d == NULL)
		return -1;
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] != '.' && strstr(e->d_name, ".tmp") == NULL)
			n++;
	closedir(d);
	return n;
}

/* Write a whole file and fsync it; the caller renames it into place. */
static int
write_file(const char *path, const char *data, size_t len, char **cause)
{
	ssize_t	 n;
	int	 fd;

	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
	    0640)) == -1)
		return fail_errno(cause, "cannot create", path);
	while (len > 0) {
		if ((n = write(fd, data, len)) == -1) {
			if (errno == EINTR)
				continue;
			fail_errno(cause, "cannot write", path);
			close(fd);
			return -1;
		}
		data += n;
		len -= (size_t)n;
	}
	if (fsync(fd) == -1) {
		fail_errno(cause, "cannot sync", path);
		close(fd);
		return -1;
	}
	if (close(fd) == -1)
		return fail_errno(cause, "cannot close", path);
	return 0;
}

static int
copy_file(const char *from, const char *to, char **cause)
{
	char	 b[65536];
	ssize_t	 n, w;
	int	 in, out, rc = -1;

	if ((in = open(from, O_RDONLY | O_CLOEXEC)) == -1)
		return fail_errno(cause, "cannot open", from);
	if ((out = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
	    0640)) == -1) {
		fail_errno(cause, "cannot create", to);
		close(in);
		return -1;
	}
	while ((n = read(in, b, sizeof b)) != 0) {
		if (n == -1) {
			if (errno == EINTR)
				continue;
			fail_errno(cause, "cannot read", from);
			goto out;
		}
		for (w = 0; w < n; ) {
			ssize_t k = write(out, b + w, (size_t)(n - w));
			if (k == -1) {
				if (errno == EINTR)
					continue;
				fail_errno(cause, "cannot write", to);
				goto out;
			}
			w += k;
		}
	}
	if (fsync(out) == -1) {
		fail_errno(cause, "cannot sync", to);
		goto out;
	}
	rc = 0;
out:
	close(in);
	if (close(out) == -1 && rc == 0)
		rc = fail_errno(cause, "cannot close", to);
	return rc;
}

/* One line per value: spool_put refuses line breaks, errors lose them. */
static void
meta_text(const struct spool_msg *m, struct buf *b)
{
	const char	*p;
	size_t		 i;

	buf_printf(b, "channel=%s\n", m->channel == SPOOL_MAIL ? "mail" :
	    "webhook");
	buf_printf(b, "run=%lld\n", m->run);
	buf_printf(b, "jurisdiction=%s\n", m->jurisdiction);
	buf_printf(b, "created=%lld\nnext=%lld\nattempts=%d\n", m->created,
	    m->next, m->attempts);
	for (i = 0; i < m->nrcpt; i++)
		buf_printf(b, "rcpt=%s\n", m->rcpt[i]);
	if (m->subject != NULL)
		buf_printf(b, "subject=%s\n", m->subject);
	if (m->date != NULL)
		buf_printf(b, "date=%s\n", m->date);
	if (m->message_id != NULL)
		buf_printf(b, "message_id=%s\n", m->message_id);
	if (m->attachment != NULL)
		buf_printf(b, "attachment=%s\n", m->attachment);
	if (m->error != NULL) {
		/* A server's reply can span lines; keep it to one. */
		buf_adds(b, "error=");
		for (p = m->error; *p != '\0'; p++)
			buf_addc(b, *p == '\r' || *p == '\n' ? ' ' : *p);
		buf_addc(b, '\n');
	}
	if (m->outcome != NULL)
		buf_printf(b, "outcome=%s\n", m->outcome);
}

static int
one_line(const char *s)
{
	return s == NULL || strpbrk(s, "\r\n") == NULL;
}

/* Write path/meta through path/meta.tmp. */
static int
write_meta(const char *path, const struct spool_msg *m, char **cause)
{
	struct buf	 b;
	char		*tmp;
	int		 rc;

	buf_init(&b);
	meta_text(m, &b);
	tmp = xasprintf("%s.tmp", path);
	rc = write_file(tmp, b.data, b.len, cause);
	if (rc == 0 && rename(tmp, path) == -1)
		rc = fail_errno(cause, "cannot rename", tmp);
	if (rc != 0)
		unlink(tmp);
	free(tmp);
	buf_free(&b);
	return rc;
}

static int
exists_any(const char *dir, const char *key)
{
	struct stat	 st;
	char		*p;
	int		 s, found = 0;

	for (s = SPOOL_QUEUED; s <= SPOOL_SENT && !found; s++) {
		p = xasprintf("%s/%s/%s", dir, state_dirs[s], key);
		found = lstat(p, &st) == 0;
		free(p);
	}
	return found;
}

int
spool_put(const char *dir, struct spool_msg *m, const struct spool_part *parts,
    size_t nparts, char **cause)
{
	char	*tmp, *p, *final = NULL, *qdir;
	size_t	 i;
	int	 rc = -1;

	if (exists_any(dir, m->key))
		return 1;
	for (i = 0; i < m->nrcpt; i++)
		if (!one_line(m->rcpt[i]))
			goto bad;
	if (!one_line(m->jurisdiction) || !one_line(m->subject) ||
	    !one_line(m->date) || !one_line(m->message_id) ||
	    !one_line(m->attachment) || !one_line(m->error))
		goto bad;
	m->state = SPOOL_QUEUED;
	tmp = xasprintf("%s/tmp/%s", dir, m->key);
	remove_tree(tmp);
	if (mkdir(tmp, 0750) == -1) {
		fail_errno(cause, "cannot create", tmp);
		free(tmp);
		return -1;
	}
	for (i = 0; i < nparts; i++) {
		p = xasprintf("%s/%s", tmp, parts[i].name);
		if (parts[i].path != NULL) {
			/* A hard link is instant and as durable as the file. */
			if (link(parts[i].path, p) == -1 &&
			    copy_file(parts[i].path, p, cause) != 0) {
				free(p);
				goto out;
			}
		} else if (write_file(p, parts[i].data, parts[i].len,
		    cause) != 0) {
			free(p);
			goto out;
		}
		free(p);
	}
	p = xasprintf("%s/meta", tmp);
	rc = write_meta(p, m, cause);
	free(p);
	if (rc != 0 || fsync_path(tmp) == -1) {
		if (rc == 0)
			fail_errno(cause, "cannot sync", tmp);
		rc = -1;
		goto out;
	}
	final = xasprintf("%s/queue/%s", dir, m->key);
	if (rename(tmp, final) == -1) {
		rc = fail_errno(cause, "cannot rename", tmp);
		goto out;
	}
	qdir = xasprintf("%s/queue", dir);
	if (fsync_path(qdir) == -1)
		rc = fail_errno(cause, "cannot sync", qdir);
	free(qdir);
out:
	if (rc != 0)
		remove_tree(tmp);
	free(final);
	free(tmp);
	return rc;
bad:
	*cause = xasprintf("spool: %s: a header value holds a line break",
	    m->key);
	return -1;
}

static void
add_rcpt(struct spool_msg *m, const char *v)
{
	m->rcpt = xreallocarray(m->rcpt, m->nrcpt + 1, sizeof *m->rcpt);
	m->rcpt[m->nrcpt++] = xstrdup(v);
}

/* Parse a meta file; -1 if unreadable (a message being written). */
static int
read_meta(const char *path, struct spool_msg *m)
{
	FILE	*fp;
	char	*line = NULL, *v;
	size_t	 cap = 0;
	ssize_t	 n;

	if ((fp = fopen(path, "re")) == NULL)
		return -1;
	while ((n = getline(&line, &cap, fp)) > 0) {
		if (line[n - 1] == '\n')
			line[--n] = '\0';
		if ((v = strchr(line, '=')) == NULL)
			continue;
		*v++ = '\0';
		if (strcmp(line, "channel") == 0)
			m->channel = strcmp(v, "webhook") == 0 ? SPOOL_WEBHOOK :
			    SPOOL_MAIL;
		else if (strcmp(line, "run") == 0)
			m->run = strtoll(v, NULL, 10);
		else if (strcmp(line, "jurisdiction") == 0)
			m->jurisdiction = xstrdup(v);
		else if (strcmp(line, "created") == 0)
			m->created = strtoll(v, NULL, 10);
		else if (strcmp(line, "next") == 0)
			m->next = strtoll(v, NULL, 10);
		else if (strcmp(line, "attempts") == 0)
			m->attempts = (int)strtol(v, NULL, 10);
		else if (strcmp(line, "rcpt") == 0)
			add_rcpt(m, v);
		else if (strcmp(line, "subject") == 0)
			m->subject = xstrdup(v);
		else if (strcmp(line, "date") == 0)
			m->date = xstrdup(v);
		else if (strcmp(line, "message_id") == 0)
			m->message_id = xstrdup(v);
		else if (strcmp(line, "attachment") == 0)
			m->attachment = xstrdup(v);
		else if (strcmp(line, "error") == 0)
			m->error = xstrdup(v);
		else if (strcmp(line, "outcome") == 0)
			m->outcome = xstrdup(v);
	}
	free(line);
	fclose(fp);
	if (m->jurisdiction == NULL)
		m->jurisdiction = xstrdup("");
	return 0;
}

static char *
meta_path(const char *dir, enum spool_state s, const char *key)
{
	if (s == SPOOL_SENT)
		return xasprintf("%s/sent/%s", dir, key);
	return xasprintf("%s/%s/%s/meta", dir, state_dirs[s], key);
}

static int
load(const char *dir, enum spool_state s, const char *key,
    struct spool_msg *m)
{
	char	*p;
	int	 rc;

	memset(m, 0, sizeof *m);
	snprintf(m->key, sizeof m->key, "%s", key);
	m->state = s;
	p = meta_path(dir, s, key);
	rc = read_meta(p, m);
	free(p);
	if (rc != 0)
		spool_msg_free(m);
	return rc;
}

static int
by_created(const void *a, const void *b)
{
	const struct spool_msg	*x = a, *y = b;

	if (x->created != y->created)
		return x->created < y->created ? -1 : 1;
	return strcmp(x->key, y->key);
}

int
spool_list(const char *dir, enum spool_state s, struct spool_msg **out,
    size_t *nout, char **cause)
{
	DIR		*d;
	struct dirent	*e;
	struct stat	 st;
	struct spool_msg *v = NULL, m;
	char		*p, *t;
	size_t		 n = 0;

	p = xasprintf("%s/%s", dir, state_dirs[s]);
	if ((d = opendir(p)) == NULL) {
		fail_errno(cause, "cannot read", p);
		free(p);
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.' || strlen(e->d_name) >= SPOOL_KEY_MAX ||
		    (s == SPOOL_SENT && strchr(e->d_name, '.') != NULL &&
		    strcmp(strrchr(e->d_name, '.'), ".tmp") == 0))
			continue;
		if (s == SPOOL_QUEUED) {
			/* Accepted, but the crash came before the removal. */
			t = xasprintf("%s/sent/%s", dir, e->d_name);
			if (stat(t, &st) == 0) {
				free(t);
				t = xasprintf("%s/%s", p, e->d_name);
				remove_tree(t);
				free(t);
				continue;
			}
			free(t);
		}
		if (load(dir, s, e->d_name, &m) != 0)
			continue;
		v = xreallocarray(v, n + 1, sizeof *v);
		v[n++] = m;
	}
	closedir(d);
	free(p);
	if (n > 1)
		qsort(v, n, sizeof *v, by_created);
	*out = v;
	*nout = n;
	return 0;
}

int
spool_find(const char *dir, const char *key, struct spool_msg *m,
    char **cause)
{
	int	 s;

	if (key[0] == '\0' || strchr(key, '/') != NULL || key[0] == '.' ||
	    strlen(key) >= SPOOL_KEY_MAX) {
		*cause = xasprintf("'%s' is not a spool message id", key);
		return -1;
	}
	for (s = SPOOL_QUEUED; s <= SPOOL_SENT; s++)
		if (load(dir, (enum spool_state)s, key, m) == 0)
			return 0;
	return 1;
}

int
spool_save(const char *dir, const struct spool_msg *m, char **cause)
{
	char	*p;
	int	 rc;

	p = meta_path(dir, m->state, m->key);
	rc = write_meta(p, m, cause);
	free(p);
	return rc;
}

int
spool_move(const char *dir, struct spool_msg *m, enum spool_state to,
    const char *outcome, char **cause)
{
	char	*from, *dst, *d;
	int	 rc = 0;

	from = xasprintf("%s/%s/%s", dir, state_dirs[m->state], m->key);
	if (to == SPOOL_SENT) {
		free(m->outcome);
		m->outcome = xstrdup(outcome != NULL ? outcome : "delivered");
		dst = xasprintf("%s/sent/%s", dir, m->key);
		d = xasprintf("%s/sent", dir);
		/* The tombstone first: from then on the message is done. */
		if (write_meta(dst, m, cause) != 0)
			rc = -1;
		else if (fsync_path(d) == -1)
			rc = fail_errno(cause, "cannot sync", d);
		else if (remove_tree(from) == -1)
			rc = fail_errno(cause, "cannot remove", from);
	} else {
		dst = xasprintf("%s/%s/%s", dir, state_dirs[to], m->key);
		d = xasprintf("%s/%s", dir, state_dirs[to]);
		if (rename(from, dst) == -1)
			rc = fail_errno(cause, "cannot move", from);
		else if (fsync_path(d) == -1)
			rc = fail_errno(cause, "cannot sync", d);
	}
	if (rc == 0)
		m->state = to;
	free(d);
	free(dst);
	free(from);
	return rc;
}

char *
spool_part(const char *dir, const struct spool_msg *m, const char *name)
{
	return xasprintf("%s/%s/%s/%s", dir, state_dirs[m->state], m->key,
	    name);
}

void
spool_prune(const char *dir, long long age)
{
	DIR		*d;
	struct dirent	*e;
	struct stat	 st;
	char		*p, *f;
	time_t		 now = time(NULL);

	p = xasprintf("%s/sent", dir);
	if ((d = opendir(p)) == NULL) {
		free(p);
		return;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		f = xasprintf("%s/%s", p, e->d_name);
		if (stat(f, &st) == 0 && now - st.st_mtime > age)
			unlink(f);
		free(f);
	}
	closedir(d);
	free(p);
}

void
spool_msg_free(struct spool_msg *m)
{
	size_t	 i;

	for (i = 0; i < m->nrcpt; i++)
		free(m->rcpt[i]);
	free(m->rcpt);
	free(m->jurisdiction);
	free(m->subject);
	free(m->date);
	free(m->message_id);
	free(m->attachment);
	free(m->error);
	free(m->outcome);
	m->rcpt = NULL;
	m->nrcpt = 0;
	m->jurisdiction = m->subject = m->date = m->message_id = NULL;
	m->attachment = m->error = m->outcome = NULL;
}

void
spool_list_free(struct spool_msg *v, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		spool_msg_free(&v[i]);
	free(v);
}
