/*
 * test_extract_stance_deeds.c - opposition stated by a state's deeds and
 * by the labels it puts on another state's acts: arms sales blocked or
 * refused ("X blocked arms sales to Y", "X refused to sell the jets to
 * Y"), punitive or retaliatory measures ("X announced punitive steps
 * against Y"), allegations ("X alleged that Y had attacked ..."), and a
 * hostile label on Y's act ("X called the Yn exercise a provocation", "X
 * described Y's move as an act of war", "Y's incursions violate the UN
 * Charter, the Xn minister said").  Every sentence was written for these
 * tests.
 *
 * Each table row is checked on its own, and every failing row is printed,
 * so that a run tells how many sentences fail, not only the first.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

enum { HAS, ONLY, NONE, LACKS };

/* a text and what it must (or must not) give */
struct deed_row {
	const char *text;
	const char *actor, *target;
	ent_polarity pol;
	int kind; /* HAS: this stance among others; ONLY: this one alone;
		     NONE: no stance at all; LACKS: not this stance */
};

static int deed_failures(const char *what, const struct deed_row *r, size_t n)
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
			fprintf(stderr, "    %s (%s): %s %s %s: %s\n", what, kn[r[i].kind],
				r[i].actor ? r[i].actor : "", r[i].target ? r[i].target : "",
				r[i].pol == SUP ? "support" : "oppose", r[i].text);
			bad++;
		}
	}
	return bad;
}

#define ROWS(w, r) (w), (r), sizeof(r) / sizeof((r)[0])

/* Arms sales, exports or deliveries to Y blocked, banned, stopped; the
 * sale of goods to Y refused. */
TEST(extract_stance_deeds__arms_withheld)
{
	static const struct deed_row r[] = {
		{"Germany blocked arms sales to Riyadh after the murder.", "DEU", "SAU", OPP, ONLY},
		{"The Netherlands banned arms deliveries to Israel in February.", "NLD", "ISR", OPP,
		 ONLY},
		{"Norway froze weapons exports to Turkey in 2019.", "NOR", "TUR", OPP, ONLY},
		{"Spain has embargoed arms sales to Israel.", "ESP", "ISR", OPP, ONLY},
		{"Canada stopped arms exports to Saudi Arabia after the killing.", "CAN", "SAU", OPP,
		 ONLY},
		{"Denmark is blocking arms deliveries to Ankara.", "DNK", "TUR", OPP, ONLY},
		{"Belgium's government banned weapons shipments to Israel.", "BEL", "ISR", OPP, ONLY},
		{"Austria blocked further arms sales to Turkey.", "AUT", "TUR", OPP, ONLY},
		{"Italy has blocked the sale of drones to Egypt.", "ITA", "EGY", OPP, HAS},
		{"Finland banned the export of arms to Turkey in October.", "FIN", "TUR", OPP, HAS},
		{"Germany refuses to export the engines to China.", "DEU", "CHN", OPP, ONLY},
		{"France refused to sell the frigates to Moscow.", "FRA", "RUS", OPP, ONLY},
		{"Washington refused to sell F-35 jets to Ankara.", "USA", "TUR", OPP, HAS},
		{"Britain refused to supply spare parts to Argentina.", "GBR", "ARG", OPP, ONLY},
		{"Seoul has refused to sell the tanks to Turkey.", "KOR", "TUR", OPP, HAS},
		{"Israel refused to supply Kyiv with air defence systems.", "ISR", "UKR", OPP, HAS},
		{"Berlin refused to deliver the submarines to Ankara.", "DEU", "TUR", OPP, HAS},
	};
	CHECK_INT(deed_failures(ROWS("withheld", r)), 0);
}

/* Punitive or retaliatory measures or steps against Y. */
TEST(extract_stance_deeds__punitive_measures)
{
	static const struct deed_row r[] = {
		{"India announced punitive steps against Pakistan.", "IND", "PAK", OPP, ONLY},
		{"China imposed retaliatory measures against Lithuania.", "CHN", "LTU", OPP, ONLY},
		{"Russia adopted retaliatory steps against Finland.", "RUS", "FIN", OPP, ONLY},
		{"Ankara unveiled punitive measures against Paris on Monday.", "TUR", "FRA", OPP, ONLY},
		{"Beijing vowed retaliatory measures against Canberra.", "CHN", "AUS", OPP, ONLY},
		{"Pakistan announced a series of punitive measures against India.", "PAK", "IND", OPP,
		 ONLY},
	};
	CHECK_INT(deed_failures(ROWS("measures", r)), 0);
}

/* "X alleged/claimed that Y was violating / had attacked ...". */
TEST(extract_stance_deeds__allegations)
{
	static const struct deed_row r[] = {
		{"India alleged that China had carried out provocative military movements.", "IND",
		 "CHN", OPP, ONLY},
		{"Greece claimed that Turkey was violating its airspace.", "GRC", "TUR", OPP, ONLY},
		{"Armenia alleged that Azerbaijan had attacked its border posts.", "ARM", "AZE", OPP,
		 ONLY},
		{"Kyrgyzstan alleged that Tajikistan had shelled its villages.", "KGZ", "TJK", OPP,
		 ONLY},
		{"Guyana claimed that Venezuela was violating its sovereignty.", "GUY", "VEN", OPP,
		 ONLY},
		{"Cambodia alleged that Thai troops had attacked its soldiers.", "KHM", "THA", OPP,
		 ONLY},
	};
	CHECK_INT(deed_failures(ROWS("allegations", r)), 0);
}

/* A hostile label on Y's act: provocation, act of war, hostile act,
 * violation of international law / sovereignty / the UN Charter. */
TEST(extract_stance_deeds__labels)
{
	static const struct deed_row r[] = {
		{"Venezuela called the US exercise an unfortunate provocation.", "VEN", "USA", OPP,
		 ONLY},
		{"Ankara described the Greek deployment as a provocation.", "TUR", "GRC", OPP, ONLY},
		{"Islamabad, calling the Indian move an act of war, closed its airspace.", "PAK", "IND",
		 OPP, ONLY},
		{"Azerbaijan's armed incursions against Armenia violate the UN Charter, the French "
		 "minister said.",
		 "FRA", "AZE", OPP, HAS},
		{"Tehran called the American strike a hostile act.", "IRN", "USA", OPP, ONLY},
		{"Beijing described the Japanese move as a violation of international law.", "CHN",
		 "JPN", OPP, ONLY},
		{"Moscow called the Estonian decision a hostile act.", "RUS", "EST", OPP, ONLY},
		{"China called the exercise by Japan a provocation.", "CHN", "JPN", OPP, ONLY},
		{"Caracas described the British deployment as a hostile act.", "VEN", "GBR", OPP,
		 ONLY},
		{"Tokyo described the Chinese incursions as a violation of its sovereignty.", "JPN",
		 "CHN", OPP, ONLY},
		{"Turkey's drilling near Cyprus is a violation of international law, the Greek foreign "
		 "minister said.",
		 "GRC", "TUR", OPP, HAS},
		{"The Serbian president called the Croatian exercise a provocation.", "SRB", "HRV", OPP,
		 ONLY},
		{"Athens called Turkey's survey an act of war.", "GRC", "TUR", OPP, ONLY},
	};
	CHECK_INT(deed_failures(ROWS("labels", r)), 0);
}

/* Controls: negated, lifted, denied, another's claim, no state, one's own
 * state, a road blocked, a comment refused. */
TEST(extract_stance_deeds__controls)
{
	static const struct deed_row r[] = {
		{"Germany did not block arms sales to Riyadh.", "DEU", "SAU", OPP, LACKS},
		{"Germany lifted the ban on arms sales to Riyadh.", "DEU", "SAU", OPP, LACKS},
		{"The United States lifted its embargo on arms sales to Vietnam.", "USA", "VNM", OPP,
		 LACKS},
		{"Canada resumed arms exports to Turkey.", NULL, NULL, OPP, NONE},
		{"Protesters blocked the road to the Turkish embassy.", NULL, NULL, OPP, NONE},
		{"Police blocked the road to the border with Poland.", NULL, NULL, OPP, NONE},
		{"Germany refused to comment on arms sales to Riyadh.", "DEU", "SAU", OPP, LACKS},
		{"Egypt blocked arms smuggling to Gaza.", NULL, NULL, OPP, NONE},
		{"Germany never refused to sell the tanks to Poland.", "DEU", "POL", OPP, LACKS},
		{"Germany refused to buy tanks from France.", "DEU", "FRA", OPP, LACKS},
		{"India announced punitive steps against tax evaders.", NULL, NULL, OPP, NONE},
		{"India announced measures against inflation.", NULL, NULL, OPP, NONE},
		{"Pakistan ruled out punitive measures against India.", "PAK", "IND", OPP, LACKS},
		{"India alleged that Pakistan had not violated the ceasefire.", "IND", "PAK", OPP,
		 LACKS},
		{"China rejected the claim that India had attacked its troops.", "CHN", "IND", OPP,
		 LACKS},
		{"India refused to comment on claims that China had attacked its troops.", "IND",
		 "CHN", OPP, LACKS},
		{"Beijing said Manila alleged that Vietnam had violated the reef accord.", "CHN", "VNM",
		 OPP, LACKS},
		{"Japan alleged that the typhoon had damaged its bases.", NULL, NULL, OPP, NONE},
		{"China denied any provocation at the border.", NULL, NULL, OPP, NONE},
		{"The Indian minister said the strike was not an act of war.", NULL, NULL, OPP, NONE},
		{"Venezuela called the US exercise a routine event.", "VEN", "USA", OPP, LACKS},
		{"Ankara described the Greek deployment as a response to the fires.", "TUR", "GRC", OPP,
		 LACKS},
		{"The analyst called the Indian move an act of war.", NULL, NULL, OPP, NONE},
		{"Islamabad called the Pakistani deployment a hostile act by its critics.", "PAK",
		 "PAK", OPP, LACKS},
		{"The Greek minister said the Greek deployment was no provocation.", "GRC", "GRC", OPP,
		 LACKS},
		{"Critics said the deployment violates the UN Charter.", NULL, NULL, OPP, NONE},
		{"China said that Lithuania's decision was not a provocation.", "CHN", "LTU", OPP,
		 LACKS},
		{"Farmers blocked arms deliveries to the port.", NULL, NULL, OPP, NONE},
	};
	CHECK_INT(deed_failures(ROWS("controls", r)), 0);
}
