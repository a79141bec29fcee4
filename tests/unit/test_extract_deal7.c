/*
 * test_extract_deal7.c - deal rules found on a seventh set of unseen
 * articles (country profiles, arms-market reports, deliveries): goods
 * supplied "by" a seller after a purchase told without one, and
 * protective gear as goods.  Every sentence here was written for these
 * tests.
 */
#include "extract_harness.h"

TEST(extract_deal7__goods_supplied_by_a_seller_go_to_the_buyer_told_before)
{
	expect_deal("The Kenyan army has announced the acquisition of new multiple launch rocket "
		 "systems. The systems were supplied by China's Poly Technologies.",
		 1, "CHN", "KEN");
	expect_deal("Zambia has acquired new rocket launchers and spares. They have been delivered "
		 "by Serbia.",
		 1, "SRB", "ZMB");
	/* the goods of the purchase before */
	{
		ent_fact_list *l = run("The Kenyan army has acquired new rocket launchers. The "
				       "assets were supplied by China.",
				       NULL);
		const ent_fact *f = l ? find_deal(l, "CHN", "KEN") : NULL;
		CHECK(f != NULL);
		CHECK(f && f->nitems >= 1 && f->items[0].category == ENT_CAT_ROCKET);
		ent_fact_list_free(l);
	}
}

TEST(extract_deal7__supplied_by_needs_a_subject_of_goods_and_no_state)
{
	/* a subject that is no goods told before */
	expect_deal("Kenya has acquired new rocket launchers. Stadium seats were supplied by China.",
		 0, NULL, NULL);
	expect_deal("Kenya has acquired new rocket launchers. The stadium seats were supplied by "
		 "China.",
		 0, NULL, NULL);
	/* a state as subject is the one supplied */
	expect_deal("The Kenyan army has acquired new rocket launchers. The Ugandan army was "
		 "supplied with tanks by China.",
		 1, "CHN", "UGA");
	/* a purchase two paragraphs back is too far */
	expect_deal("Kenya has acquired new rocket launchers.\n\nThe budget grew.\n\nThe roads were "
		 "long.\n\nThe systems were supplied by China.",
		 0, NULL, NULL);
}

TEST(extract_deal7__protective_armour_is_goods)
{
	expect_deal("The Malawi police received bulletproof vests and helmets from Britain.", 1,
		 "GBR", "MWI");
	expect_deal("The Ghana Army has received a consignment of protective armour from the United "
		 "Kingdom.",
		 1, "GBR", "GHA");
	/* medical protective equipment is no military goods */
	expect_deal("China donated personal protective equipment to Italy.", 0, NULL, NULL);
}

TEST(extract_deal7__a_seller_without_buyer_in_a_text_about_a_pair)
{
	/* the text is about Egypt and France (two sentences name both): an
	 * order of French goods with no buyer is Egypt's */
	expect_deal("Egypt and France signed many agreements in Cairo. Egypt and France also agreed "
		 "to expand trade. Among the deals was a $900 million order for French patrol "
		 "boats.",
		 1, "FRA", "EGY");
	/* a third state named in the clause buys */
	expect_deal("Egypt and France signed many agreements in Cairo. Egypt and France also agreed "
		 "to expand trade. Morocco placed an order for French patrol boats.",
		 1, "FRA", "MAR");
	/* the pair named together only once is no main pair */
	expect_deal("Egypt and France signed many agreements in Cairo. Among the deals was a $900 "
		 "million order for French patrol boats.",
		 0, NULL, NULL);
	/* the partner not named in this paragraph or the one before */
	expect_deal("Egypt and France signed many agreements in Cairo. Egypt and France also agreed "
		 "to expand trade.\n\nThe weather was fine.\n\nThe talks went on.\n\nAmong the "
		 "deals was a $900 million order for French patrol boats.",
		 0, NULL, NULL);
}

TEST(extract_deal7__a_states_inventory_of_foreign_systems)
{
	/* one supply tie per maker of the systems a state holds */
	expect_deal("Included in the Kenyan inventory are T-72 tanks and Piranha armoured personnel "
		 "carriers.",
		 2, "CHE", "KEN");
	expect_deal("Zambia's inventory includes EE-9 Cascavel reconnaissance vehicles.", 1, "BRA",
		 "ZMB");
	expect_deal("The Nigerian army's inventory includes Saladin armoured cars.", 1, "GBR", "NGA");
	/* its own makes, a state's inventory denied, no inventory */
	expect_deal("The Russian inventory includes T-72 tanks.", 0, NULL, NULL);
	expect_deal("Zambia's inventory does not include Piranha vehicles.", 0, NULL, NULL);
	expect_deal("Zambia is said to want Piranha vehicles for its army.", 0, NULL, NULL);
}

TEST(extract_deal7__a_foreign_figure_in_brackets_converts_the_us_one)
{
	ent_fact_list *l = run("Under a US$1 billion (S$1.3 billion) contract, France will "
			       "supply patrol boats to Singapore.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_DEAL) : NULL;
	CHECK(f != NULL);
	CHECK(f && f->value.has_usd && f->value.usd == 1000000000.0);
	ent_fact_list_free(l);
	/* a foreign figure alone gives no US value */
	l = run("Under an S$1.3 billion contract, France will supply patrol boats to Singapore.",
		NULL);
	f = l ? first(l, ENT_FACT_DEAL) : NULL;
	CHECK(f != NULL);
	CHECK(f && !f->value.has_usd);
	ent_fact_list_free(l);
}
