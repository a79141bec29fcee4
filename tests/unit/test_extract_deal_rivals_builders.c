/*
 * test_extract_deal_rivals_builders.c - a maker named after "competition
 * (notably) from" is a rival bidder, no seller; a state "dropped from" a
 * programme over a purchase calls no deal off; a yard "constructing" goods
 * for a state has a contract with it; a state that "equipped
 * (replenished) its fleet with" goods of another's make holds them; goods
 * received "under Japan's aid programme" are Japan's.
 * Every sentence here was written for these tests (stop 46).
 */
#include "extract_harness.h"

TEST(extract_deal_rivals_builders__a_rival_bidder_sells_nothing)
{
	expect_deal("Chile decided to buy the Belharra frigates, against competition notably "
		    "from the American group Lockheed Martin.",
		    1, "FRA", "CHL");
	expect_not("Chile decided to buy the Belharra frigates, against competition notably "
		   "from the American group Lockheed Martin.",
		   "USA", "CHL");
	expect_not("Chile decided to buy the Belharra frigates, against competition from "
		   "Lockheed Martin.",
		   "USA", "CHL");
	/* control: the maker after a plain "from" sells */
	expect_deal("Chile decided to buy the frigates from Lockheed Martin.", 1, "USA", "CHL");
}

TEST(extract_deal_rivals_builders__dropped_from_a_programme)
{
	expect_deal("Peru was dropped from the F-35 programme over its decision to buy S-400 "
		    "systems from Russia.",
		    1, "RUS", "PER");
	/* control: a deal dropped is called off */
	expect_deal("The deal for S-400 systems from Russia was dropped by Peru.", 0, NULL, NULL);
}

TEST(extract_deal_rivals_builders__constructing_for)
{
	expect_deal("The Spanish shipyard Cardama began constructing the first of two patrol "
		    "vessels (OPVs) for the Peruvian Navy.",
		    1, "ESP", "PER");
	expect_deal("Spain is constructing two frigates for Peru.", 1, "ESP", "PER");
	expect_deal("Spain is not constructing two frigates for Peru.", 0, NULL, NULL);
}

TEST(extract_deal_rivals_builders__equipped_with_goods_of_a_make)
{
	const char *sup[] = {"TUR", "ISR", NULL}, *rec[] = {"PER", "PER"};
	expect_deal("Peru equipped its navy with Israeli Barak-8 missiles.", 1, "ISR", "PER");
	expect_deals("Peru replenished its drone fleet with Turkish Bayraktar TB2 drones and "
		     "Israeli Harop drones.",
		     2, sup, rec);
	/* no maker named, or negated: no tie */
	expect_deal("Peru equipped its navy with new radars.", 0, NULL, NULL);
	expect_deal("Peru has not equipped its navy with Israeli Barak-8 missiles.", 0, NULL,
		    NULL);
}

/* "is due to receive five radars under Japan's Official Security
 * Assistance framework": the owner of the programme of aid gives (stop
 * 46) */
TEST(extract_deal_rivals_builders__under_a_states_programme)
{
	expect_deal("Peru is due to receive five radars under Japan's new Official Security "
		    "Assistance framework.",
		    1, "JPN", "PER");
	expect_deal("Peru received two patrol boats under Japan's aid programme.", 1, "JPN",
		    "PER");
	/* no programme: no giver */
	expect_deal("Peru received two patrol boats under Japan's watch.", 0, NULL, NULL);
}
