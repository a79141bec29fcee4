/*
 * test_extract_southasia.c - rules found on regional defence news (holdout
 * set ap), on sentences written for these tests (none quotes an article):
 * rejecting or condemning the remarks made by a state's titled official
 * ("the comments made by the Peruvian defence minister"); relying or
 * depending on a state for arms ("X relies on Y for its jets") is a supply
 * tie from it; goods of a foreign make a state has or operates ("X has
 * 17 Chinese-origin tanks", "tanks of Chinese origin") are a supply tie
 * from the maker; "the third country to buy N from Y after A and B" names
 * earlier buyers from Y; and sentences that must give no stance or tie.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_southasia__remarks_by_titled_official)
{
	/* "made by" and a demonym before a title name the state */
	CHECK(stance_only("Chile rejected the comments made by the Peruvian defence minister.",
			  "CHL", "PER", OPP));
	CHECK(stance_only("Chile condemned the remarks made by Peruvian Foreign Minister Ana Soto.",
			  "CHL", "PER", OPP));
	/* quote marks and two verbs before the noun */
	CHECK(stance_only("Ghana has firmly rejected and strongly condemned the \"reckless and "
			  "wholly baseless\" comments made by Togolese Prime Minister Kofi Mensah.",
			  "GHA", "TGO", OPP));
	/* a demonym before other nouns is no state */
	CHECK(stance_none("Chile rejected the comments made by Peruvian fishermen."));
}

TEST(extract_southasia__rely_on_for_arms)
{
	ent_fact_list *l;
	const ent_fact *f;
	l = run("Kenya relies on France for its fighter jets.", NULL);
	CHECK(l && ndeals(l) == 1);
	f = l ? find_deal(l, "FRA", "KEN") : NULL;
	CHECK(f != NULL);
	ent_fact_list_free(l);
	l = run("Ghana has long depended on Russia for tanks and artillery.", NULL);
	CHECK(l && ndeals(l) == 1 && find_deal(l, "RUS", "GHA"));
	ent_fact_list_free(l);
	/* "relied on Y to buy": Y is the seller, not a buyer */
	l = run("Kenya has heavily relied on France to buy weapons.", NULL);
	CHECK(l && ndeals(l) == 1 && find_deal(l, "FRA", "KEN") && !find_deal(l, "KEN", "FRA"));
	ent_fact_list_free(l);
	/* no arms, or negated: no tie */
	l = run("Kenya depends on France for tourism.", NULL);
	CHECK(l && ndeals(l) == 0);
	ent_fact_list_free(l);
	l = run("Kenya does not rely on France for weapons.", NULL);
	CHECK(l && ndeals(l) == 0);
	ent_fact_list_free(l);
}

/* "X has (increasingly) turned to Y and Z for arms": each state of the list
 * supplies X; "turned to Y for help" names no arms. */
TEST(extract_southasia__turned_to_for_arms)
{
	ent_fact_list *l = run("Nairobi has increasingly turned to France and India for arms.", NULL);
	CHECK(l && ndeals(l) == 2 && find_deal(l, "FRA", "KEN") && find_deal(l, "IND", "KEN"));
	ent_fact_list_free(l);
	l = run("Kenya turned to France for help.", NULL);
	CHECK(l && ndeals(l) == 0);
	ent_fact_list_free(l);
}

TEST(extract_southasia__holdings_of_foreign_make)
{
	ent_fact_list *l;
	l = run("Kenya has 17 Chinese-origin tanks.", NULL);
	CHECK(l && ndeals(l) == 1 && find_deal(l, "CHN", "KEN"));
	ent_fact_list_free(l);
	l = run("Ghana operates four helicopters of Russian origin.", NULL);
	CHECK(l && ndeals(l) == 1 && find_deal(l, "RUS", "GHA"));
	ent_fact_list_free(l);
	l = run("By then Peru was said to have some 30 units of French-made howitzers.", NULL);
	CHECK(l && ndeals(l) == 1 && find_deal(l, "FRA", "PER"));
	ent_fact_list_free(l);
	/* none held, or "have" as an auxiliary: no tie from the holdings */
	l = run("Kenya has no Chinese-made tanks.", NULL);
	CHECK(l && ndeals(l) == 0);
	ent_fact_list_free(l);
	l = run("Kenya has praised the Chinese-made tanks it saw at the show.", NULL);
	CHECK(l && ndeals(l) == 0);
	ent_fact_list_free(l);
}

TEST(extract_southasia__earlier_buyers)
{
	ent_fact_list *l;
	l = run("Kenya is the third country to have bought these tanks from China after Uganda and "
		"Ghana.",
		NULL);
	CHECK(l && ndeals(l) == 3 && find_deal(l, "CHN", "KEN") && find_deal(l, "CHN", "UGA") &&
	      find_deal(l, "CHN", "GHA"));
	ent_fact_list_free(l);
	l = run("Peru became the second nation to buy frigates from Spain, after Chile.", NULL);
	CHECK(l && ndeals(l) == 2 && find_deal(l, "ESP", "PER") && find_deal(l, "ESP", "CHL"));
	ent_fact_list_free(l);
	/* "after" a time, or no ordinal buyer: one deal */
	l = run("Kenya is the second country to buy the tank from China after the talks ended.",
		NULL);
	CHECK(l && ndeals(l) == 1);
	ent_fact_list_free(l);
	l = run("Kenya bought tanks from China after Uganda did.", NULL);
	CHECK(l && ndeals(l) == 1);
	ent_fact_list_free(l);
}

/* "X has become the third nation after A and B to pledge to provide Y with
 * F-16s": the subject gives, those listed gave before, each to Y (stop
 * 59). */
TEST(extract_southasia__earlier_givers)
{
	ent_fact_list *l;
	l = run("Kenya has become the third European nation after Uganda and the Gambia to pledge "
		"to provide Ghana with F-16 fighter jets.",
		NULL);
	CHECK(l && ndeals(l) == 3 && find_deal(l, "KEN", "GHA") && find_deal(l, "UGA", "GHA") &&
	      find_deal(l, "GMB", "GHA") && !find_deal(l, "KEN", "UGA"));
	ent_fact_list_free(l);
	l = run("Kenya has become the third nation after Uganda to pledge to provide Ghana with "
		"F-16 fighter jets.",
		NULL);
	CHECK(l && ndeals(l) == 2 && find_deal(l, "KEN", "GHA") && find_deal(l, "UGA", "GHA"));
	ent_fact_list_free(l);
	/* the ordinal's list before the infinitive of buying (stop 59) */
	l = run("Kenya became the second country after Uganda to buy the FA-50 from South Korea.",
		NULL);
	CHECK(l && ndeals(l) == 2 && find_deal(l, "KOR", "KEN") && find_deal(l, "KOR", "UGA"));
	ent_fact_list_free(l);
	/* a list of earlier buyers may hold "the" */
	l = run("Kenya is the third country to have bought these tanks from China after Uganda and "
		"the Gambia.",
		NULL);
	CHECK(l && ndeals(l) == 3 && find_deal(l, "CHN", "GMB"));
	ent_fact_list_free(l);
}
