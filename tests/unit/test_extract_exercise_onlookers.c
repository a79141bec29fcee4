/*
 * test_extract_exercise_onlookers.c - a state that is "following" or
 * "watching" a drill is no party to it; "The participants of the (...)
 * exercises this year were X, Y, ..." lists the parties of the drill told
 * before. Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_exercise_onlookers__a_state_watching_takes_no_part)
{
	ent_fact_list *l = run("Peru said that Lima is closely following the progress of the "
			       "Condor Shield 2022 exercises with Chile and Bolivia.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f != NULL);
	CHECK(f && !takes_part(f, "PER"));
	CHECK(f && takes_part(f, "CHL") && takes_part(f, "BOL"));
	ent_fact_list_free(l);
}

TEST(extract_exercise_onlookers__the_participants_of_the_drill_told_before)
{
	ent_fact_list *l = run("Chile and Bolivia opened the Condor Shield 2022 exercise on "
			       "Monday. The participants of the multinational exercises this year "
			       "were Chile, Ecuador and Uruguay.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK_INT(l ? count(l, ENT_FACT_EXERCISE) : 0, 1);
	CHECK(f && takes_part(f, "ECU") && takes_part(f, "URY"));
	ent_fact_list_free(l);
}

TEST(extract_exercise_onlookers__a_host_alone_waits_for_its_list)
{
	ent_fact_list *l = run("Chile hosted Desert Flag 10 between April 21 and May 8 at an air "
			       "base near Antofagasta. Desert Flag 10 saw the participation of 3 "
			       "nations, including Peru, Bolivia and Ecuador.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK_INT(l ? count(l, ENT_FACT_EXERCISE) : 0, 1);
	CHECK(f && takes_part(f, "CHL") && takes_part(f, "PER") && takes_part(f, "ECU"));
	ent_fact_list_free(l);
	/* a host alone with no list after it is no joint drill */
	l = run("Chile hosted Desert Flag 10 between April 21 and May 8.", NULL);
	CHECK_INT(l ? count(l, ENT_FACT_EXERCISE) : 1, 0);
	ent_fact_list_free(l);
}

/* A demonym before a defence attache tells whom the speaker serves: no
 * party ("former Peruvian defense attache to Santiago Ana Ruiz told ..."). */
TEST(extract_exercise_onlookers__a_defence_attache_speaks_for_no_party)
{
	ent_fact_list *l = run("Chile and Bolivia held joint naval drills on Monday.\nFormer "
			       "Peruvian defense attache to Santiago Ana Ruiz told the press that "
			       "Chile's participation in such drills is meant to strengthen its aims.",
			       NULL);
	size_t i;
	int peru = 0;
	CHECK(l && count(l, ENT_FACT_EXERCISE) >= 1);
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_EXERCISE && takes_part(&l->v[i], "PER"))
			peru = 1;
	CHECK(!peru);
	ent_fact_list_free(l);
}

/* The states of an anniversary the drill coincides with are background;
 * a state condemning the drill in a headline's present ("X condemn joint
 * naval exercise with Y, Z") is a critic. */
TEST(extract_exercise_onlookers__an_anniversary_and_a_headline_critic)
{
	ent_fact_list *l = run("Kenya, Ghana and Togo will hold the exercise codenamed Simba. The "
			       "exercise codenamed Simba coincides with the first anniversary of "
			       "Uganda's invasion of Tanzania.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "KEN") && takes_part(f, "GHA") && takes_part(f, "TGO"));
	CHECK(f && !takes_part(f, "TZA") && !takes_part(f, "UGA"));
	ent_fact_list_free(l);
	l = run("Kenya: Opposition party, Uganda condemn joint naval exercise with Ghana, Togo",
		NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "GHA") && !takes_part(f, "UGA"));
	ent_fact_list_free(l);
}

/* The one a drill is meant against ("Drill to Counter X", "aimed at
 * countering X's programmes") is no party. */
TEST(extract_exercise_onlookers__a_drill_meant_against_a_state)
{
	ent_fact_list *l = run("Kenya, Ghana and Togo Flex Military Muscle with Joint Air Drill to "
			       "Counter Uganda!",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "KEN") && takes_part(f, "TGO") && !takes_part(f, "UGA"));
	ent_fact_list_free(l);
}

/* "X lambasted (decried, any verb of condemning) the drills staged by A
 * and B": the critic before the verb is no party. */
TEST(extract_exercise_onlookers__the_critic_of_the_drill_staged_by_others)
{
	ent_fact_list *l = run("Bolivia lambasted the recent joint air drills staged by Chile, Peru "
			       "and Ecuador.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "CHL") && takes_part(f, "PER") && takes_part(f, "ECU"));
	CHECK(f && !takes_part(f, "BOL"));
	CHECK(l && has_stance(l, "BOL", "CHL", ENT_POLARITY_OPPOSE));
	ent_fact_list_free(l);
}

/* "praised the Kornet missiles purchased from Russia" at a drill: the
 * seller of goods shown there takes no part. */
TEST(extract_exercise_onlookers__the_seller_of_goods_shown_at_a_drill)
{
	ent_fact_list *l = run("Chile held the live-fire exercise \"Maneuvers 2022\", showing "
			       "Kornet missiles purchased from Russia.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "CHL") && !takes_part(f, "RUS"));
	ent_fact_list_free(l);
}

/* "deploying US-supplied rockets during its Han Kuang exercise, a drill
 * aimed at enhancing defenses against potential Chinese aggression": the
 * giver of goods named on them and the one feared take no part; nor does
 * a critic past its relative clause ("China, which claims Taiwan as its
 * territory, has labeled the drills as a trick"). */
TEST(extract_exercise_onlookers__giver_feared_and_labelling_critic)
{
	ent_fact_list *l = run("Peru has begun deploying US-supplied rockets during its annual "
			       "Andean Shield exercise, a drill aimed at enhancing defenses against "
			       "potential Bolivian aggression.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "PER"));
	CHECK(f && !takes_part(f, "USA") && !takes_part(f, "BOL"));
	ent_fact_list_free(l);
	l = run("Peru and Chile opened the Andean Shield exercise. Bolivia, which claims the coast "
		"as its territory, has labeled the Andean Shield drills as \"a bluffing trick\".",
		NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "PER") && !takes_part(f, "BOL"));
	ent_fact_list_free(l);
}

/* "X participated as an observer in joint A-B exercises", "with X
 * attending as an observer": one observer is no party either. */
TEST(extract_exercise_onlookers__a_single_observer)
{
	ent_fact_list *l = run("In March, Bolivia participated as an observer in joint Chile-Peru "
			       "military exercises.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "CHL") && takes_part(f, "PER") && !takes_part(f, "BOL"));
	ent_fact_list_free(l);
	l = run("Chile and Peru held joint drills, with Bolivia attending as an observer.", NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && !takes_part(f, "BOL"));
	ent_fact_list_free(l);
}

/* A state whose conduct is judged against a drill ("Bolivia's behaviour is
 * inconsistent with the principles of the Andean Shield exercise") takes no
 * part. */
TEST(extract_exercise_onlookers__conduct_judged)
{
	CHECK_INT((int)nexercises_text("Bolivia's behaviour is inconsistent with the principles of "
				       "the Andean Shield exercise."),
		  0);
	CHECK_INT((int)nexercises_text("Bolivia's navy joined the Andean Shield exercise."), 1);
}

/* The state of a report is its source, no party: "According to a Bolivian
 * report, Peru held joint exercises with Chile", "A Bolivian Naval College
 * study shows that ...". */
TEST(extract_exercise_onlookers__the_state_of_a_report)
{
	ent_fact_list *l = run("According to a Bolivian report, Peru held joint military "
			       "exercises with Chile.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "PER") && takes_part(f, "CHL") && !takes_part(f, "BOL"));
	ent_fact_list_free(l);
	l = run("A Bolivian Naval College study shows that Peru's joint exercises with Chile "
		"resumed in 2023.",
		NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && !takes_part(f, "BOL"));
	ent_fact_list_free(l);
}

/* the state a drill moves to act, or vexes, takes no part (stop 40) */
TEST(extract_exercise_onlookers__a_state_the_drill_moves_or_vexes)
{
	ent_fact_list *l = run("Chile and Peru completed a six-day joint naval exercise off Arica, "
			       "leading Bolivia to issue a diplomatic protest.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && f->nparticipants == 2 && !takes_part(f, "BOL"));
	ent_fact_list_free(l);
	l = run("Chilean-Peruvian military exercises irritate Bolivia", NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && f->nparticipants == 2 && !takes_part(f, "BOL"));
	ent_fact_list_free(l);
	/* after a place, "that will likely inflame Y" (stop 59) */
	l = run("Chile and Peru held exercises in the Pacific Ocean that will likely inflame "
		"Bolivia.",
		NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && f->nparticipants == 2 && !takes_part(f, "BOL"));
	ent_fact_list_free(l);
}

/* A state in a clause of saying after the drill ("..., claiming that they
 * go against the accords that Lima and La Paz signed") is in a claim, no
 * party (stop 41) */
TEST(extract_exercise_onlookers__a_state_in_a_claim_is_no_party)
{
	ent_fact_list *l = run("Peru expressed opposition to the joint military drills between "
			       "Bolivia and Chile, claiming that they go against the accords that "
			       "Lima and La Paz signed.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && f->nparticipants == 2 && !takes_part(f, "PER"));
	ent_fact_list_free(l);
	l = run("Bolivia and Chile held joint drills with Peru in La Paz.", NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "PER"));
	ent_fact_list_free(l);
}

/* "the views (comments, concerns) of the Biden Administration on X's
 * participation in the exercise": whose views they are takes no part
 * (stop 42). */
TEST(extract_exercise_onlookers__the_owner_of_views_is_no_party)
{
	ent_fact_list *l = run("Bolivia held drills with Chile. She was responding to a question "
			       "about the views of the Peruvian government on Chile's "
			       "participation in the military exercise.",
			       NULL);
	size_t i;
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_EXERCISE)
			CHECK(!takes_part(&l->v[i], "PER"));
	CHECK(l && count(l, ENT_FACT_EXERCISE) >= 1);
	ent_fact_list_free(l);
	CHECK_INT(nexercises_text("The views of Peru on the drills were ignored. Peru held drills "
				  "with Chile."),
		  1);
}
