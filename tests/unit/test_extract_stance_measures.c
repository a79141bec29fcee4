/*
 * test_extract_stance_measures.c - stances told by judging a deed after
 * it ("Y held drills, a move X condemned"), by backing or weighing
 * measures against a state ("X endorsed the arms embargo on Y"), by
 * backing another state's standpoint named with a demonym ("X supports
 * the Yn position"), by criticising a pact named with its parties, by
 * not recognising a state, by naming a drill a rehearsal of war, and by
 * praise ("lauded the Yn government for its support"); and "the North"
 * of Korean reporting.  Every sentence was written for these tests.
 *
 * Each table row is checked on its own, and every failing row is printed,
 * so that a run tells how many sentences fail, not only the first.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

#define ROWS(r) (r), sizeof(r) / sizeof((r)[0])

/* ", a move (decision, step) (that) X condemned", ", a move criticised by
 * X", ", which X denounced": X opposes the subject of the clause before
 * the comma (stance.move_condemned). */
TEST(extract_stance_measures__move_condemned)
{
	static const struct stance_row r[] = {
		{"Kenya tested a rocket on Friday, a move condemned by Uganda.", "UGA", "KEN", OPP,
		 ROW_ONLY},
		{"Chile held naval drills near the coast, which Peru condemned.", "PER", "CHL", OPP,
		 ROW_ONLY},
		{"Chile moved troops to the border, a step that Peru strongly criticised as reckless.",
		 "PER", "CHL", OPP, ROW_ONLY},
		{"Chile moved troops to the border, which the United States sharply criticised.",
		 "USA", "CHL", OPP, ROW_ONLY},
		/* a demonym opening the sentence; a demonym before a title */
		{"Chilean marines began manoeuvres near the border, a move criticised by Peruvian "
		 "President Juan Perez.",
		 "PER", "CHL", OPP, ROW_ONLY},
		/* negated, or praised: no stance */
		{"Chile moved troops to the border, a move Peru has not condemned.", NULL, NULL, OPP,
		 ROW_NONE},
		{"Chile moved troops to the border, which Peru did not criticise.", NULL, NULL, OPP,
		 ROW_NONE},
		{"Chile moved troops to the border, a move welcomed by Peru.", "PER", "CHL", OPP,
		 ROW_LACKS},
		/* "which" after a noun that ends no clause of a deed */
		{"Chile bought a frigate, which Peru later bought too.", "PER", "CHL", OPP,
		 ROW_LACKS},
	};
	CHECK_INT(stance_row_failures("move_condemned", ROWS(r)), 0);
}

/* "X endorsed (backs, is weighing, threatened) (an extension of) the (UN)
 * arms embargo (sanctions) on Y": X opposes Y, and backing sanctions on Y
 * is no support of Y (stance.sanctions_backed). */
TEST(extract_stance_measures__sanctions_backed)
{
	static const struct stance_row r[] = {
		{"Kenya endorsed an extension of a United Nations arms embargo on Sudan.", "KEN",
		 "SDN", OPP, ROW_ONLY},
		{"Ghana supported the extension of the arms embargo on Mali.", "GHA", "MLI", OPP,
		 ROW_ONLY},
		{"Norway backs sanctions on Belarus.", "NOR", "BLR", OPP, ROW_ONLY},
		{"Canada is exploring more sanctions on Syria.", "CAN", "SYR", OPP, ROW_ONLY},
		{"Canada is weighing sanctions against Syria.", "CAN", "SYR", OPP, ROW_ONLY},
		/* a small bloc's members, as subject */
		{"The Gulf Cooperation Council, a bloc of six states, on Monday endorsed the arms "
		 "embargo on Yemen.",
		 "OMN", "YEM", OPP, ROW_HAS},
		/* negated, an infinitive after a blocking verb, another's
		 * embargo: no opposition of the embargoed state by the speaker */
		{"Norway did not back new sanctions against Belarus.", NULL, NULL, OPP, ROW_NONE},
		{"Russia vetoed a bid to extend the embargo on Syria.", "RUS", "SYR", OPP,
		 ROW_LACKS},
		{"Norway backed Sweden's embargo on Belarus.", "NOR", "BLR", OPP, ROW_LACKS},
	};
	CHECK_INT(stance_row_failures("sanctions_backed", ROWS(r)), 0);
}

/* "X supports (backs) the Yn position (stance, claims)": X backs Y; "the
 * Yn people" is no standpoint (stance.verb with a demonym). */
TEST(extract_stance_measures__demonym_position)
{
	static const struct stance_row r[] = {
		{"It should be said that Italy supports the Maltese position.", "ITA", "MLT", SUP,
		 ROW_ONLY},
		{"Serbia backs the Hungarian stance on the pipeline.", "SRB", "HUN", SUP, ROW_ONLY},
		{"Italy supports the Maltese people.", NULL, NULL, SUP, ROW_NONE},
	};
	CHECK_INT(stance_row_failures("demonym_position", ROWS(r)), 0);
}

/* "X criticised the agreement (pact) between A and B": X opposes A and
 * B (stance.condemned_pact). */
TEST(extract_stance_measures__pact_between)
{
	static const struct stance_row r[] = {
		{"Iran criticised the agreement between Oman and Qatar which was signed on Monday.",
		 "IRN", "OMN", OPP, ROW_HAS},
		{"Iran criticised the agreement between Oman and Qatar which was signed on Monday.",
		 "IRN", "QAT", OPP, ROW_HAS},
		{"Iran welcomed the agreement between Oman and Qatar.", "IRN", "QAT", OPP,
		 ROW_LACKS},
	};
	CHECK_INT(stance_row_failures("pact_between", ROWS(r)), 0);
}

/* "X has not (officially) recognized Y's independence": X opposes Y; the
 * passive "has not been recognized by X" names no such actor first
 * (stance.no_recognition). */
TEST(extract_stance_measures__not_recognized)
{
	static const struct stance_row r[] = {
		{"Cyprus has not officially recognized Kosovo's independence.", "CYP", "XKX", OPP,
		 ROW_ONLY},
		{"Cyprus never recognised Kosovo.", "CYP", "XKX", OPP, ROW_ONLY},
		{"Kosovo's independence has not been recognized by Cyprus.", "XKX", "CYP", OPP,
		 ROW_LACKS},
	};
	CHECK_INT(stance_row_failures("not_recognized", ROWS(r)), 0);
}

/* "X refused to recognise the Taliban government of Y", "does not
 * recognise the military government of Y": the state whose government is
 * not recognised is opposed (stop 56). */
TEST(extract_stance_measures__government_not_recognized)
{
	static const struct stance_row r[] = {
		{"Kenya refused to recognise the Taliban government of Chad.", "KEN", "TCD", OPP,
		 ROW_ONLY},
		{"Kenya does not recognise the military government of Chad.", "KEN", "TCD", OPP,
		 ROW_ONLY},
		{"Kenya refused to recognise the government's decision on Chad.", NULL, NULL, OPP,
		 ROW_NONE},
	};
	CHECK_INT(stance_row_failures("government_not_recognized", ROWS(r)), 0);
}

/* "X called the A-B drills a rehearsal for invasion (an \"expression of
 * their will to provoke war\")": a name of war given to a drill named
 * with its parties opposes each of them (stance.judged_drill). */
TEST(extract_stance_measures__drill_named_war)
{
	static const struct stance_row r[] = {
		{"Eritrea called the Ethiopia-Djibouti drills a rehearsal for invasion.", "ERI",
		 "ETH", OPP, ROW_HAS},
		{"Eritrea called Ethiopia-Djibouti military exercises an \"open expression of their "
		 "will to start a war\".",
		 "ERI", "DJI", OPP, ROW_HAS},
		{"Eritrea called the Ethiopia-Djibouti drills a routine event.", NULL, NULL, OPP,
		 ROW_NONE},
	};
	CHECK_INT(stance_row_failures("drill_named_war", ROWS(r)), 0);
}

/* "X praised (lauded, commended) the Yn government": the body is Y;
 * "... Y for its help (support)": Y backs X and X backs Y, as "praised Y's
 * support"; "... Y for standing by X": X backs Y (stance.praised_for,
 * stance.welcomed_support, stance.gratitude). */
TEST(extract_stance_measures__praise)
{
	static const struct stance_row r[] = {
		{"Ghana praised the Chinese government.", "GHA", "CHN", SUP, ROW_ONLY},
		{"Ghana commended the Chinese government for its support.", "GHA", "CHN", SUP,
		 ROW_HAS},
		{"Ghana commended the Chinese government for its support.", "CHN", "GHA", SUP,
		 ROW_HAS},
		{"Ghana lauded China for its help.", "CHN", "GHA", SUP, ROW_HAS},
		{"Ghana hailed China for standing by Ghana.", "GHA", "CHN", SUP, ROW_ONLY},
		{"Ghana did not praise China for its help.", NULL, NULL, SUP, ROW_NONE},
	};
	CHECK_INT(stance_row_failures("praise", ROWS(r)), 0);
}

/* In a document that names North Korea, "the North" is it, and "the
 * South" South Korea when both are named; not "the North Atlantic" or
 * "the South China Sea". */
TEST(extract_stance_measures__korean_short_names)
{
	static const struct stance_row r[] = {
		{"North Korea fired missiles on Monday. Seoul strongly condemned the North's "
		 "missile development.",
		 "KOR", "PRK", OPP, ROW_ONLY},
		{"South Korea and North Korea held talks. The South condemned the North.", "KOR",
		 "PRK", OPP, ROW_ONLY},
		{"Seoul condemned the North.", NULL, NULL, OPP, ROW_NONE},
		{"North Korea fired missiles. Japan condemned the North Atlantic allies.", "JPN",
		 "PRK", OPP, ROW_LACKS},
	};
	CHECK_INT(stance_row_failures("korean_short_names", ROWS(r)), 0);
}

/* Many uses of "the North" in a long document: each added mention may move
 * the list of mentions, so the codes, not the mentions, are kept (under
 * AddressSanitizer a kept mention was read after it moved). */
TEST(extract_stance_measures__korean_short_names_in_a_long_document)
{
	char *text = malloc(40000);
	size_t n = 0, i;
	ent_fact_list *l;
	CHECK(text != NULL);
	if (!text)
		return;
	n += (size_t)sprintf(text + n, "North Korea fired missiles on Monday. ");
	for (i = 0; i < 130; i++)
		n += (size_t)sprintf(text + n, "Peru and Chile met. ");
	for (i = 0; i < 400; i++)
		n += (size_t)sprintf(text + n, "Japan condemned the North. ");
	l = run(text, NULL);
	CHECK(l && has_stance(l, "JPN", "PRK", OPP));
	ent_fact_list_free(l);
	free(text);
}

/* "Y has a (the, every) right to (be able to) defend itself" in a
 * speaker's words: the speaker's state backs Y; none without a speaker,
 * none negated (stance.right_to_defend). */
TEST(extract_stance_measures__right_to_defend)
{
	static const struct stance_row r[] = {
		{"\"Chad has a right to be able to defend itself against this,\" the Kenyan defence "
		 "secretary said.",
		 "KEN", "TCD", SUP, ROW_ONLY},
		{"Kenya said Chad has the right to defend itself.", "KEN", "TCD", SUP, ROW_ONLY},
		{"The Ghanaian president said Mali has every right to defend itself.", "GHA", "MLI",
		 SUP, ROW_ONLY},
		{"Kenya said Chad has no right to defend itself.", "KEN", "TCD", SUP, ROW_LACKS},
		{"Chad has the right to defend itself.", NULL, NULL, SUP, ROW_NONE},
		/* a speaker who "emphasised (stressed)", the right quoted
		 * (stop 61) */
		{"In a statement, Kenya's president emphasised that Chad \"has the right to "
		 "defend itself against terror\" and said talks were a priority.",
		 "KEN", "TCD", SUP, ROW_ONLY},
	};
	CHECK_INT(stance_row_failures("right_to_defend", ROWS(r)), 0);
}

/* "X said it was Y's right to disarm (respond to) ...": the speaker backs
 * the owner of the right; a relative clause's passive reading (", which
 * are widely seen as ...") does not make the sentence a reading of its act
 * (stop 56). */
TEST(extract_stance_measures__its_right)
{
	static const struct stance_row r[] = {
		{"Kenya said it was Chad's right to disarm the rebels.", "KEN", "TCD", SUP,
		 ROW_ONLY},
		{"Kenya said Chad's legitimate right to respond is not in doubt.", "KEN", "TCD",
		 SUP, ROW_ONLY},
		{"Kenya said it was Chad's right to disarm the rebels, but that operations, which "
		 "are widely seen as leading toward occupation, would fail.",
		 "KEN", "TCD", SUP, ROW_ONLY},
		{"Kenya said it was not Chad's right to respond.", "KEN", "TCD", SUP, ROW_LACKS},
		{"Kenya denied Chad's right to respond.", "KEN", "TCD", SUP, ROW_LACKS},
	};
	CHECK_INT(stance_row_failures("its_right", ROWS(r)), 0);
}

/* A noun of support in quote marks: "X's \"invariable support\" for Y",
 * "X expressed its \"full support\" for Y" (stance.noun). */
TEST(extract_stance_measures__quoted_support)
{
	static const struct stance_row r[] = {
		{"The leader reaffirmed Kenya's \"invariable support\" for Chad's war.", "KEN",
		 "TCD", SUP, ROW_ONLY},
		{"Kenya expressed its \"full support\" for Chad.", "KEN", "TCD", SUP, ROW_ONLY},
	};
	CHECK_INT(stance_row_failures("quoted_support", ROWS(r)), 0);
}

/* "X reaffirmed its commitment to supporting (helping) Y", "... to
 * supporting the reconstruction of Y": X backs Y (stance.committed_to). */
TEST(extract_stance_measures__commitment_to_supporting)
{
	static const struct stance_row r[] = {
		{"Ghana reaffirmed its commitment to supporting the reconstruction of Mali.", "GHA",
		 "MLI", SUP, ROW_ONLY},
		{"The minister reaffirmed Ghana's commitment to supporting Mali.", "GHA", "MLI", SUP,
		 ROW_ONLY},
		{"Ghana reaffirmed its commitment to helping Mali.", "GHA", "MLI", SUP, ROW_ONLY},
		{"Ghana did not reaffirm its commitment to helping Mali.", NULL, NULL, SUP, ROW_NONE},
	};
	CHECK_INT(stance_row_failures("commitment_to_supporting", ROWS(r)), 0);
}

/* "The (defence) minister" opening a sentence with no state is the
 * person told before ("Y's Defence Minister Z received ... The defence
 * minister lauded X"), as "he" is; "The (foreign) ministry" the state
 * that opens the sentence before; with none told, no stance. */
TEST(extract_stance_measures__titled_subject)
{
	static const struct stance_row r[] = {
		{"Ghana's Defence Minister Kwame Mensah received the donation. The defence minister "
		 "lauded the Chinese government for standing by Ghana.",
		 "GHA", "CHN", SUP, ROW_ONLY},
		{"Ghanaian Defence Minister Kwame Mensah received the donation. The minister "
		 "praised China.",
		 "GHA", "CHN", SUP, ROW_ONLY},
		{"The minister praised China.", NULL, NULL, SUP, ROW_NONE},
		/* a body: the state that opens the sentence before */
		{"Japan summoned the ambassador on Monday. The foreign ministry condemned China.",
		 "JPN", "CHN", OPP, ROW_ONLY},
		{"Japan summoned the ambassador on Monday. The ministry also criticised China.",
		 "JPN", "CHN", OPP, ROW_ONLY},
		{"The ministry condemned China.", NULL, NULL, OPP, ROW_NONE},
	};
	CHECK_INT(stance_row_failures("titled_subject", ROWS(r)), 0);
}

/* "drew a swift rebuke from X": "rebuke" after a determiner is a noun, so
 * the one rebuked is not read as rebuking X; the noun voiced ("issued a
 * sharp rebuke to Y") opposes Y (stop 56). */
TEST(extract_stance_measures__a_rebuke_as_a_noun)
{
	static const struct stance_row r[] = {
		{"Kenya's comments drew a swift rebuke from Chad.", "TCD", "KEN", OPP, ROW_ONLY},
		{"Chad issued a sharp rebuke to Kenya.", "TCD", "KEN", OPP, ROW_ONLY},
		{"Chad rebuked Kenya.", "TCD", "KEN", OPP, ROW_ONLY},
	};
	CHECK_INT(stance_row_failures("a_rebuke_as_a_noun", ROWS(r)), 0);
}

/* "X slammed Western powers that have voiced support for Y": the relative
 * clause's subject is its noun, no state, so X takes no stance toward Y;
 * "X is among (one of) the states that backed Y" still names X (stop 56). */
TEST(extract_stance_measures__a_relative_clause_of_no_state)
{
	static const struct stance_row r[] = {
		{"Kenya slammed Western powers that have voiced support for Chad's retaliation.",
		 NULL, NULL, SUP, ROW_NONE},
		{"Kenya criticised groups that condemned Chad.", "KEN", "TCD", OPP, ROW_LACKS},
		{"Kenya is among the states that backed Chad.", "KEN", "TCD", SUP, ROW_ONLY},
		{"Kenya was one of the countries that condemned Chad.", "KEN", "TCD", OPP,
		 ROW_ONLY},
		{"Kenya, which has voiced support for Chad, sent aid.", "KEN", "TCD", SUP,
		 ROW_ONLY},
	};
	CHECK_INT(stance_row_failures("a_relative_clause_of_no_state", ROWS(r)), 0);
}

/* "pledged to continue supporting Y": "supporting" after "continue
 * (keep)" is a verb of support, not a modifier (stop 56). */
TEST(extract_stance_measures__continue_supporting)
{
	static const struct stance_row r[] = {
		{"Kenya pledged to continue supporting Chad.", "KEN", "TCD", SUP, ROW_ONLY},
		{"Kenya will keep supporting Chad.", "KEN", "TCD", SUP, ROW_ONLY},
		{"Kenya said it would not keep supporting Chad.", "KEN", "TCD", SUP, ROW_LACKS},
	};
	CHECK_INT(stance_row_failures("continue_supporting", ROWS(r)), 0);
}

/* "issued statements expressing their support anew for the Philippines":
 * "anew" or "again" between the noun of support and "for" (stop 67). */
TEST(extract_stance_measures__support_anew_for)
{
	CHECK(stance_has("Canada expressed its support anew for the Netherlands.", "CAN", "NLD",
			 ENT_POLARITY_SUPPORT));
	CHECK(stance_has("Chile and Japan expressed their support again for the Netherlands.",
			 "JPN", "NLD", ENT_POLARITY_SUPPORT));
}
