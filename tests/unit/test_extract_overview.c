/*
 * test_extract_overview.c - rules found on overview pages of bilateral
 * defence relations (encyclopedia-style summaries): reference marks after
 * a full stop end the sentence; sellers named only as "western
 * countries" or "abroad" are no state of the sentence; a state after
 * "against" is the foe, no buyer; drills an agreement covers are no drill
 * held; exports of goods that name no weapon in a sentence of trade are
 * commerce, no deal.  Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_overview__reference_marks_after_a_full_stop_end_the_sentence)
{
	ent_fact_list *l;
	const ent_fact *f;
	/* the year of the next sentence is not the purchase's */
	CHECK_INT(deal_year("Chile bought two frigates from Britain in 2003.[4] Trade between the "
			    "two countries reached $2 billion in 2010.",
			    NULL, "GBR", "CHL"),
		  2003);
	CHECK_INT(deal_year("Chile bought two frigates from Britain in 2003.[4][5] Trade between "
			    "the two countries reached $2 billion in 2010.",
			    NULL, "GBR", "CHL"),
		  2003);
	/* the seller of the next sentence takes no part in the drill */
	l = run("Chile and Peru held a naval exercise in 2015.[2] In 2019 Peru bought tanks from "
		"Germany.[3]",
		NULL);
	CHECK(l != NULL);
	if (!l)
		return;
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f != NULL);
	CHECK(takes_part(f, "CHL") && takes_part(f, "PER") && !takes_part(f, "DEU"));
	CHECK(find_deal(l, "DEU", "PER") != NULL);
	ent_fact_list_free(l);
	/* a mark inside the sentence ends nothing */
	expect_deal("Chile bought two frigates[3] from Britain in 2003.", 1, "GBR", "CHL");
}

TEST(extract_overview__sellers_named_only_as_western_countries_are_no_state)
{
	expect_deal("Nepal bought rifles from western countries so that it could match India.", 0,
		    NULL, NULL);
	expect_deal("Over the years Bolivia purchased jets from foreign suppliers to deter Chile.", 0,
		    NULL, NULL);
	expect_deal("Nepal bought rifles from abroad while India watched.", 0, NULL, NULL);
	/* the countries listed after the noun are the sellers */
	expect_deal("Nepal bought rifles from several countries, including India.", 1, "IND", "NPL");
}

TEST(extract_overview__a_state_after_against_is_no_buyer)
{
	expect_deal("Ecuador, which fought a border war against Peru, bought jets from France.", 1,
		    "FRA", "ECU");
	expect_deal("Iran, then at war against the Iraq of that era, bought jets from China.", 1,
		    "CHN", "IRN");
}

TEST(extract_overview__drills_an_agreement_covers_are_no_drill_held)
{
	ent_fact_list *l = run("Chile and Peru signed an agreement on joint exercises in 2019.", NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	l = run("The 2021 accord between Chile and Peru covers naval drills and intelligence "
		"sharing.",
		NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	l = run("Cooperation grew, with a 2020 pact encompassing joint military exercises by Chile "
		"and Peru.",
		NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	/* an item of a list after "includes" */
	l = run("The agreement between Chile and Peru also includes military cooperation, joint "
		"air force exercises between the two countries, and the training of pilots.",
		NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	/* drills held stay drills */
	l = run("Under a 2019 agreement, Chile and Peru held joint exercises in 2021.", NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	ent_fact_list_free(l);
	l = run("Chile and Peru signed a deal including jets, and held joint air force exercises.",
		NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	ent_fact_list_free(l);
}

TEST(extract_overview__exports_of_goods_without_weapons_in_trade_are_no_deal)
{
	expect_deal("In 2010 Norway exported $300 million worth of fish and timber to Chile.", 0,
		    NULL, NULL);
	expect_deal("Bilateral trade rose in 2022, with Norway exporting $410 million to Chile.", 0,
		    NULL, NULL);
	/* weapons, or arms in any words, keep the deal */
	expect_deal("In 2010 Norway exported $300 million worth of missiles to Chile.", 1, "NOR",
		    "CHL");
	expect_deal("Norway supplied Chile with arms worth $50 million in 2012, trade officials said.",
		    1, "NOR", "CHL");
	/* debts and loans are money owed, no goods */
	expect_deal("Chile and Norway reached agreement on writing off Chile's debts to Norway, "
		    "which are estimated at $4.7bn.",
		    0, NULL, NULL);
}

TEST(extract_overview__a_second_object_with_a_year_of_its_own_is_a_second_deal)
{
	ent_fact_list *l = run("Norway sold coastal radars to Chile in 2004 and patrol boats in 2006.",
			       NULL);
	size_t i, n = 0;
	int y04 = 0, y06 = 0;
	CHECK(l != NULL);
	if (!l)
		return;
	for (i = 0; i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_DEAL || strcmp(f->recipient.s, "CHL"))
			continue;
		n++;
		y04 |= f->year == 2004 && ent_fact_has_category(f, ENT_CAT_RADAR) &&
		       !ent_fact_has_category(f, ENT_CAT_NAVAL);
		y06 |= f->year == 2006 && ent_fact_has_category(f, ENT_CAT_NAVAL) &&
		       !ent_fact_has_category(f, ENT_CAT_RADAR);
	}
	CHECK_INT(n, 2);
	CHECK(y04 && y06);
	ent_fact_list_free(l);
	/* "followed by N more": the same goods again, in the later year */
	l = run("Peru acquired ten Mi-17 helicopters from Russia in 2011, followed by six more in "
		"2015.",
		NULL);
	CHECK(l && ndeals(l) == 2);
	ent_fact_list_free(l);
	/* "and another N", "and a further N": a later order of the same goods */
	CHECK_INT(deal_year("Peru ordered ten Mi-17 helicopters from Russia in 2011 and another six in "
			    "2015.",
			    NULL, "RUS", "PER"),
		  2011);
	l = run("Peru ordered ten Mi-17 helicopters from Russia in 2011, and ordered a further six "
		"in 2015.",
		NULL);
	CHECK(l && ndeals(l) == 2);
	CHECK(l && l->n == 2 && l->v[1].year == 2015 &&
	      ent_fact_has_category(&l->v[1], ENT_CAT_AIRCRAFT));
	ent_fact_list_free(l);
	/* "another" without a number is no second order */
	l = run("Peru ordered ten Mi-17 helicopters from Russia in 2011 and another squadron in 2015.",
		NULL);
	CHECK(l && ndeals(l) == 1);
	ent_fact_list_free(l);
	/* a second seller or verb is no second object of the first */
	expect_deal("Peru bought tanks from Russia in 2001 and from Israel in 2005.", 1, "RUS", "PER");
	expect_deal("Russia sold tanks to Peru in 2001 and Chile bought jets from France in 2005.", 2,
		    "FRA", "CHL");
}

TEST(extract_overview__obtained_goods_are_delivered)
{
	ent_fact_list *l = run("Over the decades Peru has obtained Russian helicopters and tanks.", NULL);
	const ent_fact *f = l ? find_deal(l, "RUS", "PER") : NULL;
	CHECK(f != NULL);
	CHECK(f && f->status == ENT_STATUS_DELIVERED);
	ent_fact_list_free(l);
	CHECK_INT(deal_year("Chile obtained two frigates from Britain in 2006.", NULL, "GBR", "CHL"),
		  2006);
}

TEST(extract_overview__suspending_or_halting_sales_is_no_sale)
{
	expect_deal("Washington suspending arms sales to Peru for two years cost its firms $1.3 "
		    "billion.",
		    0, NULL, NULL);
	expect_deal("Critics urged Norway to halt arms sales to Chile.", 0, NULL, NULL);
	expect_deal("The United States sold jets to Peru in 2010.", 1, "USA", "PER");
}

TEST(extract_overview__an_opening_despite_phrase_is_the_setting_of_the_deal)
{
	expect_deal("Despite Peru's concern over Chile's arms purchases, Bolivia bought tanks from "
		    "Russia.",
		    1, "RUS", "BOL");
	expect_deal("Bolivia is landlocked. Despite Chile's arms purchases, it bought tanks from "
		    "Russia.",
		    1, "RUS", "BOL");
}

TEST(extract_overview__it_continues_or_began_to_buy_is_the_state_before)
{
	expect_deals("Bolivia is landlocked. It continues to purchase weapons from Russia, Israel "
		     "and Spain.",
		     3, (const char *const[]){"RUS", "ISR", "ESP", NULL},
		     (const char *const[]){"BOL", "BOL", "BOL", NULL});
	CHECK_INT(deal_year("Peru is poor. It began to buy jets from France in 2010.", NULL, "FRA",
			    "PER"),
		  2010);
}

TEST(extract_overview__a_gift_or_donation_of_goods_of_war_is_a_transfer)
{
	CHECK_INT(deal_year("Ties grew, leading to a gift of F-6 fighters from Pakistan to Bangladesh "
			    "in 1989.",
			    NULL, "PAK", "BGD"),
		  1989);
	expect_deal("Japan's donation of two patrol boats to Vietnam was welcomed in Hanoi.", 1, "JPN",
		    "VNM");
	/* money or goods of peace given are no transfer of arms */
	expect_deal("Japan's donation of $5 million to Vietnam was welcomed in Hanoi.", 0, NULL, NULL);
	expect_deal("The gift of rice from Japan to Vietnam arrived in May.", 0, NULL, NULL);
}

TEST(extract_overview__goods_named_again_with_this_or_the_same_are_the_goods_before)
{
	expect_deals("Chile bought the S-400 in 2014. Peru has also bought this air defence system.",
		     2, (const char *const[]){"RUS", "RUS", NULL},
		     (const char *const[]){"CHL", "PER", NULL});
	CHECK_INT(deal_year("Peru bought Russian Mi-17 helicopters in 2010. Bolivia ordered the same "
			    "helicopters in 2014.",
			    NULL, "RUS", "BOL"),
		  2014);
	/* goods with a seller of their own keep it */
	expect_deal("Peru bought Russian jets in 2010. Bolivia ordered these fighter jets from France "
		    "in 2014.",
		    2, "FRA", "BOL");
}

TEST(extract_overview__a_delivery_done_by_a_year_has_that_year)
{
	/* "to" of the recipient is no word of the future */
	CHECK_INT(deal_year("Russia supplied 40 tanks to Peru by 2020.", NULL, "RUS", "PER"), 2020);
	/* the year of "a 2017 contract" is the signing's, not the delivery's */
	CHECK_INT(deal_year("Under a 2017 contract, Russia supplied 40 tanks to Peru by 2020.", NULL,
			    "RUS", "PER"),
		  2020);
	CHECK_INT(deal_year("The deal follows a 2015 contract under which Spain delivered patrol "
			    "boats to Chile in 2018.",
			    NULL, "ESP", "CHL"),
		  2018);
	/* a target date stays none */
	CHECK_INT(deal_year("Russia is due to deliver 40 tanks to Peru by 2030.", NULL, "RUS", "PER"),
		  0);
	/* "by the end of" a year to come too (stop 61); one reached stays */
	CHECK_INT(deal_year("Russia will deliver 40 tanks to Peru by the end of 2030.", NULL, "RUS",
			    "PER"),
		  0);
	CHECK_INT(deal_year("Russia delivered 40 tanks to Peru by the end of 2020.", NULL, "RUS",
			    "PER"),
		  2020);
}

/* "..., receiving two Mi-35s from Russia in 2005 and then the Super
 * Tucanos in 2011": a participle of receiving after the comma of a past
 * clause is a delivery to the state that opens the sentence (possessive
 * or not, however long the clause); the second object's goods of another
 * maker are that maker's; a clause of what is to come keeps it reported. */
TEST(extract_overview__a_participle_of_receiving_after_a_past_clause)
{
	static const char *text =
		"Ghana's air force has been undergoing expansion in recent years, receiving two "
		"Mi-35s from Russia in 2005 and then the Super Tucanos in 2011.";
	CHECK_INT(deal_status(text, "RUS", "GHA"), ENT_STATUS_DELIVERED);
	CHECK_INT(deal_year(text, NULL, "RUS", "GHA"), 2005);
	CHECK_INT(deal_year(text, NULL, "BRA", "GHA"), 2011);
	CHECK_INT(deal_status("Ghana will expand its air force, receiving two Mi-35s from Russia.",
			      "RUS", "GHA"),
		  ENT_STATUS_REPORTED);
}
