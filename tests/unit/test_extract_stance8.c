/*
 * test_extract_stance8.c - stance rules of the eighth round, on sentences
 * written for these tests (none quotes an article): recognition of a state
 * ("X recognised Y as a sovereign state"), thanks to a list of states for
 * their support, "stand behind Y", the appositive "X, its biggest backer",
 * and sentences that must give no stance.
 */
#include "extract_harness.h"

static int only(const char *text, const char *a, const char *t, ent_polarity p)
{
	ent_fact_list *l = run(text, NULL);
	int ok = l && count(l, ENT_FACT_STANCE) == 1 && has_stance(l, a, t, p);
	if (l)
		ent_fact_list_free(l);
	return ok;
}

static int none(const char *text)
{
	ent_fact_list *l = run(text, NULL);
	int ok = l && count(l, ENT_FACT_STANCE) == 0;
	if (l)
		ent_fact_list_free(l);
	return ok;
}

static int has(const char *text, const char *a, const char *t, ent_polarity p)
{
	ent_fact_list *l = run(text, NULL);
	int ok = l && has_stance(l, a, t, p);
	if (l)
		ent_fact_list_free(l);
	return ok;
}

#define SUP ENT_POLARITY_SUPPORT

TEST(extract_stance8__recognition)
{
	CHECK(only("Peru formally recognised Kosovo as an independent state on Tuesday.", "PER",
		   "XKX", SUP));
	CHECK(only("Kenya recognized Kosovo's independence in 2009.", "KEN", "XKX", SUP));
	CHECK(only("Chile has recognised Kosovo's new independence.", "CHL", "XKX", SUP));
	/* not a recognition of a state, or not (yet) one */
	CHECK(none("Peru recognised the need for talks on trade."));
	CHECK(none("Peru recognised Kosovo's athletes at the games."));
	CHECK(none("Peru debated whether to recognise Kosovo's independence."));
	CHECK(none("Kosovo was recognised as a state by a vote of the assembly."));
}

TEST(extract_stance8__thanks_list)
{
	const char *t = "Armenia's president thanked France, Greece and Cyprus for their support "
			"during the crisis.";
	CHECK(has(t, "FRA", "ARM", SUP));
	CHECK(has(t, "GRC", "ARM", SUP));
	CHECK(has(t, "CYP", "ARM", SUP));
	/* thanks for something else: no stance */
	CHECK(none("Armenia's president thanked France, Greece and Cyprus for their visit."));
}

TEST(extract_stance8__stand_behind)
{
	CHECK(only("Kenya said it would stand firmly behind Somalia.", "KEN", "SOM", SUP));
	CHECK(only("Peru will stand \"with all its strength\" behind Chile.", "PER", "CHL", SUP));
	/* behind something else, or another clause */
	CHECK(none("Kenya said it would stand behind the plan."));
	CHECK(none("Kenya will not stand behind Somalia."));
}

TEST(extract_stance8__its_backer)
{
	CHECK(has("Serbia was not invited, and Belarus, its closest ally, stayed away.", "BLR",
		  "SRB", SUP));
	CHECK(only("Sudan was absent, and Egypt, its main backer, did not come.", "EGY", "SDN",
		   SUP));
	/* "its" with no state named before, or not a backer noun */
	CHECK(none("Belarus, its closest ally, stayed away."));
	CHECK(none("Sudan was absent, and Egypt, its neighbour, did not come."));
}

TEST(extract_stance8__welcomed)
{
	CHECK(only("Kenya welcomed the Somali decision on Friday.", "KEN", "SOM", SUP));
	CHECK(only("Peru welcomed Chile's move to reopen the border.", "PER", "CHL", SUP));
	CHECK(only("Taiwan welcomed the US arms sale.", "TWN", "USA", SUP));
	/* a visitor or a thing that is no deed of the state */
	CHECK(none("Kenya welcomed the Somali delegation on Friday."));
	CHECK(none("Peru did not welcome Chile's move."));
}

TEST(extract_stance8__recall_noun)
{
	CHECK(only("Kenya announced the recall of its ambassador from Somalia.", "KEN", "SOM",
		   ENT_POLARITY_OPPOSE));
	CHECK(only("The president ordered the recall of Peru's envoy from Chile.", "PER", "CHL",
		   ENT_POLARITY_OPPOSE));
	/* the recall of a product is no stance */
	CHECK(none("Kenya announced the recall of its cars from Somalia."));
}

TEST(extract_stance8__stand_against)
{
	const char *t = "Kenya vowed to stand by Somalia against Ethiopian aggression.";
	CHECK(has(t, "KEN", "SOM", SUP));
	CHECK(has(t, "KEN", "ETH", ENT_POLARITY_OPPOSE));
	/* "against" a thing that is no hostile act of a state */
	CHECK(only("Kenya vowed to stand by Somalia against Ethiopian drought.", "KEN", "SOM", SUP));
}
