/*
 * extract_harness.h - what the extraction rule tests share: one extractor
 * per test file (freed at exit), text in, facts out, and counting facts by
 * type, finding a stance.  Included by tests/unit/test_extract_*.c only.
 */
#ifndef ENTENTE_TESTS_EXTRACT_HARNESS_H
#define ENTENTE_TESTS_EXTRACT_HARNESS_H

#include "test.h"
#include "entente/extract.h"
#include "entente/doc.h"
#include "extract/extract_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef ENT_DEFAULT_DATADIR
#define ENT_DEFAULT_DATADIR "data"
#endif

/* The files the gazetteer reads from a data folder (gazetteer.c). */
static inline const char *const *harness_data_files(void)
{
	static const char *const files[] = {"states.tsv",    "blocs.tsv",   "bloc-members.tsv",
					    "firms.tsv",     "weapons.tsv", "issues.tsv",
					    "exporters.tsv", "leaders.tsv", "exercises.tsv",
					    "media.tsv",     NULL};
	return files;
}

/* Fill dir (an empty folder, from mkdtemp) as a data folder: every data
 * file of data/ linked, but `own` written with text.  0 on success. */
static inline int data_dir_with(const char *dir, const char *own, const char *text)
{
	const char *const *f = harness_data_files();
	char path[512], src[512];
	FILE *fp;
	size_t i;
	for (i = 0; f[i]; i++) {
		if (!strcmp(f[i], own))
			continue;
		snprintf(src, sizeof src, "%s/%s", ENT_DEFAULT_DATADIR, f[i]);
		snprintf(path, sizeof path, "%s/%s", dir, f[i]);
		if (symlink(src, path) != 0)
			return -1;
	}
	snprintf(path, sizeof path, "%s/%s", dir, own);
	if (!(fp = fopen(path, "w")))
		return -1;
	fputs(text, fp);
	return fclose(fp) == 0 ? 0 : -1;
}

/* Remove a data folder data_dir_with made. */
static inline void data_dir_remove(const char *dir)
{
	const char *const *f = harness_data_files();
	char path[512];
	size_t i;
	for (i = 0; f[i]; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, f[i]);
		unlink(path);
	}
	rmdir(dir);
}

static ent_extractor *harness_x;

static inline ent_extractor *ex(void)
{
	ent_error err = {0, ""};
	if (!harness_x && ent_extractor_new(&harness_x, NULL, &err) != 0)
		fprintf(stderr, "extractor: %s\n", err.msg);
	return harness_x;
}

__attribute__((destructor)) static void harness_free(void) { ent_extractor_free(harness_x); }

/* Extract facts from text (published date optional); NULL on failure. */
static inline ent_fact_list *run(const char *text, const char *published)
{
	ent_doc *doc;
	ent_fact_list *l;
	if (!ex() || ent_doc_new(&doc, text, strlen(text), "test.txt", NULL, published))
		return NULL;
	if (ent_fact_list_new(&l) || ent_extract(ex(), doc, l)) {
		ent_doc_free(doc);
		return NULL;
	}
	ent_doc_free(doc);
	return l;
}

static inline size_t count(const ent_fact_list *l, ent_fact_type t)
{
	size_t i, n = 0;
	for (i = 0; i < l->n; i++)
		n += l->v[i].type == t;
	return n;
}

static inline const ent_fact *first(const ent_fact_list *l, ent_fact_type t)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		if (l->v[i].type == t)
			return &l->v[i];
	return NULL;
}

/* Is there a stance of actor a toward target t with polarity p? */
static inline int has_stance(const ent_fact_list *l, const char *a, const char *t,
			     ent_polarity p)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		if (l->v[i].type == ENT_FACT_STANCE && !strcmp(l->v[i].actor.s, a) &&
		    !strcmp(l->v[i].target.s, t) && l->v[i].polarity == p)
			return 1;
	return 0;
}

/* The number of deals and supply ties in l. */
static inline size_t ndeals(const ent_fact_list *l)
{
	size_t i, n = 0;
	for (i = 0; i < l->n; i++)
		n += l->v[i].type == ENT_FACT_DEAL || l->v[i].type == ENT_FACT_SUPPLY;
	return n;
}

/* The number of deals and supply ties in text ((size_t)-1: no list). */
static inline size_t ndeals_text(const char *text)
{
	ent_fact_list *l = run(text, NULL);
	size_t n = l ? ndeals(l) : (size_t)-1;
	ent_fact_list_free(l);
	return n;
}

/* The number of exercises in text ((size_t)-1: no list). */
static inline size_t nexercises_text(const char *text)
{
	ent_fact_list *l = run(text, NULL);
	size_t n = l ? count(l, ENT_FACT_EXERCISE) : (size_t)-1;
	ent_fact_list_free(l);
	return n;
}

/* No deal in text (supply ties of other rules aside). */
static inline void expect_no_deal(const char *text)
{
	ent_fact_list *l = run(text, NULL);
	CHECK(l != NULL);
	if (l && count(l, ENT_FACT_DEAL) != 0)
		fprintf(stderr, "    a deal in: %s\n", text);
	CHECK(l && count(l, ENT_FACT_DEAL) == 0);
	ent_fact_list_free(l);
}

/* No deal and no supply tie in text. */
static inline void expect_no_transfer(const char *text)
{
	ent_fact_list *l = run(text, NULL);
	CHECK(l != NULL);
	if (l && ndeals(l) != 0)
		fprintf(stderr, "    a deal in: %s\n", text);
	CHECK(l && ndeals(l) == 0);
	ent_fact_list_free(l);
}

/* The first deal or supply tie of supplier sup to recipient rec, or NULL. */
static inline const ent_fact *find_deal(const ent_fact_list *l, const char *sup, const char *rec)
{
	size_t i;
	for (i = 0; i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if ((f->type == ENT_FACT_DEAL || f->type == ENT_FACT_SUPPLY) &&
		    ent_fact_has_code(f->suppliers, f->nsuppliers, sup) &&
		    strcmp(f->recipient.s, rec) == 0)
			return f;
	}
	return NULL;
}

/* The status of the deal sup -> rec in text (-1: no deal). */
static inline int deal_status(const char *text, const char *sup, const char *rec)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f;
	int st = -1;
	if (!l)
		return -1;
	f = find_deal(l, sup, rec);
	if (f)
		st = (int)f->status;
	ent_fact_list_free(l);
	return st;
}

/* The year of the deal sup -> rec in the text (0: none stated), -1 when the
 * text gives no such deal. */
static inline int deal_year(const char *text, const char *published, const char *sup,
			    const char *rec)
{
	ent_fact_list *l = run(text, published);
	const ent_fact *f;
	int y = -1;
	if (!l)
		return -1;
	f = find_deal(l, sup, rec);
	if (f)
		y = f->year;
	else
		fprintf(stderr, "    no deal %s -> %s in: %s\n", sup, rec, text);
	ent_fact_list_free(l);
	return y;
}

/* The value in USD of the deal sup -> rec in text (0: none, -1: no deal). */
static inline double deal_usd(const char *text, const char *sup, const char *rec)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f;
	double v = -1;
	if (!l)
		return -1;
	f = find_deal(l, sup, rec);
	if (f)
		v = f->value.has_usd ? f->value.usd : 0;
	else
		fprintf(stderr, "    no deal %s -> %s in: %s\n", sup, rec, text);
	ent_fact_list_free(l);
	return v;
}

/* The confidence of the deal or supply tie sup -> rec in text (-1: none). */
static inline double deal_confidence(const char *text, const char *sup, const char *rec)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f;
	double c = -1;
	if (!l)
		return -1;
	f = find_deal(l, sup, rec);
	if (f)
		c = f->confidence;
	ent_fact_list_free(l);
	return c;
}

/* One text, n deals (and supply ties) expected; the deals sup[i] -> rec[i]
 * (sup NULL-terminated, or NULL for none) among them. */
static inline void expect_deals(const char *text, size_t n, const char *const *sup,
				const char *const *rec)
{
	ent_fact_list *l = run(text, NULL);
	size_t i;
	CHECK(l != NULL);
	if (!l)
		return;
	for (i = 0; sup && sup[i]; i++) {
		if (!find_deal(l, sup[i], rec[i]))
			fprintf(stderr, "    no deal %s -> %s in: %s\n", sup[i], rec[i], text);
		CHECK(find_deal(l, sup[i], rec[i]) != NULL);
	}
	if (ndeals(l) != n)
		fprintf(stderr, "    %zu deals, not %zu, in: %s\n", ndeals(l), n, text);
	CHECK_INT(ndeals(l), n);
	ent_fact_list_free(l);
}

/* text gives no deal or tie sup -> rec. */
static inline void expect_not(const char *text, const char *sup, const char *rec)
{
	ent_fact_list *l = run(text, NULL);
	CHECK(l != NULL);
	if (l && find_deal(l, sup, rec))
		fprintf(stderr, "    a deal %s -> %s in: %s\n", sup, rec, text);
	CHECK(l && !find_deal(l, sup, rec));
	ent_fact_list_free(l);
}

/* expect_deals with one deal sup -> rec (sup NULL: none) among the n. */
static inline void expect_deal(const char *text, size_t n, const char *sup, const char *rec)
{
	const char *s1[] = {sup, NULL}, *r1[] = {rec, NULL};
	expect_deals(text, n, s1, r1);
}

/* Does exercise (or any fact) f have participant code? */
static inline int takes_part(const ent_fact *f, const char *code)
{
	return f && ent_fact_has_code(f->participants, f->nparticipants, code);
}

/* Does the first exercise the text gives have code among its parties (-1:
 * no exercise)? */
static inline int first_drill_has(const char *text, const char *code)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	int r = f ? takes_part(f, code) : -1;
	if (l)
		ent_fact_list_free(l);
	return r;
}

/* The text gives one stance, actor a toward target t with polarity p. */
static inline int stance_only(const char *text, const char *a, const char *t, ent_polarity p)
{
	ent_fact_list *l = run(text, NULL);
	int ok = l && count(l, ENT_FACT_STANCE) == 1 && has_stance(l, a, t, p);
	if (l)
		ent_fact_list_free(l);
	return ok;
}

/* The text gives no stance. */
static inline int stance_none(const char *text)
{
	ent_fact_list *l = run(text, NULL);
	int ok = l && count(l, ENT_FACT_STANCE) == 0;
	if (l)
		ent_fact_list_free(l);
	return ok;
}

/* The text gives (at least) this stance. */
static inline int stance_has(const char *text, const char *a, const char *t, ent_polarity p)
{
	ent_fact_list *l = run(text, NULL);
	int ok = l && has_stance(l, a, t, p);
	if (l)
		ent_fact_list_free(l);
	return ok;
}

/* The number of stances the text gives. */
static inline size_t stance_count(const char *text)
{
	ent_fact_list *l = run(text, NULL);
	size_t n = l ? count(l, ENT_FACT_STANCE) : 0;
	if (l)
		ent_fact_list_free(l);
	return n;
}


/* One case of a list of buyers: the text, the seller, the buyers
 * (NULL-terminated, at most 8), the status of every deal, the number of
 * deals and ties the text gives in all, and the buyers' quantities (0:
 * none to check; the last field, so a case with none leaves it out). */
struct deal_list_case {
	const char *text;
	const char *sup;
	const char *rec[8];
	ent_status st;
	size_t n;
	long qty[8];
};

/* Check one case without stopping at the first miss; 0 when it holds. */
static inline int deal_list_check(const struct deal_list_case *c)
{
	ent_fact_list *l = run(c->text, NULL);
	size_t i;
	int bad = 0;
	if (!l)
		return 1;
	for (i = 0; i < 8 && c->rec[i]; i++) {
		const ent_fact *f = find_deal(l, c->sup, c->rec[i]);
		long q;
		if (!f) {
			fprintf(stderr, "    no deal %s -> %s in: %s\n", c->sup, c->rec[i], c->text);
			bad = 1;
			continue;
		}
		if (f->status != c->st) {
			fprintf(stderr, "    %s -> %s status %d, not %d, in: %s\n", c->sup,
				c->rec[i], (int)f->status, (int)c->st, c->text);
			bad = 1;
		}
		q = f->nitems ? f->items[0].quantity : -1;
		if (c->qty[i] && q != c->qty[i]) {
			fprintf(stderr, "    %s -> %s quantity %ld, not %ld, in: %s\n", c->sup,
				c->rec[i], q, c->qty[i], c->text);
			bad = 1;
		}
	}
	if (ndeals(l) != c->n) {
		fprintf(stderr, "    %zu deals, not %zu, in: %s\n", ndeals(l), c->n, c->text);
		bad = 1;
	}
	ent_fact_list_free(l);
	return bad;
}

/* The cases v[0..n) that fail (each says why on stderr). */
static inline int deal_list_run(const struct deal_list_case *v, size_t n)
{
	size_t i;
	int bad = 0;
	for (i = 0; i < n; i++)
		bad += deal_list_check(&v[i]);
	if (bad)
		fprintf(stderr, "    %d of %zu sentences fail\n", bad, n);
	return bad;
}


/* A row of a stance table: a text and what it must (or must not) give.
 * ROW_HAS: this stance among others; ROW_ONLY: this one alone; ROW_NONE:
 * no stance at all; ROW_LACKS: not this stance. */
enum { ROW_HAS, ROW_ONLY, ROW_NONE, ROW_LACKS };
struct stance_row {
	const char *text;
	const char *actor, *target;
	ent_polarity pol;
	int kind;
};

/* The rows of r[0..n) that fail, each told on stderr under the name what. */
static inline int stance_row_failures(const char *what, const struct stance_row *r, size_t n)
{
	static const char *kn[] = {"has", "only", "none", "lacks"};
	size_t i;
	int bad = 0;
	for (i = 0; i < n; i++) {
		int ok;
		switch (r[i].kind) {
		case ROW_ONLY:
			ok = stance_only(r[i].text, r[i].actor, r[i].target, r[i].pol);
			break;
		case ROW_NONE:
			ok = stance_none(r[i].text);
			break;
		case ROW_LACKS:
			ok = !stance_has(r[i].text, r[i].actor, r[i].target, r[i].pol);
			break;
		default:
			ok = stance_has(r[i].text, r[i].actor, r[i].target, r[i].pol);
			break;
		}
		if (!ok) {
			fprintf(stderr, "    %s (%s): %s %s %s: %s\n", what, kn[r[i].kind],
				r[i].actor ? r[i].actor : "", r[i].target ? r[i].target : "",
				r[i].pol == ENT_POLARITY_SUPPORT ? "support" : "oppose", r[i].text);
			bad++;
		}
	}
	return bad;
}


/* How many of the texts v[0..n) give a deal or supply tie (each told on
 * stderr); 0 when none does. */
static inline int texts_with_deals(const char *const *v, size_t n)
{
	size_t i;
	int bad = 0;
	for (i = 0; i < n; i++) {
		ent_fact_list *l = run(v[i], NULL);
		if (!l || ndeals(l) != 0) {
			fprintf(stderr, "    a deal in: %s\n", v[i]);
			bad++;
		}
		ent_fact_list_free(l);
	}
	return bad;
}

#endif
