/*
 * test_extract_actor_binding.c - how stances bind their participants, on
 * sentences written for these tests (none quotes an article): a pair of
 * objects that closes the clause ("lodged protests with X and Y in ..."),
 * the owner of a mission hosted elsewhere ("the Fooish embassy in X"), "we"
 * in a quote that opens with its state, the state an attempt is done to
 * (no target), and sentences that must keep one target.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_actor_binding__pair_object)
{
	const char *a = "Peru has lodged stern protests with Chile and Bolivia in Lima to voice "
			"strong opposition to their new border tariffs.";
	const char *b = "Kenya strongly condemned Uganda and Tanzania on Monday.";
	CHECK(stance_has(a, "PER", "CHL", OPP));
	CHECK(stance_has(a, "PER", "BOL", OPP));
	CHECK(stance_count(a) == 2);
	CHECK(stance_has(b, "KEN", "UGA", OPP));
	CHECK(stance_has(b, "KEN", "TZA", OPP));
	CHECK(stance_count(b) == 2);
	/* a pair that "between" governs stays out */
	CHECK(!stance_has("Kenya condemned the clashes between Uganda and Tanzania on Monday.",
			  "KEN", "TZA", OPP));
}

TEST(extract_actor_binding__mission_owner)
{
	/* the state after "in" hosts the mission; the mission's owner speaks */
	CHECK(stance_only("The Peruvian embassy in Chile strongly condemned Bolivia's border raid.",
			  "PER", "BOL", OPP));
	CHECK(stance_only("Kenya's consulate in Ghana denounced Uganda's new tariffs on Monday.",
			  "KEN", "UGA", OPP));
	CHECK(stance_only("Peruvian embassy in Chile: 'Firmly opposed' to Bolivia's border report\n\n"
			  "The embassy said the report was biased.",
			  "PER", "BOL", OPP));
}

TEST(extract_actor_binding__quote_own_subject)
{
	/* "we" in a quote whose first words name the speaking state */
	CHECK(stance_has("The foreign ministry spoke on Monday.\n\n\"Peru is watching the border "
			 "closely. We condemn Bolivia's raid on the port,\" the statement said.",
			 "PER", "BOL", OPP));
	CHECK(stance_has("\"The Republic of Kenya follows the talks closely. We support all "
			 "efforts by the Ugandan government to protect its sovereignty,\" the "
			 "document states.",
			 "KEN", "UGA", ENT_POLARITY_SUPPORT));
}

TEST(extract_actor_binding__attempt_patient)
{
	/* the state an attempt is done to is no target */
	CHECK(stance_none("Peru condemned attempts to involve the northern region of Chile in the "
			  "border war."));
	CHECK(stance_none("Kenya denounced efforts to isolate Ghana."));
	/* the attempt's agent named: still a target */
	CHECK(stance_only("Peru condemned Bolivia's attempts to isolate Chile.", "PER", "BOL", OPP));
	CHECK(stance_only("Peru condemned attempts by Bolivia to isolate Chile.", "PER", "BOL", OPP));
}

/* The subject of a stance past modals and "continue to": "we will
 * continue to support Y" in a quote is its speaker's state, and so is "his
 * country will continue to support Y" after a titled office. */
TEST(extract_actor_binding__subject_past_modals)
{
	CHECK(stance_only("\"We will continue to support Ghana,\" the Nigerian ambassador said.",
			  "NGA", "GHA", ENT_POLARITY_SUPPORT));
	CHECK(stance_only("\"We will support Ghana,\" the Nigerian ambassador said.", "NGA", "GHA",
			  ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Nigerian ambassador Musa Bello said: \"We will always support Ghana.\"",
			  "NGA", "GHA", ENT_POLARITY_SUPPORT));
	CHECK(stance_only("The Nigerian ambassador attended the ceremony and said his country will "
			  "continue to support Ghana.",
			  "NGA", "GHA", ENT_POLARITY_SUPPORT));
	/* controls: a negation, a wish, no state */
	CHECK(stance_none("\"We will never support Ghana,\" the Nigerian ambassador said."));
	CHECK(stance_none("\"We want to support Ghana,\" the Nigerian ambassador said."));
	CHECK(stance_none("The Nigerian ambassador said his country supports the reforms."));
	CHECK(stance_none("They will continue to support the reforms."));
}

/* "to China's Taiwan region": a state's possessive right before another
 * state's name that ends the phrase claims it; the one claimed is the
 * party.  "Russia's Ukraine war" keeps both. */
TEST(extract_actor_binding__a_claimed_state)
{
	expect_deal("Arms sales by Chile to Peru's Bolivia region angered Lima.", 1, "CHL", "BOL");
	expect_deal("Kenya delivered howitzers to Tanzania's Uganda.", 1, "KEN", "UGA");
	CHECK(stance_has("Ghana's Togo war angered Benin.", "BEN", "GHA", OPP));
}
