/*
 * test_extract_procure.c - deal rules found on procurement news (holdout
 * set am): "accepted (initial) delivery of" is a delivery to the subject,
 * a count over the name of an armed service ("three navy frigates") counts
 * the goods, two states that open a sentence with "and" buy together, and
 * the agent of a second verb of supply is not the seller of the first.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_procure__accepted_delivery_is_a_delivery_to_the_subject)
{
	ent_fact_list *l = run("Last week the Dutch army accepted initial delivery of its first "
			       "K9 howitzers.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "KOR", "NLD") : NULL;
	CHECK(f != NULL);
	CHECK(f && f->status == ENT_STATUS_DELIVERED);
	ent_fact_list_free(l);
	expect_deal("Norway accepted delivery of four patrol boats from Finland in March.", 1,
		    "FIN", "NOR");
	/* an offer accepted is no delivery */
	expect_deal("Norway accepted an offer of patrol boats from Finland.", 0, NULL, NULL);
}

/* The quantity of the first item of the deal sup -> rec in text, -1 when
 * there is no such deal. */
static long first_quantity(const char *text, const char *sup, const char *rec)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? find_deal(l, sup, rec) : NULL;
	long q = f && f->nitems ? f->items[0].quantity : -1;
	if (!f)
		fprintf(stderr, "    no deal %s -> %s in: %s\n", sup, rec, text);
	ent_fact_list_free(l);
	return q;
}

TEST(extract_procure__a_count_over_an_armed_service_counts_the_goods)
{
	CHECK_INT(first_quantity("Peru bought four navy frigates from Italy.", "ITA", "PER"), 4);
	CHECK_INT(first_quantity("Chile ordered six army helicopters from France.", "FRA", "CHL"),
		  6);
	/* counted goods of two kinds are two deals */
	expect_deal("Peru has signed deals to buy two navy frigates and eight Rafale jets from "
		    "France.",
		    2, "FRA", "PER");
}

TEST(extract_procure__two_states_opening_a_sentence_buy_together)
{
	const char *both_s[] = {"FRA", "FRA", NULL}, *both_r[] = {"BEL", "LUX", NULL};
	expect_deals("Belgium and Luxembourg signed a contract with France to purchase Caesar "
		     "howitzers.",
		     2, both_s, both_r);
	expect_deals("On Tuesday, Belgium and Luxembourg bought Caesar howitzers from France.", 2,
		     both_s, both_r);
	/* the seller is one of the pair */
	expect_deal("India and France signed a deal for 26 Rafale jets.", 1, "FRA", "IND");
	/* a pair each, in order */
	expect_deals("Belgium and Chile plan to buy howitzers from France and Israel, "
		     "respectively.",
		     2, (const char *[]){"FRA", "ISR", NULL}, (const char *[]){"BEL", "CHL", NULL});
	/* not the sentence's opening states */
	expect_deal("France sold howitzers to Belgium, the ministry in Paris said.", 1, "FRA",
		    "BEL");
}

TEST(extract_procure__a_second_verb_of_supply_keeps_its_own_agent)
{
	expect_deal("Italian howitzers are being delivered to Slovenia, to replace those sent by "
		    "each army to Ukraine.",
		    1, "ITA", "SVN");
	/* one agent for two coordinated verbs */
	expect_deal("The jets were sold and delivered by France to Qatar.", 1, "FRA", "QAT");
	expect_deal("Two frigates were delivered to Chile by Britain.", 1, "GBR", "CHL");
}

TEST(extract_procure__counts_each_to_a_state_share_the_goods_out)
{
	const char *sup[] = {"ITA", "ITA", "ITA", NULL}, *rec[] = {"ARG", "PER", "NLD", NULL};
	ent_fact_list *l;
	const ent_fact *f;
	expect_deals("Italy shipped twelve trucks and howitzers to Argentina, four to Peru and two "
		     "to the Netherlands.",
		     3, sup, rec);
	/* the direction left open: the state after "to" receives, the seller
	 * in the list gets none */
	l = run("Of the 90 Leopard 2 tanks ordered, 60 will be delivered to Norway, 20 to Germany "
		"and 10 to Sweden.",
		NULL);
	f = l ? find_deal(l, "DEU", "SWE") : NULL;
	CHECK(f != NULL);
	CHECK(f && f->nitems == 1 && f->items[0].quantity == 10);
	CHECK(l && ndeals(l) == 2);
	ent_fact_list_free(l);
	/* a count with no state after "to" ends the list */
	expect_deal("Italy shipped twelve howitzers to Argentina, four to six a year, and Peru "
		    "noted it.",
		    1, "ITA", "ARG");
}

TEST(extract_procure__a_dateline_may_name_its_agency_in_brackets)
{
	CHECK_INT(deal_year("Oslo, Mar 3 (AFP) Mar 03, 2021\n"
			    "Norway has signed a contract with Finland for 40 armoured vehicles, the "
			    "ministry said on Tuesday.",
			    NULL, "FIN", "NOR"),
		  2021);
	CHECK_INT(deal_year("Oslo, Mar 3, 2021 (Reuters)\n"
			    "Norway has signed a contract with Finland for 40 armoured vehicles.",
			    NULL, "FIN", "NOR"),
		  2021);
	/* a bracket of other words is no dateline */
	CHECK_INT(deal_year("Oslo, Mar 3 (see the photo gallery) 2021\n"
			    "Norway has signed a contract with Finland for 40 armoured vehicles.",
			    NULL, "FIN", "NOR"),
		  0);
}

TEST(extract_procure__providing_for_a_purchase_states_a_term_and_gives_nothing)
{
	/* the subject of the contract buys, the seller is the maker */
	expect_deal("Last spring, the Dutch defence ministry concluded a framework contract "
		    "providing for the purchase of 40 K9 howitzers and training.",
		    1, "KOR", "NLD");
	/* the partner of "with" sells */
	expect_deal("The Czech ministry signed a contract with Sweden providing for the delivery "
		    "of 14 Gripen jets.",
		    1, "SWE", "CZE");
	/* "provided ... for" a state is still a gift */
	expect_deal("Sweden has provided 14 Gripen jets for Hungary.", 1, "SWE", "HUN");
}

TEST(extract_procure__one_system_counted_apart_is_two_contracts)
{
	/* a price in one sentence, a year in the other, the designation the
	 * only tie: different counts make two deals */
	expect_deal("Chile has signed a $900 million deal to buy 20 Leopard 2 tanks. In 2019, "
		    "Chile signed a framework agreement to buy 100 Leopard 2 tanks.",
		    2, "DEU", "CHL");
	/* the same count is the same deal */
	expect_deal("Chile has signed a $900 million deal to buy 20 Leopard 2 tanks. In 2019, "
		    "Chile signed the agreement for the 20 Leopard 2 tanks.",
		    1, "DEU", "CHL");
	/* a sale proposed and an earlier delivery of the same family under
	 * its maker's designation (weapons.tsv: S-70 is a Black Hawk) */
	expect_deal("Washington has approved the possible sale of 12 UH-60M Black Hawk "
		    "helicopters to Chile. The Chilean Army already flies the Black Hawk, having "
		    "received four S-70s in 1998.",
		    2, "USA", "CHL");
}

TEST(extract_procure__going_on_about_goods_of_another_kind_picks_that_deal)
{
	/* "French jets" go on about the jets of the split sentence, not the
	 * frigates the sentence before went on about */
	expect_deal("Peru has signed deals worth $2 billion to buy two navy frigates and eight "
		    "Rafale jets from France. The two frigates will be delivered by 2027.\n\n"
		    "French jets involved in the deal will fly at a parade in Lima.",
		    2, "FRA", "PER");
	/* goods of a kind the deal has stay with it */
	expect_deal("Peru has signed a deal to buy eight Rafale jets from France.\n\n"
		    "The jets in the deal will fly at a parade in Lima.",
		    1, "FRA", "PER");
}
