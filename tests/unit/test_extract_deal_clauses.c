/*
 * test_extract_deal_clauses.c - a deal's parties and goods stay inside
 * their own clause: a noun of transfer that names its supplier ("the
 * transfer of Iranian missiles to Y"), a phrase of purpose or response on
 * another state's arms ("to counter X's jets", "in response to X's
 * purchase", "amid X's ...", "similar to X's ..."), a subordinate clause
 * with a subject of its own ("before X launched its offensive") and a
 * relative clause between the subject and its verb (", which operates
 * US-made jets,").  Each family has controls that must still give the
 * deal.  Every sentence here was written for these tests.
 */
#include "extract_harness.h"

/* The deal sup -> rec of text holds no item of category cat. */
static void expect_no_goods_of(const char *text, const char *sup, const char *rec,
			       ent_category cat)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f;
	size_t i;
	CHECK(l != NULL);
	if (!l)
		return;
	f = find_deal(l, sup, rec);
	if (!f)
		fprintf(stderr, "    no deal %s -> %s in: %s\n", sup, rec, text);
	for (i = 0; f && i < f->nitems; i++)
		if (f->items[i].category == cat)
			fprintf(stderr, "    goods of another clause in: %s\n", text);
	for (i = 0; f && i < f->nitems && f->items[i].category != cat; i++)
		;
	CHECK(f != NULL && i == f->nitems);
	ent_fact_list_free(l);
}

/* The deal sup -> rec of text, published on 1 May 2024, is of year y. */
static void expect_year(const char *text, const char *sup, const char *rec, int y)
{
	int got = deal_year(text, "2024-05-01", sup, rec);
	if (got != y)
		fprintf(stderr, "    year %d, not %d, in: %s\n", got, y, text);
	CHECK_INT(got, y);
}

TEST(extract_deal_clauses__a_noun_of_transfer_names_its_own_supplier)
{
	expect_deal("Washington imposed sanctions on firms involved in the transfer of Iranian "
		    "missiles to Yemen.",
		    1, "IRN", "YEM");
	expect_deal("Kyiv has sanctioned companies behind the shipment of Iranian drones to Russia.",
		    1, "IRN", "RUS");
	expect_deal("Israel is investigating the supply of Iranian rockets to Lebanon.", 1, "IRN",
		    "LBN");
	expect_deal("Britain reported the transfer of North Korean shells to Russia.", 1, "PRK",
		    "RUS");
	expect_deal("Germany denounced the transfers of Iranian drones to Russia.", 1, "IRN", "RUS");
	expect_deal("France criticised the sale of Chinese drones to Serbia.", 1, "CHN", "SRB");
	expect_deal("Seoul condemned the shipments of North Korean missiles to Russia.", 1, "PRK",
		    "RUS");
	expect_deal("The European Union condemned the delivery of Russian-made tanks to Mali.", 1,
		    "RUS", "MLI");
	expect_deal("Japan protested against the deliveries of Chinese-built patrol boats to the "
		    "Solomon Islands.",
		    1, "CHN", "SLB");
	expect_deal("The supply of Turkish-made drones to Ethiopia was criticised by Egypt.", 1, "TUR",
		    "ETH");
}

TEST(extract_deal_clauses__who_sanctions_a_transfer_is_no_party)
{
	/* no supplier stated: none, and not the one who sanctions */
	expect_no_transfer("Washington sanctioned firms involved in the transfer of missiles to "
			   "Yemen.");
	expect_no_transfer("The US imposed sanctions on a network behind the shipment of drones "
			   "to Sudan.");
	expect_no_transfer("Britain reported the transfer of artillery shells to Russia.");
	/* who punishes the givers, "for" and a gerund (stop 43) */
	expect_no_transfer("The US sanctioned 19 entities for providing military aid to Russia.");
	expect_no_transfer("Britain sanctioned three firms for supplying drones to Iran.");
	expect_deal("Ukraine thanked Poland for supplying tanks to Kyiv.", 1, "POL", "UKR");
	/* a state that reports its own deal stays a party */
	expect_deal("Armenia reported that it signed a contract with France for CAESAR howitzers.", 1,
		    "FRA", "ARM");
	expect_deal("Azerbaijan Reports Largest Ever Deal with Pakistan for JF-17 Jets", 1, "PAK",
		    "AZE");
}

TEST(extract_deal_clauses__a_noun_of_transfer_controls)
{
	expect_deal("Israel agreed to the transfer of 12 drones to Morocco.", 1, "ISR", "MAR");
	expect_deal("Russia approved the delivery of Russian-made S-400 systems to India.", 1, "RUS",
		    "IND");
	expect_deal("Iran's transfer of drones to Russia was condemned by Ukraine.", 1, "IRN", "RUS");
	expect_deal("The sale of French Rafale jets to Egypt was signed in 2015.", 1, "FRA", "EGY");
	expect_deal("The transfer of 20 Leopard tanks from Germany to Ukraine was completed.", 1,
		    "DEU", "UKR");
}

TEST(extract_deal_clauses__what_a_purchase_counters_is_no_party)
{
	expect_deal("Pakistan ordered Chinese frigates to counter India's Rafale jets.", 1, "CHN",
		    "PAK");
	expect_no_goods_of("Pakistan ordered Chinese frigates to counter India's Rafale jets.", "CHN",
			   "PAK", ENT_CAT_AIRCRAFT);
	expect_deal("Greece bought Rafale jets from France to match Turkey's F-16 fleet.", 1, "FRA",
		    "GRC");
	expect_deal("To counter Russia's Iskander missiles, Poland purchased HIMARS launchers from "
		    "the United States.",
		    1, "USA", "POL");
	expect_deal("Taiwan will buy Harpoon missiles from the US to deter China's navy.", 1, "USA",
		    "TWN");
	expect_deal("Vietnam acquired Indian BrahMos missiles to offset China's carrier fleet.", 1,
		    "IND", "VNM");
	expect_deal("Egypt is buying German submarines to rival Israel's Dolphin submarines.", 1,
		    "DEU", "EGY");
	{
		/* Algeria's own Russian-made jets stay a holding of Algeria's */
		static const char *const s[] = {"TUR", "RUS", NULL}, *const r[] = {"MAR", "DZA", NULL};
		expect_deals("Morocco ordered Turkish drones to balance Algeria's Russian-made jets.", 2,
			     s, r);
	}
	expect_no_goods_of("Morocco ordered Turkish drones to balance Algeria's Russian-made jets.",
			   "TUR", "MAR", ENT_CAT_AIRCRAFT);
}

TEST(extract_deal_clauses__a_purpose_without_a_state_keeps_the_deal)
{
	expect_deal("Pakistan ordered frigates from China to counter the threat.", 1, "CHN", "PAK");
	expect_deal("Vietnam bought BrahMos missiles from India to counter Chinese pressure.", 1,
		    "IND", "VNM");
	expect_year("Serbia bought Chinese missiles in 2020 to counter the threat of drones.", "CHN",
		    "SRB", 2020);
}

TEST(extract_deal_clauses__what_a_purchase_answers_is_no_party)
{
	expect_deal("Algeria acquired Su-57 jets as an answer to Morocco's F-35 purchase.", 1, "RUS",
		    "DZA");
	expect_deal("In response to Azerbaijan's purchase of Israeli drones, Armenia bought Indian "
		    "radars.",
		    1, "IND", "ARM");
	expect_deal("Armenia bought Indian radars in response to Azerbaijan's purchase of Israeli "
		    "drones.",
		    1, "IND", "ARM");
	expect_deal("Qatar, in reply to Bahrain's F-16 order, bought Rafale jets from France.", 1,
		    "FRA", "QAT");
	expect_deal("Peru ordered South Korean K2 tanks as a counter to Chile's Leopard tanks.", 1,
		    "KOR", "PER");
	expect_deal("Romania is acquiring F-35 jets from the United States in answer to Russia's "
		    "missile buildup.",
		    1, "USA", "ROU");
	expect_deal("Saudi Arabia bought Chinese drones as a response to Iran's drone programme.", 1,
		    "CHN", "SAU");
	expect_deal("India ordered more S-400 batteries from Russia amid Pakistan's purchase of "
		    "Chinese J-10 jets.",
		    1, "RUS", "IND");
	expect_deal("Colombia bought Swedish Gripen jets, similar to Brazil's Gripen jets.", 1, "SWE",
		    "COL");
	expect_deal("Like Turkey's army, Qatar received Leopard tanks from Germany.", 1, "DEU", "QAT");
	expect_deal("Saudi Arabia, like the UAE, bought THAAD systems from the United States.", 1,
		    "USA", "SAU");
	expect_deal("Egypt, like Qatar, bought Rafale jets from France.", 1, "FRA", "EGY");
	expect_deal("Serbia bought Chinese FK-3 systems amid Croatia's purchase of French Rafale "
		    "jets.",
		    1, "CHN", "SRB");
	expect_deal("In 2022, in response to India's Rafale purchase, Pakistan ordered J-10C jets "
		    "from China.",
		    1, "CHN", "PAK");
	expect_year("In 2022, in response to India's Rafale purchase, Pakistan ordered J-10C jets "
		    "from China.",
		    "CHN", "PAK", 2022);
}

TEST(extract_deal_clauses__a_response_without_a_state_keeps_the_deal)
{
	expect_deal("In response to the threat, Poland bought K2 tanks from South Korea.", 1, "KOR",
		    "POL");
	expect_deal("India, in response to the border clashes, bought Heron drones from Israel.", 1,
		    "ISR", "IND");
	expect_deal("In response to Russia's invasion, Germany sent Leopard tanks to Ukraine.", 1,
		    "DEU", "UKR");
	expect_deal("Algeria bought Su-57 jets from Russia as part of a modernisation drive.", 1,
		    "RUS", "DZA");
	expect_deal("Russia supplied S-400 missiles to Turkey despite US objections.", 1, "RUS",
		    "TUR");
	expect_deal("The Philippines ordered BrahMos missiles from India as a deterrent against "
		    "China.",
		    1, "IND", "PHL");
}

TEST(extract_deal_clauses__a_subordinate_clause_names_no_party)
{
	expect_no_deal("A batch of howitzers was delivered to Armenia before Azerbaijan launched "
		       "its offensive.");
	expect_no_deal("Several drones were shipped to Sudan while Egypt was mediating.");
	expect_no_deal("Tanks were delivered to Ukraine after Russia invaded in 2022.");
	expect_no_transfer("Before Serbia closed its border, rifles had been sold to Kosovo.");
	expect_no_deal("Missiles were sent to Yemen when Saudi Arabia launched air strikes.");
	expect_no_deal("Ammunition was supplied to Armenia until Azerbaijan retook the region.");
	expect_no_deal("Artillery shells were shipped to Ukraine because Russia had seized the "
		       "port.");
	expect_no_deal("Drones were delivered to Ethiopia as Eritrea withdrew its troops.");
	expect_no_deal("Since Azerbaijan launched its offensive, rockets have been delivered to "
		       "Armenia.");
	expect_no_deal("Two frigates were handed over to Nigeria once Cameroon had signed the "
		       "border treaty.");
	expect_no_transfer("Jets were sold to Taiwan although China protested.");
	expect_deal("Brazil signed a deal with Sweden for Gripen jets, as Argentina sought jets from "
		    "China.",
		    1, "SWE", "BRA");
	expect_deal("Greece ordered Rafale jets from France as Turkish jets violated its airspace.", 1,
		    "FRA", "GRC");
	expect_deal("India bought Rafale jets from France because Russian jets were too slow to "
		    "arrive.",
		    1, "FRA", "IND");
	expect_year("Armenia bought Indian howitzers after Azerbaijani forces took Nagorno-Karabakh "
		    "in 2023.",
		    "IND", "ARM", 2024);
	expect_no_goods_of("After Turkey was expelled from the F-35 programme, it bought S-400 "
			   "missiles from Russia.",
			   "RUS", "TUR", ENT_CAT_AIRCRAFT);
	{
		/* a subordinate clause that buys is read alone, the year
		 * before it shared */
		static const char *const s[] = {"FRA", "FRA", NULL}, *const r[] = {"QAT", "EGY", NULL};
		expect_deals("Qatar signed a deal for 24 Rafale jets with France in 2015, when Egypt "
			     "also bought Rafale jets.",
			     2, s, r);
		expect_year("In 2019, after Morocco ordered F-16 jets from the US, Algeria bought Su-30 "
			    "jets from Russia.",
			    "RUS", "DZA", 2019);
	}
}

TEST(extract_deal_clauses__a_subordinate_clause_controls)
{
	static const char *const s2[] = {"TUR", "IRN", NULL}, *const r2[] = {"UKR", "RUS", NULL};
	static const char *const s3[] = {"GBR", "DEU", NULL}, *const r3[] = {"UKR", "UKR", NULL};
	static const char *const s4[] = {"FRA", "GBR", NULL}, *const r4[] = {"EGY", "QAT", NULL};
	expect_deal("Turkey delivered drones to Ukraine before the war began.", 1, "TUR", "UKR");
	expect_deal("Turkey sold drones to Ukraine after Kyiv requested them.", 1, "TUR", "UKR");
	expect_deal("Before Azerbaijan launched its offensive, Armenia had bought Su-30 jets from "
		    "Russia.",
		    1, "RUS", "ARM");
	expect_deal("While Egypt was mediating, Turkey shipped drones to Sudan.", 1, "TUR", "SDN");
	expect_deal("Germany delivered Leopard tanks to Poland while Russia was massing troops.", 1,
		    "DEU", "POL");
	expect_deal("Germany sold submarines to Egypt as Cairo expanded its navy.", 1, "DEU", "EGY");
	expect_deal("Ukraine received Bayraktar drones from Turkey when the war began.", 1, "TUR",
		    "UKR");
	expect_deal("France sold Rafale jets to India after India signed the contract in 2016.", 1,
		    "FRA", "IND");
	/* a subordinate clause with a transfer of its own is read alone */
	expect_deals("Turkey delivered drones to Ukraine before Russia bought drones from Iran.", 2,
		     s2, r2);
	expect_deals("Britain delivered Challenger tanks to Ukraine while Germany sent Leopard tanks "
		     "to Ukraine.",
		     2, s3, r3);
	expect_deals("Egypt bought Rafale jets from France, while Qatar bought Typhoon jets from "
		     "Britain.",
		     2, s4, r4);
	expect_deal("Kenya bought Chinese drones while the US was reviewing its own sale to Nairobi.",
		    1, "CHN", "KEN");
	/* a verb of saying with its pronoun: the verb it reports is the
	 * clause's ("The deals come a day after X said it would buy ...") */
	expect_deal("The deals come a day after the UAE said it would buy Patriot missiles.", 1,
		    "USA", "ARE");
	expect_deal("The contract came after Qatar announced that it would buy Rafale jets from "
		    "France.",
		    1, "FRA", "QAT");
	expect_deal("The deals come a day after Qatar said it would host the talks.", 0, NULL, NULL);
	/* a clause that only names the deal told before reads the rest
	 * whole (stop 43) */
	expect_deal("The proposed deal comes as Egypt faces pressure over its purchase of the "
		    "Russian Su-35 jets.",
		    1, "RUS", "EGY");
	expect_deal("The deal came as Peru faced a shortage of spare parts.", 0, NULL, NULL);
	expect_year("India will receive S-400 batteries from Russia after New Delhi signed a $5.4 "
		    "billion deal in 2018.",
		    "RUS", "IND", 2018);
	expect_deal("Russia delivered S-400 systems to Turkey as Ankara had agreed in 2017.", 1, "RUS",
		    "TUR");
	expect_deal("Turkey received S-400 systems from Russia although the United States objected.",
		    1, "RUS", "TUR");
	/* "such as" opens a list, no clause */
	{
		static const char *const s[] = {"FRA", "FRA", NULL}, *const r[] = {"EGY", "QAT", NULL};
		expect_deals("Countries such as Egypt and Qatar have bought Rafale jets from France.", 2,
			     s, r);
	}
}

TEST(extract_deal_clauses__a_relative_clause_keeps_the_main_roles)
{
	expect_no_goods_of("Morocco, which already operates US-made F-16s, is now buying Israeli "
			   "drones.",
			   "ISR", "MAR", ENT_CAT_AIRCRAFT);
	expect_not("Morocco, which already operates US-made F-16s, is now buying Israeli drones.",
		   "ISR", "USA");
	expect_deal("Egypt, which flies French Rafale jets, ordered Chinese drones.", 1, "CHN", "EGY");
	expect_deal("India, whose navy operates Russian frigates, is buying Rafale jets from France.",
		    1, "FRA", "IND");
	expect_deal("Algeria, which fought Morocco in 1963, received Su-30 jets from Russia.", 1,
		    "RUS", "DZA");
	expect_year("Algeria, which fought Morocco in 1963, received Su-30 jets from Russia.", "RUS",
		    "DZA", 2024);
	expect_deal("Greece, which has long disputed islands with Turkey, is buying frigates from "
		    "France.",
		    1, "FRA", "GRC");
	expect_deal("Ukraine, which Russia invaded in 2022, received Leopard tanks from Germany.", 1,
		    "DEU", "UKR");
	expect_year("Ukraine, which Russia invaded in 2022, received Leopard tanks from Germany.",
		    "DEU", "UKR", 2024);
	expect_year("Egypt, which fought Israel in 1973, bought Rafale jets from France in 2015.",
		    "FRA", "EGY", 2015);
	expect_deal("Morocco, whose rival Algeria operates Russian jets, ordered F-35 jets from the "
		    "US.",
		    1, "USA", "MAR");
	expect_deal("Azerbaijan, which Israel supplies with drones, bought Turkish howitzers in 2021.",
		    1, "TUR", "AZE");
}

TEST(extract_deal_clauses__a_relative_clause_controls)
{
	static const char *const s2[] = {"USA", "ISR", NULL}, *const r2[] = {"MAR", "MAR", NULL};
	expect_deal("Greece, which signed the deal in 2021, received Rafale jets from France.", 1,
		    "FRA", "GRC");
	expect_deal("The Polish defence ministry, which signed the deal in 2020, ordered 48 K9 "
		    "howitzers from South Korea.",
		    1, "KOR", "POL");
	expect_deals("Morocco, which already operates US-made F-16s, bought drones from Israel.", 2,
		     s2, r2);
	expect_deal("Qatar, which bought Rafale jets in 2015, ordered 12 more in 2017.", 1, "FRA",
		    "QAT");
	expect_year("Greece, which signed a deal with France in 2021, received Rafale jets from "
		    "France.",
		    "FRA", "GRC", 2021);
	expect_year("Russia, which supplies most of India's arms, delivered S-400 batteries to India "
		    "in 2021.",
		    "RUS", "IND", 2021);
	expect_deal("China, which denies arming Russia, has supplied drones to Iran.", 1, "CHN",
		    "IRN");
	/* a relative clause with a purchase of its own is a deal too */
	expect_deals("Morocco, which bought F-16 jets from the United States in 2019, is now buying "
		     "drones from Israel.",
		     2, s2, r2);
	expect_year("Morocco, which bought F-16 jets from the United States in 2019, is now buying "
		    "drones from Israel.",
		    "USA", "MAR", 2019);
}

/* An opening phrase with a gerund and no subject of its own ("After
 * rejecting a French offer, ...") names no party of the main clause's
 * deal; a gerund of transfer is a deal of its own and is not cut. */
TEST(extract_deal_clauses__an_opening_gerund_names_no_party)
{
	expect_deal("After rejecting a French offer, the Philippine Army ordered 300 armoured "
		    "vehicles from Pindad.",
		    1, "IDN", "PHL");
	expect_not("After rejecting a French offer, the Philippine Army ordered 300 armoured "
		   "vehicles from Pindad.",
		   "IDN", "FRA");
	expect_deal("After rejecting a French offer, the Philippine Navy ordered two frigates "
		    "from Hyundai Heavy Industries.",
		    1, "KOR", "PHL");
	expect_deal("Before visiting Germany, the Indian Air Force ordered 12 Su-30 jets from "
		    "Russia.",
		    1, "RUS", "IND");
	/* controls: the gerund's state is the seller named again, or no state */
	expect_deal("After visiting Turkey, the Ukrainian defence minister signed a deal to buy "
		    "20 Bayraktar drones.",
		    1, "TUR", "UKR");
	expect_deal("After long delays, Greece ordered six Rafale jets from France.", 1, "FRA",
		    "GRC");
}

/* "signed a contract with Y to provide the country with ...": the
 * description after the verb points back to the signer, who receives; the
 * partner of "with" sells.  Without it the signer sells. */
TEST(extract_deal_clauses__a_contract_to_provide_the_country_with)
{
	expect_deal("Kenya signed a contract with Turkey to provide the country with armoured "
		    "vehicles.",
		    1, "TUR", "KEN");
	expect_not("Kenya signed a contract with Turkey to provide the country with armoured "
		   "vehicles.",
		   "KEN", "TUR");
	expect_deal("Peru plans to sign an agreement with South Korea to provide the nation "
		    "with two frigates.",
		    1, "KOR", "PER");
	/* controls: the signer sells to the partner of "with" */
	expect_deal("Turkey signed a contract with Kenya to export 118 armoured vehicles.", 1,
		    "TUR", "KEN");
	expect_deal("South Korea signed a deal with Peru to supply two frigates.", 1, "KOR",
		    "PER");
}

/* "Against the backdrop of tensions with X, Y ordered ...", "Amid a row
 * with X, ...": an opening phrase of setting, up to its comma, names no
 * party of the main clause's deal. */
TEST(extract_deal_clauses__an_opening_setting_names_no_party)
{
	expect_deal("Against the backdrop of tensions with neighbouring Armenia, Azerbaijan "
		    "decided last year to strengthen its military capacity by ordering 24 combat "
		    "planes and three frigates from Turkey.",
		    1, "TUR", "AZE");
	expect_not("Against the backdrop of tensions with neighbouring Armenia, Azerbaijan "
		   "decided last year to strengthen its military capacity by ordering 24 combat "
		   "planes and three frigates from Turkey.",
		   "TUR", "ARM");
	expect_deal("Amid a border row with neighbouring Peru, Ecuador ordered six patrol boats "
		    "from Spain.",
		    1, "ESP", "ECU");
	expect_deal("Despite objections from Russia, Kazakhstan ordered drones from Turkey.", 1,
		    "TUR", "KAZ");
	/* control: a setting phrase with a deal of its own is left to the
	 * sentence's order */
	expect_deal("Amid tensions, Greece ordered frigates from France.", 1, "FRA", "GRC");
}

/* A transfer that is what someone objects to or condemns is not the
 * objector's: "to express displeasure over the possible sale of the planes
 * to Y", "Z, which has condemned the weapons transfers"; one whose seller
 * is named ("by X") stays X's.  A demonym that owns a word of opinion
 * ("Indian criticism") is no antecedent of "the country". */
TEST(extract_deal_clauses__objections_to_a_transfer)
{
	expect_not("Ghana summoned the US ambassador to express its displeasure over the possible "
		   "sale of the planes to Togo.",
		   "GHA", "TGO");
	expect_not("Kenya voiced objections to the planned sale of jets to Somalia.", "KEN", "SOM");
	expect_not("Kenya has condemned the weapons transfers to Somalia.", "KEN", "SOM");
	expect_not("The Uganda-Somalia pact alarmed Kenya, which condemned the arms transfers.",
		   "KEN", "UGA");
	expect_deal("Turkey voiced concern over the sale of F-35 jets to Greece by the United "
		    "States.",
		    1, "USA", "GRC");
	expect_deal("Togo on Sunday rejected Ghanaian criticism of the US decision to sell eight "
		    "F-16 planes to the country.",
		    1, "USA", "TGO");
	expect_not("Togo on Sunday rejected Ghanaian criticism of the US decision to sell eight "
		   "F-16 planes to the country.",
		   "USA", "GHA");
	/* a gerund of supply that opposition governs is no transfer (stop
	 * 43) */
	expect_no_transfer("Washington has long opposed selling advanced weapons to Chile's "
			   "neighbours.");
	expect_no_transfer("Kenya restated its opposition to selling drones to Somalia.");
	expect_no_transfer("Peru warned against sending tanks to Chile.");
	expect_deal("Germany opposed sending missiles to Ukraine, but sent Leopard tanks to Kyiv.",
		    1, "DEU", "UKR");
}

/* A designated system bought "from A and B" is one transfer A and B make
 * together: both sell (generic goods from a list are one transfer each). */
TEST(extract_deal_clauses__a_system_from_several_sellers)
{
	ent_fact_list *l = run("Ukraine received F-16 jets from Denmark and the Netherlands.", NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = l ? find_deal(l, "DNK", "UKR") : NULL;
	CHECK(f && ent_fact_has_code(f->suppliers, f->nsuppliers, "NLD"));
	ent_fact_list_free(l);
	l = run("Ukraine will receive 40 Leopard 1 tanks from Germany and Denmark.", NULL);
	CHECK(l != NULL);
	f = l ? find_deal(l, "DEU", "UKR") : NULL;
	CHECK(f && ent_fact_has_code(f->suppliers, f->nsuppliers, "DNK"));
	ent_fact_list_free(l);
	/* control: generic goods, one deal per seller */
	expect_deals("Ukraine received 50 tanks from Germany and Denmark.", 2,
		     (const char *const[]){"DEU", "DNK", NULL},
		     (const char *const[]){"UKR", "UKR", NULL});
}

/* The subject of a verb of supply ends before its auxiliaries and
 * adverbs ("have already been"): a state's demonym on second-hand goods
 * there names the seller, not the maker of the design or the buyer. */
TEST(extract_deal_clauses__goods_subject_before_auxiliaries)
{
	expect_deal("Three Polish T-72 tanks have already been delivered to the armed forces of "
		    "Ukraine.",
		    1, "POL", "UKR");
	expect_not("Three Polish T-72 tanks have already been delivered to the armed forces of "
		   "Ukraine.",
		   "UKR", "POL");
	expect_deal("Two Dutch F-16 fighter jets have now been handed over to Romania.", 1, "NLD",
		    "ROU");
	/* control: no demonym on the goods, the maker of the design sells */
	expect_deal("Two F-16 fighter jets have now been handed over to Romania.", 1, "USA", "ROU");
}

/* More of a design a state has supplied, transferred later to the same
 * buyer with no seller named, are that state's second-hand goods, not
 * the design's maker's; a purchase with no seller still names the maker. */
TEST(extract_deal_clauses__more_of_the_same_design)
{
	const char *t = "Norway handed six F-16 fighters to Romania in May. Another ten F-16s "
			"will be transferred to Romania next year.";
	expect_not(t, "USA", "ROU");
	expect_deal(t, 2, "NOR", "ROU"); /* the delivery and the transfer to come */
	/* control: the buyer's own purchase names the maker */
	expect_deal("Norway handed six F-16 fighters to Romania in May. Romania will also buy "
		    "new F-16s.",
		    2, "USA", "ROU");
}

/* The enemy after "with" a noun of strife ("used in conflicts with X",
 * "its war with X") is no party to a deal, as the state after "against"
 * is none. */
TEST(extract_deal_clauses__the_enemy_is_no_party)
{
	const char *t = "Key purchases include 200 VT-4 tanks and 20 J-10CE jets, which Bangladesh "
			"has already used in clashes with Myanmar.";
	expect_not(t, "MMR", "BGD");
	expect_deal(t, 2, "CHN", "BGD"); /* the tanks and the jets (several_deals) */
	expect_not("Its key purchases, used in the war with Ethiopia, include Russian tanks for "
		   "Eritrea.",
		   "ETH", "ERI");
}

/* The state goods strike in their relative clause ("drones that hit
 * (struck, targeted) Y") is no party; a speaker's "presidency" is none
 * either (stop 39). */
TEST(extract_deal_clauses__the_state_struck_is_no_party)
{
	expect_deal("EU ambassadors agreed on measures against entities supplying Iranian drones "
		    "that hit Ukraine, the Czech presidency of the EU said.",
		    0, NULL, NULL);
	expect_deal("Iran supplied Russia with drones that struck Ukraine.", 1, "IRN", "RUS");
}

/* "assertive acts (incursions) by Chinese vessels": goods that act, after
 * "by" and a noun of acts, are no goods of a deal (stop 43). */
TEST(extract_deal_clauses__goods_that_act_are_no_goods)
{
	expect_no_deal("The agreement was inked by Peru in May, and it comes amid assertive acts "
		       "by Chilean vessels in the dispute.");
	expect_deal("Incursions by Russian drones alarmed Poland, which ordered Patriot missiles "
		    "from the US.",
		    1, "USA", "POL");
	expect_deal("Peru signed an agreement to buy Chilean vessels.", 1, "CHL", "PER");
}

/* "militants (refugees, troops) from Y": where people come from, no
 * buyer or seller; goods from Y still are Y's ("a gift of F-6 fighters
 * from Pakistan"; stop 39). */
TEST(extract_deal_clauses__people_from_a_state)
{
	expect_deal("Kenya is focused on the fight against militants from Somalia, hence the need "
		    "to procure 118 new armored personnel carriers.",
		    0, NULL, NULL);
	expect_deal("Kenya bought 118 armored personnel carriers from Turkey to fight militants "
		    "from Somalia.",
		    1, "TUR", "KEN");
	expect_deal("Ties grew, leading to a gift of F-6 fighters from Pakistan to Bangladesh.", 1,
		    "PAK", "BGD");
}

/* "to buy" after a noun of deal ("ditched a longstanding deal worth
 * billions of euros to buy ...") has the subject of the deal's verb for
 * buyer, however long the noun phrase between. */
TEST(extract_deal_clauses__buyer_of_a_deal_to_buy)
{
	const char *t = "Seoul ditched a longstanding deal worth billions of euros to buy German "
			"submarines for US nuclear-powered vessels.";
	expect_deal(t, 1, "DEU", "KOR");
	expect_not(t, "DEU", "USA");
}

TEST(extract_deal_clauses__an_answer_that_tells_a_whole_purchase)
{
	const char *sup[] = {"CHN", "FRA", NULL}, *rec[] = {"PER", "CHL"};
	expect_deals("Peru acquired the J-10C aircraft in response to Rafales bought by Chile "
		     "from France.",
		     2, sup, rec);
	/* an answer to another's arms alone is no deal */
	expect_deal("Peru acquired the J-10C aircraft in response to Chile's Rafales.", 1, "CHN",
		    "PER");
}

/* "... with its Boxer vehicles that won a $3 billion arms deal with
 * Australia in 2018": goods and a relative clause of a deal they won are
 * read alone; the words before them (a bid) give no deal. */
TEST(extract_deal_clauses__goods_that_won_a_deal)
{
	expect_deal("Rheinmetall said it plans to bid for the Dutch army's vehicle procurement "
		    "project with its Boxer vehicles that won a $3 billion arms deal with Australia "
		    "in 2018.",
		    1, "DEU", "AUS");
	/* a verb of winning with no deal "with" a state: no such reading */
	expect_no_deal("Rheinmetall said it plans to bid for the Dutch army's vehicle procurement "
		       "project with its Boxer vehicles that won praise in trials.");
	/* a bid or contest for a purchase is a tender, no deal */
	expect_no_deal("Hanwha is competing for Romania's purchase of 200 K2 tanks.");
}

/* "He is in Japan, which has agreed to provide the Philippines with 10
 * ships": the state before ", which" gives, though "in" governs it; "the
 * use of drones in X provides Y with data" gives nothing. */
TEST(extract_deal_clauses__a_place_that_opens_a_relative_clause)
{
	expect_deal("He is currently in Japan, which has agreed to provide Vietnam with 10 new "
		    "coastguard ships.",
		    1, "JPN", "VNM");
	expect_no_deal("The use of drones in Japan provides Vietnam with data.");
}

/* "The donation - mostly howitzers and their accessories - was officially
 * handed over last week by X's ambassador to Y": the passive verb after
 * the subject's noun of giving tells the giving, over an -ly adverb. */
TEST(extract_deal_clauses__a_donation_handed_over_by_an_envoy)
{
	expect_deal("The donation - mostly howitzers and their accessories - was officially "
		    "handed over last week by China's ambassador to Togo.",
		    1, "CHN", "TGO");
	expect_deal("The howitzers were officially handed over by China's ambassador to Togo.", 1,
		    "CHN", "TGO");
}

/* "The Czech Republic will buy 800,000 shells for Ukraine": bought for
 * another state, no seller named: the buyer supplies it. */
TEST(extract_deal_clauses__bought_for_another_state)
{
	expect_deal("The Czech Republic will buy 800,000 shells for Ukraine.", 1, "CZE", "UKR");
	/* a seller named: the buyer's own purchase */
	expect_deal("India bought 36 Rafale jets from France for $8 billion.", 1, "FRA", "IND");
}

/* "Russia warned that supplying (of) more weapons to Kyiv would have no
 * effect": a gerund after "that" as the subject of its clause has no
 * giver; "said that it is supplying" has one. */
TEST(extract_deal_clauses__a_gerund_subject_has_no_giver)
{
	expect_no_transfer("Chile warned that supplying of more weapons to Peru would have no "
			   "effect.");
	expect_no_transfer("Chile warned that supplying more weapons to Peru would have no effect.");
	expect_deal("Chile said that it is supplying more weapons to Peru.", 1, "CHL", "PER");
}

/* "China sold tanks to Bangladesh, which has also bought arms from A and
 * B": the relative clause on the state that closes a clause of transfer
 * is a purchase of its own by that state; a state of its list of sellers
 * is no subject of a clause after it (", while announcing the purchase of
 * helicopters from France"); a list of five sellers keeps all five. */
TEST(extract_deal_clauses__a_relative_clause_on_the_buyer)
{
	static const char *sup[] = {"ITA", "RUS", NULL};
	static const char *rec[] = {"NPL", "NPL", NULL};
	static const char *sup5[] = {"ITA", "RUS", "KOR", "GBR", "USA", NULL};
	static const char *rec5[] = {"NPL", "NPL", "NPL", "NPL", "NPL", NULL};
	expect_deals("India is a major supplier to Nepal, which has also bought rifles from Italy "
		     "and Russia.",
		     3, sup, rec);
	expect_deals("Nepal bought rifles from Italy, Russia, South Korea, the UK and the United "
		     "States.",
		     5, sup5, rec5);
	expect_deal("India is a major supplier to Kathmandu, which has also sourced rifles from "
		    "Italy and Russia in recent years, while announcing the purchase of two "
		    "helicopters from France.",
		    4, "FRA", "NPL");
	expect_not("India is a major supplier to Kathmandu, which has also sourced rifles from "
		   "Italy and Russia in recent years, while announcing the purchase of two "
		   "helicopters from France.",
		   "FRA", "RUS");
}

/* "After failing to sell X abroad for years, A won a contract from B": an
 * opening phrase of an attempt, with no state of its own, tells no deal;
 * the clause after its comma does. */
TEST(extract_deal_clauses__an_opening_attempt)
{
	expect_deal("After failing to sell the Gripen abroad for several years, Sweden finally won "
		    "a contract from Peru in 2016 for 12 jets.",
		    1, "SWE", "PER");
	expect_deal("Despite trying to buy tanks for a decade, Chile ordered 30 Leopard tanks "
		    "from Germany in 2012.",
		    1, "DEU", "CHL");
}

/* "..., followed by the sale to Z": a deal of its own with the subject of
 * the clause before, its goods and year none of the first's. */
TEST(extract_deal_clauses__followed_by_a_sale)
{
	static const char *sup[] = {"SWE", "SWE", NULL};
	static const char *rec[] = {"PER", "CHL", NULL};
	ent_fact_list *l;
	const ent_fact *f;
	expect_deals("Sweden won a contract from Peru in 2016 for 12 jets, followed by the sale to "
		     "Chile.",
		     2, sup, rec);
	l = run("Sweden won a contract from Peru in 2016 for 12 jets, followed by the sale to "
		"Chile.",
		NULL);
	f = l ? find_deal(l, "SWE", "PER") : NULL;
	CHECK(f && f->year == 2016 && f->nitems == 1 && f->items[0].quantity == 12);
	ent_fact_list_free(l);
}

/* "signed multiple agreements with Y for A tanks, B howitzers and C
 * jets": a plural noun of deal over named systems is one deal each, and
 * none of them takes the sum; a singular one stays one deal. */
TEST(extract_deal_clauses__agreements_for_several_systems)
{
	static const char *sup[] = {"KOR", "KOR", "KOR", NULL};
	static const char *rec[] = {"POL", "POL", "POL", NULL};
	expect_deals("In 2022, Poland signed multiple agreements with South Korea for K2 tanks, K9 "
		     "howitzers and FA-50 aircraft.",
		     3, sup, rec);
	expect_deal("In 2022, Poland signed an agreement with South Korea for K2 tanks, K9 "
		    "howitzers and FA-50 aircraft.",
		    1, "KOR", "POL");
	ent_fact_list *l = run("In 2022, Poland signed contracts worth $14 billion with South Korea "
			       "for K2 tanks and K9 howitzers.",
			       NULL);
	size_t i, n = 0;
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_DEAL) {
			n++;
			CHECK(!l->v[i].value.present && l->v[i].nitems == 1);
		}
	CHECK(n == 2);
	ent_fact_list_free(l);
	/* a plural noun of another clause than the deal's trigger (stop 60) */
	l = run("The information on agreements was revealed by a manager who said that Chile "
		"will continue deliveries of Mi-8/Mi-17 and Mi-35M helicopters to Peru and Ghana.",
		NULL);
	const ent_fact *f = l ? find_deal(l, "RUS", "PER") : NULL;
	CHECK(l && ndeals(l) == 2 && !f);
	f = l ? find_deal(l, "CHL", "PER") : NULL;
	CHECK(f && f->nitems == 3);
	ent_fact_list_free(l);
}

/* "X is supplying Y drones", "X provided Y drones": after a verb of
 * supply a state before goods receives them, as after "sold"; so does the
 * state after the verb of a clause whose goods stand right before its
 * giver ("the flow of weapons X is providing Y"). */
TEST(extract_deal_clauses__a_double_object_after_supply_verbs)
{
	expect_deal("Peru is supplying Bolivia drones.", 1, "PER", "BOL");
	expect_deal("Peru provided Bolivia drones in 2022.", 1, "PER", "BOL");
	expect_deal("Lima is providing La Paz drones for its war in Chile.", 1, "PER", "BOL");
	expect_deal("Ecuador wants to disrupt the flow of weapons Lima is providing La Paz for its "
		    "war in Chile.",
		    1, "PER", "BOL");
	expect_deal("Peru provided Chilean drones to Bolivia.", 1, "PER", "BOL");
}

/* "the shells used by Y in Z are supplied by X": the user of goods named
 * before a passive verb of supply receives them, not the place. */
TEST(extract_deal_clauses__goods_used_by_a_state_are_supplied_to_it)
{
	expect_deal("Half of all the artillery shells used by Bolivia in Chile are supplied by Peru, "
		    "a newspaper reported.",
		    1, "PER", "BOL");
}

/* "X arrived in Y for the fourth time; its first arrival was in 2006": a
 * coming told as repeated is a visit, no delivery. */
TEST(extract_deal_clauses__a_repeated_arrival_is_a_visit)
{
	expect_no_deal("The USS Porter destroyer arrived in Romania on Tuesday for the fourth time; "
		       "its first arrival was in 2006.");
	expect_deal("The first batch of Chinese-made J-10C fighters arrived in Pakistan from China "
		    "in 2022.",
		    1, "CHN", "PAK");
}

/* "X has deployed troops to train the Yn soldiers", "A and B helping train
 * Yn crews", "has been training Y's coast guard personnel": training of a
 * state's armed people is a supply of training to it; not negated, not
 * with no state to give it, not from a place ("were in Y to train"), nor
 * the place troops are sent to; trainers listed together give one tie
 * with all of them, as a verb of supply does ("to train Ukrainians in
 * Britain": the people named in the plural; stop 66). */
TEST(extract_deal_clauses__training_a_states_forces)
{
	static const char *sup2[] = {"PER", "CHL", NULL}, *rec2[] = {"BOL", "BOL", NULL};
	ent_fact_list *l;
	const ent_fact *f;
	expect_deal("Peru has deployed troops to train the Bolivian soldiers in warfare.", 1, "PER",
		    "BOL");
	expect_deals("Peru and Chile helping train Bolivian crews", 1, sup2, rec2);
	l = run("Peru, Chile, Canada and the Netherlands send their instructors to train "
		"Bolivians in Spain.",
		NULL);
	f = l ? find_deal(l, "CAN", "BOL") : NULL;
	CHECK(f && f->nsuppliers == 4 && !find_deal(l, "ESP", "BOL"));
	ent_fact_list_free(l);
	expect_deal("Peru will send up to 70 servicemen to Chile to train Bolivian soldiers.", 1,
		    "PER", "BOL");
	expect_deal("Peru has been training Bolivia's coast guard personnel.", 1, "PER", "BOL");
	expect_deal("The elite commandos of the Peruvian Navy were in Bolivia to train the Bolivian "
		    "military.",
		    1, "PER", "BOL");
	expect_no_deal("Peru will not train Bolivian pilots.");
	expect_no_deal("The course will train Bolivian pilots.");
}

/* "delivering a (significant) setback (blow) to Y" hands over no goods
 * (stop 39). */
TEST(extract_deal_clauses__a_setback_delivered)
{
	expect_deal("However, the Chinese ships gained an advantage, delivering a significant "
		    "setback to Russia, which regarded Algeria as a steadfast client.",
		    0, NULL, NULL);
	expect_deal("China delivered a heavy blow to Russian exports.", 0, NULL, NULL);
	expect_deal("China delivered six frigates to Algeria.", 1, "CHN", "DZA");
}

/* "which had provided crucial intelligence about jihadist groups":
 * intelligence is no goods, drones that gather it are (stop 60) */
TEST(extract_deal_clauses__intelligence_provided)
{
	expect_no_transfer("The talks turned to the $100 million drone base in Kenya, which had "
			   "provided crucial intelligence about armed groups, a US general said.");
	expect_no_transfer("Chile provided crucial intelligence to Peru.");
	expect_deal("Chile supplied intelligence-gathering drones to Peru.", 1, "CHL", "PER");
}

/* "a significant value is provided by Yn suppliers", "the guidance
 * provided by X": a noun of no goods before a passive participle of
 * giving (stop 53). */
TEST(extract_deal_clauses__value_provided_by)
{
	expect_no_transfer("It shows Chilean-Peruvian cooperation, where a significant value is "
			   "provided by Peruvian suppliers such as the engine.");
	expect_no_transfer("Chile praised the guidance provided by Peruvian officers.");
	expect_deal("The tanks provided by Peru to Chile arrived.", 1, "PER", "CHL");
}

/* "under an agreement for greater military co-operation", "a defence
 * co-operation agreement": a deal noun of cooperation is a tie of
 * policy, no sale; a verb of sale still sells (stop 39). */
TEST(extract_deal_clauses__a_cooperation_pact_is_no_sale)
{
	expect_deal("Peruvian war planes will be deployed to northern Chile under an agreement "
		    "for greater military co-operation between the two nations.",
		    0, NULL, NULL);
	expect_deal("Peru and Chile signed a defence co-operation agreement.", 0, NULL, NULL);
	expect_deal("Peru sold six frigates to Chile under an agreement on defence cooperation.",
		    1, "PER", "CHL");
}

/* "the arrival of three Chinese naval vessels, carrying soldiers who will
 * take part in the exercises": ships that visit for a drill, no
 * delivery; an arrival of goods bought still is one (stop 39). */
TEST(extract_deal_clauses__ships_arriving_for_a_drill)
{
	expect_deal("This follows the arrival of three Chilean naval vessels, carrying soldiers "
		    "who will take part in the exercises with the Peruvian navy.",
		    0, NULL, NULL);
	expect_deal("Peru welcomed the arrival of three Chilean naval vessels bought last year.", 1,
		    "CHL", "PER");
}

/* "received permission (approval, clearance) from X to sell": leave, no
 * goods; "has so far purchased warships and aircraft totaling $3 billion":
 * a sum of many deals, no deal told (stop 39). */
TEST(extract_deal_clauses__permission_and_totals)
{
	expect_not("Last month, Israel received permission from the United States to sell the "
		   "Arrow 3 system to Germany.",
		   "USA", "ISR");
	expect_deal("Israel received Arrow 3 missiles from the United States.", 1, "USA", "ISR");
	/* at most a tie with no stage, no deal signed */
	CHECK_INT(deal_status("Peru has so far purchased Korean-made warships and aircraft "
			      "totaling approximately $3 billion.",
			      "KOR", "PER"),
		  ENT_STATUS_NONE);
	expect_deal("Peru purchased 12 Korean-made FA-50 jets totaling $700 million.", 1, "KOR",
		    "PER");
}

/* "Pyongyang sent dozens of ballistic missiles that Moscow's troops
 * launch against Ukraine": the state whose forces use the goods in their
 * relative clause receives them; the state they strike does not (stop
 * 39). */
TEST(extract_deal_clauses__the_user_in_a_relative_clause_receives)
{
	expect_deal("The minister said in June that Pyongyang also sent dozens of ballistic "
		    "missiles that Moscow's troops launch against Ukraine.",
		    1, "PRK", "RUS");
	expect_deal("North Korea supplied missiles that Russia used against Ukraine.", 1, "PRK",
		    "RUS");
	expect_deal("North Korea sent missiles that hit Ukraine.", 0, NULL, NULL);
}

/* "reacted to India's impending delivery of the Russian S-400 systems": the
 * owner of a delivery of another state's goods receives them; the one who
 * reacts is no party (stop 40) */
TEST(extract_deal_clauses__the_owner_of_a_delivery_of_foreign_goods)
{
	ent_fact_list *l = run("Chile reacted to Peru's impending delivery of the Russian S-400 "
			       "missile systems.",
			       NULL);
	CHECK(l && find_deal(l, "RUS", "PER") && !find_deal(l, "PER", "CHL") && ndeals(l) == 1);
	ent_fact_list_free(l);
	/* with a state after "to", the owner delivers */
	l = run("Chile criticised Peru's delivery of Bayraktar drones to Bolivia.", NULL);
	CHECK(l && find_deal(l, "PER", "BOL") && !find_deal(l, "TUR", "PER"));
	ent_fact_list_free(l);
}

/* "After the talks, X provided Y with ...": talks a word of time opens, in
 * a phrase before the comma, were held; the deal stands.  Talks of the
 * deal itself keep it interest (stop 41). */
TEST(extract_deal_clauses__talks_held_before_the_deal)
{
	expect_deal("After the talks, Spain provided Chile with 300 missiles.", 1, "ESP", "CHL");
	expect_deal("Following two days of talks, Spain provided Chile with 300 missiles.", 1,
		    "ESP", "CHL");
	expect_deal("Spain is in talks to provide Chile with 300 missiles.", 0, NULL, NULL);
	expect_deal("Spain and Chile held talks on the sale of 300 missiles.", 0, NULL, NULL);
}

/* "The gift of the missiles to Y was supported (blocked) by X": the agent
 * of a verb of judging or stopping is no giver; of "approved by", one
 * (stop 41) */
TEST(extract_deal_clauses__the_judge_of_a_transfer_gives_nothing)
{
	expect_deal("The gift of the missiles to Chile was supported by Spain.", 0, NULL, NULL);
	expect_deal("The delivery of jets to Chile was blocked by Peru.", 0, NULL, NULL);
	expect_deal("The supply of the tanks to Chile was approved by Spain.", 1, "ESP", "CHL");
	expect_deal("The tanks were supplied to Chile by Spain.", 1, "ESP", "CHL");
}

/* "X tries to counter Y with arms sales to Z": the object before "with"
 * gives nothing, the subject does (stop 41) */
TEST(extract_deal_clauses__the_object_countered_with_sales_gives_nothing)
{
	ent_fact_list *l = run("Peru tries to counter Chile with arms sales to Bolivia.", NULL);
	CHECK(l && find_deal(l, "PER", "BOL") && !find_deal(l, "CHL", "BOL"));
	ent_fact_list_free(l);
	expect_deal("Spain provided Chile with weapons deliveries worth $2 billion.", 1, "ESP",
		    "CHL");
}

/* "X, which ..., believes that arms deliveries to Y are an attempt": the
 * one who believes is no giver (stop 41) */
TEST(extract_deal_clauses__the_believer_gives_nothing)
{
	expect_not("Spain is also selling Bolivia four frigates. Chile, which has been locked "
		   "in a dispute with Peru for two years, believes that arms deliveries to "
		   "Bolivia are an attempt to amplify the threat.",
		   "CHL", "BOL");
	expect_deal("Chile, which has been locked in a dispute with Peru for two years, sold "
		    "four frigates to Bolivia.",
		    1, "CHL", "BOL");
}

/* "Russia is a supplier of Serbia, but the Rafale purchase deal could pull
 * it closer to France": a noun of buying ending the noun phrase that
 * opens a clause of contrast names a deal told elsewhere; no state of the
 * sentence buys in it (stop 42). */
TEST(extract_deal_clauses__a_purchase_opening_a_clause_of_contrast)
{
	expect_no_deal("Russia is a supplier, but the Rafale purchase deal could change that.");
	expect_not("Russia has been a traditional supplier of arms for Serbia, but the Rafale "
		   "purchase deal could pull the Balkan state closer to France.",
		   "FRA", "RUS");
	/* the noun with its goods or parties after it is a purchase told */
	expect_deal("Russia is a supplier, but the purchase of 12 Rafale jets by Serbia was "
		    "signed in 2024.",
		    1, "FRA", "SRB");
}

/* "Morocco's F-16 purchase pushed Algeria to order Russian jets": the
 * object of a verb of causing buys in the infinitive after it, a deal of
 * its own; "to order" is a verb there (stop 43). */
TEST(extract_deal_clauses__a_purchase_that_pushes_another)
{
	static const char *const s[] = {"USA", "RUS", NULL}, *const r[] = {"MAR", "DZA", NULL};
	expect_deals("Morocco's F-16 purchase pushed Algeria to order Russian fighter jets.", 2, s,
		     r);
	expect_deals("Morocco bought F-16 jets, which led Algeria to order Su-57 jets from Russia.",
		     2, s, r);
	/* not a verb of causing: one deal */
	expect_deal("Morocco bought F-16 jets from the US in order to deter Algeria.", 1, "USA",
		    "MAR");
	expect_deal("The war pushed Poland to buy K2 tanks from South Korea.", 1, "KOR", "POL");
}

/* "X has bought A from Y, but Z plans to buy hundreds of the jets": the
 * second clause's own subject buys, and the first clause's subject sells
 * it nothing; a clause with no subject of its own still takes the first's
 * (stop 61). */
TEST(extract_deal_clauses__a_second_buyer_is_no_buyer_of_the_first)
{
	expect_not("So far only Chile has bought Gripen jets from Sweden, but recently Peru "
		   "announced its intention to buy dozens of the jets.",
		   "CHL", "PER");
	/* "dozens of the jets": some of the jets told, from their seller */
	static const char *sup[] = {"SWE", "SWE", NULL}, *rec[] = {"CHL", "PER"};
	expect_deals("So far only Chile has bought Gripen jets from Sweden, but recently Peru "
		     "announced its intention to buy dozens of the jets.",
		     2, sup, rec);
	expect_deal("Chile bought tanks from Germany, and in the same year agreed to buy jets "
		    "from Sweden.",
		    2, "SWE", "CHL");
}

/* "X is still finalizing the purchase of A from Y and has previously
 * procured B": the earlier transfer after "and" is a deal of its own, of
 * the same subject (stop 61). */
TEST(extract_deal_clauses__an_earlier_purchase_after_and)
{
	expect_deal("Chile is still finalizing the purchase of Gripen jets from Sweden and has "
		    "previously procured Visby corvettes.",
		    2, "SWE", "CHL");
	/* control: one purchase told once */
	expect_deal("Chile is still finalizing the purchase of Gripen jets from Sweden.", 1, "SWE",
		    "CHL");
}

/* "Vietnam BrahMos deal already signed, Indonesia pact in final stages":
 * a state right before a deal noun of its own after a comma opens a
 * clause of its own; the two are no pair (stop 65). */
TEST(extract_deal_clauses__each_state_its_own_deal_noun)
{
	expect_not("Chile BrahMos deal already signed, Peru pact in final stages.", "PER", "CHL");
	expect_not("Chile BrahMos deal already signed, Peru pact in final stages.", "CHL", "PER");
	expect_not("Chile jet deal signed, Peru tank deal next.", "CHL", "PER");
	/* a list of partners after "with" still lists them */
	expect_deal("Peru signed a deal with Chile and Brazil for jets.", 2, NULL, NULL);
}

/* "X has been buying arms after it sent military aid to Y": the clause of
 * time with "it" for subject is read alone, "it" the first clause's
 * subject (stop 65). */
TEST(extract_deal_clauses__a_clause_of_time_with_it)
{
	expect_deal("Chile has been buying arms after it sent military aid to Peru.", 1, "CHL",
		    "PER");
	expect_not("Chile has been buying arms after it sent military aid to Peru.", "PER", "CHL");
	/* after a noun of buying the clauses stay one */
	expect_deal("Chile is intensifying its arms procurement efforts after it sent military aid "
		    "to Peru.",
		    1, "CHL", "PER");
}
