/*
 * test_extract_sales_total.c - "approved $3 billion of possible arms sales
 * to A": a deal of no goods, stated with plural "sales" or a total, worth
 * more than a deal with goods between the same parties the text also
 * states, is their sum and no deal of its own (extract.c sales_total).
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_sales_total__a_sum_of_sales_is_no_deal_of_its_own)
{
	expect_deal("The State Department approved $3 billion of possible arms sales to Jordan. "
		    "Jordan was cleared to buy F-16 fighters from the United States for $2 billion.",
		    1, "USA", "JOR");
	expect_deal("Washington approved possible sales to Jordan totaling $3 billion. Jordan was "
		    "cleared to buy F-16 fighters from the United States for $2 billion.",
		    1, "USA", "JOR");
}

TEST(extract_sales_total__a_priced_deal_with_no_parts_stays)
{
	/* no deal with goods below it */
	expect_deal("The State Department approved $3 billion of possible arms sales to Jordan.",
		    1, "USA", "JOR");
	/* the deal with goods is worth more: no sum of it */
	{
		const char *sup[] = {"USA", "USA", NULL}, *rec[] = {"JOR", "JOR", NULL};
		expect_deals("The State Department approved $3 billion of possible arms sales to "
			     "Jordan. Jordan was cleared to buy F-16 fighters from the United "
			     "States for $5 billion.",
			     2, sup, rec);
	}
}
