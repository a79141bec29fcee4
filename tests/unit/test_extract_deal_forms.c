/*
 * test_extract_deal_forms.c - common ways news tells a transfer that no
 * rule read before, found by trying sentences of our own: ships
 * commissioned that were "built by Y('s yard)"; goods a service holds
 * ("The Xn air force operates Yn-made drones"); a state that "is the
 * latest customer (buyer, operator) of" goods of a foreign make; goods
 * made "under licence" with a foreign maker; goods that "landed in" a
 * state; "the sale of jets to X was signed" (a place after "to" is no
 * infinitive).  Every sentence is written for these tests.
 */
#include "extract_harness.h"

#define DLV ENT_STATUS_DELIVERED
#define REP ENT_STATUS_REPORTED
#define SGN ENT_STATUS_SIGNED
#define TIE ENT_STATUS_NONE

TEST(extract_deal_forms__commissioned_built_by)
{
	static const struct deal_list_case v[] = {
		{"The Kenyan Navy commissioned two frigates built by the Chilean yard Asmar.",
		 "CHL", {"KEN"}, DLV, 1, {2}},
		{"Ghana commissioned two submarines built by the Peruvian firm in the south.", "PER",
		 {"GHA"}, DLV, 1, {2}},
	};
	CHECK(deal_list_run(v, sizeof v / sizeof v[0]) == 0);
	/* built at home: no seller */
	expect_no_transfer("Ghana commissioned a destroyer built by its own yard.");
}

/* goods "built by (in) X for Y" that "were delivered (handed over)" pass
 * from X to Y, not from Y to X; "built in X for Y" is a tie on its own
 * (stop 60) */
TEST(extract_deal_forms__made_for_then_delivered)
{
	static const struct deal_list_case v[] = {
		{"The first of two patrol vessels built in Chile for Ghana was delivered in "
		 "Valparaiso.",
		 "CHL", {"GHA"}, DLV, 1, {0}},
		{"Corvettes built by Peru for Kenya were handed over.", "PER", {"KEN"}, DLV, 1,
		 {0}},
		{"The patrol boats built by the Chilean yard for the Ghanaian Navy were delivered.",
		 "CHL", {"GHA"}, DLV, 1, {0}},
		{"Two frigates built in Chile for Kenya arrived in Mombasa.", "CHL", {"KEN"}, TIE,
		 1, {2}},
	};
	CHECK(deal_list_run(v, sizeof v / sizeof v[0]) == 0);
	/* made at home */
	expect_no_transfer("Frigates built in Chile for the Chilean Navy were delivered.");
}

/* "Y's defence minister, <name>, signed an agreement to purchase": the
 * state that owns the title buys, past the name between commas, with
 * capitals beyond Latin-1 too (stop 60) */
TEST(extract_deal_forms__title_and_name_apposition)
{
	static const struct deal_list_case v[] = {
		{"Ghana's defence minister, Ama Mensah, signed an agreement to purchase 44 "
		 "Leopard 2A8 tanks.",
		 "DEU", {"GHA"}, SGN, 1, {44}},
		{"The Kenyan defence minister, \xc5\x81ukasz \xc5\xa0imek, signed a contract to "
		 "buy 12 K9 howitzers.",
		 "KOR", {"KEN"}, SGN, 1, {12}},
	};
	CHECK(deal_list_run(v, sizeof v / sizeof v[0]) == 0);
	/* no name between the commas: no buyer read there */
	expect_no_transfer("Ghana's defence minister, in a statement, signed an agreement to "
			   "purchase tanks.");
}

/* "Y is purchasing the vehicles", with the deal the text speaks of told two
 * sentences before: that deal's goods, not the words of the sentence
 * between (stop 60) */
TEST(extract_deal_forms__goods_of_the_deal_spoken_of)
{
	ent_fact_list *l = run("Ghana signed an agreement with Germany's Rheinmetall to procure "
			       "Lynx infantry fighting vehicles. Officials said the army's old "
			       "T-55 tanks will be retired next year. Ghana is purchasing the "
			       "vehicles to meet its commitments.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "DEU", "GHA") : NULL;
	CHECK(l && ndeals(l) == 1 && f && f->nitems == 1 && f->items[0].designation &&
	      strcmp(f->items[0].designation, "Lynx KF41") == 0);
	ent_fact_list_free(l);
}

/* "..., the first time the Arrow system has been exported abroad": a
 * record of the goods' exports after the deal, no trigger or stage of its
 * own (stop 60) */
TEST(extract_deal_forms__exported_abroad_is_a_record)
{
	static const struct deal_list_case v[] = {
		{"Chile's ENAER signed a deal with the Peruvian government for the Arrow 3 air "
		 "defense system, the largest defense deal in Chile's history and the first time "
		 "the Arrow system has been exported abroad.",
		 "CHL", {"PER"}, SGN, 1, {0}},
	};
	CHECK(deal_list_run(v, sizeof v / sizeof v[0]) == 0);
	expect_no_deal("Chile exported drones abroad.");
}

/* "signed a deal ..., with deliveries in (from) 2026" in a document of
 * 2025: deliveries to come give no stage and no year; past ones do (stop
 * 60) */
TEST(extract_deal_forms__deliveries_of_a_year_to_come)
{
	ent_fact_list *l = run("Chile signed a deal to buy 17 Gripen jets from Sweden, with "
			       "deliveries in 2026.",
			       "2025-05-01");
	const ent_fact *f = l ? find_deal(l, "SWE", "CHL") : NULL;
	CHECK(f && f->status == ENT_STATUS_SIGNED && f->year != 2026);
	ent_fact_list_free(l);
	l = run("Chile signed a deal to buy 17 Gripen jets from Sweden, with deliveries from 2026 "
		"to 2032.",
		"2025-05-01");
	f = l ? find_deal(l, "SWE", "CHL") : NULL;
	CHECK(f && f->status == ENT_STATUS_SIGNED);
	ent_fact_list_free(l);
	l = run("Chile signed a deal to buy 17 Gripen jets from Sweden, with deliveries in 2023.",
		"2025-05-01");
	f = l ? find_deal(l, "SWE", "CHL") : NULL;
	CHECK(f && f->status == ENT_STATUS_DELIVERED && f->year == 2023);
	ent_fact_list_free(l);
}

TEST(extract_deal_forms__held_and_customers)
{
	static const struct deal_list_case v[] = {
		{"The Ghanaian air force operates Peruvian-made Akinci drones.", "PER", {"GHA"},
		 TIE, 1, {0}},
		{"Ghana has become the latest customer of the Chinese Wing Loong II drone.", "CHN",
		 {"GHA"}, TIE, 1, {0}},
		{"Kenya is the first foreign operator of the Rafale.", "FRA", {"KEN"}, TIE, 1, {0}},
		{"Togo is among the buyers of the Chilean drone.", "CHL", {"TGO"}, TIE, 1, {0}},
		{"Togo became the first foreign customer of Chile's Akinci drones in Africa.",
		 "CHL", {"TGO"}, TIE, 1, {0}},
		/* a region's adjective before the noun (stop 52) */
		{"Togo became the latest African customer of Chile's Akinci drones.", "CHL",
		 {"TGO"}, TIE, 1, {0}},
		{"Kenya is the first European operator of the Rafale.", "FRA", {"KEN"}, TIE, 1,
		 {0}},
	};
	CHECK(deal_list_run(v, sizeof v / sizeof v[0]) == 0);
	/* negated, the maker itself, or no goods */
	expect_no_transfer("Togo is not a customer of the Chilean drone.");
	expect_no_transfer("France is the largest user of the Rafale.");
	expect_no_transfer("Togo is the largest customer of Chilean wine.");
}

TEST(extract_deal_forms__licensed)
{
	static const struct deal_list_case v[] = {
		{"Ghana will produce Peruvian Anka drones under licence.", "PER", {"GHA"}, REP, 1,
		 {0}},
		{"Kenya will build the Anka under a licence from Chile.", "CHL", {"KEN"}, REP, 1,
		 {0}},
	};
	CHECK(deal_list_run(v, sizeof v / sizeof v[0]) == 0);
	expect_no_transfer("Ghana will not produce Peruvian Anka drones under licence.");
	expect_no_transfer("Ghana produces its own trucks under licence.");
}

TEST(extract_deal_forms__landed_and_signed)
{
	static const struct deal_list_case v[] = {
		{"The first batch of J-10C jets landed in Ghana in March 2022.", "CHN", {"GHA"}, DLV,
		 1, {0}},
		{"The sale of 24 Rafale jets to Kenya was finalised in 2015.", "FRA", {"KEN"}, SGN, 1,
		 {24}},
	};
	CHECK(deal_list_run(v, sizeof v / sizeof v[0]) == 0);
	/* a visit is no delivery; "due to sign" is still to come */
	expect_no_transfer("Two Peruvian Tu-160 bombers landed in Ghana on Monday.");
	CHECK_INT(deal_status("Kenya is due to sign the deal for the jets with France.", "FRA",
			      "KEN"),
		  REP);
}

/* A title that tells a handover in the present is a delivery, and a title
 * that names only "arms" with a value is the deal of that value the body
 * tells in detail: one deal each, not two. */
TEST(extract_deal_forms__titles)
{
	static const char *handed =
		"Chile hands over first four MiG-29 fighter jets to Peru\n\n"
		"Chile has handed over to Peru the first four of 13 MiG-29 fighter jets.\n";
	static const char *valued =
		"Ghana signs $1.7bn deal to buy arms from South Korea\n\n"
		"Ghana has signed a deal worth $1.7 billion to buy K9 howitzers from South Korea, "
		"officials said on Tuesday.\n";
	static const char *other_value =
		"Ghana signs $1.7bn deal to buy arms from South Korea\n\n"
		"Ghana also signed a deal worth $300 million to buy K9 howitzers from South "
		"Korea.\n";
	ent_fact_list *l = run(handed, NULL);
	CHECK(l && ndeals(l) == 1);
	CHECK(l && find_deal(l, "CHL", "PER") &&
	      find_deal(l, "CHL", "PER")->status == ENT_STATUS_DELIVERED);
	ent_fact_list_free(l);
	l = run(valued, NULL);
	CHECK(l && ndeals(l) == 1 && find_deal(l, "KOR", "GHA"));
	ent_fact_list_free(l);
	/* another value: another deal */
	l = run(other_value, NULL);
	CHECK(l && ndeals(l) == 2);
	ent_fact_list_free(l);
}

/* "Deliveries of X to Y are expected to begin in 2025", "Supplies of X to
 * Y Expected to Start in 2025": the noun's clause tells what is to come,
 * no delivery made; "began", "were completed" tell one (stop 38). */
TEST(extract_deal_forms__deliveries_to_come)
{
	CHECK(deal_status("Deliveries of the Barak MX systems to Ghana are expected to begin in "
			  "2025.",
			  "ISR", "GHA") == ENT_STATUS_REPORTED);
	CHECK(deal_status("Supplies of Israeli Air Defense Systems to Ghana Expected to Start in "
			  "2025",
			  "ISR", "GHA") == ENT_STATUS_REPORTED);
	CHECK(deal_status("The start of deliveries of the Barak MX systems purchased from Israel "
			  "to Ghana is planned for 2025.",
			  "ISR", "GHA") == ENT_STATUS_SIGNED);
	CHECK(deal_status("Deliveries of the Barak MX systems to Ghana began in 2025 and will "
			  "continue until 2027.",
			  "ISR", "GHA") == ENT_STATUS_DELIVERED);
	/* "are to take place" (stop 61) */
	CHECK(deal_status("Under the plan, deliveries of the Barak MX systems for the Ghanaian "
			  "army are to take place between 2028 and 2030.",
			  "ISR", "GHA") == ENT_STATUS_REPORTED);
}

/* A year of the schedule to come ("starting in 2026", "from 2026",
 * "deliveries due in 2026") is no year of a signing: the deal has none,
 * unless another year states it; a delivery keeps its year. */
TEST(extract_deal_forms__schedule_years)
{
	CHECK_INT(deal_year("Hanwha has secured a deal worth $920 million to deliver 18 K9 "
			    "howitzers to Ghana starting in 2026.",
			    NULL, "KOR", "GHA"),
		  0);
	CHECK_INT(deal_year("Ghana signed a deal for 18 K9 howitzers from South Korea, with "
			    "deliveries due in 2026.",
			    NULL, "KOR", "GHA"),
		  0);
	CHECK_INT(deal_year("Ghana signed a deal for 18 K9 howitzers from South Korea in 2023, "
			    "with deliveries due in 2026.",
			    NULL, "KOR", "GHA"),
		  2023);
	CHECK_INT(deal_year("South Korea delivered 18 K9 howitzers to Ghana starting in 2021.",
			    NULL, "KOR", "GHA"),
		  2021);
	/* a plain year of the signing stays */
	CHECK_INT(deal_year("Ghana signed a deal for 18 K9 howitzers from South Korea in 2019.",
			    NULL, "KOR", "GHA"),
		  2019);
}

/* A contract a firm obtains (secures, lands) is its sale, signed: no
 * purchase by the firm's state and no delivery. */
TEST(extract_deal_forms__contract_won)
{
	static const struct deal_list_case v[] = {
		{"KAI obtained a contract to supply 12 FA-50 jets to Ghana.", "KOR", {"GHA"}, SGN,
		 1, {12}},
		{"KAI has secured a $920 million contract to deliver 18 FA-50 jets to Kenya.", "KOR",
		 {"KEN"}, SGN, 1, {18}},
		{"Hanwha landed an order for 200 K9 howitzers from Ghana.", "KOR", {"GHA"}, SGN, 1,
		 {200}},
		/* goods obtained are goods received */
		{"Ghana obtained 12 FA-50 jets from South Korea.", "KOR", {"GHA"}, DLV, 1, {12}},
	};
	CHECK(deal_list_run(v, sizeof v / sizeof v[0]) == 0);
	expect_not("KAI has obtained deals to supply 222 aircraft to countries, which also "
		   "include Ghana, Peru and Chile.",
		   "PER", "GHA");
}

/* A list of buyers after a fronted phrase ("In addition to X, nations
 * such as A, B and C have also tapped the C-390"), as at the start of the
 * sentence; a list that buys nothing is no deal. */
TEST(extract_deal_forms__list_after_fronted_phrase)
{
	static const struct deal_list_case v[] = {
		{"In addition to the two European countries, nations such as Peru, Ghana and Chile "
		 "have also tapped the C-390 for their fleets.",
		 "BRA", {"PER", "GHA", "CHL"}, REP, 3, {0}},
	};
	CHECK(deal_list_run(v, sizeof v / sizeof v[0]) == 0);
	expect_no_transfer("In addition to Brazil, nations such as Peru and Ghana attended the show.");
}

/* "Others that have ordered the latest version of the type are A, B and
 * C": each buys the system the sentence before names, from its maker. */
TEST(extract_deal_forms__others_of_the_type)
{
	static const struct deal_list_case v[] = {
		{"Ghana ordered eight F-16 Block 70 fighters. Others that have ordered the latest "
		 "version of the type are Peru, Chile and Kenya.",
		 "USA", {"GHA", "PER", "CHL", "KEN"}, ENT_STATUS_ORDERED, 4, {0}},
	};
	CHECK(deal_list_run(v, sizeof v / sizeof v[0]) == 0);
	/* criticism is no order */
	expect_no_transfer("Others that have criticised the F-16 deal are Peru and Chile.");
}

/* A deal named only to say it was not made ("the deal was not signed")
 * and a reciprocal logistics pact (bases and supplies both ways) are no
 * transfer; a logistics agreement beside goods keeps the goods' deal. */
TEST(extract_deal_forms__unmade_deals_and_logistics_pacts)
{
	expect_no_transfer("The Chilean drone deal with Ghana was not signed.");
	expect_no_transfer("Ghana's drone deal with Chile has not been signed yet.");
	/* talks (a wish) to buy "but no deal (contract) has been signed": no
	 * deal (reported) (stop 59) */
	expect_no_transfer("Ghana is in talks to buy Chilean drones, but no deal has been "
			   "signed.");
	CHECK_INT(deal_status("Ghana wants to buy Chilean jets, but no contract has been signed "
			      "yet.",
			      "CHL", "GHA"),
		  ENT_STATUS_REPORTED);
	expect_no_transfer("Kenya and Ghana signed a mutual logistics support agreement.");
	expect_no_transfer("Togo and Benin signed a reciprocal logistics pact.");
	CHECK_INT(deal_status("The Chilean drone deal with Ghana was signed.", "CHL", "GHA"), SGN);
	CHECK_INT(deal_status("Kenya signed a logistics support agreement with Peru and a "
			      "contract to supply 12 patrol boats.",
			      "KEN", "PER"),
		  SGN);
}

/* A horizon ("towards 2030") or a programme's name ("Vision 2030") is no
 * year of the signing. */
TEST(extract_deal_forms__horizon_years)
{
	CHECK_INT(deal_year("Ghana signed a deal with Chile for eight submarines under its "
			    "Vision 2030.",
			    NULL, "CHL", "GHA"),
		  0);
	CHECK_INT(deal_year("Ghana signed a deal with Chile for eight submarines as part of a "
			    "roadmap towards 2030.",
			    NULL, "CHL", "GHA"),
		  0);
	CHECK_INT(deal_year("In 2019 Ghana signed a deal with Chile for eight submarines as part "
			    "of a roadmap towards 2030.",
			    NULL, "CHL", "GHA"),
		  2019);
}

/* "before 1979", "prior to 2014", "after 2030" (stop 59): a bound, no year
 * of the stage (stop 36) */
TEST(extract_deal_forms__a_year_after_before_is_a_bound)
{
	CHECK_INT(deal_year("Ghana received eight patrol boats from Chile before 1979.", NULL,
			    "CHL", "GHA"),
		  0);
	CHECK_INT(deal_year("Ghana received eight patrol boats from Chile prior to 2014.", NULL,
			    "CHL", "GHA"),
		  0);
	/* "to exercise this option after 2030" (stop 59) */
	CHECK_INT(deal_year("Ghana will acquire eight patrol boats from Chile, with plans to buy "
			    "more after 2030.",
			    NULL, "CHL", "GHA"),
		  0);
	CHECK_INT(deal_year("Ghana received eight patrol boats from Chile after 2014.", NULL,
			    "CHL", "GHA"),
		  0);
	CHECK_INT(deal_year("Ghana received eight patrol boats from Chile in 2014.", NULL, "CHL",
			    "GHA"),
		  2014);
}

/* "after a coup in August 2020", "since they established ties in 2020":
 * an event's date, no year of the stage (stop 36) */
TEST(extract_deal_forms__a_year_of_another_event)
{
	CHECK_INT(deal_year("Ghana received eight patrol boats from Chile after a coup in August "
			    "2020.",
			    NULL, "CHL", "GHA"),
		  0);
	CHECK_INT(deal_year("Chile agreed to sell patrol boats to Ghana, the first such deal since "
			    "they established ties in 2020.",
			    "2022-09-23", "CHL", "GHA"),
		  2022);
}

/* A news outlet named after a state ("Press Trust of India", media.tsv)
 * or a state's "News Agency" is no party to what it reports. */
TEST(extract_deal_forms__outlets_are_no_parties)
{
	expect_no_transfer("The JF-17 deal was signed, the Press Trust of India reported.");
	/* an outlet whose name joins a state's with a hyphen */
	CHECK_INT(deal_status("For more on Ghana's missile transfer to Togo, read the article by "
			      "RBC-Ukraine.",
			      "UKR", "TGO"),
		  -1);
	/* a research institute cited as the source of a figure */
	expect_no_transfer("Chilean weapons sales rose, according to the Stockholm International "
			   "Peace Research Institute.");
	CHECK_INT(deal_status("Ghana signed a deal for 12 Chilean jets, the Times of Israel "
			      "reported.",
			      "CHL", "GHA"),
		  SGN);
	CHECK_INT(deal_status("Ghana signed a deal for 12 Chilean jets, the Times of Israel "
			      "reported.",
			      "CHL", "ISR"),
		  -1);
	CHECK_INT(deal_status("Ghana received 12 drones, the Korean Central News Agency reported.",
			      "KOR", "GHA"),
		  -1);
	/* "as reported by the Agence France-Presse (AFP)" (stop 58) */
	expect_deal("Ghana received a batch of Turkish combat drones. The shipment of the "
		    "Bayraktar TB2 drones was delivered during a ceremony attended by the leader "
		    "of Ghana, as reported by the Agence France-Presse (AFP).",
		    1, "TUR", "GHA");
	CHECK_INT(deal_status("Ghana received 12 drones from Togo, the South China Morning Post "
			      "reported.",
			      "CHN", "GHA"),
		  -1);
}

/* The agency that reports a drill takes no part in it. */
TEST(extract_deal_forms__agency_no_participant)
{
	ent_fact_list *l = run("Peru and Ghana will hold joint drills in February, the Kuwait "
			       "News Agency reported.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f != NULL);
	CHECK(takes_part(f, "PER") && takes_part(f, "GHA"));
	CHECK(!takes_part(f, "KWT"));
	if (l)
		ent_fact_list_free(l);
}

/* "Latin / Central / South American" and "South America" are regions,
 * not the United States: the buyer stays unknown. */
TEST(extract_deal_forms__american_regions)
{
	expect_no_transfer("Chile will export 30 armoured vehicles to a Latin American country.");
	expect_no_transfer("Peru may deliver MiG-29 jets to the Central American country.");
	expect_no_transfer("Chile's arms sales to South America grew.");
	CHECK_INT(deal_status("Ghana bought 12 American jets in 2020.", "USA", "GHA"), SGN);
}

/* A state that secures a deal with another state buys from it, unless
 * the goods are its own make; a firm that secures a deal sells. */
TEST(extract_deal_forms__secured_deals)
{
	CHECK_INT(deal_status("Ghana secures deal with Chile for 24 F-16 jets.", "CHL", "GHA"),
		  SGN);
	CHECK_INT(deal_status("Ghana secures deal with Chile for 24 F-16 jets.", "USA", "CHL"),
		  -1);
	CHECK_INT(deal_status("South Korea secures deal with Ghana for 48 K9 howitzers.", "KOR",
			      "GHA"),
		  SGN);
	CHECK_INT(deal_status("Hanwha secured a $920 million contract to deliver 18 K9 howitzers "
			      "to Ghana.",
			      "KOR", "GHA"),
		  SGN);
}

/* "rival" before a bare state name is an adjective: "Y's arms sales to
 * rival Z" is Y's supply to Z, and Y is no "rival" of anyone; "to rival
 * Z's fleet" is still a purpose, and "Z's arch-rival X" still describes. */
TEST(extract_deal_forms__rival_adjective)
{
	ent_fact_list *l = run("Peru protested Chile's arms sales to rival Ghana.", NULL);
	CHECK(l != NULL);
	if (l) {
		CHECK(find_deal(l, "CHL", "GHA") != NULL);
		CHECK(find_deal(l, "PER", "GHA") == NULL);
		ent_fact_list_free(l);
	}
	CHECK_INT(deal_status("Ghana bought J-10C jets from China to rival Kenya's Rafale fleet.",
			      "CHN", "GHA"),
		  SGN);
	CHECK_INT(deal_status("Kenya's arch-rival Ghana bought J-10C jets from China.", "CHN",
			      "GHA"),
		  SGN);
}

/* Goods of a foreign make that a state used, deployed or fielded came
 * from the maker: a supply tie, no stage.  Passive, negated, an
 * infinitive, or its own make: nothing. */
TEST(extract_deal_forms__used_goods)
{
	static const struct deal_list_case v[] = {
		{"Ghana used Chilean drones to strike the rebels.", "CHL", {"GHA"}, TIE, 1, {0}},
		{"In 2016, Ghanaian forces used Peruvian drones.", "PER", {"GHA"}, TIE, 1, {0}},
		{"During the war, the Kenyan army deployed Chilean-made drones.", "CHL", {"KEN"},
		 TIE, 1, {0}},
		{"Togo has used Peruvian-made Anka drones against the rebels.", "PER", {"TGO"}, TIE,
		 1, {0}},
		/* a place after "into" is no subject */
		{"Ghanaian forces launched missiles into Togo, while on Jan. 2 Ghana used Chilean "
		 "drones to strike Togo.",
		 "CHL", {"GHA"}, TIE, 1, {0}},
		/* the passive, goods a demonym qualifies "used (operated) by" a
		 * state or its forces (stop 59) */
		{"Chilean drones were used by Ghana.", "CHL", {"GHA"}, TIE, 1, {0}},
		{"Israeli-made drones used by the Ghanaian army are old.", "ISR", {"GHA"}, TIE, 1,
		 {0}},
		{"The new batteries will join the Peruvian missile batteries currently used by "
		 "the Ghanaian army.",
		 "PER", {"GHA"}, TIE, 1, {0}},
		/* a relative clause of use after the goods (stop 63) */
		{"The new jets join Chilean drones that the Ghanaian army has used since 2019.",
		 "CHL", {"GHA"}, TIE, 1, {0}},
		{"They replace Peruvian jets that Ghana's air force has flown for decades.", "PER",
		 {"GHA"}, TIE, 1, {0}},
	};
	CHECK(deal_list_run(v, sizeof v / sizeof v[0]) == 0);
	expect_no_transfer("Chilean drones were captured and used by Ghana.");
	expect_no_transfer("They showed Chilean drones that Ghana has not used.");
	expect_no_transfer("They showed Chilean drones that Ghana's president has flown.");
	expect_no_transfer("Ghana did not use Chilean drones.");
	expect_no_transfer("Ghana used its own drones.");
	expect_no_transfer("Kenya urged Ghana to use Chilean drones.");
	expect_no_transfer("Chile used Chilean drones.");
	/* a list of makers before the goods: one tie each (stop 37) */
	{
		const char *sup[] = {"PER", "CHL", "ARE", NULL}, *rec[] = {"GHA", "GHA", "GHA"};
		expect_deals("The Ghanaian military has used Peruvian, Chilean and UAE drones.", 3,
			     sup, rec);
	}
	expect_no_transfer("Ghana has used Peruvian, Chilean and Ghanaian airports.");
	expect_deal("According to several reports, the Ghanaian military has used Peruvian "
		    "drones.",
		    1, "PER", "GHA");
}

/* "It" after a sentence whose subject is a service named by its demonym
 * ("the Ghanaian Air Force") stands for that service's state, not for the
 * seller named after it. */
TEST(extract_deal_forms__it_after_a_service)
{
	static const char *text = "A news portal says the Ghanaian Air Force plans to acquire "
				  "three JF-17 jets from Pakistan. It will also buy two Mi-35M "
				  "helicopters.";
	CHECK_INT(deal_status(text, "RUS", "GHA"), REP);
	CHECK_INT(deal_status(text, "RUS", "PAK"), -1);
}

/* A count in words before a designation held ("flies six Su-30SMs") is a
 * holding, as a count in figures is. */
TEST(extract_deal_forms__holdings_counted_in_words)
{
	static const struct deal_list_case v[] = {
		{"Ghana flies six Su-30SM jets.", "RUS", {"GHA"}, TIE, 1, {6}},
		{"Currently, Kenya operates twelve JF-17 fighters.", "PAK", {"KEN"}, TIE, 1, {12}},
	};
	CHECK(deal_list_run(v, sizeof v / sizeof v[0]) == 0);
	expect_no_transfer("Russia flies six Su-30SM jets.");
}

/* Goods of a foreign make produced or assembled "in" another state are a
 * transfer of technology to it (reported); a year of the production to
 * come is none of the deal's.  At home, negated, or with no maker: none. */
TEST(extract_deal_forms__production_in)
{
	static const struct deal_list_case v[] = {
		{"Production of Chilean Anka drones in Ghana will begin in 2024.", "CHL", {"GHA"},
		 REP, 1, {0}},
		{"Chile's Asmar will assemble Anka drones in Kenya.", "CHL", {"KEN"}, REP, 1, {0}},
	};
	CHECK(deal_list_run(v, sizeof v / sizeof v[0]) == 0);
	CHECK_INT(deal_year("Production of Chilean Anka drones in Ghana will begin in 2024.", NULL,
			    "CHL", "GHA"),
		  0);
	CHECK_INT(deal_year("In 2022, production of Chilean Anka drones in Ghana began.", NULL,
			    "CHL", "GHA"),
		  2022);
	expect_no_transfer("Production of Chilean drones in Chile rose.");
	expect_no_transfer("Ghana will not produce Chilean drones in Ghana.");
	expect_no_transfer("The production of artillery shells in Ghana grew.");
}

/* A message or a mission "sent to" a state is no transfer of goods. */
TEST(extract_deal_forms__messages_sent)
{
	expect_no_transfer("In a missive sent to Ghana, Kenya listed reasons why Ghana should "
			   "not buy the jets from Chile.");
	expect_no_transfer("A delegation sent to Ghana inspected the Chilean jets.");
	CHECK_INT(deal_status("Chile sent 12 jets to Ghana.", "CHL", "GHA"), DLV);
}

/* A state's name right before goods is their maker ("a deal for US jets",
 * "South Korea howitzers"), not the buyer; not after a preposition of
 * place ("versions of the US F-16"). */
TEST(extract_deal_forms__state_name_as_maker)
{
	CHECK_INT(deal_status("Ghana signs deal for US jets.", "USA", "GHA"), SGN);
	CHECK_INT(deal_status("Ghana signs deal for US jets.", "GHA", "USA"), -1);
	CHECK_INT(deal_status("Kenya Seals Deal for South Korea Howitzer", "KOR", "KEN"), SGN);
	CHECK_INT(deal_status("Chile signs deal for China drones.", "CHN", "CHL"), SGN);
	/* a comparison names no seller: the J-10C's maker sells */
	CHECK_INT(deal_status("Reports spoke of Ghana's potential purchase of the J-10C, which has "
			      "been compared to versions of the US F-16.",
			      "CHN", "GHA"),
		  REP);
}

/* "X, a close ally of Y, bought ...": the state in the apposition is no
 * buyer. */
TEST(extract_deal_forms__apposition_of)
{
	CHECK_INT(deal_status("Ghana, a close ally of Kenya, bought drones from Chile.", "CHL",
			      "GHA"),
		  SGN);
	CHECK_INT(deal_status("Ghana, a close ally of Kenya, bought drones from Chile.", "CHL",
			      "KEN"),
		  -1);
	CHECK_INT(deal_status("Ghana, an enemy of Togo, to buy $5 billion in arms from Chile", "CHL",
			      "GHA"),
		  REP);
}

/* The place of a war ("since the war in Ukraine") is no buyer: the
 * clause's subject buys. */
TEST(extract_deal_forms__war_place_no_buyer)
{
	static const char *text = "Ghana has kept close ties with Chile, has never criticised it "
				  "since the war in Peru and announced the acquisition of the "
				  "Chilean Anka drone.";
	CHECK(deal_status(text, "CHL", "GHA") >= 0);
	CHECK_INT(deal_status(text, "CHL", "PER"), -1);
}

/* "X and Y have said that Z has been using Wn-produced missiles to attack
 * X": a progressive of use is active, the user is the subject of the
 * clause "that" opens (not the speakers, not the one attacked); a verb of
 * holding is the one nearest before the maker's mark */
TEST(extract_deal_forms__using_goods_in_a_reported_clause)
{
	const char *text = "Both Lima and Quito have previously said that Chile has been using "
			   "Bolivian-produced missiles to attack Peru.";
	expect_deal(text, 1, "BOL", "CHL");
	expect_not(text, "BOL", "PER");
	expect_deal("Chile is deploying Bolivian drones against Peru.", 1, "BOL", "CHL");
	expect_no_transfer("The attack was carried out using Bolivian drones.");
	/* past a fronted source, the state right before the verb (and its
	 * auxiliaries) used them; "has already used" is no holding of
	 * the speaker's state (stop 58) */
	text = "The US envoy stated that according to American data, Chile has already used "
	       "nine Bolivian-made missiles against Peru.";
	expect_deal(text, 1, "BOL", "CHL");
	expect_not(text, "BOL", "USA");
}

/* "Moscow has agreed to build a Kalashnikov rifle factory in Y", "X will
 * set up an ammunition plant in Y": a plant for goods of war built in
 * another state is a transfer of technology, a deal apart from the goods
 * it makes. */
TEST(extract_deal_forms__a_plant_built_in_another_state)
{
	ent_fact_list *l = run("Peru bought 10,000 AK-103 rifles from Russia in 2019.\n\n"
			       "Moscow has also agreed to build a Kalashnikov rifle factory in Peru.",
			       NULL);
	size_t i, n = 0, tech = 0;
	CHECK(l != NULL);
	for (i = 0; l && i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_DEAL || strcmp(f->recipient.s, "PER") != 0)
			continue;
		n++;
		if (ent_fact_has_category(f, ENT_CAT_TECHNOLOGY_TRANSFER)) {
			tech++;
			CHECK_INT(f->status, ENT_STATUS_SIGNED);
		}
	}
	CHECK_INT(n, 2);
	CHECK_INT(tech, 1);
	ent_fact_list_free(l);
	CHECK_INT(deal_status("Rheinmetall will set up an ammunition factory in Ukraine.", "DEU",
			      "UKR"),
		  ENT_STATUS_REPORTED);
	/* no goods of war, or negated: none */
	expect_no_deal("Toyota will build a car factory in Poland.");
	expect_no_deal("Russia has not agreed to build a rifle factory in Peru.");
}

/* "extending US nuclear submarine technology to Australia", "agreed to
 * share its technology with Y": a transfer of technology, reported. */
TEST(extract_deal_forms__technology_shared_or_extended)
{
	CHECK_INT(deal_status("The US president announced a new defence pact on Wednesday, extending "
			      "US nuclear submarine technology to Australia.",
			      "USA", "AUS"),
		  ENT_STATUS_REPORTED);
	expect_deal("France agreed to share its drone technology with Peru.", 1, "FRA", "PER");
	expect_no_deal("France will not share its drone technology with Peru.");
	expect_no_deal("France and Peru share technology with each other.");
}

/* "but sent Vice President Pence in his place": sending a person (or
 * troops, a delegation) moves no deal to delivered (stop 42). */
TEST(extract_deal_forms__sending_a_person_is_no_delivery)
{
	const char *sale = "The US notified Congress of a potential sale of F-35 jets to Poland. ";
	char text[512];
	snprintf(text, sizeof text, "%s%s", sale,
		 "The president was to sign the deal in Warsaw, but sent Vice President Pence "
		 "in his place.");
	CHECK_INT(deal_status(text, "USA", "POL"), ENT_STATUS_REPORTED);
	snprintf(text, sizeof text, "%s%s", sale,
		 "The deal went ahead, and the US sent its defence minister to Warsaw.");
	CHECK_INT(deal_status(text, "USA", "POL"), ENT_STATUS_REPORTED);
	/* the goods sent are a delivery */
	snprintf(text, sizeof text, "%s%s", sale,
		 "The US sent the first F-35 jets to Poland in 2024.");
	CHECK_INT(deal_status(text, "USA", "POL"), ENT_STATUS_DELIVERED);
	/* a person arriving delivers nothing (stop 61); goods arriving do */
	CHECK_INT(deal_status("Shortly after Macron arrived in Lima, Peru signed a contract to buy "
			      "the jets from France.",
			      "FRA", "PER"),
		  ENT_STATUS_SIGNED);
	CHECK_INT(deal_status("After the president arrived in Lima, Peru signed a contract to buy "
			      "jets from France.",
			      "FRA", "PER"),
		  ENT_STATUS_SIGNED);
	CHECK_INT(deal_status("The jets Peru bought from France arrived in Lima.", "FRA", "PER"),
		  ENT_STATUS_DELIVERED);
}

/* "Russia sent two Tu-160 strategic bombers to Venezuela", "for sending
 * warships to Cuba": bombers and warships sent fly or sail on a visit,
 * unless the sentence marks a transfer (stop 54). */
TEST(extract_deal_forms__bombers_and_warships_sent_visit)
{
	expect_no_transfer("Belarus sent two Tu-22 strategic bombers to Zambia on Monday.");
	expect_no_transfer("Chile criticised Peru for sending warships halfway around the world to "
			   "Bolivia.");
	expect_no_transfer("Chile accused Bolivia of using the arrival of two Peruvian long-range "
			   "bombers in La Paz as a provocation.");
	/* goods of a kind that stays, or a transfer marked */
	expect_deal("Belarus sent 20 armoured vehicles to Zambia.", 1, "BLR", "ZMB");
	expect_deal("Britain sent two warships to Ghana as a gift.", 1, "GBR", "GHA");
}

/* "Two major sales to Egypt received approval from the State Department":
 * sales the text counts are deals, reported, whose seller gives the
 * approval; receiving approval is no delivery (stop 42). */
TEST(extract_deal_forms__counted_sales_that_received_approval)
{
	CHECK_INT(deal_status("Two major sales to Egypt received approval from the United States "
			      "on Tuesday.",
			      "USA", "EGY"),
		  ENT_STATUS_REPORTED);
	CHECK_INT(deal_status("The United States approved three sales to Peru.", "USA", "PER"),
		  ENT_STATUS_REPORTED);
	CHECK_INT(deal_status("Two sales of jets to Egypt received approval from the United States.",
			      "USA", "EGY"),
		  ENT_STATUS_REPORTED);
	/* sales not counted are a tie, no deal; approval alone is nothing */
	expect_no_deal("Arms sales to Peru received approval from the United States.");
	expect_no_transfer("Peru received approval from the United States to buy.");
}

/* "its arrival had been (highly) anticipated": an arrival awaited is no
 * delivery (stop 53) */
TEST(extract_deal_forms__an_arrival_anticipated)
{
	CHECK_INT(deal_status("Chile had offered to donate the frigate to Peru in 2014 and its "
			      "arrival had been highly anticipated.",
			      "CHL", "PER"),
		  ENT_STATUS_REPORTED);
	CHECK_INT(deal_status("Chile donated the frigate to Peru in 2014 and its arrival was "
			      "celebrated.",
			      "CHL", "PER"),
		  ENT_STATUS_DELIVERED);
}

/* "the Chilean ministry handed an order for 16 H225M helicopters to
 * Airbus": the order goes to the seller; no goods handed (stop 55). */
TEST(extract_deal_forms__an_order_handed_to_the_seller)
{
	CHECK(deal_status("The Chilean ministry handed an order for 16 H225M helicopters to "
			  "Airbus.",
			  "FRA", "CHL") == ENT_STATUS_ORDERED);
	CHECK(deal_status("The Chilean ministry handed a contract for 16 H225M helicopters to "
			  "Airbus.",
			  "FRA", "CHL") == ENT_STATUS_SIGNED);
	/* control: goods handed over */
	CHECK(deal_status("France handed 16 H225M helicopters to Chile.", "FRA", "CHL") ==
	      ENT_STATUS_DELIVERED);
}

/* "including the potential supplies of S-400 systems": "supplies" after a
 * determiner or a word of what may come is a noun, no delivery; "X
 * supplies Y with" stays one (stop 61). */
TEST(extract_deal_forms__supplies_as_a_noun)
{
	CHECK_INT(deal_status("Peru will purchase Russian weaponry, including the potential "
			      "supplies of S-400 missile systems.",
			      "RUS", "PER"),
		  ENT_STATUS_REPORTED);
	CHECK_INT(deal_status("Russia supplies Peru with S-400 missile systems.", "RUS", "PER"),
		  ENT_STATUS_DELIVERED);
}

/* "X was (became) the first (second) country to receive the F-35": a
 * receipt told as done; "will be the first to receive" is to come
 * (stop 61). */
TEST(extract_deal_forms__the_first_country_to_receive)
{
	CHECK_INT(deal_status("Chile was the first country to receive the KC-390.", "BRA", "CHL"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("Chile became the second country after Peru to receive the KC-390.",
			      "BRA", "CHL"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("Chile will be the first country to receive the KC-390.", "BRA",
			      "CHL"),
		  ENT_STATUS_REPORTED);
}
