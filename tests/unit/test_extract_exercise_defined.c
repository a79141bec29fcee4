/*
 * test_extract_exercise_defined.c - a drill defined by its name ("X is a
 * bilateral naval drill which takes place between A and B"), a name of
 * data/exercises.tsv written with hyphens ("Zayed-Talwar"), and a named
 * drill of two of the parties of an unnamed one told before, which is
 * another exercise.  Every sentence here was written for these tests.
 */
#include "extract_harness.h"

/* Is f an exercise whose parties are exactly codes (NULL-terminated)? */
static int exercise_with(const ent_fact *f, const char *const *codes)
{
	size_t n;
	if (f->type != ENT_FACT_EXERCISE)
		return 0;
	for (n = 0; codes[n] && takes_part(f, codes[n]); n++)
		;
	return !codes[n] && f->nparticipants == n;
}

/* The exercise of l whose parties are exactly codes, or NULL. */
static const ent_fact *exercise_of(const ent_fact_list *l, const char *const *codes)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		if (exercise_with(&l->v[i], codes))
			return &l->v[i];
	return NULL;
}

/* The number of exercises of l whose parties are exactly codes, of the
 * year (0: undated). */
static int exercises_in(const ent_fact_list *l, const char *const *codes, int year)
{
	size_t i;
	int hits = 0;
	for (i = 0; i < l->n; i++)
		hits += exercise_with(&l->v[i], codes) && l->v[i].year == year;
	return hits;
}

TEST(extract_exercise_defined__a_drill_defined_by_its_name)
{
	static const char *pair[] = {"KEN", "TZA", NULL};
	ent_fact_list *l = run("In a similar vein, Lake Guard is a bilateral naval drill which "
			       "takes place between the naval forces of Kenya and Tanzania.",
			       NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_EXERCISE), 1);
	f = exercise_of(l, pair);
	CHECK(f != NULL);
	CHECK_STR(f->name, "Lake Guard");
	ent_fact_list_free(l);
	/* a state before "is a" is no name */
	l = run("Kenya is a regular host of a joint drill with Tanzania.", NULL);
	CHECK(l != NULL);
	f = exercise_of(l, pair);
	CHECK(f != NULL);
	CHECK(f->name == NULL);
	ent_fact_list_free(l);
}

TEST(extract_exercise_defined__a_known_name_with_hyphens)
{
	static const char *pair[] = {"IND", "ARE", NULL};
	ent_fact_list *l = run("India and the UAE held Zayed-Talwar off Abu Dhabi in 2024.", NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = exercise_of(l, pair);
	CHECK(f != NULL);
	CHECK_INT(f->year, 2024);
	CHECK(f->name != NULL);
	ent_fact_list_free(l);
}

TEST(extract_exercise_defined__a_named_drill_of_two_of_three_parties_is_another)
{
	static const char *three[] = {"KEN", "TZA", "UGA", NULL}, *two[] = {"KEN", "TZA", NULL};
	ent_fact_list *l = run("The first trilateral maritime exercise between Kenya, Tanzania "
			       "and Uganda began on Lake Victoria in 2023.\n\n"
			       "Kenya and Tanzania have also conducted several joint air combat "
			       "drills, which include \"Lake Guard II\".",
			       NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_EXERCISE), 2);
	f = exercise_of(l, three);
	CHECK(f != NULL);
	CHECK(f->name == NULL);
	f = exercise_of(l, two);
	CHECK(f != NULL);
	CHECK(f->name != NULL && strncmp(f->name, "Lake Guard", 10) == 0);
	ent_fact_list_free(l);
}

TEST(extract_exercise_defined__the_first_second_and_third_editions)
{
	static const char *pair[] = {"KEN", "TZA", NULL};
	ent_fact_list *l = run("Kenyan and Tanzanian air forces launched a joint drill on "
			       "Sunday.\nThe first such drill was held in Kenya in March 2011, the "
			       "second in Tanzania's western region in September 2013, and the "
			       "third was held in Mombasa last spring.",
			       NULL);
	CHECK(l != NULL);
	CHECK_INT(exercises_in(l, pair, 2011), 1);
	CHECK_INT(exercises_in(l, pair, 2013), 1);
	/* the drill of Sunday keeps no year of an edition */
	CHECK(exercises_in(l, pair, 0) >= 1);
	ent_fact_list_free(l);
}

TEST(extract_exercise_defined__a_government_that_speaks_is_no_party)
{
	static const char *pair[] = {"KEN", "TZA", NULL};
	ent_fact_list *l;
	CHECK_INT(nexercises_text("The Kenyan government said it is worrisome for any country to "
				  "be holding military exercises with Uganda."),
		  0);
	l = run("The Kenyan government held joint drills with Tanzania.", NULL);
	CHECK(l != NULL);
	CHECK(exercise_of(l, pair) != NULL);
	ent_fact_list_free(l);
}

TEST(extract_exercise_defined__earlier_editions_held_in_two_years)
{
	static const char *three[] = {"KEN", "TZA", "UGA", NULL};
	ent_fact_list *l = run("Kenya, Tanzania and Uganda have started the Lake Shield-2023 "
			       "joint maritime exercises on Lake Victoria.\nThe three countries plan "
			       "to practice rescue operations during the drills developed from "
			       "previous joint exercises held in 2019 and 2022.",
			       NULL);
	CHECK(l != NULL);
	CHECK_INT(exercises_in(l, three, 2023), 1);
	CHECK_INT(exercises_in(l, three, 2019), 1);
	CHECK_INT(exercises_in(l, three, 2022), 1);
	ent_fact_list_free(l);
}

TEST(extract_exercise_defined__they_are_after_a_count_of_states)
{
	static const char *all[] = {"KEN", "TZA", "UGA", "RWA", "ETH", NULL};
	static const char *pair[] = {"KEN", "TZA", NULL};
	ent_fact_list *l = run("Kenya is hosting a joint military exercise with Tanzania dubbed "
			       "Lake Guard 2018.\nThe exercise is being attended by units and "
			       "observers from five countries.\nThey are Uganda, Rwanda, Ethiopia, "
			       "Tanzania and Kenya.",
			       NULL);
	CHECK(l != NULL);
	CHECK(exercise_of(l, all) != NULL);
	ent_fact_list_free(l);
	/* with no count of states before, "They are" lists nobody */
	l = run("Kenya is hosting a joint military exercise with Tanzania.\nThey are old "
		"friends of Uganda and Rwanda.",
		NULL);
	CHECK(l != NULL);
	CHECK(exercise_of(l, pair) != NULL);
	ent_fact_list_free(l);
}

TEST(extract_exercise_defined__the_war_games_officially_dubbed)
{
	static const char *pair[] = {"KEN", "TZA", NULL};
	ent_fact_list *l = run("Troops from Kenya and Tanzania gathered in Kenya Monday to take "
			       "part in a military exercise.\nAbout 31,000 troops from 24 countries "
			       "are taking part in the war games, officially dubbed Lake Shield-2016, "
			       "the largest exercise of its type since the fall of the Soviet Union.",
			       NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_EXERCISE), 1);
	f = exercise_of(l, pair);
	CHECK(f != NULL);
	CHECK(f->name != NULL && strncmp(f->name, "Lake Shield", 11) == 0);
	CHECK_INT(f->year, 2016);
	ent_fact_list_free(l);
	/* the end of a state names a time, no party of anything */
	expect_deal("Since the fall of the Soviet Union, Russia has sold jets to Kenya.", 1, "RUS",
		    "KEN");
	expect_deal("The Soviet Union sold MiG-21 jets to Kenya in 1963.", 1, "SUN", "KEN");
}

TEST(extract_exercise_defined__a_states_news_agency_is_a_source)
{
	expect_no_transfer("Kenya plans to send 16 jets, while the other countries will supply "
			   "Gripen fighters, Russian news agency Sputnik reported.");
	expect_deal("Iranian state media said Iran sold drones to Kenya.", 1, "IRN", "KEN");
}

TEST(extract_exercise_defined__expected_to_join_along_with)
{
	static const char *all[] = {"KEN", "TZA", "UGA", "RWA", "ETH", "SOM", NULL};
	ent_fact_list *l = run("Kenya is joining military exercises with Tanzania in late May.\n"
			       "Uganda is expected to join the exercise, along with AU members "
			       "Rwanda, Ethiopia and Somalia.",
			       NULL);
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_EXERCISE), 1);
	CHECK(exercise_of(l, all) != NULL);
	ent_fact_list_free(l);
}

TEST(extract_exercise_defined__the_one_feared_is_no_party)
{
	static const char *pair[] = {"KEN", "TZA", NULL};
	ent_fact_list *l = run("Alarmed by Somalia, Kenya and Tanzania held a joint air force "
			       "drill.",
			       NULL);
	CHECK(l != NULL);
	CHECK(exercise_of(l, pair) != NULL);
	ent_fact_list_free(l);
	l = run("Kenya and Tanzania held a joint drill hosted by Uganda.", NULL);
	CHECK(l != NULL);
	{
		static const char *three[] = {"KEN", "TZA", "UGA", NULL};
		CHECK(exercise_of(l, three) != NULL);
	}
	ent_fact_list_free(l);
}

/* "Peru and Chile held drills on Friday.  The drills followed similar
 * exercises between Lima and Washington": the drill after "followed" is
 * another one, of its own parties. */
TEST(extract_exercise_defined__drills_that_followed_others)
{
	ent_fact_list *l = run("Peru and Chile held their first joint naval drills on Friday.\n\n"
			       "The drills, which took place in Peru's waters, followed similar "
			       "exercises between Lima and Washington on Wednesday.",
			       NULL);
	size_t i, n = 0, pu = 0;
	CHECK(l != NULL);
	for (i = 0; l && i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_EXERCISE)
			continue;
		n++;
		pu += takes_part(f, "PER") && takes_part(f, "USA") && !takes_part(f, "CHL");
	}
	CHECK_INT(n, 2);
	CHECK_INT(pu, 1);
	ent_fact_list_free(l);
}

/* "criticised Peru's decision to hold military exercises with Chile and
 * Bolivia as the war in Ecuador rages on": the possessor of the decision
 * holds the drill; the place of a war takes no part. */
TEST(extract_exercise_defined__a_decision_to_hold_drills_criticised)
{
	static const char *const parties[] = {"PER", "CHL", "BOL", NULL};
	ent_fact_list *l = run("The United States has criticised Peru's decision to hold military "
			       "exercises next month with Chile and Bolivia as the war in Ecuador "
			       "rages on.",
			       NULL);
	const ent_fact *f = l ? exercise_of(l, parties) : NULL;
	CHECK(f != NULL);
	CHECK(f && !takes_part(f, "ECU") && !takes_part(f, "USA"));
	ent_fact_list_free(l);
}

/* "... as part of the UNITAS LXI exercise" with one party, then "This
 * year's exercise includes forces from A, B and C": the named drill takes
 * the parties of the unnamed one right after. */
TEST(extract_exercise_defined__a_named_drill_takes_the_parties_told_next)
{
	static const char *const parties[] = {"USA", "ARG", "BRA", "CHL", NULL};
	ent_fact_list *l = run("Naval forces from the United States will conduct operations in the "
			       "Pacific Ocean as part of the UNITAS LXI exercise that began this "
			       "week.\n\nThis year's exercise includes forces from Argentina, Brazil "
			       "and Chile and will include 13 warships.",
			       "2020-11-03");
	const ent_fact *f = l ? exercise_of(l, parties) : NULL;
	CHECK(f != NULL);
	CHECK(f && f->name != NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	ent_fact_list_free(l);
}

/* The text gives one drill, named name. */
static int one_drill_named(const char *text, const char *name)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	int ok = l && count(l, ENT_FACT_EXERCISE) == 1 && f && f->name && !strcmp(f->name, name);
	if (l)
		ent_fact_list_free(l);
	return ok;
}

/* "The joint anti-terrorist drills dubbed X": a hyphenated word before
 * the drill word keeps it definite, and the name goes to the drill told
 * before (stop 36). */
TEST(extract_exercise_defined__a_hyphenated_definite_drill_dubbed)
{
	CHECK(one_drill_named("Joint military exercises between the Kenyan and Ugandan armed "
			      "forces kicked off in Kenya.\n\nThe joint anti-terrorist drills "
			      "dubbed Lake Shield 2022 were launched at the range.\n",
			      "Lake Shield 2022"));
}

/* "The 'Lake Guard VII' exercise began ...": a quote between "The" and
 * the name still names the drill told before (stop 36). */
TEST(extract_exercise_defined__a_quoted_name_after_the)
{
	CHECK(one_drill_named("The Kenyan and Ugandan air forces are undertaking a military "
			      "exercise in Kisumu. The 'Lake Guard VII' exercise began on "
			      "October 26.",
			      "Lake Guard VII"));
}

/* "The first, third and fifth editions were conducted in Kenya in 2003,
 * 2006 and 2014": one earlier edition of the drill in play per year
 * (stop 36). */
TEST(extract_exercise_defined__listed_editions_with_years)
{
	ent_fact_list *l = run("Kenya and Uganda hold the Lake Guard exercise. It is the seventh "
			       "edition of the bilateral exercise. The first, third and fifth "
			       "editions were conducted in Kenya in 2003, 2006 and 2014.",
			       NULL);
	size_t i, dated = 0;
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_EXERCISE && l->v[i].nparticipants == 2 &&
		    (l->v[i].year == 2003 || l->v[i].year == 2006 || l->v[i].year == 2014))
			dated++;
	CHECK_INT((int)dated, 3);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 4);
	ent_fact_list_free(l);
}
