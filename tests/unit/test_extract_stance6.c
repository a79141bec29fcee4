/*
 * test_extract_stance6.c - stance rules of the sixth round, on sentences
 * written for these tests (none quotes an article): lists of states that
 * name a group ("countries such as X and Y", "the ambassadors of X and Y"),
 * acts whose owner the text gave before, envoys and their states, and
 * sentences that must give no stance.
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

TEST(extract_stance6__group_list)
{
	/* "countries such as X and Y", "members, such as X, Y and Z", "the
	 * envoys of X and Y": every state of the list is the subject */
	const char *t = "Nations such as Laos and Cambodia hurried to congratulate the Thai "
			"premier on her win.";
	CHECK(has(t, "LAO", "THA", SUP));
	CHECK(has(t, "KHM", "THA", SUP));
	CHECK(stances(t) == 2);
	t = "Several neighbours, such as Peru, Chile and Brazil, criticised Bolivia.";
	CHECK(has(t, "PER", "BOL", OPP));
	CHECK(has(t, "CHL", "BOL", OPP));
	CHECK(has(t, "BRA", "BOL", OPP));
	CHECK(stances(t) == 3);
	t = "The ambassadors of Norway and Denmark condemned Russia at the meeting.";
	CHECK(has(t, "NOR", "RUS", OPP));
	CHECK(has(t, "DNK", "RUS", OPP));
	CHECK(stances(t) == 2);
	/* the group is itself an object: no subject */
	CHECK(stances("Bolivia criticised raids on countries such as Peru and Chile.") == 0);
	t = "Bolivia criticised the envoys of Peru and Chile.";
	CHECK(!has(t, "PER", "BOL", OPP) && !has(t, "CHL", "BOL", OPP));
}

TEST(extract_stance6__act_owner_victim)
{
	/* "condemned the strikes on Y": the owner the text gave the strikes
	 * before ("X's strikes", "the strikes by X"), never Y itself */
	CHECK(only("The raids by Sudan left ten dead. Kenya condemned the raids on Chad.", "KEN",
		   "SDN", OPP));
	CHECK(only("Sudan's raids left ten dead. Kenya condemned the raids against Chad.", "KEN",
		   "SDN", OPP));
	CHECK(none("Chad's raids on Sudan left ten dead. Kenya condemned the raids on Chad."));
	CHECK(none("The raids left ten dead. Kenya condemned the raids on Chad."));
}

TEST(extract_stance6__envoy)
{
	/* "<state> Ambassador to (the) <host> Name": the envoy stands for the
	 * state before the title, not for the host; also "to the UN" and a
	 * "Permanent Representative" */
	CHECK(only("Peruvian Ambassador to the Philippines Ana Ruiz spoke on Monday. Ruiz "
		   "condemned Russia.",
		   "PER", "RUS", OPP));
	CHECK(only("Peruvian Ambassador to the Philippines Ana Ruiz condemned Russia.", "PER",
		   "RUS", OPP));
	CHECK(only("Chile's ambassador to the UN Ana Ruiz spoke. Ruiz condemned Russia.", "CHL",
		   "RUS", OPP));
	CHECK(only("Norway's Permanent Representative to the United Nations, Ola Berg, spoke. "
		   "Berg criticised Iran.",
		   "NOR", "IRN", OPP));
	/* no state before the title: the name stands for none */
	CHECK(none("The ambassador to the UN, Ola Berg, spoke. Berg criticised Iran."));
}

TEST(extract_stance6__craft_agent)
{
	/* a hostile act "by" a state's ships, coast guard or troops (a demonym
	 * before them) is that state's; "of <what>" before the agent is
	 * skipped */
	CHECK(only("Peru condemned the reckless acts by Chinese vessels near the shoal.", "PER",
		   "CHN", OPP));
	CHECK(only("Kenya condemned the firing of flares by Somali warships.", "KEN", "SOM", OPP));
	CHECK(only("Kenya condemned the seizure of Tanzanian boats by the Somali coast guard.",
		   "KEN", "SOM", OPP));
	/* the boats of a demonym are the victims; no agent, no state's agent */
	CHECK(none("Kenya condemned the seizure of Tanzanian boats."));
	CHECK(none("Kenya condemned the harassment of Somali fishermen by pirates."));
}

TEST(extract_stance6__her_country)
{
	/* "her/his country condemns": the state of the titled person the
	 * pronoun refers to, also over quote marks */
	CHECK(only("Peruvian Ambassador Ana Ruiz wrote in a long post on her account late on "
		   "Friday that her country ''condemns the raids by Chile''.",
		   "PER", "CHL", OPP));
	CHECK(none("Ana Ruiz wrote in a long post on her account late on Friday that her country "
		   "condemns the raids by Chile."));
}

TEST(extract_stance6__protest_agent)
{
	/* "protests against / criticism of the use of force by X": the agent
	 * of the act is the one opposed */
	CHECK(only("Peru strongly protests against the seizure of its boats by Chile.", "PER",
		   "CHL", OPP));
	CHECK(only("Peru voiced criticism of the use of force by Chile.", "PER", "CHL", OPP));
	/* "X firmly opposes and strongly protests against ...": X protests */
	CHECK(only("Peru firmly opposes and strongly protests against Chile's moves.", "PER",
		   "CHL", OPP));
	/* no state behind the act */
	CHECK(none("Peru voiced criticism of the use of force by rebels in Chile."));
}

TEST(extract_stance6__concern_agent)
{
	/* concern "about <act> by X('s craft)": the agent of the act */
	CHECK(only("Peru is concerned about the reckless moves by Chile near the border.", "PER",
		   "CHL", OPP));
	/* "X shares Y's concerns about <act> by Z": X opposes Z and sides with
	 * Y; the state is named late in the phrase */
	const char *t = "Norway shares Finland's concerns about risky flights by Russia's jets "
			"near the coast.";
	CHECK(has(t, "NOR", "RUS", OPP));
	CHECK(has(t, "NOR", "FIN", SUP));
	CHECK(stances(t) == 2);
	CHECK(none("Norway shares Finland's concerns about the risky flights near the coast."));
	CHECK(none("Peru is concerned about the reckless moves by smugglers near the border."));
}
