/*
 * test_extract_exercise_makers.c - a demonym that names the maker of
 * goods fired in a drill ("live-firing of the Italian made Aspide") is no
 * party to it: a drill of one state with foreign-made weapons is no joint
 * exercise. Every sentence here was written for these tests.
 */
#include "extract_harness.h"

static size_t exercises(const char *text)
{
	ent_fact_list *l = run(text, NULL);
	size_t n = l ? count(l, ENT_FACT_EXERCISE) : 0;
	ent_fact_list_free(l);
	return n;
}

TEST(extract_exercise_makers__a_maker_of_the_weapons_fired_takes_no_part)
{
	CHECK_INT(exercises("Peru's navy held air defence drills on Monday, including live-firing "
			    "of the Italian made Aspide missile."),
		  0);
	CHECK_INT(exercises("Peru's navy held air defence drills on Monday, including live-firing "
			    "of the Italian-built Aspide missile."),
		  0);
}

TEST(extract_exercise_makers__forces_named_by_demonym_still_take_part)
{
	CHECK_INT(exercises("Peruvian and Chilean warships held joint drills off Callao."), 1);
	CHECK_INT(exercises("Peru and Chile held naval drills, firing the Italian made Aspide "
			    "missile."),
		  1);
}
