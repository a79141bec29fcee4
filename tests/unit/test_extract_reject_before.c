/*
 * test_extract_reject_before.c - "X rejected the accusation" with no
 * accuser after the noun: the state whose words the sentence before tells
 * (in the same paragraph) is the one X opposes. A quotation closed right
 * after its full stop ends the sentence ('... "an act of aggression."
 * Chile rejected ...'). Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_reject_before__the_accuser_of_the_sentence_before)
{
	CHECK(stance_has("Peruvian President Ana Rojas termed the raid \"an act of aggression.\" "
			 "Chile's foreign ministry strongly rejected the accusation.",
			 "CHL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Peru said Chile armed the rebels. Chile rejected the claims.", "CHL",
			 "PER", ENT_POLARITY_OPPOSE));
}

TEST(extract_reject_before__no_words_before_no_accuser)
{
	CHECK(!stance_has("Peru held talks with Chile. Bolivia rejected the claims.", "BOL", "PER",
			  ENT_POLARITY_OPPOSE));
	/* another paragraph */
	CHECK(!stance_has("Peru said Chile armed the rebels.\n\nChile rejected the claims.", "CHL",
			  "PER", ENT_POLARITY_OPPOSE));
}
