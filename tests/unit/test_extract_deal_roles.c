/*
 * test_extract_deal_roles.c - who supplies whom, and at what stage, in the
 * plain verbs and nouns of supply: past verbs of supply that state a
 * transfer made ("exported", "provided", "gave").
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_deal_roles__past_verbs_of_supply_state_a_delivery)
{
	CHECK_INT(deal_status("Turkey exported Bayraktar TB2 drones to Ethiopia.", "TUR", "ETH"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("Russia provided S-400 air-defence systems to Turkey in 2019.", "RUS",
			      "TUR"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("Britain gave Ukraine 14 Challenger 2 tanks in 2023.", "GBR", "UKR"),
		  ENT_STATUS_DELIVERED);
	/* announced, not made */
	CHECK_INT(deal_status("Turkey will provide Bayraktar TB2 drones to Ethiopia.", "TUR", "ETH"),
		  ENT_STATUS_REPORTED);
	CHECK_INT(deal_status("Turkey plans to export Bayraktar TB2 drones to Ethiopia.", "TUR", "ETH"),
		  ENT_STATUS_REPORTED);
}

TEST(extract_deal_roles__completed_deliveries_and_passive_orders_state_their_stage)
{
	CHECK_INT(deal_status("France completed the delivery of six Rafale jets to Croatia in 2023.",
			      "FRA", "HRV"),
		  ENT_STATUS_DELIVERED);
	/* with no article (stop 59) */
	CHECK_INT(deal_status("France completed delivery of the last of six Rafale jets to Peru.",
			      "FRA", "PER"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("An order was placed by Romania with the United States for 54 Abrams "
			      "tanks in 2023.",
			      "USA", "ROU"),
		  ENT_STATUS_ORDERED);
	CHECK_INT(deal_status("An order from Romania for 54 Abrams tanks was placed with the United "
			      "States in 2023.",
			      "USA", "ROU"),
		  ENT_STATUS_ORDERED);
	/* a delivery only begun, and an order only hoped for */
	CHECK_INT(deal_status("France has not completed the delivery of six Rafale jets to Croatia.",
			      "FRA", "HRV") == ENT_STATUS_DELIVERED,
		  0);
	CHECK_INT(deal_status("An order for 54 Abrams tanks from the United States will be placed by "
			      "Romania.",
			      "USA", "ROU") == ENT_STATUS_ORDERED,
		  0);
}

TEST(extract_deal_roles__a_shipment_made_is_a_delivery)
{
	CHECK_INT(deal_status("In May 2023, Belarus made another shipment of military equipment to "
			      "Zambia.",
			      "BLR", "ZMB"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("France made its second shipment of Rafale jets to Croatia.", "FRA",
			      "HRV"),
		  ENT_STATUS_DELIVERED);
	/* one only to be made is none yet */
	CHECK_INT(deal_status("Belarus will make another shipment of military products to Zambia.",
			      "BLR", "ZMB") == ENT_STATUS_DELIVERED,
		  0);
}

TEST(extract_deal_roles__a_lease_to_a_state_is_a_supply)
{
	expect_deal("Israel leased two Heron drones to India in 2018.", 1, "ISR", "IND");
	CHECK_INT(deal_status("The United States leased two MQ-9B drones to India in 2020.", "USA",
			      "IND"),
		  ENT_STATUS_DELIVERED);
	/* no state on either side, and no goods of war */
	expect_no_transfer("The airport leased hangars to a firm.");
}

TEST(extract_deal_roles__a_noun_of_transfer_then_was_completed_states_its_stage)
{
	CHECK_INT(deal_status("France's delivery of six Rafale jets to Croatia was completed in 2023.",
			      "FRA", "HRV"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("Qatar's purchase of 24 Typhoon jets from Britain was completed in 2018.",
			      "GBR", "QAT"),
		  ENT_STATUS_SIGNED);
	/* "completed" of another clause */
	CHECK_INT(deal_status("The delivery of six Rafale jets to Croatia is due, and the runway was "
			      "completed in 2023.",
			      "FRA", "HRV") == ENT_STATUS_DELIVERED,
		  0);
}

/* "procurement" is a noun of buying as "purchase" is: "Y's recent
 * procurement of jets from X", "the procurement of jets by Y". */
TEST(extract_deal_roles__a_procurement_is_a_purchase)
{
	expect_deal("His remark was a veiled reference to Peru's recent procurement of Rafale "
		    "fighter jets from France.",
		    1, "FRA", "PER");
	expect_deal("The procurement of Rafale jets from France by Peru was approved in 2016.", 1,
		    "FRA", "PER");
	expect_no_deal("Peru's defence procurement agency opened an office in France.");
	/* with no buyer or seller told it names none: no one "cooperating
	 * with Y" buys from or sells to Y */
	expect_no_deal("The minister said he appreciated the Chilean government commitment to "
		       "defence cooperation with Peru as shown in the procurement of the combat "
		       "helicopters.");
	/* "has approved the procurement of", and "by Y" past a hyphened
	 * word (stop 55) */
	expect_deal("The Chilean government has approved the procurement of two Type 212CD "
		    "submarines.",
		    1, "DEU", "CHL");
	expect_deal("The procurement of two diesel-electric submarines from Germany by Chile was "
		    "delayed.",
		    1, "DEU", "CHL");
}

/* "were inducted by Y": the agent of the participle of inducting buys, as
 * with "bought by Y", not the maker before the goods. */
TEST(extract_deal_roles__inducted_by_a_state)
{
	expect_deal("US-made F-16 jets were inducted by Latvia.", 1, "USA", "LVA");
	expect_deal("Norwegian tanks inducted by Latvia in 2019 are in service.", 1, "NOR", "LVA");
}

/* "Wing Loongs acquired in 2020 (likely gifted by the UAE)": the agent of
 * a participle of giving after the verb of buying sells, and is no buyer;
 * a demonym on goods is no buyer either. */
TEST(extract_deal_roles__goods_acquired_and_gifted_by_a_state)
{
	CHECK_INT(deal_status("Peru operates four Wing Loongs acquired in 2020 (likely gifted by "
			      "Chile).",
			      "CHL", "PER"),
		  ENT_STATUS_DELIVERED);
	expect_deal("Peru acquired four Wing Loongs, gifted by Chile, in 2020.", 1, "CHL", "PER");
	expect_not("Peru acquired four Wing Loongs, gifted by Chile, in 2020.", "CHN", "PER");
}

/* "is sending (captured Western) weapons to Y": arms of no stated kind
 * right after a verb of sending are goods; troops sent are none. */
TEST(extract_deal_roles__weapons_sent_to_a_state)
{
	ent_fact_list *l = run("For its part, Peru is sending captured Western weapons to Chile "
			       "from Bolivia.",
			       NULL);
	CHECK(l && find_deal(l, "PER", "CHL") != NULL);
	ent_fact_list_free(l);
	expect_no_transfer("Peru sent troops to Chile.");
}

/* "ship" after a modal or "to" is the verb of transfer ("Norway will ship
 * tanks to Latvia"), not the goods; "a ship" stays goods. */
TEST(extract_deal_roles__ship_as_a_verb)
{
	ent_fact_list *l = run("Norway will ship K2 Black Panther tanks to Latvia.", NULL);
	const ent_fact *f = l ? find_deal(l, "NOR", "LVA") : NULL;
	CHECK(f != NULL && ent_fact_has_category(f, ENT_CAT_ARMOURED_VEHICLE) &&
	      !ent_fact_has_category(f, ENT_CAT_NAVAL));
	ent_fact_list_free(l);
	expect_deal("Spain agreed to ship two frigates to Peru.", 1, "ESP", "PER");
	CHECK_INT(deal_status("Peru ordered a ship from Spain.", "ESP", "PER"), ENT_STATUS_ORDERED);
}

/* The state sanctioned "over the purchase" bought ("sanctions against Y
 * over the purchase of Russian jets"), not the state that sanctions; the
 * state that owns "the decision to sell" sells, not the critic before it. */
TEST(extract_deal_roles__sanctioned_buyer_and_owner_of_a_decision)
{
	expect_deal("Washington's imposition of sanctions against Ankara over the purchase of "
		    "Russian S-400 systems broke the law, Moscow said.",
		    1, "RUS", "TUR");
	expect_deal("The new sanctions on Egypt for its purchase of Russian jets were announced.", 1,
		    "RUS", "EGY");
	expect_deal("India is disappointed over the US decision to sell eight F-16 jets to "
		    "Pakistan.",
		    1, "USA", "PAK");
	/* the state whose decision (plan) to buy it is buys, not the
	 * sentence's subject */
	expect_deal("The U.S. move came in response to a Turkish decision to procure and deploy "
		    "the Russian-made S-400 air defense system.",
		    1, "RUS", "TUR");
	expect_deal("The EU sanctions came in response to Iran's plan to buy Russian Su-35 jets.",
		    1, "RUS", "IRN");
	/* the object of "over" with no decision of its own is no seller */
	expect_deal("The U.S. and its allies imposed sanctions on Russia and supplied Ukraine "
		    "with tanks.",
		    1, "USA", "UKR");
}

/* People sent to a state to learn are trainees: no transfer from the
 * sender, whose officers get the training; instructors sent with goods
 * still deliver them. */
TEST(extract_deal_roles__trainees_sent_abroad_are_no_goods)
{
	expect_no_transfer("Peru's military personnel are being sent to Chile for training.");
	expect_no_transfer("Peru sends officers to Chile for training.");
	expect_deal("Chile sent instructors and two helicopters to Peru.", 1, "CHL", "PER");
}

/* "X thanked (turned to, met) Y and bought jets from Z": Y is the object of
 * the first verb, the shared subject X buys; a coordinated subject ("Peru
 * and Chile bought") still buys. */
TEST(extract_deal_roles__the_subject_of_coordinated_verbs_buys)
{
	expect_deal("Armenia thanked France and bought jets from Russia.", 1, "RUS", "ARM");
	expect_deal("Armenia turned to France and ordered tanks from Russia.", 1, "RUS", "ARM");
	static const char *sup[] = {"RUS", "RUS", NULL}, *rec[] = {"PER", "CHL"};
	expect_deals("Peru and Chile bought jets from Russia.", 2, sup, rec);
}

/* "gave Y 13 Soviet-made (Russian-made, Soviet-era) MiG-29 jets", "to
 * give Y its fleet of 13 Soviet-era jets": the maker before the goods
 * leaves the giver the seller (stop 39); no goods, no deal. */
TEST(extract_deal_roles__gave_goods_of_a_named_maker)
{
	expect_deal("Slovakia gave Ukraine 13 Soviet-made MiG-29 jets.", 1, "SVK", "UKR");
	expect_deal("Poland will give Ukraine 13 Soviet MiG-29 fighter jets.", 1, "POL", "UKR");
	expect_deal("Poland gave Ukraine a Russian-made T-72 tank.", 1, "POL", "UKR");
	CHECK_INT(deal_status("Slovakia approved the plan to give Ukraine its fleet of 13 "
			      "Soviet-era MiG-29 fighter jets.",
			      "SVK", "UKR"),
		  ENT_STATUS_REPORTED);
	expect_deal("Slovakia gave Ukraine Russian support.", 0, NULL, NULL);
}

/* "Russia destroyed (threatened to destroy) the jets supplied to Ukraine
 * (by its allies)": goods an unnamed giver supplied; the subject of the
 * sentence's verb gives nothing; a state after "by", a maker before the
 * goods or a causative "had" still give (stop 39). */
TEST(extract_deal_roles__goods_supplied_by_someone_unnamed)
{
	expect_deal("Russia has threatened to destroy all the fighter jets supplied to Ukraine "
		    "by its allies.",
		    0, NULL, NULL);
	expect_deal("Russia destroyed all the fighter jets supplied to Ukraine.", 0, NULL, NULL);
	expect_deal("Russia destroyed the jets supplied to Ukraine by Poland.", 1, "POL", "UKR");
	expect_deal("Russia destroyed Turkish drones supplied to Ukraine.", 1, "TUR", "UKR");
	expect_deal("Turkey had 24 drones delivered to Ukraine last year.", 1, "TUR", "UKR");
	/* the state after "from" gives; a designation before the goods'
	 * kind is no maker of a state */
	expect_deal("Russia warns any Challenger tanks sent to Ukraine from Britain will burn.",
		    1, "GBR", "UKR");
}

/* "Poland agreed to supply its Soviet-era (Soviet) T-72 tanks": the maker
 * on the goods a giver supplies is no buyer; a state's name before goods
 * after a verb of giving still is ("offered Poland Patriot systems"; stop
 * 39). */
TEST(extract_deal_roles__the_maker_of_goods_supplied_buys_nothing)
{
	expect_deal("Warsaw agreed to supply its Soviet-era T-72 tanks.", 0, NULL, NULL);
	expect_deal("Poland agreed to supply Soviet T-72 tanks.", 0, NULL, NULL);
	expect_deal("Germany offered Poland Patriot systems.", 1, "DEU", "POL");
	expect_deal("Iran signed a deal for Russian Su-35 jets.", 1, "RUS", "IRN");
}

/* "A and B (, Y's partner in NATO,) ordered (requested the purchase of)
 * goods": both buy, neither sells to the other; from the maker of a named
 * system, else from no one named; "Y's partner" describes B, Y is no
 * party (stop 39). */
TEST(extract_deal_roles__two_buyers_of_one_subject)
{
	static const char *const sup2[] = {"TUR", "TUR", NULL}, *const rec2[] = {"ETH", "MAR",
										   NULL};
	expect_deals("An official said that Ethiopia and Morocco requested the purchase of "
		     "Bayraktar TB2 drones in agreements that may also include spare parts.",
		     2, sup2, rec2);
	expect_deal("Ukraine and Poland, Turkey's partner in NATO, also ordered armed drones.", 0,
		    NULL, NULL);
	expect_deal("Poland, Turkey's partner in NATO, ordered armed drones.", 0, NULL, NULL);
	/* "both" after a verb of saying; a verb of request before the noun
	 * of buying (stop 41) */
	expect_deals("A Turkish official said that both Ethiopia and Morocco had requested "
		     "purchases of Turkish drones.",
		     2, sup2, rec2);
	expect_deal("Both Ethiopia and Morocco had requested purchases of the drones.", 0, NULL,
		    NULL);
	expect_deal("Ethiopia and Morocco have sought purchases of the drones.", 0, NULL, NULL);
	expect_deal("Ukraine and Poland signed a deal under which Poland sold armed drones to "
		    "Ukraine.",
		    1, "POL", "UKR");
}

/* "A and B are (also) purchasing these fighters": a progressive verb
 * after the pair is the pair's own; with "also" the seller of a deal told
 * earlier in the paragraph, sentences between (stop 64). */
TEST(extract_deal_roles__two_buyers_progressive_and_seller_of_the_paragraph)
{
	static const char *const sup2[] = {"USA", "USA", "USA", NULL},
				 *const rec2[] = {"PER", "CHL", "ECU", NULL};
	expect_deal("Chile and Ecuador are purchasing these fighters.", 0, NULL, NULL);
	expect_deal("Chile and Ecuador were buying the jets.", 0, NULL, NULL);
	expect_deals("Peru has ordered 24 F-16 jets from the United States. The F-16 is a "
		     "fourth-generation fighter built since the 1970s. It flies with many air "
		     "forces around the world. Also, Chile and Ecuador are purchasing these "
		     "fighters.",
		     3, sup2, rec2);
}

/* "X's plan, which also includes the purchase of goods": the owner of the
 * noun the relative describes buys; a state after "visit (trip) to" past
 * the trigger is a place visited, neither buyer nor seller (stop 41). */
TEST(extract_deal_roles__owner_of_plan_and_place_visited)
{
	expect_deal("The order is part of Chile's broader naval renewal plan, which also "
		    "includes the recent purchase of 12 F-16 fighter jets.",
		    1, "USA", "CHL");
	expect_deal("The plan includes the purchase of 24 F-16 fighter jets finalized during "
		    "the minister's visit to Norway.",
		    0, NULL, NULL);
	expect_deal("The plan includes the purchase of 24 F-16 fighter jets finalized in "
		    "Norway.",
		    0, NULL, NULL);
	expect_deal("Chile's plan includes the purchase of 24 F-16 fighter jets, finalized "
		    "during a trip to Norway.",
		    1, "USA", "CHL");
}

/* A demonym heading a news outlet over a hyphen and words ("the
 * French-based African news outlet") is a source, no party (stop 41) */
TEST(extract_deal_roles__a_news_outlet_is_no_party)
{
	const char *t = "According to a report released on 3 May by the Spanish-based African "
			"news outlet, Egypt is set to sign a huge deal with China which will "
			"supply the North African state with at least $2 billion worth of "
			"weapons.";
	expect_deal(t, 1, "CHN", "EGY");
	expect_not(t, "CHN", "ESP");
	expect_deal("Spanish-made rifles were sold to Bolivia by Chile.", 1, "CHL", "BOL");
}

/* "US officials who visited New Delhi last week ...": the object of a
 * verb of visiting is a place, no party of the transfer (stop 42). */
TEST(extract_deal_roles__a_state_visited_is_a_place)
{
	const char *text = "Chilean officials protested to US officials who visited Santiago "
			   "last week against Washington's $450 million plan to provide "
			   "equipment for F-16 jets that Peru acquired in 1980.";
	expect_not(text, "USA", "CHL");
	expect_deal("The US envoy, visiting Santiago, said the US will sell six F-16 jets to Peru.",
		    1, "USA", "PER");
}

/* "Copenhagen had begun financing the purchase of weapons in other
 * countries with their subsequent delivery to Ukraine": the state the
 * goods are given to sells nothing (stop 42). */
TEST(extract_deal_roles__the_state_goods_go_to_sells_nothing)
{
	expect_not("Lima had begun financing the purchase of weapons and ammunition in other "
		   "countries with their subsequent delivery to Quito since 2023.",
		   "ECU", "PER");
	expect_deal("Peru bought six jets from Chile with their delivery to Lima in 2023.", 1, "CHL",
		    "PER");
}

/* "The jets, built in the US, were sold to Y by X": the state right after
 * "to" buys, not the state of an aside before the verb (stop 57). */
TEST(extract_deal_roles__passive_to_over_an_aside)
{
	expect_deal("The jets, originally built in the United States, were sold to Chile by "
		    "Norway.",
		    1, "NOR", "CHL");
	expect_not("The jets, originally built in the United States, were sold to Chile by "
		   "Norway.",
		   "NOR", "USA");
	/* control: the buyer as the subject of the passive */
	expect_deal("Chile was sold the jets by Norway.", 1, "NOR", "CHL");
}

/* "China reacted angrily to the US earlier this month approving a package
 * of arms sales to Taiwan": the state before a gerund of approval (over
 * words of time) sells, not the one who reacts (stop 57). */
TEST(extract_deal_roles__a_state_approving_a_sale)
{
	static const char *t = "Peru reacted angrily to the US earlier this month approving a "
			       "package of arms sales to Chile worth up to $2 billion.";
	expect_deal(t, 1, "USA", "CHL");
	expect_not(t, "PER", "CHL");
	expect_deal("Peru reacted angrily to the US approving a package of arms sales to Chile "
		    "worth $2 billion.",
		    1, "USA", "CHL");
	/* "X's (recent) decision to approve ... sale" (stop 59) */
	expect_deal("The United States' recent decision to approve a record $11.1 billion arms "
		    "sale to Chile spurred Peru to showcase its navy.",
		    1, "USA", "CHL");
	expect_deal("Ghana's decision to approve a big arms sale to Chile angered Peru.", 1, "GHA",
		    "CHL");
}

/* "The arms sale to Taiwan prompted (spurred) Beijing to act": a state a
 * sale moves to act sells nothing (stop 59). */
TEST(extract_deal_roles__a_state_moved_to_act_is_no_seller)
{
	expect_not("The arms sale to Chile prompted Peru to act.", "PER", "CHL");
	expect_not("The $2 billion arms sale to Chile spurred Peru to showcase its navy.", "PER",
		   "CHL");
	/* control: a seller named */
	expect_deal("The US arms sale to Chile prompted Peru to act.", 1, "USA", "CHL");
}

/* "countermeasures over US arms sales to Y": a name right before the noun
 * of supply qualifies it as a demonym does, whatever preposition governs
 * it (stop 57). */
TEST(extract_deal_roles__a_name_on_a_noun_of_supply_after_over)
{
	expect_deal("Peru will impose countermeasures over US arms sales to Chile.", 1, "USA",
		    "CHL");
	expect_not("Peru will impose countermeasures over US arms sales to Chile.", "PER", "CHL");
	/* control: a state that a preposition governs, then a verb of supply */
	expect_deal("Peru imposed sanctions on Ecuador and supplied arms to Chile.", 1, "PER",
		    "CHL");
}

/* "Britain wants more Eurofighter sales, the minister told journalists on a
 * trip to Chile": "to" after a noun of travel names a place visited, no
 * receiver (after_prep; stop 62). */
TEST(extract_deal_roles__a_trip_to_a_state_receives_nothing)
{
	expect_not("Britain wants more Eurofighter sales, the minister told journalists on a trip "
		   "to Chile.",
		   "GBR", "CHL");
	expect_not("Britain wants more Eurofighter sales, the minister said during a visit to "
		   "Chile.",
		   "GBR", "CHL");
	/* control: the receiver after the noun of supply */
	expect_deal("Britain wants more Eurofighter sales to Chile, the minister said.", 1, "GBR",
		    "CHL");
}

/* "Boric, who accused the US government of plans to meddle, has signed
 * military deals with Moscow worth $3 billion": a state inside a relative
 * clause on the subject, closed before the trigger, is no party (stop 62;
 * sw/001 had Russia sell to the US). */
TEST(extract_deal_roles__a_state_inside_a_who_clause)
{
	expect_not("Boric, who accused the US government of plans to meddle, has signed "
		   "military deals with Moscow worth some $3 billion.",
		   "RUS", "USA");
	/* control: the subject's own name before "whose" still buys */
	expect_deal("Chile, whose ties with the US are poor, has signed deals with Russia worth "
		    "$3 billion.",
		    1, "RUS", "CHL");
}

/* "a 4.26 trillion-won initiative": the won of a sum is no verb of
 * signing; "countering North Korean (military) threats": a state before
 * a noun of menace is the foe, no buyer; "the country's project" after a
 * sentence that ends on a place ("from Japan", "the Japan-China war") is
 * the state before that place (stop 64). */
TEST(extract_deal_roles__currency_won_foe_and_the_country)
{
	CHECK_INT(deal_status("Seoul will buy 20 more F-35s from the United States under a 4.26 "
			      "trillion-won initiative.",
			      "USA", "KOR"),
		  ENT_STATUS_REPORTED);
	/* control: a firm that won an order signed it */
	CHECK_INT(deal_status("Hanwha won a 500 billion won order from Poland for K9 howitzers.",
			      "KOR", "POL"),
		  ENT_STATUS_SIGNED);
	expect_no_deal("The initiative aims to procure 20 more F-35s, countering North Korean "
		       "military threats.");
	expect_deal("South Korea aims to procure 20 more F-35s, countering North Korean threats.",
		    1, "USA", "KOR");
	expect_deal("In October, South Korea evacuated 163 nationals from Japan. The committee "
		    "chose the F-35 for the country's next fighter acquisition project.",
		    1, "USA", "KOR");
	expect_deal("Japan is a big market for fighters. The committee chose the F-35 for the "
		    "country's next fighter acquisition project.",
		    1, "USA", "JPN");
}

/* "The original agreement, signed in 2017 for the Yuan-class submarine,
 * stipulated a German-made diesel engine": an origin on goods is a maker,
 * no buyer; with only makers named there is no deal (stop 64). */
TEST(extract_deal_roles__makers_only_name_no_buyer)
{
	expect_no_deal("The original agreement, signed in 2017 for the S26T Yuan-class "
		       "submarine, stipulated a German-made diesel engine.");
	expect_no_deal("The agreement for the Chinese submarine stipulated a German-made engine.");
	/* a demonym on the deal itself buys; a named signer still buys */
	expect_deal("The Chilean purchase of the F-16 jets was approved.", 1, "USA", "CHL");
	expect_deal("Pakistan signed a contract for two Type 054A/P frigates.", 1, "CHN", "PAK");
}

/* "A will sign an agreement with B to acquire the Norwegian NASAMS system
 * jointly": a third state's system is bought from its maker; a partner
 * that makes it, or whose make the text names, still sells (stop 64). */
TEST(extract_deal_roles__agreement_with_a_partner_for_a_third_make)
{
	expect_deal("Ghana will sign an agreement with Togo to acquire the Norwegian Kongsberg "
		    "NASAMS air-defence system jointly.",
		    1, "NOR", "GHA");
	expect_not("Ghana will sign an agreement with Togo to acquire the Norwegian Kongsberg "
		   "NASAMS air-defence system jointly.",
		   "TGO", "GHA");
	expect_deal("Ghana signed an agreement with Norway to buy the NASAMS system.", 1, "NOR",
		    "GHA");
	expect_deal("Ghana signed an MoU with Turkey to buy two frigates.", 1, "TUR", "GHA");
}

/* "Turkey also faced sanctions for deciding to continue with the purchase of
 * the S-400": "also" and adverbs in -ly add no distance between a buyer and
 * its noun of buying (actor_before, stop 65). */
TEST(extract_deal_roles__adverbs_add_no_distance_to_the_buyer)
{
	expect_deal("Egypt also faced sanctions for deciding to continue with the purchase of the "
		    "S-400.",
		    1, "RUS", "EGY");
	expect_deal("Egypt reportedly faced sanctions for deciding to continue with the purchase "
		    "of the S-400.",
		    1, "RUS", "EGY");
	/* a subject further off still names no buyer */
	expect_no_deal("Egypt faced new American sanctions last week for deciding to continue with "
		       "the purchase of the S-400.");
}

/* "Poland sent military aid to Ukraine": aid of war sent is a delivery
 * of arms of no stated kind; humanitarian aid is none (stop 65). */
TEST(extract_deal_roles__military_aid_sent)
{
	CHECK_INT(deal_status("Egypt sent military aid to Somalia.", "EGY", "SOM"),
		  ENT_STATUS_DELIVERED);
	expect_deal("Egypt has been intensifying its arms procurement efforts after it sent "
		    "defence assistance to Somalia.",
		    1, "EGY", "SOM");
	expect_no_deal("Egypt sent humanitarian aid to Somalia.");
}

/* "the Swedish-made Gripen jets, which Hungary leased in 2006": a lease
 * with no "to" after it is taken, its subject the lessee; "leased X to
 * Y" and "leased Y X" give (stop 66). */
TEST(extract_deal_roles__a_lease_taken)
{
	expect_deal("Chile and Peru signed an agreement on the French-made Mirage jets, which Peru "
		    "leased in 2009.",
		    1, "FRA", "PER");
	expect_deal("Peru has leased 12 French Mirage jets since 2009.", 1, "FRA", "PER");
	expect_deal("France leased 12 Mirage jets to Peru in 2009.", 1, "FRA", "PER");
	expect_deal("France leased Peru 12 Mirage jets in 2009.", 1, "FRA", "PER");
	/* the relative clause names its own buyer, not the pair before */
	expect_deal("Chile and Peru discussed the French-made Mirage jets, which Peru bought in "
		    "2009.",
		    1, "FRA", "PER");
	expect_deal("Chile and Peru bought French-made Mirage jets.", 2, "FRA", "CHL");
}

/* "the Gulf of Thailand", "the Indian Ocean": a water named after a state
 * is a place, no party; "to the island (Indian Ocean) nation of Y" is Y
 * (stop 66). */
TEST(extract_deal_roles__waters_and_nations_of)
{
	expect_no_deal("Peru said Chile will soon hand over two warships, despite U.S. fears "
		       "about Chile's influence in the Gulf of Mexico.");
	expect_deal("Japan has given patrol boats to the Indian Ocean nation of Sri Lanka.", 1,
		    "JPN", "LKA");
	expect_deal("Japan gave patrol boats to the island nation of Sri Lanka.", 1, "JPN", "LKA");
	expect_deal("Turkey sold drones to the Central Asian republic of Kyrgyzstan.", 1, "TUR",
		    "KGZ");
}

/* "awarded a contract by Y, over other contenders from A and B": bidders
 * that lost are no parties; "modeled after the American X", "based on
 * the Russian Su-27": a design's origin is neither party nor goods
 * (stop 66). */
TEST(extract_deal_roles__losing_bidders_and_design_origins)
{
	expect_deal("Chile had been awarded a $40 million defense export contract by Peru, over "
		    "other contenders from Spain and Italy.",
		    1, "CHL", "PER");
	expect_deal("Chile will supply four radars that have been modeled after the American "
		    "AN/TPQ-36 radar to Peru.",
		    1, "CHL", "PER");
	expect_deal("China's J-11 fighter, based on the Russian Su-27, was sold to Peru.", 1,
		    "CHN", "PER");
	/* a patrol vessel that a design derives from is goods of its own */
	expect_deal("Peru bought corvettes from Spain. The corvette is derived from the offshore "
		    "patrol vessels that Spain built for Chile.",
		    2, "ESP", "CHL");
}

/* "the Multi-Mission Radar (MMR) ... 130 MMRs have been delivered to A, B
 * and C": an abbreviation in brackets after a named system stands for it
 * later, its plural too, and its maker sells (stop 66). */
TEST(extract_deal_roles__a_systems_abbreviation)
{
	static const char *sup[] = {"ISR", "ISR", NULL}, *rec[] = {"PER", "CHL", NULL};
	expect_deals("Peru praised the Multi-Mission Radar (MMR). So far 30 MMRs have been "
		     "delivered to Peru and Chile.",
		     2, sup, rec);
	/* no definition, no system */
	expect_no_deal("So far 30 MMRs have been delivered to Peru and Chile.");
}

/* "Niger received Russian military instructors and equipment": gear
 * after a word of war in the object's noun phrase is arms of no stated
 * kind; instructors alone are none (stop 66). */
TEST(extract_deal_roles__military_gear_received)
{
	expect_deal("Chad received Egyptian military instructors and equipment this week.", 1,
		    "EGY", "TCD");
	expect_deal("Egypt sent military instructors and equipment to Chad.", 1, "EGY", "TCD");
	expect_no_deal("Chad received Egyptian instructors this week.");
}

/* "SIG Sauer announced a procurement contract with India's ministry to
 * supply rifles", "India signed a contract with SIG Sauer to supply
 * rifles": a firm buys nothing from a state there; it sells (stop 66). */
TEST(extract_deal_roles__a_firm_is_no_buyer_in_its_contract)
{
	expect_deal("Rifle maker SIG Sauer has announced a second procurement contract with "
		    "Peru's Ministry of Defence to supply 7,000 rifles.",
		    1, "USA", "PER");
	expect_deal("Peru signed a contract with SIG Sauer to supply 7,000 rifles.", 1, "USA",
		    "PER");
	expect_deal("Peru signed a purchase agreement with Dassault for 36 Rafales.", 1, "FRA",
		    "PER");
}

/* "The Philippine Air Force got a second radar from Japan": goods got from
 * a state in the past were delivered; "gets" only reports (stop 66). */
TEST(extract_deal_roles__goods_got_from_a_state)
{
	CHECK_INT(deal_status("The Peruvian Air Force got a second radar from Japan.", "JPN",
			      "PER"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("Peru gets new helicopters from Japan.", "JPN", "PER"),
		  ENT_STATUS_REPORTED);
}

/* "Morocco has been cleared recently by the US administration to buy":
 * the agent of a passive approval before "to buy" sells, the subject
 * of the approval buys (stop 67). */
TEST(extract_deal_roles__cleared_by_a_seller_to_buy)
{
	expect_deal("Chile has been cleared recently by the US administration to buy 12 F-16 "
		    "fighter jets worth 800 million dollars.",
		    1, "USA", "CHL");
	expect_deal("Kenya was approved by Britain to acquire four patrol boats.", 1, "GBR",
		    "KEN");
	expect_not("Kenya was approved by Britain to acquire four patrol boats.", "KEN", "GBR");
}

/* "supplied by the Soviet Union and later Russia": a seller after "and
 * later (then)" is one more seller of the list (stop 67). */
TEST(extract_deal_roles__a_later_seller_of_a_list)
{
	const char *sup[] = {"FRA", "ITA", NULL}, *rec[] = {"CHL", "CHL", NULL};
	expect_deals("Chile's frigates were supplied by France and later Italy.", 2, sup, rec);
	expect_deals("Chile bought tanks from France and then Italy.", 2, sup, rec);
	expect_deals("Chile's tanks were supplied by France and later by Italy.", 2, sup, rec);
}

/* "announced new sanctions on Iran, formally accusing it of sending
 * missiles to Russia": "it" is the state the sanctions are on, and that
 * state sends (stop 67). */
TEST(extract_deal_roles__accused_it_of_sending)
{
	expect_deal("Chile imposed sanctions on Peru, formally accusing it of sending rifles to "
		    "Bolivia.",
		    1, "PER", "BOL");
	expect_deal("Chile sanctioned Peru, accusing it of supplying drones to Bolivia.", 1, "PER",
		    "BOL");
}

/* "condemning the alleged transfer of missiles": a transfer the subjects
 * condemn is none of theirs, with "alleged" before it too (stop 67). */
TEST(extract_deal_roles__condemning_an_alleged_transfer)
{
	expect_no_deal("The governments of Chile, Peru and Bolivia issued a joint statement "
		       "condemning the alleged transfer of missiles.");
	expect_no_deal("Chile and Peru condemned the reported sale of drones.");
	/* an agent in a later clause is not the transfer's */
	expect_no_deal("The governments of Chile, Peru and Bolivia issued a joint statement "
		       "condemning the alleged transfer of missiles, calling it \"an escalation "
		       "by both Cuba and Russia,\" and a threat.");
	expect_deal("Chile condemned the sale of drones to Bolivia by Cuba.", 1, "CUB", "BOL");
}

/* "A and B clashed in 2020; since then A bought Israeli drones": a clause
 * that names its buyer again keeps the pair before it out (stop 67). */
TEST(extract_deal_roles__a_clause_names_its_own_buyer)
{
	expect_deal("Chile and Peru clashed in 2020; since then Chile bought Israeli drones.", 1,
		    "ISR", "CHL");
	expect_deal("Chile and Peru quarrelled over the border, and Peru bought Italian "
		    "missiles.",
		    1, "ITA", "PER");
}

/* "the FD-2000B" ... "In 2017, Rabat also purchased the Chinese missile
 * Sky Dragon 50": a system named in weapons.tsv keeps a purchase of
 * another year apart (stop 67). */
TEST(extract_deal_roles__two_named_air_defence_systems)
{
	const char *sup[] = {"CHN", "CHN", NULL}, *rec[] = {"PER", "PER", NULL};
	expect_deals("Peru acquired its first Chinese missile, the FD-2000B. In 2017, Lima also "
		     "purchased the Chinese missile Sky Dragon 50.",
		     2, sup, rec);
}
