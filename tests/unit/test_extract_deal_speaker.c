/*
 * test_extract_deal_speaker.c - a state named as the speaker's after a
 * list of buyers is none of them ("a deal with Y, Z's president said"), on
 * sentences written for these tests (none quotes an article).
 */
#include "extract_harness.h"

TEST(extract_deal_speaker__possessive_ends_list)
{
	ent_fact_list *l = run("Kenya reached a deal with Uganda, Ghana's president said.", NULL);
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK(find_deal(l, "KEN", "GHA") == NULL);
	ent_fact_list_free(l);
	/* a plain list still makes each state a buyer */
	{
		const char *sup[] = {"FRA", "FRA", NULL}, *rec[] = {"EGY", "GRC", NULL};
		expect_deals("France confirmed sales of the Rafale to Egypt and Greece.", 2, sup, rec);
	}
}
