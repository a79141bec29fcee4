/*
 * test_extract_stance_labels.c - stances stated by the words a state's
 * official chooses for another state's acts ("the Russian aggression",
 * "Azerbaijan's aggression", "the occupation by Y" in a quote or reported
 * speech: the speaker's state opposes Y), and thanks for another state's
 * position or help ("X thanked Y for its clear position", "X expressed
 * gratitude for Y's solidarity": X backs Y).  Every sentence was written
 * for these tests.
 *
 * Each table row is checked on its own, and every failing row is printed,
 * so that a run tells how many sentences fail, not only the first.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

#define ROWS(r) (r), sizeof(r) / sizeof((r)[0])

/* A word that condemns an act, owned by a demonym, a possessive or an
 * "of/by Y", spoken by a state's official: the speaker's state opposes Y. */
TEST(extract_stance_labels__aggression_words)
{
	static const struct stance_row r[] = {
		/* quote, then the speaker */
		{"\"This aid will help you resist the Russian aggression,\" the Dutch minister said.",
		 "NLD", "RUS", OPP, ROW_HAS},
		{"\"We spoke about the recent aggression of Azerbaijan,\" the Armenian foreign minister said.",
		 "ARM", "AZE", OPP, ROW_HAS},
		{"\"Our people will never accept the Chinese occupation,\" the Tibetan exile said, "
		 "while the Indian minister said nothing.",
		 NULL, NULL, OPP, ROW_NONE},
		{"\"The occupation by Israel must end,\" the Jordanian foreign minister said.", "JOR",
		 "ISR", OPP, ROW_HAS},
		{"\"No country can ignore the provocations of North Korea,\" the Japanese defence "
		 "minister said.",
		 "JPN", "PRK", OPP, ROW_HAS},
		{"\"The Ethiopian annexation plans will fail,\" said the Eritrean information minister.",
		 "ERI", "ETH", OPP, ROW_HAS},
		/* speaker first */
		{"The Polish prime minister said: \"Russia's invasion changed everything.\"", "POL",
		 "RUS", OPP, ROW_HAS},
		{"The Estonian president told reporters: \"We will not forget the Russian atrocities.\"",
		 "EST", "RUS", OPP, ROW_HAS},
		/* reported speech */
		{"Russia's brutal aggression against Ukraine has united the alliance, the British "
		 "ambassador said.",
		 "GBR", "RUS", OPP, ROW_HAS},
		{"Azerbaijan's aggression is unacceptable, said the Armenian Foreign Ministry "
		 "spokeswoman.",
		 "ARM", "AZE", OPP, ROW_HAS},
		{"The Lithuanian foreign minister said that Russia's unprovoked war had changed "
		 "Europe.",
		 "LTU", "RUS", OPP, ROW_HAS},
		{"The Georgian president said that the Russian occupation of two regions continues.",
		 "GEO", "RUS", OPP, ROW_HAS},
		{"The Ukrainian president condemned what he called Russia's escalation of terror.",
		 "UKR", "RUS", OPP, ROW_HAS},
		{"The Finnish foreign minister said Russia's war of aggression must fail.", "FIN",
		 "RUS", OPP, ROW_HAS},
		{"The Latvian defence minister said the aggression by Russia was a wake-up call.",
		 "LVA", "RUS", OPP, ROW_HAS},
		{"The Czech prime minister spoke of the illegal war of Russia in his speech.", "CZE",
		 "RUS", OPP, ROW_HAS},
		{"The South Korean foreign minister said North Korea's provocations threaten peace.",
		 "KOR", "PRK", OPP, ROW_HAS},
		{"The Indian external affairs minister said Pakistan's terror would not be "
		 "tolerated.",
		 "IND", "PAK", OPP, ROW_HAS},
		{"The Syrian foreign minister said the Turkish occupation of the north was illegal.",
		 "SYR", "TUR", OPP, ROW_HAS},
		{"The Moroccan ambassador said that the Algerian provocations must stop.", "MAR", "DZA",
		 OPP, ROW_HAS},
		{"The French president said Russia's war crimes will be judged.", "FRA", "RUS", OPP,
		 ROW_HAS},
		{"Kyiv's envoy said the Russian war crimes in Bucha shocked the world.", "UKR", "RUS",
		 OPP, ROW_HAS},
		/* a state's ministry or a spokesman of it */
		{"\"The Armenian aggressive acts on the border endanger the talks,\" the Azerbaijani "
		 "Defence Ministry said.",
		 "AZE", "ARM", OPP, ROW_HAS},
		{"The Chinese foreign ministry spokesman said Japan's provocations in the East China "
		 "Sea must end.",
		 "CHN", "JPN", OPP, ROW_HAS},
		{"The Serbian foreign ministry said the Albanian provocations in the north were "
		 "dangerous.",
		 "SRB", "ALB", OPP, ROW_HAS},
		/* "he said" after a sentence naming the official */
		{"The German chancellor met soldiers in Lithuania on Monday. \"We stand with you "
		 "against the Russian aggression,\" he said.",
		 "DEU", "RUS", OPP, ROW_HAS},
		{"The Greek prime minister spoke in Nicosia. \"The Turkish occupation of the north "
		 "is a wound for Europe,\" he said.",
		 "GRC", "TUR", OPP, ROW_HAS},
		{"The Armenian foreign minister visited Paris. He said the Azerbaijani aggression had "
		 "displaced thousands.",
		 "ARM", "AZE", OPP, ROW_HAS},
		/* a capital or the state as the speaker */
		{"Ukraine said the Russian invasion had killed thousands of civilians.", "UKR", "RUS",
		 OPP, ROW_HAS},
		{"Tokyo said China's provocations near the islands were growing.", "JPN", "CHN", OPP,
		 ROW_HAS},
		{"\"The Belarusian provocations on the border will not frighten us,\" Poland's interior "
		 "minister said.",
		 "POL", "BLR", OPP, ROW_HAS},
		{"\"The Venezuelan annexation claims threaten peace,\" Guyana's president said.", "GUY",
		 "VEN", OPP, ROW_HAS},
	};
	CHECK_INT(stance_row_failures("labels", ROWS(r)), 0);
}

/* Thanks for another state's position, stance, solidarity, support or help:
 * the one who thanks backs the one thanked. */
TEST(extract_stance_labels__thanks_for_position)
{
	static const struct stance_row r[] = {
		{"Armenia thanked India for its clear position on the conflict.", "ARM", "IND", SUP,
		 ROW_HAS},
		{"The Armenian foreign minister thanked for India's clear position in international "
		 "platforms.",
		 "ARM", "IND", SUP, ROW_HAS},
		{"Greece thanked France for its firm stance in the dispute.", "GRC", "FRA", SUP, ROW_HAS},
		{"The Moroccan king expressed gratitude for Spain's position on the territory.", "MAR",
		 "ESP", SUP, ROW_HAS},
		{"Ukraine expressed gratitude for Poland's solidarity.", "UKR", "POL", SUP, ROW_HAS},
		{"The Cypriot president expressed his gratitude for Greece's support.", "CYP", "GRC",
		 SUP, ROW_HAS},
		{"Moldova expressed gratitude for Romania's help during the crisis.", "MDA", "ROU", SUP,
		 ROW_HAS},
		{"Serbia thanked China for its principled position on Kosovo.", "SRB", "CHN", SUP, ROW_HAS},
		{"The Pakistani foreign minister thanked Turkey for its consistent stance on "
		 "Kashmir.",
		 "PAK", "TUR", SUP, ROW_HAS},
	};
	CHECK_INT(stance_row_failures("labels", ROWS(r)), 0);
}

/* Controls: no opposition without a speaking state, against one's own
 * state, negated or denied, in another's claim, or with no owner. */
TEST(extract_stance_labels__controls)
{
	static const struct stance_row r[] = {
		{"\"We will respond to any aggression,\" the Russian defence minister said.", NULL,
		 NULL, OPP, ROW_NONE},
		{"The Indian army chief said the country is ready to counter any aggression.", NULL,
		 NULL, OPP, ROW_NONE},
		{"The Russian foreign minister denied any Russian aggression against Ukraine.", "RUS",
		 "RUS", OPP, ROW_LACKS},
		{"The Russian foreign minister said Russia's operation was not an invasion.", "RUS",
		 "RUS", OPP, ROW_LACKS},
		{"Moscow calls it NATO aggression, the Finnish minister said.", "FIN", "RUS", OPP,
		 ROW_LACKS},
		{"\"There was no Azerbaijani aggression,\" the Azerbaijani minister said.", "AZE",
		 "AZE", OPP, ROW_LACKS},
		{"A historian said the Roman occupation of Britain lasted centuries.", NULL, NULL, OPP,
		 ROW_NONE},
		{"The museum shows the German occupation of the city, the curator said.", NULL, NULL,
		 OPP, ROW_NONE},
		{"Analysts said Russia's invasion changed the oil market.", NULL, NULL, OPP, ROW_NONE},
		{"The Armenian minister said the talks would continue next week.", NULL, NULL, OPP,
		 ROW_NONE},
		{"The Turkish minister denied that there was any Greek provocation.", "TUR", "GRC",
		 OPP, ROW_LACKS},
		{"The Armenian minister said Azerbaijan denied the aggression.", "AZE", "AZE", OPP,
		 ROW_LACKS},
		{"The Russian envoy said Ukrainian provocations had been invented by the West.", "RUS",
		 "RUS", OPP, ROW_LACKS},
		{"The Ukrainian minister said the invasion anniversary would be marked.", NULL, NULL,
		 OPP, ROW_NONE},
		{"A Polish farmer said the Russian aggression had ruined his business.", "POL", "RUS",
		 OPP, ROW_LACKS},
		{"Greece thanked France for its hospitality.", "GRC", "FRA", SUP, ROW_LACKS},
		{"Kenya thanked Uganda for the dinner.", NULL, NULL, SUP, ROW_NONE},
		{"Ghana thanked Togo for its support.", "TGO", "GHA", SUP, ROW_HAS},
		{"Ghana thanked Togo for its support.", "GHA", "TGO", SUP, ROW_HAS},
		{"Armenia expressed gratitude for the hospitality of the hosts.", NULL, NULL, SUP,
		 ROW_NONE},
		{"The Chinese occupation of the town ended in 1945, the Japanese historian said.",
		 "JPN", "CHN", OPP, ROW_LACKS},
	};
	CHECK_INT(stance_row_failures("labels", ROWS(r)), 0);
}

/* 'X tweeted (said), "... under Y's aggression."': the speaker before the
 * comma that opens the quote names the state that condemns. */
TEST(extract_stance_labels__a_quote_opened_after_a_comma)
{
	CHECK(stance_only("Chilean Prime Minister Ana Ruiz tweeted, \"It is our duty to help, not "
			  "to be ignorant to the loss of human lives under Peru's aggression.\"",
			  "CHL", "PER", ENT_POLARITY_OPPOSE));
}

/* "Arriving at a summit focused on Kyiv's battle against Moscow's invasion,
 * Macron said ...": an opening participle phrase sets the scene, no label
 * of the speaker's; one of condemning still is. */
TEST(extract_stance_labels__an_opening_participle_phrase)
{
	CHECK(stance_none("Arriving at a summit focused on Lima's battle against La Paz's "
			  "invasion, the Chilean president said Santiago would send missiles."));
	CHECK(stance_has("Condemning Bolivia's aggression, the Chilean minister said Santiago "
			 "would send missiles.",
			 "CHL", "BOL", ENT_POLARITY_OPPOSE));
}

/* "anti-" and a state before a noun of a polity or its stance labels the
 * state it describes: the subject before "is / as", the state in
 * apposition, or each state listed after "including"; not when negated,
 * nor a label of events ("anti-American rallies"). */
TEST(extract_stance_labels__an_anti_label)
{
	CHECK(stance_only("Nicaragua is an anti-US regime.", "NIC", "USA", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Moscow's envoy flew to Nicaragua, which has adopted Cuba's role as the "
			  "loudest anti-American voice in the region.",
			  "NIC", "USA", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Nicaragua, an anti-American government, bought rifles.", "NIC", "USA",
			 ENT_POLARITY_OPPOSE));
	CHECK(stance_count("The main buyers of Chinese rifles have been anti-U.S. populist "
			   "regimes, including Nicaragua (under Daniel Ortega), Bolivia and "
			   "Ecuador.") == 3);
	CHECK(stance_has("The main buyers of Chinese rifles have been anti-U.S. populist "
			 "regimes, including Nicaragua (under Daniel Ortega), Bolivia and Ecuador.",
			 "ECU", "USA", ENT_POLARITY_OPPOSE));
	CHECK(stance_none("Nicaragua is not an anti-American regime."));
	CHECK(stance_none("Students staged anti-American rallies in Nicaragua."));
}

/* The exercise of text: its participants, sorted and joined by commas,
 * into out ("" when it gives no exercise or more than one). */
static void drill_parties(const char *text, char *out, size_t n)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l && count(l, ENT_FACT_EXERCISE) == 1 ? first(l, ENT_FACT_EXERCISE) : NULL;
	size_t k, w = 0;
	out[0] = '\0';
	for (k = 0; f && k < f->nparticipants && w + 5 < n; k++)
		w += (size_t)snprintf(out + w, n - w, "%s%s", k ? "," : "", f->participants[k].s);
	ent_fact_list_free(l);
}

/* The state after "anti-" or "pro-" is what a stance is against or for: no
 * seller, buyer or drill party. */
TEST(extract_stance_labels__a_labelled_state_is_no_party)
{
	char p[64];
	expect_no_deal("Nicaragua, an anti-American government, bought assault rifles last year.");
	expect_no_deal("Serbia, a pro-Russian government, bought fighter jets in 2019.");
	expect_deal("Serbia, a pro-Russian government, bought fighter jets from France in 2019.", 1,
		    "FRA", "SRB");
	drill_parties("Bolivia and Nicaragua, both anti-American governments, held joint naval "
		      "drills in 2019.",
		      p, sizeof p);
	CHECK(!strcmp(p, "BOL,NIC"));
	/* a weapon after "anti-" stays one */
	expect_deal("Poland bought the Patriot anti-missile system from the United States.", 1, "USA",
		    "POL");
}

/* A possessor taken as a model ("adopted Y's role as") is no party. */
TEST(extract_stance_labels__a_model_possessor_is_no_party)
{
	char p[64];
	drill_parties("Moscow's envoy flew to Nicaragua, which has adopted Cuba's role as the "
		      "loudest anti-American voice, as Russian and Nicaraguan warships held joint "
		      "drills.",
		      p, sizeof p);
	CHECK(!strcmp(p, "NIC,RUS"));
}

/* "X described Y's actions as genocide (a war crime, a massacre)": a noun
 * of hostile judgement (stop 56). */
TEST(extract_stance_labels__genocide_and_war_crimes)
{
	static const struct stance_row r[] = {
		{"Tunisia described Israel's actions as genocide.", "TUN", "ISR", OPP, ROW_ONLY},
		{"Tunisia's president described Israel's strikes as a war crime.", "TUN", "ISR",
		 OPP, ROW_ONLY},
		{"Tunisia described the crimes as shocking.", NULL, NULL, OPP, ROW_NONE},
	};
	CHECK_INT(stance_row_failures("genocide", ROWS(r)), 0);
}

/* "Russia's barbarous (barbaric, criminal, savage) war in Ukraine": more
 * words that brand a war as the speaker's own judgement (stop 62). */
TEST(extract_stance_labels__more_words_for_a_war)
{
	CHECK(stance_only("The Latvian defence minister said Belarus's barbarous war in Moldova "
			  "has shown that air defence is critical.",
			  "LVA", "BLR", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Latvia's minister said that Belarus's criminal war must end.", "LVA",
			  "BLR", ENT_POLARITY_OPPOSE));
	/* control: a war of no judgement */
	CHECK(stance_none("The Latvian defence minister said Belarus's long war in Moldova has "
			  "shown that air defence is critical."));
}

/* '"... Russia's terrible campaign of aggression ...," Pistorius
 * concluded': "concluded (explained, remarked)" report the speaker's
 * words too, a leader named by surname alone speaking for the state (stop
 * 62; sq/005). "concluded deals with Y" stays a deal. */
TEST(extract_stance_labels__a_quote_the_speaker_concluded)
{
	CHECK(stance_has("\"We help Ecuador against Peru's terrible campaign of aggression, which "
			 "violates international law,\" Pinera concluded.",
			 "CHL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("\"We help Ecuador against Peru's terrible campaign of aggression,\" "
			 "Pinera explained.",
			 "CHL", "PER", ENT_POLARITY_OPPOSE));
	expect_deal("Hanwha concluded deals with Chile, worth around $989 million, for rocket "
		    "launchers.",
		    1, "KOR", "CHL");
}
