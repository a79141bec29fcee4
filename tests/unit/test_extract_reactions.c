/*
 * test_extract_reactions.c - stance rules for governments' reactions to a
 * coup, a strike or a test, on sentences written for these tests (none
 * quotes an article): the state where a coup took place is the one the
 * condemnation opposes.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_reactions__coup_in)
{
	CHECK(stance_only("Ghana condemned the coup in Mali.", "GHA", "MLI", OPP));
	CHECK(stance_only("Peru denounced the failed military takeover in Bolivia.", "PER", "BOL",
			  OPP));
	CHECK(stance_only("Kenya criticised the putsch in Sudan on Monday.", "KEN", "SDN", OPP));
	CHECK(stance_only("Chile joined others in condemning the coup d'etat in Bolivia.", "CHL",
			  "BOL", OPP));
	CHECK(stance_has("Canada and Norway condemned the apparent coup in Gabon.", "NOR", "GAB",
			 OPP));
	/* no coup, or no state where it took place: no stance */
	CHECK(stance_none("Ghana condemned the floods in Mali."));
	CHECK(stance_none("Ghana condemned the coup."));
	CHECK(stance_none("Ghana did not condemn the coup in Mali."));
}

TEST(extract_reactions__judged_launch)
{
	CHECK(stance_only("Iran launched a rocket on Friday. Qatar called the launch \"reckless\".",
			  "QAT", "IRN", OPP));
	CHECK(stance_only("Pakistan tested a cruise missile. India described the test as "
			  "provocative.",
			  "IND", "PAK", OPP));
	/* no hostile judgement, or no owner named before: no stance */
	CHECK(stance_none("Pakistan tested a cruise missile. India described the test as a "
			  "success."));
	CHECK(stance_none("Qatar called the launch \"reckless\"."));
}

TEST(extract_reactions__quoted_understands)
{
	CHECK(stance_only("Belarus said it \"understands\" Armenia's concerns.", "BLR", "ARM",
			  ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Laos \"understands\" Vietnam's security concerns, the minister said.",
			  "LAO", "VNM", ENT_POLARITY_SUPPORT));
	/* no concerns of that state: no stance */
	CHECK(stance_none("Belarus said it \"understands\" Armenia's economy."));
}

TEST(extract_reactions__the_embassy)
{
	/* "the embassy" is the state of the embassy the text named before */
	CHECK(stance_has("The Chilean Embassy in Lima issued a note on Monday. The embassy "
			 "condemned Bolivia.",
			 "CHL", "BOL", OPP));
	/* "affirmed its solidarity": a verb that voices the support noun */
	CHECK(stance_has("The Chilean Embassy in Lima issued a note on Monday. The embassy also "
			 "affirmed its solidarity with Peru.",
			 "CHL", "PER", ENT_POLARITY_SUPPORT));
	CHECK(stance_none("The embassy condemned Bolivia."));
}

TEST(extract_reactions__statement_in_support)
{
	/* the verb that voices a statement of support: a hyphenated word
	 * between is one word; "put out" and "released" voice it */
	CHECK(stance_only("Peru issued sharply-worded statements in support of Chile.", "PER",
			  "CHL", ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Peru put out a statement in support of Chile.", "PER", "CHL",
			  ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Peru released a statement in support of Chile.", "PER", "CHL",
			  ENT_POLARITY_SUPPORT));
	CHECK(stance_has("Ghana, Togo and Benin all put out strongly-worded notes in support of "
			 "Niger.",
			 "TGO", "NER", ENT_POLARITY_SUPPORT));
}

TEST(extract_reactions__said_act_violated)
{
	CHECK(stance_only("Russia carried out strikes on Georgia. Turkey said the strikes "
			  "violated international law.",
			  "TUR", "RUS", OPP));
	/* no owner told before: no stance */
	CHECK(stance_none("Turkey said the strikes violated international law."));
}
