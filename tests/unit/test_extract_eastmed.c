/*
 * test_extract_eastmed.c - rules of the eastern-Mediterranean round, on
 * sentences written for these tests (none quotes an article): a
 * contracted "n't" ("doesn't", "didn't", "won't") negates like "not".
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE
#define SUP ENT_POLARITY_SUPPORT

TEST(extract_eastmed__contracted_not)
{
	CHECK(stance_only("Peru doesn't recognize Chile.", "PER", "CHL", OPP));
	CHECK(stance_only("Kenya didn\xe2\x80\x99t recognise Uganda, a member of the bloc.", "KEN",
			  "UGA", OPP));
	CHECK(stance_only("Ghana won't recognize Togo.", "GHA", "TGO", OPP));
	/* no contraction: recognition is support */
	CHECK(stance_only("Peru recognizes Chile.", "PER", "CHL", SUP));
}
