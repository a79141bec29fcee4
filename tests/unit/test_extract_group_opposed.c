/*
 * test_extract_group_opposed.c - "opposed to Y" after a plural noun of
 * groups is those groups' stance, not the subject's, on sentences written
 * for these tests (none quotes an article).
 */
#include "extract_harness.h"

TEST(extract_group_opposed__not_the_subject)
{
	CHECK(stance_none("Kenya often calls the militias and countries opposed to Uganda a front."));
	CHECK(stance_none("Kenya backs groups opposed to Uganda."));
	CHECK(stance_only("Kenya is opposed to Uganda.", "KEN", "UGA", ENT_POLARITY_OPPOSE));
}
