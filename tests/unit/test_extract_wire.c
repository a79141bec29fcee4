/*
 * test_extract_wire.c - rules from short wire-service reports, on
 * sentences written for these tests (none quotes an article): a list of
 * recipients after "to" ("exported tanks to Greece, Spain and Chile").
 */
#include "extract_harness.h"

TEST(extract_wire__recipient_list)
{
	const char *const sup3[] = {"DEU", "DEU", "DEU", NULL};
	const char *const rec3[] = {"GRC", "ESP", "CHL", NULL};
	const char *const sup2[] = {"RUS", "RUS", NULL};
	const char *const rec2[] = {"IND", "VNM", NULL};
	expect_deals("Germany has exported 200 Leopard tanks to Greece, Spain and Chile.", 3, sup3,
		     rec3);
	expect_deals("Russia delivered fighter jets to India and Vietnam in 2019.", 2, sup2, rec2);
	expect_deals("Russia delivered fighter jets to India, and Vietnam last year.", 2, sup2, rec2);
	/* not a list: a speaker after the comma, a possessive after "and" */
	expect_deal("Russia delivered fighter jets to India, Pakistan said.", 1, "RUS", "IND");
	expect_deal("Russia delivered fighter jets to India and Pakistan's army protested.", 1,
		    "RUS", "IND");
	/* the seller inside the list: the list is not read */
	expect_deal("Peru sold patrol boats to Chile, Peru and Ecuador.", 1, NULL, NULL);
}
