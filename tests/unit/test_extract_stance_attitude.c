/*
 * test_extract_stance_attitude.c - stances stated through words of
 * attitude: adjectives of unease or anger with their preposition ("X is
 * wary of Y's ...", "X was irked by Y"), their nouns ("X voiced anger at
 * Y"), verbs ("X bristled at Y", "X lashed out at Y", "X resents Y's
 * ..."), and of gratitude or satisfaction ("X is grateful to Y", "X
 * thanked Y for its help", "X is pleased with Y's decision", "stand
 * together against Y").  Every sentence was written for these tests.
 *
 * Each table row is checked on its own, and every failing row is printed,
 * so that a run tells how many sentences fail, not only the first.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

/* a sentence and the one stance it must give (actor NULL: none at all) */
struct att_row {
	const char *text;
	const char *actor, *target;
	ent_polarity pol;
	int only; /* 1: this stance and no other; 0: this stance among others */
};

/* The number of rows of r (n of them) that fail; each is printed. */
static int att_failures(const struct att_row *r, size_t n)
{
	size_t i;
	int bad = 0;
	for (i = 0; i < n; i++) {
		int ok;
		if (!r[i].actor)
			ok = stance_none(r[i].text);
		else if (r[i].only)
			ok = stance_only(r[i].text, r[i].actor, r[i].target, r[i].pol);
		else
			ok = stance_has(r[i].text, r[i].actor, r[i].target, r[i].pol);
		if (!ok) {
			fprintf(stderr, "    attitude: %s %s %s: %s\n",
				r[i].actor ? r[i].actor : "(none)", r[i].target ? r[i].target : "",
				r[i].actor ? (r[i].pol == SUP ? "support" : "oppose") : "",
				r[i].text);
			bad++;
		}
	}
	return bad;
}

#define ROWS(r) (r), sizeof(r) / sizeof((r)[0])

/* Adjectives and participles of unease, distrust or anger, then about /
 * over / at / by / with / of and the state or its act. */
TEST(extract_stance_attitude__negative_adjectives)
{
	static const struct att_row r[] = {
		{"Iran is also said to be uneasy about Azerbaijan's close ties with Israel.",
		 "IRN", "AZE", OPP, 1},
		{"Greece is wary of Turkey's growing naval presence in the Aegean.", "GRC", "TUR",
		 OPP, 1},
		{"India was irked by China's renaming of places in the border state.", "IND", "CHN",
		 OPP, 1},
		{"Beijing was angered by the Philippines' decision to expand US access to its bases.",
		 "CHN", "PHL", OPP, 1},
		{"Vietnam remains unhappy with China's survey ship in its waters.", "VNM", "CHN", OPP,
		 1},
		{"Egypt is displeased with Ethiopia's filling of the dam.", "EGY", "ETH", OPP, 1},
		{"Moscow is furious over Finland's decision to join NATO.", "RUS", "FIN", OPP, 1},
		{"Tokyo has grown increasingly suspicious of Beijing's intentions in the region.",
		 "JPN", "CHN", OPP, 1},
		{"Armenia remains deeply distrustful of Azerbaijan.", "ARM", "AZE", OPP, 1},
		{"The Turkish president was upset by Sweden's handling of the protests.", "TUR", "SWE",
		 OPP, 1},
		{"Seoul was frustrated with Tokyo over the export curbs.", "KOR", "JPN", OPP, 1},
		{"Poland was dismayed by Germany's decision to delay the tanks.", "POL", "DEU", OPP, 1},
		{"Pakistan was outraged by India's decision to revoke the region's status.", "PAK",
		 "IND", OPP, 1},
		{"Baku is incensed at Paris over the resolution.", "AZE", "FRA", OPP, 1},
		{"Israel was troubled by Turkey's remarks.", "ISR", "TUR", OPP, 1},
		{"Manila is annoyed with Beijing's coast guard.", "PHL", "CHN", OPP, 1},
		{"Ukraine is angry with Hungary over its veto.", "UKR", "HUN", OPP, 1},
		{"The Greek foreign ministry was irritated by Turkey's statements.", "GRC", "TUR", OPP,
		 1},
		{"Lithuania has become nervous about Belarus.", "LTU", "BLR", OPP, 1},
		{"Morocco remains suspicious of Algeria's intentions.", "MAR", "DZA", OPP, 1},
		{"Qatar was apprehensive about Saudi Arabia's plans.", "QAT", "SAU", OPP, 1},
		{"Wary of China's growing fleet, Vietnam has strengthened its navy.", "VNM", "CHN",
		 OPP, 1},
		{"Angered by Lithuania's decision, China recalled its ambassador.", "CHN", "LTU", OPP,
		 1},
		{"Kenya's foreign ministry said it was dissatisfied with Somalia's response.", "KEN",
		 "SOM", OPP, 1},
		{"Chile, disturbed by Bolivia's claims, rejected the talks.", "CHL", "BOL", OPP, 1},
		{"Belgrade was enraged by Kosovo's move.", "SRB", "XKX", OPP, 1},
		{"Vietnam, which is wary of China, has bought two frigates.", "VNM", "CHN", OPP, 0},
		{"Japan was angry with the Chinese ambassador.", "JPN", "CHN", OPP, 1},
		{"Seoul's officials were angered by Tokyo's decision.", "KOR", "JPN", OPP, 1},
		{"China was angered by the sale of US fighter jets to Taiwan.", "CHN", "USA", OPP, 0},
	};
	CHECK_INT(att_failures(ROWS(r)), 0);
}

/* The words of concern ("concerned", "worried", "alarmed") keep their
 * own rule (stance.concern): the family's other words join them. */
TEST(extract_stance_attitude__concern_words_kept)
{
	static const struct att_row r[] = {
		{"Japan is concerned over China's drills.", "JPN", "CHN", OPP, 1},
		{"India is worried by Pakistan's missile test.", "IND", "PAK", OPP, 1},
		{"Greece was alarmed at Turkey's drilling.", "GRC", "TUR", OPP, 1},
		{"Israel was not worried about Iran.", NULL, NULL, SUP, 0},
	};
	CHECK_INT(att_failures(ROWS(r)), 0);
}

/* Nouns of anger or unease with a preposition, owned by the state before
 * them or by the subject of the verb that voices them. */
TEST(extract_stance_attitude__negative_nouns)
{
	static const struct att_row r[] = {
		{"Pakistan voiced anger at India's decision to suspend the treaty.", "PAK", "IND",
		 OPP, 1},
		{"Egypt expressed dismay over Ethiopia's unilateral filling of the dam.", "EGY", "ETH",
		 OPP, 1},
		{"China voiced outrage at Japan's plan to release the water.", "CHN", "JPN", OPP, 1},
		{"Seoul expressed frustration at Tokyo's export curbs.", "KOR", "JPN", OPP, 1},
		{"Greek irritation with Turkey has grown.", "GRC", "TUR", OPP, 1},
		{"Israel sounded the alarm over Iran's enrichment.", "ISR", "IRN", OPP, 1},
		{"Moscow voiced unease about Kazakhstan's ties with the West.", "RUS", "KAZ", OPP, 1},
		{"Russia reacted with fury to Moldova's decision.", "RUS", "MDA", OPP, 1},
		{"There was anger in Beijing at Manila's move.", "CHN", "PHL", OPP, 1},
		{"Indian resentment toward China has grown since the clash.", "IND", "CHN", OPP, 1},
		{"Spain conveyed its annoyance at Morocco's decision.", "ESP", "MAR", OPP, 1},
		{"China reacted angrily to Japan's decision.", "CHN", "JPN", OPP, 1},
		{"Iran's anger at the United States grew.", "IRN", "USA", OPP, 1},
	};
	CHECK_INT(att_failures(ROWS(r)), 0);
}

/* Verbs of anger: "bristled at", "fumed over", "lashed out at", "hit out
 * at", "railed against", "balked at", "resents". */
TEST(extract_stance_attitude__negative_verbs)
{
	static const struct att_row r[] = {
		{"Turkey bristled at Greece's plans to extend its territorial waters.", "TUR", "GRC",
		 OPP, 1},
		{"Iran lashed out at Saudi Arabia over the execution.", "IRN", "SAU", OPP, 1},
		{"China hit out at Australia over the inquiry.", "CHN", "AUS", OPP, 1},
		{"Venezuela railed against Guyana's oil licences.", "VEN", "GUY", OPP, 1},
		{"India balked at Pakistan's demands.", "IND", "PAK", OPP, 1},
		{"Beijing fumed over Prague's invitation to the Dalai Lama.", "CHN", "CZE", OPP, 1},
		{"Hungary resents Ukraine's language law.", "HUN", "UKR", OPP, 1},
		{"Algeria has long resented Morocco's claims over the territory.", "DZA", "MAR", OPP,
		 1},
		{"The Egyptian foreign minister lashed out at Ethiopia.", "EGY", "ETH", OPP, 1},
		{"Russia is bristling at Norway's new radar.", "RUS", "NOR", OPP, 1},
		{"Mexico hit back at the United States over the wall.", "MEX", "USA", OPP, 1},
	};
	CHECK_INT(att_failures(ROWS(r)), 0);
}

/* Gratitude, thanks and satisfaction toward a state, and standing with or
 * against one. */
TEST(extract_stance_attitude__positive)
{
	static const struct att_row r[] = {
		{"Israel was grateful to the United States for its support during the attack.", "ISR",
		 "USA", SUP, 0},
		{"Serbia thanked China for its help.", "SRB", "CHN", SUP, 1},
		{"Ukraine is thankful to Lithuania for its assistance.", "UKR", "LTU", SUP, 0},
		{"Armenia is grateful to France.", "ARM", "FRA", SUP, 1},
		{"Kyiv expressed gratitude to Warsaw for its solidarity.", "UKR", "POL", SUP, 0},
		{"Jordan expressed its appreciation to Japan for its help with refugees.", "JOR",
		 "JPN", SUP, 1},
		{"Indonesia is pleased with Australia's decision.", "IDN", "AUS", SUP, 1},
		{"Manila was satisfied with Tokyo's pledge.", "PHL", "JPN", SUP, 1},
		{"Kenya was delighted by Ethiopia's offer.", "KEN", "ETH", SUP, 1},
		{"Tbilisi appreciated Ankara's position on the conflict.", "GEO", "TUR", SUP, 1},
		{"Chile appreciated the efforts of Brazil.", "CHL", "BRA", SUP, 1},
		{"The Philippines is happy with Japan's help.", "PHL", "JPN", SUP, 1},
		{"The Slovak prime minister was glad about Austria's decision.", "SVK", "AUT", SUP, 1},
		{"Albania thanked Italy for the help of its firefighters.", "ALB", "ITA", SUP, 1},
		{"South Korea and Japan pledged to stand together against North Korea's threats.",
		 "KOR", "PRK", OPP, 0},
		{"South Korea and Japan pledged to stand together against North Korea's threats.",
		 "JPN", "PRK", OPP, 0},
		{"Estonia stands united with Finland.", "EST", "FIN", SUP, 1},
		{"Poland stood firmly together with Lithuania.", "POL", "LTU", SUP, 1},
		{"Latvia will stand firm against Russia's pressure.", "LVA", "RUS", OPP, 1},
		{"Canada stands united against Iran's threats.", "CAN", "IRN", OPP, 1},
		{"Seoul stood united with Washington against Pyongyang's provocations.", "KOR", "USA",
		 SUP, 0},
		{"Seoul stood united with Washington against Pyongyang's provocations.", "KOR", "PRK",
		 OPP, 0},
		{"Kenya was grateful to the Ugandan ambassador for his help.", "KEN", "UGA", SUP, 1},
		{"\"We are grateful to Japan,\" the Philippine foreign minister said.", "PHL", "JPN",
		 SUP, 1},
	};
	CHECK_INT(att_failures(ROWS(r)), 0);
}

/* No stance: an object that is no state or act of a state, negation, a
 * guess, an actor that is no state, thanks for what is no help; or
 * another stance than the words of attitude would give. */
TEST(extract_stance_attitude__controls)
{
	static const struct att_row r[] = {
		{"Iran is concerned about the weather.", NULL, NULL, SUP, 0},
		{"Turkey is worried about inflation.", NULL, NULL, SUP, 0},
		{"Israel was grateful for the opportunity to speak.", NULL, NULL, SUP, 0},
		{"Japan is pleased with the results.", NULL, NULL, SUP, 0},
		{"Serbia thanked the crowd.", NULL, NULL, SUP, 0},
		{"Iran was not uneasy about Azerbaijan's ties with Israel.", NULL, NULL, SUP, 0},
		{"Greece is no longer wary of Turkey.", NULL, NULL, SUP, 0},
		{"India was not irked by China's statement.", NULL, NULL, SUP, 0},
		{"Vietnam may be unhappy with China's survey ship.", NULL, NULL, SUP, 0},
		{"Egypt could be displeased with Ethiopia's plans.", NULL, NULL, SUP, 0},
		{"Farmers in India are unhappy with China's steel.", NULL, NULL, SUP, 0},
		{"Indian farmers are angry with China.", NULL, NULL, SUP, 0},
		{"Vietnam is unhappy with the survey ship in its waters.", NULL, NULL, SUP, 0},
		{"Iran is angry about the situation in Syria.", NULL, NULL, SUP, 0},
		{"Kenya thanked Somalia for hosting the talks.", NULL, NULL, SUP, 0},
		{"Peru is grateful to Chile for the warm welcome.", NULL, NULL, SUP, 0},
		{"Turkey did not bristle at Greece's plans.", NULL, NULL, SUP, 0},
		{"Mexico is happy to host the summit.", NULL, NULL, SUP, 0},
		{"Japan is satisfied with the progress of talks with China.", NULL, NULL, SUP, 0},
		{"Analysts are wary of China's intentions.", NULL, NULL, SUP, 0},
		{"Iran lashed out at the media over the report.", NULL, NULL, SUP, 0},
		{"China hit out at the report.", NULL, NULL, SUP, 0},
		{"Germany stood together with the victims.", NULL, NULL, SUP, 0},
		{"There was outrage over Israel's raid.", NULL, NULL, SUP, 0},
		{"Georgia is grateful to Turkey for its hospitality.", NULL, NULL, SUP, 0},
		{"Citizens of Chile were pleased with Peru's win.", NULL, NULL, SUP, 0},
		{"Missiles hit targets in Syria.", NULL, NULL, SUP, 0},
		{"The rail link with Poland was upset by floods.", NULL, NULL, SUP, 0},
		{"Japan urged South Korea to be wary of North Korea.", NULL, NULL, SUP, 0},
		{"Officials in Seoul were angered by Tokyo's decision.", NULL, NULL, SUP, 0},
		{"Russia's happy relationship with China is old.", NULL, NULL, SUP, 0},
		{"China is happy to work with Pakistan.", NULL, NULL, SUP, 0},
		{"India hit out at Pakistan-backed militants.", NULL, NULL, SUP, 0},
		{"Russia was troubled by reports from Ukraine.", NULL, NULL, SUP, 0},
		{"Japan's presence was resented by Korean villagers.", NULL, NULL, SUP, 0},
		{"Protesters in Tehran railed against Saudi Arabia.", NULL, NULL, SUP, 0},
		{"It remains unclear whether Egypt is angry with Ethiopia.", NULL, NULL, SUP, 0},
		{"Armenia's stand against Azerbaijan was praised.", NULL, NULL, SUP, 0},
		{"Kenya was grateful to the Ugandan ambassador for his speech.", NULL, NULL, SUP, 0},
		{"The yen appreciated against the US dollar.", NULL, NULL, SUP, 0},
		/* another stance than the subject's */
		{"Kenya said Uganda was angry with Tanzania.", "UGA", "TZA", OPP, 1},
		{"Japan is wary of the growing ties between Russia and China.", "JPN", "RUS", OPP, 0},
		{"Kenya thanked Canada and Japan for the dinner.", NULL, NULL, SUP, 0},
		/* "for its support" stays the thanked state backing the one who thanks */
		{"Ghana thanked Togo for its support.", "TGO", "GHA", SUP, 0},
		{"Ghana thanked Togo for its support.", "GHA", "TGO", SUP, 0},
	};
	CHECK_INT(att_failures(ROWS(r)), 0);
}

/* "X thanked Y's government (people, navy)" thanks Y; "for the
 * (\"important and historic\") decision to transfer the aircraft" is a
 * deed of giving thanked for, "for the decision to host the summit" a
 * courtesy. */
TEST(extract_stance_attitude__thanks_to_a_state_s_government_for_a_decision)
{
	CHECK(stance_only("Ukraine thanked Norway's government.", "UKR", "NOR",
			  ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Ukraine thanked Norway's government for the \"important and historic\" "
			  "decision to transfer the combat aircraft to Ukraine.",
			  "UKR", "NOR", ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Ukraine thanked Norway for the decision to send F-16s.", "UKR", "NOR",
			  ENT_POLARITY_SUPPORT));
	CHECK(stance_none("Ukraine thanked Norway for the decision to host the summit."));
	CHECK(stance_none("Ukraine thanked Norway's ambassador for the visit."));
}

/* "Taipei welcomed the arms sale" told right after a sale to it: the
 * buyer that welcomes the sale backs its seller. */
TEST(extract_stance_attitude__the_buyer_welcomed_the_sale)
{
	CHECK(stance_has("The US approved the sale of missiles to Peru. Lima welcomed the arms "
			 "sale.",
			 "PER", "USA", ENT_POLARITY_SUPPORT));
	CHECK(stance_none("Lima welcomed the arms sale."));
	/* told many sentences after the sale */
	CHECK(stance_has("The US approved the sale of missiles to Peru. It is the second sale "
			 "this year. Talks began in May. Officials met twice. A team visited "
			 "Lima. Another team visited Callao. Engineers inspected the site. The "
			 "navy prepared a report. Funding was set aside. Lima welcomed the arms "
			 "sale.",
			 "PER", "USA", ENT_POLARITY_SUPPORT));
}

/* "X welcomed the arrival (deployment, presence) of the Yn bombers
 * (troops)": X backs Y; a delegation's arrival is a visit, none. */
TEST(extract_stance_attitude__welcomed_the_arrival_of_forces)
{
	CHECK(stance_only("Bolivia welcomed the arrival of the Russian bombers.", "BOL", "RUS",
			  ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Bolivia welcomed the deployment of Russian troops.", "BOL", "RUS",
			  ENT_POLARITY_SUPPORT));
	CHECK(stance_none("Bolivia welcomed the arrival of the Russian delegation."));
}

/* Thanks "for providing (supplying) ..." are thanks for a gift of goods,
 * which is help; thanks for hosting talks are not. */
TEST(extract_stance_attitude__thankful_for_providing_goods)
{
	CHECK(stance_only("Peru is thankful to Chile for providing these jets in record time.",
			  "PER", "CHL", ENT_POLARITY_SUPPORT));
	CHECK(stance_none("Peru is thankful to Chile for hosting the talks."));
}

/* "concerned over A, B, C-supplied drones": the concerned state opposes
 * each supplier of the list and buys none of the goods; a state that
 * uses them does. */
TEST(extract_stance_attitude__concern_over_goods_of_a_list_of_suppliers)
{
	const char *t = "Chile concerned over Peru, Bolivia, Ecuador-supplied drones in the war.";
	CHECK(stance_has(t, "CHL", "PER", OPP));
	CHECK(stance_has(t, "CHL", "BOL", OPP));
	CHECK(stance_has(t, "CHL", "ECU", OPP));
	CHECK(stance_count(t) == 3);
	CHECK(stance_count("Chile is concerned over Peru, Bolivia and the war.") == 1);
}

TEST(extract_stance_attitude__the_concerned_buys_no_goods_supplied)
{
	expect_no_deal("Chile concerned over Peru, Bolivia, Ecuador-supplied drones in the war.");
	expect_no_deal("Chile is concerned over Peru-supplied drones.");
	expect_deal("Bolivia used Peru-supplied drones in the war.", 1, "PER", "BOL");
}

/* Concerns raised "with Yn (and Zn) officials (counterparts)" oppose
 * those states; the actor of a title "on" a state is the title's owner
 * ("Lima's envoy on the Bolivia crisis"). */
TEST(extract_stance_attitude__concerns_raised_with_officials)
{
	const char *t = "Lima's point man on the Bolivia crisis, Jorge Paz, raised concerns over the "
			"arms transfers with both Chilean and Ecuadorian officials last week.";
	CHECK(stance_has(t, "PER", "CHL", OPP));
	CHECK(stance_has(t, "PER", "ECU", OPP));
	CHECK(stance_count(t) == 2);
	CHECK(stance_only("Peruvian officials have raised concerns with Bolivian counterparts over "
			  "the purchase of drones.",
			  "PER", "BOL", OPP));
	CHECK(stance_none("Peruvian officials have not raised concerns with Bolivian counterparts."));
}

/* "condemn the provision of munitions by Y to Z": the agent after the
 * goods is opposed. */
TEST(extract_stance_attitude__condemned_provision_by_an_agent)
{
	CHECK(stance_only("Chile strongly condemns the provision of munitions by Bolivia to Paraguay.",
			  "CHL", "BOL", OPP));
}

/* A short name in brackets after the last state of a list of actors keeps
 * the list. */
TEST(extract_stance_attitude__a_short_name_closing_a_list_of_actors)
{
	const char *t = "Chile, Peru, and the Republic of Korea (ROK) strongly condemn Bolivia.";
	CHECK(stance_has(t, "CHL", "BOL", OPP));
	CHECK(stance_has(t, "PER", "BOL", OPP));
	CHECK(stance_has(t, "KOR", "BOL", OPP));
}

/* "voiced worries about possible Yn transfers of missile technology":
 * adjectives before the demonym and goods after "of" make them arms of
 * Y's; goods of no war do not. */
TEST(extract_stance_attitude__worries_about_a_states_transfers)
{
	CHECK(stance_has("Lima voiced worries about possible Chilean transfers of sensitive missile "
			 "technology to Bolivia.",
			 "PER", "CHL", OPP));
	CHECK(stance_none("Lima voiced concern about Chilean transfers of grain to Bolivia."));
}

/* "issued new sanctions targeting Yn drone production": issuing is
 * imposing, "targeting" names the target. */
TEST(extract_stance_attitude__sanctions_targeting)
{
	CHECK(stance_only("Lima on Friday issued new sanctions targeting Chilean drone and missile "
			  "production.",
			  "PER", "CHL", OPP));
	CHECK(stance_only("Peru imposed sanctions targeting Chile.", "PER", "CHL", OPP));
}

/* "X is angry because (that) A and B ...": X opposes each state of the
 * clause's subject, and takes no part in a drill the clause tells; "X is
 * the latest country to show support for Y"; "X joined A, B and C in
 * voicing support for Y" (stop 37). */
TEST(extract_stance_attitude__angry_because_and_shown_support)
{
	const char *t = "The Kremlin is also angry because Chile and Peru, too, have been taking "
			"part in the exercises.";
	ent_fact_list *l = run(t, NULL);
	const ent_fact *x = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(stance_has(t, "RUS", "CHL", OPP));
	CHECK(stance_has(t, "RUS", "PER", OPP));
	CHECK(x && !takes_part(x, "RUS") && takes_part(x, "CHL"));
	ent_fact_list_free(l);
	CHECK(stance_none("Russia is angry because of the weather."));
	CHECK(stance_only("Bolivia is the latest country to show support for Peru.", "BOL", "PER",
			  SUP));
	t = "Bolivia last week joined Chile, Ecuador, and Brazil in voicing support for Peru.";
	CHECK(stance_has(t, "BOL", "PER", SUP));
	CHECK(stance_has(t, "ECU", "PER", SUP));
	CHECK_INT(stance_count(t), 4);
}
