/*
 * test_extract_deal5.c - deal rules found on a fifth set of unseen
 * articles (second-hand ships, donations, covert transfers, naval deals):
 * the agent of a participle of buying, sellers named in a list, ships
 * named one by one with their years, and the words that make a figure or a
 * "to" no transfer.  Every sentence here was written for these tests.
 */
#include "extract_harness.h"

/* The deals sup -> rec in the text with year y. */
static size_t deals_in(const char *text, const char *sup, const char *rec, int y)
{
	ent_fact_list *l = run(text, NULL);
	size_t i, n = 0;
	if (!l)
		return 0;
	for (i = 0; i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		n += (f->type == ENT_FACT_DEAL || f->type == ENT_FACT_SUPPLY) &&
		     ent_fact_has_code(f->suppliers, f->nsuppliers, sup) &&
		     strcmp(f->recipient.s, rec) == 0 && f->year == y;
	}
	ent_fact_list_free(l);
	return n;
}

TEST(extract_deal5__ships_named_one_by_one_with_two_words)
{
	static const char *t = "Canada donated two patrol ships to Ghana, the GNS Volta in 2011 "
			       "and GNS Pra in 2015.";
	CHECK_INT(deals_in(t, "CAN", "GHA", 2011), 1);
	CHECK_INT(deals_in(t, "CAN", "GHA", 2015), 1);
	static const char *t2 = "Canada donated two patrol ships to Ghana, the Volta in 2011 and "
				"the Pra in 2015.";
	CHECK_INT(deals_in(t2, "CAN", "GHA", 2015), 1);
	/* one ship and a later year of something else: one transfer */
	expect_deals("Canada donated the patrol ship Volta to Ghana in 2011, years after talks "
		 "began in 2008.",
		 1, NULL, NULL);
}

TEST(extract_deal5__the_agent_of_a_participle_of_buying_buys)
{
	/* the seller is the one the text was speaking of; the price and
	 * year of the order are that deal's */
	static const char *t = "Navantia handed a Spanish patrol ship to Morocco on Monday. It "
			       "is one of three ships ordered by Morocco's navy under a 2019 "
			       "contract worth $300 million.";
	ent_fact_list *l = run(t, NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = find_deal(l, "ESP", "MAR");
	CHECK(f != NULL);
	CHECK_INT(ndeals(l), 1);
	CHECK(f->value.present && f->value.has_usd && f->value.usd == 300e6);
	CHECK_INT(f->year, 2019);
	ent_fact_list_free(l);
	/* "by" after other verbs is no buyer */
	expect_deals("Six Rafale jets built by France arrived on Tuesday.", 0, NULL, NULL);
}

TEST(extract_deal5__sellers_named_in_a_list)
{
	static const char *sup[] = {"BGR", "ROU", "SVK", NULL}, *rec[] = {"KEN", "KEN", "KEN"};
	expect_deals("Kenya bought rifles and mortar rounds from three NATO members — Bulgaria, "
		 "Romania and Slovakia.",
		 3, sup, rec);
	static const char *sup2[] = {"SRB", "BIH", NULL}, *rec2[] = {"MLI", "MLI"};
	expect_deals("Mali purchased ammunition from Serbia and Bosnia and Herzegovina in 2020.", 2,
		 sup2, rec2);
	/* a system several states make together is one deal */
	expect_deals("Oman bought Eurofighter Typhoon jets from Britain, Germany, Italy and Spain.", 1,
		 NULL, NULL);
	/* a possessive after the seller is no seller of its own */
	static const char *sup3[] = {"BGR", NULL}, *rec3[] = {"KEN"};
	expect_deals("Kenya bought rifles from Bulgaria, Romania's neighbour.", 1, sup3, rec3);
	/* a state before a verb after "and" opens a clause of its own */
	/* the subject of a clause before "and" is no seller of the next one's
	 * purchase, unless that clause offers or supplies (stop 38) */
	expect_deals("Uganda has been spending on roads and Kenya has purchased radars and "
		     "missiles.",
		     0, NULL, NULL);
	static const char *sup5[] = {"FRA", NULL}, *rec5[] = {"KEN"};
	expect_deals("France has offered radars and Kenya has purchased them.", 1, sup5, rec5);
	static const char *sup4[] = {"FRA", NULL}, *rec4[] = {"KEN"};
	expect_deals("In 2019, Kenya purchased six patrol boats from France and Uganda is getting "
		     "equipment from Spain.",
		     1, sup4, rec4);
}

TEST(extract_deal5__export_controls_are_no_transfer)
{
	expect_deals("Investigators asked how a Czech trainer jet reached Sudan in breach of arms "
		 "export controls.",
		 0, NULL, NULL);
	expect_deals("Sweden tightened its export licences for Turkey in 2019.", 0, NULL, NULL);
	/* "import and export activities" a firm is barred from (stop 61) */
	expect_deals("The move prohibits Saab and its Missile Systems unit from engaging in "
		     "import and export activities related to Peru, Reuters reports, citing a "
		     "statement from Peru's commerce ministry.",
		     0, NULL, NULL);
	/* a transfer after the rules word still counts */
	static const char *sup[] = {"CZE", NULL}, *rec[] = {"KEN"};
	expect_deals("Despite export controls, the Czech Republic sold 12 trainer jets to Kenya in "
		 "2019.",
		 1, sup, rec);
}

TEST(extract_deal5__a_running_total_is_no_deal)
{
	expect_deals("The package brings total Canadian military aid provided to Ukraine to about "
		 "$4 billion since 2022.",
		 0, NULL, NULL);
	expect_deals("This raised the total value of arms exported to Chile to $2 billion.", 0, NULL,
		 NULL);
	/* the transfer told before the total stands */
	static const char *sup[] = {"KOR", NULL}, *rec[] = {"POL"};
	expect_deals("Poland ordered 152 more howitzers from South Korea in 2023, bringing the total "
		 "to 364.",
		 1, sup, rec);
}

TEST(extract_deal5__a_state_thanked_is_no_recipient)
{
	expect_deals("The Georgian president welcomed the latest arms supplies, expressing his "
		 "gratitude to Poland for the package of Javelin missiles.",
		 0, NULL, NULL);
	/* "to" a state after other words still names the recipient */
	static const char *sup[] = {"FRA", NULL}, *rec[] = {"GEO"};
	expect_deals("France delivered a package of Mistral systems to Georgia in 2021.", 1, sup, rec);
}

TEST(extract_deal5__further_goods_are_of_the_deal_they_add_to)
{
	/* NASAMS are of Norway's make, but the package is of the US */
	static const char *sup[] = {"USA", NULL}, *rec[] = {"UKR"};
	expect_deals("The United States is providing a $400 million package of military aid for "
		 "Ukraine. The deliveries will include two HIMARS, two NASAMS and four additional "
		 "radars.",
		 1, sup, rec);
}

TEST(extract_deal5__this_included_a_purchase_from_a_maker)
{
	/* "this" is what the sentence before told, of the Kenyan navy; the
	 * seller is the state of the shipbuilder after "with" */
	static const char *sup[] = {"ESP", NULL}, *rec[] = {"KEN"};
	expect_deals("The Kenyan Navy began a plan to renew its fleet in 2012. This included the "
		 "purchase of two patrol ships under a contract worth $80 million with Spain's "
		 "state-owned shipbuilder Navantia.",
		 1, sup, rec);
	static const char *sup2[] = {"NLD", NULL}, *rec2[] = {"GHA"};
	expect_deals("Ghana drew up a naval programme in 2010. It included the purchase of four patrol "
		 "ships from the Dutch shipyard Damen.",
		 1, sup2, rec2);
	/* another subject than "this" keeps its own buyer rules */
	expect_deals("The Kenyan Navy began a plan to renew its fleet in 2012. Officials included the "
		 "purchase of two patrol ships in the plan.",
		 0, NULL, NULL);
}

TEST(extract_deal5__unnamed_states_after_to_are_no_recipient)
{
	expect_deals("France is ready to supply tanks to those countries that will provide Ukraine "
		 "with older armour.",
		 0, NULL, NULL);
	expect_deals("Serbia exported howitzers to other countries in the region in 2019.", 0, NULL,
		 NULL);
	/* states named after the group are recipients */
	static const char *sup[] = {"SRB", NULL}, *rec[] = {"CYP"};
	expect_deals("Serbia exported howitzers to countries such as Cyprus in 2019.", 1, sup, rec);
}

TEST(extract_deal5__the_other_half_of_a_swap)
{
	static const char *sup[] = {"HRV", "DEU", NULL}, *rec[] = {"UKR", "HRV"};
	expect_deals("Croatia would transfer 30 BVP-M80 vehicles to Ukraine, in return for which it would "
		 "receive 30 Leopard 2 tanks from Germany.",
		 2, sup, rec);
	static const char *sup2[] = {"GBR", "SVK", NULL}, *rec2[] = {"SVK", "UKR"};
	expect_deals("Britain agreed to transfer 14 Challenger 2 tanks to Slovakia, in exchange for "
		 "its T-72 tanks, which the Slovak army will transfer to Ukraine.",
		 2, sup2, rec2);
}

TEST(extract_deal5__a_ship_named_with_its_navy_prefix)
{
	/* "HMS", "USS": a ship of that state's navy, sold on second-hand */
	static const char *sup[] = {"GBR", NULL}, *rec[] = {"CHL"};
	expect_deals("After the sale of HMS Grafton to Chile, the navy has few frigates left.", 1, sup,
		 rec);
	static const char *sup2[] = {"USA", NULL}, *rec2[] = {"TWN"};
	expect_deals("The former USS Taylor was handed over to Taiwan in 2018.", 1, sup2, rec2);
	/* a ship's visit is no transfer */
	expect_deals("The destroyer USS Carney visited Haifa in 2019.", 0, NULL, NULL);
}

TEST(extract_deal5__the_transfer_goes_on_about_the_deal)
{
	/* "the transfer is part of a deal signed in ...": the deal before,
	 * with that price, signed in that year */
	static const char *t = "Ghana is due to receive a refurbished Dutch patrol ship next "
			       "month. The transfer is part of a $20 million deal signed with the "
			       "Netherlands in March 2019.";
	ent_fact_list *l = run(t, NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = find_deal(l, "NLD", "GHA");
	CHECK(f != NULL);
	CHECK_INT(ndeals(l), 1);
	CHECK(f->value.present && f->value.usd == 20e6);
	CHECK_INT(f->year, 2019);
	CHECK_INT(f->status, ENT_STATUS_SIGNED);
	ent_fact_list_free(l);
}

TEST(extract_deal5__a_headline_to_verb_speaks_of_the_future)
{
	/* a date line of April 2010: "to receive ... in August" is August
	 * 2010, not 2009 */
	static const char *t = "Monday, April 26, 2010\n\nKenya to receive Spanish patrol ships in "
			       "August\n\nKenya ordered two patrol ships from Spain.";
	ent_fact_list *l = run(t, NULL);
	size_t i, n2009 = 0;
	CHECK(l != NULL);
	for (i = 0; i < l->n; i++)
		n2009 += l->v[i].year == 2009;
	CHECK_INT(n2009, 0);
	ent_fact_list_free(l);
}

/* A title-case headline past a hyphened pair ("Ghana-Togo To Hold Joint
 * Military Exercise In May") and "this December" with "will" speak of
 * months to come (stop 54). */
TEST(extract_deal5__title_case_headlines_and_this_month_to_come)
{
	ent_fact_list *l = run("Ghana-Togo To Hold Joint Military Exercise In May\n\n"
			       "Officials gave no details.\n",
			       "2024-04-25");
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && f->year == 2024);
	ent_fact_list_free(l);
	l = run("Ghana and Togo will carry out joint military training this December to "
		"mid-January 2020.",
		"2019-12-27");
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && f->year == 2019);
	ent_fact_list_free(l);
}
