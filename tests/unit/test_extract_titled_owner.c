/*
 * test_extract_titled_owner.c - stance rules on words owned by a titled
 * person of a state, on sentences written for these tests (none quotes an
 * article): "rejected Peruvian President Ana Lopez's remarks" opposes the
 * state of the demonym before the title.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_titled_owner__reject_titled_words)
{
	CHECK(stance_only("Chile firmly rejected Peruvian President Ana Maria Lopez's remarks on "
			  "the border.",
			  "CHL", "PER", OPP));
	CHECK(stance_only("Kenya rejected the Ugandan foreign minister's claims about the lake.",
			  "KEN", "UGA", OPP));
	CHECK(stance_only("Ghana dismissed Togolese Prime Minister Koffi's statement on the port.",
			  "GHA", "TGO", OPP));
	/* no noun of claim after the owner: no stance */
	CHECK(stance_none("Chile rejected Peruvian President Ana Lopez's invitation."));
}
