/*
 * test_extract_exercise2.c - large multinational drills and their lists of
 * parties and drill names, on sentences written for these tests.
 */
#include "extract_harness.h"

/* A drill of a dozen states keeps them all (a fact holds
 * ENT_FACT_MAX_PARTICIPANTS parties, more than a deal's role lists). */
TEST(extract_exercise2__a_dozen_parties_are_kept)
{
	ent_fact_list *l = run("Soldiers from Benin, Ghana, Chad, Mali, Niger, Nigeria, Senegal, "
			       "Togo, Spain, France, Italy and Japan held a joint exercise in 2020.",
			       "2020-03-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 12 && takes_part(f, "BEN") && takes_part(f, "JPN") &&
	      takes_part(f, "TGO"));
	ent_fact_list_free(l);
	/* and a list that goes on in a later sentence adds all of it */
	l = run("Kenya and Uganda opened the Lake Guard exercise on Monday. The participating "
		"nations are Tanzania, Rwanda, Burundi, Ethiopia, Somalia, Sudan, Zambia, Malawi, "
		"Angola, Namibia, Botswana and Zimbabwe.",
		"2023-06-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 14 && takes_part(f, "ZWE") && takes_part(f, "KEN"));
	ent_fact_list_free(l);
}

/* A text that opens on a named drill without its parties and lists them a
 * few sentences on ("X, Y and Z will take part", "... will also
 * participate") makes that drill an exercise of the states listed. */
TEST(extract_exercise2__named_drill_before_its_parties)
{
	ent_fact_list *l = run("Exercise Southern Kestrel opened on Monday over the northern plains. "
			       "It is the largest edition so far. Organisers expect clear weather. "
			       "Crews from Chile, Peru and Uruguay will take part in the training.",
			       "2024-07-01");
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->name && !strcmp(f->name, "Southern Kestrel") && f->nparticipants == 3 &&
	      takes_part(f, "CHL") && takes_part(f, "URY"));
	ent_fact_list_free(l);
	l = run("The Blue Heron drills began at sea on Friday. Aircraft from Norway and Denmark "
		"will also participate.",
		"2024-07-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 2 && takes_part(f, "NOR") && takes_part(f, "DNK"));
	ent_fact_list_free(l);
	/* states that join something else are no parties */
	l = run("Exercise Southern Kestrel opened on Monday. Chile and Peru took part in the "
		"talks on fishing quotas.",
		"2024-07-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	/* a named drill of the past told after the document's own drill
	 * takes no later list */
	l = run("Ghana and Togo began a joint naval drill on Monday. It recalls the Gulf Star "
		"exercise held off the coast. Benin and Niger are taking part with two ships.",
		"2024-07-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "GHA") && takes_part(f, "BEN") && !(f->name));
	ent_fact_list_free(l);
}

/* A list of parties that goes on over several sentences counts its
 * three-unit reach from its latest sentence. */
TEST(extract_exercise2__a_list_over_several_sentences)
{
	ent_fact_list *l = run("Kenya and Uganda opened the Lake Guard exercise on Monday. "
			       "The weather was mild. Crowds gathered. "
			       "Troops from Rwanda and Burundi joined the exercise. "
			       "Schools closed. Prices rose. "
			       "Soldiers from Zambia and Malawi will also participate.",
			       "2023-06-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 6 && takes_part(f, "RWA") && takes_part(f, "MWI"));
	ent_fact_list_free(l);
}

/* "Participating troops come from X, Y", "Other (allied) partners include
 * X, Y" and "With the participation of N navies, including X and Y, the
 * drill began" list more parties of the drill told before. */
TEST(extract_exercise2__more_list_heads)
{
	ent_fact_list *l = run("Greece and Cyprus began the Aegean Dolphin naval exercise on "
			       "Monday. Participating troops come from Italy, Malta and Croatia.",
			       "2023-06-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 5 && takes_part(f, "MLT") && takes_part(f, "HRV"));
	ent_fact_list_free(l);
	l = run("Armies taking part in this year's exercise include Ghana, Benin and Togo. "
		"Other allied partners include Belgium, Austria and Brazil.",
		"2023-06-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 6 && takes_part(f, "GHA") && takes_part(f, "BRA"));
	ent_fact_list_free(l);
	l = run("Oman and Qatar announced a large naval exercise in the gulf. With the "
		"participation of 30 navies, including Kuwait and Jordan, the drill began on "
		"Friday.",
		"2023-06-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 4 && takes_part(f, "KWT") && takes_part(f, "JOR"));
	ent_fact_list_free(l);
}

/* A name that opens on a capitalised word of the drill's kind ("Sea",
 * "Air", "Land") after or before the drill word: "the joint exercises
 * Sea Falcon 2019", "the Air Harbour drills". */
TEST(extract_exercise2__name_opening_on_a_kind_word)
{
	ent_fact_list *l = run("The joint naval exercises Sea Falcon 2019 started off Greece on "
			       "Monday. The exercises involve sailors from Italy and Malta.",
			       "2019-05-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->name && !strcmp(f->name, "Sea Falcon 2019") && takes_part(f, "ITA") &&
	      takes_part(f, "MLT"));
	ent_fact_list_free(l);
	l = run("Chile and Peru held the Air Harbour drills in May.", "2019-05-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->name && !strcmp(f->name, "Air Harbour"));
	ent_fact_list_free(l);
	/* "Exercise" opening the sentence may open a name too */
	l = run("Exercise Sea Shield 2024 brought together the navies of Romania, Bulgaria "
		"and Turkey.",
		"2024-05-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->name && !strcmp(f->name, "Sea Shield 2024") && f->nparticipants == 3);
	ent_fact_list_free(l);
	/* a lower-case kind word stays out: "joint sea drills" */
	l = run("Chile and Peru held joint sea drills in May.", "2019-05-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && !f->name);
	ent_fact_list_free(l);
}

/* "The "X 2021" drills follow last year's "Y 2020" exercises": an earlier
 * edition, with the parties in play and the earlier year, not named after
 * the drill in play. */
TEST(extract_exercise2__last_years_named_edition)
{
	ent_fact_list *l = run("Spain and Morocco on Monday began joint naval exercises. The "
			       "\"Strait Guard 2021\" manoeuvres follow last year's \"Atlas 2020\" "
			       "exercises and are to last a week.",
			       "2021-05-03");
	size_t i, n2020 = 0;
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 2);
	for (i = 0; l && i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_EXERCISE || f->year != 2020)
			continue;
		n2020++;
		CHECK(takes_part(f, "ESP") && takes_part(f, "MAR"));
		CHECK(!f->name || strcmp(f->name, "Strait Guard 2021") != 0);
	}
	CHECK(n2020 == 1);
	ent_fact_list_free(l);
}

/* "A and B will be joined by participants from X, Y and Z": more parties
 * of the drill in play when A or B takes part in it; none when no drill
 * of theirs is told. */
TEST(extract_exercise2__joined_by_participants_from)
{
	ent_fact_list *l = run("Kenya and Uganda launched a major joint military exercise on Monday. "
			       "Kenya and Uganda will be joined by participants from Rwanda, Burundi "
			       "and Zambia.",
			       "2023-06-01");
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && f->nparticipants == 5 && takes_part(f, "RWA") && takes_part(f, "ZMB"));
	ent_fact_list_free(l);
	l = run("Chile and Peru launched a major joint military exercise on Monday. Kenya and "
		"Uganda will be joined by participants from Rwanda and Burundi.",
		"2023-06-01");
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && f->nparticipants == 2 && !takes_part(f, "RWA"));
	ent_fact_list_free(l);
}

/* "Kenya and Uganda join major African military drills" as a heading:
 * a region's word alone names no drill, and the heading's drill, its
 * parties all in the first named drill after it, is that drill. */
TEST(extract_exercise2__a_headings_drill_is_the_named_one_after_it)
{
	ent_fact_list *l = run("Kenya and Uganda join major African military drills in Tanzania\n\n"
			       "Alongside Kenya, Uganda and Tanzania, Rwanda and Burundi are taking "
			       "part in the \"Lake Guard 3\" drills, the army said.\n",
			       "2023-06-01");
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(f && f->name && !strcmp(f->name, "Lake Guard 3") && f->nparticipants == 5);
	ent_fact_list_free(l);
	l = run("Kenya and Uganda held major African military drills in May.", "2023-06-01");
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && !f->name);
	ent_fact_list_free(l);
}

/* "Kenya and Uganda to take part in 'Lake Guard 3' drills" as a heading,
 * then a lede of an unnamed drill with all its parties and more: the
 * named drill told again (stop 36). */
TEST(extract_exercise2__the_lede_retells_the_headings_named_drill)
{
	ent_fact_list *l = run("Kenya and Uganda to take part in 'Lake Guard 3' drills\n\n"
			       "Kenyan and Ugandan forces are to participate in joint military "
			       "exercises in Tanzania later this month, alongside troops from "
			       "Rwanda and Burundi.\n",
			       "2023-06-01");
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(f && f->name && !strcmp(f->name, "Lake Guard 3") && f->nparticipants == 5);
	ent_fact_list_free(l);
}

/* "That includes supplying drones to X, running drills in a border region
 * with Y and bombing positions in Z": a gerund phrase of a list of acts is
 * read alone; a gerund after a clause of its own subject still drills
 * with it. */
TEST(extract_exercise2__a_gerund_act_of_a_list)
{
	CHECK(nexercises_text("Peru is flexing its muscle abroad. That includes supplying drones to "
			      "Bolivia, running drills in a border region with Chile and bombing "
			      "positions in Ecuador.") == 0);
	ent_fact_list *l = run("Peru bought jets, holding drills with Chile in May.", NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "PER") && takes_part(f, "CHL"));
	ent_fact_list_free(l);
}

/* After the drill's word, the owner of ties with another state ("which
 * officials linked to Kenya's ties with Rwanda") and a state's news
 * outlet ("in an interview with Uganda's state news agency") take no part
 * (stop 36). */
TEST(extract_exercise2__owners_of_ties_and_outlets_take_no_part)
{
	CHECK(nexercises_text("Tanzania held drills near the border with Kenya which officials "
			      "linked to Kenya's ties with Rwanda.") == 0);
	CHECK(nexercises_text("Kenya's president voiced concern over Tanzania's drills in an "
			      "interview with Uganda's state news agency.") == 0);
	CHECK(nexercises_text("Tanzania's drills worried Kenya, Uganda's state news agency "
			      "said.") == 0);
	/* "near the US island of Guam": an island (and its owner) is where
	 * (stop 38) */
	{
		ent_fact_list *l = run("Australia and Japan held the Pacific Vanguard exercise near "
				       "the US island of Guam.",
				       "2024-07-01");
		const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
		CHECK(f && takes_part(f, "JPN") && !takes_part(f, "GUM") &&
		      f->nparticipants == 2);
		ent_fact_list_free(l);
	}
}
