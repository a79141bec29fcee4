/*
 * test_extract_naval_exports.c - deal rules found on the naval holdout set (frigate,
 * corvette and submarine exports): a state named right before a noun of
 * buying ("the U.S. purchase") is that purchase's buyer, not the other
 * party of a deal the sentence gives another buyer.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_naval_exports__a_state_before_a_noun_of_buying_is_no_seller_of_another_buyer)
{
	expect_deal("Chile chose to acquire the patrol ship after the Spanish purchase.", 0, NULL,
		    NULL);
	expect_deal("The Greek plan to buy the frigates was shaped by the U.S. acquisition.", 0,
		    NULL, NULL);
	expect_deal("Peru decided to buy the corvettes, citing Brazil's purchase.", 0, NULL, NULL);
	/* the seller named by "from" or as the partner of a deal stays */
	expect_deal("Chile decided to acquire two frigates from Spain.", 1, "ESP", "CHL");
	expect_deal("Chile signed a deal with Spain to acquire two frigates.", 1, "ESP", "CHL");
}

/* "A (is) helping B (to) modernize/upgrade its <goods>": A services B's
 * goods, a maintenance tie from A to B. */
TEST(extract_naval_exports__helping_a_state_upgrade_its_goods_is_maintenance)
{
	const char *s1[] = {"ITA", NULL}, *r1[] = {"PER", NULL};
	ent_fact_list *l;
	const ent_fact *f;
	expect_deals("Italy is helping Peru to overhaul its frigates.", 1, s1, r1);
	expect_deal("Sweden helped Thailand upgrade its fleet of patrol boats.", 1, "SWE", "THA");
	/* the helper of a sentence that opens with "the country" is the state before */
	expect_deal("Spain sold two frigates to Chile. The country has also been helping "
		    "Santiago refit its submarines.",
		    2, "ESP", "CHL");
	l = run("Italy is helping Peru to overhaul its frigates.", NULL);
	f = l ? find_deal(l, "ITA", "PER") : NULL;
	CHECK(f && ent_fact_has_category(f, ENT_CAT_MAINTENANCE));
	ent_fact_list_free(l);
	/* no goods, the helper's own state, negation */
	expect_deal("Italy will help Peru modernize its military.", 0, NULL, NULL);
	expect_deal("Italy did not help Peru upgrade its frigates.", 0, NULL, NULL);
}

/* "A is helping B build <goods>", "B said that A was helping it build
 * <goods>": a transfer of technology from A to B (stop 53). */
TEST(extract_naval_exports__helping_a_state_build_goods_is_technology)
{
	ent_fact_list *l = run("Italy is helping Peru build patrol boats.", NULL);
	const ent_fact *f = l ? find_deal(l, "ITA", "PER") : NULL;
	CHECK(f && ent_fact_has_category(f, ENT_CAT_TECHNOLOGY_TRANSFER));
	CHECK(f && ent_fact_has_category(f, ENT_CAT_NAVAL));
	if (l)
		ent_fact_list_free(l);
	expect_deal("Peru said in 2019 that Italy was helping it build patrol boats.", 1, "ITA",
		    "PER");
	/* no goods, no sayer for "it", negation */
	expect_deal("Italy is helping Peru build houses.", 0, NULL, NULL);
	expect_deal("The report said that Italy was helping it build patrol boats.", 0, NULL,
		    NULL);
	expect_deal("Italy is not helping Peru build patrol boats.", 0, NULL, NULL);
}

/* A count list whose first item goes to the seller's own forces ("six to
 * the French navy, four to India and two to Chile") still gives the others. */
TEST(extract_naval_exports__a_count_list_opening_with_the_sellers_own_forces)
{
	const char *s2[] = {"FRA", "FRA", NULL}, *r2[] = {"IND", "CHL", NULL};
	expect_deals("Naval Group has sold six submarines to the French navy, four to India and "
		     "two to Chile.",
		     2, s2, r2);
	expect_deal("Navantia has supplied twelve patrol boats, eight to the Spanish navy and "
		    "four to Peru.",
		    1, "ESP", "PER");
	/* own forces alone, or no count after them: no deal */
	expect_deal("Naval Group has delivered six submarines to the French navy.", 0, NULL, NULL);
	expect_deal("Naval Group has delivered six submarines to the French navy, its main client.",
		    0, NULL, NULL);
}

/* No deal from sup to rec in text. */
static void expect_no_deal_from(const char *text, const char *sup, const char *rec)
{
	ent_fact_list *l = run(text, NULL);
	CHECK(l != NULL);
	if (l && find_deal(l, sup, rec))
		fprintf(stderr, "    a deal %s -> %s in: %s\n", sup, rec, text);
	CHECK(l && !find_deal(l, sup, rec));
	ent_fact_list_free(l);
}

/* "A and B signed a contract to export N X": the signers are a pair, and
 * which one sells is for the document (the later "to the Chilean Navy"),
 * not the signer named last. */
TEST(extract_naval_exports__a_pair_that_signs_to_export_leaves_the_seller_open)
{
	const char *t = "Spain and Chile signed a contract on Monday to export two frigates worth "
			"$400 million. The yard will deliver the ships to the Chilean Navy by 2029.";
	expect_deal(t, 1, "ESP", "CHL");
	expect_no_deal_from(t, "CHL", "ESP");
	/* one signer: it sells */
	expect_deal("Spain signed a contract on Monday to export two frigates to Chile.", 1, "ESP",
		    "CHL");
}

/* "X has a presence in Y since/where it has sold N": "it" is X, not the
 * place Y, and Y is where the goods went. */
TEST(extract_naval_exports__it_after_a_place_is_the_subject_that_sells_there)
{
	expect_deal("The Spanish yard has a long presence in Chile, where it has sold four patrol "
		    "boats.",
		    1, "ESP", "CHL");
	expect_no_deal_from("The Spanish yard has a long presence in Chile, where it has sold four "
			    "patrol boats.",
			    "CHL", "ESP");
	expect_deal("A Turkish shipbuilder is well known in Georgia since it has supplied two "
		    "corvettes to Azerbaijan.",
		    1, "TUR", "AZE");
}

/* "A rejected B's request (to ...)": like "rejected B's proposal", A
 * opposes B. */
TEST(extract_naval_exports__rejecting_a_states_request_is_opposition)
{
	ent_fact_list *l = run("Japan rejected Canada's request to join the naval drill.", NULL);
	CHECK(l && has_stance(l, "JPN", "CAN", ENT_POLARITY_OPPOSE));
	ent_fact_list_free(l);
	l = run("Chile has rebuffed an Argentine request for access to the port.", NULL);
	CHECK(l && has_stance(l, "CHL", "ARG", ENT_POLARITY_OPPOSE));
	ent_fact_list_free(l);
	/* a passive, or a request of no state: no stance */
	l = run("Canada's request to join the drill was rejected.", NULL);
	CHECK(l && count(l, ENT_FACT_STANCE) == 0);
	ent_fact_list_free(l);
}
