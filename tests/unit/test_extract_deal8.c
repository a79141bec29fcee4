/*
 * test_extract_deal8.c - deal rules found on the holdout sets: the states
 * listed after a passive of export or adoption ("has been exported to
 * ..., including A and B") are customers of the system the sentence (or,
 * for "It", the sentence before) names, each a deal with its maker.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_deal8__states_a_system_was_exported_to_are_its_makers_customers)
{
	expect_deal("The Gripen has been exported to four nations, including Hungary and "
		 "Thailand.",
		 2, "SWE", "HUN");
	expect_deal("The Gripen has been exported to four nations, including Hungary and "
		 "Thailand.",
		 2, "SWE", "THA");
	expect_deal("The Chunmoo rocket launcher was sold to Poland and Norway.", 2, "KOR", "NOR");
	/* "adopted by" */
	expect_deal("The Leopard 2 has already been adopted by countries such as Chile, Peru "
		 "and Canada.",
		 3, "DEU", "PER");
	/* "used by", after another use by the maker, over "several other
	 * nations, including", to "the" of the last */
	{
		static const char *sup[] = {"USA", "USA", "USA", NULL};
		static const char *rec[] = {"JPN", "ISR", "ARE", NULL};
		expect_deals("The Apache is the main attack helicopter used by the US Army, and is "
			     "also used by several other nations, including Japan, Israel and the "
			     "United Arab Emirates.",
			     3, sup, rec);
	}
	/* "It" is the system of the sentence before */
	expect_deal("The Rafale is a twin-engine fighter built by Dassault. It has been exported "
		 "to three countries so far, including Egypt, Greece and India.",
		 3, "FRA", "GRC");
}

TEST(extract_deal8__export_lists_need_a_passive_a_system_and_a_list_right_after)
{
	/* no system with a maker */
	expect_no_deal("Fighter jets have been exported to Hungary and Thailand.");
	/* a pronoun with no system before */
	expect_no_deal("The ministry met on Monday. It has been exported to Peru and Chile.");
	/* not a list of customers right after the verb */
	expect_no_deal("The Gripen has been adopted by the air force as its main fighter, Hungary "
		 "said.");
	/* negated */
	expect_no_deal("The Gripen has never been exported to Hungary.");
	/* a policy adopted by a state is no purchase */
	expect_no_deal("The Chunmoo doctrine was adopted by Poland in 2020.");
}

/* "(already) in use by A and B", past the maker's own forces (stop 64). */
TEST(extract_deal8__in_use_by)
{
	static const char *const sup2[] = {"CHN", "CHN", NULL}, *const rec2[] = {"SDN", "MMR",
										  NULL};
	expect_deals("The JL-9 is in use by Sudan and Myanmar.", 2, sup2, rec2);
	expect_deal("It is the export version of the JL-9, already in use by China's military "
		    "and the Sudanese armed forces.",
		    1, "CHN", "SDN");
	expect_no_deal("The drones are in use by the army.");
}
