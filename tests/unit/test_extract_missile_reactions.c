/*
 * test_extract_missile_reactions.c - reactions to missile tests and arms sales, on
 * sentences written for these tests (none quotes an article): a state that
 * calls for (urges, demands) tougher measures or punishment against another
 * opposes it (stance.measures_called_for); measures asked to be lifted, or
 * with no state as their aim, give no stance.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_missile_reactions__measures_called_for)
{
	CHECK(stance_only("Peru called for tougher measures against Chile after the launch.", "PER",
			  "CHL", OPP));
	CHECK(stance_only("Kenya urged stricter punishment measures against Uganda.", "KEN", "UGA",
			  OPP));
	CHECK(stance_only("The Ghanaian president called for firm punitive action against Togo.",
			  "GHA", "TGO", OPP));
	/* lifted, or no state as the aim: no stance */
	CHECK(stance_none("Peru called for lifting measures against Chile."));
	CHECK(stance_none("Peru called for tougher measures against smuggling."));
	CHECK(stance_none("Peru did not call for tougher measures against Chile."));
}
