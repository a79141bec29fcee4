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

TEST(extract_stance_objects__hostile_act_nouns)
{
	CHECK(stance_only("Ghana criticised the Togolese blockade of the port.", "GHA", "TGO", OPP));
	CHECK(stance_only("Japan protested the Chinese militarisation of the reefs.", "JPN", "CHN",
			  OPP));
	CHECK(stance_only("Peru condemned the Chilean militarization of the coast.", "PER", "CHL",
			  OPP));
	CHECK(stance_only("Japan condemned the North Korean test launches.", "JPN", "PRK", OPP));
	CHECK(stance_only("Norway condemned the Russian violations of its airspace.", "NOR", "RUS",
			  OPP));
	CHECK(stance_only("Lithuania denounced the Russian annexation of Crimea.", "LTU", "RUS", OPP));
	/* a demonym before no act: no stance */
	CHECK(stance_none("Ghana criticised the Togolese port fees."));
}

TEST(extract_stance_objects__quote_inside_object)
{
	CHECK(stance_only("Armenia condemned the \"cowardly Azerbaijani aggression\" on its villages.",
			  "ARM", "AZE", OPP));
	CHECK(stance_only("Pakistan condemned the \"unprovoked Indian strikes\" on its territory.",
			  "PAK", "IND", OPP));
	CHECK(stance_only("Kenya condemned the \xe2\x80\x9c" "brazen Ugandan raids\xe2\x80\x9d.", "KEN",
			  "UGA", OPP));
	CHECK(stance_none("Kenya condemned the \"cowardly raids\" on its villages."));
}

TEST(extract_stance_objects__spoke_out_against)
{
	CHECK(stance_only("Croatia spoke out against Serbia's military build-up.", "HRV", "SRB", OPP));
	CHECK(stance_only("Finland spoke out strongly against the Russian invasion of Ukraine.", "FIN",
			  "RUS", OPP));
	CHECK(stance_only("Croatia has spoken out against the Serbian incursions.", "HRV", "SRB", OPP));
	CHECK(stance_none("Croatia did not speak out against Serbia."));
	CHECK(stance_none("Croatia spoke out against the plan."));
	CHECK(stance_none("Croatia spoke out about its budget."));
}

TEST(extract_stance_objects__passive_demonym_act)
{
	CHECK(stance_only("The Chinese incursions were condemned by Taiwan.", "TWN", "CHN", OPP));
	CHECK(stance_only("The Russian annexation of Crimea was denounced by Lithuania.", "LTU", "RUS",
			  OPP));
	CHECK(stance_only("The brutal Ugandan raids have been strongly condemned by Kenya.", "KEN",
			  "UGA", OPP));
	CHECK(stance_none("The raids were condemned by Kenya."));
}

TEST(extract_stance_objects__coordinated_demonyms)
{
	CHECK(stance_count("Kenya condemned the Ugandan and Sudanese incursions.") == 2);
	CHECK(stance_has("Kenya condemned the Ugandan and Sudanese incursions.", "KEN", "UGA", OPP));
	CHECK(stance_has("Kenya condemned the Ugandan and Sudanese incursions.", "KEN", "SDN", OPP));
	CHECK(stance_has("Greece denounced the Turkish or Libyan provocations in the sea.", "GRC",
			 "LBY", OPP));
	CHECK(stance_none("Kenya condemned the Ugandan and Sudanese delegates' remarks."));
}

TEST(extract_stance_objects__what_called_possessive)
{
	CHECK(stance_only("Vietnam condemned what it called China's illegal occupation of the islands.",
			  "VNM", "CHN", OPP));
	CHECK(stance_only("Peru denounced what it termed Chile's brazen naval raids.", "PER", "CHL",
			  OPP));
	CHECK(stance_none("Vietnam condemned what it called China's trade policy."));
}

/* A verb of opposition as the last token of the text: its object would
 * start past the sentence (found by the extract and table fuzzers). */
TEST(extract_stance_objects__verb_last_in_text)
{
	CHECK(stance_none("Kenya condemned"));
	CHECK(stance_none("Peru and Chile strongly protested"));
	CHECK(stance_none("2condemn"));
}
