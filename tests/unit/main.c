/*
 * main.c - runs every registered unit test; prints "N passed, N failed".
 */
#include "test.h"

#include <stdlib.h>

/* Grows as tests register (from constructors, before main): a fixed
 * table once dropped every test past its size without a word. */
static struct test {
	const char *name;
	ent_test_fn fn;
} *tests;
static int ntests, cap;
static int current_failed;

void ent_test_register(const char *name, ent_test_fn fn)
{
	if (ntests == cap) {
		int ncap = cap ? cap * 2 : 1024;
		struct test *n = realloc(tests, (size_t)ncap * sizeof *n);
		if (!n) {
			fprintf(stderr, "unit: out of memory registering %s\n", name);
			exit(2);
		}
		tests = n;
		cap = ncap;
	}
	tests[ntests].name = name;
	tests[ntests].fn = fn;
	ntests++;
}

void ent_test_fail(const char *file, int line, const char *expr)
{
	fprintf(stderr, "  FAIL %s:%d: %s\n", file, line, expr);
	current_failed = 1;
}

const char *ent_test_data(void)
{
	const char *d = getenv("ENTENTE_TESTDATA");
	return d ? d : "tests/data";
}

const char *ent_test_shared(void)
{
	const char *d = getenv("ENTENTE_SHARED");
	FILE *f;
	if (!d)
		d = "../shared";
	f = fopen("../shared/README.md", "r");
	if (getenv("ENTENTE_SHARED"))
		return d;
	if (!f)
		return NULL;
	fclose(f);
	return d;
}

static int cmp(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;
	return strcmp(x, y);
}

int main(int argc, char **argv)
{
	int i, passed = 0, failed = 0;
	const char *filter = argc > 1 ? argv[1] : NULL;
	/* run in name order so output is stable */
	qsort(tests, (size_t)ntests, sizeof tests[0], cmp);
	for (i = 0; i < ntests; i++) {
		if (filter && !strstr(tests[i].name, filter))
			continue;
		current_failed = 0;
		tests[i].fn();
		if (current_failed) {
			fprintf(stderr, "not ok %s\n", tests[i].name);
			failed++;
		} else {
			passed++;
		}
	}
	printf("unit: %d passed, %d failed\n", passed, failed);
	free(tests);
	return failed ? 1 : 0;
}
