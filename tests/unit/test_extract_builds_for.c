/*
 * test_extract_builds_for.c - a maker that builds or launches goods "for"
 * a state ("for the government of Y", "for the Yn navy") has a contract
 * with it; its own forces, a passive, or a missile launch are none.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_builds_for__a_maker_building_for_a_state_sells)
{
	expect_deal("Spain built two corvettes for Peru.", 1, "ESP", "PER");
	expect_deal("Spain's Navantia has launched the first Avante-class corvette for the "
		    "government of Peru, marking a step in rebuilding the Peruvian fleet.",
		    1, "ESP", "PER");
	expect_deal("Spain is building frigates for the Peruvian navy.", 1, "ESP", "PER");
}

TEST(extract_builds_for__no_buyer_no_deal)
{
	expect_deal("Spain built two corvettes for its own navy.", 0, NULL, NULL);
	expect_deal("Chile launched two missiles for the first time.", 0, NULL, NULL);
}
