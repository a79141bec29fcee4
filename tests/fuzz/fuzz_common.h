/*
 * fuzz_common.h - checks shared by the libFuzzer harnesses (tests/fuzz).
 *
 * Every document ingest hands on must be NUL-terminated, NUL-free, valid
 * UTF-8 of the stated length; every evidence span must lie inside its
 * document and quote exactly those bytes.  A broken invariant aborts, which
 * libFuzzer reports as a crash with the input that caused it.
 */
#ifndef ENT_FUZZ_COMMON_H
#define ENT_FUZZ_COMMON_H

#include "entente/extract.h"
#include "entente/ingest.h"

#include <stdlib.h>
#include <string.h>

#define FUZZ_REQUIRE(c) ((c) ? (void)0 : abort())

static inline int fuzz_check_doc(const ent_doc *doc, void *payload)
{
	(void)payload;
	FUZZ_REQUIRE(doc && doc->text && doc->text[doc->len] == '\0');
	FUZZ_REQUIRE(strlen(doc->text) == doc->len);
	FUZZ_REQUIRE(ent_utf8_valid(doc->text, doc->len, NULL));
	FUZZ_REQUIRE(strlen(doc->sha256) == 64);
	return 0;
}

static inline void fuzz_check_facts(const ent_doc *doc, const ent_fact_list *l)
{
	size_t i, j;
	for (i = 0; i < l->n; i++)
		for (j = 0; j < l->v[i].nevidence; j++) {
			const ent_evidence *e = &l->v[i].evidence[j];
			FUZZ_REQUIRE(e->start <= e->end && e->end <= doc->len);
			FUZZ_REQUIRE(e->quote && strlen(e->quote) == e->end - e->start);
			FUZZ_REQUIRE(memcmp(e->quote, doc->text + e->start, e->end - e->start) == 0);
		}
}
#endif
