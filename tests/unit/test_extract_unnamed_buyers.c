/*
 * test_extract_unnamed_buyers.c - words of buying and supply whose
 * buyer is no state of the sentence: countries unnamed ("preventing
 * countries from purchasing Xn arms"), a sanction received ("at risk of
 * receiving sanctions"), and a noun of supply that opens the sentence
 * as the subject of another verb ("Deliveries put Y at risk").  Every
 * sentence here was written for these tests (stop 52).
 */
#include "extract_harness.h"

TEST(extract_unnamed_buyers__countries_unnamed)
{
	expect_no_deal("Peru faces a law aimed at preventing countries from purchasing Chilean "
		       "military equipment.");
	expect_no_deal("Washington wants to warn off other countries from buying Chilean arms, "
		       "Peru said.");
	expect_no_deal("Peru backs sanctions on nations that buy Chilean missiles.");
	/* a state named so stays the buyer */
	expect_deal("The United States orders rocket launchers from Chile.", 1, "CHL", "USA");
}

TEST(extract_unnamed_buyers__a_sanction_received)
{
	expect_no_transfer("Peru is at risk of receiving sanctions from Chile over the missiles.");
	expect_no_transfer("Peru is at risk of receiving sanctions from the U.S under a law on "
			   "Chilean military equipment.");
	expect_no_transfer("Peru received a warning from Chile over its missile tests.");
	expect_no_transfer("Peru is at risk of receiving US sanctions under a law on Chilean "
			   "military equipment.");
	/* goods received stay */
	expect_deal("Peru received two patrol boats from Chile.", 1, "CHL", "PER");
}

TEST(extract_unnamed_buyers__supply_noun_as_subject)
{
	expect_no_transfer("Deliveries put Peru at risk of Bolivian sanctions over Chilean "
			   "missiles.");
	/* the noun with "of" or "to" after it still names a transfer */
	expect_deal("Deliveries of Chilean missiles to Peru began in 2021.", 1, "CHL", "PER");
}
