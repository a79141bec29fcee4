/*
 * test_extract_plans_and_names.c - a deal's stage told in a "with delivery
 * ..." phrase, the year that opens the name of a law, and a planned drill
 * given its place.  Every sentence here was written for these tests
 * (stop 50).
 */
#include "extract_harness.h"

TEST(extract_plans_and_names__with_delivery_keeps_the_direction)
{
	ent_fact_list *l = run("Chile is filling an order of four patrol boats for Peru, with "
			       "delivery expected in May.",
			       "2024-01-10");
	CHECK(l != NULL);
	CHECK(find_deal(l, "CHL", "PER") != NULL);
	CHECK(find_deal(l, "PER", "CHL") == NULL);
	ent_fact_list_free(l);
	l = run("Chile is building four patrol boats for Peru, with deliveries due in 2026.",
		"2024-01-10");
	CHECK(l != NULL);
	CHECK(find_deal(l, "CHL", "PER") != NULL);
	CHECK(find_deal(l, "PER", "CHL") == NULL);
	ent_fact_list_free(l);
	/* a delivery "to" a state is still a transfer of its own */
	CHECK(deal_status("Chile went ahead with delivery to Peru of four patrol boats.", "CHL",
			  "PER") >= 0);
}

TEST(extract_plans_and_names__year_of_a_law)
{
	CHECK(deal_year("Peru bought four patrol boats from Chile in breach of the 2019 Coastal "
			"Defence Act.",
			"2024-01-10", "CHL", "PER") == 2024);
	CHECK(deal_year("Peru bought four patrol boats from Chile despite the 2019 Lima Treaty.",
			"2024-01-10", "CHL", "PER") == 2024);
	/* a second model after a name and a short number is no year; a date
	 * stays one (stop 61) */
	CHECK(deal_year("Peru bought Mirage 5 and 2000 fighter jets from France.", "2024-01-10",
			"FRA", "PER") == 2024);
	CHECK(deal_year("On Sunday, October 25, 2020, Peru bought four patrol boats from Chile.",
			NULL, "CHL", "PER") == 2020);
	/* the year of a show is the year of what was bought at it */
	CHECK(deal_year("Peru bought four patrol boats from Chile at the 2019 Santiago Air Show.",
			"2024-01-10", "CHL", "PER") == 2019);
}

TEST(extract_plans_and_names__planned_drill_with_its_place)
{
	ent_fact_list *l = run("Chile and Peru plan to hold joint naval exercises in the southern "
			       "part of the Pacific Ocean, officials said on Monday.",
			       "2024-01-10");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "CHL") && takes_part(f, "PER") && f->year == 2024);
	ent_fact_list_free(l);
	/* more drills somewhere, or drills with no place, stay an intention */
	CHECK(nexercises_text("Chile and Peru agreed to hold more joint drills in the Pacific.") ==
	      0);
	CHECK(nexercises_text("Chile and Peru plan to hold joint drills in the future.") == 0);
	CHECK(nexercises_text("Chile and Peru plan to hold joint drills in March.") == 0);
}
