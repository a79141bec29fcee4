/*
 * matcher.c - which phrase matcher is fastest on the benchmark text?
 *
 * usage: matcher DICT DATA_DIR ISOCODES_DIR FILE...
 *
 * Reads every FILE into memory (each one a text), then times, over the same
 * texts, three ways of finding the gazetteer's phrases:
 *
 *   gazetteer   entente's own matcher: ent__tokenize, then
 *               ent__gazetteer_match at every word token (longest match,
 *               case rules, token boundaries) -- as find_mentions() does;
 *               also reported without the tokenizer (match only);
 *   pcre2       PCRE2 (JIT) on one caseless alternation of the DICT phrases;
 *   vectorscan  Vectorscan (the Hyperscan API) with the DICT phrases as
 *               caseless literals, every match reported.
 *
 * The best of 3 passes of each is printed in MB/s of input text, with its
 * match count (the counts differ: the gazetteer matches whole tokens with
 * case rules, the others any substring, as grep -F -i does).
 * Built and run by bench/ingest/run.sh.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "extract/extract_internal.h"
#include "entente/errors.h"

#include <hs/hs.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct text {
	char *s;
	size_t n;
} text;

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *s;
	long len;
	if (!f || fseek(f, 0, SEEK_END) != 0 || (len = ftell(f)) < 0 || fseek(f, 0, SEEK_SET)) {
		fprintf(stderr, "matcher: %s: cannot read\n", path);
		exit(1);
	}
	s = malloc((size_t)len + 1);
	if (!s || fread(s, 1, (size_t)len, f) != (size_t)len) {
		fprintf(stderr, "matcher: %s: cannot read\n", path);
		exit(1);
	}
	s[len] = '\0';
	fclose(f);
	*n = (size_t)len;
	return s;
}

/* ---- entente's gazetteer -------------------------------------------------- */

static size_t run_gazetteer(const gazetteer *g, const text *t, size_t nt, double *match_secs)
{
	size_t i, k, hits = 0;
	double m = 0;
	for (i = 0; i < nt; i++) {
		tokens tk;
		double t0;
		memset(&tk, 0, sizeof tk);
		if (ent__tokenize(&tk, t[i].s, t[i].n) != ENT_OK) {
			fprintf(stderr, "matcher: tokenizer failed\n");
			exit(1);
		}
		t0 = now();
		for (k = 0; k < tk.n;) {
			size_t len = 0;
			if ((tk.v[k].kind == TK_WORD || tk.v[k].kind == TK_NUM) &&
			    ent__gazetteer_match(g, &tk, k, &len) && len > 0) {
				hits++;
				k += len;
			} else {
				k++;
			}
		}
		m += now() - t0;
		ent__tokens_destroy(&tk);
	}
	*match_secs = m;
	return hits;
}

/* ---- PCRE2 ------------------------------------------------------------------ */

static pcre2_code *pcre_compile(char **ph, size_t np)
{
	size_t i, len = 0, at = 0;
	char *pat;
	int errc;
	PCRE2_SIZE erro;
	pcre2_code *re;
	for (i = 0; i < np; i++)
		len += strlen(ph[i]) + 5;
	pat = malloc(len + 1);
	for (i = 0; i < np; i++) { /* \Q...\E quotes a literal */
		at += (size_t)sprintf(pat + at, "%s\\Q%s\\E", i ? "|" : "", ph[i]);
	}
	re = pcre2_compile((PCRE2_SPTR)pat, at, PCRE2_CASELESS, &errc, &erro, NULL);
	free(pat);
	if (!re) {
		fprintf(stderr, "matcher: pcre2_compile failed (%d at %zu)\n", errc, (size_t)erro);
		exit(1);
	}
	if (pcre2_jit_compile(re, PCRE2_JIT_COMPLETE) != 0)
		fprintf(stderr, "matcher: PCRE2 JIT not available, interpreting\n");
	return re;
}

static size_t run_pcre(pcre2_code *re, const text *t, size_t nt)
{
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
	size_t i, hits = 0;
	for (i = 0; i < nt; i++) {
		PCRE2_SIZE off = 0;
		for (;;) {
			PCRE2_SIZE *ov;
			int rc = pcre2_match(re, (PCRE2_SPTR)t[i].s, t[i].n, off, PCRE2_NO_UTF_CHECK, md,
					     NULL);
			if (rc < 0)
				break;
			ov = pcre2_get_ovector_pointer(md);
			hits++;
			off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
			if (off >= t[i].n)
				break;
		}
	}
	pcre2_match_data_free(md);
	return hits;
}

/* ---- Vectorscan ------------------------------------------------------------- */

static int on_hs(unsigned int id, unsigned long long from, unsigned long long to,
		 unsigned int flags, void *ctx)
{
	(void)id;
	(void)from;
	(void)to;
	(void)flags;
	(*(size_t *)ctx)++;
	return 0;
}

static hs_database_t *hs_build(char **ph, size_t np)
{
	unsigned int *flags = malloc(np * sizeof *flags), *ids = malloc(np * sizeof *ids);
	size_t *lens = malloc(np * sizeof *lens), i;
	hs_database_t *db = NULL;
	hs_compile_error_t *ce = NULL;
	for (i = 0; i < np; i++) {
		flags[i] = HS_FLAG_CASELESS;
		ids[i] = (unsigned int)i;
		lens[i] = strlen(ph[i]);
	}
	if (hs_compile_lit_multi((const char *const *)ph, flags, ids, lens, (unsigned int)np,
				 HS_MODE_BLOCK, NULL, &db, &ce) != HS_SUCCESS) {
		fprintf(stderr, "matcher: hs_compile_lit_multi: %s\n", ce ? ce->message : "?");
		exit(1);
	}
	free(flags);
	free(ids);
	free(lens);
	return db;
}

static size_t run_hs(hs_database_t *db, const text *t, size_t nt)
{
	hs_scratch_t *sc = NULL;
	size_t i, hits = 0;
	if (hs_alloc_scratch(db, &sc) != HS_SUCCESS) {
		fprintf(stderr, "matcher: hs_alloc_scratch failed\n");
		exit(1);
	}
	for (i = 0; i < nt; i++)
		hs_scan(db, t[i].s, (unsigned int)t[i].n, 0, sc, on_hs, &hits);
	hs_free_scratch(sc);
	return hits;
}

/* ---- main ------------------------------------------------------------------- */

static void report(const char *name, double mb, double secs, size_t hits)
{
	printf("%-22s %9.1f MB/s  %8.3f s  %10zu matches\n", name, mb / secs, secs, hits);
}

int main(int argc, char **argv)
{
	text *t;
	size_t nt, i, np = 0, cap = 4096;
	double mb = 0, best[4] = {1e30, 1e30, 1e30, 1e30};
	size_t counts[4] = {0, 0, 0, 0};
	char **ph, line[4096];
	FILE *df;
	gazetteer *g = NULL;
	ent_error err;
	pcre2_code *re;
	hs_database_t *hdb;
	int pass;

	if (argc < 5) {
		fprintf(stderr, "usage: matcher DICT DATA_DIR ISOCODES_DIR FILE...\n");
		return 2;
	}
	df = fopen(argv[1], "r");
	if (!df) {
		fprintf(stderr, "matcher: %s: cannot open\n", argv[1]);
		return 1;
	}
	ph = malloc(cap * sizeof *ph);
	while (fgets(line, sizeof line, df)) {
		line[strcspn(line, "\r\n")] = '\0';
		if (!line[0])
			continue;
		if (np == cap)
			ph = realloc(ph, (cap *= 2) * sizeof *ph);
		ph[np++] = strdup(line);
	}
	fclose(df);
	memset(&err, 0, sizeof err);
	if (ent__gazetteer_load(&g, argv[2], argv[3], &err) != ENT_OK) {
		fprintf(stderr, "matcher: gazetteer: %s\n", err.msg);
		return 1;
	}
	nt = (size_t)(argc - 4);
	t = calloc(nt, sizeof *t);
	for (i = 0; i < nt; i++) {
		t[i].s = slurp(argv[4 + i], &t[i].n);
		mb += (double)t[i].n / 1e6;
	}
	re = pcre_compile(ph, np);
	hdb = hs_build(ph, np);

	for (pass = 0; pass < 3; pass++) {
		double t0 = now(), m = 0;
		counts[0] = run_gazetteer(g, t, nt, &m);
		if (now() - t0 < best[0])
			best[0] = now() - t0;
		if (m < best[1])
			best[1] = m;
		t0 = now();
		counts[2] = run_pcre(re, t, nt);
		if (now() - t0 < best[2])
			best[2] = now() - t0;
		t0 = now();
		counts[3] = run_hs(hdb, t, nt);
		if (now() - t0 < best[3])
			best[3] = now() - t0;
	}
	printf("matcher: %zu phrases, %zu texts, %.1f MB (best of 3 passes)\n", np, nt, mb);
	report("gazetteer (tok+match)", mb, best[0], counts[0]);
	report("gazetteer (match only)", mb, best[1], counts[0]);
	report("pcre2 (jit)", mb, best[2], counts[2]);
	report("vectorscan", mb, best[3], counts[3]);

	hs_free_database(hdb);
	pcre2_code_free(re);
	ent__gazetteer_free(g);
	for (i = 0; i < nt; i++)
		free(t[i].s);
	free(t);
	for (i = 0; i < np; i++)
		free(ph[i]);
	free(ph);
	return 0;
}
