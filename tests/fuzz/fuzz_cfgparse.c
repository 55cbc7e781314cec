/*
 * fuzz_cfgparse.c -- libFuzzer target: parse any bytes as a configuration,
 * read its options (conf_from_doc), compile its checks, and dump them.
 * Nothing may crash, leak or read out of bounds; a dump of what compiled
 * must parse again without error.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/conf.h"
#include "rules/cfgparse.h"
#include "rules/ruleset.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct cfg_doc	*doc, *again;
	struct ruleset	*rs;
	char		*dump = NULL;
	size_t		 dumplen = 0;
	FILE		*fp;

	doc = cfg_parse_string("fuzz.conf", (const char *)data, len);
	conf_free(conf_from_doc(doc, "fuzz.conf"));
	rs = rule_compile(doc, &doc->root, ~0u, 65536, 0);
	if ((fp = open_memstream(&dump, &dumplen)) == NULL)
		abort();
	cfg_print_diags(doc, fp);
	if (rs != NULL) {
		rewind(fp);
		rule_dump(rs, fp);
	}
	fclose(fp);
	if (rs != NULL) {
		again = cfg_parse_string("dump.conf", dump, dumplen);
		if (again->nerrors != 0)
			abort();	/* the dump must read back */
		cfg_doc_free(again);
	}
	free(dump);
	rule_unref(rs);
	cfg_doc_free(doc);
	return 0;
}
