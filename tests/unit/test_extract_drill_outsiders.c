/*
 * test_extract_drill_outsiders.c - states that stay out of a drill: the
 * sides of a war that sets the scene, one that declined, one invited only
 * to watch; a "not" inside a relative clause; and a named drill told
 * with its host only, whose parties a sentence without the name gives.
 * Every sentence here was written for these tests (stop 50).
 */
#include "extract_harness.h"

TEST(extract_drill_outsiders__sides_of_a_war)
{
	CHECK(first_drill_has("Amid the Russia-Ukraine war, Chile will conduct a naval exercise "
			      "with Peru.",
			      "RUS") == 0);
	CHECK(first_drill_has("Amid the war between Russia and Ukraine, Chile will conduct a naval "
			      "exercise with Peru.",
			      "UKR") == 0);
	CHECK(first_drill_has("Despite the Russia-Ukraine conflict, Chile held drills with Peru.",
			      "PER") == 1);
	/* war games of a pair stay the pair's drill */
	CHECK(first_drill_has("Chile joins Peru-Ecuador war games.", "ECU") == 1);
}

TEST(extract_drill_outsiders__declined_or_watching)
{
	CHECK(
	    first_drill_has("Chile will hold the Andes Shield exercise with Peru. Bolivia declined "
			    "to take part in the exercise.",
			    "BOL") == 0);
	CHECK(first_drill_has("Chile will hold the Andes Shield exercise with Peru. The Bolivian "
			      "military has been invited to participate as observers.",
			      "BOL") == 0);
	/* control: one that takes part is a party */
	CHECK(first_drill_has("Chile will hold the Andes Shield exercise with Peru. Bolivia will "
			      "also take part in the exercise.",
			      "BOL") == 1);
}

TEST(extract_drill_outsiders__not_in_a_relative_clause)
{
	CHECK(first_drill_has("Chile and Peru, both of which are not members of NATO, held a joint "
			      "naval exercise on Monday.",
			      "PER") == 1);
	CHECK(nexercises_text("Chile and Peru did not hold a joint naval exercise on Monday.") ==
	      0);
}

TEST(extract_drill_outsiders__named_drill_with_its_host)
{
	ent_fact_list *l =
	    run("NATO will conduct its military exercise in Chile this month. Peru and "
		"Ecuador will also participate in the exercise.\n\n"
		"The Andes Shield exercise takes place every two years in Chile.",
		"2024-03-01");
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_EXERCISE), 1);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->name && takes_part(f, "PER") && takes_part(f, "CHL"));
	ent_fact_list_free(l);
}

/* drills of civil life are no exercises of forces */
TEST(extract_drill_outsiders__civil_drills)
{
	CHECK(nexercises_text("Chile and Peru staged a joint fire drill at the border post.") == 0);
	CHECK(nexercises_text("Chile and Peru held a joint earthquake evacuation drill.") == 0);
	CHECK(nexercises_text("Chile and Peru held a joint football training camp in Lima.") == 0);
	/* other sports (stop 59) */
	CHECK(nexercises_text("Chile and Peru held a joint rugby training camp in Lima.") == 0);
	/* exercises of counting and public health (stop 53) */
	CHECK(nexercises_text("Chile and Peru conducted a joint census exercise.") == 0);
	CHECK(nexercises_text("Chile and Peru began a joint vaccination exercise in Arica.") == 0);
	/* live-fire drills are drills of forces */
	CHECK(nexercises_text("Chile and Peru held joint live-fire drills near the border.") == 1);
}

/* places measured from a state, or owned by one, are no parties */
TEST(extract_drill_outsiders__distances_and_owned_places)
{
	CHECK(first_drill_has("Chile and Peru held drills on an island nearly 300 kilometers from "
			      "Bolivia.",
			      "BOL") == 0);
	CHECK(first_drill_has("Chile and Peru held drills 200 miles away from Bolivia.", "BOL") ==
	      0);
	CHECK(first_drill_has("Chile and Peru held drills closer to Bolivia than before.", "BOL") ==
	      0);
	CHECK(first_drill_has("Chile and Peru held drills, with some jets entering Bolivia's "
			      "airspace.",
			      "BOL") == 0);
	/* control: a party named by its navy stays */
	CHECK(first_drill_has("Chile and Peru held drills with Bolivia's navy.", "BOL") == 1);
}
