/*
 * test_extract_added_to_arsenal.c - goods of a known maker added to the
 * subject's arsenal, fleet or inventory arrived from that maker; goods of
 * no known maker name no seller. Every sentence here was written for
 * these tests.
 */
#include "extract_harness.h"

TEST(extract_added_to_arsenal__goods_added_came_from_their_maker)
{
	expect_deal("Peru added 12 Russian helicopters to its fleet in 2019.", 1, "RUS", "PER");
	CHECK_INT(deal_status("Peru added 12 Russian helicopters to its fleet in 2019.", "RUS",
			      "PER"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("Bolivia reportedly followed suit in April 2022, adding Bayraktar "
			      "drones to its own arsenal.",
			      "TUR", "BOL"),
		  ENT_STATUS_REPORTED);
}

TEST(extract_added_to_arsenal__goods_of_no_known_maker)
{
	expect_deal("Peru added 12 helicopters to its fleet in 2019.", 0, NULL, NULL);
}

/* "adds Yn jets to air force fleet", "to its naval inventory": words of a
 * service before the noun of holdings */
TEST(extract_added_to_arsenal__a_service_s_fleet)
{
	expect_deal("Chile adds next-generation Swedish Gripen jets to air force fleet", 1, "SWE",
		    "CHL");
	expect_deal("Chile added two Spanish corvettes to its naval inventory in 2022.", 1, "ESP",
		    "CHL");
}
