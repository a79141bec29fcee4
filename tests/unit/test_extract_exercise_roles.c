/*
 * test_extract_exercise_roles.c - who takes part in an exercise, its year
 * and its name, on sentences written for these tests: places, relations,
 * critics and other events' dates are not the drill's.
 */
#include "extract_harness.h"
/* One state drilling near a neighbour is no joint exercise. */
TEST(extract_exercise_roles__one_state_near_a_border)
{
	ent_fact_list *l = run("Vietnam's navy started exercises close to its maritime border with "
			       "China on Monday.",
			       "2024-05-02");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	l = run("Chile's army began military drills near its frontier with Bolivia amid "
		"Santiago's frosty relations with Lima and Buenos Aires.",
		"2024-05-02");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
}

/* A region bordering a state, the X-Y border: places, not parties. */
TEST(extract_exercise_roles__places_are_not_parties)
{
	ent_fact_list *l = run("Norway and Finland held joint drills in a region bordering Russia.",
			       "2024-05-02");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 2 && takes_part(f, "NOR") && takes_part(f, "FIN"));
	ent_fact_list_free(l);
	l = run("Thailand and Malaysia began joint exercises at the Cambodia-Laos border.",
		"2024-05-02");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 2 && takes_part(f, "THA") && takes_part(f, "MYS"));
	ent_fact_list_free(l);
}

/* A state that objects to a drill, or whose "business" it is not, takes
 * no part; nor does one criticised for staging it. */
TEST(extract_exercise_roles__critics_are_not_parties)
{
	ent_fact_list *l = run("Russia had raised objections to the joint exercise between Poland "
			       "and Lithuania.",
			       "2024-05-02");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 2 && takes_part(f, "POL") && takes_part(f, "LTU") && !takes_part(f, "RUS"));
	ent_fact_list_free(l);
	l = run("A diplomat said naval drills by Japan and Australia are none of China's business.",
		"2024-05-02");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "JPN") && takes_part(f, "AUS") && !takes_part(f, "CHN"));
	ent_fact_list_free(l);
	l = run("Egypt will hold joint drills with Sudan after Cairo criticized Ethiopia for "
		"staging exercises.",
		"2024-05-02");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "EGY") && takes_part(f, "SDN") && !takes_part(f, "ETH"));
	ent_fact_list_free(l);
}

/* Those condemned or warned "for" or "over" the drill in play hold it;
 * the state that condemns or warns, even "on Friday", does not; nor do
 * states listed after "against". */
TEST(extract_exercise_roles__charged_with_the_drill)
{
	static const char *const text[] = {
		"Laos on Friday condemned Thailand and the United States for planning their "
		"joint live-fire drills next week.",
		"Iran slammed Thailand and the United States over their joint naval drills.",
		"Russia warned Thailand and the US over joint drills near its coast.",
		"Myanmar sharply criticised Thailand and the United States for holding "
		"combined exercises.",
		NULL};
	ent_fact_list *l;
	const ent_fact *f;
	size_t i;
	for (i = 0; text[i]; i++) {
		l = run(text[i], "2024-05-02");
		CHECK(l != NULL);
		f = first(l, ENT_FACT_EXERCISE);
		CHECK(f && f->nparticipants == 2 && takes_part(f, "THA") && takes_part(f, "USA"));
		ent_fact_list_free(l);
	}
	l = run("Vietnam also issued a warning against Thailand and the US, saying the joint "
		"exercises will take place near its waters.",
		"2024-05-02");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(!f || (!takes_part(f, "VNM") && !takes_part(f, "USA")));
	ent_fact_list_free(l);
}

/* Who labels a drill ("described as threats by X's president",
 * "labelled intimidation by X", "hailed by X"), who rejects it, and whose
 * hold a place is in ("territory occupied by X") take no part; "around X"
 * is a place. */
TEST(extract_exercise_roles__labellers_and_holders)
{
	ent_fact_list *l;
	const ent_fact *f;
	l = run("Russia and Belarus held joint drills around Lithuania, which were described as "
		"threats to regional security by Poland's president and labelled intimidation by "
		"Latvia.",
		"2024-05-02");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 2 && takes_part(f, "RUS") && takes_part(f, "BLR"));
	ent_fact_list_free(l);
	l = run("The joint drills by Ghana and Togo were hailed by Benin.", "2024-05-02");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 2 && !takes_part(f, "BEN"));
	ent_fact_list_free(l);
	l = run("Mauritius rejects the holding of these exercises on Mauritian territory illegally "
		"occupied by the United Kingdom, it said.",
		"2024-05-02");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
}

/* The other side of a war ("engaged in a war with X", "wages a war against
 * X") and a state that "said it was concerned" take no part. */
TEST(extract_exercise_roles__war_foes_and_the_concerned)
{
	ent_fact_list *l = run("Ghana will hold joint military exercises with several countries, "
			       "including Togo, the United States on Tuesday said it was concerned, "
			       "while Ghana is engaged in a war with Burkina Faso.",
			       "2024-05-02");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "GHA") && takes_part(f, "TGO") && !takes_part(f, "USA") &&
	      !takes_part(f, "BFA"));
	ent_fact_list_free(l);
	l = run("Ghana will hold joint exercises with Togo and Benin while it wages a war against "
		"Mali.",
		"2024-05-02");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 3 && !takes_part(f, "MLI"));
	ent_fact_list_free(l);
	/* control: war games with X are drills with X */
	l = run("Ghana held war games with Togo.", "2024-05-02");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "TGO"));
	ent_fact_list_free(l);
	/* a state right before "war games" takes part (stop 42) */
	l = run("Ghana joins Togo-Benin war games.", "2024-05-02");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 3 && takes_part(f, "BEN"));
	ent_fact_list_free(l);
}

/* A passive with its auxiliary: "the exercise was conducted by X and Y". */
TEST(extract_exercise_roles__held_by_after_an_auxiliary)
{
	ent_fact_list *l = run("The exercise was conducted by Ghana and Togo in 2023.", NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 2 && takes_part(f, "GHA") && takes_part(f, "TGO"));
	ent_fact_list_free(l);
	l = run("The drills were held by Ghana and Togo.", NULL);
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "GHA") && takes_part(f, "TGO"));
	ent_fact_list_free(l);
	/* control: "by" with no verb of holding */
	l = run("The drills were criticised by Ghana.", NULL);
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
}

/* The year of an accord in the same sentence is not the drill's year, and
 * the accord's signatories are not its parties. */
TEST(extract_exercise_roles__year_of_another_event)
{
	ent_fact_list *l = run("The joint drill between Kenya and Tanzania breaches the accord "
			       "between Kenya and Uganda in 1999 and 2004, a minister said.",
			       "2023-03-10");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->year == 2023);
	CHECK(f && takes_part(f, "KEN") && takes_part(f, "TZA") && !takes_part(f, "UGA"));
	ent_fact_list_free(l);
}

/* The start of a series is its history, not an exercise of that year. */
TEST(extract_exercise_roles__series_history)
{
	ent_fact_list *l = run("The series of exercises between Greece and Cyprus began in April 2008 "
			       "and has since gone through nine iterations.",
			       "2023-03-10");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
}

/* "a joint naval exercise, Morjan-XIV, in ..." names the exercise. */
TEST(extract_exercise_roles__apposition_name)
{
	ent_fact_list *l = run("Navies of Egypt and Saudi Arabia will hold a joint naval exercise, "
			       "Morjan-XIV, in the Red Sea from Sunday.",
			       "2023-03-10");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->name && !strcmp(f->name, "Morjan-XIV"));
	ent_fact_list_free(l);
	l = run("Oman and Jordan held the exercise, Tuesday, in the desert.", "2023-03-10");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(!f || !f->name || strcmp(f->name, "Tuesday") != 0);
	ent_fact_list_free(l);
	/* a rank or title after the comma opens a person's name */
	l = run("Before the start of the exercises, General Mark Rowan, head of the US Africa "
		"Command, met Ghana's army chief.",
		"2023-03-10");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(!f || !f->name || strncmp(f->name, "General", 7) != 0);
	ent_fact_list_free(l);
	l = run("Ghana and Togo held a joint drill, Kofi Mensah, the Ghanaian defence ministry "
		"spokesman, said on Monday.",
		"2023-03-10");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(!f || !f->name || strncmp(f->name, "Kofi", 4) != 0);
	ent_fact_list_free(l);
	l = run("Ahead of the joint drills, Defence Minister Ana Silva, of Portugal, toured "
		"Morocco's bases.",
		"2023-03-10");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(!f || !f->name || strncmp(f->name, "Defence", 7) != 0);
	ent_fact_list_free(l);
}

/* "Named X, the exercise ..." opens with the drill's name; "the exercise
 * will see navies of X and Y take part" lists its parties. */
TEST(extract_exercise_roles__named_before_and_seen)
{
	ent_fact_list *l = run("Named Blue Harbour, the exercise involves Ghana, Togo and Benin.",
			       "2023-03-10");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->name && !strcmp(f->name, "Blue Harbour") && f->nparticipants == 3);
	ent_fact_list_free(l);
	l = run("Named after a river, the exercise involves Ghana and Togo.", "2023-03-10");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 2 && (!f->name || strcmp(f->name, "after") != 0));
	ent_fact_list_free(l);
	l = run("The exercise will see navies of Ghana, Togo and Benin take part off Lome.",
		"2023-03-10");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 3 && takes_part(f, "GHA") && takes_part(f, "TGO") &&
	      takes_part(f, "BEN"));
	ent_fact_list_free(l);
	l = run("The drills saw a rise in tension between Ghana and Togo.", "2023-03-10");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
}

/* A quotation that opens before the exercise word is no name; the quoted
 * name inside it is. */
TEST(extract_exercise_roles__quoted_name)
{
	ent_fact_list *l = run("\"Joint drills like 'Desert Falcon' build trust between Oman and "
			       "Jordan,\" the envoy said.",
			       "2023-03-10");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->name && !strcmp(f->name, "Desert Falcon"));
	ent_fact_list_free(l);
}

/* "Last year, it was held ... in 2022" after a sentence that reported an
 * exercise: an earlier edition of it, with the same parties. */
TEST(extract_exercise_roles__earlier_edition_by_it)
{
	ent_fact_list *l = run("Ghana and Togo hold a joint exercise annually along their coast. "
			       "Last year, it was held at a base near Accra in May 2022.",
			       "2023-08-01");
	size_t i;
	int y22 = 0, y23 = 0;
	CHECK(l != NULL);
	for (i = 0; i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_EXERCISE || !takes_part(f, "GHA") || !takes_part(f, "TGO"))
			continue;
		y22 |= f->year == 2022;
		y23 |= f->year == 2023;
	}
	CHECK(y22 && y23);
	ent_fact_list_free(l);
	/* no sign of an earlier edition: the date is the same exercise's */
	l = run("Ghana and Togo held a joint naval exercise off Lome. It was held in May 2022.",
		"2023-08-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	ent_fact_list_free(l);
}

/* A relation or background phrase before the drill, and "raised" without an
 * objection, leave the parties in place. */
TEST(extract_exercise_roles__scopes_keep_parties_before_the_drill)
{
	ent_fact_list *l = run("Amid rising tensions Peru and Ecuador held joint naval drills in "
			       "the Pacific.",
			       "2024-05-02");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "PER") && takes_part(f, "ECU"));
	ent_fact_list_free(l);
	l = run("Mongolia deepened its ties with Japan through joint army drills.", "2024-05-02");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "MNG") && takes_part(f, "JPN"));
	ent_fact_list_free(l);
	l = run("Qatar raised the number of its joint drills with Kuwait.", "2024-05-02");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "QAT") && takes_part(f, "KWT"));
	ent_fact_list_free(l);
}

/* A water named after a state places the drill: "the Sea of X", "the Gulf of
 * X", "the East X Sea" name no party. */
TEST(extract_exercise_roles__waters_named_after_states)
{
	ent_fact_list *l = run("Brazil and Argentina started joint naval drills in the Gulf of "
			       "Mexico on Friday.",
			       "2024-05-02");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 2 && takes_part(f, "BRA") && takes_part(f, "ARG") && !takes_part(f, "MEX"));
	ent_fact_list_free(l);
	l = run("Indonesia and Malaysia held naval exercises near the Andaman Sea and in the "
		"Sea of Oman last week.",
		"2024-05-02");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "IDN") && takes_part(f, "MYS") && !takes_part(f, "OMN"));
	ent_fact_list_free(l);
	l = run("Vietnam and Thailand began joint drills in the East Japan Sea.", "2024-05-02");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "VNM") && takes_part(f, "THA") && !takes_part(f, "JPN"));
	ent_fact_list_free(l);
}

/* The object of a purpose clause after the drill is no party: "as they seek
 * to counterbalance X", "to deter X", "aimed at X". */
TEST(extract_exercise_roles__purpose_objects_are_not_parties)
{
	ent_fact_list *l = run("Iran and Syria launched joint air drills on Monday as they seek to "
			       "counterbalance what they call a Turkish-led bloc.",
			       "2024-05-02");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 2 && takes_part(f, "IRN") && takes_part(f, "SYR") && !takes_part(f, "TUR"));
	ent_fact_list_free(l);
	l = run("Greece and Cyprus staged naval exercises meant to deter Turkey.", "2024-05-02");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "GRC") && takes_part(f, "CYP") && !takes_part(f, "TUR"));
	ent_fact_list_free(l);
	l = run("Laos and Cambodia held drills aimed at Thailand, analysts said.", "2024-05-02");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "LAO") && takes_part(f, "KHM") && !takes_part(f, "THA"));
	ent_fact_list_free(l);
	/* a party after "with" stays one */
	l = run("Laos held drills aimed at better coordination with Cambodia.", "2024-05-02");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "LAO") && takes_part(f, "KHM"));
	ent_fact_list_free(l);
}

/* A state "suspicious about" or "wary of" a drill is a critic, no party. */
TEST(extract_exercise_roles__wary_states_are_not_parties)
{
	ent_fact_list *l = run("Russia has been suspicious about the joint exercise of Norway and "
			       "Sweden.",
			       "2024-05-02");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "NOR") && takes_part(f, "SWE") && !takes_part(f, "RUS"));
	ent_fact_list_free(l);
	l = run("Algeria is wary of the Blue Falcon exercise.", "2024-05-02");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
}

/* "The exercise, titled X, ..." names the exercise. */
TEST(extract_exercise_roles__titled_name)
{
	ent_fact_list *l = run("Oman and Jordan held a joint exercise on Monday. The exercise, "
			       "titled Desert Shield-III, took place in Jordan.",
			       "2023-03-10");
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->name && !strcmp(f->name, "Desert Shield-III"));
	ent_fact_list_free(l);
}

/* Is there an exercise fact of this year with these two parties (and name,
 * when given)? */
static int has_edition(const ent_fact_list *l, int year, const char *a, const char *b,
		       const char *name)
{
	size_t i;
	for (i = 0; l && i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type == ENT_FACT_EXERCISE && f->year == year && takes_part(f, a) && takes_part(f, b) &&
		    (!name || (f->name && !strcmp(f->name, name))))
			return 1;
	}
	return 0;
}

/* A sentence about an earlier edition ("the previous edition", "since its
 * inception in YEAR", "last year's drills") gives a fact of its own for that
 * year, with the name and parties of the exercise in play, and does not
 * join the current edition. */
TEST(extract_exercise_roles__earlier_edition_named)
{
	ent_fact_list *l = run("Peru and Chile began the joint naval exercise Pacific Shield-2024 "
			       "on Monday.\n\n"
			       "Pacific Shield has been a yearly exercise since its inception in "
			       "2015, officials said.\n\n"
			       "The previous edition of Pacific Shield took place in Arica from May "
			       "2 to May 9, 2023.",
			       "2024-06-03");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 3);
	CHECK(has_edition(l, 2024, "PER", "CHL", "Pacific Shield-2024"));
	CHECK(has_edition(l, 2023, "PER", "CHL", "Pacific Shield"));
	CHECK(has_edition(l, 2015, "PER", "CHL", "Pacific Shield"));
	ent_fact_list_free(l);
	/* "last year's drills", in the document's year before */
	l = run("Egypt and Greece started joint air drills over the Aegean on Sunday. Last year's "
		"drills were held near Crete.",
		"2024-06-03");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 2);
	CHECK(has_edition(l, 2024, "EGY", "GRC", NULL));
	CHECK(has_edition(l, 2023, "EGY", "GRC", NULL));
	ent_fact_list_free(l);
	/* a state of its own joins the earlier edition */
	l = run("France and Spain held a joint naval exercise off Toulon on Sunday. Italy took "
		"part in last year's exercise as well.",
		"2024-06-03");
	CHECK(l != NULL);
	CHECK(has_edition(l, 2023, "FRA", "ITA", NULL) && has_edition(l, 2023, "ESP", "ITA", NULL));
	CHECK(has_edition(l, 2024, "FRA", "ESP", NULL));
	ent_fact_list_free(l);
	/* with no earlier year, nothing new */
	l = run("Egypt and Greece started joint air drills over the Aegean on Sunday. The "
		"drills are larger than earlier exercises.",
		"2024-06-03");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	ent_fact_list_free(l);
}

/* An earlier exercise between a pair of its own keeps that pair alone. */
TEST(extract_exercise_roles__earlier_edition_own_pair)
{
	ent_fact_list *l = run("Peru and Chile began the joint naval exercise Pacific Shield-2024 "
			       "on Monday. The last joint exercise between Peru and Bolivia was "
			       "held in 2019.",
			       "2024-06-03");
	size_t i;
	int ok = 0, mixed = 0;
	CHECK(l != NULL);
	for (i = 0; i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_EXERCISE || f->year != 2019)
			continue;
		ok |= takes_part(f, "PER") && takes_part(f, "BOL");
		mixed |= takes_part(f, "CHL") || (f->name != NULL);
	}
	CHECK(ok && !mixed);
	CHECK(has_edition(l, 2024, "PER", "CHL", "Pacific Shield-2024"));
	ent_fact_list_free(l);
}

/* "was last held in YEAR" dates an earlier edition. */
TEST(extract_exercise_roles__last_held_in)
{
	ent_fact_list *l = run("Kenya and Rwanda began a joint army exercise on Monday. The "
			       "exercise was last held in 2021.",
			       "2024-06-03");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 2);
	CHECK(has_edition(l, 2024, "KEN", "RWA", NULL));
	CHECK(has_edition(l, 2021, "KEN", "RWA", NULL));
	ent_fact_list_free(l);
}

/* A quoted name keeps its capitalised words, even ones that alone only
 * describe ("Joint", "Sea"). */
TEST(extract_exercise_roles__quoted_name_of_common_words)
{
	ent_fact_list *l = run("Chile and Peru began the \"Joint Sea Shield-2024\" exercises on "
			       "Monday.",
			       "2024-06-03");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->name && !strcmp(f->name, "Joint Sea Shield-2024"));
	ent_fact_list_free(l);
}

/* "held similar drills in 2019 and 2022": one exercise per year of the run */
TEST(extract_exercise_roles__a_run_of_years_is_a_run_of_editions)
{
	ent_fact_list *l = run("Chile and Peru held joint naval drills in 2019, 2021 and 2023.", NULL);
	size_t i;
	int seen[3] = {0, 0, 0};
	CHECK(l != NULL);
	if (!l)
		return;
	for (i = 0; i < l->n; i++) {
		if (l->v[i].type != ENT_FACT_EXERCISE)
			continue;
		seen[0] |= l->v[i].year == 2019;
		seen[1] |= l->v[i].year == 2021;
		seen[2] |= l->v[i].year == 2023;
	}
	CHECK(seen[0] && seen[1] && seen[2]);
	CHECK_INT(count(l, ENT_FACT_EXERCISE), 3);
	ent_fact_list_free(l);
}

/* The state a drill is a snub, message or warning to ("In a snub to X,
 * ...", "in a strong message to X") is whom it is addressed to, no party. */
TEST(extract_exercise_roles__addressee_is_no_party)
{
	static const char *const texts[] = {
		"In a snub to Russia, Finland is set to join Sweden's naval exercise with Norway.",
		"In a strong message to Iran, Oman and the United States held joint drills.",
	};
	static const char *const out[] = {"RUS", "IRN"};
	size_t i;
	for (i = 0; i < 2; i++) {
		ent_fact_list *l = run(texts[i], "2024-05-02");
		const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
		CHECK(f != NULL);
		CHECK(f && f->nparticipants >= 2 && !takes_part(f, out[i]));
		ent_fact_list_free(l);
	}
}

/* "near the Xn border with NATO member Y": a title between "with" and the
 * state keeps it a place; "with fellow NATO member Y" is still a party. */
TEST(extract_exercise_roles__a_border_with_a_titled_neighbour)
{
	ent_fact_list *l = run("Peru, Chile and Bolivia are holding joint military exercises near "
			       "the Bolivian border with fellow OAS member Brazil.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "PER") && takes_part(f, "CHL") && takes_part(f, "BOL"));
	CHECK(f && !takes_part(f, "BRA"));
	ent_fact_list_free(l);
	l = run("Peru held drills with fellow NATO member Brazil.", NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "BRA") && takes_part(f, "PER"));
	ent_fact_list_free(l);
}

/* "Taking part are four republics -- A, B, C and D", "Participating in
 * the drills were A and B": the subjects follow the verb of being, after
 * a verb of taking part that opens the sentence, up to a clause of
 * contrast ("while D is absent"); "Taking part in the talks were A and B"
 * names no drill. */
TEST(extract_exercise_roles__inverted_taking_part)
{
	static const char *const texts[] = {
		"The Steppe Shield 2025 exercise opened near Almaty on Monday. Taking part are "
		"three Central Asian republics -- Kazakhstan, Kyrgyzstan and Tajikistan, while "
		"Uzbekistan is absent.",
		"The Steppe Shield 2025 exercise opened on Monday. Participating in the drills "
		"were Kazakhstan, Kyrgyzstan and Tajikistan.",
	};
	size_t i;
	ent_fact_list *l;
	for (i = 0; i < 2; i++) {
		const ent_fact *f;
		l = run(texts[i], NULL);
		f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
		CHECK(f && takes_part(f, "KAZ") && takes_part(f, "KGZ") && takes_part(f, "TJK"));
		CHECK(f && !takes_part(f, "UZB"));
		CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
		ent_fact_list_free(l);
	}
	l = run("Taking part in the talks were Kazakhstan and Kyrgyzstan.", NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
}

/* A known drill that "is set (due) to begin" or "will begin" waits for its
 * parties; "In addition to A and B, participating countries include C, D"
 * names all four; "participate in the A-led exercise" joins the drill in
 * play (stop 61). */
TEST(extract_exercise_roles__participants_besides_and_a_led_drill)
{
	static const char *const texts[] = {
		"The biennial Cobra Gold is set to begin next month. In addition to Thailand and "
		"Chile, participating countries include Peru, Ghana and Kenya. Troops from Uruguay "
		"will also participate in the Thailand-led exercise.",
		"Cobra Gold will begin next month. In addition to Thailand and Chile, participating "
		"countries include Peru, Ghana and Kenya. Troops from Uruguay will also participate "
		"in the Thailand-led exercise.",
	};
	size_t i;
	for (i = 0; i < 2; i++) {
		ent_fact_list *l = run(texts[i], NULL);
		const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
		CHECK(f && takes_part(f, "THA") && takes_part(f, "CHL") && takes_part(f, "PER") &&
		      takes_part(f, "GHA") && takes_part(f, "KEN") && takes_part(f, "URY"));
		CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
		ent_fact_list_free(l);
	}
}

/* "... troops begin war games; US reacts": a state answering in a clause
 * after ";" takes no part (stop 61). */
TEST(extract_exercise_roles__the_state_that_reacts_takes_no_part)
{
	ent_fact_list *l = run("Kenyan, Ugandan and Tanzanian troops begin weeklong war games; "
			       "Ethiopia reacts",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "KEN") && takes_part(f, "UGA") && takes_part(f, "TZA"));
	CHECK(f && !takes_part(f, "ETH"));
	ent_fact_list_free(l);
}
