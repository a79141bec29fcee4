/*
 * test_extract_maker_site.c - a demonym before a noun of a maker's site
 * or branch ("from the firm's Spanish subsidiary", "a Polish plant"), or
 * the firm named after that noun and a comma, tells where goods are made:
 * it is no recipient of the transfer.  Every sentence here was written
 * for these tests (stop 52).
 */
#include "extract_harness.h"

TEST(extract_maker_site__where_the_goods_are_made)
{
	expect_not("The order concerns the delivery of 100,000 shells from a Spanish subsidiary "
		   "of Rheinmetall.",
		   "DEU", "ESP");
	expect_not("The Chilean group says the order concerns the delivery of 100,000 shells from "
		   "its Peruvian plant, as well as additional DM-121 shells.",
		   "CHL", "PER");
	expect_not("The German group says the order concerns the delivery of 100,000 shells "
		   "from its Spanish subsidiary, Rheinmetall Expal Munitions, as well as "
		   "additional DM-121 shells.",
		   "DEU", "ESP");
	/* a buyer's forces named by a demonym still receive */
	expect_deal("FAMAE will deliver 100,000 shells to the Peruvian army.", 1, "CHL", "PER");
}
