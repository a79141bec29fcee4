/*
 * test_extract_stance6.c - stance rules of the sixth round, on sentences
 * written for these tests (none quotes an article): lists of states that
 * name a group ("countries such as X and Y", "the ambassadors of X and Y"),
 * acts whose owner the text gave before, envoys and their states, and
 * sentences that must give no stance.
 */
#include "extract_harness.h"

/* the number of stances the text gives */

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

TEST(extract_stance6__group_list)
{
	/* "countries such as X and Y", "members, such as X, Y and Z", "the
	 * envoys of X and Y": every state of the list is the subject */
	const char *t = "Nations such as Laos and Cambodia hurried to congratulate the Thai "
			"premier on her win.";
	CHECK(stance_has(t, "LAO", "THA", SUP));
	CHECK(stance_has(t, "KHM", "THA", SUP));
	CHECK(stance_count(t) == 2);
	t = "Several neighbours, such as Peru, Chile and Brazil, criticised Bolivia.";
	CHECK(stance_has(t, "PER", "BOL", OPP));
	CHECK(stance_has(t, "CHL", "BOL", OPP));
	CHECK(stance_has(t, "BRA", "BOL", OPP));
	CHECK(stance_count(t) == 3);
	t = "The ambassadors of Norway and Denmark condemned Russia at the meeting.";
	CHECK(stance_has(t, "NOR", "RUS", OPP));
	CHECK(stance_has(t, "DNK", "RUS", OPP));
	CHECK(stance_count(t) == 2);
	/* the group is itself an object: no subject */
	CHECK(stance_count("Bolivia criticised raids on countries such as Peru and Chile.") == 0);
	t = "Bolivia criticised the envoys of Peru and Chile.";
	CHECK(!stance_has(t, "PER", "BOL", OPP) && !stance_has(t, "CHL", "BOL", OPP));
}

TEST(extract_stance6__act_owner_victim)
{
	/* "condemned the strikes on Y": the owner the text gave the strikes
	 * before ("X's strikes", "the strikes by X"), never Y itself */
	CHECK(stance_only("The raids by Sudan left ten dead. Kenya condemned the raids on Chad.", "KEN",
		   "SDN", OPP));
	CHECK(stance_only("Sudan's raids left ten dead. Kenya condemned the raids against Chad.", "KEN",
		   "SDN", OPP));
	CHECK(stance_none("Chad's raids on Sudan left ten dead. Kenya condemned the raids on Chad."));
	CHECK(stance_none("The raids left ten dead. Kenya condemned the raids on Chad."));
}

TEST(extract_stance6__envoy)
{
	/* "<state> Ambassador to (the) <host> Name": the envoy stands for the
	 * state before the title, not for the host; also "to the UN" and a
	 * "Permanent Representative" */
	CHECK(stance_only("Peruvian Ambassador to the Philippines Ana Ruiz spoke on Monday. Ruiz "
		   "condemned Russia.",
		   "PER", "RUS", OPP));
	CHECK(stance_only("Peruvian Ambassador to the Philippines Ana Ruiz condemned Russia.", "PER",
		   "RUS", OPP));
	CHECK(stance_only("Chile's ambassador to the UN Ana Ruiz spoke. Ruiz condemned Russia.", "CHL",
		   "RUS", OPP));
	CHECK(stance_only("Norway's Permanent Representative to the United Nations, Ola Berg, spoke. "
		   "Berg criticised Iran.",
		   "NOR", "IRN", OPP));
	/* no state before the title: the name stands for none */
	CHECK(stance_none("The ambassador to the UN, Ola Berg, spoke. Berg criticised Iran."));
}

TEST(extract_stance6__craft_agent)
{
	/* a hostile act "by" a state's ships, coast guard or troops (a demonym
	 * before them) is that state's; "of <what>" before the agent is
	 * skipped */
	CHECK(stance_only("Peru condemned the reckless acts by Chinese vessels near the shoal.", "PER",
		   "CHN", OPP));
	CHECK(stance_only("Kenya condemned the firing of flares by Somali warships.", "KEN", "SOM", OPP));
	CHECK(stance_only("Kenya condemned the seizure of Tanzanian boats by the Somali coast guard.",
		   "KEN", "SOM", OPP));
	/* the boats of a demonym are the victims; no agent, no state's agent */
	CHECK(stance_none("Kenya condemned the seizure of Tanzanian boats."));
	CHECK(stance_none("Kenya condemned the harassment of Somali fishermen by pirates."));
}

TEST(extract_stance6__her_country)
{
	/* "her/his country condemns": the state of the titled person the
	 * pronoun refers to, also over quote marks */
	CHECK(stance_only("Peruvian Ambassador Ana Ruiz wrote in a long post on her account late on "
		   "Friday that her country ''condemns the raids by Chile''.",
		   "PER", "CHL", OPP));
	CHECK(stance_none("Ana Ruiz wrote in a long post on her account late on Friday that her country "
		   "condemns the raids by Chile."));
}

TEST(extract_stance6__protest_agent)
{
	/* "protests against / criticism of the use of force by X": the agent
	 * of the act is the one opposed */
	CHECK(stance_only("Peru strongly protests against the seizure of its boats by Chile.", "PER",
		   "CHL", OPP));
	CHECK(stance_only("Peru voiced criticism of the use of force by Chile.", "PER", "CHL", OPP));
	/* "X firmly opposes and strongly protests against ...": X protests */
	CHECK(stance_only("Peru firmly opposes and strongly protests against Chile's moves.", "PER",
		   "CHL", OPP));
	/* no state behind the act */
	CHECK(stance_none("Peru voiced criticism of the use of force by rebels in Chile."));
}

TEST(extract_stance6__concern_agent)
{
	/* concern "about <act> by X('s craft)": the agent of the act */
	CHECK(stance_only("Peru is concerned about the reckless moves by Chile near the border.", "PER",
		   "CHL", OPP));
	/* "X shares Y's concerns about <act> by Z": X opposes Z and sides with
	 * Y; the state is named late in the phrase */
	const char *t = "Norway shares Finland's concerns about risky flights by Russia's jets "
			"near the coast.";
	CHECK(stance_has(t, "NOR", "RUS", OPP));
	CHECK(stance_has(t, "NOR", "FIN", SUP));
	CHECK(stance_count(t) == 2);
	CHECK(stance_none("Norway shares Finland's concerns about the risky flights near the coast."));
	CHECK(stance_none("Peru is concerned about the reckless moves by smugglers near the border."));
}
