/*
 * test_extract_eastasia.c - rules of the East Asian holdout round, on
 * sentences written for these tests (none quotes an article): a state that
 * condemns "the move" right after sentences on a drill opposes the drill's
 * parties; no stance when a deal was told after the drill or the sentence
 * before does not speak of a drill.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_eastasia__condemned_the_move)
{
	ent_fact_list *l = run("Peru and Chile began a joint naval exercise named Blue Tide on "
			       "Monday. The drills will run for five days off the coast. "
			       "Bolivia condemned the move.",
			       NULL);
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(has_stance(l, "BOL", "PER", OPP));
	CHECK(has_stance(l, "BOL", "CHL", OPP));
	ent_fact_list_free(l);
	/* the sentence before is not about the drill: no stance */
	l = run("Peru and Chile began a joint naval exercise named Blue Tide on Monday. "
		"The two navies also met in port for talks on fishing. Bolivia condemned the move.",
		NULL);
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_STANCE) == 0);
	ent_fact_list_free(l);
	/* a deal told after the drill: "the move" is the deal, not the drill of both */
	l = run("Peru and Chile began a joint naval exercise named Blue Tide on Monday. "
		"The drills came a day after Peru agreed to sell ten tanks to Chile. "
		"Bolivia condemned the move.",
		NULL);
	CHECK(l != NULL);
	CHECK(!has_stance(l, "BOL", "CHL", OPP));
	ent_fact_list_free(l);
}

TEST(extract_eastasia__demonstrative_is_no_drill_name)
{
	/* "These drills" opening a sentence names no drill */
	ent_fact_list *l = run("Peru and Chile held the Blue Tide exercise in May.\n\n"
			       "\"These drills show that we can work together,\" said a spokesman "
			       "for the navy of Peru.",
			       NULL);
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	ent_fact_list_free(l);
	l = run("These exercises showed that the navy of Peru is ready.", NULL);
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
}

TEST(extract_eastasia__short_designation_plural)
{
	/* a plural of a two-character designation: "K9s" */
	ent_fact_list *l = run("Hanwha delivered 30 K9s to Chile last year.", NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK(ndeals(l) == 1);
	f = first(l, ENT_FACT_DEAL);
	CHECK(f != NULL && !strcmp(f->recipient.s, "CHL"));
	ent_fact_list_free(l);
}

TEST(extract_eastasia__urged_the_state_to_stop)
{
	/* the callee with an article: "urged the United States to halt" */
	ent_fact_list *l = run("Peru urged the United States to halt the flights.", NULL);
	CHECK(l != NULL);
	CHECK(has_stance(l, "PER", "USA", OPP));
	ent_fact_list_free(l);
	l = run("Peru urged the United States to join the talks.", NULL);
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_STANCE) == 0);
	ent_fact_list_free(l);
}
