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

/* "The U.S. imposed sanctions on Turkey's defence industry over its
 * acquisition of Russia's S-400": who punishes buys nothing, the state
 * punished does; named by a pronoun only, no buyer is sure (stop 65). */
TEST(extract_sanctions_law__the_punished_buys)
{
	expect_deal("Peru imposed sanctions on Chile's defence industry in December 2020 over its "
		    "acquisition of Russia's S-400 missile defence system.",
		    1, "RUS", "CHL");
	expect_deal("Peru expelled Chile from the fighter programme over its purchase of Russian "
		    "S-400 systems.",
		    1, "RUS", "CHL");
	expect_not("Chile sought other jets after Peru expelled it from the F-35 programme over "
		   "an agreement with Russia to acquire the S-400 systems.",
		   "RUS", "PER");
	/* the buyer itself, no punisher */
	expect_deal("Peru bought S-400 systems from Russia after talks in 2020.", 1, "RUS", "PER");
}
