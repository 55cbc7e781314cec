/*
 * log.h -- logging to stderr (with sd-daemon priority prefixes when
 * journald reads it) or to syslog.  The x variants omit strerror(errno).
 * All functions preserve errno.
 */
#ifndef STEWARD_LOG_H
#define STEWARD_LOG_H

#include <stdarg.h>

void	log_init(const char *, int);
void	log_set_verbose(int);
void	log_warn(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_warnx(const char *, ...) __attribute__((format(printf, 1, 2)));
/* A warning, not an error: the work went on. */
void	log_warning(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_info(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_debug(const char *, ...) __attribute__((format(printf, 1, 2)));
void	fatal(const char *, ...) __attribute__((format(printf, 1, 2), noreturn));
void	fatalx(const char *, ...) __attribute__((format(printf, 1, 2), noreturn));

#endif
