/*
 * test_extract_firm_deals.c - deal rules found on the holdout sets of
 * defence-industry business news: a deal that is the object of a word of
 * talks ("by negotiating deals with X and Y") is under negotiation, no
 * deal yet, even when a word of export stands far before it; of a firm
 * and a state that sign a contract together ("Saab and the State of
 * Brazil signed a contract to supply"), the firm's state sells; a list of
 * three buyers or more opening the sentence ("A, B and C have bought",
 * "countries including A, B, and C bought") buys each; a date line may
 * end in a time zone's offset ("Mar 3, 2023 (GMT+09:00)"); the two states
 * after "deals with A and B" are partners of a third, no pair of a deal;
 * the state after "according to" is a source, no recipient.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_firm_deals__deals_under_negotiation_are_no_deals)
{
	/* a list of states after the deals under talks */
	expect_no_deal("Analysts said Spain has grown the export of its patrol boats by "
		       "negotiating deals with Peru and Chile.");
	/* one state */
	expect_no_deal("The shipyard boosted its exports of corvettes last year by discussing a "
		       "contract with Ghana.");
}

TEST(extract_firm_deals__signed_or_delivered_deals_still_count)
{
	/* a deal signed after talks */
	expect_deal("After months of talks, Spain signed deals with Peru and Chile for patrol "
		    "boats.",
		    2, "ESP", "PER");
	/* no word of talks before the deal noun */
	expect_deal("Analysts said Spain has grown the export of its patrol boats through new "
		    "deals with Peru and Chile.",
		    2, "ESP", "CHL");
}

TEST(extract_firm_deals__a_firm_signing_with_a_state_sells_to_it)
{
	expect_deal("Saab and the State of Brazil signed a contract to deliver 36 fighter jets.",
		    1, "SWE", "BRA");
	expect_deal("Navantia and the government of Peru have signed a contract to supply two "
		    "frigates.",
		    1, "ESP", "PER");
	expect_deal("Embraer and Portugal signed a contract to deliver five transport aircraft.",
		    1, "BRA", "PRT");
}

TEST(extract_firm_deals__a_list_of_buyers_buys_each)
{
	expect_deal("Chile, Peru and Colombia have bought patrol boats from Spain.", 3, "ESP",
		    "COL");
	expect_deal("Chile, Peru, and Colombia ordered Spanish corvettes last year.", 3, "ESP",
		    "PER");
	expect_deal("Nations including Kenya, Ghana, and Nigeria have purchased Turkish armoured "
		    "vehicles.",
		    3, "TUR", "GHA");
}

TEST(extract_firm_deals__a_date_line_may_end_in_a_time_zone_offset)
{
	const char *text = "Spain to build patrol boats for Peru\n\n"
			   "Mar 3, 2023 (GMT+09:00)\n\n"
			   "Navantia signed a contract to supply two patrol boats to Peru. "
			   "Navantia will deliver the boats to the country from 2026.\n";
	CHECK(deal_year(text, NULL, "ESP", "PER") == 2023);
	CHECK(deal_year("Mar 3, 2023 (UTC-05:00)\n\nPeru bought two patrol boats from Spain.\n",
			NULL, "ESP", "PER") == 2023);
}

TEST(extract_firm_deals__deals_with_two_states_pair_neither)
{
	expect_no_deal("After earlier contracts with Peru and Chile, the shipyard found a new "
		       "buyer for its patrol boats.");
	expect_no_deal("Deals with Kenya and Ghana for armoured vehicles were announced on "
		       "Monday.");
	/* one partner after "with": the deal stands */
	expect_deal("Spain signed a deal with Peru to deliver two patrol boats.", 1, "ESP", "PER");
}

/* No deal in text has the recipient rec. */
static void expect_no_recipient(const char *text, const char *rec)
{
	ent_fact_list *l = run(text, NULL);
	size_t i;
	CHECK(l != NULL);
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_DEAL && !strcmp(l->v[i].recipient.s, rec)) {
			fprintf(stderr, "    a deal to %s in: %s\n", rec, text);
			CHECK(0);
		}
	ent_fact_list_free(l);
}

TEST(extract_firm_deals__the_state_after_according_to_receives_nothing)
{
	expect_no_recipient("The order includes six jets to Peru and four to Chile, with deliveries "
			    "expected to begin in 2026, according to the Swedish firm.",
			    "SWE");
}
