/*
 * test_extract_deal_party.c - deal rules for a party the clause does not
 * name: a list of makers in "<goods> of A, B and C origin" whose owner is
 * the state the clause (a possessive or demonym) or the sentence before
 * names.  Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_deal_party__goods_of_a_list_of_origins_are_supplies_to_their_owner)
{
	/* the owner is the one state of the sentence before */
	expect_deal("The Kenyan army has three brigades and one armoured regiment. Most of "
		    "the equipment consists of older weapons of French, Italian and Swedish "
		    "origin.",
		    3, "SWE", "KEN");
	expect_deal("The Kenyan army has three brigades and one armoured regiment. Most of "
		    "the equipment consists of older weapons of French, Italian and Swedish "
		    "origin.",
		    3, "FRA", "KEN");
	/* the owner is a possessive of the clause */
	expect_deal("Peru's navy still sails vessels of British, German and Italian origin.", 3,
		    "DEU", "PER");
}

TEST(extract_deal_party__origin_lists_need_goods_and_one_owner)
{
	/* two states before: no single owner */
	expect_no_transfer("Chile and Peru held border talks last week. The equipment consists of "
		    "older weapons of French, Italian and Swedish origin.");
	/* no goods before the list */
	expect_no_transfer("The Kenyan army has three brigades. Most of its officers are of French, "
		    "Italian and Swedish origin.");
	/* negated */
	expect_no_transfer("The Kenyan army has three brigades. None of the equipment is of French, "
		    "Italian or Swedish origin.");
}

TEST(extract_deal_party__building_with_technology_from_a_state_is_a_transfer_to_the_builder)
{
	/* the builder is the subject */
	expect_deal("Mexico will build 200 armoured vehicles through a transfer of technology "
		    "from France.",
		    1, "FRA", "MEX");
	/* a firm of the seller's state, a builder the sentence before names */
	expect_deal("Mexico plans to field 200 new armoured vehicles. The state arsenal will "
		    "build them with technology transfer from German firm Rheinmetall.",
		    1, "DEU", "MEX");
	/* the one state the text named so far, three sentences before */
	expect_deal("Mexico cleared an order for 200 armoured vehicles on Monday. The cabinet "
		    "met on Tuesday. The ministry approved the plan. The arsenal will build the "
		    "vehicles through technology transfer from a Polish company.",
		    1, "POL", "MEX");
	/* the place of the work */
	expect_deal("The vehicles will be assembled in Mexico under licence from France.", 1, "FRA",
		    "MEX");
}

TEST(extract_deal_party__technology_from_needs_one_builder_and_a_verb_of_making)
{
	/* two states before: no single builder */
	expect_no_transfer("Chile and Peru held border talks last week. The state arsenal will build "
		    "the vehicles with technology transfer from France.");
	/* negated */
	expect_no_transfer("Mexico will not build the vehicles through a transfer of technology from "
		    "France.");
	/* no verb of making */
	expect_no_transfer("Mexico praised the transfer of technology from France.");
}

TEST(extract_deal_party__a_state_that_has_been_a_source_of_arms_supplies_the_other)
{
	/* the recipient after "for/to" */
	expect_deal("France has been the main source of weapons for Peru.", 1, "FRA", "PER");
	expect_deal("For decades France was a regular source of military equipment to "
		    "Peru's army.",
		    1, "FRA", "PER");
	/* the one other state of the sentence before */
	expect_deal("Peru and France signed a friendship treaty in 1990. France has been a "
		    "regular source of army equipment.",
		    1, "FRA", "PER");
}

TEST(extract_deal_party__a_source_of_arms_needs_arms_and_one_other_state)
{
	/* not arms */
	expect_no_transfer("Peru and France signed a friendship treaty. France has been a major "
		    "source of investment.");
	/* two other states before */
	expect_no_transfer("Peru and Chile held talks in 1990. France has been a regular source of "
		    "army equipment.");
	/* negated */
	expect_no_transfer("France has never been a source of weapons for Peru.");
}

/* "X dismissed Y's concerns regarding its acquisition of drones from Z":
 * "its" is the subject's, not the owner of the concerns; a possessive
 * that owns a body of its state ("Y's defence ministry ... its purchase")
 * keeps "its". */
TEST(extract_deal_party__its_purchase_past_another_s_concerns)
{
	expect_deal("Bolivia has dismissed Argentina's concerns regarding its acquisition of drone "
		    "technology from Iran.",
		    1, "IRN", "BOL");
	expect_deal("Bolivia rejected Argentina's criticism of its purchase of drones from Iran.", 1,
		    "IRN", "BOL");
	expect_deal("The US slapped sanctions on China's defence ministry over its purchase of "
		    "Russian aircraft.",
		    1, "RUS", "CHN");
}

/* "the first military transfer to Hanoi when it faces a territorial
 * dispute with China": the other side of a dispute is no party. */
TEST(extract_deal_party__the_other_side_of_a_dispute)
{
	CHECK_INT(ndeals_text("This is seen as the first significant military transfer to Lima "
			      "when it faces a territorial dispute with Chile."),
		  0);
	expect_deal("Spain sold four patrol boats to Peru, which is in a territorial dispute with "
		    "Chile.",
		    1, "ESP", "PER");
}

/* "The US approved the sale of NASAMS (Gripen jets) to Y": the state that
 * approves its export sells, whatever the goods' maker; "..., according
 * to the U.S. State Department" names the source of a report, no party. */
TEST(extract_deal_party__the_approver_sells_and_the_source_is_none)
{
	expect_deal("The US approved the sale of Gripen jets to Peru.", 1, "USA", "PER");
	expect_deal("The State Department has approved the sale of NASAMS to Peru.", 1, "USA",
		    "PER");
	CHECK_INT(ndeals_text("The package includes three NASAMS air defence systems valued at "
			      "up to $1.16 billion, according to the U.S. State Department."),
		  0);
}

/* A possessive state that owns another noun before a comma ("may ratify
 * Y's application, depending on the sale of F-16 jets to Z") sells nothing
 * in the sale after it; the goods' maker does (stop 61). */
TEST(extract_deal_party__a_possessive_of_another_noun_is_no_seller)
{
	expect_deal("Chile may ratify Peru's application, depending on the sale of F-16 jets to "
		    "Chile.",
		    1, "USA", "CHL");
	expect_not("Chile may ratify Peru's application, depending on the sale of F-16 jets to "
		   "Chile.",
		   "PER", "CHL");
}

/* "the first export order for the X missile developed by A and B": the
 * makers named after "developed (built, made) by" are no parties of the
 * order; a buyer named stays (stop 61). */
TEST(extract_deal_party__makers_of_the_goods_ordered_are_no_parties)
{
	expect_no_deal("This is the first export order for the Akash missile developed by India "
		       "and Israel.");
	expect_deal("Chile placed the first export order for the Akash missile developed by "
		    "India.",
		    1, "IND", "CHL");
}

/* "will receive a frigate under the United States programme to transfer
 * excess defence articles": the state whose programme (scheme, grant) the
 * goods come under gives them, and "to transfer" after it opens no clause
 * of its own (stop 61). */
TEST(extract_deal_party__goods_under_a_state_s_programme)
{
	expect_deal("Ghana will receive a frigate under the United States programme to transfer "
		    "excess defence articles.",
		    1, "USA", "GHA");
	expect_deal("Ghana received two patrol boats under a Spanish grant.", 1, "ESP", "GHA");
	/* control: the buyer's own programme gives nothing */
	expect_no_deal("Ghana received two patrol boats under a Ghanaian programme.");
}

/* "A and B signed a partnership (agreed) to supply Kyiv with 14 Leopard 2
 * tanks": with a third state named to receive, both signers give, not the
 * goods' maker; with none, one of the pair buys (stop 61). */
TEST(extract_deal_party__two_signers_supply_a_third)
{
	ent_fact_list *l = run("Denmark and Norway signed a partnership in April to supply "
			       "Estonia with 14 Leopard 2 tanks.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "DNK", "EST") : NULL;
	CHECK(f && f->nsuppliers == 2 && ent_fact_has_code(f->suppliers, f->nsuppliers, "NOR"));
	CHECK(l && !find_deal(l, "DEU", "EST"));
	ent_fact_list_free(l);
	CHECK(ndeals_text("Denmark and Estonia signed a contract to supply two frigates.") == 1);
}

/* "The State Department cleared a $4.7 billion sale of NASAMS systems to
 * Egypt": a sum before the noun keeps the approver the seller (stop 65). */
TEST(extract_deal_party__the_approver_over_a_sum)
{
	expect_deal("The State Department cleared a $4.7 billion sale of NASAMS systems to Peru.",
		    1, "USA", "PER");
	expect_not("The State Department cleared a $4.7 billion sale of NASAMS systems to Peru.",
		   "NOR", "PER");
}

/* "Germany will finance the purchase of 14 more Piranha vehicles": the
 * funder buys nothing; it gives them to the state the text speaks of, and
 * with none the purchase has no buyer (stop 65). */
TEST(extract_deal_party__the_funder_of_a_purchase)
{
	static const char *const text =
		"Chile will receive 14 Piranha vehicles from Spain.\n\n"
		"The Spanish minister spoke in Santiago with Chile's minister about Chile.\n\n"
		"He said Spain will finance the purchase of 14 more Piranha vehicles.";
	ent_fact_list *l = run(text, NULL);
	CHECK(l && find_deal(l, "ESP", "CHL"));
	CHECK(l && !find_deal(l, "CHE", "ESP"));
	ent_fact_list_free(l);
	expect_not("Spain will finance the purchase of 14 Piranha vehicles.", "CHE", "ESP");
	expect_deal("Spain will pay for the purchase of 14 Piranha vehicles for Chile.", 1, "ESP",
		    "CHL");
}

/* "The equipment was provided to the Philippines under Japan's Official
 * Security Assistance (OSA) Framework": the owner of the programme gives,
 * also with a passive of no agent; "handover" is a noun of supply
 * (stop 67). */
TEST(extract_deal_party__provided_under_a_states_framework)
{
	expect_deal("The radars were provided to Peru under Japan's Official Security Assistance "
		    "(OSA) Framework.",
		    1, "JPN", "PER");
	expect_deal("Ties got a boost after the Japanese government's handover of five radar "
		    "systems to Peru.",
		    1, "JPN", "PER");
	expect_no_deal("The firm reported a turnover of 2 billion dollars in Peru.");
	expect_deal("The radars were provided to Peru under Japan's Enable and Enhance Initiative.",
		    1, "JPN", "PER");
}
