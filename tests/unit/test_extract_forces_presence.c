/*
 * test_extract_forces_presence.c - a state that condemns "the presence of
 * Y-n troops (warships)" opposes Y; a state that equips "the Y-n army"
 * with goods supplies Y.
 * Every sentence here was written for these tests (stop 49).
 */
#include "extract_harness.h"

TEST(extract_forces_presence__condemning_the_presence_of_forces)
{
	CHECK(stance_only("Chile condemned the presence of Peruvian warships near the coast.",
			  "CHL", "PER", ENT_POLARITY_OPPOSE));
	/* two leaders named by their demonyms condemn together */
	CHECK(stance_has("Kenyan President Ruto and Tanzanian President Hassan jointly "
			 "condemned the presence of Ugandan troops in Burundi.",
			 "KEN", "UGA", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Kenyan President Ruto and Tanzanian President Hassan jointly "
			 "condemned the presence of Ugandan troops in Burundi.",
			 "TZA", "UGA", ENT_POLARITY_OPPOSE));
	/* control: a presence welcomed is support */
	CHECK(stance_only("Chile welcomed the presence of Peruvian warships near the coast.",
			  "CHL", "PER", ENT_POLARITY_SUPPORT));
	/* control: a presence of no state's forces is no one's */
	CHECK(stance_none("Chile condemned the presence of foreign warships near the coast."));
}

TEST(extract_forces_presence__equipping_a_states_army)
{
	expect_deal("Belarus will equip the Malian army with Su-25 attack jets.", 1, "BLR", "MLI");
	CHECK_INT(deal_status("Belarus equipped the Malian army with Su-25 attack jets.", "BLR",
			      "MLI"),
		  ENT_STATUS_DELIVERED);
	/* "re-equip", the air force */
	expect_deal("Mali asked Belarus to re-equip the Malian air force with Su-25 jets.", 1,
		    "BLR", "MLI");
	/* control: a demonym that is no force's ("the Malian market") */
	expect_no_deal("Belarus will equip the Malian market with tractors.");
}
