/*
 * test_data_terms.c - the gazetteer's data files hold each term once: a
 * second row of a term is never read (the gazetteer keeps the first), so
 * it only misleads whoever edits the file.  Terms compare without case,
 * as the gazetteer matches them.
 */
#include "test.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef ENT_DEFAULT_DATADIR
#define ENT_DEFAULT_DATADIR "data"
#endif

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The number of terms (column `col`, 0-based, of tab-separated rows that
 * are no comment) of data file `name` written twice; -1 when the file
 * cannot be read.  Each duplicate is named on stderr. */
static int duplicate_terms(const char *name, int col)
{
	char path[512], line[1024], **terms = NULL;
	size_t n = 0, cap = 0, k;
	int dups = 0;
	const char *dir = getenv("ENTENTE_DATA");
	FILE *f;
	snprintf(path, sizeof path, "%s/%s", dir && *dir ? dir : ENT_DEFAULT_DATADIR, name);
	if (!(f = fopen(path, "r")))
		return -1;
	while (fgets(line, sizeof line, f)) {
		char *p = line, *e;
		int c;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		for (c = 0; c < col && p; c++)
			p = (p = strchr(p, '\t')) ? p + 1 : NULL;
		if (!p)
			continue;
		e = p + strcspn(p, "\t\r\n");
		*e = '\0';
		for (e = p; *e; e++)
			*e = (char)tolower((unsigned char)*e);
		if (n == cap) {
			char **nt = realloc(terms, (cap = cap ? cap * 2 : 256) * sizeof *nt);
			if (!nt)
				break;
			terms = nt;
		}
		if (!(terms[n] = strdup(p)))
			break;
		n++;
	}
	fclose(f);
	qsort(terms, n, sizeof *terms, cmp_str);
	for (k = 1; k < n; k++)
		if (!strcmp(terms[k], terms[k - 1])) {
			fprintf(stderr, "    %s: \"%s\" twice\n", name, terms[k]);
			dups++;
		}
	for (k = 0; k < n; k++)
		free(terms[k]);
	free(terms);
	return dups;
}

TEST(data_terms__each_weapon_term_once)
{
	CHECK_INT(duplicate_terms("weapons.tsv", 0), 0);
}
