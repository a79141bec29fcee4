/*
 * test_extract_deal_precision.c - deal roles from clause structure: goods that
 * "its"/"their" owns, then a participle of buying with "from" ("its tanks
 * acquired from X"), were bought by the state named right before the
 * possessive, not by the subject that helps service them.  Every sentence
 * here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_deal_precision__goods_its_owner_acquired_from_a_seller)
{
	static const char *const sup[] = {"DEU", "FRA", NULL};
	static const char *const rec[] = {"CHL", "CHL", NULL};
	expect_deals("Spain has helped Chile in modernising both its Leopard 2 main battle tanks "
		     "acquired from Germany and the old Scorpene submarines purchased from France.",
		     2, sup, rec);
	expect_deal("Sweden assisted Peru with the refit of their ageing F-16 multirole fighter "
		    "jets bought from the United States.",
		    1, "USA", "PER");
	/* the owner is the subject itself */
	expect_deal("Chile has recently modernised all of its Leopard 2 main battle tanks "
		    "acquired from Germany.",
		    1, "DEU", "CHL");
}

/* A state named inside a non-restrictive relative clause (", which ... ,")
 * before the main verb is no buyer: the state the clause describes is. */
TEST(extract_deal_precision__a_relative_clause_state_is_no_buyer)
{
	expect_deal("The talks ended on Monday. Peru, which has long been a close partner of "
		    "Brazil, has bought six helicopters from Russia.",
		    1, "RUS", "PER");
	expect_deal("The talks ended on Monday. Peru, whose navy trains with Chile, bought two "
		    "frigates from Spain.",
		    1, "ESP", "PER");
	/* no relative clause: the nearest state buys */
	expect_deal("The talks ended on Monday. Officials said Chile has bought six helicopters "
		    "from Russia.",
		    1, "RUS", "CHL");
}

/* A state's name used as the modifier of a conflict noun ("the Ukraine
 * war", "the Gaza conflict") names the setting, not a buyer. */
TEST(extract_deal_precision__a_state_naming_a_conflict_is_no_buyer)
{
	expect_deal("The talks ended on Monday. Peru, which has stood by Russia throughout the "
		    "Ukraine conflict, now also plans to receive eight Su-30 jets from Russia.",
		    1, "RUS", "PER");
	expect_deal("The talks ended on Monday. Since the Ukraine war, Peru has bought six "
		    "helicopters from Russia.",
		    1, "RUS", "PER");
	/* a state named before other nouns is still a party */
	expect_deal("The talks ended on Monday. Peru has bought six helicopters from Russia for "
		    "its Ukraine border mission.",
		    1, "RUS", "PER");
}
