/*
 * test_extract_stance_purpose.c - opposition told by a purpose or a
 * judgement rather than a verb of opposing: "X and Y held drills to
 * counter (deter) Z", "X threatened to use force if Z ...", "Z's deployment
 * is unacceptable for X", "Z's pledge was viewed by X officials as
 * irresponsible", "X made solemn demarches to the Z side"; and a state's
 * name on its economy ("support US jobs") is no target of support.  Every
 * sentence was written for these tests.
 *
 * Each table row is checked on its own, and every failing row is printed.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

#define ROWS(r) (r), sizeof(r) / sizeof((r)[0])

/* "to counter (deter) Z('s ...)", "aimed at countering Z": each state of
 * the clause's subject opposes Z (stance.counter_purpose). */
TEST(extract_stance_purpose__counter_purpose)
{
	static const struct stance_row r[] = {
		{"Kenya and Uganda agreed to expand joint naval drills to counter Somalia's maritime "
		 "claims.",
		 "KEN", "SOM", OPP, ROW_HAS},
		{"Kenya and Uganda agreed to expand joint naval drills to counter Somalia's maritime "
		 "claims.",
		 "UGA", "SOM", OPP, ROW_HAS},
		{"Chile bought anti-ship missiles to deter Peru.", "CHL", "PER", OPP, ROW_ONLY},
		{"Chile signed pacts aimed at countering Peru.", "CHL", "PER", OPP, ROW_ONLY},
		/* no state countered, or a purpose denied */
		{"Chile bought radars to counter drones.", NULL, NULL, OPP, ROW_NONE},
		{"Chile said the drills were not aimed at countering Peru.", "CHL", "PER", OPP,
		 ROW_LACKS},
		/* a demonym over adjectives before a noun of a power's
		 * conduct; "the (longstanding) allies" stand for the
		 * sentence's subject */
		{"Kenya and Uganda launched their largest naval drills on Tuesday, as the "
		 "longstanding allies seek to counter growing Somali assertiveness in the region.",
		 "UGA", "SOM", OPP, ROW_HAS},
		{"Kenya and Uganda launched their largest naval drills on Tuesday, as the "
		 "longstanding allies seek to counter growing Somali assertiveness in the region.",
		 "KEN", "SOM", OPP, ROW_HAS},
		{"Chile wants to counter the rising Peruvian military presence.", "CHL", "PER", OPP,
		 ROW_ONLY},
		{"Chile wants to counter Peruvian drones.", NULL, NULL, OPP, ROW_NONE},
		/* "U.S. allies": the allies, not the state they are allies of
		 * (stop 58) */
		{"Kenya will export patrol boats to Ghana, the paper said, as the two U.S. allies "
		 "increase cooperation to counter Somalia.",
		 "USA", "SOM", OPP, ROW_LACKS},
		{"U.S. allies Kenya and Ghana agreed to expand drills to counter Somalia.", "GHA",
		 "SOM", OPP, ROW_HAS},
		{"Kenya and Ghana, both U.S. allies, agreed to expand drills to counter Somalia.",
		 "KEN", "SOM", OPP, ROW_HAS},
		{"Kenya and Ghana, both U.S. allies, agreed to expand drills to counter Somalia.",
		 "USA", "SOM", OPP, ROW_LACKS},
	};
	CHECK_INT(stance_row_failures("counter_purpose", ROWS(r)), 0);
	/* the state countered takes no part in the drill */
	{
		ent_fact_list *l = run("Kenya and Uganda held drills to counter growing Somali "
				       "assertiveness in the region.",
				       NULL);
		const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
		CHECK(f && takes_part(f, "KEN") && takes_part(f, "UGA") && !takes_part(f, "SOM"));
		ent_fact_list_free(l);
	}
}

/* "X threatened (to take) countermeasures over (against) Y('s move)", "In
 * response to Y's move, X has threatened to take countermeasures"
 * (stance.countermeasures, stop 58). */
TEST(extract_stance_purpose__threatened_countermeasures)
{
	static const struct stance_row r[] = {
		{"In response to Chile's move, Peru has threatened to take unspecified political "
		 "and military-technical countermeasures.",
		 "PER", "CHL", OPP, ROW_ONLY},
		{"Peru threatened countermeasures over Chile's decision to join NATO.", "PER",
		 "CHL", OPP, ROW_ONLY},
		{"Peru warned of countermeasures against Chile.", "PER", "CHL", OPP, ROW_ONLY},
		/* no threat, or one denied */
		{"Peru said the radars are countermeasures against Chilean drones.", NULL, NULL,
		 OPP, ROW_NONE},
		{"Peru has not threatened countermeasures against Chile.", NULL, NULL, OPP,
		 ROW_NONE},
	};
	CHECK_INT(stance_row_failures("countermeasures", ROWS(r)), 0);
}

/* "X threatened to use (military) force against Z / if Z ..."
 * (stance.threaten_force). */
TEST(extract_stance_purpose__threaten_force)
{
	static const struct stance_row r[] = {
		{"Chile has threatened to use military force if Peru moves troops to the border.",
		 "CHL", "PER", OPP, ROW_ONLY},
		{"Chile threatened to use force against Peru.", "CHL", "PER", OPP, ROW_ONLY},
		{"Chile has never threatened to use force against Peru.", NULL, NULL, OPP, ROW_NONE},
		{"Chile threatened to use force if necessary.", NULL, NULL, OPP, ROW_NONE},
	};
	CHECK_INT(stance_row_failures("threaten_force", ROWS(r)), 0);
}

/* "the deployment of Z's infrastructure ... is (\"totally\) unacceptable\"
 * for (to) X" (stance.unacceptable_to); "Z's pledge (plan) was viewed
 * (regarded) by X (officials) as \"irresponsible\"" (stance.object_owner);
 * "made solemn demarches to the Z side" (stance.representations). */
TEST(extract_stance_purpose__judged_deeds)
{
	static const struct stance_row r[] = {
		{"The stationing of troops by Peru near the border is \"totally unacceptable\" for "
		 "Chile.",
		 "CHL", "PER", OPP, ROW_ONLY},
		{"The deployment of troops by Peru is unacceptable to Chile.", "CHL", "PER", OPP,
		 ROW_ONLY},
		{"The price is unacceptable to Chile.", NULL, NULL, OPP, ROW_NONE},
		{"Peru's pledge to arm the rebels is being viewed by Chilean officials as \"reckless\" "
		 "and \"irresponsible\" language.",
		 "CHL", "PER", OPP, ROW_ONLY},
		{"Peru's drills were regarded by Chile as a provocation.", "CHL", "PER", OPP,
		 ROW_ONLY},
		{"Peru's drills were regarded by Chile as routine.", NULL, NULL, OPP, ROW_NONE},
		{"Chile strongly opposes this and has made solemn demarches to the Peruvian side.",
		 "CHL", "PER", OPP, ROW_ONLY},
		{"Chile lodged a demarche with Peru.", "CHL", "PER", OPP, ROW_ONLY},
	};
	CHECK_INT(stance_row_failures("judged_deeds", ROWS(r)), 0);
}

/* "Exports to Z Support 858,000 US Jobs": a state's jobs (economy,
 * industry) are not the state backed. */
TEST(extract_stance_purpose__economy_is_no_state)
{
	static const struct stance_row r[] = {
		{"Exports to Chile Support 858,000 US Jobs", NULL, NULL, SUP, ROW_NONE},
		{"Chile voiced support for Peru.", "CHL", "PER", SUP, ROW_ONLY},
	};
	CHECK_INT(stance_row_failures("economy_is_no_state", ROWS(r)), 0);
}

/* "X suggested (insisted) that Z stop ...", "cut off (withheld) aid to Z"
 * (stance.demand_stop, stance.hostile_measure); "despite warnings from A,
 * B and C", also after an opening phrase, each warner (a list of warners
 * sells nothing); "warnings from Brussels" are the EU's, no state's. */
TEST(extract_stance_purpose__demands_measures_warnings)
{
	static const struct stance_row r[] = {
		{"Chile suggested that Peru stop threatening Bolivia.", "CHL", "PER", OPP, ROW_HAS},
		{"Chile insisted that Peru withdraw its troops.", "CHL", "PER", OPP, ROW_ONLY},
		{"Chile suggested that Peru buy more boats.", "CHL", "PER", OPP, ROW_LACKS},
		{"The US temporarily cut off military aid to Peru after the coup.", "USA", "PER", OPP,
		 ROW_ONLY},
		{"Washington withheld aid to Lima.", "USA", "PER", OPP, ROW_ONLY},
		{"Peru bought the jets despite warnings from Santiago, Brasilia and Washington.", "BRA",
		 "PER", OPP, ROW_HAS},
		{"Peru bought the jets despite warnings from Santiago, Brasilia and Washington.", "USA",
		 "PER", OPP, ROW_HAS},
		{"In recent years, despite warnings from Washington, Peru has pursued closer ties "
		 "with Beijing.",
		 "USA", "PER", OPP, ROW_ONLY},
		{"Despite warnings from Brussels, Peru has pursued closer ties with Beijing.", NULL,
		 NULL, OPP, ROW_NONE},
	};
	CHECK_INT(stance_row_failures("demands_measures_warnings", ROWS(r)), 0);
	expect_not("Peru bought the jets despite warnings from Santiago, Brasilia and Washington.",
		   "BRA", "PER");
	expect_not("Peru bought the jets despite warnings from Santiago, Brasilia and Washington.",
		   "USA", "PER");
}

/* "would provide all the support needed to strengthen Z's military" backs
 * Z; an infinitive of giving names no giver ("the purpose of the order is
 * to provide support to Z", said a firm). */
TEST(extract_stance_purpose__support_needed)
{
	static const struct stance_row r[] = {
		{"Brazil said it would provide all the support needed to strengthen Peru's navy.",
		 "BRA", "PER", SUP, ROW_ONLY},
		{"The purpose of the order is to refill the stocks held by the Brazilian army and to "
		 "provide support to Peru, Embraer said.",
		 "BRA", "PER", SUP, ROW_LACKS},
		{"Brazil pledged to provide support to Peru.", "BRA", "PER", SUP, ROW_ONLY},
	};
	CHECK_INT(stance_row_failures("support_needed", ROWS(r)), 0);
}

/* "X blames A and B and threatens Y with war": X opposes A and B (a list
 * that closes the clause) and threatens Y, not A and B threatening Y
 * (stance.blame, stance.threaten_with). */
TEST(extract_stance_purpose__blame_list_and_threat)
{
	static const struct stance_row r[] = {
		{"The Ministry of Defense of Chile blames Peru and Bolivia and threatens Argentina "
		 "with a new war.",
		 "CHL", "BOL", OPP, ROW_HAS},
		{"The Ministry of Defense of Chile blames Peru and Bolivia and threatens Argentina "
		 "with a new war.",
		 "CHL", "ARG", OPP, ROW_HAS},
		{"The Ministry of Defense of Chile blames Peru and Bolivia and threatens Argentina "
		 "with a new war.",
		 "PER", "ARG", OPP, ROW_LACKS},
		{"Chile blamed Peru.", "CHL", "PER", OPP, ROW_ONLY},
		{"Chile did not blame Peru.", NULL, NULL, OPP, ROW_NONE},
		{"Chile blamed Peru-based militants.", NULL, NULL, OPP, ROW_NONE},
	};
	CHECK_INT(stance_row_failures("blame_list_and_threat", ROWS(r)), 0);
}

/* "extended (kept, maintained) sanctions on Z" as imposing them, not when
 * a bid to extend them is blocked; "commitment to Z's (counterterrorism)
 * efforts (security)" backs Z (stance.sanctions, stance.committed_to). */
TEST(extract_stance_purpose__kept_sanctions_and_commitment)
{
	static const struct stance_row r[] = {
		{"Chile extended sanctions on Peru.", "CHL", "PER", OPP, ROW_ONLY},
		{"Chile and Brazil have opted to keep sanctions on Peru's missile program.", "CHL",
		 "PER", OPP, ROW_HAS},
		{"Chile did not extend sanctions on Peru.", NULL, NULL, OPP, ROW_NONE},
		{"Bolivia vetoed a bid to extend the embargo on Peru.", "BOL", "PER", OPP, ROW_LACKS},
		{"The delivery is part of Chile's continued commitment to Peru's counterterrorism "
		 "efforts.",
		 "CHL", "PER", SUP, ROW_ONLY},
		{"Chile is committed to Peru's trade.", NULL, NULL, SUP, ROW_NONE},
	};
	CHECK_INT(stance_row_failures("kept_sanctions_and_commitment", ROWS(r)), 0);
}

/* "The Ministry of Defense of X issued a statement, accusing A and B,
 * while threatening Y": X (the state ending a body's name that opens the
 * sentence) accuses A and B and threatens Y. */
TEST(extract_stance_purpose__body_of_state_as_subject)
{
	static const struct stance_row r[] = {
		{"The Ministry of Defense of Chile issued a statement, condemning Peru.", "CHL", "PER",
		 OPP, ROW_ONLY},
		{"The Ministry of Defense of Chile issued another statement, accusing Peru and "
		 "Bolivia, while threatening Argentina with a new war.",
		 "CHL", "ARG", OPP, ROW_HAS},
		{"The Ministry of Defense of Chile issued another statement, accusing Peru and "
		 "Bolivia, while threatening Argentina with a new war.",
		 "BOL", "ARG", OPP, ROW_LACKS},
		{"Flights of Peru ended, condemning Bolivia.", NULL, NULL, OPP, ROW_NONE},
	};
	CHECK_INT(stance_row_failures("body_of_state_as_subject", ROWS(r)), 0);
}

/* "Y is under (strong) pressure from X not to ...", "has come under
 * pressure from X": X opposes Y (stance.under_pressure); "prohibited the
 * export of arms to Y" like "banned" (stance.suspended_exports), and no
 * transfer. */
TEST(extract_stance_purpose__pressure_and_prohibition)
{
	static const struct stance_row r[] = {
		{"Peru is under strong pressure from Chile not to join the alliance.", "CHL", "PER",
		 OPP, ROW_ONLY},
		{"Peru has come under pressure from Chile.", "CHL", "PER", OPP, ROW_ONLY},
		{"Peru is not under pressure from Chile.", NULL, NULL, OPP, ROW_NONE},
		/* each state of a list after "from" (stop 41) */
		{"Peru has come under pressure from Chile, European allies and Bolivia to halt "
		 "the delivery.",
		 "BOL", "PER", OPP, ROW_HAS},
		{"Peru has come under pressure from Chile, European allies and Bolivia to halt "
		 "the delivery.",
		 "CHL", "PER", OPP, ROW_HAS},
		{"Chile prohibited the export of arms to Peru.", "CHL", "PER", OPP, ROW_ONLY},
		{"Chile decided to prohibit arms exports to Peru.", "CHL", "PER", OPP, ROW_ONLY},
	};
	CHECK_INT(stance_row_failures("pressure_and_prohibition", ROWS(r)), 0);
	expect_no_transfer("The Chilean government decided to prohibit the export of the engines to "
			   "Peru.");
}

TEST(extract_stance_purpose__a_purpose_in_a_which_clause_is_its_antecedents)
{
	CHECK(stance_only("The Philippines and Japan are longtime allies of the United States, "
			  "which has been strengthening its alliances from Canberra to Tokyo to "
			  "counter China's growing influence in the region.",
			  "USA", "CHN", ENT_POLARITY_OPPOSE));
	/* a relative clause closed before the purpose leaves it to the subject */
	CHECK(stance_has("Japan and the Philippines, which are allies, agreed to expand drills to "
			 "counter China's maritime assertiveness.",
			 "JPN", "CHN", ENT_POLARITY_OPPOSE));
}

TEST(extract_stance_purpose__an_opening_purpose_is_the_subjects)
{
	CHECK(stance_has("Aiming to restrain China's unilateral advances in the South China Sea, "
			 "Japan has decided to provide two large patrol vessels to the Philippines.",
			 "JPN", "CHN", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Japan and Australia agreed to contain China's influence in the Pacific.",
			 "AUS", "CHN", ENT_POLARITY_OPPOSE));
	/* a gerund subject of "is" is no opening phrase */
	CHECK(stance_none("Trying to counter Russia's moves in Africa is hard, Finland said."));
}

/* "The drill is necessary (designed, meant) to counter Z's threats, Y's
 * ministry said": a purpose of a thing with no state of its own is the
 * speaker's after it. */
TEST(extract_stance_purpose__a_needed_purpose_is_the_speakers)
{
	CHECK(stance_only("The exercise is necessary to counter Bolivia's growing missile threats, "
			  "Peru's Defence Ministry said.",
			  "PER", "BOL", ENT_POLARITY_OPPOSE));
	CHECK(stance_none("The exercise is necessary to counter Bolivia's threats, a retired general "
			  "said."));
}

/* "X and Y had started to strengthen their cooperation in the summer of
 * 2020 to counter Zn attempts (claims, moves)": the sentence's subject
 * opposes Z however long the clause; "warned Y in 2022 that Z was
 * supplying" tells Y, and opposes no one (stop 37). */
TEST(extract_stance_purpose__counter_after_a_long_clause_and_a_warning_told)
{
	const char *t = "Chile and Peru had started to strengthen their military cooperation in "
			"the summer of 2020 to counter Bolivian attempts to explore for gas.";
	CHECK(stance_has(t, "CHL", "BOL", OPP));
	CHECK(stance_has(t, "PER", "BOL", OPP));
	CHECK(stance_none("Officials said ships were sent to the region to counter Bolivian "
			  "claims."));
	CHECK(stance_none("Chile had warned Peru in 2022 that Bolivia was buying drones."));
	CHECK(stance_only("Chile warned Peru that it would respond.", "CHL", "PER", OPP));
}

/* "despite threats from X", "disregarding (defying) warnings by X": X
 * opposes the one who went ahead (stop 41) */
TEST(extract_stance_purpose__threats_and_warnings_defied)
{
	CHECK(stance_only("Spain will send a missile battery to Peru, despite threats from "
			  "Chile's Foreign Ministry that the delivery would be a provocative step.",
			  "CHL", "ESP", OPP));
	CHECK(stance_only("Peru is going ahead with mega defence deals with Spain disregarding "
			  "warnings by Chile of sanctions.",
			  "CHL", "PER", OPP));
	CHECK(stance_only("Peru bought the rifles from Spain, defying Chilean warnings.", "CHL",
			  "PER", OPP));
	CHECK(stance_none("Ignoring the rain, Spain sold rifles to Peru."));
}

/* "lawsuit" is a noun of opposition, "against" reached over a place
 * (stop 41) */
TEST(extract_stance_purpose__a_lawsuit_against)
{
	CHECK(stance_only("Peru filed a lawsuit against Chile.", "PER", "CHL", OPP));
	CHECK(stance_only("Lima lodged a lawsuit at an international court in Geneva against "
			  "Santiago.",
			  "PER", "CHL", OPP));
	CHECK(stance_none("The protest in Geneva drew crowds against the war."));
}

/* "lodged a complaint with the African Union against Y": "against" is
 * reached over the body the complaint is lodged with (stop 56) */
TEST(extract_stance_purpose__a_complaint_with_a_body_against)
{
	CHECK(stance_only("Peru lodged a complaint with the African Union against Chile.", "PER",
			  "CHL", OPP));
	CHECK(stance_only("Peru filed a complaint with the UN Security Council against Chile over "
			  "the raids.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Peru lodged a protest with Chile.", "PER", "CHL", OPP));
	/* or "over" the other's deeds when no "against" follows (stop 57) */
	CHECK(stance_only("Peru filed a complaint with the UN Security Council over Chilean "
			  "violations of its airspace.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Peru filed a complaint with the UN Security Council over Chile's raids.",
			  "PER", "CHL", OPP));
	CHECK(stance_none("Peru filed a complaint with the UN over the weather."));
}

TEST(extract_stance_purpose__a_state_s_efforts_to_counter)
{
	/* "X's (strategic) efforts (bid, drive) to counter (contain) Z"
	 * (stop 63) */
	CHECK(stance_only("It also reflects Peru's strategic efforts to counter Chile's influence "
			  "in Africa.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Peru's bid to contain Chile worried Bolivia.", "PER", "CHL", OPP));
	/* efforts of no state, or against the owner itself */
	CHECK(stance_none("The efforts to counter Chile's influence are growing."));
	CHECK(stance_none("Chile's efforts to counter Chile's critics are growing."));
}
