/*
 * test_store_candidates.c - the store finds the fact to merge with through
 * narrow candidate queries (src/store/store_sqlite.c, find_candidates): a
 * fact restated in a later document merges with its stored twin, for every
 * fact type, while stored facts that share only one of its actors stay
 * apart; and the merged fact keeps the evidence of both documents (the
 * stored evidence is loaded only for the fact merged with).
 */
#include "entente/doc.h"
#include "entente/errors.h"
#include "entente/fact.h"
#include "entente/store.h"
#include "test.h"
#include "util/alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct cx {
	char dir[64], path[128];
	ent_store *s;
	ent_doc *a, *b;
	ent_fact_list *la, *lb, *out;
} cx;

static const char text_a[] = "First report: several statements about several states.";
static const char text_b[] = "Second report, written later, restating one of them.";

static int cx_open(cx *c)
{
	ent_error err = {0, ""};
	memset(c, 0, sizeof *c);
	snprintf(c->dir, sizeof c->dir, "/tmp/entente-cand-XXXXXX");
	if (!mkdtemp(c->dir))
		return -1;
	snprintf(c->path, sizeof c->path, "%s/c.db", c->dir);
	if (ent_store_open(&c->s, c->path, &err) != ENT_OK ||
	    ent_doc_new(&c->a, text_a, strlen(text_a), "a.txt", NULL, NULL) != ENT_OK ||
	    ent_doc_new(&c->b, text_b, strlen(text_b), "b.txt", NULL, NULL) != ENT_OK ||
	    ent_fact_list_new(&c->la) != ENT_OK || ent_fact_list_new(&c->lb) != ENT_OK)
		return -1;
	return 0;
}

static void cx_close(cx *c)
{
	static const char *const suffix[] = {"", "-wal", "-shm"};
	char p[160];
	size_t i;
	ent_store_free(c->s);
	ent_doc_free(c->a);
	ent_doc_free(c->b);
	ent_fact_list_free(c->la);
	ent_fact_list_free(c->lb);
	ent_fact_list_free(c->out);
	for (i = 0; i < 3; i++) {
		snprintf(p, sizeof p, "%s%s", c->path, suffix[i]);
		unlink(p);
	}
	rmdir(c->dir);
}

/* Push @p f (consumed) with one evidence span of @p d onto @p l. */
static int push(ent_fact_list *l, ent_fact *f, const ent_doc *d, size_t start)
{
	ent_fact_add_evidence(f, d->sha256, d->source, start, start + 5, d->text + start, 5,
			      "test.rule");
	return ent_fact_list_push(l, f);
}

static void deal(ent_fact *f, const char *s1, const char *s2, const char *rec, int year)
{
	ent_fact_init(f, ENT_FACT_DEAL);
	ent_fact_add_code(f->suppliers, &f->nsuppliers, s1);
	if (s2)
		ent_fact_add_code(f->suppliers, &f->nsuppliers, s2);
	ent_code_set(&f->recipient, rec);
	f->year = year;
}

static void supply(ent_fact *f, const char *sup, const char *rec)
{
	ent_fact_init(f, ENT_FACT_SUPPLY);
	ent_fact_add_code(f->suppliers, &f->nsuppliers, sup);
	ent_code_set(&f->recipient, rec);
}

static void pair(ent_fact *f, ent_fact_type type, const char *actor, const char *target)
{
	ent_fact_init(f, type);
	ent_code_set(&f->actor, actor);
	ent_code_set(&f->target, target);
	if (type == ENT_FACT_STANCE)
		f->polarity = ENT_POLARITY_SUPPORT;
}

static void rivals(ent_fact *f, const char *x, const char *y)
{
	ent_fact_init(f, ENT_FACT_RIVALRY);
	ent_fact_add_code(f->participants, &f->nparticipants, x);
	ent_fact_add_code(f->participants, &f->nparticipants, y);
	ent_fact_sort_codes(f->participants, f->nparticipants);
}

static void drill(ent_fact *f, const char *x, const char *y)
{
	ent_fact_init(f, ENT_FACT_EXERCISE);
	ent_fact_add_code(f->participants, &f->nparticipants, x);
	ent_fact_add_code(f->participants, &f->nparticipants, y);
	ent_fact_sort_codes(f->participants, f->nparticipants);
	f->year = 2022;
}

/* Store document a (decoys, then the fact at index @p twin), then b (the
 * restatement), and check: one fact fewer than pushed, the twin's stored
 * fact has 2 sources and evidence from both documents, every decoy 1. */
static void check_merge(cx *c, size_t twin)
{
	int added = 0;
	size_t i, n2 = 0;
	CHECK_INT(ent_store_add_document(c->s, c->a, c->la, &added), ENT_OK);
	CHECK_INT(added, 1);
	CHECK_INT(ent_store_add_document(c->s, c->b, c->lb, &added), ENT_OK);
	CHECK_INT(added, 1);
	CHECK_INT(ent_store_facts(c->s, NULL, &c->out), ENT_OK);
	CHECK_INT(c->out->n, c->la->n);
	for (i = 0; i < c->out->n; i++) {
		const ent_fact *f = &c->out->v[i];
		if (f->sources == 2) {
			n2++;
			CHECK(ent_fact_same(f, &c->lb->v[0]));
			CHECK(ent_fact_same(f, &c->la->v[twin]));
			CHECK_INT(f->nevidence, 2);
			CHECK(strcmp(f->evidence[0].doc, f->evidence[1].doc) != 0);
		} else {
			CHECK_INT(f->sources, 1);
			CHECK_INT(f->nevidence, 1);
		}
	}
	CHECK_INT(n2, 1);
}

TEST(store_candidates__deal_needs_recipient_and_a_supplier)
{
	cx c;
	ent_fact f;
	if (cx_open(&c) == 0) {
		deal(&f, "FRA", NULL, "ARM", 2024); /* same supplier, other recipient */
		push(c.la, &f, c.a, 0);
		deal(&f, "TUR", NULL, "IND", 2024); /* same recipient, other supplier */
		push(c.la, &f, c.a, 6);
		deal(&f, "FRA", "DEU", "IND", 2024); /* the twin: two suppliers */
		push(c.la, &f, c.a, 12);
		deal(&f, "DEU", NULL, "IND", 2024); /* names only the second one */
		push(c.lb, &f, c.b, 0);
		check_merge(&c, 2);
	} else {
		CHECK(!"fixture");
	}
	cx_close(&c);
}

TEST(store_candidates__supply_needs_recipient_and_suppliers)
{
	cx c;
	ent_fact f;
	if (cx_open(&c) == 0) {
		supply(&f, "ISR", "ARM");
		push(c.la, &f, c.a, 0);
		supply(&f, "TUR", "AZE");
		push(c.la, &f, c.a, 6);
		supply(&f, "ISR", "AZE");
		push(c.la, &f, c.a, 12);
		supply(&f, "ISR", "AZE");
		push(c.lb, &f, c.b, 0);
		check_merge(&c, 2);
	} else {
		CHECK(!"fixture");
	}
	cx_close(&c);
}

TEST(store_candidates__stance_needs_actor_and_target)
{
	cx c;
	ent_fact f;
	if (cx_open(&c) == 0) {
		pair(&f, ENT_FACT_STANCE, "TUR", "GRC");
		push(c.la, &f, c.a, 0);
		pair(&f, ENT_FACT_STANCE, "GRC", "TUR"); /* the same two, swapped */
		push(c.la, &f, c.a, 6);
		pair(&f, ENT_FACT_STANCE, "TUR", "AZE");
		push(c.la, &f, c.a, 12);
		pair(&f, ENT_FACT_STANCE, "TUR", "AZE");
		push(c.lb, &f, c.b, 0);
		check_merge(&c, 2);
	} else {
		CHECK(!"fixture");
	}
	cx_close(&c);
}

TEST(store_candidates__membership_needs_actor_and_target)
{
	cx c;
	ent_fact f;
	if (cx_open(&c) == 0) {
		pair(&f, ENT_FACT_MEMBERSHIP, "PAK", "OIC");
		push(c.la, &f, c.a, 0);
		pair(&f, ENT_FACT_MEMBERSHIP, "PAK", "SCO");
		push(c.la, &f, c.a, 6);
		pair(&f, ENT_FACT_MEMBERSHIP, "PAK", "SCO");
		push(c.lb, &f, c.b, 0);
		check_merge(&c, 1);
	} else {
		CHECK(!"fixture");
	}
	cx_close(&c);
}

TEST(store_candidates__rivalry_needs_both_participants)
{
	cx c;
	ent_fact f;
	if (cx_open(&c) == 0) {
		rivals(&f, "IND", "CHN");
		push(c.la, &f, c.a, 0);
		rivals(&f, "IND", "PAK");
		push(c.la, &f, c.a, 6);
		rivals(&f, "PAK", "IND");
		push(c.lb, &f, c.b, 0);
		check_merge(&c, 1);
	} else {
		CHECK(!"fixture");
	}
	cx_close(&c);
}

TEST(store_candidates__exercise_by_participants)
{
	cx c;
	ent_fact f;
	if (cx_open(&c) == 0) {
		drill(&f, "KAZ", "UZB");
		push(c.la, &f, c.a, 0);
		drill(&f, "JPN", "PHL");
		push(c.la, &f, c.a, 6);
		drill(&f, "PHL", "JPN");
		push(c.lb, &f, c.b, 0);
		check_merge(&c, 1);
	} else {
		CHECK(!"fixture");
	}
	cx_close(&c);
}
