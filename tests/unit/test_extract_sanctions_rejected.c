/*
 * test_extract_sanctions_rejected.c - sanctions "on a key Yn defence
 * agency" oppose Y; a state that condemns "the sanctions" the document
 * told imposed on it opposes their imposer.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_sanctions_rejected__sanctions_on_a_body_of_the_state)
{
	CHECK(stance_only("Canada imposed sanctions on a key Peruvian defence agency.", "CAN", "PER",
			  ENT_POLARITY_OPPOSE));
}

TEST(extract_sanctions_rejected__the_sanctioned_state_opposes_the_imposer)
{
	CHECK(stance_has("Canada imposed sanctions on Peru over the deal. Peru condemned the "
			 "\"unjust\" sanctions.",
			 "PER", "CAN", ENT_POLARITY_OPPOSE));
	/* sanctions on another state: the condemner takes no side against
	 * the imposer by this rule */
	CHECK(!stance_has("Canada imposed sanctions on Chile. Peru condemned the sanctions.", "PER",
			  "CAN", ENT_POLARITY_OPPOSE));
}
