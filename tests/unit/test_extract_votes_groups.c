/*
 * test_extract_votes_groups.c - stances stated through votes and through
 * groups, on sentences written for these tests (none quotes an article):
 * a list of voters after "the states voting against the resolution were"
 * takes the target of the resolution the document named earlier.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

static ent_fact_list *votes_text(const char *list_unit)
{
	static char buf[1024];
	snprintf(buf, sizeof buf,
		 "The assembly adopted a resolution that calls for Chile to pull its troops back "
		 "from the border. The vote came after two days of debate. Delegates spoke of the "
		 "cost of the crisis. Aid agencies asked for access to the valley. The chair "
		 "thanked the delegates for their patience. %s",
		 list_unit);
	return run(buf, NULL);
}

TEST(extract_votes_groups__vote_list_takes_earlier_target)
{
	ent_fact_list *l = votes_text("The four countries voting against Monday's resolution "
				      "were Bolivia, Cuba and Laos.");
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK(has_stance(l, "BOL", "CHL", SUP));
	CHECK(has_stance(l, "CUB", "CHL", SUP));
	CHECK(has_stance(l, "LAO", "CHL", SUP));
	ent_fact_list_free(l);
	/* a list of seven: the last one takes the stance too */
	l = votes_text("The countries voting against the resolution were Bolivia, Cuba, Laos, Peru, "
		       "Ecuador, Mali and Nepal.");
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK(has_stance(l, "MLI", "CHL", SUP));
	CHECK(has_stance(l, "NPL", "CHL", SUP));
	ent_fact_list_free(l);
	l = votes_text("The states that voted for the resolution were Peru and Ecuador.");
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK(has_stance(l, "PER", "CHL", OPP));
	CHECK(has_stance(l, "ECU", "CHL", OPP));
	ent_fact_list_free(l);
	/* abstaining is no stance */
	l = votes_text("The states abstaining on the resolution were Peru and Ecuador.");
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK(!has_stance(l, "PER", "CHL", SUP) && !has_stance(l, "PER", "CHL", OPP));
	ent_fact_list_free(l);
}

/* "The resolution, drafted by X, passed": the drafter opposes the state
 * an earlier unit named as the resolution's aim. */
TEST(extract_votes_groups__drafter_opposes_aim)
{
	ent_fact_list *l = votes_text("The resolution, drafted by Peru with its neighbours, passed "
				      "by a wide margin.");
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK(has_stance(l, "PER", "CHL", OPP));
	ent_fact_list_free(l);
	l = votes_text("The resolution sponsored by Ecuador was adopted.");
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK(has_stance(l, "ECU", "CHL", OPP));
	ent_fact_list_free(l);
	/* no aim named before: no stance */
	CHECK(stance_none("The resolution, drafted by Peru, passed by a wide margin."));
}

/* the aim named in a unit right after the drafter's, and a drafter that
 * leads a group ("proposed by Andean nations, led by X") */
TEST(extract_votes_groups__drafter_aim_after_and_leader)
{
	CHECK(stance_has("The council failed to adopt the resolution proposed by Andean nations, "
			 "led by Peru. The proposed text demanded that Chilean troops leave the "
			 "valley.",
			 "PER", "CHL", OPP));
	CHECK(stance_has("The council adopted the resolution sponsored by Ecuador. The text "
			 "calls on Chile to pull back its troops.",
			 "ECU", "CHL", OPP));
}

/* a capitalised word that is no state ends the search for the aim */
TEST(extract_votes_groups__aim_stops_at_other_name)
{
	CHECK(!stance_has("A resolution calling for Arica truce Peru objected. The resolution, "
			  "drafted by Ecuador, passed.",
			  "ECU", "PER", OPP));
}

/* "A, B and other co-sponsors of the resolution": each opposes its aim */
TEST(extract_votes_groups__cosponsors_oppose_aim)
{
	ent_fact_list *l = votes_text("Peru, Ecuador and other co-sponsors of the resolution "
				      "thanked the assembly.");
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK(has_stance(l, "PER", "CHL", OPP));
	CHECK(has_stance(l, "ECU", "CHL", OPP));
	ent_fact_list_free(l);
	/* no aim named: no stance */
	CHECK(stance_none("Peru, Ecuador and other co-sponsors of the resolution thanked the "
			  "assembly."));
}
