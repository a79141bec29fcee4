/*
 * test_extract_negative_text.c - text about trade, energy, sport and
 * civil aviation that uses the words of arms deals in other senses: no
 * deal, supply tie, exercise or stance comes of it.  Every sentence here
 * was written for these tests.
 */
#include "extract_harness.h"

/* A deal or supply tie from supplier to recipient in text. */
static void expect_transfer(const char *text, const char *sup, const char *rec)
{
	ent_fact_list *l = run(text, NULL);
	size_t i;
	int found = 0;
	CHECK(l != NULL);
	for (i = 0; l && i < l->n; i++)
		if ((l->v[i].type == ENT_FACT_DEAL || l->v[i].type == ENT_FACT_SUPPLY) &&
		    l->v[i].nsuppliers > 0 && !strcmp(l->v[i].suppliers[0].s, sup) &&
		    !strcmp(l->v[i].recipient.s, rec))
			found = 1;
	if (!found)
		fprintf(stderr, "    no deal %s -> %s in: %s\n", sup, rec, text);
	CHECK(found);
	ent_fact_list_free(l);
}

TEST(extract_negative_text__a_raw_commodity_bought_or_shipped_is_no_arms_deal)
{
	expect_no_transfer("Turkey bought millions of barrels of Venezuelan crude last year.");
	expect_no_transfer("Greek tankers have shipped billions of dollars' worth of Libyan oil "
			   "to Italy.");
	expect_no_transfer("Kenya purchased more than $300 million worth of Canadian wheat from "
			   "Canada.");
	/* a weapon named after the verb keeps the deal */
	expect_transfer("Poland bought 40 tonnes of wheat and 48 K9 howitzers from South Korea.",
			"KOR", "POL");
}

TEST(extract_negative_text__sanctions_on_a_firm_based_in_a_state_target_no_state)
{
	ent_fact_list *l = run("Britain imposed sanctions on a Turkey-based shipping "
			       "company on Monday.",
			       NULL);
	CHECK(l != NULL);
	CHECK(l && count(l, ENT_FACT_STANCE) == 0);
	ent_fact_list_free(l);
	/* the state itself stays the target */
	l = run("Canada imposed sanctions on Belarus on Monday.", NULL);
	CHECK(l && has_stance(l, "CAN", "BLR", ENT_POLARITY_OPPOSE));
	ent_fact_list_free(l);
}

TEST(extract_negative_text__aircraft_with_no_designation_in_airline_news_are_airliners)
{
	/* two words of airlines: the jets an airline takes are airliners */
	expect_no_transfer("The airline grew its fleet this year. Boeing agreed a deal with the "
			   "Turkish carrier to provide 20 passenger aircraft. Analysts said other "
			   "airlines would follow.");
	/* nor does a priced memorandum for airliners of no known name */
	expect_no_transfer("The airline grew its fleet this year. Boeing likewise signed a "
			   "memorandum with the Asian carrier Garuda Indonesia for 30 787-9 "
			   "Dreamliners with a list price of about $7.7bn. Analysts said other "
			   "airlines would follow.");
	/* a state's carrier ("Qatar Airways") is a firm: no stance */
	CHECK(stance_none("Delta Airlines has accused Qatar Airways of receiving huge subsidies."));
	/* a military type named keeps the deal, airlines or not */
	expect_transfer("The airline grew its fleet this year. The United States agreed to sell "
			"20 F-16 fighters to Turkey. Analysts said other airlines would follow.",
			"USA", "TUR");
}
