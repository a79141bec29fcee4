/*
 * test_extract_agent_after_goods.c - a participle of supply right after
 * its goods, with its agent after "by" ("drones supplied by Turkey"): the
 * agent sells, each state of a list on its own; the state that uses the
 * goods buys; a state that only speaks of them is no party.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_agent_after_goods__the_agent_sells_and_the_user_buys)
{
	expect_deal("Peru relies on patrol boats supplied by South Korea.", 1, "KOR", "PER");
	expect_not("Peru relies on patrol boats supplied by South Korea.", "PER", "KOR");
	expect_deal("Ghana deployed armoured vehicles built and supplied by Turkey in the north.",
		    1, "TUR", "GHA");
}

/* a state that flies the goods uses them (stop 36) */
TEST(extract_agent_after_goods__a_state_that_flies_the_goods_buys)
{
	expect_deal("Peru still flies fighter jets delivered by France.", 1, "FRA", "PER");
}

/* a state that shows off (displays, parades) the goods holds them (stop
 * 59) */
TEST(extract_agent_after_goods__a_state_that_shows_off_the_goods_buys)
{
	expect_deal("Ghana showed off armoured vehicles recently delivered by Peru.", 1, "PER",
		    "GHA");
	expect_deal("Ghana's army paraded drones supplied by Chile.", 1, "CHL", "GHA");
	expect_no_deal("Ghana showed interest in drones made by Chile.");
}

TEST(extract_agent_after_goods__each_agent_of_a_list_sells)
{
	const char *sup[] = {"ISR", "TUR", NULL}, *rec[] = {"AZE", "AZE"};
	expect_deals("Azerbaijan's spring offensive involving artillery and drones, mostly "
		     "supplied by Israel and Turkey, lasted a day.",
		     2, sup, rec);
	expect_not("Azerbaijan's spring offensive involving artillery and drones, mostly "
		   "supplied by Israel and Turkey, lasted a day.",
		   "ISR", "TUR");
}

TEST(extract_agent_after_goods__a_state_that_speaks_of_the_goods_buys_none)
{
	expect_deal("Chile condemned the use of drones supplied by Iran.", 0, NULL, NULL);
	expect_deal("Chile criticised drones supplied by Iran.", 0, NULL, NULL);
}

/* "the boats donated by Y to Z": the state after the agent's "to"
 * receives, each of a list after "including" (stop 46); not a place after
 * "to fight in" */
TEST(extract_agent_after_goods__the_state_after_the_agent_to_buys)
{
	const char *sup[] = {"AUS", "AUS", "AUS", NULL}, *rec[] = {"FJI", "TON", "WSM"};
	expect_deal("The patrol boats donated by Australia to Fiji are old.", 1, "AUS", "FJI");
	expect_deals("New ships will replace the 22 patrol boats donated by Australia to "
		     "regional navies including Fiji, Tonga and Samoa in the 1990s.",
		     3, sup, rec);
	expect_not("The rifles supplied by Russia to fight in Ukraine were old.", "RUS", "UKR");
	expect_deal("Chile criticised drones supplied by Iran to the region.", 0, NULL, NULL);
}

/* "were supplied to Y by A and B", "donated by A, B and C to Y": each
 * state of the list after the passive's "by" gives, a deal of its own, as
 * after a participle (stop 47). */
TEST(extract_agent_after_goods__a_list_of_agents_after_a_passive)
{
	const char *two[] = {"POL", "CZE", NULL}, *two_to[] = {"UKR", "UKR"};
	const char *three[] = {"DNK", "NOR", "NLD", NULL}, *three_to[] = {"UKR", "UKR", "UKR"};
	expect_deals("The tanks were supplied to Ukraine by Poland and the Czech Republic in 2022.",
		     2, two, two_to);
	expect_deals("The jets were donated by Denmark, Norway and the Netherlands to Ukraine in "
		     "2024.",
		     3, three, three_to);
	/* control: a clause after "and" is no agent */
	expect_deal("The drones were supplied by Iran and used by Russia.", 1, "IRN", "RUS");
}
