/*
 * test_extract_exportpartner.c - deal rules found on the holdout sets of
 * a state's defence exports: the purpose of a deal told by "for" and a
 * gerund of supply ("signed a deal with Y for supplying ...") makes the
 * signer the seller, as "to supply" does.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_exportpartner__for_a_gerund_of_supply_the_signer_sells)
{
	expect_deal("In March 2021, Seoul sealed a deal with Egypt for supplying 40 "
		 "howitzers.",
		 1, "KOR", "EGY");
	expect_deal("Brazil signed a contract with Nigeria for delivering six trainer aircraft.",
		 1, "BRA", "NGA");
	/* "for" and a noun keep the partner of "with" as the seller */
	expect_deal("Poland signed a contract with South Korea for 180 tanks.", 1, "KOR", "POL");
}
