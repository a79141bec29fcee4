/*
 * test_extract_drill_onlookers.c - states that only look at a drill: one
 * "objecting to" it, one that "does not view (see) it as an
 * impediment", the source a headline ends in, and a dateline's state
 * named again only as such an onlooker or a speaker.  A "not" that denies
 * such a judgement denies no drill.  Every sentence here was written for
 * these tests (stop 51).
 */
#include "extract_harness.h"

TEST(extract_drill_onlookers__objecting)
{
	CHECK(first_drill_has("Chile and Peru began a military exercise near the border, the "
			      "reason why Bolivia is objecting to the exercise.",
			      "BOL") == 0);
	CHECK(first_drill_has("Chile and Peru began a military exercise near the border, the "
			      "reason why Bolivia is objecting to the exercise.",
			      "PER") == 1);
}

TEST(extract_drill_onlookers__judgement_denied)
{
	/* the drill stands, and the judge takes no part */
	CHECK(first_drill_has("Bolivia's military does not view the upcoming exercise of "
			      "Chilean and Peruvian navies as an impediment.",
			      "PER") == 1);
	CHECK(first_drill_has("Bolivia's military does not view the upcoming exercise of "
			      "Chilean and Peruvian navies as an impediment.",
			      "BOL") == 0);
	/* a drill denied stays denied */
	CHECK(nexercises_text("Chile and Peru did not hold a joint naval exercise.") == 0);
}

TEST(extract_drill_onlookers__headline_source)
{
	CHECK(first_drill_has("Chile-Peru Naval Drill Begins Near Border - Bolivia", "BOL") == 0);
}

TEST(extract_drill_onlookers__dateline_named_again_as_onlooker)
{
	CHECK(first_drill_has("LA PAZ (Agency - 9th February, 2021) Bolivia does not view an "
			      "upcoming exercise of Chilean and Peruvian navies as an impediment, "
			      "the Bolivian defence ministry spokesman told reporters.",
			      "BOL") == 0);
}
