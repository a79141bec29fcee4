/*
 * test_extract_deal_attributes.c - the year and the value of deals: money
 * phrases (a sign before a hyphenated scale, "$250-million") and the years
 * of a deal's stage.  Every sentence here was written for these tests.
 */
#include "extract_harness.h"

/* The deal sup -> rec of text ("published" may be NULL), or NULL; the
 * list is returned in *out for freeing. */
static const ent_fact *deal_of(const char *text, const char *published, const char *sup,
			       const char *rec, ent_fact_list **out)
{
	ent_fact_list *l = run(text, published);
	const ent_fact *f = l ? find_deal(l, sup, rec) : NULL;
	if (!f)
		fprintf(stderr, "    no deal %s -> %s in: %s\n", sup, rec, text);
	*out = l;
	return f;
}

/* The value in USD of the deal sup -> rec in text (0: none, -1: no deal). */
static double usd_of(const char *text, const char *sup, const char *rec)
{
	ent_fact_list *l;
	const ent_fact *f = deal_of(text, NULL, sup, rec, &l);
	double v = f ? (f->value.has_usd ? f->value.usd : 0) : -1;
	if (l)
		ent_fact_list_free(l);
	return v;
}

TEST(extract_deal_attributes__a_sign_before_a_hyphenated_scale_is_one_sum)
{
	CHECK(usd_of("Spain signed a $250-million contract to supply Chile with patrol boats.",
		     "ESP", "CHL") == 250e6);
	CHECK(usd_of("Norway will deliver howitzers to Latvia under a US$1.2-billion deal.", "NOR",
		     "LVA") == 1.2e9);
}

/* The year of the deal sup -> rec in text (0: none, -1: no deal). */
static int year_of(const char *text, const char *sup, const char *rec)
{
	ent_fact_list *l;
	const ent_fact *f = deal_of(text, NULL, sup, rec, &l);
	int y = f ? f->year : -1;
	if (l)
		ent_fact_list_free(l);
	return y;
}

TEST(extract_deal_attributes__a_byline_day_glued_to_its_year_dates_the_text)
{
	/* "March 14,2021": no space after the comma, one number token */
	CHECK(year_of("Norway delivers howitzers to Latvia\n\nPublished March 14,2021\n\n"
		      "Norway has delivered ten howitzers to Latvia, the ministry said.",
		      "NOR", "LVA") == 2021);
	CHECK(year_of("Norway delivers howitzers to Latvia\nOct 3,2019\n\n"
		      "Norway has delivered ten howitzers to Latvia, the ministry said.",
		      "NOR", "LVA") == 2019);
	/* a figure of money is no date: "14,2021" with no month before */
	CHECK(year_of("Norway delivers howitzers to Latvia\n\nPublished 14,2021\n\n"
		      "Norway has delivered ten howitzers to Latvia, the ministry said.",
		      "NOR", "LVA") == 0);
}

/* A byline whose whole date is followed by machine stamps glued to a word
 * ("15:05 IST2025-09-15T15:02:58") still dates the text; a line that goes
 * on in words after its date does not. */
TEST(extract_deal_attributes__a_byline_date_before_glued_stamps)
{
	CHECK(year_of("Norway delivers howitzers to Latvia\nBy NTB | Updated: September 15, 2025 "
		      "15:05 IST2025-09-15T15:02:58+5:30\n\n"
		      "Norway has delivered ten howitzers to Latvia, the ministry said.",
		      "NOR", "LVA") == 2025);
	CHECK(year_of("Norway delivers howitzers to Latvia\nSeptember 15, 2025 was the day the "
		      "guns came2 home\n\n"
		      "Norway has delivered ten howitzers to Latvia, the ministry said.",
		      "NOR", "LVA") == 0);
}

/* A date line whose author follows it ("16th August 2022 By: Name -
 * Editor") dates the text; a sentence that goes on after "by" does not
 * (stop 39). */
TEST(extract_deal_attributes__a_date_line_before_its_author)
{
	CHECK(year_of("Norway delivers howitzers to Latvia\n\n16th August 2022 By: Kari Nordmann - "
		      "Senior Editor\n\nNorway has delivered ten howitzers to Latvia, the ministry "
		      "said.",
		      "NOR", "LVA") == 2022);
	CHECK(year_of("Norway delivers howitzers to Latvia\n\nIn August 2022 by contrast nothing "
		      "moved.\n\nNorway has delivered ten howitzers to Latvia, the ministry said.",
		      "NOR", "LVA") == 0);
}

/* "on the sidelines of the Dubai Expo 2020", "under its Vision 2030
 * plan": the year of a fair's or a plan's name dates no deal (stop 39). */
TEST(extract_deal_attributes__a_year_in_a_fair_or_plan_name)
{
	CHECK(year_of("Norway sold ten howitzers to Latvia at a signing ceremony on the sidelines "
		      "of the Riga Expo 2020.",
		      "NOR", "LVA") == 0);
	CHECK(year_of("Latvia bought ten howitzers from Norway under its Vision 2030 plan.", "NOR",
		      "LVA") == 0);
	CHECK(year_of("Norway sold ten howitzers to Latvia at a signing ceremony in 2020.", "NOR",
		      "LVA") == 2020);
}

/* A line of an ISO date ("2024-11-24") near the top is the byline too. */
TEST(extract_deal_attributes__an_iso_date_line_dates_the_text)
{
	CHECK(year_of("Norway delivers howitzers to Latvia\n\n2024-11-24\n\n"
		      "Norway has delivered ten howitzers to Latvia, the ministry said.",
		      "NOR", "LVA") == 2024);
	/* not a range of figures, nor a month past twelve */
	CHECK(year_of("Norway delivers howitzers to Latvia\n\n2024-14-24\n\n"
		      "Norway has delivered ten howitzers to Latvia, the ministry said.",
		      "NOR", "LVA") == 0);
}

TEST(extract_deal_attributes__a_deal_noun_with_its_stated_price_continues_the_deal)
{
	/* the next paragraph names the deal with its price */
	CHECK(usd_of("Spain signed a contract to supply Chile with four patrol boats.\n\n"
		     "The shipyard said the contract, worth $300 million, also covers training.",
		     "ESP", "CHL") == 300e6);
	CHECK(usd_of("Spain signed a contract to supply Chile with four patrol boats.\n\n"
		     "The shipyard said the contract for the four boats was valued at $300 "
		     "million.",
		     "ESP", "CHL") == 300e6);
	CHECK(usd_of("Spain signed a contract to supply Chile with four patrol boats.\n\n"
		     "The cost of the deal with Santiago is said to be $300 million.",
		     "ESP", "CHL") == 300e6);
	/* money the next paragraph does not give as the deal's price */
	CHECK(usd_of("Spain signed a contract to supply Chile with four patrol boats.\n\n"
		     "The shipyard said the contract will help it spend $300 million on a new "
		     "dock.",
		     "ESP", "CHL") == 0);
}

TEST(extract_deal_attributes__a_us_figure_told_later_outweighs_another_currency)
{
	/* a headline with the sum in euros, the body with its US figure */
	CHECK(usd_of("Chile to buy four patrol boats from Spain for 400 million euros\n\n"
		     "Chile will buy four patrol boats from Spain for 400 million euros ($440 "
		     "million), the ministry said.",
		     "ESP", "CHL") == 440e6);
	/* no US figure anywhere: the value stays without one */
	CHECK(usd_of("Chile to buy four patrol boats from Spain for 400 million euros\n\n"
		     "Chile will buy four patrol boats from Spain for 400 million euros, the "
		     "ministry said.",
		     "ESP", "CHL") == 0);
}

TEST(extract_deal_attributes__since_a_year_when_it_bought_is_the_year_of_the_purchase)
{
	CHECK(year_of("Chile has flown the type since 2016, when it bought six patrol aircraft "
		      "from Spain.",
		      "ESP", "CHL") == 2016);
	/* no comma before "when" */
	CHECK(year_of("Ties between Chile and Spain have grown since 2016 when Chile bought six "
		      "patrol aircraft from Spain.",
		      "ESP", "CHL") == 2016);
	/* "since" with no "when" clause stays a period, no year of a stage */
	CHECK(year_of("Chile has flown six patrol aircraft bought from Spain since 2016.", "ESP",
		      "CHL") != 2016);
	/* a "since" clause whose own verb buys dates the purchase (stop 54),
	 * one of another event does not */
	CHECK(year_of("Chile has operated Spanish patrol boats since it bought them in 2016.",
		      "ESP", "CHL") == 2016);
	CHECK(year_of("Chile has bought Spanish patrol boats since the country underwent a coup "
		      "in 2016.",
		      "ESP", "CHL") != 2016);
}

/* The byline of the text is the article's own date: it outweighs the date
 * the document came with (a header, a page's metadata), and a stamp line
 * "date 2024-11-01 ..." names no year of the text. */
TEST(extract_deal_attributes__the_text_s_byline_outweighs_the_date_it_came_with)
{
	ent_fact_list *l;
	const ent_fact *f;
	size_t i, n = 0;
	f = deal_of("Norway sells howitzers to Latvia\n\nby AFP Staff Writers\n\n"
		    "Oslo (AFP) Nov 15, 2025\n\n"
		    "Latvia has agreed to buy ten howitzers from Norway, the ministry said.",
		    "2024-11-01", "NOR", "LVA", &l);
	CHECK(f && f->year == 2025);
	ent_fact_list_free(l);
	/* with no byline the date it came with stands */
	f = deal_of("Norway sells howitzers to Latvia\n\n"
		    "Latvia has agreed to buy ten howitzers from Norway, the ministry said.",
		    "2024-11-01", "NOR", "LVA", &l);
	CHECK(f && f->year == 2024);
	ent_fact_list_free(l);
	/* the stamp opening the headline's line is no year of the deal */
	l = run(" date 2024-11-01 Latvia agrees to buy howitzers from Norway\n\n"
		"Oslo (AFP) Nov 15, 2025\n\n"
		"Latvia has agreed to buy ten howitzers from Norway, the ministry said.",
		"2024-11-01");
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_DEAL) {
			n++;
			CHECK_INT(l->v[i].year, 2025);
		}
	CHECK_INT(n, 1);
	ent_fact_list_free(l);
}

/* "Bogotï¿½": a letter lost to a page's encoding (U+FFFD read as Latin-1)
 * stays inside its word, so the dateline "Place (AFP) Mon DD, YYYY" holds. */
TEST(extract_deal_attributes__a_mangled_letter_stays_in_its_word)
{
	ent_fact_list *l;
	const ent_fact *f = deal_of("Norway sells howitzers to Latvia\n\n"
				    "Bogot\xc3\xaf\xc2\xbf\xc2\xbd (AFP) Nov 15, 2025\n\n"
				    "Latvia has agreed to buy ten howitzers from Norway.",
				    "2024-11-01", "NOR", "LVA", &l);
	CHECK(f && f->year == 2025);
	ent_fact_list_free(l);
}

/* "... — Name (@handle) June 9, 2020": the date of an embedded post is no
 * year of the deal the post tells again, which stays the one told before
 * with its own year. */
TEST(extract_deal_attributes__an_embedded_post_s_date_is_no_year_of_the_text)
{
	ent_fact_list *l = run("The contract for four patrol ships was signed between Peru and Norway "
			       "in 2018.\n\n"
			       "Ceremony for the patrol ships held at the yard. Peru signed the "
			       "contract for 04 patrol ships with Norway. pic.twitter.com/AbCdEf — "
			       "Navy Spokesman (@PeruNavy) June 9, 2020\n",
			       NULL);
	size_t i, n = 0;
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_DEAL) {
			n++;
			CHECK(l->v[i].year != 2020);
		}
	CHECK(l && n >= 1);
	ent_fact_list_free(l);
}

/* "the defence report for 2023 stated that X agreed to supply ...": the
 * year a report is for is no year of the deal it tells. */
TEST(extract_deal_attributes__the_year_of_a_report_is_no_stage_year)
{
	CHECK_INT(deal_year("Peru's defence report for 2023 stated that Chile has agreed to supply "
			    "patrol boats to Peru.",
			    NULL, "CHL", "PER"),
		  0);
	CHECK_INT(deal_year("Chile agreed in 2023 to supply patrol boats to Peru.", NULL, "CHL",
			    "PER"),
		  2023);
}

/* "The order, which follows the 2015 purchase of 24 Rafale jets": an
 * earlier deal of the same parties, with its own year and goods; the
 * order told does not take that year. */
TEST(extract_deal_attributes__the_earlier_purchase_an_order_follows)
{
	ent_fact_list *l = run("Peru ordered 30 Rafale jets from France. The order, which follows the "
			       "2015 purchase of 24 Rafale jets, will be financed through a loan.",
			       NULL);
	size_t i, n15 = 0, n0 = 0;
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_DEAL && !strcmp(l->v[i].recipient.s, "PER")) {
			n15 += l->v[i].year == 2015;
			n0 += l->v[i].year == 0;
		}
	CHECK_INT((int)n15, 1);
	CHECK_INT((int)n0, 1);
	ent_fact_list_free(l);
	CHECK_INT(deal_year("Peru ordered 30 Rafale jets from France, following the 2015 purchase of "
			    "24 Rafale jets.",
			    NULL, "FRA", "PER"),
		  0);
}

/* "follows a previous agreement made in December 2017 for 24 jets, valued
 * at ...": the earlier deal has its own year and price; the new one
 * takes neither (stop 36). */
TEST(extract_deal_attributes__a_previous_agreement_with_its_price)
{
	ent_fact_list *l = run("Peru will buy 12 more Rafale jets from France. The purchase "
			       "follows a previous agreement made in December 2017 for 24 Rafale "
			       "jets, valued at about 5 billion euros.",
			       NULL);
	size_t i, n17 = 0, priced17 = 0, priced_other = 0;
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_DEAL && !strcmp(l->v[i].recipient.s, "PER")) {
			n17 += l->v[i].year == 2017;
			priced17 += l->v[i].year == 2017 && l->v[i].value.present;
			priced_other += l->v[i].year != 2017 && l->v[i].value.present;
		}
	CHECK_INT((int)ndeals(l), 2);
	CHECK_INT((int)n17, 1);
	CHECK_INT((int)priced17, 1);
	CHECK_INT((int)priced_other, 0);
	ent_fact_list_free(l);
}

/* "a deal worth over $200 million for Akash missiles ..., after a previous
 * $375 million sale of BrahMos missiles in 2022": the earlier deal with its
 * price between the article and the noun, and its year after the goods;
 * the new deal keeps its own price (stop 36). */
TEST(extract_deal_attributes__a_previous_sale_with_its_price_and_year)
{
	ent_fact_list *l = run("This follows India's expectation to finalise a deal worth over "
			       "$200 million for Akash missiles with Peru, marking a continuation "
			       "of exports to Lima after a previous $375 million sale of BrahMos "
			       "missiles in 2022.",
			       NULL);
	size_t i, old = 0, fresh = 0;
	for (i = 0; l && i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_DEAL || strcmp(f->recipient.s, "PER"))
			continue;
		old += f->year == 2022 && f->value.present && f->value.amount == 375e6;
		fresh += f->year != 2022 && f->value.present && f->value.amount == 200e6;
	}
	CHECK_INT((int)old, 1);
	CHECK_INT((int)fresh, 1);
	ent_fact_list_free(l);
}

/* The same with the deal's direction left to the document ("a deal for 30
 * jets with France") and no comma before "after": the earlier deal keeps
 * the open pair (stop 36). */
TEST(extract_deal_attributes__a_previous_sale_of_an_open_pair)
{
	ent_fact_list *l = run("Peru expects to finalise a deal for 30 Rafale jets with France "
			       "after a previous $5 billion sale of 24 Rafale jets in 2015.",
			       NULL);
	size_t i, old = 0, fresh = 0;
	for (i = 0; l && i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_DEAL || strcmp(f->recipient.s, "PER"))
			continue;
		old += f->year == 2015 && f->value.present;
		fresh += f->year != 2015 && !f->value.present;
	}
	CHECK_INT((int)old, 1);
	CHECK_INT((int)fresh, 1);
	ent_fact_list_free(l);
}

/* "following a previous contract signed in 2015 for 24 jets": one earlier
 * deal, of those 24 jets (stop 36) */
TEST(extract_deal_attributes__a_previous_contract_has_its_own_goods)
{
	ent_fact_list *l = run("Peru ordered 30 Rafale jets from France in 2021, following a "
			       "previous contract signed in 2015 for 24 Rafale jets.",
			       NULL);
	size_t i, n24 = 0;
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_DEAL && l->v[i].year == 2015 && l->v[i].nitems &&
		    l->v[i].items[0].quantity == 24)
			n24++;
	CHECK_INT((int)ndeals(l), 2);
	CHECK_INT((int)n24, 1);
	ent_fact_list_free(l);
}

/* "The contract has been signed and the supplies will begin in 2018":
 * the year deliveries are to start dates no signing; a delivery to come
 * alone keeps it (stop 39). */
TEST(extract_deal_attributes__the_year_supplies_will_begin)
{
	CHECK(year_of("The contract for the delivery of 12 helicopters to Peru from Norway has "
		      "been signed and the supplies will begin in 2018.",
		      "NOR", "PER") == 0);
	CHECK(year_of("Deliveries of 12 helicopters from Norway to Peru will begin in 2018.", "NOR",
		      "PER") == 2018);
	/* a year to come before a contract "signed ... in September 2024" */
	CHECK(year_of("Peru buys arms\n\n24-09-2025\n\nThe ministry reported that Lima is set "
		      "to receive the KM-SAM system in early 2026 as part of a $2.8 billion "
		      "contract signed with South Korean company LIG Nex1 in September 2024.",
		      "KOR", "PER") == 2024);
	CHECK(year_of("Lima is set to receive NASAMS from Norway in early 2026.", "NOR",
		      "PER") == 2026);
}

/* "with one aircraft delivered per month": a pace of deliveries, no
 * delivery made (stop 63). */
TEST(extract_deal_attributes__a_pace_of_deliveries_is_no_delivery)
{
	CHECK(deal_status("Peru signed a deal with Chile for 12 jets. With an average of one "
			  "aircraft delivered per month, all of the jets could arrive by 2027.",
			  "CHL", "PER") == ENT_STATUS_SIGNED);
	/* a delivery told with a rate after its goods stays one */
	CHECK(deal_status("Chile delivered two jets a month to Peru in 2015.", "CHL", "PER") ==
	      ENT_STATUS_DELIVERED);
}

/* "should be delivered by 2026" is to come, as "will be" is (stop 63). */
TEST(extract_deal_attributes__should_be_delivered_is_to_come)
{
	CHECK(deal_status("Peru signed a deal with the US for P-8A aircraft. The first P-8A "
			  "should be delivered in 2026, and all of the aircraft could be "
			  "delivered as early as fall 2027.",
			  "USA", "PER") == ENT_STATUS_SIGNED);
	CHECK(deal_status("Chile should deliver the jets to Peru by 2026.", "CHL", "PER") !=
	      ENT_STATUS_DELIVERED);
	CHECK(deal_status("Chile delivered the jets to Peru in 2026.", "CHL", "PER") ==
	      ENT_STATUS_DELIVERED);
}
