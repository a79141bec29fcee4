/*
 * test_extract_deal_customers.c - a list of the states that buy, ordered,
 * operate or received a system ("Buyers of the K9 include A, B and C",
 * "states that have ordered the Rafale are A and B", "is operated by A and
 * B") names one deal per state listed, the seller being the system's maker
 * (weapons.tsv) or the firm the sentence (or the one before) names
 * (frames_deal.c rule_customer_list); so does a relative clause on goods
 * ("Patriot missiles, which Kuwait and Oman have purchased": rule_which_bought).
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

#define N_(v) (sizeof(v) / sizeof((v)[0]))
#define NUL ENT_STATUS_NONE
#define ORD ENT_STATUS_ORDERED
#define SIG ENT_STATUS_SIGNED
#define DLV ENT_STATUS_DELIVERED

/* "customers/buyers/operators (of X) include/are A, B and C": no stage */
TEST(extract_deal_customers__a_noun_of_buyers_then_the_list)
{
	static const struct deal_list_case v[] = {
		{"Customers of the K239 include Poland with 288, the UAE with 12 and Norway.",
		 "KOR", {"POL", "ARE", "NOR"}, NUL, 3, {288, 12, 0}},
		{"Export customers of the Gripen include Hungary, Thailand and the Czech Republic.",
		 "SWE", {"HUN", "THA", "CZE"}, NUL, 3, {0}},
		{"Buyers of the CAESAR so far are Indonesia, Thailand, Belgium and Lithuania.",
		 "FRA", {"IDN", "THA", "BEL", "LTU"}, NUL, 4, {0}},
		{"Operators of the NASAMS include Spain, Lithuania and Indonesia.",
		 "NOR", {"ESP", "LTU", "IDN"}, NUL, 3, {0}},
		{"The JF-17 has few users; its foreign operators are Myanmar and Nigeria.",
		 "PAK", {"MMR", "NGA"}, NUL, 2, {0}},
		{"Other export customers for the Leopard 2 include Chile, Singapore and Qatar.",
		 "DEU", {"CHL", "SGP", "QAT"}, NUL, 3, {0}},
		{"Current users of the Akash are Armenia and India's own army.",
		 "IND", {"ARM"}, NUL, 1, {0}},
		{"The known customers of the Wing Loong II include Egypt, Saudi Arabia and Serbia.",
		 "CHN", {"EGY", "SAU", "SRB"}, NUL, 3, {0}},
		{"Foreign buyers of the FA-50 include Malaysia with 18, Poland with 48 and "
		 "Iraq with 24.",
		 "KOR", {"MYS", "POL", "IRQ"}, NUL, 3, {18, 48, 24}},
		{"Clients for the Piranha have included Denmark, Romania and Botswana.",
		 "CHE", {"DNK", "ROU", "BWA"}, NUL, 3, {0}},
		{"Customers for the Boxer are Lithuania, Australia, Qatar and Hungary.",
		 "DEU", {"LTU", "AUS", "QAT", "HUN"}, NUL, 4, {0}},
	};
	CHECK(deal_list_run(v, N_(v)) == 0);
}

/* the supplier named in the sentence or paragraph before */
TEST(extract_deal_customers__the_system_or_firm_of_the_sentence_before)
{
	static const struct deal_list_case v[] = {
		{"Korea Aerospace Industries builds the T-50 trainer. Buyers include Indonesia "
		 "(22), Iraq (24) and Thailand (14).",
		 "KOR", {"IDN", "IRQ", "THA"}, NUL, 3, {22, 24, 14}},
		{"Turkey's Baykar has made the TB2 a success. Its export customers so far are "
		 "Azerbaijan, Qatar and Ukraine.",
		 "TUR", {"AZE", "QAT", "UKR"}, NUL, 3, {0}},
		{"The Chunmoo rocket launcher was first fielded in 2015. Its customers include "
		 "Poland and Saudi Arabia.",
		 "KOR", {"POL", "SAU"}, NUL, 2, {0}},
		{"Dassault Aviation had long struggled to sell abroad. Its customers now include "
		 "India, Egypt, Qatar and Greece.",
		 "FRA", {"IND", "EGY", "QAT", "GRC"}, NUL, 4, {0}},
		{"Hyundai Rotem makes the K2 tank. Its buyers are Poland and Romania.",
		 "KOR", {"POL", "ROU"}, NUL, 2, {0}},
	};
	CHECK(deal_list_run(v, N_(v)) == 0);
}

/* "states that have ordered/bought/operate X are (include) A and B" */
TEST(extract_deal_customers__states_that_bought_are_a_list)
{
	static const struct deal_list_case v[] = {
		{"Other states that have ordered the Rafale are Greece, Croatia, Egypt and Qatar.",
		 "FRA", {"GRC", "HRV", "EGY", "QAT"}, ORD, 4, {0}},
		{"Countries that bought the K9 include Finland, Estonia and Norway.",
		 "KOR", {"FIN", "EST", "NOR"}, SIG, 3, {0}},
		{"Nations that have purchased the HIMARS include Romania, Estonia and Taiwan.",
		 "USA", {"ROU", "EST", "TWN"}, SIG, 3, {0}},
		{"The countries that operate the Bayraktar TB2 include Morocco, Poland and "
		 "Ethiopia.",
		 "TUR", {"MAR", "POL", "ETH"}, NUL, 3, {0}},
		{"States which have received the Patriot are Sweden, Romania and Poland.",
		 "USA", {"SWE", "ROU", "POL"}, DLV, 3, {0}},
		{"Countries that acquired the Su-30 include Algeria, Malaysia and Vietnam.",
		 "RUS", {"DZA", "MYS", "VNM"}, SIG, 3, {0}},
		{"Among the countries that have ordered the Hürjet are Spain and Indonesia.",
		 "TUR", {"ESP", "IDN"}, ORD, 2, {0}},
	};
	CHECK(deal_list_run(v, N_(v)) == 0);
}

/* "is operated by / in service with A, B and C" */
TEST(extract_deal_customers__operated_by_or_in_service_with_a_list)
{
	static const struct deal_list_case v[] = {
		{"The Bayraktar TB2 is operated by Ukraine, Poland, Morocco and Ethiopia.",
		 "TUR", {"UKR", "POL", "MAR", "ETH"}, NUL, 4, {0}},
		{"The Gripen is also operated by Brazil, South Africa and Thailand.",
		 "SWE", {"BRA", "ZAF", "THA"}, NUL, 3, {0}},
		{"The K9 is in service with Turkey, India, Poland and Australia.",
		 "KOR", {"TUR", "IND", "POL", "AUS"}, DLV, 4, {0}},
		{"Today the Leopard 1 remains in service with Brazil, Chile and Greece.",
		 "DEU", {"BRA", "CHL", "GRC"}, DLV, 3, {0}},
		{"The F-16 is now flown by Chile, Pakistan, Egypt and Indonesia.",
		 "USA", {"CHL", "PAK", "EGY", "IDN"}, NUL, 4, {0}},
		{"The Wing Loong is used by Nigeria, Egypt and Kazakhstan.",
		 "CHN", {"NGA", "EGY", "KAZ"}, NUL, 3, {0}},
		/* "has entered service in / with": delivered */
		{"The S-400 has already entered service in China and Turkey.",
		 "RUS", {"CHN", "TUR"}, DLV, 2, {0}},
		{"The Hürjet entered service with Spain and Indonesia.",
		 "TUR", {"ESP", "IDN"}, DLV, 2, {0}},
		/* the armed forces of a group, then "including" */
		{"The K9 is already in service with the armed forces of several countries, "
		 "including Turkey, India, and Poland.",
		 "KOR", {"TUR", "IND", "POL"}, DLV, 3, {0}},
		{"The K9 is in service with many countries including Turkey and India.",
		 "KOR", {"TUR", "IND"}, DLV, 2, {0}},
		{"The K9 is in service with the armed forces of Turkey and India.",
		 "KOR", {"TUR", "IND"}, DLV, 2, {0}},
		/* "in service in" (stop 60) */
		{"Bayraktar TB2 drones are already in service in Ghana, Togo and Kenya.", "TUR",
		 {"GHA", "TGO", "KEN"}, DLV, 3, {0}},
	};
	CHECK(deal_list_run(v, N_(v)) == 0);
	/* a list longer than a fact's parties: one deal each (stop 60) */
	ent_fact_list *l = run("The K9 is in service in Ghana, Togo, Kenya, Chile, Peru, Norway, "
			       "Finland, Estonia and Egypt.",
			       NULL);
	CHECK(l && ndeals(l) == 9 && find_deal(l, "KOR", "EGY") && find_deal(l, "KOR", "EST"));
	ent_fact_list_free(l);
	/* a place in the seller's own forces is none */
	expect_no_deal("The F-16 has been in service in the US Air Force since 1978.");
	/* "is used in many countries including", a bloc of the list passed
	 * over, "The drone system" naming the system before (stop 60) */
	l = run("The Hermes 900 is a medium-sized drone. The drone system is used in many "
		"countries including Ghana, Togo, the European Union and Kenya.",
		NULL);
	CHECK(l && ndeals(l) == 3 && find_deal(l, "ISR", "GHA") && find_deal(l, "ISR", "KEN"));
	ent_fact_list_free(l);
	expect_no_deal("The Hermes 900 is used in Chile.");
}

/* goods "already in service with the Xn air force" beside a new order of
 * the same design: a deal apart, with its own count (stop 60) */
TEST(extract_deal_customers__already_in_service_is_a_deal_apart)
{
	ent_fact_list *l = run("Kenya has selected 26 Rafale Marine jets for its navy in a deal "
			       "signed with France. The Kenyan Navy's 26 Rafale will join the 36 "
			       "Rafale already in service with the Kenyan Air Force.",
			       NULL);
	size_t i, signed_ = 0, held = 0;
	for (i = 0; l && i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_DEAL || strcmp(f->recipient.s, "KEN"))
			continue;
		signed_ += f->status == ENT_STATUS_SIGNED;
		held += f->status == ENT_STATUS_DELIVERED && f->nitems == 1 &&
			f->items[0].quantity == 36;
	}
	CHECK(signed_ == 1 && held == 1);
	ent_fact_list_free(l);
	/* control: held goods with no deal beside them stay one deal */
	expect_deal("The K9 is now in service with the Estonian army.", 1, "KOR", "EST");
}

/* "in Xn and Yn service", "in service with the Xn army (and Yn air
 * forces)": demonyms of forces (rule_in_service, stop 38); the system
 * nearest before, not the maker's own service */
TEST(extract_deal_customers__in_the_service_of_demonyms)
{
	static const struct deal_list_case v[] = {
		{"TB2s have recently emerged in Kenyan and Tanzanian service.",
		 "TUR", {"KEN", "TZA"}, DLV, 2, {0}},
		{"The K9 is now in service with the Estonian army.", "KOR", {"EST"}, DLV, 1, {0}},
		{"Rafale jets entered service with the Indian and Greek air forces.",
		 "FRA", {"IND", "GRC"}, DLV, 2, {0}},
		{"Many armies fly the Wing Loong, while TB2s have emerged in Kenyan "
		 "service.",
		 "TUR", {"KEN"}, DLV, 1, {0}},
	};
	CHECK(deal_list_run(v, N_(v)) == 0);
	expect_deal("TB2 drones are not in Kenyan service.", 0, NULL, NULL);
	expect_deal("TB2 drones are in Turkish service.", 0, NULL, NULL);
	expect_deal("The jets remain in service with the Indian and Greek pilots.", 0, NULL, NULL);
}

/* a list after "countries that include / such as" with a verb of supply
 * (a generic "has sold/exported" stays a supply tie with no stage), and
 * earlier buyers counted with a large ordinal */
TEST(extract_deal_customers__lists_after_supply_and_ordinals)
{
	static const struct deal_list_case v[] = {
		{"Hanwha Aerospace has won contracts to supply 150 jets to countries that include "
		 "Iraq, Peru and Senegal.",
		 "KOR", {"IRQ", "PER", "SEN"}, SIG, 3, {0}},
		{"Norinco has sold armoured vehicles to countries such as Kenya, Nigeria and "
		 "Sudan.",
		 "CHN", {"KEN", "NGA", "SDN"}, NUL, 3, {0}},
		{"Saab has exported radars to countries including Thailand, Brazil and Hungary.",
		 "SWE", {"THA", "BRA", "HUN"}, NUL, 3, {0}},
	};
	static const struct deal_list_case w[] = {
		{"Romania became the tenth country to buy the K9, after Finland, Estonia, Norway "
		 "and India.",
		 "KOR", {"FIN", "EST", "NOR", "IND"}, NUL, 5, {0}},
		{"Peru became the ninth nation to buy the FA-50, after Poland and Malaysia.",
		 "KOR", {"POL", "MYS"}, NUL, 3, {0}},
	};
	CHECK(deal_list_run(v, N_(v)) == 0);
	CHECK(deal_list_run(w, N_(w)) == 0);
	CHECK(deal_status("Romania became the tenth country to buy the K9, after Finland, "
			  "Estonia, Norway and India.", "KOR", "ROU") >= 0);
}

/* no deal: interest, exercises, alliances, no system in reach, the maker
 * itself, negation, prospective buyers */
TEST(extract_deal_customers__controls)
{
	static const char *none[] = {
		"Countries such as Iraq and Peru have shown interest in the jet.",
		"The exercise included Poland, Norway and Finland.",
		"Allies include Japan and South Korea.",
		"Members of the group include Chile, Peru and Colombia.",
		"Customers include Chile, Peru and Colombia.",
		"Its partners are Brazil, Argentina and Uruguay.",
		"Potential customers of the Gripen include Colombia, Peru and the Philippines.",
		"Prospective buyers of the K2 are Slovakia and Peru.",
		"The Rafale is not operated by Spain, Italy or Germany.",
		"Customers of the Rafale do not include Brazil or Canada.",
		"States that have expressed interest in the CAESAR include Chile and Peru.",
		"Countries that have tested the TB2 include Japan and Korea.",
		"The summit was attended by Chile, Peru and Colombia.",
		"The talks are hosted by Qatar, Egypt and Oman.",
		"Users of the app include Kenya, Ghana and Senegal.",
		"Observers of the K9 trials included Chile and Peru.",
		"Countries that could buy the K9 include Vietnam and Egypt.",
	};
	int bad = texts_with_deals(none, N_(none));
	/* the maker's own state in the list is no buyer */
	{
		static const struct deal_list_case v[] = {
			{"Operators of the K9 include South Korea, Poland and Norway.", "KOR",
			 {"POL", "NOR"}, NUL, 2, {0}},
			{"The CAESAR is in service with France, Belgium and Lithuania.", "FRA",
			 {"BEL", "LTU"}, DLV, 2, {0}},
		};
		bad += deal_list_run(v, N_(v));
	}
	if (bad)
		fprintf(stderr, "    %d controls fail\n", bad);
	CHECK(bad == 0);
}

/* "Other customers of the UAS outside of Turkey have included A, B and
 * C": the home the customers are outside of sells to each, and is no
 * customer itself. */
TEST(extract_deal_customers__customers_outside_the_maker_s_home)
{
	static const char *const sup[] = {"ESP", "ESP", "ESP", NULL};
	static const char *const rec[] = {"CHL", "PER", "BOL", NULL};
	expect_deals("Other customers of the UAS outside of Spain have included Chile, Peru and "
		     "Bolivia.",
		     3, sup, rec);
}

/* "has been purchased by customers including A, B and C", "bought by many
 * countries including A and B": each state after "including" buys from
 * the system's maker. */
TEST(extract_deal_customers__bought_by_customers_including)
{
	static const struct deal_list_case v[] = {
		{"The CAESAR howitzer has previously been purchased by customers including "
		 "Belgium, Lithuania and Morocco.",
		 "FRA", {"BEL", "LTU", "MAR"}, SIG, 3, {0}},
		{"The K9 howitzer has been bought by many countries including Poland and Norway.",
		 "KOR", {"POL", "NOR"}, SIG, 2, {0}},
	};
	CHECK(deal_list_run(v, N_(v)) == 0);
}

/* "Nine nations outside of Korea, including A, B and C, have purchased
 * the K9", "Several countries, such as A, B and C, have ...": a counted
 * group, its list set off by commas, buys as a list at the head does. */
TEST(extract_deal_customers__a_counted_group_and_its_list)
{
	static const struct deal_list_case v[] = {
		{"Nine nations outside of Korea, including Turkey, Poland and Egypt, have "
		 "purchased the K9.",
		 "KOR", {"TUR", "POL", "EGY"}, SIG, 3, {0}},
		{"Several countries, such as Turkey, Poland and Egypt, have purchased the K9.",
		 "KOR", {"TUR", "POL", "EGY"}, SIG, 3, {0}},
	};
	CHECK(deal_list_run(v, N_(v)) == 0);
}

/* "Several foreign militaries field the HIMARS, including A, B and C",
 * "Many countries have bought the K9, such as A and B": a group that
 * holds or buys goods, its list after them (stop 43). */
TEST(extract_deal_customers__a_group_s_verb_then_the_list)
{
	static const struct deal_list_case v[] = {
		{"Several foreign militaries currently field the HIMARS, including Jordan, Romania "
		 "and Singapore.",
		 "USA", {"JOR", "ROU", "SGP"}, NUL, 3, {0}},
		{"Many countries have bought the K9 howitzer, such as Poland, Norway and Estonia.",
		 "KOR", {"POL", "NOR", "EST"}, SIG, 3, {0}},
	};
	CHECK(deal_list_run(v, N_(v)) == 0);
	expect_deal("Several countries have not bought the K9 howitzer, such as Poland and Norway.",
		    0, NULL, NULL);
	expect_deal("Several countries criticised the HIMARS, including Jordan and Romania.", 0,
		    NULL, NULL);
}

/* "buys ships from countries in Western Europe such as A, B and C": the
 * sellers are the states after "such as" past the qualifier of the
 * group. */
TEST(extract_deal_customers__sellers_after_a_qualified_group)
{
	static const char *const sup[] = {"FRA", "DEU", "NLD", NULL};
	static const char *const rec[] = {"MYS", "MYS", "MYS", NULL};
	expect_deals("Malaysia buys ships from countries in Western Europe such as France, "
		     "Germany and the Netherlands.",
		     3, sup, rec);
}

/* "(According to X,) Peru's neighbours such as Chile and Bolivia buy
 * ships from France": each state of the owner's group buys, as "Countries
 * such as A and B buy" does. */
TEST(extract_deal_customers__an_owner_s_group_and_its_list)
{
	static const char *const sup[] = {"FRA", "FRA", NULL};
	static const char *const rec[] = {"CHL", "BOL", NULL};
	expect_deals("Peru's neighbours such as Chile and Bolivia buy ships from France.", 2, sup,
		     rec);
	expect_deals("According to analysts, Peru's neighbouring countries such as Chile and "
		     "Bolivia buy ships from France.",
		     2, sup, rec);
}

TEST(extract_deal_customers__which_states_have_bought)
{
	static const char *sup[] = {"USA", "USA", "USA", "USA", NULL};
	static const char *rec[] = {"QAT", "KWT", "SAU", "ARE", NULL};
	expect_deals("Qatar acquired Patriot missiles, which other Gulf countries such as Kuwait, "
		     "Saudi Arabia and the United Arab Emirates have purchased in the past.",
		     4, sup, rec);
	expect_deals("Qatar acquired Patriot missiles, which Kuwait has also bought.", 2,
		     (const char *const[]){"USA", "USA", NULL},
		     (const char *const[]){"QAT", "KWT", NULL});
	/* not bought, or not bought by the states listed */
	expect_deal("Qatar acquired Patriot missiles, which Kuwait has never bought.", 1, "USA",
		    "QAT");
	expect_deal("Qatar acquired Patriot missiles, which Iran has attacked.", 1, "USA", "QAT");
}

/* "Export orders soon came from A, B (12 aircraft) and C (six aircraft)":
 * one order per state listed, of the system the sentence or the one before
 * names, over an aside after a state ("A (whose 50 aircraft are built at
 * ...)"), its count when it opens with one (stop 44). */
TEST(extract_deal_customers__orders_came_from_a_list)
{
	static const struct deal_list_case v[] = {
		{"The Gripen is a light fighter. Export orders soon came from Hungary, Brazil (36 "
		 "aircraft), Thailand (six aircraft) and Colombia.",
		 "SWE", {"HUN", "BRA", "THA", "COL"}, ENT_STATUS_ORDERED, 4, {0, 36, 6, 0}},
		{"The Gripen is a light fighter. Some 14 jets were ordered for the Swedish Air "
		 "Force, and export orders soon came from Brazil (whose 36 aircraft are being "
		 "built at a plant near Sao Paulo), Thailand (six aircraft) and Colombia.",
		 "SWE", {"BRA", "THA", "COL"}, ENT_STATUS_ORDERED, 3, {0, 6, 0}},
		{"Orders for the Gripen have since come in from Hungary and Thailand.", "SWE",
		 {"HUN", "THA"}, ENT_STATUS_ORDERED, 2, {0}},
	};
	CHECK(deal_list_run(v, N_(v)) == 0);
	/* controls: orders hoped for, and a list of no buyers */
	expect_no_deal("The Gripen is a light fighter. Potential orders came from Hungary and "
		       "Thailand.");
	expect_no_deal("The Gripen is a light fighter. Praise soon came from Hungary and "
		       "Thailand.");
}

/* "Kuwait has become the seventh customer for the Airbus Helicopters H225M
 * Caracal": "for" like "of", and the maker's firm before the system. */
TEST(extract_deal_customers__the_customer_for_a_firm_s_system)
{
	expect_deal("Kuwait has become the seventh customer for the Airbus Helicopters H225M "
		    "Caracal.",
		    1, "FRA", "KWT");
	expect_deal("Chile is the latest customer of the Saab Gripen.", 1, "SWE", "CHL");
	/* control: the maker's own state is no customer */
	expect_no_deal("France has become the first customer for the Airbus Helicopters H225M "
		       "Caracal.");
}

/* "Poland announced that the H225M Caracal had been selected to meet a
 * requirement": the state telling of the passive choice buys the system
 * (reported); not when negated, nor for no system (stop 44). */
TEST(extract_deal_customers__a_choice_announced_in_the_passive)
{
	CHECK_INT(deal_status("In April 2015, Poland announced that the H225M Caracal had been "
			      "selected to meet a requirement for 50 helicopters.",
			      "FRA", "POL"),
		  ENT_STATUS_REPORTED);
	CHECK_INT(deal_status("Chile said that the Gripen was selected as its next fighter.",
			      "SWE", "CHL"),
		  ENT_STATUS_REPORTED);
	expect_no_deal("Poland announced that the H225M Caracal had not been selected.");
	expect_no_deal("Poland announced that its pilots had been selected for training.");
}

/* "Other buyers of Block 70/72 standard F-16s are A, B and C": numbers,
 * "/" and words before the system, and a plural whose "s" is glued to a
 * number ("F-16s", "Su-30s"), keep the list (stop 61). */
TEST(extract_deal_customers__buyers_of_a_plural_with_modifiers)
{
	static const struct deal_list_case v[] = {
		{"Other buyers of Block 52/60 upgraded Su-30s are Angola, Uganda and Vietnam.",
		 "RUS", {"AGO", "UGA", "VNM"}, ENT_STATUS_NONE, 3, {0}},
		{"Buyers of F-16s include Chile, Jordan and Oman.", "USA", {"CHL", "JOR", "OMN"},
		 ENT_STATUS_NONE, 3, {0}},
	};
	CHECK(deal_list_run(v, N_(v)) == 0);
	/* control: a name between the words and the system ends the list */
	expect_no_deal("Buyers of Chile's old Su-30s include Angola and Uganda.");
}

/* "X is Africa's fourth confirmed Akinci user", "X became the second Rafale
 * customer": the designation right before the noun of clients; a list
 * after a fronted "After" held the system first, and is no subject
 * (subject_before passes over it; stop 62). */
TEST(extract_deal_customers__designation_before_the_client_noun)
{
	static const struct deal_list_case v[] = {
		{"Kenya became the second Rafale customer.", "FRA", {"KEN"}, NUL, 1, {0}},
		{"Chad is Africa's third confirmed Akinci user.", "TUR", {"TCD"}, NUL, 1, {0}},
		{"After Somalia, Chad, and Gabon, Niger is the fourth known Akinci user.", "TUR",
		 {"NER", "SOM", "TCD", "GAB"}, NUL, 4, {0}},
		{"After Chile and Peru, Colombia became the third customer of the Rafale.", "FRA",
		 {"COL", "CHL", "PER"}, NUL, 3, {0}},
		{"Following Kenya, Ghana became the second Rafale operator.", "FRA",
		 {"GHA", "KEN"}, NUL, 2, {0}},
		/* controls: negated; an armed service is no subject of its own */
		{"Chad is not an Akinci user.", "TUR", {NULL}, NUL, 0, {0}},
		{"The Chadian army's chief said the Akinci user manual was lost.", "TUR", {NULL},
		 NUL, 0, {0}},
	};
	CHECK(deal_list_run(v, N_(v)) == 0);
}

/* "With this contract, X is Russia's sixth customer country for the
 * Yak-130, after A, B, and neighboring C": the possessor of the ordinal
 * sells, the states after "after" bought before (stop 62; sz/001). */
TEST(extract_deal_customers__a_possessor_s_ordinal_customer)
{
	ent_fact_list *l = run("With this contract, Peru is Russia's sixth customer country for "
			       "the Yak-130 aircraft, after Chad, Ghana, and neighboring Bolivia.",
			       NULL);
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK(find_deal(l, "RUS", "PER") != NULL);
	CHECK(find_deal(l, "RUS", "TCD") != NULL);
	CHECK(find_deal(l, "RUS", "GHA") != NULL);
	CHECK(find_deal(l, "RUS", "BOL") != NULL);
	CHECK(find_deal(l, "PER", "RUS") == NULL);
	CHECK_INT(ndeals(l), 4);
	ent_fact_list_free(l);
}

/* "X has become the first foreign buyer of Y's Pinaka launchers, which
 * arrived this year": the customer's goods arrived, a delivery (stop
 * 62). */
TEST(extract_deal_customers__a_customer_s_goods_arrived)
{
	CHECK_INT(deal_status("Peru has become the first foreign buyer of India's Pinaka rocket "
			      "launchers, which arrived this year.",
			      "IND", "PER"),
		  ENT_STATUS_DELIVERED);
	/* control: to arrive next year, a tie */
	CHECK_INT(deal_status("Peru is a customer of India's Pinaka rocket launchers, which will "
			      "arrive next year.",
			      "IND", "PER"),
		  ENT_STATUS_NONE);
}

TEST(extract_deal_customers__among_the_recipients_alongside)
{
	/* "gives goods to partner countries, with Y among the recipients,
	 * alongside A and B": a tie from the giver to each (stop 63) */
	expect_deals("Chile provides non-lethal equipment to partner countries, with Peru among "
		     "the recipients this year, alongside Ghana, Kenya, and Fiji.",
		     4, (const char *const[]){"CHL", "CHL", "CHL", "CHL", NULL},
		     (const char *const[]){"PER", "GHA", "KEN", "FJI", NULL});
	expect_deal("Chile provides equipment to partner countries, with Peru among the "
		    "recipients.",
		    1, "CHL", "PER");
	/* other groups a state is among are none */
	expect_not("Chile provides equipment to partner countries, with Peru among the critics.",
		   "CHL", "PER");
}
