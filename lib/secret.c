/*
 * secret.c -- read a password or key from a file that only its owner may
 * read (database password_file, smtp password_file, webhook secret_file,
 * hash_key_file, token_file).
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/secret.h"
#include "lib/util.h"

#define MAX_PASSWORD		4096

int
secret_read(const char *path, const char *what, char **pw, char **cause)
{
	struct stat	 st;
	char		 buf[MAX_PASSWORD + 1];
	ssize_t		 n;
	size_t		 len = 0;
	int		 fd, rc = -1;

	*pw = NULL;
	if ((fd = open(path, O_RDONLY | O_NOFOLLOW |
	    O_CLOEXEC)) == -1) {
		*cause = xasprintf("%s %s: %s", what, path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode)) {
		*cause = xasprintf("%s %s is not a regular file", what,
		    path);
		goto out;
	}
	if (st.st_uid != geteuid()) {
		*cause = xasprintf("%s %s belongs to uid %u, not to "
		    "the user Steward runs as (uid %u)", what, path,
		    (unsigned)st.st_uid, (unsigned)geteuid());
		goto out;
	}
	if (st.st_mode & (S_IRWXG | S_IRWXO)) {
		*cause = xasprintf("%s %s is accessible by group or "
		    "others (mode %04o); run chmod 600 %s", what, path,
		    (unsigned)(st.st_mode & 07777), path);
		goto out;
	}
	while (len < MAX_PASSWORD) {
		n = read(fd, buf + len, MAX_PASSWORD - len);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			*cause = xasprintf("%s %s: %s", what,
			    path, strerror(errno));
			goto out;
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	buf[len] = '\0';
	buf[strcspn(buf, "\r\n")] = '\0';
	if (buf[0] == '\0') {
		*cause = xasprintf("%s %s is empty", what, path);
		goto out;
	}
	*pw = xstrdup(buf);
	rc = 0;
out:
	explicit_bzero(buf, sizeof buf);
	close(fd);
	return rc;
}
