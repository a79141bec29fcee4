/*
 * test_extract_exercise_series.c - what a report says of a drill's series
 * and of its edition in play: the year the series began, a count of
 * people that looks like a year, who watches it from spy ships, a list of
 * "the other nations participating", a title's "Biennial", and the name
 * the drill has in another language, and the year of a treaty named
 * ("the 1960 Treaties"), which is none of the drill's.  Sentences written
 * for these tests.
 */
#include "extract_harness.h"

/* "X began in 2005 as a biennial joint exercise between A and B", told
 * in 2025: the year the series began, no edition of 2005. */
TEST(extract_exercise_series__the_year_a_series_began)
{
	ent_fact_list *l = run("Lima, June 2, 2025 - Peru and Chile opened Exercise Andean Shield "
			       "on Monday. Andean Shield began in 2011 as a biennial exercise "
			       "between Peru and Ecuador.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK_INT(l ? count(l, ENT_FACT_EXERCISE) : 0, 1);
	CHECK_INT(f ? f->year : 0, 2025);
	ent_fact_list_free(l);
	/* a series that began in the year of the report is this edition */
	l = run("Lima, June 2, 2025 - Andean Shield began in 2025 as a joint exercise between Peru "
		"and Ecuador.",
		NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "PER") && takes_part(f, "ECU"));
	ent_fact_list_free(l);
}

/* "almost 2000 personnel" is a count, no year of the drill. */
TEST(extract_exercise_series__a_count_of_people_is_no_year)
{
	ent_fact_list *l = run("Later this year, in November, the biggest bilateral exercise "
			       "between Peru and Chile will bring almost 2000 personnel together.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f != NULL);
	CHECK_INT(f ? f->year : -1, 0);
	ent_fact_list_free(l);
}

/* "expected to attract the attention of Yn spy ships": a watcher. */
TEST(extract_exercise_series__spy_ships_watch_no_part)
{
	static const char *const texts[] = {
		"Exercise Andean Shield, held by Peru and Chile, is expected to attract the "
		"attention of Bolivian spy ships.",
		"Exercise Andean Shield, held by Peru and Chile, was shadowed by Bolivian "
		"surveillance vessels.",
	};
	size_t i;
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		ent_fact_list *l = run(texts[i], NULL);
		const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
		CHECK(f && takes_part(f, "PER") && takes_part(f, "CHL"));
		CHECK(f && !takes_part(f, "BOL"));
		ent_fact_list_free(l);
	}
}

/* "X, Y and Z are the other nations participating in the exercises": more
 * parties of the drill in play. */
TEST(extract_exercise_series__the_other_nations_participating)
{
	ent_fact_list *l = run("Peru and Chile opened Exercise Andean Shield on Monday. Ecuador, "
			       "Bolivia and Uruguay are the other nations participating in the "
			       "exercises, which will for the first time see the participation of "
			       "new aircraft.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK_INT(l ? count(l, ENT_FACT_EXERCISE) : 0, 1);
	CHECK(f && takes_part(f, "ECU") && takes_part(f, "BOL") && takes_part(f, "URY"));
	ent_fact_list_free(l);
}

/* A headline's "Biennial Blue Flag Exercise" is the drill "Blue Flag" the
 * body tells; "In Quechua, the exercise is called X" names the drill in
 * play, and the language is no party. */
TEST(extract_exercise_series__a_title_and_another_name)
{
	ent_fact_list *l = run("Peru Joins Biennial Andean Shield Exercise\n\nPeru and Chile opened "
			       "the Andean Shield exercise on Monday.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK_INT(l ? count(l, ENT_FACT_EXERCISE) : 0, 1);
	CHECK(f && f->name && strcmp(f->name, "Andean Shield") == 0);
	ent_fact_list_free(l);
	l = run("Peru and Chile opened Exercise Andean Shield on Monday. In Bolivian, the exercise "
		"is called Escudo Andino 2025.",
		NULL);
	CHECK_INT(l ? count(l, ENT_FACT_EXERCISE) : 0, 1);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && !takes_part(f, "BOL"));
	ent_fact_list_free(l);
}

/* "participated in the great (big, largest ...) Russian maneuvers": words
 * of size before the demonym still make it the drill's own. */
TEST(extract_exercise_series__a_demonym_after_a_word_of_size)
{
	ent_fact_list *l = run("Bolivia had participated in the great Peruvian maneuvers, in "
			       "southern Peru.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "BOL") && takes_part(f, "PER"));
	ent_fact_list_free(l);
}

/* "in violation of the 1960 Treaties": the year of another text, not of
 * the drill (nor of a deal: "the 1994 accords"). */
TEST(extract_exercise_series__the_year_of_a_treaty_named_is_no_year)
{
	ent_fact_list *l = run("Lima, June 2, 2025 - Peru is holding joint military exercises with "
			       "Chile in violation of the 1960 Treaty, Bolivia said.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f != NULL);
	CHECK_INT(f ? f->year : 0, 2025);
	ent_fact_list_free(l);
	l = run("Peru is holding joint military exercises with Chile in violation of the 1960 "
		"Treaty.",
		NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f != NULL);
	CHECK_INT(f ? f->year : -1, 0);
	ent_fact_list_free(l);
	/* a year of the drill stays */
	l = run("Peru held joint military exercises with Chile in 2019.", NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK_INT(f ? f->year : 0, 2019);
	ent_fact_list_free(l);
	CHECK_INT(deal_year("Peru bought six K9 howitzers from South Korea, in breach of the 1994 "
			    "accords, Chile said.",
			    NULL, "KOR", "PER"),
		  0);
	/* a month and words before the noun: "the July 2023 military coup" */
	CHECK_INT(deal_year("The United States transferred 12 armoured vehicles to Peru, part of a "
			    "package meant for Bolivia before the July 2023 military coup.",
			    "2025-04-11", "USA", "PER"),
		  2025);
}

/* "another joint exercise, 'Steppe Shield 2022', will take place" is a
 * drill other than the one in play: two exercises (stop 39). */
TEST(extract_exercise_series__another_drill_is_apart)
{
	CHECK_INT((int)nexercises_text("Peru and Chile launched a four-day joint military "
				       "exercise on Tuesday, the ministry said. Earlier, the "
				       "ministry stated that another joint anti-terrorist "
				       "exercise of Peru and Chile will take place in November."),
		  2);
	CHECK_INT((int)nexercises_text("Peru and Chile launched a four-day joint military "
				       "exercise on Tuesday, the ministry said. The joint "
				       "exercise of Peru and Chile will end on Friday."),
		  1);
}

/* A date line of a weekday's short form and a date in figures ("Thu,
 * 10/20/2022 - 16:53") dates the text; "In October and November 2021"
 * is 2021, not the document's year for a month without one (stop 39). */
TEST(extract_exercise_series__dates_of_a_short_weekday_and_joined_months)
{
	ent_fact_list *l = run("Thu, 10/20/2022 - 16:53\n\nPeru and Chile launched a joint "
			       "military exercise on Tuesday.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK_INT(f ? f->year : 0, 2022);
	ent_fact_list_free(l);
	l = run("Thu, 10/20/2022 - 16:53\n\nIn October and November 2021, Peru and Chile "
		"conducted military exercises.",
		NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK_INT(f ? f->year : 0, 2021);
	ent_fact_list_free(l);
}

/* "Previous exercises were held in 2014 in A, B, in 2019/2020 in C, and
 * in September last year": each "in" year after places alone is an
 * edition of its own, "2019/2020" one; a year after other words is not
 * (stop 39). */
TEST(extract_exercise_series__editions_told_with_their_places)
{
	CHECK_INT((int)nexercises_text("July 20, 2024\n\nPeru will hold joint exercises with Chile. "
				       "Previous exercises were held in 2014 in Arica, Tacna, in "
				       "2019/2020 in Ilo, and in September last year."),
		  4);
	CHECK_INT((int)nexercises_text("July 20, 2024\n\nPeru will hold joint exercises with Chile. "
				       "The first drills were held in 2014 in Arica and were "
				       "expanded in 2019."),
		  2);
}

/* "These maneuvers involved 600 Peruvian personnel and 300 Chileans",
 * "attachés from 42 countries attended as observers for this joint
 * exercise, including A and B": the drill told just before, told again;
 * a demonstrative drill of other parties stays its own (stop 39). */
TEST(extract_exercise_series__this_drill_is_the_one_in_play)
{
	static const char *text =
		"Between 18 and 28 June, military forces from Peru, Chile and Bolivia took part in "
		"the Andean Shield 2018 exercise. These maneuvers involved 600 Peruvian military "
		"personnel and 300 Chilean troops. The exercise simulated a hostage rescue. The "
		"agency reported that 57 attaches from 42 countries attended as observers for this "
		"joint exercise, including Germany, Canada and Norway.";
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK_INT((int)(l ? count(l, ENT_FACT_EXERCISE) : 0), 1);
	CHECK(f && f->nparticipants == 3 && !takes_part(f, "DEU"));
	ent_fact_list_free(l);
	CHECK_INT((int)nexercises_text("Peru and Chile held the Andean Shield exercise. This "
				       "week Brazil and Argentina held their own drills."),
		  2);
}

/* The year of each exercise of a list, joined with commas. */
static void series_years(const ent_fact_list *l, char *out, size_t n)
{
	size_t i, k = 0;
	out[0] = 0;
	for (i = 0; l && i < l->n && k + 6 < n; i++)
		if (l->v[i].type == ENT_FACT_EXERCISE)
			k += (size_t)snprintf(out + k, n - k, "%s%d", k ? "," : "", l->v[i].year);
}

/* a drill of a pair named with its year, named again with another year,
 * is that edition of the pair (stop 40) */
TEST(extract_exercise_series__an_edition_named_by_its_year)
{
	char years[64];
	ent_fact_list *l = run("Chile and Peru have launched their third joint naval exercise, "
			       "Blue Sword 2025, in Chilean waters. The series began with Blue "
			       "Sword 2019 in Lima. The second round, Blue Sword 2023, was held in "
			       "Callao, and Blue Sword 2030 is planned.",
			       "2025-10-15");
	series_years(l, years, sizeof years);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 3);
	CHECK(strstr(years, "2019") && strstr(years, "2023") && strstr(years, "2025") &&
	      !strstr(years, "2030"));
	ent_fact_list_free(l);
	/* a drill of three states: the parties of a series change */
	l = run("Chile, Peru and Bolivia held the joint exercise Andes Shield 2025 in October. "
		"Andes Shield 2019 was smaller.",
		"2025-10-15");
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	ent_fact_list_free(l);
}

/* "Last year's Cobra Gold featured ...", after this year's drill called
 * Cobra Gold: the edition of the year before, with the same parties; not
 * a name of another drill (stop 47). */
TEST(extract_exercise_series__last_years_edition_by_name)
{
	ent_fact_list *l = run("The Thai and U.S. militaries on Monday began three weeks of joint "
			       "exercises.\n\n"
			       "About 9,000 troops will take part in the annual \"Cobra Gold\" "
			       "drills.\n\n"
			       "Last year's Cobra Gold featured tests of a new rocket system.\n",
			       "2026-03-02");
	size_t i, n = 0, last = 0;
	for (i = 0; l && i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_EXERCISE)
			continue;
		n++;
		if (f->year == 2025 && takes_part(f, "THA") && takes_part(f, "USA") &&
		    f->nparticipants == 2)
			last++;
	}
	CHECK(n == 2);
	CHECK(last == 1);
	ent_fact_list_free(l);
	/* another drill's name is no edition of this one */
	l = run("The Thai and U.S. militaries on Monday began three weeks of joint exercises.\n\n"
		"Last year's Pitch Black featured tests of a new rocket system.\n",
		"2026-03-02");
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	ent_fact_list_free(l);
}

/* "Sea Breeze was launched in 1997 by the Ukrainian Navy": the year the
 * series was founded, no drill of that year, whether the text is dated or
 * not (stop 47). */
TEST(extract_exercise_series__a_series_launched_in_a_year_is_no_drill)
{
	const char *text = "Sea Breeze was launched in 1997 by the Ukrainian Navy.\n\n"
			   "This year, Georgia, Moldova and Romania are taking part in the "
			   "exercise.\n";
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(f && f->year != 1997);
	CHECK(f && takes_part(f, "GEO") && takes_part(f, "MDA") && takes_part(f, "ROU"));
	ent_fact_list_free(l);
	l = run(text, "2025-07-01");
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && f->year != 1997);
	ent_fact_list_free(l);
	/* control: a drill held in a year is one of that year */
	l = run("Sea Breeze was held in 1997 by Ukraine and the United States.\n", NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && f->year == 1997);
	ent_fact_list_free(l);
}

/* "the fourth joint exercise between A and B, after exercises in 2014,
 * 2019/20, and September 2023": one earlier, unnamed drill of the pair
 * per year ("2019/20" one); no run of years, no earlier drill (stop 65). */
TEST(extract_exercise_series__earlier_drills_after_the_current_one)
{
	ent_fact_list *l = run("Andean Shield 2024 marks the fourth joint military exercise "
			       "between Peru and Chile, after exercises in 2014, 2019/20, and "
			       "September 2023.",
			       NULL);
	size_t i, named = 0, y2019 = 0;
	CHECK_INT(l ? count(l, ENT_FACT_EXERCISE) : 0, 4);
	for (i = 0; l && i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_EXERCISE)
			continue;
		named += f->name != NULL;
		y2019 += f->year == 2019;
		CHECK(takes_part(f, "PER") && takes_part(f, "CHL"));
	}
	CHECK_INT(named, 1);
	CHECK_INT(y2019, 1);
	ent_fact_list_free(l);
	CHECK_INT(nexercises_text("Andean Shield 2024 marks the fourth joint military exercise "
				  "between Peru and Chile, after talks in 2014."),
		  1);
}

/* "India had conducted the first, third and fifth editions in 2003, 2006
 * and 2014": the verb of holding before the list of ordinals gives one
 * earlier edition per year, as after it (stop 65). */
TEST(extract_exercise_series__editions_held_told_before_the_ordinals)
{
	ent_fact_list *l = run("Peru and Chile held the seventh edition of the Andean Shield "
			       "exercise in 2022. Prior to this, Peru had conducted the first, "
			       "third and fifth editions in 2003, 2006 and 2014.",
			       NULL);
	size_t i, n2006 = 0;
	CHECK_INT(l ? count(l, ENT_FACT_EXERCISE) : 0, 4);
	for (i = 0; l && i < l->n; i++)
		n2006 += l->v[i].type == ENT_FACT_EXERCISE && l->v[i].year == 2006;
	CHECK_INT(n2006, 1);
	ent_fact_list_free(l);
}
