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
