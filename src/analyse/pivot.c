/*
 * pivot.c - two pairs of actors side by side, aspect by aspect (the seed
 * article's "Pivot Analysis"): most recent major deal, total known deal
 * value, deals and supply ties, military exercises, key suppliers, stances,
 * shared memberships, rivalries.
 *
 * A pair's facts are those in which both its actors play a role (indexed
 * dyad query); memberships and rivalries are read per actor (indexed by
 * type and actor).  Every cell lists the ids of its facts; a cell with no
 * fact behind it says "no data".  Firms are not stored as actors of facts
 * (the extractor maps a firm to its home state), so "key suppliers" lists
 * supplier states with the items and designations they supply.
 */
#include "analyse/analyse_internal.h"
#include "util/alloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define NO_DATA "no data"

static const char *const aspects[] = {
	"Most recent major deal", "Total known deal value", "Deals and supply ties",
	"Military exercises",     "Key suppliers",          "Stances",
	"Shared memberships",     "Rivalries",
};
#define NASPECTS (sizeof aspects / sizeof aspects[0])

void ent_pivot_free(ent_pivot *p)
{
	size_t i, k;
	if (!p)
		return;
	for (i = 0; i < p->n; i++)
		for (k = 0; k < 2; k++) {
			ent__free(p->rows[i].cell[k].text);
			ent__free(p->rows[i].cell[k].fact_ids);
		}
	ent__free(p->rows);
	ent__free(p);
}

/* A cell under construction. */
typedef struct cellb {
	ent_buf text;
	ent_idvec ids;
	int rc;
} cellb;

static void cb_init(cellb *c)
{
	ent_buf_init(&c->text, 0);
	memset(&c->ids, 0, sizeof c->ids);
	c->rc = ENT_OK;
}

static void cb_sep(cellb *c, const char *sep)
{
	if (!c->rc && c->text.len)
		c->rc = ent_buf_puts(&c->text, sep);
}

static void cb_id(cellb *c, int64_t id)
{
	if (!c->rc)
		c->rc = ent_analyse__ids_push(&c->ids, id);
}

/* Move the built cell into @p out ("no data" when empty). */
static int cb_finish(cellb *c, ent_pivot_cell *out)
{
	int rc = c->rc;
	if (!rc && !c->text.len)
		rc = ent_buf_puts(&c->text, NO_DATA);
	if (!rc) {
		ent_analyse__ids_sort_unique(&c->ids);
		out->text = ent_buf_detach(&c->text, NULL);
		out->fact_ids = c->ids.v;
		out->nfact_ids = c->ids.n;
		c->ids.v = NULL;
		if (!out->text)
			rc = ENT_ENOMEM;
	}
	ent_buf_destroy(&c->text);
	ent__free(c->ids.v);
	return rc;
}

static double usd_of(const ent_fact *f)
{
	return f->value.present && f->value.has_usd && isfinite(f->value.usd) ? f->value.usd : -1;
}

static int aspect_recent_deal(const ent_fact_list *F, ent_pivot_cell *out)
{
	const ent_fact *best = NULL;
	cellb c;
	size_t i;
	cb_init(&c);
	for (i = 0; i < F->n; i++) {
		const ent_fact *f = &F->v[i];
		if (f->type != ENT_FACT_DEAL)
			continue;
		if (!best || f->year > best->year ||
		    (f->year == best->year && usd_of(f) > usd_of(best)) ||
		    (f->year == best->year && usd_of(f) == usd_of(best) && f->id > best->id))
			best = f;
	}
	if (best) {
		c.rc = ent_analyse__who(&c.text, best);
		if (!c.rc && best->year)
			c.rc = ent_buf_printf(&c.text, ", %d", best->year);
		if (!c.rc && best->value.present) {
			c.rc = ent_buf_puts(&c.text, ", ");
			if (!c.rc)
				c.rc = ent_analyse__money(&c.text, &best->value);
		}
		if (!c.rc && best->status != ENT_STATUS_NONE)
			c.rc = ent_buf_printf(&c.text, ", %s", ent_status_name(best->status));
		if (!c.rc && best->nitems) {
			c.rc = ent_buf_puts(&c.text, ": ");
			if (!c.rc)
				c.rc = ent_analyse__items(&c.text, best, 4);
		}
		cb_id(&c, best->id);
	}
	return cb_finish(&c, out);
}

static int aspect_total_value(const ent_fact_list *F, ent_pivot_cell *out)
{
	double total = 0;
	size_t deals = 0, valued = 0, i;
	cellb c;
	cb_init(&c);
	for (i = 0; i < F->n; i++) {
		const ent_fact *f = &F->v[i];
		if (f->type != ENT_FACT_DEAL)
			continue;
		deals++;
		if (usd_of(f) >= 0) {
			total += usd_of(f);
			valued++;
			cb_id(&c, f->id);
		}
	}
	if (valued) {
		ent_value v;
		memset(&v, 0, sizeof v);
		v.present = v.has_usd = 1;
		v.usd = v.amount = total;
		memcpy(v.currency, "USD", 4);
		c.rc = ent_analyse__money(&c.text, &v);
		if (!c.rc)
			c.rc = ent_buf_printf(&c.text, " (%zu of %zu deal%s with a stated USD value)",
					      valued, deals, deals == 1 ? "" : "s");
	}
	return cb_finish(&c, out);
}

static int aspect_counts(const ent_fact_list *F, ent_pivot_cell *out)
{
	size_t deals = 0, ties = 0, i;
	cellb c;
	cb_init(&c);
	for (i = 0; i < F->n; i++) {
		if (F->v[i].type == ENT_FACT_DEAL)
			deals++;
		else if (F->v[i].type == ENT_FACT_SUPPLY)
			ties++;
		else
			continue;
		cb_id(&c, F->v[i].id);
	}
	if (deals || ties)
		c.rc = ent_buf_printf(&c.text, "%zu deal%s, %zu supply tie%s", deals,
				      deals == 1 ? "" : "s", ties, ties == 1 ? "" : "s");
	return cb_finish(&c, out);
}

/* Every fact of @p type in @p F, described, joined by "; ". */
static int aspect_list(const ent_fact_list *F, ent_fact_type type, ent_pivot_cell *out)
{
	cellb c;
	size_t i;
	cb_init(&c);
	for (i = 0; i < F->n && !c.rc; i++) {
		const ent_fact *f = &F->v[i];
		if (f->type != type)
			continue;
		cb_sep(&c, "; ");
		if (!c.rc)
			c.rc = ent_analyse__describe(&c.text, f);
		if (!c.rc && f->year && type != ENT_FACT_DEAL)
			c.rc = ent_buf_printf(&c.text, " (%d)", f->year);
		cb_id(&c, f->id);
	}
	return cb_finish(&c, out);
}

/* Supplier states of the pair's deals and supply ties, with what they supply. */
static int aspect_suppliers(const ent_fact_list *F, ent_pivot_cell *out)
{
	ent_code seen[64];
	size_t nseen = 0, i, j, k, m;
	cellb c;
	cb_init(&c);
	/* suppliers in order of first appearance */
	for (i = 0; i < F->n; i++) {
		const ent_fact *f = &F->v[i];
		if (f->type != ENT_FACT_DEAL && f->type != ENT_FACT_SUPPLY)
			continue;
		for (j = 0; j < f->nsuppliers && j < ENT_FACT_MAX_ACTORS && nseen < 64; j++)
			if (!ent_fact_has_code(seen, nseen, f->suppliers[j].s))
				seen[nseen++] = f->suppliers[j];
	}
	for (k = 0; k < nseen && !c.rc; k++) {
		const char *items[12];
		size_t nitems = 0, more = 0;
		cb_sep(&c, "; ");
		if (!c.rc)
			c.rc = ent_buf_puts(&c.text, seen[k].s);
		for (i = 0; i < F->n; i++) {
			const ent_fact *f = &F->v[i];
			if ((f->type != ENT_FACT_DEAL && f->type != ENT_FACT_SUPPLY) ||
			    !ent_fact_has_code(f->suppliers,
					       f->nsuppliers < ENT_FACT_MAX_ACTORS ? f->nsuppliers
										    : ENT_FACT_MAX_ACTORS,
					       seen[k].s))
				continue;
			cb_id(&c, f->id);
			for (j = 0; j < f->nitems; j++) {
				const ent_item *it = &f->items[j];
				const char *w = it->designation && it->designation[0] ? it->designation
										  : it->text;
				int dup = 0;
				if (!w || !w[0])
					w = ent_category_name(it->category);
				for (m = 0; m < nitems; m++)
					dup |= strcasecmp(items[m], w) == 0;
				if (dup)
					continue;
				if (nitems < sizeof items / sizeof items[0])
					items[nitems++] = w;
				else
					more++;
			}
		}
		for (m = 0; m < nitems && !c.rc; m++)
			c.rc = ent_buf_printf(&c.text, "%s%s", m ? ", " : " (", items[m]);
		if (!c.rc && more)
			c.rc = ent_buf_printf(&c.text, ", +%zu more", more);
		if (!c.rc && nitems)
			c.rc = ent_buf_putc(&c.text, ')');
	}
	/* partners (co-producers) of the pair's deals */
	for (i = 0; i < F->n && !c.rc; i++) {
		const ent_fact *f = &F->v[i];
		if (f->type != ENT_FACT_DEAL && f->type != ENT_FACT_SUPPLY)
			continue;
		for (j = 0; j < f->npartners && j < ENT_FACT_MAX_ACTORS && !c.rc; j++) {
			if (ent_fact_has_code(seen, nseen, f->partners[j].s) || nseen >= 64)
				continue;
			seen[nseen++] = f->partners[j];
			cb_sep(&c, "; ");
			if (!c.rc)
				c.rc = ent_buf_printf(&c.text, "%s (partner in deal %lld)",
						      f->partners[j].s, (long long)f->id);
			cb_id(&c, f->id);
		}
	}
	return cb_finish(&c, out);
}

/* Load the facts of @p type in which @p actor plays a role. */
static int actor_facts(ent_store *s, const char *actor, ent_fact_type type, unsigned parts,
		       ent_fact_list *out)
{
	ent_fact_filter filter = ENT_FACT_FILTER_INIT;
	int64_t *ids = NULL;
	size_t n = 0;
	int rc;
	filter.type = type;
	filter.actor = actor;
	rc = ent_store_fact_ids(s, &filter, &ids, &n);
	if (rc == ENT_OK)
		rc = ent_analyse__load(s, ids, n, parts, out);
	ent__free(ids);
	return rc;
}

/* Blocs both actors are members of. */
static int aspect_memberships(ent_store *s, const ent_code pair[2], ent_pivot_cell *out)
{
	ent_fact_list *m[2] = {NULL, NULL};
	ent_code blocs[64];
	size_t i, j, k, nblocs = 0;
	cellb c;
	int rc = ENT_OK;
	cb_init(&c);
	for (k = 0; k < 2 && rc == ENT_OK; k++) {
		rc = ent_fact_list_new(&m[k]);
		if (rc == ENT_OK)
			rc = actor_facts(s, pair[k].s, ENT_FACT_MEMBERSHIP, 0, m[k]);
	}
	for (i = 0; rc == ENT_OK && i < m[0]->n && !c.rc; i++) {
		const ent_fact *a = &m[0]->v[i];
		int shared = 0;
		if (strcmp(a->actor.s, pair[0].s) != 0 || !a->target.s[0])
			continue;
		for (j = 0; j < m[1]->n; j++) {
			const ent_fact *b = &m[1]->v[j];
			if (strcmp(b->actor.s, pair[1].s) != 0 || strcmp(a->target.s, b->target.s) != 0)
				continue;
			shared = 1;
			cb_id(&c, b->id);
		}
		if (!shared)
			continue;
		cb_id(&c, a->id);
		if (ent_fact_has_code(blocs, nblocs, a->target.s))
			continue; /* a bloc stated by several facts is listed once */
		if (nblocs < sizeof blocs / sizeof blocs[0])
			blocs[nblocs++] = a->target;
		cb_sep(&c, ", ");
		if (!c.rc)
			c.rc = ent_buf_puts(&c.text, a->target.s);
	}
	ent_fact_list_free(m[0]);
	ent_fact_list_free(m[1]);
	if (rc != ENT_OK) {
		ent_buf_destroy(&c.text);
		ent__free(c.ids.v);
		return rc;
	}
	return cb_finish(&c, out);
}

/* Rivalries of either actor of the pair. */
static int aspect_rivalries(ent_store *s, const ent_code pair[2], ent_pivot_cell *out)
{
	ent_fact_list *l = NULL;
	ent_buf list;
	size_t i, k;
	cellb c;
	int rc;
	cb_init(&c);
	rc = ent_fact_list_new(&l);
	for (k = 0; k < 2 && rc == ENT_OK; k++)
		rc = actor_facts(s, pair[k].s, ENT_FACT_RIVALRY, ENT_FACT_PART_ACTORS, l);
	/* each rival pair once (a pair stated by several facts cites them
	 * all); pairs are told apart by their description.  While building,
	 * list holds "; d1; d2; " so that a match is always a whole entry. */
	ent_buf_init(&list, 0);
	for (i = 0; rc == ENT_OK && i < l->n && !c.rc; i++) {
		ent_buf d;
		cb_id(&c, l->v[i].id);
		ent_buf_init(&d, 0);
		rc = ent_buf_puts(&d, "; ");
		if (rc == ENT_OK)
			rc = ent_analyse__describe(&d, &l->v[i]);
		if (rc == ENT_OK)
			rc = ent_buf_puts(&d, "; ");
		if (rc == ENT_OK && !strstr(ent_buf_cstr(&list), ent_buf_cstr(&d)))
			rc = ent_buf_puts(&list, ent_buf_cstr(&d) + (list.len ? 2 : 0));
		ent_buf_destroy(&d);
	}
	if (rc == ENT_OK && list.len > 4)
		c.rc = ent_buf_put(&c.text, list.ptr + 2, list.len - 4);
	ent_buf_destroy(&list);
	ent_fact_list_free(l);
	if (rc != ENT_OK) {
		ent_buf_destroy(&c.text);
		ent__free(c.ids.v);
		return rc;
	}
	return cb_finish(&c, out);
}

/* Fill column @p col of every row for pair @p pair. */
static int build_column(ent_pivot *p, ent_store *s, size_t col)
{
	const ent_code *pair = p->pair[col];
	ent_fact_list *F = NULL;
	int64_t *ids = NULL;
	size_t nids = 0;
	int rc = ent_store_dyad_fact_ids(s, pair[0].s, pair[1].s, &ids, &nids);
	if (rc == ENT_OK)
		rc = ent_fact_list_new(&F);
	if (rc == ENT_OK)
		rc = ent_analyse__load(s, ids, nids, ENT_ANALYSE__PARTS, F);
	if (rc == ENT_OK)
		rc = aspect_recent_deal(F, &p->rows[0].cell[col]);
	if (rc == ENT_OK)
		rc = aspect_total_value(F, &p->rows[1].cell[col]);
	if (rc == ENT_OK)
		rc = aspect_counts(F, &p->rows[2].cell[col]);
	if (rc == ENT_OK)
		rc = aspect_list(F, ENT_FACT_EXERCISE, &p->rows[3].cell[col]);
	if (rc == ENT_OK)
		rc = aspect_suppliers(F, &p->rows[4].cell[col]);
	if (rc == ENT_OK)
		rc = aspect_list(F, ENT_FACT_STANCE, &p->rows[5].cell[col]);
	if (rc == ENT_OK)
		rc = aspect_memberships(s, pair, &p->rows[6].cell[col]);
	if (rc == ENT_OK)
		rc = aspect_rivalries(s, pair, &p->rows[7].cell[col]);
	ent_fact_list_free(F);
	ent__free(ids);
	return rc;
}

int ent_pivot_build(ent_pivot **out, ent_store *s, const char *a, const char *b, const char *c,
		    const char *d)
{
	const char *in[4] = {a, b, c, d};
	ent_pivot *p;
	size_t i;
	int rc;
	if (!out || !s)
		return ENT_EUSAGE;
	*out = NULL;
	p = ent__calloc(1, sizeof *p);
	if (!p)
		return ENT_ENOMEM;
	for (i = 0; i < 4; i++)
		if (!ent_analyse__code(&p->pair[i / 2][i % 2], in[i])) {
			ent_pivot_free(p);
			return ENT_EUSAGE;
		}
	if (strcmp(p->pair[0][0].s, p->pair[0][1].s) == 0 ||
	    strcmp(p->pair[1][0].s, p->pair[1][1].s) == 0) {
		ent_pivot_free(p);
		return ENT_EUSAGE;
	}
	p->rows = ent__calloc(NASPECTS, sizeof *p->rows);
	if (!p->rows) {
		ent_pivot_free(p);
		return ENT_ENOMEM;
	}
	p->n = NASPECTS;
	for (i = 0; i < NASPECTS; i++)
		p->rows[i].aspect = aspects[i];
	rc = build_column(p, s, 0);
	if (rc == ENT_OK)
		rc = build_column(p, s, 1);
	if (rc != ENT_OK) {
		ent_pivot_free(p);
		return rc;
	}
	*out = p;
	return ENT_OK;
}
