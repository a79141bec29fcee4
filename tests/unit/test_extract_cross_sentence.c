/*
 * test_extract_cross_sentence.c - a deal told over two sentences, on
 * sentences written for these tests (none quotes an article): a later
 * sentence whose subject is the deal or its buyer ("It is worth ...",
 * "The country paid ...", "Athens will pay ...") gives the deal its value,
 * and one that tells the deal's stage again with a year ("The vessels were
 * delivered in 2018", "The contract was signed in 2021") gives it that year;
 * "the contract for the purchase of the launchers", naming the sale's own
 * goods, reaches it a paragraph later.
 */
#include "extract_harness.h"

/* The value in USD of the only deal sup -> rec in text (-1: none). */
static double cs_value(const char *text, const char *sup, const char *rec)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f;
	double v = -1;
	if (!l)
		return -1;
	f = find_deal(l, sup, rec);
	if (f && count(l, ENT_FACT_DEAL) == 1)
		v = f->value.present ? f->value.usd : 0;
	else
		fprintf(stderr, "    no single deal %s -> %s in: %s\n", sup, rec, text);
	ent_fact_list_free(l);
	return v;
}

TEST(extract_cross_sentence__payer_subject_value)
{
	CHECK(cs_value("Egypt agreed to buy 30 Rafale jets from France in 2021. It is worth "
		       "$4.5 billion.",
		       "FRA", "EGY") == 4.5e9);
	CHECK(cs_value("Nigeria has bought 12 Super Tucano aircraft from Brazil. The country "
		       "paid $329 million.",
		       "BRA", "NGA") == 329e6);
	CHECK(cs_value("Bangladesh received two submarines from China in 2016. It paid about "
		       "$200 million for them.",
		       "CHN", "BGD") == 200e6);
	/* the buyer's capital; a deal of a pair oriented later */
	CHECK(cs_value("Greece signed a contract with France for three frigates in 2022. "
		       "Athens will pay $3 billion.",
		       "FRA", "GRC") == 3e9);
	CHECK(cs_value("Greece bought three frigates from France in 2022. Athens paid "
		       "$3 billion.",
		       "FRA", "GRC") == 3e9);
	/* money of another subject or verb is not the deal's price */
	CHECK(cs_value("Greece bought three frigates from France in 2022. It raised "
		       "its budget by $3 billion.",
		       "FRA", "GRC") == 0);
}

TEST(extract_cross_sentence__stage_year_again)
{
	CHECK(deal_year("Ghana received four patrol boats from China. The vessels were "
			"delivered in 2018.",
			NULL, "CHN", "GHA") == 2018);
	CHECK(deal_year("Kenya ordered armoured vehicles from Turkey. The contract was signed "
			"in 2021.",
			NULL, "TUR", "KEN") == 2021);
	CHECK(deal_year("Saudi Arabia signed a $15 billion deal with the United States for "
			"THAAD batteries. The agreement was signed in 2017.",
			NULL, "USA", "SAU") == 2017);
	/* "the first battery" of air defence goods refers back too */
	CHECK(deal_year("Romania acquired Patriot systems from the United States. The first "
			"battery arrived in 2020.",
			NULL, "USA", "ROU") == 2020);
	CHECK(deal_status("Romania acquired Patriot systems from the United States. The first "
			  "battery arrived in 2020.",
			  "USA", "ROU") == ENT_STATUS_DELIVERED);
	/* a pronoun for the goods as the subject of the stage */
	CHECK(deal_year("Uganda bought attack helicopters from Russia in 2015. They were "
			"delivered in 2017.",
			NULL, "RUS", "UGA") == 2017);
	CHECK(deal_status("Uganda bought attack helicopters from Russia in 2015. They were "
			  "delivered in 2017.",
			  "RUS", "UGA") == ENT_STATUS_DELIVERED);
	/* a stage still to come gives no year */
	CHECK(deal_year("Poland ordered 250 Abrams tanks from the United States. The tanks "
			"will be delivered in 2025.",
			NULL, "USA", "POL") == 0);
	/* "the new contract" is the deal just told (stop 57), also with the
	 * year in the name of a fair; "more" goods are another deal */
	CHECK(deal_year("Chile agreed to buy 12 Su-30 jets from Russia, an aide said. He said "
			"that the new contract was inked at the Army 2017 fair in August.",
			NULL, "RUS", "CHL") == 2017);
	CHECK(deal_year("Chile agreed to buy 12 Su-30 jets from Russia. The new contract was "
			"signed in 2019.",
			NULL, "RUS", "CHL") == 2019);
	expect_deal("Chile signed for 12 Su-30 jets from Russia in 2017. The new contract, "
		    "signed in 2019, covers 12 more jets.",
		    2, "RUS", "CHL");
	/* "the first six jets" refer back over the ordinal and the count,
	 * and a stage still to come dates nothing (stop 57) */
	{
		static const char *t = "At the end of 2021, Chile bought 12 used F-16 jets from "
				       "Norway. The first six jets arrived in Chile in April "
				       "this year and the remaining six will be delivered in "
				       "2025.";
		CHECK(deal_year(t, "2024-08-30", "NOR", "CHL") == 2024);
		CHECK(deal_status(t, "NOR", "CHL") == ENT_STATUS_DELIVERED);
		CHECK(deal_year("Chile bought F-16 jets from Norway in 2021. The jets arrived "
				"in Chile this year and the rest will be delivered in 2025.",
				"2024-08-30", "NOR", "CHL") == 2024);
	}
}

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_cross_sentence__plural_subject_stance)
{
	ent_fact_list *l = run("Japan and Australia held a joint naval exercise. Both countries "
			       "condemned China's coercion.",
			       NULL);
	CHECK(l && has_stance(l, "JPN", "CHN", OPP) && has_stance(l, "AUS", "CHN", OPP));
	ent_fact_list_free(l);
	l = run("Estonia and Latvia support Ukraine. The two nations also criticised Russia's "
		"annexation plans.",
		NULL);
	CHECK(l && has_stance(l, "EST", "RUS", OPP) && has_stance(l, "LVA", "RUS", OPP));
	ent_fact_list_free(l);
	l = run("Peru and Chile signed a trade pact. Both sides strongly condemned Bolivia's "
		"border raid.",
		NULL);
	CHECK(l && has_stance(l, "PER", "BOL", OPP) && has_stance(l, "CHL", "BOL", OPP));
	ent_fact_list_free(l);
	/* no definite reference ("two countries"), or allies of others: none */
	l = run("Peru and Chile signed a trade pact. Two countries condemned Bolivia's raid.",
		NULL);
	CHECK(l && !has_stance(l, "PER", "BOL", OPP) && !has_stance(l, "CHL", "BOL", OPP));
	ent_fact_list_free(l);
}

/* A state named only as a place ("in X", "at X") is no antecedent of a
 * subject "it/they": in the same sentence the pronoun, not the place, is
 * the buyer; in the sentence before, a unit of places passes to the one
 * before it. */
TEST(extract_cross_sentence__place_is_no_antecedent)
{
	const char *t1 = "Uganda will buy Turkish drones. The minister said the pilots are in "
			 "Turkey for training, adding that they also bought drones from Israel.";
	const char *t2 = "Uganda will buy Turkish drones. The pilots are in Turkey for "
			 "training. They also bought drones from Israel.";
	expect_not(t1, "ISR", "TUR");
	expect_deals(t1, 2, (const char *const[]){"TUR", "ISR", NULL},
		     (const char *const[]){"UGA", "UGA", NULL});
	expect_not(t2, "ISR", "TUR");
	expect_deals(t2, 2, (const char *const[]){"TUR", "ISR", NULL},
		     (const char *const[]){"UGA", "UGA", NULL});
	/* control: a subject state before "it" stays the antecedent */
	expect_deal("Uganda signed a deal with Turkey. It also bought drones from Israel.", 1,
		    "ISR", "UGA");
}

/* "In addition, a contract covers training pilots and the acquisition of
 * ammunition for the jet": an addition to the deal just told, its items
 * added there. */
TEST(extract_cross_sentence__in_addition_a_contract_covers)
{
	ent_fact_list *l = run("Peru will purchase Chilean-made fighter jets worth $1.6bn. In "
			       "addition, a contract covers training pilots and the acquisition of "
			       "ammunition for the jet.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "CHL", "PER") : NULL;
	CHECK(f && ent_fact_has_category(f, ENT_CAT_AIRCRAFT) &&
	      ent_fact_has_category(f, ENT_CAT_AMMUNITION));
	ent_fact_list_free(l);
}

/* "This acquisition, valued at approximately $290 million, ..." goes on
 * about the purchase just told and gives it its value; "this procurement
 * will give birth to a combat helicopter squadron" adds no helicopters (a
 * formation of forces is no goods). */
TEST(extract_cross_sentence__this_acquisition_valued_at)
{
	ent_fact_list *l = run("Peru approved the purchase of eight HIMARS missile systems from "
			       "the United States. This acquisition, valued at approximately $290 "
			       "million, marks a strategic advancement.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "USA", "PER") : NULL;
	size_t i;
	CHECK(f && f->value.present && f->value.amount == 290e6);
	ent_fact_list_free(l);
	l = run("Peru approved the purchase of eight HIMARS missile systems from the United "
		"States. The army said this procurement will give birth to a formidable combat "
		"helicopter squadron.",
		NULL);
	f = l ? find_deal(l, "USA", "PER") : NULL;
	CHECK(f != NULL);
	for (i = 0; f && i < f->nitems; i++)
		CHECK(f->items[i].category != ENT_CAT_AIRCRAFT);
	ent_fact_list_free(l);
}

/* A press release's own paragraph for the price: "The possible sale is
 * estimated to cost around $4.21bn" (stop 40). */
TEST(extract_cross_sentence__the_possible_sale_is_estimated_to_cost)
{
	ent_fact_list *l = run("The US State Department has approved a possible sale of F-16 "
			       "jets to Peru.\n\nThe possible sale is estimated to cost around "
			       "$4.21bn.\n",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "USA", "PER") : NULL;
	CHECK(f && f->value.present && f->value.amount == 4.21e9);
	ent_fact_list_free(l);
	l = run("The US has approved a possible sale of F-16 jets to Peru. The proposed sale "
		"costs $300 million.",
		NULL);
	f = l ? find_deal(l, "USA", "PER") : NULL;
	CHECK(f && f->value.present && f->value.amount == 300e6);
	ent_fact_list_free(l);
	/* a price the next paragraph gives for something else is not the sale's */
	l = run("The US has approved a possible sale of F-16 jets to Peru.\n\nThe new airport "
		"is estimated to cost around $4.21bn.\n",
		NULL);
	f = l ? find_deal(l, "USA", "PER") : NULL;
	CHECK(f && !f->value.present);
	ent_fact_list_free(l);
}

/* "they" that signs stands for the pair before (stop 40) */
TEST(extract_cross_sentence__they_signed_a_further_agreement)
{
	ent_fact_list *l = run("In 2004, Chile and Peru concluded a contract for the licensed "
			       "production of one thousand T-90 tanks. Three years later they "
			       "signed an agreement on the supply of another 124 tanks.",
			       NULL);
	size_t i, n = 0;
	for (i = 0; l && i < l->n; i++)
		n += l->v[i].type == ENT_FACT_DEAL && l->v[i].year == 2007;
	CHECK(l && n == 1);
	ent_fact_list_free(l);
}

/* A sale told in one paragraph; the next one opens on the meeting. */
#define SALE_THEN_MEETING                                                                   \
	"Spain will sell twelve K-239 rocket launchers to Estonia in a new arms deal, the "   \
	"Spanish minister said on Monday.\n\nThe minister spoke after a meeting with his "    \
	"counterpart. "

TEST(extract_cross_sentence__the_contract_for_its_goods_in_the_next_paragraph)
{
	/* a paragraph after the sale, "the contract for the acquisition of
	 * the howitzers" names the sale's own goods: the sale is signed */
	CHECK(deal_status(SALE_THEN_MEETING "He said the contract for the purchase of the "
					    "launchers was signed during the talks.\n",
			  "ESP", "EST") == ENT_STATUS_SIGNED);
	CHECK(deal_status(SALE_THEN_MEETING "He said the contract for the launchers was signed "
					    "during the talks.\n",
			  "ESP", "EST") == ENT_STATUS_SIGNED);
	/* a contract for other goods is not that sale's */
	CHECK(deal_status(SALE_THEN_MEETING "He said the contract for the purchase of the trucks "
					    "was signed during the talks.\n",
			  "ESP", "EST") == ENT_STATUS_REPORTED);
}

/* "will begin production once the first batch is fully delivered": a
 * stage a clause of condition or time waits for is not reached. */
TEST(extract_cross_sentence__a_stage_awaited_is_not_reached)
{
	CHECK(deal_status("Peru signed a deal worth $650 million to buy 40 K9 howitzers from "
			  "South Korea. The new howitzers will be built once the first batch is "
			  "fully delivered.",
			  "KOR", "PER") == ENT_STATUS_SIGNED);
	CHECK(deal_status("Peru signed a deal worth $650 million to buy 40 K9 howitzers from "
			  "South Korea. Training will go on until the howitzers are delivered.",
			  "KOR", "PER") == ENT_STATUS_SIGNED);
	/* a stage told as reached still moves the deal on */
	CHECK(deal_status("Peru signed a deal worth $650 million to buy 40 K9 howitzers from "
			  "South Korea. The howitzers were delivered in 2022.",
			  "KOR", "PER") == ENT_STATUS_DELIVERED);
}

TEST(extract_cross_sentence__years_counted_from_the_year_before)
{
	/* "three years later", "the following year", "two years earlier":
	 * from the latest year of the paragraph */
	CHECK_INT(deal_year("In 2015, Chile ordered 24 Su-35 fighters from Russia. Three years "
			    "later, Peru signed an agreement to purchase 11 Su-35s.",
			    NULL, "RUS", "PER"),
		  2018);
	CHECK_INT(deal_year("Peru bought tanks from Spain in 2010. The following year, Chile "
			    "bought jets from France.",
			    NULL, "FRA", "CHL"),
		  2011);
	CHECK_INT(deal_year("Peru bought tanks from Spain in 2010. Two years earlier, Chile had "
			    "bought jets from France.",
			    NULL, "FRA", "CHL"),
		  2008);
	/* another paragraph's year counts nothing */
	CHECK_INT(deal_year("Peru bought tanks from Spain in 2010.\n\nTwo years later Chile "
			    "bought jets from France.",
			    NULL, "FRA", "CHL"),
		  0);
}

/* "India also agreed to buy 36 of the fighters": some of the goods told
 * before, a named system's, come from that system's seller; nothing is
 * taken when no deal before names a system of that kind. */
TEST(extract_cross_sentence__some_of_the_goods_told_before)
{
	ent_fact_list *l = run("Chile took delivery of the first Gripen jets from Sweden on Monday.\n\n"
			       "In 2016, Peru also agreed to buy 12 of the fighters.\n",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "SWE", "PER") : NULL;
	CHECK(f && f->year == 2016);
	ent_fact_list_free(l);
	expect_deal("Chile took delivery of the first Gripen jets from Sweden on Monday.\n\nIn 2016, "
		    "Peru also agreed to buy 12 of the frigates.\n",
		    1, "SWE", "CHL");
	expect_no_deal("In 2016, Peru also agreed to buy 12 of the fighters.");
	/* "hundreds (dozens) of the" too (stop 61) */
	expect_deal("Chile took delivery of the first Gripen jets from Sweden on Monday.\n\nPeru "
		    "announced its intention to buy dozens of the fighters.\n",
		    2, "SWE", "PER");
}

/* "X is a close ally of Y. It sold two frigates to Y": "it" before a verb
 * of supply is the state the sentence before is about, as before a verb
 * of buying. */
TEST(extract_cross_sentence__it_before_a_verb_of_supply)
{
	expect_deal("Chile is a close ally of Peru. It sold two frigates to Peru in 2016.", 1, "CHL",
		    "PER");
	expect_deal("Chile has emerged as an important ally of Bolivia. It provided the Bolivian "
		    "Navy with two submarines in 2016.",
		    1, "CHL", "BOL");
}

/* "Prior to this transfer it provided two such aircraft previously in
 * 2005": an earlier transfer of its own, not more of the deal before; a
 * sentence going on without a word of "before" still adds to it (stop
 * 46). */
TEST(extract_cross_sentence__an_earlier_transfer_is_its_own)
{
	ent_fact_list *l = run("In 2007 Chile transferred five BN-2 maritime patrol aircraft to "
			       "Peru. Prior to this transfer it provided two such aircraft "
			       "previously in 2005.",
			       NULL);
	size_t i, n2005 = 0, n2007 = 0;
	for (i = 0; l && i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_DEAL || strcmp(f->recipient.s, "PER"))
			continue;
		n2005 += f->year == 2005;
		n2007 += f->year == 2007;
	}
	CHECK_INT(n2005, 1);
	CHECK_INT(n2007, 1);
	ent_fact_list_free(l);
	expect_deal("In 2007 Chile transferred five BN-2 maritime patrol aircraft to Peru. The "
		    "aircraft were delivered in 2008.",
		    1, "CHL", "PER");
}

/* "... by Estonia and Latvia. The latter signed": "the latter (former)"
 * stands for the second (first) of the latest pair of states joined by
 * "and", no other state named between; "the former Soviet Union", "the
 * latter half of 2023" stand for no state (stop 64). */
TEST(extract_cross_sentence__the_latter_and_the_former)
{
	expect_deal("Talks with Germany were held by Ghana and Togo. The latter bought IRIS-T "
		    "systems from Germany in November.",
		    1, "DEU", "TGO");
	expect_deal("Talks with Germany were held by Ghana and Togo. The former bought IRIS-T "
		    "systems from Germany in November.",
		    1, "DEU", "GHA");
	/* another state between: the pair is not the latest thing told */
	expect_not("Ghana and Togo have been Mali's suppliers. Since then it has bought Israeli "
		   "products. The latter have included radars from Israel.",
		   "ISR", "TGO");
	expect_deal("Ghana and Togo held talks. In the latter half of 2023, Spain sold radars to "
		    "Chile.",
		    1, "ESP", "CHL");
	/* two such phrases in one text: each finds its own pair */
	expect_deal("Talks with Germany were held by Ghana and Togo. The latter bought IRIS-T "
		    "systems from Germany. Talks with Spain were held by Chile and Peru in May. "
		    "The former bought radars from Spain in June.",
		    2, "ESP", "CHL");
	expect_deal("Talks with Germany were held by Ghana and Togo. The latter bought IRIS-T "
		    "systems from Germany. Talks with Spain were held by Chile and Peru in May. "
		    "The former bought radars from Spain in June.",
		    2, "DEU", "TGO");
}

/* "X has delivered three batteries to Y, while Z has provided three more":
 * the more a later clause's seller gives go to the recipient of the clause
 * before (stop 64). */
TEST(extract_cross_sentence__more_in_the_clause_after)
{
	ent_fact_list *l = run("Washington has previously delivered three Patriot batteries to "
			       "Ukraine, while Germany has provided three more.",
			       NULL);
	CHECK(l && find_deal(l, "USA", "UKR") && find_deal(l, "DEU", "UKR"));
	ent_fact_list_free(l);
}

/* "a sale of 12 AH-1Z helicopters to the country" paragraphs after the
 * last deal: the state the text is about; with two states named alike,
 * none (stop 65). */
TEST(extract_cross_sentence__the_country_the_text_is_about)
{
	static const char *const text =
		"Leonardo will deliver 24 M-346 jets to the Ghanaian Air Force.\n\n"
		"Ghana's partnership with Leonardo is part of a wider effort.\n\n"
		"Modernizing Ghana's Fleet\n\n"
		"Part of Ghana's efforts include a partnership with Togo.\n\n"
		"The US Department of Defense also confirmed a sale of 12 AH-1Z helicopters to the "
		"country.";
	ent_fact_list *l = run(text, NULL);
	CHECK(l && find_deal(l, "USA", "GHA"));
	CHECK(l && !find_deal(l, "USA", "TGO"));
	ent_fact_list_free(l);
	l = run("Ghana and Togo met.\n\nGhana and Togo talked.\n\nGhana and Togo agreed.\n\n"
		"Peru sold rifles to Chile.\n\nOne more.\n\nAnd one more.\n\n"
		"The US confirmed a sale of 12 AH-1Z helicopters to the country.",
		NULL);
	CHECK(l && !find_deal(l, "USA", "GHA") && !find_deal(l, "USA", "TGO"));
	ent_fact_list_free(l);
}

/* "ties with Niger, Russia has sent ... to the West African nation": a
 * noun of statehood with capitalised words of place is the one other
 * state the sentence names, else the state the text speaks of; a state's
 * own name ("the Czech Republic") is no such phrase (stop 66). */
TEST(extract_cross_sentence__the_west_african_nation)
{
	expect_deal("To deepen security ties with Ghana, Egypt has sent military trainers, air "
		    "defence systems and other equipment to the West African nation.",
		    1, "EGY", "GHA");
	expect_deal("Turkey delivered drones to Kuwait in May. It has also sold frigates to the "
		    "Gulf emirate.",
		    1, "TUR", "KWT");
	/* two other states named: no referent */
	expect_no_deal("After talks with Ghana and Togo, Egypt has sent air defence systems to "
		       "the West African nation.");
	expect_deal("Egypt has sent air defence systems to the Czech Republic.", 1, "EGY", "CZE");
}

/* "Russia is experiencing glitches with the drones it purchased from
 * Iran": "it" after a plural noun is the sentence's last subject state,
 * not the first state of the sentence before (stop 65). */
TEST(extract_cross_sentence__it_in_a_reduced_relative)
{
	static const char *const text =
		"The US said it had intelligence. Peru is experiencing numerous failures and "
		"technical glitches with the drones it purchased from Chile.";
	ent_fact_list *l = run(text, NULL);
	CHECK(l && find_deal(l, "CHL", "PER"));
	CHECK(l && !find_deal(l, "CHL", "USA"));
	ent_fact_list_free(l);
}

/* "Later France delivered MILAN missiles to the military": the forces of
 * the recipient of the deal just told; with none, no recipient (stop 65). */
TEST(extract_cross_sentence__to_the_military_of_the_deal_before)
{
	ent_fact_list *l = run("In January, the UK shipped 100 Land Rover vehicles to the "
			       "Peruvian army. Later on March, France delivered a shipment of "
			       "MILAN anti-tank guided missiles to the military.",
			       NULL);
	CHECK(l && find_deal(l, "FRA", "PER"));
	ent_fact_list_free(l);
	expect_no_deal("France delivered a shipment of MILAN anti-tank guided missiles to the "
		       "military.");
}

/* "... moving away from relying on Russia, India has deepened its ties to
 * Israel. Last year, the two countries signed a deal": of three states
 * in the unit before, "the two countries" are the document's main pair
 * when both are among them (stop 66). */
TEST(extract_cross_sentence__the_two_countries_of_three)
{
	static const char *const text =
		"Chile sold radars to Peru. Chile and Peru held talks on more radars.\n\n"
		"Peru has been moving away from relying on Spain, and Peru has deepened its "
		"ties to Chile.\n\n"
		"Last year, the two countries signed a military deal worth nearly $2 billion for "
		"Barak-8 missiles.";
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? find_deal(l, "CHL", "PER") : NULL;
	CHECK(f && f->value.present);
	CHECK(l && !find_deal(l, "ESP", "PER"));
	ent_fact_list_free(l);
}

/* "Embraer sold jets to the Netherlands and Austria. ... a final deal
 * with both nations placing a joint order was still pending": "both
 * nations", buyers of one seller that sold nothing themselves, make no
 * deal between them (stop 66). */
TEST(extract_cross_sentence__co_buyers_make_no_pair)
{
	static const char *const text =
		"Embraer signed the contract to formalize the sale of nine C-390 aircraft to Peru "
		"and Chile. The two South American countries had previously selected the "
		"aircraft to replace their aging fleets, but a final deal with both nations "
		"placing a joint order was still pending.";
	ent_fact_list *l = run(text, NULL);
	CHECK(l && find_deal(l, "BRA", "PER") && find_deal(l, "BRA", "CHL"));
	CHECK(l && !find_deal(l, "PER", "CHL") && !find_deal(l, "CHL", "PER"));
	ent_fact_list_free(l);
}
