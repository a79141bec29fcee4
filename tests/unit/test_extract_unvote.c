/*
 * test_extract_unvote.c - stances from votes in UN bodies, on sentences
 * written for these tests (none quotes an article): "A and B joined Y in
 * opposing the measure" sides A and B with Y; "A vetoed a resolution
 * sponsored by Y" opposes Y; "A spoke in Y's defense" backs Y; "A voted in
 * favour of Y's membership" backs Y; sanctions in a vetoed motion are its
 * sponsor's, not the voter's.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE
#define SUP ENT_POLARITY_SUPPORT

TEST(extract_unvote__joined_in_opposing)
{
	CHECK(stance_has("Only Laos and Cuba joined Vietnam in opposing the motion.", "LAO", "VNM",
			 SUP));
	CHECK(stance_has("Only Laos and Cuba joined Vietnam in opposing the motion.", "CUB", "VNM",
			 SUP));
	CHECK(stance_only("Peru joined Chile in rejecting the draft on Tuesday.", "PER", "CHL", SUP));
	CHECK(stance_none("Peru did not join Chile in opposing the motion."));
}

TEST(extract_unvote__veto_of_sponsor)
{
	CHECK(stance_only("Kenya vetoed a resolution sponsored by Ghana on Monday.", "KEN", "GHA",
			  OPP));
	CHECK(stance_has("Peru and Chile vetoed a council resolution drafted by Bolivia.", "CHL",
			 "BOL", OPP));
	CHECK(stance_has("Peru and Chile vetoed a council resolution drafted by Bolivia.", "PER",
			 "BOL", OPP));
	/* no sponsor named: no stance */
	CHECK(stance_none("Kenya vetoed the resolution on Monday."));
}

TEST(extract_unvote__spoke_in_defence)
{
	CHECK(stance_only("On Monday Cuba spoke in Venezuela's defense at the assembly.", "CUB",
			  "VEN", SUP));
	CHECK(stance_only("Laos came to the defence of Vietnam in the debate.", "LAO", "VNM", SUP));
	CHECK(stance_none("Peru did not come to Chile's defense."));
}

TEST(extract_unvote__voted_for_bid)
{
	CHECK(stance_only("Hungary's parliament voted in favour of Sweden's membership on Monday.",
			  "HUN", "SWE", SUP));
	CHECK(stance_only("Greece voted against Turkey's accession.", "GRC", "TUR", OPP));
	CHECK(stance_none("Greece did not vote for Turkey's membership."));
}

TEST(extract_unvote__sanctions_voted_down)
{
	/* the voters block the sanctions: no stance of theirs toward Z */
	CHECK(stance_none("Peru and Chile vetoed a resolution that would have imposed new sanctions "
			  "on Bolivia."));
	CHECK(stance_only("Kenya imposed new sanctions on Uganda.", "KEN", "UGA", OPP));
}

TEST(extract_unvote__sanctions_of_sponsor)
{
	/* the sponsor of the vetoed motion is the one that imposes */
	CHECK(stance_has("Peru vetoed a resolution sponsored by Chile that would have imposed "
			 "sanctions on Bolivia.",
			 "CHL", "BOL", OPP));
}
