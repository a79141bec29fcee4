/*
 * test_extract_deal_adversary.c - a sentence that goes on about the deal
 * may name the state its goods are to meet ("a threat from Z", "to
 * counter Z"): that state is no party, and the sentence still adds to
 * the deal.  Every sentence here was written for these tests (stop 52).
 */
#include "extract_harness.h"

TEST(extract_deal_adversary__threat_from_a_third_state)
{
	CHECK(deal_usd("Chile started to supply Peru with air defence systems. The $1.5 billion "
		       "deal for five systems that Peru says it needs to contain a threat from "
		       "Bolivia was signed in 2018.",
		       "CHL", "PER") == 1500000000.0);
	CHECK(deal_usd("Chile started to supply Peru with air defence systems. The $1.5 billion "
		       "deal, meant to counter Bolivia, was signed in 2018.",
		       "CHL", "PER") == 1500000000.0);
	/* a third state that takes part is another deal's, not this one's */
	CHECK(deal_usd("Chile started to supply Peru with air defence systems. The $1.5 billion "
		       "deal with Bolivia was signed in 2018.",
		       "CHL", "PER") <= 0);
}
