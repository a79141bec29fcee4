/*
 * test_extract_consortium_origin.c - the seller of goods made by groups
 * spread over several states: the group alone ("KNDS", "MBDA") names no
 * home (data/firms.tsv lists only its national arms), so the goods' own
 * maker state (data/weapons.tsv origin) is the seller, and a national arm
 * ("MBDA Deutschland") names its own state.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_consortium_origin__a_group_alone_gives_way_to_the_state_of_the_goods)
{
	/* a German tank bought from the group is German, a French howitzer French */
	expect_deal("Hungary ordered 44 Leopard 2 tanks from KNDS.", 1, "DEU", "HUN");
	expect_deal("The Dutch army will buy nine Caesar howitzers from KNDS.", 1, "FRA", "NLD");
	/* a British missile bought from the missile group is British */
	expect_deal("Qatar signed a contract with MBDA for Storm Shadow missiles.", 1, "GBR",
		    "QAT");
}

TEST(extract_consortium_origin__a_national_arm_of_a_group_names_its_state)
{
	expect_deal("Spain ordered new missiles from MBDA Deutschland.", 1, "DEU", "ESP");
	expect_deal("Greece ordered spare parts for its tanks from KNDS Deutschland.", 1, "DEU",
		    "GRC");
}

/* A subsidiary named by its short form ("BAE Hägglunds", "BAE Bofors") is
 * the Swedish arm, not the British group: the longer name wins (stop 62;
 * sl/002 had Britain sell Sweden its own CV90s). */
TEST(extract_consortium_origin__a_subsidiary_s_short_name)
{
	expect_deal("Norway ordered 20 combat vehicles from BAE Hägglunds.", 1, "SWE", "NOR");
	expect_deal("Latvia signed a contract with BAE Bofors for Archer howitzers.", 1, "SWE",
		    "LVA");
	expect_no_deal("Sweden has ordered a secret number of BAE Hägglunds combat vehicles.");
	/* control: the group alone is British */
	expect_deal("Norway ordered 20 combat vehicles from BAE Systems.", 1, "GBR", "NOR");
}
