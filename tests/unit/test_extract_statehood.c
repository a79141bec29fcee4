/*
 * test_extract_statehood.c - stance rules of round 14 (holdout set ay) on
 * sentences written for these tests (none quotes an article): two words of
 * statehood joined by "and" before "of Y" ("supports the sovereignty and
 * territorial integrity of Y"), "X threw its (full) weight behind Y", and
 * sentences that must give no stance.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT

TEST(extract_statehood__pair_of_words)
{
	CHECK(stance_only("Norway backs the independence and sovereignty of Moldova.", "NOR", "MDA",
			  SUP));
	CHECK(stance_only("The envoy stressed that Chile supports the sovereignty and territorial "
			  "integrity of Peru.",
			  "CHL", "PER", SUP));
	CHECK(stance_only("Kenya supports the sovereignty, territorial integrity of Ghana.", "KEN",
			  "GHA", SUP));
	/* negated, or no state after "of": no stance */
	CHECK(stance_none("Norway does not back the independence and sovereignty of Moldova."));
	CHECK(stance_none("Norway backs the independence and sovereignty of the region."));
}

TEST(extract_statehood__weight_behind)
{
	CHECK(stance_only("Canada threw its full weight behind Peru.", "CAN", "PER", SUP));
	CHECK(stance_only("Canada has thrown its political weight behind Peru.", "CAN", "PER", SUP));
	CHECK(stance_has("Peru blamed Chile for the raid, with Ottawa throwing its weight behind Lima.",
			 "CAN", "PER", SUP));
	/* negated, or no state behind: no stance */
	CHECK(stance_none("Canada did not throw its weight behind Peru."));
	CHECK(stance_none("Canada threw its weight behind the plan."));
	CHECK(stance_none("Canada seems to have thrown its weight behind Peru."));
	/* behind Y's bid (the Yn candidacy); not behind Y's army (stop 57) */
	CHECK(stance_only("Canada threw its weight behind Peru's bid for the chair.", "CAN", "PER",
			  SUP));
	CHECK(stance_only("Canada threw its weight behind the Peruvian candidacy.", "CAN", "PER",
			  SUP));
	CHECK(stance_none("Canada threw its weight behind Peru's army."));
}
