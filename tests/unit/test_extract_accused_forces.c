/*
 * test_extract_accused_forces.c - a verb of opposition whose object is a
 * state's forces ("accused Peruvian peacekeepers of failing to ...",
 * "condemned Chilean troops for ...") opposes that state.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_accused_forces__the_state_of_the_forces_is_opposed)
{
	CHECK(stance_only("Bolivian authorities accused Peruvian peacekeepers who were sent to "
			  "the border in 2020 of failing to stop the raids.",
			  "BOL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Bolivia condemned Chilean troops for the raid.", "BOL", "CHL",
			  ENT_POLARITY_OPPOSE));
}

TEST(extract_accused_forces__praise_of_forces_is_no_opposition)
{
	CHECK(!stance_has("Bolivia praised Chilean troops.", "BOL", "CHL", ENT_POLARITY_OPPOSE));
}
