/*
 * utf8.h -- UTF-8 validation, shared by the config reader and the scan
 * (a customer value that is not UTF-8 is a finding; the regex engine is
 * then told to skip its own check).
 */
#ifndef STEWARD_UTF8_H
#define STEWARD_UTF8_H

#include <stddef.h>

/*
 * Return 0 if s[0..len) is valid UTF-8 without NUL bytes, overlong forms
 * or surrogates; else -1 with *bad set to the offset of the first bad byte.
 */
int	val_utf8_check(const char *, size_t, size_t *);

#endif
