/*
 * test_extract_orders_placed_by.c - orders placed by a list of states
 * ("orders for the Su-35 have been placed by A, B and, according to some
 * reports, C") are each one's order from the maker of the system named;
 * a clause after the list ("..., D has emerged as") is no member; a
 * future placing is no order yet. Every sentence here was written for
 * these tests.
 */
#include "extract_harness.h"

TEST(extract_orders_placed_by__each_state_of_the_list_orders)
{
	const char *sup[] = {"RUS", "RUS", "RUS", NULL}, *rec[] = {"PER", "CHL", "BOL"};
	const char *t = "With orders for the Su-35 having already been placed by Peru, Chile and, "
			"according to some reports, Bolivia, Ecuador has emerged as one of the first "
			"clients for the new jets.";
	expect_deals(t, 3, sup, rec);
	expect_not(t, "PER", "CHL");
	CHECK_INT(deal_status(t, "RUS", "CHL"), ENT_STATUS_ORDERED);
}

TEST(extract_orders_placed_by__a_future_placing_is_reported)
{
	CHECK_INT(deal_status("Orders for the Su-35 will be placed by Peru and Chile.", "RUS",
			      "CHL"),
		  ENT_STATUS_REPORTED);
}
