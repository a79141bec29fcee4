/*
 * test_extract_replaced.c - goods a purchase replaces ("The jets will
 * replace the Mirage aircraft", "to replace Chile's Hawk trainers") are
 * the holdings of their owner: a supply tie from their maker
 * (rule_replaced_goods); found on holdout set ah.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

#include <string.h>

TEST(extract_replaced__replaced_goods_are_ties_from_their_maker_to_their_owner)
{
	const char *const sup[] = {"DNK", "FRA", NULL}, *const rec[] = {"URY", "URY", NULL};
	/* "the": the buyer of the latest deal */
	expect_deals("Denmark sold 24 used F-16 jets to Uruguay. The aircraft will replace the "
		     "Mirage aircraft, which were retired in 2017.",
		     2, sup, rec);
	/* a state right before the goods names their maker */
	expect_deal("Kenya bought 26 Rafale jets from France. The jets will replace the Russian "
		    "MiG-29 jets.",
		    2, "RUS", "KEN");
	/* a possessive before the goods names their owner */
	expect_deal("The new system is expected to replace Chile's Hawk 200 trainers.", 1, "GBR",
		    "CHL");
}

TEST(extract_replaced__no_tie_when_negated_known_or_the_owners_own)
{
	/* "could be replaced with (by) X": the goods after are the new
	 * ones, neither holdings nor goods of the gift (stop 61) */
	expect_deal("The Peruvian T-55 tanks sent to Bolivia could be replaced with M1 Abrams from "
		    "the American military surplus.",
		    1, "PER", "BOL");
	/* goods given away in a relative clause right after them are no
	 * holdings (stop 61): only the gift */
	expect_deal("Chile bought 40 Leopard tanks from Germany. The tanks will replace Soviet-era "
		    "T-55 tanks Chile donated to Bolivia.",
		    2, "CHL", "BOL");
	expect_not("Chile bought 12 F-16 jets from the Netherlands. The jets will replace Mirage "
		   "jets that Chile gave to Bolivia.",
		   "FRA", "CHL");
	/* negated */
	expect_deal("Kenya bought 26 Rafale jets from France. The jets will not replace the "
		    "Russian MiG-29 jets.",
		    1, "FRA", "KEN");
	/* no owner: no deal before, no possessive */
	expect_deal("The jets will replace the Russian MiG-29 jets.", 0, NULL, NULL);
	/* the owner's own make */
	expect_deal("France bought 26 Rafale jets from Dassault. The jets will replace the Mirage "
		    "jets.",
		    0, NULL, NULL);
	/* a tie the text already gives is not told twice */
	expect_deal("Kenya bought 26 MiG-29 jets from Russia. The jets will replace the Russian "
		    "MiG-21 jets.",
		    1, "RUS", "KEN");
}

/* The goods replaced and the maker named on them are no goods of the
 * purchase and sell nothing in it: "will receive four Gripen fighters ...
 * to replace some of its Northrop F-5 interceptors" is a deal from Sweden
 * alone; "to replace its Russian-made MiG-29 jets" with no seller named
 * is no deal from Russia (only its tie to the owner). */
TEST(extract_replaced__the_goods_replaced_sell_nothing)
{
	ent_fact_list *l = run("The Royal Thai Air Force will receive four Gripen fighters under "
			       "the sale, to replace some of its Northrop F-5 interceptors.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "SWE", "THA") : NULL;
	size_t i;
	CHECK(f != NULL);
	for (i = 0; f && i < f->nitems; i++)
		CHECK(!f->items[i].designation || strcmp(f->items[i].designation, "F-5") != 0);
	CHECK_INT(l ? count(l, ENT_FACT_DEAL) : 0, 1); /* and a tie USA -> THA */
	ent_fact_list_free(l);
	l = run("Slovakia will receive four new fighters under the deal, to replace its "
		"Russian-made MiG-29 jets.",
		NULL);
	CHECK_INT(l ? count(l, ENT_FACT_DEAL) : 1, 0);
	ent_fact_list_free(l);
	/* the goods that replace them are the purchase's */
	expect_deal("Slovakia will replace its MiG-29 jets with 14 fighters bought from Sweden.", 2,
		    "SWE", "SVK");
}

TEST(extract_replaced__a_list_of_goods_replaced_goes_on_past_and)
{
	static const char *const text =
		"Armenia wants to procure 84 more ATAGS from India for US$155 million to replace the "
		"obsolete Soviet-vintage D-30 122 mm towed howitzers and 2A65 Msta-B 152 mm towed "
		"howitzers.";
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? find_deal(l, "IND", "ARM") : NULL;
	size_t i;
	int msta = 0;
	CHECK(f != NULL);
	for (i = 0; f && i < f->nitems; i++)
		msta |= f->items[i].designation && strcmp(f->items[i].designation, "Msta-B") == 0;
	CHECK(!msta);
	CHECK(l && !find_deal(l, "RUS", "ARM"));
	ent_fact_list_free(l);
	/* "and buy" opens a purchase of its own */
	expect_deal("Peru will replace its F-5 jets and buy KF-21 jets from Korea.", 2, "KOR", "PER");
}

/* "The Danish military is replacing its F-16 fleet": "its" after the verb
 * is the subject's, not the buyer of the deal told before (stop 47). */
TEST(extract_replaced__its_goods_are_the_subjects)
{
	expect_deal("Norway donated six F-16 fighters to Romania.\n\n"
		    "The Norwegian military is replacing its F-16 fleet with new F-35 jets.",
		    2, "USA", "NOR");
	expect_not("Norway donated six F-16 fighters to Romania.\n\n"
		   "The Norwegian military is replacing its F-16 fleet with new F-35 jets.",
		   "USA", "ROU");
}

/* "X bought jets from Y to replace its Kfir jets": "its" is the subject's,
 * not the seller's after "from" (stop 58). */
TEST(extract_replaced__its_goods_are_not_the_sellers)
{
	const char *text = "Peru bought Gripen jets from Sweden to replace its Kfir jets.";
	expect_deal(text, 2, "ISR", "PER");
	expect_not(text, "ISR", "SWE");
}

/* "an interim replacement for the 32 AS90s which the UK has donated to
 * Ukraine": the goods replaced are those of the relative clause's own
 * transfer, which begins with them (stop 65). */
TEST(extract_replaced__goods_replaced_of_a_relative_transfer)
{
	expect_deal("They will provide an interim replacement for the 32 AS90s which Chile has "
		    "donated to the Peruvian forces.",
		    1, "CHL", "PER");
	CHECK_INT(deal_status("It replaces the 32 AS90 guns that Chile donated to Peru.", "CHL",
			      "PER"),
		  ENT_STATUS_DELIVERED);
	/* after a comma: another sentence's goods, no item of the deal */
	expect_not("Peru bought 12 J-10C jets from China to replace its F-7 jets, which Chile "
		   "sold to Peru.",
		   "CHN", "CHL");
}
