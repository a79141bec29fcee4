/*
 * test_extract_stance7.c - stance rules of the seventh round, on sentences
 * written for these tests (none quotes an article): an attack the text
 * named before under another word, the agent of an act told after its
 * place, judgements of a state's deed ("called X's move a violation"),
 * "critical of X", "held X responsible", and sentences that must give no
 * stance.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_stance7__attack_synonym)
{
	/* "condemned the strike" after "X's raid": one attack, two words */
	CHECK(stance_has("Kenya condemned Sudan's raid on Chad. Peru condemned the strike.", "PER", "SDN",
		  OPP));
	CHECK(stance_only("The Sudanese shelling hit two towns. Peru condemned the airstrikes.", "PER",
		   "SDN", OPP));
	/* "X launched/fired missiles at Y" is an attack of X's */
	const char *t = "Sudan launched missiles at two towns in Chad on Monday. Kenya and Peru "
			"condemned the attack.";
	CHECK(stance_has(t, "KEN", "SDN", OPP));
	CHECK(stance_has(t, "PER", "SDN", OPP));
	CHECK(stance_only("The Sudanese army fired rockets at a camp. Peru condemned the strikes.", "PER",
		   "SDN", OPP));
	/* no owner told before: no stance; a test is no attack */
	CHECK(stance_none("Rockets hit two towns on Monday. Peru condemned the attack."));
	CHECK(stance_none("Sudan's test of a rocket failed. Peru condemned the attack."));
}

/* "the US attacks on Y" told before: a name right before the attack noun
 * owns it, so "condemned the strikes against Y" opposes it. */
TEST(extract_stance7__a_name_before_the_attack_noun_owns_it)
{
	CHECK(stance_has("Reactions continue to the Sudanese attacks on Chad's towns. Peru "
			 "condemned the strikes against Chad.",
			 "PER", "SDN", OPP));
	CHECK(stance_has("Reactions continue to the Sudan attacks on Chad's towns. Peru condemned "
			 "the strikes against Chad.",
			 "PER", "SDN", OPP));
	CHECK(stance_none("Rockets fell on Chad. Peru condemned the strikes against Chad."));
}

/* "the offensive" names the Xn offensive told before; "offensive
 * weapons" is no act. */
TEST(extract_stance7__an_offensive_is_an_attack)
{
	CHECK(stance_has("Kenya condemned the Sudanese offensive in Chad. Peru also condemned the "
			 "offensive, saying it was a dangerous development.",
			 "PER", "SDN", OPP));
	CHECK(stance_only("Sudan launched an offensive in Chad on Monday. Peru condemned the offensive.",
			  "PER", "SDN", OPP));
	CHECK(stance_none("Sudan's offensive capabilities grew last year. Peru condemned the "
			  "offensive capabilities of the region."));
}

TEST(extract_stance7__agent_after_place)
{
	/* "the attacks carried out in Y by X": Y is where, X who */
	CHECK(stance_only("Kenya condemned the attacks carried out in Chad by Sudan last night.", "KEN",
		   "SDN", OPP));
	CHECK(stance_only("Kenya condemned the aggression on Chad by Sudan.", "KEN", "SDN", OPP));
	/* "a violation of Y's sovereignty": Y's is no agent */
	CHECK(stance_only("Sudan's raids on Chad killed ten. Kenya denounced the raid as a violation of "
		   "Chad's sovereignty.",
		   "KEN", "SDN", OPP));
	CHECK(stance_none("Kenya condemned the attacks carried out in Chad by bandits."));
}

TEST(extract_stance7__judged_act)
{
	/* "X called/described Y's move (the raid) a violation/breach" */
	CHECK(stance_only("Kenya called Sudan's move a clear violation of international law.", "KEN",
		   "SDN", OPP));
	CHECK(stance_only("Kenya issued a note on Monday calling Sudan's actions a flagrant breach of the "
		   "truce.",
		   "KEN", "SDN", OPP));
	CHECK(stance_only("Sudan's raids on Chad killed ten. Kenya described the aggression as a grave "
		   "violation of the truce.",
		   "KEN", "SDN", OPP));
	CHECK(stance_only("Sudan's raids on Chad killed ten. Kenya said the aggression constitutes a "
		   "violation of the truce.",
		   "KEN", "SDN", OPP));
	/* a judgement of no hostility, a negation, an interpretation */
	CHECK(stance_none("Kenya called Sudan's move a victory for peace."));
	CHECK(stance_none("Kenya did not call Sudan's move a violation of the truce."));
	CHECK(stance_none("Kenya is described as a close friend of Sudan."));
	/* a drill and "of" its owner, past the owner's navy and other owners */
	CHECK(stance_only("Kenya called the annual exercise of the US Navy provocative.", "KEN",
			  "USA", OPP));
	CHECK(stance_has("Kenya called the naval drills of Sudan and its Red Sea partners "
			 "provocative.",
			 "KEN", "SDN", OPP));
	/* "the invasion of Y" names the victim, no owner */
	CHECK(stance_none("Kenya called the invasion of Sudan a mistake."));
	/* "sees (views, regards) Y's move / support for Z as troubling"
	 * (stop 42), past the support's object to "as" */
	CHECK(stance_only("Kenya views Sudan's decision as a provocation.", "KEN", "SDN", OPP));
	CHECK(stance_has("Kenya sees Sudan's support for Chad's rebels as deeply troubling.", "KEN",
			 "SDN", OPP));
	CHECK(!stance_has("Kenya sees Sudan's support for Chad as vital.", "KEN", "SDN", OPP));
	CHECK(stance_none("Kenya regards Sudan's decision as a welcome step."));
	/* "views US (Y's, Yn) arms sales to Z as a violation" (stop 57) */
	CHECK(stance_has("Kenya views US arms sales to Chad as a violation of its policy.", "KEN",
			 "USA", OPP));
	CHECK(stance_has("Kenya sees Sudanese arms sales to Chad as a provocation.", "KEN", "SDN",
			 OPP));
	CHECK(!stance_has("Kenya views US arms sales to Chad as a matter of trade.", "KEN", "USA",
			  OPP));
}

TEST(extract_stance7__critical_of)
{
	/* "critical of X" or "of Xn policy": each subject opposes X */
	CHECK(stance_only("Kenya was sharply critical of Sudan.", "KEN", "SDN", OPP));
	const char *t = "Peru and Chile were more critical of Bolivian policy.";
	CHECK(stance_has(t, "PER", "BOL", OPP));
	CHECK(stance_has(t, "CHL", "BOL", OPP));
	CHECK(stance_none("Kenya was not critical of Sudan."));
	/* a demonym before other nouns names no state */
	CHECK(stance_none("Kenya was critical of Sudanese football."));
}

TEST(extract_stance7__held_responsible)
{
	/* "X held Y (fully) responsible/accountable for ..." */
	CHECK(stance_only("Kenya held Sudan responsible for the raid.", "KEN", "SDN", OPP));
	CHECK(stance_only("Kenya holds the Sudanese government fully accountable for the deaths.", "KEN",
		   "SDN", OPP));
	CHECK(stance_none("Kenya did not hold Sudan responsible for the raid."));
	CHECK(stance_none("Kenya held Sudan in high regard."));
}

#define SUP ENT_POLARITY_SUPPORT

TEST(extract_stance7__judged_adjective)
{
	/* "called the Fooland action/Y's move 'outrageous'": a hostile
	 * adjective closing the clause is a judgement too */
	CHECK(stance_only("Kenya called the Sudan action outrageous.", "KEN", "SDN", OPP));
	CHECK(stance_only("Kenya called Sudan's move 'illegal and reckless' on Monday.", "KEN", "SDN",
		   OPP));
	CHECK(stance_none("Kenya called the Sudan move a success."));
	CHECK(stance_none("Kenya called the Sudan action brave."));
}

TEST(extract_stance7__attack_words_between)
{
	/* "X's overnight (missile) strikes" ... "condemned the attacks" */
	CHECK(stance_only("Sudan's overnight strikes hit Chad. Kenya condemned the attacks.", "KEN", "SDN",
		   OPP));
	CHECK(stance_only("Sudan's new missile raids hit Chad. Kenya condemned the attack.", "KEN", "SDN",
		   OPP));
}

TEST(extract_stance7__commitment_to_sovereignty)
{
	/* "X reaffirmed its commitment to Y's sovereignty / to the
	 * territorial integrity of Y": X backs Y */
	CHECK(stance_only("Kenya reaffirmed its commitment to Chad's sovereignty and security.", "KEN",
		   "TCD", SUP));
	CHECK(stance_only("Kenya stressed its commitment to the territorial integrity of Chad.", "KEN",
		   "TCD", SUP));
	CHECK(stance_none("Kenya reaffirmed its commitment to the peace talks."));
	CHECK(stance_none("Kenya made no commitment to Chad's sovereignty."));
}

TEST(extract_stance7__understands_concerns)
{
	/* "X (said it) understands Y's (legitimate security) concerns" */
	CHECK(stance_only("Kenya said it understands Sudan's legitimate security concerns.", "KEN", "SDN",
		   SUP));
	CHECK(stance_only("Kenya understands Sudan's concerns.", "KEN", "SDN", SUP));
	/* a verb far from its subject, a negation */
	CHECK(stance_none("We see the Chad issue, and understand Sudan's concerns, an envoy said."));
	CHECK(stance_none("Kenya does not understand Sudan's concerns."));
}

TEST(extract_stance7__aggression_on_by_list)
{
	/* "condemned aggression on Y by A, the B, and C": Y is attacked, no
	 * target; every agent of the list (which may hold "the") is */
	const char *t = "Kenya condemned aggression on Chad by Peru, the United Kingdom, and "
			"France.";
	ent_fact_list *l = run(t, NULL);
	CHECK(l != NULL);
	CHECK(has_stance(l, "KEN", "PER", OPP));
	CHECK(has_stance(l, "KEN", "GBR", OPP));
	CHECK(has_stance(l, "KEN", "FRA", OPP));
	CHECK(!has_stance(l, "KEN", "TCD", OPP));
	CHECK(count(l, ENT_FACT_STANCE) == 3);
	ent_fact_list_free(l);
	CHECK(stance_none("Kenya condemned aggression on Chad by gunmen."));
}

TEST(extract_stance7__solidarity_and_support)
{
	/* "its solidarity and support with/for Y": two nouns, one stance */
	CHECK(stance_only("Kenya affirmed its solidarity and support with Chad.", "KEN", "TCD", SUP));
	CHECK(stance_only("Kenya voiced its solidarity and support for the people of Chad.", "KEN", "TCD",
		   SUP));
}

/* A drill judged, with its parties named in it: "X called (considers) the
 * war games between A and B (to be) counterproductive", "X said that the
 * A-B military exercises violate the border pacts": X opposes each party
 * and takes no part; praise or a plain report is no stance. */
TEST(extract_stance7__judged_drill)
{
	ent_fact_list *l = run("Kenya considers war games currently underway between Sudan and "
			       "Chad to be counterproductive to solving the tensions.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(l && has_stance(l, "KEN", "SDN", OPP) && has_stance(l, "KEN", "TCD", OPP));
	CHECK(f && takes_part(f, "SDN") && !takes_part(f, "KEN"));
	ent_fact_list_free(l);
	l = run("Kenya said that the Sudan-Chad military exercises being held near the border "
		"(the Line) \"violate the spirit\" of the two border pacts.",
		NULL);
	CHECK(l && has_stance(l, "KEN", "SDN", OPP) && has_stance(l, "KEN", "TCD", OPP));
	ent_fact_list_free(l);
	CHECK(stance_has("Kenya called the war games between Sudan and Chad provocative.", "KEN",
			 "TCD", OPP));
	CHECK(stance_none("Kenya called the war games between Sudan and Chad a success."));
	CHECK(stance_none("Kenya said the joint Sudan-Chad exercises were held in October."));
	/* a party that deems its drill a success stays a party */
	l = run("Kenya considers the Shield exercise with Sudan and Chad a success.", NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "KEN"));
	ent_fact_list_free(l);
}

/* Refusing to back what a state attempts opposes it: "would not back US
 * efforts to ...", "does not support the Yn plan"; a plain "does not
 * support Y" says no more than that, and backing the efforts backs. */
TEST(extract_stance7__not_backing_efforts)
{
	const char *t = "Kenya and Uganda have made clear they would not back Sudanese efforts to "
			"trigger new sanctions on Chad.";
	CHECK(stance_has(t, "KEN", "SDN", OPP));
	CHECK(stance_has(t, "UGA", "SDN", OPP));
	CHECK(stance_only("Kenya would not support the Sudanese plan.", "KEN", "SDN", OPP));
	CHECK(stance_none("Kenya does not support Sudan."));
	CHECK(stance_only("Kenya backs Sudan's efforts to end the war.", "KEN", "SDN",
			  ENT_POLARITY_SUPPORT));
}

/* "X described (called) the exercises as a provocation": a drill told
 * before, with no party named, judged; each of its parties opposed; a
 * neutral label opposes none (stop 41) */
TEST(extract_stance7__the_drill_told_before_judged)
{
	const char *t = "Peru and Chile held the Pacific Shield drills. Bolivia described the "
			"exercises as a provocation.";
	CHECK(stance_has(t, "BOL", "PER", OPP));
	CHECK(stance_has(t, "BOL", "CHL", OPP));
	CHECK(stance_has("Peru and Chile held the Pacific Shield drills. Bolivia called the joint "
			 "exercises provocative.",
			 "BOL", "CHL", OPP));
	CHECK(stance_none("Peru and Chile held the Pacific Shield drills. Bolivia described the "
			  "exercises as routine."));
}
