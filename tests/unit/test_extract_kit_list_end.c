/*
 * test_extract_kit_list_end.c - ", and related equipment" (spares, parts,
 * services) ends a list of goods and starts no clause of its own, so the
 * transfer is read whole (frames.c clause_break).
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_kit_list_end__and_related_equipment_ends_a_list_of_goods)
{
	expect_deal("The sale of Patriot missiles, launchers, and related equipment to Qatar in a "
		    "deal worth $3 billion was approved.",
		    1, "USA", "QAT");
	expect_deal("The sale of Patriot missiles, radars, and spare parts to Qatar under a new "
		    "contract was approved.",
		    1, "USA", "QAT");
}

TEST(extract_kit_list_end__a_clause_after_comma_and_still_breaks)
{
	/* ", and" before a clause with its own subject */
	const char *sup[] = {"USA", "FRA", NULL}, *rec[] = {"QAT", "EGY", NULL};
	expect_deals("The United States sold Patriot missiles to Qatar, and France sold Rafale "
		     "jets to Egypt.",
		     2, sup, rec);
}
