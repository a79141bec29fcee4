/*
 * test_extract_kinds.c - a purchase of counted goods of several kinds that
 * no single contract noun holds together ("has bought 24 jets, a frigate
 * and two corvettes") is one deal per kind of goods (split_goods_kinds);
 * found on holdout set ah and the pooled holdout.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

/* The number of deals sup -> rec in text with an item of category cat. */
static size_t deals_of_kind(const char *text, const char *sup, const char *rec, ent_category cat)
{
	ent_fact_list *l = run(text, NULL);
	size_t i, t, n = 0;
	for (i = 0; l && i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		int has = 0;
		if (f->type != ENT_FACT_DEAL || strcmp(f->recipient.s, rec) ||
		    !ent_fact_has_code(f->suppliers, f->nsuppliers, sup))
			continue;
		for (t = 0; t < f->nitems; t++)
			has |= f->items[t].category == cat;
		n += has;
	}
	if (l)
		ent_fact_list_free(l);
	return n;
}

TEST(extract_kinds__counted_goods_of_several_kinds_are_one_deal_each)
{
	const char *bought = "Since 2016 Kenya has bought 24 Mirage jets, a frigate and two "
			     "corvettes from France.";
	const char *receive = "Under these contracts, Peru will receive 300 tanks, 100 howitzers "
			      "and 20 FA-50 jets from South Korea.";
	expect_deal(bought, 2, "FRA", "KEN");
	CHECK_INT(deals_of_kind(bought, "FRA", "KEN", ENT_CAT_AIRCRAFT), 1);
	/* the uncounted frigate goes with the first kind, the corvettes
	 * make the naval deal */
	CHECK_INT(deals_of_kind(bought, "FRA", "KEN", ENT_CAT_NAVAL), 1);
	expect_deal(receive, 3, "KOR", "PER");
	CHECK_INT(deals_of_kind(receive, "KOR", "PER", ENT_CAT_ARMOURED_VEHICLE), 1);
	CHECK_INT(deals_of_kind(receive, "KOR", "PER", ENT_CAT_ARTILLERY), 1);
	CHECK_INT(deals_of_kind(receive, "KOR", "PER", ENT_CAT_AIRCRAFT), 1);
	/* training stays with the first kind */
	expect_deal("Turkey delivered six TB2 drones and 20 armoured vehicles to Kenya, along "
		    "with training.",
		    2, "TUR", "KEN");
}

TEST(extract_kinds__one_contract_one_kind_or_uncounted_goods_stay_one_deal)
{
	/* a contract noun holds the goods together */
	expect_deal("Nigeria bought 12 JF-17 jets and 200 missiles from Pakistan under a deal "
		    "signed in 2020.",
		    1, "PAK", "NGA");
	expect_deal("The package includes 12 jets and 200 missiles for Ghana from Pakistan.", 1,
		    "PAK", "GHA");
	/* goods of one kind */
	expect_deal("Chile has bought 12 F-16 jets and six C-130 transports from the United "
		    "States.",
		    1, "USA", "CHL");
	/* goods not counted */
	expect_deal("Chile has bought F-16 jets and frigates from the United States.", 1, "USA",
		    "CHL");
}

/* A plural noun of purchases before "include" ("Key purchases include
 * ...", "key orders in the past five years include ...") lists several
 * deals: one per kind of goods, counted or not. */
TEST(extract_kinds__purchases_that_include_are_several_deals)
{
	const char *t = "Some of Egypt's key orders in the past decade include a spy ship, 300 "
			"VT-4 tanks and 24 J-10C fighters from China.";
	expect_deal(t, 3, "CHN", "EGY");
	CHECK_INT(deals_of_kind(t, "CHN", "EGY", ENT_CAT_NAVAL), 1);
	CHECK_INT(deals_of_kind(t, "CHN", "EGY", ENT_CAT_ARMOURED_VEHICLE), 1);
	/* control: one package that includes goods of two kinds */
	expect_deal("The package includes 12 jets and 200 missiles for Ghana from Pakistan.", 1,
		    "PAK", "GHA");
}

/* Deals of one pair told in different sentences whose goods are of
 * known kinds with none in common (submarines, frigates) are two deals,
 * though both are naval; a restatement in generic words ("the ships")
 * still joins. */
TEST(extract_kinds__other_kinds_in_another_sentence_are_another_deal)
{
	expect_deal("China has delivered the third of eight submarines to Egypt. This is in "
		    "addition to four frigates that China supplied to Egypt in the last few years.",
		    2, "CHN", "EGY");
	expect_deal("China has delivered two frigates to Egypt. The ships were supplied to Egypt "
		    "by China in May.",
		    1, "CHN", "EGY");
}
