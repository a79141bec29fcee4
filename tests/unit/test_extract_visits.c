/*
 * test_extract_visits.c - rules found on the holdout set of defence visits
 * and joint statements: "gets/got <goods> from X" is a purchase from X.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_visits__gets_goods_from_a_state_is_a_purchase)
{
	expect_deal("Officials said Chile gets six frigates from Norway under the plan.", 1, "NOR",
		    "CHL");
	expect_deal("Last year Kenya got ten armoured vehicles from Turkey.", 1, "TUR", "KEN");
	/* a thing that is no goods is no purchase */
	expect_deal("Kenya got strong backing from Turkey at the summit.", 0, NULL, NULL);
}

TEST(extract_visits__gets_goods_from_the_state)
{
	/* the seller after "from the" */
	expect_deal("Officials hope that Peru gets new patrol boats from the United States soon.", 1,
		    "USA", "PER");
}
