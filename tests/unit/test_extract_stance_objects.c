/*
 * test_extract_stance_objects.c - the object side of stances (what is
 * opposed or supported), on sentences written for these tests (none
 * quotes an article): adverbials and prepositions between the verb and
 * its object, hostile-act nouns after a demonym, quote marks inside the
 * object, and sentences that must give no stance.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE
#define SUP ENT_POLARITY_SUPPORT

TEST(extract_stance_objects__adverbial_before_object)
{
	CHECK(stance_only("Lithuania condemned in the strongest terms Russia's annexation of Crimea.",
			  "LTU", "RUS", OPP));
	CHECK(stance_only("Peru condemned in no uncertain terms Chile's seizure of the islets.", "PER",
			  "CHL", OPP));
	CHECK(stance_only("Egypt condemned, in a statement issued on Monday, the Ethiopian strikes.",
			  "EGY", "ETH", OPP));
	CHECK(stance_only("Ghana denounced, in a letter to the council, Togo's raids on the border.",
			  "GHA", "TGO", OPP));
	CHECK(stance_only("Poland protested against the Russian incursions into its airspace.", "POL",
			  "RUS", OPP));
	/* no state in the object: no stance */
	CHECK(stance_none("Kenya condemned, in a statement on Monday, the raid."));
}
