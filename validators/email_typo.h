/*
 * email_typo.h -- is a mail domain a likely typo of a major provider's?
 */
#ifndef STEWARD_EMAIL_TYPO_H
#define STEWARD_EMAIL_TYPO_H

#include <stddef.h>

/*
 * The provider that dom (lower-case A-labels, no trailing dot) is a likely
 * typo of, or NULL: a static string, not to be freed.  Never blocks,
 * never allocates.
 */
const char	*val_email_typo(const char *dom);

#endif
