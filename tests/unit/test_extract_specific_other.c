/*
 * test_extract_specific_other.c - goods of no listed category but of a
 * kind of their own ("night-vision goggles", "body armour") are a deal of
 * their own beside other goods of the same pair in the document; only a
 * general word for goods ("equipment", "weapons") restates a deal told in
 * detail (extract.c merge_generic). Every sentence here was written for
 * these tests.
 */
#include "extract_harness.h"

TEST(extract_specific_other__goods_of_a_kind_of_their_own_stay_apart)
{
	const char *sup[] = {"SWE", NULL}, *rec[] = {"EST"};
	expect_deals("Estonia will buy three Giraffe radars from Sweden. Estonia also signed a "
		     "contract to buy night-vision goggles from Sweden.",
		     2, sup, rec);
}

TEST(extract_specific_other__a_general_word_restates_the_deal)
{
	expect_deal("Sweden delivered three Giraffe radars to Estonia in 2021. Sweden delivered "
		    "equipment to Estonia in 2021.",
		    1, "SWE", "EST");
}

/* "military products" and "military goods" are general words too: a
 * shipment of them restates the deal of the same pair told with its
 * goods (stop 54). */
TEST(extract_specific_other__military_products_restate_the_deal)
{
	expect_deal("Belarus shipped a batch of military products to the Zambian army in May 2023. "
		    "In addition, Belarusian-made small watercraft were shipped for the Zambian "
		    "navy in 2023.",
		    1, "BLR", "ZMB");
}
