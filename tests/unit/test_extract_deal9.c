/*
 * test_extract_deal9.c - deal rules of the ninth round: a state that speaks
 * against a sale is no party to it ("X strongly opposes the sale", "X
 * lodged representations with Y after Z approved the sale"); a deal word
 * after the recipient ("to Ethiopia, a sale that ...") does not split the
 * recipient off the transfer; a priced deal keeps generic goods as an item;
 * the signer of "a contract with Y firms to purchase" may stand far before
 * "with"; the month "May" is no hedge; the arrival of a state's own
 * ships is a visit; "this/that sale" has no subject before it; "its own
 * hands", "the two ships" are nouns.
 */
#include "extract_harness.h"

TEST(extract_deal9__the_opponent_of_a_sale_is_no_seller)
{
	/* the critic was the seller before: a deal Egypt -> Ethiopia */
	expect_deal("Egypt strongly opposes the $80 million sale of armoured vehicles to "
		    "Ethiopia, its foreign ministry said.",
		    0, NULL, NULL);
	expect_deal("Pakistan strongly condemned the sale of 24 attack helicopters to India.", 0,
		    NULL, NULL);
}

TEST(extract_deal9__the_seller_after_the_protest)
{
	/* the state that approved the sale sells; the one that protested
	 * keeps its stance */
	ent_fact_list *l = run("Egypt lodged stern representations with Britain after London "
			       "approved a possible sale of armoured vehicles to Ethiopia worth "
			       "$80 million.",
			       NULL);
	CHECK(l != NULL);
	CHECK(find_deal(l, "GBR", "ETH") != NULL);
	CHECK(find_deal(l, "EGY", "ETH") == NULL);
	CHECK_INT(ndeals(l), 1);
	ent_fact_list_free(l);
}

TEST(extract_deal9__a_party_is_still_a_party)
{
	/* no opposition word after the subject: it stays the seller */
	expect_deal("Egypt approved the $80 million sale of armoured vehicles to Ethiopia.", 1,
		    "EGY", "ETH");
	/* opposition after the deal word is another state's */
	expect_deal("Egypt approved the $80 million sale of armoured vehicles to Ethiopia "
		    "despite protests from Sudan.",
		    1, "EGY", "ETH");
}

TEST(extract_deal9__a_deal_word_after_the_recipient_keeps_it)
{
	/* "..., a sale that ...": a second deal word whose nearest state is
	 * the object of "to" does not split the recipient off the transfer */
	expect_deal("Egypt sold armoured vehicles to Ethiopia, a sale that angered Sudan.", 1,
		    "EGY", "ETH");
	expect_deal("Egypt sold armoured vehicles worth $80 million to Ethiopia, a purchase "
		    "long delayed.",
		    1, "EGY", "ETH");
	/* a second transfer with a subject of its own is still read apart */
	expect_deals("Egypt sold armoured vehicles to Ethiopia and Kenya bought 12 helicopters "
		     "from Italy.",
		     2, (const char *const[]){"EGY", "ITA", NULL},
		     (const char *const[]){"ETH", "KEN", NULL});
}

TEST(extract_deal9__a_valued_deal_of_generic_arms)
{
	/* a deal with a price keeps the generic goods it names as arms of no
	 * stated kind, as one without a price does */
	ent_fact_list *l = run("Belarus sold weapons worth $90 million to Serbia.", NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = find_deal(l, "BLR", "SRB");
	CHECK(f != NULL);
	if (f) {
		CHECK_INT(f->nitems, 1);
		if (f->nitems)
			CHECK_INT(f->items[0].category, ENT_CAT_OTHER);
	}
	ent_fact_list_free(l);
	/* a price with no goods named keeps no item */
	l = run("Belarus signed a $90 million contract with Serbia.", NULL);
	CHECK(l != NULL);
	f = find_deal(l, "BLR", "SRB");
	CHECK(f != NULL);
	if (f)
		CHECK_INT(f->nitems, 0);
	ent_fact_list_free(l);
}

TEST(extract_deal9__the_signer_far_before_with)
{
	/* "X's defence ministry is expected to sign a $N contract with Y
	 * firms to purchase ...": the partner of "with" sells, the subject
	 * of the signing buys, even a dozen words before "with" */
	expect_deal("Chile's defence ministry is expected to sign a $1.2 billion contract with "
		    "Swedish defence firms to purchase 14 Gripen fighters.",
		    1, "SWE", "CHL");
}

TEST(extract_deal9__the_month_may_is_no_hedge)
{
	static const char *texts[] = {
		"In May 2011 Chile signed a contract to purchase 16 Gripen jets from Sweden.",
		"On 5 May Chile signed a contract to purchase 16 Gripen jets from Sweden.",
	};
	size_t i;
	for (i = 0; i < sizeof texts / sizeof *texts; i++) {
		ent_fact_list *l = run(texts[i], NULL);
		const ent_fact *f;
		CHECK(l != NULL);
		f = l ? find_deal(l, "SWE", "CHL") : NULL;
		CHECK(f != NULL);
		if (f)
			CHECK_INT(f->status, ENT_STATUS_SIGNED);
		ent_fact_list_free(l);
	}
	/* the modal still hedges */
	{
		ent_fact_list *l = run("Chile may buy 16 Gripen jets from Sweden.", NULL);
		const ent_fact *f;
		CHECK(l != NULL);
		f = l ? find_deal(l, "SWE", "CHL") : NULL;
		CHECK(f != NULL);
		if (f)
			CHECK_INT(f->status, ENT_STATUS_REPORTED);
		ent_fact_list_free(l);
	}
}

TEST(extract_deal9__the_arrival_of_a_states_own_ships_is_a_visit)
{
	expect_deal("Ahead of the arrival of the US warships, Russia began a drill in the "
		    "Black Sea.",
		    0, NULL, NULL);
	/* goods arriving from a seller are still delivered */
	expect_deal("India welcomed the arrival of 36 Rafale jets from France.", 1, "FRA", "IND");
}

TEST(extract_deal9__this_sale_has_no_subject_before_it)
{
	/* "this proposed sale" has its own determiner: the state named
	 * before it is no seller; the maker of the system sells */
	expect_deal("Chile's F-16 programme is an important part of the US-Chile relationship, "
		    "and this proposed sale will sustain Chile's capability.",
		    1, "USA", "CHL");
}

TEST(extract_deal9__hands_and_ships_as_nouns)
{
	/* "into its own hands" is no handing over */
	expect_deal("Erdogan said Azerbaijan must take matters into its own hands and Turkey "
		    "would help.",
		    0, NULL, NULL);
	/* the verb of transfer after "the two ships" still states the deal */
	expect_deal("The two ships were delivered to Pakistan by Turkey in 2023.", 1, "TUR", "PAK");
}
