/*
 * test_extract_deal_precision.c - deal roles from clause structure: goods that
 * "its"/"their" owns, then a participle of buying with "from" ("its tanks
 * acquired from X"), were bought by the state named right before the
 * possessive, not by the subject that helps service them.  Every sentence
 * here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_TESTr15db__goods_its_owner_acquired_from_a_seller)
{
	static const char *const sup[] = {"DEU", "FRA", NULL};
	static const char *const rec[] = {"CHL", "CHL", NULL};
	expect_deals("Spain has helped Chile in modernising both its Leopard 2 main battle tanks "
		     "acquired from Germany and the old Scorpene submarines purchased from France.",
		     2, sup, rec);
	expect_deal("Sweden assisted Peru with the refit of their ageing F-16 multirole fighter "
		    "jets bought from the United States.",
		    1, "USA", "PER");
	/* the owner is the subject itself */
	expect_deal("Chile has recently modernised all of its Leopard 2 main battle tanks "
		    "acquired from Germany.",
		    1, "DEU", "CHL");
}
