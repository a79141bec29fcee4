/*
 * test_extract_many_parties.c - several parties in one sentence: a list of
 * suppliers with "the" before a name ("Germany and the Netherlands
 * delivered"), buyers opened by "Both" or listed after "countries such
 * as", recipients listed after "to several members, including", an
 * unnamed drill told first with its parties after "involved / included /
 * brought together", observers "attending as observers" or "observing",
 * and the states after "the foreign ministers (ministries, governments,
 * leaders) of" as the actors of a stance.  Every sentence here was
 * written for these tests.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE
#define SUP ENT_POLARITY_SUPPORT

/* The one exercise of text, or NULL (the list is freed by the caller). */
static const ent_fact *only_exercise(ent_fact_list *l)
{
	return l && count(l, ENT_FACT_EXERCISE) == 1 ? first(l, ENT_FACT_EXERCISE) : NULL;
}

TEST(extract_many_parties__supplier_list_with_the)
{
	static const char *sup[] = {"DEU", "NLD", NULL}, *rec[] = {"UKR", "UKR", NULL};
	static const char *sup3[] = {"DEU", "NOR", "NLD", NULL},
			  *rec3[] = {"UKR", "UKR", "UKR", NULL};
	expect_deals("Germany and the Netherlands delivered Leopard 2 tanks to Ukraine in 2023.", 1,
		     sup, rec);
	expect_deals("Germany, Norway and the Netherlands have supplied Leopard 2 tanks to "
		     "Ukraine.",
		     1, sup3, rec3);
}

TEST(extract_many_parties__buyers_opened_by_both_or_such_as)
{
	static const char *sup[] = {"CHN", "CHN", NULL}, *rec[] = {"SRB", "HUN", NULL};
	static const char *sup2[] = {"USA", "USA", NULL}, *rec2[] = {"POL", "ROU", NULL};
	static const char *sup3[] = {"USA", "USA", "USA", NULL},
			  *rec3[] = {"POL", "ROU", "LVA", NULL};
	expect_deals("Both Serbia and Hungary bought FK-3 air defence systems from China.", 2, sup,
		     rec);
	expect_deals("Countries such as Poland and Romania have bought Patriot systems from the "
		     "United States.",
		     2, sup2, rec2);
	expect_deals("Countries such as Poland, Romania and Latvia have bought Patriot systems from "
		     "the United States.",
		     3, sup3, rec3);
	/* a pair after "including" far into the sentence stays no list */
	expect_deal("Peru bought six frigates from Italy, including two from Spain and France.", 1,
		    "ITA", "PER");
}

TEST(extract_many_parties__recipients_after_members_including)
{
	static const char *sup[] = {"USA", "USA", "USA", NULL},
			  *rec[] = {"ROU", "SVK", "BGR", NULL};
	static const char *sup2[] = {"TUR", "TUR", NULL}, *rec2[] = {"POL", "UKR", NULL};
	expect_deals("The United States sold F-16 jets to several NATO members, including Romania, "
		     "Slovakia and Bulgaria.",
		     3, sup, rec);
	expect_deals("The United States sold F-16 jets to NATO members such as Romania, Slovakia "
		     "and Bulgaria.",
		     3, sup, rec);
	expect_deals("Turkey sold TB2 drones to countries such as Poland and Ukraine.", 2, sup2,
		     rec2);
	/* a group with a place of its own, up to eight words; "and even" */
	expect_deals("The United States sold F-16 jets to many countries on the continent, "
		     "including Romania, Slovakia and even Bulgaria.",
		     3, sup, rec);
	expect_deals("Turkey sold drones to several countries in the region, including Poland "
		     "and Ukraine.",
		     2, sup2, rec2);
	/* a noun of sale: its seller is the deal's told before, not the list's */
	expect_no_deal("These include sales to friendly countries such as Poland and the fellow "
		       "Slavic nations of Serbia and Slovakia.");
}

TEST(extract_many_parties__unnamed_drill_told_first_with_its_parties)
{
	ent_fact_list *l = run("The exercise involved troops from Kenya, Uganda, Rwanda and "
			       "Tanzania.",
			       NULL);
	const ent_fact *e = only_exercise(l);
	CHECK(e != NULL);
	CHECK(takes_part(e, "KEN") && takes_part(e, "UGA") && takes_part(e, "RWA") &&
	      takes_part(e, "TZA"));
	ent_fact_list_free(l);
	l = run("The drill brought together forces from India, Japan, Australia and the United "
		"States.",
		NULL);
	e = only_exercise(l);
	CHECK(e != NULL);
	CHECK(takes_part(e, "IND") && takes_part(e, "USA"));
	ent_fact_list_free(l);
	/* a drill told before: the sentence adds parties to it */
	l = run("Kenya and Uganda held a joint drill, Shield 2023. The exercise also involved "
		"troops from Rwanda.",
		NULL);
	e = only_exercise(l);
	CHECK(e != NULL);
	CHECK(takes_part(e, "RWA") && takes_part(e, "KEN"));
	ent_fact_list_free(l);
	/* states before the drill word may be no parties */
	l = run("Kenya and Uganda will both observe the exercise, which involved Rwanda and "
		"Burundi.",
		NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
}

TEST(extract_many_parties__observers_attending_or_observing)
{
	ent_fact_list *l = run("Troops from Poland, Lithuania and Estonia took part in the "
			       "exercise, with Finland and Sweden attending as observers.",
			       NULL);
	const ent_fact *e = only_exercise(l);
	CHECK(e != NULL);
	CHECK(takes_part(e, "POL") && takes_part(e, "EST"));
	CHECK(!takes_part(e, "FIN") && !takes_part(e, "SWE"));
	ent_fact_list_free(l);
	l = run("Kenya, Uganda and Rwanda held a joint exercise, with Ethiopia observing.", NULL);
	e = only_exercise(l);
	CHECK(e != NULL);
	CHECK(takes_part(e, "KEN") && !takes_part(e, "ETH"));
	ent_fact_list_free(l);
	l = run("Kenya, Uganda and Rwanda held a joint exercise, with Ethiopia and Burundi "
		"participating as observers.",
		NULL);
	e = only_exercise(l);
	CHECK(e != NULL);
	CHECK(takes_part(e, "RWA") && !takes_part(e, "ETH") && !takes_part(e, "BDI"));
	ent_fact_list_free(l);
}

TEST(extract_many_parties__officials_of_listed_states_are_actors)
{
	ent_fact_list *l = run("The foreign ministries of Sweden, Norway and Denmark condemned "
			       "Russia's annexation of Crimea.",
			       NULL);
	CHECK(l && has_stance(l, "SWE", "RUS", OPP) && has_stance(l, "NOR", "RUS", OPP) &&
	      has_stance(l, "DNK", "RUS", OPP));
	ent_fact_list_free(l);
	l = run("The foreign ministers of Peru, Chile and Bolivia condemned Colombia's missile "
		"test.",
		NULL);
	CHECK(l && has_stance(l, "PER", "COL", OPP) && has_stance(l, "CHL", "COL", OPP) &&
	      has_stance(l, "BOL", "COL", OPP));
	ent_fact_list_free(l);
	l = run("The governments of France and Italy backed Greece's bid.", NULL);
	CHECK(l && has_stance(l, "FRA", "GRC", SUP) && has_stance(l, "ITA", "GRC", SUP));
	ent_fact_list_free(l);
}

TEST(extract_many_parties__pair_buying_a_third_states_system)
{
	static const char *sup[] = {"FRA", "FRA", NULL}, *rec[] = {"GRC", "HRV", NULL};
	static const char *sup2[] = {"RUS", "RUS", NULL}, *rec2[] = {"MAR", "DZA", NULL};
	static const char *sup3[] = {"FRA", "ITA", NULL}, *rec3[] = {"PER", "CHL", NULL};
	/* no deal between the two buyers */
	expect_deals("Greece and Croatia ordered Rafale jets.", 2, sup, rec);
	/* "respectively" that shares out counts, one seller */
	expect_deals("Greece and Croatia ordered 24 and 12 Rafale jets respectively.", 2, sup, rec);
	expect_deals("Morocco and Algeria received 20 and 30 tanks from Russia respectively.", 2,
		     sup2, rec2);
	/* "respectively" that pairs buyers and sellers */
	expect_deals("Peru and Chile bought jets from France and Italy respectively.", 2, sup3,
		     rec3);
	/* agreeing to buy signs nothing between the two (stop 63) */
	expect_deals("Greece and Croatia have already agreed to buy variants of the Rafale for "
		     "their air forces.",
		     2, sup, rec);
	/* a deal the pair signs is still for orient() */
	expect_deal("Turkey and the UK signed a deal to purchase 20 Eurofighter jets.", 1, "GBR",
		    "TUR");
}
