/*
 * test_extract_relative_participle.c - a participle of opposition in a
 * relative clause on a state ("..., but also Chile, which has a dispute
 * with Peru, first ... and most recently slamming Peru for ...") has that
 * state for subject; "slamming X for siding with Y and Z": X backs Y and
 * Z. Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_relative_participle__the_state_before_which_speaks)
{
	const char *t = "The minister meant not only Bolivia but also Chile, which has increased "
			"its war of words with Peru, and most recently slamming Peru for siding with "
			"Ecuador and Colombia in a fishing dispute.";
	CHECK(stance_has(t, "CHL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(!stance_has(t, "BOL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_has(t, "PER", "ECU", ENT_POLARITY_SUPPORT));
	CHECK(stance_has(t, "PER", "COL", ENT_POLARITY_SUPPORT));
}

TEST(extract_relative_participle__a_participle_after_a_comma_keeps_the_subject)
{
	CHECK(stance_has("Chile criticised Peru, strongly condemning Bolivia for the raid.", "CHL",
			 "BOL", ENT_POLARITY_OPPOSE));
}
