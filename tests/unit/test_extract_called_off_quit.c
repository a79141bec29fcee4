/*
 * test_extract_called_off_quit.c - a sentence whose subject is a deal
 * called off ("The sale of jets to Y by X was cancelled") tells no deal;
 * a state that pulled out of (withdrew from, boycotted) a drill takes no
 * part in it.
 * Every sentence here was written for these tests (stop 49).
 */
#include "extract_harness.h"

TEST(extract_called_off_quit__a_deal_called_off)
{
	expect_no_transfer("The sale of jets to Peru by Norway was cancelled.");
	expect_no_transfer("The sale of jets to Peru by Norway was called off.");
	/* control: a sale approved is one */
	expect_deal("The sale of jets to Peru by Norway was approved.", 1, "NOR", "PER");
}

TEST(extract_called_off_quit__a_state_that_quits_a_drill)
{
	CHECK_INT((int)nexercises_text("Norway pulled out of the joint drills with Peru."), 0);
	CHECK_INT(first_drill_has("Norway withdrew from the joint drills with Peru and Chile.",
				  "NOR"),
		  0);
	/* control: withdrawing from elsewhere, after the drill */
	CHECK_INT(first_drill_has("Norway held joint drills with Peru after it withdrew from "
				  "Syria.",
				  "NOR"),
		  1);
}
