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

/* A firm that "received (secured) an order (a contract) from Y" sells to
 * Y, over a value in two currencies before the noun; "received the first
 * batch of its order" is goods received. */
TEST(extract_contract_winner__an_order_received_from_the_buyer)
{
	expect_deal("Rheinmetall has received an order for artillery ammunition from Denmark.", 1,
		    "DEU", "DNK");
	expect_deal("Rheinmetall received a record 8.5 billion euro ($9.1 billion) order for "
		    "artillery ammunition from the Dutch armed forces.",
		    1, "DEU", "NLD");
	expect_deal("Saab secured an order from Brazil for Gripen fighters.", 1, "SWE", "BRA");
	expect_deal("Brazil received the first batch of its order of Gripen fighters from Sweden.",
		    1, "SWE", "BRA");
	/* a state that secures a deal from a seller still buys */
	expect_deal("India secured a deal from Russia for S-400 systems.", 1, "RUS", "IND");
}

/* "X's firm wins $2.8 bln Y deal to export missiles": the state that
 * names the deal buys, the winner sells. */
TEST(extract_contract_winner__a_deal_named_by_its_buyer)
{
	expect_deal("South Korea's LIG Nex1 Wins $2.8 Bln Iraq Deal to Export Missile Systems", 1,
		    "KOR", "IRQ");
	expect_deal("Hanwha secured a Polish deal to supply K9 howitzers.", 1, "KOR", "POL");
	expect_deal("Spain's Navantia won a $3 billion Peru deal to build frigates.", 1, "ESP",
		    "PER");
	/* a body's name between ("a Romanian Ministry of Defense tender") */
	expect_deal("At the end of June, Rafael won a Peruvian Ministry of Defense tender to "
		    "supply a Spyder air defense system.",
		    1, "ISR", "PER");
}

/* "Navantia won a Uruguayan (Uruguay's, the Uruguayan navy's) tender for
 * two patrol vessels": the tender's owner buys from the winner (stop
 * 62). */
TEST(extract_contract_winner__a_tender_of_a_named_owner)
{
	expect_deal("Navantia won a Chilean tender for two patrol vessels.", 1, "ESP", "CHL");
	expect_deal("Spain's Navantia won the Chilean navy's tender for two patrol vessels.", 1,
		    "ESP", "CHL");
	expect_deal("Navantia won Chile's tender for two patrol vessels.", 1, "ESP", "CHL");
	/* control: a tender lost */
	expect_deal("Navantia lost a Chilean tender for two patrol vessels.", 0, NULL, NULL);
}
