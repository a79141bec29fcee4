/*
 * test_extract_strike_agents.c - who carried out the act condemned, on
 * sentences written for these tests (none quotes an article): the state
 * that opens a relative clause on a hostile act ("the raids (that) X
 * launched on Y"), and a demonym after one or two adjectives ("the
 * reckless Xn raids", with the plural "aggressions"); and the state that
 * opens the sentence before a noun phrase between commas ("X, long a
 * rival of Z, condemned Y").
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_strike_agents__relative_clause)
{
	CHECK(stance_only("Kenya condemned the raids that Uganda launched on Tanzania.", "KEN",
			  "UGA", OPP));
	CHECK(stance_only("Peru denounced a series of strikes which Chile carried out near the border.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Ghana condemned the attacks Togo conducted against Benin last week.", "GHA",
			  "TGO", OPP));
	/* the state after the act is the one attacked, not its agent */
	CHECK(stance_none("Peru condemned the strikes that hit Chile."));
}

TEST(extract_strike_agents__adjective_demonym)
{
	CHECK(stance_only("Kenya condemned the reckless Ugandan raids on Tanzania.", "KEN", "UGA",
			  OPP));
	CHECK(stance_only("Peru condemned repeated Chilean aggressions against Bolivia.", "PER",
			  "CHL", OPP));
	/* a demonym after a preposition names the one attacked */
	CHECK(stance_none("Peru condemned attacks on Chilean ships."));
}

TEST(extract_strike_agents__noun_apposition)
{
	CHECK(stance_only("Kenya, once a close partner of Uganda, condemned Tanzania.", "KEN", "TZA",
			  OPP));
	CHECK(stance_only("Peru, a neighbour of Chile, strongly condemned the raids by Bolivia.",
			  "PER", "BOL", OPP));
	/* "already", or a body the state owns (stop 63) */
	CHECK(stance_only("Uganda's army, long a buyer of Russian tanks, condemned Kenya's "
			  "decision.",
			  "UGA", "KEN", OPP));
	CHECK(stance_only("Kenya, already a rival of Uganda, condemned Tanzania.", "KEN", "TZA",
			  OPP));
}
