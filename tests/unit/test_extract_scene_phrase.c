/*
 * test_extract_scene_phrase.c - a phrase opening the sentence with "prior
 * to", "unlike" or "like", up to its comma, sets the scene: a state in it
 * is no party to the deal the sentence goes on to tell.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_scene_phrase__a_state_in_the_opening_phrase_is_no_party)
{
	expect_deal("Prior to the agreement with Peru, a contract was signed with Chile on the "
		    "supply of 12 Su-35 fighters.",
		    1, "RUS", "CHL");
	expect_not("Prior to the agreement with Peru, a contract was signed with Chile on the "
		   "supply of 12 Su-35 fighters.",
		   "CHL", "PER");
	expect_deal("Unlike Chile, Peru bought Leopard 2 tanks from Germany.", 1, "DEU", "PER");
}

TEST(extract_scene_phrase__a_state_after_the_comma_takes_part)
{
	expect_deal("Prior to that, Peru bought Leopard 2 tanks from Germany.", 1, "DEU", "PER");
}

TEST(extract_scene_phrase__states_naming_a_clash_are_no_buyers)
{
	expect_deal("Bolivia takes a leaf from the recent Peru-Chile clash, to buy Chinese fighter "
		    "jets.",
		    1, "CHN", "BOL");
	expect_not("Bolivia takes a leaf from the recent Peru-Chile clash, to buy Chinese fighter "
		   "jets.",
		   "CHN", "CHL");
}
