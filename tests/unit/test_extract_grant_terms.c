/*
 * test_extract_grant_terms.c - goods given "to be used by" a state, a
 * grant's value told in the next sentence or as "US dollars N", a deal
 * "entered into", and a craft named by its designation that carries the
 * goods.  Every sentence here was written for these tests (stop 50).
 */
#include "extract_harness.h"

TEST(extract_grant_terms__given_to_be_used_by)
{
	CHECK(deal_status("Japan has given four patrol boats to be used by the Philippine Coast "
			  "Guard.",
			  "JPN", "PHL") == ENT_STATUS_DELIVERED);
	CHECK(deal_status("Japan has donated four patrol boats for use by the Philippines.", "JPN",
			  "PHL") == ENT_STATUS_DELIVERED);
	/* a place the goods are used in is no recipient */
	CHECK(ndeals_text("Japan has given four patrol boats to be used in the Philippines.") == 0);
}

TEST(extract_grant_terms__value_of_the_grant)
{
	CHECK(deal_usd("Vietnam bought four patrol boats from Japan for US dollars 48 million.",
		       "JPN", "VNM") == 48000000.0);
	CHECK(deal_usd("Japan has given four patrol boats to Vietnam. The grant, valued at $48 "
		       "million, is part of a wider aid plan.",
		       "JPN", "VNM") == 48000000.0);
	/* "us" the pronoun is no currency */
	CHECK(deal_usd("Vietnam told us dollars 48 million bought four boats from Japan.", "JPN",
		       "VNM") <= 0);
}

TEST(extract_grant_terms__entered_into_a_deal)
{
	CHECK(deal_status("Japan has entered into a deal worth $48 million to sell Vietnam four "
			  "patrol boats.",
			  "JPN", "VNM") == ENT_STATUS_SIGNED);
	CHECK(deal_status("Vietnam entered into a contract with Japan for four patrol boats.",
			  "JPN", "VNM") == ENT_STATUS_SIGNED);
	/* talks entered are no deal; a deal that may be entered is reported */
	CHECK(ndeals_text("Vietnam entered into talks with Japan to buy four patrol boats.") == 0);
	CHECK(deal_status("Vietnam may enter into a contract with Japan for four patrol boats.",
			  "JPN", "VNM") == ENT_STATUS_REPORTED);
}

TEST(extract_grant_terms__craft_by_designation_carries)
{
	ent_fact_list *l = run("An Il-76 delivered six Wing Loong drones to Ethiopia.", NULL);
	CHECK(l != NULL);
	CHECK(ndeals(l) == 1);
	CHECK(find_deal(l, "CHN", "ETH") != NULL);
	ent_fact_list_free(l);
	/* the craft is the goods when nothing else is carried */
	CHECK(ndeals_text("Russia delivered six Il-76 aircraft to Ethiopia.") == 1);
}

/* "sent bombers close to Y's airspace": a nearness, no recipient */
TEST(extract_grant_terms__close_to_is_no_recipient)
{
	CHECK(ndeals_text("Chile sent its own patrol planes close to Peruvian airspace.") == 0);
	CHECK(ndeals_text("Chile sent two patrol planes near to Peru on Monday.") == 0);
	/* control: sent to a state */
	CHECK(ndeals_text("Chile sent two patrol planes to Peru on Monday.") == 1);
}
