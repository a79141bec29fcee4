/*
 * test_extract_exercise_errors.c - exercise rules written from the errors
 * of the holdout sets, on sentences written for these tests (none quotes
 * an article).
 */
#include "extract_harness.h"

/* "Southern Kestrel 2024 brought together crews from X, Y and Z": a
 * sentence with no drill word whose subject is the name of the drill in
 * reach lists its parties like "the drills brought together". */
TEST(extract_exercise_errors__named_subject_lists_parties)
{
	ent_fact_list *l = run("The Southern Kestrel drills returned this spring. Staged off the "
			       "coast of Chile, Southern Kestrel 2024 brought together crews from "
			       "Chile, Peru, Uruguay and Spain.",
			       "2024-07-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 4 && takes_part(f, "CHL") && takes_part(f, "PER") &&
	      takes_part(f, "URY") && takes_part(f, "ESP"));
	ent_fact_list_free(l);
	/* another name as the subject adds nothing */
	l = run("The Southern Kestrel drills returned this spring. The Andean Pact summit brought "
		"together ministers from Chile, Peru and Spain.",
		"2024-07-01");
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_EXERCISE), 0);
	ent_fact_list_free(l);
}

/* "This year's iteration (edition) brought together forces from X, Y":
 * the named drill held again lists its parties (stop 38). */
TEST(extract_exercise_errors__this_year_s_iteration_lists_parties)
{
	ent_fact_list *l = run("Pilots of Spain took part in Southern Kestrel 2024, a large air "
			       "exercise hosted by Chile. This year's iteration brought together "
			       "militaries from 12 nations, including Peru, Uruguay and Ecuador.",
			       "2024-07-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "ESP") && takes_part(f, "PER") && takes_part(f, "URY") &&
	      takes_part(f, "ECU"));
	CHECK_INT(count(l, ENT_FACT_EXERCISE), 1);
	ent_fact_list_free(l);
}

/* "Last but not least ..." and "not only ... but also" deny nothing: the
 * unnamed drill of the sentence stays; "did not hold" still denies it. */
TEST(extract_exercise_errors__not_least_is_no_negation)
{
	ent_fact_list *l = run("Last but not least came the Peruvian-Chilean joint naval exercise "
			       "that opened off Arica on Monday.",
			       "2024-07-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 2 && takes_part(f, "PER") && takes_part(f, "CHL"));
	ent_fact_list_free(l);
	l = run("Kenya not only held a joint exercise with Uganda but also bought rifles.",
		"2024-07-01");
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_EXERCISE), 1);
	ent_fact_list_free(l);
	l = run("Kenya and Uganda did not hold the joint exercise.", "2024-07-01");
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_EXERCISE), 0);
	ent_fact_list_free(l);
}

/* "the Andean Lance 2023 and Pacific Shield 2023 drills": two named drills
 * joined by "and" before the drill word are two exercises of the same
 * parties, each with its own name. */
TEST(extract_exercise_errors__two_names_joined_by_and)
{
	ent_fact_list *l = run("Units of the Chilean and Peruvian navies are taking part in the "
			       "Andean Lance 2023 and Pacific Shield 2023 naval drills.",
			       "2023-07-01");
	size_t i, named = 0;
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_EXERCISE), 2);
	for (i = 0; l && i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_EXERCISE || !f->name)
			continue;
		CHECK(takes_part(f, "CHL") && takes_part(f, "PER") && f->year == 2023);
		named += !strcmp(f->name, "Andean Lance 2023") || !strcmp(f->name, "Pacific Shield 2023");
	}
	CHECK_INT(named, 2);
	ent_fact_list_free(l);
	/* "and" inside a name without an edition year is one name */
	l = run("Chile and Peru held the Andean and Pacific exercise in 2023.", "2023-07-01");
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_EXERCISE), 1);
	ent_fact_list_free(l);
	/* states joined by "and" before one name make no second drill */
	l = run("Chile and Peru held the Pacific Shield exercise in 2023.", "2023-07-01");
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_EXERCISE), 1);
	ent_fact_list_free(l);
}

/* "agreed to hold ... drills in 2027", a year after the document's right
 * after the drill word: a drill scheduled, an exercise of that year; an
 * intention without such a year is still none. */
TEST(extract_exercise_errors__dated_plan_is_an_exercise)
{
	ent_fact_list *l = run("The defence ministers of Chile, Peru and Spain agreed to hold the "
			       "first trilateral naval drills in 2027.",
			       "2025-05-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 3 && takes_part(f, "CHL") && takes_part(f, "ESP") &&
	      f->year == 2027);
	ent_fact_list_free(l);
	l = run("The defence ministers of Chile and Peru agreed to hold more joint drills.",
		"2025-05-01");
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_EXERCISE), 0);
	ent_fact_list_free(l);
}

/* Japan's Self-Defense Forces by their acronyms (data/states.tsv): "the
 * MSDF and the Peruvian Navy held ..." is a drill of Japan and Peru. */
TEST(extract_exercise_errors__self_defense_force_acronyms)
{
	ent_fact_list *l = run("The MSDF and the Peruvian Navy held their first joint naval "
			       "exercise in 2019.",
			       "2019-10-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 2 && takes_part(f, "JPN") && takes_part(f, "PER"));
	ent_fact_list_free(l);
}

/* Drills of a kind summed over a stretch of years ("similar exercises
 * ... over the past few years including X, Y") are no one exercise; with
 * a year, or over a week, they are. */
TEST(extract_exercise_errors__drills_summed_over_years)
{
	CHECK_INT(nexercises_text("Kenya has carried out similar military exercises with a number of "
			       "other countries over the past few years including Uganda, Ghana "
			       "and Togo."),
		  0);
	CHECK_INT(nexercises_text("Kenya has held numerous joint drills with Uganda in recent years."),
		  0);
	CHECK_INT(nexercises_text("Kenya held similar exercises with Uganda in 2017."), 1);
	/* "numerous (many, various) ... exercises" over any time, named too */
	CHECK_INT(nexercises_text("Kenya has numerous bilateral and multilateral ASW exercises aimed "
			       "at countering Ugandan submarines."),
		  0);
	CHECK_INT(nexercises_text("Kenya and Uganda held many joint exercises."), 0);
	/* "such" drills with no year are a kind, with one an edition */
	CHECK_INT(nexercises_text("Kenya views such Ugandan-led exercises as invasion rehearsals."),
		  0);
	CHECK_INT(nexercises_text("Such exercises were held by Kenya and Uganda in 2019."), 1);
	CHECK_INT(nexercises_text("Over the past week, Kenya and Uganda held several joint exercises "
			       "near Nairobi."),
		  1);
}

/* "In 2016, X carried out 30 joint military exercises with 20 countries,
 * including Y and Z": a count of three or more drills is a tally, no one
 * exercise; a count of days is not one of drills (stop 54). */
TEST(extract_exercise_errors__a_count_of_many_drills_is_a_tally)
{
	CHECK_INT(nexercises_text("In 2019, Ghana carried out 30 joint military exercises with 20 "
			       "African countries, as well as European ones including Spain and "
			       "Italy."),
		  0);
	CHECK_INT(nexercises_text("Ghana held twelve naval drills with Togo and Benin last year."),
		  0);
	CHECK_INT(nexercises_text("Ghana and Togo held the 12-day joint exercises in 2019."), 1);
	CHECK_INT(nexercises_text("Ghana and Togo held two joint exercises in 2019."), 1);
}

/* "offered to host future exercises with Y", "held talks on a joint
 * training programme": an offer, drills to come and talks about drills
 * hold none (stop 54), nor does a plan to grow them ("was planning to
 * expand its joint military maneuvers with Y", stop 59). */
TEST(extract_exercise_errors__offers_future_drills_and_talks_about_them)
{
	CHECK_INT(nexercises_text("Ghana offered to host joint exercises with Togo."), 0);
	CHECK_INT(nexercises_text("Ghana and Togo discussed future joint exercises."), 0);
	CHECK_INT(nexercises_text("Ghana and Togo held talks on a joint training programme."), 0);
	/* a plan or a wish to grow them (stop 59) */
	CHECK_INT(nexercises_text("Ghana was planning to expand its joint military maneuvers with "
				  "Togo."),
		  0);
	CHECK_INT(nexercises_text("Ghana wants more joint exercises with Togo."), 0);
	CHECK_INT(nexercises_text("Ghana and Togo agreed to increase joint exercises."), 0);
	CHECK_INT(nexercises_text("Ghana seeks to defend its waters by boosting joint military "
				  "exercises with Togo and allowing Togolese forces to stay in its "
				  "camps under a 2014 defence pact."),
		  0);
	/* controls: a verb of growing elsewhere in the sentence, not on the
	 * drills */
	CHECK_INT(nexercises_text("As tensions increase, Ghana and Togo held joint drills."), 1);
	CHECK_INT(nexercises_text("To boost readiness, Ghana and Togo held joint drills."), 1);
	CHECK_INT(nexercises_text("Ghana and Togo, which want closer ties, held joint drills."),
		  1);
	/* a drill held stands */
	CHECK_INT(nexercises_text("Ghana and Togo held joint exercises to prepare for future "
				  "operations."),
		  1);
}

/* Training whose aim is to operate (maintain, fly) goods is a course that
 * comes with a transfer, no drill (stop 63). */
TEST(extract_exercise_errors__training_to_operate_goods_is_no_drill)
{
	CHECK_INT(nexercises_text("Ghana conducted training with Togolese Navy crews on how to "
				  "operate and maintain the vessels."),
		  0);
	CHECK_INT(nexercises_text("Ghana trained with Togolese pilots to fly the new jets."), 0);
	/* controls: training with forces for other aims */
	CHECK_INT(nexercises_text("Ghanaian troops trained with Togolese troops to improve "
				  "readiness."),
		  1);
	CHECK_INT(nexercises_text("Ghana conducted joint training with the Togolese Navy."), 1);
}
