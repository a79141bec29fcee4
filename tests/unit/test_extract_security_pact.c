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

/* "a mutual defence pact", and a pact of the two states of the subject
 * with no "with": each backs the other (stop 57). */
TEST(extract_security_pact__mutual_defence_and_a_pair)
{
	ent_fact_list *l;
	CHECK(stance_only("Peru signed a mutual defence pact with Chile.", "PER", "CHL", SUP));
	l = run("Peru and Chile signed a mutual defence pact pledging that an attack on one is an "
		"attack on both.",
		NULL);
	CHECK(l != NULL);
	CHECK(has_stance(l, "PER", "CHL", SUP));
	CHECK(has_stance(l, "CHL", "PER", SUP));
	CHECK_INT((int)count(l, ENT_FACT_STANCE), 2);
	ent_fact_list_free(l);
	CHECK(stance_has("Peru and Chile have also signed a security agreement in Lima.", "CHL",
			 "PER", SUP));
	/* a defence agreement that is not mutual, or one state alone */
	CHECK(stance_none("Peru and Chile signed a defence agreement."));
	CHECK(stance_none("Peru signed a mutual defence pact."));
	/* a treaty (stop 58) */
	CHECK(stance_has("Peru and Chile signed a mutual defence treaty.", "CHL", "PER", SUP));
	CHECK(stance_only("Peru signed a security treaty with Chile.", "PER", "CHL", SUP));
	CHECK(stance_none("Peru signed a treaty with Chile."));
}
