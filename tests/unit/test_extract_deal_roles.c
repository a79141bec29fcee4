/*
 * test_extract_deal_roles.c - supply ties stated without a verb of
 * transfer: goods "made" by a chain of makers ("the Korean-Italian made
 * jets") that a state flies or operates, and goods of a foreign make that
 * a state owns ("its Korean-made jets", "Peru's Italian-built frigates").
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_deal_roles__holdings_made_by_a_chain_of_makers)
{
	const char *sup[] = {"KOR", NULL}, *rec[] = {"PER", NULL};
	const char *sup2[] = {"ITA", NULL};
	expect_deals("Peru also flies the Korean-Italian made trainer jets.", 1, sup, rec);
	expect_deals("Peru also flies the Korean-Italian made trainer jets.", 1, sup2, rec);
	expect_deal("Chile operates Swedish-Finnish built patrol boats.", 1, "SWE", "CHL");
	/* no holding verb: no tie */
	expect_deal("Engineers showed the Korean-Italian made trainer jets.", 0, NULL, NULL);
}

TEST(extract_deal_roles__goods_of_a_foreign_make_that_a_state_owns)
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

TEST(extract_deal_roles__a_state_that_operates_the_type_named_before)
{
	expect_deal("The Gripen is a light single-engine fighter. It first flew in 1988. Chile "
		    "also operates the type.",
		    1, "SWE", "CHL");
	/* no system named before */
	expect_deal("Chile also operates the type.", 0, NULL, NULL);
	/* "the type of": no anaphor */
	expect_deal("The Gripen is a light fighter. Chile operates the type of radar it needs.", 0,
		    NULL, NULL);
	/* the maker itself */
	expect_deal("The Gripen is a light fighter. Sweden also operates the type.", 0, NULL,
		    NULL);
}

TEST(extract_deal_roles__a_place_before_a_participle_of_supply_is_no_seller)
{
	expect_deal("Two transport planes landed in Lima on Friday, delivering Korean air defence "
		    "systems to Peru.",
		    1, "KOR", "PER");
	expect_deal("A cargo ship docked at Santiago, supplying Swedish patrol boats to Chile.", 1,
		    "SWE", "CHL");
	/* a finite verb after the place keeps its subject */
	expect_deal("Sweden, which has a plant in Lima, delivered air defence systems to Chile.", 1,
		    "SWE", "CHL");
}
