/*
 * secret.h -- secrets kept in files.
 */
#ifndef STEWARD_SECRET_H
#define STEWARD_SECRET_H

/*
 * Read the first line of path into *pw (caller frees; wipe it first).
 * The file must be a regular file owned by the current user and not
 * accessible by group or others; what names it in *cause.  Returns 0,
 * or -1 with *cause set.
 */
int	secret_read(const char *, const char *, char **, char **);

#endif
