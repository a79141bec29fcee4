/*
 * test_extract_stance8.c - stance rules of the eighth round, on sentences
 * written for these tests (none quotes an article): recognition of a state
 * ("X recognised Y as a sovereign state"), thanks to a list of states for
 * their support, "stand behind Y", the appositive "X, its biggest backer",
 * and sentences that must give no stance.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT

TEST(extract_stance8__recognition)
{
	CHECK(stance_only("Peru formally recognised Kosovo as an independent state on Tuesday.", "PER",
		   "XKX", SUP));
	CHECK(stance_only("Kenya recognized Kosovo's independence in 2009.", "KEN", "XKX", SUP));
	CHECK(stance_only("Chile has recognised Kosovo's new independence.", "CHL", "XKX", SUP));
	/* not a recognition of a state, or not (yet) one */
	CHECK(stance_none("Peru recognised the need for talks on trade."));
	CHECK(stance_none("Peru recognised Kosovo's athletes at the games."));
	CHECK(stance_none("Peru debated whether to recognise Kosovo's independence."));
	CHECK(stance_none("Kosovo was recognised as a state by a vote of the assembly."));
}

TEST(extract_stance8__thanks_list)
{
	const char *t = "Armenia's president thanked France, Greece and Cyprus for their support "
			"during the crisis.";
	CHECK(stance_has(t, "FRA", "ARM", SUP));
	CHECK(stance_has(t, "GRC", "ARM", SUP));
	CHECK(stance_has(t, "CYP", "ARM", SUP));
	/* thanks for something else: no stance */
	CHECK(stance_none("Armenia's president thanked France, Greece and Cyprus for their visit."));
}

TEST(extract_stance8__stand_behind)
{
	CHECK(stance_only("Kenya said it would stand firmly behind Somalia.", "KEN", "SOM", SUP));
	CHECK(stance_only("Peru will stand \"with all its strength\" behind Chile.", "PER", "CHL", SUP));
	/* behind something else, or another clause */
	CHECK(stance_none("Kenya said it would stand behind the plan."));
	CHECK(stance_none("Kenya will not stand behind Somalia."));
}

TEST(extract_stance8__its_backer)
{
	CHECK(stance_has("Serbia was not invited, and Belarus, its closest ally, stayed away.", "BLR",
		  "SRB", SUP));
	CHECK(stance_only("Sudan was absent, and Egypt, its main backer, did not come.", "EGY", "SDN",
		   SUP));
	/* "its" with no state named before, or not a backer noun */
	CHECK(stance_none("Belarus, its closest ally, stayed away."));
	CHECK(stance_none("Sudan was absent, and Egypt, its neighbour, did not come."));
}

TEST(extract_stance8__welcomed)
{
	CHECK(stance_only("Kenya welcomed the Somali decision on Friday.", "KEN", "SOM", SUP));
	CHECK(stance_only("Peru welcomed Chile's move to reopen the border.", "PER", "CHL", SUP));
	CHECK(stance_only("Taiwan welcomed the US arms sale.", "TWN", "USA", SUP));
	/* an entry (accession), a resistance (stop 58) */
	CHECK(stance_only("Peru welcomed Chile's entry into the Schengen zone.", "PER", "CHL",
			  SUP));
	CHECK(stance_only("Kenya praised Somalia's resistance.", "KEN", "SOM", SUP));
	/* a state's forces and their presence (stop 59) */
	CHECK(stance_only("Niger's military rulers welcomed Ghanaian instructors.", "NER", "GHA",
			  SUP));
	CHECK(stance_only("Togo welcomed Ghana's continued military presence.", "TGO", "GHA",
			  SUP));
	CHECK(stance_none("Togo welcomed Ghanaian forces' departure."));
	/* a visitor or a thing that is no deed of the state */
	CHECK(stance_none("Kenya welcomed the Somali delegation on Friday."));
	CHECK(stance_none("Peru did not welcome Chile's move."));
}

TEST(extract_stance8__recall_noun)
{
	CHECK(stance_only("Kenya announced the recall of its ambassador from Somalia.", "KEN", "SOM",
		   ENT_POLARITY_OPPOSE));
	CHECK(stance_only("The president ordered the recall of Peru's envoy from Chile.", "PER", "CHL",
		   ENT_POLARITY_OPPOSE));
	/* the recall of a product is no stance */
	CHECK(stance_none("Kenya announced the recall of its cars from Somalia."));
}

TEST(extract_stance8__stand_against)
{
	const char *t = "Kenya vowed to stand by Somalia against Ethiopian aggression.";
	CHECK(stance_has(t, "KEN", "SOM", SUP));
	CHECK(stance_has(t, "KEN", "ETH", ENT_POLARITY_OPPOSE));
	/* "against" a thing that is no hostile act of a state */
	CHECK(stance_only("Kenya vowed to stand by Somalia against Ethiopian drought.", "KEN", "SOM", SUP));
}
