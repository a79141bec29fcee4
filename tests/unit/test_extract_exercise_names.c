/*
 * test_extract_exercise_names.c - exercises told by their name alone
 * (data/exercises.tsv), without the word "exercise": "Thailand and the US
 * opened Cobra Gold 2024", "troops from X and Y participated in African
 * Lion 2023", "RIMPAC 2024 began ...", and the same names in other senses
 * ("Indra Systems", "the Malabar coast"), which tell no drill.  Sentences
 * written for these tests; none quotes an article.
 */
#include "extract_harness.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* The text (published on date, or NULL) gives one exercise, with the
 * parties of codes (NULL-terminated) and no other, of the year (0: any),
 * whose name begins with name (NULL: any). */
static int ex_named(const char *text, const char *date, const char *const *codes, int year,
		    const char *name)
{
	ent_fact_list *l = run(text, date);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	int ok = f && count(l, ENT_FACT_EXERCISE) == 1;
	size_t i;
	for (i = 0; ok && codes[i]; i++)
		ok = takes_part(f, codes[i]);
	ok = ok && f->nparticipants == i && (!year || f->year == year) &&
	     (!name || (f->name && !strncmp(f->name, name, strlen(name))));
	if (!ok) {
		fprintf(stderr, "    not the exercise %s (%d) in: %s\n", name ? name : "-", year,
			text);
		if (f)
			fprintf(stderr, "    got %s, %zu parties, %d\n", f->name ? f->name : "-",
				f->nparticipants, f->year);
	}
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

/* The text gives an exercise, and it has no name. */
static int ex_unnamed(const char *text)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	int ok = f && !f->name;
	if (!f)
		fprintf(stderr, "    no exercise in: %s\n", text);
	else if (f->name)
		fprintf(stderr, "    named %s in: %s\n", f->name, text);
	ent_fact_list_free(l);
	return ok;
}

#define CODES(...) ((const char *const[]){__VA_ARGS__, NULL})

TEST(extract_exercise_names__after_verbs_of_holding)
{
	CHECK(ex_named("Thailand and the United States opened Cobra Gold 2024 in Chonburi.", NULL,
		       CODES("THA", "USA"), 2024, "Cobra Gold 2024"));
	CHECK(ex_named("The Philippines and the United States kicked off Balikatan 2024 on "
		       "Monday.",
		       NULL, CODES("PHL", "USA"), 2024, "Balikatan"));
	CHECK(ex_named("India and Japan wrapped up Dharma Guardian in Rajasthan on Friday.",
		       "2024-03-08", CODES("IND", "JPN"), 2024, "Dharma Guardian"));
	CHECK(ex_named("Azerbaijan, Turkey and Pakistan staged Three Brothers 2021 in Baku.", NULL,
		       CODES("AZE", "TUR", "PAK"), 2021, "Three Brothers"));
	CHECK(ex_named("Egypt and Greece concluded Medusa 2022 off Crete.", NULL,
		       CODES("EGY", "GRC"), 2022, "Medusa"));
	CHECK(ex_named("Indonesia and the United States started Super Garuda Shield 2023 in "
		       "East Java.",
		       NULL, CODES("IDN", "USA"), 2023, "Super Garuda Shield"));
	CHECK(ex_named("Mongolia and the United States began Khaan Quest 2022 near Ulaanbaatar.",
		       NULL, CODES("MNG", "USA"), 2022, "Khaan Quest"));
	CHECK(ex_named("India and Saudi Arabia conducted Al-Mohed Al-Hindi 2023 off Jubail.", NULL,
		       CODES("IND", "SAU"), 2023, "Al-Mohed Al-Hindi"));
	CHECK(ex_named("Egypt and the United States co-hosted Bright Star 2023 at a base west "
		       "of Alexandria.",
		       NULL, CODES("EGY", "USA"), 2023, "Bright Star"));
}

TEST(extract_exercise_names__after_verbs_of_joining)
{
	CHECK(ex_named("Over 4,000 troops from Morocco and the US participated in African Lion "
		       "2023.",
		       NULL, CODES("MAR", "USA"), 2023, "African Lion"));
	CHECK(ex_named("Troops from Armenia and the United States took part in Eagle Partner 2023 "
		       "near Yerevan.",
		       NULL, CODES("ARM", "USA"), 2023, "Eagle Partner"));
	CHECK(ex_named("Ghana, Nigeria and France joined Obangame Express 2024 in the Gulf of "
		       "Guinea.",
		       NULL, CODES("GHA", "NGA", "FRA"), 2024, "Obangame Express"));
	CHECK(ex_named("Soldiers from Uzbekistan and India attended Dustlik-IV in Termez.",
		       "2023-04-20", CODES("UZB", "IND"), 2023, "Dustlik"));
	/* one state joining a known drill is news of its own */
	CHECK(ex_named("India sent 120 soldiers to Ajeya Warrior 2023 in England.", NULL,
		       CODES("IND"), 2023, "Ajeya Warrior"));
	/* "joined Yn troops in NAME" (stop 59) */
	CHECK(ex_named("The Ghana Armed Forces joined US troops in African Lion 2024.", NULL,
		       CODES("GHA", "USA"), 2024, "African Lion"));
	CHECK(nexercises_text("Ghana joined US troops in Accra.") == 0);
}

TEST(extract_exercise_names__the_name_as_subject)
{
	CHECK(ex_named("RIMPAC 2024 began off Hawaii with ships from Japan, India and Australia.",
		       NULL, CODES("JPN", "IND", "AUS"), 2024, "RIMPAC"));
	CHECK(ex_named("Cobra Gold 2024 was held in Thailand with forces from Japan and South "
		       "Korea.",
		       NULL, CODES("THA", "JPN", "KOR"), 2024, "Cobra Gold"));
	CHECK(ex_named("Anatolian Eagle 2023 brought together aircraft from Turkey, Azerbaijan, "
		       "Pakistan and Qatar.",
		       NULL, CODES("TUR", "AZE", "PAK", "QAT"), 2023, "Anatolian Eagle"));
}

TEST(extract_exercise_names__edition_marks_and_years)
{
	/* the year only in the name's mark, the text of a later year */
	CHECK(ex_named("Russia and Belarus launched Zapad-2021 on Friday.", "2023-05-01",
		       CODES("RUS", "BLR"), 2021, "Zapad-2021"));
	/* two digits near the text's year are the year */
	CHECK(ex_named("Pakistan hosted Aman-25 with China and Turkey.", "2025-02-10",
		       CODES("PAK", "CHN", "TUR"), 2025, "Aman-25"));
	CHECK(ex_named("Australia hosted Pitch Black 24 with aircraft from India, Japan and "
		       "Germany.",
		       "2024-07-15", CODES("AUS", "IND", "JPN", "DEU"), 2024, "Pitch Black 24"));
	/* a roman numeral is an edition, no year: the text's */
	CHECK(ex_named("Kyrgyzstan and India began Khanjar-XI in Bishkek.", "2024-01-22",
		       CODES("KGZ", "IND"), 2024, "Khanjar-XI"));
	/* "-13" is the thirteenth in a text of 2023 */
	CHECK(ex_named("Egypt and Greece held Medusa-13 off Crete.", "2023-11-20",
		       CODES("EGY", "GRC"), 2023, "Medusa-13"));
	/* a name that is also a firm's needs its mark */
	CHECK(ex_named("India and Russia began Indra 2021 in Volgograd.", NULL,
		       CODES("IND", "RUS"), 2021, "Indra 2021"));
}

TEST(extract_exercise_names__words_between_verb_and_name)
{
	CHECK(ex_named("India and France took part in the 40th edition of Cobra Gold in 2021.",
		       NULL, CODES("IND", "FRA"), 2021, "Cobra Gold"));
	CHECK(ex_named("Japan and Canada joined this year's US-led RIMPAC in June 2022.", NULL,
		       CODES("JPN", "CAN", "USA"), 2022, "RIMPAC"));
	/* a headline */
	CHECK(ex_named("Thailand, US open Cobra Gold 2025\n\nThe drills run for two weeks.", NULL,
		       CODES("THA", "USA"), 2025, "Cobra Gold"));
}

TEST(extract_exercise_names__two_clauses_two_drills)
{
	ent_fact_list *l = run("Thailand and the US opened Cobra Gold 2024, while Russia and "
			       "China began Joint Sea-2024 near Vladivostok.",
			       NULL);
	size_t i, n = 0;
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 2);
	for (i = 0; l && i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_EXERCISE || f->nparticipants != 2 || !f->name)
			continue;
		n += !strncmp(f->name, "Cobra Gold", 10) && takes_part(f, "THA") &&
		     takes_part(f, "USA");
		n += !strncmp(f->name, "Joint Sea", 9) && takes_part(f, "RUS") &&
		     takes_part(f, "CHN");
	}
	CHECK(n == 2);
	ent_fact_list_free(l);
}

TEST(extract_exercise_names__joined_later_is_one_drill)
{
	ent_fact_list *l = run("Thailand and the United States opened Cobra Gold 2024 on "
			       "Tuesday. Japan and Indonesia also joined Cobra Gold 2024.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(f && f->nparticipants == 4 && takes_part(f, "JPN") && takes_part(f, "IDN"));
	ent_fact_list_free(l);
}

TEST(extract_exercise_names__the_whole_name_before_a_drill_word)
{
	/* "Cobra" alone is a vehicle (weapons.tsv): the drill is "Cobra Gold" */
	CHECK(ex_named("India and France took part in the Cobra Gold drills in 2023.", NULL,
		       CODES("IND", "FRA"), 2023, "Cobra Gold"));
}

TEST(extract_exercise_names__other_senses_are_no_drill)
{
	/* a firm */
	CHECK(ex_none("Indra Systems won a contract from India in 2023."));
	CHECK(ex_none("Spain's Indra opened a radar plant in India and Brazil in 2022."));
	CHECK(ex_none("India and Brazil joined Indra in a radar venture in 2022."));
	/* a place, a shop, an airline, a park */
	CHECK(ex_none("Kerala and Karnataka opened the Malabar coast to cruise ships in 2023."));
	CHECK(ex_none("Malabar Gold opened a showroom in Dubai with partners from Qatar."));
	CHECK(ex_none("Brazil and Peru hosted Tradewinds Airlines executives in 2023."));
	CHECK(ex_none("Kakadu National Park opened to visitors from Japan and China in 2019."));
	/* a ship of that name */
	CHECK(ex_none("A ship named Medusa was launched by Greece and Italy in 2019."));
	/* meant, not held: an invitation, a plan */
	CHECK(ex_none("Russia invited China and India to join Vostok-2022."));
	CHECK(ex_none("Japan and Australia agreed to hold Malabar 2020 together."));
	/* denied */
	CHECK(ex_none("Australia and India did not take part in Malabar 2019."));
	/* one state holding it is no joint drill told */
	CHECK(ex_none("Pakistan launched Shaheen-III from a site in Sindh."));
	/* not in capitals */
	CHECK(ex_none("Norway and Sweden began a swift response to the floods in 2023."));
}

/* A row of exercises.tsv whose note is no ISO3 code is an error that names
 * the file and the line. */
TEST(extract_exercise_names__bad_row_is_an_error)
{
	char dir[] = "/tmp/ent-exnames-XXXXXX";
	gazetteer *g = NULL;
	ent_error err = {0, ""};
	CHECK(mkdtemp(dir) != NULL);
	CHECK(data_dir_with(dir, "exercises.tsv",
			    "# name\tnote\nCobra Gold\tTHA\nBalikatan\tPhilippines\n") == 0);
	CHECK(ent__gazetteer_load(&g, dir, NULL, &err) != 0);
	CHECK(g == NULL);
	CHECK(strstr(err.msg, "exercises.tsv:3") != NULL);
	data_dir_remove(dir);
}

/* A headline in title case puts its verb before the drill's word
 * ("Israeli Navy Concludes Drill With ..."): the verb and the words
 * before it name no drill; a name after the verb stays. */
TEST(extract_exercise_names__headline_verb_is_no_name)
{
	static const char *const heads[] = {
		"Chilean Navy Concludes Drill With Peru, Brazil",
		"Kenyan Army Starts Exercise With Uganda",
		"Ghana And Togo Hold Naval Drill",
	};
	size_t i;
	for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
		CHECK(ex_unnamed(heads[i]));
	CHECK(ex_named("Ghana And Togo Hold Gulf Shield Exercise", NULL, CODES("GHA", "TGO"), 0,
		       "Gulf Shield"));
}

/* A name of exercises.tsv in quotes after "called/named/dubbed" is told as
 * a drill, whatever noun stands before ("the three-day operations, called
 * 'X'"). */
TEST(extract_exercise_names__known_name_called)
{
	CHECK(ex_named("China and Russia began the three-day operations, called \"Joint "
		       "Sea-2023,\" near Vladivostok.",
		       NULL, CODES("CHN", "RUS"), 2023, "Joint Sea"));
	CHECK(ex_none("China and Russia signed a pact, called \"Joint Sea\" by critics of the "
		      "deal."));
}

/* A day or a month after the word of the drill dates it and names
 * nothing ("joint exercises Thursday", "drill May 26-31"); "May Storm"
 * is a name. */
TEST(extract_exercise_names__date_no_name)
{
	static const char *const texts[] = {
		"Ghanaian and Togolese troops began two weeks of joint exercises Thursday.",
		"Peru and Chile will hold a joint naval drill May 26-31.",
	};
	size_t i;
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++)
		CHECK(ex_unnamed(texts[i]));
	CHECK(ex_named("Peru and Chile held the May Storm joint exercise.", NULL,
		       CODES("CHL", "PER"), 0, "May Storm"));
}

/* A name before words of the drill's kind ("strategic", "annual",
 * "amphibious") and the drill word names it. */
TEST(extract_exercise_names__name_before_kind_words)
{
	CHECK(ex_named("Peru and Chile launched the Sea Wolf-2021 strategic exercises.", NULL,
		       CODES("CHL", "PER"), 2021, "Sea Wolf"));
	CHECK(ex_named("Peru and Chile held the Sea Wolf annual amphibious exercise.", NULL,
		       CODES("CHL", "PER"), 0, "Sea Wolf"));
}

/* Parties named after the drill was told: "Other participants are X, Y",
 * "five countries participating in the drills - X, Y - were present"; a
 * sentence that only names states after "other countries are" or after a
 * dash that lists no participants adds none. */
TEST(extract_exercise_names__parties_told_later)
{
	static const char *const all[] = {"PER", "CHL", "GHA", "KEN", NULL};
	static const char *const two[] = {"PER", "CHL", NULL};
	CHECK(ex_named("Peru and Chile opened Cobra Gold 2023 on Tuesday. Other participants are "
		       "Ghana and Kenya.",
		       NULL, all, 2023, "Cobra Gold"));
	CHECK(ex_named("Peru and Chile opened Cobra Gold 2023 on Tuesday. Envoys from two "
		       "countries participating in the drills \xe2\x80\x93 Ghana and Kenya "
		       "\xe2\x80\x93 were also present.",
		       NULL, all, 2023, "Cobra Gold"));
	CHECK(ex_named("Peru and Chile opened Cobra Gold 2023 on Tuesday. Other countries are "
		       "worried about Ghana.",
		       NULL, two, 2023, "Cobra Gold"));
	CHECK(ex_named("Peru and Chile opened Cobra Gold 2023 on Tuesday. Officials from Ghana "
		       "watched the drills \xe2\x80\x93 Kenya was absent.",
		       NULL, two, 2023, "Cobra Gold"));
}

/* An earlier edition told beside an undated current one ("Similar
 * exercises were held in 2005", "The last edition was held in 2019") is an
 * exercise of its own, dated; "Similar" is no name. */
TEST(extract_exercise_names__earlier_edition_of_undated_drill)
{
	static const char *const texts[] = {
		"Peruvian and Chilean forces will hold joint exercises in Chile this autumn. "
		"Similar exercises were held in 2005 in Chile.",
		"Peru and Chile began Exercise Condor on Monday. The last edition was held in 2019.",
	};
	size_t i, k;
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		ent_fact_list *l = run(texts[i], NULL);
		int undated = 0, dated = 0;
		CHECK(l != NULL);
		if (!l)
			continue;
		CHECK_INT(count(l, ENT_FACT_EXERCISE), 2);
		for (k = 0; k < l->n; k++) {
			const ent_fact *f = &l->v[k];
			if (f->type != ENT_FACT_EXERCISE)
				continue;
			undated += f->year == 0;
			dated += f->year == 2005 || f->year == 2019;
			CHECK(!f->name || strncmp(f->name, "Similar", 7) != 0);
		}
		CHECK_INT(undated, 1);
		CHECK_INT(dated, 1);
		ent_fact_list_free(l);
	}
}

/* The text gives an exercise, and none of its exercises has a name. */
static int no_drill_named(const char *text)
{
	ent_fact_list *l = run(text, NULL);
	size_t k, n = 0;
	int ok = l != NULL;
	for (k = 0; l && k < l->n; k++)
		if (l->v[k].type == ENT_FACT_EXERCISE) {
			n++;
			if (l->v[k].name) {
				fprintf(stderr, "    named %s in: %s\n", l->v[k].name, text);
				ok = 0;
			}
		}
	ent_fact_list_free(l);
	return ok && n > 0;
}

/* 'Dubbed "X 2024," the joint exercise ...' after the drill was told
 * names that drill and dates it; words of the drill's kind alone in a
 * headline ("Kick Off Joint Navy Drills") are no name. */
TEST(extract_exercise_names__dubbed_after_the_drill_was_told)
{
	CHECK(ex_named("Kenya, Ghana and Egypt have launched joint naval drills off the coast. "
		       "Dubbed \"Coral Anchor 2024,\" the joint exercise will run for five days.",
		       NULL, CODES("EGY", "GHA", "KEN"), 2024, "Coral Anchor"));
	CHECK(ex_named("Kenya, Ghana and Egypt have launched joint naval drills off the coast. "
		       "Named \"Coral Anchor,\" the exercise will run for five days.",
		       NULL, CODES("EGY", "GHA", "KEN"), 0, "Coral Anchor"));
	/* a count and a hyphen before the drill's word (stop 39) */
	CHECK(ex_named("Kenya and Ghana started their first bilateral military exercise on "
		       "Thursday. Named \"Coral Anchor 2018\", the 14-day exercise will run in "
		       "Accra.",
		       NULL, CODES("GHA", "KEN"), 2018, "Coral Anchor"));
	CHECK(no_drill_named("Kenya and Ghana held Joint Navy Drills on Monday.\n"));
	CHECK(no_drill_named("Kenya, Ghana, Egypt Kick Off Joint Navy Drills.\n"));
}

/* A sentence that opens with the name of a drill the text told goes on
 * about that one, however far back ("Desert Kite 10 saw the participation
 * of 11 nations, including ...", "In X's 60th edition, navies from A, B
 * and C participated"), even with another edition told since. */
TEST(extract_exercise_names__a_drill_named_again_far_back)
{
	CHECK(ex_named("Egypt's Desert Kite 10 exercise strengthens air force ties\n\n"
		       "Partner nations met in Egypt in April.\n\n"
		       "Kenyan F-5 jets arrive at a base for Desert Kite 2024, on April 18, 2024.\n\n"
		       "Egypt hosted Desert Kite 10 between April 21 and May 8.\n\n"
		       "Desert Kite 10 saw the participation of five nations, including Kenya, "
		       "Ghana, Nigeria and Morocco.",
		       "2025-06-01", CODES("EGY", "GHA", "KEN", "MAR", "NGA"), 2025,
		       "Desert Kite 10"));
	/* after "In", and with a verb of joining at the end */
	CHECK(ex_named("The Kenyan Navy hosted the naval exercise Coral Anchor in 2019.\n\n"
		       "Coral Anchor is the region's longest-running maritime exercise. It has "
		       "been held since 1959. Since 2001, the training has been held in phases.\n\n"
		       "In Coral Anchor's 60th edition, navies from Ghana, Egypt and Nigeria "
		       "participated.",
		       NULL, CODES("EGY", "GHA", "KEN", "NGA"), 2019, "Coral Anchor"));
}

/* "last year's X drill", "the X of last year", "the previous rounds ...
 * last year": an edition of the year before the drill in play. */
TEST(extract_exercise_names__last_year_s_edition)
{
	static const char *const texts[] = {
		"Kenya, Ghana and Egypt launched the Coral Anchor 2024 naval drill in March. It "
		"follows last year's Coral Anchor drill between Kenya, Ghana and Egypt.",
		"Kenya, Ghana and Egypt launched the Coral Anchor 2024 naval drill in March. The joint "
		"exercise follows the Coral Anchor of last year which featured a similar drill.",
		"Kenya, Ghana and Egypt launched the Coral Anchor 2024 naval drill in March. The drill "
		"marks the third round, with the previous rounds of the exercise conducted in June "
		"and November last year."};
	size_t i, k;
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		ent_fact_list *l = run(texts[i], NULL);
		int y24 = 0, y23 = 0;
		CHECK(l != NULL);
		for (k = 0; l && k < l->n; k++)
			if (l->v[k].type == ENT_FACT_EXERCISE) {
				y24 += l->v[k].year == 2024;
				y23 += l->v[k].year == 2023;
				/* the edition's name keeps no dash or year */
				CHECK(!l->v[k].name || l->v[k].name[strlen(l->v[k].name) - 1] != '-');
			}
		if (y24 != 1 || y23 != 1)
			fprintf(stderr, "    not two editions in: %s\n", texts[i]);
		CHECK(y24 == 1 && y23 == 1);
		ent_fact_list_free(l);
	}
}

/* A pair joined by a hyphen before a word of rift ("Kenya-Somalia
 * tensions") names the rivals, no parties of a drill. */
TEST(extract_exercise_names__a_hyphen_pair_of_rivals)
{
	CHECK(ex_none("War Games Shine Light on Deep-Running Kenya-Somalia Tensions"));
	CHECK(ex_named("Kenya-Somalia drills began on Monday.", "2024-05-01", CODES("KEN", "SOM"),
		       0, NULL));
}

/* Names added to data/exercises.tsv on 2026-12-03 tell a drill without
 * the word "exercise". */
TEST(extract_exercise_names__names_of_2026_12_03)
{
	CHECK(ex_named("Russia and Algeria launched Desert Shield 2022 on Wednesday.", NULL,
		       CODES("DZA", "RUS"), 2022, "Desert Shield"));
	CHECK(ex_named("Egypt and China concluded Eagles of Civilization 2025 on Friday.", NULL,
		       CODES("CHN", "EGY"), 2025, "Eagles of Civilization"));
	CHECK(ex_named("Kenya and Uganda joined Combat Brotherhood 2023 in Belarus.", NULL,
		       CODES("BLR", "KEN", "UGA"), 2023, "Combat Brotherhood"));
}

/* After a naming verb any capitalised word names, also one that opens
 * no name elsewhere ("dubbed Sea Anchor"); "Among the participants will
 * be X, Y" lists a pending drill's parties; "with the first occurring in
 * 2015" dates another edition. */
TEST(extract_exercise_names__named_after_a_naming_verb)
{
	ent_fact_list *l;
	const ent_fact *f;
	CHECK(ex_named("Kenya and Ghana launched an exercise dubbed Sea Anchor.", NULL,
		       CODES("GHA", "KEN"), 0, "Sea Anchor"));
	CHECK(ex_named("The exercise, named Sea Anchor 24, began on April 8.\n\n"
		       "Among the participants will be Kenya, Ghana and Egypt.",
		       NULL, CODES("EGY", "GHA", "KEN"), 0, "Sea Anchor 24"));
	l = run("Kenya and Ghana launched the Sea Anchor 24 drill, the second edition, with the first "
		"occurring in 2015.",
		NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f != NULL);
	CHECK(f && f->year != 2015);
	ent_fact_list_free(l);
}

/* "gathered troops from 30 nations, including A, B and C, increasing from
 * 8 countries in 2016 and 20 in 2018": the years compared with are other
 * editions', so the drill stays the one named before with its year. */
TEST(extract_exercise_names__years_of_a_comparison_date_other_editions)
{
	ent_fact_list *l = run("The Sea Anchor 2022 exercise began in Kenya on May 20.\n\n"
			       "The Sea Anchor exercise gathered 10,000 troops from 30 nations, "
			       "including Ghana, Egypt and Chad, increasing from 8 countries in 2016 "
			       "and 20 in 2018.",
			       NULL);
	size_t i, n = 0;
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_EXERCISE) {
			n++;
			CHECK(l->v[i].year != 2016 && l->v[i].year != 2018);
		}
	CHECK(l && n >= 1);
	ent_fact_list_free(l);
}

/* "Kenya and Ghana have begun drills ... The Sea Anchor 2025 manoeuvres,
 * which run until Tuesday, are taking place as Somali forces advance in
 * Ethiopia": the sentence that opens with "The" and a name names the
 * drill just told; the clause of "as" after the drill's going on, and
 * "days after X accused Y", are its background, no parties. */
TEST(extract_exercise_names__the_name_of_the_drill_just_told)
{
	CHECK(ex_named("Kenya and Ghana have begun large-scale military exercises, raising alarm "
		       "just days after Nairobi accused Uganda of sending drones across its "
		       "border.\n\n"
		       "The Sea Anchor 2025 manoeuvres, which run from Friday until Tuesday, are "
		       "taking place as Somali forces continue their advance in Ethiopia.",
		       NULL, CODES("GHA", "KEN"), 2025, "Sea Anchor 2025"));
}

/* the target of a weapon's reach, and another event told as the drill's
 * time ("48 hours after X held talks with Yn counterparts", "come shortly
 * after a Yn parade"), are no parties */
TEST(extract_exercise_names__reach_and_time_of_other_events)
{
	CHECK(ex_named("Chile and Peru started two weeks of naval exercises, deploying a missile "
		       "system capable of hitting the Bolivian mainland.",
		       NULL, CODES("CHL", "PER"), 0, NULL));
	CHECK(ex_named("The Sea Anchor naval exercises of Chile and Peru began less than 48 hours "
		       "after the Chilean minister held talks with Bolivian counterparts.",
		       NULL, CODES("CHL", "PER"), 0, "Sea Anchor"));
	CHECK(ex_named("The Chile-Peru naval drills come shortly after a massive Bolivian military "
		       "parade in La Paz.",
		       NULL, CODES("CHL", "PER"), 0, NULL));
}

/* The equipment a drill will use: "platforms including newly inducted
 * helicopter 'Rudra', Mi-17s ... of the Yn army will be utilised in the
 * exercise" is no purchase, and the quoted word far from the drill word
 * names no drill. */
TEST(extract_exercise_names__equipment_used_in_the_drill)
{
	ent_fact_list *l = run("Kenyan and Ghanaian armies have started their joint exercise "
			       "Sea Anchor in northern Kenya.\n\n"
			       "A number of aerial platforms including newly inducted indigenous "
			       "Light Helicopter 'Rudra', Mi-17s, Chinooks, Stryker vehicles of the "
			       "Ghanaian army and BMP-II vehicles of the Kenyan army will be utilised "
			       "in the exercise.",
			       NULL);
	size_t i, nex = 0;
	CHECK(l != NULL);
	for (i = 0; l && i < l->n; i++) {
		CHECK(l->v[i].type != ENT_FACT_DEAL && l->v[i].type != ENT_FACT_SUPPLY);
		if (l->v[i].type == ENT_FACT_EXERCISE) {
			nex++;
			CHECK(l->v[i].name && strcmp(l->v[i].name, "Rudra") != 0);
		}
	}
	CHECK_INT(nex, 1);
	ent_fact_list_free(l);
}

/* Where a place lies names no party: "to defend the gap, a stretch of land
 * that sits between X and the Yn exclave". */
TEST(extract_exercise_names__where_a_place_lies_names_no_party)
{
	CHECK(ex_named("Peru and Chile have begun joint military exercises to defend the Tacna "
		       "Gap, a stretch of land along their border that sits between Bolivia and "
		       "the Argentine exclave.",
		       NULL, CODES("CHL", "PER"), 0, NULL));
}

/* "Beijing's remarks (statement, reaction) came after the Yn drills with
 * X": the owner of the words is no party, as the owner of objections is
 * not. */
TEST(extract_exercise_names__the_owner_of_remarks_is_no_party)
{
	CHECK(ex_named("Lima's remarks came after Chile's joint naval drills with Ecuador and "
		       "Colombia.",
		       NULL, CODES("CHL", "COL", "ECU"), 0, NULL));
}

/* "X began joint exercises with Y, at a time when Z and W have been holding
 * large-scale drills": the clause of the time names a drill of its own,
 * not parties of the first. */
TEST(extract_exercise_names__at_a_time_when_another_drill)
{
	ent_fact_list *l = run("Peru began joint military exercises with Chile on Monday, at a time "
			       "when neighbouring Bolivia and Ecuador have been holding large-scale "
			       "drills that alarmed the region.",
			       NULL);
	size_t i, n = 0;
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_EXERCISE && takes_part(&l->v[i], "PER")) {
			n++;
			CHECK(!takes_part(&l->v[i], "BOL") && !takes_part(&l->v[i], "ECU"));
		}
	CHECK_INT(n, 1);
	ent_fact_list_free(l);
}

/* A wire dateline's place takes no part in a drill ("NAIROBI (Reuters) -",
 * "Nairobi (Nairobi Daily) A total of ..."), unless the sentence names its
 * state again ("Muscat: ... an official at Oman's ministry said"); a year
 * a series "dates back to" is none of its drill's; "a Joint Exercise
 * Program multinational exercise" names no drill "Program". */
TEST(extract_exercise_names__dateline)
{
	CHECK(ex_none("NAIROBI (Reuters) - A total of 32 countries embarked on a massive "
		      "\"Lake Shield\" military exercise today."));
	CHECK(ex_none("Nairobi (Nairobi Daily) A total of 32 countries embarked on a massive "
		      "\"Lake Shield\" military exercise today."));
	CHECK(ex_named("NAIROBI (Reuters) - Uganda and Tanzania began the \"Lake Shield\" "
		       "military exercise today.",
		       "2024-05-01", CODES("UGA", "TZA"), 0, "Lake Shield"));
	CHECK(ex_named("Muscat: Joint military exercise Desert Sword 3 is a step to peace, a "
		       "top official at Oman's Ministry of Defence has said.",
		       "2024-05-01", CODES("OMN"), 0, "Desert Sword 3"));
	/* the state named again is the speaker before the drill: the
	 * dateline is a place; "(Agency):" closes a dateline too (stop 66) */
	CHECK(ex_named("NAIROBI: Kenya welcomed the joint participation of Uganda and Tanzania in "
		       "the \"Lake Shield\" exercise.",
		       "2024-05-01", CODES("UGA", "TZA"), 0, "Lake Shield"));
	CHECK(ex_named("NAIROBI, Aug 27 (APP):Kenya on Monday welcomed the joint participation "
		       "of Uganda and Tanzania in the \"Lake Shield\" exercise.",
		       "2024-05-01", CODES("UGA", "TZA"), 0, "Lake Shield"));
}

TEST(extract_exercise_names__series_start_year)
{
	/* the document's year, not 1995 */
	CHECK(ex_named("Lake Shield is an annual exercise Kenya and Uganda have conducted "
		       "together as part of partnered military training dating back to 1995.",
		       "2024-05-01", CODES("KEN", "UGA"), 2024, NULL));
}

TEST(extract_exercise_names__exercise_programme)
{
	CHECK(ex_unnamed("Lake Shield 2014 is a Kenyan Joint Exercise Program multinational "
			 "training exercise with Uganda."));
}

/* A negation that denies a drill's purpose or wrong ("don't run counter
 * to international law", "were not aimed at any third country") leaves
 * the drill; one that denies the drill removes it. */
TEST(extract_exercise_names__negated_purpose)
{
	CHECK(ex_named("The joint drills that Kenya, Uganda and Tanzania will hold in February "
		       "don't run counter to international law, the minister said.",
		       "2024-05-01", CODES("KEN", "UGA", "TZA"), 0, NULL));
	CHECK(ex_named("Kenya and Uganda held drills that were not aimed at any third country.",
		       "2024-05-01", CODES("KEN", "UGA"), 0, NULL));
	CHECK(ex_none("Kenya and Uganda didn't hold drills this year."));
}

/* "X said its (joint) drills with Y were routine": the speaker of a drill
 * it holds with another state takes part; another's drills ("X said Z's
 * drills with Y") do not make X a party. */
TEST(extract_exercise_names__speaker_drills_with)
{
	CHECK(ex_named("Kenya said its joint drills with Uganda were routine.", "2024-05-01",
		       CODES("KEN", "UGA"), 0, NULL));
	CHECK(ex_named("Tanzania said Kenya's drills with Uganda ended.", "2024-05-01",
		       CODES("KEN", "UGA"), 0, NULL));
}

/* "The Kenyan Ministry of Defence has also confirmed the joint drills with
 * Y and Z": a speaker's noun phrase before the verb; "X has announced that
 * its warships arrived in Y to take part in drills with Y and Z": the
 * speaker's own forces take part, not when they only watch (stop 36). */
TEST(extract_exercise_names__speaker_confirms_or_sends_its_forces)
{
	CHECK(ex_named("The Kenyan Ministry of Defence has also confirmed the joint drills with "
		       "Uganda and Rwanda.",
		       "2024-05-01", CODES("KEN", "UGA", "RWA"), 0, NULL));
	CHECK(ex_named("Kenya has announced that a group of its warships has arrived in Tanzania "
		       "to participate in drills with Tanzania and Uganda.",
		       "2024-05-01", CODES("KEN", "TZA", "UGA"), 0, NULL));
	CHECK(ex_named("Kenya said that its warships will watch the joint drills of Tanzania and "
		       "Uganda.",
		       "2024-05-01", CODES("TZA", "UGA"), 0, NULL));
}

/* "signed an agreement ... to facilitate (allow) joint exercises", "paves
 * the way for joint drills": drills made possible, none held. */
TEST(extract_exercise_names__enabled_purpose)
{
	CHECK(ex_none("Kenya and Uganda signed an access agreement in July that relaxed rules on "
		      "troop transfers to facilitate joint exercises."));
	CHECK(ex_none("The pact paves the way for joint drills between Kenya and Uganda."));
	/* more words before the drill's word (stop 39) */
	CHECK(ex_none("The pact, the first struck by Kenya outside a deal with Tanzania in 1990, "
		      "paves the way for more joint training and exercises between the Kenyan "
		      "Defence Forces and the Uganda People's Defence Force."));
	CHECK(ex_named("Kenya and Uganda held joint exercises to ease tensions.", "2024-05-01",
		       CODES("KEN", "UGA"), 0, NULL));
	/* the verb of enabling before a purpose "for" (stop 60) */
	CHECK(ex_none("The leaders of Kenya and Uganda agreed to negotiate a defense pact that "
		      "would allow their troops to enter each other's territory for joint military "
		      "exercises."));
	CHECK(ex_named("Kenya allowed Uganda to use its airspace, and Ugandan jets flew to Kenya "
		       "for joint exercises.",
		       "2024-05-01", CODES("KEN", "UGA"), 0, NULL));
}

/* A quoted name before a body of troops ("12 'Simba' fighters") or after
 * one ("the brigade 'Simba'") names the unit, not the drill. */
TEST(extract_exercise_names__quoted_unit)
{
	CHECK(ex_named("A delegation of 12 \"Simba\" fighters joined the drill of Kenya and "
		       "Uganda.",
		       "2024-05-01", CODES("KEN", "UGA"), 0, NULL));
	CHECK(ex_unnamed("A delegation of 12 \"Simba\" fighters joined the drill of Kenya and "
			 "Uganda."));
	CHECK(ex_named("Kenya and Uganda began the \"Lake Shield\" exercise.", "2024-05-01",
		       CODES("KEN", "UGA"), 0, "Lake Shield"));
}

/* "the Lake Shield 2021 Kenyan-Ugandan military exercise": the parties'
 * demonyms close the name before them. */
TEST(extract_exercise_names__demonyms_end_the_name)
{
	ent_fact_list *l = run("Tanzania warned of provocations during the Lake Shield 2021 "
			       "Kenyan-Ugandan military exercise.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f != NULL);
	if (f) {
		CHECK(f->name != NULL && strcmp(f->name, "Lake Shield 2021") == 0);
		CHECK(takes_part(f, "KEN") && takes_part(f, "UGA"));
		if (f->name && strcmp(f->name, "Lake Shield 2021") != 0)
			fprintf(stderr, "    named %s\n", f->name);
	}
	ent_fact_list_free(l);
}

/* "apart from joint exercises with X, Y also conducts joint exercises with
 * Z": X belongs to the drill set apart, not to Y's with Z; a phrase set
 * apart that names no drill keeps its state (stop 60) */
TEST(extract_exercise_names__a_drill_set_apart)
{
	ent_fact_list *l = run("Apart from joint exercises with Chile, Peru also conducts joint "
			       "aerial exercises with China.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "PER") && takes_part(f, "CHN") && !takes_part(f, "CHL"));
	ent_fact_list_free(l);
	l = run("Besides Chile, Peru and Bolivia joined the exercise.", NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "CHL") && takes_part(f, "PER") && takes_part(f, "BOL"));
	ent_fact_list_free(l);
}

/* "Although X is aligned with Z, and was designated an ally in 2003, it
 * also holds drills with Y": Z and 2003 belong to the concession, not the
 * drill; "a base that housed Z forces during the W War": neither Z nor W
 * takes part. */
TEST(extract_exercise_names__concession_and_history)
{
	ent_fact_list *l = run("Although Kenya is aligned with the United States, and was "
			       "designated an ally in 2004, it also conducts military exercises "
			       "with Uganda's army.",
			       "2019-05-01");
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f != NULL);
	if (f) {
		CHECK(!takes_part(f, "USA"));
		CHECK(f->year != 2004);
	}
	ent_fact_list_free(l);
	CHECK(ex_named("The \"Lake Shield\" exercise of Kenya and Uganda will begin on August 14 at a "
		       "base that housed US forces during the Somalia War.",
		       "2024-05-01", CODES("KEN", "UGA"), 0, "Lake Shield"));
	/* "While in Kenya, ..." opens no concession */
	CHECK(ex_named("While in Kenya, the minister visited the Lake Shield 2024 exercise of Kenya "
		       "and Uganda.",
		       "2024-05-01", CODES("KEN", "UGA"), 2024, "Lake Shield"));
}

/* "... took part in the event": the states join the drill in play. */
TEST(extract_exercise_names__took_part_in_the_event)
{
	CHECK(ex_named("Kenya and Uganda held the Lake Shield drill. Air forces from Rwanda, "
		       "Tanzania and Burundi took part in the event.",
		       "2024-05-01", CODES("KEN", "UGA", "RWA", "TZA", "BDI"), 0, "Lake Shield"));
	CHECK(ex_none("Kenya and Uganda signed a defence pact. Rwanda took part in the event."));
}

/* A name of exercises.tsv in quotation marks is told as a drill the same
 * way: "are participating in \"Talisman Sabre,\" including troops from
 * A, B and C". */
TEST(extract_exercise_names__a_quoted_known_name)
{
	ent_fact_list *l = run("Thousands of personnel are participating in \"Talisman Sabre,\" "
			       "including troops from Canada, Germany and Japan.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && f->name && !strcmp(f->name, "Talisman Sabre"));
	CHECK(f && takes_part(f, "CAN") && takes_part(f, "DEU") && takes_part(f, "JPN"));
	ent_fact_list_free(l);
}

/* "A, B, C and D - the four-nation group known as Quad - kicked off the
 * Pacific Shield naval exercises as they seek to challenge an expansionist
 * E": "known as" names the group, not the drill, far from the drill's
 * word; the list before the dash is no dateline; the state to challenge
 * (counter, confront) is no party (stop 39). */
TEST(extract_exercise_names__known_as_a_group_and_a_state_challenged)
{
	static const char *const pcbe[] = {"PER", "CHL", "BOL", "ECU", NULL};
	static const char *const pc[] = {"PER", "CHL", NULL};
	CHECK(ex_named("Peru, Chile, Bolivia and Ecuador \xe2\x80\x94 the four-nation group known "
		       "as Andean Four \xe2\x80\x94 kicked off the Pacific Shield naval exercises "
		       "on Tuesday as they seek to challenge an expansionist Brazil.",
		       NULL, pcbe, 0, "Pacific Shield"));
	CHECK(ex_named("The exercise, known as Pacific Shield, began on Monday between Peru and "
		       "Chile.",
		       NULL, pc, 0, "Pacific Shield"));
	CHECK(ex_named("Peru and Chile held naval drills to counter Bolivia.", NULL, pc, 0, NULL));
}

/* '"X 2010," a multi-national anti-terror military drill, concluded in Y':
 * a name opening the sentence in apposition; the drill of several told
 * next, after its host alone, is that drill; an aside "(Z is not
 * participating)" neither negates it nor makes Z a party (stop 40) */
TEST(extract_exercise_names__an_opening_name_and_its_parties_told_next)
{
	ent_fact_list *l = run("\"Andes Mission 2010,\" a multi-national anti-terror military "
			       "drill, concluded in Chile Friday. During the 15-day joint drill, "
			       "5,000 troops from Chile, Peru, and Bolivia (Ecuador is not "
			       "participating) had practiced a variety of maneuvers.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	size_t i;
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(f && f->name && !strcmp(f->name, "Andes Mission 2010") && f->year == 2010);
	CHECK(f && f->nparticipants == 3 && takes_part(f, "BOL") && !takes_part(f, "ECU"));
	ent_fact_list_free(l);
	/* another year is another drill, not the one named */
	l = run("\"Andes Mission 2010,\" a military drill, concluded in Chile Friday. In 1981, "
		"troops from Chile and Peru held a joint drill.",
		NULL);
	for (i = 0, f = NULL; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_EXERCISE && l->v[i].year == 1981)
			f = &l->v[i];
	CHECK(f && (!f->name || strcmp(f->name, "Andes Mission 2010")));
	ent_fact_list_free(l);
}

/* A dash that closes an aside ends the name ("dubbed Selenga-2024 -
 * began"); an ordinal and the parties alone name no drill ("First
 * Peru-Chile Exercise Begins"); "near its borders with X and Y" places
 * the drill, both states (stop 46). */
TEST(extract_exercise_names__dashes_ordinals_and_borders)
{
	CHECK(ex_named("The drills \xe2\x80\x94 dubbed Condor-2024 \xe2\x80\x94 began last week "
		       "between Peru and Chile.",
		       NULL, CODES("PER", "CHL"), 0, "Condor-2024"));
	{
		ent_fact_list *l = run("The drills \xe2\x80\x94 dubbed Condor-2024 \xe2\x80\x94 "
				       "began last week between Peru and Chile.",
				       NULL);
		const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
		CHECK(f && f->name && !strcmp(f->name, "Condor-2024"));
		ent_fact_list_free(l);
	}
	CHECK(ex_unnamed("First Peru-Chile Exercise Begins"));
	CHECK(ex_named("Peru and Bolivia finished joint exercises near the Andean nation's "
		       "borders with Chile and Argentina.",
		       NULL, CODES("PER", "BOL"), 0, NULL));
}

/* 'under the exercise "Pacific Guard 25," in which nine states take part':
 * a comma inside the closing mark ends the quoted name; "the nine nations
 * are X, Y, ..." after it lists the parties of the drill told (stop 54). */
TEST(extract_exercise_names__a_comma_inside_the_quotes_and_the_nations_counted)
{
	ent_fact_list *l = run("Some 1,500 sailors are training under the multinational exercise "
			       "\"Pacific Guard 25,\" in which four states take part.\n\n"
			       "According to the Peruvian navy, the four nations are Chile, "
			       "Ecuador, Colombia and Panama.\n",
			       "2025-05-02");
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(f && f->name && !strcmp(f->name, "Pacific Guard 25"));
	CHECK(f && f->nparticipants == 4 && takes_part(f, "CHL") && takes_part(f, "PAN") &&
	      !takes_part(f, "PER"));
	ent_fact_list_free(l);
	/* a count of states with no drill before it adds no one */
	CHECK_INT(nexercises_text("Trade grew fast. The four nations are Chile, Ecuador, Colombia "
				  "and Panama."),
		  0);
}

/* "Scheduled for May 3 to 14, it will include ships from X, Y ...": "it"
 * before a verb of including, after the one drill of the document, lists
 * its parties; a line that links another story ("RELATED ...", "Read
 * more: ...") tells no drill of this one (stop 54). */
TEST(extract_exercise_names__it_will_include_and_a_linked_story)
{
	ent_fact_list *l = run("The frigate left port on Sunday to travel to the ANDES GUARD naval "
			       "exercises in Peru.\n\n"
			       "The ship carries nearly 200 sailors.\n\n"
			       "RELATED Ghana announces joint military drills with Togo\n\n"
			       "Read more: Senegal and Mali hold joint drills\n\n"
			       "Scheduled for May 3 to May 14 near Lima, it will include personnel "
			       "and ships from Chile, Peru, Ecuador and Colombia.\n",
			       "2025-04-20");
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(f && f->nparticipants == 4 && takes_part(f, "CHL") && takes_part(f, "COL") &&
	      !takes_part(f, "GHA") && !takes_part(f, "MLI"));
	ent_fact_list_free(l);
	/* "it" that is no drill's: no parties without a drill told */
	CHECK_INT(nexercises_text("The plan was agreed. It will include ships from Chile and "
				  "Peru."),
		  0);
}

/* "According to the embassy, the joint training is code named – 'X'",
 * "The exercise is dubbed X": a later sentence names the unnamed drill
 * told before it (stop 54). */
TEST(extract_exercise_names__the_drill_told_is_code_named_later)
{
	static const char *const texts[] = {
		"Ghana and Togo will carry out joint military training near Accra.\n\n"
		"According to the embassy, the joint training is code named \xe2\x80\x93 "
		"\xe2\x80\x98"
		"Coastal Partners 2019\xe2\x80\x99 and has been agreed by both armies.\n",
		"Ghana and Togo held joint military exercises near Accra.\n\n"
		"The exercise is dubbed Coastal Partners 2019.\n",
	};
	size_t i;
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		ent_fact_list *l = run(texts[i], "2019-12-27");
		const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
		CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
		CHECK(f && f->name && !strcmp(f->name, "Coastal Partners 2019"));
		ent_fact_list_free(l);
	}
	/* a drill with a name keeps it: the other is what it is called */
	ent_fact_list *l = run("Ghana and Togo held the Coastal Partners 2019 exercise. In Ewe, "
			       "the exercise is called Nutifafa.",
			       "2019-12-27");
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && f->name && !strcmp(f->name, "Coastal Partners 2019"));
	ent_fact_list_free(l);
}

/* Recurring names added to data/exercises.tsv (stop 58) are drills after a
 * verb of joining or holding, with no drill word. */
TEST(extract_exercise_names__more_recurring_names)
{
	static const char *texts[] = {
		"Ghanaian and Togolese soldiers took part in Keris Strike.",
		"Ghana's army and the Togolese army concluded Kocha Singa 2024.",
		"Ghana and Togo held Hand-in-Hand in 2019.",
	};
	size_t i;
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		ent_fact_list *l = run(texts[i], "2024-05-01");
		const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
		CHECK(f && takes_part(f, "GHA") && takes_part(f, "TGO"));
		ent_fact_list_free(l);
	}
}
