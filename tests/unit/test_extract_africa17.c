/*
 * test_extract_africa17.c - rules of round 17 (defence ties in Africa), on
 * sentences written for these tests (none quotes an article): a state named
 * by its demonym, a word that qualifies the government and a noun of
 * government ("the Malian transitional authorities").
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
