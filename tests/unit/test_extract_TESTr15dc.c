/*
 * test_extract_TESTr15dc.c - supply ties stated without a verb of
 * transfer: goods "made" by a chain of makers ("the Korean-Italian made
 * jets") that a state flies or operates, and goods of a foreign make that
 * a state owns ("its Korean-made jets", "Peru's Italian-built frigates").
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_r15dc__holdings_made_by_a_chain_of_makers)
{
	const char *sup[] = {"KOR", NULL}, *rec[] = {"PER", NULL};
	const char *sup2[] = {"ITA", NULL};
	expect_deals("Peru also flies the Korean-Italian made trainer jets.", 1, sup, rec);
	expect_deals("Peru also flies the Korean-Italian made trainer jets.", 1, sup2, rec);
	expect_deal("Chile operates Swedish-Finnish built patrol boats.", 1, "SWE", "CHL");
	/* no holding verb: no tie */
	expect_deal("Engineers showed the Korean-Italian made trainer jets.", 0, NULL, NULL);
}

TEST(extract_r15dc__goods_of_a_foreign_make_that_a_state_owns)
{
	expect_deal("Peru remains worried about the safety of its Korean-made fighter jets.", 1,
		    "KOR", "PER");
	expect_deal("Two of Chile's Italian-built frigates sailed north on Monday.", 1, "ITA",
		    "CHL");
	/* no owner named */
	expect_deal("Its Korean-made fighter jets are fast.", 0, NULL, NULL);
	/* the owner's own make */
	expect_deal("Peru showed off its Peruvian-made patrol boats.", 0, NULL, NULL);
	/* negated */
	expect_deal("Peru does not have its own Korean-made fighter jets.", 0, NULL, NULL);
}
