/*
 * test_extract_firm_described.c - a firm described by its home's demonym
 * ("with Turkish defence contractor ASFAT", "with the Spanish shipbuilder
 * Navantia", "with the French Dassault Aviation company") stands where
 * the demonym stands: the partner of "signed a
 * contract with" sells, the subject buys, also with an "acquisition of"
 * the goods after it. Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_firm_described__the_described_firm_sells)
{
	expect_deal("In July 2018, the Pakistan Navy signed a contract with Turkish defence "
		    "contractor ASFAT for the acquisition of four corvettes.",
		    1, "TUR", "PAK");
	expect_deal("Peru signed a contract with the Spanish state-owned shipbuilder Navantia "
		    "for the acquisition of two frigates.",
		    1, "ESP", "PER");
	/* and not the other way round */
	expect_not("Peru signed a contract with the Spanish state-owned shipbuilder Navantia "
		   "for the acquisition of two frigates.",
		   "PER", "ESP");
}

TEST(extract_firm_described__the_demonym_right_before_the_firm)
{
	expect_deal("In May 2021, Peru signed a contract with the Spanish Navantia company to "
		    "purchase two frigates.",
		    1, "ESP", "PER");
}
