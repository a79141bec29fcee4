/*
 * test_extract_possession.c - "took possession of" goods is a delivery;
 * "unable to buy" is no purchase, and "from X" after it is no seller of
 * a purchase named before it; funds given are no goods.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_possession__took_possession_is_a_delivery)
{
	CHECK_INT(deal_status("Peru took possession of four S-400 batteries from Russia in 2019.",
			      "RUS", "PER"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_year("Peru took possession of the Russian missiles last year.", "2020-12-15",
			    "RUS", "PER"),
		  2019);
}

/* "took charge of" goods is a delivery as "took possession of" (stop 54);
 * charge of anything else is none. */
TEST(extract_possession__took_charge_of_goods_is_a_delivery)
{
	CHECK_INT(deal_status("Uruguay's air force took charge of three C-130 transports from "
			      "Spain in 2021.",
			      "ESP", "URY"),
		  ENT_STATUS_DELIVERED);
	expect_deal("Peru's navy took charge of a landing ship built in South Korea.", 1, "KOR",
		    "PER");
	expect_no_transfer("Peru took charge of the talks with Chile.");
}

TEST(extract_possession__unable_to_buy_is_no_purchase)
{
	expect_deal("Peru has been unable to buy the jets from Spain.", 0, NULL, NULL);
	expect_deal("Peru was suspended from the programme because of the Russian weapons "
		    "purchase and has been unable to buy the advanced jets from Spain.",
		    0, NULL, NULL);
}

TEST(extract_possession__funds_are_no_goods)
{
	expect_deal("Peru was providing funds to the Chilean defence sector.", 0, NULL, NULL);
}
