/*
 * test_extract_accusation.c - stance rules of the eighteenth round (the
 * accusation, gratitude, concern and victim categories of the holdout
 * analysis), on sentences written for these tests (none quotes an
 * article).
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

TEST(extract_accusation__thanked_list_for_gift)
{
	/* two states thanked for an act of giving: each is backed */
	CHECK(stance_has("Kenya thanked Canada and Japan for the new aid package.", "KEN", "CAN",
			 SUP));
	CHECK(stance_has("Kenya thanked Canada and Japan for the new aid package.", "KEN", "JPN",
			 SUP));
	/* a person named before the state thanked with them */
	CHECK(stance_only("Ghana thanked Rossi and the Netherlands for the donation.", "GHA", "NLD",
			  SUP));
	/* no act of giving: no stance from the thanks */
	CHECK(stance_none("Kenya thanked Canada and Japan for the dinner."));
}
