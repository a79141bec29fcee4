/*
 * test_extract_deal_bodies.c - deals told through state bodies (ministries,
 * agencies, officials, armed services) and less common verbs of transfer.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_deal_bodies__a_ministry_that_signs_is_a_party_not_a_speaker)
{
	expect_deal("The Indian defence ministry signed a contract with France for 26 jets.", 1,
		    "FRA", "IND");
	expect_deal("The Greek defence ministry signed a contract with France for three "
		    "frigates.",
		    1, "FRA", "GRC");
	expect_deal("The Saudi Ministry of Defense signed a contract with Spain for five "
		    "corvettes in 2018.",
		    1, "ESP", "SAU");
	expect_deal("Polish officials inked a deal with South Korea for 180 tanks.", 1, "KOR",
		    "POL");
	expect_deal("Chile's ministry has signed a contract with Australia for three frigates.",
		    1, "AUS", "CHL");
}

TEST(extract_deal_bodies__a_ministry_that_speaks_of_a_deal_is_no_party)
{
	/* the ministry speaks; the deal is between the others */
	expect_deal("The Indian foreign ministry said Pakistan signed a contract with China for "
		    "36 jets.",
		    1, "CHN", "PAK");
	expect_no_deal("Kenya's defence ministry is in talks with Turkey about drones.");
	expect_no_deal("Slovakia's defence ministry did not sign a contract with Sweden for "
		       "Gripen jets.");
}
