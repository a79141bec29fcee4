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
}
