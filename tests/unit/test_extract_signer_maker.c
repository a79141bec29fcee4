/*
 * test_extract_signer_maker.c - deal rules found on the holdout sets: in
 * "X signed an agreement with Y on (for) the supply of GOODS" the partner
 * of "with" sells, unless the goods are of X's own make (weapons.tsv
 * origin): then X sells and Y buys.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_signer_maker__the_signer_whose_make_the_goods_are_sells)
{
	expect_deal("Russia signed an agreement with Egypt on the supply of 24 Su-35 fighters.",
		    1, "RUS", "EGY");
	expect_deal("France signed a contract with Croatia for the delivery of twelve Rafale "
		    "jets.",
		    1, "FRA", "HRV");
}

TEST(extract_signer_maker__otherwise_the_partner_of_with_sells)
{
	expect_deal("Armenia signed a contract with India for the delivery of Su-30 jets.", 1,
		    "IND", "ARM");
}
