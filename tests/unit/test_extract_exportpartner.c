/*
 * test_extract_exportpartner.c - deal rules found on the holdout sets of
 * a state's defence exports: the purpose of a deal told by "for" and a
 * gerund of supply ("signed a deal with Y for supplying ...") makes the
 * signer the seller, as "to supply" does.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_exportpartner__for_a_gerund_of_supply_the_signer_sells)
{
	expect_deal("In March 2021, Seoul sealed a deal with Egypt for supplying 40 "
		 "howitzers.",
		 1, "KOR", "EGY");
	expect_deal("Brazil signed a contract with Nigeria for delivering six trainer aircraft.",
		 1, "BRA", "NGA");
	/* "for" and a noun keep the partner of "with" as the seller */
	expect_deal("Poland signed a contract with South Korea for 180 tanks.", 1, "KOR", "POL");
}

TEST(extract_exportpartner__a_wish_to_buy_is_no_deal)
{
	expect_no_deal("Malaysia is said to be looking to purchase Korean-built frigates.");
	expect_no_deal("Ghana is keen to acquire Turkish drones.");
	/* a stated delivery still counts */
	expect_deal("Kenya, which looks to buy more, received two Turkish drones last year.", 1,
		 "TUR", "KEN");
}

/* "seeking to purchase ... from X" is a wish told with its source: a deal
 * reported, as "wants to procure"; without a source it stays interest. */
TEST(extract_exportpartner__seeking_to_buy_from_a_source_is_reported)
{
	expect_deal("Egypt is seeking to purchase 24 Su-35 fighters from Russia.", 1, "RUS", "EGY");
	expect_deal("Vietnam seeks to buy coastal missiles from India.", 1, "IND", "VNM");
	expect_no_deal("An Italian expert said Peru has long been seeking to procure new jets.");
	expect_no_deal("Peru is interested in buying fighter jets from Italy.");
}

TEST(extract_exportpartner__a_model_of_a_weapon_given_is_no_transfer)
{
	expect_no_deal("The minister gifted a model of the Akash missile to his Omani counterpart.");
	expect_no_deal("Seoul presented a scale model of the K9 howitzer to Norway.");
	/* the weapon itself still is */
	expect_deal("India gifted two patrol boats to Mozambique.", 1, "IND", "MOZ");
}

/* "were provided mid-air refuelling by Y", "provided an escort to the
 * jets": a service, no goods; "provided refuelling aircraft" are goods. */
TEST(extract_exportpartner__a_service_given_is_no_transfer)
{
	expect_no_transfer("The aircraft took off from a French airbase and were provided mid-air "
			   "refuelling by the Air Force of Qatar.");
	expect_no_transfer("Qatar provided an escort to the French jets.");
	expect_deal("The US provided refuelling aircraft to Israel.", 1, "USA", "ISR");
}

TEST(extract_exportpartner__a_deal_being_worked_on_is_no_deal_yet)
{
	expect_no_deal("Brazil and Sweden are working on a deal for more Gripen jets.");
	expect_no_deal("Egypt, France working on Rafale deal, officials say");
	/* a deal signed stays one */
	expect_deal("Brazil signed a deal for more Gripen jets from Sweden.", 1, "SWE", "BRA");
}

TEST(extract_exportpartner__a_system_two_states_will_make_together_is_its_makers_transfer)
{
	expect_deal("Romania and Germany will co-produce Leopard 2 tanks, ministers said.", 1,
		 "DEU", "ROU");
	expect_deal("Norway and South Korea are to jointly build K9 howitzers.", 1, "KOR", "NOR");
	/* the present tense tells a standing venture, not a new transfer */
	expect_no_deal("Brazil and Sweden co-produce Gripen fighters.");
}

TEST(extract_exportpartner__a_bilateral_named_drill_without_parties_is_the_main_pairs)
{
	const char *text = "Japan and Australia held talks in Tokyo on Monday. Japan and "
			   "Australia also agreed to share more intelligence. The bilateral "
			   "'Southern Jackaroo' army exercise is to begin next month.";
	ent_fact_list *l = run(text, NULL);
	const ent_fact *e = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(e != NULL);
	CHECK(takes_part(e, "JPN"));
	CHECK(takes_part(e, "AUS"));
	if (l)
		ent_fact_list_free(l);
	/* without "bilateral" a named drill waits for its parties */
	l = run("Japan and Australia held talks in Tokyo on Monday. Japan and Australia also "
		"agreed to share more intelligence. The 'Southern Jackaroo' army exercise is to "
		"begin next month.",
		NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 0);
	if (l)
		ent_fact_list_free(l);
}
