/*
 * test_extract_membership.c - memberships of blocs: "X joined NATO", "X is
 * a member of the CSTO", "X's membership in the SCO", and a bloc's title
 * before states ("NATO member Turkey", "fellow NATO members A and B",
 * "NATO ally Poland").  A bloc that qualifies a noun ("joined EU
 * sanctions", "EU countries") is no body joined, and a demonym before the
 * word is no member.  Every sentence here was written for these tests
 * (stop 53).
 */
#include "extract_harness.h"

/* Does text give the membership of state a in bloc b? */
static int member_of(const char *text, const char *a, const char *b)
{
	ent_fact_list *l = run(text, NULL);
	size_t i;
	int found = 0;
	for (i = 0; l && i < l->n; i++)
		found |= l->v[i].type == ENT_FACT_MEMBERSHIP && !strcmp(l->v[i].actor.s, a) &&
			 !strcmp(l->v[i].target.s, b);
	if (l)
		ent_fact_list_free(l);
	return found;
}

TEST(extract_membership__a_bloc_joined_or_held)
{
	CHECK(member_of("Peru joined NATO in 2023.", "PER", "NATO"));
	CHECK(member_of("Chile's membership in the CSTO is frozen.", "CHL", "CSTO"));
	CHECK(member_of("Chile hosts a Peruvian naval base and is a member of the Moscow-led "
			"Collective Security Treaty Organization.",
			"CHL", "CSTO"));
	/* a demonym before the word is no member */
	CHECK(!member_of("Chile hosts a Peruvian naval base and is a member of the CSTO.", "PER",
			 "CSTO"));
}

TEST(extract_membership__a_bloc_that_qualifies_a_noun)
{
	CHECK(!member_of("Chile joined EU sanctions against Peru.", "CHL", "EU"));
	CHECK(!member_of("Chile joined NATO exercises off Peru.", "CHL", "NATO"));
	CHECK(!member_of("Under the plan, alliance members and EU countries will buy Chilean "
			 "rifles for Peru.",
			 "CHL", "EU"));
}

TEST(extract_membership__a_blocs_title_before_states)
{
	CHECK(member_of("NATO member Chile bought six frigates.", "CHL", "NATO"));
	CHECK(member_of("Training began in NATO ally Peru in May.", "PER", "NATO"));
	CHECK(member_of("Bolivia, like its fellow NATO members Peru and the Dominican Republic, "
			"sent jets.",
			"DOM", "NATO"));
	CHECK(!member_of("NATO members and partners met in Chile.", "CHL", "NATO"));
}
