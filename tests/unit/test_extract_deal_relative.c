/*
 * test_extract_deal_relative.c - deals stated outside a plain main clause
 * or with verbs the lists lacked: a progressive "is/will be handing over",
 * a gerund of transfer after "despite/amid" whose subject is a state.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_deal_relative__handing_over_is_a_transfer)
{
	expect_deal("Japan is handing over two patrol boats to the Philippines.", 1, "JPN", "PHL");
	expect_deal("Next month Spain will be handing over a corvette to Morocco.", 1, "ESP",
		    "MAR");
}

TEST(extract_deal_relative__a_gerund_of_transfer_after_despite_names_parties)
{
	expect_deal("Despite Georgia receiving most of its rifles from Turkey, Tbilisi looks "
		    "elsewhere.",
		    1, "TUR", "GEO");
	expect_deal("Despite Norway selling tanks to Estonia, the two disagree on drones.", 1,
		    "NOR", "EST");
	/* a conflict after "despite" is still background */
	expect_deal("Despite Russia's war, Finland bought howitzers from South Korea.", 1, "KOR", "FIN");
}

TEST(extract_deal_relative__goods_built_by_a_maker_for_a_state_are_a_tie)
{
	expect_deal("The patrol boats built by a Spanish yard for the Moroccan navy arrived in "
		    "port.",
		    1, "ESP", "MAR");
	expect_deal("Two of the frigates made by the French shipyard for Greece are at sea.", 1,
		    "FRA", "GRC");
	/* a maker building for its own forces */
	expect_deal("The frigates are being built by a Chinese yard for the Chinese navy.", 0,
		    NULL, NULL);
	/* no weapon before the participle */
	expect_deal("The new harbour built by a Chinese firm for Sri Lanka opened.", 0, NULL,
		    NULL);
}

TEST(extract_deal_relative__with_a_state_becoming_the_first_to_buy_is_a_buyer)
{
	static const char *const sup[] = {"ISR", "ISR", "ISR", NULL};
	static const char *const rec[] = {"LVA", "CHL", "PER", NULL};
	expect_deals("Chile and Peru have purchased drones, with Latvia becoming the first state "
		     "to acquire drones from Israel.",
		     3, sup, rec);
	/* no verb of buying after "becoming" */
	expect_deal("Chile bought drones from Israel, with Latvia becoming a rival of Chile.", 1,
		    "ISR", "CHL");
}
