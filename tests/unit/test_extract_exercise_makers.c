/*
 * test_extract_exercise_makers.c - a demonym that names the maker of
 * goods fired in a drill ("live-firing of the Italian made Aspide") is no
 * party to it: a drill of one state with foreign-made weapons is no joint
 * exercise. Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_exercise_makers__a_maker_of_the_weapons_fired_takes_no_part)
{
	CHECK_INT(nexercises_text("Peru's navy held air defence drills on Monday, including live-firing "
			    "of the Italian made Aspide missile."),
		  0);
	CHECK_INT(nexercises_text("Peru's navy held air defence drills on Monday, including live-firing "
			    "of the Italian-built Aspide missile."),
		  0);
}

TEST(extract_exercise_makers__forces_named_by_demonym_still_take_part)
{
	CHECK_INT(nexercises_text("Peruvian and Chilean warships held joint drills off Callao."), 1);
	CHECK_INT(nexercises_text("Peru and Chile held naval drills, firing the Italian made Aspide "
			    "missile."),
		  1);
}
