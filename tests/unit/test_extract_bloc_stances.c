/*
 * test_extract_bloc_stances.c - a stance of (or toward) a small bloc of
 * data/bloc-members.tsv is a stance of (toward) each member, on sentences
 * written for these tests: "The G7 condemned Y", "X condemned the GCC
 * letter".  A bloc not listed there (NATO) gives none, and a row of the
 * file that names no ISO3 code is an error naming the file and the line.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

TEST(extract_bloc_stances__a_bloc_as_the_subject)
{
	const char *t = "The foreign ministers of the Group of Seven (G7) countries have strongly "
			"condemned Chile's export of missiles to Peru.";
	static const char *const g7[] = {"CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"};
	size_t i;
	for (i = 0; i < sizeof g7 / sizeof g7[0]; i++)
		CHECK(stance_has(t, g7[i], "CHL", OPP));
	CHECK(stance_has("The Gulf Cooperation Council, a bloc of six Gulf states, on Sunday "
			 "backed Yemen.",
			 "OMN", "YEM", SUP));
	/* a bloc the data file does not list, and a negation: none */
	CHECK(stance_none("NATO condemned Russia."));
	CHECK(stance_none("The G7 did not condemn Chile."));
}

/* A relative clause that lists the bloc's members names no party of the
 * sentence: the bloc (over its bracketed gloss and "on Saturday") takes
 * the stance; a manner phrase in quotes stands between verb and object,
 * and the owner of a second act joined by "and" is opposed too (stop 37). */
TEST(extract_bloc_stances__a_bloc_with_its_members_listed)
{
	const char *t = "Foreign ministers of the G7 (Group of Seven), which comprises the US, "
			"Canada, France, Germany, Italy, Japan, and Great Britain, on Saturday "
			"condemned \"in the strongest terms\" Chile's export and Peru's procurement "
			"of ballistic missiles.";
	static const char *const g7[] = {"CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"};
	ent_fact_list *l = run(t, NULL);
	size_t i;
	for (i = 0; i < sizeof g7 / sizeof g7[0]; i++) {
		CHECK(stance_has(t, g7[i], "CHL", OPP));
		CHECK(stance_has(t, g7[i], "PER", OPP));
	}
	CHECK_INT((int)stance_count(t), 14);
	CHECK(l && ndeals(l) == 0); /* no member buys the missiles */
	ent_fact_list_free(l);
}

TEST(extract_bloc_stances__a_bloc_as_the_object)
{
	const char *t = "Iran condemned the GCC letter.";
	CHECK(stance_has(t, "IRN", "SAU", OPP));
	CHECK(stance_has(t, "IRN", "BHR", OPP));
	CHECK_INT((int)stance_count(t), 6);
}

TEST(extract_bloc_stances__a_bad_member_code_is_an_error)
{
	char dir[] = "/tmp/ent-blocs-XXXXXX";
	gazetteer *g = NULL;
	ent_error err = {0, ""};
	CHECK(mkdtemp(dir) != NULL);
	CHECK(data_dir_with(dir, "bloc-members.tsv", "# bloc\tmembers\nGCC\tBHR KWT\nG7\tCAN France\n") ==
	      0);
	CHECK(ent__gazetteer_load(&g, dir, NULL, &err) != 0);
	CHECK(g == NULL);
	CHECK(strstr(err.msg, "bloc-members.tsv:3") != NULL);
	data_dir_remove(dir);
}

/* A drill of a small bloc's members ("troops of the CSTO member nations",
 * "The Quad held the Malabar drill") has each member as a party; a bloc
 * named as a place or a state's membership names none (stop 37). */
TEST(extract_bloc_stances__a_drill_of_a_blocs_members)
{
	ent_fact_list *l = run("The military exercise dubbed Poisk 2021 will be conducted for "
			       "reconnaissance troops of the CSTO member nations.",
			       NULL);
	const ent_fact *x = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(x && x->nparticipants == 6 && takes_part(x, "KGZ") && takes_part(x, "RUS"));
	ent_fact_list_free(l);
	l = run("The Quad held the Malabar naval drill in 2023.", NULL);
	x = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(x && x->nparticipants == 4 && takes_part(x, "AUS") && takes_part(x, "JPN"));
	ent_fact_list_free(l);
	l = run("Russia and China held drills near the GCC states.", NULL);
	x = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(x && x->nparticipants == 2);
	ent_fact_list_free(l);
	CHECK(stance_has("The CSTO condemned Peru.", "KGZ", "PER", OPP));
}

/* A bloc's members toward the state of a demonym's hostile act (stop 63). */
TEST(extract_bloc_stances__a_demonyms_hostile_act)
{
	ent_fact_list *l = run("The G7 condemned the Russian invasion.", NULL);
	CHECK(l && count(l, ENT_FACT_STANCE) == 7 &&
	      has_stance(l, "JPN", "RUS", ENT_POLARITY_OPPOSE));
	ent_fact_list_free(l);
	l = run("All GCC members voted in favor of a UN resolution condemning the Russian "
		"invasion.",
		NULL);
	CHECK(l && count(l, ENT_FACT_STANCE) == 6 &&
	      has_stance(l, "OMN", "RUS", ENT_POLARITY_OPPOSE));
	ent_fact_list_free(l);
	/* NATO gives none */
	CHECK(stance_none("NATO condemned the Russian invasion."));
}
