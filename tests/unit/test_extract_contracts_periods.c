/*
 * test_extract_contracts_periods.c - a firm that signs a contract "with Y
 * for supply of" goods sells to Y (a state's organ after "with" buys); a
 * stage told over a period ("between 2013 and 2016", "in 2013-2016") takes
 * no year from the dateline; consultations are talks, no deal; "the
 * two-week exercise" after a drill told is that drill; the Royal Navy and
 * the Royal Air Force are Britain's.
 * Every sentence here was written for these tests (stop 48).
 */
#include "extract_harness.h"

TEST(extract_contracts_periods__a_firm_signs_with_the_buyer_for_supply_of)
{
	expect_deal("Rosoboronexport signed a contract with Laos for supply of six Mi-17 "
		    "helicopters.",
		    1, "RUS", "LAO");
	expect_not("Rosoboronexport signed a contract with Laos for supply of six Mi-17 "
		   "helicopters.",
		   "LAO", "RUS");
	/* a state's organ after "with" buys too */
	expect_deal("Rosoboronexport signed a contract with Laos's Air Force for supply of six "
		    "Mi-17 helicopters.",
		    1, "RUS", "LAO");
	/* control: a state that signs with another for delivery of goods
	 * buys from it, as with an article */
	expect_deal("Ghana signed a contract with Israel for supply of drones.", 1, "ISR", "GHA");
	expect_deal("Ghana signed a contract with Israel for the supply of drones.", 1, "ISR",
		    "GHA");
}

TEST(extract_contracts_periods__a_period_is_no_dateline_year)
{
	CHECK_INT(deal_year("Russia delivered Mi-17s to Laos between 2013 and 2016.",
			    "2019-05-02", "RUS", "LAO"),
		  0);
	CHECK_INT(deal_year("Russia delivered Mi-17s to Laos from 2013 to 2016.", "2019-05-02",
			    "RUS", "LAO"),
		  0);
	CHECK_INT(deal_year("Russia delivered Mi-17s to Laos in 2013-2016.", "2019-05-02", "RUS",
			    "LAO"),
		  0);
	CHECK_INT(deal_year("Russia delivered Mi-17s to Laos in 2013\xe2\x80\x93"
			    "2016.",
			    "2019-05-02", "RUS", "LAO"),
		  0);
	/* control: a stage with no year of its own is of the dateline */
	CHECK_INT(deal_year("Russia delivered Mi-17s to Laos.", "2019-05-02", "RUS", "LAO"), 2019);
	/* a year of its own stands */
	CHECK_INT(deal_year("Russia delivered Mi-17s to Laos in 2015.", "2019-05-02", "RUS", "LAO"),
		  2015);
}

TEST(extract_contracts_periods__consultations_are_talks)
{
	expect_no_deal("Rosoboronexport is holding consultations for supply of Ansat helicopters "
		       "to Laos.");
	/* control: the supply itself is a deal */
	expect_deal("Rosoboronexport will supply Ansat helicopters to Laos.", 1, "RUS", "LAO");
}

TEST(extract_contracts_periods__the_two_week_exercise_is_the_drill_in_play)
{
	ent_fact_list *l = run("Thai and US troops began Cobra Gold 2025 on Tuesday. The two-week "
			       "exercise is being joined by participants from Japan, Singapore and "
			       "Malaysia.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(f && f->nparticipants == 5 && takes_part(f, "JPN") && takes_part(f, "MYS") &&
	      takes_part(f, "THA"));
	ent_fact_list_free(l);
	l = run("Thai and US troops began Cobra Gold 2025 on Tuesday. The 11-day drills are joined "
		"by troops from Japan and Singapore.",
		NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(f && f->nparticipants == 4 && takes_part(f, "SGP"));
	ent_fact_list_free(l);
	/* control: states before the drill word tell a drill of their own */
	l = run("Thai and US troops began Cobra Gold 2025 on Tuesday. India and Japan began the "
		"11-day exercise in Goa.",
		NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 2);
	ent_fact_list_free(l);
	/* and with no drill told before, the sentence tells one */
	CHECK_INT(nexercises_text("India and Japan began the 11-day exercise in Goa."), 1);
}

TEST(extract_contracts_periods__the_royal_navy_is_britains)
{
	ent_fact_list *l = run("Exercise Sea Shield 2025 involves the Royal Navy, the US Navy and "
			       "the Romanian Navy.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && f->nparticipants == 3 && takes_part(f, "GBR") && takes_part(f, "ROU"));
	ent_fact_list_free(l);
	/* the navy of Oman is Oman's */
	l = run("The Royal Navy of Oman and the Indian Navy held the Sea Falcon exercise in 2024.",
		NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && f->nparticipants == 2 && takes_part(f, "OMN") && takes_part(f, "IND") &&
	      !takes_part(f, "GBR"));
	ent_fact_list_free(l);
}
