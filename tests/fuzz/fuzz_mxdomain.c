/*
 * fuzz_mxdomain.c -- libFuzzer target: the domain mx_domain() takes out
 * of any bytes is a DNS name Steward may ask for, or nothing:
 *
 *  - at most 253 octets of [a-z0-9.-], with a dot, no empty label, no
 *    label over 63 octets, no dot at either end;
 *  - taking it out of "x@" + the domain gives the domain again.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/mx.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	char	 dom[256], again[256], addr[258];
	size_t	 n, i, label = 0;

	n = mx_domain((const char *)data, len, dom);
	if (n == 0)
		return 0;
	if (n > 253 || strlen(dom) != n || strchr(dom, '.') == NULL ||
	    dom[0] == '.' || dom[n - 1] == '.')
		abort();
	for (i = 0; i < n; i++) {
		char c = dom[i];

		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    c == '-' || c == '.'))
			abort();
		if (c == '.') {
			if (label == 0)
				abort();
			label = 0;
		} else if (++label > 63)
			abort();
	}
	addr[0] = 'x';
	addr[1] = '@';
	memcpy(addr + 2, dom, n);
	if (mx_domain(addr, n + 2, again) != n || memcmp(again, dom, n) != 0)
		abort();
	return 0;
}
