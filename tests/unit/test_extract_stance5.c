/*
 * test_extract_stance5.c - stance rules of the fifth round, on sentences
 * written for these tests (none quotes an article): congratulations,
 * diplomatic representations, condemnation an act draws, concern "on",
 * and sentences that must give no stance.
 */
#include "extract_harness.h"

/* one text, one stance: actor, target, polarity */
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

/* the text gives (at least) this stance */
static int has(const char *text, const char *a, const char *t, ent_polarity p)
{
	ent_fact_list *l = run(text, NULL);
	int ok = l && has_stance(l, a, t, p);
	if (l)
		ent_fact_list_free(l);
	return ok;
}

/* the number of stances the text gives */
static size_t stances(const char *text)
{
	ent_fact_list *l = run(text, NULL);
	size_t n = l ? count(l, ENT_FACT_STANCE) : 0;
	if (l)
		ent_fact_list_free(l);
	return n;
}

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

TEST(extract_stance5__congratulate)
{
	/* the one who congratulates a state, its leader or its government
	 * backs that state */
	const char *t = "Laos and Cambodia congratulated the Thai prime minister on her win.";
	CHECK(has(t, "LAO", "THA", SUP));
	CHECK(has(t, "KHM", "THA", SUP));
	CHECK(stances(t) == 2);
	CHECK(only("Peru congratulated Bolivia's president after the vote.", "PER", "BOL", SUP));
	CHECK(only("Kenya congratulates Ghana on a peaceful election.", "KEN", "GHA", SUP));
	CHECK(only("Chilean President Ana Ruiz won the vote. Peru congratulated Ruiz on "
		   "her win.",
		   "PER", "CHL", SUP));
	/* no state's leader or body, or no congratulation given */
	CHECK(none("Brazil congratulated the Peruvian team on its goal."));
	CHECK(none("Peru did not congratulate Bolivia's president."));
	CHECK(none("Peru received congratulations from Bolivia."));
}

TEST(extract_stance5__representations)
{
	/* "made/lodged (solemn) representations to/with X (side)": a protest */
	CHECK(only("Vietnam made a diplomatic representation to Cambodia over the map.", "VNM",
		   "KHM", OPP));
	CHECK(only("Japan has lodged stern representations with the Korean side.", "JPN", "KOR",
		   OPP));
	/* none to another state, or only a state's people */
	CHECK(none("Vietnam made a representation to the court."));
	CHECK(none("Vietnam lodged representations with Cambodian fishermen."));
}

TEST(extract_stance5__drew_condemnation)
{
	/* "X's act / the coup in X drew condemnation from A and B": each
	 * critic opposes X */
	const char *t = "The coup in Mali has drawn wide condemnation from its neighbours, among "
			"them Senegal and Guinea, Mali's trading partners.";
	CHECK(has(t, "SEN", "MLI", OPP));
	CHECK(has(t, "GIN", "MLI", OPP));
	CHECK(stances(t) == 2);
	CHECK(only("Iran's missile test drew criticism from Germany.", "DEU", "IRN", OPP));
	CHECK(only("The Syrian strikes drew condemnation from Jordan.", "JOR", "SYR", OPP));
	/* no single owner of the act, or an event that is no state's act */
	CHECK(none("The drills between Peru and Chile drew criticism from Bolivia."));
	CHECK(none("The summit in Lima drew criticism from Bolivia."));
	CHECK(none("The film drew praise from Bolivia."));
}

TEST(extract_stance5__concern_on)
{
	/* "expressed concern on X's actions" like "concern over" */
	CHECK(only("Norway, which chairs the council, expressed concern on Russia's naval "
		   "moves.",
		   "NOR", "RUS", OPP));
	CHECK(none("Norway expressed concern on Monday."));
}
