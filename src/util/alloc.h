/*
 * alloc.h - the one allocation wrapper every entente module uses.
 *
 * All heap memory of the library goes through ent__malloc and friends so that
 * tests can count allocations and make the Nth one fail (see
 * ent__alloc_fail_after).  Memory from these functions is released with
 * ent__free; never mix with the C library's free().
 */
#ifndef ENT_UTIL_ALLOC_H
#define ENT_UTIL_ALLOC_H

#include <stddef.h>

void *ent__malloc(size_t n);
void *ent__calloc(size_t count, size_t size);
void *ent__realloc(void *p, size_t n);
/** Duplicate a NUL-terminated string; NULL in gives NULL out. */
char *ent__strdup(const char *s);
/** Duplicate @p n bytes of @p s and NUL-terminate. */
char *ent__strndup(const char *s, size_t n);
void ent__free(void *p);
/**
 * Move @p p to a new block of @p n bytes, copying its first @p used bytes,
 * and free the old one: a realloc that never stays in place.  Sanitizer
 * builds (ENT_GROW_MOVES) call it on every append to the arrays rules keep
 * pointers into, so a pointer held across an append is a use after free;
 * up to ENT_GROW_MOVES_MAX elements, which keeps the copying of a long
 * document bounded.
 */
void *ent__move(void *p, size_t used, size_t n);
#define ENT_GROW_MOVES_MAX 2048

/**
 * Test hook: make the allocation after @p n further successful ones fail
 * (return NULL).  A negative @p n disables failure injection.
 */
void ent__alloc_fail_after(long n);
/** Number of allocations made since start (for tests). */
unsigned long ent__alloc_count(void);

#endif
