/*
 * test_extract_it_object.c - "it" right after a verb of supply, with goods
 * after it, is the buyer: the other state named before the verb in the
 * sentence, else the first other state of the sentence before in the same
 * paragraph. Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_it_object__it_is_the_other_state_of_the_sentence)
{
	expect_deal("According to reports from Chile, over the years, Sweden has sold it the "
		    "most modern weapons systems, including anti-ship missiles and drones.",
		    1, "SWE", "CHL");
}

TEST(extract_it_object__it_is_the_state_of_the_sentence_before)
{
	expect_deal("Chile is a close partner. Sweden sold it drones in 2019.", 1, "SWE", "CHL");
	/* "it" before "to" is the goods, not the buyer */
	expect_not("Chile is a close partner. Sweden sold it to Peru.", "SWE", "CHL");
	/* the sentence before is in another paragraph */
	expect_deal("Chile is a close partner.\n\nSweden sold it drones in 2019.", 0, NULL, NULL);
}
