/*
 * test_extract_generic_customers.c - "The system has (also) been sold to A
 * and B": a subject of "the/this" and a generic word for goods means the
 * system the sentence before names, as "It" does, and its maker sells to
 * each state listed (frames_deal.c generic_subject in rule_customers).
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_generic_customers__the_system_sold_to_a_list_is_the_one_before)
{
	const char *sup[] = {"KOR", "KOR", "KOR", NULL}, *rec[] = {"POL", "NOR", "EST", NULL};
	expect_deals("Poland ordered K9 howitzers in 2022. The system has also been sold to "
		     "Norway and Estonia.",
		     3, sup, rec);
	/* a generic weapon word as the subject */
	expect_deals("Poland ordered K9 howitzers in 2022. The howitzer has been exported to "
		     "Norway and Estonia.",
		     3, sup, rec);
}

TEST(extract_generic_customers__only_a_short_generic_subject_and_a_state_list)
{
	/* a named subject of its own is no reference back */
	expect_deal("Poland ordered K9 howitzers in 2022. The Polish army has been sold to "
		    "nobody.",
		    1, "KOR", "POL");
	/* no state after "to" */
	expect_deal("Poland ordered K9 howitzers in 2022. The system was sold to the army on "
		    "credit.",
		    1, "KOR", "POL");
	/* not a word for goods */
	expect_deal("Poland ordered K9 howitzers in 2022. The idea has been sold to Norway and "
		    "Estonia.",
		    1, "KOR", "POL");
}
