/*
 * test_extract_deal_roles.c - who supplies whom, and at what stage, in the
 * plain verbs and nouns of supply: past verbs of supply that state a
 * transfer made ("exported", "provided", "gave").
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_deal_roles__past_verbs_of_supply_state_a_delivery)
{
	CHECK_INT(deal_status("Turkey exported Bayraktar TB2 drones to Ethiopia.", "TUR", "ETH"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("Russia provided S-400 air-defence systems to Turkey in 2019.", "RUS",
			      "TUR"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("Britain gave Ukraine 14 Challenger 2 tanks in 2023.", "GBR", "UKR"),
		  ENT_STATUS_DELIVERED);
	/* announced, not made */
	CHECK_INT(deal_status("Turkey will provide Bayraktar TB2 drones to Ethiopia.", "TUR", "ETH"),
		  ENT_STATUS_REPORTED);
	CHECK_INT(deal_status("Turkey plans to export Bayraktar TB2 drones to Ethiopia.", "TUR", "ETH"),
		  ENT_STATUS_REPORTED);
}
