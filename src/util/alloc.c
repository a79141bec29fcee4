/*
 * alloc.c - allocation wrapper with failure injection for tests.
 */
#include "util/alloc.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* Atomic: import workers allocate from several threads.  Failure injection
 * itself is meant for single-threaded tests. */
static _Atomic long fail_after = -1;
static _Atomic unsigned long alloc_count;

static int should_fail(void)
{
	long left;
	atomic_fetch_add_explicit(&alloc_count, 1, memory_order_relaxed);
	left = atomic_load_explicit(&fail_after, memory_order_relaxed);
	if (left < 0)
		return 0;
	if (left == 0)
		return 1;
	atomic_fetch_sub_explicit(&fail_after, 1, memory_order_relaxed);
	return 0;
}

void ent__alloc_fail_after(long n) { atomic_store(&fail_after, n); }
unsigned long ent__alloc_count(void) { return atomic_load(&alloc_count); }

void *ent__malloc(size_t n)
{
	if (should_fail())
		return NULL;
	return malloc(n ? n : 1);
}

void *ent__calloc(size_t count, size_t size)
{
	if (should_fail())
		return NULL;
	return calloc(count ? count : 1, size ? size : 1);
}

void *ent__realloc(void *p, size_t n)
{
	if (should_fail())
		return NULL;
	return realloc(p, n ? n : 1);
}

void *ent__move(void *p, size_t used, size_t n)
{
	void *q = ent__malloc(n);
	if (!q)
		return NULL;
	if (used)
		memcpy(q, p, used);
	free(p);
	return q;
}

char *ent__strndup(const char *s, size_t n)
{
	char *d;
	if (!s)
		return NULL;
	d = ent__malloc(n + 1);
	if (!d)
		return NULL;
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *ent__strdup(const char *s)
{
	return s ? ent__strndup(s, strlen(s)) : NULL;
}

void ent__free(void *p) { free(p); }
