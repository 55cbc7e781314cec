/*
 * validate.h -- the built-in validators: email, phone, postal code,
 * country, birth date, name.
 *
 * A validator judges one value.  It returns VAL_OK and appends the
 * value's normal form to out->norm, or VAL_BAD and puts a reason code in
 * out->reason ("too-long", "bad-domain", "no-such-country-code", ...;
 * documented in steward.rules(5)).  Advice that is not a verdict (a role
 * account, a disposable domain, "did you mean gmail.com") goes in
 * out->note as a code, with VAL_OK or VAL_BAD as the value deserves.
 *
 * Validators never allocate per call except through out->norm (a buffer
 * the caller reuses), never block, and are safe on any bytes: invalid
 * UTF-8 is VAL_BAD with reason "invalid-utf8".
 */
#ifndef STEWARD_VALIDATE_H
#define STEWARD_VALIDATE_H

#include <stddef.h>

#include "lib/util.h"

enum val_status {
	VAL_OK,
	VAL_BAD
};

struct val_ctx {
	const char	*country;	/* ISO 3166-1 alpha-2 of the record, or NULL */
	int		 flags;		/* VAL_F_* */
	int		 min_age;	/* birthdate: youngest allowed, -1 none */
	long long	 today;		/* birthdate: days since 1970-01-01 (UTC) */
};

#define VAL_F_QUOTED_LOCAL	0x01	/* email: accept "quoted"@local parts */

struct val_out {
	struct buf	 norm;		/* normal form when VAL_OK */
	char		 reason[96];	/* reason code when VAL_BAD */
	char		 note[96];	/* advice code, or "" */
};

typedef enum val_status (*val_fn)(const char *, size_t, const struct val_ctx *,
		    struct val_out *);

void		 val_out_init(struct val_out *);
void		 val_out_reset(struct val_out *);
void		 val_out_free(struct val_out *);

enum val_status	 val_email(const char *, size_t, const struct val_ctx *,
		    struct val_out *);
enum val_status	 val_phone(const char *, size_t, const struct val_ctx *,
		    struct val_out *);
enum val_status	 val_postal(const char *, size_t, const struct val_ctx *,
		    struct val_out *);
enum val_status	 val_country(const char *, size_t, const struct val_ctx *,
		    struct val_out *);
enum val_status	 val_name(const char *, size_t, const struct val_ctx *,
		    struct val_out *);
enum val_status	 val_birthdate(const char *, size_t, const struct val_ctx *,
		    struct val_out *);

/* The validator called name ("email", ...), or NULL. */
val_fn		 val_lookup(const char *);
/* "birthdate, country, ...": the names val_lookup knows. */
const char	*val_names(void);

#endif
