/*
 * test_extract_naval.c - multinational naval and air drills and their
 * lists of parties, on sentences written for these tests (none quotes an
 * article): "wargame", "are participating in the exercise", a setting
 * phrase ("against the backdrop of ...") that runs over commas, "The
 * participants were X, Y", and a list far after the one drill of a text.
 */
#include "extract_harness.h"

/* The number of parties of the first exercise, -1 when there is none. */
static int nparties(const ent_fact_list *l)
{
	const ent_fact *f = first(l, ENT_FACT_EXERCISE);
	return f ? (int)f->nparticipants : -1;
}

/* "a naval wargame" is a drill word like "wargames". */
TEST(extract_naval__wargame)
{
	ent_fact_list *l = run("Peru and Chile held a naval wargame off the coast on Monday.",
			       "2024-05-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 2 && takes_part(f, "PER") && takes_part(f, "CHL"));
	ent_fact_list_free(l);
}

/* "Ships from X and Y are participating (taking part) in the exercise" adds
 * X and Y to the drill told before, like "took part in". */
TEST(extract_naval__participating_in_the_exercise)
{
	ent_fact_list *l = run("Exercise Coral Tide opened off the islands on Monday. Ships from "
			       "Fiji, Tonga and Samoa are participating in the exercise.",
			       "2024-05-01");
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 3 && takes_part(f, "FJI") && takes_part(f, "WSM"));
	ent_fact_list_free(l);
	l = run("Kenya and Uganda began a joint naval drill on the lake on Monday. Boats from "
		"Rwanda are taking part in the drill.",
		"2024-05-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1 && nparties(l) == 3);
	ent_fact_list_free(l);
}

/* A setting phrase after the drill word holds every state after it, over
 * commas; a word that brings in partners ends it. */
TEST(extract_naval__backdrop_over_commas)
{
	ent_fact_list *l = run("Ghana and Togo held a joint naval exercise against the backdrop of "
			       "a fuel crisis in Benin, strikes in Niger, and Mali's coup.",
			       "2024-05-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 2 && takes_part(f, "GHA") && takes_part(f, "TGO"));
	ent_fact_list_free(l);
	l = run("Ghana held a joint naval exercise amid a fuel crisis, with Togo and Benin.",
		"2024-05-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "TGO") && takes_part(f, "BEN"));
	ent_fact_list_free(l);
}

/* "The participants were X, Y and Z" lists parties of the drill before. */
TEST(extract_naval__the_participants_were)
{
	ent_fact_list *l = run("Kenya and Tanzania began the Southern Reef naval exercise on "
			       "Monday. The participants were Kenya, Tanzania, Mozambique and "
			       "Comoros.",
			       "2024-05-01");
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 4 && takes_part(f, "MOZ") && takes_part(f, "COM"));
	ent_fact_list_free(l);
}

/* In a text of one drill that goes on speaking of it (a drill word every
 * three sentences at most), "the exercise" or "The participants were" far
 * after it still lists its parties; not when two drills were told, nor
 * after sentences about other things. */
TEST(extract_naval__list_far_after_the_only_drill)
{
	static const char *body = "The drill will run for ten days. Crews will practise boarding "
				  "at night. Helicopters will fly from the decks during the "
				  "exercise. Divers will clear practice mines. The event also "
				  "holds a seminar. Officers spoke on the first day. Cooks held "
				  "a contest. ";
	char text[1024];
	ent_fact_list *l;
	snprintf(text, sizeof text,
		 "Kenya and Tanzania began the Southern Reef naval exercise on Monday. %sShips "
		 "from Mozambique and Comoros are also taking part in the exercise.",
		 body);
	l = run(text, "2024-05-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1 && nparties(l) == 4);
	ent_fact_list_free(l);
	snprintf(text, sizeof text,
		 "Kenya and Tanzania began the Southern Reef naval exercise on Monday. %sThe "
		 "participants were Kenya, Tanzania, Mozambique and Comoros.",
		 body);
	l = run(text, "2024-05-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1 && nparties(l) == 4);
	ent_fact_list_free(l);
	/* two drills told: the far list is not given to either */
	snprintf(text, sizeof text,
		 "Kenya and Tanzania began the Southern Reef naval exercise on Monday. Egypt and "
		 "Sudan held the Nile Shield air drills in May. %sThe participants were Kenya, "
		 "Tanzania, Mozambique and Comoros.",
		 body);
	l = run(text, "2024-05-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 2 && nparties(l) == 2);
	ent_fact_list_free(l);
	l = run("Kenya and Tanzania began the Southern Reef naval exercise on Monday. Fuel prices "
		"rose. The rains came early. Schools closed. The port reopened. The participants "
		"were Kenya, Tanzania, Mozambique and Comoros.",
		"2024-05-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1 && nparties(l) == 2);
	ent_fact_list_free(l);
}

/* A drill reported again under its name, once with other punctuation
 * ("Desert Kite 2024", "Desert Kite - 2024"), is still the text's only
 * drill: a list far after its last report adds to it. */
TEST(extract_naval__one_drill_reported_under_its_name_twice)
{
	static const char *text =
		"A Kenyan Air Force squadron has landed in Egypt to join the air exercise Desert "
		"Kite 2024.\n\nThe Egyptian Air Force is hosting the drill.\n\nIn a statement, "
		"the Kenyan air force said its contingent, with six fighter jets and ground crews, "
		"arrived to take part in the exercise Desert Kite \xe2\x80\x93 2024.\n\nThe "
		"exercise is one of the largest air drills in Africa.\n\nOfficials "
		"said the drills would test night flying.\n\nIn Desert Kite 2024, crews will fly "
		"mock strikes.\n\nGhana, Nigeria and Morocco are also taking part in the fifth "
		"edition of the exercise.";
	ent_fact_list *l = run(text, "2024-05-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "KEN") && takes_part(f, "GHA") && takes_part(f, "MAR") &&
	      takes_part(f, "NGA"));
	ent_fact_list_free(l);
}

/* A quoted name after a word of an occasion ("on the occasion of X's
 * 'Navy Day'", "to mark 'Unity Day'") is the day the drill marks, not the
 * drill's name. */
TEST(extract_naval__quoted_occasion_is_no_name)
{
	ent_fact_list *l = run("Peru and Chile held a joint naval drill on the occasion of Peru's "
			       "'Navy Day' on Friday.",
			       "2024-05-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && !f->name && f->nparticipants == 2);
	ent_fact_list_free(l);
	l = run("Ghana and Togo held a joint drill to mark 'Unity Day' in the capital.",
		"2024-05-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && !f->name && f->nparticipants == 2);
	ent_fact_list_free(l);
	/* a quoted name of the drill itself stays */
	l = run("Ghana and Togo held a joint drill called 'Gulf Star' in the capital.",
		"2024-05-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->name && !strcmp(f->name, "Gulf Star"));
	ent_fact_list_free(l);
}

/* "a partnership (relationship) that includes military exercises" tells
 * drills in general, none held; not when a year dates one. */
TEST(extract_naval__partnership_that_includes_drills)
{
	ent_fact_list *l = run("Peru and Chile have built a close partnership that includes "
			       "military training exercises and officer exchanges.",
			       "2024-05-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	l = run("Peru and Chile have built a close partnership that includes joint naval drills "
		"held in 2019.",
		"2024-05-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	ent_fact_list_free(l);
}
