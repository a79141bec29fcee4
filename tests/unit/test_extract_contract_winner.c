/*
 * test_extract_contract_winner.c - a firm that wins a contract or a
 * tender sells: its state supplies the other state of the deal, even
 * when that one is the larger exporter (frames_deal.c contract_winner).
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_contract_winner__the_firm_that_wins_a_contract_sells)
{
	expect_deal("Spain's Navantia won a $3 billion contract to build four frigates for the "
		    "U.S. Navy.",
		    1, "ESP", "USA");
	expect_deal("Sweden's Saab has won a $1.2 billion contract to supply radars to the "
		    "United States.",
		    1, "SWE", "USA");
}

TEST(extract_contract_winner__only_a_firm_right_before_the_verb)
{
	/* the winner is no firm: the pair is left to the document level */
	expect_deal("The U.S. won a $3 billion contract with Spain for four frigates.", 1, "USA",
		    "ESP");
	/* a firm that did not win */
	expect_deal("Spain's Navantia never won the contract; the U.S. Navy bought four "
		    "frigates from Italy's Fincantieri for $3 billion.",
		    1, "ITA", "USA");
}
