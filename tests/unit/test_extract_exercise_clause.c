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

TEST(extract_exercise_clause__a_drill_after_after_is_another_one)
{
	ent_fact_list *l = run("Peru and Chile held drills after Bolivia and Ecuador held "
			       "exercises.",
			       NULL);
	CHECK_INT(l ? count(l, ENT_FACT_EXERCISE) : 0, 2);
	ent_fact_list_free(l);
	/* no drill after "after": one drill */
	CHECK(parties_are("Peru and Chile held joint drills after talks on Monday.", "PER", "CHL"));
}

TEST(extract_exercise_clause__the_states_after_by_are_the_parties)
{
	CHECK(parties_are("The Peruvian army held drills near the border last week after Lima's "
			  "complaints and previous military exercises by Chile and Bolivia in the "
			  "area.",
			  "CHL", "BOL"));
}

TEST(extract_exercise_clause__earlier_drills_of_other_parties_stay_apart)
{
	ent_fact_list *l = run("The Condor Shield-2021 drill will take place with the "
			       "participation of Chile and Bolivia in Arica. This follows earlier "
			       "military drills by Chile, Peru and Bolivia in September.",
			       NULL);
	CHECK_INT(l ? count(l, ENT_FACT_EXERCISE) : 0, 2);
	ent_fact_list_free(l);
}
