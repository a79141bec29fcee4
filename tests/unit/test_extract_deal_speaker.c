/*
 * test_extract_deal_speaker.c - a state named as the speaker's after a
 * list of buyers is none of them ("a deal with Y, Z's president said"), on
 * sentences written for these tests (none quotes an article).
 */
#include "extract_harness.h"

TEST(extract_deal_speaker__possessive_ends_list)
{
	ent_fact_list *l = run("Kenya reached a deal with Uganda, Ghana's president said.", NULL);
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK(find_deal(l, "KEN", "GHA") == NULL);
	ent_fact_list_free(l);
	/* a plain list still makes each state a buyer */
	{
		const char *sup[] = {"FRA", "FRA", NULL}, *rec[] = {"EGY", "GRC", NULL};
		expect_deals("France confirmed sales of the Rafale to Egypt and Greece.", 2, sup, rec);
	}
}

/* The giver named through its leader: "Norwegian Prime Minister Jonas
 * Store confirmed that his country would provide Y with F-16s" (a
 * demonym before a title), "Norway's prime minister has also pledged to
 * provide Y with IRIS-T missiles" (past "pledged to"): Norway gives, not
 * the maker of the goods. */
TEST(extract_deal_speaker__a_leader_s_country_gives)
{
	expect_deal("Norwegian Prime Minister Jonas Gahr Store confirmed that his country would "
		    "provide Ukraine with F-16 fighter jets.",
		    1, "NOR", "UKR");
	expect_deal("Norway's prime minister has also pledged to provide Ukrainian forces with "
		    "IRIS-T anti-aircraft missiles.",
		    1, "NOR", "UKR");
	expect_deal("Peru's president said on Monday that his country will sell patrol boats to "
		    "Ecuador.",
		    1, "PER", "ECU");
}

/* "it / they" after "X said (on) Tuesday that" is X, past actor_before's
 * reach; "supply" after a modal ("It will supply", "it would supply") is
 * a verb whose pronoun subject sells, not the maker of the goods (stop
 * 39). */
TEST(extract_deal_speaker__it_after_said_and_a_modal)
{
	expect_deal("Norway's defence ministry said Tuesday that it was selling 24 used F-16 "
		    "fighter jets to Peru.",
		    1, "NOR", "PER");
	expect_deal("Norway said that it would supply 24 used F-16 fighter jets to Peru.", 1, "NOR",
		    "PER");
	expect_deal("China is a close ally of Kenya. It will supply two frigates to Kenya.", 1,
		    "CHN", "KEN");
	/* a noun of supply keeps its own determiner's rule */
	expect_deal("China signed a deal for the supply of two frigates to Kenya.", 1, "CHN",
		    "KEN");
}

/* "Spain blocks arms sales to A, B", "blocking arms exports to A and B",
 * "issued a temporary pause to arms sales to A and B": sales stopped, no
 * buyer of each (stop 47). */
TEST(extract_deal_speaker__sales_blocked_to_a_list_are_none)
{
	const char *sup[] = {"FRA", "FRA", NULL}, *rec[] = {"EGY", "GRC", NULL};
	ent_fact_list *l = run("Spain has joined a number of countries blocking arms exports to "
			       "Egypt and Libya over the war.",
			       NULL);
	CHECK(l && ndeals(l) == 0);
	ent_fact_list_free(l);
	l = run("Earlier this week, the Spanish premier also issued a temporary pause to arms sales "
		"to Egypt and Libya as his government reviewed the exports.",
		NULL);
	CHECK(l && ndeals(l) == 0);
	ent_fact_list_free(l);
	/* control: sales told, not stopped */
	expect_deals("France confirmed sales of the Rafale to Egypt and Greece.", 2, sup, rec);
}
