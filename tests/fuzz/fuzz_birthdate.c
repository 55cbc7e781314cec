/*
 * fuzz_birthdate.c -- libFuzzer target for the birthdate validator (see
 * fuzz_validator.h for the invariants).
 */
#include "config.h"

#include "tests/fuzz/fuzz_validator.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	return fuzz_validator(val_birthdate, data, len);
}
