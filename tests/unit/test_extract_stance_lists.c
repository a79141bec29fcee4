/*
 * test_extract_stance_lists.c - stance rules of round 15 (lists and headlines),
 * on sentences written for these tests (none quotes an article): a bloc
 * inside a list of states; the members of a group a later sentence
 * lists ("The Andean countries are A, B and C") take its stances.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_stance_lists__bloc_in_list)
{
	const char *t = "Peru, the African Union, Chile and Canada condemned Bolivia's raid.";
	CHECK(stance_has(t, "PER", "BOL", OPP));
	CHECK(stance_has(t, "CHL", "BOL", OPP));
	CHECK(stance_has(t, "CAN", "BOL", OPP));
	CHECK_INT(stance_count(t), 3);
	t = "Kenya denounced the tariffs imposed by the United States, the European Union, the "
	    "United Kingdom and Canada on Ghana.";
	CHECK(stance_has(t, "KEN", "USA", OPP));
	CHECK(stance_has(t, "KEN", "GBR", OPP));
	CHECK(stance_has(t, "KEN", "CAN", OPP));
	/* the bloc itself is no state */
	CHECK(stance_only("Peru and the European Union condemned Bolivia's raid.", "PER", "BOL",
			  OPP));
}

TEST(extract_stance_lists__as_clause_list)
{
	const char *t = "Kenya voiced concern as Peru and Chile condemned Bolivia's raid.";
	CHECK(stance_has(t, "PER", "BOL", OPP));
	CHECK(stance_has(t, "CHL", "BOL", OPP));
	/* "as" of comparison: no clause, no list */
	CHECK(stance_only("Kenya condemned Bolivia's raid, the same as Peru and Chile did.", "KEN",
			  "BOL", OPP));
}

TEST(extract_stance_lists__heading_list)
{
	const char *t = "Peru, Chile condemn Bolivia raid\nLIMA - Officials met on Monday.";
	CHECK(stance_has(t, "PER", "BOL", OPP));
	CHECK(stance_has(t, "CHL", "BOL", OPP));
	t = "Ghana airs concern as Peru, Chile condemn Bolivia strikes\nLIMA - Officials met.";
	CHECK(stance_has(t, "PER", "BOL", OPP));
	CHECK(stance_has(t, "CHL", "BOL", OPP));
	/* in a sentence of the body a comma alone joins no subjects */
	CHECK(stance_only("Peru, Chile condemned Bolivia's raid.", "CHL", "BOL", OPP));
}

TEST(extract_stance_lists__angering)
{
	CHECK(stance_only("Peru sent Chile more rifles on Monday, angering Bolivia.", "BOL", "PER",
			  OPP));
	CHECK(stance_has("Peru sends Chile more rifles, irking Bolivia\nOfficials met on Monday.",
			 "BOL", "PER", OPP));
	/* no state angered: no stance */
	CHECK(stance_none("Peru sent Chile more rifles on Monday, angering many voters."));
}

TEST(extract_stance_lists__tie_between_list)
{
	const char *t = "Peru voiced opposition to the SAFE pact between Bolivia, Ecuador and the "
			"United States, which raised tension.";
	CHECK(stance_has(t, "PER", "BOL", OPP));
	CHECK(stance_has(t, "PER", "ECU", OPP));
	CHECK(stance_has(t, "PER", "USA", OPP));
	CHECK_INT(stance_count(t), 3);
	t = "Peru condemned the pact between Bolivia, Ecuador and Brazil.";
	CHECK(stance_has(t, "PER", "BRA", OPP));
	CHECK_INT(stance_count(t), 3);
}

TEST(extract_stance_lists__protests_verb)
{
	CHECK(stance_has("Peru protests Chile's plan to close the border.", "PER", "CHL", OPP));
	CHECK(stance_has("Peru protests Chile approval of new tariffs\nLIMA - Officials met.", "PER",
			 "CHL", OPP));
	/* the noun: no stance */
	CHECK(stance_none("Peru protests erupted in Lima on Monday."));
}

/* Round 20: several actors with one stance, appositions of friendship or
 * enmity, thanks to a person (stance.noun with a voice verb, ally_of,
 * stance.enemy_apposition, stance.friendly_apposition, stance.thanks). */
#define SUP ENT_POLARITY_SUPPORT

TEST(extract_stance_lists__list_closed_by_group)
{
	const char *t = "Russia, China, Iran and the ALBA countries renewed their support for "
			"Venezuela.";
	CHECK(stance_has(t, "RUS", "VEN", SUP));
	CHECK(stance_has(t, "CHN", "VEN", SUP));
	CHECK(stance_has(t, "IRN", "VEN", SUP));
	CHECK_INT(stance_count(t), 3);
	t = "Cuba, Nicaragua, Bolivia and the ALBA countries reaffirmed their support for "
	    "Venezuela.";
	CHECK(stance_has(t, "CUB", "VEN", SUP));
	CHECK(stance_has(t, "NIC", "VEN", SUP));
	CHECK(stance_has(t, "BOL", "VEN", SUP));
	CHECK_INT(stance_count(t), 3);
	/* the bloc's long name (blocs.tsv), not "Bolivarian" of Venezuela's
	 * official name, closes the list */
	t = "Russia, China, Iran, and the Bolivarian Alliance countries renewed their support "
	    "for Venezuela.";
	CHECK(stance_has(t, "RUS", "VEN", SUP));
	CHECK(stance_has(t, "CHN", "VEN", SUP));
	CHECK_INT(stance_count(t), 3);
	t = "Peru, Chile and the Andean nations reiterated their solidarity with Ecuador.";
	CHECK(stance_has(t, "PER", "ECU", SUP));
	CHECK(stance_has(t, "CHL", "ECU", SUP));
	CHECK_INT(stance_count(t), 2);
	t = "Egypt, Jordan and the other Arab states condemned Israel.";
	CHECK(stance_has(t, "EGY", "ISR", OPP));
	CHECK(stance_has(t, "JOR", "ISR", OPP));
	t = "Algeria, Tunisia and the other Maghreb states criticised Morocco's wall.";
	CHECK(stance_has(t, "DZA", "MAR", OPP));
	CHECK(stance_has(t, "TUN", "MAR", OPP));
	t = "Serbia, Hungary and several other countries renewed their support for Bosnia.";
	CHECK(stance_has(t, "SRB", "BIH", SUP));
	CHECK(stance_has(t, "HUN", "BIH", SUP));
}

TEST(extract_stance_lists__list_renewed_support)
{
	const char *t = "Brazil, Argentina and Uruguay renew their support for Paraguay.";
	CHECK(stance_has(t, "BRA", "PRY", SUP));
	CHECK(stance_has(t, "ARG", "PRY", SUP));
	CHECK(stance_has(t, "URY", "PRY", SUP));
	t = "Laos and Cambodia reaffirmed their solidarity with Vietnam.";
	CHECK(stance_has(t, "LAO", "VNM", SUP));
	CHECK(stance_has(t, "KHM", "VNM", SUP));
	t = "Ghana and Togo expressed their solidarity with Benin.";
	CHECK(stance_has(t, "GHA", "BEN", SUP));
	CHECK(stance_has(t, "TGO", "BEN", SUP));
	t = "Kenya, Uganda and Rwanda renewed their backing for Somalia on Monday.";
	CHECK(stance_has(t, "KEN", "SOM", SUP));
	CHECK(stance_has(t, "RWA", "SOM", SUP));
	t = "Sweden, Norway and the Nordic countries condemned Russia's decision.";
	CHECK(stance_has(t, "SWE", "RUS", OPP));
	CHECK(stance_has(t, "NOR", "RUS", OPP));
	CHECK(stance_only("Mongolia renewed its support for Kazakhstan.", "MNG", "KAZ", SUP));
}

TEST(extract_stance_lists__list_controls)
{
	CHECK(stance_none("Cuba and Nicaragua did not renew their support for Venezuela."));
	CHECK(stance_none("Russia and China never renewed their support for the plan."));
	CHECK(stance_none("The Venezuelan people's support for the government is strong."));
	CHECK(stance_none("The rebels and the militias renewed their support for the truce."));
	/* a list that mixes a non-state: the state's stance alone */
	CHECK(stance_only("Russia and the rebels renewed their support for Syria.", "RUS", "SYR",
			  SUP));
}

TEST(extract_stance_lists__friendly_apposition)
{
	CHECK(stance_only("Mali bought these helicopters from Russia, a friendly country with "
			  "which Mali has always maintained a fruitful partnership, he said.",
			  "MLI", "RUS", SUP));
	CHECK(stance_only("Niger signed the accord with Algeria, a brotherly country with which "
			  "Niger shares a long border, the minister said.",
			  "NER", "DZA", SUP));
	CHECK(stance_only("Chad bought trucks from Sudan, a friendly nation, officials said.",
			  "TCD", "SDN", SUP));
}

TEST(extract_stance_lists__enemy_apposition)
{
	CHECK(stance_only("The pressure grows on Israel, Iran's sworn enemy, to act.", "IRN", "ISR",
			  OPP));
	CHECK(stance_only("India, Pakistan's arch-rival, tested a missile.", "PAK", "IND", OPP));
	CHECK(stance_only("Armenia, Azerbaijan's archenemy, held elections.", "AZE", "ARM", OPP));
	CHECK(stance_only("Greece, Turkey's old nemesis, held a vote.", "TUR", "GRC", OPP));
	CHECK(stance_only("Ethiopia, Eritrea's arch-foe, closed the border.", "ERI", "ETH", OPP));
	CHECK(stance_only("Few doubt that Colombia, Venezuela's bitter enemy, will respond.", "VEN",
			  "COL", OPP));
}

TEST(extract_stance_lists__leader_ally)
{
	const char *t = "Bashar al-Assad, a longtime ally of Tehran, visited Moscow.";
	CHECK(stance_has(t, "IRN", "SYR", SUP));
	CHECK(stance_has("Alexander Lukashenko, a close ally of Moscow, met the delegation.", "RUS",
			 "BLR", SUP));
	CHECK(stance_has("Nicolas Maduro, a staunch ally of Havana, spoke on Monday.", "CUB", "VEN",
			 SUP));
}

TEST(extract_stance_lists__apposition_controls)
{
	CHECK(stance_none("Israel, Hezbollah's sworn enemy, struck the camp."));
	CHECK(stance_none("Iran's sworn enemy remains unnamed in the report."));
	CHECK(stance_none("Brazil beat Argentina in a friendly match."));
	CHECK(stance_none("Brazil will play Chile, a friendly match with no stakes, on Sunday."));
	CHECK(stance_none("Chile, a friendly country, hosted the cup."));
	CHECK(stance_none("Mali's army took the trucks back to Mali, a friendly country with which "
			  "Mali has ties."));
	CHECK(stance_none("Bashar al-Assad, a former ally of Ankara, visited Moscow."));
	CHECK(stance_none("India and Pakistan are arch-rivals."));
}

TEST(extract_stance_lists__thanks_to_person)
{
	const char *t = "Pakistani Prime Minister Shehbaz Sharif spoke on Monday. He also thanked "
			"Turkish President Recep Tayyip Erdogan for Turkey's solidarity and support "
			"with Pakistan.";
	CHECK(stance_has(t, "PAK", "TUR", SUP));
	CHECK(stance_has(t, "TUR", "PAK", SUP));
	CHECK_INT(stance_count(t), 2);
	t = "Indian Prime Minister Narendra Modi thanked French President Emmanuel Macron for "
	    "France's support.";
	CHECK(stance_has(t, "IND", "FRA", SUP));
	CHECK(stance_has(t, "FRA", "IND", SUP));
	t = "Ukrainian Foreign Minister Dmytro Kuleba spoke on Monday. He thanked German "
	    "Chancellor Olaf Scholz for Germany's solidarity with Ukraine.";
	CHECK(stance_has(t, "UKR", "DEU", SUP));
	CHECK(stance_has(t, "DEU", "UKR", SUP));
}

/* "thanked Yn President Z for this partnership": the one who thanks backs
 * Z's state; a courtesy ("for hosting the meeting") states none; so does
 * "thanked Y for the partnership" (stop 37). */
TEST(extract_stance_lists__thanks_to_person_for_a_partnership)
{
	CHECK(stance_only("The head of the Malian military regime thanked Turkish President Recep "
			  "Tayyip Erdogan for this \"healthy and sincere\" partnership.",
			  "MLI", "TUR", SUP));
	CHECK(stance_none("Mali thanked Turkish President Recep Tayyip Erdogan for hosting the "
			  "meeting."));
	CHECK(stance_only("Mali thanked Turkey for the partnership.", "MLI", "TUR", SUP));
}

TEST(extract_stance_lists__grateful_for_efforts)
{
	CHECK(stance_only("Pakistan was grateful for Turkish efforts to promote de-escalation.",
			  "PAK", "TUR", SUP));
	CHECK(stance_only("Egypt is grateful for Saudi efforts to end the crisis.", "EGY", "SAU",
			  SUP));
	CHECK(stance_only("Jordan was grateful for Qatari mediation.", "JOR", "QAT", SUP));
	CHECK(stance_only("Kenya thanked Uganda for its efforts to end the fighting.", "KEN", "UGA",
			  SUP));
}

TEST(extract_stance_lists__thanks_controls)
{
	CHECK(stance_none("Pakistan was grateful for Turkish weather."));
	CHECK(stance_none("Ethiopia was grateful for the rain."));
	CHECK(stance_none("Pakistan was not grateful for Turkish efforts."));
	/* the actor's own state as target: no stance */
	CHECK(stance_none("Turkish Foreign Minister Hakan Fidan spoke on Monday. He thanked Turkish "
			  "President Recep Tayyip Erdogan for Turkey's support."));
}

/* "Andean countries and the United States condemned Y's attacks. ... The
 * Andean countries are A, B and C.": each member takes the stance of the
 * sentence that named the group, from up to three sentences back. */
TEST(extract_stance_lists__members_of_a_group_defined_later)
{
	static const char *text =
		"Andean countries and the United States have strongly condemned Venezuela's "
		"attacks. The statement was issued on Sunday. The Andean countries are Peru, "
		"Bolivia, Ecuador – including its islands – and Colombia.";
	ent_fact_list *l = run(text, NULL);
	CHECK(l && has_stance(l, "USA", "VEN", ENT_POLARITY_OPPOSE));
	CHECK(l && has_stance(l, "PER", "VEN", ENT_POLARITY_OPPOSE));
	CHECK(l && has_stance(l, "BOL", "VEN", ENT_POLARITY_OPPOSE));
	CHECK(l && has_stance(l, "ECU", "VEN", ENT_POLARITY_OPPOSE));
	CHECK(l && has_stance(l, "COL", "VEN", ENT_POLARITY_OPPOSE));
	ent_fact_list_free(l);
	/* a list of members with no stance before gives none */
	CHECK(stance_none("Andean countries met on Sunday. The Andean countries are Peru, Bolivia "
			  "and Colombia."));
	/* another group's list does not take the stance */
	l = run("Andean countries have condemned Venezuela's attacks. The Nordic countries are "
		"Norway, Sweden and Finland.",
		NULL);
	CHECK(l && !has_stance(l, "NOR", "VEN", ENT_POLARITY_OPPOSE));
	ent_fact_list_free(l);
}

/* "A, B (BB), C and a number of other countries severed relations with
 * Y": a short name in brackets and a closing group of states unnamed keep
 * the list whole. */
TEST(extract_stance_lists__a_short_name_in_brackets_and_a_number_of_others)
{
	ent_fact_list *l = run("Peru, United Arab Emirates (UAE), Chile and a number of other "
			       "countries condemned Venezuela on Monday.",
			       NULL);
	CHECK(l && has_stance(l, "PER", "VEN", OPP));
	CHECK(l && has_stance(l, "ARE", "VEN", OPP));
	CHECK(l && has_stance(l, "CHL", "VEN", OPP));
	ent_fact_list_free(l);
}
