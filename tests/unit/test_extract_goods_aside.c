/*
 * test_extract_goods_aside.c - goods a sentence names beside the transfer
 * (compared with: "comparable to American F-15E fighter bombers"; banned:
 * "UN bans on ... ballistic missiles work"), and a deal for arms of no
 * stated kind ("signed an arms deal with Russia") that takes the goods of
 * a tie the text states elsewhere.  Every sentence here was written for
 * these tests.
 */
#include "extract_harness.h"

#include <string.h>

/* Does the deal sup -> rec of text hold an item of category cat? */
static int deal_has_category(const char *text, const char *sup, const char *rec,
			     ent_category cat)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? find_deal(l, sup, rec) : NULL;
	size_t i;
	int found = 0;
	for (i = 0; f && i < f->nitems; i++)
		found |= f->items[i].category == cat;
	ent_fact_list_free(l);
	return found;
}

TEST(extract_goods_aside__goods_compared_with_are_no_goods)
{
	static const char *const forms[] = {
		"Russia will sell Sukhoi-30 jets, comparable to American F-15E fighter bombers, to "
		"Iran.",
		"Russia will sell Iran Su-30 jets similar to the American F-15E.",
		"Russia sold Iran Su-30 jets, more agile than the F-15 fighter.",
	};
	size_t i;
	for (i = 0; i < sizeof forms / sizeof *forms; i++) {
		ent_fact_list *l = run(forms[i], NULL);
		const ent_fact *f = l ? find_deal(l, "RUS", "IRN") : NULL;
		CHECK(f != NULL);
		CHECK(l && !find_deal(l, "USA", "IRN") && !find_deal(l, "USA", "RUS"));
		if (f) {
			CHECK_INT(f->nitems, 1);
			CHECK(f->nitems >= 1 && f->items[0].designation &&
			      strcmp(f->items[0].designation, "Su-30") == 0);
		}
		ent_fact_list_free(l);
	}
	/* the goods themselves stay */
	CHECK(deal_has_category("The US sold F-15 fighter jets to Qatar.", "USA", "QAT",
				ENT_CAT_AIRCRAFT));
}

TEST(extract_goods_aside__goods_under_a_ban_are_no_goods)
{
	expect_no_transfer("The U.S. and its partners reached an understanding with Iran to phase "
			   "out UN bans on Iranian weapons deals and ballistic missiles work.");
	expect_no_transfer("France and Egypt signed an agreement that keeps the embargo on "
			   "missiles in place.");
	/* goods past the comma are traded */
	expect_deal("Despite the ban on arms exports, Russia sold S-300 systems to Iran.", 1, "RUS",
		    "IRN");
}

TEST(extract_goods_aside__an_arms_deal_of_two_states_is_a_deal)
{
	static const char *const forms[] = {
		"Iran signed an arms deal with Russia.",
		"Iran is on the verge of signing a massive arms deal with Russia.",
		"Iran and Russia signed a weapons contract.",
	};
	size_t i;
	for (i = 0; i < sizeof forms / sizeof *forms; i++)
		expect_deal(forms[i], 1, "RUS", "IRN");
	/* one told before, or many: none new */
	expect_no_transfer("China called on the United States to withdraw the proposed arms deal.");
	expect_no_transfer("Armenia expressed concern over Israel's arms deals with Azerbaijan.");
	/* counted deals are a set of them (stop 37) */
	expect_deal("Russia concluded three arms deals with Iran on Tuesday.", 1, "RUS", "IRN");
	expect_no_transfer("Russia has signed arms deals with many countries.");
	/* a hyphen's words and the seller's name between "a" and the noun
	 * (stop 42) */
	expect_deal("A recent multibillion-dollar Russian arms deal with Iran came after the "
		    "accord.",
		    1, "RUS", "IRN");
	expect_no_transfer("The recent multibillion-dollar Russian arms deal with Iran came after "
			   "the accord.");
	/* a sum in a currency the patterns may not know (stop 63) */
	expect_deal("Iran signed a Sh25 billion arms deal with Moscow.", 1, "RUS", "IRN");
	expect_deal("Iran signed a 25 billion shilling arms deal with Russia.", 1, "RUS", "IRN");
	expect_no_transfer("Iran signed the 25 billion arms deal with Russia.");
}

TEST(extract_goods_aside__an_arms_deal_takes_the_goods_of_its_tie)
{
	static const char *const text =
		"The US said that a proposed Russian sale of fighter jets to Iran would violate a UN "
		"arms embargo.\n\n"
		"The comments come after reports that Iran is on the verge of signing a massive "
		"arms deal with Russia.";
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_DEAL) : NULL;
	size_t i;
	int aircraft = 0;
	CHECK(l && ndeals(l) == 1);
	CHECK(f && find_deal(l, "RUS", "IRN") == f);
	for (i = 0; f && i < f->nitems; i++)
		aircraft |= f->items[i].category == ENT_CAT_AIRCRAFT;
	CHECK(aircraft);
	ent_fact_list_free(l);
}

TEST(extract_goods_aside__goods_replaced_keep_the_purchase_their_clause_tells)
{
	static const char *const text =
		"The former Australian vessels are intended to replace two recently decommissioned "
		"Chilean warships which were acquired second-hand from the Netherlands in 2004.";
	expect_deal(text, 1, "NLD", "CHL");
	expect_not(text, "NLD", "AUS");
	CHECK_INT(deal_year(text, NULL, "NLD", "CHL"), 2004);
	/* no owner in the noun phrase: the buyer is told before it */
	expect_deal("Spain also has more than 100 Leopard 2A4 tanks that were purchased from "
		    "Germany in 1995.",
		    1, "DEU", "ESP");
}

TEST(extract_goods_aside__the_year_goods_were_built_dates_no_deal)
{
	CHECK_INT(deal_year("Chile acquires two 1990 Adelaide class frigates from Australia.", NULL,
			    "AUS", "CHL"),
		  0);
	CHECK_INT(deal_year("Chile acquired two 1990-built frigates from Australia in 2020.", NULL,
			    "AUS", "CHL"),
		  2020);
	CHECK_INT(deal_year("Chile acquired two frigates from Australia in 1990.", NULL, "AUS",
			    "CHL"),
		  1990);
}

TEST(extract_goods_aside__the_craft_used_to_deliver_is_no_goods)
{
	static const char *const forms[] = {
		"Russia delivered S-400 systems to Turkey using Il-76 transport planes.",
		"Russia delivered S-400 systems to Turkey using 5 Il-76 transport planes.",
	};
	size_t i;
	for (i = 0; i < sizeof forms / sizeof *forms; i++) {
		ent_fact_list *l = run(forms[i], NULL);
		const ent_fact *f = l ? find_deal(l, "RUS", "TUR") : NULL;
		CHECK(f && f->nitems == 1);
		ent_fact_list_free(l);
	}
	/* planes delivered are goods */
	CHECK(deal_has_category("Russia delivered 5 Il-76 transport planes to Egypt.", "RUS", "EGY",
				ENT_CAT_AIRCRAFT));
}

TEST(extract_goods_aside__a_threat_or_strikes_of_arms_are_no_goods)
{
	expect_no_transfer("Why Russia Abruptly Quit 1987 Nuclear Pact With U.S. After Trump's "
			   "Submarine Threat");
	expect_no_transfer("The pact with Russia came after a wave of drone strikes.");
	/* attack helicopters are goods */
	CHECK(deal_has_category("Russia sold Mi-35 attack helicopters to Egypt.", "RUS", "EGY",
				ENT_CAT_AIRCRAFT));
}
