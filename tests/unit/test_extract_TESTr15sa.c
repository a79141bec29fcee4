/*
 * test_extract_TESTr15sa.c - stance rules for concern at another state's
 * act, on sentences written for these tests (none quotes an article): the
 * agent of a deployment named as a demonym with its forces ("the build-up
 * of Fooish troops"), and sentences that must give no stance.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_r15sa__deployment_of_forces)
{
	CHECK(stance_only("Peru was alarmed by the build-up of Bolivian troops near the border.",
			  "PER", "BOL", OPP));
	CHECK(stance_only("Ghana voiced concern over the deployment of Togolese warships in the gulf.",
			  "GHA", "TGO", OPP));
	CHECK(stance_only("Kenya condemned the massing of Ugandan forces on the frontier.", "KEN",
			  "UGA", OPP));
	/* the one harassed, not a deployment: no agent */
	CHECK(stance_none("Peru voiced concern over the harassment of Bolivian troops."));
	/* withdrawing is no deployment */
	CHECK(stance_none("Ghana voiced concern over the withdrawal of Togolese troops."));
}
