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

/* A whole date with its weekday inside a photo caption dates a document
 * that has no other date ("... after signing agreements in Lima, Tuesday,
 * Dec. 23, 2008."); a date with no weekday there does not (stop 36). */
TEST(extract_doc_structure__a_captions_weekday_date)
{
	CHECK_INT(deal_year("Peru and France sign arms deal\n\n"
			    "The French president listens to Peru's president after signing "
			    "agreements in Lima, Tuesday, Dec. 23, 2008.\n\n"
			    "Peru and France on Tuesday signed an arms deal for four Scorpene "
			    "submarines.\n",
			    NULL, "FRA", "PER"),
		  2008);
	CHECK_INT(deal_year("Peru and France sign arms deal\n\n"
			    "Peru's navy was founded in Lima on Dec. 23, 1821, officials said.\n\n"
			    "Peru and France on Tuesday signed an arms deal for four Scorpene "
			    "submarines.\n",
			    NULL, "FRA", "PER"),
		  0);
}

/* A heading that is a year, or a year and a few words, frames the lines
 * under it in that year, up to the next heading. */
TEST(extract_doc_structure__a_year_heading_dates_the_deals_under_it)
{
	CHECK_INT(deal_year("Arms Trade Review\n\n2019\n\nTurkey received the S-400 from "
			    "Russia. Greece ordered Rafale jets from France.\n",
			    NULL, "FRA", "GRC"),
		  2019);
	CHECK_INT(deal_year("Arms Trade Review\n\nDeliveries in 2021\n\nQatar took delivery "
			    "of NH90 helicopters from Italy.\n",
			    NULL, "ITA", "QAT"),
		  2021);
	CHECK_INT(deal_year("Arms Trade Review\n\n## 2023\n\nThe Netherlands ordered HIMARS "
			    "from the United States.\n",
			    NULL, "USA", "NLD"),
		  2023);
	/* bullets under the heading too */
	CHECK_INT(deal_year("Arms Trade Review\n\nIn 2018\n- India signed for S-400 systems "
			    "from Russia.\n",
			    NULL, "RUS", "IND"),
		  2018);
}

TEST(extract_doc_structure__a_year_heading_yields_to_the_sentence_and_the_next_heading)
{
	/* the sentence's own year */
	CHECK_INT(deal_year("Arms Trade Review\n\n2019\n\nTurkey received the S-400 from "
			    "Russia in 2017.\n",
			    NULL, "RUS", "TUR"),
		  2017);
	/* a later heading ends the section */
	CHECK_INT(deal_year("Arms Trade Review\n\n2019\n\nTurkey received the S-400 from "
			    "Russia.\n\nOutlook\n\nGreece ordered Rafale jets from France.\n",
			    NULL, "FRA", "GRC"),
		  0);
	/* a date line is no section heading */
	CHECK_INT(deal_year("Arms Trade Review\n\nPublished on Feb 24\n\nIndia 2019\n\n"
			    "Greece ordered Rafale jets from France.\n",
			    NULL, "FRA", "GRC"),
		  0);
	CHECK_INT(deal_year("Arms Trade Review\n\nAgency - 13 November 2020\n\nGreece ordered "
			    "Rafale jets from France.\n",
			    NULL, "FRA", "GRC"),
		  0);
}

/* The rows of a pipe table without outer pipes are lines of their own,
 * never one line wrapped onto the next: each row is its own deal. */
TEST(extract_doc_structure__each_row_of_a_pipe_table_without_outer_pipes_is_a_deal)
{
	static const char *const sup[] = {"FRA", "RUS", "SWE", NULL};
	static const char *const rec[] = {"EGY", "IND", "HUN", NULL};
	static const char *const sup2[] = {"FRA", "FRA", NULL};
	static const char *const rec2[] = {"EGY", "QAT", NULL};
	expect_deals("Supplier | Recipient | System | Year\n--- | --- | --- | ---\n"
		     "France | Egypt | Rafale | 2016\nRussia | India | S-400 | 2018\n"
		     "Sweden | Hungary | Gripen | 2024\n",
		     3, sup, rec);
	expect_deals("Recipient | Supplier | Weapon | Year\n--- | --- | --- | ---\n"
		     "Egypt | France | Rafale | 2015\nQatar | France | Rafale | 2015\n",
		     2, sup2, rec2);
	CHECK_INT(deal_year("Supplier | Recipient | System | Quantity | Year\n"
			    "--- | --- | --- | --- | ---\nFrance | India | Rafale | 36 | 2016\n"
			    "Russia | India | S-400 | 5 | 2018\n",
			    NULL, "RUS", "IND"),
		  2018);
}

/* A headline tells a done event in the present tense: "Sign", "Inks",
 * "Buys" are a signing, "Receives" a delivery; "To Buy" is still to come,
 * and the present in running text is no headline. */
TEST(extract_doc_structure__a_headline_present_tells_a_done_stage)
{
	CHECK_INT(deal_status("Hungary, Sweden Sign Gripen Deal\n\nThe leaders met in the "
			      "capital.\n",
			      "SWE", "HUN"),
		  ENT_STATUS_SIGNED);
	CHECK_INT(deal_status("Greece Buys 18 Rafale Jets From France\n\nThe leaders met in "
			      "the capital.\n",
			      "FRA", "GRC"),
		  ENT_STATUS_SIGNED);
	CHECK_INT(deal_status("Peru Receives Chunmoo Rocket Launchers From South Korea\n\n"
			      "The launchers arrived by sea.\n",
			      "KOR", "PER"),
		  ENT_STATUS_DELIVERED);
}

TEST(extract_doc_structure__a_headline_plan_and_running_text_keep_their_stage)
{
	CHECK_INT(deal_status("Turkey To Buy 40 F-16s From US\n\nOfficials said the request "
			      "was made.\n",
			      "USA", "TUR"),
		  ENT_STATUS_REPORTED);
	CHECK_INT(deal_status("Hungary, Sweden Plan To Sign Gripen Deal\n\nThe leaders met in "
			      "the capital.\n",
			      "SWE", "HUN"),
		  ENT_STATUS_REPORTED);
	CHECK_INT(deal_status("Greece Must Buy More Rafale Jets From France\n\nThe leaders "
			      "met in the capital.\n",
			      "FRA", "GRC"),
		  ENT_STATUS_REPORTED);
	CHECK_INT(deal_status("Arms Trade Review\n\nGreece buys 18 Rafale jets from France, "
			      "officials say.\n",
			      "FRA", "GRC"),
		  ENT_STATUS_REPORTED);
}

/* A link to another article tells that article's news: no facts from it. */
TEST(extract_doc_structure__a_link_line_to_another_article_gives_no_facts)
{
	expect_deal("Arms Trade Review\n\nRelated: Egypt buys Rafale jets from France\n\n"
		    "India signed a deal with Russia in 2018 for S-400 systems.\n",
		    1, "RUS", "IND");
	expect_no_deal("Arms Trade Review\n\nRead more: Poland orders Abrams tanks from the "
		       "United States\n\nThe ministry did not comment.\n");
	expect_no_deal("Arms Trade Review\n\nAlso read: Greece signs for 24 Rafale jets from "
		       "France.\n\nThe ministry did not comment.\n");
	/* "related" in running text is no link */
	expect_deal("Arms Trade Review\n\nRelated reports said Poland ordered Abrams tanks "
		    "from the United States.\n",
		    1, "USA", "POL");
}

TEST(extract_doc_structure__sentences_glued_without_a_space_still_end)
{
	/* a page that lost the spaces after its full stops: each sentence
	 * is a unit, so the list of parties two sentences on joins the drill */
	ent_fact_list *l = run("The exercise Steppe Shield 2023 is being hosted by Belarus from "
			       "September 1 to 6. The exercises focus on the training of the alliance's "
			       "units.National contingents from Belarus, Kazakhstan and Russia will "
			       "participate in the drills.Over 2,500 troops are expected.",
			       NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK_INT((int)count(l, ENT_FACT_EXERCISE), 1);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "KAZ") && takes_part(f, "RUS") && takes_part(f, "BLR"));
	ent_fact_list_free(l);
	/* initials, decimals and addresses stay whole */
	l = run("The U.S.Army sold 1.6 million rounds to Peru, sputnik.com reported.", NULL);
	CHECK(l != NULL);
	CHECK(find_deal(l, "USA", "PER") != NULL);
	ent_fact_list_free(l);
}

/* A designation that ends in a capital letter ("the J-10C.") ends its
 * sentence: the letter is no initial, so the states of the next sentence
 * take no part in the drill of this one; initials ("U.S.", "John F.
 * Kennedy") still go on. */
TEST(extract_doc_structure__a_designation_ending_in_a_capital_ends_the_sentence)
{
	ent_fact_list *l = run("Egypt held a joint exercise with China to test the J-10C. The J-10C "
			       "gained attention after Pakistan shot down India's jet.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "EGY") && takes_part(f, "CHN"));
	CHECK(f && !takes_part(f, "PAK") && !takes_part(f, "IND"));
	ent_fact_list_free(l);
	l = run("The U.S. Army held drills with Peru.", NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "USA") && takes_part(f, "PER"));
	ent_fact_list_free(l);
}

/* A page that set a blank line after every wrapped line: a line that ends
 * open and a next line in small letters (or after a comma) are one
 * sentence, so the last party of a list split there still takes part. */
TEST(extract_doc_structure__a_wrapped_line_goes_on_over_a_blank_line)
{
	ent_fact_list *l = run("Navies Begin Coastal Drill\n\n"
			       "On May 16, more than 1,500 sailors from Norway, Denmark, and\n\n"
			       "Iceland began the Arctic Guard 2022 naval exercise, in which they\n\n"
			       "will practise search and rescue in the region, the Norwegian Navy\n\n"
			       "announced on Monday after a briefing at the naval base in Bergen.\n\n"
			       "The drills will last ten days and will take place between the coasts\n\n"
			       "of two islands, with frigates, patrol boats and helicopters taking\n\n"
			       "part from all three countries, officials said at the briefing.\n",
			       NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK_INT((int)count(l, ENT_FACT_EXERCISE), 1);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "NOR") && takes_part(f, "DNK") && takes_part(f, "ISL"));
	ent_fact_list_free(l);
	/* a true paragraph break after a sentence stays one */
	l = run("Norway and Denmark held joint naval drills in 2022 near the coast of Bergen.\n\n"
		"Iceland bought patrol boats from Norway in 2021, the ministry said at a briefing.\n\n"
		"The boats will be used for search and rescue in the north of the island.\n",
		NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && !takes_part(f, "ISL"));
	ent_fact_list_free(l);
}

/* A page that is not hard-wrapped but breaks a line inside a sentence
 * ("jets from the\nUnited States", "and they\nwill come"): the break is a
 * space when the next line goes on in small letters or the line ends in a
 * word no sentence ends with. */
TEST(extract_doc_structure__a_line_broken_inside_a_sentence_goes_on)
{
	ent_fact_list *l = run("Peru Buys Jets\n\n"
			       "Peru signed a deal to buy twelve fighter jets from the\n"
			       "United States in 2021, the ministry said.\n\n"
			       "The jets will replace older aircraft.\n",
			       NULL);
	CHECK(l && find_deal(l, "USA", "PER") != NULL);
	ent_fact_list_free(l);
	l = run("Peru Buys Jets\n\n"
		"Peru signed a deal to buy twelve fighter jets, officials said, and they\n"
		"will come from Chile in 2021.\n\n"
		"The jets will replace older aircraft.\n",
		NULL);
	CHECK(l && find_deal(l, "CHL", "PER") != NULL);
	ent_fact_list_free(l);
}

/* A web page of one paragraph a line, whose headline, links to read and
 * caption end open, is not hard-wrapped: the headline stays a line of its
 * own and does not run into the dateline after it ("... to Pakistan\nNew
 * Delhi: ... India" made India a second buyer). */
TEST(extract_doc_structure__a_page_of_paragraph_lines_is_not_wrapped)
{
	ent_fact_list *l = run(
		"Delhi protests over sale of jets to Pakistan\n"
		"New Delhi: Reacting sharply, India on Saturday called in the American envoy to "
		"convey its displeasure over the decision of Washington to sell eight F-16 fighter "
		"jets to Pakistan.\n"
		"Read: Congress questions the government over the jets for its neighbour\n"
		"The foreign secretary told the envoy about the concerns of New Delhi over military "
		"aid to Pakistan, which officials here believe goes into hostile activities along "
		"the border.\n"
		"Read: What the new jets mean for the air forces of the region in the long run\n"
		"The ministry said it disagrees with the view that such arms transfers help to "
		"combat terrorism, and that it would raise the matter again at the next meeting of "
		"the two governments.\n",
		NULL);
	CHECK(l && find_deal(l, "USA", "PAK") != NULL);
	CHECK(l && find_deal(l, "USA", "IND") == NULL);
	ent_fact_list_free(l);
}

/* A byline whose time ends in a zone of two letters ("01:58 am PT") dates
 * the text. */
TEST(extract_doc_structure__a_byline_with_a_short_time_zone_dates_the_text)
{
	CHECK_INT(deal_year("Navy Gets Frigates\n\n"
			    "By Staff Writer   August 20, 2021 | 01:58 am PT\n\n"
			    "Vietnam has received two frigates from Russia, the navy said on "
			    "Wednesday after a ceremony at the port.\n\n"
			    "The ships will patrol the coast and take part in drills with the "
			    "navies of neighbouring states, officials said at the ceremony.\n\n"
			    "The navy plans to order more ships of the same class, the officials "
			    "added, without giving a date for the order.\n",
			    NULL, "RUS", "VNM"),
		  2021);
}
