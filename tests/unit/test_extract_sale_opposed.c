/*
 * test_extract_sale_opposed.c - opposition to a sale whose seller goes
 * unnamed ("X opposes the sale of F-16 jets to Y"), calls against a sale
 * ("X urged Z against selling Y jets", "not to supply arms to Y"), appeals
 * to stop ("X made an appeal to Y to stop ..."), and a critic of a drill
 * named after "criticism from the ..." who takes no part in it; who sells
 * when the sale is "any F-35 sale", "U.S. F-35 warplane sales" or "the F-35
 * sale".  Every sentence was written for these tests.
 *
 * Each table row is checked on its own, and every failing row is printed.
 */
#include "extract_harness.h"

#include <stdio.h>

#define OPP ENT_POLARITY_OPPOSE

#define ROWS(r) (r), sizeof(r) / sizeof((r)[0])

/* "X opposes (condemned, objected to) the (planned arms) sale (deliveries)
 * of ... to Y" with no seller named: X opposes Y; a seller named in the
 * phrase, or the maker of a designation there, is the one opposed
 * (stance.object_owner). */
TEST(extract_sale_opposed__unsold_recipient)
{
	static const struct stance_row r[] = {
		{"Chile opposes the sale of patrol boats to Peru.", "CHL", "PER", OPP, ROW_ONLY},
		{"Chile condemned the sale of fighter jets to Peru.", "CHL", "PER", OPP, ROW_ONLY},
		{"Ghana protested against the planned arms sale to Togo.", "GHA", "TGO", OPP,
		 ROW_ONLY},
		{"Chile opposes arms deliveries to Peru.", "CHL", "PER", OPP, ROW_ONLY},
		/* a seller named: not the buyer */
		{"Chile opposes the sale of Brazilian patrol boats to Peru.", "CHL", "PER", OPP,
		 ROW_LACKS},
		{"Chile rejected the sale of arms by Brazil to Peru.", "CHL", "PER", OPP, ROW_LACKS},
		/* a government owned by the actor's possessive speaks for it */
		{"Chile's government opposes the sale of patrol boats to Peru.", "CHL", "PER",
		 OPP, ROW_ONLY},
		/* a designation's maker sells: "the F-35s" are American */
		{"The Chilean government opposes the sale of F-35s to Peru, citing security "
		 "reasons.",
		 "CHL", "USA", OPP, ROW_ONLY},
		/* negated */
		{"Chile does not oppose the sale of patrol boats to Peru.", NULL, NULL, OPP,
		 ROW_NONE},
	};
	CHECK_INT(stance_row_failures("unsold_recipient", ROWS(r)), 0);
}

/* "X urged (called on) Z against selling Y jets", "not to supply arms to
 * Y", "against arming Y": X opposes the buyer Y, not Z the seller it
 * calls on (stance.call_against_sale). */
TEST(extract_sale_opposed__call_against_sale)
{
	static const struct stance_row r[] = {
		{"Chile urged the Brazilian government against selling Peru new frigates.", "CHL",
		 "PER", OPP, ROW_ONLY},
		{"Chile urged Brazil not to sell frigates to Peru.", "CHL", "PER", OPP, ROW_ONLY},
		{"Chile called on Brazil not to supply arms to Peru.", "CHL", "PER", OPP, ROW_ONLY},
		{"Chile urged Brazil against arming Peru.", "CHL", "PER", OPP, ROW_ONLY},
		/* the subject of the clause, not the place visited */
		{"The Chilean president visited the White House while urging the U.S. government "
		 "against selling Peru new frigates.",
		 "CHL", "PER", OPP, ROW_ONLY},
		/* no buyer named */
		{"Chile urged Brazil not to supply arms.", NULL, NULL, OPP, ROW_NONE},
		/* a call to sell is no opposition */
		{"Chile urged Brazil to sell frigates to Peru.", "CHL", "PER", OPP, ROW_LACKS},
	};
	CHECK_INT(stance_row_failures("call_against_sale", ROWS(r)), 0);
}

/* "X appealed (made a direct appeal) to Y to stop ...": a call on Y
 * (stance.call_to_stop), on each of "Y, Z and W", and on Y of "Y and other
 * countries"; an appeal to a body is none. */
TEST(extract_sale_opposed__appeal_to_stop)
{
	static const struct stance_row r[] = {
		{"The president of Chile made a direct appeal to Brazil to stop military aid to "
		 "Peru.",
		 "CHL", "BRA", OPP, ROW_HAS},
		{"Chile appealed to Brazil to halt the shipments.", "CHL", "BRA", OPP, ROW_ONLY},
		/* several callees, and "other countries" */
		{"Chile appealed to Brazil and Peru to halt the shipments.", "CHL", "BRA", OPP,
		 ROW_HAS},
		{"Chile appealed to Brazil and Peru to halt the shipments.", "CHL", "PER", OPP,
		 ROW_HAS},
		{"Chile urged Brazil, Peru and Bolivia to end the drills.", "CHL", "BOL", OPP,
		 ROW_HAS},
		{"Chile appealed to Brazil and other countries to halt the shipments.", "CHL", "BRA",
		 OPP, ROW_ONLY},
		{"Chile appealed to the court to stop the sale.", NULL, NULL, OPP, ROW_NONE},
		{"Chile did not appeal to Brazil to stop the shipments.", NULL, NULL, OPP, ROW_NONE},
	};
	CHECK_INT(stance_row_failures("appeal_to_stop", ROWS(r)), 0);
}

/* "The drills by the United States and Y have drawn criticism from the
 * Kremlin": the critic after "from the" takes no part in the drill. */
static int drill_without_critic(const char *text, const char *a, const char *b)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	int ok = f && takes_part(f, a) && takes_part(f, b) && f->nparticipants == 2;
	if (!ok)
		fprintf(stderr, "    not a drill of %s and %s alone: %s\n", a, b, text);
	ent_fact_list_free(l);
	return ok;
}

TEST(extract_sale_opposed__drill_critic_after_the)
{
	CHECK(drill_without_critic("The joint drills by the United States and Peru have drawn "
				   "sharp criticism from the Kremlin.",
				   "USA", "PER"));
	CHECK(drill_without_critic("The joint drills by Chile and Peru have drawn sharp "
				   "criticism from the Kremlin.",
				   "CHL", "PER"));
}

TEST(extract_sale_opposed__the_subject_of_opposes_sells_nothing)
{
	static const char *const forms[] = {
		"Israel opposes any F-35 sale to the UAE.",
		"Israel Opposes Any F-35 Sale to UAE Despite Warming Ties",
		"Israel would oppose any F-35 sales to the UAE.",
		"Israel would oppose every F-35 sale to the UAE.",
	};
	size_t i;
	for (i = 0; i < sizeof forms / sizeof *forms; i++) {
		expect_not(forms[i], "ISR", "ARE");
		expect_deal(forms[i], 1, "USA", "ARE");
	}
	/* a seller's own sale is still its own */
	expect_deal("Israel approved its drone sale to Azerbaijan.", 1, "ISR", "AZE");
}

TEST(extract_sale_opposed__the_seller_named_before_the_goods_is_opposed)
{
	static const char *const forms[] = {
		"Israel would oppose any U.S. F-35 warplane sales to the United Arab Emirates.",
		"Israel opposes U.S. F-35 sales to the UAE.",
		"China opposes American arms sales to Taiwan.",
		"China opposes the US Harpoon sale.",
		/* the maker of the goods stands for the seller */
		"Israel opposes the F-35 sale to the UAE.",
		"Israel would oppose any F-35 warplane sales to the United Arab Emirates.",
		/* a word of time before the seller */
		"Armenia on Wednesday criticized continuing American arms sales to Azerbaijan.",
		"China opposes the proposed US Harpoon sale.",
	};
	static const char *const actor[] = {"ISR", "ISR", "CHN", "CHN", "ISR", "ISR", "ARM", "CHN"};
	size_t i;
	for (i = 0; i < sizeof forms / sizeof *forms; i++) {
		if (!stance_has(forms[i], actor[i], "USA", OPP))
			fprintf(stderr, "    no stance against USA in: %s\n", forms[i]);
		CHECK(stance_has(forms[i], actor[i], "USA", OPP));
	}
	/* a state after the noun of sale buys: it is no seller */
	CHECK(!stance_has("China opposes arms sales to Taiwan.", "CHN", "USA", OPP));
}

/* "condemned the recent delivery of Turkish drones to Kosovo": one word
 * before the noun of transfer, and a capital for its buyer (stop 42) */
TEST(extract_sale_opposed__the_seller_past_a_word_before_the_noun)
{
	CHECK(stance_has("Serbia condemned the recent delivery of Turkish drones to Kosovo.", "SRB",
			 "TUR", OPP));
	CHECK(stance_has("Serbia condemned the planned sale of French-made jets to Pristina.",
			 "SRB", "FRA", OPP));
	expect_deal("Turkey delivered six drones to Pristina.", 1, "TUR", "XKX");
	/* a capital word is a name, not one before the noun */
	CHECK(!stance_has("Serbia condemned the Bayraktar delivery of Turkish drones to Kosovo.",
			  "SRB", "TUR", OPP));
}
