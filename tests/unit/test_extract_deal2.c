/*
 * test_extract_deal2.c - more deal rules on the language of arms-trade
 * news: lists whose items share a category, lists of sums spent, deals
 * called off, further orders in a second clause, a pronoun as the thing
 * bought, a number that names a production block, and the signer of two
 * contracts.  Every sentence here was written for these tests.
 */
#include "extract_harness.h"

/* The number of deals (and supply ties) in the text. */
static size_t ndeals(const ent_fact_list *l)
{
	size_t i, n = 0;
	for (i = 0; i < l->n; i++)
		n += l->v[i].type == ENT_FACT_DEAL || l->v[i].type == ENT_FACT_SUPPLY;
	return n;
}

/* The deal from sup to rec, or NULL. */
static const ent_fact *deal(const ent_fact_list *l, const char *sup, const char *rec)
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

/* One text, n deals expected; the deals sup[i] -> rec[i] among them. */
static void expect_n(const char *text, size_t n, const char *const *sup, const char *const *rec)
{
	ent_fact_list *l = run(text, NULL);
	size_t i;
	CHECK(l != NULL);
	if (!l)
		return;
	for (i = 0; sup && sup[i]; i++) {
		if (!deal(l, sup[i], rec[i]))
			fprintf(stderr, "    no deal %s -> %s in: %s\n", sup[i], rec[i], text);
		CHECK(deal(l, sup[i], rec[i]) != NULL);
	}
	if (ndeals(l) != n)
		fprintf(stderr, "    %zu deals, not %zu, in: %s\n", ndeals(l), n, text);
	CHECK_INT(ndeals(l), n);
	ent_fact_list_free(l);
}

TEST(extract_deal2__a_list_of_one_category_from_two_sellers)
{
	/* both items are aircraft: still one deal per seller */
	static const char *sup[] = {"KOR", "CAN", NULL}, *rec[] = {"PER", "PER"};
	expect_n("Peru signed contracts to buy 10 fighter jets from South Korea and six utility "
		 "helicopters from Canada.",
		 2, sup, rec);
	/* one seller for the whole list: one deal */
	static const char *sup1[] = {"CAN", NULL}, *rec1[] = {"PER"};
	expect_n("Peru bought 10 fighter jets and six utility helicopters from Canada.", 1, sup1,
		 rec1);
}
