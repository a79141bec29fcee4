/*
 * test_extract_supporters_of.c - states that "are (key) supporters
 * (backers) of Y" back Y, each state of the subject, and so do the states
 * "both countries" stands for, even "viewed as" such.  Not when negated,
 * nor the states of the target's own phrase.  Every sentence here was
 * written for these tests (stop 53).
 */
#include "extract_harness.h"

TEST(extract_supporters_of__each_state_of_the_subject_backs)
{
	const char *t =
	    "Peru and Bolivia are key supporters of Chile's campaign against Argentina.";
	CHECK(stance_has(t, "PER", "CHL", ENT_POLARITY_SUPPORT));
	CHECK(stance_has(t, "BOL", "CHL", ENT_POLARITY_SUPPORT));
	CHECK(!stance_has(t, "ARG", "CHL", ENT_POLARITY_SUPPORT));
	CHECK(stance_has("Peru and Bolivia remain staunch backers of Chile.", "BOL", "CHL",
			 ENT_POLARITY_SUPPORT));
}

TEST(extract_supporters_of__a_group_noun_stands_for_the_states_before)
{
	const char *t = "Peru and Bolivia signed a trade pact. Both countries are viewed as key "
			"supporters of Chile's campaign against Argentina.";
	CHECK(stance_has(t, "PER", "CHL", ENT_POLARITY_SUPPORT));
	CHECK(stance_has(t, "BOL", "CHL", ENT_POLARITY_SUPPORT));
	/* a state of the target's phrase is none of the group */
	CHECK(!stance_has("Both countries are viewed as key supporters of Chile's campaign "
			  "against Argentina.",
			  "ARG", "CHL", ENT_POLARITY_SUPPORT));
}

TEST(extract_supporters_of__negated_or_no_subject)
{
	CHECK(!stance_has("Peru and Bolivia are not supporters of Chile.", "PER", "CHL",
			  ENT_POLARITY_SUPPORT));
	CHECK(!stance_has("Peru and Bolivia are no longer backers of Chile.", "PER", "CHL",
			  ENT_POLARITY_SUPPORT));
	CHECK(stance_none("The supporters of Chile gathered in Lima."));
}

/* "X, one of the strongest supporters of Y in the region, condemned ...":
 * the state before the apposition backs Y (stop 54). */
TEST(extract_supporters_of__one_of_them_in_apposition)
{
	CHECK(stance_has("Oman, one of the strongest supporters of Jordan in the Gulf, condemned "
			 "the attack.",
			 "OMN", "JOR", ENT_POLARITY_SUPPORT));
	CHECK(stance_has("Ghana, one of the main backers of Togo, kept silent.", "GHA", "TGO",
			 ENT_POLARITY_SUPPORT));
	/* no state before the comma: none */
	CHECK(stance_none("The vote, one of the key supporters of Jordan said, was close."));
}
