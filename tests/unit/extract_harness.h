/*
 * extract_harness.h - what the extraction rule tests share: one extractor
 * per test file (freed at exit), text in, facts out, and counting facts by
 * type, finding a stance.  Included by tests/unit/test_extract_*.c only.
 */
#ifndef ENTENTE_TESTS_EXTRACT_HARNESS_H
#define ENTENTE_TESTS_EXTRACT_HARNESS_H

#include "test.h"
#include "entente/extract.h"
#include "entente/doc.h"
#include "extract/extract_internal.h"

#include <stdlib.h>

static ent_extractor *harness_x;

static inline ent_extractor *ex(void)
{
	ent_error err = {0, ""};
	if (!harness_x && ent_extractor_new(&harness_x, NULL, &err) != 0)
		fprintf(stderr, "extractor: %s\n", err.msg);
	return harness_x;
}

__attribute__((destructor)) static void harness_free(void) { ent_extractor_free(harness_x); }

/* Extract facts from text (published date optional); NULL on failure. */
static inline ent_fact_list *run(const char *text, const char *published)
{
	ent_doc *doc;
	ent_fact_list *l;
	if (!ex() || ent_doc_new(&doc, text, strlen(text), "test.txt", NULL, published))
		return NULL;
	if (ent_fact_list_new(&l) || ent_extract(ex(), doc, l)) {
		ent_doc_free(doc);
		return NULL;
	}
	ent_doc_free(doc);
	return l;
}

static inline size_t count(const ent_fact_list *l, ent_fact_type t)
{
	size_t i, n = 0;
	for (i = 0; i < l->n; i++)
		n += l->v[i].type == t;
	return n;
}

static inline const ent_fact *first(const ent_fact_list *l, ent_fact_type t)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		if (l->v[i].type == t)
			return &l->v[i];
	return NULL;
}

/* Is there a stance of actor a toward target t with polarity p? */
static inline int has_stance(const ent_fact_list *l, const char *a, const char *t,
			     ent_polarity p)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		if (l->v[i].type == ENT_FACT_STANCE && !strcmp(l->v[i].actor.s, a) &&
		    !strcmp(l->v[i].target.s, t) && l->v[i].polarity == p)
			return 1;
	return 0;
}

#endif
