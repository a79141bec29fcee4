/*
 * test_extract_official.c - deal rules found on official prose (defence
 * ministry and armed-forces releases): goods listed each with its own
 * price after it are one purchase per price.  Every sentence here was
 * written for these tests.
 */
#include "extract_harness.h"

/* Is there a deal sup -> rec of about usd dollars in l? */
static int has_priced_deal(const ent_fact_list *l, const char *sup, const char *rec, double usd)
{
	size_t i;
	for (i = 0; i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type == ENT_FACT_DEAL && ent_fact_has_code(f->suppliers, f->nsuppliers, sup) &&
		    !strcmp(f->recipient.s, rec) && f->value.present && f->value.has_usd &&
		    f->value.usd > usd * 0.99 && f->value.usd < usd * 1.01)
			return 1;
	}
	return 0;
}

static void expect_priced(const char *text, size_t n, const char *sup, const char *rec,
			  double usd)
{
	ent_fact_list *l = run(text, NULL);
	CHECK(l != NULL);
	if (!l)
		return;
	if (!has_priced_deal(l, sup, rec, usd))
		fprintf(stderr, "    no deal %s -> %s of %.0f in: %s\n", sup, rec, usd, text);
	CHECK(has_priced_deal(l, sup, rec, usd));
	if (count(l, ENT_FACT_DEAL) != n)
		fprintf(stderr, "    %zu deals, not %zu, in: %s\n", count(l, ENT_FACT_DEAL), n, text);
	CHECK_INT(count(l, ENT_FACT_DEAL), n);
	ent_fact_list_free(l);
}

TEST(extract_official__goods_each_with_a_price_after_them_are_one_purchase_per_price)
{
	const char *both = "Kenya bought 12 Hawk jets for $200 million and six Puma helicopters "
			   "for $80 million from Britain.";
	expect_priced(both, 2, "GBR", "KEN", 200e6);
	expect_priced(both, 2, "GBR", "KEN", 80e6);
	/* a figure in another currency takes its USD twin in brackets */
	expect_priced("Kenya approved the purchase of 12 Hawk jets for Rs 1,500 crore ($200 "
		      "million) and six Puma helicopters for Rs 600 crore ($80 million) from "
		      "Britain.",
		      2, "GBR", "KEN", 80e6);
	/* the seller before the goods */
	expect_priced("Britain sold 12 Hawk jets to Kenya for $200 million and six Puma "
		      "helicopters to Kenya for $80 million.",
		      2, "GBR", "KEN", 80e6);
}

TEST(extract_official__one_price_or_a_price_of_no_goods_is_one_purchase)
{
	expect_priced("Kenya bought 12 Hawk jets for $200 million from Britain.", 1, "GBR", "KEN",
		      200e6);
	/* the second sum has no goods of its own before it */
	expect_priced("Kenya bought 12 Hawk jets from Britain for $200 million, up from $150 "
		      "million for the first offer.",
		      1, "GBR", "KEN", 200e6);
}

TEST(extract_official__gear_given_by_a_state_to_a_receiver_is_a_delivery)
{
	expect_deal("The Kenya Navy received a stock of maritime interdiction and protective "
		    "equipment provided by the United States at a base in Mombasa.",
		    1, "USA", "KEN");
	expect_deal("The Kenya Navy received equipment handed over by the Japanese government.", 1,
		    "JPN", "KEN");
	/* no participle of giving and "by": no goods named */
	expect_deal("The Kenya Navy received equipment from Japan.", 0, NULL, NULL);
	/* the state after "by" is not the one the receiving names */
	expect_deal("The Kenya Navy received praise from Japan for equipment provided by the "
		    "United States.",
		    0, NULL, NULL);
}

/* The first exercise of text has n participants, in among them, out (unless
 * NULL) not. */
static void expect_parties(const char *text, size_t n, const char *in, const char *out)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f != NULL);
	if (f) {
		if (f->nparticipants != n || !takes_part(f, in) || (out && takes_part(f, out)))
			fprintf(stderr, "    %zu parties in: %s\n", f->nparticipants, text);
		CHECK_INT(f->nparticipants, n);
		CHECK(takes_part(f, in));
		CHECK(!out || !takes_part(f, out));
	}
	if (l)
		ent_fact_list_free(l);
}

TEST(extract_official__a_state_name_after_a_rank_and_a_given_name_is_a_person)
{
	expect_parties("Col. David Jordan, commander of the brigade, and Kenyan officers opened "
		       "Exercise Iron Lake 17 near Nairobi.",
		       1, "KEN", "JOR");
	/* the same name by a verb of saying later is that person */
	expect_parties("Maj. Anna Jordan and Kenyan officers opened Exercise Iron Lake in May. "
		       "\"The drill involves 14 nations,\" said Jordan.",
		       1, "KEN", "JOR");
	/* a state name with no rank before it is the state */
	expect_parties("Kenyan and Ugandan officers opened Exercise Iron Lake with troops from "
		       "Jordan. \"The drill involves 14 nations,\" said Jordan.",
		       3, "JOR", NULL);
}

/* The number of deals sup -> rec in text. */
static size_t deals_between(const char *text, const char *sup, const char *rec)
{
	ent_fact_list *l = run(text, NULL);
	size_t i, n = 0;
	if (!l)
		return 0;
	for (i = 0; i < l->n; i++)
		n += l->v[i].type == ENT_FACT_DEAL &&
		     ent_fact_has_code(l->v[i].suppliers, l->v[i].nsuppliers, sup) &&
		     !strcmp(l->v[i].recipient.s, rec);
	ent_fact_list_free(l);
	return n;
}

TEST(extract_official__a_list_of_counted_goods_bought_is_one_purchase_per_item)
{
	CHECK_INT(deals_between("Since 2016 Kenya has bought 12 Rafale jets, a FREMM frigate and "
				"two Mistral ships.",
				"FRA", "KEN"),
		  3);
	/* a sum opens an item too; words of goods with no count stay with
	 * the item before ("air and missile defense launchers") */
	CHECK_INT(deals_between("Kenya acquired 40 Abrams tanks, $300 million worth of Javelin "
				"missiles and 8 Patriot air and missile defense launchers.",
				"USA", "KEN"),
		  3);
}

TEST(extract_official__goods_with_no_count_or_to_come_are_one_purchase)
{
	CHECK_INT(deals_between("Kenya bought drones, ammunition and missiles from Turkey.", "TUR",
				"KEN"),
		  1);
	/* a purchase to come may be one contract of parts */
	CHECK_INT(deals_between("Kenya will buy 72 launchers of the Javelin and 410 missiles.",
				"USA", "KEN"),
		  1);
	/* a deal noun: one contract */
	CHECK_INT(deals_between("Kenya signed a deal with France and bought 12 Rafale jets and a "
				"FREMM frigate.",
				"FRA", "KEN"),
		  1);
}

TEST(extract_official__a_counted_fragment_after_a_purchase_is_a_further_purchase)
{
	const char *text = "Since 2018, Kenya has bought Mi-35 attack helicopters from Russia. "
			   "Six Y-12 transport aircraft from China. Ten Su-30 fighters from Russia.";
	CHECK_INT(deals_between(text, "CHN", "KEN"), 1);
	CHECK_INT(deals_between(text, "RUS", "KEN"), 2);
	/* a sentence with a verb is read by the rules of its own */
	CHECK_INT(deals_between("Kenya has bought Mi-35 attack helicopters from Russia. Six Y-12 "
				"transport aircraft from China were shown at the parade.",
				"CHN", "KEN"),
		  0);
	/* no purchase right before it */
	CHECK_INT(deals_between("Kenya held a parade in May. Six Y-12 transport aircraft from "
				"China.",
				"CHN", "KEN"),
		  0);
}

TEST(extract_official__a_batch_that_departs_a_state_for_another_is_a_delivery)
{
	CHECK_INT(deals_between("The first batch of four Hawk jets has departed Britain for Kenya, "
				"the air force said.",
				"GBR", "KEN"),
		  1);
	CHECK(deal_year("A consignment of 12 armoured vehicles left Turkey on 3 May 2022 en route "
			"to Kenya.",
			NULL, "TUR", "KEN") == 2022);
	/* a warship leaving for a visit is no batch of goods */
	CHECK_INT(deals_between("The frigate Harambee departed Britain for Kenya on a goodwill "
				"visit.",
				"GBR", "KEN"),
		  0);
}

TEST(extract_official__goods_presented_to_a_state_are_a_gift_of_the_state_before)
{
	CHECK_INT(deals_between("Britain presented two radars to the Kenyan Air Force.", "GBR",
				"KEN"),
		  1);
	/* the state whose commitment the sentence names gives */
	CHECK_INT(deals_between("As part of Britain's commitment towards capacity building of the "
				"armed forces, the Air Chief presented two radars to the Kenyan Air "
				"Force.",
				"GBR", "KEN"),
		  1);
	/* a plan or a report about goods is no gift */
	CHECK_INT(deals_between("Britain presented its plan for fighter jets to Kenya.", "GBR",
				"KEN"),
		  0);
	CHECK_INT(deals_between("Britain presented a report on drones to Kenya.", "GBR", "KEN"), 0);
}
