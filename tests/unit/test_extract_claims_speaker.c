/*
 * test_extract_claims_speaker.c - a state that "claims" or "alleges"
 * speaks of a deal and is no party to it; "Western arms deliveries" name
 * no seller among the states of the sentence.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_claims_speaker__the_claimant_is_no_party)
{
	expect_deal("Lima claims 400 Iranian drones have been used against Peru and that Chile "
		    "has ordered around 2,000.",
		    1, "IRN", "CHL");
	expect_not("Lima claims 400 Iranian drones have been used against Peru and that Chile "
		   "has ordered around 2,000.",
		   "PER", "CHL");
}

TEST(extract_claims_speaker__western_deliveries_have_no_state_seller)
{
	expect_deal("Chilean forces rained missiles and drones onto Peru, as a Peruvian offensive "
		    "- propelled by Western arms deliveries - pushed Chilean troops back.",
		    0, NULL, NULL);
}

/* "a possible Foreign Military Sale (FMS) to Y": the short name in
 * brackets does not hide the recipient after it, so the sale is no group's
 * supply with no party. */
TEST(extract_claims_speaker__a_group_sale_named_in_brackets_to_a_state)
{
	expect_deal("The US State Department notified Congress of a possible Foreign Military "
		    "Sale (FMS) to Peru for 178 reconditioned Strykers.",
		    1, "USA", "PER");
	/* still none with no state after it */
	expect_deal("A Peruvian offensive, propelled by Western arms deliveries (WAD), pushed "
		    "Chilean troops back.",
		    0, NULL, NULL);
	/* nor does its price: "a foreign military sale worth $2.2 billion to Y" */
	expect_deal("The United States approved a possible foreign military sale worth $2.2 "
		    "billion to Peru.",
		    1, "USA", "PER");
	expect_deal("Foreign arms sales worth $2 billion pushed Chilean troops back.", 0, NULL,
		    NULL);
	/* nor do its goods: "a foreign military sale (FMS) of F-16 jets and
	 * related equipment to Y" (stop 40) */
	expect_deal("The US State Department has approved a potential foreign military sale "
		    "(FMS) of F-16 fighter jets and related equipment to Peru.",
		    1, "USA", "PER");
	expect_deal("Foreign arms supplies of shells and rockets, Chile said, reached Peru.", 0,
		    NULL, NULL);
}

/* a speaker in the present tense is a speaker too: "X urges Y to withdraw
 * the arms sales to Z" is Y's sale */
TEST(extract_claims_speaker__a_speaker_in_the_present_tense)
{
	expect_deal("Chile urges the US to withdraw the arms sales to Peru.", 1, "USA", "PER");
	expect_not("Chile urges the US to withdraw the arms sales to Peru.", "CHL", "PER");
	expect_deal("Chile warns the US over arms sales to Peru.", 1, "USA", "PER");
}
