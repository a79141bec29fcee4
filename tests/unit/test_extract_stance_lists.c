/*
 * test_extract_stance_lists.c - stance rules of round 15 (lists and headlines),
 * on sentences written for these tests (none quotes an article): a bloc
 * inside a list of states.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_stance_lists__bloc_in_list)
{
	const char *t = "Peru, the African Union, Chile and Canada condemned Bolivia's raid.";
	CHECK(stance_has(t, "PER", "BOL", OPP));
	CHECK(stance_has(t, "CHL", "BOL", OPP));
	CHECK(stance_has(t, "CAN", "BOL", OPP));
	CHECK_INT(stance_count(t), 3);
	t = "Kenya denounced the tariffs imposed by the United States, the European Union, the "
	    "United Kingdom and Canada on Ghana.";
	CHECK(stance_has(t, "KEN", "USA", OPP));
	CHECK(stance_has(t, "KEN", "GBR", OPP));
	CHECK(stance_has(t, "KEN", "CAN", OPP));
	/* the bloc itself is no state */
	CHECK(stance_only("Peru and the European Union condemned Bolivia's raid.", "PER", "BOL",
			  OPP));
}

TEST(extract_stance_lists__as_clause_list)
{
	const char *t = "Kenya voiced concern as Peru and Chile condemned Bolivia's raid.";
	CHECK(stance_has(t, "PER", "BOL", OPP));
	CHECK(stance_has(t, "CHL", "BOL", OPP));
	/* "as" of comparison: no clause, no list */
	CHECK(stance_only("Kenya condemned Bolivia's raid, the same as Peru and Chile did.", "KEN",
			  "BOL", OPP));
}

TEST(extract_stance_lists__heading_list)
{
	const char *t = "Peru, Chile condemn Bolivia raid\nLIMA - Officials met on Monday.";
	CHECK(stance_has(t, "PER", "BOL", OPP));
	CHECK(stance_has(t, "CHL", "BOL", OPP));
	t = "Ghana airs concern as Peru, Chile condemn Bolivia strikes\nLIMA - Officials met.";
	CHECK(stance_has(t, "PER", "BOL", OPP));
	CHECK(stance_has(t, "CHL", "BOL", OPP));
	/* in a sentence of the body a comma alone joins no subjects */
	CHECK(stance_only("Peru, Chile condemned Bolivia's raid.", "CHL", "BOL", OPP));
}

TEST(extract_stance_lists__angering)
{
	CHECK(stance_only("Peru sent Chile more rifles on Monday, angering Bolivia.", "BOL", "PER",
			  OPP));
	CHECK(stance_has("Peru sends Chile more rifles, irking Bolivia\nOfficials met on Monday.",
			 "BOL", "PER", OPP));
	/* no state angered: no stance */
	CHECK(stance_none("Peru sent Chile more rifles on Monday, angering many voters."));
}

TEST(extract_stance_lists__tie_between_list)
{
	const char *t = "Peru voiced opposition to the SAFE pact between Bolivia, Ecuador and the "
			"United States, which raised tension.";
	CHECK(stance_has(t, "PER", "BOL", OPP));
	CHECK(stance_has(t, "PER", "ECU", OPP));
	CHECK(stance_has(t, "PER", "USA", OPP));
	CHECK_INT(stance_count(t), 3);
	t = "Peru condemned the pact between Bolivia, Ecuador and Brazil.";
	CHECK(stance_has(t, "PER", "BRA", OPP));
	CHECK_INT(stance_count(t), 3);
}

TEST(extract_stance_lists__protests_verb)
{
	CHECK(stance_has("Peru protests Chile's plan to close the border.", "PER", "CHL", OPP));
	CHECK(stance_has("Peru protests Chile approval of new tariffs\nLIMA - Officials met.", "PER",
			 "CHL", OPP));
	/* the noun: no stance */
	CHECK(stance_none("Peru protests erupted in Lima on Monday."));
}
