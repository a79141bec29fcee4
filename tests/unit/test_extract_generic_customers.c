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

/* "The exports have been carried out to countries that include A, B and
 * C": a list of customers holds no seller; a seller named outside the
 * list still sells to each (stop 65). */
TEST(extract_generic_customers__a_list_of_customers_holds_no_seller)
{
	static const char *const sup[] = {"CHN", "CHN", NULL}, *const rec[] = {"PER", "CHL",
										NULL};
	expect_no_transfer("The exports have been carried out to countries that include Peru, "
			   "Chile, Ecuador and Bolivia.");
	expect_deals("China has exported frigates to countries such as Peru and Chile.", 2, sup,
		     rec);
	expect_deal("Chile sold frigates to nations including Peru.", 1, "CHL", "PER");
}
