/*
 * validate.c -- the validators by name, and their output buffer.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "validators/validate.h"

static const struct {
	const char	*name;
	val_fn		 fn;
} validators[] = {
	{ "birthdate", val_birthdate },
	{ "country", val_country },
	{ "email", val_email },
	{ "name", val_name },
	{ "phone", val_phone },
	{ "postal", val_postal },
};

void
val_out_init(struct val_out *out)
{
	buf_init(&out->norm);
	out->reason[0] = out->note[0] = '\0';
}

void
val_out_reset(struct val_out *out)
{
	buf_reset(&out->norm);
	out->reason[0] = out->note[0] = '\0';
}

void
val_out_free(struct val_out *out)
{
	buf_free(&out->norm);
}

val_fn
val_lookup(const char *name)
{
	size_t	 i;

	for (i = 0; i < sizeof validators / sizeof validators[0]; i++)
		if (strcmp(validators[i].name, name) == 0)
			return validators[i].fn;
	return NULL;
}

const char *
val_names(void)
{
	static char	 names[256];
	size_t		 i, n = 0;

	if (names[0] != '\0')
		return names;
	for (i = 0; i < sizeof validators / sizeof validators[0] &&
	    n < sizeof names; i++)
		n += (size_t)snprintf(names + n, sizeof names - n, "%s%s",
		    i > 0 ? ", " : "", validators[i].name);
	return names;
}
