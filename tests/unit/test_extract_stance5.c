/*
 * test_extract_stance5.c - stance rules of the fifth round, on sentences
 * written for these tests (none quotes an article): congratulations,
 * diplomatic representations, condemnation an act draws, concern "on",
 * and sentences that must give no stance.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

TEST(extract_stance5__congratulate)
{
	/* the one who congratulates a state, its leader or its government
	 * backs that state */
	const char *t = "Laos and Cambodia congratulated the Thai prime minister on her win.";
	CHECK(stance_has(t, "LAO", "THA", SUP));
	CHECK(stance_has(t, "KHM", "THA", SUP));
	CHECK(stance_count(t) == 2);
	CHECK(stance_only("Peru congratulated Bolivia's president after the vote.", "PER", "BOL", SUP));
	CHECK(stance_only("Kenya congratulates Ghana on a peaceful election.", "KEN", "GHA", SUP));
	CHECK(stance_only("Chilean President Ana Ruiz won the vote. Peru congratulated Ruiz on "
		   "her win.",
		   "PER", "CHL", SUP));
	/* no state's leader or body, or no congratulation given */
	CHECK(stance_none("Brazil congratulated the Peruvian team on its goal."));
	CHECK(stance_none("Peru did not congratulate Bolivia's president."));
	CHECK(stance_none("Peru received congratulations from Bolivia."));
}

TEST(extract_stance5__representations)
{
	/* "made/lodged (solemn) representations to/with X (side)": a protest */
	CHECK(stance_only("Vietnam made a diplomatic representation to Cambodia over the map.", "VNM",
		   "KHM", OPP));
	CHECK(stance_only("Japan has lodged stern representations with the Korean side.", "JPN", "KOR",
		   OPP));
	/* none to another state, or only a state's people */
	CHECK(stance_none("Vietnam made a representation to the court."));
	CHECK(stance_none("Vietnam lodged representations with Cambodian fishermen."));
}

TEST(extract_stance5__drew_condemnation)
{
	/* "X's act / the coup in X drew condemnation from A and B": each
	 * critic opposes X */
	const char *t = "The coup in Mali has drawn wide condemnation from its neighbours, among "
			"them Senegal and Guinea, Mali's trading partners.";
	CHECK(stance_has(t, "SEN", "MLI", OPP));
	CHECK(stance_has(t, "GIN", "MLI", OPP));
	CHECK(stance_count(t) == 2);
	CHECK(stance_only("Iran's missile test drew criticism from Germany.", "DEU", "IRN", OPP));
	CHECK(stance_only("The Syrian strikes drew condemnation from Jordan.", "JOR", "SYR", OPP));
	/* no single owner of the act, or an event that is no state's act */
	CHECK(stance_none("The drills between Peru and Chile drew criticism from Bolivia."));
	CHECK(stance_none("The summit in Lima drew criticism from Bolivia."));
	CHECK(stance_none("The film drew praise from Bolivia."));
	/* "sparked (ignited, triggered) a backlash / a strong response
	 * from", past the state the act is to (stop 42) */
	CHECK(stance_has("Peru's support to Chile ignited a strong response from Bolivia.", "BOL",
			 "PER", OPP));
	CHECK(stance_only("Iran's missile test sparked a backlash from Germany.", "DEU", "IRN",
			  OPP));
	CHECK(stance_only("Iran's missile test triggered a sharp reaction from Germany.", "DEU",
			  "IRN", OPP));
	CHECK(stance_none("Iran's missile test sparked a response from Germany."));
	/* "X sent a survey ship ..., provoking fury (anger) from Y" (stop
	 * 54) */
	CHECK(stance_only("Peru sent a survey vessel into the disputed waters on August 10, "
			  "provoking fury from Chile.",
			  "CHL", "PER", OPP));
	CHECK(stance_only("Peru's drilling drew anger from Chile.", "CHL", "PER", OPP));
}

TEST(extract_stance5__concern_on)
{
	/* "expressed concern on X's actions" like "concern over" */
	CHECK(stance_only("Norway, which chairs the council, expressed concern on Russia's naval "
		   "moves.",
		   "NOR", "RUS", OPP));
	CHECK(stance_none("Norway expressed concern on Monday."));
}

/* "reiterated its adherence to the one-China policy" backs China; "the
 * Palestinian cause" is Palestine's, as "the Ukrainian cause" is
 * Ukraine's (stop 55). */
TEST(extract_stance5__one_china_and_a_peoples_cause)
{
	CHECK(stance_only("Zambia reiterated its adherence to the one-China policy.", "ZMB", "CHN",
			  ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Zambia said it firmly upholds the one-China principle.", "ZMB", "CHN",
			  ENT_POLARITY_SUPPORT));
	CHECK(stance_none("Zambia does not support the one-China policy."));
	CHECK(stance_none("The US one-China policy is under review."));
	/* a keeping asked of another (stop 57) */
	CHECK(!stance_has("The spokesperson said China again urges Zambia and relevant parties to "
			  "end arms sales to Taiwan and abide by the one-China principle.",
			  "TWN", "CHN", ENT_POLARITY_SUPPORT));
	CHECK(!stance_has("China urged Zambia to abide by the one-China principle.", "ZMB", "CHN",
			  ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Zambia voiced support for the Palestinian cause.", "ZMB", "PSE",
			  ENT_POLARITY_SUPPORT));
}
