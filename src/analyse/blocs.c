/*
 * blocs.c - partition a signed network into blocs by minimising frustration.
 *
 * Method (Doreian & Mrvar 1996, "A partitioning approach to structural
 * balance", Social Networks 18:149-168): the frustration of a partition is
 * the summed |weight| of negative edges inside blocs plus the summed weight
 * of positive edges between blocs; a perfectly balanced network has a
 * partition of frustration 0.  We search by relocation: visit the nodes in
 * turn and move each to the bloc (one of its neighbours' blocs, or a new
 * one) that lowers the frustration most, until no move helps.  The first
 * start puts every node alone; the other starts are random partitions and
 * visiting orders drawn from a small LCG seeded with the caller's seed, so
 * the result is the same on every run.  The best partition found wins
 * (the earliest on ties) and blocs are numbered by their first member in
 * code order.
 */
#include "entente/network.h"
#include "util/alloc.h"

#include <math.h>
#include <string.h>

typedef struct nbr {
	size_t u;
	double w;
} nbr;

static unsigned int lcg(unsigned int *x)
{
	*x = *x * 1103515245u + 12345u;
	return (*x >> 16) & 0x7fff;
}

static double frustration(const ent_network *n, const int *bloc)
{
	double f = 0;
	size_t i;
	for (i = 0; i < n->nedges; i++) {
		const ent_net_edge *e = &n->edges[i];
		int same = bloc[e->a] == bloc[e->b];
		if (same && e->weight < 0)
			f -= e->weight;
		else if (!same && e->weight > 0)
			f += e->weight;
	}
	return f;
}

/* Relocate nodes until no single move lowers the frustration. */
static void local_search(const ent_network *n, const size_t *start, const nbr *nb, int *bloc,
			 const size_t *order, double *gain, int *used)
{
	size_t N = n->nnodes, k, x;
	int moved = 1, rounds = 0;
	while (moved && rounds++ < 100) {
		moved = 0;
		for (k = 0; k < N; k++) {
			size_t v = order[k];
			int cur = bloc[v], best = cur, fresh = -1;
			double here = 0, best_gain;
			/* gain[b] = positive weight to neighbours in b - negative weight to them */
			for (x = start[v]; x < start[v + 1]; x++)
				gain[bloc[nb[x].u]] = 0;
			gain[cur] = 0;
			for (x = start[v]; x < start[v + 1]; x++)
				gain[bloc[nb[x].u]] += nb[x].w;
			here = gain[cur];
			best_gain = here;
			for (x = start[v]; x < start[v + 1]; x++) {
				int b = bloc[nb[x].u];
				if (b != cur && gain[b] > best_gain + 1e-12) {
					best_gain = gain[b];
					best = b;
				}
			}
			if (best_gain < -1e-12) {
				/* alone is better than any bloc: take a number no other node has */
				size_t i;
				for (i = 0; i < N; i++)
					used[i] = 0;
				for (i = 0; i < N; i++)
					if (i != v)
						used[bloc[i]] = 1;
				for (i = 0; i < N && fresh < 0; i++)
					if (!used[i])
						fresh = (int)i;
				if (fresh >= 0) {
					best = fresh;
					best_gain = 0;
				}
			}
			if (best != cur && best_gain > here + 1e-12) {
				bloc[v] = best;
				moved = 1;
			}
		}
	}
}

int ent_network_blocs(const ent_network *n, unsigned int seed, int restarts, ent_blocs *out)
{
	size_t N, i, *start = NULL, *order = NULL, *fill = NULL;
	nbr *nb = NULL;
	int *bloc = NULL, *best = NULL, *used = NULL, r;
	double *gain = NULL, best_f = HUGE_VAL;
	unsigned int rng = seed ? seed : 1;

	if (!n || !out)
		return ENT_EUSAGE;
	memset(out, 0, sizeof *out);
	N = n->nnodes;
	out->nnodes = N;
	if (N == 0)
		return ENT_OK;
	if (restarts < 1)
		restarts = 1;
	start = ent__calloc(N + 1, sizeof *start);
	fill = ent__calloc(N, sizeof *fill);
	order = ent__malloc(N * sizeof *order);
	nb = ent__malloc((2 * n->nedges + 1) * sizeof *nb);
	bloc = ent__malloc(N * sizeof *bloc);
	best = ent__malloc(N * sizeof *best);
	used = ent__malloc(N * sizeof *used);
	gain = ent__calloc(N, sizeof *gain);
	if (!start || !fill || !order || !nb || !bloc || !best || !used || !gain)
		goto nomem;
	for (i = 0; i < n->nedges; i++) {
		start[n->edges[i].a + 1]++;
		start[n->edges[i].b + 1]++;
	}
	for (i = 0; i < N; i++)
		start[i + 1] += start[i];
	for (i = 0; i < n->nedges; i++) {
		const ent_net_edge *e = &n->edges[i];
		nb[start[e->a] + fill[e->a]++] = (nbr){e->b, e->weight};
		nb[start[e->b] + fill[e->b]++] = (nbr){e->a, e->weight};
	}

	for (r = 0; r < restarts; r++) {
		double f;
		for (i = 0; i < N; i++)
			order[i] = i;
		if (r == 0) {
			for (i = 0; i < N; i++)
				bloc[i] = (int)i;
		} else {
			size_t k = 2 + (size_t)r % 4; /* 2..5 starting blocs */
			if (k > N)
				k = N;
			for (i = 0; i < N; i++)
				bloc[i] = (int)(lcg(&rng) % k);
			for (i = N - 1; i > 0; i--) {
				size_t j = lcg(&rng) % (i + 1), t = order[i];
				order[i] = order[j];
				order[j] = t;
			}
		}
		local_search(n, start, nb, bloc, order, gain, used);
		f = frustration(n, bloc);
		if (f < best_f - 1e-12) {
			best_f = f;
			memcpy(best, bloc, N * sizeof *best);
		}
	}

	/* number the blocs by their first member in code order */
	for (i = 0; i < N; i++)
		used[i] = -1;
	out->nblocs = 0;
	for (i = 0; i < N; i++) {
		if (used[best[i]] < 0)
			used[best[i]] = (int)out->nblocs++;
		bloc[i] = used[best[i]];
	}
	out->bloc = bloc;
	out->frustration = best_f;
	bloc = NULL;
	ent__free(start);
	ent__free(fill);
	ent__free(order);
	ent__free(nb);
	ent__free(best);
	ent__free(used);
	ent__free(gain);
	return ENT_OK;

nomem:
	ent__free(start);
	ent__free(fill);
	ent__free(order);
	ent__free(nb);
	ent__free(bloc);
	ent__free(best);
	ent__free(used);
	ent__free(gain);
	return ENT_ENOMEM;
}

void ent_blocs_destroy(ent_blocs *b)
{
	if (!b)
		return;
	ent__free(b->bloc);
	memset(b, 0, sizeof *b);
}
