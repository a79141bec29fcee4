/*
 * test_extract_sanction_poll.c - stance rules for statements on sanctions,
 * elections and votes, on sentences written for these tests (none quotes an
 * article): sanctions imposed or announced by a list of states, a
 * condemnation of sanctions on a state, a refusal to recognise a state's
 * election, a vote against a motion condemning a state, a count of states
 * as a subject (or with the states listed after "namely"), and the
 * recognition of "the state of" a state.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

TEST(extract_sanction_poll__sanctions_by)
{
	const char *t = "The sanctions imposed by Ecuador, the European Union and Bolivia on "
			"Chile took effect.";
	CHECK(stance_has(t, "ECU", "CHL", OPP));
	CHECK(stance_has(t, "BOL", "CHL", OPP));
	CHECK_INT(stance_count(t), 2);
	CHECK(stance_only("New sanctions imposed on Chile by Peru hit its copper exports.", "PER",
			  "CHL", OPP));
	CHECK(stance_only("Peru announced fresh sanctions against Chile on Monday.", "PER", "CHL",
			  OPP));
	CHECK(stance_only("Ghana unveiled new sanctions on Togo.", "GHA", "TGO", OPP));
	/* no state under sanctions, or no announcement: no stance */
	CHECK(stance_none("Peru announced new sanctions on Monday."));
	CHECK(stance_none("Peru did not announce sanctions on Chile."));
}

TEST(extract_sanction_poll__sanctions_condemned)
{
	CHECK(stance_has("Kenya condemned the new sanctions imposed on Uganda.", "KEN", "UGA", SUP));
	CHECK(stance_has("Peru strongly denounces the sanctions against Chile.", "PER", "CHL", SUP));
	{
		const char *t = "Peru condemned the sanctions imposed by Ecuador and Bolivia on Chile.";
		CHECK(stance_has(t, "PER", "CHL", SUP));
		CHECK(stance_has(t, "ECU", "CHL", OPP));
		CHECK(stance_has(t, "BOL", "CHL", OPP));
		CHECK(stance_has(t, "PER", "ECU", OPP));
	}
	/* the state that imposed the sanctions condemned is opposed */
	{
		const char *t = "Kenya denounced Ugandan sanctions on Rwanda.";
		CHECK(stance_has(t, "KEN", "RWA", SUP));
		CHECK(stance_has(t, "KEN", "UGA", OPP));
	}
	/* a mere objection is no backing */
	CHECK(!stance_has("Kenya objected to the sanctions on Uganda.", "KEN", "UGA", SUP));
}

/* "condemned the illegitimate prohibitive measures against Havana":
 * measures a word of coercion qualifies are sanctions (stop 54). */
TEST(extract_sanction_poll__coercive_measures_are_sanctions)
{
	CHECK(stance_has("Kenya condemned the illegitimate prohibitive measures against Kampala.",
			 "KEN", "UGA", SUP));
	CHECK(stance_has("Kenya adopted restrictive measures against Uganda.", "KEN", "UGA", OPP));
	/* measures of another kind are none */
	CHECK(stance_none("Kenya adopted security measures against Uganda's rebels."));
}

TEST(extract_sanction_poll__election_unrecognised)
{
	CHECK(stance_only("Peru does not recognise the presidential election in Chile.", "PER",
			  "CHL", OPP));
	CHECK(stance_only("Peru refused to recognise the results of Chile's election.", "PER", "CHL",
			  OPP));
	CHECK(stance_only("Ghana will not recognize the outcome of the Togolese vote.", "GHA", "TGO",
			  OPP));
	CHECK(stance_only("Peru said the elections held by Chile were a sham and it does not "
			  "recognise them.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Peru questioned the vote in Chile and said that it would not "
			  "recognise its results.",
			  "PER", "CHL", OPP));
	/* "it" may be a bloc named on the way: no state's refusal */
	CHECK(stance_none("Peru questioned the vote in Chile, and the European Union said that it "
			  "would not recognise its results."));
	/* recognised, or someone else's refusal that is condemned: no opposition */
	CHECK(stance_none("Peru recognised the result of the election in Chile."));
	CHECK(!stance_has("Peru condemned statements that they do not recognise the election in "
			  "Chile.",
			  "PER", "CHL", OPP));
}

TEST(extract_sanction_poll__motion_voted_down)
{
	CHECK(stance_only("Peru voted against the resolution condemning Chile.", "PER", "CHL", SUP));
	CHECK(stance_only("Kenya vetoed a draft denouncing Uganda's border raid.", "KEN", "UGA",
			  SUP));
	{
		const char *t = "Peru and Ecuador voted against a resolution last year condemning "
				"the Chilean invasion of the islands.";
		CHECK(stance_has(t, "PER", "CHL", SUP));
		CHECK(stance_has(t, "ECU", "CHL", SUP));
		CHECK(!stance_has(t, "PER", "CHL", OPP));
	}
	/* a vote for the motion stays opposition */
	CHECK(stance_only("Peru voted for the resolution condemning Chile.", "PER", "CHL", OPP));
}

/* "voted in favour of the UN resolution supporting Y": "supporting" after
 * a motion noun is the motion's verb, so the voter backs Y, and one who
 * voted it down opposes Y; an abstention takes no side (stop 56). */
TEST(extract_sanction_poll__motion_supporting_and_abstention)
{
	CHECK(stance_only("Peru voted in favour of the UN resolution supporting Chile.", "PER",
			  "CHL", SUP));
	CHECK(stance_only("Peru voted against a resolution supporting Chile.", "PER", "CHL", OPP));
	CHECK(stance_none("Peru abstained on a resolution condemning Chile."));
	CHECK(stance_none("Peru abstained in the vote on the resolution condemning Chile."));
	CHECK(stance_none("The assembly passed a resolution supporting Chile."));
	/* no vote told: the motion is not the subject's word */
	CHECK(stance_none("Peru criticised a resolution supporting Chile."));
	CHECK(stance_none("Peru issued a statement supporting Chile."));
}

TEST(extract_sanction_poll__counted_states)
{
	/* "four countries" are no state named before them */
	CHECK(stance_none("The assembly met on the future of Peru, and four countries sided with "
			  "Chile."));
	CHECK(stance_none("After the vote on Peru, 35 states backed Chile."));
}

TEST(extract_sanction_poll__state_of)
{
	CHECK(stance_only("Ghana formally recognises the state of Palestine.", "GHA", "PSE", SUP));
	CHECK(stance_only("Peru recognized the state of Kosovo in May.", "PER", "XKX", SUP));
}

TEST(extract_sanction_poll__namely_list)
{
	const char *t = "Four countries voted against a resolution last year condemning the "
			"Chilean raid, namely Peru, Ecuador and Cuba, as well as Ghana.";
	CHECK(stance_has(t, "PER", "CHL", SUP));
	CHECK(stance_has(t, "ECU", "CHL", SUP));
	CHECK(stance_has(t, "CUB", "CHL", SUP));
	CHECK(stance_has(t, "GHA", "CHL", SUP));
	CHECK(stance_only("Two states backed a motion condemning Chile, namely Peru.", "PER", "CHL",
			  OPP));
	/* no count of states for subject: the list is no actor */
	CHECK(stance_none("The assembly passed a resolution condemning Chile, namely its raid."));
}

TEST(extract_sanction_poll__expelled)
{
	CHECK(stance_only("Peru expelled Chile's ambassador on Monday.", "PER", "CHL", OPP));
	CHECK(stance_only("Ghana expelled two Togolese diplomats.", "GHA", "TGO", OPP));
	CHECK(stance_only("Kenya ordered the expulsion of the Ugandan envoy.", "KEN", "UGA", OPP));
	/* "declared a Yn diplomat persona non grata" (stop 55) */
	CHECK(stance_only("Kenya declared a Ugandan diplomat persona non grata.", "KEN", "UGA",
			  OPP));
	CHECK(stance_none("Kenya declared a state of emergency."));
	/* no state's diplomat, or not expelled: no stance */
	CHECK(stance_none("Peru expelled two journalists."));
	CHECK(stance_none("Peru did not expel Chile's ambassador."));
	/* a gerund after "after": the clause's subject expels */
	CHECK(stance_only("Niger's military government agreed to step up cooperation with Mali, "
			  "after expelling French forces that were helping it.",
			  "NER", "FRA", OPP));
	/* "pushed (kicked, forced, threw) out" (stop 60) */
	ent_fact_list *l = run("The former Chilean colonies Ghana and Togo pushed out Chilean "
			       "forces who were stationed there.",
			       NULL);
	CHECK(l && has_stance(l, "GHA", "CHL", OPP) && has_stance(l, "TGO", "CHL", OPP));
	ent_fact_list_free(l);
	CHECK(stance_only("Kenya kicked out the Ugandan ambassador.", "KEN", "UGA", OPP));
	CHECK(stance_none("Kenya did not push out Ugandan forces."));
	CHECK(stance_none("Kenya pushed out the deadline."));
}

TEST(extract_sanction_poll__election_object)
{
	CHECK(stance_only("Peru rejected the official results of the election in Chile.", "PER",
			  "CHL", OPP));
	CHECK(stance_only("Ghana will not recognise the election process in Togo.", "GHA", "TGO",
			  OPP));
	/* a claim about the vote is rejected, not the vote */
	CHECK(stance_none("Peru rejected claims that the election in Chile was rigged."));
}

TEST(extract_sanction_poll__support_for_sovereignty)
{
	CHECK(stance_only("Peru voiced support for the territorial integrity of Chile.", "PER",
			  "CHL", SUP));
	CHECK(stance_only("Ghana reaffirmed its firm support for the sovereignty of Togo.", "GHA",
			  "TGO", SUP));
}

TEST(extract_sanction_poll__sanctions_on_people)
{
	CHECK(stance_only("Peru imposed sanctions on Chilean officials.", "PER", "CHL", OPP));
	CHECK(stance_only("Ghana announced sanctions against Togo's defence minister.", "GHA", "TGO",
			  OPP));
	CHECK(stance_only("New sanctions on Chile were announced by Peru on Friday.", "PER", "CHL",
			  OPP));
	/* a state's name that is no owner of the sanctioned: no stance */
	CHECK(stance_none("Peru imposed sanctions on Chilean."));
}

TEST(extract_sanction_poll__sanctioned)
{
	CHECK(stance_only("Peru has sanctioned Chile over the raid.", "PER", "CHL", OPP));
	CHECK(stance_only("Kenya sanctioned three Ugandan firms.", "KEN", "UGA", OPP));
	/* passive or negated: not this rule */
	CHECK(stance_none("Peru has not sanctioned Chile."));
}

TEST(extract_sanction_poll__resolution_vote)
{
	CHECK(stance_only("The assembly voted on Monday to condemn Chile's raid on the islands. "
			  "Ninety countries, including Peru, backed the resolution.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("The council debated a resolution denouncing the Togolese blockade. "
			  "Ghana voted against the resolution.",
			  "GHA", "TGO", SUP));
	/* no condemnation told before: no stance */
	CHECK(stance_none("The assembly met on Monday. Peru backed the resolution."));
}

TEST(extract_sanction_poll__sanctions_on_a_firm_oppose_its_state)
{
	CHECK(stance_only("China imposed trade and investment sanctions Thursday on Lockheed Martin "
			  "for supplying weapons to Taiwan.",
			  "CHN", "USA", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("China imposed sanctions on Lockheed Martin.", "CHN", "USA",
			  ENT_POLARITY_OPPOSE));
	/* a firm's name that holds a weapon word is no goods */
	expect_no_transfer("Raytheon Missiles and Defense is barred from importing goods into "
			   "China.");
}
