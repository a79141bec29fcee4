/*
 * test_extract_accusation.c - stance rules of the eighteenth round (the
 * accusation, gratitude, concern and victim categories of the holdout
 * analysis), on sentences written for these tests (none quotes an
 * article).
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

TEST(extract_accusation__thanked_list_for_gift)
{
	/* two states thanked for an act of giving: each is backed */
	CHECK(stance_has("Kenya thanked Canada and Japan for the new aid package.", "KEN", "CAN",
			 SUP));
	CHECK(stance_has("Kenya thanked Canada and Japan for the new aid package.", "KEN", "JPN",
			 SUP));
	/* a person named before the state thanked with them */
	CHECK(stance_only("Ghana thanked Rossi and the Netherlands for the donation.", "GHA", "NLD",
			  SUP));
	/* no act of giving: no stance from the thanks */
	CHECK(stance_none("Kenya thanked Canada and Japan for the dinner."));
	/* "the" before the first state thanked */
	CHECK(stance_only("Kenya thanked the U.K. for the new aid package.", "KEN", "GBR", SUP));
	CHECK(stance_only("Kenya thanked the United States on Twitter for making decisions that "
			  "strengthen its army.",
			  "KEN", "USA", SUP));
	/* a state thanked before ", saying ..." (stop 61) */
	CHECK(stance_only("Ghana's defence ministry thanked the U.K., saying the boats would help "
			  "its navy.",
			  "GHA", "GBR", SUP));
	CHECK(stance_none("Ghana's defence ministry did not thank the U.K., saying the boats were "
			  "late."));
}

TEST(extract_accusation__call_to_comply)
{
	/* told to give up an act, or to keep to a rule it is said to break */
	CHECK(stance_only("Peru urged Chile to renounce its hostile actions.", "PER", "CHL", OPP));
	CHECK(stance_only("Kenya urged Uganda to \"revoke\" the border decree.", "KEN", "UGA",
			  OPP));
	CHECK(stance_only("Ghana urged Togo to abide by the fishing treaty.", "GHA", "TGO", OPP));
	CHECK(stance_only("Peru said it was deeply worried and urged the U.S. to stick to the old "
			  "accord.",
			  "PER", "USA", OPP));
	/* negated or asked of no state: no stance */
	CHECK(stance_none("Peru did not urge Chile to renounce the treaty."));
	CHECK(stance_none("Peru urged both sides to adhere to the truce."));
}

TEST(extract_accusation__veto_of_owner)
{
	/* the motion's owner named before it */
	CHECK(stance_only("Peru vetoed a Chilean resolution on the river.", "PER", "CHL", OPP));
	CHECK(stance_only("Kenya vetoed the Ugandan-drafted resolution.", "KEN", "UGA", OPP));
	/* "the resolution": the state whose bid opens the sentence before */
	CHECK(stance_has("A Ghana bid to censure the junta failed on Friday. Togo and Benin "
			 "vetoed the resolution.",
			 "TGO", "GHA", OPP));
	CHECK(stance_has("A Ghana bid to censure the junta failed on Friday. Togo and Benin "
			 "vetoed the resolution.",
			 "BEN", "GHA", OPP));
	/* no owner named: no stance */
	CHECK(stance_none("Peru vetoed the resolution."));
	CHECK(stance_none("The talks stalled on Friday. Peru vetoed the resolution."));
}

TEST(extract_accusation__implicated_in_and_passive_accusations)
{
	/* "implicated Y in" accuses Y (stop 63) */
	CHECK(stance_only("Kenya implicated Uganda in facilitating the transfer of weapons to the "
			  "rebels.",
			  "KEN", "UGA", OPP));
	CHECK(stance_only("Uganda was implicated by Kenya in the transfer of weapons.", "KEN",
			  "UGA", OPP));
	/* the subject of a passive accusation accuses nobody of what its
	 * object names */
	CHECK(stance_none("Uganda was implicated in the transfer of weapons to Kenya."));
	CHECK(stance_none("Uganda was accused of the transfer of weapons to Kenya."));
	CHECK(stance_none("Uganda was strongly criticized for the sale of jets to Kenya."));
	/* "is opposed to" is active */
	CHECK(stance_only("Uganda is opposed to the sale of jets to Kenya.", "UGA", "KEN", OPP));
}

TEST(extract_accusation__cautioned_about_joining)
{
	/* "cautioned Y about (against)" warns Y (stop 63) */
	CHECK(stance_has("Chile has frequently cautioned Peru and Ghana about joining the pact.",
			 "CHL", "GHA", OPP));
	CHECK(stance_only("Peru was cautioned by Chile against escalation.", "CHL", "PER", OPP));
	CHECK(stance_none("Analysts cautioned that Chile could attack Peru."));
}
