/*
 * test_extract_deal6.c - deal rules found on a sixth set of unseen
 * articles (Asian, Gulf and African deals, tenders, donations): a tender
 * won, sums over the last years, dates in figures, goods restated by their
 * designation, states visited after a sale, a system's name as a place,
 * "such" transfers and a buyer's modernisation programme.  Every sentence
 * here was written for these tests.
 */
#include "extract_harness.h"

/* Does any deal in the text list an item of category cat? */
static int any_item_of(const char *text, ent_category cat)
{
	ent_fact_list *l = run(text, NULL);
	size_t i, j;
	int hit = 0;
	if (!l)
		return -1;
	for (i = 0; i < l->n; i++)
		for (j = 0; j < l->v[i].nitems; j++)
			hit |= l->v[i].items[j].category == cat;
	ent_fact_list_free(l);
	return hit;
}

TEST(extract_deal6__a_tender_won_is_a_contract)
{
	expect_deal("Aselsan won the tender to upgrade Qatar's frigates.", 1, "TUR", "QAT");
	/* a tender entered is not won */
	expect_deal("Aselsan entered the tender to upgrade Qatar's frigates.", 0, NULL, NULL);
}

TEST(extract_deal6__a_sum_over_the_last_years_is_a_statistic)
{
	expect_deal("Chad has received $90 million in military aid from France over the last "
		 "eight years.",
		 0, NULL, NULL);
	expect_deal("Chad has received $90 million in military aid from France in the past 10 "
		 "years.",
		 0, NULL, NULL);
	/* a sum of one year, or a named system, still states a transfer */
	expect_deal("Chad received $90 million in military aid from France last year.", 1, "FRA",
		 "TCD");
	expect_deal("Chad bought 12 Su-25 jets from Russia for $90 million over the past decade.", 1,
		 "RUS", "TCD");
}

TEST(extract_deal6__a_date_in_figures_dates_the_document)
{
	static const char *t = "Ships for Ghana\nPublished on 03/05/2019 at 09:30\n\n"
			       "Spain has delivered two patrol ships to Ghana.";
	static const char *t2 = "Ships for Ghana\n\nSpain has delivered two patrol ships to Ghana.";
	ent_fact_list *l = run(t, NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = find_deal(l, "ESP", "GHA");
	CHECK(f != NULL);
	CHECK_INT(f ? f->year : 0, 2019);
	ent_fact_list_free(l);
	/* without the line no year */
	l = run(t2, NULL);
	CHECK(l != NULL);
	f = find_deal(l, "ESP", "GHA");
	CHECK(f != NULL);
	CHECK_INT(f ? f->year : -1, 0);
	ent_fact_list_free(l);
}

TEST(extract_deal6__goods_restated_by_designation_are_one_deal)
{
	expect_deal("Chile signed a deal for 30 Leopard tanks and 4 military helicopters. Chile "
		 "also ordered 4 NH90 helicopters.",
		 1, "DEU", "CHL");
	/* another number is other goods: a further order */
	expect_deal("Chile signed a deal for 30 Leopard tanks and 4 military helicopters. Chile "
		 "also ordered 6 NH90 helicopters.",
		 2, "DEU", "CHL");
}

TEST(extract_deal6__states_visited_after_a_sale_are_no_pair)
{
	expect_deal("The sale of Rafale jets was sealed on Friday as the president began a tour of "
		 "the Gulf, during which he will also visit Qatar and Oman.",
		 0, NULL, NULL);
	/* two states side by side that sign are the parties */
	expect_deal("Qatar and Oman signed a deal for Rafale jets on Friday.", 1, NULL, NULL);
}

TEST(extract_deal6__a_system_name_after_at_is_a_place)
{
	CHECK_INT(any_item_of("Taurus Armas of Brazil signed a deal to make rifles at Hisar for "
			      "India.",
			      ENT_CAT_AIR_DEFENCE),
		  0);
	CHECK_INT(any_item_of("Indonesia signed a deal to buy Hisar air defence systems from "
			      "Turkey.",
			      ENT_CAT_AIR_DEFENCE),
		  1);
}

TEST(extract_deal6__such_a_transfer_has_no_seller_of_its_own)
{
	expect_deal("Japan has finished a radar for the Philippines, its first such export.", 0, NULL,
		 NULL);
	expect_deal("Japan will export a radar to the Philippines.", 1, "JPN", "PHL");
	/* "such a transfer" too */
	expect_no_deal("Saab, maker of Gripen jets, and Boeing, maker of F-18 Super Hornets, were "
		       "reluctant to agree to such a transfer, he said of the French planes.");
}

TEST(extract_deal6__a_modernisation_programme_is_no_upgrade)
{
	static const char *t = "The United States donated 20 armoured vehicles to Kenya in May. "
			       "The vehicles are the latest US aid package for the Kenyan army's "
			       "modernisation programme.";
	CHECK_INT(any_item_of(t, ENT_CAT_MAINTENANCE), 0);
	expect_deal(t, 1, "USA", "KEN");
	/* a modernisation sold is an upgrade */
	CHECK_INT(any_item_of("Turkey signed a deal for the modernisation of Pakistan's "
			      "submarines.",
			      ENT_CAT_MAINTENANCE),
		  1);
}
