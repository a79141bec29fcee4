/*
 * test_extract_deal_former_owners.c - goods that belonged, or were meant to
 * go, to a third state: "helicopters recently retired by Y" are sold on by
 * Y; "carriers intended for (built for) Y" were first meant for Y, who
 * buys nothing.  A list of buyers whose verb a quotation mark opens ('A
 * and B "had already selected the C-390 ..."') buys as a plain list does.
 * Each family has controls.  Every sentence here was written for these
 * tests (stop 44).
 */
#include "extract_harness.h"

TEST(extract_deal_former_owners__goods_retired_by_a_state)
{
	expect_deal("Chile will purchase UH-1 helicopters recently retired by Peru.", 1, "PER",
		    "CHL");
	expect_deal("Chile bought F-16 jets retired by the Netherlands.", 1, "NLD", "CHL");
	expect_deal("Chile bought F-16 jets decommissioned by Norway.", 1, "NOR", "CHL");
	/* controls: no retiring, and a demonym after "by" */
	expect_deal("Chile bought F-16 jets.", 1, "USA", "CHL");
	expect_not("Chile bought F-16 jets retired by the Dutch air force.", "NLD", "CHL");
}

TEST(extract_deal_former_owners__goods_intended_for_another_state)
{
	expect_deal("Egypt also purchased the helicopter carriers intended for Russia, a FREMM "
		    "frigate and four Gowind corvettes from France.",
		    1, "FRA", "EGY");
	expect_deal("Egypt bought two Mistral carriers originally built for Russia.", 1, "FRA",
		    "EGY");
	expect_not("Egypt bought two Mistral carriers intended for Russia.", "FRA", "RUS");
	/* control: goods bought for another state go to it */
	expect_deal("Chile will buy 800,000 shells for Ukraine.", 1, "CHL", "UKR");
}

TEST(extract_deal_former_owners__a_quoted_verb_after_a_list_of_buyers)
{
	static const char *const sup[] = {"BRA", "BRA", NULL};
	static const char *const rec[] = {"AUT", "NLD", NULL};
	expect_deals("Austria and the Netherlands “had already selected the C-390 as the "
		     "platform meeting all their requirements but now that becomes a purchase "
		     "commitment,” he said.",
		     2, sup, rec);
	expect_deals("Austria and the Netherlands \"had already selected the C-390, and now that "
		     "becomes a purchase commitment,\" he said.",
		     2, sup, rec);
	/* control: the list without the mark */
	expect_deals("Austria and the Netherlands had already selected the C-390, and now that "
		     "becomes a purchase commitment.",
		     2, sup, rec);
}

/* "replacing Russian-made Mi-24 aircraft, some of which it has sent to
 * Ukraine": goods a relative clause says were sent to Y go from their
 * holder, the clause's subject, not from their maker; "none of which" sends
 * nothing (stop 44). */
TEST(extract_deal_former_owners__goods_the_holder_sent_on)
{
	ent_fact_list *l = run("The Peruvian army recently bought US-made Viper combat "
			       "helicopters, replacing obsolete Russian-made Mi-24 aircraft, some "
			       "of which it has sent to Ukraine.",
			       NULL);
	CHECK(l && find_deal(l, "PER", "UKR") && !find_deal(l, "RUS", "UKR") &&
	      !find_deal(l, "USA", "UKR"));
	ent_fact_list_free(l);
	expect_deal("Chile has old Mi-24 helicopters, some of which it has sent to Ukraine.", 1,
		    "CHL", "UKR");
	expect_deal("Chile operates MiG-29 jets, which were sent to Ukraine.", 2, "CHL", "UKR");
	expect_not("Chile bought jets, replacing Mi-24 aircraft, none of which it has sent to "
		   "Ukraine.",
		   "CHL", "UKR");
}

/* "Its imports included '36 combat aircraft from France, 36 from the USA
 * and 8 from the UK, as well as 3 frigates from Italy'": one delivery per
 * state to the owner of the imports ("its": the paragraph's first state),
 * a count alone taking the goods of the part before (stop 44). */
TEST(extract_deal_former_owners__imports_included_counts_from_states)
{
	static const char *const sup[] = {"FRA", "USA", "GBR", "ITA", NULL};
	static const char *const rec[] = {"CHL", "CHL", "CHL", "CHL", NULL};
	ent_fact_list *l;
	expect_deals("Chile ranked as the third largest arms importer.\n\nChile's purchases "
		     "during 2022 included aircraft and ships. Its imports included \"36 combat "
		     "aircraft from France, 36 from the USA and 8 from the UK, as well as 3 "
		     "frigates from Italy,\" the institute said.\n",
		     4, sup, rec);
	l = run("Peru's imports included 12 helicopters from Russia and 4 frigates from Italy.",
		NULL);
	CHECK(l && find_deal(l, "RUS", "PER") && find_deal(l, "ITA", "PER"));
	CHECK(l && find_deal(l, "ITA", "PER") &&
	      find_deal(l, "ITA", "PER")->status == ENT_STATUS_DELIVERED);
	ent_fact_list_free(l);
	/* controls: imports of no counted goods from a state, and no owner */
	expect_no_deal("Peru's imports included aircraft and ships.");
	expect_no_deal("The imports included 12 helicopters from Russia.");
}

/* "Germany will purchase US-made Patriot systems and deliver them to
 * Ukraine": goods bought and passed on ("them") to a state are the buyer's
 * supply to it, delivered for a past verb (stop 44). */
TEST(extract_deal_former_owners__goods_bought_and_passed_on)
{
	ent_fact_list *l = run("Chile will purchase US-made Patriot missile systems and deliver "
			       "them to Peru as quickly as possible.",
			       NULL);
	CHECK(l && find_deal(l, "CHL", "PER") && find_deal(l, "USA", "CHL"));
	CHECK(l && find_deal(l, "CHL", "PER") &&
	      find_deal(l, "CHL", "PER")->status == ENT_STATUS_REPORTED);
	ent_fact_list_free(l);
	CHECK_INT(deal_status("Chile bought tanks from Spain and sent them to Peru.", "CHL", "PER"),
		  ENT_STATUS_DELIVERED);
	/* controls: not passed on, and no state after "to" */
	expect_not("Chile bought tanks from Spain and did not send them to Peru.", "CHL", "PER");
	expect_not("Chile bought tanks from Spain and sent them to the front.", "CHL", "ESP");
}
