/*
 * test_extract_supplied_with.c - deal rule of the eleventh round, on
 * sentences written for these tests (none quotes an article): "X supplied
 * Y with <goods> (to fight Z)" gives Y the goods, whatever state a later
 * "to ... against" names.
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
}
