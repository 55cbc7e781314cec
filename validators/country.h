/*
 * country.h -- country codes.
 */
#ifndef STEWARD_COUNTRY_H
#define STEWARD_COUNTRY_H

/* 1 if code is an assigned ISO 3166-1 alpha-2 code (upper case). */
int	val_country_code(const char *);

#endif
