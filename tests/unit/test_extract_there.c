/*
 * test_extract_there.c - "there" after goods a verb of supply moves ("the
 * war in Ukraine ... has sent HIMARS systems there") is the state the
 * sentence names before the verb as a place (frames.c there_place); found
 * on the pooled holdout while working on set ah.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_there__there_after_goods_is_the_place_named_before)
{
	expect_deal("Because of the fighting in Georgia, Turkey has already sent armoured vehicles "
		    "there from its own stocks.",
		    1, "TUR", "GEO");
	expect_deal("Since the flooding began in Chile, Peru has delivered six helicopters there.",
		    1, "PER", "CHL");
}

TEST(extract_there__no_place_no_goods_no_there)
{
	/* troops are no goods */
	expect_deal("Because of the fighting in Georgia, Turkey has sent troops there.", 0, NULL,
		    NULL);
	/* no state named as a place */
	expect_deal("Georgia is at war, and Turkey has sent armoured vehicles there.", 0, NULL,
		    NULL);
	/* "there" of "there were" */
	expect_deal("Because of the fighting in Georgia, Turkey sent armoured vehicles, and there "
		    "were protests.",
		    0, NULL, NULL);
}
