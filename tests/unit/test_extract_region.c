/*
 * test_extract_region.c - rules from the South Caucasus / Central and South
 * Asia holdout set, on sentences written for these tests (none quotes an
 * article): a byline that names its writers before the date, or ends in a
 * time zone; "Z criticised this move" after a deal opposes its seller;
 * support voiced in a participle ("countries voicing support for Y"); a
 * drill's name right after the word "drill"; an announced delivery that
 * belongs to a contract signed before it; an objection to a drill whose
 * parties the object names; sellers named as "American and Israeli firms".
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

TEST(extract_region__byline_with_writers)
{
	/* the writers' names come before the date; "last year" is the year
	 * before the byline's */
	CHECK_INT(deal_year("By Jane Roe and Sam Poe June 21, 2021\n\n"
			    "Peru ordered six Spanish frigates last year.\n",
			    NULL, "ESP", "PER"),
		  2020);
	CHECK_INT(deal_year("by Ana Lima and The Daily news desk May 3, 2019 2:31 PM 2 min read\n\n"
			    "Peru ordered six Spanish frigates last year.\n",
			    NULL, "ESP", "PER"),
		  2018);
	/* a name that is no byline gives no date */
	CHECK_INT(deal_year("By the sea June 21 is warm, 2021 said\n\n"
			    "Peru ordered six Spanish frigates last year.\n",
			    NULL, "ESP", "PER"),
		  0);
}

/* A short line of names ending in a date ("Outlook Web Bureau 05 October
 * 2018", "Tue May 7, 2013"), or an ISO date and its source ("2022-01-23,
 * BNS/TBT Staff"), dates the document; a title ending in a year or a
 * sentence with a date in it does not. */
TEST(extract_region__byline_names_then_date)
{
	CHECK_INT(deal_year("Lima Web Bureau 05 October 2018\n\n"
			    "Peru ordered six Spanish frigates last year.\n",
			    NULL, "ESP", "PER"),
		  2017);
	/* a wire's name in brackets among the names */
	CHECK_INT(deal_year("Lima Peru (EFE) Feb 25, 2020\n"
			    "Peru ordered six Spanish frigates last year.\n",
			    NULL, "ESP", "PER"),
		  2019);
	CHECK_INT(deal_year("Tue May 7, 2013\n\n"
			    "Peru ordered six Spanish frigates last year.\n",
			    NULL, "ESP", "PER"),
		  2012);
	CHECK_INT(deal_year("2022-01-23, ANDINA/Staff\n\n"
			    "Peru ordered six Spanish frigates last year.\n",
			    NULL, "ESP", "PER"),
		  2021);
	/* the writers' byline before the new form still works */
	CHECK_INT(deal_year("By News Desk - October 20 2022\n\n"
			    "Peru ordered six Spanish frigates last year.\n",
			    NULL, "ESP", "PER"),
		  2021);
	CHECK_INT(deal_year("Peru Navy Day Parade 2018\n\n"
			    "Peru ordered six Spanish frigates last year.\n",
			    NULL, "ESP", "PER"),
		  0);
	CHECK_INT(deal_year("Peru said on 05 October 2018\n\n"
			    "Peru ordered six Spanish frigates last year.\n",
			    NULL, "ESP", "PER"),
		  0);
}

/* More ways sites write a date line: an ordinal day ("November 21st,
 * 2018", "14" "th" in two tokens), "14.01.2024", "2024.01.14", "2024/01/14", "Last
 * Updated : 14 January 2024", a dateline's place ending in a colon
 * ("LIMA: (APP) Jan 14, 2024"). */
TEST(extract_region__byline_date_forms)
{
	static const char *const lines[] = {
		"By Ana Lima November 21st, 2018", "Monday, March 3rd 2018", "14.01.2018", "2018.01.14",
		"2018/01/14", "Last Updated : 14 January 2018", "LIMA: (APP) Jan 14, 2018",
	};
	char text[256];
	size_t i;
	for (i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		snprintf(text, sizeof text, "%s\n\nPeru ordered six Spanish frigates last year.\n",
			 lines[i]);
		if (deal_year(text, NULL, "ESP", "PER") != 2017)
			fprintf(stderr, "    no date from: %s\n", lines[i]);
		CHECK_INT(deal_year(text, NULL, "ESP", "PER"), 2017);
	}
	/* a number with dots that is no date */
	CHECK_INT(deal_year("14.91.2018\n\nPeru ordered six Spanish frigates last year.\n", NULL,
			    "ESP", "PER"),
		  0);
	CHECK_INT(deal_year("2018.14.01\n\nPeru ordered six Spanish frigates last year.\n", NULL,
			    "ESP", "PER"),
		  0);
}

/* A dateline whose date ends in a wire agency in brackets, the story
 * going on on the same line: "New Delhi, October 29, 2014 (Agencies)
 * Brushing aside ...". */
TEST(extract_region__dateline_with_agency_and_text)
{
	CHECK_INT(deal_year("Lima, October 29, 2014 (Agencies) Brushing aside objections, Peru "
			    "ordered six Spanish frigates last year.\n",
			    NULL, "ESP", "PER"),
		  2013);
}

TEST(extract_region__byline_with_time_zone)
{
	CHECK_INT(deal_year("Jul 28, 2021, 02:14 PM | Updated 03:44 PM IST\n\n"
			    "Peru ordered six Spanish frigates last year.\n",
			    NULL, "ESP", "PER"),
		  2020);
	CHECK_INT(deal_year("Published: March 2, 2017 at 6:40 pm EST\n\n"
			    "Peru ordered six Spanish frigates last year.\n",
			    NULL, "ESP", "PER"),
		  2016);
}

TEST(extract_region__criticised_this_move)
{
	ent_fact_list *l = run("Spain and Chile signed an agreement for the supply of frigates to "
			       "the Chilean navy. Peru criticised this move, calling it a threat.",
			       NULL);
	CHECK(l != NULL);
	if (l) {
		CHECK(has_stance(l, "PER", "ESP", OPP));
		ent_fact_list_free(l);
	}
	/* the deal has its own parties, or the critic buys: not this rule */
	CHECK(!stance_has("Spain and Chile signed an agreement for the supply of frigates to the "
			  "Chilean navy. Chile criticised the deal.",
			  "CHL", "ESP", OPP));
	CHECK(!stance_has("Spain and Chile signed an agreement for the supply of frigates to the "
			  "Chilean navy. Peru criticised the deal of Brazil with Norway.",
			  "PER", "ESP", OPP));
	/* no deal before it */
	CHECK(stance_none("Peru and Chile met on Monday. Bolivia criticised this move."));
}

/* A move of a deal its buyer's verb of buying told is the buyer's: "Cyprus
 * first ordered the system in 2021. ... While Turkish officials criticize
 * the move" opposes Cyprus (stop 59); "the deal" stays the seller's. */
TEST(extract_region__criticised_the_buyers_move)
{
	CHECK(stance_has("Peru has taken delivery of two frigates from Spain. Chilean officials "
			 "criticised the move.",
			 "CHL", "PER", OPP));
	CHECK(!stance_has("Peru has taken delivery of two frigates from Spain. Chilean officials "
			  "criticised the move.",
			  "CHL", "ESP", OPP));
	CHECK(stance_has("Peru has taken delivery of two frigates from Spain. Peru first ordered "
			 "the frigates in 2021. While Chilean officials criticise the move, Lima "
			 "declined to comment.",
			 "CHL", "PER", OPP));
	CHECK(stance_has("Peru has taken delivery of two frigates from Spain. Chile criticised "
			 "the deal.",
			 "CHL", "ESP", OPP));
	/* the buyer speaking of its own move */
	CHECK(stance_none("Peru has taken delivery of two frigates from Spain. Peru criticised the "
			  "move."));
}

TEST(extract_region__voicing_support)
{
	ent_fact_list *l = run("In the short war of 2020, Peru and Bolivia were among the first "
			       "countries voicing political support for Ecuador.",
			       NULL);
	CHECK(l != NULL);
	if (l) {
		CHECK_INT(count(l, ENT_FACT_STANCE), 2);
		CHECK(has_stance(l, "PER", "ECU", SUP));
		CHECK(has_stance(l, "BOL", "ECU", SUP));
		ent_fact_list_free(l);
	}
	CHECK(stance_only("Peru is expressing its support for Ecuador.", "PER", "ECU", SUP));
}

TEST(extract_region__name_after_drill)
{
	ent_fact_list *l = run("The ministers watched the Peruvian-Chilean joint drill Condor-2021 "
			       "at the Arica training ground.",
			       NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	if (!l)
		return;
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f != NULL);
	if (f) {
		CHECK(f->name != NULL && strcmp(f->name, "Condor-2021") == 0);
		CHECK(takes_part(f, "PER") && takes_part(f, "CHL"));
	}
	ent_fact_list_free(l);
}

TEST(extract_region__announced_stage_of_contract)
{
	/* the delivery to come is a stage of the contract signed before */
	const char *text = "October 4, 2022\n\n"
			   "Japan has completed a coastal radar unit for Peru under rules eased to "
			   "allow arms to be shipped abroad.\n\n"
			   "The radar will be delivered to Peru in November.\n\n"
			   "Mitsubishi Electric signed a contract with the Peruvian government in "
			   "May 2020 for four radar units.\n";
	ent_fact_list *l = run(text, NULL);
	CHECK(l != NULL);
	if (l) {
		CHECK_INT(ndeals(l), 1);
		CHECK(find_deal(l, "JPN", "PER") != NULL && find_deal(l, "JPN", "PER")->year == 2020);
		ent_fact_list_free(l);
	}
	/* a delivered deal is done: a later plan is a deal of its own */
	expect_deal("Peru received four Japanese radars in 2015.\n\n"
		    "Peru plans to buy Japanese radars in 2024.\n",
		    2, "JPN", "PER");
}

TEST(extract_region__objects_to_drill)
{
	ent_fact_list *l = run("However, Peru had raised objections to the ongoing Chile-Bolivia "
			       "military exercise near the border.",
			       NULL);
	CHECK(l != NULL);
	if (l) {
		CHECK_INT(count(l, ENT_FACT_STANCE), 2);
		CHECK(has_stance(l, "PER", "CHL", OPP));
		CHECK(has_stance(l, "PER", "BOL", OPP));
		ent_fact_list_free(l);
	}
	l = run("Peru objected to the joint military exercise between Chile and Bolivia.", NULL);
	CHECK(l != NULL);
	if (l) {
		CHECK(has_stance(l, "PER", "CHL", OPP));
		CHECK(has_stance(l, "PER", "BOL", OPP));
		ent_fact_list_free(l);
	}
	/* a party of the drill, or no party named: no stance */
	CHECK(stance_none("Chile objected to the joint Chile-Bolivia exercise."));
	CHECK(stance_none("Peru raised objections to the planned exercise."));
	/* objections dropped are none held (stop 61) */
	CHECK(stance_none("The sale comes two weeks after Peru dropped its objections to Chile "
			  "joining the bloc."));
	CHECK(stance_none("Peru has withdrawn its objections to Chile's bid."));
	/* words joined by hyphens before the drill ("first-ever
	 * multi-domain"), and a critic with its short name in brackets */
	l = run("The Republic of Peru (ROP) on Sunday condemned the first-ever multi-domain "
		"military exercises involving Chile, Bolivia and Ecuador.",
		NULL);
	CHECK(l != NULL);
	if (l) {
		const ent_fact *f = first(l, ENT_FACT_EXERCISE);
		CHECK(has_stance(l, "PER", "CHL", OPP));
		CHECK(has_stance(l, "PER", "ECU", OPP));
		CHECK(f && takes_part(f, "CHL") && !takes_part(f, "PER"));
		ent_fact_list_free(l);
	}
	/* "lashed out (Monday) at a recent joint military exercise between A
	 * and B": each party, the critic takes no part */
	l = run("Peru lashed out Monday at a recent five-day joint military exercise between "
		"Chile and Bolivia.",
		NULL);
	CHECK(l != NULL);
	if (l) {
		const ent_fact *f = first(l, ENT_FACT_EXERCISE);
		CHECK(has_stance(l, "PER", "CHL", OPP));
		CHECK(has_stance(l, "PER", "BOL", OPP));
		CHECK(f && !takes_part(f, "PER"));
		ent_fact_list_free(l);
	}
}

TEST(extract_region__sellers_named_by_demonyms_of_firms)
{
	static const char *const sup[] = {"USA", "ISR", NULL};
	static const char *const rec[] = {"PER", "PER", NULL};
	expect_deals("Peru has also purchased small arms from American and Israeli firms.", 2, sup,
		     rec);
	/* no noun of firms after the list: one seller, as before */
	expect_deal("Peru has also purchased small arms from American and Israeli sources.", 1, "USA",
		    "PER");
}
