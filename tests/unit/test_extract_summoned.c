/*
 * test_extract_summoned.c - summoning a state's envoy is a protest against
 * that state also when the sentence says why ("to lodge a strong protest
 * over the incursion") without naming another state, and when the envoy's
 * own name comes first ("summoned John Doe, Y's ambassador") (sentences
 * written for these tests; none quotes an article).
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_summoned__protest_without_state)
{
	CHECK(stance_only("Ghana summoned Togo's ambassador in Accra to lodge a firm protest over "
			  "the border raid.",
			  "GHA", "TGO", OPP));
	CHECK(stance_only("Peru summoned Chile's envoy to protest about the fishing incident.",
			  "PER", "CHL", OPP));
	/* the protest names its own state: that one is the target */
	CHECK(stance_only("Ghana summoned Togo's ambassador to protest against Benin's raid.", "GHA",
			  "BEN", OPP));
}

TEST(extract_summoned__envoy_named_first)
{
	CHECK(stance_only("Ghana summoned Kofi Mensah, Togo's ambassador in Accra, over the raid.",
			  "GHA", "TGO", OPP));
	CHECK(stance_only("Peru summoned Ana Ruiz, Chile's envoy, to lodge a protest.", "PER", "CHL",
			  OPP));
	/* no state's envoy: no stance */
	CHECK(stance_none("Ghana summoned Kofi Mensah, the head of the port, over the raid."));
}
