/*
 * alloc.c - allocation wrapper with failure injection for tests.
 */
#include "util/alloc.h"

#include <stdlib.h>
#include <string.h>

static long fail_after = -1;
static unsigned long alloc_count;

static int should_fail(void)
{
	alloc_count++;
	if (fail_after < 0)
		return 0;
	if (fail_after == 0)
		return 1;
	fail_after--;
	return 0;
}

void ent__alloc_fail_after(long n) { fail_after = n; }
unsigned long ent__alloc_count(void) { return alloc_count; }

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
