/*
 * test_extract_judged_force.c - a state's judgement of another's deeds of
 * force ("said Y's naval drill was a provocation", "called Y's intercept
 * unsafe", "rejected Y's unilateral actions"), and drills told by the
 * craft that flew or trained together.  Every sentence here was written
 * for these tests (stop 50).
 */
#include "extract_harness.h"

TEST(extract_judged_force__said_deed_of_force_was_hostile)
{
	CHECK(stance_only("Chile said Peru's drills were a threat to the region.", "CHL", "PER",
			  ENT_POLARITY_OPPOSE));
	/* one word before the deed, and a ministry that speaks */
	CHECK(stance_only("Chile's foreign ministry said Peru's naval drill was a provocation.",
			  "CHL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Chile said Peru's missile test was a violation of the accord.", "CHL",
			  "PER", ENT_POLARITY_OPPOSE));
	/* no hostile noun after the verb: no judgement */
	CHECK(stance_none("Chile said Peru's naval drill was a success."));
	/* a capitalised word before the deed is no modifier */
	CHECK(stance_none("Chile said Peru's Pacific drill was a threat."));
}

TEST(extract_judged_force__unsafe_and_rejected_actions)
{
	CHECK(stance_only("Canada called Russia's latest intercept unsafe.", "CAN", "RUS",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Canada called the Russian intercept unprofessional.", "CAN", "RUS",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Kenya rejected Somalia's unilateral actions at sea.", "KEN", "SOM",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Kenya firmly rejected Somalia's plans.", "KEN", "SOM",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_none("Kenya did not reject Somalia's plans."));
}

TEST(extract_judged_force__craft_drill_together)
{
	CHECK(first_drill_has("Chile and Peru flew a joint patrol over the border on Monday.",
			      "PER") == 1);
	CHECK(first_drill_has("Chilean and Peruvian jets trained together over the desert.",
			      "CHL") == 1);
	/* craft that fly alone, or goods trained with, are no drill */
	CHECK(nexercises_text("Chilean and Peruvian jets flew over the parade on Monday.") == 0);
	CHECK(nexercises_text("Chilean pilots trained with Peruvian jets bought from Peru.") == 0);
}
