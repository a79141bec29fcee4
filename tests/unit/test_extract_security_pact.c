/*
 * test_extract_security_pact.c - "X (and Z) signed a security pact
 * (agreement, guarantee) with Y" is X backing Y (stance.security_pact), on
 * sentences written for these tests (none quotes an article).
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT

TEST(extract_security_pact__signed_with)
{
	ent_fact_list *l;
	CHECK(stance_only("Peru signed a ten-year security agreement with Chile.", "PER", "CHL",
			  SUP));
	l = run("Kenya and Ghana signed their respective bilateral security pacts with Togo on "
		"Monday.", NULL);
	CHECK(l != NULL);
	CHECK(has_stance(l, "KEN", "TGO", SUP));
	CHECK(has_stance(l, "GHA", "TGO", SUP));
	ent_fact_list_free(l);
	/* not signed, or no security pact: no stance */
	CHECK(stance_none("Peru did not sign a security pact with Chile."));
	CHECK(stance_none("Peru signed a trade agreement with Chile."));
}
