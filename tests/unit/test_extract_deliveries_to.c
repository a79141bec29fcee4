/*
 * test_extract_deliveries_to.c - a sentence that opens with "(The)
 * deliveries to Y", Y the only state it names and no party of the deal
 * told before, tells a delivery of that deal's goods by its seller to Y,
 * when that deal names its goods by a designation (a release about one
 * product).  "will" makes it reported; a negation, another state or
 * goods of no design give none.  Every sentence here was written for
 * these tests (stop 53).
 */
#include "extract_harness.h"

TEST(extract_deliveries_to__a_further_buyer_of_the_product)
{
	ent_fact_list *l = run("Patria signed a contract with Norway for 30 Patria AMV vehicles. "
			       "The deliveries to Estonia have been ongoing since 2021.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "FIN", "EST") : NULL;
	CHECK(l != NULL);
	CHECK(f && f->status == ENT_STATUS_DELIVERED && f->year == 2021);
	CHECK(f && ent_fact_has_category(f, ENT_CAT_ARMOURED_VEHICLE));
	CHECK(l && find_deal(l, "FIN", "NOR") != NULL);
	if (l)
		ent_fact_list_free(l);
	CHECK_INT(deal_status("Patria signed a contract with Norway for 30 Patria AMV vehicles. "
			      "Deliveries to Estonia will begin in 2027.",
			      "FIN", "EST"),
		  ENT_STATUS_REPORTED);
}

TEST(extract_deliveries_to__none_without_a_product_or_with_other_states)
{
	CHECK_INT(deal_status("Patria signed a contract with Norway for 30 Patria AMV vehicles. "
			      "The deliveries to Estonia have not started.",
			      "FIN", "EST"),
		  -1);
	CHECK_INT(deal_status("Norway bought 30 armoured vehicles from Finland. The deliveries to "
			      "Estonia have been ongoing since 2021.",
			      "FIN", "EST"),
		  -1);
	CHECK_INT(deal_status("Patria signed a contract with Norway for 30 Patria AMV vehicles. "
			      "The deliveries to Estonia from Germany began in 2021.",
			      "FIN", "EST"),
		  -1);
}
