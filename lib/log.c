/*
 * log.c -- logging in the OpenBSD daemon manner.
 *
 * Under systemd, stderr goes to journald, which understands "<N>" priority
 * prefixes (sd-daemon(3)); we use them when JOURNAL_STREAM names our stderr
 * (its device and inode, as systemd.exec(5) says to check: a variable
 * inherited by a child whose stderr went elsewhere does not count).  With
 * use_syslog, messages go to syslog(3) instead.
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include "lib/log.h"

static const char	*log_prog = "steward";
static int		 log_syslog;
static int		 log_journal;
static int		 log_verbose;

/* 1 when JOURNAL_STREAM is "DEV:INODE" of the file on stderr. */
static int
journal_stream(void)
{
	const char		*v = getenv("JOURNAL_STREAM");
	char			*end;
	unsigned long long	 dev, ino;
	struct stat		 st;

	if (v == NULL || fstat(STDERR_FILENO, &st) == -1)
		return 0;
	errno = 0;
	dev = strtoull(v, &end, 10);
	if (end == v || *end != ':' || errno != 0)
		return 0;
	v = end + 1;
	ino = strtoull(v, &end, 10);
	if (end == v || *end != '\0' || errno != 0)
		return 0;
	return dev == (unsigned long long)st.st_dev &&
	    ino == (unsigned long long)st.st_ino;
}

void
log_init(const char *prog, int use_syslog)
{
	log_prog = prog;
	log_syslog = use_syslog;
	log_journal = journal_stream();
	if (log_syslog)
		openlog(prog, LOG_PID | LOG_NDELAY, LOG_DAEMON);
}

void
log_set_verbose(int v)
{
	log_verbose = v;
}

static void vlog(int, const char *, va_list, int)
    __attribute__((format(printf, 2, 0)));

static void
vlog(int pri, const char *fmt, va_list ap, int with_errno)
{
	char	 msg[4096];
	int	 saved = errno;
	const char *label;

	vsnprintf(msg, sizeof msg, fmt, ap);
	if (log_syslog) {
		if (with_errno)
			syslog(pri, "%s: %s", msg, strerror(saved));
		else
			syslog(pri, "%s", msg);
		errno = saved;
		return;
	}
	switch (pri) {
	case LOG_CRIT:
	case LOG_ERR:
		label = "error: ";
		break;
	case LOG_WARNING:
		label = "warning: ";
		break;
	default:
		label = "";
		break;
	}
	if (log_journal)
		fprintf(stderr, "<%d>", pri);
	if (with_errno)
		fprintf(stderr, "%s: %s%s: %s\n", log_prog, label, msg, strerror(saved));
	else
		fprintf(stderr, "%s: %s%s\n", log_prog, label, msg);
	errno = saved;
}

void
log_warn(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vlog(LOG_ERR, fmt, ap, 1);
	va_end(ap);
}

void
log_warnx(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vlog(LOG_ERR, fmt, ap, 0);
	va_end(ap);
}

void
log_warning(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vlog(LOG_WARNING, fmt, ap, 0);
	va_end(ap);
}

void
log_info(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vlog(LOG_INFO, fmt, ap, 0);
	va_end(ap);
}

void
log_debug(const char *fmt, ...)
{
	va_list	 ap;

	if (!log_verbose)
		return;
	va_start(ap, fmt);
	vlog(LOG_DEBUG, fmt, ap, 0);
	va_end(ap);
}

void
fatal(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vlog(LOG_CRIT, fmt, ap, 1);
	va_end(ap);
	exit(5);
}

void
fatalx(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vlog(LOG_CRIT, fmt, ap, 0);
	va_end(ap);
	exit(5);
}
