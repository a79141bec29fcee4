/*
 * test_extract_relative_clause.c - a relative clause between commas after
 * the subject ("Ghana's government, which launched the procedure for the
 * acquisition of drones in May 2022, signed a contract with Spain") tells
 * background: its word of buying is not the clause's verb, and its year
 * dates its own event, not the signing.  A clause whose own verb buys
 * ("Ghana, which bought two frigates from Spain in 2019, ...") still
 * tells that purchase and its year.  Every sentence here was written for
 * these tests (stop 55).
 */
#include "extract_harness.h"

TEST(extract_relative_clause__a_purchase_noun_in_the_subject_s_clause_is_background)
{
	const char *one = "Ghana's government, which launched the procedure for the acquisition "
			  "of six armed drones, signed a contract with Spain.";
	expect_deal(one, 1, "ESP", "GHA");
	/* the sum and the goods are the signed contract's */
	CHECK(deal_usd("Ghana's government, which launched the procedure for the acquisition "
		       "of six armed drones, signed a contract worth $90 million with Spain.",
		       "ESP", "GHA") == 9e7);
	/* control: the subject itself signs, no clause */
	expect_deal("Ghana's government signed a contract with Spain for six armed drones.", 1,
		    "ESP", "GHA");
}

TEST(extract_relative_clause__its_year_dates_its_own_event_not_the_signing)
{
	CHECK_INT(deal_year("Ghana's government, which launched the procedure for the acquisition "
			    "of six armed drones in May 2022, signed a contract with Spain.",
			    "2023-04-26", "ESP", "GHA"),
		  2023);
	/* the clause's own verb buys: its year dates that purchase */
	CHECK_INT(deal_year("Togo, which bought two patrol boats from Spain in 2019, signed a "
			    "contract with Italy for four helicopters in 2021.",
			    NULL, "ESP", "TGO"),
		  2019);
	CHECK_INT(deal_year("Togo, which bought two patrol boats from Spain in 2019, signed a "
			    "contract with Italy for four helicopters in 2021.",
			    NULL, "ITA", "TGO"),
		  2021);
	/* the clause's own subject before its verb of buying */
	CHECK_INT(deal_year("The helicopters, which Togo ordered from Spain in 2022, arrived this "
			    "spring.",
			    "2024-05-01", "ESP", "TGO"),
		  2022);
	/* "the deal, which was signed in 2018, ...": the clause signs */
	CHECK_INT(deal_year("Togo signed a deal for four helicopters from Italy. The deal, which "
			    "was signed in March 2018, was delayed.",
			    NULL, "ITA", "TGO"),
		  2018);
}
