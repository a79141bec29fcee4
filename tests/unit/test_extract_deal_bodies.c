/*
 * test_extract_deal_bodies.c - deals told through state bodies (ministries,
 * agencies, officials, armed services) and less common verbs of transfer.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_deal_bodies__a_ministry_that_signs_is_a_party_not_a_speaker)
{
	expect_deal("The Indian defence ministry signed a contract with France for 26 jets.", 1,
		    "FRA", "IND");
	expect_deal("The Greek defence ministry signed a contract with France for three "
		    "frigates.",
		    1, "FRA", "GRC");
	expect_deal("The Saudi Ministry of Defense signed a contract with Spain for five "
		    "corvettes in 2018.",
		    1, "ESP", "SAU");
	expect_deal("Polish officials inked a deal with South Korea for 180 tanks.", 1, "KOR",
		    "POL");
	expect_deal("Chile's ministry has signed a contract with Australia for three frigates.",
		    1, "AUS", "CHL");
}

TEST(extract_deal_bodies__a_ministry_that_speaks_of_a_deal_is_no_party)
{
	/* the ministry speaks; the deal is between the others */
	expect_deal("The Indian foreign ministry said Pakistan signed a contract with China for "
		    "36 jets.",
		    1, "CHN", "PAK");
	expect_no_deal("Kenya's defence ministry is in talks with Turkey about drones.");
	expect_no_deal("Slovakia's defence ministry did not sign a contract with Sweden for "
		       "Gripen jets.");
}

TEST(extract_deal_bodies__goods_leased_from_a_state_are_received_from_it)
{
	ent_fact_list *l = run("Brazil leased a submarine from France in 2021.", NULL);
	const ent_fact *f = l ? find_deal(l, "FRA", "BRA") : NULL;
	CHECK(f != NULL);
	CHECK(f && f->status == ENT_STATUS_DELIVERED && f->year == 2021);
	ent_fact_list_free(l);
	expect_deal("The Colombian Air Force has leased four jets from Israel.", 1, "ISR", "COL");
	CHECK_INT(deal_status("The Philippine Navy may lease two submarines from France.", "FRA",
			      "PHL"),
		  ENT_STATUS_REPORTED);
	/* the lessor leases to the lessee */
	expect_deal("Israel leased four jets to Colombia.", 1, "ISR", "COL");
}

TEST(extract_deal_bodies__foreign_built_goods_commissioned_are_delivered)
{
	CHECK_INT(deal_status("The Philippines commissioned two South Korean-built frigates in "
			      "2022.",
			      "KOR", "PHL"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_year("The Indian Navy commissioned a Russian-built frigate in 2024.", NULL,
			    "RUS", "IND"),
		  2024);
	CHECK_INT(deal_status("Egypt has commissioned a frigate from France.", "FRA", "EGY"),
		  ENT_STATUS_DELIVERED);
	/* a state's own goods */
	expect_no_deal("France commissioned two French-built frigates in 2022.");
	/* no goods of a foreign maker */
	expect_no_deal("The Philippines commissioned two frigates in 2022.");
}

TEST(extract_deal_bodies__imported_and_has_been_supplying_state_deliveries)
{
	CHECK_INT(deal_status("Egypt imported 24 Rafale jets from France.", "FRA", "EGY"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("Serbia has imported six drones from China.", "CHN", "SRB"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("Russia has been supplying India with S-400 systems since 2021.",
			      "RUS", "IND"),
		  ENT_STATUS_DELIVERED);
	/* still to come */
	CHECK_INT(deal_status("Russia will be supplying India with S-400 systems.", "RUS", "IND"),
		  ENT_STATUS_REPORTED);
	CHECK_INT(deal_status("Egypt plans to import 24 Rafale jets from France.", "FRA", "EGY"),
		  ENT_STATUS_REPORTED);
}

TEST(extract_deal_bodies__a_body_that_says_it_signed_or_signs_in_the_passive_is_a_party)
{
	expect_deal("India's defence ministry said it had signed a contract with Israel for "
		    "drones.",
		    1, "ISR", "IND");
	expect_deal("The Indian defence ministry said that it signed a contract with Israel for "
		    "12 drones.",
		    1, "ISR", "IND");
	expect_deal("A contract for 26 jets was signed by the Indian defence ministry with "
		    "France.",
		    1, "FRA", "IND");
	/* a person signing during a visit to a state makes no pair with it */
	expect_no_deal("The accord, which was signed by the Kazakh president during his visit "
		       "to France, covers aircraft.");
}

TEST(extract_deal_bodies__a_relative_clause_after_a_states_body_hides_no_buyer)
{
	expect_deal("Poland's defence ministry, which signed the deal in 2020, ordered 32 F-35 "
		    "jets from the United States.",
		    1, "USA", "POL");
	expect_deal("Chile's navy, which had long sought new ships, bought three frigates from "
		    "Australia.",
		    1, "AUS", "CHL");
	/* a demonym before the body ("the Polish defence ministry") */
	expect_deal("The Polish defence ministry, which signed the deal in 2020, ordered 32 F-35 "
		    "jets from the United States.",
		    1, "USA", "POL");
	/* a state inside the relative clause is no buyer */
	expect_no_deal("The ministry, which Poland set up in 2020, ordered 32 jets.");
}

TEST(extract_deal_bodies__a_service_named_by_its_demonym_buys_from_each_seller)
{
	/* the service is the subject: each "from" names its own seller */
	static const char *const forms[] = {
		"The Chilean Navy is purchasing frigates from Spain and patrol boats from Israel.",
		"The Kenyan Air Force has ordered jets from Pakistan and helicopters from Israel.",
		/* an adverb in "-ly" with the auxiliaries (stop 59) */
		"The Royal Thai Armed Forces have officially received jets from Spain and "
		"helicopters from Israel.",
	};
	static const char *const seller2[] = {"ESP", "PAK", "ESP"};
	static const char *const buyer[] = {"CHL", "KEN", "THA"};
	size_t i;
	for (i = 0; i < sizeof forms / sizeof *forms; i++) {
		ent_fact_list *l = run(forms[i], NULL);
		CHECK(l && find_deal(l, seller2[i], buyer[i]) != NULL);
		CHECK(l && find_deal(l, "ISR", buyer[i]) != NULL);
		ent_fact_list_free(l);
	}
}

TEST(extract_deal_bodies__a_body_before_a_noun_apposition_buys)
{
	/* "Y's air force, already (still, long) a ... customer, received":
	 * the state that owns the body, not a state inside the apposition
	 * (stop 63) */
	expect_deal("Algeria's air force, still a loyal client, took delivery of 14 Su-30MKA "
		    "fighters.",
		    1, "RUS", "DZA");
	expect_deal("Vietnam's navy, already the operator of six Kilo-class submarines, received "
		    "two Gepard frigates.",
		    1, "RUS", "VNM");
	/* a possessive with no body before the comma is no subject here */
	expect_no_deal("Algeria's, still a loyal client, took delivery of 14 fighters.");
}

/* "Y's defence ministry has signed a contract for the purchase of": the
 * body's state buys; "Y's Ministry of Defence (YMOD) has signed" too
 * (stop 64). */
TEST(extract_deal_bodies__a_body_signs_a_purchase)
{
	expect_deal("Peru's defence ministry has signed a contract for the purchase of two KC-46 "
		    "tankers.",
		    1, "USA", "PER");
	expect_deal("Peru's Ministry of Defence (PMOD) has signed a Letter of Acceptance covering "
		    "the purchase of two Boeing KC-46 tankers.",
		    1, "USA", "PER");
}
