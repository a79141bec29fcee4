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

#define ROWS(w, r) (w), (r), sizeof(r) / sizeof((r)[0])

/* Arms sales, exports or deliveries to Y blocked, banned, stopped; the
 * sale of goods to Y refused. */
TEST(extract_stance_deeds__arms_withheld)
{
	static const struct stance_row r[] = {
		{"Germany blocked arms sales to Riyadh after the murder.", "DEU", "SAU", OPP, ROW_ONLY},
		{"The Netherlands banned arms deliveries to Israel in February.", "NLD", "ISR", OPP,
		 ROW_ONLY},
		{"Norway froze weapons exports to Turkey in 2019.", "NOR", "TUR", OPP, ROW_ONLY},
		{"Spain has embargoed arms sales to Israel.", "ESP", "ISR", OPP, ROW_ONLY},
		{"Canada stopped arms exports to Saudi Arabia after the killing.", "CAN", "SAU", OPP,
		 ROW_ONLY},
		{"Denmark is blocking arms deliveries to Ankara.", "DNK", "TUR", OPP, ROW_ONLY},
		{"Belgium's government banned weapons shipments to Israel.", "BEL", "ISR", OPP, ROW_ONLY},
		{"Austria blocked further arms sales to Turkey.", "AUT", "TUR", OPP, ROW_ONLY},
		{"Italy has blocked the sale of drones to Egypt.", "ITA", "EGY", OPP, ROW_HAS},
		{"Finland banned the export of arms to Turkey in October.", "FIN", "TUR", OPP, ROW_HAS},
		{"Germany refuses to export the engines to China.", "DEU", "CHN", OPP, ROW_ONLY},
		{"France refused to sell the frigates to Moscow.", "FRA", "RUS", OPP, ROW_ONLY},
		{"Washington refused to sell F-35 jets to Ankara.", "USA", "TUR", OPP, ROW_HAS},
		{"Britain refused to supply spare parts to Argentina.", "GBR", "ARG", OPP, ROW_ONLY},
		{"Seoul has refused to sell the tanks to Turkey.", "KOR", "TUR", OPP, ROW_HAS},
		{"Israel refused to supply Kyiv with air defence systems.", "ISR", "UKR", OPP, ROW_HAS},
		{"Berlin refused to deliver the submarines to Ankara.", "DEU", "TUR", OPP, ROW_HAS},
		/* the noun, and each state of the subject */
		{"Austria and Belgium maintained their refusal to provide arms to Turkey.", "AUT",
		 "TUR", OPP, ROW_HAS},
		{"Austria and Belgium maintained their refusal to provide arms to Turkey.", "BEL",
		 "TUR", OPP, ROW_HAS},
	};
	CHECK_INT(stance_row_failures(ROWS("withheld", r)), 0);
}

/* Punitive or retaliatory measures or steps against Y. */
TEST(extract_stance_deeds__punitive_measures)
{
	static const struct stance_row r[] = {
		{"India announced punitive steps against Pakistan.", "IND", "PAK", OPP, ROW_ONLY},
		{"China imposed retaliatory measures against Lithuania.", "CHN", "LTU", OPP, ROW_ONLY},
		{"Russia adopted retaliatory steps against Finland.", "RUS", "FIN", OPP, ROW_ONLY},
		{"Ankara unveiled punitive measures against Paris on Monday.", "TUR", "FRA", OPP, ROW_ONLY},
		{"Beijing vowed retaliatory measures against Canberra.", "CHN", "AUS", OPP, ROW_ONLY},
		{"Pakistan announced a series of punitive measures against India.", "PAK", "IND", OPP,
		 ROW_ONLY},
	};
	CHECK_INT(stance_row_failures(ROWS("measures", r)), 0);
}

/* "X alleged/claimed that Y was violating / had attacked ...". */
TEST(extract_stance_deeds__allegations)
{
	static const struct stance_row r[] = {
		{"India alleged that China had carried out provocative military movements.", "IND",
		 "CHN", OPP, ROW_ONLY},
		{"Greece claimed that Turkey was violating its airspace.", "GRC", "TUR", OPP, ROW_ONLY},
		{"Armenia alleged that Azerbaijan had attacked its border posts.", "ARM", "AZE", OPP,
		 ROW_ONLY},
		{"Kyrgyzstan alleged that Tajikistan had shelled its villages.", "KGZ", "TJK", OPP,
		 ROW_ONLY},
		{"Guyana claimed that Venezuela was violating its sovereignty.", "GUY", "VEN", OPP,
		 ROW_ONLY},
		{"Cambodia alleged that Thai troops had attacked its soldiers.", "KHM", "THA", OPP,
		 ROW_ONLY},
	};
	CHECK_INT(stance_row_failures(ROWS("allegations", r)), 0);
}

/* A hostile label on Y's act: provocation, act of war, hostile act,
 * violation of international law / sovereignty / the UN Charter. */
TEST(extract_stance_deeds__labels)
{
	static const struct stance_row r[] = {
		{"Venezuela called the US exercise an unfortunate provocation.", "VEN", "USA", OPP,
		 ROW_ONLY},
		{"Ankara described the Greek deployment as a provocation.", "TUR", "GRC", OPP, ROW_ONLY},
		{"Islamabad, calling the Indian move an act of war, closed its airspace.", "PAK", "IND",
		 OPP, ROW_ONLY},
		{"Azerbaijan's armed incursions against Armenia violate the UN Charter, the French "
		 "minister said.",
		 "FRA", "AZE", OPP, ROW_HAS},
		{"Tehran called the American strike a hostile act.", "IRN", "USA", OPP, ROW_ONLY},
		{"Beijing described the Japanese move as a violation of international law.", "CHN",
		 "JPN", OPP, ROW_ONLY},
		{"Moscow called the Estonian decision a hostile act.", "RUS", "EST", OPP, ROW_ONLY},
		{"China called the exercise by Japan a provocation.", "CHN", "JPN", OPP, ROW_ONLY},
		{"Caracas described the British deployment as a hostile act.", "VEN", "GBR", OPP,
		 ROW_ONLY},
		{"Tokyo described the Chinese incursions as a violation of its sovereignty.", "JPN",
		 "CHN", OPP, ROW_ONLY},
		{"Turkey's drilling near Cyprus is a violation of international law, the Greek foreign "
		 "minister said.",
		 "GRC", "TUR", OPP, ROW_HAS},
		{"The Serbian president called the Croatian exercise a provocation.", "SRB", "HRV", OPP,
		 ROW_ONLY},
		{"Athens called Turkey's survey an act of war.", "GRC", "TUR", OPP, ROW_ONLY},
		/* "an unfriendly move"; a transfer as the deed, its goods and
		 * buyer before the label */
		{"Moscow called the Estonian decision an unfriendly move.", "RUS", "EST", OPP,
		 ROW_ONLY},
		{"Kenya's president called Ghana's supply of weapons to adversary Togo as an "
		 "\"unfriendly move\".",
		 "KEN", "GHA", OPP, ROW_HAS},
		{"Kenya called Ghana's supply of weapons to Togo a welcome step.", "KEN", "GHA", OPP,
		 ROW_NONE},
	};
	CHECK_INT(stance_row_failures(ROWS("labels", r)), 0);
}

/* A ban lifted: "X lifted (revoked) its ban on arms sales to Y (the
 * country)", "the arms embargo on Y": X backs Y (stop 43). */
TEST(extract_stance_deeds__ban_lifted)
{
	static const struct stance_row r[] = {
		{"The United States lifted its embargo on arms sales to Vietnam.", "USA", "VNM", SUP,
		 ROW_HAS},
		{"Peru lifted its arms embargo on Chile.", "PER", "CHL", SUP, ROW_ONLY},
		{"Chile's army got a boost after Peru revoked a 41-year-old ban on arms sales to "
		 "the country.",
		 "PER", "CHL", SUP, ROW_ONLY},
		{"Peru did not lift its arms embargo on Chile.", NULL, NULL, SUP, ROW_NONE},
		{"Peru lifted its ban on imports of Chilean wine.", NULL, NULL, SUP, ROW_NONE},
		{"Peru lifted its arms embargo on Chile's army.", NULL, NULL, SUP, ROW_NONE},
	};
	CHECK_INT(stance_row_failures(ROWS("lifted", r)), 0);
}

/* Controls: negated, lifted, denied, another's claim, no state, one's own
 * state, a road blocked, a comment refused. */
TEST(extract_stance_deeds__controls)
{
	static const struct stance_row r[] = {
		{"Germany did not block arms sales to Riyadh.", "DEU", "SAU", OPP, ROW_LACKS},
		{"Germany lifted the ban on arms sales to Riyadh.", "DEU", "SAU", OPP, ROW_LACKS},
		{"The United States lifted its embargo on arms sales to Vietnam.", "USA", "VNM", OPP,
		 ROW_LACKS},
		{"Canada resumed arms exports to Turkey.", NULL, NULL, OPP, ROW_NONE},
		{"Protesters blocked the road to the Turkish embassy.", NULL, NULL, OPP, ROW_NONE},
		{"Police blocked the road to the border with Poland.", NULL, NULL, OPP, ROW_NONE},
		{"Germany refused to comment on arms sales to Riyadh.", "DEU", "SAU", OPP, ROW_LACKS},
		{"Egypt blocked arms smuggling to Gaza.", NULL, NULL, OPP, ROW_NONE},
		{"Germany never refused to sell the tanks to Poland.", "DEU", "POL", OPP, ROW_LACKS},
		{"Germany refused to buy tanks from France.", "DEU", "FRA", OPP, ROW_LACKS},
		{"India announced punitive steps against tax evaders.", NULL, NULL, OPP, ROW_NONE},
		{"India announced measures against inflation.", NULL, NULL, OPP, ROW_NONE},
		{"Pakistan ruled out punitive measures against India.", "PAK", "IND", OPP, ROW_LACKS},
		{"India alleged that Pakistan had not violated the ceasefire.", "IND", "PAK", OPP,
		 ROW_LACKS},
		{"China rejected the claim that India had attacked its troops.", "CHN", "IND", OPP,
		 ROW_LACKS},
		{"India refused to comment on claims that China had attacked its troops.", "IND",
		 "CHN", OPP, ROW_LACKS},
		{"Beijing said Manila alleged that Vietnam had violated the reef accord.", "CHN", "VNM",
		 OPP, ROW_LACKS},
		{"Japan alleged that the typhoon had damaged its bases.", NULL, NULL, OPP, ROW_NONE},
		{"China denied any provocation at the border.", NULL, NULL, OPP, ROW_NONE},
		{"The Indian minister said the strike was not an act of war.", NULL, NULL, OPP, ROW_NONE},
		{"Venezuela called the US exercise a routine event.", "VEN", "USA", OPP, ROW_LACKS},
		{"Ankara described the Greek deployment as a response to the fires.", "TUR", "GRC", OPP,
		 ROW_LACKS},
		{"The analyst called the Indian move an act of war.", NULL, NULL, OPP, ROW_NONE},
		{"Islamabad called the Pakistani deployment a hostile act by its critics.", "PAK",
		 "PAK", OPP, ROW_LACKS},
		{"The Greek minister said the Greek deployment was no provocation.", "GRC", "GRC", OPP,
		 ROW_LACKS},
		{"Critics said the deployment violates the UN Charter.", NULL, NULL, OPP, ROW_NONE},
		{"China said that Lithuania's decision was not a provocation.", "CHN", "LTU", OPP,
		 ROW_LACKS},
		{"Farmers blocked arms deliveries to the port.", NULL, NULL, OPP, ROW_NONE},
	};
	CHECK_INT(stance_row_failures(ROWS("controls", r)), 0);
}

/* Foreign troops expelled ("expelled French troops") as diplomats are;
 * taking the side of listed states backs each; the subject before a
 * relative clause ("X's military regime, which took power in a coup,
 * expelled ...") and the subject of a first clause ("X rejects ... and
 * has also taken the side of ...") speak, not a state inside the clause. */
TEST(extract_stance_deeds__troops_expelled_and_sides_taken)
{
	static const struct stance_row r[] = {
		{"Mali expelled French troops last year.", "MLI", "FRA", OPP, ROW_ONLY},
		{"Chad's junta, which seized power in 2021, expelled French forces.", "TCD", "FRA",
		 OPP, ROW_ONLY},
		{"Spain has taken the side of Morocco, Mauritania and Senegal in the dispute.", "ESP",
		 "MAR", SUP, ROW_HAS},
		{"Spain has taken the side of Morocco, Mauritania and Senegal in the dispute.", "ESP",
		 "SEN", SUP, ROW_HAS},
		{"Spain rejects the arming of Libyan militias by Russia and has also taken the side "
		 "of Morocco in the dispute.",
		 "ESP", "MAR", SUP, ROW_HAS},
		{"Spain rejects the arming of Libyan militias by Russia and has also taken the side "
		 "of Morocco in the dispute.",
		 "LBY", "MAR", SUP, ROW_LACKS},
		/* controls */
		{"Mali expelled French journalists last year.", NULL, NULL, OPP, ROW_NONE},
		{"Spain has not taken the side of Morocco.", NULL, NULL, SUP, ROW_NONE},
	};
	CHECK_INT(stance_row_failures(ROWS("troops and sides", r)), 0);
}
