/*
 * test_extract_fiscal_year.c - a fiscal year written against its mark
 * ("FY2019") is the year 2019, as "fiscal 2019" is, not a word the year
 * of the dateline stands in for.  Every sentence here was written for
 * these tests (stop 52).
 */
#include "extract_harness.h"

TEST(extract_fiscal_year__mark_against_the_year)
{
	CHECK(deal_year("Uruguay ordered eight helicopters from Norway in FY2019.", "2024-03-01",
			"NOR", "URY") == 2019);
	CHECK(deal_year("In FY2021-22, Uruguay ordered eight helicopters from Norway.",
			"2024-03-01", "NOR", "URY") == 2021);
	/* as with a space, and as "fiscal 2019" */
	CHECK(deal_year("Uruguay ordered eight helicopters from Norway in FY 2019.", "2024-03-01",
			"NOR", "URY") == 2019);
	/* no year: the mark glued to a short number, or letters not the mark */
	CHECK(deal_year("Uruguay ordered eight helicopters from Norway in FY24.", "2024-03-01",
			"NOR", "URY") != 2019);
	CHECK(deal_year("Uruguay ordered eight FX2019 helicopters from Norway.", "2024-03-01",
			"NOR", "URY") != 2019);
}
