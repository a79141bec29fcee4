/*
 * test_extract_deal_collapse.c - how many deals one pair gets: a count
 * of part of goods ("six of these howitzers") is a count, so a later
 * purchase of the same system counted otherwise stays a deal of its own;
 * goods of several kinds under "two (separate) deals", or systems of
 * three kinds named by designation, are one deal each; "the Yn Armed
 * Forces with" names the recipient.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

/* The number of deals (not supply ties) in text. */
static size_t deals_in(const char *text)
{
	ent_fact_list *l = run(text, NULL);
	size_t n = l ? count(l, ENT_FACT_DEAL) : 0;
	if (l && n == 0)
		fprintf(stderr, "    no deal in: %s\n", text);
	ent_fact_list_free(l);
	return n;
}

TEST(extract_deal_collapse__a_count_of_part_of_goods_keeps_a_follow_on_purchase_apart)
{
	CHECK(deals_in("In 2021, Peru ordered four of these K9 howitzers.\n\n"
		       "Now, it wants to procure 30 more K9 howitzers for US$300 million.") == 2);
	CHECK(deals_in("Chile bought two of the K9 howitzers in 2019. This year Chile plans to "
		       "buy 20 more K9 howitzers.") == 2);
	/* one statement stays one deal */
	CHECK(deals_in("In 2021, Peru ordered four of these K9 howitzers.") == 1);
}

/* The deals of text with an item of category cat. */
static size_t deals_with(const char *text, ent_category cat)
{
	ent_fact_list *l = run(text, NULL);
	size_t i, n = 0;
	for (i = 0; l && i < l->n; i++)
		n += l->v[i].type == ENT_FACT_DEAL && ent_fact_has_category(&l->v[i], cat);
	ent_fact_list_free(l);
	return n;
}

TEST(extract_deal_collapse__two_separate_deals_split_the_goods_by_kind)
{
	const char *a = "Spain approved the sale of helicopters and spare parts to Chile in two "
			"separate deals worth $300 million.";
	const char *b = "Chile has signed two contracts with Spain to buy frigates and jet "
			"trainers.";
	CHECK(deals_in(a) == 2);
	CHECK(deals_with(a, ENT_CAT_MAINTENANCE) == 1);
	CHECK(deals_in(b) == 2);
	/* goods of one kind under two deals stay one deal */
	CHECK(deals_in("Chile bought six frigates from Spain under two deals.") == 1);
	/* no word of several deals: one contract */
	CHECK(deals_in("Chile has signed a contract with Spain to buy frigates and jet "
		       "trainers.") == 1);
}

TEST(extract_deal_collapse__named_systems_of_three_kinds_are_three_deals)
{
	CHECK(deals_in("Chile is buying major hardware from Spain, including Leopard 2 tanks, "
		       "Eurofighter jets and Meteor missiles.") == 3);
	/* two kinds, no word of several deals: one purchase */
	CHECK(deals_in("Chile bought Leopard 2 tanks and Meteor missiles from Spain.") == 1);
}

/* The recipient of the last deal in text, or "". */
static void expect_last_recipient(const char *text, const char *rec)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *last = NULL;
	size_t i;
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_DEAL)
			last = &l->v[i];
	if (!last || strcmp(last->recipient.s, rec))
		fprintf(stderr, "    recipient not %s in: %s\n", rec, text);
	CHECK(last && !strcmp(last->recipient.s, rec));
	ent_fact_list_free(l);
}

TEST(extract_deal_collapse__a_demonym_before_armed_forces_with_receives)
{
	expect_last_recipient("Spain delivered a patrol boat to Peru. Spain has also provided the "
			      "Chilean Air Force with Meteor missiles.",
			      "CHL");
	expect_last_recipient("Last year Spain delivered a patrol boat to the Peruvian navy. Spain "
			      "has also provided the Chilean Armed Forces with Meteor missiles.",
			      "CHL");
}
