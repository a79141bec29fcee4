/*
 * test_extract_goods_told.c - goods and buyers a sentence names by
 * reference to what came before ("half a dozen of these drones", "Other
 * customers have included A and B"), and words that look like parties or
 * goods but are neither ("around Lake Chad", "jihadist fighters"), or
 * that name a state the long way ("the West African state of Togo").
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_goods_told__half_a_dozen_is_six)
{
	ent_fact_list *l = run("Turkey sold half a dozen Bayraktar TB2 drones to Niger.", NULL);
	const ent_fact *f = l ? find_deal(l, "TUR", "NER") : NULL;
	CHECK(f != NULL);
	CHECK(f && f->nitems >= 1);
	if (f && f->nitems >= 1)
		CHECK_INT(f->items[0].quantity, 6);
	ent_fact_list_free(l);
}

TEST(extract_goods_told__a_part_of_the_goods_named_before_has_their_maker)
{
	static const char *const prev = "Bayraktar TB2 drones were delivered to Togo last month.\n\n";
	static const char *const forms[] = {
		"In May, Niger acquired six of these drones.",
		"In May, Niger acquired half a dozen of these versatile and affordable drones.",
		"In May, Niger acquired six such drones.",
	};
	size_t i;
	char text[256];
	for (i = 0; i < sizeof forms / sizeof *forms; i++) {
		snprintf(text, sizeof text, "%s%s", prev, forms[i]);
		expect_deal(text, 2, "TUR", "NER");
	}
	/* new goods of no named make: no seller */
	snprintf(text, sizeof text, "%s%s", prev, "In May, Niger acquired six new drones.");
	expect_not(text, "TUR", "NER");
}

TEST(extract_goods_told__other_customers_buy_from_the_seller_told_last)
{
	static const char *sup[] = {"TUR", "TUR", "TUR", NULL};
	static const char *rec[] = {"TGO", "ETH", "MAR", NULL};
	expect_deals("Turkey delivered armed drones to Togo in March.\n\n"
		     "Other African customers have included Ethiopia and Morocco, while Angola has "
		     "expressed interest.",
		     3, sup, rec);
	/* negated, or with goods of their own: no tie */
	expect_deal("Turkey delivered Bayraktar TB2 drones to Togo in March.\n\n"
		    "Other customers have not included Ethiopia.",
		    1, "TUR", "TGO");
	expect_not("Other customers have included Ethiopia and Morocco.", "TUR", "ETH");
}

TEST(extract_goods_told__a_state_named_the_long_way_is_a_party)
{
	expect_deal("Bayraktar TB2 drones were delivered to the West African state of Togo.", 1,
		    "TUR", "TGO");
	expect_deal("France sold Rafale jets to the small Gulf nation of Qatar.", 1, "FRA", "QAT");
	/* the seller of a relative clause after it is no party */
	expect_deal("Bayraktar TB2 drones were delivered to the West African state of Togo, which "
		    "is struggling to curb the infiltration of jihadist fighters moving south from "
		    "Burkina Faso.",
		    1, "TUR", "TGO");
	/* "to our nearest neighbour (its closest ally), Y" (stop 63) */
	expect_deal("A Guardian-class patrol boat has been handed over to our nearest "
		    "neighbour, Papua New Guinea.",
		    1, "AUS", "PNG");
	expect_deal("Chile gifted two patrol boats to its closest ally, the United States.", 1,
		    "CHL", "USA");
	expect_no_deal("Chile sold two patrol boats to a partner, which it did not name.");
}

TEST(extract_goods_told__a_lake_and_fighters_who_are_people)
{
	/* "Lake Chad" is a place, no seller */
	expect_no_deal("Niger acquired drones for its operations around Lake Chad.");
	expect_deal("Niger bought Bayraktar TB2 drones for its operations around Lake Chad.", 1,
		    "TUR", "NER");
	/* "jihadist fighters" are no jets */
	expect_deal("A consignment of Bayraktar TB2s was delivered to Togo, which is struggling to "
		    "curb the infiltration of jihadist fighters moving south from Burkina Faso.",
		    1, "TUR", "TGO");
	expect_deal("France sold 24 fighters to Egypt.", 1, "FRA", "EGY");
}

/* "arms to fighters on one side of the war": those given to are people,
 * no jets to name a state. */
TEST(extract_goods_told__fighters_given_to_are_people)
{
	ent_fact_list *l = run("Chile has been providing medical assistance and arms to fighters on "
			       "one side of the Bolivian civil war.",
			       NULL);
	size_t i, n = 0;
	CHECK(l != NULL);
	for (i = 0; i < l->n; i++)
		n += l->v[i].type == ENT_FACT_SUPPLY || l->v[i].type == ENT_FACT_DEAL;
	ent_fact_list_free(l);
	CHECK(n == 0);
}

/* "two dozen" is 24; a deal whose seller is only the maker of its goods
 * (a headline) and a deal of the same buyer and designation whose seller
 * the text states are one deal, of the stated seller. */
TEST(extract_goods_told__a_makers_guess_joins_the_stated_seller)
{
	ent_fact_list *l = run("Argentina signs deal to purchase two dozen F-16 jets\n\n"
			       "Argentina has signed an agreement to buy 24 F-16 fighter jets from "
			       "Denmark, its first major arms deal in decades.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "DNK", "ARG") : NULL;
	CHECK(l && ndeals(l) == 1);
	CHECK(f && f->nsuppliers == 1);
	ent_fact_list_free(l);
	l = run("Argentina signed a deal to purchase two dozen F-16 jets from Denmark.", NULL);
	f = l ? find_deal(l, "DNK", "ARG") : NULL;
	CHECK(f && f->nitems == 1 && f->items[0].quantity == 24);
	ent_fact_list_free(l);
	/* another designation: two deals */
	expect_deals("Argentina signs deal to purchase two dozen JF-17 jets\n\n"
		     "Argentina has signed an agreement to buy 24 F-16 fighter jets from Denmark.",
		     2, NULL, NULL);
}

/* "the first corvette, F 280 Babur", "PNS Babur": a ship's name after its
 * pennant number or a navy's prefix names no weapon of that name (Babur
 * is also a missile). */
TEST(extract_goods_told__a_ships_name_is_no_missile)
{
	ent_fact_list *l = run("On September 23, 2023, Turkey handed over the first corvette, F 280 "
			       "Babur, to the Pakistani navy.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "TUR", "PAK") : NULL;
	CHECK(f != NULL);
	CHECK(f && !ent_fact_has_category(f, ENT_CAT_MISSILE));
	CHECK(l && ndeals(l) == 1);
	ent_fact_list_free(l);
	l = run("Turkey delivered PNS Babur to Pakistan.", NULL);
	f = l ? find_deal(l, "TUR", "PAK") : NULL;
	CHECK(!f || !ent_fact_has_category(f, ENT_CAT_MISSILE));
	ent_fact_list_free(l);
	/* "HMS-X" glued by a hyphen is a designation, no British ship: the
	 * passive's giver is the state the text is about (stop 46) */
	l = run("India has provided Peru with military equipment through aid and sales.\n\n"
		"Three HMS-X sonars and three air search radars were supplied to equip Peruvian "
		"Navy frigates in 2013.\n",
		NULL);
	CHECK(l && !find_deal(l, "GBR", "PER"));
	ent_fact_list_free(l);
	/* control: a ship after the prefix is British-made */
	expect_deal("Britain sold HMS Duncan to Peru.", 1, "GBR", "PER");
}

TEST(extract_goods_told__these_include_sales_to_listed_states)
{
	static const char *sup[] = {"TUR", "TUR", "TUR", "TUR", NULL};
	static const char *rec[] = {"SAU", "PAK", "AZE", "KGZ", NULL};
	expect_deals("Baykar has signed an export contract with Saudi Arabia for Akinci drones. "
		     "These include sales to other key friendly countries such as Pakistan and the "
		     "fellow Turkic nations of Azerbaijan and Kyrgyzstan.",
		     4, sup, rec);
	/* no deal told before: no seller */
	expect_no_transfer("These include sales to Pakistan and Azerbaijan.");
}

TEST(extract_goods_told__an_exporter_named_in_apposition_signs)
{
	/* the apposition names the exporter, who signs with the buyer */
	expect_deal("Turkey's leading exporter of drones, Baykar, has signed a contract with "
		    "Saudi Arabia for Akinci drones.",
		    1, "TUR", "SAU");
	/* "export" before a deal noun is no verb whose subject sells */
	expect_deal("Akinci entered the Turkish armed forces in 2021, and Saudi Arabia is the "
		    "seventh export contract that the company has signed.",
		    1, "TUR", "SAU");
	expect_not("Akinci entered the Turkish armed forces in 2021, and Saudi Arabia is the "
		   "seventh export contract that the company has signed.",
		   "SAU", "TUR");
}

TEST(extract_goods_told__a_line_opened_by_a_state_and_a_dash_is_about_it)
{
	expect_deal("Bosnia and Herzegovina \xe2\x80\x94 two Bayraktar TB2s were donated from Turkey "
		    "in 2025.",
		    1, "TUR", "BIH");
	CHECK_INT(deal_year("Bosnia and Herzegovina - two Bayraktar TB2s were donated from Turkey "
			    "in 2025.",
			    NULL, "TUR", "BIH"),
		  2025);
	/* the seller's own line names no buyer */
	expect_no_transfer("Turkey \xe2\x80\x94 two Bayraktar TB2s were donated in 2025.");
}

TEST(extract_goods_told__a_size_before_the_goods_is_no_count)
{
	ent_fact_list *l = run("Japan decided to provide 10 40-meter patrol boats to the Philippines.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "JPN", "PHL") : NULL;
	CHECK(f && f->nitems >= 1 && f->items[0].quantity == 10);
	ent_fact_list_free(l);
	l = run("Japan sold two 90-metre patrol vessels to the Philippines.", NULL);
	f = l ? find_deal(l, "JPN", "PHL") : NULL;
	CHECK(f && f->nitems >= 1 && f->items[0].quantity == 2);
	ent_fact_list_free(l);
}

/* "the Yoruk 4x4 armored vehicle", "20 6x6 armored vehicles": a drive
 * ("4×4", "6x6") is no count; the count before it is. */
TEST(extract_goods_told__a_drive_is_no_count)
{
	ent_fact_list *l =
		run("Chad bought the NMS Yoruk 4\xc3\x97" "4 armored vehicle from Turkey.", NULL);
	const ent_fact *f = l ? find_deal(l, "TUR", "TCD") : NULL;
	CHECK(f && f->nitems >= 1 && f->items[0].quantity == -1);
	ent_fact_list_free(l);
	l = run("Chad bought 20 6x6 armored vehicles from Turkey.", NULL);
	f = l ? find_deal(l, "TUR", "TCD") : NULL;
	CHECK(f && f->nitems >= 1 && f->items[0].quantity == 20);
	ent_fact_list_free(l);
}

/* "96 8 x 8 vehicles": spaced wheel counts are a drive too. */
TEST(extract_goods_told__a_spaced_drive_is_no_count)
{
	ent_fact_list *l = run("Poland ordered 96 8 x 8 Rosomak vehicles from Finland.", NULL);
	const ent_fact *f = l ? find_deal(l, "FIN", "POL") : NULL;
	CHECK(f && f->nitems >= 1 && f->items[0].quantity == 96);
	ent_fact_list_free(l);
}

TEST(extract_goods_told__besides_inking_a_deal_is_a_deal_of_its_own)
{
	static const char *sup[] = {"FRA", "FRA", NULL};
	static const char *rec[] = {"IND", "IND", NULL};
	expect_deals("India may purchase 26 Rafale-Marine combat aircraft for the navy from France "
		     "besides inking a deal to manufacture three additional Scorpene class "
		     "submarines with a French armament major providing the technology.",
		     2, sup, rec);
	/* a share is no count */
	{
		ent_fact_list *l = run("France will make helicopter engines in India with 100% "
				       "technology transfer from Safran.",
				       NULL);
		const ent_fact *f = l ? find_deal(l, "FRA", "IND") : NULL;
		size_t i;
		CHECK(f != NULL);
		for (i = 0; f && i < f->nitems; i++)
			CHECK(f->items[i].quantity != 100);
		ent_fact_list_free(l);
	}
}
