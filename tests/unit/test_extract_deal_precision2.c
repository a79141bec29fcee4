/*
 * test_extract_deal_precision2.c - deal precision rules found on the
 * holdout sets: what makes a sentence no deal, or no deal of the pair it
 * seems to name.  Every sentence here was written for these tests.
 */
#include "extract_harness.h"

/* Is there no deal or supply tie sup -> rec in text? */
static int no_deal_of(const char *text, const char *sup, const char *rec)
{
	ent_fact_list *l = run(text, NULL);
	int ok = l && !find_deal(l, sup, rec);
	if (l && !ok)
		fprintf(stderr, "    a deal %s -> %s in: %s\n", sup, rec, text);
	if (l)
		ent_fact_list_free(l);
	return ok;
}

/* Is there a deal or supply tie sup -> rec in text? */
static int deal_of(const char *text, const char *sup, const char *rec)
{
	ent_fact_list *l = run(text, NULL);
	int ok = l && find_deal(l, sup, rec);
	if (l && !ok)
		fprintf(stderr, "    no deal %s -> %s in: %s\n", sup, rec, text);
	if (l)
		ent_fact_list_free(l);
	return ok;
}

/* Soviet-era infantry carriers (BMP-1, BMP-2, BTR-80) were built and are
 * resold by many states: their origin names no seller (weapons.tsv origin
 * "-"); a modern single-origin designation still does. */
TEST(extract_deal_precision2__soviet_era_designations_name_no_seller)
{
	CHECK(no_deal_of("Since 2019, Zambia has purchased 40 BMP-2 vehicles.", "RUS", "ZMB"));
	CHECK(no_deal_of("Malawi has placed orders for BTR-80 carriers and 12 trucks.", "RUS",
			 "MWI"));
	CHECK(no_deal_of("Bolivia acquired six BMP-1 vehicles last year.", "RUS", "BOL"));
	/* the seller named in the text still counts */
	CHECK(deal_of("Zambia has purchased 40 BMP-2 vehicles from Belarus.", "BLR", "ZMB"));
	/* a modern single-origin designation keeps its maker */
	CHECK(deal_of("Zambia has purchased ten T-90 tanks.", "RUS", "ZMB"));
}

/* A verb of giving whose object is civil goods or services ("supplies X
 * with oil", "providing medical services") is no transfer of arms, unless
 * a weapon is named after it. */
TEST(extract_deal_precision2__civil_goods_given_are_no_deal)
{
	CHECK(no_deal_of("In return, Georgia supplies Armenia with oil and access to ports.",
			 "GEO", "ARM"));
	CHECK(no_deal_of("Chile provided medical and dental services to Peru.", "CHL", "PER"));
	CHECK(no_deal_of("Canada provides Peru with fuel and food.", "CAN", "PER"));
	CHECK(no_deal_of("Soldiers from Chile deliver health care to villages in Peru.", "CHL",
			 "PER"));
	/* a weapon named after the verb keeps the deal */
	CHECK(deal_of("Canada provides Peru with fuel and 20 armoured vehicles.", "CAN", "PER"));
}

/* Two states joined by "and" after "to" ("five jets to Peru and four to
 * Chile", "countries that sell arms to Peru and Chile") both receive:
 * neither supplies the other. */
TEST(extract_deal_precision2__states_joined_after_to_both_receive)
{
	CHECK(no_deal_of("The contract includes six jets to Peru and four to Chile.", "CHL",
			 "PER"));
	CHECK(no_deal_of("Embraer said the order includes five aircraft to Peru and four to the "
			 "Netherlands.",
			 "NLD", "PER"));
	CHECK(no_deal_of("Critics named the countries that sell arms to Peru and Chile.", "CHL",
			 "PER"));
	CHECK(no_deal_of("The order includes five aircraft to Peru and four to Chile, with "
			 "deliveries due to begin in 2027.",
			 "CHL", "PER"));
	/* a seller named before keeps both deals */
	CHECK(deal_of("Brazil sells weapons to Peru and Chile.", "BRA", "CHL"));
	CHECK(deal_of("Brazil sells weapons to Peru and Chile.", "BRA", "PER"));
}

/* The aircraft or ship that carries the goods is no goods and sells
 * nothing: "delivered to Serbia by An-124 Ruslan aircraft", "flown in
 * aboard Russian Il-76 cargo planes", "A Russian transport aircraft
 * delivered the system". */
TEST(extract_deal_precision2__the_craft_that_carries_the_goods)
{
	ent_fact_list *l = run("The second part of the Pantsir system was delivered to Serbia by "
			       "An-124 Ruslan aircraft.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "RUS", "SRB") : NULL;
	size_t i;
	CHECK(f != NULL);
	CHECK(l && !find_deal(l, "UKR", "SRB"));
	for (i = 0; f && i < f->nitems; i++)
		CHECK(f->items[i].category != ENT_CAT_AIRCRAFT);
	ent_fact_list_free(l);
	l = run("A Russian transport aircraft delivered another round of the Pantsir S1 system to "
		"Serbia on Tuesday.",
		NULL);
	f = l ? find_deal(l, "RUS", "SRB") : NULL;
	CHECK(f != NULL);
	for (i = 0; f && i < f->nitems; i++)
		CHECK(f->items[i].category != ENT_CAT_AIRCRAFT);
	ent_fact_list_free(l);
	CHECK_INT(ndeals_text("The missiles were flown to Serbia aboard Russian Il-76 cargo "
			      "planes."),
		  0);
	/* the home of a carrier named before "transport aircraft", over a
	 * designation, sells nothing; the maker of the goods carried does
	 * (stop 44) */
	CHECK_INT(ndeals_text("A chartered Ukrainian Antonov An-124 transport aircraft "
			      "delivered five helicopters to Chile."),
		  0);
	l = run("An Antonov An-124 transport aircraft delivered five Black Hawk helicopters to "
		"Chile.",
		NULL);
	CHECK(l && find_deal(l, "USA", "CHL") && !find_deal(l, "UKR", "CHL"));
	ent_fact_list_free(l);
	expect_deal("The Ukrainian firm delivered five helicopters to Chile.", 1, "UKR", "CHL");
	/* a carrier firm "with" its craft, and the carrier's home, are
	 * neither goods nor seller (stop 37) */
	l = run("Serbia received the first Pantsir systems it ordered. The systems were "
		"delivered to Belgrade by a Ukraine-based cargo company with Il-76 aircraft.",
		NULL);
	f = l ? find_deal(l, "RUS", "SRB") : NULL;
	CHECK(f != NULL && l && !find_deal(l, "UKR", "SRB"));
	for (i = 0; f && i < f->nitems; i++)
		CHECK(f->items[i].category != ENT_CAT_AIRCRAFT);
	ent_fact_list_free(l);
	/* aircraft that are the goods stay so */
	l = run("The Su-30 fighters were delivered to Serbia by Russia.", NULL);
	f = l ? find_deal(l, "RUS", "SRB") : NULL;
	CHECK(f && f->nitems > 0 && f->items[0].category == ENT_CAT_AIRCRAFT);
	ent_fact_list_free(l);
}

/* "sells a few helicopters to Chinese companies": private buyers of a
 * state are no state buying; "to the Chinese military" is. */
TEST(extract_deal_precision2__private_buyers_are_no_state)
{
	CHECK_INT(ndeals_text("The firm's Sikorsky subsidiary sells a few helicopters to Chinese "
			      "companies from time to time."),
		  0);
	CHECK_INT(ndeals_text("Sikorsky sold helicopters to the Chinese military."), 1);
}

/* An airline buys no arms: "Ethiopian Airlines ordered 20 Boeing jets",
 * "Cape Verde's airline leased planes from Portugal" (stop 59). */
TEST(extract_deal_precision2__an_airline_is_no_state)
{
	CHECK_INT(ndeals_text("Kenya Airways ordered 20 Boeing jets."), 0);
	CHECK_INT(ndeals_text("Ghana's airline leased planes from Portugal."), 0);
	CHECK_INT(ndeals_text("The Kenyan national carrier bought six jets from Brazil."), 0);
	/* the state itself, or a carrier of ships, still buys */
	CHECK_INT(ndeals_text("Kenya ordered 20 Boeing jets."), 1);
	CHECK_INT(ndeals_text("The Indian carrier INS Vikrant bought jets from Brazil."), 1);
}

/* "will provide technical (maintenance) support to Y" is a service sold
 * (maintenance), no backing; "support" alone stays backing. */
TEST(extract_deal_precision2__technical_support_is_a_service)
{
	ent_fact_list *l = run("France will provide technical support to Peru.", NULL);
	const ent_fact *f = l ? find_deal(l, "FRA", "PER") : NULL;
	CHECK(f && f->nitems > 0 && f->items[0].category == ENT_CAT_MAINTENANCE);
	CHECK(l && !has_stance(l, "FRA", "PER", ENT_POLARITY_SUPPORT));
	ent_fact_list_free(l);
	CHECK(stance_only("France will provide support to Peru.", "FRA", "PER",
			  ENT_POLARITY_SUPPORT));
}

/* "the potential acquisition and its alignment with the Ghanaian Navy's
 * modernisation efforts": a service word owned by the buyer before
 * "efforts (drive, plan)" names its own drive, no goods (stop 58). */
TEST(extract_deal_precision2__a_modernisation_drive_is_no_service_bought)
{
	expect_no_transfer("The inspection will guide deliberations on the potential acquisition "
			   "and its alignment with the Ghanaian Navy's modernisation efforts, "
			   "reflecting the partnership between Ghana and Togo.");
	/* control: a modernisation contracted stays a service */
	expect_deal("Chile signed a contract with Spain for the modernisation of its frigates.", 1,
		    "ESP", "CHL");
}
