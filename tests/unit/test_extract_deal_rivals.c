/*
 * test_extract_deal_rivals.c - the language of competitions for arms
 * contracts: a seller that beats rivals to win a buyer's order sells to
 * that buyer; rivals, bidders and the losers of a competition are no
 * parties; a list of rivals or a shortlist states no deal; "Y chose X's jet
 * over A's" is a sale of X's to Y (frames_deal.c rival_party,
 * mere_competition, rule_chose_over).  Every sentence here was written for
 * these tests.
 */
#include "extract_harness.h"

/* No deal or supply tie of text names code as a supplier or recipient. */
static int no_party(const char *text, const char *code)
{
	ent_fact_list *l = run(text, NULL);
	size_t i;
	int ok = l != NULL;
	for (i = 0; l && i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if ((f->type == ENT_FACT_DEAL || f->type == ENT_FACT_SUPPLY) &&
		    (ent_fact_has_code(f->suppliers, f->nsuppliers, code) ||
		     strcmp(f->recipient.s, code) == 0)) {
			fprintf(stderr, "    %s a party in: %s\n", code, text);
			ok = 0;
		}
	}
	if (l)
		ent_fact_list_free(l);
	return ok;
}

TEST(extract_deal_rivals__the_seller_that_beats_rivals_sells_to_the_buyer)
{
	expect_deal("Saab beat Boeing and Dassault to win Colombia's order for 17 Gripen jets.", 1,
		    "SWE", "COL");
	expect_deal("Saab defeated Boeing and Dassault to win a contract from Colombia for 17 "
		    "Gripen jets.",
		    1, "SWE", "COL");
	expect_deal("Hanwha outbid Rheinmetall to win Australia's order for 129 infantry fighting "
		    "vehicles.",
		    1, "KOR", "AUS");
	expect_deal("Navantia edged out Fincantieri to win the Philippine Navy's contract for six "
		    "corvettes.",
		    1, "ESP", "PHL");
	expect_deal("Dassault saw off rivals Boeing and Saab to win India's order for 36 Rafale "
		    "jets.",
		    1, "FRA", "IND");
	expect_deal("Naval Group beat rivals TKMS and Mitsubishi Heavy Industries to win "
		    "Australia's submarine deal.",
		    1, "FRA", "AUS");
	expect_deal("Turkey's Aselsan defeated Israel's Elbit to win Qatar's contract for air "
		    "defence radars.",
		    1, "TUR", "QAT");
	expect_deal("Hyundai Heavy Industries beat Navantia to win the Philippine frigate order.",
		    1, "KOR", "PHL");
	expect_deal("Lockheed Martin saw off Saab to win Finland's order for 64 F-35 jets.", 1,
		    "USA", "FIN");
	expect_deal("KAI beat Saab and Leonardo to win Poland's order for 48 FA-50 jets.", 1, "KOR",
		    "POL");
	expect_deal("Germany's TKMS beat Naval Group to win Norway's submarine contract.", 1, "DEU",
		    "NOR");
	expect_deal("Rheinmetall outbid Hanwha and General Dynamics to win Hungary's order for 218 "
		    "infantry fighting vehicles.",
		    1, "DEU", "HUN");
	expect_deal("France sold 24 Rafale jets to Greece, beating a rival offer from the United "
		    "States.",
		    1, "FRA", "GRC");
}

TEST(extract_deal_rivals__a_contract_won_from_the_buyer)
{
	expect_deal("Saab won a contract from Colombia for 17 Gripen jets.", 1, "SWE", "COL");
	expect_deal("Hanwha won an order from Poland for 180 K9 howitzers.", 1, "KOR", "POL");
}

TEST(extract_deal_rivals__a_list_of_rivals_states_no_deal)
{
	expect_no_deal("Rivals for the contract included Saab's Gripen, the Boeing F/A-18 and the "
		       "Dassault Rafale, for Colombia's air force.");
	expect_no_deal("Bidders for the Philippine frigate contract were Hyundai Heavy Industries, "
		       "Navantia and Fincantieri.");
	expect_no_deal("Competitors for Switzerland's fighter order included Boeing, Lockheed Martin "
		       "and Dassault.");
	expect_no_deal("Contenders for the Indian Navy's submarine deal are Naval Group, TKMS and "
		       "Navantia.");
	expect_no_deal("The contestants for Colombia's fighter contract comprised Saab, Boeing and "
		       "Dassault.");
	expect_no_deal("The contenders for Thailand's submarine order were China's CSOC and "
		       "Germany's TKMS.");
	expect_no_deal("Rivals in the Indian tender include the F-21 from Lockheed Martin and the "
		       "Super Hornet from Boeing.");
}

TEST(extract_deal_rivals__a_mere_competition_states_no_deal)
{
	expect_no_deal("Peru has shortlisted Saab and Dassault for its fighter contract.");
	expect_no_deal("Saab is competing against Boeing for Colombia's fighter contract.");
	expect_no_deal("Fincantieri is in competition with Navantia for the Greek corvette order.");
	expect_no_deal("Shortlisted for Peru's frigate contract are Hyundai Heavy Industries and "
		       "Navantia.");
}

TEST(extract_deal_rivals__the_losers_are_no_parties)
{
	CHECK(no_party("Boeing lost out to Saab in Colombia's fighter contest.", "USA"));
	expect_deal("Mitsubishi Heavy Industries lost out to France's Naval Group, which won "
		    "Australia's submarine contract.",
		    1, "FRA", "AUS");
	expect_deal("Saab won Colombia's order for 17 Gripen jets in competition with Boeing and "
		    "Dassault.",
		    1, "SWE", "COL");
	CHECK(no_party("Saab won Colombia's order for 17 Gripen jets in competition with Boeing "
		       "and Dassault.",
		       "USA"));
}

/* "A and B manufacturers had also competed to supply warplanes to Y, but
 * Y selected Saab": bidders, no sellers, whoever won (stop 59). */
TEST(extract_deal_rivals__those_that_competed_to_supply)
{
	CHECK(no_party("Chilean and French manufacturers had also competed to supply frigates to "
		       "Peru, but Lima ultimately selected Navantia.",
		       "FRA"));
	CHECK(no_party("Chilean and French manufacturers had also competed to supply frigates to "
		       "Peru, but Lima ultimately selected Navantia.",
		       "CHL"));
	CHECK(no_party("Norway was vying to sell patrol boats to Ghana, but Accra chose a Dutch "
		       "yard.",
		       "NOR"));
	/* the winner of the bid supplies */
	expect_deal("Saab won the bid to supply Gripen jets to Peru.", 1, "SWE", "PER");
}

TEST(extract_deal_rivals__the_one_chosen_over_others_sells)
{
	expect_deal("Colombia chose Saab's Gripen over Dassault's Rafale.", 1, "SWE", "COL");
	CHECK_INT(deal_status("Colombia chose Saab's Gripen over Dassault's Rafale.", "SWE", "COL"),
		  ENT_STATUS_REPORTED);
	expect_deal("Colombia selected the Swedish Gripen over the French Rafale and the American "
		    "F-16.",
		    1, "SWE", "COL");
	expect_deal("Indonesia picked the Rafale over the Gripen.", 1, "FRA", "IDN");
	expect_deal("Egypt chose the Rafale over the F-16.", 1, "FRA", "EGY");
	expect_deal("Switzerland selected the F-35 over the Rafale.", 1, "USA", "CHE");
	expect_deal("Poland chose the K2 over the Abrams.", 1, "KOR", "POL");
}

/* A choice with no rival named: the goods right after the verb, of a
 * known make, are bought from their maker (status reported). */
TEST(extract_deal_rivals__a_choice_without_a_rival)
{
	expect_deal("Colombia has selected Saab's Gripen E for its air force, the ministry said.",
		    1, "SWE", "COL");
	CHECK_INT(deal_status("Colombia has selected Saab's Gripen E for its air force.", "SWE",
			      "COL"),
		  ENT_STATUS_REPORTED);
	expect_deal("Finland selected the Gripen as its next fighter.", 1, "SWE", "FIN");
	expect_deal("India picked Russia's S-400 system.", 1, "RUS", "IND");
	expect_deal("The Czech government has picked the F-35A to replace its ageing jets.", 1,
		    "USA", "CZE");
	/* controls: no goods, goods of no make, a choice of people */
	CHECK(no_party("Kenya was selected for the council.", "KEN"));
	CHECK(no_party("Brazil selected the jets in 2014.", "BRA"));
	CHECK(no_party("Poland's army picked its best soldiers for the drill.", "POL"));
	CHECK(no_party("Chile did not choose the Gripen.", "CHL"));
}

TEST(extract_deal_rivals__a_choice_over_objections)
{
	/* the goods chosen over a protest are still chosen; the protester
	 * is no party */
	expect_deal("Germany chose the F-35 over French objections.", 1, "USA", "DEU");
	CHECK(no_party("Germany chose the F-35 over French objections.", "FRA"));
}

TEST(extract_deal_rivals__controls)
{
	const char *sup[] = {"FRA", "ITA", NULL}, *rec[] = {"IDN", "IDN", NULL};
	expect_deals("A consortium of Thales and Leonardo will supply radars to Indonesia.", 2, sup,
		     rec);
	expect_deal("Colombia signed a contract with Saab for 17 Gripen jets, which Boeing had also "
		    "bid for.",
		    1, "SWE", "COL");
	expect_deal("Spain's Navantia won a $3 billion contract to build four frigates for the "
		    "U.S. Navy.",
		    1, "ESP", "USA");
	expect_deal("Colombia ordered 17 Gripen jets from Saab.", 1, "SWE", "COL");
	expect_deal("Saab won Colombia's order for 17 Gripen jets.", 1, "SWE", "COL");
	expect_deal("India bought 36 Rafale jets from France after a long competition.", 1, "FRA",
		    "IND");
	expect_deal("Amid competition with China, India bought 36 Rafale jets from France.", 1,
		    "FRA", "IND");
	expect_deal("Greece chose to buy 24 Rafale jets from France.", 1, "FRA", "GRC");
	expect_deal("Poland signed a deal with South Korea for 180 K2 tanks.", 1, "KOR", "POL");
	expect_deal("The United States delivered 31 Abrams tanks to Ukraine.", 1, "USA", "UKR");
	expect_deal("Brazil bought 36 Gripen jets from Sweden over objections from the United "
		    "States.",
		    1, "SWE", "BRA");
	expect_deal("India, China's rival, bought S-400 systems from Russia.", 1, "RUS", "IND");
	expect_deal("Saab, which lost out to Boeing in Canada, delivered the first Gripen jets to "
		    "Brazil.",
		    1, "SWE", "BRA");
	expect_deal("The Gripen beat the F-16 in trials, and Hungary leased 14 Gripen jets from "
		    "Sweden.",
		    1, "SWE", "HUN");
	expect_deal("Turkey's Aselsan won the tender to upgrade Qatar's frigates.", 1, "TUR", "QAT");
	expect_deal("Colombia bought 17 Gripen jets from Saab, beating the price Boeing offered.", 1,
		    "SWE", "COL");
}

/* "X will purchase frigates from Y, beating out competing bids from A and
 * B": a word of beating tells the winner, so it is no mere competition;
 * the beaten bidders sell nothing. */
TEST(extract_deal_rivals__beating_out_competing_bids)
{
	static const char *text = "Peru will purchase three Type 23 frigates from Britain, "
				  "beating out competing bids from Spain and Italy.";
	expect_deal(text, 1, "GBR", "PER");
	expect_not(text, "ESP", "PER");
	/* a competition with no winner is still none */
	expect_no_deal("Britain and Spain are competing to sell frigates to Peru.");
}

/* "The Xn government has selected an upgraded version of the Yn Navy's
 * Mogami-class as the preferred platform": the version chosen is of the
 * goods named (not a model of others), the government's demonym chooses,
 * and the goods may stand further off past the words of a version. */
TEST(extract_deal_rivals__an_upgraded_version_selected)
{
	expect_deal("The Peruvian government has selected an upgraded version of the Japanese "
		    "Maritime Self-Defense Force's Mogami-class as the preferred platform for its "
		    "future frigates.",
		    1, "JPN", "PER");
	expect_deal("Peru bought an upgraded version of the K9 howitzer from South Korea.", 1,
		    "KOR", "PER");
	/* a version named as a model of the goods stays no goods */
	expect_not("Peru bought the J-10CE, an export version of the J-10C, from China.", "USA",
		   "PER");
	CHECK(deal_status("Peru bought the J-10CE, an export version of the J-10C, from China.",
			  "CHN", "PER") == ENT_STATUS_SIGNED);
}

/* "opted for US Patriots" is a choice like "chose"; "as countries such as
 * A and B chose": each of the pair; "the Franco-Italian SAMP-T": both
 * makers sell; "the best-selling US Patriot" sells nothing (stop 64). */
TEST(extract_deal_rivals__opted_for_a_pair_and_two_makers)
{
	static const char *const sup2[] = {"USA", "USA", NULL}, *const rec2[] = {"PER", "CHL",
										  NULL};
	expect_deal("Peru opted for US Patriots.", 1, "USA", "PER");
	expect_no_deal("Peru opted for a cheaper option.");
	expect_deals("The rival system had failed in bidding as countries such as Peru and Chile "
		     "opted for US Patriots.",
		     2, sup2, rec2);
	ent_fact_list *l = run("The Peruvian government on Thursday chose the Franco-Italian "
			       "SAMP-T long-range surface-to-air weapon system over the "
			       "best-selling US Patriot alternative.",
			       NULL);
	CHECK(l && ndeals(l) == 1 && find_deal(l, "FRA", "PER") && find_deal(l, "ITA", "PER"));
	ent_fact_list_free(l);
}

/* "an order for air defence systems instead of American alternatives
 * (instead of the US Patriot)": the goods not bought name no seller;
 * "arguing that buying European systems is crucial": buying in general,
 * no deal between the pair that argues it (stop 64). */
TEST(extract_deal_rivals__instead_of_and_buying_in_general)
{
	expect_no_deal("Peru placed an order for air defence systems instead of American "
		       "alternatives.");
	expect_no_deal("Peru placed an order for air defence systems instead of the US Patriot.");
	expect_deal("Peru ordered French air defence systems instead of American ones.", 1, "FRA",
		    "PER");
	expect_no_deal("Paris and Rome have been marketing the SAMP-T to their neighbours, arguing "
		       "that buying European systems is crucial.");
}

/* "Turkey says selling arms to Israel means complicity": a gerund of
 * supply as the subject of a clause tells of the trade in general; "says
 * it is selling" still sells (stop 64). */
TEST(extract_deal_rivals__selling_in_general)
{
	expect_no_transfer("Peru says selling arms to Chile means complicity.");
	expect_no_transfer("Peru says that supplying weapons to Chile is a crime.");
	expect_deal("Peru says it is selling arms to Chile.", 1, "PER", "CHL");
	/* opening the sentence, or after "but", subject of "takes (is)" */
	expect_no_deal("\"Buying jets from the U.S. takes time and money, but buying Chinese "
		       "jets is cheap,\" an analyst said.");
}

/* "The JF-17, jointly developed by Pakistan and China, has emerged as one
 * of Pakistan's exports": the makers after "developed by" are no pair of
 * a noun of supply (stop 64). */
TEST(extract_deal_rivals__makers_of_an_export)
{
	expect_no_deal("The JF-17 Thunder, jointly developed by Peru and Chile, has emerged as "
		       "one of Peru's most successful defence exports.");
}
