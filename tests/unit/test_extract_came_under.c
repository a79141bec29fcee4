/*
 * test_extract_came_under.c - "X came under (diplomatic) fire from Y",
 * "X (has) faced criticism from Y": Y opposes X; a thing that comes under
 * fire, or a rival met ("faces competition from"), is no stance.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_came_under__the_critic_opposes_the_state_it_fires_at)
{
	CHECK(stance_only("A big buyer of Swedish arms, Chile came under diplomatic fire from "
			  "Peru last year.",
			  "PER", "CHL", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Chile has faced criticism from Peru over the sale.", "PER", "CHL",
			  ENT_POLARITY_OPPOSE));
}

TEST(extract_came_under__no_state_faced_or_no_critic_is_no_stance)
{
	CHECK(stance_none("The patrol boat came under fire from Peru."));
	CHECK(stance_none("Chile faces strong competition from Peru in fishing."));
}
