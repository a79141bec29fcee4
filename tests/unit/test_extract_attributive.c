/*
 * test_extract_attributive.c - a verb of buying used as a participle that
 * qualifies its noun after a determiner ("the newly-acquired helicopters")
 * is no verb of the clause: states named elsewhere in the sentence are
 * not made its buyer or seller. With its buyer named as possessor
 * ("X's recently-acquired ... jets") it still states a purchase.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_attributive__a_participle_after_a_determiner_is_no_purchase)
{
	expect_deal("The minister inspected the newly-acquired helicopters and thanked officials "
		    "from Italy and Spain.",
		    0, NULL, NULL);
	expect_deal("Chile thanked teams from Peru and Brazil after the recently inducted "
		    "frigates sailed.",
		    0, NULL, NULL);
}

TEST(extract_attributive__a_participle_after_its_buyer_states_a_purchase)
{
	expect_deal("India's recently-acquired French-built Rafale jets flew over the parade.", 1,
		    "FRA", "IND");
}

/* "operated by the Egyptian Navy, after the already delivered FREMM
 * frigate in 2015": a participle of giving after a determiner and an
 * adverb ("already" too) qualifies its noun; the state before it gives
 * nothing, and the clause's own verb tells the transfer (stop 65). */
TEST(extract_attributive__an_already_delivered_ship_is_no_transfer)
{
	expect_deal("It is the fifth ship designed by Naval Group, operated by the Peruvian Navy, "
		    "after the already delivered FREMM frigate in 2015.",
		    0, NULL, NULL);
	expect_deal("The newly delivered Do-228 will replace a leased Do-228 which was handed over "
		    "to Peru by India in 2021.",
		    1, "IND", "PER");
	CHECK_INT(deal_year("The newly delivered Do-228 will replace a leased Do-228 which was "
			    "handed over to Peru by India in 2021.",
			    NULL, "IND", "PER"),
		  2021);
}
