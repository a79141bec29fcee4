/*
 * report.c - the per-actor report (ent_report_write): gathers the ids of
 * the actor's facts (ent_store_fact_ids), its suppliers and their shares,
 * its timeline and deal register (the newest REPORT_ROWS of each, loaded
 * with their evidence; a line under the table says how many more there are
 * and which command lists them all), its network neighbourhood and
 * triangles, its arms-race dyads and contradictions, and writes them with
 * the document writer of render/html.c as Markdown or one self-contained
 * HTML page with inline SVG charts.
 *
 * The supplier shares and the HHI come from the dependence analysis
 * (entente/analyse.h, ent_dependence_build), so they match `entente
 * dependence`.
 */
#include "entente/analyse.h"
#include "entente/network.h"
#include "entente/render.h"
#include "render/html_internal.h"
#include "util/alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Rows of the timeline and of the deal register: the newest ones.  A store
 * of a million facts names a busy actor in tens of thousands; the report
 * is for reading, `entente facts --actor` and `entente register --actor`
 * list everything. */
#define REPORT_ROWS 100

/* Table cells are fixed-size and cut long text on purpose. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wformat-truncation"
#endif

static void add_id(char *s, size_t n, int64_t id)
{
	size_t len = strlen(s);
	if (len + 24 < n)
		snprintf(s + len, n - len, "%s#%lld", len ? " " : "", (long long)id);
}

static void fmt_usd(char *buf, size_t n, const ent_value *v)
{
	if (!v->present)
		snprintf(buf, n, "no data");
	else if (v->amount >= 1e9)
		snprintf(buf, n, "%s%s %.2f bn", v->approx ? "~" : "", v->currency, v->amount / 1e9);
	else
		snprintf(buf, n, "%s%s %.1f m", v->approx ? "~" : "", v->currency, v->amount / 1e6);
}

static void codes(char *buf, size_t n, const ent_code *c, size_t nc)
{
	size_t i, len;
	buf[0] = 0;
	for (i = 0; i < nc; i++) {
		len = strlen(buf);
		snprintf(buf + len, n - len, "%s%s", i ? "+" : "", c[i].s);
	}
}

static void items(char *buf, size_t n, const ent_fact *f)
{
	size_t i, len;
	buf[0] = 0;
	for (i = 0; i < f->nitems; i++) {
		len = strlen(buf);
		snprintf(buf + len, n - len, "%s%s", i ? ", " : "",
			 f->items[i].text ? f->items[i].text : ent_category_name(f->items[i].category));
	}
}

static void sources(char *buf, size_t n, const ent_fact *f)
{
	size_t i, j, len;
	buf[0] = 0;
	for (i = 0; i < f->nevidence; i++) {
		for (j = 0; j < i; j++)
			if (strcmp(f->evidence[j].doc, f->evidence[i].doc) == 0)
				break;
		if (j < i)
			continue;
		len = strlen(buf);
		snprintf(buf + len, n - len, "%s%s", len ? "; " : "",
			 f->evidence[i].source ? f->evidence[i].source : "-");
	}
}

/* One line describing @p f, and the other actors in it. */
static void describe(char *buf, size_t n, char *partners, size_t pn, const ent_fact *f,
		     const char *actor)
{
	char a[96], it[256], v[48];
	size_t i, len;
	partners[0] = 0;
#define PARTNER(c)                                                                     \
	do {                                                                           \
		if ((c)[0] && strcmp((c), actor) != 0 && !strstr(partners, (c))) {    \
			len = strlen(partners);                                        \
			snprintf(partners + len, pn - len, "%s%s", len ? ", " : "", (c)); \
		}                                                                      \
	} while (0)
	switch (f->type) {
	case ENT_FACT_DEAL:
	case ENT_FACT_SUPPLY:
		codes(a, sizeof a, f->suppliers, f->nsuppliers);
		items(it, sizeof it, f);
		fmt_usd(v, sizeof v, &f->value);
		if (f->type == ENT_FACT_DEAL)
			snprintf(buf, n, "deal %s -> %s%s%s (%s): %s", a, f->recipient.s,
				 f->status ? ", " : "", f->status ? ent_status_name(f->status) : "", v, it);
		else
			snprintf(buf, n, "supply tie %s -> %s: %s", a, f->recipient.s, it);
		for (i = 0; i < f->nsuppliers; i++)
			PARTNER(f->suppliers[i].s);
		for (i = 0; i < f->npartners; i++)
			PARTNER(f->partners[i].s);
		PARTNER(f->recipient.s);
		break;
	case ENT_FACT_EXERCISE:
	case ENT_FACT_RIVALRY:
		codes(a, sizeof a, f->participants, f->nparticipants);
		if (f->type == ENT_FACT_RIVALRY)
			snprintf(buf, n, "rivalry %s", a);
		else
			snprintf(buf, n, "exercise %s%s%s%s%s", f->name ? f->name : "(unnamed)", " with ",
				 a, f->location ? " at " : "", f->location ? f->location : "");
		for (i = 0; i < f->nparticipants; i++)
			PARTNER(f->participants[i].s);
		break;
	case ENT_FACT_STANCE:
		snprintf(buf, n, "%s %s %s%s%s", f->actor.s, ent_polarity_name(f->polarity),
			 f->target.s, f->issue ? " on " : "", f->issue ? f->issue : "");
		PARTNER(f->actor.s);
		PARTNER(f->target.s);
		break;
	default:
		snprintf(buf, n, "%s member of %s", f->actor.s, f->target.s);
		PARTNER(f->actor.s);
		PARTNER(f->target.s);
		break;
	}
#undef PARTNER
}

static int cmp_year(const void *x, const void *y)
{
	const ent_fact *a = *(const ent_fact *const *)x, *b = *(const ent_fact *const *)y;
	if (a->year != b->year)
		return a->year < b->year ? -1 : 1;
	return (a->id > b->id) - (a->id < b->id);
}

/* Suppliers from the dependence analysis (analyse.h), ordered by value. */
static int section_suppliers(ent__doc *d, ent_store *s, const char *actor)
{
	static const char *const h[] = {"Supplier", "Deals", "Supply ties", "Known value (USD)",
					"Share by value", "Share by count", "Facts"};
	ent_dependence_options opts = ENT_DEPENDENCE_OPTIONS_INIT;
	ent_dependence *dep = NULL;
	const ent_dependence_window *w;
	ent_error err;
	char cells[7][200], note[256];
	const char *row[7];
	size_t i, k;
	int rc;

	memset(&err, 0, sizeof err);
	opts.measure = ENT_MEASURE_VALUE;
	rc = ent_dependence_build(&dep, s, actor, &opts, &err);
	if (rc != ENT_OK)
		return rc;
	w = &dep->window;
	ent__doc_h2(d, "suppliers", "Suppliers and shares");
	if (w->n == 0) {
		ent__doc_para(d, "no data: no deal or supply tie names this actor as recipient");
		ent_dependence_free(dep);
		return ENT_OK;
	}
	snprintf(note, sizeof note,
		 "From the dependence analysis (entente dependence %s): share by stated USD value "
		 "(a deal with several suppliers is split evenly; %zu deals without a value left "
		 "out) and by number of deals and supply ties. HHI by value %.0f, by count %.0f.",
		 actor, w->unvalued_deals, w->hhi_value, w->hhi_count);
	ent__doc_para(d, note);
	ent__doc_table(d, "table-suppliers", h, 7);
	for (i = 0; i < 7; i++)
		row[i] = cells[i];
	for (i = 0; i < w->n; i++) {
		const ent_dependence_share *sh = &w->v[i];
		snprintf(cells[0], sizeof cells[0], "%s", sh->supplier.s);
		snprintf(cells[1], sizeof cells[1], "%zu", sh->deals);
		snprintf(cells[2], sizeof cells[2], "%zu", sh->supply_ties);
		snprintf(cells[3], sizeof cells[3], "%.1f m", sh->value_usd / 1e6);
		snprintf(cells[4], sizeof cells[4], "%.1f%%", 100.0 * sh->value_share);
		snprintf(cells[5], sizeof cells[5], "%.1f%%", 100.0 * sh->count_share);
		cells[6][0] = 0;
		for (k = 0; k < sh->nfact_ids; k++)
			add_id(cells[6], sizeof cells[6], sh->fact_ids[k]);
		ent__doc_row(d, row);
	}
	ent__doc_table_end(d);
	if (d->html) {
		const char **labels = ent__calloc(w->n, sizeof *labels);
		double *vals = ent__calloc(w->n, sizeof *vals);
		int use_value = w->total_usd > 0;
		if (labels && vals) {
			char *svg;
			for (i = 0; i < w->n; i++) {
				labels[i] = w->v[i].supplier.s;
				vals[i] = use_value ? w->v[i].value_share : w->v[i].count_share;
			}
			svg = ent__svg_bars("chart-suppliers",
					    use_value ? "Supplier shares by known deal value"
						      : "Supplier shares by number of deals and ties",
					    labels, vals, w->n);
			ent__doc_svg(d, svg);
			ent__free(svg);
		}
		ent__free(labels);
		ent__free(vals);
	}
	ent_dependence_free(dep);
	return ENT_OK;
}

static int cmp_i64(const void *x, const void *y)
{
	int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
	return (a > b) - (a < b);
}

/* The newest REPORT_ROWS facts of @p filter, loaded with every part, into
 * a new list (oldest first as cmp_year orders them, undated last); *total
 * gets how many facts match. */
static int newest_facts(ent_store *s, const ent_fact_filter *filter, ent_fact_list **out,
			size_t *total)
{
	int64_t *ids = NULL;
	size_t n = 0;
	int rc = ent_store_fact_ids(s, filter, &ids, &n);
	*out = NULL;
	*total = n;
	ent__free(ids);
	ids = NULL;
	if (rc == ENT_OK)
		rc = ent_store_fact_ids_newest(s, filter, REPORT_ROWS, &ids, &n);
	if (rc == ENT_OK)
		rc = ent_fact_list_new(out);
	if (rc == ENT_OK && n)
		rc = ent_store_facts_by_ids(s, ids, n, ENT_FACT_PARTS_ALL, *out);
	ent__free(ids);
	if (rc != ENT_OK) {
		ent_fact_list_free(*out);
		*out = NULL;
	}
	return rc;
}

/* "Showing the newest N of M ...; COMMAND lists them all." when rows were left out. */
static void more_line(ent__doc *d, size_t shown, size_t total, const char *what,
		      const char *command, const char *actor)
{
	char note[256];
	if (shown >= total)
		return;
	snprintf(note, sizeof note,
		 "The newest %zu of %zu %s are shown; %zu more are left out "
		 "(`entente %s %s` lists them all).",
		 shown, total, what, total - shown, command, actor);
	ent__doc_para(d, note);
}

static int section_timeline(ent__doc *d, ent_store *s, const char *actor)
{
	static const char *const h[] = {"Year", "Development", "Partners", "Fact", "Sources"};
	ent_fact_filter filter = ENT_FACT_FILTER_INIT;
	ent_fact_list *facts = NULL;
	const ent_fact **dated;
	size_t nd = 0, i, total = 0;
	char cells[5][512];
	const char *row[5];
	int rc;

	ent__doc_h2(d, "timeline", "Timeline");
	filter.actor = actor;
	filter.from_year = 1; /* dated facts only */
	rc = newest_facts(s, &filter, &facts, &total);
	if (rc != ENT_OK)
		return rc;
	dated = ent__malloc((facts->n ? facts->n : 1) * sizeof *dated);
	if (!dated) {
		ent_fact_list_free(facts);
		return ENT_ENOMEM;
	}
	for (i = 0; i < facts->n; i++)
		if (facts->v[i].year)
			dated[nd++] = &facts->v[i];
	if (nd == 0) {
		ent__doc_para(d, "no data: no dated fact names this actor");
		ent__free(dated);
		ent_fact_list_free(facts);
		return ENT_OK;
	}
	qsort(dated, nd, sizeof *dated, cmp_year);
	ent__doc_table(d, "table-timeline", h, 5);
	for (i = 0; i < 5; i++)
		row[i] = cells[i];
	for (i = 0; i < nd; i++) {
		snprintf(cells[0], sizeof cells[0], "%d", dated[i]->year);
		describe(cells[1], sizeof cells[1], cells[2], sizeof cells[2], dated[i], actor);
		snprintf(cells[3], sizeof cells[3], "#%lld", (long long)dated[i]->id);
		sources(cells[4], sizeof cells[4], dated[i]);
		ent__doc_row(d, row);
	}
	ent__doc_table_end(d);
	more_line(d, nd, total, "dated facts", "facts --actor", actor);
	if (d->html) {
		int *years = ent__malloc(nd * sizeof *years);
		char **labels = ent__calloc(nd, sizeof *labels);
		if (years && labels) {
			char *svg;
			for (i = 0; i < nd; i++) {
				char desc[512], partners[256];
				describe(desc, sizeof desc, partners, sizeof partners, dated[i], actor);
				if (strlen(desc) > 70)
					memcpy(desc + 67, "...", 4);
				years[i] = dated[i]->year;
				labels[i] = ent__strdup(desc);
			}
			svg = ent__svg_timeline("chart-timeline", years, (const char *const *)labels, nd);
			ent__doc_svg(d, svg);
			ent__free(svg);
			for (i = 0; i < nd; i++)
				ent__free(labels[i]);
		}
		ent__free(years);
		ent__free(labels);
	}
	ent__free(dated);
	ent_fact_list_free(facts);
	return ENT_OK;
}

/* Oldest first, deals without a year last (as `entente register`). */
static int cmp_register(const void *x, const void *y)
{
	const ent_fact *a = *(const ent_fact *const *)x, *b = *(const ent_fact *const *)y;
	int ya = a->year ? a->year : 1000000, yb = b->year ? b->year : 1000000;
	if (ya != yb)
		return ya < yb ? -1 : 1;
	return (a->id > b->id) - (a->id < b->id);
}

static int section_register(ent__doc *d, ent_store *s, const char *actor)
{
	static const char *const h[] = {"Deal", "Value", "Year", "Status", "Major Components",
					"Fact", "Sources"};
	ent_fact_filter filter = ENT_FACT_FILTER_INIT;
	ent_fact_list *facts = NULL;
	const ent_fact **deals;
	char cells[7][512];
	const char *row[7];
	size_t i, total = 0;
	int rc;

	ent__doc_h2(d, "register", "Deal register");
	filter.actor = actor;
	filter.type = ENT_FACT_DEAL;
	rc = newest_facts(s, &filter, &facts, &total);
	if (rc != ENT_OK)
		return rc;
	if (facts->n == 0) {
		ent__doc_para(d, "no data: no deal names this actor");
		ent_fact_list_free(facts);
		return ENT_OK;
	}
	deals = ent__malloc(facts->n * sizeof *deals);
	if (!deals) {
		ent_fact_list_free(facts);
		return ENT_ENOMEM;
	}
	for (i = 0; i < facts->n; i++)
		deals[i] = &facts->v[i];
	qsort(deals, facts->n, sizeof *deals, cmp_register);
	for (i = 0; i < 7; i++)
		row[i] = cells[i];
	ent__doc_table(d, "table-register", h, 7);
	for (i = 0; i < facts->n; i++) {
		const ent_fact *f = deals[i];
		char who[96];
		codes(who, sizeof who, f->suppliers, f->nsuppliers);
		snprintf(cells[0], sizeof cells[0], "%s -> %s", who, f->recipient.s);
		fmt_usd(cells[1], sizeof cells[1], &f->value);
		if (f->year)
			snprintf(cells[2], sizeof cells[2], "%d", f->year);
		else
			snprintf(cells[2], sizeof cells[2], "no data");
		snprintf(cells[3], sizeof cells[3], "%s", f->status ? ent_status_name(f->status) : "no data");
		items(cells[4], sizeof cells[4], f);
		snprintf(cells[5], sizeof cells[5], "#%lld", (long long)f->id);
		sources(cells[6], sizeof cells[6], f);
		ent__doc_row(d, row);
	}
	ent__doc_table_end(d);
	more_line(d, facts->n, total, "deals", "register --actor", actor);
	ent__free(deals);
	ent_fact_list_free(facts);
	return ENT_OK;
}

static int cmp_triad(const void *x, const void *y)
{
	const ent_triad *p = x, *q = y;
	if (p->strength != q->strength)
		return p->strength > q->strength ? -1 : 1;
	if (p->b != q->b)
		return p->b < q->b ? -1 : 1;
	return (p->c > q->c) - (p->c < q->c);
}

/* The all-positive triangles through node @p me, strongest first. */
static int actor_triangles(const ent_network *net, size_t me, ent_triad **out, size_t *nout)
{
	size_t *nb, nnb = 0, i, j, n = 0, cap = 0;
	ent_triad *v = NULL;
	*out = NULL;
	*nout = 0;
	nb = ent__malloc((net->nnodes ? net->nnodes : 1) * sizeof *nb);
	if (!nb)
		return ENT_ENOMEM;
	for (i = 0; i < net->nedges; i++) {
		const ent_net_edge *e = &net->edges[i];
		if (e->weight > 0 && (e->a == me || e->b == me))
			nb[nnb++] = e->a == me ? e->b : e->a;
	}
	for (i = 0; i < nnb; i++)
		for (j = i + 1; j < nnb; j++) {
			const ent_net_edge *bc = ent_network_edge(net, nb[i], nb[j]);
			size_t t[3] = {me, nb[i], nb[j]}, k, h;
			ent_triad tr;
			if (!bc || bc->weight <= 0)
				continue;
			for (k = 0; k < 3; k++) /* sort the three nodes */
				for (h = k + 1; h < 3; h++)
					if (t[h] < t[k]) {
						size_t x = t[k];
						t[k] = t[h];
						t[h] = x;
					}
			tr.a = t[0];
			tr.b = t[1];
			tr.c = t[2];
			tr.wab = ent_network_edge(net, t[0], t[1])->weight;
			tr.wac = ent_network_edge(net, t[0], t[2])->weight;
			tr.wbc = ent_network_edge(net, t[1], t[2])->weight;
			tr.strength = tr.wab + tr.wac + tr.wbc;
			if (n == cap) {
				size_t ncap = cap ? 2 * cap : 16;
				ent_triad *nv = ent__realloc(v, ncap * sizeof *nv);
				if (!nv) {
					ent__free(v);
					ent__free(nb);
					return ENT_ENOMEM;
				}
				v = nv;
				cap = ncap;
			}
			v[n++] = tr;
		}
	ent__free(nb);
	if (n > 1)
		qsort(v, n, sizeof *v, cmp_triad);
	*out = v;
	*nout = n;
	return ENT_OK;
}

static int section_network(ent__doc *d, ent_store *s, const char *actor)
{
	static const char *const h[] = {"Neighbour", "Weight", "Facts by kind"};
	static const char *const ht[] = {"Triangle", "Strength", "Weights"};
	ent_network *net = NULL;
	ent_triad *tri = NULL;
	size_t ntri = 0, i;
	long me;
	int k, rc, shown = 0;
	char cells[3][256];
	const char *row[3] = {cells[0], cells[1], cells[2]};

	ent__doc_h2(d, "network", "Network neighbourhood");
	rc = ent_network_load(&net, s, NULL);
	if (rc != ENT_OK)
		return rc;
	me = ent_network_node(net, actor);
	if (me < 0) {
		ent__doc_para(d, "no data: the actor has no tie in the network");
		ent_network_free(net);
		return ENT_OK;
	}
	ent__doc_para(d, "Signed ties (weights: deal +3, supply +2, partner +2, exercise +2, "
			 "support +1, member +1, shared bloc +0.5, rivalry -3, oppose -1, "
			 "concern -0.5; see docs/ANALYSES.md).");
	ent__doc_table(d, "table-network", h, 3);
	for (i = 0; i < net->nedges; i++) {
		const ent_net_edge *e = &net->edges[i];
		size_t len;
		if (e->a != (size_t)me && e->b != (size_t)me)
			continue;
		snprintf(cells[0], sizeof cells[0], "%s", net->nodes[e->a == (size_t)me ? e->b : e->a].s);
		snprintf(cells[1], sizeof cells[1], "%+g", e->weight);
		cells[2][0] = 0;
		for (k = 0; k < ENT_TIE__COUNT; k++)
			if (e->counts[k]) {
				len = strlen(cells[2]);
				snprintf(cells[2] + len, sizeof cells[2] - len, "%s%s %lld", len ? ", " : "",
					 ent_tie_kind_name((ent_tie_kind)k), (long long)e->counts[k]);
			}
		ent__doc_row(d, row);
	}
	ent__doc_table_end(d);
	if (d->html) {
		char *dot = NULL, *svg = NULL;
		rc = ent_network_dot(&dot, net, actor, NULL, 16);
		if (rc == ENT_OK)
			rc = ent_network_svg(&svg, dot, "chart-network");
		if (rc == ENT_OK)
			ent__doc_svg(d, svg);
		ent__free(dot);
		ent__free(svg);
		if (rc != ENT_OK) {
			ent_network_free(net);
			return rc;
		}
	}
	rc = actor_triangles(net, (size_t)me, &tri, &ntri);
	if (rc == ENT_OK) {
		for (i = 0; i < ntri && i < 12; i++) {
			const ent_triad *t = &tri[i];
			if (shown++ == 0) {
				ent__doc_h2(d, "triangles", "Triangles (all-positive triads)");
				ent__doc_table(d, "table-triangles", ht, 3);
			}
			snprintf(cells[0], sizeof cells[0], "%s-%s-%s", net->nodes[t->a].s,
				 net->nodes[t->b].s, net->nodes[t->c].s);
			snprintf(cells[1], sizeof cells[1], "%g", t->strength);
			snprintf(cells[2], sizeof cells[2], "%g, %g, %g", t->wab, t->wac, t->wbc);
			ent__doc_row(d, row);
		}
		if (shown)
			ent__doc_table_end(d);
	}
	ent__free(tri);
	ent_network_free(net);
	return rc;
}

static int section_armsrace(ent__doc *d, ent_store *s, const char *actor)
{
	ent_armsrace *a = NULL;
	int rc = ent_armsrace_compute(&a, s, actor, 0);
	if (rc != ENT_OK)
		return rc;
	ent__doc_h2(d, "arms-race", "Arms race");
	if (a->n == 0) {
		ent__doc_para(d, "no data: no rivalry fact names this actor");
	} else {
		static const char *const h[] = {"Dyad", "Side", "Early USD (deals)", "Late USD (deals)",
						"Late/early", "Rising together"};
		char cells[6][96];
		const char *row[6];
		size_t i;
		int k;
		for (k = 0; k < 6; k++)
			row[k] = cells[k];
		ent__doc_para(d, "Known imports (deals received) in the early window (years <= split) "
				 "and the late one; rising together = both sides' late imports exceed "
				 "their early ones.");
		ent__doc_table(d, "table-armsrace", h, 6);
		for (i = 0; i < a->n; i++)
			for (k = 0; k < 2; k++) {
				const ent_race_dyad *y = &a->v[i];
				const ent_race_side *r = &y->side[k];
				snprintf(cells[0], sizeof cells[0], "%s-%s (split %d)", y->side[0].code.s,
					 y->side[1].code.s, y->split);
				snprintf(cells[1], sizeof cells[1], "%s", r->code.s);
				snprintf(cells[2], sizeof cells[2], "%.1f m (%lld)", r->early_usd / 1e6,
					 (long long)r->early_deals);
				snprintf(cells[3], sizeof cells[3], "%.1f m (%lld)", r->late_usd / 1e6,
					 (long long)r->late_deals);
				if (r->ratio < 0)
					snprintf(cells[4], sizeof cells[4], "n/a");
				else
					snprintf(cells[4], sizeof cells[4], "%.2f", r->ratio);
				snprintf(cells[5], sizeof cells[5], "%s", k ? "" : y->rising ? "yes" : "no");
				ent__doc_row(d, row);
			}
		ent__doc_table_end(d);
	}
	ent_armsrace_free(a);
	return ENT_OK;
}

/* @p ids: every fact naming the actor, ascending. */
static int section_conflicts(ent__doc *d, ent_store *s, const int64_t *ids, size_t nids)
{
	static const char *const h[] = {"Fact", "Attribute", "Source A", "Source B"};
	ent_contradiction_list *l = NULL;
	char cells[4][600];
	const char *row[4] = {cells[0], cells[1], cells[2], cells[3]};
	size_t i, shown = 0;
	int rc = ent_store_contradictions(s, 0, &l);
	if (rc != ENT_OK)
		return rc;
	ent__doc_h2(d, "conflicts", "Contradictions between sources");
	for (i = 0; i < l->n; i++) {
		const ent_contradiction *c = &l->v[i];
		if (!bsearch(&c->fact_id, ids, nids, sizeof *ids, cmp_i64) &&
		    !bsearch(&c->fact_a, ids, nids, sizeof *ids, cmp_i64))
			continue;
		if (shown++ == 0)
			ent__doc_table(d, "table-conflicts", h, 4);
		snprintf(cells[0], sizeof cells[0], "#%lld", (long long)c->fact_id);
		snprintf(cells[1], sizeof cells[1], "%s", c->attribute);
		snprintf(cells[2], sizeof cells[2], "%s (%s): \"%s\"", c->value_a ? c->value_a : "?",
			 c->source_a ? c->source_a : "?", c->quote_a ? c->quote_a : "");
		snprintf(cells[3], sizeof cells[3], "%s (%s): \"%s\"", c->value_b ? c->value_b : "?",
			 c->source_b ? c->source_b : "?", c->quote_b ? c->quote_b : "");
		ent__doc_row(d, row);
	}
	if (shown)
		ent__doc_table_end(d);
	else
		ent__doc_para(d, "none recorded");
	ent_contradiction_list_free(l);
	return ENT_OK;
}

int ent_report_write(FILE *fp, ent_store *s, const char *actor, ent_report_format fmt)
{
	ent_fact_filter filter = ENT_FACT_FILTER_INIT;
	int64_t *ids = NULL;
	size_t nids = 0;
	ent__doc d;
	char title[96], intro[160];
	int rc;

	if (!fp || !s || !actor || !actor[0])
		return ENT_EUSAGE;
	filter.actor = actor;
	rc = ent_store_fact_ids(s, &filter, &ids, &nids);
	if (rc != ENT_OK)
		return rc;
	if (nids == 0) {
		ent__free(ids);
		return ENT_ENOTFOUND;
	}
	memset(&d, 0, sizeof d);
	d.fp = fp;
	d.html = fmt == ENT_REPORT_HTML;
	snprintf(title, sizeof title, "entente report: %s", actor);
	ent__doc_begin(&d, title);
	snprintf(intro, sizeof intro,
		 "%zu stored facts name %s. Every row gives the fact ids (entente show ID) and "
		 "sources behind it.",
		 nids, actor);
	ent__doc_para(&d, intro);
	rc = section_suppliers(&d, s, actor);
	if (rc == ENT_OK)
		rc = section_timeline(&d, s, actor);
	if (rc == ENT_OK)
		rc = section_register(&d, s, actor);
	if (rc == ENT_OK)
		rc = section_network(&d, s, actor);
	if (rc == ENT_OK)
		rc = section_armsrace(&d, s, actor);
	if (rc == ENT_OK)
		rc = section_conflicts(&d, s, ids, nids);
	ent__doc_end(&d);
	ent__free(ids);
	if (rc == ENT_OK && (fflush(fp) != 0 || ferror(fp)))
		rc = ENT_EIO;
	return rc;
}
