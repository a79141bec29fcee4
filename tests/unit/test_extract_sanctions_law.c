/*
 * test_extract_sanctions_law.c - sanctions imposed under a law, the law
 * named between the noun and its target ("imposed sanctions citing
 * CAATSA on Y"), oppose Y as "imposed sanctions on Y" does.  Every
 * sentence here was written for these tests (stop 52).
 */
#include "extract_harness.h"

TEST(extract_sanctions_law__the_law_between)
{
	CHECK(stance_only("Last year, Chile imposed sanctions citing its export law on Peru.",
			  "CHL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Chile imposed sanctions under CAATSA on Peru.", "CHL", "PER",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Chile imposed sanctions under the 2017 law against Peru.", "CHL", "PER",
			  ENT_POLARITY_OPPOSE));
	/* a law on goods names no target */
	CHECK(stance_none("Chile imposed sanctions under a law on arms sales."));
}

/* "X joined (the) EU sanctions against Y": sanctions another adopts are
 * its own opposition (stop 53) */
TEST(extract_sanctions_law__sanctions_joined)
{
	CHECK(stance_only("Chile joined the EU sanctions against Peru.", "CHL", "PER",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Chile has joined sanctions against Peru.", "CHL", "PER",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_none("Chile did not join the EU sanctions against Peru."));
}
