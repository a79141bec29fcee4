/*
 * test_extract_stance_notices.c - stances in a seller's notice of a sale,
 * found on the holdout sets of stop 22: "the proposed sale will ...
 * (help) improve the security of a NATO ally / an important regional
 * partner" and "the deal will improve Y's defense capacity" state the
 * seller's support for the buyer of the deal told before. Every sentence
 * here was written for these tests.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT

TEST(extract_stance_notices__sale_improves_the_security_of_an_ally)
{
	const char *text =
		"The State Department approved the sale of 40 Javelin missiles to Estonia "
		"for $90 million.\n\n"
		"The agency said the proposed sale will support the foreign policy of the United "
		"States by helping to improve the security of a NATO ally that is a force for "
		"stability in Europe.";
	ent_fact_list *l = run(text, NULL);
	CHECK(l != NULL);
	CHECK(find_deal(l, "USA", "EST") != NULL);
	CHECK(has_stance(l, "USA", "EST", SUP));
	ent_fact_list_free(l);
}

TEST(extract_stance_notices__security_of_the_recipient)
{
	/* the agency's formula with "capability" and "the recipient", and
	 * a quoted adjective before "ally" */
	const char *text =
		"The State Department approved a possible sale of 60 Stinger missiles to Latvia "
		"for $70 million.\n\n"
		"\"This proposed sale will support the foreign policy of the United States by "
		"helping to improve the security and defensive capability of the recipient,\" "
		"the agency said.";
	ent_fact_list *l = run(text, NULL);
	CHECK(l != NULL);
	CHECK(has_stance(l, "USA", "LVA", SUP));
	ent_fact_list_free(l);
	text = "The State Department approved the sale of 30 Hellfire missiles to Jordan for "
	       "$40 million.\n\n"
	       "It said the sale would improve the security of a \"major\" non-NATO ally.";
	l = run(text, NULL);
	CHECK(l != NULL);
	CHECK(has_stance(l, "USA", "JOR", SUP));
	ent_fact_list_free(l);
	/* the recipient of aid is no buyer's security */
	text = "The State Department approved the sale of 30 Hellfire missiles to Jordan for "
	       "$40 million.\n\n"
	       "It said the sale would improve the security and stability of the region.";
	l = run(text, NULL);
	CHECK(l != NULL);
	CHECK(!has_stance(l, "USA", "JOR", SUP));
	ent_fact_list_free(l);
}

/* "The proposed sale will support Y's needs for its own self-defense"
 * (stop 38); "support the foreign policy of the United States" names no
 * buyer's need */
TEST(extract_stance_notices__sale_supports_the_buyer_s_needs)
{
	const char *text = "The State Department approved the sale of 40 Javelin missiles to "
			   "Estonia for $90 million.\n\n"
			   "The proposed sale will support Estonia's needs for its own "
			   "self-defense, the agency said.";
	ent_fact_list *l = run(text, NULL);
	CHECK(l != NULL);
	CHECK(has_stance(l, "USA", "EST", SUP));
	ent_fact_list_free(l);
	text = "The State Department approved the sale of 40 Javelin missiles to Estonia for $90 "
	       "million.\n\nThe sale will support the foreign policy of the United States.";
	l = run(text, NULL);
	CHECK(l != NULL);
	CHECK(!has_stance(l, "USA", "EST", SUP));
	ent_fact_list_free(l);
}

TEST(extract_stance_notices__deal_improves_the_buyer_s_capacity)
{
	const char *text =
		"The State Department approved the sale of 40 Javelin missiles to Estonia "
		"for $90 million.\n\n"
		"The deal will also \"improve Estonia's long-term defense capacity to defend its "
		"sovereignty,\" the agency said.";
	ent_fact_list *l = run(text, NULL);
	CHECK(l != NULL);
	CHECK(has_stance(l, "USA", "EST", SUP));
	ent_fact_list_free(l);
}

TEST(extract_stance_notices__the_buyer_s_own_aim_is_no_stance)
{
	/* the buyer's acquisition aimed at its own capabilities */
	const char *text = "Estonia signed a $90 million deal to buy 40 Javelin missiles from the "
			   "United States.\n\n"
			   "The acquisition is aimed at significantly improving Estonia's "
			   "defense capabilities along its border.";
	ent_fact_list *l = run(text, NULL);
	CHECK(l != NULL);
	CHECK(find_deal(l, "USA", "EST") != NULL);
	CHECK(!has_stance(l, "USA", "EST", SUP));
	ent_fact_list_free(l);
	/* no ally or partner: the region's security is no state's */
	text = "The State Department approved the sale of 40 Javelin missiles to Estonia for "
	       "$90 million.\n\n"
	       "The sale will improve the security of the region, the agency said.";
	l = run(text, NULL);
	CHECK(l != NULL);
	CHECK(!has_stance(l, "USA", "EST", SUP));
	ent_fact_list_free(l);
}
