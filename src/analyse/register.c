/*
 * register.c - the deal register: one row per deal fact (Deal | Value |
 * Year | Major Components | Sources), oldest first, each row carrying its
 * fact id so `entente show ID` gives every source and quote.
 *
 * The deal ids come from an indexed query (ent_store_fact_ids: type, actor
 * in any role, year bounds); only those facts are loaded.
 */
#include "analyse/analyse_internal.h"
#include "util/alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void ent_register_free(ent_register *r)
{
	size_t i;
	if (!r)
		return;
	for (i = 0; i < r->n; i++) {
		ent__free(r->rows[i].deal);
		ent__free(r->rows[i].components);
	}
	ent__free(r->rows);
	ent__free(r);
}

/* Oldest first, deals without a year last, then by id. */
static int cmp_row(const void *pa, const void *pb)
{
	const ent_register_row *a = pa, *b = pb;
	int ya = a->year ? a->year : 1000000, yb = b->year ? b->year : 1000000;
	if (ya != yb)
		return ya < yb ? -1 : 1;
	return (a->fact_id > b->fact_id) - (a->fact_id < b->fact_id);
}

/* Fill @p row from deal @p f.  @return ENT_OK or ENT_ENOMEM. */
static int make_row(ent_register_row *row, const ent_fact *f)
{
	ent_buf b;
	const char *main_item = ent_analyse__main_item(f);
	int rc;

	memset(row, 0, sizeof *row);
	row->fact_id = f->id;
	row->nsuppliers = f->nsuppliers < ENT_FACT_MAX_ACTORS ? f->nsuppliers : ENT_FACT_MAX_ACTORS;
	memcpy(row->suppliers, f->suppliers, row->nsuppliers * sizeof *row->suppliers);
	row->npartners = f->npartners < ENT_FACT_MAX_ACTORS ? f->npartners : ENT_FACT_MAX_ACTORS;
	memcpy(row->partners, f->partners, row->npartners * sizeof *row->partners);
	row->recipient = f->recipient;
	row->value = f->value;
	row->year = f->year;
	row->status = f->status;
	row->sources = f->sources;

	ent_buf_init(&b, 0);
	rc = ent_analyse__who(&b, f);
	if (!rc && main_item[0])
		rc = ent_buf_printf(&b, ": %s", main_item);
	row->deal = rc ? NULL : ent_buf_detach(&b, NULL);
	ent_buf_destroy(&b);
	if (!row->deal)
		return ENT_ENOMEM;

	ent_buf_init(&b, 0);
	rc = ent_analyse__items(&b, f, 0);
	if (!rc)
		rc = ent_buf_puts(&b, ""); /* an empty cell is "", not NULL */
	row->components = rc ? NULL : ent_buf_detach(&b, NULL);
	ent_buf_destroy(&b);
	if (!row->components)
		return ENT_ENOMEM;
	return ENT_OK;
}

int ent_register_build(ent_register **out, ent_store *s, const ent_register_options *opts)
{
	static const ent_register_options defaults = ENT_REGISTER_OPTIONS_INIT;
	ent_fact_filter filter = ENT_FACT_FILTER_INIT;
	ent_register *r = NULL;
	ent_fact_list *facts = NULL;
	ent_code actor;
	int64_t *ids = NULL;
	size_t nids = 0, i;
	int rc, more;

	if (!out || !s)
		return ENT_EUSAGE;
	*out = NULL;
	if (!opts)
		opts = &defaults;
	if (opts->version != ENT_REGISTER_OPTIONS_VERSION)
		return ENT_EUSAGE;
	filter.type = ENT_FACT_DEAL;
	if (opts->actor) {
		if (!ent_analyse__code(&actor, opts->actor))
			return ENT_EUSAGE;
		filter.actor = actor.s;
	}
	filter.from_year = opts->from_year;
	filter.to_year = opts->to_year;

	/* with a limit, the newest limit + 1 ids (one more tells whether
	 * deals were left out) come from one index range */
	if (opts->limit)
		rc = ent_store_fact_ids_newest(
			s, &filter, opts->limit < SIZE_MAX ? opts->limit + 1 : opts->limit, &ids, &nids);
	else
		rc = ent_store_fact_ids(s, &filter, &ids, &nids);
	if (rc != ENT_OK)
		return rc;
	more = opts->limit && nids > opts->limit;
	if (more)
		nids = opts->limit;
	rc = ent_fact_list_new(&facts);
	if (rc == ENT_OK)
		rc = ent_analyse__load(s, ids, nids, ENT_ANALYSE__PARTS, facts);
	if (rc == ENT_OK) {
		r = ent__calloc(1, sizeof *r);
		if (r && facts->n)
			r->rows = ent__calloc(facts->n, sizeof *r->rows);
		if (!r || (facts->n && !r->rows))
			rc = ENT_ENOMEM;
	}
	for (i = 0; rc == ENT_OK && i < facts->n; i++) {
		rc = make_row(&r->rows[i], &facts->v[i]);
		r->n = i + 1; /* a half-made row is still freed */
	}
	if (rc == ENT_OK) {
		r->more = more;
		qsort(r->rows, r->n, sizeof *r->rows, cmp_row);
	}
	ent_fact_list_free(facts);
	ent__free(ids);
	if (rc != ENT_OK) {
		ent_register_free(r);
		return rc;
	}
	*out = r;
	return ENT_OK;
}
