/*
 * test_analyse_batch.c - ent_store_facts_by_ids loads 32 ids or more with
 * one statement per table (sqlite_query.c, batch_load); fewer ids, or
 * domains / evidence, go fact by fact.  Both paths must give the same facts
 * in the order asked, duplicates included, and a missing id must fail.
 * Store: the hand-built one of test_analyse_helpers.h.
 */
#include "test_analyse_helpers.h"

#define PARTS (ENT_FACT_PART_ACTORS | ENT_FACT_PART_ITEMS)

/* The fixture's 14 ids, newest first, three times over: 42 ids. */
static size_t batch_ids(afx *t, int64_t *ids, size_t cap)
{
	int64_t *all = NULL;
	size_t n = 0, k = 0, r, i;
	if (ent_store_fact_ids(t->s, NULL, &all, &n) != ENT_OK || n != 14) {
		ent_test_fail(__FILE__, __LINE__, "the fixture's 14 fact ids");
		ent__free(all);
		return 0;
	}
	for (r = 0; r < 3; r++)
		for (i = n; i-- > 0 && k < cap;)
			ids[k++] = all[i];
	ent__free(all);
	return k;
}

static int same_codes(const ent_code *a, size_t na, const ent_code *b, size_t nb)
{
	size_t i;
	if (na != nb)
		return 0;
	for (i = 0; i < na; i++)
		if (strcmp(a[i].s, b[i].s) != 0)
			return 0;
	return 1;
}

static int same_str(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static void check_same(const ent_fact *a, const ent_fact *b)
{
	size_t i;
	CHECK_INT(a->id, b->id);
	CHECK_INT(a->type, b->type);
	CHECK_INT(a->year, b->year);
	CHECK_INT(a->status, b->status);
	CHECK_INT(a->value.present, b->value.present);
	CHECK(a->value.usd == b->value.usd && a->value.amount == b->value.amount);
	CHECK_STR(a->value.currency, b->value.currency);
	CHECK_STR(a->recipient.s, b->recipient.s);
	CHECK_STR(a->actor.s, b->actor.s);
	CHECK_STR(a->target.s, b->target.s);
	CHECK_INT(a->polarity, b->polarity);
	CHECK(same_str(a->issue, b->issue));
	CHECK(same_str(a->name, b->name));
	CHECK(same_str(a->location, b->location));
	CHECK_INT(a->sources, b->sources);
	CHECK(same_codes(a->suppliers, a->nsuppliers, b->suppliers, b->nsuppliers));
	CHECK(same_codes(a->partners, a->npartners, b->partners, b->npartners));
	CHECK(same_codes(a->participants, a->nparticipants, b->participants, b->nparticipants));
	CHECK_INT(a->nitems, b->nitems);
	for (i = 0; i < a->nitems && i < b->nitems; i++) {
		CHECK_INT(a->items[i].category, b->items[i].category);
		CHECK(same_str(a->items[i].text, b->items[i].text));
		CHECK(same_str(a->items[i].designation, b->items[i].designation));
		CHECK_INT(a->items[i].quantity, b->items[i].quantity);
	}
}

/* The batched load equals the fact-by-fact one (domains force that path). */
static void batch_equals_single(afx *t)
{
	int64_t ids[64];
	size_t n = batch_ids(t, ids, 64), i, deals = 0;
	ent_fact_list *batch = NULL, *single = NULL;
	CHECK_INT(n, 42);
	CHECK_INT(ent_fact_list_new(&batch), ENT_OK);
	CHECK_INT(ent_fact_list_new(&single), ENT_OK);
	CHECK_INT(ent_store_facts_by_ids(t->s, ids, n, PARTS, batch), ENT_OK);
	CHECK_INT(ent_store_facts_by_ids(t->s, ids, n, PARTS | ENT_FACT_PART_DOMAINS,
					 single),
		  ENT_OK);
	CHECK_INT(batch->n, n);
	CHECK_INT(single->n, n);
	for (i = 0; i < n && i < batch->n && i < single->n; i++) {
		CHECK_INT(batch->v[i].id, ids[i]); /* the order asked, repeats kept */
		check_same(&batch->v[i], &single->v[i]);
		deals += batch->v[i].type == ENT_FACT_DEAL;
	}
	CHECK_INT(deals, 3 * 6);
	/* the PAK+TUR deal keeps its suppliers in stored order, its item too */
	for (i = 0; i < batch->n; i++)
		if (batch->v[i].nsuppliers == 2) {
			CHECK_STR(batch->v[i].suppliers[0].s, "PAK");
			CHECK_STR(batch->v[i].suppliers[1].s, "TUR");
			CHECK_INT(batch->v[i].nitems, 1);
		}
	ent_fact_list_free(batch);
	ent_fact_list_free(single);
}

/* An id that is not stored fails the batch with ENT_ENOTFOUND. */
static void batch_missing(afx *t)
{
	int64_t ids[64];
	size_t n = batch_ids(t, ids, 64);
	ent_fact_list *l = NULL;
	ids[35] = 999999;
	CHECK_INT(ent_fact_list_new(&l), ENT_OK);
	CHECK_INT(ent_store_facts_by_ids(t->s, ids, n, PARTS, l), ENT_ENOTFOUND);
	CHECK(l->n <= 35);
	ent_fact_list_free(l);
}

/* Every allocation failure during a batched load is reported, never a crash
 * or a leak (ASan). */
static void batch_oom(afx *t)
{
	int64_t ids[64];
	size_t n = batch_ids(t, ids, 64);
	long k;
	int ok = 0, nomem = 0;
	for (k = 0; k < 400 && !ok; k++) {
		ent_fact_list *l = NULL;
		int rc;
		if (ent_fact_list_new(&l) != ENT_OK)
			break;
		ent__alloc_fail_after(k);
		rc = ent_store_facts_by_ids(t->s, ids, n, PARTS, l);
		ent__alloc_fail_after(-1);
		if (rc == ENT_OK) {
			ok = 1;
			CHECK_INT(l->n, n);
		} else {
			nomem += rc == ENT_ENOMEM;
		}
		ent_fact_list_free(l);
	}
	CHECK(ok);
	CHECK(nomem > 0);
}

TEST(analyse_batch__equals_fact_by_fact) { afx_run(batch_equals_single); }
TEST(analyse_batch__missing_id) { afx_run(batch_missing); }
TEST(analyse_batch__out_of_memory) { afx_run(batch_oom); }
