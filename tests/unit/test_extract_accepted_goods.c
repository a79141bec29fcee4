/*
 * test_extract_accepted_goods.c - goods a state "accepted from" another
 * were handed over: a deal delivered.  An offer, a proposal or a deal
 * accepted is no delivery.  Every sentence here was written for these
 * tests (stop 52).
 */
#include "extract_harness.h"

TEST(extract_accepted_goods__goods_accepted_from_a_state)
{
	CHECK_INT(deal_status("Peru's navy accepted six patrol boats from Chile.", "CHL", "PER"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_year("Peru accepted six patrol boats from Chile in 2019.", "2020-01-01",
			    "CHL", "PER"),
		  2019);
}

TEST(extract_accepted_goods__terms_accepted)
{
	expect_no_transfer("Peru accepted an offer from Chile for six patrol boats.");
	CHECK(deal_status("Peru accepted a deal from Chile for six patrol boats.", "CHL", "PER") !=
	      ENT_STATUS_DELIVERED);
	expect_no_transfer("Peru accepted the resignation of the minister from Chile.");
	/* terms accepted leave a later verb of taking its goods */
	expect_deal("Peru accepted an offer from Chile and leased a submarine from Bolivia.", 1,
		    "BOL", "PER");
}
