/*
 * test_extract_given_by.c - goods a participle of giving names the giver
 * of ("two patrol boats donated by X") came from that state, when they
 * are commissioned by or arrive in another.  Every sentence here was
 * written for these tests (stop 53).
 */
#include "extract_harness.h"

TEST(extract_given_by__commissioned_goods_given_by_a_state)
{
	CHECK_INT(deal_status("Uruguay commissioned two patrol boats donated by Spain.", "ESP",
			      "URY"),
		  ENT_STATUS_DELIVERED);
	expect_deal("The Zambian air force commissioned six trainers gifted by the United "
		    "States.",
		    1, "USA", "ZMB");
	/* goods commissioned and visited by a state stay the buyer's own */
	expect_no_transfer("Uruguay commissioned two patrol boats visited by Spain.");
}

TEST(extract_given_by__goods_given_by_a_state_arrive)
{
	CHECK_INT(deal_status("Two patrol boats donated by Spain arrived in Uruguay.", "ESP",
			      "URY"),
		  ENT_STATUS_DELIVERED);
	expect_deal("Four frigates gifted by the United States arrived in Zambia on Monday.", 1,
		    "USA", "ZMB");
	/* "patrol" inside the goods' name is no patrol of visiting forces */
	expect_deal("Two patrol boats arrived in Uruguay from Spain.", 1, "ESP", "URY");
	/* ships that arrive with no mark of transfer may be calling */
	expect_no_transfer("Two Spanish patrol boats arrived in Uruguay.");
	expect_no_transfer("Two patrol boats escorted by Spain arrived in Uruguay.");
}

/* Goods taken into a state's forces ("was commissioned (inducted) into the
 * Xn navy", "entered service with the Xn navy") or that "reached" a state
 * are delivered to it, by the state that gave, sold or made them (stop
 * 54). */
TEST(extract_given_by__goods_taken_into_forces_or_that_reached_a_state)
{
	expect_deal("The French-built patrol vessel was commissioned into the Ivorian navy on "
		    "Friday.",
		    1, "FRA", "CIV");
	expect_deal("Two patrol boats donated by Spain entered service with the Uruguayan navy.", 1,
		    "ESP", "URY");
	expect_deal("A batch of armoured vehicles from Britain reached Zambia last month.", 1,
		    "GBR", "ZMB");
	/* no maker or giver named: none; a port call is no arrival */
	expect_no_transfer("The frigate was commissioned into the Uruguayan navy in 2019.");
	/* "was commissioned by the Yn Coast Guard" (stop 61) */
	expect_deal("A patrol boat gifted by Spain was commissioned by the Uruguayan Coast Guard.",
		    1, "ESP", "URY");
	expect_no_transfer("The frigate was commissioned by the Uruguayan navy in 2019.");
	expect_no_transfer("The Spanish patrol ship reached Uruguay on a port call.");
	expect_no_transfer("Talks between the two sides reached Uruguay.");
}

/* "The aircraft gifted by X to Y was handed over in <city>": the
 * participle names giver and receiver itself, the later verb names
 * neither (stop 54). */
TEST(extract_given_by__the_participle_names_both_parties)
{
	expect_deal("The Dornier aircraft gifted by Spain to Uruguay was handed over in "
		    "Montevideo.",
		    1, "ESP", "URY");
	/* the later verb's own receiver still counts */
	expect_deal("Tanks provided by Spain were delivered to Uruguay.", 1, "ESP", "URY");
}

/* "India's 2019 gift of two interceptor vessels to Y": a noun of giving
 * owned by a state or dated, with goods after "of", is a gift made; a
 * passive verb after it does not take the giver away (stop 55). */
TEST(extract_given_by__a_gift_owned_or_dated_is_made)
{
	CHECK(deal_status("Spain's 2019 gift of two patrol boats to Uruguay was welcomed.", "ESP",
			  "URY") == ENT_STATUS_DELIVERED);
	CHECK(deal_status("Spain's gift of a Dornier aircraft to Uruguay was handed over.", "ESP",
			  "URY") == ENT_STATUS_DELIVERED);
	/* controls: a gift to come or only planned is no delivery */
	CHECK(deal_status("Spain's planned gift of two patrol boats to Uruguay was welcomed.",
			  "ESP", "URY") != ENT_STATUS_DELIVERED);
	CHECK(deal_status("Spain's gift of two patrol boats to Uruguay will be handed over next "
			  "month.",
			  "ESP", "URY") != ENT_STATUS_DELIVERED);
	/* a gift of money is no goods */
	expect_no_deal("Spain's gift of $5 million to Uruguay was welcomed.");
}
