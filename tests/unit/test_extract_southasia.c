/*
 * test_extract_southasia.c - rules found on regional defence news (holdout
 * set ap), on sentences written for these tests (none quotes an article):
 * rejecting or condemning the remarks made by a state's titled official
 * ("the comments made by the Peruvian defence minister"), and sentences
 * that must give no stance.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_southasia__remarks_by_titled_official)
{
	/* "made by" and a demonym before a title name the state */
	CHECK(stance_only("Chile rejected the comments made by the Peruvian defence minister.",
			  "CHL", "PER", OPP));
	CHECK(stance_only("Chile condemned the remarks made by Peruvian Foreign Minister Ana Soto.",
			  "CHL", "PER", OPP));
	/* quote marks and two verbs before the noun */
	CHECK(stance_only("Ghana has firmly rejected and strongly condemned the \"reckless and "
			  "wholly baseless\" comments made by Togolese Prime Minister Kofi Mensah.",
			  "GHA", "TGO", OPP));
	/* a demonym before other nouns is no state */
	CHECK(stance_none("Chile rejected the comments made by Peruvian fishermen."));
}
