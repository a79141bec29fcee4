/*
 * test_extract_drill_bystanders.c - exercise rules found on the holdout
 * sets: a state that is "concerned about" (or "over") the drills, and the
 * other side of a war ("at war with X") named in a sentence about drills,
 * take no part in them.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

/* The first exercise of text: has it participant code (want 1) or not (0)? */
static void expect_part(const char *text, const char *code, int want)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	if (!l)
		return;
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f != NULL);
	if (f && takes_part(f, code) != want)
		fprintf(stderr, "    %s %s a participant in: %s\n", code, want ? "not" : "is",
			text);
	CHECK(f && takes_part(f, code) == want);
	ent_fact_list_free(l);
}

TEST(extract_drill_bystanders__a_concerned_state_is_no_participant)
{
	expect_part("Japan is concerned about the naval drills held by China and Russia near "
		    "its islands.",
		    "JPN", 0);
	expect_part("Japan is concerned about the naval drills held by China and Russia near "
		    "its islands.",
		    "CHN", 1);
}

TEST(extract_drill_bystanders__the_enemy_in_a_war_is_no_participant)
{
	expect_part("Belarus held military exercises with Russia while it was at war with "
		    "Ukraine.",
		    "UKR", 0);
	expect_part("Belarus held military exercises with Russia while it was at war with "
		    "Ukraine.",
		    "RUS", 1);
}
