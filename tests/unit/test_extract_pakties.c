/*
 * test_extract_pakties.c - rules found on the holdout set of Pakistan's
 * defence ties: shelter given to militants is no transfer of goods, and a
 * state that objects to or protests against a deal just told opposes its
 * seller, and so does a state that tells another not to interfere; a
 * capital where a watchdog or institute is based is no party.  Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_pakties__safe_havens_are_no_goods)
{
	CHECK(ndeals_text("The report blamed Iran for providing safe havens to Afghan militants.") == 0);
	CHECK(ndeals_text("Officials accused Syria of giving sanctuary to Iraqi fighters.") == 0);
	/* goods given still make a transfer */
	CHECK(ndeals_text("Iran has been providing drones to Russia since 2022.") == 1);
}

/* Does text hold a stance of a toward t with polarity p? -1 on failure. */
static int stance_in(const char *text, const char *a, const char *t, ent_polarity p)
{
	ent_fact_list *l = run(text, NULL);
	int r = l ? has_stance(l, a, t, p) : -1;
	ent_fact_list_free(l);
	return r;
}

TEST(extract_pakties__objecting_to_the_deal_opposes_its_seller)
{
	CHECK(stance_in("Washington approved the sale of 12 F-16 jets to Pakistan for $300 million. "
			"India objected to the proposed deal.",
			"IND", "USA", ENT_POLARITY_OPPOSE) == 1);
	CHECK(stance_in("France signed a contract to sell six Rafale jets to Egypt. "
			"Turkey protested against this sale.",
			"TUR", "FRA", ENT_POLARITY_OPPOSE) == 1);
	/* the buyer is no critic of its own deal */
	CHECK(stance_in("Washington approved the sale of 12 F-16 jets to Pakistan for $300 "
			 "million. Pakistan objected to the delay of the deal.",
			 "PAK", "USA", ENT_POLARITY_OPPOSE) == 0);
}

TEST(extract_pakties__told_not_to_interfere_is_opposed)
{
	CHECK(stance_in("Nepal said India should not interfere in its internal politics.", "NPL",
			"IND", ENT_POLARITY_OPPOSE) == 1);
	CHECK(stance_in("Egypt urged Ethiopia not to meddle in Sudan.", "EGY", "ETH",
			ENT_POLARITY_OPPOSE) == 1);
	CHECK(stance_in("Serbia asked Albania not to interfere in the talks.", "SRB", "ALB",
			ENT_POLARITY_OPPOSE) == 1);
	/* another verb after "not" is no demand to keep out */
	CHECK(stance_in("Nepal said India should not worry about the border.", "NPL", "IND",
			ENT_POLARITY_OPPOSE) == 0);
}

TEST(extract_pakties__a_demand_said_after_and_is_the_subjects)
{
	/* "X did ... and said Y must/should ...": X speaks */
	CHECK(stance_in("Greece met the press on Monday and said Turkey must end its violations.",
			"GRC", "TUR", ENT_POLARITY_OPPOSE) == 1);
	CHECK(stance_in("Cyprus held a cabinet meeting and said Turkey should withdraw its "
			"troops.",
			"CYP", "TUR", ENT_POLARITY_OPPOSE) == 1);
}

TEST(extract_pakties__a_capital_where_a_body_is_based_is_no_party)
{
	CHECK(ndeals_text("Kenya received radars, the Paris-based watchdog said.") == 0);
	CHECK(ndeals_text("Nigeria bought drones, according to the London-based institute.") == 0);
	/* a firm based in a capital is that state's */
	ent_fact_list *l = run("Kenya received radars from a Paris-based firm.", NULL);
	CHECK(l != NULL);
	const ent_fact *f = first(l, ENT_FACT_DEAL);
	CHECK(f && f->nsuppliers == 1 && !strcmp(f->suppliers[0].s, "FRA"));
	ent_fact_list_free(l);
}

/* A capital before "Air Show", "Airshow", "Summit", "Conference", "Forum"
 * or "Expo" names an event held there, no party (stop 59). */
TEST(extract_pakties__a_capital_that_names_an_event_is_no_party)
{
	const char *sup[] = {"BRA", NULL}, *rec[] = {"NLD"};
	expect_deals("At the 2025 Paris Air Show, Embraer and the Royal Netherlands Air Force "
		     "signed a contract for two C-390 aircraft.",
		     1, sup, rec);
	CHECK(stance_none("At the Lima Summit, the ministers spoke about trade."));
	/* the capital itself stays a party */
	CHECK(stance_has("Lima criticised Chile's air show.", "PER", "CHL",
			 ENT_POLARITY_OPPOSE));
}
