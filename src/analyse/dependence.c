/*
 * dependence.c - who supplies an importer, in what shares, how
 * concentrated, and how that changed between two windows of years.
 *
 * Method (docs/ANALYSES.md):
 *   - the facts: deals and supply ties whose recipient is the importer
 *     (ent_store_supplier_rows, one indexed query); only the supplier role
 *     counts (a deal's partners are co-producers, not sellers);
 *   - count: each deal or supply tie counts once for each of its suppliers;
 *     a supplier's count share is its count over the sum of counts;
 *   - value: a deal's stated USD value is split evenly between its
 *     suppliers; deals without a USD value are left out (and counted in
 *     unvalued_deals); supply ties carry no value;
 *   - TIV: SIPRI trend-indicator value delivered, from
 *     ent_sipri_tiv_by_supplier (sipri.h), asked only for the TIV measure;
 *   - HHI: the sum of the squared percentage shares, 0..10000 (10000: one
 *     supplier; 10000/n: n equal suppliers);
 *   - a year window keeps only facts with a year inside it.
 */
#include "analyse/analyse_internal.h"
#include "entente/sipri.h"
#include "util/alloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int ent_dependence_measure_from_name(const char *name)
{
	if (!name)
		return -1;
	if (strcmp(name, "count") == 0)
		return ENT_MEASURE_COUNT;
	if (strcmp(name, "value") == 0)
		return ENT_MEASURE_VALUE;
	if (strcmp(name, "tiv") == 0)
		return ENT_MEASURE_TIV;
	return -1;
}

const char *ent_dependence_measure_name(ent_dependence_measure m)
{
	switch (m) {
	case ENT_MEASURE_VALUE:
		return "value";
	case ENT_MEASURE_TIV:
		return "tiv";
	default:
		return "count";
	}
}

double ent_dependence_share_of(const ent_dependence_share *sh, ent_dependence_measure m)
{
	if (m == ENT_MEASURE_VALUE)
		return sh->value_share;
	if (m == ENT_MEASURE_TIV)
		return sh->tiv_share;
	return sh->count_share;
}

double ent_dependence_hhi_of(const ent_dependence_window *w, ent_dependence_measure m)
{
	if (m == ENT_MEASURE_VALUE)
		return w->hhi_value;
	if (m == ENT_MEASURE_TIV)
		return w->hhi_tiv;
	return w->hhi_count;
}

static void window_destroy(ent_dependence_window *w)
{
	size_t i;
	for (i = 0; i < w->n; i++)
		ent__free(w->v[i].fact_ids);
	ent__free(w->v);
	memset(w, 0, sizeof *w);
}

void ent_dependence_free(ent_dependence *d)
{
	if (!d)
		return;
	window_destroy(&d->window);
	window_destroy(&d->before);
	window_destroy(&d->after);
	ent__free(d->changes);
	ent__free(d);
}

/* The entry of @p code in @p w, added (zeroed) when absent; NULL on ENOMEM. */
static ent_dependence_share *entry(ent_dependence_window *w, size_t *cap, const char *code)
{
	size_t i;
	for (i = 0; i < w->n; i++)
		if (strcmp(w->v[i].supplier.s, code) == 0)
			return &w->v[i];
	if (w->n == *cap) {
		size_t ncap = *cap ? 2 * *cap : 16;
		ent_dependence_share *nv = ent__realloc(w->v, ncap * sizeof *nv);
		if (!nv)
			return NULL;
		w->v = nv;
		*cap = ncap;
	}
	memset(&w->v[w->n], 0, sizeof w->v[w->n]);
	ent_code_set(&w->v[w->n].supplier, code);
	return &w->v[w->n++];
}

static int push_id(ent_dependence_share *sh, size_t *cap, int64_t id)
{
	if (sh->nfact_ids && sh->fact_ids[sh->nfact_ids - 1] == id)
		return ENT_OK;
	if (sh->nfact_ids == *cap) {
		size_t ncap = *cap ? 2 * *cap : 4;
		int64_t *nv = ent__realloc(sh->fact_ids, ncap * sizeof *nv);
		if (!nv)
			return ENT_ENOMEM;
		sh->fact_ids = nv;
		*cap = ncap;
	}
	sh->fact_ids[sh->nfact_ids++] = id;
	return ENT_OK;
}

/* Largest share of measure @p m first, then larger count, value, then code. */
static int cmp_share(const ent_dependence_share *a, const ent_dependence_share *b,
		     ent_dependence_measure m)
{
	double sa = ent_dependence_share_of(a, m), sb = ent_dependence_share_of(b, m);
	size_t ca = a->deals + a->supply_ties, cb = b->deals + b->supply_ties;
	if (sa != sb)
		return sa > sb ? -1 : 1;
	if (ca != cb)
		return ca > cb ? -1 : 1;
	if (a->value_usd != b->value_usd)
		return a->value_usd > b->value_usd ? -1 : 1;
	return strcmp(a->supplier.s, b->supplier.s);
}

static int cmp_by_count(const void *a, const void *b) { return cmp_share(a, b, ENT_MEASURE_COUNT); }
static int cmp_by_value(const void *a, const void *b) { return cmp_share(a, b, ENT_MEASURE_VALUE); }
static int cmp_by_tiv(const void *a, const void *b) { return cmp_share(a, b, ENT_MEASURE_TIV); }

static double hhi(const ent_dependence_window *w, double (*share)(const ent_dependence_share *))
{
	double h = 0;
	size_t i;
	for (i = 0; i < w->n; i++) {
		double pct = 100.0 * share(&w->v[i]);
		h += pct * pct;
	}
	return h;
}

static double share_count(const ent_dependence_share *s) { return s->count_share; }
static double share_value(const ent_dependence_share *s) { return s->value_share; }
static double share_tiv(const ent_dependence_share *s) { return s->tiv_share; }

/* Compute one window [from, to] into @p w. */
/* Compute window [from, to] into @p w from the importer's supplier rows
 * (rows outside the window are skipped; a bound drops undated rows). */
static int build_window(ent_dependence_window *w, ent_store *s, const char *importer,
			const ent_supplier_row *rows, size_t nrows, int from, int to,
			ent_dependence_measure measure, ent_error *err)
{
	size_t cap = 0, i;
	size_t *idcap = NULL;
	int64_t last_fact = -1;
	int rc = ENT_OK;

	memset(w, 0, sizeof *w);
	w->from_year = from;
	w->to_year = to;
	for (i = 0; i < nrows && rc == ENT_OK; i++) {
		const ent_supplier_row *r = &rows[i];
		ent_dependence_share *sh;
		size_t before = w->n, k;
		if ((from && (!r->year || r->year < from)) || (to && (!r->year || r->year > to)))
			continue;
		sh = entry(w, &cap, r->supplier.s);
		if (!sh) {
			rc = ENT_ENOMEM;
			break;
		}
		if (w->n > before || !idcap) {
			size_t *nc = ent__realloc(idcap, (cap ? cap : 1) * sizeof *nc);
			if (!nc) {
				rc = ENT_ENOMEM;
				break;
			}
			idcap = nc;
			if (w->n > before)
				idcap[w->n - 1] = 0;
		}
		k = (size_t)(sh - w->v);
		if (r->type == ENT_FACT_DEAL) {
			sh->deals++;
			if (r->has_usd && isfinite(r->usd))
				sh->value_usd += r->usd / r->nsuppliers;
		} else {
			sh->supply_ties++;
		}
		rc = push_id(sh, &idcap[k], r->fact_id);
		if (r->fact_id != last_fact) {
			last_fact = r->fact_id;
			if (r->type == ENT_FACT_DEAL) {
				if (r->has_usd && isfinite(r->usd))
					w->valued_deals++;
				else
					w->unvalued_deals++;
			}
		}
	}
	ent__free(idcap);
	if (rc != ENT_OK)
		return ent_error_set(err, rc, "computing the suppliers of %s: out of memory", importer);

	if (measure == ENT_MEASURE_TIV) {
		ent_tiv_share *tiv = NULL;
		size_t ntiv = 0;
		rc = ent_sipri_tiv_by_supplier(s, importer, from, to, NULL, &tiv, &ntiv);
		if (rc == ENT_ENOTFOUND)
			return ent_error_set(err, rc,
					     "no SIPRI data in the store: import a trade register "
					     "with 'entente import sipri FILE' to use --measure tiv");
		if (rc != ENT_OK)
			return ent_error_set(err, rc, "reading SIPRI TIV of %s: %s", importer,
					     ent_store_errmsg(s));
		for (i = 0; i < ntiv; i++) {
			ent_dependence_share *sh = entry(w, &cap, tiv[i].supplier.s);
			if (!sh) {
				ent__free(tiv);
				return ent_error_set(err, ENT_ENOMEM, "out of memory");
			}
			sh->tiv += tiv[i].tiv;
		}
		ent__free(tiv);
		w->has_tiv = 1;
	}

	for (i = 0; i < w->n; i++) {
		w->total_usd += w->v[i].value_usd;
		w->total_count += w->v[i].deals + w->v[i].supply_ties;
		w->total_tiv += w->v[i].tiv;
	}
	for (i = 0; i < w->n; i++) {
		ent_dependence_share *sh = &w->v[i];
		sh->value_share = w->total_usd > 0 ? sh->value_usd / w->total_usd : 0;
		sh->count_share =
			w->total_count ? (double)(sh->deals + sh->supply_ties) / (double)w->total_count : 0;
		sh->tiv_share = w->total_tiv > 0 ? sh->tiv / w->total_tiv : 0;
	}
	w->hhi_count = hhi(w, share_count);
	w->hhi_value = hhi(w, share_value);
	w->hhi_tiv = hhi(w, share_tiv);
	if (w->n > 1)
		qsort(w->v, w->n, sizeof *w->v,
		      measure == ENT_MEASURE_VALUE ? cmp_by_value
		      : measure == ENT_MEASURE_TIV ? cmp_by_tiv
						   : cmp_by_count);
	return ENT_OK;
}

static int cmp_change(const void *pa, const void *pb)
{
	const ent_dependence_change *a = pa, *b = pb;
	double x = fabs(a->change_pp), y = fabs(b->change_pp);
	if (x != y)
		return x > y ? -1 : 1;
	return strcmp(a->supplier.s, b->supplier.s);
}

/* The union of the suppliers of d->before and d->after with their change. */
static int build_changes(ent_dependence *d)
{
	const ent_dependence_window *wins[2] = {&d->before, &d->after};
	size_t cap = d->before.n + d->after.n, i, j, w;
	d->changes = ent__calloc(cap ? cap : 1, sizeof *d->changes);
	if (!d->changes)
		return ENT_ENOMEM;
	for (w = 0; w < 2; w++) {
		for (i = 0; i < wins[w]->n; i++) {
			const ent_dependence_share *sh = &wins[w]->v[i];
			for (j = 0; j < d->nchanges; j++)
				if (strcmp(d->changes[j].supplier.s, sh->supplier.s) == 0)
					break;
			if (j == d->nchanges)
				d->changes[d->nchanges++].supplier = sh->supplier;
			if (w == 0)
				d->changes[j].before = ent_dependence_share_of(sh, d->measure);
			else
				d->changes[j].after = ent_dependence_share_of(sh, d->measure);
		}
	}
	for (j = 0; j < d->nchanges; j++)
		d->changes[j].change_pp = (d->changes[j].after - d->changes[j].before) * 100.0;
	if (d->nchanges > 1)
		qsort(d->changes, d->nchanges, sizeof *d->changes, cmp_change);
	d->hhi_change = ent_dependence_hhi_of(&d->after, d->measure) -
			ent_dependence_hhi_of(&d->before, d->measure);
	return ENT_OK;
}

int ent_dependence_build(ent_dependence **out, ent_store *s, const char *importer,
			 const ent_dependence_options *opts, ent_error *err)
{
	static const ent_dependence_options defaults = ENT_DEPENDENCE_OPTIONS_INIT;
	ent_dependence *d;
	ent_supplier_row *rows = NULL;
	size_t nrows = 0;
	ent_code code;
	int rc;

	if (!out || !s)
		return ent_error_set(err, ENT_EUSAGE, "ent_dependence_build: missing argument");
	*out = NULL;
	if (!opts)
		opts = &defaults;
	if (opts->version != ENT_DEPENDENCE_OPTIONS_VERSION)
		return ent_error_set(err, ENT_EUSAGE, "dependence options have version %u, expected %u",
				     opts->version, (unsigned)ENT_DEPENDENCE_OPTIONS_VERSION);
	if (!ent_analyse__code(&code, importer))
		return ent_error_set(err, ENT_EUSAGE, "'%s' is not an actor code (ISO3 such as AZE)",
				     importer ? importer : "");
	if ((unsigned)opts->measure > ENT_MEASURE_TIV)
		return ent_error_set(err, ENT_EUSAGE, "unknown dependence measure %d",
				     (int)opts->measure);
	d = ent__calloc(1, sizeof *d);
	if (!d)
		return ent_error_set(err, ENT_ENOMEM, "out of memory");
	d->importer = code;
	d->measure = opts->measure;
	/* one indexed query: the window's rows, or every row of the importer
	 * when three windows are computed from them */
	rc = opts->compare ? ent_store_supplier_rows(s, code.s, 0, 0, &rows, &nrows)
			   : ent_store_supplier_rows(s, code.s, opts->from_year, opts->to_year,
						     &rows, &nrows);
	if (rc != ENT_OK) {
		ent_dependence_free(d);
		return ent_error_set(err, rc, "%s", ent_store_errmsg(s));
	}
	rc = build_window(&d->window, s, code.s, rows, nrows, opts->from_year, opts->to_year,
			  opts->measure, err);
	if (rc == ENT_OK && opts->compare) {
		d->compared = 1;
		rc = build_window(&d->before, s, code.s, rows, nrows, opts->before_from,
				  opts->before_to, opts->measure, err);
		if (rc == ENT_OK)
			rc = build_window(&d->after, s, code.s, rows, nrows, opts->after_from,
					  opts->after_to, opts->measure, err);
		if (rc == ENT_OK && build_changes(d) != ENT_OK)
			rc = ent_error_set(err, ENT_ENOMEM, "out of memory");
	}
	ent__free(rows);
	if (rc != ENT_OK) {
		ent_dependence_free(d);
		return rc;
	}
	*out = d;
	return ENT_OK;
}
