/*
 * daemon.h -- `steward daemon`: schedules, signals, the HTTP endpoint and
 * systemd notification around the scan and delivery code.
 */
#ifndef STEWARD_DAEMON_H
#define STEWARD_DAEMON_H

/*
 * Run in the foreground until SIGTERM or SIGINT.  conf is the loaded
 * configuration (the daemon takes it over); path is reread on SIGHUP.
 * Returns the process exit status.
 */
struct conf;
int	daemon_run(struct conf *, const char *, const char *);

#endif
