/*
 * test_extract_list_buyers.c - the states of a list after "sold to" are
 * all buyers, none the seller of another; a list after "a deal with"
 * holds two states at least, so "a deal with Y, Yn President X has said"
 * is no list. Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_list_buyers__no_buyer_of_a_list_sells_to_another)
{
	expect_not("The drones have also been sold to Peru, Chile and Bolivia.", "CHL", "PER");
	expect_deal("The drones have also been sold to Peru, Chile and Bolivia.", 0, NULL, NULL);
}

TEST(extract_list_buyers__a_speaker_after_a_deal_with_makes_no_list)
{
	expect_deal("Chile has agreed to purchase 24 drones from Spain, becoming the first state "
		    "to sign such a deal with Madrid, Spanish Prime Minister Pedro Ruiz has said.",
		    1, "ESP", "CHL");
	expect_not("Chile has agreed to purchase 24 drones from Spain, becoming the first state "
		   "to sign such a deal with Madrid, Spanish Prime Minister Pedro Ruiz has said.",
		   "CHL", "ESP");
}
