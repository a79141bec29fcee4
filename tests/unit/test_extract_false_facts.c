/*
 * test_extract_false_facts.c - sentences that must give no fact, or fewer
 * than a careless reader would take (written for these tests, none quotes
 * an article): groups that are not states speaking, and civil trade.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_false_facts__private_group)
{
	/* a party, the press or fishermen of a state are not the state */
	CHECK(stance_none("Turkey's opposition Republican People's Party condemned Greece."));
	CHECK(stance_none("Britain's Labour Party condemned Israel's strikes on Lebanon."));
	CHECK(stance_none("The Netherlands' Labour Party condemned Israel's strikes on Lebanon."));
	CHECK(stance_none("Turkish opposition parties condemned Greece."));
	CHECK(stance_none("Japan's main opposition party criticised China's naval drills."));
	CHECK(stance_none("Pakistani newspapers criticised India's missile test."));
	CHECK(stance_none("Vietnam's fishermen protested against China's coast guard."));
	/* the state and its organs still speak */
	CHECK(stance_only("Turkey's foreign ministry condemned Greece.", "TUR", "GRC", OPP));
	CHECK(stance_only("Pakistan condemned India's missile test.", "PAK", "IND", OPP));
}

TEST(extract_false_facts__commodity_trade)
{
	/* raw goods sold for a sum are civil trade, no deal */
	expect_no_transfer("Chile sold copper worth $5 billion to China in 2023.");
	expect_no_transfer("Indonesia sold coal worth $2 billion to India last year.");
	expect_no_transfer("Qatar sold LNG worth $3 billion to Pakistan in 2024.");
	/* a weapon sold for a sum stays a deal */
	expect_deal("Chile sold 12 F-16 jets worth $500 million to Peru in 2023.", 1, "CHL", "PER");
}

TEST(extract_false_facts__conditional)
{
	/* a clause of condition or doubt with the purchase in it: no deal */
	expect_no_transfer("If Turkey bought the F-35 from the United States, Greece would object.");
	expect_no_transfer("Greece would object if Turkey bought F-35 jets from the United States.");
	expect_no_transfer("Poland was asked whether it would buy tanks from South Korea.");
	expect_no_transfer("Unless India buys more Rafale jets from France, the line will close.");
	/* a question that opens with a modal: no deal */
	expect_no_transfer("Would Brazil buy Gripen fighters from Sweden?");
	expect_no_transfer("Will India buy Rafale jets from France?");
	/* "even if", and a condition with no party in it, leave the deal */
	expect_deal("Turkey bought S-400 missiles from Russia, even if the United States objected.",
		    1, "RUS", "TUR");
	expect_deal("If approved, the sale of F-16 jets to Turkey would be worth $20 billion.", 1,
		    "USA", "TUR");
	/* "whether to sell" has no subject: a debate, the deal after it stays */
	expect_deal("After months of debate over whether to sell jets to Kenya, Italy agreed to "
		    "sell 8 jets to Kenya in 2021.",
		    1, "ITA", "KEN");
}

TEST(extract_false_facts__cancelled_sale)
{
	/* a sale of designated goods by X to Y that was called off: no deal */
	expect_no_transfer("The sale of F-16 jets by the United States to Turkey was cancelled in 2022.");
	expect_no_transfer("The sale of 24 Su-35 jets by Russia to Egypt was scrapped.");
	/* completed, it stays */
	expect_deal("The sale of 24 Su-35 jets by Russia to Egypt was completed in 2020.", 1, "RUS",
		    "EGY");
}

TEST(extract_false_facts__plan_dropped)
{
	/* "but" and an active verb that calls the plan or deal off: no deal */
	expect_no_transfer("Indonesia had planned to buy Su-35 jets from Russia but dropped the plan.");
	expect_no_transfer("Egypt agreed to buy 20 jets from Italy but abandoned the purchase in 2021.");
	/* plans for more dropped: the purchase made stays */
	expect_deal("Egypt bought 20 jets from Italy but dropped plans for more.", 1, "ITA", "EGY");
}
