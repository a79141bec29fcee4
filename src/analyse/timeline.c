/*
 * timeline.c - what happened between two actors, year by year: one row per
 * fact of any type (deal, supply tie, exercise, stance, membership,
 * rivalry) in which both play a role, oldest first, facts without a year
 * after the dated ones.  The facts come from an indexed dyad query
 * (ent_store_dyad_fact_ids); each row keeps its fact id.
 */
#include "analyse/analyse_internal.h"
#include "util/alloc.h"

#include <stdlib.h>
#include <string.h>

void ent_timeline_free(ent_timeline *t)
{
	size_t i;
	if (!t)
		return;
	for (i = 0; i < t->n; i++)
		ent__free(t->rows[i].text);
	ent__free(t->rows);
	ent__free(t);
}

static int cmp_row(const void *pa, const void *pb)
{
	const ent_timeline_row *a = pa, *b = pb;
	int ya = a->year ? a->year : 1000000, yb = b->year ? b->year : 1000000;
	if (ya != yb)
		return ya < yb ? -1 : 1;
	return (a->fact_id > b->fact_id) - (a->fact_id < b->fact_id);
}

int ent_timeline_build(ent_timeline **out, ent_store *s, const char *a, const char *b)
{
	ent_timeline *t = NULL;
	ent_fact_list *facts = NULL;
	ent_code ca, cb;
	int64_t *ids = NULL;
	size_t nids = 0, i;
	int rc;

	if (!out || !s)
		return ENT_EUSAGE;
	*out = NULL;
	if (!ent_analyse__code(&ca, a) || !ent_analyse__code(&cb, b) || strcmp(ca.s, cb.s) == 0)
		return ENT_EUSAGE;
	rc = ent_store_dyad_fact_ids(s, ca.s, cb.s, &ids, &nids);
	if (rc == ENT_OK)
		rc = ent_fact_list_new(&facts);
	if (rc == ENT_OK)
		rc = ent_analyse__load(s, ids, nids, ENT_ANALYSE__PARTS, facts);
	if (rc == ENT_OK) {
		t = ent__calloc(1, sizeof *t);
		if (t && facts->n)
			t->rows = ent__calloc(facts->n, sizeof *t->rows);
		if (!t || (facts->n && !t->rows))
			rc = ENT_ENOMEM;
	}
	for (i = 0; rc == ENT_OK && i < facts->n; i++) {
		const ent_fact *f = &facts->v[i];
		ent_timeline_row *row = &t->rows[t->n];
		ent_buf text;
		ent_buf_init(&text, 0);
		rc = ent_analyse__describe(&text, f);
		row->text = rc ? NULL : ent_buf_detach(&text, NULL);
		ent_buf_destroy(&text);
		if (!row->text) {
			rc = ENT_ENOMEM;
			break;
		}
		row->year = f->year;
		row->type = f->type;
		row->fact_id = f->id;
		t->n++;
		if (f->year)
			t->ndated++;
	}
	if (rc == ENT_OK) {
		t->a = ca;
		t->b = cb;
		qsort(t->rows, t->n, sizeof *t->rows, cmp_row);
	}
	ent_fact_list_free(facts);
	ent__free(ids);
	if (rc != ENT_OK) {
		ent_timeline_free(t);
		return rc;
	}
	*out = t;
	return ENT_OK;
}
