/*
 * test_extract_doc_ties.c - ties a document tells about deals it tells
 * elsewhere: earlier buyers named after a deal told before ("Y is the
 * third foreign buyer of Xn submarines, after A and B"), a supply tie
 * that is a deal's, and a seller named as "the shipbuilder" after its
 * firm.  Every sentence here was written for these tests.
 */
#include "extract_harness.h"

static const char *ships =
	"Peru signed an agreement on Friday to import Spanish-made patrol ships.\n\n"
	"Peru is the third foreign buyer of Spanish patrol ships in recent years, after "
	"Chile and Ecuador.\n\n"
	"Ecuador took delivery in March of two refitted patrol ships in a $90 million deal.\n";

TEST(extract_doc_ties__earlier_buyers_after_a_deal_told_before)
{
	static const char *sup[] = {"ESP", "ESP", "ESP", NULL};
	static const char *rec[] = {"PER", "CHL", "ECU", NULL};
	expect_deals(ships, 3, sup, rec);
}

TEST(extract_doc_ties__a_tie_of_a_pair_whose_deal_is_told_is_that_deal)
{
	ent_fact_list *l = run(ships, NULL);
	const ent_fact *f;
	size_t i, n = 0;
	CHECK(l != NULL);
	for (i = 0; i < l->n; i++)
		n += (l->v[i].type == ENT_FACT_DEAL || l->v[i].type == ENT_FACT_SUPPLY) &&
		     !strcmp(l->v[i].recipient.s, "ECU");
	CHECK_INT(n, 1);
	f = find_deal(l, "ESP", "ECU");
	CHECK(f != NULL);
	CHECK_INT(f->type, ENT_FACT_DEAL);
	CHECK_INT(f->status, ENT_STATUS_DELIVERED);
	CHECK_INT(f->nevidence, 2);
	ent_fact_list_free(l);
	/* a tie of other goods stays a tie */
	expect_deals("Chile is a buyer of Spanish rifles.\n\nSpain delivered two patrol ships to "
		     "Chile in 2020.",
		     2, NULL, NULL);
}

TEST(extract_doc_ties__the_shipbuilder_is_the_firm_named_before)
{
	expect_deal("Navantia announced a new export order on Monday.\n\n"
		    "Peru has purchased four patrol ships from the shipbuilder and is awaiting "
		    "delivery.",
		    1, "ESP", "PER");
	/* no firm before: no seller */
	expect_no_deal("Peru has purchased four patrol ships from the shipbuilder.");
}

TEST(extract_doc_ties__a_tie_of_goods_the_deal_does_not_name_stays)
{
	/* the same kind (naval) but other goods: two facts */
	expect_deals("Peru is a buyer of Spanish corvettes.\n\nSpain delivered two patrol ships "
		     "to Peru in 2020.",
		     2, NULL, NULL);
}

TEST(extract_doc_ties__a_buyer_approved_to_buy_after_an_approval)
{
	static const char *sup[] = {"USA", "USA", NULL}, *rec[] = {"JOR", "PER", NULL};
	expect_deals("The US approved the sale of jets to Jordan for $4 billion.\n"
		     "Meanwhile, Peru was okayed to buy 31 Multifunctional Information "
		     "Distribution System terminals for as much as $23.7 million.",
		     2, sup, rec);
	/* with no approval told before, no seller */
	expect_no_deal("Peru was okayed to buy 31 Multifunctional Information Distribution "
		       "System terminals for as much as $23.7 million.");
}

TEST(extract_doc_ties__another_delivery_of_the_pair_before)
{
	ent_fact_list *l = run("Customs data showed Peru importing $14.7 million in radar "
			       "equipment from Spain that month. That followed the delivery of $96 "
			       "million worth of classified defense-related goods in December.",
			       NULL);
	size_t i, n = 0;
	int v96 = 0;
	CHECK(l != NULL);
	for (i = 0; i < l->n; i++)
		if (l->v[i].type == ENT_FACT_DEAL && !strcmp(l->v[i].recipient.s, "PER")) {
			n++;
			v96 |= l->v[i].value.present && l->v[i].value.usd == 96e6 &&
			       ent_fact_has_code(l->v[i].suppliers, l->v[i].nsuppliers, "ESP");
		}
	CHECK_INT(n, 2);
	CHECK(v96);
	ent_fact_list_free(l);
	/* a price of the deal itself joins it */
	expect_deals("Spain sold jets to Peru for $14.7 million. The delivery of the $14.7 "
		     "million jets was in December.",
		     1, NULL, NULL);
}

TEST(extract_doc_ties__also_provides_to_the_buyer_in_play)
{
	expect_deal("Peru will receive five air defence systems from the allies.\n\nItaly will "
		    "also provide an additional SAMP-T system.",
		    1, "ITA", "PER");
	expect_deal("Spain sold 20 tanks to Peru. Italy will also provide an additional SAMP-T "
		    "system.",
		    2, "ITA", "PER");
	/* no "also", or no buyer before: no recipient */
	expect_deals("Spain sold 20 tanks to Peru. Italy produces the SAMP-T system.", 1, NULL,
		     NULL);
	expect_no_deal("Italy will also provide an additional SAMP-T system.");
}

/* "The deal makes Egypt the second international customer for the J-10C,
 * following Pakistan": the state after "following" bought before, no
 * party of this deal. */
TEST(extract_doc_ties__the_earlier_customer_after_following)
{
	static const char *sup[] = {"CHN", "CHN", NULL};
	static const char *rec[] = {"EGY", "PAK", NULL};
	expect_deals("The deal, reportedly signed on August 19, 2024, makes Egypt the second "
		     "international customer for the J-10C, following Pakistan.",
		     2, sup, rec);
	expect_not("The deal, reportedly signed on August 19, 2024, makes Egypt the second "
		   "international customer for the J-10C, following Pakistan.",
		   "PAK", "EGY");
}

/* "..., its second biggest client for arms after Algeria": a client ranked
 * before is an earlier buyer of the same seller. */
TEST(extract_doc_ties__a_client_ranked_before)
{
	static const char *sup[] = {"DEU", "DEU", NULL};
	static const char *rec[] = {"SAU", "DZA", NULL};
	expect_deals("Germany was due to deliver weapon systems worth 416 million euros to Saudi "
		     "Arabia, its second biggest client for arms after Algeria, in 2018.",
		     2, sup, rec);
}
