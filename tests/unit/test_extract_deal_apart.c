/*
 * test_extract_deal_apart.c - who is party to a deal, and which deals are
 * apart: the partner of "with" sells when the firm after "from" is its own;
 * a state named as a place ("along the frontier with X", "near X") is no
 * party; "a separate agreement" or "another contract" is a deal of its
 * own. Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_deal_apart__the_partner_of_with_sells_with_its_own_firm)
{
	expect_deal("Peru signed a deal with the US to buy 12 Black Hawk helicopters from "
		    "Sikorsky.",
		    1, "USA", "PER");
}

TEST(extract_deal_apart__a_state_named_as_a_place_is_no_party)
{
	expect_deal("Peru is acquiring drones to watch the long frontier with Brazil.", 0, NULL,
		    NULL);
	expect_deal("Peru is acquiring drones for patrols near Ecuador.", 0, NULL, NULL);
	expect_deal("Peru is acquiring drones from Israel for patrols near Ecuador.", 1, "ISR",
		    "PER");
}

TEST(extract_deal_apart__a_separate_agreement_is_a_deal_of_its_own)
{
	const char *sup[] = {"USA", NULL}, *rec[] = {"PER"};
	expect_deals("Peru signed a contract with the US for 12 Black Hawk helicopters in 2024. "
		     "Besides the main contract, a separate agreement was signed with the US for "
		     "the maintenance of the helicopters.",
		     2, sup, rec);
	/* the same contract told again stays one deal */
	expect_deals("Peru signed a contract with the US for 12 Black Hawk helicopters in 2024. "
		     "The contract with the US covers the maintenance of the helicopters.",
		     1, sup, rec);
}

/* "will receive another batch of": a transfer still to come, apart from
 * the one received (stop 36); "this second batch" is the one told. */
TEST(extract_deal_apart__another_batch_is_a_deal_of_its_own)
{
	const char *sup[] = {"RUS", NULL}, *rec[] = {"PER"};
	expect_deals("Peru has received Russian Su-30 jets.\n\n"
		     "Next year, Peru will receive another batch of Su-30 jets.\n",
		     2, sup, rec);
	expect_deals("Peru has received Russian Su-30 jets.\n\n"
		     "Peru says this second batch of Su-30 jets arrived on time.\n",
		     1, sup, rec);
}

/* "Last year, Y bought another 250 Abrams": more of a kind is a purchase
 * of its own, not a stage of the deal told before (stop 36). */
TEST(extract_deal_apart__another_count_of_goods)
{
	const char *sup[] = {"USA", NULL}, *rec[] = {"PER"};
	expect_deals("In June, Peru received the first Abrams tanks as part of a $1.4 billion "
		     "deal.\n\nLast year, Peru bought another 250 Abrams tanks.\n",
		     2, sup, rec);
}

/* "has the option to order another 20 F-35s": an option of the contract
 * told, no purchase of its own (stop 59). */
TEST(extract_deal_apart__an_option_for_another_count)
{
	const char *sup[] = {"USA", NULL}, *rec[] = {"PER"};
	expect_deals("Peru signed a deal for 20 F-35 jets with the United States. The Peruvian "
		     "Air Force will acquire 20 F-35 jets, while it has the option to order "
		     "another 20 F-35s.\n",
		     1, sup, rec);
	expect_deals("Peru signed a deal for 20 F-35 jets with the United States. The Peruvian "
		     "Air Force will acquire 20 F-35 jets and another 20 F-35s.\n",
		     2, sup, rec);
}

/* "Russia previously delivered two Mi-24 helicopters": a transfer told as
 * an earlier one is a deal apart from the one in play (stop 36). */
TEST(extract_deal_apart__a_transfer_told_as_earlier)
{
	const char *sup[] = {"RUS", NULL}, *rec[] = {"PER"};
	expect_deals("Peru was handed six Mi-24 helicopters from Russia.\n\n"
		     "Russia previously delivered two Mi-24 helicopters and radars to Peru.\n",
		     2, sup, rec);
}

TEST(extract_deal_apart__the_subject_and_the_partner_of_a_deal_with)
{
	const char *t = "In response, Peru fired back saying the drills followed reports that Lima "
			"is hoping to finalize a $2 billion arms deal with Spain.";
	expect_not(t, "PER", "CHL");
	expect_not(t, "ECU", "PER");
	expect_deal("In response, Ecuador fired back saying the drills followed reports that Lima "
		    "is hoping to finalize a $2 billion arms deal with Spain.",
		    1, "ESP", "PER");
}

/* A sentence going on about a deal that names, after each deal noun, goods
 * of a kind the deal has none of ("the contract to buy Su-30MK2 jets ...,
 * as well as an agreement to supply six submarines ...") tells deals of
 * their own, each with the sum up to the next noun (stop 37). */
TEST(extract_deal_apart__deals_of_other_goods_each_with_its_sum)
{
	ent_fact_list *l = run("Peru ordered four Gepard-class frigates from Russia. The biggest "
			       "contracts included the contract to buy Su-30MK2 fighter jets, "
			       "estimated at one billion dollars, as well as an agreement to "
			       "supply six submarines worth over 2 billion dollars.",
			       NULL);
	size_t i, jets = 0, subs = 0;
	CHECK(l && ndeals(l) == 3);
	for (i = 0; l && i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_DEAL || f->nitems != 1)
			continue;
		jets += f->items[0].category == ENT_CAT_AIRCRAFT && f->value.usd == 1e9;
		subs += f->items[0].category == ENT_CAT_NAVAL && f->value.usd == 2e9 &&
			!f->items[0].designation;
	}
	CHECK_INT(jets, 1);
	CHECK_INT(subs, 1);
	ent_fact_list_free(l);
	/* goods of the deal's own kind go on about it */
	expect_deal("Peru ordered four Gepard-class frigates from Russia. The contract to buy the "
		    "Gepard-class frigates was worth $1 billion.",
		    1, "RUS", "PER");
}

/* "Four project 11661 Gepard-class frigates ... the third Gepard was
 * floated": the project's number is no count, and a bare name beside its
 * class is the class's ship, not the German Gepard gun (stop 37). */
TEST(extract_deal_apart__a_class_and_its_project_number)
{
	ent_fact_list *l = run("Four project 11661 Gepard-class frigates were ordered for the "
			       "Peruvian Navy from Russia. The third Gepard was delivered to Peru "
			       "in April 2016.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "RUS", "PER") : NULL;
	CHECK(f && f->nitems >= 1 && f->items[0].quantity == 4);
	CHECK(l && !find_deal(l, "DEU", "PER"));
	ent_fact_list_free(l);
}

/* "signed a contract with Y in Warsaw to supply": a capital after "in" is
 * where, not who; the signer before it supplies (stop 37). */
TEST(extract_deal_apart__a_capital_after_in_is_a_place)
{
	expect_deal("South Korea signed a contract with Peru in Lima on Wednesday to supply 288 "
		    "Chunmoo rocket launchers.",
		    1, "KOR", "PER");
	expect_deal("Officials in Moscow supplied drones to Peru.", 1, "RUS", "PER");
	/* "is close to finalizing a deal with Y to supply" (stop 60) */
	expect_deal("Chile is close to finalizing a major deal with the Peruvian government to "
		    "supply short-range air defense systems.",
		    1, "CHL", "PER");
}

/* "intensifying its arms procurement efforts after it sent tanks to Y": the
 * buying named without goods is background; the clause after "after" with
 * its own subject tells the transfer (stop 37). A deal told after "The move
 * comes after deals ..." is not the deal before told again. */
TEST(extract_deal_apart__a_plan_of_buying_before_a_clause_of_supply)
{
	expect_deal("Peru has been intensifying its arms procurement efforts after it sent "
		    "tanks to Ecuador.",
		    1, "PER", "ECU");
	expect_not("Peru has been intensifying its arms procurement efforts after it sent "
		   "tanks to Ecuador.",
		   "ECU", "PER");
	{
		const char *sup[] = {"KOR", "KOR", NULL}, *rec[] = {"PER", "PER"};
		expect_deals("South Korea signed a contract with Peru on Wednesday to supply 288 "
			     "Chunmoo rocket launchers. The move comes after deals between South "
			     "Korean firms and the Peruvian government earlier this year for the "
			     "supply of K2 battle tanks and FA-50 fighter jets.",
			     3, sup, rec);
	}
}

/* "The Biden administration" is the state; "concern with foreign arms
 * sales to Y" names no seller but the agent of the goods after it (stop
 * 37). */
TEST(extract_deal_apart__an_administration_and_foreign_sales)
{
	expect_deal("The Biden administration approved the sale of drones to Peru.", 1, "USA",
		    "PER");
	expect_not("The Biden administration has expressed concern with foreign arms sales to "
		   "Peru, with particular focus on armed drones provided by Turkey.",
		   "USA", "PER");
	expect_deal("The Biden administration has expressed concern with foreign arms sales to "
		    "Peru, with particular focus on armed drones provided by Turkey.",
		    1, "TUR", "PER");
	expect_deal("Chile expressed concern over Russian arms sales to Peru.", 1, "RUS", "PER");
}

/* "The sales ... include A, B and C" after a deal: one sale per item of
 * the list, each with its own sum; "the deal includes A, B and C" stays one
 * deal (stop 37). */
TEST(extract_deal_apart__the_sales_include_a_list)
{
	ent_fact_list *l = run("The US approved arms sales to Peru worth $11 billion. The sales "
			       "approved by the State Department include an over $4 billion sale "
			       "of 60 self-propelled howitzers, 82 HIMARS launchers and $353 "
			       "million in TOW missiles.",
			       NULL);
	size_t i, priced = 0;
	CHECK(l && ndeals(l) == 3);
	for (i = 0; l && i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_DEAL || f->nitems != 1)
			continue;
		priced += (f->items[0].category == ENT_CAT_ARTILLERY && f->value.usd == 4e9) +
			  (f->items[0].category == ENT_CAT_MISSILE && f->value.usd == 3.53e8);
	}
	CHECK_INT(priced, 2);
	ent_fact_list_free(l);
	{
		const char *sup[] = {"RUS", NULL}, *rec[] = {"PER"};
		expect_deals("Russia signed an arms deal with Peru. The deal includes 20 "
			     "air-defence systems, 12 transport planes and 24 fighter jets.",
			     1, sup, rec);
	}
}
