/*
 * test_extract_labelled_rival.c - "X identified (regards) Y as a threat /
 * the greatest strategic challenge" is X opposing Y (stance.called_ally),
 * on sentences written for these tests (none quotes an article).
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_labelled_rival__threat_challenge)
{
	CHECK(stance_only("Peru identified Chile as the greatest strategic challenge in the region.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Kenya regards Uganda as a serious threat.", "KEN", "UGA", OPP));
	CHECK(stance_only("Ghana considers Togo a growing challenge.", "GHA", "TGO", OPP));
	/* a call to act is no label */
	CHECK(stance_none("Ghana called Togo to challenge the ruling in court."));
}
