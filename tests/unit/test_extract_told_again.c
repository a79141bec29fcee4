/*
 * test_extract_told_again.c - a plan told twice a year apart, "the NATO
 * member" for the state just named, "to add to 17 acquired from Z", a
 * list of goods with a comma before "and", and "the sale" that closes a
 * sentence.  Every sentence here was written for these tests (stop 50).
 */
#include "extract_harness.h"

TEST(extract_told_again__one_plan_told_twice)
{
	ent_fact_list *l =
	    run("Chile expects to sign an agreement with Spain to purchase A400M "
		"transport aircraft.\n\n"
		"Chile said in October it planned to buy four A400Ms from Spain for $800 "
		"million.",
		"2024-03-01");
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK_INT(ndeals(l), 1);
	f = find_deal(l, "ESP", "CHL");
	CHECK(f && f->value.present && f->value.amount == 800000000.0);
	ent_fact_list_free(l);
	/* a plan of other goods stays apart */
	l = run("Chile expects to sign an agreement with Spain to purchase A400M transport "
		"aircraft.\n\n"
		"Chile said in October it planned to buy four S-80 submarines from Spain.",
		"2024-03-01");
	CHECK(l != NULL);
	CHECK_INT(ndeals(l), 2);
	ent_fact_list_free(l);
}

TEST(extract_told_again__the_bloc_member)
{
	CHECK(
	    deal_status("Chile is modernising its air force.\n\nThe NATO member plans to buy four "
			"A400Ms from Spain.",
			"ESP", "CHL") == ENT_STATUS_REPORTED);
	/* a region's name is no bloc: "The South American country" stays
	 * unread rather than taken for the first state named */
	CHECK(ndeals_text("Spain agreed to sell four A400Ms to Chile.\n\nThe South American "
			  "country bought two Airbus tankers in 2014.") == 1);
}

TEST(extract_told_again__counted_from_another)
{
	ent_fact_list *l =
	    run("Chile has bought 12 F-16 jets from Norway, to add to 17 acquired from "
		"Portugal in 2016.",
		"2024-03-01");
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK(find_deal(l, "NOR", "CHL") != NULL);
	f = find_deal(l, "PRT", "CHL");
	CHECK(f && f->year == 2016 && f->nitems == 1 && f->items[0].quantity == 17);
	ent_fact_list_free(l);
	/* the count of another owner is no purchase of the buyer */
	l = run("Chile has bought 12 F-16 jets from Norway, which has 17 bought from Portugal.",
		"2024-03-01");
	CHECK(l != NULL);
	CHECK(find_deal(l, "PRT", "CHL") == NULL);
	ent_fact_list_free(l);
}

TEST(extract_told_again__goods_listed_with_a_comma_before_and)
{
	ent_fact_list *l =
	    run("Spain approved the sale of missiles, rockets, and launchers to Chile "
		"in a deal worth $900 million.",
		"2024-03-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = find_deal(l, "ESP", "CHL");
	CHECK(f && f->nitems >= 2);
	ent_fact_list_free(l);
}

TEST(extract_told_again__the_sale_closing_a_sentence)
{
	ent_fact_list *l =
	    run("Spain approved the sale of 20 NASAMS launchers to Chile.\n\n"
		"HIMARS, which Peru has praised for destroying Bolivian command posts, "
		"are included in the potential sale.",
		"2024-03-01");
	CHECK(l != NULL);
	CHECK(find_deal(l, "ESP", "CHL") != NULL);
	CHECK_INT(ndeals(l), 1);
	ent_fact_list_free(l);
}
