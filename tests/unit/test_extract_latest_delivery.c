/*
 * test_extract_latest_delivery.c - a deal delivered in batches takes the
 * year of the latest batch told, and a purchase of "additional" goods
 * stays apart from the delivery of the first ones.  Every sentence here
 * was written for these tests (stop 51).
 */
#include "extract_harness.h"

TEST(extract_latest_delivery__second_batch_dates_the_deal)
{
	CHECK_INT(deal_year("Vietnam received its first Akash battery from India in March 2023. "
			    "The second batch arrived in May 2024.",
			    "2024-08-01", "IND", "VNM"),
		  2024);
	/* a batch still to come dates nothing */
	CHECK_INT(deal_year("Vietnam received its first Akash battery from India in March 2023. "
			    "The second batch will arrive in 2026.",
			    "2024-08-01", "IND", "VNM"),
		  2023);
}

TEST(extract_latest_delivery__additional_goods_apart)
{
	const char *text = "Vietnam will procure additional Akash missiles from India, the "
			   "president said.\n\n"
			   "Vietnam received its first Akash battery from India in May 2024.";
	ent_fact_list *l = run(text, "2024-08-01");
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_DEAL), 2);
	ent_fact_list_free(l);
	/* control: the deal to buy additional goods is that deal */
	CHECK_INT(ndeals_text("Vietnam signed a $300 million deal with India for Akash missiles. "
			      "The deal to buy additional Akash missiles is expected to deepen "
			      "ties."),
		  1);
}
