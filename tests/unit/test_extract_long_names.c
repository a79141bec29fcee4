/*
 * test_extract_long_names.c - a weapon system named by its long name
 * rather than its abbreviation (data/weapons.tsv), on sentences written for
 * these tests (none quotes an article).
 */
#include "extract_harness.h"

TEST(extract_long_names__thaad)
{
	const char *sup[] = {"USA", "USA", NULL}, *rec[] = {"GHA", "KEN", NULL};
	expect_deals("Washington has approved the possible sale of Patriot missiles to Ghana. The "
		     "possible sale of Terminal High Altitude Area Defense missiles to Kenya has "
		     "also been approved.",
		     2, sup, rec);
}
