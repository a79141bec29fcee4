/*
 * test_extract_deal4.c - deal rules found on a fourth set of unseen
 * articles: the buyer after "by" of a noun of buying, the seller who signs
 * a deal with a buyer "to export", a transfer that was banned, a count of
 * customer countries, and the year of a war.  Every sentence here was
 * written for these tests.
 */
#include "extract_harness.h"

#include <math.h>


TEST(extract_deal4__the_purchase_of_goods_by_a_state)
{
	static const char *sup[] = {"FRA", NULL}, *rec[] = {"IDN"};
	expect_deals("France has confirmed the purchase of 20 armoured vehicles by Indonesia.", 1, sup,
		 rec);
	static const char *sup2[] = {"ITA", NULL}, *rec2[] = {"PER"};
	expect_deals("Rome confirmed the acquisition of two Italian corvettes by the navy of Peru last "
		 "month.",
		 1, sup2, rec2);
	/* the agent of a participle is the maker, no buyer */
	static const char *sup4[] = {"CHN", NULL}, *rec4[] = {"BGD"};
	expect_deals("Bangladesh announced the purchase of 44 light tanks produced by China.", 1, sup4,
		 rec4);
	/* "by" and a date: the subject still buys */
	static const char *sup3[] = {"USA", NULL}, *rec3[] = {"POL"};
	expect_deals("Poland completed the purchase of 32 fighter jets from the United States by 2024.",
		 1, sup3, rec3);
}

TEST(extract_deal4__signed_with_a_buyer_to_export)
{
	static const char *sup[] = {"TUR", NULL}, *rec[] = {"IDN"};
	expect_deals("The Turkish shipbuilder has signed a contract with the Indonesian navy to export "
		 "two frigates.",
		 1, sup, rec);
	static const char *sup2[] = {"ISR", NULL}, *rec2[] = {"VNM"};
	expect_deals("Israel inked an agreement with Vietnam to supply air defence radars.", 1, sup2,
		 rec2);
	/* without "with" the nearest state before the verb still sells */
	static const char *sup3[] = {"KOR", NULL}, *rec3[] = {"EGY"};
	expect_deals("Egypt said South Korea signed a deal to supply 200 howitzers to Egypt.", 1, sup3,
		 rec3);
}

TEST(extract_deal4__a_banned_transfer_is_none)
{
	expect_deals("Germany banned arms sales to Turkey after the incursion.", 0, NULL, NULL);
	expect_deals("The government halted drone exports to Armenia in 2021.", 0, NULL, NULL);
	expect_deals("Last year, Biden banned U.S. offensive weapons sales to Riyadh.", 0, NULL,
		     NULL);
	/* "ruled out sending" */
	expect_deals("Norway rules out sending Tomahawk missiles to Peru", 0, NULL, NULL);
	expect_deals("Germany ruled out supplying Taurus missiles to Peru.", 0, NULL, NULL);
	/* the deal the sentence states besides the ban stands */
	static const char *sup[] = {"ISR", NULL}, *rec[] = {"GEO"};
	expect_deals("Georgia signed an agreement with Israel for air defence radars, years after "
		 "Israel had banned drone sales to Georgia.",
		 1, sup, rec);
}

TEST(extract_deal4__a_count_of_customer_countries_is_no_deal)
{
	/* the states it names are customers of the system's maker
	 * (test_extract_deal8.c); the count itself adds no deal */
	{
		static const char *ksup[] = {"KOR", NULL}, *krec[] = {"EST"};
		expect_deals("The K9 howitzer has been exported to nine countries, including Poland, "
			 "Egypt and Estonia.",
			 3, ksup, krec);
	}
	expect_deals("The drone was sold to more than 30 nations, among them Ukraine and Qatar.", 0,
		 NULL, NULL);
	/* a number of goods after "to" is no count of countries */
	static const char *sup[] = {"USA", NULL}, *rec[] = {"TWN"};
	expect_deals("The United States exported 66 F-16 fighters to Taiwan.", 1, sup, rec);
}

TEST(extract_deal4__the_year_of_a_war_is_no_stage_year)
{
	CHECK_INT(deal_year("Georgia bought air defence systems from Israel to replace those lost in "
			  "the 2008 war.",
			  "2020-09-22", "ISR", "GEO"),
		  2020);
	CHECK_INT(deal_year("Georgia bought air defence systems from Israel in 2012, after the 2008 "
			  "war.",
			  NULL, "ISR", "GEO"),
		  2012);
}

TEST(extract_deal4__buyers_and_sellers_paired_respectively)
{
	static const char *sup[] = {"DEU", "FRA", NULL}, *rec[] = {"PER", "CHL"};
	expect_deals("Peru and Chile bought tanks from Germany and France, respectively, in 2019.", 2,
		 sup, rec);
	/* an abbreviation in brackets after the first seller */
	static const char *sup2[] = {"KOR", "SWE", NULL}, *rec2[] = {"VNM", "IDN"};
	expect_deals("Vietnam and Indonesia plan to buy trainer jets from the Republic of Korea (RoK) "
		 "and Sweden respectively.",
		 2, sup2, rec2);
	/* without "respectively" the pair is no pairing: each seller of
	 * the list sells to the one buyer (test_extract_deal5.c) */
	static const char *sup3[] = {"DEU", "FRA", NULL}, *rec3[] = {"PER", "PER"};
	expect_deals("Peru bought tanks from Germany and France in 2019.", 2, sup3, rec3);
}

TEST(extract_deal4__an_abbreviation_with_a_small_letter)
{
	/* "RoK" is written as the capitals "ROK" are */
	static const char *sup[] = {"KOR", NULL}, *rec[] = {"MYS"};
	expect_deals("Last year the RoK signed a deal to supply 18 jets to Malaysia.", 1, sup, rec);
	/* a word with a small letter at its end is no abbreviation */
	expect_deals("Last year Rok signed a deal to supply 18 jets to Malaysia.", 0, NULL, NULL);
}

/* The value in US dollars of the one deal sup -> rec, -1 when it has none. */
static double usd_of(const char *text, const char *sup, const char *rec)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f;
	double v = -1;
	if (!l)
		return -2;
	f = find_deal(l, sup, rec);
	if (f && f->value.present && f->value.has_usd)
		v = f->value.usd;
	ent_fact_list_free(l);
	return v;
}

TEST(extract_deal4__dollars_of_another_state)
{
	/* "NZ$" is no US dollar; the US figure in brackets is */
	CHECK(fabs(usd_of("Wellington bought four P-8 aircraft from the United States under a "
			  "NZ$2.3B (US$1.4B) contract.",
			  "USA", "NZL") -
		   1.4e9) < 1);
	CHECK(usd_of("Australia bought 12 helicopters from the United States for A$1.5 billion.",
		     "USA", "AUS") < 0);
	/* a code after the figure names the sign's currency; a US figure
	 * before a foreign one in the same brackets is the value */
	CHECK(usd_of("Japan will sell frigates to Australia for $10 billion AUD.", "JPN", "AUS") <
	      0);
	CHECK(fabs(usd_of("Japan will sell frigates to Australia, a deal worth approximately ¥950 "
			  "billion JPY ($6.5 billion USD or $10 billion AUD).",
			  "JPN", "AUS") -
		   6.5e9) < 1);
	/* "Aus$" too; the US figure anywhere in the brackets after it */
	CHECK(usd_of("Australia bought 12 helicopters from the United States for Aus$1.5 billion.",
		     "USA", "AUS") < 0);
	CHECK(fabs(usd_of("Australia signed a contract to buy 12 submarines from France worth "
			  "Aus$50 billion (31 billion euros, $36.5 billion) in 2016.",
			  "FRA", "AUS") -
		   36.5e9) < 1);
	CHECK(fabs(usd_of("Australia bought 12 helicopters from the United States for $1.5 "
			  "billion.",
			  "USA", "AUS") -
		   1.5e9) < 1);
	/* "in Australian (New Zealand) dollars" after the figure names the
	 * sign's dollar (stop 48) */
	CHECK(usd_of("Worth about $1 billion in Australian dollars, the deal will see Hanwha "
		     "provide the Australian army with K9 howitzers.",
		     "KOR", "AUS") < 0);
	CHECK(usd_of("Wellington bought four P-8 aircraft from the United States for $2.3 "
		     "billion in New Zealand dollars.",
		     "USA", "NZL") < 0);
	/* control: "in US dollars" keeps the US figure */
	CHECK(fabs(usd_of("Wellington bought four P-8 aircraft from the United States for $1.4 "
			  "billion in US dollars.",
			  "USA", "NZL") -
		   1.4e9) < 1);
}

TEST(extract_deal4__figures_in_brackets_split_by_a_semicolon)
{
	/* a semicolon inside brackets closes no clause: the US figure in
	 * them is the value, and the signing is the deal's */
	CHECK(fabs(usd_of("Brazil has signed an 8.6bn euro ($12bn; 8.2bn) defence deal with France "
			  "to buy 50 helicopters.",
			  "FRA", "BRA") -
		   12e9) < 1);
	CHECK_INT(deal_status("Brazil signed a 8.6bn euro ($12bn; 8.2bn) deal with France to buy "
			      "50 helicopters.",
			      "FRA", "BRA"),
		  ENT_STATUS_SIGNED);
	/* a letter dropped from the scale word */
	CHECK(fabs(usd_of("China gave Zimbabwe military equipment worth US$28 milion.", "CHN",
			  "ZWE") -
		   28e6) < 1);
}

TEST(extract_deal4__a_date_line_dates_the_document)
{
	/* a document without a date: a line of its own that is a date gives
	 * the year of a deal done */
	CHECK_INT(deal_year("Oct 3, 2019\n\nHungary received two helicopters from France on "
			  "Tuesday.",
			  NULL, "FRA", "HUN"),
		  2019);
	CHECK_INT(deal_year("Monday, March 2, 2015, 10:05 AM\n\nHungary received two helicopters "
			  "from France.",
			  NULL, "FRA", "HUN"),
		  2015);
	/* a line with other words is no date line */
	CHECK_INT(deal_year("Oct 3, 2019 was a busy day\n\nHungary received two helicopters from "
			  "France on Tuesday.",
			  NULL, "FRA", "HUN"),
		  0);
}

TEST(extract_deal4__a_confirmed_purchase_is_made)
{
	ent_fact_list *l = run("Spain has confirmed the purchase of 20 trainer aircraft by Chile.",
			       "2021-05-04");
	const ent_fact *f = l ? find_deal(l, "ESP", "CHL") : NULL;
	CHECK(f != NULL);
	if (f) {
		CHECK_INT(f->status, ENT_STATUS_SIGNED);
		CHECK_INT(f->year, 2021);
	}
	ent_fact_list_free(l);
	/* talk of a purchase is none */
	l = run("Spain has discussed the purchase of 20 trainer aircraft by Chile.", "2021-05-04");
	f = l ? find_deal(l, "ESP", "CHL") : NULL;
	CHECK(f == NULL || f->status != ENT_STATUS_SIGNED);
	ent_fact_list_free(l);
}

TEST(extract_deal4__a_future_year_of_a_schedule_is_no_stage_year)
{
	/* the first sentence states the deal; the second only its schedule */
	static const char *sup[] = {"FRA", NULL}, *rec[] = {"GEO"};
	expect_deals("14 Dec 2017 10:20\n\nGeorgia bought air defence systems from France in "
		 "2017.\n\nThe Georgian army "
		 "will start receiving the French Mistral systems in 2019, a newspaper said.",
		 1, sup, rec);
	CHECK_INT(deal_year("Georgia will start receiving French Mistral systems in 2019.",
			  "2017-12-20", "FRA", "GEO"),
		  0);
	/* with a price the planned year stays */
	CHECK_INT(deal_year("Georgia will buy French Mistral systems for $200 million in 2019.",
			  "2017-12-20", "FRA", "GEO"),
		  2019);
}

TEST(extract_deal4__the_goods_opening_the_next_paragraph)
{
	/* "The aircraft ..." opening the next paragraph goes on about the deal */
	CHECK(fabs(usd_of("Chile will purchase six C-130J aircraft from the United States.\n\nThe "
			  "aircraft will be delivered by 2027 under a US$900 million contract.",
			  "USA", "CHL") -
		   9e8) < 1);
	/* not when it does not open the paragraph with the goods */
	CHECK(usd_of("Chile will purchase six C-130J aircraft from the United States.\n\nOther "
		     "aircraft will be leased under a US$900 million contract.",
		     "USA", "CHL") < 0);
}

/* The number of deals sup -> rec in the text. */
static size_t deals_between(const char *text, const char *sup, const char *rec)
{
	ent_fact_list *l = run(text, NULL);
	size_t i, n = 0;
	if (!l)
		return 0;
	for (i = 0; i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		n += (f->type == ENT_FACT_DEAL || f->type == ENT_FACT_SUPPLY) &&
		     ent_fact_has_code(f->suppliers, f->nsuppliers, sup) &&
		     strcmp(f->recipient.s, rec) == 0;
	}
	ent_fact_list_free(l);
	return n;
}

TEST(extract_deal4__a_supplier_without_a_recipient_goes_on_to_its_buyer)
{
	/* the recipient of the supplier's deal just told */
	static const char *sup[] = {"JPN", NULL}, *rec[] = {"PHL"};
	expect_deals("Japan delivered a patrol ship to the Philippines on Monday.\n\nJapan had "
		 "already handed over ten patrol boats in 2016.",
		 1, sup, rec);
	CHECK_INT(deal_year("Japan delivered a patrol ship to the Philippines on Monday.\n\nJapan "
			  "had already handed over ten patrol boats in 2016.",
			  NULL, "JPN", "PHL"),
		  2016);
	/* a supplier the text has not seen deliver to anyone: no deal */
	expect_deals("Japan delivered a patrol ship to the Philippines on Monday.\n\nKorea had "
		 "already handed over ten patrol boats in 2016.",
		 1, sup, rec);
}

TEST(extract_deal4__named_goods_each_with_its_year)
{
	CHECK_INT(deals_between("Spain handed over two OPVs to Ecuador, Alfa in May 2011 and "
				"Bravo in June 2013.",
				"ESP", "ECU"),
		  2);
	/* one delivery over two years is one deal */
	CHECK_INT(deals_between("Spain delivered six OPVs to Ecuador in 2011 and 2013.", "ESP",
				"ECU"),
		  1);
}

/* "gifted the navy three OPVs in 2006, 2008 and 2019": as many goods as
 * years listed after "in" is one a year, each a deal of its own; a range
 * is none of that; "Lankan" names Sri Lanka. */
TEST(extract_deal4__as_many_goods_as_years)
{
	ent_fact_list *l;
	size_t i, n = 0;
	CHECK_INT(deals_between("Spain has gifted the Ecuadorian navy three OPVs in 2006, 2008 and "
				"2019.",
				"ESP", "ECU"),
		  3);
	l = run("Spain has gifted the Ecuadorian navy three OPVs in 2006, 2008 and 2019.", NULL);
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_DEAL && l->v[i].nitems == 1 &&
		    l->v[i].items[0].quantity == 1 &&
		    (l->v[i].year == 2006 || l->v[i].year == 2008 || l->v[i].year == 2019))
			n++;
	CHECK(n == 3);
	ent_fact_list_free(l);
	CHECK_INT(deals_between("Spain delivered three OPVs to Ecuador between 2006 and 2008.", "ESP",
				"ECU"),
		  1);
	expect_deal("India has gifted the Lankan navy a patrol vessel.", 1, "IND", "LKA");
	/* "to A in Y1 and Y2, to B in Y3 and to C in Y4": one transfer per
	 * state and year (stop 61) */
	CHECK_INT(deals_between("Spain has gifted patrol vessels to Ecuador in 2005 and 2014, to "
				"Peru in 2016 and to Chile in 2019.",
				"ESP", "ECU"),
		  2);
	CHECK_INT(deals_between("Spain has gifted patrol vessels to Ecuador in 2005 and 2014, to "
				"Peru in 2016 and to Chile in 2019.",
				"ESP", "CHL"),
		  1);
	/* "to A in Y1, and B in Y2": the second "to" unsaid, one transfer
	 * each, no state a name of goods (stop 64) */
	CHECK_INT(deals_between("The aircraft has served in the Spanish Air Force since 2019, with "
				"deliveries to Ecuador in 2023, and Peru in 2024.",
				"ESP", "ECU"),
		  1);
	CHECK_INT(deals_between("The aircraft has served in the Spanish Air Force since 2019, with "
				"deliveries to Ecuador in 2023, and Peru in 2024.",
				"ESP", "PER"),
		  1);
	/* control: one state with its years stays one transfer */
	CHECK_INT(deals_between("Spain has gifted patrol vessels to Ecuador in 2005 and 2014.",
				"ESP", "ECU"),
		  1);
}

TEST(extract_deal4__ships_commissioned_from_a_state)
{
	static const char *sup[] = {"FRA", NULL}, *rec[] = {"EGY"};
	expect_deals("Egypt has commissioned a frigate and two helicopter carriers from France.", 1, sup,
		 rec);
	/* commissioned into a navy: no purchase */
	expect_deals("The frigate was commissioned into the Egyptian Navy on Monday.", 0, NULL, NULL);
	/* "will commission <goods> from Y", each seller of its own goods
	 * (stop 58) */
	CHECK_INT(deal_status("Ghana will also commission new corvettes from Turkey and patrol "
			      "vessels from the Netherlands.",
			      "TUR", "GHA"),
		  ENT_STATUS_REPORTED);
	CHECK_INT(deal_status("Ghana will also commission new corvettes from Turkey and patrol "
			      "vessels from the Netherlands.",
			      "NLD", "GHA"),
		  ENT_STATUS_REPORTED);
	expect_no_transfer("The commission from Turkey visited Ghana.");
	expect_no_transfer("A commission from Turkey inspected the drones in Ghana.");
}

TEST(extract_deal4__an_earlier_deal_named_besides_a_new_one)
{
	ent_fact_list *l = run("The $500 million deal signed on Monday is the second sale of FA-50 "
			       "jets to Malaysia, following an initial deal signed in 2012 to "
			       "supply 12 jets.",
			       "2023-05-24");
	size_t i, n = 0, y2012 = 0, y2023 = 0;
	CHECK(l != NULL);
	for (i = 0; l && i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_DEAL || strcmp(f->recipient.s, "MYS") != 0)
			continue;
		n++;
		y2012 += f->year == 2012 && !f->value.present;
		y2023 += f->year == 2023 && f->value.present;
	}
	CHECK_INT(n, 2);
	CHECK_INT(y2012, 1);
	CHECK_INT(y2023, 1);
	ent_fact_list_free(l);
	/* "the contract signed in 2012" with no word of another deal is the
	 * deal's own */
	CHECK_INT(deals_between("Malaysia received 12 FA-50 jets in 2015 under the contract "
				"signed in 2012.",
				"KOR", "MYS"),
		  1);
}

TEST(extract_deal4__goods_bought_long_ago_name_their_maker)
{
	/* the designation right before the participle, not the new goods */
	static const char *sup[] = {"USA", NULL}, *rec[] = {"PER"};
	expect_deals("The new FA-50 trainers will replace Peru's old F-5 E/F jets bought in 1976.", 1, sup,
		 rec);
	/* the owner's possessive further back than usual */
	static const char *sup2[] = {"FRA", NULL}, *rec2[] = {"PER"};
	expect_deals("They replace the Peruvian Air Force's ageing Mirage 2000P A/B jets bought in 1984.",
		 1, sup2, rec2);
	/* no possessive owner: no buyer */
	expect_deals("They replace ageing Mirage 2000 jets and older A/B trainers bought in 1984.", 0,
		 NULL, NULL);
}

TEST(extract_deal4__the_place_of_a_dateline_is_no_party)
{
	static const char *sup[] = {"SWE", NULL}, *rec[] = {"THA"};
	expect_deals("Hanoi (VNA) - Thailand and Sweden signed a deal for four Gripen jets.", 1, sup,
		 rec);
	expect_deals("Hanoi (VNA) - Thailand has announced plans to buy fighter jets.", 0, NULL, NULL);
	expect_deals("Moscow, June 3 (Reuters) - Egypt has signed a deal to buy 24 fighter jets.", 0,
		 NULL, NULL);
	/* a state that opens a sentence as its subject is a party */
	static const char *sup2[] = {"RUS", NULL}, *rec2[] = {"EGY"};
	expect_deals("Russia, the main supplier, sold 24 fighter jets to Egypt.", 1, sup2, rec2);
}

/* A list of states joined by a form of "be" (or "include") to the plural
 * noun of suppliers "to / of Y", on either side, gives a supply tie from
 * each to Y; not negated. */
TEST(extract_deal4__the_main_suppliers_to_a_state)
{
	static const char *sup[] = {"TUR", "PAK", NULL}, *rec[] = {"KEN", "KEN"};
	static const char *sup3[] = {"RUS", "IND", "FRA", NULL}, *rec3[] = {"CHL", "CHL", "CHL"};
	expect_deals("Turkey and Pakistan have been the main arms suppliers to Kenya.", 2, sup, rec);
	expect_deals("The main arms suppliers to Kenya in its war with Somalia have been Turkey and "
		     "Pakistan.",
		     2, sup, rec);
	expect_deals("The suppliers of Chile include Russia, India and France.", 3, sup3, rec3);
	expect_deals("Turkey and Pakistan are not suppliers to Kenya.", 0, NULL, NULL);
}

/* "X is the fourth largest exporter of weapons to Y after A, B and C": the
 * states ranked before X supply Y too; "after" opening a clause names no
 * supplier. */
TEST(extract_deal4__suppliers_ranked_before_a_supplier)
{
	static const char *sup[] = {"DEU", "USA", "GBR", "FRA", NULL};
	static const char *rec[] = {"SAU", "SAU", "SAU", "SAU"};
	static const char *sup2[] = {"RUS", "FRA", NULL}, *rec2[] = {"EGY", "EGY"};
	expect_deals("Germany is the fourth largest exporter of weapons to Saudi Arabia after the "
		     "United States, the United Kingdom, and France.",
		     4, sup, rec);
	expect_deals("Egypt's third largest arms supplier after Russia and France is Germany.", 2,
		     sup2, rec2);
	expect_deal("Germany became the largest arms supplier to Egypt after Russia cut its "
		    "deliveries.",
		    1, "DEU", "EGY");
}

/* "Egypt's main arms suppliers are Russia and France", "Chile relies on
 * its two major suppliers, France and the United States": the owner of
 * the suppliers buys from each (stop 47). */
TEST(extract_deal4__suppliers_owned_by_a_state)
{
	const char *sup[] = {"RUS", "FRA", NULL}, *rec[] = {"EGY", "EGY"};
	const char *sup2[] = {"FRA", "USA", NULL}, *rec2[] = {"CHL", "CHL"};
	ent_fact_list *l;
	expect_deals("Egypt's main arms suppliers are Russia and France.", 2, sup, rec);
	expect_deals("Chile relies on its two major suppliers, France and the United States.", 2,
		     sup2, rec2);
	/* no list, or a rival's: no tie */
	l = run("Russia competes with two major suppliers, France and the United States.", NULL);
	CHECK(l && ndeals(l) == 0);
	ent_fact_list_free(l);
	/* "X is Y's largest arms supplier (seller, exporter)", "X is (the)
	 * largest seller of arms to Y" (stop 60) */
	expect_deal("Lima is Santiago's largest arms seller, the minister said.", 1, "PER",
		    "CHL");
	expect_deal("Peru is Chile's largest arms supplier.", 1, "PER", "CHL");
	expect_deal("Peru is largest seller of arms to Chile.", 1, "PER", "CHL");
	/* control: goods that are no arms */
	l = run("Peru is a major seller of wine to Chile.", NULL);
	CHECK(l && ndeals(l) == 0);
	ent_fact_list_free(l);
}

/* "countries from which Y buys weapons: A, B and C": each state of the
 * list after the colon sells to Y (stop 60) */
TEST(extract_deal4__sellers_listed_after_a_colon)
{
	const char *sup[] = {"PER", "KEN", "NOR", NULL}, *rec[] = {"GHA", "GHA", "GHA"};
	expect_deals("He named other countries from which Accra buys weapons and equipment: Peru, "
		     "Kenya and Norway.",
		     3, sup, rec);
	/* control: a colon that opens another clause */
	expect_deal("Accra buys weapons from Peru: the jets arrived.", 1, "PER", "GHA");
}

/* "X provided jets to Y while Z won the contract to build frigates for Y":
 * "while" with no comma before a party opens a deal of its own (stop 53) */
TEST(extract_deal4__a_deal_after_while_and_a_party)
{
	CHECK_INT(deals_between("KAI supplied 12 FA-50 jets to Peru while Navantia won the "
				"contract to build two frigates for Peru.",
				"KOR", "PER"),
		  1);
	CHECK_INT(deals_between("KAI supplied 12 FA-50 jets to Peru while Navantia won the "
				"contract to build two frigates for Peru.",
				"ESP", "PER"),
		  1);
	CHECK_INT(deal_status("KAI supplied 12 FA-50 jets to Peru while KAI won the contract to "
			      "build two frigates for Peru.",
			      "KOR", "PER"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deals_between("KAI supplied 12 FA-50 jets to Peru while KAI won the contract to "
				"build two frigates for Peru.",
				"KOR", "PER"),
		  2);
	/* "while" before no party is no clause of a deal */
	CHECK_INT(deals_between("KAI supplied 12 FA-50 jets to Peru while visiting Lima.", "KOR",
				"PER"),
		  1);
}

/* "The Coast Guard" with no owner stands for the state that owned the
 * same service last ("the U.S. Coast Guard"; stop 63). */
TEST(extract_deal4__a_service_named_again_without_its_owner)
{
	expect_deals("The Peruvian Coast Guard delivered assets to partner nations. The Coast "
		     "Guard has transferred patrol boats to Ghana and Togo.",
		     2, (const char *const[]){"PER", "PER", NULL},
		     (const char *const[]){"GHA", "TGO", NULL});
	expect_deals("Chile's Navy received two ships from Spain. The Navy has also ordered "
		     "drones from Israel.",
		     2, (const char *const[]){"ESP", "ISR", NULL},
		     (const char *const[]){"CHL", "CHL", NULL});
	/* no owner named before: none */
	expect_no_deal("The Coast Guard has transferred patrol boats to Ghana and Togo.");
}

/* "the United States (US)": the short name in brackets repeats the state,
 * no second party (stop 63). */
TEST(extract_deal4__a_state_s_short_name_in_brackets)
{
	expect_deal("Peru has finalized an agreement with the United States (US) government for "
		    "the acquisition of 16 P-8A Poseidon aircraft.",
		    1, "USA", "PER");
	expect_deal("Peru signed an agreement with the United Kingdom (UK) to buy 16 Hawk jets.", 1,
		    "GBR", "PER");
}
