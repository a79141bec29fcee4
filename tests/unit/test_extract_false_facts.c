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
