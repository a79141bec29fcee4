/*
 * test_extract_deal_sayers_stocks.c - a sayer whose clause after "that"
 * tells the delivery of goods of another state's make gives nothing (the
 * make does); a stock a verb of using up speaks of ("to exhaust Y's
 * supplies of air defences") is no transfer.
 * Every sentence here was written for these tests (stop 47).
 */
#include "extract_harness.h"

TEST(extract_deal_sayers_stocks__the_sayer_of_a_delivery_gives_nothing)
{
	expect_deal("Earlier Chinese Deputy Foreign Minister Li Wen said that the planned delivery "
		    "of these new U.S. weapons to Taiwan raised the risk of war.",
		    1, "USA", "TWN");
	expect_not("Earlier Chinese Deputy Foreign Minister Li Wen said that the planned delivery "
		   "of these new U.S. weapons to Taiwan raised the risk of war.",
		   "CHN", "TWN");
	/* control: a sayer who tells its own delivery still gives */
	expect_deal("Russia supplied S-400 systems to India in 2021, its ministry said.", 1, "RUS",
		    "IND");
}

TEST(extract_deal_sayers_stocks__a_stock_used_up_is_no_transfer)
{
	ent_fact_list *l = run("Moscow's surge in missile strikes on Ukraine is meant to exhaust "
			       "Kyiv's supplies of air defences so it can rule the skies above the "
			       "country.",
			       NULL);
	CHECK(l && ndeals(l) == 0);
	ent_fact_list_free(l);
	l = run("The shelling has depleted Armenia's supply of artillery shells.", NULL);
	CHECK(l && ndeals(l) == 0);
	ent_fact_list_free(l);
	/* a clause after that tells a transfer still does */
	expect_deal("The raids aim to deplete Ukraine's supply of Patriot missiles, which the "
		    "United States delivered in 2023.",
		    1, "USA", "UKR");
	/* control: a state's supplies to another are a transfer */
	expect_deal("Russia's supplies of rifles to Mali rose in 2022.", 1, "RUS", "MLI");
}
