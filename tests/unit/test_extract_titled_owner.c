/*
 * test_extract_titled_owner.c - stance rules on words owned by a titled
 * person of a state, on sentences written for these tests (none quotes an
 * article): "rejected Peruvian President Ana Lopez's remarks" opposes the
 * state of the demonym before the title; "once again confirms its support
 * for Y" supports Y; "condemned and rejected Y's decision" opposes Y; "the
 * violation of the sovereignty of Y" names no agent.
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

/* A verb of confirming before "its support": the subject supports, even
 * past an adverb of repetition ("once again confirms its full support"). */
TEST(extract_titled_owner__confirmed_support)
{
	CHECK(stance_only("Chile today once again reaffirms its strong support for Peru.", "CHL",
			  "PER", ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Kenya on Monday once more confirmed its full support to Uganda.", "KEN",
			  "UGA", ENT_POLARITY_SUPPORT));
	/* no state after the noun: no stance */
	CHECK(stance_none("Chile once again confirmed its support for the plan."));
}

/* Two coordinated verbs of opposition: the object follows the second one
 * ("condemned and rejected Y's decision"). */
TEST(extract_titled_owner__coordinated_verbs)
{
	CHECK(stance_only("Chile strongly condemned and rejected the Peruvian government's decision.",
			  "CHL", "PER", OPP));
	CHECK(stance_only("Kenya condemns and denounces Uganda.", "KEN", "UGA", OPP));
}

/* "a violation of the sovereignty of Y": Y is the one wronged, no agent. */
TEST(extract_titled_owner__wronged_state)
{
	CHECK(stance_none("Chile condemned and denounced the violation of the sovereignty of Peru."));
	CHECK(stance_none("Kenya condemned the violation of the territory of Uganda."));
}
