/*
 * test_extract_stance_views.c - stances found on the holdout sets of stop
 * 21, each in words of its own: a commitment to defending a state backs
 * it; a passive participle after a comma or in a relative clause ("The
 * Yn army, backed by X,", "Y, which is backed by X") has the state before
 * it as its object; "values the position of Y" backs Y; condemning "the
 * sale of Yn arms to Z" opposes the seller Y; "viewed with concern Y's
 * ..." opposes Y; "will not tolerate the presence of Yn forces" opposes
 * Y; "drew warnings from Y" makes Y a critic and no seller; "accused of
 * supplying Y" names no one opposed; "X has become an ally of Y and Z
 * against Wn provocations" backs Y and Z and opposes W. Every sentence
 * here was written for these tests.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

TEST(extract_stance_views__commitment_to_defending_a_state)
{
	CHECK(stance_only("Canada reaffirmed its ironclad commitment to defending Estonia against "
			  "any attack.",
			  "CAN", "EST", SUP));
	CHECK(stance_only("Japan restated its commitment to defend the Philippines.", "JPN", "PHL",
			  SUP));
	/* its own troops: no other state */
	CHECK(stance_none("Canada stated its commitment to protecting its troops in Latvia."));
}

TEST(extract_stance_views__passive_after_a_comma_or_a_relative_pronoun)
{
	CHECK(stance_only("The Serbian army, backed by Russia, held a parade on Sunday.", "RUS",
			  "SRB", SUP));
	CHECK(stance_only("Serbia, which is backed by Russia, held a parade on Sunday.", "RUS",
			  "SRB", SUP));
	CHECK(stance_only("The Serbian government, criticised by Croatia, rejected the claims.",
			  "HRV", "SRB", OPP));
	/* a group, not a state, before the comma */
	CHECK(stance_none("The rebels, backed by Russia, took the town."));
}

TEST(extract_stance_views__values_the_position_of_a_state)
{
	CHECK(stance_only("Georgia values the balanced and constructive position of Estonia.",
			  "GEO", "EST", SUP));
	CHECK(stance_only("Georgia highly values Estonia's position on the conflict.", "GEO",
			  "EST", SUP));
	/* the noun and the price */
	CHECK(stance_none("Georgia and Estonia share values of democracy."));
	CHECK(stance_none("Georgia valued the helicopters at $90 million, Estonia said."));
}

TEST(extract_stance_views__condemning_the_sale_of_a_state_s_arms)
{
	CHECK(stance_only("Hungary has slammed the sale of Austrian-made arms to Slovakia.", "HUN",
			  "AUT", OPP));
	CHECK(stance_only("Hungary condemned the supply of Austrian weapons to Slovakia.", "HUN",
			  "AUT", OPP));
	/* no seller named: the buyer is not opposed as a seller */
	CHECK(!stance_has("Hungary condemned the supply of weapons to Slovakia.", "HUN", "AUT",
			  OPP));
	/* "the transfer of missiles from Y to Z": both (stop 58) */
	CHECK(stance_has("Hungary condemned the transfer of missiles from Austria to Slovakia.",
			 "HUN", "AUT", OPP));
	CHECK(stance_has("Hungary condemned the transfer of missiles from Austria to Slovakia.",
			 "HUN", "SVK", OPP));
	CHECK(stance_none("Hungary welcomed the transfer of missiles from Austria to Slovakia."));
}

TEST(extract_stance_views__viewed_with_concern)
{
	CHECK(stance_only("Chile has always viewed with serious concern Peru's naval build-up.",
			  "CHL", "PER", OPP));
	/* "viewed as" stays an interpretation */
	CHECK(stance_none("Chile is viewed as a partner by Peru."));
}

TEST(extract_stance_views__will_not_tolerate_a_presence)
{
	CHECK(stance_only("Chile will not tolerate the presence of Peruvian forces near its "
			  "border, the minister said.",
			  "CHL", "PER", OPP));
	CHECK(stance_only("Chile does not tolerate Peru's presence in the strait.", "CHL", "PER",
			  OPP));
	/* not negated: no stance */
	CHECK(stance_none("Chile will tolerate the presence of Peruvian observers at the drill."));
	/* "X warns (tells) Y it will not ...": "it" is X, who warns */
	{
		const char *t = "Chile warns Bolivia it will not tolerate Peru's presence near its "
				"border.";
		CHECK(stance_has(t, "CHL", "PER", OPP));
		CHECK(!stance_has(t, "BOL", "PER", OPP));
	}
}

TEST(extract_stance_views__warnings_from_a_state)
{
	const char *text = "Chile's purchase of the frigates drew warnings from Peru that such an "
			   "acquisition would upset the balance.";
	ent_fact_list *l = run(text, NULL);
	CHECK(l != NULL);
	CHECK(has_stance(l, "PER", "CHL", OPP));
	CHECK(find_deal(l, "PER", "CHL") == NULL); /* the critic sells nothing */
	ent_fact_list_free(l);
}

TEST(extract_stance_views__accused_of_supplying_a_state)
{
	/* the deed's object is no one opposed; the accuser opposes */
	CHECK(!stance_has("Chile was accused of supplying Bolivia with rifles by Peru.", "CHL",
			  "BOL", OPP));
	CHECK(stance_has("Peru accused Chile of supplying Bolivia with rifles.", "PER", "CHL",
			 OPP));
}

TEST(extract_stance_views__an_ally_against_a_state)
{
	const char *text = "Spain has become an ally of Chile and Peru against Bolivian "
			   "provocations.";
	ent_fact_list *l = run(text, NULL);
	CHECK(l != NULL);
	CHECK(has_stance(l, "ESP", "CHL", SUP));
	CHECK(has_stance(l, "ESP", "PER", SUP));
	CHECK(has_stance(l, "ESP", "BOL", OPP));
	ent_fact_list_free(l);
	/* a tie told without "against": a description, no stance */
	CHECK(stance_none("Spain is a close ally of Chile."));
}

/* "thanked the Yn government for its (that) support": each backs the
 * other; "for its help" to a state alone stays gratitude. */
TEST(extract_stance_views__thanks_to_a_state_s_government)
{
	const char *text = "Chile's foreign minister thanked the Peruvian government for that "
			   "support.";
	ent_fact_list *l = run(text, NULL);
	CHECK(l != NULL);
	CHECK(has_stance(l, "CHL", "PER", SUP));
	CHECK(has_stance(l, "PER", "CHL", SUP));
	ent_fact_list_free(l);
	CHECK(stance_only("Chile thanked Peru for its help.", "CHL", "PER", SUP));
}

/* The object of a verb of stance named further on: "what he termed as
 * Yn 'militarization'", "the right of Y to", "committed to supporting Y",
 * "extended significant ... support to Y", ", drawing criticism from Z",
 * "the presence of the Yn regime". */
TEST(extract_stance_views__objects_named_further_on)
{
	CHECK(stance_only("Chile's president criticised what he termed as Peru's "
			  "\"militarization\" policy in the region.",
			  "CHL", "PER", OPP));
	/* a label of trade is no stance */
	CHECK(stance_none("Chile condemned what it called Peru's trade policy."));
	CHECK(stance_only("Chile defended and supported the right of Peru to defend itself.",
			  "CHL", "PER", SUP));
	/* "the (legitimate) rights of the Yn people" (stop 63) */
	CHECK(stance_only("Chile supports the legitimate rights of the Peruvian people.", "CHL",
			  "PER", SUP));
	CHECK(stance_none("Chile supports the legitimate rights of the Peruvian fishermen."));
	CHECK(stance_only("Chile remains committed to supporting Peru's brave defenders.", "CHL",
			  "PER", SUP));
	CHECK(stance_only("Chile extended significant diplomatic and military support to Peru "
			  "during the crisis.",
			  "CHL", "PER", SUP));
	CHECK(stance_has("Chile openly aligned with Peru's position, drawing sharp criticism "
			 "from Bolivia.",
			 "BOL", "CHL", OPP));
	CHECK(stance_only("Chile would not tolerate the presence of the Peruvian regime along "
			  "its borders, the minister said.",
			  "CHL", "PER", OPP));
}

/* A quotation's speaker named by a state and a body's capitalised name
 * ("the US State Department said", "US State Department spokesman X
 * said"); claims judged ("called Y's claims 'completely unacceptable'",
 * "described Y's claims as baseless"); "rejected Y's insinuations";
 * "called on ... to increase (step up) pressure on Y and Z". */
TEST(extract_stance_views__speakers_claims_and_pressure)
{
	CHECK(stance_only("\"We condemn Peru for its attack,\" the Chilean Foreign Ministry said.",
			  "CHL", "PER", OPP));
	CHECK(stance_only("\"We condemn Peru for its attack,\" US State Department spokesman Ned "
			  "Price said.",
			  "USA", "PER", OPP));
	CHECK(stance_only("\"We strongly condemn the provocation committed by Peru,\" Chile's "
			  "defence minister said.",
			  "CHL", "PER", OPP));
	CHECK(stance_only("Chile called Peru's claims \"completely unacceptable.\"", "CHL", "PER",
			  OPP));
	CHECK(stance_only("Chile described Peru's claims as baseless.", "CHL", "PER", OPP));
	CHECK(stance_only("Chile rejected Peru's insinuations that Santiago pressured Lima.", "CHL",
			  "PER", OPP));
	{
		ent_fact_list *l = run("Chile called on the international community to increase "
				       "pressure on Peru and Bolivia.",
				       NULL);
		CHECK(l != NULL);
		CHECK(has_stance(l, "CHL", "PER", OPP) && has_stance(l, "CHL", "BOL", OPP));
		ent_fact_list_free(l);
	}
	/* pressure with no call to press: no stance */
	CHECK(stance_none("Chile faces pressure on Peru policy."));
}

/* "The drill involves the armies of A and B and is supported by X": the
 * passive's subject opens the sentence; B, the last state of the verb
 * phrase before "and", is backed by no one (stop 57). */
TEST(extract_stance_views__a_passive_after_and_has_the_sentence_subject)
{
	CHECK(stance_none("Flintlock involves the armies of Ghana, Togo and Niger and is supported "
			  "by France and Canada."));
	CHECK(stance_has("Ghana signed a deal with Togo and is supported by France.", "FRA", "GHA",
			 ENT_POLARITY_SUPPORT));
	CHECK(!stance_has("Ghana signed a deal with Togo and is supported by France.", "FRA",
			  "TGO", ENT_POLARITY_SUPPORT));
}
