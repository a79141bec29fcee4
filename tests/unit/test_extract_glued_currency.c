/*
 * test_extract_glued_currency.c - a currency's code written against its
 * amount ("USD1.2 billion", "EUR500 million") is read as with a space.
 * Every sentence here was written for these tests (stop 49).
 */
#include "extract_harness.h"

TEST(extract_glued_currency__code_against_the_amount)
{
	CHECK(deal_usd("Norway will sell Peru 12 jets for USD1.2 billion.", "NOR", "PER") ==
	      1200000000.0);
	CHECK(deal_usd("Norway will sell Peru 12 jets for USD 1.2 billion.", "NOR", "PER") ==
	      1200000000.0);
	/* a euro amount keeps its currency, no dollars */
	CHECK(deal_usd("Norway will sell Peru 12 jets for EUR500 million.", "NOR", "PER") <= 0);
	{
		ent_fact_list *l = run("Norway will sell Peru 12 jets for EUR500 million.", NULL);
		const ent_fact *f = l ? find_deal(l, "NOR", "PER") : NULL;
		CHECK(f && f->value.present && !strcmp(f->value.currency, "EUR"));
		if (l)
			ent_fact_list_free(l);
	}
}
