/*
 * test_extract_further_sale.c - a release of several notifications: a
 * sentence that names no new state but a "possible/potential/proposed
 * sale of" goods with a USD value of its own is a further sale between
 * the parties of the deal stated before (frames.c further_sale).
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_further_sale__a_second_priced_possible_sale_is_a_deal_of_the_same_parties)
{
	const char *sup[] = {"USA", "USA", NULL}, *rec[] = {"JOR", "JOR", NULL};
	expect_deals("The State Department approved a possible sale of F-16 fighters to Jordan "
		     "for an estimated cost of $2 billion. It also approved a possible sale of "
		     "AMRAAM missiles for an estimated $300 million.",
		     2, sup, rec);
	/* the seller's own agency named in the second sentence */
	expect_deals("The State Department approved a possible sale of F-16 fighters to Jordan "
		     "for an estimated cost of $2 billion. Separately, the Pentagon cleared a "
		     "potential sale of AMRAAM missiles valued at about $300 million.",
		     2, sup, rec);
}

TEST(extract_further_sale__needs_new_goods_a_new_value_and_no_other_state)
{
	/* the same value: the sale told again */
	expect_deal("The State Department approved a possible sale of F-16 fighters to Jordan "
		    "for an estimated cost of $2 billion. The possible sale of the F-16 fighters "
		    "is worth $2 billion.",
		    1, "USA", "JOR");
	/* no value of its own */
	expect_deal("The State Department approved a possible sale of F-16 fighters to Jordan "
		    "for an estimated cost of $2 billion. It also approved a possible sale of "
		    "AMRAAM missiles.",
		    1, "USA", "JOR");
	/* no hedge of a notified sale */
	expect_deal("The State Department approved a possible sale of F-16 fighters to Jordan "
		    "for an estimated cost of $2 billion. Analysts said AMRAAM missiles cost "
		    "$300 million.",
		    1, "USA", "JOR");
}
