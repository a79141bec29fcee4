/*
 * test_extract_drill_reach.c - how far a drill reaches for parties told
 * later ("France and Bahrain will also be participating" after a sentence
 * that speaks of "such a multilateral exercise" again), an unnamed drill
 * that the next sentence names, and quoted names with small words ("code
 * named 'Defenders of Friendship 2016'").  Every sentence here was written for
 * these tests.
 */
#include "extract_harness.h"

#include <string.h>

static const ent_fact *the_exercise(const ent_fact_list *l)
{
	return l && count(l, ENT_FACT_EXERCISE) == 1 ? first(l, ENT_FACT_EXERCISE) : NULL;
}

TEST(extract_drill_reach__a_drill_spoken_of_again_reaches_further)
{
	static const char *const text =
		"Indian jets will take off for the UAE to take part in the Desert Flag exercise.\n\n"
		"This will be the first time the Indian Air Force takes part in such a multilateral "
		"exercise in the Gulf. The air force has flown Jaguars and Rafales for years. India "
		"also wants to sell missiles abroad. France and Bahrain will also be participating.";
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = the_exercise(l);
	CHECK(f != NULL);
	CHECK(takes_part(f, "IND") && takes_part(f, "ARE"));
	CHECK(takes_part(f, "FRA") && takes_part(f, "BHR"));
	ent_fact_list_free(l);
	/* with no word of the drill again, the list is out of reach */
	l = run("Indian jets will take off for the UAE to take part in the Desert Flag exercise.\n\n"
		"The air force has flown Jaguars for years. It has flown Rafales since 2020. India "
		"also wants to sell missiles abroad. France and Bahrain will also be participating.",
		NULL);
	f = the_exercise(l);
	CHECK(f != NULL);
	CHECK(f && !takes_part(f, "FRA"));
	ent_fact_list_free(l);
}

TEST(extract_drill_reach__the_next_sentence_names_an_unnamed_drill)
{
	ent_fact_list *l = run("India is ready to take part in a bilateral air exercise in the UAE. "
			       "Six Indian jets will take off for the UAE to take part in the Desert "
			       "Flag exercise, with France and Bahrain.",
			       NULL);
	const ent_fact *f = the_exercise(l);
	CHECK(f != NULL);
	CHECK(f && f->name && takes_part(f, "IND") && takes_part(f, "FRA"));
	ent_fact_list_free(l);
	/* no party in common: two drills */
	l = run("Peru and Chile held a naval exercise in May. Brazil and Argentina held the Fraterno "
		"exercise in June.",
		NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 2);
	ent_fact_list_free(l);
}

TEST(extract_drill_reach__a_quoted_name_keeps_its_small_words)
{
	static const char *const forms[] = {
		"Russia and Egypt held drills named 'Friendship of the Seas'.",
		"Russia and Egypt are holding joint drills. The drill, code named \xe2\x80\x9c"
		"Defenders of Friendship 2016\xe2\x80\x9d will last until Oct. 26.",
	};
	static const char *const names[] = {"Friendship of the Seas", "Defenders of Friendship 2016"};
	size_t i;
	for (i = 0; i < sizeof forms / sizeof *forms; i++) {
		ent_fact_list *l = run(forms[i], NULL);
		const ent_fact *f = the_exercise(l);
		CHECK(f && f->name && strcmp(f->name, names[i]) == 0);
		if (f && f->name && strcmp(f->name, names[i]) != 0)
			fprintf(stderr, "    name '%s', not '%s'\n", f->name, names[i]);
		ent_fact_list_free(l);
	}
	/* an Arabic article between name words stays in the name */
	{
		ent_fact_list *l = run("Pakistan and the UAE began the joint exercise Nasl al Behr on "
				       "Sunday.",
				       NULL);
		const ent_fact *f = the_exercise(l);
		CHECK(f && f->name && strcmp(f->name, "Nasl al Behr") == 0);
		ent_fact_list_free(l);
	}
	/* unquoted, the small word ends the name */
	{
		ent_fact_list *l = run("Russia and Egypt held drills, dubbed Defenders of Friendship.",
				       NULL);
		const ent_fact *f = the_exercise(l);
		CHECK(f && f->name && strcmp(f->name, "Defenders") == 0);
		ent_fact_list_free(l);
	}
}

TEST(extract_drill_reach__states_of_a_clause_of_time_take_no_part)
{
	static const char *const text =
		"India and Vietnam held a joint naval exercise on Sunday. The joint exercise took "
		"place about a week after Prime Minister Narendra Modi had a virtual summit with "
		"his Vietnam counterpart and handed over a patrol boat to guard its boundary in the "
		"face of China's aggression.";
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = the_exercise(l);
	CHECK(f && takes_part(f, "IND") && takes_part(f, "VNM") && !takes_part(f, "CHN"));
	ent_fact_list_free(l);
	/* a named drill's own clause still names its parties */
	l = run("The Malabar exercise took place after Japan joined India and the United States.",
		NULL);
	f = the_exercise(l);
	CHECK(f && takes_part(f, "JPN"));
	ent_fact_list_free(l);
}

TEST(extract_drill_reach__the_three_nations_of_a_drill_told_just_before)
{
	static const char *const text =
		"China warned the Philippines after the Philippines completed joint maritime "
		"exercises with Japan and the United States.\n\n"
		"The maritime activity was held off Zambales, the second this month involving the "
		"three nations, and included drills such as anti-submarine warfare.";
	ent_fact_list *l = run(text, NULL);
	size_t i;
	int china = 0;
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_EXERCISE && takes_part(&l->v[i], "CHN"))
			china = 1;
	CHECK(l && count(l, ENT_FACT_EXERCISE) >= 1);
	CHECK(!china);
	ent_fact_list_free(l);
}

TEST(extract_drill_reach__a_headline_preposition_names_no_drill)
{
	ent_fact_list *l = run("Military Exercise Between Mozambique, China and Tanzania Under Way",
			       NULL);
	const ent_fact *f = the_exercise(l);
	CHECK(f && !f->name && takes_part(f, "MOZ") && takes_part(f, "CHN") &&
	      takes_part(f, "TZA"));
	ent_fact_list_free(l);
	l = run("Algeria, Russia Kick Off Military Exercises Near Border with Morocco", NULL);
	f = the_exercise(l);
	CHECK(f && !f->name && takes_part(f, "DZA") && takes_part(f, "RUS"));
	ent_fact_list_free(l);
	l = run("Former Algerian-Russian maneuvers in the Mediterranean.", NULL);
	f = the_exercise(l);
	CHECK(!f || !f->name);
	ent_fact_list_free(l);
	/* "X marks the fourth exercise between A and B" names X */
	l = run("Peace Unity 2024 marks the fourth joint military exercise between Tanzania and "
		"China.",
		NULL);
	f = the_exercise(l);
	CHECK(f && f->name && strcmp(f->name, "Peace Unity 2024") == 0);
	ent_fact_list_free(l);
}

TEST(extract_drill_reach__observers_after_the_drills_name_take_no_part)
{
	ent_fact_list *l = run("Egypt, Greece and Saudi Arabia launched the Hercules-2022 drills. "
			       "The US, Jordan and Bahrain are also participating in the "
			       "Hercules-2022 drills as observers, added the statement.",
			       NULL);
	const ent_fact *f = the_exercise(l);
	CHECK(f && takes_part(f, "EGY") && !takes_part(f, "USA") && !takes_part(f, "JOR"));
	ent_fact_list_free(l);
	/* without "as observers" they take part */
	l = run("Egypt and Greece launched the Hercules-2022 drills. The US and Jordan are also "
		"participating in the drills.",
		NULL);
	f = the_exercise(l);
	CHECK(f && takes_part(f, "USA") && takes_part(f, "JOR"));
	ent_fact_list_free(l);
}

TEST(extract_drill_reach__a_drill_named_only_by_its_observers_names_the_drill_in_play)
{
	ent_fact_list *l = run("Special forces from Egypt, Saudi Arabia and Greece launched joint "
			       "military exercises on Sunday. The US, Jordan and Bahrain are also "
			       "participating in the Hercules-2022 drills as observers.",
			       NULL);
	const ent_fact *f = the_exercise(l);
	CHECK(f && f->name && strcmp(f->name, "Hercules-2022") == 0 && takes_part(f, "EGY") &&
	      !takes_part(f, "USA"));
	ent_fact_list_free(l);
}

TEST(extract_drill_reach__the_ones_a_drill_answers_take_no_part)
{
	ent_fact_list *l = run("China and Russia held joint exercises in response to US-Japan drills.",
			       NULL);
	const ent_fact *f = the_exercise(l);
	CHECK(f && takes_part(f, "CHN") && takes_part(f, "RUS") && !takes_part(f, "USA") &&
	      !takes_part(f, "JPN"));
	ent_fact_list_free(l);
	/* a drill of one state answering two is no joint drill */
	l = run("China held assault drills near Taiwan on Tuesday with combat ships in response to "
		"what Beijing says was provocation from the U.S. and Taiwan.",
		NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
}

/* "Thirty-two countries ... are participating": a count of states, not
 * "two countries" standing for the pair told before (stop 41) */
TEST(extract_drill_reach__a_hyphenated_count_is_no_pair)
{
	CHECK(nexercises_text("Chile took Arica from Peru in 1880. Thirty-two countries from six "
			      "continents are participating in this year's exercises.") == 0);
	ent_fact_list *l = run("Chile and Peru held talks. The two countries are participating "
			       "in the exercises.",
			       NULL);
	const ent_fact *f = the_exercise(l);
	CHECK(f && f->nparticipants == 2 && takes_part(f, "CHL") && takes_part(f, "PER"));
	ent_fact_list_free(l);
}

/* "This year marks the 21st iteration of Steppe Eagle. Over 900
 * participants from A, B and C took part in the exercise": a unit that
 * names the drill again brings it in reach, however far it was told
 * (stop 64). */
TEST(extract_drill_reach__named_again_in_the_unit_before)
{
	static const char *text =
		"The exercise Steppe Eagle 2024 ended in Kazakhstan.\n"
		"\"Training is readiness,\" said the general. \"I am confident each soldier "
		"is more proficient after two weeks at the training area.\"\n"
		"This year marks the 21st iteration of Steppe Eagle. Over 900 participants from "
		"Australia, Canada and Chile took part in the exercise.\n";
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = the_exercise(l);
	CHECK(f && takes_part(f, "AUS") && takes_part(f, "CAN") && takes_part(f, "CHL"));
	ent_fact_list_free(l);
}
