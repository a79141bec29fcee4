/*
 * test_extract_aid_purpose.c - a transfer with a clause of purpose that
 * names the recipient's fight or defence ("to help Y defend itself", "to
 * bolster the fight against Xn invaders") is the supplier backing the
 * recipient and opposing the state fought.
 * Every sentence here was written for these tests (stop 49).
 */
#include "extract_harness.h"

TEST(extract_aid_purpose__aid_to_help_in_a_fight)
{
	const char *t = "Chile will ship 12 howitzers to Peru to bolster the fight against "
			"Bolivian invaders.";
	CHECK(stance_has(t, "CHL", "PER", ENT_POLARITY_SUPPORT));
	CHECK(stance_has(t, "CHL", "BOL", ENT_POLARITY_OPPOSE));
	t = "Chile donated an air defence system to Peru to help in self defense against "
	    "aggression from Bolivia.";
	CHECK(stance_has(t, "CHL", "PER", ENT_POLARITY_SUPPORT));
	CHECK(stance_has(t, "CHL", "BOL", ENT_POLARITY_OPPOSE));
	t = "Chile delivered tanks to Peru to help it defend itself.";
	CHECK(stance_only(t, "CHL", "PER", ENT_POLARITY_SUPPORT));
}

TEST(extract_aid_purpose__no_fight_no_stance)
{
	/* a purpose of trade, or none */
	CHECK(stance_none("Chile sold tanks to Peru to help its economy."));
	CHECK(stance_none("Chile delivered tanks to Peru in 2020."));
	/* the buyer's own purpose, before its purchase */
	CHECK(stance_none("In order to strengthen the defense capability of the Peruvian army, "
			  "the government is purchasing Javelin missiles from the United States."));
	/* a purpose negated */
	CHECK(stance_none("Chile sold tanks to Peru, but not to help it fight Bolivia."));
}
