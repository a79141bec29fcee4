/*
 * test_extract_deal10.c - deal rules found on the arms-deal holdout set:
 * a noun of sale before a list of buyers ("deals for the Gripen to
 * Hungary, Brazil and Thailand"), and the value a later sentence gives
 * "the $311 million contract" of the deal before.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_deal10__the_money_contract_of_a_later_sentence_is_the_deal_before)
{
	/* the next paragraph, a sum in another currency with the US one in
	 * brackets */
	CHECK(deal_usd("The Thai government has signed an agreement with South Korean shipbuilder "
		       "Daewoo for two frigates.\n\nDefence Minister Prawit signed the 10 billion "
		       "baht ($311 million) contract in Bangkok on Monday.",
		       "KOR", "THA") == 311e6);
	/* the same paragraph, a US sum right after the determiner */
	CHECK(deal_usd("Chile has signed an agreement with Spanish shipyard Navantia for two "
		       "patrol ships. Its defence minister signed the $120 million deal in "
		       "Santiago on Friday.",
		       "ESP", "CHL") == 120e6);
	expect_deal("The Thai government has signed an agreement with South Korean shipbuilder "
		 "Daewoo for two frigates.\n\nDefence Minister Prawit signed the 10 billion baht "
		 "($311 million) contract in Bangkok on Monday.",
		 1, "KOR", "THA");
	/* two paragraphs on: no longer that deal */
	CHECK(deal_usd("The Thai government has signed an agreement with South Korean shipbuilder "
		       "Daewoo for two frigates.\n\nThe ships will be built in Okpo.\n\nDefence "
		       "Minister Prawit signed the $311 million contract in Bangkok on Monday.",
		       "KOR", "THA") == 0);
}

TEST(extract_deal10__a_noun_of_sale_before_a_list_of_states_makes_each_a_buyer)
{
	expect_deal("The order comes after confirmed deals for the Gripen earlier this year to "
		 "Hungary, Thailand and Brazil.",
		 3, "SWE", "BRA");
	expect_deal("Saab announced the signing of contracts for sales of Gripen fighters to "
		 "three countries: Hungary, Thailand and Brazil.",
		 3, "SWE", "THA");
	expect_deal("Dassault said the deal follows contracts in Greece, Egypt and Croatia for "
		 "the Rafale.",
		 3, "FRA", "HRV");
	/* no system: the state before the noun sells */
	expect_deal("Turkey has approved weapons sales to Qatar, Somalia and Libya.", 3, "TUR",
		 "LBY");
	/* ... unless it struck deals "with" the list right after the text
	 * told it buying: then it buys from each */
	expect_deals("Peru bought 24 Hawk jets from Britain in 2017. Lima has also struck deals "
		     "with the US and Italy.",
		     3, (const char *const[]){"GBR", "USA", "ITA", NULL},
		     (const char *const[]){"PER", "PER", "PER", NULL});
	expect_deals("Peru sold patrol boats to Ecuador in 2017. Lima has also struck deals with "
		     "Chile and Bolivia.",
		     3, (const char *const[]){"PER", "PER", "PER", NULL},
		     (const char *const[]){"ECU", "CHL", "BOL", NULL});
	/* deals are signed, potential sales only reported */
	CHECK(deal_status("The order comes after confirmed deals for the Gripen earlier this "
			  "year to Hungary, Thailand and Brazil.",
			  "SWE", "HUN") == ENT_STATUS_SIGNED);
	CHECK(deal_status("Sweden has approved potential sales of the Gripen to Hungary, "
			  "Thailand and Brazil.",
			  "SWE", "HUN") == ENT_STATUS_REPORTED);
}

TEST(extract_deal10__a_range_from_a_to_b_names_the_buyers_of_a_group)
{
	/* "to a host of friendly nations, from A to B to C" (stop 63) */
	expect_deals("Over the years Sweden has approved sales of the Gripen to a host of "
		     "friendly nations, from Peru to Kenya to Latvia.",
		     3, (const char *const[]){"SWE", "SWE", "SWE", NULL},
		     (const char *const[]){"PER", "KEN", "LVA", NULL});
	expect_deals("France has signed contracts with several countries, from Chile to Oman.", 2,
		     (const char *const[]){"FRA", "FRA", NULL},
		     (const char *const[]){"CHL", "OMN", NULL});
	/* a range of time or place is no list of buyers */
	expect_no_deal("Sweden approved sales of the Gripen to countries from 2010 to 2020.");
}

TEST(extract_deal10__states_of_a_list_of_buyers_are_no_pair)
{
	ent_fact_list *l = run("The agency has approved $2.5 billion of potential weapons sales "
			       "to Slovakia, Spain and Romania.",
			       NULL);
	CHECK(l != NULL);
	CHECK(l && ndeals(l) == 0);
	if (l)
		ent_fact_list_free(l);
	/* one state after the noun is no list */
	expect_deal("Sweden signed deals for the Gripen with Hungary.", 1, "SWE", "HUN");
}

TEST(extract_deal10__two_states_joined_by_or_are_no_pair)
{
	CHECK(ndeals_text("The announcement points to a new operator for the Gripen or to "
		       "follow-on orders by Hungary or Thailand.") == 0);
	/* "and" still pairs them */
	CHECK(ndeals_text("Hungary ordered more Gripens from Sweden or a rival maker.") == 1);
}

TEST(extract_deal10__sales_discussions_are_talks)
{
	CHECK(ndeals_text("Saab opened sales discussions for Gripens with Colombia last year after "
		       "a demonstration in Bogota.") == 0);
}

TEST(extract_deal10__a_deal_called_off_after_but_is_none)
{
	CHECK(ndeals_text("In 2011, Saab won a tender to sell 20 Gripen fighters to the Swiss Air "
		       "Force, but the tender was cancelled because a rival protested.") == 0);
	CHECK(ndeals_text("In 2015, Russia agreed to sell four frigates to India, but the deal has "
		       "been scrapped.") == 0);
	/* another thing called off keeps the deal */
	CHECK(ndeals_text("In 2011, Saab sold 20 Gripen fighters to Hungary, but the air show was "
		       "cancelled.") == 1);
}

TEST(extract_deal10__a_list_of_givers_after_such_as_is_one_deal_each)
{
	static const char *const sup[] = {"USA", "GBR", "FRA", "JPN", NULL};
	static const char *const rec[] = {"KEN", "KEN", "KEN", "KEN", NULL};
	expect_deals("Most of the patrol boats in the Kenyan navy are vessels bought from or "
		     "donated by partners such as the United States, the UK, France and Japan.",
		     4, sup, rec);
	/* makers are no givers */
	CHECK(ndeals_text("Kenya plans to buy a dozen fighter jets, being jointly manufactured by "
		       "Pakistan and China.") == 1);
}

TEST(extract_deal10__serviced_goods_have_no_seller_in_their_maker)
{
	{
		/* the maker of the goods repaired sells nothing (which of the
		 * two repairs is for the pair's direction) */
		ent_fact_list *l = run("Poland, Slovakia Sign Contract for MiG-29 Fighter Repair",
				       NULL);
		CHECK(l != NULL);
		CHECK(find_deal(l, "RUS", "SVK") == NULL);
		CHECK(find_deal(l, "RUS", "POL") == NULL);
		ent_fact_list_free(l);
	}
	/* the repairer named stays the seller */
	expect_deal("Slovakia signed a contract with Poland for the overhaul of its MiG-29 jets.", 1,
		 "POL", "SVK");
	/* goods sold, not serviced: the maker sells */
	expect_deal("Poland and Slovakia watched as Egypt ordered MiG-29 fighters.", 1, "RUS", "EGY");
}

TEST(extract_deal10__a_denial_of_reports_of_a_purchase_takes_back_its_deals)
{
	CHECK(ndeals_text("Peru has rejected reports claiming that it is going to buy JF-17 aircraft "
		       "from Pakistan. Reports claimed the Peruvian government had set aside $664 "
		       "million to buy 12 JF-17 fighters.") == 0);
	/* a purchase made stays */
	CHECK(ndeals_text("Peru has rejected reports claiming that it is going to buy JF-17 aircraft "
		       "from Pakistan. Peru bought four Mi-17 helicopters from Russia in 2019.") == 1);
}

TEST(extract_deal10__among_the_purchases_each_seller_sells_to_the_state_before)
{
	static const char *const sup[] = {"USA", "FRA", "GBR", NULL};
	static const char *const rec[] = {"KWT", "KWT", "KWT", NULL};
	expect_deals("Since the crisis began, Kuwait has spent billions on military hardware. Among "
		     "the purchases are F-15 planes from the United States, a Rafale fighter jet "
		     "deal with France and another for Typhoon aircraft from Britain.",
		     3, sup, rec);
	/* no state in the sentence before: no buyer */
	CHECK(ndeals_text("The crisis has lasted for years. Among the purchases are F-15 planes from "
		       "the United States.") == 0);
}

TEST(extract_deal10__a_published_date_in_a_source_line_is_the_byline)
{
	CHECK(deal_year("Poland, Slovakia Sign Repair Contract\n(Source: Some Agency; published "
			"Oct 22, 2015)\nWARSAW --- Poland and Slovakia have signed a contract for "
			"repairing MiG-29 aircraft of the Slovak Air Force.",
			NULL, "POL", "SVK") == 2015);
	/* a sentence that only mentions publishing is no byline */
	CHECK(deal_year("Poland, Slovakia Sign Repair Contract\nThe report published in 2015 was "
			"read widely.\nWARSAW --- Poland and Slovakia have signed a contract for "
			"repairing MiG-29 aircraft of the Slovak Air Force.",
			NULL, "POL", "SVK") == 0);
}

/* "... Pakistan's decision to purchase the T-80 from Ukraine. An agreement
 * was also signed for another 1,000 T-90s": a further order of goods of
 * another maker than the latest deal's is its maker's latest deal's; "under
 * a Russian license" names a licensor, no buyer (stop 64). */
TEST(extract_deal10__further_order_of_another_maker_and_a_licensor)
{
	static const char *text = "Peru ordered 310 T-90s in 2001 following delays and Chile's "
				  "decision to purchase the T-80 from Ukraine. An agreement was "
				  "also signed for the licensed production of another 1,000 T-90s.";
	ent_fact_list *l = run(text, NULL);
	size_t i, n = 0;
	for (i = 0; l && i < l->n; i++)
		n += l->v[i].type == ENT_FACT_DEAL && !strcmp(l->v[i].recipient.s, "PER") &&
		     l->v[i].status == ENT_STATUS_SIGNED;
	CHECK_INT(n, 1);
	/* the other buyer's deal keeps its own stage */
	CHECK(deal_status(text, "UKR", "CHL") == ENT_STATUS_REPORTED);
	ent_fact_list_free(l);
	expect_not("Peru's industry handed over to the army ten T-90 tanks built under a Russian "
		   "license.",
		   "PER", "RUS");
}

/* "an order for 44 tanks that closely resembles the tanks in the service
 * of the Y army": Y owns the goods compared, no seller (stop 64). */
TEST(extract_deal10__goods_compared_name_no_seller)
{
	expect_not("Peru has placed an order for 44 of these tanks that closely resembles the "
		   "tanks in the service of the Chilean army since 2001.",
		   "CHL", "PER");
	expect_not("Peru has placed an order for 44 tanks similar to those in the service of "
		   "the Chile army.",
		   "CHL", "PER");
}
