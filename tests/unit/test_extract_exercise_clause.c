/*
 * test_extract_exercise_clause.c - "as", "while" or "whereas" before a
 * state that opens a clause of its own parts the sentence: the parties of
 * a drill are the states of its own clause. Every sentence here was
 * written for these tests.
 */
#include "extract_harness.h"

static int parties_are(const char *text, const char *a, const char *b)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	int ok = f && f->nparticipants == 2 && takes_part(f, a) && takes_part(f, b);
	ent_fact_list_free(l);
	return ok;
}

TEST(extract_exercise_clause__the_drill_has_the_parties_of_its_clause)
{
	CHECK(parties_are("Spain announced the sale of radars to Peru as Chile launched naval "
			  "drills with its ally Argentina.",
			  "CHL", "ARG"));
	CHECK(parties_are("Chile held joint drills with Argentina while Peru bought radars from "
			  "Spain.",
			  "CHL", "ARG"));
}

TEST(extract_exercise_clause__such_as_and_as_well_as_part_nothing)
{
	CHECK(parties_are("Navies such as Chile held joint drills with Argentina.", "CHL", "ARG"));
	CHECK(parties_are("Chile as well as Argentina held joint naval drills.", "CHL", "ARG"));
}
