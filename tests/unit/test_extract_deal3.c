/*
 * test_extract_deal3.c - deal rules found on a third set of unseen
 * articles: the firm of a state after "with", arms named generically a
 * few words after the verb, places after a verb of delivery, makers that
 * are no buyers, periods of years, totals over a span of years, things
 * received that are no goods, and a state's own order.  Every sentence
 * here was written for these tests.
 */
#include "extract_harness.h"

#include <math.h>

TEST(extract_deal3__the_firm_of_a_state_after_with_sells)
{
	static const char *sup[] = {"ISR", NULL}, *rec[] = {"GRC"};
	static const char *sup2[] = {"KOR", NULL}, *rec2[] = {"CHL"};
	expect_deals("Greece has signed a framework contract with Israel's Rafael to procure "
		 "anti-tank missiles.",
		 1, sup, rec);
	/* the buyer's ministry, far before "with" */
	expect_deals("Chile's Ministry of National Defence has inked an agreement with South "
		 "Korea's Hanwha Aerospace to buy self-propelled howitzers.",
		 1, sup2, rec2);
}

TEST(extract_deal3__generic_arms_some_words_after_the_verb)
{
	static const char *sup[] = {"USA", NULL}, *rec[] = {"TWN"};
	/* a signing verb before the noun of sale does not shorten the reach */
	expect_deals("Washington approved the sale of four large packages of weaponry to Taiwan "
		 "last week.",
		 1, sup, rec);
	/* arms words far from the verb are no goods of it */
	expect_deals("Washington approved the sale to Taiwan after long talks about the regional "
		 "balance of weapons.",
		 0, NULL, NULL);
}

TEST(extract_deal3__a_period_of_years_is_no_stage_year)
{
	/* the signing date, not the years of production */
	CHECK_INT(deal_year("Sweden signed a contract with Brazil, which covers the production of 30 "
			  "fighter jets between 2021 and 2026, on March 3, 2016.",
			  NULL, "SWE", "BRA"),
		  2016);
	CHECK_INT(deal_year("Russia sold Egypt 40 tanks, to be built from 2027 to 2029, in 2024.", NULL,
			  "RUS", "EGY"),
		  2024);
	/* a year joined to another by "and" without "between" still counts */
	CHECK_INT(deal_year("Russia delivered 12 helicopters to Egypt in 2019 and 2020.", NULL, "RUS",
			  "EGY"),
		  2019);
}

TEST(extract_deal3__a_total_over_a_period_is_no_deal)
{
	expect_deals("From 2001 to 2020, Vietnam bought weapons from Russia for a total of $9 billion.",
		 0, NULL, NULL);
	expect_deals("Between 2010 and 2015 Peru imported arms worth $2 billion in total from Russia.",
		 0, NULL, NULL);
	/* a total of one purchase, in one year, stays a deal */
	static const char *sup[] = {"RUS", NULL}, *rec[] = {"VNM"};
	expect_deals("In 2009 Vietnam bought six submarines from Russia for a total of $2 billion.", 1,
		 sup, rec);
}

TEST(extract_deal3__things_received_that_are_no_goods)
{
	expect_deals("When Namibia received its long-awaited independence from South Africa, it built "
		 "an army and a training school.",
		 0, NULL, NULL);
	expect_deals("Ghana received an invitation from France to the air show of drones.", 0, NULL,
		 NULL);
	/* word received from a ship is no ship received */
	expect_deals("The Chinese destroyer turned upon receiving information from the South "
		 "African Navy frigate Amatola.",
		 0, NULL, NULL);
	expect_deals("India received a letter from the Russian Navy about the frigate.", 0, NULL,
		 NULL);
	static const char *sup[] = {"FRA", NULL}, *rec[] = {"GHA"};
	expect_deals("Ghana received four patrol boats from France in 2021.", 1, sup, rec);
}

TEST(extract_deal3__a_place_after_a_delivery_is_no_party)
{
	expect_deals("Vietnamese corvette handed over in South Korea", 0, NULL, NULL);
	static const char *sup[] = {"KOR", NULL}, *rec[] = {"VNM"};
	expect_deals("South Korea handed over a corvette to Vietnam in 2023.", 1, sup, rec);
}

TEST(extract_deal3__two_makers_of_goods_received_are_no_pair)
{
	expect_deals("About ten Chinese armoured vehicles and six Turkish drones were received on "
		 "Monday.",
		 0, NULL, NULL);
	static const char *sup[] = {"TUR", NULL}, *rec[] = {"NER"};
	expect_deals("Niger received six Turkish drones on Monday.", 1, sup, rec);
}

TEST(extract_deal3__a_states_own_order)
{
	static const char *sup[] = {"FRA", NULL}, *rec[] = {"QAT"};
	ent_fact_list *l;
	expect_deals("The new contract comes after Qatar's order of 24 Rafale jets in 2015.", 1, sup,
		 rec);
	l = run("The new contract comes after Qatar's order of 24 Rafale jets in 2015.", NULL);
	CHECK(l && find_deal(l, "FRA", "QAT") && find_deal(l, "FRA", "QAT")->status == ENT_STATUS_ORDERED &&
	      find_deal(l, "FRA", "QAT")->year == 2015);
	ent_fact_list_free(l);
	/* an order of no state's is nobody's */
	expect_deals("The order of 24 Rafale jets came in 2015.", 0, NULL, NULL);
}

/* "The Kuwait deal follows Oman's order of ...": the state that names the
 * other deal is no seller of the order; "from X" still is. */
TEST(extract_deal3__a_state_naming_another_deal_sells_no_order)
{
	expect_no_deal("The Kuwait deal follows Oman's order of 12 patrol boats in December 2012.");
	expect_deal("The Kuwait deal follows Oman's order of 12 patrol boats from France in 2012.", 1,
		    "FRA", "OMN");
}

TEST(extract_deal3__a_joint_venture_that_sells_is_no_seller)
{
	static const char *sup[] = {"FRA", NULL}, *rec[] = {"UZB"};
	expect_deals("Uzbekistan signed a memorandum with France's Sagem on a joint venture to build, "
		 "sell and service drones.",
		 1, sup, rec);
	ent_fact_list *l = run("Uzbekistan signed a memorandum with France's Sagem on a joint "
			       "venture to build, sell and service drones.",
			       NULL);
	CHECK(l && !find_deal(l, "UZB", "FRA"));
	ent_fact_list_free(l);
}

TEST(extract_deal3__goods_before_a_participle_of_buying_name_their_maker)
{
	/* the maker the goods name, not the maker of the designation */
	static const char *sup[] = {"SUN", NULL}, *rec[] = {"BOL"};
	expect_deals("Bolivia bought the jets for use in border patrols, and to replace six "
		 "Soviet-built Mi-17 helicopters bought in 1987.",
		 1, sup, rec);
	/* the maker right after a buying verb still counts */
	static const char *sup2[] = {"SUN", NULL}, *rec2[] = {"ECU"};
	expect_deals("Ecuador purchased six Soviet helicopters in 1985.", 1, sup2, rec2);
}

TEST(extract_deal3__data_eurocopter_and_unmanned_air_vehicles)
{
	static const char *sup[] = {"FRA", NULL}, *rec[] = {"MNG"};
	expect_deals("Mongolia signed a memorandum of understanding with Eurocopter for ten EC145 "
		 "helicopters.",
		 1, sup, rec);
	static const char *sup2[] = {"FRA", NULL}, *rec2[] = {"KAZ"};
	expect_deals("Kazakhstan signed an agreement with France to buy unmanned air vehicles.", 1,
		 sup2, rec2);
}

TEST(extract_deal3__this_measured_vessel_two_paragraphs_on)
{
	static const char *text =
		"Spain handed over a patrol vessel to Peru on 3 May.\n\n"
		"The ship will sail for Callao next week.\n\n"
		"A contract for this 80m-long patrol vessel was signed in 2019 for $90 million.\n";
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? find_deal(l, "ESP", "PER") : NULL;
	CHECK(f != NULL);
	CHECK(f && f->value.present && fabs(f->value.amount - 90e6) < 1);
	CHECK_INT(l ? ndeals(l) : 0, 1);
	ent_fact_list_free(l);
	/* "the" three paragraphs on names no deal before it */
	static const char *far =
		"Spain handed over a patrol vessel to Peru on 3 May.\n\n"
		"The ship will sail for Callao next week.\n\n"
		"Its crew trained for a month.\n\n"
		"A contract for this patrol vessel was signed in 2019 for $90 million.\n";
	l = run(far, NULL);
	f = l ? find_deal(l, "ESP", "PER") : NULL;
	CHECK(f && !(f->value.present && fabs(f->value.amount - 90e6) < 1));
	ent_fact_list_free(l);
}

TEST(extract_deal3__the_deal_told_again_with_only_the_makers_name)
{
	static const char *text =
		"Kuwait and Italy will finalize a deal next week for the Gulf state to purchase "
		"Eurofighter jets, the minister said.\n\n"
		"The minister did not give the number of jets in the deal, but the consortium said "
		"in May that Kuwait had agreed to buy 28 Eurofighter jets.\n";
	ent_fact_list *l = run(text, "2016-02-10");
	const ent_fact *f = l ? find_deal(l, "ITA", "KWT") : NULL;
	CHECK(f != NULL);
	CHECK(l && !find_deal(l, "GBR", "KWT")); /* the maker is no seller of its own */
	CHECK(f && f->status == ENT_STATUS_SIGNED && f->year == 2015);
	ent_fact_list_free(l);
	/* a sentence with no "the deal" is a deal of its own */
	l = run("Kuwait and Italy will finalize a deal next week for the Gulf state to purchase "
		"Eurofighter jets.\n\nSeparately, Kuwait agreed in May to buy 28 Eurofighter jets.\n",
		"2016-02-10");
	CHECK(l && find_deal(l, "GBR", "KWT"));
	ent_fact_list_free(l);
	/* "the order" beside goods of another maker than the seller of the
	 * deal before: another deal (stop 37) */
	l = run("Kuwait signed an agreement with Russia for the purchase of 24 Su-35 fighters. "
		"Kuwait bought Rafale fighter jets with the order of 24 jets.\n",
		NULL);
	CHECK(l && find_deal(l, "RUS", "KWT") && find_deal(l, "FRA", "KWT"));
	ent_fact_list_free(l);
}

TEST(extract_deal3__in_may_is_a_month_no_hedge)
{
	ent_fact_list *l = run("Russia agreed to sell 12 tanks to Peru in 2015. The army said in May "
			       "that the first batch of the deal had been delivered.",
			       "2016-09-10");
	const ent_fact *f = l ? find_deal(l, "RUS", "PER") : NULL;
	CHECK(f && f->status == ENT_STATUS_DELIVERED && f->year == 2016);
	ent_fact_list_free(l);
	/* the modal still hedges */
	l = run("Russia agreed to sell 12 tanks to Peru in 2015. The army said that the first "
		"batch of the deal may be delivered soon.",
		"2016-09-10");
	f = l ? find_deal(l, "RUS", "PER") : NULL;
	CHECK(f && f->status != ENT_STATUS_DELIVERED);
	ent_fact_list_free(l);
}

/* A demonym before a noun of kinship between states ("a Chinese
 * neighbour", "a Russian ally") describes another state: no recipient;
 * the state the goods are "for" is. */
TEST(extract_deal3__a_described_state_is_no_recipient)
{
	static const char *sup[] = {"IND", NULL}, *rec[] = {"VNM"};
	expect_deals("The corvette for Vietnam is the first time India has given a warship to a "
		     "Chinese neighbour.",
		     1, sup, rec);
	ent_fact_list *l = run("India has given a warship to a Chinese neighbour.", NULL);
	CHECK(l && find_deal(l, "IND", "CHN") == NULL);
	ent_fact_list_free(l);
}

/* A state coordinated with a place after "in" behind a verb of delivery
 * is a place too: "several discovered in Peru and Chile" names no
 * seller. */
TEST(extract_deal3__places_coordinated_after_in_are_no_party)
{
	expect_not("An audit found that 26 of 50 rifles supplied to the Bolivian army in 1992 "
		   "are now missing, with several discovered in Peru and Chile.",
		   "CHL", "BOL");
	expect_not("An audit found that 26 of 50 rifles supplied to the Bolivian army in 1992 "
		   "are now missing, with several discovered in Peru and Chile.",
		   "PER", "BOL");
}
