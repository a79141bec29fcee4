/*
 * test_extract_doc_structure.c - the structure of a document around its
 * sentences: a wire dateline after the headline dates the document, so a
 * headline's deal takes its year.  Every text here was written for these
 * tests.
 */
#include "extract_harness.h"

TEST(extract_doc_structure__a_wire_dateline_dates_the_headline_deal)
{
	CHECK_INT(deal_year("Poland Signs Deal For K2 Tanks With South Korea\n\n"
			    "WARSAW, July 27, 2022 - The contract covers 180 tanks.\n",
			    NULL, "KOR", "POL"),
		  2022);
	CHECK_INT(deal_year("Egypt orders Rafale jets from France\n\n"
			    "CAIRO, May 4, 2021 (Reuters) - The order was confirmed by the "
			    "ministry.\n",
			    NULL, "FRA", "EGY"),
		  2021);
	/* a place of two words, then its country */
	CHECK_INT(deal_year("Philippines Receives BrahMos Missiles From India\n\n"
			    "SAN FERNANDO, Philippines, April 19, 2024 -- The missiles arrived "
			    "at the base.\n",
			    NULL, "IND", "PHL"),
		  2024);
}

TEST(extract_doc_structure__a_dateline_needs_a_date_before_its_dash)
{
	/* no year in the dateline */
	CHECK_INT(deal_year("Serbia takes delivery of Chinese FK-3 systems\n\n"
			    "BELGRADE (AP) - The systems were flown in on Saturday.\n",
			    NULL, "CHN", "SRB"),
		  0);
	/* a sentence with a date in it is no dateline */
	CHECK_INT(deal_year("Egypt orders Rafale jets from France\n\n"
			    "Officials in Cairo, on May 4, 2021, said - as expected - that "
			    "the order was confirmed.\n",
			    NULL, "FRA", "EGY"),
		  0);
}
