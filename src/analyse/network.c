/*
 * network.c - the signed, weighted network of states and blocs built from
 * ties (entente/network.h), its all-positive triangles and its structural
 * balance.
 *
 * Each tie kind has a weight (ent_tie_weight); an edge's weight is the sum
 * over the facts behind it, so an edge is positive when the cooperation
 * outweighs the hostility.  Edges whose weights cancel out are dropped.
 * Triads are enumerated once each (a < b < c) by intersecting the sorted
 * higher-numbered neighbour lists of the two ends of every edge.
 */
#include "entente/network.h"
#include "entente/gdelt.h"
#include "util/alloc.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int cmp_code(const void *x, const void *y)
{
	return strcmp(((const ent_code *)x)->s, ((const ent_code *)y)->s);
}

long ent_network_node(const ent_network *n, const char *code)
{
	ent_code key;
	const ent_code *hit;
	if (!n || !code || !n->nnodes)
		return -1;
	ent_code_set(&key, code);
	hit = bsearch(&key, n->nodes, n->nnodes, sizeof *n->nodes, cmp_code);
	return hit ? (long)(hit - n->nodes) : -1;
}

const ent_net_edge *ent_network_edge(const ent_network *n, size_t a, size_t b)
{
	size_t lo = 0, hi;
	if (!n)
		return NULL;
	if (a > b) {
		size_t t = a;
		a = b;
		b = t;
	}
	hi = n->nedges;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const ent_net_edge *e = &n->edges[mid];
		if (e->a == a && e->b == b)
			return e;
		if (e->a < a || (e->a == a && e->b < b))
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

void ent_network_free(ent_network *n)
{
	if (!n)
		return;
	ent__free(n->nodes);
	ent__free(n->is_bloc);
	ent__free(n->edges);
	ent__free(n);
}

/* ---- building: hash the codes and the pairs, then sort ---------------------- */

typedef struct code_map {
	size_t *slot;   /* index + 1 into codes, 0 = empty */
	size_t cap;     /* power of two */
	ent_code *codes;
	size_t n, codes_cap;
} code_map;

static uint64_t hash_code(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

static int map_grow(code_map *m)
{
	size_t ncap = m->cap ? 2 * m->cap : 256, i;
	size_t *ns = ent__calloc(ncap, sizeof *ns);
	if (!ns)
		return ENT_ENOMEM;
	for (i = 0; i < m->n; i++) {
		size_t h = (size_t)hash_code(m->codes[i].s) & (ncap - 1);
		while (ns[h])
			h = (h + 1) & (ncap - 1);
		ns[h] = i + 1;
	}
	ent__free(m->slot);
	m->slot = ns;
	m->cap = ncap;
	return ENT_OK;
}

/* The index of @p c, added when new. */
static int map_index(code_map *m, const ent_code *c, size_t *out)
{
	size_t h;
	if ((m->n + 1) * 2 > m->cap && map_grow(m) != ENT_OK)
		return ENT_ENOMEM;
	h = (size_t)hash_code(c->s) & (m->cap - 1);
	while (m->slot[h]) {
		if (strcmp(m->codes[m->slot[h] - 1].s, c->s) == 0) {
			*out = m->slot[h] - 1;
			return ENT_OK;
		}
		h = (h + 1) & (m->cap - 1);
	}
	if (m->n == m->codes_cap) {
		size_t ncap = m->codes_cap ? 2 * m->codes_cap : 64;
		ent_code *nc = ent__realloc(m->codes, ncap * sizeof *nc);
		if (!nc)
			return ENT_ENOMEM;
		m->codes = nc;
		m->codes_cap = ncap;
	}
	m->codes[m->n] = *c;
	m->slot[h] = m->n + 1;
	*out = m->n++;
	return ENT_OK;
}

typedef struct edge_map {
	uint64_t *key;  /* a * N + b + 1, 0 = empty */
	size_t *idx;
	size_t cap;
} edge_map;

static int emap_grow(edge_map *m, const ent_net_edge *edges, size_t n, size_t nnodes)
{
	size_t ncap = m->cap ? 2 * m->cap : 1024, i;
	uint64_t *nk = ent__calloc(ncap, sizeof *nk);
	size_t *ni = ent__malloc(ncap * sizeof *ni);
	if (!nk || !ni) {
		ent__free(nk);
		ent__free(ni);
		return ENT_ENOMEM;
	}
	for (i = 0; i < n; i++) {
		uint64_t k = (uint64_t)edges[i].a * nnodes + edges[i].b + 1;
		size_t h = (size_t)(k * 0x9E3779B97F4A7C15ull) & (ncap - 1);
		while (nk[h])
			h = (h + 1) & (ncap - 1);
		nk[h] = k;
		ni[h] = i;
	}
	ent__free(m->key);
	ent__free(m->idx);
	m->key = nk;
	m->idx = ni;
	m->cap = ncap;
	return ENT_OK;
}

static int cmp_edge(const void *x, const void *y)
{
	const ent_net_edge *p = x, *q = y;
	if (p->a != q->a)
		return p->a < q->a ? -1 : 1;
	return (p->b > q->b) - (p->b < q->b);
}

/* Add @p count ties of @p kind weighing @p w in all to the edge a-b
 * (created when new). */
static int add_edge(ent_network *n, edge_map *em, size_t *ecap, size_t a, size_t b,
		    ent_tie_kind kind, int64_t count, double w)
{
	size_t h;
	uint64_t k;
	if (a > b) {
		size_t tmp = a;
		a = b;
		b = tmp;
	}
	if ((n->nedges + 1) * 2 > em->cap && emap_grow(em, n->edges, n->nedges, n->nnodes) != ENT_OK)
		return ENT_ENOMEM;
	k = (uint64_t)a * n->nnodes + b + 1;
	h = (size_t)(k * 0x9E3779B97F4A7C15ull) & (em->cap - 1);
	while (em->key[h] && em->key[h] != k)
		h = (h + 1) & (em->cap - 1);
	if (!em->key[h]) {
		if (n->nedges == *ecap) {
			size_t ncap = *ecap ? 2 * *ecap : 256;
			ent_net_edge *ne = ent__realloc(n->edges, ncap * sizeof *ne);
			if (!ne)
				return ENT_ENOMEM;
			n->edges = ne;
			*ecap = ncap;
		}
		memset(&n->edges[n->nedges], 0, sizeof *n->edges);
		n->edges[n->nedges].a = a;
		n->edges[n->nedges].b = b;
		em->key[h] = k;
		em->idx[h] = n->nedges++;
	}
	n->edges[em->idx[h]].counts[kind] += count;
	n->edges[em->idx[h]].weight += w;
	if (kind == ENT_TIE_GDELT)
		n->edges[em->idx[h]].gdelt_weight += w;
	return ENT_OK;
}

static int cmp_member(const void *x, const void *y)
{
	const size_t *p = x, *q = y;
	if (p[0] != q[0])
		return p[0] < q[0] ? -1 : 1;
	return (p[1] > q[1]) - (p[1] < q[1]);
}

int ent_network_build(ent_network **out, const ent_tie_list *ties)
{
	ent_network *n;
	code_map cm;
	edge_map em;
	size_t *perm = NULL, i, ecap = 0, j, nmem = 0, memcap = 0, last_x = 0, last_y = 0;
	const ent_tie *last = NULL;
	size_t (*mem)[2] = NULL;
	int rc = ENT_ENOMEM;

	if (!out || !ties)
		return ENT_EUSAGE;
	*out = NULL;
	n = ent__calloc(1, sizeof *n);
	if (!n)
		return ENT_ENOMEM;
	memset(&cm, 0, sizeof cm);
	memset(&em, 0, sizeof em);

	/* nodes: every code named, sorted (a code equal to the previous
	 * row's is known already) */
	for (i = 0; i < ties->n; i++) {
		size_t x;
		const ent_tie *p = i ? &ties->v[i - 1] : NULL;
		if ((!p || memcmp(&ties->v[i].a, &p->a, sizeof p->a) != 0) &&
		    map_index(&cm, &ties->v[i].a, &x) != ENT_OK)
			goto fail;
		if ((!p || memcmp(&ties->v[i].b, &p->b, sizeof p->b) != 0) &&
		    map_index(&cm, &ties->v[i].b, &x) != ENT_OK)
			goto fail;
	}
	n->nnodes = cm.n;
	n->nodes = ent__malloc((cm.n ? cm.n : 1) * sizeof *n->nodes);
	n->is_bloc = ent__calloc(cm.n ? cm.n : 1, 1);
	perm = ent__malloc((cm.n ? cm.n : 1) * sizeof *perm);
	if (!n->nodes || !n->is_bloc || !perm)
		goto fail;
	if (cm.n)
		memcpy(n->nodes, cm.codes, cm.n * sizeof *n->nodes);
	qsort(n->nodes, n->nnodes, sizeof *n->nodes, cmp_code);
	for (i = 0; i < cm.n; i++)
		perm[i] = (size_t)ent_network_node(n, cm.codes[i].s);

	/* edges: one per pair, summing the weights of its ties.  The store
	 * returns ties ordered by pair, so the previous row's codes usually
	 * repeat: their indexes are reused without hashing. */
	for (i = 0; i < ties->n; i++) {
		const ent_tie *t = &ties->v[i];
		size_t x, y;
		if ((unsigned)t->kind >= ENT_TIE__COUNT || t->kind == ENT_TIE_SHARED_BLOC)
			continue;
		if (last && memcmp(&t->a, &last->a, sizeof t->a) == 0)
			x = last_x;
		else
			map_index(&cm, &t->a, &x); /* present: cannot fail */
		if (last && memcmp(&t->b, &last->b, sizeof t->b) == 0)
			y = last_y;
		else
			map_index(&cm, &t->b, &y);
		last = t;
		last_x = x;
		last_y = y;
		if (perm[x] == perm[y])
			continue;
		if (t->kind == ENT_TIE_MEMBER) {
			n->is_bloc[perm[y]] = 1;
			if (nmem == memcap) {
				size_t ncap = memcap ? 2 * memcap : 64;
				size_t (*nm)[2] = ent__realloc(mem, ncap * sizeof *nm);
				if (!nm)
					goto fail;
				mem = nm;
				memcap = ncap;
			}
			mem[nmem][0] = perm[y]; /* bloc */
			mem[nmem][1] = perm[x]; /* member */
			nmem++;
		}
		if (add_edge(n, &em, &ecap, perm[x], perm[y], t->kind, t->count,
			     t->kind == ENT_TIE_GDELT ? t->weight
						      : ent_tie_weight(t->kind) * (double)t->count) !=
		    ENT_OK)
			goto fail;
	}
	/* two members of one bloc: one shared-bloc tie per bloc they share */
	if (nmem > 1)
		qsort(mem, nmem, sizeof *mem, cmp_member);
	for (i = 0; i < nmem; i = j) {
		size_t p, q;
		for (j = i; j < nmem && mem[j][0] == mem[i][0]; j++)
			;
		for (p = i; p < j; p++)
			for (q = p + 1; q < j; q++)
				if (mem[p][1] != mem[q][1] && !n->is_bloc[mem[p][1]] &&
				    !n->is_bloc[mem[q][1]] &&
				    add_edge(n, &em, &ecap, mem[p][1], mem[q][1], ENT_TIE_SHARED_BLOC,
					     1, ent_tie_weight(ENT_TIE_SHARED_BLOC)) != ENT_OK)
					goto fail;
	}
	/* drop the edges whose weights cancel out, sort the rest */
	for (i = 0, j = 0; i < n->nedges; i++)
		if (fabs(n->edges[i].weight) > 1e-9)
			n->edges[j++] = n->edges[i];
	n->nedges = j;
	if (n->nedges > 1)
		qsort(n->edges, n->nedges, sizeof *n->edges, cmp_edge);
	rc = ENT_OK;
	*out = n;
	n = NULL;
fail:
	ent__free(cm.slot);
	ent__free(cm.codes);
	ent__free(em.key);
	ent__free(em.idx);
	ent__free(perm);
	ent__free(mem);
	ent_network_free(n);
	return rc;
}

/* Append the GDELT ties of the window of @p f to @p ties (see
 * ent_tie_filter.gdelt). */
static int add_gdelt_ties(ent_store *s, const ent_tie_filter *f, ent_tie_list *ties)
{
	ent_gdelt_dyad *d = NULL;
	size_t n = 0, i;
	int64_t min = f->gdelt_min_events > 0 ? f->gdelt_min_events : ENT_GDELT_TIE_MIN_EVENTS;
	double scale = f->gdelt_scale > 0 ? f->gdelt_scale : ENT_GDELT_TIE_SCALE;
	int from = f->from_year > 0 ? f->from_year * 100 + 1 : 0;
	int to = f->to_year > 0 ? f->to_year * 100 + 12 : 0;
	int rc = ent_gdelt_dyads(s, from, to, &d, &n);
	for (i = 0; rc == ENT_OK && i < n; i++) {
		if (d[i].events < min || strlen(d[i].a) != 3 || strlen(d[i].b) != 3)
			continue;
		if (f->gdelt_keep && (!f->gdelt_keep(d[i].a, f->gdelt_arg) ||
				      !f->gdelt_keep(d[i].b, f->gdelt_arg)))
			continue;
		rc = ent_tie_list_add(ties, d[i].a, d[i].b, ENT_TIE_GDELT, d[i].events, 0);
		if (rc == ENT_OK)
			ties->v[ties->n - 1].weight = scale * d[i].goldstein_mean / 10.0;
	}
	ent__free(d);
	return rc;
}

int ent_network_load(ent_network **out, ent_store *s, const ent_tie_filter *filter)
{
	ent_tie_list *ties = NULL;
	int rc;
	if (!out)
		return ENT_EUSAGE;
	*out = NULL;
	if (filter && filter->version != ENT_TIE_FILTER_VERSION)
		return ENT_EUSAGE;
	rc = ent_store_ties(s, filter, &ties);
	if (rc != ENT_OK)
		return rc;
	if (filter && filter->gdelt)
		rc = add_gdelt_ties(s, filter, ties);
	if (rc == ENT_OK)
		rc = ent_network_build(out, ties);
	ent_tie_list_free(ties);
	return rc;
}

/* ---- triads ------------------------------------------------------------------ */

/* Adjacency: for node i, the neighbours j > i in ascending order, with the
 * edge index; stored CSR-style. */
typedef struct adj {
	size_t *start; /* nnodes + 1 */
	size_t *nb;    /* neighbour */
	size_t *ed;    /* edge index */
} adj;

static void adj_free(adj *g)
{
	ent__free(g->start);
	ent__free(g->nb);
	ent__free(g->ed);
}

static int adj_build(adj *g, const ent_network *n)
{
	size_t i, *fill;
	g->start = ent__calloc(n->nnodes + 1, sizeof *g->start);
	g->nb = ent__malloc((n->nedges ? n->nedges : 1) * sizeof *g->nb);
	g->ed = ent__malloc((n->nedges ? n->nedges : 1) * sizeof *g->ed);
	fill = ent__calloc(n->nnodes + 1, sizeof *fill);
	if (!g->start || !g->nb || !g->ed || !fill) {
		ent__free(fill);
		adj_free(g);
		return ENT_ENOMEM;
	}
	for (i = 0; i < n->nedges; i++)
		g->start[n->edges[i].a + 1]++;
	for (i = 0; i < n->nnodes; i++)
		g->start[i + 1] += g->start[i];
	/* edges are sorted by (a, b), so each list comes out ascending */
	for (i = 0; i < n->nedges; i++) {
		size_t a = n->edges[i].a, k = g->start[a] + fill[a]++;
		g->nb[k] = n->edges[i].b;
		g->ed[k] = i;
	}
	ent__free(fill);
	return ENT_OK;
}

typedef int (*triad_fn)(const ent_network *n, const ent_triad *t, void *payload);

/* Call @p fn on every triad whose three pairs have an edge. */
static int each_triad(const ent_network *n, triad_fn fn, void *payload)
{
	adj g;
	size_t a, x;
	int rc = adj_build(&g, n);
	if (rc != ENT_OK)
		return rc;
	for (a = 0; a < n->nnodes && rc == ENT_OK; a++) {
		for (x = g.start[a]; x < g.start[a + 1] && rc == ENT_OK; x++) {
			size_t b = g.nb[x], i = x + 1, j = g.start[b];
			/* common neighbours c > b of a and b */
			while (i < g.start[a + 1] && j < g.start[b + 1] && rc == ENT_OK) {
				if (g.nb[i] < g.nb[j]) {
					i++;
				} else if (g.nb[i] > g.nb[j]) {
					j++;
				} else {
					ent_triad t;
					t.a = a;
					t.b = b;
					t.c = g.nb[i];
					t.wab = n->edges[g.ed[x]].weight;
					t.wac = n->edges[g.ed[i]].weight;
					t.wbc = n->edges[g.ed[j]].weight;
					t.strength = t.wab + t.wac + t.wbc;
					rc = fn(n, &t, payload);
					i++;
					j++;
				}
			}
		}
	}
	adj_free(&g);
	return rc;
}

typedef int (*triad_cmp)(const void *, const void *);

typedef struct triad_vec {
	ent_triad *v;
	size_t n, cap;
	size_t limit;       /* keep the best `limit` (0 = all) in a heap */
	triad_cmp cmp;      /* < 0: first argument ranks before the second */
	size_t total, balanced, kept_total;
} triad_vec;

/* Heap of the kept triads with the worst at the root. */
static void sift_down(triad_vec *tv, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, r = l + 1, w = i;
		ent_triad t;
		if (l < tv->n && tv->cmp(&tv->v[l], &tv->v[w]) > 0)
			w = l;
		if (r < tv->n && tv->cmp(&tv->v[r], &tv->v[w]) > 0)
			w = r;
		if (w == i)
			return;
		t = tv->v[i];
		tv->v[i] = tv->v[w];
		tv->v[w] = t;
		i = w;
	}
}

static void sift_up(triad_vec *tv, size_t i)
{
	while (i > 0) {
		size_t p = (i - 1) / 2;
		ent_triad t;
		if (tv->cmp(&tv->v[i], &tv->v[p]) <= 0)
			return;
		t = tv->v[i];
		tv->v[i] = tv->v[p];
		tv->v[p] = t;
		i = p;
	}
}

static int push_triad(triad_vec *tv, const ent_triad *t)
{
	tv->kept_total++;
	if (tv->limit && tv->n == tv->limit) {
		if (tv->cmp(t, &tv->v[0]) < 0) {
			tv->v[0] = *t;
			sift_down(tv, 0);
		}
		return ENT_OK;
	}
	if (tv->n == tv->cap) {
		size_t ncap = tv->cap ? 2 * tv->cap : 16;
		ent_triad *nv = ent__realloc(tv->v, ncap * sizeof *nv);
		if (!nv)
			return ENT_ENOMEM;
		tv->v = nv;
		tv->cap = ncap;
	}
	tv->v[tv->n++] = *t;
	if (tv->limit)
		sift_up(tv, tv->n - 1);
	return ENT_OK;
}

static double min3(double a, double b, double c)
{
	double m = a < b ? a : b;
	return m < c ? m : c;
}

static int cmp_strength(const void *x, const void *y)
{
	const ent_triad *p = x, *q = y;
	double mp = min3(p->wab, p->wac, p->wbc), mq = min3(q->wab, q->wac, q->wbc);
	if (p->strength != q->strength)
		return p->strength > q->strength ? -1 : 1;
	if (mp != mq)
		return mp > mq ? -1 : 1;
	if (p->a != q->a)
		return p->a < q->a ? -1 : 1;
	if (p->b != q->b)
		return p->b < q->b ? -1 : 1;
	return (p->c > q->c) - (p->c < q->c);
}

static double abs_strength(const ent_triad *t)
{
	return fabs(t->wab) + fabs(t->wac) + fabs(t->wbc);
}

static int cmp_abs_strength(const void *x, const void *y)
{
	const ent_triad *p = x, *q = y;
	double sp = abs_strength(p), sq = abs_strength(q);
	if (sp != sq)
		return sp > sq ? -1 : 1;
	return cmp_strength(x, y);
}

static int on_positive(const ent_network *n, const ent_triad *t, void *payload)
{
	(void)n;
	if (t->wab > 0 && t->wac > 0 && t->wbc > 0)
		return push_triad(payload, t);
	return ENT_OK;
}

int ent_network_triangles(const ent_network *n, size_t limit, ent_triad **out, size_t *nout,
			  size_t *total)
{
	triad_vec tv;
	int rc;
	if (!n || !out || !nout)
		return ENT_EUSAGE;
	*out = NULL;
	*nout = 0;
	memset(&tv, 0, sizeof tv);
	tv.limit = limit;
	tv.cmp = cmp_strength;
	rc = each_triad(n, on_positive, &tv);
	if (rc != ENT_OK) {
		ent__free(tv.v);
		return rc;
	}
	if (tv.n > 1)
		qsort(tv.v, tv.n, sizeof *tv.v, cmp_strength);
	*out = tv.v;
	*nout = tv.n;
	if (total)
		*total = tv.kept_total;
	return ENT_OK;
}

static int on_signed(const ent_network *n, const ent_triad *t, void *payload)
{
	triad_vec *tv = payload;
	int neg = (t->wab < 0) + (t->wac < 0) + (t->wbc < 0);
	(void)n;
	tv->total++;
	if (neg % 2 == 0) {
		tv->balanced++;
		return ENT_OK;
	}
	return push_triad(tv, t);
}

int ent_network_balance(const ent_network *n, size_t limit, ent_balance *out)
{
	triad_vec tv;
	int rc;
	if (!n || !out)
		return ENT_EUSAGE;
	memset(out, 0, sizeof *out);
	memset(&tv, 0, sizeof tv);
	tv.limit = limit;
	tv.cmp = cmp_abs_strength;
	rc = each_triad(n, on_signed, &tv);
	if (rc != ENT_OK) {
		ent__free(tv.v);
		return rc;
	}
	if (tv.n > 1)
		qsort(tv.v, tv.n, sizeof *tv.v, cmp_abs_strength);
	out->triads = tv.total;
	out->balanced = tv.balanced;
	out->ratio = tv.total ? (double)tv.balanced / (double)tv.total : 0.0;
	out->unbalanced = tv.v;
	out->nlisted = tv.n;
	out->nunbalanced = tv.kept_total;
	return ENT_OK;
}

void ent_balance_destroy(ent_balance *b)
{
	if (!b)
		return;
	ent__free(b->unbalanced);
	memset(b, 0, sizeof *b);
}
