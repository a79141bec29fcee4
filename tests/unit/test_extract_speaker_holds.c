/*
 * test_extract_speaker_holds.c - a state that says it holds (will hold,
 * has invited others to) a drill is a party of it, not only its speaker;
 * a state that speaks of a drill past an apposition or a word of time
 * ("Chile, a Pacific state, urged ...", "Chile on Monday urged ...") is
 * no party of it.
 * Every sentence here was written for these tests (stop 49).
 */
#include "extract_harness.h"

TEST(extract_speaker_holds__says_it_holds_the_drill)
{
	CHECK_INT(first_drill_has("Chile said it will hold joint drills with Peru.", "CHL"), 1);
	CHECK_INT(first_drill_has("Chile on Monday said it held joint drills with Peru.", "CHL"), 1);
	CHECK_INT(first_drill_has("Chile's defence ministry said it held joint drills with Peru.", "CHL"),
		  1);
	CHECK_INT(first_drill_has("The Chilean government said it held joint drills with Peru.",
				  "CHL"),
		  1);
	CHECK_INT(first_drill_has("Chilean officials said they would hold joint drills with Peru.",
			    "CHL"),
		  1);
	CHECK_INT(first_drill_has("Chile said it has invited Peru to participate in the annual Cobra "
			    "Gold exercises with the US.",
			    "CHL"),
		  1);
	/* control: a speaker of others' drill */
	CHECK_INT(first_drill_has("Chilean officials said Peru held drills with Bolivia.", "CHL"), 0);
	CHECK(first_drill_has("Chile said it was concerned about the drills between Peru and Bolivia.",
			"CHL") != 1);
}

TEST(extract_speaker_holds__a_speaker_past_apposition_and_time)
{
	CHECK_INT((int)nexercises_text("Chile on Monday urged Peru to stop its drills."), 0);
	CHECK_INT((int)nexercises_text("Chile, a Pacific state, urged Peru to stop its drills."),
		  0);
	/* control: the words alone */
	CHECK_INT((int)nexercises_text("Chile urged Peru to stop its drills."), 0);
}
