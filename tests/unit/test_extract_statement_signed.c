/*
 * test_extract_statement_signed.c - a statement (letter, declaration)
 * "signed by" ministers is no deal signed, and the transfer it condemns
 * stays a transfer; a state after "suffering (violence, fighting) in" is
 * a place, no actor of the verb after it; "vowed revenge against Y"
 * opposes Y; "the alleged transfer of goods from X to Y" is a deal
 * reported.  Every sentence here was written for these tests (stop 51).
 */
#include "extract_harness.h"

TEST(extract_statement_signed__the_transfer_condemned_stays)
{
	const char *text = "A joint statement signed by the foreign ministers of 30 countries "
			   "condemned Belarus's export of rocket launchers to Sudan.";
	ent_fact_list *l = run(text, NULL);
	CHECK(l != NULL);
	CHECK(l && find_deal(l, "BLR", "SDN") != NULL);
	ent_fact_list_free(l);
	CHECK(ndeals_text("A letter signed by 40 lawmakers condemned Belarus's sale of rocket "
			  "launchers to Sudan.") == 1);
	/* control: an agreement signed by the two is a deal signed */
	CHECK(deal_status("An agreement signed by Belarus and Sudan covers the sale of rocket "
			  "launchers to Sudan.",
			  "BLR", "SDN") == ENT_STATUS_SIGNED);
}

TEST(extract_statement_signed__place_of_suffering)
{
	CHECK(stance_none("The statement said that the transfer increases suffering in Sudan and "
			  "supports Belarus's war effort."));
	/* control: officials in a capital speak for its state */
	CHECK(stance_only("Officials in Khartoum condemned Belarus's strikes.", "SDN", "BLR",
			  ENT_POLARITY_OPPOSE));
}

/* "X vowed (threatened) revenge (retaliation) against Y" opposes Y */
TEST(extract_statement_signed__revenge_vowed)
{
	CHECK(stance_only("Lima vowed revenge against Chile for the strike.", "PER", "CHL",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Peru threatened harsh retaliation against Chile.", "PER", "CHL",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_none("Peru did not vow revenge against Chile."));
	/* "a harsh (crushing) response to Y('s attack)" (stop 57) */
	CHECK(stance_only("Peru vowed a harsh response to Chile's attack.", "PER", "CHL",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Peru vowed a crushing response to Chile.", "PER", "CHL",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_none("Peru promised a response to Chile's request."));
	CHECK(stance_none("Peru vowed a firm response to Chile's offer."));
}

/* "called Y's manoeuvres a (dangerous) escalation" opposes Y */
TEST(extract_statement_signed__escalation_judged)
{
	CHECK(stance_only("Peru called Chile's naval manoeuvres a dangerous escalation.", "PER",
			  "CHL", ENT_POLARITY_OPPOSE));
	CHECK(stance_none("Peru said the talks were an escalation."));
}

/* "the alleged (planned) transfer of missiles from X to Y": a deal
 * reported, not a bare supply tie */
TEST(extract_statement_signed__alleged_transfer_reported)
{
	CHECK(deal_status("Peru condemned the alleged transfer of rocket launchers from Belarus "
			  "to Sudan.",
			  "BLR", "SDN") == ENT_STATUS_REPORTED);
	CHECK_INT(deal_year("Belarus's planned sale of rocket launchers to Sudan worried Peru.",
			    "2024-09-13", "BLR", "SDN"),
		  2024);
}

/* "X reportedly (allegedly) provided Y with tanks": unconfirmed, reported */
TEST(extract_statement_signed__reportedly_provided)
{
	CHECK(deal_status("Belarus reportedly provided Sudan with tanks and aircraft.", "BLR",
			  "SDN") == ENT_STATUS_REPORTED);
	CHECK(deal_status("Belarus allegedly sent rocket launchers to Sudan.", "BLR", "SDN") ==
	      ENT_STATUS_REPORTED);
	/* control: told as done, it is delivered */
	CHECK(deal_status("Belarus delivered 12 tanks to Sudan in 2021.", "BLR", "SDN") ==
	      ENT_STATUS_DELIVERED);
}
