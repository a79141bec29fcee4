/*
 * test_extract_false_facts2.c - sentences that must give no fact, the
 * second pass: civil vehicles and craft, firms bought as objects, claims
 * called false, observers of others' drills.  Every sentence here was
 * written for these tests.
 */
#include "extract_harness.h"

TEST(extract_false_facts2__civil_vehicles_and_craft_are_no_goods_of_a_deal)
{
	expect_no_transfer("Germany sold 40,000 cars to Mexico last year.");
	expect_no_transfer("Spain sold 12 commercial airliners to Peru.");
	expect_no_transfer("India sold 12 passenger planes to Nepal in 2020.");
	expect_no_transfer("Boeing sold 50 passenger jets to an airline of Indonesia.");
	expect_no_transfer("Brazil's Embraer sold ten regional jets to a Kenyan carrier.");
	expect_no_transfer("Russia sold civilian helicopters to a Peruvian tourism firm.");
	/* "armoured cars" and a weapon beside the civil craft stay goods */
	expect_deal("France sold 40 armoured cars to Chad.", 1, "FRA", "TCD");
	expect_deal("Russia sold civilian helicopters and 10 Mi-35 gunships to Peru.", 1, "RUS",
		    "PER");
}

TEST(extract_false_facts2__a_firm_bought_is_no_goods)
{
	expect_no_transfer("Rheinmetall bought a Hungarian firm for 120 million euros.");
	expect_no_transfer("Kenya bought a Turkish shipyard for $50 million.");
	/* a firm after "from" is the seller */
	expect_deal("Poland bought 20 tanks from a South Korean firm.", 1, "KOR", "POL");
}

TEST(extract_false_facts2__a_transfer_in_claims_called_false_is_none)
{
	expect_no_transfer("Reports that Ukraine sold missiles to Sudan are false, the ministry "
			   "said.");
	expect_no_transfer("Claims that Belarus supplied tanks to Myanmar were refuted by Minsk.");
	expect_no_transfer("The ministry said that reports of an Indian sale of BrahMos missiles "
			   "to Vietnam were baseless.");
	expect_no_transfer("Claims that Egypt bought J-10 fighters from China are completely "
			   "unfounded.");
	/* confirmed claims, and a transfer stated before the claim noun */
	expect_deal("Reports that Chile bought 12 F-16 jets from the Netherlands were confirmed "
		    "by Santiago.",
		    1, "NLD", "CHL");
	expect_deal("Poland bought 48 K9 howitzers from South Korea, reports that were wrong "
		    "about the price said.",
		    1, "KOR", "POL");
}
