/*
 * test_extract_wire.c - rules from short wire-service reports, on
 * sentences written for these tests (none quotes an article): a list of
 * recipients after "to" ("exported tanks to Greece, Spain and Chile");
 * "Exercise Series 12/2024" is an edition mark after a drill's name;
 * "U.S. dollars" is a currency, no party; "the countries sending troops
 * to participate are X, Y" lists a drill's parties and sends no goods;
 * "donated vehicles to X" is a transfer of goods of no stated kind, and
 * one named only so restates the same parties' transfer told in detail;
 * "rejected the (...) statements attributed to X" opposes X; a sentence
 * that tells the deal just stated again ("will also acquire ... under the
 * deal signed between ...", "the howitzer export deal") adds to it; "a
 * ship", "a vessel" are goods; "Xinhua, August 5, 2015" is a dateline;
 * "X and Y signed an agreement under which X supplies ... to Y": X sells;
 * in "LIMA, Peru - The Chilean army decided to buy ..." the state of the
 * dateline is a place and the army named before the verb buys; "the
 * Foreign Military Sales program" is a channel, no sale of its own; "New
 * Delhi: ..." is a dateline too; the object of "sanctions on X" is no
 * subject of the verb of supply after it; "(the) sale of Yn arms to Z",
 * "the sale of weapons by Yn companies to Z": Y sells; "Y-related needs"
 * names no party; "a photo provided by Y" moves no goods; a quote's "we"
 * buys too ("we are to receive ...", the speaker's state).
 */
#include "extract_harness.h"
#include <math.h>

TEST(extract_wire__recipient_list)
{
	const char *const sup3[] = {"DEU", "DEU", "DEU", NULL};
	const char *const rec3[] = {"GRC", "ESP", "CHL", NULL};
	const char *const sup2[] = {"RUS", "RUS", NULL};
	const char *const rec2[] = {"IND", "VNM", NULL};
	expect_deals("Germany has exported 200 Leopard tanks to Greece, Spain and Chile.", 3, sup3,
		     rec3);
	expect_deals("Russia delivered fighter jets to India and Vietnam in 2019.", 2, sup2, rec2);
	expect_deals("Russia delivered fighter jets to India, and Vietnam last year.", 2, sup2, rec2);
	/* not a list: a speaker after the comma, a possessive after "and" */
	expect_deal("Russia delivered fighter jets to India, Pakistan said.", 1, "RUS", "IND");
	expect_deal("Russia delivered fighter jets to India and Pakistan's army protested.", 1,
		    "RUS", "IND");
	/* the seller inside the list: the list is not read */
	expect_deal("Peru sold patrol boats to Chile, Peru and Ecuador.", 1, NULL, NULL);
}

/* The name of the one exercise the text gives, or "" */
static const char *ex_name(const char *text, char *buf, size_t size)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	snprintf(buf, size, "%s", f && f->name ? f->name : "");
	if (l)
		ent_fact_list_free(l);
	return buf;
}

TEST(extract_wire__exercise_series)
{
	char b[64];
	CHECK_STR(ex_name("Ghanaian and Togolese troops began the Blue Harmattan Exercise Series "
			  "7/2024 near Lome.",
			  b, sizeof b),
		  "Blue Harmattan");
	CHECK_STR(ex_name("Ghana and Togo held the joint Blue Harmattan Exercise Serial 3 at sea.",
			  b, sizeof b),
		  "Blue Harmattan");
	/* a title and the body name one drill: one exercise */
	{
		ent_fact_list *l = run("Ghana, Togo begin Blue Harmattan military exercise\n\n"
				       "Ghanaian and Togolese troops began the Blue Harmattan "
				       "Exercise Series 7/2024 near Lome.",
				       NULL);
		CHECK(l != NULL);
		if (l) {
			CHECK_INT(count(l, ENT_FACT_EXERCISE), 1);
			ent_fact_list_free(l);
		}
	}
	/* "Exercise" and a name after it is still a name */
	CHECK_STR(ex_name("Ghana and Togo held Exercise Blue Harmattan near Lome.", b, sizeof b),
		  "Blue Harmattan");
}

TEST(extract_wire__us_dollars)
{
	ent_fact_list *l;
	const ent_fact *f;
	/* the price in U.S. dollars names no seller */
	expect_deal("Peru received three patrol ships worth nearly four million U.S. dollars.", 0,
		    NULL, NULL);
	expect_deal("Peru received three patrol ships worth about 4 million US dollars.", 0, NULL,
		    NULL);
	/* "8 billion U.S. dollars" is the price */
	l = run("Peru bought six frigates from Chile for 8 billion U.S. dollars.", NULL);
	CHECK(l != NULL);
	if (!l)
		return;
	f = find_deal(l, "CHL", "PER");
	CHECK(f != NULL);
	if (f) {
		CHECK(f->value.present);
		CHECK(f->value.amount > 7.9e9 && f->value.amount < 8.1e9);
		CHECK_STR(f->value.currency, "USD");
	}
	ent_fact_list_free(l);
	/* the United States as a party stays one */
	expect_deal("The U.S. delivered six patrol ships to Peru.", 1, "USA", "PER");
}

TEST(extract_wire__countries_taking_part)
{
	ent_fact_list *l = run("Ghana opened the Blue Harmattan exercise on Monday. The five "
			       "countries sending their armed forces to participate are Ghana, "
			       "Togo, Benin, Niger and Nigeria.",
			       NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK_INT(count(l, ENT_FACT_EXERCISE), 1);
	CHECK_INT(ndeals(l), 0);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(takes_part(f, "GHA") && takes_part(f, "TGO") && takes_part(f, "BEN") &&
	      takes_part(f, "NER") && takes_part(f, "NGA"));
	ent_fact_list_free(l);
	l = run("Ghana opened the Blue Harmattan exercise on Monday. The nations taking part are "
		"Ghana, Togo and Benin.",
		NULL);
	CHECK(l != NULL);
	if (!l)
		return;
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(takes_part(f, "TGO") && takes_part(f, "BEN"));
	ent_fact_list_free(l);
	/* "sent ... to <a state>" is still a transfer */
	expect_deal("Ghana sent four armoured vehicles to Togo.", 1, "GHA", "TGO");
}

TEST(extract_wire__generic_vehicles)
{
	ent_fact_list *l;
	const ent_fact *f;
	expect_deal("Japan has delivered 12 off-road vehicles to Somalia.", 1, "JPN", "SOM");
	expect_deal("Japan handed over 30 vehicles to the army of Somalia last week.", 1, "JPN",
		    "SOM");
	/* told generically, then in detail: one transfer */
	l = run("Japan has donated vehicles to Somalia. The embassy said Japan provided $3 "
		"million worth of training to Somalia.",
		NULL);
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK_INT(ndeals(l), 1);
	f = find_deal(l, "JPN", "SOM");
	CHECK(f != NULL && f->value.present);
	ent_fact_list_free(l);
	/* not a transfer: vehicles seen, not given */
	expect_deal("Japan inspected 12 vehicles in Somalia.", 0, NULL, NULL);
}

TEST(extract_wire__reject_statements)
{
	CHECK(stance_only("Peru rejected the statements attributed to the Chilean foreign minister.",
			  "PER", "CHL", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Peru rejected the unfounded and what it called absurd remarks by Chile.",
			  "PER", "CHL", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Peru firmly rejected Chile's statements on the border.", "PER", "CHL",
			  ENT_POLARITY_OPPOSE));
	/* "to" alone names no author; a passive names no actor */
	CHECK(stance_none("Peru rejected the statements to Chile."));
	CHECK(stance_none("The statements by Chile were rejected."));
}

TEST(extract_wire__deal_told_again)
{
	ent_fact_list *l;
	const ent_fact *f;
	l = run("Peru has signed a contract to buy 30 K9 howitzers from South Korea.\n\n"
		"The Peruvian Army will also acquire 15 armoured ammunition resupply vehicles "
		"under the deal signed between the army and Hanwha.\n\n"
		"The contract is worth $700 million.",
		NULL);
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK_INT(ndeals(l), 1);
	f = find_deal(l, "KOR", "PER");
	CHECK(f != NULL && f->value.present && f->status == ENT_STATUS_SIGNED);
	ent_fact_list_free(l);
	l = run("Peru has signed a contract worth $700 million to buy 30 K9 howitzers from South "
		"Korea.\n\nChile is also interested.\n\nThrough the MOU and the K9 howitzer export "
		"deal, both countries agreed to work on other systems.",
		NULL);
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK_INT(ndeals(l), 1);
	f = find_deal(l, "KOR", "PER");
	CHECK(f != NULL && f->status == ENT_STATUS_SIGNED);
	ent_fact_list_free(l);
	/* "on the same day a memorandum": another deal, not the one before */
	l = run("Jakarta - Indonesia ordered on March 3, 2023, 24 Rafale fighter jets from France "
		"in a package worth $4 billion, an official said. French shipbuilder Naval Group "
		"signed on the same day a memorandum of understanding with PT PAL, an Indonesian "
		"shipyard, for the local build of Scorpene submarines.",
		NULL);
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK_INT(ndeals(l), 2);
	ent_fact_list_free(l);
}

TEST(extract_wire__ship_and_dateline)
{
	expect_deal("Vietnam received a ship from Japan.", 1, "JPN", "VNM");
	expect_deal("Kenya took delivery of a vessel from India on Monday.", 1, "IND", "KEN");
	/* an agency's name, a comma and a date: the year of a done deal */
	CHECK_INT(deal_year("Xinhua, August 5, 2015\n\nVietnam on Wednesday received a patrol "
			    "ship from Japan.",
			    NULL, "JPN", "VNM"),
		  2015);
	/* not a dateline: a sentence that names a date */
	CHECK_INT(deal_year("Hanoi, the capital, said on August 5, 2015 that it was ready.\n\n"
			    "Vietnam received a patrol ship from Japan on Wednesday.",
			    NULL, "JPN", "VNM"),
		  0);
}

TEST(extract_wire__agreement_under_which)
{
	expect_deal("Japan and Vietnam signed an agreement under which Japan provides six patrol "
		    "vessels to Vietnam.",
		    1, "JPN", "VNM");
	expect_deal("Vietnam and Japan signed an accord on Japan supplying six patrol vessels to "
		    "Vietnam in 2014.",
		    1, "JPN", "VNM");
	/* the one who signs still sells when no other subject supplies */
	expect_deal("Turkey won a contract to supply four corvettes to Pakistan.", 1, "TUR", "PAK");
}

TEST(extract_wire__dateline_city_and_state)
{
	ent_fact_list *l = run("LIMA, Peru \xe2\x80\x94 Five months after the Chilean Army "
			       "announced its decision to buy howitzers from Spain, the project "
			       "remains suspended.",
			       NULL);
	CHECK(l != NULL);
	CHECK(find_deal(l, "ESP", "CHL") != NULL);
	CHECK(find_deal(l, "ESP", "PER") == NULL);
	ent_fact_list_free(l);
	l = run("LIMA, Peru \xe2\x80\x94 The Chilean navy will buy two ships from Spain.", NULL);
	CHECK(l != NULL);
	CHECK(find_deal(l, "ESP", "CHL") != NULL);
	CHECK(find_deal(l, "ESP", "PER") == NULL);
	ent_fact_list_free(l);
	/* no other state before the verb: the government is the dateline's */
	l = run("LIMA, Peru \xe2\x80\x94 The government will buy two ships from Spain.", NULL);
	CHECK(l != NULL);
	CHECK(find_deal(l, "ESP", "PER") != NULL);
	ent_fact_list_free(l);
}

TEST(extract_wire__foreign_military_sales_program)
{
	ent_fact_list *l = run("Under the deal, arranged through Washington's foreign military "
			       "sales program, Chile will pay about $1.7 billion in total to purchase "
			       "up to 400 Tomahawks.",
			       NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = find_deal(l, "USA", "CHL");
	CHECK(f != NULL);
	CHECK(f && f->value.has_usd && fabs(f->value.usd - 1.7e9) < 1);
	ent_fact_list_free(l);
}

TEST(extract_wire__a_capital_and_a_colon_open_a_dateline)
{
	ent_fact_list *l = run("Lima: Chile's role in helping Bolivia against its dispute with Peru "
			       "has been confirmed as the former provided La Paz with armed drones.",
			       NULL);
	CHECK(l != NULL);
	CHECK(find_deal(l, "PER", "BOL") == NULL);
	ent_fact_list_free(l);
}

TEST(extract_wire__the_object_of_sanctions_supplies_nothing)
{
	ent_fact_list *l = run("Spain and its allies have condemned the invasion, imposed punishing "
			       "economic sanctions on Chile and supplied Peru with defensive arms.",
			       NULL);
	CHECK(l != NULL);
	CHECK(find_deal(l, "ESP", "PER") != NULL);
	CHECK(find_deal(l, "CHL", "PER") == NULL);
	ent_fact_list_free(l);
}

TEST(extract_wire__the_sale_of_a_demonym_s_arms)
{
	ent_fact_list *l = run("Chile's President slams sale of Peruvian arms to Bolivia", NULL);
	CHECK(l != NULL);
	CHECK(find_deal(l, "PER", "BOL") != NULL);
	CHECK(find_deal(l, "CHL", "BOL") == NULL);
	ent_fact_list_free(l);
	l = run("Bolivia recalled its ambassador to protest the sale of weapons by Peruvian "
		"companies to Chile.",
		NULL);
	CHECK(l != NULL);
	CHECK(find_deal(l, "PER", "CHL") != NULL);
	CHECK(find_deal(l, "BOL", "CHL") == NULL);
	ent_fact_list_free(l);
}

TEST(extract_wire__adjectives_of_reference_and_photos_give_no_deal)
{
	expect_no_transfer("Chilean weapons sales are expected to decline as sanctions and "
			   "Peru-related domestic needs cut into export production.");
	expect_no_transfer("A photo provided by the Peruvian Navy shows warships sailing to Oman "
			   "for joint naval games.");
}

TEST(extract_wire__we_of_a_quote_buys)
{
	expect_deal("\"We bought two frigates from Spain,\" the Chilean defence minister said.", 1,
		    "ESP", "CHL");
	expect_deal("\"Based on the contracts concluded, we are to receive the first patrol boats "
		    "from Spain this year,\" the Chilean defence minister said.",
		    1, "ESP", "CHL");
}
