/*
 * test_extract_to_the_state.c - a state named with "the" ("the UAE", "the
 * Philippines") is the object of halted exports, of disappointment and of
 * a refused sale as a bare name is, and so is "the UAE's drills" judged
 * a provocation; "X expected the United States to review the decision"
 * opposes the United States; "the border with Western-backed Y" is a
 * place, as "the border with Y" is; a deed judged may have one word
 * before its noun ("Y's missile test", "Y's new policy").
 * Every sentence here was written for these tests (stop 49).
 */
#include "extract_harness.h"

TEST(extract_to_the_state__halted_exports_to_the_state)
{
	CHECK(stance_only("Norway has halted arms exports to the UAE.", "NOR", "ARE",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Norway has suspended exports of munitions and arms to the United "
			  "Arab Emirates.",
			  "NOR", "ARE", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Norway suspended arms sales to the Philippines.", "NOR", "PHL",
			  ENT_POLARITY_OPPOSE));
	/* control: "the country" names no state here */
	CHECK(stance_none("Norway has halted arms exports to the country."));
}

TEST(extract_to_the_state__disappointment_and_refusal)
{
	CHECK(stance_only("Norway expressed disappointment over the Philippines' vote.", "NOR",
			  "PHL", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Norway refused to sell arms to the Philippines.", "NOR", "PHL",
			 ENT_POLARITY_OPPOSE));
}

TEST(extract_to_the_state__expected_to_review)
{
	CHECK(stance_only("Ankara expected the United States to review the decision.", "TUR",
			  "USA", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Ankara expects Washington to reconsider its decision.", "TUR", "USA",
			  ENT_POLARITY_OPPOSE));
	/* control: expecting a delivery is no opposition */
	CHECK(!stance_has("Ankara expects Washington to deliver the jets.", "TUR", "USA",
			  ENT_POLARITY_OPPOSE));
}

TEST(extract_to_the_state__the_states_deed_judged)
{
	CHECK(stance_only("Norway described the UAE's drills as a provocation.", "NOR", "ARE",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Norway called the Philippines' drills a provocation.", "NOR", "PHL",
			  ENT_POLARITY_OPPOSE));
	/* control: as with a bare name */
	CHECK(stance_only("Norway described Qatar's drills as a provocation.", "NOR", "QAT",
			  ENT_POLARITY_OPPOSE));
}

TEST(extract_to_the_state__a_border_past_a_compound_modifier)
{
	/* "the border with Western-backed Y" is a place, as "the border with
	 * Y" is */
	expect_no_deal("He wanted to buy Russia's S-400 systems with a view to placing them on "
		       "his country's border with Western-backed Georgia.");
	expect_no_deal("He wanted to buy Russia's S-400 systems with a view to placing them on "
		       "his country's border with Georgia.");
}

TEST(extract_to_the_state__a_deed_past_one_word)
{
	CHECK(stance_only("Norway called Qatar's missile test a provocation.", "NOR", "QAT",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Norway described Qatar's recent drills as a threat.", "NOR", "QAT",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Norway called Qatar's new policy a threat.", "NOR", "QAT",
			  ENT_POLARITY_OPPOSE));
	/* control: a person of the state is no deed */
	CHECK(stance_none("Norway called Qatar's defence minister a friend."));
}
