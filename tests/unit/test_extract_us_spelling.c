/*
 * test_extract_us_spelling.c - "U.S" without its last full stop (as some
 * pages print it, "the U.S Department of Defense") names the United
 * States (data/states.tsv).  Every sentence here was written for these
 * tests.
 */
#include "extract_harness.h"

TEST(extract_us_spelling__us_without_its_last_stop_is_the_united_states)
{
	expect_deal("The U.S sold forty tanks to Chile.", 1, "USA", "CHL");
	expect_deal("The U.S Department of Defense agreed to sell forty tanks to Chile.", 1, "USA",
		    "CHL");
}
