/*
 * test_extract_stance10.c - stance rules of the tenth round, on sentences
 * written for these tests (none quotes an article): backing a state's
 * territorial integrity or sovereignty "of Y", recognition announced or
 * stated with the state alone as object, an envoy "recalled / called
 * back", voting with a state, a titled speaker after "In <State>,", and
 * drills "launched by X" that are X's alone; and sentences that must give
 * no stance.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

TEST(extract_stance10__statehood_support)
{
	CHECK(stance_only("Peru backs territorial integrity of Bolivia.", "PER", "BOL", SUP));
	CHECK(stance_only("Kenya supports the sovereignty of Somalia.", "KEN", "SOM", SUP));
	CHECK(stance_only("Ghana said it will continue to back the territorial integrity of Mali.",
			  "GHA", "MLI", SUP));
	CHECK(stance_only("Chile firmly upholds the independence of Uruguay.", "CHL", "URY", SUP));
	/* the efforts or position of Y (a state, or its government) */
	CHECK(stance_only("Peru supports all efforts by the Chilean government to end the dispute.",
			  "PER", "CHL", SUP));
	CHECK(stance_only("Kenya backs the position of Somalia on the port.", "KEN", "SOM", SUP));
	/* negated, or no state after "of": no stance */
	CHECK(stance_none("Peru does not back the territorial integrity of Bolivia."));
	CHECK(stance_none("Kenya supports the sovereignty of small nations."));
}

TEST(extract_stance10__recognition)
{
	CHECK(stance_only("Norway is going to recognise Kosovo as an independent state.", "NOR",
			  "XKX", SUP));
	CHECK(stance_only("Peru has decided to recognize Palestine as a state.", "PER", "PSE",
			  SUP));
	CHECK(stance_only("The talks ended before Italy recognised Kosovo.", "ITA", "XKX", SUP));
	CHECK(stance_only("Ghana recognised Kosovo on Tuesday.", "GHA", "XKX", SUP));
	/* a call or a refusal, a state with a noun after it, a passive: not this rule */
	CHECK(stance_none("Peru urged the assembly to recognize the vote."));
	CHECK(stance_none("Ghana recognised Kenya's efforts to end the talks."));
	CHECK(!stance_has("Norway is not going to recognise Kosovo as a state.", "NOR", "XKX", SUP));
	/* "reiterated (maintains) its recognition of Y" (stop 58) */
	CHECK(stance_only("Ghana reiterated its recognition of Kosovo.", "GHA", "XKX", SUP));
	CHECK(stance_only("Ghana maintains diplomatic recognition of Kosovo.", "GHA", "XKX", SUP));
	CHECK(stance_none("Ghana has not confirmed its recognition of Kosovo."));
	CHECK(stance_none("Kosovo won recognition of its passports."));
}

TEST(extract_stance10__titled_speaker_after_in_state)
{
	CHECK(stance_only("In Norway, Foreign Minister Jonas Olav Berg said late on Wednesday that "
			  "his country is going to recognise Kosovo as a state.",
			  "NOR", "XKX", SUP));
}

TEST(extract_stance10__envoy_recalled)
{
	CHECK(stance_only("Serbia's ambassador to Italy was recalled on Monday.", "SRB", "ITA", OPP));
	CHECK(stance_only("He expected Peru's envoy to Chile to be called back to Lima.", "PER", "CHL",
			  OPP));
	CHECK(stance_none("Peru's envoy to Chile was not recalled."));
	CHECK(stance_none("Peru's envoy to Chile was received by the president."));
}

TEST(extract_stance10__voted_with)
{
	ent_fact_list *l = run("Cuba and Laos joined Russia in voting against the resolution.", NULL);
	CHECK(l != NULL);
	if (l) {
		CHECK_INT(count(l, ENT_FACT_STANCE), 2);
		CHECK(has_stance(l, "CUB", "RUS", SUP));
		CHECK(has_stance(l, "LAO", "RUS", SUP));
		ent_fact_list_free(l);
	}
	CHECK(stance_none("Cuba joined Russia in talks on trade."));
}

TEST(extract_stance10__drills_launched_by_one_state)
{
	ent_fact_list *l = run("Japan said rockets fired by China fell in its waters, part of military "
			       "exercises launched by Beijing after a US visit.",
			       NULL);
	CHECK(l != NULL);
	if (l) {
		CHECK_INT(count(l, ENT_FACT_EXERCISE), 0);
		ent_fact_list_free(l);
	}
	/* a state that joins or a list after "by" keeps the drill joint */
	l = run("Peru joined the drills held by Brazil.", NULL);
	CHECK(l != NULL);
	if (l) {
		CHECK_INT(count(l, ENT_FACT_EXERCISE), 1);
		CHECK(takes_part(first(l, ENT_FACT_EXERCISE), "PER"));
		ent_fact_list_free(l);
	}
	l = run("Peru and Chile took part in naval drills conducted by Brazil and Argentina.", NULL);
	CHECK(l != NULL);
	if (l) {
		CHECK_INT(count(l, ENT_FACT_EXERCISE), 1);
		ent_fact_list_free(l);
	}
}

TEST(extract_stance10__speaker_before_the_quote)
{
	/* the speaker named before a quote that opens after a colon */
	CHECK(stance_only("Kenya said on Monday: \"We held talks. We condemn Uganda.\"", "KEN", "UGA",
			  OPP));
	CHECK(stance_only("Kenyan Foreign Minister Ali Bongo said during a briefing that he was "
			  "watching events: \"I spoke to my colleague. We back the sovereignty "
			  "of Uganda.\"",
			  "KEN", "UGA", SUP));
	/* "our" sovereignty: the speaker's state is the one backed */
	CHECK(stance_only("Peru said at a briefing: \"We held talks. Chile has supported our "
			  "territorial integrity.\"",
			  "CHL", "PER", SUP));
	/* "we support" with a state right after the verb */
	CHECK(stance_only("\"We support Uganda,\" Kenya said.", "KEN", "UGA", SUP));
	/* ... or the owner of a bid right after it (stop 38) */
	CHECK(stance_only("\"We support Uganda's NATO membership and its reforms,\" Kenyan "
			  "Defence Minister Ali Bongo said.",
			  "KEN", "UGA", SUP));
	CHECK(stance_none("\"We support Uganda's farmers,\" Kenyan Defence Minister Ali Bongo "
			  "said."));
	/* a quote with no verb of saying before it: no speaker */
	CHECK(stance_none("The note read: \"We condemn Uganda.\""));
}

/* A quote that makes a sentence of its own right after another quote's
 * sentence is the same speaker's ('"...," the Kenyan foreign minister told
 * reporters. "We stand with Uganda."'); a quote after a sentence with no
 * quote has no speaker (stop 56). */
TEST(extract_stance10__speaker_of_the_quote_before)
{
	CHECK(stance_only("\"The talks went well,\" the Kenyan foreign minister told reporters. "
			  "\"We stand with Uganda.\"",
			  "KEN", "UGA", SUP));
	CHECK(stance_only("\"The talks went well,\" Kenyan Foreign Minister Ali Bongo told Axios. "
			  "\"We condemn Uganda's raid.\"",
			  "KEN", "UGA", OPP));
	CHECK(stance_none("The talks went well, the Kenyan foreign minister told reporters. "
			  "\"We stand with Uganda.\""));
}

TEST(extract_stance10__joined_in_condemning)
{
	ent_fact_list *l = run("Peru joined Chile in condemning the Bolivian strikes.", NULL);
	CHECK(l != NULL);
	if (l) {
		CHECK(has_stance(l, "PER", "BOL", OPP));
		CHECK(has_stance(l, "CHL", "BOL", OPP));
		ent_fact_list_free(l);
	}
	CHECK(stance_none("Peru joined Chile in talks on trade."));
}

TEST(extract_stance10__attack_owner_named_later)
{
	/* "the attack" with no owner before it takes the one named after */
	ent_fact_list *l = run("Peru said the attack was a violation of Chile's sovereignty. "
			       "Ecuador also condemned the attack. "
			       "Uruguay condemned the Bolivian attack on Chile.",
			       NULL);
	CHECK(l != NULL);
	if (l) {
		CHECK(has_stance(l, "PER", "BOL", OPP));
		CHECK(has_stance(l, "ECU", "BOL", OPP));
		CHECK(has_stance(l, "URY", "BOL", OPP));
		ent_fact_list_free(l);
	}
	/* two owners named later: none is taken */
	l = run("Ecuador condemned the attack. Uruguay condemned the Bolivian attack on Chile and "
		"the Peruvian attack on Brazil.",
		NULL);
	CHECK(l != NULL);
	if (l) {
		CHECK(!has_stance(l, "ECU", "BOL", OPP));
		CHECK(!has_stance(l, "ECU", "PER", OPP));
		ent_fact_list_free(l);
	}
}

TEST(extract_stance10__apposition_subject)
{
	ent_fact_list *l = run("Peru and Chile, both of which have worked with the United States on "
			       "trade, also condemn Bolivia.",
			       NULL);
	CHECK(l != NULL);
	if (l) {
		CHECK_INT(count(l, ENT_FACT_STANCE), 2);
		CHECK(has_stance(l, "PER", "BOL", OPP));
		CHECK(has_stance(l, "CHL", "BOL", OPP));
		ent_fact_list_free(l);
	}
	CHECK(stance_only("Peru, which has long traded with the United States, condemned Bolivia.",
			  "PER", "BOL", OPP));
}
