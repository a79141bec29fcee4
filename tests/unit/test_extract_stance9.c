/*
 * test_extract_stance9.c - stance rules of the ninth round, on sentences
 * written for these tests (none quotes an article): the base form and the
 * -ing form of the verbs of opposition ("urged the council to denounce Y",
 * "a statement criticising Y's raid"), and sentences that must give no
 * stance.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_stance9__base_form)
{
	CHECK(stance_only("Peru urged the council to denounce Chile.", "PER", "CHL", OPP));
	CHECK(stance_only("Kenya asked the assembly to denounce Uganda's raid on the border.", "KEN",
			  "UGA", OPP));
	/* negated or refused: no stance */
	CHECK(stance_none("Peru did not denounce Chile."));
	CHECK(stance_none("Peru refused to denounce Chile."));
}

TEST(extract_stance9__ing_form)
{
	CHECK(stance_only("Peru issued a statement criticising Chile's raid on the port.", "PER",
			  "CHL", OPP));
	CHECK(stance_only("Kenya published a note condemning Uganda's border raid.", "KEN", "UGA",
			  OPP));
	CHECK(stance_only("Ghana sent a letter criticizing Togo's new tariffs.", "GHA", "TGO", OPP));
	CHECK(stance_only("Peru put out a statement denouncing Chile's naval drills.", "PER", "CHL",
			  OPP));
	/* no state as the object of the deed: no stance */
	CHECK(stance_none("Peru issued a statement condemning the raid."));
}
