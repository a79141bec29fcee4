/*
 * test_extract_stance_lifts_moves.c - stances of acts told in a few more
 * shapes: "a move X has protested" after a clause (X opposes its
 * subject); "called on Y to reassess (rethink, revoke, rescind)" (the
 * caller opposes Y); "decided to lift the U.S. embargo on defence
 * articles in Y" (support, and the lifted embargo is no stance against
 * Y); "protested the offer" (the critic opposes the seller of the deal
 * told before); the demonym on an embassy that opens the sentence
 * speaks for the clauses joined by "and".  Every sentence here was
 * written for these tests (stop 46).
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE
#define SUP ENT_POLARITY_SUPPORT

TEST(extract_stance_lifts_moves__a_move_x_has_protested)
{
	CHECK(stance_only("Peru has imposed a ban on fishing in the bay, a move Chile has "
			  "protested.",
			  "CHL", "PER", OPP));
	CHECK(stance_only("Peru has imposed a ban on fishing in the bay, a move Chile "
			  "protested.",
			  "CHL", "PER", OPP));
	CHECK(stance_none("Peru has imposed a ban on fishing in the bay, a move Chile has not "
			  "protested."));
}

TEST(extract_stance_lifts_moves__called_on_to_reassess)
{
	CHECK(stance_only("Lima also called on Santiago to reassess the decision.", "PER", "CHL",
			  OPP));
	CHECK(stance_only("Peru urged Chile to rethink the purchase.", "PER", "CHL", OPP));
	CHECK(stance_none("Peru called on Chile to buy more ships."));
}

TEST(extract_stance_lifts_moves__lifting_an_embargo)
{
	CHECK(stance_only("Kenya has decided to lift the Kenyan embargo on non-lethal defence "
			  "articles in Ghana.",
			  "KEN", "GHA", SUP));
	CHECK(stance_only("Kenya decided to lift its arms embargo on Ghana.", "KEN", "GHA", SUP));
	CHECK(stance_only("Kenya lifted the Kenyan embargo on Ghana.", "KEN", "GHA", SUP));
	/* refused, or no lifting: the embargo stands against Ghana */
	CHECK(stance_none("Kenya refused to lift its arms embargo on Ghana."));
	CHECK(stance_only("The Kenyan embargo on Ghana remains.", "KEN", "GHA", OPP));
}

TEST(extract_stance_lifts_moves__protested_the_offer)
{
	ent_fact_list *l = run("South Korea agreed to sell a Pohang-class corvette to Peru in "
			       "2017.\n\nChile back then protested the offer.\n",
			       NULL);
	CHECK(l && has_stance(l, "CHL", "KOR", OPP));
	ent_fact_list_free(l);
	/* no deal told before: no one to oppose */
	l = run("Chile back then protested the offer.\n", NULL);
	CHECK(l && count(l, ENT_FACT_STANCE) == 0);
	ent_fact_list_free(l);
}

/* "The American Embassy in X reiterated ... and called on Y to abandon":
 * the demonym on the embassy opening the sentence is the caller, not a
 * demonym nearer the verb (stop 46) */
TEST(extract_stance_lifts_moves__embassy_opening_the_sentence_calls)
{
	static const char *text = "The Peruvian Embassy in Chile reiterated on May 5 that it is "
				  "concerned that Chile is acquiring Russian military equipment "
				  "and called on Santiago to abandon the deal.";
	CHECK(stance_has(text, "PER", "CHL", OPP));
	CHECK(!stance_has(text, "RUS", "CHL", OPP));
}
