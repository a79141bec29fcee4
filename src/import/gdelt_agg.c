/*
 * gdelt_agg.c - the aggregate tables of the GDELT import: open addressing
 * with linear probing on the packed 128-bit key, one table per parser
 * thread (no locks); at the end each thread sorts its own (gdelt.c) and the
 * sorted runs are merged while they are written.  A table holds
 * one slot per distinct key and doubles when three quarters full.
 */
#include "import/gdelt_internal.h"
#include "util/alloc.h"

#include <string.h>

/* Both key words through the murmur3 finaliser: every key bit reaches the
 * low bits that the mask keeps (a bare multiply leaves the low bits of the
 * product depending on the low bits of k0 only, i.e. on Actor1 alone). */
static size_t slot_of(uint64_t k0, uint64_t k1, size_t mask)
{
	uint64_t h = k0 ^ (k1 * 0x9E3779B97F4A7C15ull);
	h ^= h >> 33;
	h *= 0xFF51AFD7ED558CCDull;
	h ^= h >> 33;
	h *= 0xC4CEB9FE1A85EC53ull;
	h ^= h >> 33;
	return (size_t)h & mask;
}

static int grow(ent_gdelt__table *t)
{
	size_t ncap = t->cap ? t->cap * 2 : 1024, i;
	ent_gdelt__agg *nv = ent__calloc(ncap, sizeof *nv);
	if (!nv)
		return -1;
	for (i = 0; i < t->cap; i++) {
		const ent_gdelt__agg *a = &t->v[i];
		size_t j;
		if (!a->events)
			continue;
		j = slot_of(a->k0, a->k1, ncap - 1);
		while (nv[j].events)
			j = (j + 1) & (ncap - 1);
		nv[j] = *a;
	}
	ent__free(t->v);
	t->v = nv;
	t->cap = ncap;
	return 0;
}

/* The slot of key (k0, k1): an existing entry or a fresh one (events 0). */
static ent_gdelt__agg *find(ent_gdelt__table *t, uint64_t k0, uint64_t k1)
{
	size_t j;
	if ((t->n + 1) * 4 > t->cap * 3 && grow(t) != 0)
		return NULL;
	j = slot_of(k0, k1, t->cap - 1);
	for (;;) {
		ent_gdelt__agg *a = &t->v[j];
		if (!a->events) {
			a->k0 = k0;
			a->k1 = k1;
			t->n++;
			return a;
		}
		if (a->k0 == k0 && a->k1 == k1)
			return a;
		j = (j + 1) & (t->cap - 1);
	}
}

void ent_gdelt__table_prefetch(const ent_gdelt__table *t, const ent_gdelt__row *r)
{
	if (t->cap)
		__builtin_prefetch(&t->v[slot_of(r->k0, r->k1, t->cap - 1)], 1);
}

int ent_gdelt__table_add(ent_gdelt__table *t, const ent_gdelt__row *r)
{
	ent_gdelt__agg *a = find(t, r->k0, r->k1);
	if (!a)
		return -1;
	a->events++;
	a->mentions += r->mentions;
	a->sources += r->sources;
	a->articles += r->articles;
	a->goldstein += r->goldstein;
	a->tone += r->tone;
	return 0;
}

void ent_gdelt__table_destroy(ent_gdelt__table *t)
{
	if (!t)
		return;
	ent__free(t->v);
	memset(t, 0, sizeof *t);
}
