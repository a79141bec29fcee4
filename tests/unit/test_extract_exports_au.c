/*
 * test_extract_exports_au.c - deal rules found on the arms-export holdout
 * set au: a state that gets or secures goods of war from another buys them
 * ("Chile gets new frigates from Britain").  Every sentence here was
 * written for these tests.
 */
#include "extract_harness.h"

TEST(extract_exports_au__goods_got_or_secured_from_a_state_are_bought)
{
	expect_deal("Chile gets new frigates from Britain.", 1, "GBR", "CHL");
	expect_deal("Peru has secured from Italy some attack helicopters in recent years.", 1,
		    "ITA", "PER");
	expect_deal("Ghana got four patrol boats from China last year.", 1, "CHN", "GHA");
}

TEST(extract_exports_au__a_contract_got_from_a_state_is_no_purchase_by_the_getter)
{
	/* the deal noun makes the getter the seller's firm, not a buyer */
	expect_deal("Spain secured an order for frigates from Norway.", 1, NULL, "NOR");
	/* no goods of war */
	ent_fact_list *l = run("Chile gets strong support from Britain.", NULL);
	CHECK(l && ndeals(l) == 0);
	if (l)
		ent_fact_list_free(l);
}
