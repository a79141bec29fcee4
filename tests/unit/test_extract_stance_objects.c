/*
 * test_extract_stance_objects.c - the object side of stances (what is
 * opposed or supported), on sentences written for these tests (none
 * quotes an article): adverbials and prepositions between the verb and
 * its object, hostile-act nouns after a demonym, quote marks inside the
 * object, and sentences that must give no stance.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE
#define SUP ENT_POLARITY_SUPPORT

TEST(extract_stance_objects__adverbial_before_object)
{
	CHECK(stance_only("Lithuania condemned in the strongest terms Russia's annexation of Crimea.",
			  "LTU", "RUS", OPP));
	CHECK(stance_only("Peru condemned in no uncertain terms Chile's seizure of the islets.", "PER",
			  "CHL", OPP));
	CHECK(stance_only("Egypt condemned, in a statement issued on Monday, the Ethiopian strikes.",
			  "EGY", "ETH", OPP));
	CHECK(stance_only("Ghana denounced, in a letter to the council, Togo's raids on the border.",
			  "GHA", "TGO", OPP));
	CHECK(stance_only("Poland protested against the Russian incursions into its airspace.", "POL",
			  "RUS", OPP));
	/* no state in the object: no stance */
	CHECK(stance_none("Kenya condemned, in a statement on Monday, the raid."));
}

TEST(extract_stance_objects__hostile_act_nouns)
{
	CHECK(stance_only("Ghana criticised the Togolese blockade of the port.", "GHA", "TGO", OPP));
	CHECK(stance_only("Japan protested the Chinese militarisation of the reefs.", "JPN", "CHN",
			  OPP));
	CHECK(stance_only("Peru condemned the Chilean militarization of the coast.", "PER", "CHL",
			  OPP));
	CHECK(stance_only("Japan condemned the North Korean test launches.", "JPN", "PRK", OPP));
	CHECK(stance_only("Norway condemned the Russian violations of its airspace.", "NOR", "RUS",
			  OPP));
	CHECK(stance_only("Lithuania denounced the Russian annexation of Crimea.", "LTU", "RUS", OPP));
	/* a demonym before no act: no stance */
	CHECK(stance_none("Ghana criticised the Togolese port fees."));
}

TEST(extract_stance_objects__quote_inside_object)
{
	CHECK(stance_only("Armenia condemned the \"cowardly Azerbaijani aggression\" on its villages.",
			  "ARM", "AZE", OPP));
	CHECK(stance_only("Pakistan condemned the \"unprovoked Indian strikes\" on its territory.",
			  "PAK", "IND", OPP));
	CHECK(stance_only("Kenya condemned the \xe2\x80\x9c" "brazen Ugandan raids\xe2\x80\x9d.", "KEN",
			  "UGA", OPP));
	CHECK(stance_none("Kenya condemned the \"cowardly raids\" on its villages."));
}

TEST(extract_stance_objects__spoke_out_against)
{
	CHECK(stance_only("Croatia spoke out against Serbia's military build-up.", "HRV", "SRB", OPP));
	CHECK(stance_only("Finland spoke out strongly against the Russian invasion of Ukraine.", "FIN",
			  "RUS", OPP));
	CHECK(stance_only("Croatia has spoken out against the Serbian incursions.", "HRV", "SRB", OPP));
	CHECK(stance_none("Croatia did not speak out against Serbia."));
	CHECK(stance_none("Croatia spoke out against the plan."));
	CHECK(stance_none("Croatia spoke out about its budget."));
}

TEST(extract_stance_objects__passive_demonym_act)
{
	CHECK(stance_only("The Chinese incursions were condemned by Taiwan.", "TWN", "CHN", OPP));
	CHECK(stance_only("The Russian annexation of Crimea was denounced by Lithuania.", "LTU", "RUS",
			  OPP));
	CHECK(stance_only("The brutal Ugandan raids have been strongly condemned by Kenya.", "KEN",
			  "UGA", OPP));
	CHECK(stance_none("The raids were condemned by Kenya."));
}

TEST(extract_stance_objects__coordinated_demonyms)
{
	CHECK(stance_count("Kenya condemned the Ugandan and Sudanese incursions.") == 2);
	CHECK(stance_has("Kenya condemned the Ugandan and Sudanese incursions.", "KEN", "UGA", OPP));
	CHECK(stance_has("Kenya condemned the Ugandan and Sudanese incursions.", "KEN", "SDN", OPP));
	CHECK(stance_has("Greece denounced the Turkish or Libyan provocations in the sea.", "GRC",
			 "LBY", OPP));
	CHECK(stance_none("Kenya condemned the Ugandan and Sudanese delegates' remarks."));
}

TEST(extract_stance_objects__what_called_possessive)
{
	CHECK(stance_only("Vietnam condemned what it called China's illegal occupation of the islands.",
			  "VNM", "CHN", OPP));
	CHECK(stance_only("Peru denounced what it termed Chile's brazen naval raids.", "PER", "CHL",
			  OPP));
	CHECK(stance_none("Vietnam condemned what it called China's trade policy."));
	/* the quote opens before the owner: the whole label is quoted */
	CHECK(stance_only("A spokesman of Vietnam slammed what he called \"China's maximalist "
			  "maritime claims\".",
			  "VNM", "CHN", OPP));
}

/* A verb of opposition as the last token of the text: its object would
 * start past the sentence (found by the extract and table fuzzers). */
TEST(extract_stance_objects__verb_last_in_text)
{
	CHECK(stance_none("Kenya condemned"));
	CHECK(stance_none("Peru and Chile strongly protested"));
	CHECK(stance_none("2condemn"));
}

/*
 * Opposition whose target is named inside the object: a demonym or a
 * hyphenated pair of demonyms before the act ("the Franco-Greek
 * agreement"), a possessive ("Greece's policies"), "the <act> by Y",
 * "<act> of Y", a noun of opposition ("rejection of / opposition to /
 * protest against Y('s act)"), a passive ("was labelled intimidation by
 * Y") and a relative clause on the act (", which X called a threat").
 * Each row is checked on its own and every failing row is printed.
 */
enum { OB_HAS, OB_NONE, OB_LACKS };

struct ob_row {
	const char *text;
	const char *actor, *target;
	int kind;
};

static int ob_failures(const struct ob_row *r, size_t n)
{
	static const char *kn[] = {"has", "none", "lacks"};
	size_t i;
	int bad = 0;
	for (i = 0; i < n; i++) {
		int ok;
		if (r[i].kind == OB_NONE)
			ok = stance_none(r[i].text);
		else if (r[i].kind == OB_LACKS)
			ok = !stance_has(r[i].text, r[i].actor, r[i].target, OPP);
		else
			ok = stance_has(r[i].text, r[i].actor, r[i].target, OPP);
		if (!ok) {
			fprintf(stderr, "    objects (%s): %s %s: %s\n", kn[r[i].kind],
				r[i].actor ? r[i].actor : "", r[i].target ? r[i].target : "",
				r[i].text);
			bad++;
		}
	}
	return bad;
}

#define OB_ROWS(r) (r), sizeof(r) / sizeof((r)[0])

TEST(extract_stance_objects__target_inside_object)
{
	static const struct ob_row r[] = {
		/* a demonym (or a pair of them) before the act */
		{"Ankara has repeatedly criticized the Franco-Greek agreement, saying it threatens "
		 "peace.", "TUR", "GRC", OB_HAS},
		{"Ankara has repeatedly criticized the Franco-Greek agreement, saying it threatens "
		 "peace.", "TUR", "FRA", OB_HAS},
		{"Argentina lodged an emphatic protest against British plans to hold exercises.", "ARG",
		 "GBR", OB_HAS},
		{"Vietnam denounced the Chinese survey as a violation of its sovereignty.", "VNM", "CHN",
		 OB_HAS},
		{"Greece condemned the Turkish move to send a survey ship.", "GRC", "TUR", OB_HAS},
		{"Iran slammed the American deployment of bombers to the region.", "IRN", "USA", OB_HAS},
		{"Pakistan rejected the Indian plan to build the dam.", "PAK", "IND", OB_HAS},
		{"Beijing protested the US-Philippine agreement on bases.", "CHN", "USA", OB_HAS},
		{"Beijing protested the US-Philippine agreement on bases.", "CHN", "PHL", OB_HAS},
		{"Russia decried the Norwegian drills near its border.", "RUS", "NOR", OB_HAS},
		{"Athens slammed the Turkish-Libyan accord on maritime zones.", "GRC", "TUR", OB_HAS},
		{"Athens slammed the Turkish-Libyan accord on maritime zones.", "GRC", "LBY", OB_HAS},
		{"Pyongyang condemned the US-South Korean drills.", "PRK", "KOR", OB_HAS},
		{"Spain protested against the British expansion of the port.", "ESP", "GBR", OB_HAS},
		{"Morocco condemned the Algerian decision to cut gas supplies.", "MAR", "DZA", OB_HAS},
		{"Kenya protested the Somali move to auction oil blocks.", "KEN", "SOM", OB_HAS},
		/* a possessive */
		{"Turkey reaffirmed its commitment to peace, while decrying Greece's aggressive "
		 "policies.", "TUR", "GRC", OB_HAS},
		{"Armenia condemned Azerbaijan's decision to close the road.", "ARM", "AZE", OB_HAS},
		{"Colombia criticized Venezuela's military buildup on the border.", "COL", "VEN",
		 OB_HAS},
		{"China criticized the Japanese government's decision to build new bases.", "CHN",
		 "JPN", OB_HAS},
		/* the act by / of Y */
		{"Argentina rejects the holding of these exercises on territory occupied by the United "
		 "Kingdom, it said.", "ARG", "GBR", OB_HAS},
		{"Cuba rejected the deployment of warships by the United States.", "CUB", "USA",
		 OB_HAS},
		{"Egypt criticised the construction of the dam by Ethiopia.", "EGY", "ETH", OB_HAS},
		{"Japan protested the deployment of missiles by Russia on the islands.", "JPN", "RUS",
		 OB_HAS},
		{"Cyprus condemned the provocative exercises of Turkey off its coast.", "CYP", "TUR",
		 OB_HAS},
		/* a noun of opposition */
		{"The Russian Foreign Ministry expressed its firm rejection of the United States "
		 "deploying warships.", "RUS", "USA", OB_HAS},
		{"Lithuania voiced its opposition to Russia's plan to station missiles.", "LTU", "RUS",
		 OB_HAS},
		{"Moldova expressed its strong condemnation of Russia's troop deployment.", "MDA", "RUS",
		 OB_HAS},
		{"Bolivia expressed its rejection of the Chilean naval exercises.", "BOL", "CHL",
		 OB_HAS},
		{"Taiwan lodged a protest against the Chinese drills.", "TWN", "CHN", OB_HAS},
		{"Manila filed a protest against China's construction on the reef.", "PHL", "CHN",
		 OB_HAS},
		{"India conveyed its strong opposition to the Chinese project.", "IND", "CHN", OB_HAS},
		{"Greece voiced strong opposition to the Turkish plans.", "GRC", "TUR", OB_HAS},
		{"Georgia expressed its condemnation of the Russian decision to recognise the regions.",
		 "GEO", "RUS", OB_HAS},
		/* a passive with "by Y" */
		{"China's drills around Taiwan were described as threats by Taiwan's president and "
		 "labeled intimidation by Japan.", "TWN", "CHN", OB_HAS},
		{"China's drills around Taiwan were described as threats by Taiwan's president and "
		 "labeled intimidation by Japan.", "JPN", "CHN", OB_HAS},
		{"The American plan to station missiles in Japan was criticised by China.", "CHN", "USA",
		 OB_HAS},
		{"Turkey's agreement with Libya was rejected by Greece.", "GRC", "TUR", OB_HAS},
		{"The Japanese decision to release the water was labelled a provocation by China.",
		 "CHN", "JPN", OB_HAS},
		{"The Chinese survey was described as a breach of the law by Vietnam.", "VNM", "CHN",
		 OB_HAS},
		{"Russia's deployment was criticised by Estonia as reckless.", "EST", "RUS", OB_HAS},
		/* a relative clause on the act */
		{"The United States deployed warships near Venezuela, which Caracas considered a "
		 "provocative step.", "VEN", "USA", OB_HAS},
		{"Russia moved missiles to Kaliningrad, which Poland called a threat.", "POL", "RUS",
		 OB_HAS},
		{"India tested a new missile, which Pakistan described as a provocation.", "PAK", "IND",
		 OB_HAS},
		{"China sent ships into the strait, which Taipei considered a provocation.", "TWN",
		 "CHN", OB_HAS},
		{"Japan signed a pact with the Philippines, which Beijing called a threat to peace.",
		 "CHN", "JPN", OB_HAS},
	};
	int bad = ob_failures(OB_ROWS(r));
	if (bad)
		fprintf(stderr, "    target_inside_object: %d of %zu rows fail\n", bad,
			sizeof(r) / sizeof(r[0]));
	CHECK(bad == 0);
}

TEST(extract_stance_objects__target_inside_object_controls)
{
	static const struct ob_row r[] = {
		/* the actor's own state */
		{"Turkey criticized the Turkish plan to raise taxes.", NULL, NULL, OB_NONE},
		{"Iran slammed the Iranian opposition's plan.", NULL, NULL, OB_NONE},
		/* negation */
		{"Greece did not condemn the Turkish move.", NULL, NULL, OB_NONE},
		{"Pakistan did not reject the Indian plan.", NULL, NULL, OB_NONE},
		{"Kenya said it had no objection to the Somali plan.", "KEN", "SOM", OB_LACKS},
		/* the victim, not the target */
		{"Greece condemned the attack on Turkey.", NULL, NULL, OB_NONE},
		{"Turkey condemned the attack on Greece's embassy.", "TUR", "GRC", OB_LACKS},
		{"Cuba condemned the attack on the United States embassy.", "CUB", "USA", OB_LACKS},
		/* claims with no target */
		{"Argentina rejected claims that Britain was planning exercises.", NULL, NULL, OB_NONE},
		{"Chile rejected reports that Peru planned exercises.", NULL, NULL, OB_NONE},
		/* domestic */
		{"Thousands joined a protest against the government in Greece.", NULL, NULL, OB_NONE},
		{"Protesters rallied against the government in Manila.", NULL, NULL, OB_NONE},
		/* a state named only as a place */
		{"Japan criticised the exercises in the Philippine Sea.", "JPN", "PHL", OB_LACKS},
		{"Greece condemned the exercises in the Turkish Straits.", "GRC", "TUR", OB_LACKS},
		{"The Chinese drills were described as threats by analysts in Taiwan.", "TWN", "CHN",
		 OB_LACKS},
		/* no state in the object, or no hostile word */
		{"Argentina lodged a protest against the plans to hold exercises.", NULL, NULL, OB_NONE},
		{"The Russian Foreign Ministry expressed its firm rejection of the plan.", NULL, NULL,
		 OB_NONE},
		{"Vietnam denounced the survey as a violation of its sovereignty.", NULL, NULL, OB_NONE},
		{"Vietnam welcomed the Chinese survey.", "VNM", "CHN", OB_LACKS},
		{"The French move was welcomed by Greece.", "GRC", "FRA", OB_LACKS},
		{"Ankara praised the Franco-Greek agreement.", "TUR", "GRC", OB_LACKS},
		{"Russia moved missiles to Kaliningrad, which Poland called a routine step.", "POL",
		 "RUS", OB_LACKS},
		{"Venezuela hosted the drills, which Caracas considered a success.", NULL, NULL,
		 OB_NONE},
		{"China's drills around Taiwan were described as routine by analysts.", NULL, NULL,
		 OB_NONE},
		{"The deal was condemned by protesters in France.", NULL, NULL, OB_NONE},
	};
	int bad = ob_failures(OB_ROWS(r));
	if (bad)
		fprintf(stderr, "    target_inside_object_controls: %d of %zu rows fail\n", bad,
			sizeof(r) / sizeof(r[0]));
	CHECK(bad == 0);
}

/* A state's recruitment, involvement, intervention or incursion is a deed
 * owned as its deployment is: "rejects the recruitment by Y of rebels". */
TEST(extract_stance_objects__deeds_of_intervention)
{
	CHECK(stance_only("Peru rejects the recruitment by Chile of foreign rebels to prop up the "
			  "junta.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Kenya condemned the intervention of Uganda in the war.", "KEN", "UGA",
			  OPP));
	CHECK(stance_only("Ghana denounced Togo's involvement in the coup.", "GHA", "TGO", OPP));
}

/* "backs the UN-sponsored <state>": a name and a participle of backing
 * joined by a hyphen stand between the verb and its object; the one
 * named in the modifier is no object. */
TEST(extract_stance_objects__object_after_a_backed_modifier)
{
	CHECK(stance_has("Peru backs the UN-sponsored Government of National Accord.", "PER", "LBY",
			 SUP));
	CHECK(stance_has("Kenya condemned the US-backed Uganda.", "KEN", "UGA", OPP));
	CHECK(!stance_has("Kenya condemned the US-backed Uganda.", "KEN", "USA", OPP));
}

/* "condemned the planned deployment of more (additional) Yn troops to
 * Z": who deploys them is opposed, over a word of quantity. */
TEST(extract_stance_objects__deployment_of_more_troops)
{
	const char *text = "Neighbouring Kenya and Ghana condemned the planned deployment of more "
			   "Ugandan troops to Sudan.";
	CHECK(stance_has(text, "KEN", "UGA", OPP));
	CHECK(stance_has(text, "GHA", "UGA", OPP));
	CHECK(stance_has("Peru condemned the deployment of additional Chilean troops.", "PER",
			 "CHL", OPP));
}

/* "Moscow called for the Sea Breeze military exercises to be canceled",
 * "X demanded that the drills be called off": a call to cancel the drill
 * told before opposes each of its parties, as condemning it does; a drill
 * named in the object is found however far back it was told. */
TEST(extract_stance_objects__a_call_to_cancel_the_drill)
{
	static const char *const open =
		"Chile and Peru opened the Andean Shield exercise on Monday. ";
	static const char *const ends[] = {
		"Bolivia called for the Andean Shield military exercises to be canceled.",
		"Bolivia demanded that the drills be called off.",
		"Bolivia condemned the Andean Shield exercises.",
	};
	char text[512];
	size_t i;
	for (i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		snprintf(text, sizeof text, "%s%s", open, ends[i]);
		CHECK(stance_has(text, "BOL", "CHL", ENT_POLARITY_OPPOSE));
		CHECK(stance_has(text, "BOL", "PER", ENT_POLARITY_OPPOSE));
	}
	/* a call to widen the drill is none */
	snprintf(text, sizeof text, "%s%s", open, "Bolivia called for the drills to be expanded.");
	CHECK(!stance_has(text, "BOL", "CHL", ENT_POLARITY_OPPOSE));
	/* the named drill told five sentences back */
	CHECK(stance_has("Chile and Peru opened the Andean Shield exercise on Monday. It lasts two "
			 "weeks. Ships sailed from Arica. Aircraft flew from Lima. Troops landed "
			 "near Ilo. Bolivia called for the Andean Shield exercises to be canceled.",
			 "BOL", "PER", ENT_POLARITY_OPPOSE));
}

/* "X expressed concern about (criticised) Yn weapons sales to Z": X
 * opposes the seller Y. */
TEST(extract_stance_objects__concern_about_a_demonym_s_arms_sales)
{
	CHECK(stance_has("Chile has frequently expressed concern about Russian weapons sales to "
			 "Bolivia.",
			 "CHL", "RUS", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Chile criticised Russian arms deliveries to Bolivia.", "CHL", "RUS",
			 ENT_POLARITY_OPPOSE));
	CHECK(stance_none("Chile is concerned about Russian weather."));
}

/* "X has condemned the pact" after a sentence that lists the pact's
 * states together ("brings A, B and C together in a defence alliance",
 * "A and B signed a defence pact"): X opposes each of them; with no pact
 * told, nothing. */
TEST(extract_stance_objects__condemned_the_pact_told_before)
{
	static const char *const three =
		"The Andes deal, announced on Monday, brings Peru, Chile and Ecuador together in "
		"a defence alliance. Bolivia has condemned the pact as \"risking an arms race\".";
	CHECK(stance_has(three, "BOL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_has(three, "BOL", "CHL", ENT_POLARITY_OPPOSE));
	CHECK(stance_has(three, "BOL", "ECU", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Peru and Chile signed a defence pact on Monday. Bolivia condemned the "
			 "pact.",
			 "BOL", "CHL", ENT_POLARITY_OPPOSE));
	CHECK(stance_none("Bolivia condemned the pact."));
}

/* "X warned on Tuesday that A, B and C were treading a path of error":
 * past the day, each state of the that-clause's subject is opposed. */
TEST(extract_stance_objects__warned_that_a_list_of_states)
{
	static const char *const t =
		"Bolivia warned on Tuesday that Peru, Chile and the United States were treading "
		"a \"path of error and danger\".";
	CHECK(stance_has(t, "BOL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_has(t, "BOL", "CHL", ENT_POLARITY_OPPOSE));
	CHECK(stance_has(t, "BOL", "USA", ENT_POLARITY_OPPOSE));
}

/* "X dismissed (downplayed, brushed aside) Y's concerns (criticism,
 * objections)": X opposes Y, as rejecting Y's claims does; "brushed" with
 * no "aside", and concerns of no one, give none. */
TEST(extract_stance_objects__dismissed_a_state_s_concerns)
{
	CHECK(stance_only("Bolivia has dismissed Chile's concerns regarding the deal.", "BOL",
			  "CHL", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Bolivia downplayed Chile's concerns.", "BOL", "CHL",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Bolivia brushed aside Chile's criticism.", "BOL", "CHL",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_none("Bolivia brushed the dust off its old tanks."));
	CHECK(stance_none("Bolivia dismissed concerns about the deal."));
}

/* "X has revoked (withdrew) an (its) invitation to (for) Y to the drill",
 * "X disinvited Y": X opposes Y, and Y takes no part in the drill; an
 * invitation extended is none. */
TEST(extract_stance_objects__an_invitation_revoked)
{
	ent_fact_list *l = run("The United States has revoked an invitation to Peru to the 2018 Rim "
			       "of the Pacific Exercise.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(l && has_stance(l, "USA", "PER", ENT_POLARITY_OPPOSE));
	CHECK(!f || !takes_part(f, "PER"));
	ent_fact_list_free(l);
	CHECK(stance_only("Chile withdrew its invitation for Peru to join the exercise.", "CHL",
			  "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Chile disinvited Peru from the drills.", "CHL", "PER",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_none("Chile extended an invitation to Peru to join the drills."));
	/* the invitee as a possessive: "rescinding Peru's invitation" */
	l = run("Chile said it was rescinding Peru's invitation to participate in the Andean "
		"Shield exercise.",
		NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(l && has_stance(l, "CHL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(!f || !takes_part(f, "PER"));
	ent_fact_list_free(l);
}

/* "the Franco-Greek defence agreement", "the agreement between X and Y":
 * the one who condemns the tie opposes both of its parties. */
TEST(extract_stance_objects__both_parties_of_a_tie)
{
	static const char *const opposed[] = {
		"Peru condemned the Franco-Chilean defence agreement.",
		"Peru condemned the Chilean-French defence pact.",
		"Peru is expressing its displeasure at the Franco-Chilean defence agreement.",
		"Peru protested against the Franco-Chilean defence agreement.",
		"Peru condemned the defence agreement between France and Chile.",
		NULL,
	};
	size_t i;
	for (i = 0; opposed[i]; i++) {
		ent_fact_list *l = run(opposed[i], NULL);
		int both = l && has_stance(l, "PER", "FRA", OPP) && has_stance(l, "PER", "CHL", OPP);
		if (!both)
			fprintf(stderr, "    not both parties opposed in: %s\n", opposed[i]);
		CHECK(both);
		ent_fact_list_free(l);
	}
	/* a chain of names before a noun of a tie: each of them */
	{
		static const char *const chains[] = {
			"Peru is justifiably concerned with this nascent Chile-Bolivia-Ecuador nexus.",
			"Peru protested against the Chile-Bolivia-Ecuador axis.",
			"Peru condemned the Chile-Bolivia-Ecuador alliance.",
			/* past "the implications of" (stop 42) */
			"Peru raised concerns about the implications of closer "
			"Chile-Bolivia-Ecuador military ties.",
			NULL,
		};
		for (i = 0; chains[i]; i++) {
			ent_fact_list *l = run(chains[i], NULL);
			int all = l && has_stance(l, "PER", "CHL", OPP) &&
				  has_stance(l, "PER", "BOL", OPP) && has_stance(l, "PER", "ECU", OPP);
			if (!all)
				fprintf(stderr, "    not each of the chain opposed in: %s\n", chains[i]);
			CHECK(all);
			ent_fact_list_free(l);
		}
	}
	/* ... but a war's sides are no tie ("the Chile-Bolivia war") */
	{
		ent_fact_list *l = run("Peru condemned the Chile-Bolivia war.", NULL);
		CHECK(l && !has_stance(l, "PER", "BOL", OPP));
		ent_fact_list_free(l);
	}
	/* "between the two nations": the first two states the sentence named */
	{
		ent_fact_list *l = run("The warships of Peru and Ecuador on Saturday conducted a "
				       "joint exercise in the Pacific, notwithstanding Santiago's "
				       "displeasure over growing cooperation between the two "
				       "nations.",
				       NULL);
		const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
		CHECK(l && has_stance(l, "CHL", "PER", OPP) && has_stance(l, "CHL", "ECU", OPP));
		/* the one displeased takes no part in the drill */
		CHECK(f && takes_part(f, "PER") && takes_part(f, "ECU") && !takes_part(f, "CHL"));
		ent_fact_list_free(l);
	}
	/* praise opposes no one; one demonym is one party */
	{
		ent_fact_list *l = run("Peru praised the Franco-Chilean defence agreement.", NULL);
		CHECK(l && !has_stance(l, "PER", "FRA", OPP) && !has_stance(l, "PER", "CHL", OPP));
		ent_fact_list_free(l);
	}
	CHECK(stance_only("Peru condemned the Chilean defence agreement.", "PER", "CHL", OPP));
}

/* "voiced ''resolute opposition'' to the US-Philippines joint patrols":
 * two apostrophes are a double quote, and joint patrols named by a chain
 * of states are a tie of each (controls: one state's patrols; the plain
 * quote still works). */
TEST(extract_stance_objects__patrols_of_a_pair_and_a_quote_of_two_apostrophes)
{
	static const char *const forms[] = {
		"Peru on Friday voiced ''resolute opposition'' to the Chile-Bolivia joint patrols.",
		"Peru on Friday voiced \"resolute opposition\" to the Chile-Bolivia joint patrols.",
		"Peru voiced opposition to the Chile-Bolivia patrols.",
	};
	size_t i;
	for (i = 0; i < sizeof forms / sizeof *forms; i++) {
		CHECK(stance_has(forms[i], "PER", "CHL", OPP));
		CHECK(stance_has(forms[i], "PER", "BOL", OPP));
	}
	CHECK(!stance_has("Peru voiced opposition to the Chilean patrols near Bolivia.", "PER",
			  "BOL", OPP));
}

/* "A and B are siding with Y": the subject sides with Y; "blamed X for
 * siding with Y" is still X's. */
TEST(extract_stance_objects__a_subject_siding_with_a_state)
{
	CHECK(stance_has("Russia and China are siding with Iran against European threats.",
			 "RUS", "IRN", ENT_POLARITY_SUPPORT));
	CHECK(stance_has("Russia and China are siding with Iran against European threats.",
			 "CHN", "IRN", ENT_POLARITY_SUPPORT));
	CHECK(stance_has("Greece slammed Armenia for siding with Cyprus.", "ARM", "CYP",
			 ENT_POLARITY_SUPPORT));
	CHECK(!stance_has("Greece slammed Armenia for siding with Cyprus.", "GRC", "CYP",
			  ENT_POLARITY_SUPPORT));
}

/* "stand with its Sri Lankan friends": a demonym and a noun of kinship
 * after a possessive pronoun name the state backed (control: a demonym
 * with a noun of no kin names none). */
TEST(extract_stance_objects__its_demonym_friends)
{
	CHECK(stance_has("China will always stand with its Peruvian friends.", "CHN", "PER",
			 SUP));
	CHECK(stance_has("The Chinese government will stand with its Chilean brothers in the "
			 "fight against terrorism.",
			 "CHN", "CHL", SUP));
	CHECK(!stance_has("China will always stand with its Peruvian exports.", "CHN", "PER",
			  SUP));
}

/* "denounced the naval exercise of A and B", "the deployment of warships
 * by A and B": each owner listed (stop 36). */
TEST(extract_stance_objects__each_owner_of_a_list)
{
	const char *t = "Peru denounced the naval exercise of Chile and the United States.";
	CHECK(stance_has(t, "PER", "CHL", ENT_POLARITY_OPPOSE));
	CHECK(stance_has(t, "PER", "USA", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Peru condemned the deployment of warships by Chile and Ecuador.", "PER",
			 "ECU", ENT_POLARITY_OPPOSE));
}

/* each of a list of critics of the drill told before, over an apposition;
 * "are critical of" opposes like "condemned" (stop 40) */
TEST(extract_stance_objects__a_list_critical_of_the_drill)
{
	ent_fact_list *l = run("Chile and Peru held joint military exercises near Arica. Bolivia, "
			       "Ecuador, and Colombia, neighbors of Peru, are critical of the "
			       "exercise being held so close to their borders.",
			       NULL);
	CHECK(l && has_stance(l, "BOL", "CHL", ENT_POLARITY_OPPOSE) &&
	      has_stance(l, "ECU", "PER", ENT_POLARITY_OPPOSE) &&
	      has_stance(l, "COL", "CHL", ENT_POLARITY_OPPOSE) &&
	      !has_stance(l, "PER", "CHL", ENT_POLARITY_OPPOSE));
	ent_fact_list_free(l);
	l = run("Chile and Peru held joint military exercises near Arica. Bolivia and Ecuador "
		"condemned the exercise.",
		NULL);
	CHECK(l && has_stance(l, "BOL", "PER", ENT_POLARITY_OPPOSE) &&
	      has_stance(l, "ECU", "PER", ENT_POLARITY_OPPOSE));
	ent_fact_list_free(l);
}
