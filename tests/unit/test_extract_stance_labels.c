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

enum { HAS, ONLY, NONE, LACKS };

/* a text and what it must (or must not) give */
struct lab_row {
	const char *text;
	const char *actor, *target;
	ent_polarity pol;
	int kind; /* HAS: this stance among others; ONLY: this one alone;
		     NONE: no stance at all; LACKS: not this stance */
};

static int lab_failures(const struct lab_row *r, size_t n)
{
	size_t i;
	int bad = 0;
	for (i = 0; i < n; i++) {
		int ok;
		switch (r[i].kind) {
		case ONLY:
			ok = stance_only(r[i].text, r[i].actor, r[i].target, r[i].pol);
			break;
		case NONE:
			ok = stance_none(r[i].text);
			break;
		case LACKS:
			ok = !stance_has(r[i].text, r[i].actor, r[i].target, r[i].pol);
			break;
		default:
			ok = stance_has(r[i].text, r[i].actor, r[i].target, r[i].pol);
			break;
		}
		if (!ok) {
			static const char *kn[] = {"has", "only", "none", "lacks"};
			fprintf(stderr, "    labels (%s): %s %s %s: %s\n", kn[r[i].kind],
				r[i].actor ? r[i].actor : "", r[i].target ? r[i].target : "",
				r[i].pol == SUP ? "support" : "oppose", r[i].text);
			bad++;
		}
	}
	return bad;
}

#define ROWS(r) (r), sizeof(r) / sizeof((r)[0])

/* A word that condemns an act, owned by a demonym, a possessive or an
 * "of/by Y", spoken by a state's official: the speaker's state opposes Y. */
TEST(extract_stance_labels__aggression_words)
{
	static const struct lab_row r[] = {
		/* quote, then the speaker */
		{"\"This aid will help you resist the Russian aggression,\" the Dutch minister said.",
		 "NLD", "RUS", OPP, HAS},
		{"\"We spoke about the recent aggression of Azerbaijan,\" the Armenian foreign minister said.",
		 "ARM", "AZE", OPP, HAS},
		{"\"Our people will never accept the Chinese occupation,\" the Tibetan exile said, "
		 "while the Indian minister said nothing.",
		 NULL, NULL, OPP, NONE},
		{"\"The occupation by Israel must end,\" the Jordanian foreign minister said.", "JOR",
		 "ISR", OPP, HAS},
		{"\"No country can ignore the provocations of North Korea,\" the Japanese defence "
		 "minister said.",
		 "JPN", "PRK", OPP, HAS},
		{"\"The Ethiopian annexation plans will fail,\" said the Eritrean information minister.",
		 "ERI", "ETH", OPP, HAS},
		/* speaker first */
		{"The Polish prime minister said: \"Russia's invasion changed everything.\"", "POL",
		 "RUS", OPP, HAS},
		{"The Estonian president told reporters: \"We will not forget the Russian atrocities.\"",
		 "EST", "RUS", OPP, HAS},
		/* reported speech */
		{"Russia's brutal aggression against Ukraine has united the alliance, the British "
		 "ambassador said.",
		 "GBR", "RUS", OPP, HAS},
		{"Azerbaijan's aggression is unacceptable, said the Armenian Foreign Ministry "
		 "spokeswoman.",
		 "ARM", "AZE", OPP, HAS},
		{"The Lithuanian foreign minister said that Russia's unprovoked war had changed "
		 "Europe.",
		 "LTU", "RUS", OPP, HAS},
		{"The Georgian president said that the Russian occupation of two regions continues.",
		 "GEO", "RUS", OPP, HAS},
		{"The Ukrainian president condemned what he called Russia's escalation of terror.",
		 "UKR", "RUS", OPP, HAS},
		{"The Finnish foreign minister said Russia's war of aggression must fail.", "FIN",
		 "RUS", OPP, HAS},
		{"The Latvian defence minister said the aggression by Russia was a wake-up call.",
		 "LVA", "RUS", OPP, HAS},
		{"The Czech prime minister spoke of the illegal war of Russia in his speech.", "CZE",
		 "RUS", OPP, HAS},
		{"The South Korean foreign minister said North Korea's provocations threaten peace.",
		 "KOR", "PRK", OPP, HAS},
		{"The Indian external affairs minister said Pakistan's terror would not be "
		 "tolerated.",
		 "IND", "PAK", OPP, HAS},
		{"The Syrian foreign minister said the Turkish occupation of the north was illegal.",
		 "SYR", "TUR", OPP, HAS},
		{"The Moroccan ambassador said that the Algerian provocations must stop.", "MAR", "DZA",
		 OPP, HAS},
		{"The French president said Russia's war crimes will be judged.", "FRA", "RUS", OPP,
		 HAS},
		{"Kyiv's envoy said the Russian war crimes in Bucha shocked the world.", "UKR", "RUS",
		 OPP, HAS},
		/* a state's ministry or a spokesman of it */
		{"\"The Armenian aggressive acts on the border endanger the talks,\" the Azerbaijani "
		 "Defence Ministry said.",
		 "AZE", "ARM", OPP, HAS},
		{"The Chinese foreign ministry spokesman said Japan's provocations in the East China "
		 "Sea must end.",
		 "CHN", "JPN", OPP, HAS},
		{"The Serbian foreign ministry said the Albanian provocations in the north were "
		 "dangerous.",
		 "SRB", "ALB", OPP, HAS},
		/* "he said" after a sentence naming the official */
		{"The German chancellor met soldiers in Lithuania on Monday. \"We stand with you "
		 "against the Russian aggression,\" he said.",
		 "DEU", "RUS", OPP, HAS},
		{"The Greek prime minister spoke in Nicosia. \"The Turkish occupation of the north "
		 "is a wound for Europe,\" he said.",
		 "GRC", "TUR", OPP, HAS},
		{"The Armenian foreign minister visited Paris. He said the Azerbaijani aggression had "
		 "displaced thousands.",
		 "ARM", "AZE", OPP, HAS},
		/* a capital or the state as the speaker */
		{"Ukraine said the Russian invasion had killed thousands of civilians.", "UKR", "RUS",
		 OPP, HAS},
		{"Tokyo said China's provocations near the islands were growing.", "JPN", "CHN", OPP,
		 HAS},
		{"\"The Belarusian provocations on the border will not frighten us,\" Poland's interior "
		 "minister said.",
		 "POL", "BLR", OPP, HAS},
		{"\"The Venezuelan annexation claims threaten peace,\" Guyana's president said.", "GUY",
		 "VEN", OPP, HAS},
	};
	CHECK_INT(lab_failures(ROWS(r)), 0);
}

/* Thanks for another state's position, stance, solidarity, support or help:
 * the one who thanks backs the one thanked. */
TEST(extract_stance_labels__thanks_for_position)
{
	static const struct lab_row r[] = {
		{"Armenia thanked India for its clear position on the conflict.", "ARM", "IND", SUP,
		 HAS},
		{"The Armenian foreign minister thanked for India's clear position in international "
		 "platforms.",
		 "ARM", "IND", SUP, HAS},
		{"Greece thanked France for its firm stance in the dispute.", "GRC", "FRA", SUP, HAS},
		{"The Moroccan king expressed gratitude for Spain's position on the territory.", "MAR",
		 "ESP", SUP, HAS},
		{"Ukraine expressed gratitude for Poland's solidarity.", "UKR", "POL", SUP, HAS},
		{"The Cypriot president expressed his gratitude for Greece's support.", "CYP", "GRC",
		 SUP, HAS},
		{"Moldova expressed gratitude for Romania's help during the crisis.", "MDA", "ROU", SUP,
		 HAS},
		{"Serbia thanked China for its principled position on Kosovo.", "SRB", "CHN", SUP, HAS},
		{"The Pakistani foreign minister thanked Turkey for its consistent stance on "
		 "Kashmir.",
		 "PAK", "TUR", SUP, HAS},
	};
	CHECK_INT(lab_failures(ROWS(r)), 0);
}

/* Controls: no opposition without a speaking state, against one's own
 * state, negated or denied, in another's claim, or with no owner. */
TEST(extract_stance_labels__controls)
{
	static const struct lab_row r[] = {
		{"\"We will respond to any aggression,\" the Russian defence minister said.", NULL,
		 NULL, OPP, NONE},
		{"The Indian army chief said the country is ready to counter any aggression.", NULL,
		 NULL, OPP, NONE},
		{"The Russian foreign minister denied any Russian aggression against Ukraine.", "RUS",
		 "RUS", OPP, LACKS},
		{"The Russian foreign minister said Russia's operation was not an invasion.", "RUS",
		 "RUS", OPP, LACKS},
		{"Moscow calls it NATO aggression, the Finnish minister said.", "FIN", "RUS", OPP,
		 LACKS},
		{"\"There was no Azerbaijani aggression,\" the Azerbaijani minister said.", "AZE",
		 "AZE", OPP, LACKS},
		{"A historian said the Roman occupation of Britain lasted centuries.", NULL, NULL, OPP,
		 NONE},
		{"The museum shows the German occupation of the city, the curator said.", NULL, NULL,
		 OPP, NONE},
		{"Analysts said Russia's invasion changed the oil market.", NULL, NULL, OPP, NONE},
		{"The Armenian minister said the talks would continue next week.", NULL, NULL, OPP,
		 NONE},
		{"The Turkish minister denied that there was any Greek provocation.", "TUR", "GRC",
		 OPP, LACKS},
		{"The Armenian minister said Azerbaijan denied the aggression.", "AZE", "AZE", OPP,
		 LACKS},
		{"The Russian envoy said Ukrainian provocations had been invented by the West.", "RUS",
		 "RUS", OPP, LACKS},
		{"The Ukrainian minister said the invasion anniversary would be marked.", NULL, NULL,
		 OPP, NONE},
		{"A Polish farmer said the Russian aggression had ruined his business.", "POL", "RUS",
		 OPP, LACKS},
		{"Greece thanked France for its hospitality.", "GRC", "FRA", SUP, LACKS},
		{"Kenya thanked Uganda for the dinner.", NULL, NULL, SUP, NONE},
		{"Ghana thanked Togo for its support.", "TGO", "GHA", SUP, HAS},
		{"Ghana thanked Togo for its support.", "GHA", "TGO", SUP, HAS},
		{"Armenia expressed gratitude for the hospitality of the hosts.", NULL, NULL, SUP,
		 NONE},
		{"The Chinese occupation of the town ended in 1945, the Japanese historian said.",
		 "JPN", "CHN", OPP, LACKS},
	};
	CHECK_INT(lab_failures(ROWS(r)), 0);
}
