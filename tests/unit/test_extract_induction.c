/*
 * test_extract_induction.c - goods of a known maker taken into a state's
 * forces ("the induction / commissioning of a Yn-origin system into the X
 * Army") are a delivery from the maker to X (deal.induction_into); "Xn
 * forces showcased their Y-made jets" owns goods of Y's make like "X
 * showcased its Y-made jets" (supply.owned_made). Every sentence here was
 * written for these tests.
 */
#include "extract_harness.h"

TEST(extract_induction__commissioning_into_a_state_s_forces)
{
	expect_deal("The ceremony marked the commissioning of a Swedish-origin coastal radar "
		    "system, the Giraffe 4A, into the Chilean Navy in 2022.",
		    1, "SWE", "CHL");
	CHECK(deal_status("The admiral welcomed the induction of the Spanish-built patrol boat "
			  "into the Peruvian Navy.",
			  "ESP", "PER") == ENT_STATUS_DELIVERED);
	CHECK(deal_year("The ceremony marked the commissioning of a Swedish-origin coastal radar "
			"system into the Chilean Navy in 2022.",
			NULL, "SWE", "CHL") == 2022);
	/* no goods of a known maker: no deal */
	expect_no_deal("The induction of new recruits into the Chilean Army continued.");
}

TEST(extract_induction__forces_that_own_goods_of_another_make)
{
	expect_deal("Chilean forces showcased their US-made F-16 fighter fleet at the parade.", 1,
		    "USA", "CHL");
	/* their own make: no tie */
	expect_no_deal("Chilean forces showcased their Chilean-made patrol boats at the parade.");
}
