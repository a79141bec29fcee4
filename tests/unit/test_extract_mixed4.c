/*
 * test_extract_mixed4.c - rules from a fourth set of unseen articles, long
 * analyses that mix deals, drills and stances: the owner of the goods after
 * a buy verb sells them ("to buy 12 of Brazil's jets"), earlier editions of
 * a drill ("follow last year's 'Sea Lion 2019' drills", "the first time the
 * drill was held was in May 2016"), a drill told after "coincide with",
 * "earlier participants include ...", the progressive "is supporting Y",
 * and a state name that is also used as an adjective ("Myanmar").
 * Sentences written for these tests.
 */
#include "extract_harness.h"

/* The exercise in l with year y, or NULL. */
static const ent_fact *exercise_of_year(const ent_fact_list *l, int y)
{
	size_t i;
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_EXERCISE && l->v[i].year == y)
			return &l->v[i];
	return NULL;
}

/* "signed a contract to buy 12 of Brazil's jets": Brazil sells */
TEST(extract_mixed4__owner_of_goods_bought)
{
	expect_deal("In March 2014 Kenya signed a contract to purchase 12 of Brazil's Super Tucano "
		    "trainer aircraft.",
		    1, "BRA", "KEN");
	expect_deal("Chile bought two more of Spain's patrol boats in 2019.", 1, "ESP", "CHL");
}

/* Negative: "the purchase of X's jets" names the buyer's goods, not a seller */
TEST(extract_mixed4__owner_of_goods_bought_negative)
{
	ent_fact_list *l = run("Parliament approved the purchase of Ghana's new jets.", NULL);
	CHECK(l != NULL);
	CHECK(l && !find_deal(l, "GHA", "GHA"));
	CHECK(l && ndeals(l) == 0);
	if (l)
		ent_fact_list_free(l);
}

/* "The 'Sea Lion 2020' drills follow last year's 'Ocean Shield 2019'
 * drills": the named earlier edition is a drill of its own year */
TEST(extract_mixed4__last_years_named_edition)
{
	ent_fact_list *l = run("Kenya and Tanzania began the Sea Lion 2020 naval drill on Monday. The "
			       "\"Sea Lion 2020\" drills follow last year's \"Ocean Shield 2019\" "
			       "drills.",
			       NULL);
	const ent_fact *f = exercise_of_year(l, 2019);
	CHECK(l != NULL);
	CHECK(exercise_of_year(l, 2020) != NULL);
	CHECK(f != NULL);
	CHECK(takes_part(f, "KEN") && takes_part(f, "TZA"));
	if (l)
		ent_fact_list_free(l);
}

/* "The first time the exercise was held was in May 2016": a first
 * edition of its own year */
TEST(extract_mixed4__first_time_held)
{
	ent_fact_list *l = run("Chile and Peru will hold the Pacific Gate exercise off Arica in June "
			       "2021. The first time the exercise was held was in May 2016 off "
			       "Callao.",
			       NULL);
	const ent_fact *f = exercise_of_year(l, 2016);
	CHECK(l != NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 2);
	CHECK(takes_part(f, "CHL") && takes_part(f, "PER"));
	if (l)
		ent_fact_list_free(l);
}

/* "the first edition of the joint military exercise was conducted at X in
 * 2018" (nine words from "first" to the verb), and "was instituted in 2018
 * and the first edition ... was conducted at X": a first edition (stop 40) */
TEST(extract_mixed4__first_edition_conducted_at)
{
	ent_fact_list *l = run("The Chilean and Peruvian armies began a military exercise in Peru "
			       "on December 11. The first edition of the joint military exercise "
			       "was conducted at Arica in 2018.",
			       "2023-12-11");
	const ent_fact *f = exercise_of_year(l, 2018);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 2 && takes_part(f, "CHL") &&
	      takes_part(f, "PER"));
	ent_fact_list_free(l);
	l = run("The Chilean and Peruvian armies began a military exercise in Peru on December "
		"11. CHILPEX was instituted in 2018 and the first edition of the joint military "
		"exercise was conducted at Arica in the north.",
		"2023-12-11");
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 2 && exercise_of_year(l, 2018));
	ent_fact_list_free(l);
}

/* Negative: "held their first joint exercise in 2016" is the drill itself,
 * told once */
TEST(extract_mixed4__first_time_held_negative)
{
	ent_fact_list *l = run("Chile and Peru held their first joint naval exercise in 2016.", NULL);
	CHECK(l != NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	if (l)
		ent_fact_list_free(l);
}

/* "the drills between A and B coincide with exercises between C and D":
 * the second drill is C and D's alone */
TEST(extract_mixed4__coinciding_drill)
{
	ent_fact_list *l = run("Notably, the drills between Kenya and Uganda coincide with two weeks "
			       "of naval exercises between Ghana and Nigeria.",
			       NULL);
	const ent_fact *f = first(l, ENT_FACT_EXERCISE);
	CHECK(l != NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(takes_part(f, "GHA") && takes_part(f, "NGA"));
	CHECK(f && !takes_part(f, "KEN") && !takes_part(f, "UGA"));
	if (l)
		ent_fact_list_free(l);
}

/* "...; earlier participants include A and B": they took part in other
 * editions, not this one */
TEST(extract_mixed4__earlier_participants)
{
	ent_fact_list *l = run("The Desert Hawk drill is an annual exercise hosted by Jordan; earlier "
			       "participants include Egypt, Greece and Cyprus.",
			       NULL);
	const ent_fact *f = first(l, ENT_FACT_EXERCISE);
	CHECK(l != NULL);
	CHECK(takes_part(f, "JOR"));
	CHECK(f && !takes_part(f, "EGY") && !takes_part(f, "GRC") && !takes_part(f, "CYP"));
	if (l)
		ent_fact_list_free(l);
}

/* "X is actively supporting Y": a stance; "X is said to be supporting Y"
 * (hearsay) one less sure (stop 53); "a resolution supporting Y" none */
TEST(extract_mixed4__progressive_support)
{
	ent_fact_list *l;
	const ent_fact *f;
	CHECK(stance_only("Belarus is actively supporting Serbia in the dispute.", "BLR", "SRB",
			  ENT_POLARITY_SUPPORT));
	l = run("Belarus is said to be supporting Serbia in the dispute.", NULL);
	f = l ? first(l, ENT_FACT_STANCE) : NULL;
	CHECK(l && count(l, ENT_FACT_STANCE) == 1);
	CHECK(f && !strcmp(f->actor.s, "BLR") && !strcmp(f->target.s, "SRB"));
	CHECK(f && f->confidence < 0.6);
	if (l)
		ent_fact_list_free(l);
	CHECK(stance_has("Belarus is also reported to be supporting Serbia.", "BLR", "SRB",
			 ENT_POLARITY_SUPPORT));
	CHECK(stance_none("Belarus would be supporting Serbia in the dispute."));
	CHECK(stance_none("The council passed a resolution supporting Serbia."));
}

/* "Myanmar" is the state's name as well as an adjective ("the Myanmar
 * army"): "backs Myanmar" is a stance toward it */
TEST(extract_mixed4__name_also_adjective)
{
	CHECK(stance_only("Belarus openly backs Myanmar.", "BLR", "MMR", ENT_POLARITY_SUPPORT));
	expect_deal("China delivered six jets to the Myanmar Air Force in 2022.", 1, "CHN", "MMR");
}
