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
