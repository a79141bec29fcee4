/*
 * test_extract_deal_party.c - deal rules for a party the clause does not
 * name: a list of makers in "<goods> of A, B and C origin" whose owner is
 * the state the clause (a possessive or demonym) or the sentence before
 * names.  Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_deal_party__goods_of_a_list_of_origins_are_supplies_to_their_owner)
{
	/* the owner is the one state of the sentence before */
	expect_deal("The Kenyan army has three brigades and one armoured regiment. Most of "
		    "the equipment consists of older weapons of French, Italian and Swedish "
		    "origin.",
		    3, "SWE", "KEN");
	expect_deal("The Kenyan army has three brigades and one armoured regiment. Most of "
		    "the equipment consists of older weapons of French, Italian and Swedish "
		    "origin.",
		    3, "FRA", "KEN");
	/* the owner is a possessive of the clause */
	expect_deal("Peru's navy still sails vessels of British, German and Italian origin.", 3,
		    "DEU", "PER");
}

/* No deal or supply tie in text. */
static void expect_none(const char *text)
{
	ent_fact_list *l = run(text, NULL);
	CHECK(l != NULL);
	if (l && ndeals(l) != 0)
		fprintf(stderr, "    a deal in: %s\n", text);
	CHECK(l && ndeals(l) == 0);
	ent_fact_list_free(l);
}

TEST(extract_deal_party__origin_lists_need_goods_and_one_owner)
{
	/* two states before: no single owner */
	expect_none("Chile and Peru held border talks last week. The equipment consists of "
		    "older weapons of French, Italian and Swedish origin.");
	/* no goods before the list */
	expect_none("The Kenyan army has three brigades. Most of its officers are of French, "
		    "Italian and Swedish origin.");
	/* negated */
	expect_none("The Kenyan army has three brigades. None of the equipment is of French, "
		    "Italian or Swedish origin.");
}
