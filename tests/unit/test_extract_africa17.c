/*
 * test_extract_africa17.c - rules of round 17 (defence ties in Africa), on
 * sentences written for these tests (none quotes an article): a state named
 * by its demonym, a word that qualifies the government and a noun of
 * government ("the Malian transitional authorities"); "assistance" after a
 * verb of offering as a noun of support ("offered assistance to Y").
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_africa17__qualified_government)
{
	CHECK(stance_only("Peru condemned the Chilean interim government's plan to close the port.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Kenya criticised the Ugandan transitional authorities' decision to shut "
			  "the border.",
			  "KEN", "UGA", OPP));
	/* an adjective that does not qualify a government: no state */
	CHECK(stance_none("Peru condemned the Chilean tall fences."));
}

TEST(extract_africa17__assistance_offered)
{
	CHECK(stance_only("Peru offered assistance to Chile.", "PER", "CHL",
			  ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Kenya promised to keep offering broad assistance to Uganda's army.",
			  "KEN", "UGA", ENT_POLARITY_SUPPORT));
	/* asked for, not offered: no stance */
	CHECK(stance_none("Peru asked Chile for assistance."));
	/* "aid" offered, also to one another (stop 39) */
	CHECK(stance_has("Peru and Chile pledged to provide aid to one another if either is "
			 "attacked.",
			 "PER", "CHL", ENT_POLARITY_SUPPORT));
	CHECK(stance_has("Peru and Chile pledged to provide aid to one another if either is "
			 "attacked.",
			 "CHL", "PER", ENT_POLARITY_SUPPORT));
	CHECK(stance_has("Peru pledged military aid to Chile.", "PER", "CHL",
			 ENT_POLARITY_SUPPORT));
	CHECK(stance_none("Peru asked Chile for aid."));
}

/* "The drill was held with the participation of X, Y and Z" after a drill
 * in play: more of its parties. */
TEST(extract_africa17__participation_after_drill)
{
	ent_fact_list *l = run("Peru and Chile held the Sea Star drill on Monday. The drill was "
			       "held with the participation of Peru, Chile, Bolivia and Ecuador.",
			       NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f != NULL && f->nparticipants == 4);
	ent_fact_list_free(l);
}
