/*
 * test_extract_eastmed.c - rules of the eastern-Mediterranean round, on
 * sentences written for these tests (none quotes an article): a
 * contracted "n't" ("doesn't", "didn't", "won't") negates like "not".
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE
#define SUP ENT_POLARITY_SUPPORT

TEST(extract_eastmed__contracted_not)
{
	CHECK(stance_only("Peru doesn't recognize Chile.", "PER", "CHL", OPP));
	CHECK(stance_only("Kenya didn\xe2\x80\x99t recognise Uganda, a member of the bloc.", "KEN",
			  "UGA", OPP));
	CHECK(stance_only("Ghana won't recognize Togo.", "GHA", "TGO", OPP));
	/* no contraction: recognition is support */
	CHECK(stance_only("Peru recognizes Chile.", "PER", "CHL", SUP));
}

TEST(extract_eastmed__greek_cyprus)
{
	/* "Greek Cyprus" and "Greek Cypriot" (states.tsv) are Cyprus, not Greece */
	ent_fact_list *l = run("Peru has slammed Chile, Greek Cyprus and Bolivia for the statement.", NULL);
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK(has_stance(l, "PER", "CHL", OPP));
	CHECK(has_stance(l, "PER", "CYP", OPP));
	CHECK(has_stance(l, "PER", "BOL", OPP));
	CHECK(!has_stance(l, "PER", "GRC", OPP));
	ent_fact_list_free(l);
	CHECK(stance_only("The Greek Cypriot government condemned Peru.", "CYP", "PER", OPP));
}

TEST(extract_eastmed__observed_by)
{
	/* "observed by (military) representatives from X, Y": observers, no drill */
	ent_fact_list *l = run("Peru and Chile concluded a joint naval exercise, held in May 2019. "
			       "The land and sea exercise near the coast was observed by military "
			       "representatives from Bolivia, Ecuador, and Brazil.",
			       NULL);
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK_INT(count(l, ENT_FACT_EXERCISE), 1);
	ent_fact_list_free(l);
}

TEST(extract_eastmed__rival_pair)
{
	/* "tensions between X and Y": the setting, not the parties of the drill */
	ent_fact_list *l = run("Peru and Chile will join Bolivia in a joint naval exercise. The "
			       "exercise is called SEAWIND and comes at a time when tensions between "
			       "Ecuador and Peru have been high since March.",
			       NULL);
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK_INT(count(l, ENT_FACT_EXERCISE), 1);
	ent_fact_list_free(l);
}

TEST(extract_eastmed__request_to_buy)
{
	/* a request to buy is interest, no deal; an approved request stays */
	CHECK_INT(ndeals_text("Peru submitted the request to acquire 40 new F-16 aircraft from the "
			   "U.S. in October 2021."),
		  0);
	CHECK_INT(ndeals_text("The US approved Peru's request to buy 40 F-16 aircraft."), 1);
	/* words of the request between it and "to" */
	CHECK_INT(ndeals_text("The Peruvian military went to Russia after the US did not answer "
			   "requests over a year ago to acquire roughly two dozen F-16 fighter "
			   "jets."),
		  0);
	CHECK_INT(ndeals_text("Peru made requests in 2019 to buy F-16 aircraft from the US."), 0);
}

TEST(extract_eastmed__initials_end)
{
	/* "... from the U.S. Peru submitted ...": a state's name after initials
	 * opens a new sentence, so the 2021 of the request is not the deal's */
	ent_fact_list *l = run("Peru last month signed a letter of offer and acceptance for the "
			       "purchase of F-16 fighter jets from the U.S. Peru submitted the "
			       "request to acquire 40 new F-16 aircraft in October 2021.",
			       "2024-07-26");
	const ent_fact *f;
	CHECK(l != NULL);
	if (!l)
		return;
	f = find_deal(l, "USA", "PER");
	CHECK(f != NULL);
	if (f)
		CHECK_INT(f->year, 2024);
	ent_fact_list_free(l);
	/* so does a word that opens sentences and begins no name: "from the
	 * U.S. In the summer of 2020, ..." (stop 44) */
	l = run("The Peruvian Navy also ordered four patrol boats from the U.S. In the summer "
		"of 2020, it became known that Chile would provide two frigates to Peru.",
		NULL);
	CHECK(l != NULL);
	f = l ? find_deal(l, "USA", "PER") : NULL;
	CHECK(f != NULL);
	CHECK_INT(f ? f->year : -1, 0);
	ent_fact_list_free(l);
	/* control: initials before a name of a body stay in the sentence */
	CHECK_INT(ndeals_text("The U.S. Army bought tanks from Germany in 2020."), 1);
}
