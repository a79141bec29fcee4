/*
 * test_extract_deal_lists2.c - deals stated with several buyers in one
 * clause: a firm and several states that sign together (the firm's state
 * sells to each), states that sign with a firm, a passive of buying or
 * choosing with a list after "by", and a list of states that buy or
 * choose a system the sentence (or the one before) names
 * (frames_deal.c rule_list_parties, customer_list_start).  Every sentence
 * here was written for these tests.
 */
#include "extract_harness.h"

#define N_(v) (sizeof(v) / sizeof((v)[0]))
#define REP ENT_STATUS_REPORTED
#define ORD ENT_STATUS_ORDERED
#define SIG ENT_STATUS_SIGNED

/* "Firm, A and B signed a contract for ...": the firm sells to each */
TEST(extract_deal_lists2__a_firm_and_several_states_sign)
{
	static const struct deal_list_case v[] = {
		{"Embraer, the Netherlands and Austria signed a contract for the acquisition of "
		 "9 C-390 aircraft.",
		 "BRA", {"NLD", "AUT"}, SIG, 2, {0}},
		{"Saab, Brazil and Colombia signed a contract for Gripen fighters.", "SWE",
		 {"BRA", "COL"}, SIG, 2, {0}},
		{"Hanwha Aerospace, Norway and Estonia signed agreements for K9 howitzers.", "KOR",
		 {"NOR", "EST"}, SIG, 2, {0}},
		{"Rheinmetall, Hungary, Lithuania and Austria have signed a framework contract "
		 "for artillery ammunition.",
		 "DEU", {"HUN", "LTU", "AUT"}, SIG, 3, {0}},
		{"Naval Group, Greece and Peru inked contracts for new frigates.", "FRA",
		 {"GRC", "PER"}, SIG, 2, {0}},
		{"Baykar, Kuwait and Mali signed deals for TB2 drones last year.", "TUR",
		 {"KWT", "MLI"}, SIG, 2, {0}},
	};
	CHECK(deal_list_run(v, N_(v)) == 0);
}

/* "A and B signed contracts with Firm for ...": the firm's state sells */
TEST(extract_deal_lists2__several_states_sign_with_a_firm)
{
	static const struct deal_list_case v[] = {
		{"Poland and Romania signed contracts with Raytheon for Patriot batteries.", "USA",
		 {"POL", "ROU"}, SIG, 2, {0}},
		{"Sweden, Switzerland and Germany signed contracts with Raytheon for Patriot "
		 "systems.",
		 "USA", {"SWE", "CHE", "DEU"}, SIG, 3, {0}},
		{"Greece and Croatia signed contracts with Dassault Aviation for Rafale jets.",
		 "FRA", {"GRC", "HRV"}, SIG, 2, {0}},
		{"Norway, Finland and Denmark have signed a deal with Saab for new radars.", "SWE",
		 {"NOR", "FIN", "DNK"}, SIG, 3, {0}},
		{"Chile and Peru signed agreements with Embraer for C-390 transports.", "BRA",
		 {"CHL", "PER"}, SIG, 2, {0}},
		{"Latvia, Estonia and Lithuania inked a joint contract with Hanwha for K9 "
		 "howitzers.",
		 "KOR", {"LVA", "EST", "LTU"}, SIG, 3, {0}},
	};
	CHECK(deal_list_run(v, N_(v)) == 0);
}

/* "X has been ordered/bought/selected by A, B and C" */
TEST(extract_deal_lists2__a_passive_of_buying_or_choosing_with_a_list)
{
	static const struct deal_list_case v[] = {
		{"The C-390 is a transport aircraft. To date, the aircraft has been ordered by "
		 "Brazil, Portugal, the Netherlands, South Korea and Hungary, with further talks "
		 "ongoing.",
		 "BRA", {"PRT", "NLD", "KOR", "HUN"}, ORD, 4, {0}},
		{"The FA-50 is a light fighter. The jet has been bought by Iraq, Poland and the "
		 "Philippines.",
		 "KOR", {"IRQ", "POL", "PHL"}, SIG, 3, {0}},
		{"The Gripen has been purchased by Hungary, Thailand and Brazil.", "SWE",
		 {"HUN", "THA", "BRA"}, SIG, 3, {0}},
		{"The K9 has been ordered by Egypt, Australia and Romania.", "KOR",
		 {"EGY", "AUS", "ROU"}, ORD, 3, {0}},
		{"The CAESAR has been acquired by Belgium, Lithuania and Croatia.", "FRA",
		 {"BEL", "LTU", "HRV"}, SIG, 3, {0}},
		{"The Bayraktar TB2 was bought by Ukraine, Poland and Morocco.", "TUR",
		 {"UKR", "POL", "MAR"}, SIG, 3, {0}},
		{"The HIMARS has been selected by Estonia, Latvia and Lithuania.", "USA",
		 {"EST", "LVA", "LTU"}, REP, 3, {0}},
		{"Rafale jets were ordered by Egypt, Qatar and India.", "FRA",
		 {"EGY", "QAT", "IND"}, ORD, 3, {0}},
		{"The Leopard 2 is a main battle tank. It has been purchased by Chile, Singapore "
		 "and Qatar.",
		 "DEU", {"CHL", "SGP", "QAT"}, SIG, 3, {0}},
		{"The NASAMS has been chosen by Spain, Lithuania and Indonesia.", "NOR",
		 {"ESP", "LTU", "IDN"}, REP, 3, {0}},
	};
	CHECK(deal_list_run(v, N_(v)) == 0);
}

/* "A, B and C (have) tapped/picked/selected/opted for/bought the X" */
TEST(extract_deal_lists2__a_list_that_buys_or_chooses_a_system)
{
	static const struct deal_list_case v[] = {
		{"The C-390 is a transport aircraft. Nations such as Portugal, Hungary and the "
		 "Czech Republic have also tapped the aircraft.",
		 "BRA", {"PRT", "HUN", "CZE"}, REP, 3, {0}},
		{"The Gripen is a light fighter. Countries such as Brazil, Thailand and Hungary "
		 "picked the jet.",
		 "SWE", {"BRA", "THA", "HUN"}, REP, 3, {0}},
		{"Estonia, Latvia and Lithuania have selected the HIMARS.", "USA",
		 {"EST", "LVA", "LTU"}, REP, 3, {0}},
		{"Greece, Croatia and Egypt opted for the Rafale.", "FRA", {"GRC", "HRV", "EGY"},
		 REP, 3, {0}},
		{"Poland, Romania and Sweden chose the Patriot.", "USA", {"POL", "ROU", "SWE"},
		 REP, 3, {0}},
		{"The K2 is a tank built in Korea. Poland, Romania and Peru have bought the tank.",
		 "KOR", {"POL", "ROU", "PER"}, SIG, 3, {0}},
		{"The Bayraktar TB2 is a drone. Nations such as Kuwait, Mali and Niger have also "
		 "acquired the drone.",
		 "TUR", {"KWT", "MLI", "NER"}, SIG, 3, {0}},
		{"The T-50 is a trainer. Indonesia, Iraq and Thailand have ordered the aircraft.",
		 "KOR", {"IDN", "IRQ", "THA"}, ORD, 3, {0}},
		{"Bulgaria, Slovakia and Croatia have picked the F-16.", "USA",
		 {"BGR", "SVK", "HRV"}, REP, 3, {0}},
		{"Norway, Finland and Estonia picked the K9 and signed contracts for it.", "KOR",
		 {"NOR", "FIN", "EST"}, SIG, 3, {0}},
	};
	CHECK(deal_list_run(v, N_(v)) == 0);
}

/* "A, B and C are among those already operating the K9", "A and B
 * already operate the X": holders, one deal with no stage each (stop 36) */
TEST(extract_deal_lists2__a_list_that_operates_a_system)
{
	static const struct deal_list_case v[] = {
		{"Countries such as Australia, Norway and Egypt are among those already operating "
		 "the K9.",
		 "KOR", {"AUS", "NOR", "EGY"}, ENT_STATUS_NONE, 3, {0}},
		{"Chile, Peru and Ghana already operate the Gripen.", "SWE", {"CHL", "PER", "GHA"},
		 ENT_STATUS_NONE, 3, {0}},
		{"Chile and Peru are among the countries flying the Gripen.", "SWE", {"CHL", "PER"},
		 ENT_STATUS_NONE, 2, {0}},
	};
	CHECK(deal_list_run(v, N_(v)) == 0);
	/* a generic word is no system of a maker */
	CHECK(ndeals_text("Chile, Peru and Ghana are using drones.") == 0);
}

/* "Purchases (Orders) by A, B and C have turned the plane into a success":
 * one deal each of the system named, or of the sentence before (stop 36) */
TEST(extract_deal_lists2__purchases_by_a_list)
{
	static const struct deal_list_case v[] = {
		{"Chile bought 24 Gripen jets in 2015. Purchases by Peru, Ghana and Kenya have "
		 "turned the plane into a success.",
		 "SWE", {"PER", "GHA", "KEN"}, SIG, 4, {0}},
		{"Orders by Peru and Ghana have made the Gripen a success.", "SWE", {"PER", "GHA"},
		 ORD, 2, {0}},
	};
	CHECK(deal_list_run(v, N_(v)) == 0);
	CHECK(ndeals_text("Purchases by Peru were not confirmed.") == 0);
}

/* no deal: pacts with no supplier, no state after "by", crews, exercises,
 * interest, negation, verbs that are no choice */
TEST(extract_deal_lists2__controls)
{
	static const char *none[] = {
		"Brazil, Argentina and Chile signed a defence cooperation pact.",
		"Chile, Peru and Colombia signed a memorandum on maritime security.",
		"Embraer, Brazil and Portugal signed a research cooperation pact.",
		"The C-390 has been ordered by the ministry.",
		"The C-390 was flown by pilots from Portugal and Hungary.",
		"The Gripen was flown by crews from Chile and Peru during the show.",
		"Participants in the exercise were Poland, Norway and Finland.",
		"The drill was joined by Chile, Peru and Colombia.",
		"The C-390 has drawn interest from Sweden and Slovakia.",
		"The C-390 has not been ordered by Chile, Peru or Colombia.",
		"Nations such as Chile and Peru have not picked the Gripen.",
		"Nations such as Chile, Peru and Colombia have shown interest in the Gripen.",
		"Chile, Peru and Colombia have selected Lima as the host of the summit.",
		"The K9 was picked by analysts in Chile and Peru as the best howitzer.",
		"The Rafale was evaluated by Switzerland, Finland and Canada.",
		"Switzerland, Finland and Canada rejected the Rafale.",
		"The K2 has been tested by Norway, Slovakia and Peru.",
		"The Gripen has been considered by Colombia, Peru and Bulgaria.",
		"The C-390 is a transport aircraft. It has drawn interest from Chile, Peru and "
		"India.",
	};
	int bad = texts_with_deals(none, N_(none));
	/* the maker's own state in the list is no buyer */
	{
		static const struct deal_list_case v[] = {
			{"The C-390 has been ordered by Brazil, Portugal and Hungary.", "BRA",
			 {"PRT", "HUN"}, ORD, 2, {0}},
			{"France, Greece and Croatia have picked the Rafale.", "FRA",
			 {"GRC", "HRV"}, REP, 2, {0}},
		};
		bad += deal_list_run(v, N_(v));
	}
	if (bad)
		fprintf(stderr, "    %d controls fail\n", bad);
	CHECK(bad == 0);
}

/* Three or more states that open the sentence without "and" before its
 * verb ("A, B, C, D are just some of the countries that have procured X")
 * buy as a list joined by "and" does; a list of two without "and" is no
 * list, and a list with "and" may be as long as a deal's role lists. */
TEST(extract_deal_lists2__a_list_without_and)
{
	static const struct deal_list_case v[] = {
		{"Kenya, Ghana, Chad, Niger, Togo are just some of the countries that have bought "
		 "Turkish drones.",
		 "TUR", {"KEN", "GHA", "TCD", "NER", "TGO"}, SIG, 5, {0}},
		{"Chile, Peru, Ecuador have ordered Korean howitzers.", "KOR",
		 {"CHL", "PER", "ECU"}, ORD, 3, {0}},
		{"Kenya, Ghana, Chad, Niger, Togo, Benin, Mali and Senegal are among the countries "
		 "that have bought Turkish drones.",
		 "TUR", {"KEN", "GHA", "TCD", "NER", "TGO", "BEN", "MLI", "SEN"}, SIG, 8, {0}},
	};
	CHECK(deal_list_run(v, N_(v)) == 0);
	/* control: "A, B have" is no list of buyers (the comma may close an
	 * aside) */
	expect_deal("Chile, Peru has ordered Korean howitzers.", 1, "KOR", "PER");
}

/* "A, B, C and D have signed an LoI on the purchase of CV90 vehicles" (D's
 * make): of three or more states listed as the buyers, the maker of the
 * goods sells to each of the others; a maker not listed sells to all
 * (stop 58). */
TEST(extract_deal_lists2__a_maker_among_the_listed_buyers)
{
	static const struct deal_list_case v[] = {
		{"Ghana, Togo, Kenya and Sweden have signed a letter of intent to collaborate on "
		 "the purchase of CV90 armoured vehicles.",
		 "SWE", {"GHA", "TGO", "KEN"}, ENT_STATUS_MOU, 3, {0}},
		{"Chile, Peru and Ecuador signed a letter of intent on the purchase of Bayraktar "
		 "TB2 drones.",
		 "TUR", {"CHL", "PER", "ECU"}, ENT_STATUS_MOU, 3, {0}},
	};
	CHECK(deal_list_run(v, N_(v)) == 0);
	/* control: a pair of two with the maker is the maker's sale */
	expect_deal("Ghana and Sweden signed a letter of intent on the purchase of CV90 vehicles.",
		    1, "SWE", "GHA");
}

/* Demonyms before a plural noun of forces are a list of buyers, no pair
 * of a seller and a buyer (stop 53). */
TEST(extract_deal_lists2__demonyms_of_forces_that_buy)
{
	static const struct deal_list_case v[] = {
		{"Chilean, Peruvian and Bolivian militaries have purchased T-90 tanks.", "RUS",
		 {"CHL", "PER", "BOL"}, SIG, 3, {0}},
		{"The Chilean and Peruvian armies ordered K9 howitzers.", "KOR", {"CHL", "PER"},
		 ORD, 2, {0}},
	};
	CHECK(deal_list_run(v, N_(v)) == 0);
	expect_not("Chilean and Peruvian armies have purchased T-90 tanks.", "CHL", "PER");
}

/* Makers listed before goods ("Chinese and Turkish drones") sell one deal
 * each to the buyer, with no price of the whole (stop 57). */
TEST(extract_deal_lists2__a_list_of_makers_is_one_deal_each)
{
	static const char *const two[] = {"CHN", "TUR", NULL}, *const to2[] = {"GHA", "GHA"};
	static const char *const three[] = {"GBR", "FRA", "ISR", NULL};
	static const char *const to3[] = {"CHL", "CHL", "CHL"};
	expect_deals("It is not known when Ghana placed orders for the Chinese and Turkish "
		     "drones.",
		     2, two, to2);
	expect_deals("Ghana is also acquiring first-class Chinese and Turkish tactical drones.", 2,
		     two, to2);
	expect_deals("Chile bought British, French and Israeli missiles for $90 million.", 3, three,
		     to3);
	CHECK(deal_usd("Chile bought British, French and Israeli missiles for $90 million.", "FRA",
		       "CHL") == 0);
	/* one maker of two states, and makers of no goods */
	expect_deals("Chinese and Turkish officials met in Accra, where Ghana bought drones from "
		     "Turkey.",
		     1, two + 1, to2);
}

/* "the role of A, B and C in supplying Y with weapons": a supply tie from
 * each state listed, no joint transfer (stop 62). */
TEST(extract_deal_lists2__the_role_of_givers_in_supplying)
{
	static const char *const sup[] = {"FRA", "ITA", "ESP", NULL};
	static const char *const rec[] = {"MAR", "MAR", "MAR", NULL};
	expect_deals("Algeria criticised the role of France, Italy, and Spain in supplying Morocco "
		     "with advanced weaponry.",
		     3, sup, rec);
	/* control: the same states as sellers of one system stay joint */
	expect_deal("France, Italy and Spain jointly supplied Morocco with the A400M transport.",
		    1, "FRA", "MAR");
}

/* "to Qatar and NATO members Poland and Romania", "contracts with 30
 * countries including Qatar and NATO members Poland and Romania": a bloc's
 * title in a list of buyers opens a list of its own (stop 62). */
TEST(extract_deal_lists2__a_bloc_title_inside_a_list)
{
	static const char *const sup[] = {"TUR", "TUR", "TUR", NULL};
	static const char *const rec[] = {"CHL", "EST", "LVA", NULL};
	expect_deals("Turkey has sold TB2 drones to Chile and NATO members Estonia and Latvia.", 3,
		     sup, rec);
	expect_deals("Baykar has signed export contracts for TB2 with 30 countries including Chile "
		     "and NATO members Estonia and Latvia.",
		     3, sup, rec);
}

/* A quotation mark may open the list of buyers (stop 64). */
TEST(extract_deal_lists2__a_quoted_list_of_buyers)
{
	static const char *const sup3[] = {"CHN", "CHN", "CHN", NULL},
				 *const rec3[] = {"EGY", "JOR", "IRQ", NULL};
	expect_deals("\"Egypt, Jordan and Iraq have all acquired the CH-4B armed version, and the "
		     "type has been employed widely.\"",
		     3, sup3, rec3);
}
