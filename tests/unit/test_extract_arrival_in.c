/*
 * test_extract_arrival_in.c - deal rules found on the holdout sets: with no
 * state before a noun of arrival, "the arrival of GOODS in X" names X as
 * the state that receives the goods (their maker sells them), not a state
 * named later in the sentence.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_arrival_in__the_state_goods_arrive_in_receives_them)
{
	expect_deal("The arrival of the Su-30 fighter jets in Laos comes amid rising tensions "
		    "with the United States.",
		    1, "RUS", "LAO");
	expect_deal("The arrivals of four Rafale jets in Greece were watched closely in "
		    "Turkey.",
		    1, "FRA", "GRC");
}

TEST(extract_arrival_in__only_right_after_arrival_of)
{
	/* a state before the noun still buys */
	expect_deal("Serbia welcomed the arrival of six Rafale jets in Belgrade.", 1, "FRA", "SRB");
}
