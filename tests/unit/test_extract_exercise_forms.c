/*
 * test_extract_exercise_forms.c - the ways news prose tells who takes part
 * in a joint military exercise, from a battery of sentences written for
 * these tests (none quotes an article): spellings of the drill word ("war
 * games", "PASSEX"), verbs of holding, drills put off, another state's
 * drills joined, and "the drills held by X and Y".
 */
#include "extract_harness.h"

/* The text gives one exercise, with parties a and b (and n parties in all). */
static int ex_pair(const char *text, size_t n, const char *a, const char *b)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	int ok = l && count(l, ENT_FACT_EXERCISE) == 1 && f->nparticipants == n &&
		 takes_part(f, a) && takes_part(f, b);
	if (!ok)
		fprintf(stderr, "    not one exercise of %s and %s in: %s\n", a, b, text);
	ent_fact_list_free(l);
	return ok;
}

/* The text gives no exercise. */
static int ex_none(const char *text)
{
	ent_fact_list *l = run(text, NULL);
	int ok = l && count(l, ENT_FACT_EXERCISE) == 0;
	if (!ok)
		fprintf(stderr, "    an exercise in: %s\n", text);
	ent_fact_list_free(l);
	return ok;
}

TEST(extract_exercise_forms__war_games_in_two_words)
{
	CHECK(ex_pair("Norwegian and Finnish troops held joint war games in Lapland in 2024.", 2,
		      "NOR", "FIN"));
	CHECK(ex_pair("Norway and Finland staged war games near the border in 2023.", 2, "NOR",
		      "FIN"));
	CHECK(ex_none("Norway and Finland played football games in 2023."));
}

TEST(extract_exercise_forms__war_games_in_a_headline_name_nothing)
{
	ent_fact_list *l = run("Peru-Chile War Games Begin\n\nPeru and Chile began their annual "
			       "war games on Monday.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f != NULL);
	CHECK(f && (!f->name || strcmp(f->name, "War") != 0));
	ent_fact_list_free(l);
}

TEST(extract_exercise_forms__more_verbs_of_holding_joint_training)
{
	CHECK(ex_pair("Ethiopia and Djibouti carried out joint counter-terrorism training in 2022.",
		      2, "ETH", "DJI"));
	CHECK(ex_pair("Kenya and Uganda completed their first joint jungle training in 2023.", 2,
		      "KEN", "UGA"));
	CHECK(ex_pair("Peru and Chile wrapped up joint mountain training in 2021.", 2, "PER",
		      "CHL"));
	/* a length between the verb and "joint" (stop 58) */
	CHECK(ex_pair("Peru and Chile wrapped up a two-week joint training of mountain troops.", 2,
		      "PER", "CHL"));
	CHECK(ex_pair("India and Thailand carried out a coordinated patrol in 2024.", 2, "IND",
		      "THA"));
	/* an intention is no drill held */
	CHECK(ex_none("Peru and Chile agreed to carry out joint training."));
}

/* "The joint military training 'Condor 7' between A and B has
 * commenced": "between" after the joint training (a name may stand
 * before it) makes it a drill (stop 36); the training of people talked
 * about is none. */
TEST(extract_exercise_forms__joint_training_between)
{
	CHECK(ex_pair("The joint military training 'Condor 7' between Peru Army troops and Royal "
		      "Chilean Land Forces has commenced.",
		      2, "PER", "CHL"));
	CHECK(ex_none("The joint training of pilots between Peru and Chile was discussed."));
}

TEST(extract_exercise_forms__passex_is_a_drill_word)
{
	CHECK(ex_pair("A Peruvian frigate and a Chilean corvette conducted a PASSEX off Callao in "
		      "2024.",
		      2, "PER", "CHL"));
	CHECK(ex_pair("The navies of Peru and Chile held a PASSEX in 2023.", 2, "PER", "CHL"));
}

TEST(extract_exercise_forms__drills_put_off_are_none)
{
	CHECK(ex_none("Romania postponed its joint exercise with Bulgaria."));
	CHECK(ex_none("The joint drills of Sweden and Denmark in the Baltic were postponed."));
	CHECK(ex_none("Peru and Chile called off their joint naval drills."));
	/* "called on" is no calling off */
	CHECK(ex_pair("Peru and Chile held joint naval drills in 2023, officials called it a "
		      "success.",
		      2, "PER", "CHL"));
}

TEST(extract_exercise_forms__joining_another_states_drills)
{
	CHECK(ex_pair("Vietnam joined Malaysia's annual drills in the South China Sea in 2021.", 2,
		      "VNM", "MYS"));
	CHECK(ex_pair("Vietnam took part in Malaysia's annual naval drills in 2021.", 2, "VNM",
		      "MYS"));
	/* one state's drills, the other state no party */
	CHECK(ex_none("Vietnam criticised Malaysia's annual naval drills."));
}

TEST(extract_exercise_forms__the_drills_held_by_a_list)
{
	CHECK(ex_pair("Austria sent observers to the drills held by Slovenia and Croatia in 2021.", 2,
		      "SVN", "HRV"));
	CHECK(ex_pair("The drills conducted by Peru and Chile in 2023 ended on Friday.", 2, "PER",
		      "CHL"));
	/* after a drill told, the same drill again: one exercise */
	CHECK(ex_pair("Peru and Chile held the Andes Shield drill in 2023. The drills held by Peru "
		      "and Chile drew observers from Bolivia.",
		      2, "PER", "CHL"));
}

TEST(extract_exercise_forms__hosting_a_joint_training)
{
	CHECK(ex_pair("Peru's army hosted Bolivian troops for joint mountain training in 2023.", 2,
		      "PER", "BOL"));
	CHECK(ex_pair("Ghana hosts Togo for joint jungle training this month.", 2, "GHA", "TGO"));
}

TEST(extract_exercise_forms__forces_trained_together)
{
	CHECK(ex_pair("Croatian and Slovenian special forces trained together in 2021.", 2, "HRV",
		      "SVN"));
	CHECK(ex_pair("Troops from Peru and Chile trained together near Arica in 2023.", 2, "PER",
		      "CHL"));
	/* no forces named: no drill */
	CHECK(ex_none("Peru and Chile trained together."));
	/* "exercised (drilled, practised) together" (stop 55) */
	CHECK(ex_pair("Peruvian and Chilean forces exercised together near Arica.", 2, "PER",
		      "CHL"));
	CHECK(ex_none("Peru and Chile exercised together."));
	/* ships drilled together (stop 58) */
	CHECK(ex_pair("Peruvian and Chilean submarines drilled together off Arica.", 2, "PER",
		      "CHL"));
}

TEST(extract_exercise_forms__a_later_clause_calls_the_drill_off)
{
	CHECK(ex_none("Ukraine and Moldova were to hold joint drills in June, but the exercise "
		      "was called off."));
	CHECK(ex_none("Peru and Chile planned joint drills in 2023, but the drills were "
		      "cancelled."));
	/* a plain "not" in the later clause denies nothing */
	CHECK(ex_pair("Peru and Chile held joint drills in May, and the exercise was not a "
		      "failure.",
		      2, "PER", "CHL"));
}

/* A sentence going on about the drill told before: its co-hosts, the
 * states it is held "with", and those after "with participation (coming)
 * from" take part; a state that "announced that it will follow" the drill
 * only speaks of it. */
TEST(extract_exercise_forms__cohosts_and_participation_from)
{
	ent_fact_list *l;
	const ent_fact *f;
	l = run("Kenya will host its annual naval exercise Blue Wave 2021 in June. Kenya and Peru "
		"are co-hosting the exercise with Chile and Ghana.",
		NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 4 && takes_part(f, "PER") && takes_part(f, "GHA"));
	ent_fact_list_free(l);
	l = run("Kenya will host its annual naval exercise Blue Wave 2021 in June. Kenya and Peru "
		"are cohosting the exercise off the coast with participation and support coming "
		"from 4 countries in total: Chile, Brazil, Norway and Spain.",
		NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 6 && takes_part(f, "NOR") && takes_part(f, "ESP"));
	ent_fact_list_free(l);
	/* observers after "with" stay out without a verb of hosting */
	l = run("Kenya will host its annual naval exercise Blue Wave 2021 in June. The exercise "
		"starts with the aim of training Chile and Ghana.",
		NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 1);
	ent_fact_list_free(l);
	l = run("Kenya and Peru will hold the naval exercise Blue Wave 2021 in June. Chile has "
		"announced that it will closely follow the course of the exercise Blue Wave.",
		NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && !takes_part(f, "CHL") && takes_part(f, "PER"));
	ent_fact_list_free(l);
}

/* "a joint drill condemned by X": the critic after "by" is no party; it
 * opposes each party of the drill. */
TEST(extract_exercise_forms__drill_condemned_by_a_critic)
{
	ent_fact_list *l;
	const ent_fact *f;
	const char *text = "Kenya and Uganda began a joint drill condemned by Tanzania on Monday "
			   "as a show of force.";
	l = run(text, NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 2 && !takes_part(f, "TZA"));
	ent_fact_list_free(l);
	CHECK(stance_has(text, "TZA", "KEN", ENT_POLARITY_OPPOSE));
	CHECK(stance_has(text, "TZA", "UGA", ENT_POLARITY_OPPOSE));
	/* a party does not condemn its own drill */
	CHECK(stance_count("Kenya and Uganda began a joint drill condemned by Uganda's opposition.") ==
	      0);
}

/* "(CMS, in Portuguese)": a language glossing a name is no state, no
 * party (stop 36). */
TEST(extract_exercise_forms__a_language_in_brackets_is_no_party)
{
	CHECK(ex_none("The joint exercise, led by the Peruvian Southern Command (CSP, in "
		      "Spanish), ended on Friday."));
	CHECK(ex_pair("The joint exercise of Peru and Chile, led by the Southern Command (CS, in "
		      "Spanish), ended on Friday.",
		      2, "PER", "CHL"));
}

/* "the ongoing drill, known as 'X'" names the drill told before; "under the
 * name 'Y'" names its own; "the same three countries" are the parties of
 * the latest drill of three, however far back; "its nuclear deal with
 * world powers" is no sale (stop 37). */
TEST(extract_exercise_forms__known_as_and_the_same_three_countries)
{
	ent_fact_list *l = run("Chile, Peru and Brazil have begun a joint naval drill off Arica.\n\n"
			       "Footage showed the ongoing drill, known as \"Pacific Belt "
			       "2024.\"\n\n"
			       "Bolivia said the waters had seen attacks since 2019.\n\n"
			       "Drills in the area were held in March last year between the same "
			       "three countries under the name \"Andes Bond 2023\".\n",
			       NULL);
	size_t i, named = 0;
	for (i = 0; l && i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_EXERCISE || !f->name || f->nparticipants != 3 ||
		    !takes_part(f, "CHL") || !takes_part(f, "PER") || !takes_part(f, "BRA"))
			continue;
		named += (!strcmp(f->name, "Pacific Belt 2024") && f->year == 2024) +
			 (!strcmp(f->name, "Andes Bond 2023") && f->year == 2023);
	}
	CHECK_INT(named, 2);
	CHECK(l && ndeals(l) == 0);
	ent_fact_list_free(l);
	/* "under the codename X": a drill of its own, not the one told
	 * before with the same parties (stop 60) */
	l = run("Chilean jets arrived in Peru for the exercise Condor Guardian. In 2019, the "
		"Chilean and Peruvian air forces conducted bilateral fighter training in Chile "
		"under the codename Andes Maitri.",
		NULL);
	named = 0;
	for (i = 0; l && i < l->n; i++)
		named += l->v[i].type == ENT_FACT_EXERCISE && l->v[i].name &&
			 !strncmp(l->v[i].name, "Andes Maitri", 12) && l->v[i].year == 2019;
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 2 && named == 1);
	ent_fact_list_free(l);
	CHECK_INT(ndeals_text("Bolivia has seen ship seizures by Peru since the collapse of its "
			      "nuclear deal with world powers."),
		  0);
}

/* "The drills named X will include units from all four countries": a
 * definite drill word reaches the drill of four parties told five units
 * back, over states named in between (stop 46). */
TEST(extract_exercise_forms__all_four_countries_of_the_drill)
{
	ent_fact_list *l = run("Peru, Chile, Ecuador and Colombia will hold joint naval drills on "
			       "Sunday, their defence chiefs said.\n\n"
			       "The exercise will take place in waters which Bolivia claims, days "
			       "before the leaders of Peru, Brazil and Chile meet.\n\n"
			       "Officials gave no details.\n\n"
			       "Analysts expect more.\n\n"
			       "The drills named the \"Pacific Shield\" will include units from all "
			       "four countries.\n",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(f && f->nparticipants == 4 && takes_part(f, "PER") && takes_part(f, "CHL") &&
	      takes_part(f, "ECU") && takes_part(f, "COL"));
	CHECK(f && !takes_part(f, "BOL") && !takes_part(f, "BRA"));
	ent_fact_list_free(l);
}

/* "for the Thailand-hosted Cobra Gold": a leader or host of a named drill
 * tells the drill without a verb of holding, and "Participating forces
 * also include" lists more parties (stop 47). */
TEST(extract_exercise_forms__a_hosted_named_drill_and_forces_also_included)
{
	ent_fact_list *l = run("Troops from 30 countries will gather in February 2026 for the "
			       "Thailand-hosted Cobra Gold, held every year since 1982.\n\n"
			       "Participating forces also include Japan, Indonesia and Malaysia.\n",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(f && f->nparticipants == 4 && takes_part(f, "THA") && takes_part(f, "JPN") &&
	      takes_part(f, "IDN") && takes_part(f, "MYS"));
	CHECK(f && f->year == 2026);
	ent_fact_list_free(l);
	/* a hosted event that is no drill of exercises.tsv tells none */
	l = run("Diplomats from 30 countries met in February 2026 for the Thailand-hosted Bangkok "
		"Forum.\n",
		NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
}

/* "Forces from ten nations took part in the exercise, including X, Y and
 * Z": the list after "including" names parties of the drill in play. */
TEST(extract_exercise_forms__took_part_in_the_exercise_including)
{
	ent_fact_list *l = run("The exercise Cruzex 2026 of the Brazilian Air Force ended in Natal "
			       "on Friday.\n\n"
			       "Air forces from ten nations took part in the exercise, including "
			       "Chile, Uruguay, Peru and France.\n",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(f && takes_part(f, "CHL") && takes_part(f, "URY") && takes_part(f, "PER") &&
	      takes_part(f, "FRA"));
	ent_fact_list_free(l);
}

/* "Commander Ana Ruiz, an exercise coordinator": a title is no drill, and
 * the person before it no drill's name that takes the next list. */
TEST(extract_exercise_forms__an_exercise_coordinator_is_no_drill)
{
	ent_fact_list *l = run("The United States and South Korea began the drill Pacific Vanguard "
			       "2026 near Guam on Monday.\n\n"
			       "\"We train hard,\" Navy Commander Ana Ruiz, an exercise coordinator, "
			       "said on Tuesday.\n\n"
			       "Participating navies also include Japan and Australia.\n",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(f && f->name && strcmp(f->name, "Pacific Vanguard 2026") == 0);
	CHECK(f && f->nparticipants == 4 && takes_part(f, "JPN") && takes_part(f, "AUS"));
	ent_fact_list_free(l);
}

/* "X has criticized a joint exercise by the United States, A and B": a
 * word of drill before "by" names who holds it, though a verb of blame
 * comes earlier; "X has long (routinely) condemned joint drills between A
 * and B": the critic is no party over such an adverb (stop 56). */
TEST(extract_exercise_forms__critic_of_a_drill_by_a_list)
{
	ent_fact_list *l = run("Cuba has criticized a joint military exercise by the United "
			       "States, Chile and Peru.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && f->nparticipants == 3 && takes_part(f, "USA") && !takes_part(f, "CUB"));
	ent_fact_list_free(l);
	CHECK(ex_pair("Cuba has long condemned joint drills between Peru and Chile.", 2, "PER",
		      "CHL"));
	CHECK(ex_pair("Cuba routinely condemns joint drills between Peru and Chile.", 2, "PER",
		      "CHL"));
	/* control: a verb of blame right before "by" names a critic */
	CHECK(ex_pair("Peru and Chile held drills, which were criticized by the United States.",
		      2, "PER", "CHL"));
}

/* "X has voiced (expressed) concerns over drills conducted by A and B": a
 * critic who voices a concern takes no part, as one who raised objections
 * (stop 56). */
TEST(extract_exercise_forms__who_voiced_concerns_is_no_party)
{
	CHECK(ex_pair("Bolivia has voiced concerns over recent military drills conducted by "
		      "Peru and Chile.",
		      2, "PER", "CHL"));
	CHECK(ex_pair("Bolivia voiced serious concern about the drills held by Peru and Chile.", 2,
		      "PER", "CHL"));
	/* control: support voiced for one's own drill */
	CHECK(ex_pair("Peru voiced its support for the joint drills with Chile.", 2, "PER",
		      "CHL"));
}

/* "US special forces trained alongside Ivorian commandos": commandos and
 * paratroopers are forces one trains with (stop 56); training them is
 * no drill. */
TEST(extract_exercise_forms__trained_alongside_commandos)
{
	CHECK(ex_pair("Peruvian special forces trained alongside Chilean commandos.", 2, "PER",
		      "CHL"));
	CHECK(ex_pair("Peruvian paratroopers trained with Chilean paratroopers.", 2, "PER",
		      "CHL"));
	CHECK(ex_none("Peruvian special forces trained Chilean commandos."));
	/* "exercised with" as "trained with" (stop 57) */
	CHECK(ex_pair("Peru's national army exercised with Chilean troops in the Andes.", 2,
		      "PER", "CHL"));
	CHECK(ex_none("Peru exercised its right to veto the plan."));
	/* a ship, a carrier group, or the state after "the" (stop 59) */
	CHECK(ex_pair("The Peruvian Navy trained with a Chilean carrier group off Arica.", 2,
		      "PER", "CHL"));
	CHECK(ex_pair("The Peruvian Navy trained with a Chilean warship.", 2, "PER", "CHL"));
	CHECK(ex_pair("The Peruvian Navy trained with the Philippines.", 2, "PER", "PHL"));
	CHECK(ex_none("Peru trained with a Chilean-made rifle."));
}

/* "will conduct a (multilateral) maritime cooperative activity": a joint
 * sail held as a patrol is (stop 57). */
TEST(extract_exercise_forms__a_maritime_cooperative_activity)
{
	ent_fact_list *l = run("The armed forces of Chile, Peru, Ecuador and Colombia will conduct "
			       "a Multilateral Maritime Cooperative Activity in the Pacific.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f != NULL);
	CHECK(f && f->nparticipants == 4 && takes_part(f, "CHL") && takes_part(f, "COL"));
	ent_fact_list_free(l);
	CHECK(ex_pair("Chile and Peru held a maritime cooperative activity on Friday.", 2, "CHL",
		      "PER"));
	CHECK(ex_none("Chile and Peru signed a cooperative activity plan."));
}

/* A drill named by its acronym with two co-hosts, then by its full name
 * ending in the acronym with every party: one drill (stop 57). */
TEST(extract_exercise_forms__an_acronym_and_the_full_name)
{
	static const char *t =
		"The Chilean Navy and the Peruvian Navy are the co-hosts of the naval exercise "
		"titled 'PACSEA' off Callao that will begin on Sunday.\n\n"
		"The maiden edition of the multilateral exercise Pacific South America Key "
		"Engagement PACSEA, co-hosted by the Chilean Navy and the Peruvian Navy, is "
		"scheduled to be inaugurated in Lima on April 13.\n\n"
		"The six-day exercise is set to see participation of Ecuador, Colombia and Panama "
		"in addition to the co-hosts, officials said.";
	ent_fact_list *l = run(t, NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(f && f->nparticipants == 5 && takes_part(f, "PAN") && takes_part(f, "CHL"));
	ent_fact_list_free(l);
}

/* "Bilateral military cooperation has included joint exercises, a Xn
 * radar aid package ...": the pair the text is about, not the maker of the
 * goods named in the list (stop 58). */
TEST(extract_exercise_forms__cooperation_that_included_drills)
{
	CHECK(ex_pair("Ghana and Togo have deepened ties. Bilateral military cooperation has "
		      "included joint exercises, a Ghanaian radar aid package and a dialogue.",
		      2, "GHA", "TGO"));
	CHECK(ex_pair("Ghana and Togo have deepened ties. Their cooperation has included joint "
		      "exercises and a Ghanaian radar package.",
		      2, "GHA", "TGO"));
	CHECK(ex_none("Ghana and Togo have deepened ties. Their cooperation has not included "
		      "joint exercises."));
}

/* "X and Y border guards (troops) carried out counter-terrorism training":
 * forces of two states before a verb of holding a training, no "joint"
 * needed (stop 58). */
TEST(extract_exercise_forms__forces_of_two_held_training)
{
	CHECK(ex_pair("Ghanaian and Togolese border guards carried out counter-terrorism "
		      "training.",
		      2, "GHA", "TGO"));
	CHECK(ex_pair("Ghanaian and Togolese troops conducted training near Lome.", 2, "GHA",
		      "TGO"));
	CHECK(ex_none("The Ghanaian troops carried out training."));
	CHECK(ex_none("Ghanaian police and Togolese officials held training on customs."));
}

/* Demonyms of the smaller states (data/states.tsv) name the parties as those of
 * the larger ones do. */
TEST(extract_exercise_forms__demonyms_of_small_states)
{
	CHECK(ex_pair("US and Guyanese forces conducted a joint exercise near the border.", 2, "USA",
		      "GUY"));
	CHECK(ex_pair("Tongan and Samoan soldiers trained together in a joint exercise.", 2, "TON",
		      "WSM"));
	CHECK(ex_pair("Belizean and Bahamian coast guards held a joint drill in 2024.", 2, "BLZ",
		      "BHS"));
	CHECK(ex_pair("Surinamese and Barbadian troops took part in a joint exercise.", 2, "SUR",
		      "BRB"));
}
