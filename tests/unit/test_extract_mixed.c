/*
 * test_extract_mixed.c - exercises told over several sentences and in
 * articles that mix drills, deals and stances: later sentences that list
 * more parties, "both nations" after the states a sentence names, and
 * other events in the same sentence.  Sentences written for these tests.
 */
#include "extract_harness.h"

/* The exercise of the given name, or NULL. */
static const ent_fact *named(const ent_fact_list *l, const char *name)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		if (l->v[i].type == ENT_FACT_EXERCISE && l->v[i].name &&
		    !strcmp(l->v[i].name, name))
			return &l->v[i];
	return NULL;
}

/* A sentence that goes on about the exercise just told and lists who
 * joined it adds those states to it. */
TEST(extract_mixed__later_sentence_adds_parties)
{
	ent_fact_list *l = run("Hungary and Serbia held the Danube Shield 2023 drills near Szeged. "
			       "The drills were joined by troops from Slovakia and Croatia.",
			       "2023-06-01");
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 4 && takes_part(f, "HUN") && takes_part(f, "SRB") && takes_part(f, "SVK") &&
	      takes_part(f, "HRV"));
	ent_fact_list_free(l);
	/* "The participating nations are ..." and a sponsor "by X" */
	l = run("Kenya and Uganda opened the Lake Guard exercise on Monday.\n\n"
		"The participating nations are Tanzania, Rwanda and Burundi.",
		"2023-06-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 5 && takes_part(f, "TZA") && takes_part(f, "RWA") && takes_part(f, "BDI"));
	ent_fact_list_free(l);
	l = run("Chile and Peru ended the Pacific Shield naval exercise on Friday. The exercise, "
		"which was sponsored by Canada, included ships from Ecuador.",
		"2023-06-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 4 && takes_part(f, "CAN") && takes_part(f, "ECU"));
	ent_fact_list_free(l);
}

/* Not when the sentence is about something else, names only a place, or
 * comes long after the exercise. */
TEST(extract_mixed__later_sentence_negatives)
{
	ent_fact_list *l = run("Hungary and Serbia held the Danube Shield 2023 drills. "
			       "The drills were held in Austria.",
			       "2023-06-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 2 && !takes_part(f, "AUT"));
	ent_fact_list_free(l);
	l = run("Hungary and Serbia held the Danube Shield 2023 drills. The weather was mild. "
		"Prices rose. Crowds gathered. Schools closed. "
		"The drills were joined by troops from Slovakia.",
		"2023-06-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 2 && !takes_part(f, "SVK"));
	ent_fact_list_free(l);
	/* ten parties fit in a fact (ENT_FACT_MAX_PARTICIPANTS); a list longer
	 * than it holds is left out, not cut (test_extract_exercise2.c) */
	l = run("Kenya and Uganda opened the Lake Guard exercise on Monday. The participating "
		"nations are Tanzania, Rwanda, Burundi, Ethiopia, Somalia, Sudan, Zambia and "
		"Malawi.",
		"2023-06-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 10);
	ent_fact_list_free(l);
}

/* "both nations" after a sentence names two states is those two, not the
 * states of the unit before. */
TEST(extract_mixed__both_nations_in_the_sentence)
{
	ent_fact_list *l = run("Brazil, India and South Africa will hold a naval exercise in July.\n\n"
			       "The exercise Andes 2022 has begun, in what one general called \"a "
			       "fine test for the forces of Bolivia and Paraguay.\" Its goal is "
			       "\"closer ties of both nations' armies.\"",
			       "2022-06-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = named(l, "Andes 2022");
	CHECK(f && f->nparticipants == 2 && takes_part(f, "BOL") && takes_part(f, "PRY") && !takes_part(f, "BRA"));
	ent_fact_list_free(l);
}

/* ", weeks after X held a drill with Y": two drills in one sentence, each
 * with its own parties. */
TEST(extract_mixed__drill_told_as_the_time_of_another)
{
	ent_fact_list *l = run("Chile and Peru began their first joint naval exercise, just days "
			       "after the Chilean navy held a similar drill with Ecuador.",
			       "2021-03-01");
	size_t i, both = 0, ecu = 0;
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 2);
	for (i = 0; i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_EXERCISE)
			continue;
		both += f->nparticipants == 2 && takes_part(f, "CHL") && takes_part(f, "PER");
		ecu += f->nparticipants == 2 && takes_part(f, "CHL") && takes_part(f, "ECU");
	}
	CHECK(both == 1 && ecu == 1);
	ent_fact_list_free(l);
	/* a comma before a date is no second clause */
	l = run("Chile and Peru began a naval exercise on Monday, two days after the summit.",
		"2021-03-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	ent_fact_list_free(l);
}

/* A year after "fought a war" dates the war, not the drill; "wargames in
 * 2019, years after the war" are the drill's. */
TEST(extract_mixed__war_year_is_not_the_drills)
{
	ent_fact_list *l = run("The naval exercise of Peru and Ecuador, two neighbours who once "
			       "fought a war in 1995, began on Friday.",
			       "2021-03-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->year != 1995);
	ent_fact_list_free(l);
	l = run("Peru and Ecuador held wargames in 2019, years after the war.", "2021-03-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->year == 2019);
	ent_fact_list_free(l);
}

/* "Prior to this operation in X, ...": X places the other event; the
 * drill of the main clause is a second one, without X. */
TEST(extract_mixed__time_opener_places_another_event)
{
	ent_fact_list *l = run("Poland and Lithuania opened an air exercise in Latvia on Monday. "
			       "Before this deployment in Latvia, the jets of Poland and Lithuania "
			       "held training exercises with Danish aircraft.",
			       "2024-05-02");
	size_t i, dnk = 0;
	CHECK(l != NULL);
	for (i = 0; i < l->n; i++)
		if (l->v[i].type == ENT_FACT_EXERCISE && takes_part(&l->v[i], "DNK"))
			dnk += !takes_part(&l->v[i], "LVA");
	CHECK(dnk == 1);
	ent_fact_list_free(l);
	/* the states after the opener's comma are the drill's */
	l = run("Before the summit, Estonia and Finland held joint drills.", "2024-05-02");
	CHECK(l != NULL);
	CHECK(takes_part(first(l, ENT_FACT_EXERCISE), "EST") && takes_part(first(l, ENT_FACT_EXERCISE), "FIN"));
	ent_fact_list_free(l);
}

/* "named X" names the drill right after its word, not a ship later on. */
TEST(extract_mixed__named_is_the_drills_name_only_near_it)
{
	ent_fact_list *l = run("Greece and Egypt held naval exercises named Olive Branch in May.",
			       "2024-06-02");
	CHECK(l != NULL);
	CHECK(named(l, "Olive Branch") != NULL);
	ent_fact_list_free(l);
	l = run("Greece and Egypt held naval drills in May. The Greek navy joined the exercise "
		"with new ships such as a large frigate, named Blue Star, and two corvettes.",
		"2024-06-02");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(named(l, "Blue Star") == NULL);
	ent_fact_list_free(l);
}

/* Observers are no parties: "with X and Y as observers", "X attended as
 * observers", "observers from X and Y". */
TEST(extract_mixed__observers_are_not_parties)
{
	ent_fact_list *l = run("Oman, Qatar and Kuwait held the Gulf Pearl 5 drills, with Jordan "
			       "and Morocco as observers.",
			       "2024-06-02");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 3 && !takes_part(f, "JOR") && !takes_part(f, "MAR"));
	ent_fact_list_free(l);
	l = run("Oman and Qatar held drills with the participation of Kuwait, while Jordan and "
		"Morocco attended as observers.",
		"2024-06-02");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 3 && takes_part(f, "KWT") && !takes_part(f, "JOR"));
	ent_fact_list_free(l);
	l = run("Oman, Qatar and Kuwait held the Gulf Pearl 5 drills. The exercise included "
		"observers from Jordan and Morocco.",
		"2024-06-02");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 3 && !takes_part(f, "JOR"));
	ent_fact_list_free(l);
	/* a state that observes nothing stays a party */
	l = run("Oman, Qatar and Kuwait held the Gulf Pearl 5 drills with Jordan, as analysts "
		"had expected.",
		"2024-06-02");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 4 && takes_part(f, "JOR"));
	ent_fact_list_free(l);
}

/* "X also took part in the drills", "Troops from X and Y joined the
 * exercise": parties added to the exercise just told. */
TEST(extract_mixed__state_joins_the_drills_told)
{
	ent_fact_list *l = run("Kazakhstan and Kyrgyzstan held the Steppe Eagle 2022 exercise. "
			       "Tajikistan also took part in the drills.",
			       "2022-09-02");
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 3 && takes_part(f, "TJK"));
	ent_fact_list_free(l);
	l = run("Kazakhstan and Kyrgyzstan held the Steppe Eagle 2022 exercise. Soldiers from "
		"Tajikistan and Mongolia joined the exercise.",
		"2022-09-02");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 4 && takes_part(f, "MNG"));
	ent_fact_list_free(l);
	/* a state that criticised the drills joins nothing */
	l = run("Kazakhstan and Kyrgyzstan held the Steppe Eagle 2022 exercise. Russia "
		"criticised the drills.",
		"2022-09-02");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 2);
	ent_fact_list_free(l);
}

/* Joint and coordinated patrols are exercises; patrol craft are not. */
TEST(extract_mixed__joint_patrols)
{
	ent_fact_list *l = run("The navies of Vietnam and Cambodia conducted a coordinated patrol "
			       "(VICAPAT) in the Gulf of Thailand in 2022.",
			       "2022-08-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 2 && takes_part(f, "VNM") && takes_part(f, "KHM") && f->year == 2022 &&
	      f->name && !strcmp(f->name, "VICAPAT"));
	ent_fact_list_free(l);
	l = run("Japan and South Korea held a joint air patrol in March.", "2022-08-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	ent_fact_list_free(l);
	l = run("Vietnam and Cambodia discussed buying joint patrol vessels.", "2022-08-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	l = run("Vietnam and Cambodia held talks while their navies patrol the gulf.", "2022-08-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
}

/* "the twelfth edition" held in another year is an edition of the exercise
 * in play, named without the first one's mark; a future one is none. */
TEST(extract_mixed__numbered_edition)
{
	ent_fact_list *l = run("Nepal and Bhutan held the Himal Friend-IV exercise in 2019. In "
			       "2022, the two countries held the fifth edition in Bhutan.",
			       "2022-08-01");
	size_t i, y2022 = 0;
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 2);
	for (i = 0; i < l->n; i++)
		if (l->v[i].type == ENT_FACT_EXERCISE && l->v[i].year == 2022)
			y2022 += l->v[i].nparticipants == 2 && takes_part(&l->v[i], "NPL") &&
				 l->v[i].name && !strcmp(l->v[i].name, "Himal Friend");
	CHECK(y2022 == 1);
	ent_fact_list_free(l);
	l = run("Nepal and Bhutan held the Himal Friend-IV exercise in 2019. The fifth edition "
		"will be held in 2024.",
		"2022-08-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	ent_fact_list_free(l);
	/* the edition in figures: "5th" is read as "5" and "th" */
	l = run("Nepal and Bhutan held the Himal Friend-IV exercise in 2019. In 2022, the two "
		"countries held the 5th edition in Bhutan.",
		"2022-08-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 2);
	ent_fact_list_free(l);
	/* "In 2023, X hosted the fifth such exercise, which included A, B":
	 * an edition of its own beside an undated drill to come (stop 38) */
	l = run("Nepal and Bhutan will hold a joint military exercise this month. In 2023, Nepal "
		"hosted the fifth such exercise, which included participation from Bhutan, India "
		"and Bangladesh.",
		NULL);
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 2);
	for (i = 0, y2022 = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_EXERCISE && l->v[i].year == 0)
			y2022 += l->v[i].nparticipants == 2 && takes_part(&l->v[i], "BTN");
	CHECK(y2022 == 1);
	ent_fact_list_free(l);
}

/* One name spelt twice with two letters swapped is one exercise; two
 * names that differ otherwise are two. */
TEST(extract_mixed__name_with_swapped_letters)
{
	ent_fact_list *l = run("Serbia and Belarus opened the Slavic Shield drills on Monday. "
			       "Serbia and Belarus ended the Slavic Sheild drills on Friday.",
			       "2022-08-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	ent_fact_list_free(l);
	l = run("Serbia and Belarus opened the Slavic Shield drills on Monday. "
		"Serbia and Belarus ended the Slavic Spear drills on Friday.",
		"2022-08-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 2);
	ent_fact_list_free(l);
}

/* "In 2019, ..." opening a paragraph dates the drills it goes on to tell
 * without their own date; not across paragraphs, not "last month". */
TEST(extract_mixed__paragraph_opening_year)
{
	ent_fact_list *l = run("In 2018, Hanoi and New Delhi upgraded their ties. The two sides held "
			       "a joint naval exercise off Da Nang.",
			       "2024-05-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->year == 2018 && takes_part(f, "VNM") && takes_part(f, "IND"));
	ent_fact_list_free(l);
	l = run("In 2018, Hanoi and New Delhi upgraded their ties.\n\nThe two sides held a joint "
		"naval exercise off Da Nang.",
		"2024-05-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->year != 2018);
	ent_fact_list_free(l);
	l = run("In 2018, Hanoi and New Delhi upgraded their ties. Last month, the two sides held "
		"a joint naval exercise off Da Nang.",
		"2024-05-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->year != 2018);
	ent_fact_list_free(l);
	/* a weekday dates the drill by the text's own time (stop 38) */
	l = run("In 2018, Hanoi and New Delhi upgraded their ties. The two sides launched a joint "
		"naval exercise off Da Nang on Tuesday.",
		"2024-05-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->year == 2024);
	ent_fact_list_free(l);
}

/* "drawing condemnation from X": X is a critic, no party; "brought
 * together navies from X, Y" adds parties. */
TEST(extract_mixed__critic_noun_and_brought_together)
{
	ent_fact_list *l = run("Tokyo and Manila held the Sea Guard exercise, drawing criticism "
			       "from Beijing.",
			       "2024-05-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 2 && !takes_part(f, "CHN"));
	ent_fact_list_free(l);
	l = run("Oman hosted the Sea Sword exercise. The exercise brought together navies from "
		"Kenya, Egypt and India.",
		"2024-05-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 4 && takes_part(f, "KEN") && takes_part(f, "OMN"));
	ent_fact_list_free(l);
}

/* "..., while Y delayed its decision until the Xn president made a visit
 * to <Y's capital>, where the two countries agreed to a deal": "the two
 * countries" of a relative clause after "where (when)" are the last two
 * states the sentence names before it, not its first two (stop 58). */
TEST(extract_mixed__a_pair_in_a_relative_clause)
{
	const char *text = "Chile backed Peru's bid in January, while Bolivia delayed its decision "
			   "until the Peruvian president made a visit to La Paz, where the two "
			   "countries agreed to a fighter jet deal.";
	expect_not(text, "PER", "CHL");
	expect_not(text, "CHL", "PER");
	CHECK(deal_status(text, "PER", "BOL") == ENT_STATUS_SIGNED ||
	      deal_status(text, "BOL", "PER") == ENT_STATUS_SIGNED);
}
