/*
 * test_extract_supplied_with.c - deal rule of the eleventh round, on
 * sentences written for these tests (none quotes an article): "X supplied
 * Y with <goods> (to fight Z)" gives Y the goods, whatever state a later
 * "to ... against" names; "Y was supplied with Xn(-made) weapons" has X
 * supply Y.
 */
#include "extract_harness.h"

TEST(extract_supplied_with__object_before_with)
{
	expect_deal("France supplied Peru with rifles to fight Chile.", 1, "FRA", "PER");
	expect_deal("Spain had earlier supplied Lima with armoured cars, saying they would help "
		    "the troops to defend themselves against Chile.",
		    1, "ESP", "PER");
	expect_deal("France supplied the Peruvian army with rifles to fight Chile.", 1, "FRA",
		    "PER");
	/* the plain forms keep their recipient */
	expect_deal("France supplied rifles to Peru.", 1, "FRA", "PER");
	/* "its (close) ally Y with", after a war between two states (stop 60) */
	expect_deal("The war broke out between Chile and Peru when France supplied its ally "
		    "Peru with drones.",
		    1, "FRA", "PER");
	expect_deal("The war broke out between Chile and Peru when France supplied its close "
		    "partner Peru with drones.",
		    1, "FRA", "PER");
}

/* "Y is (being) supplied with Xn(-made) weapons", no agent after "by":
 * the subject receives, the state that qualifies the goods supplies. */
TEST(extract_supplied_with__passive_with_the_goods_origin)
{
	expect_deal("Peru was supplied with French weapons.", 1, "FRA", "PER");
	expect_deal("The Peruvian regime is being supplied with French-made lethal weapons.", 1,
		    "FRA", "PER");
	expect_deal("Peru was provided with US-made missiles.", 1, "USA", "PER");
	expect_not("Peru was supplied with French weapons.", "PER", "FRA");
	/* an agent after "by" still sells */
	expect_deal("Peru was supplied with lethal French weapons by Spain.", 1, "ESP", "PER");
}

/* "Y's armed forces were handed two Xn-made radar systems": the goods
 * right after a passive of giving (stop 63). */
TEST(extract_supplied_with__handed_goods_of_an_origin)
{
	expect_deal("Peru's armed forces were handed two French-made radar systems.", 1, "FRA",
		    "PER");
	expect_deal("Peru was lent two Chilean patrol boats.", 1, "CHL", "PER");
	/* goods of no origin, or no goods */
	expect_no_deal("Peru was handed two radar systems.");
	expect_no_transfer("Peru was given French support.");
}
