/*
 * test_extract_gulf.c - stance rules of the Gulf-diplomacy round, on
 * sentences written for these tests (none quotes an article): "stood
 * firmly by Y", and sentences that must give no stance.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

TEST(extract_gulf__stood_adverb_by)
{
	CHECK(stance_only("Brazil has stood firmly by Cuba since the crisis began.", "BRA", "CUB",
			  SUP));
	CHECK(stance_only("Kenya stands squarely with Uganda in the dispute.", "KEN", "UGA", SUP));
	/* negated: no stance */
	CHECK(stance_none("Brazil has not stood firmly by Cuba."));
}
