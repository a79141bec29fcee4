/*
 * test_extract_naval_exports.c - deal rules found on the naval holdout set (frigate,
 * corvette and submarine exports): a state named right before a noun of
 * buying ("the U.S. purchase") is that purchase's buyer, not the other
 * party of a deal the sentence gives another buyer.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_naval_exports__a_state_before_a_noun_of_buying_is_no_seller_of_another_buyer)
{
	expect_deal("Chile chose to acquire the patrol ship after the Spanish purchase.", 0, NULL,
		    NULL);
	expect_deal("The Greek plan to buy the frigates was shaped by the U.S. acquisition.", 0,
		    NULL, NULL);
	expect_deal("Peru decided to buy the corvettes, citing Brazil's purchase.", 0, NULL, NULL);
	/* the seller named by "from" or as the partner of a deal stays */
	expect_deal("Chile decided to acquire two frigates from Spain.", 1, "ESP", "CHL");
	expect_deal("Chile signed a deal with Spain to acquire two frigates.", 1, "ESP", "CHL");
}
