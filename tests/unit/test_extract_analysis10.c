/*
 * test_extract_analysis10.c - rules of the tenth round for long analytic
 * prose, on sentences written for these tests (none quotes an article): a
 * recipient after "to the" is no subject of a later word of transfer, rules
 * about exports ("export ban", "export criteria") and stopped transfers
 * ("suspending arms sales") are no deals unless the stop is reversed, a
 * colon before a capital opens a clause of its own, "it continues to buy"
 * is the state before, a deal called off in a "before/until" clause is
 * none, and the base form "back" after a plural subject is a verb of
 * support.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT

TEST(extract_analysis10__party_over_the)
{
	expect_deal("Norway sold four patrol boats to the Philippines despite export rules.", 1, "NOR",
		    "PHL");
	expect_deal("Norway sold four patrol boats to the Netherlands under strict export criteria.", 1,
		    "NOR", "NLD");
}

TEST(extract_analysis10__export_rules_and_stops)
{
	/* a rule about exports names no supplier */
	expect_deal("Despite the Danish export ban, Norway sold four patrol boats to Kenya.", 1,
		    "NOR", "KEN");
	expect_deal("The Danish move to lift an export ban was not new: In 2017, Norway sold "
		    "four patrol boats to Kenya.",
		    1, "NOR", "KEN");
	/* the clause after the colon keeps its own year */
	CHECK_INT(deal_year("Danish exports grew: In 2017, Norway sold four patrol boats to Kenya.",
			    NULL, "NOR", "KEN"),
		  2017);
	/* a transfer stopped is none; a stop taken back is no stop */
	expect_deal("The row ended with Canada suspending arms sales to Peru.", 0, NULL, NULL);
	expect_deal("In 2016, Norway reversed its decision to halt the shipment of shells to Kenya.",
		    1, "NOR", "KEN");
}

TEST(extract_analysis10__pronoun_continues)
{
	const char *const sup[] = {"RUS", "BLR", "TUR", NULL};
	const char *const rec[] = {"GHA", "GHA", "GHA", NULL};
	expect_deals("Ghana is a big buyer. Despite the criticism, it continues to buy "
		     "weapons from Russia, Belarus and Turkey.",
		     3, sup, rec);
}

TEST(extract_analysis10__called_off_before)
{
	expect_deal("The Su-35 jets were reportedly intended for sale to Peru before the country "
		    "cancelled.",
		    0, NULL, NULL);
	expect_deal("Russia planned to sell MiG-29 jets to Peru before Lima cancelled the deal.", 0,
		    NULL, NULL);
	/* goods delivered stay */
	expect_deal("Russia delivered tanks to Peru before Lima cancelled the order.", 1, "RUS",
		    "PER");
}

TEST(extract_analysis10__plural_back)
{
	CHECK(stance_has("Peru and Chile back Bolivia in the border dispute.", "PER", "BOL", SUP));
	CHECK(stance_has("Peru and Chile back Bolivia in the border dispute.", "CHL", "BOL", SUP));
	CHECK(stance_has("Kenya and other African states back Uganda on the dam.", "KEN", "UGA",
			 SUP));
	CHECK(stance_has("Peru and Chile, both of which back Bolivia, met in Lima.", "CHL", "BOL",
			 SUP));
	/* no state after the verb, or no plural subject: no stance */
	CHECK(stance_none("Peru and Chile back the plan."));
	CHECK(stance_none("The troops came back Monday."));
}

TEST(extract_analysis10__fronted_despite)
{
	/* the word of transfer inside "Despite ...," is background */
	const char *const sup[] = {"RUS", "ISR", "TUR", NULL};
	const char *const rec[] = {"GHA", "GHA", "GHA", NULL};
	expect_deals("Ghana is a big buyer. Despite Kenya's unease over Uganda's arms purchases, "
		     "it continues to buy weapons from Russia, Israel and Turkey.",
		     3, sup, rec);
}

TEST(extract_analysis10__rival_model)
{
	/* a rival model named after the goods is no item of another seller */
	ent_fact_list *l;
	expect_deal("Peru has signed a contract with France for the purchase of 12 Rafale jets, in "
		    "another success for the French aircraft against its competitors such as the "
		    "Russian Su-35.",
		    1, "FRA", "PER");
	/* the rival is no item of the deal either */
	l = run("Peru signed a contract with France for 12 Rafale jets, beating rivals like the "
		"Swedish Gripen.",
		NULL);
	CHECK(l != NULL);
	if (l) {
		CHECK(find_deal(l, "FRA", "PER") != NULL);
		if (find_deal(l, "FRA", "PER"))
			CHECK_INT(find_deal(l, "FRA", "PER")->nitems, 1);
		ent_fact_list_free(l);
	}
}

TEST(extract_analysis10__call_on_group_member)
{
	CHECK(stance_has("Kenya called on nations, including Uganda, to refrain from selling arms "
			 "to Sudan.",
			 "KEN", "UGA", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Kenya urged countries such as Uganda to abstain from arming Sudan.", "KEN",
			 "UGA", ENT_POLARITY_OPPOSE));
	/* a call to talk is no stance */
	CHECK(stance_none("Kenya called on nations, including Uganda, to talk."));
}

TEST(extract_analysis10__plural_people)
{
	/* "the Saudis", "the Kenyans": the people's plural stands for the state */
	expect_deal("The Saudis bought tanks from France.", 1, "FRA", "SAU");
	CHECK(stance_has("The Kenyans condemned Uganda's raid.", "KEN", "UGA",
			 ENT_POLARITY_OPPOSE));
}

TEST(extract_analysis10__intended_relative)
{
	/* whom the goods were first meant for is no party */
	expect_deal("Norway agreed to sell Kenya the frigate Troll, which was intended for the "
		    "Danish navy.",
		    1, "NOR", "KEN");
	expect_deal("Russia sold Peru the Su-35 jets, which were originally meant for Chile.", 1,
		    "RUS", "PER");
}
