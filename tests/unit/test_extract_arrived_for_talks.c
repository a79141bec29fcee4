/*
 * test_extract_arrived_for_talks.c - a person who arrived somewhere to
 * discuss deals states no delivery: the talks stay talks.  Goods that
 * arrived still do.  Every sentence here was written for these tests
 * (stop 52).
 */
#include "extract_harness.h"

TEST(extract_arrived_for_talks__a_person_arrived)
{
	expect_no_deal("Chile's defence minister arrived in Lima on Monday to discuss deals for "
		       "Chilean patrol boats.");
	expect_no_deal("The delegation arrived in Lima for talks on a deal for Chilean patrol "
		       "boats.");
	expect_no_deal("He had arrived in Lima to negotiate a contract for Chilean patrol boats.");
	/* as without the arrival */
	expect_no_deal("Chile's defence minister travelled to Lima to discuss deals for Chilean "
		       "patrol boats.");
}

TEST(extract_arrived_for_talks__goods_arrived)
{
	/* the talks are on more boats; the first ones arrived: a delivery */
	CHECK(ndeals_text("Peru is in talks on a deal for more Chilean patrol boats; the first "
			  "ones arrived in Callao in May.") == 1);
	CHECK(ndeals_text("Peru is discussing a deal for more Chilean patrol boats after the "
			  "first two arrived in Callao in May.") == 1);
}
