/*
 * test_extract_rules.c - extraction rules on sentences written for these
 * tests: roles, money, years, tables, hedges, negation, merging.
 */
#include "extract_harness.h"

#include <math.h>

static int supplied(const ent_fact *f, const char *sup, const char *rec)
{
	return f && ent_fact_has_code(f->suppliers, f->nsuppliers, sup) &&
	       strcmp(f->recipient.s, rec) == 0;
}

/* ---- patterns ---- */

static int money(const char *s, double amount, const char *cur, int approx)
{
	ent_value v;
	if (!ent__parse_money(s, strlen(s), &v))
		return 0;
	return fabs(v.amount - amount) < 1e-6 * amount && strcmp(v.currency, cur) == 0 &&
	       v.approx == approx && v.has_usd == (strcmp(cur, "USD") == 0);
}

TEST(extract_money__usd_forms)
{
	CHECK(money("a $2 billion deal", 2e9, "USD", 0));
	CHECK(money("worth ~$30 million", 3e7, "USD", 1));
	CHECK(money("US$ 1.6bn", 1.6e9, "USD", 0));
	CHECK(money("USD 250m", 2.5e8, "USD", 0));
	CHECK(money("about $5 million", 5e6, "USD", 1));
	CHECK(money("450 million dollars", 4.5e8, "USD", 0));
	CHECK(money("$572 m deal", 5.72e8, "USD", 0));
}

TEST(extract_money__other_currencies_kept_as_stated)
{
	CHECK(money("Rs 5,000 crore", 5e10, "INR", 0));
	CHECK(money("EUR 300 million", 3e8, "EUR", 0));
	CHECK(money("\xe2\x82\xac" "1.2bn", 1.2e9, "EUR", 0));
	CHECK(money("nearly 2 billion euros", 2e9, "EUR", 1));
}

TEST(extract_money__not_money)
{
	ent_value v;
	CHECK(!ent__parse_money("2 billion people", 16, &v));
	CHECK(!ent__parse_money("in 2019 the army", 16, &v));
}

static int years_of(const char *text, int doc_year, int *out, int max)
{
	tokens t;
	mentions m = {0};
	size_t i;
	int n = 0;
	if (ent__tokenize(&t, text, strlen(text)))
		return -1;
	if (ent__find_patterns(text, &t, doc_year, 0, &m))
		n = -1;
	for (i = 0; n >= 0 && i < m.n; i++)
		if (m.v[i].kind == MK_YEAR && n < max)
			out[n++] = m.v[i].year;
	ent__mentions_destroy(&m);
	ent__tokens_destroy(&t);
	return n;
}

TEST(extract_years__absolute_and_relative)
{
	int y[4];
	CHECK_INT(years_of("Signed in 2019, delivered in 2021.", 0, y, 4), 2);
	CHECK_INT(y[0], 2019);
	CHECK_INT(y[1], 2021);
	CHECK_INT(years_of("Earlier this year and last year.", 2024, y, 4), 2);
	CHECK_INT(y[0], 2024);
	CHECK_INT(y[1], 2023);
	/* no document date: relative years stay unknown */
	CHECK_INT(years_of("Earlier this year.", 0, y, 4), 0);
	/* money is not a year */
	CHECK_INT(years_of("a $2025 million order", 0, y, 4), 0);
	/* "over the next year", "in the last year", "the previous year": a
	 * span of months, or a year counted from another event */
	CHECK_INT(years_of("hundreds of interceptors over the next year", 2024, y, 4), 0);
	CHECK_INT(years_of("It bought jets in the last year.", 2024, y, 4), 0);
	CHECK_INT(years_of("It ordered ships in 2019 and the previous year.", 2024, y, 4), 1);
	CHECK_INT(y[0], 2019);
	CHECK_INT(years_of("It will get the jets next year.", 2024, y, 4), 1);
	CHECK_INT(y[0], 2025);
}

static int years_dated(const char *text, int doc_year, int doc_month, int *out, int max)
{
	tokens t;
	mentions m = {0};
	size_t i;
	int n = 0;
	if (ent__tokenize(&t, text, strlen(text)))
		return -1;
	if (ent__find_patterns(text, &t, doc_year, doc_month, &m))
		n = -1;
	for (i = 0; n >= 0 && i < m.n; i++)
		if (m.v[i].kind == MK_YEAR && n < max)
			out[n++] = m.v[i].year;
	ent__mentions_destroy(&m);
	ent__tokens_destroy(&t);
	return n;
}

TEST(extract_years__month_without_its_year)
{
	int y[4];
	/* a January report of "December": last year's December */
	CHECK_INT(years_dated("In December, Chile bought drones.", 2023, 1, y, 4), 1);
	CHECK_INT(y[0], 2022);
	/* a month already passed this year */
	CHECK_INT(years_dated("On March 3 the navy signed.", 2023, 5, y, 4), 1);
	CHECK_INT(y[0], 2023);
	/* the future: "will ... in June" of a May report is this June */
	CHECK_INT(years_dated("It will receive the ships in June.", 2023, 5, y, 4), 1);
	CHECK_INT(y[0], 2023);
	/* and "in February" of a May report, said of the future, is next year's */
	CHECK_INT(years_dated("Deliveries are expected to start in February.", 2023, 5, y, 4), 1);
	CHECK_INT(y[0], 2024);
	/* a month with its year, a modal "May", no date: nothing new */
	CHECK_INT(years_dated("In December 2019 it ordered jets.", 2023, 1, y, 4), 1);
	CHECK_INT(y[0], 2019);
	CHECK_INT(years_dated("May the deal go ahead.", 2023, 1, y, 4), 0);
	CHECK_INT(years_dated("In December, Chile bought drones.", 2023, 0, y, 4), 0);
}

TEST(extract_tokens__possessive_and_hyphen)
{
	tokens t;
	const char *s = "India\xe2\x80\x99s Azerbaijan-Pakistan deal";
	CHECK(ent__tokenize(&t, s, strlen(s)) == 0);
	CHECK_INT(t.n, 6);
	CHECK_STR(TKEY(&t, 0), "india");
	CHECK_STR(TKEY(&t, 1), "'s");
	CHECK_STR(TKEY(&t, 3), "-");
	ent__tokens_destroy(&t);
	/* the modifier letter apostrophe (U+02BC) of Ukrainian sites */
	s = "Ukraine\xca\xbcs right, Kyiv\xca\xbc";
	CHECK(ent__tokenize(&t, s, strlen(s)) == 0);
	CHECK_INT(t.n, 6);
	CHECK_STR(TKEY(&t, 0), "ukraine");
	CHECK_STR(TKEY(&t, 1), "'s");
	CHECK_STR(TKEY(&t, 5), "'");
	ent__tokens_destroy(&t);
}

/* capitals of Latin Extended-A (U+0100..U+017F) open names too: "Š",
 * "Ł", "İ", "Ž"; their small letters do not (stop 60) */
TEST(extract_tokens__capitals_beyond_latin1)
{
	tokens t;
	const char *s = "\xc5\xa0imek \xc5\x81uk \xc4\xb0zmir \xc5\xbd" "an \xc5\xa1imek "
			"\xc5\x82uk \xc4\xb1sik \xc5\xbe" "an \xc3\x96zel";
	CHECK(ent__tokenize(&t, s, strlen(s)) == 0);
	CHECK_INT(t.n, 9);
	CHECK(t.v[0].upper && t.v[1].upper && t.v[2].upper && t.v[3].upper);
	CHECK(!t.v[4].upper && !t.v[5].upper && !t.v[6].upper && !t.v[7].upper);
	CHECK(t.v[8].upper);
	ent__tokens_destroy(&t);
}

TEST(extract_gazetteer__names_demonyms_capitals_firms)
{
	ent_extractor *x = ex();
	CHECK(x != NULL);
	CHECK_STR(ent_extractor_actor(x, "Pakistan"), "PAK");
	CHECK_STR(ent_extractor_actor(x, "Pakistani"), "PAK");
	CHECK_STR(ent_extractor_actor(x, "Baku"), "AZE");
	CHECK_STR(ent_extractor_actor(x, "Heavy Industries Taxila"), "PAK");
	CHECK_STR(ent_extractor_actor(x, "DRDO"), "IND");
	CHECK_STR(ent_extractor_actor(x, "Baykar"), "TUR");
	CHECK_STR(ent_extractor_actor(x, "Turkey"), "TUR");
	CHECK_STR(ent_extractor_actor(x, "OIC"), "OIC");
	CHECK_STR(ent_extractor_actor(x, "US"), "USA");
	/* case matters for names: the bird and the pronoun are not states */
	CHECK(ent_extractor_actor(x, "turkey") == NULL);
	CHECK(ent_extractor_actor(x, "us") == NULL);
}

/* ---- deals ---- */

TEST(extract_deal__supply_verb_roles)
{
	ent_fact_list *l = run("Israel delivered 10 Harop drones to Azerbaijan in 2016.", NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_DEAL);
	CHECK(supplied(f, "ISR", "AZE"));
	CHECK_INT(f->year, 2016);
	CHECK_INT(f->status, ENT_STATUS_DELIVERED);
	CHECK(ent_fact_has_category(f, ENT_CAT_DRONE));
	CHECK_STR(f->items[0].designation, "Harop");
	CHECK_INT(f->items[0].quantity, 10);
	CHECK_INT(f->nevidence, 1);
	CHECK_STR(f->evidence[0].rule, "deal.supply_verb");
	ent_fact_list_free(l);
}

/* the generic words after a designation describe it, however many
 * ("HIMARS artillery missile systems" is one rocket item) */
TEST(extract_deal__generic_words_after_a_designation)
{
	ent_fact_list *l = run("Peru will receive HIMARS artillery missile systems from the United "
			       "States.",
			       NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_DEAL);
	CHECK(supplied(f, "USA", "PER"));
	CHECK(f && f->nitems == 1 && ent_fact_has_category(f, ENT_CAT_ROCKET));
	ent_fact_list_free(l);
}

/* "supplying Y's embattled Prime Minister Z with drones": Y receives */
TEST(extract_deal__supplied_a_state_s_leader_with)
{
	expect_deal("Chile, along with Spain, has been supplying Peru's embattled Prime Minister "
		    "Ana Ruiz with armed drones for months.",
		    1, "CHL", "PER");
	expect_not("Chile, along with Spain, has been supplying Peru's embattled Prime Minister "
		   "Ana Ruiz with armed drones for months.",
		   "ESP", "CHL");
}

TEST(extract_deal__buy_verb_roles_and_value)
{
	ent_fact_list *l = run("Armenia bought Pinaka rocket launchers from India for $245 million "
			       "in 2022.", NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_DEAL);
	CHECK(supplied(f, "IND", "ARM"));
	CHECK(f->value.has_usd && fabs(f->value.usd - 2.45e8) < 1);
	CHECK_INT(f->year, 2022);
	CHECK_INT(f->status, ENT_STATUS_SIGNED);
	CHECK(ent_fact_has_category(f, ENT_CAT_ROCKET));
	ent_fact_list_free(l);
}

TEST(extract_deal__passive_voice)
{
	ent_fact_list *l = run("Nigeria was supplied with twelve attack helicopters by Turkey in 2021.",
			       NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_DEAL);
	CHECK(supplied(f, "TUR", "NGA"));
	CHECK_INT(f->year, 2021);
	ent_fact_list_free(l);
}

TEST(extract_deal__pair_oriented_by_exporter_prior)
{
	/* the text only names a pair: the bigger arms exporter supplies */
	ent_fact_list *l = run("Azerbaijan and Israel signed a $1.6 billion arms deal covering "
			       "air defence systems.", NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_DEAL);
	CHECK(supplied(f, "ISR", "AZE"));
	CHECK_INT(f->status, ENT_STATUS_SIGNED);
	ent_fact_list_free(l);
}

TEST(extract_deal__non_usd_currency_has_no_usd)
{
	ent_fact_list *l = run("India signed a Rs 2,000 crore contract to supply artillery guns to "
			       "Armenia.", NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_DEAL);
	CHECK(supplied(f, "IND", "ARM"));
	CHECK_STR(f->value.currency, "INR");
	CHECK(!f->value.has_usd);
	CHECK(fabs(f->value.amount - 2e10) < 1);
	ent_fact_list_free(l);
}

TEST(extract_deal__hedge_is_reported_with_low_confidence)
{
	ent_fact_list *l = run("Egypt may buy Rafale jets from France next spring.", NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_DEAL);
	CHECK(supplied(f, "FRA", "EGY"));
	CHECK_INT(f->status, ENT_STATUS_REPORTED);
	CHECK(f->confidence < 0.5);
	ent_fact_list_free(l);
}

TEST(extract_deal__negation_and_talks_give_nothing)
{
	ent_fact_list *l = run("Officials denied that Serbia had bought drones from China. "
			       "Brazil is in talks with Sweden to buy more Gripen fighters.", NULL);
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_DEAL), 0);
	CHECK_INT(count(l, ENT_FACT_SUPPLY), 0);
	ent_fact_list_free(l);
}

TEST(extract_deal__multi_supplier_supply_ties)
{
	ent_fact_list *l = run("Greece worries about French-Italian naval supplies to Egypt.", NULL);
	size_t i, n = 0;
	CHECK(l != NULL);
	for (i = 0; i < l->n; i++)
		if (l->v[i].type == ENT_FACT_SUPPLY && strcmp(l->v[i].recipient.s, "EGY") == 0)
			n++;
	CHECK_INT(n, 2);
	ent_fact_list_free(l);
}

/* "two French-Spanish submarines": both demonyms of the hyphened pair
 * make the goods, one deal with two suppliers (stop 38) */
TEST(extract_deal__hyphened_pair_of_makers)
{
	ent_fact_list *l = run("Chile acquired two French-Spanish submarines in 2005.", NULL);
	const ent_fact *f = l ? find_deal(l, "FRA", "CHL") : NULL;
	CHECK(f != NULL);
	CHECK(f && f->nsuppliers == 2 && ent_fact_has_code(f->suppliers, f->nsuppliers, "ESP"));
	ent_fact_list_free(l);
	/* a made-in pair is one maker's word: "Russian-made" */
	l = run("Chile acquired two Russian-made helicopters in 2005.", NULL);
	f = l ? find_deal(l, "RUS", "CHL") : NULL;
	CHECK(f && f->nsuppliers == 1);
	ent_fact_list_free(l);
}

/* "A, B, C and D supplied us arms": four givers; none of them is the
 * buyer "us" stands for, and a list of five is read whole (stop 38) */
TEST(extract_deal__a_list_of_givers_receives_nothing)
{
	ent_fact_list *l = run("China, Pakistan, Ukraine, Russia supplied us arms, the minister "
			       "said.",
			       NULL);
	CHECK(l != NULL);
	CHECK(l && !find_deal(l, "PAK", "CHN") && !find_deal(l, "RUS", "CHN"));
	ent_fact_list_free(l);
	l = run("China, Pakistan, Ukraine, Russia and Israel supplied us arms, he said.", NULL);
	CHECK(l && !find_deal(l, "ISR", "CHN") && !find_deal(l, "RUS", "CHN"));
	ent_fact_list_free(l);
	l = run("China, Pakistan, Ukraine, Russia and Israel supplied arms to Kenya.", NULL);
	CHECK(l && find_deal(l, "CHN", "KEN") && find_deal(l, "ISR", "KEN"));
	CHECK(l && !find_deal(l, "PAK", "CHN"));
	ent_fact_list_free(l);
}

/* "X supplied boats for the Navy whereas tanks arrived from A and B":
 * the states after "whereas" (", while") are another clause's, no
 * buyer of X (stop 38) */
TEST(extract_deal__a_clause_of_contrast_holds_no_party)
{
	ent_fact_list *l = run("Israel supplied Dvora boats for the Navy whereas tanks arrived "
			       "from Ukraine and Russia.",
			       NULL);
	CHECK(l != NULL);
	CHECK(l && !find_deal(l, "ISR", "RUS") && !find_deal(l, "UKR", "RUS"));
	ent_fact_list_free(l);
	l = run("Germany cleared ammunition for Qatar, while a trainer jet will go to Pakistan.",
		NULL);
	CHECK(l && !find_deal(l, "PAK", "QAT"));
	ent_fact_list_free(l);
}

/* "U.S. Secretary of State X said that Y had received missiles": a
 * secretary speaks, no seller; "at a lower cost than American UAVs":
 * goods compared are no party's (stop 38) */
TEST(extract_deal__speakers_and_comparisons_sell_nothing)
{
	ent_fact_list *l = run("U.S. Secretary of State John Smith commented on the news that "
			       "Kenya had received the missile shipments.",
			       NULL);
	CHECK(l && !find_deal(l, "USA", "KEN"));
	ent_fact_list_free(l);
	l = run("Kenya has asked to buy drones from Ankara, at a lower cost than American and "
		"European UAVs.",
		NULL);
	CHECK(l && find_deal(l, "TUR", "KEN") && !find_deal(l, "USA", "KEN") &&
	      !find_deal(l, "USA", "TUR"));
	ent_fact_list_free(l);
	/* with no buyer named, the state compared buys nothing either */
	l = run("Several countries have asked to buy drones from Ankara, at a lower cost than "
		"American and European UAVs.",
		NULL);
	CHECK(l && !find_deal(l, "USA", "TUR"));
	ent_fact_list_free(l);
}

TEST(extract_none__text_without_defence_facts)
{
	ent_fact_list *l = run("Spain beat Portugal 2-1 in Madrid on Sunday. The two countries also "
			       "signed an agreement on farm exports, officials said in 2023.\n",
			       NULL);
	CHECK(l != NULL);
	CHECK_INT(l->n, 0);
	ent_fact_list_free(l);
}

/* ---- tables ---- */

static const char *history_table =
	"Recent History of Georgia-Ukraine Defence Ties\n"
	"Year | Development |\n"
	"---|---|\n"
	"2018 | Ukraine delivers armoured vehicles to Georgia. |\n"
	"2019 | Joint military drills held near Tbilisi. |\n"
	"2021 | A $40 million deal signed for radars. |\n";

TEST(extract_table__year_column_and_table_pair)
{
	ent_fact_list *l = run(history_table, NULL);
	size_t i;
	int saw2018 = 0, saw2021 = 0;
	const ent_fact *ex_f;
	CHECK(l != NULL);
	for (i = 0; i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_DEAL)
			continue;
		CHECK(supplied(f, "UKR", "GEO"));
		if (f->year == 2018) {
			saw2018 = 1;
			CHECK_INT(f->status, ENT_STATUS_DELIVERED);
			CHECK(ent_fact_has_category(f, ENT_CAT_ARMOURED_VEHICLE));
		}
		if (f->year == 2021) {
			saw2021 = 1;
			CHECK(fabs(f->value.usd - 4e7) < 1);
			CHECK(ent_fact_has_category(f, ENT_CAT_RADAR));
		}
	}
	CHECK(saw2018 && saw2021);
	ex_f = first(l, ENT_FACT_EXERCISE);
	CHECK(ex_f != NULL);
	CHECK_INT(ex_f->year, 2019);
	CHECK_INT(ex_f->nparticipants, 2);
	CHECK_STR(ex_f->participants[0].s, "GEO");
	CHECK_STR(ex_f->participants[1].s, "UKR");
	ent_fact_list_free(l);
}

TEST(extract_table__stated_twice_comes_out_once_with_both_evidence)
{
	const char *text =
		"Ukraine delivered armoured vehicles worth $60 million to Georgia in 2018.\n"
		"\n"
		"Deals between Georgia and Ukraine\n"
		"Deal | Value | Year | Components |\n"
		"---|---|---|---|\n"
		"Armoured vehicle order | $60 million | 2018 | Armoured vehicles |\n";
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_DEAL), 1);
	f = first(l, ENT_FACT_DEAL);
	CHECK(supplied(f, "UKR", "GEO"));
	CHECK_INT(f->nevidence, 2);
	CHECK_INT(f->status, ENT_STATUS_DELIVERED);
	ent_fact_list_free(l);
}

/* ---- exercises, stances, memberships, rivalries ---- */

TEST(extract_exercise__name_participants_year)
{
	ent_fact_list *l = run("Troops from Kazakhstan and Kyrgyzstan held the Steppe Eagle 2024 "
			       "exercise near Almaty.", NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f != NULL);
	CHECK_STR(f->name, "Steppe Eagle 2024");
	CHECK_INT(f->nparticipants, 2);
	CHECK_STR(f->participants[0].s, "KAZ");
	CHECK_STR(f->participants[1].s, "KGZ");
	CHECK_INT(f->year, 2024);
	ent_fact_list_free(l);
}

TEST(extract_exercise__anaphora_adds_nothing)
{
	ent_fact_list *l = run("The exercise was watched closely by Russia and China.", NULL);
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_EXERCISE), 0);
	ent_fact_list_free(l);
}

TEST(extract_stance__support_and_oppose)
{
	ent_fact_list *l = run("Turkey strongly backs Azerbaijan on Nagorno-Karabakh. "
			       "Greece condemned Turkey over Cyprus issue.", NULL);
	size_t i;
	int sup = 0, opp = 0;
	CHECK(l != NULL);
	for (i = 0; i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_STANCE)
			continue;
		if (!strcmp(f->actor.s, "TUR") && !strcmp(f->target.s, "AZE") &&
		    f->polarity == ENT_POLARITY_SUPPORT && f->issue &&
		    !strcmp(f->issue, "Nagorno-Karabakh"))
			sup = 1;
		if (!strcmp(f->actor.s, "GRC") && !strcmp(f->target.s, "TUR") &&
		    f->polarity == ENT_POLARITY_OPPOSE)
			opp = 1;
	}
	CHECK(sup);
	CHECK(opp);
	ent_fact_list_free(l);
}

TEST(extract_stance__interpretation_is_not_a_stance)
{
	ent_fact_list *l = run("The visit was seen as Japan's support for the Philippines.", NULL);
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_STANCE), 0);
	ent_fact_list_free(l);
}

TEST(extract_membership__members_and_both_countries)
{
	ent_fact_list *l = run("Kazakhstan and Belarus are members of the CSTO.", NULL);
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_MEMBERSHIP), 2);
	CHECK_STR(first(l, ENT_FACT_MEMBERSHIP)->target.s, "CSTO");
	ent_fact_list_free(l);
}

TEST(extract_rivalry__apposition_and_conflict)
{
	ent_fact_list *l = run("Exercises with Greece, Turkey's long-time rival, drew notice. "
			       "India's conflict with Pakistan continued.", NULL);
	size_t i;
	int gt = 0, ip = 0;
	CHECK(l != NULL);
	for (i = 0; i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_RIVALRY || f->nparticipants != 2)
			continue;
		gt |= !strcmp(f->participants[0].s, "GRC") && !strcmp(f->participants[1].s, "TUR");
		ip |= !strcmp(f->participants[0].s, "IND") && !strcmp(f->participants[1].s, "PAK");
	}
	CHECK(gt);
	CHECK(ip);
	ent_fact_list_free(l);
}

/* ---- cross-sentence resolution ---- */

TEST(extract_context__both_countries_and_the_two_sides)
{
	ent_fact_list *l = run("Chile and Peru held talks in Lima on Monday. Both countries are "
			       "members of the OAS and the two sides signed a $90 million deal "
			       "for patrol boats.", NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_DEAL);
	CHECK(f != NULL);
	/* the pair comes from the sentence before; neither is a big exporter,
	 * so the first-named party buys */
	CHECK((supplied(f, "PER", "CHL") || supplied(f, "CHL", "PER")));
	CHECK(fabs(f->value.usd - 9e7) < 1);
	ent_fact_list_free(l);
}

TEST(extract_context__that_country_and_these_weapons)
{
	ent_fact_list *l = run("Serbia bought radars from France last spring. Paris also started "
			       "deliveries of Mistral missiles to that country.", "2024-05-02");
	size_t i;
	int radar = 0, mistral = 0;
	CHECK(l != NULL);
	for (i = 0; i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_DEAL || !supplied(f, "FRA", "SRB"))
			continue;
		radar |= ent_fact_has_category(f, ENT_CAT_RADAR);
		mistral |= ent_fact_has_category(f, ENT_CAT_AIR_DEFENCE);
	}
	CHECK(radar);
	CHECK(mistral);
	ent_fact_list_free(l);
}

TEST(extract_context__direction_from_the_document)
{
	/* the second sentence names only the pair; the first says who supplies */
	ent_fact_list *l = run("Georgia delivered armoured vehicles to Moldova in 2019. In 2022 "
			       "Moldova and Georgia signed a $15 million deal for more of them.",
			       NULL);
	size_t i, n = 0;
	CHECK(l != NULL);
	for (i = 0; i < l->n; i++)
		if (l->v[i].type == ENT_FACT_DEAL) {
			CHECK(supplied(&l->v[i], "GEO", "MDA"));
			n++;
		}
	CHECK_INT(n, 2);
	ent_fact_list_free(l);
}

TEST(extract_context__dateline_year_for_a_done_deal)
{
	ent_fact_list *l = run("Norway has delivered NASAMS air defence systems to Ukraine.",
			       "2023-03-14");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_DEAL);
	CHECK(supplied(f, "NOR", "UKR"));
	CHECK_INT(f->year, 2023);
	ent_fact_list_free(l);
}

TEST(extract_context__dateline_year_for_a_reported_deal)
{
	/* a plan or a hedge is reported in the year of its dateline */
	ent_fact_list *l = run("Chile plans to buy four Gripen fighters from Sweden.", "2022-05-10");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_DEAL);
	CHECK(supplied(f, "SWE", "CHL"));
	CHECK_INT(f->status, ENT_STATUS_REPORTED);
	CHECK_INT(f->year, 2022);
	ent_fact_list_free(l);
	/* a year it schedules for later is no year of its stage, and the
	 * sentence is dated by it: no year */
	CHECK_INT(deal_year("Chile will receive four Gripen fighters from Sweden in 2025.",
			    "2022-05-10", "SWE", "CHL"),
		  0);
	/* without a dateline, no year */
	CHECK_INT(deal_year("Chile plans to buy four Gripen fighters from Sweden.", NULL, "SWE",
			    "CHL"),
		  0);
}

TEST(extract_context__signed_then_delivered_is_one_deal)
{
	ent_fact_list *l = run("India signed a contract for Pinaka launchers with Armenia two years "
			       "ago. The first Pinaka batch has been supplied to Armenia.",
			       "2024-11-24");
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_DEAL), 1);
	f = first(l, ENT_FACT_DEAL);
	CHECK(supplied(f, "IND", "ARM"));
	CHECK_INT(f->status, ENT_STATUS_DELIVERED);
	CHECK_INT(f->year, 2024);
	CHECK_INT(f->nevidence, 2);
	ent_fact_list_free(l);
}

TEST(extract_context__domestic_delivery_is_no_transfer)
{
	ent_fact_list *l = run("The Pakistani maker will deliver 20 JF-17 jets to the Pakistan Air "
			       "Force by 2026.", NULL);
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_DEAL), 0);
	ent_fact_list_free(l);
}

TEST(extract_stance__passive_and_refused_relations)
{
	ent_fact_list *l = run("Serbia, backed by Russia, rejected the plan. Pakistan refused to "
			       "establish diplomatic relations with Armenia.", NULL);
	size_t i;
	int backed = 0, refused = 0;
	CHECK(l != NULL);
	for (i = 0; i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_STANCE)
			continue;
		backed |= !strcmp(f->actor.s, "RUS") && !strcmp(f->target.s, "SRB") &&
			  f->polarity == ENT_POLARITY_SUPPORT;
		refused |= !strcmp(f->actor.s, "PAK") && !strcmp(f->target.s, "ARM") &&
			   f->polarity == ENT_POLARITY_OPPOSE;
	}
	CHECK(backed);
	CHECK(refused);
	ent_fact_list_free(l);
}

TEST(extract_exercise__speakers_are_not_participants)
{
	ent_fact_list *l = run("Joint drills between Armenian and US forces began on Monday, and "
			       "Russian officials expressed regret over the drills.", NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f != NULL);
	CHECK_INT(f->nparticipants, 2);
	CHECK_STR(f->participants[0].s, "ARM");
	CHECK_STR(f->participants[1].s, "USA");
	ent_fact_list_free(l);
}

TEST(extract_context__that_year_refers_to_the_paragraph)
{
	ent_fact_list *l = run("In 2019 Turkey sold six drones to Qatar.\n"
			       "Later that year Turkey delivered radars to Qatar.\n\n"
			       "That year Spain delivered trucks to Chile.\n", NULL);
	size_t i;
	int radars = 0;
	CHECK(l != NULL);
	for (i = 0; i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type == ENT_FACT_DEAL && ent_fact_has_category(f, ENT_CAT_RADAR)) {
			CHECK_INT(f->year, 2019);
			radars = 1;
		}
	}
	CHECK(radars);
	ent_fact_list_free(l);
}

TEST(extract_context__sentence_going_on_about_the_deal)
{
	ent_fact_list *l = run("Egypt received the first Rafale jets ordered from France.\n"
			       "Cairo paid EUR 3.75 billion for the aircraft, and the contract "
			       "includes pilot training.\n"
			       "China has sold frigates to Algeria for years.\n", NULL);
	const ent_fact *f = NULL;
	size_t i;
	CHECK(l != NULL);
	for (i = 0; i < l->n; i++)
		if (l->v[i].type == ENT_FACT_DEAL && supplied(&l->v[i], "FRA", "EGY"))
			f = &l->v[i];
	CHECK(f != NULL);
	CHECK_STR(f->value.currency, "EUR");
	CHECK(fabs(f->value.amount - 3.75e9) < 1);
	CHECK(ent_fact_has_category(f, ENT_CAT_TRAINING));
	/* a sentence naming another state does not add to it */
	CHECK(!ent_fact_has_category(f, ENT_CAT_NAVAL));
	CHECK_INT(f->nevidence, 2);
	ent_fact_list_free(l);
}

TEST(extract_money__code_after_number_and_usd_equivalent)
{
	ent_fact_list *l;
	const ent_fact *f;
	CHECK(money("a 1.6 billion USD package", 1.6e9, "USD", 0));
	l = run("Armenia bought Pinaka launchers from India for Rs 2,000 crore (about $245 "
		"million).", NULL);
	CHECK(l != NULL);
	f = first(l, ENT_FACT_DEAL);
	CHECK(f != NULL);
	CHECK(f->value.has_usd && fabs(f->value.usd - 2.45e8) < 1);
	ent_fact_list_free(l);
}

TEST(extract_stance__stands_with_and_solidarity_with)
{
	ent_fact_list *l = run("Turkey stands with Azerbaijan. Iran expressed solidarity with "
			       "Syria.", NULL);
	size_t i;
	int a = 0, b = 0;
	CHECK(l != NULL);
	for (i = 0; i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_STANCE || f->polarity != ENT_POLARITY_SUPPORT)
			continue;
		a |= !strcmp(f->actor.s, "TUR") && !strcmp(f->target.s, "AZE");
		b |= !strcmp(f->actor.s, "IRN") && !strcmp(f->target.s, "SYR");
	}
	CHECK(a);
	CHECK(b);
	ent_fact_list_free(l);
}

TEST(extract_deal__took_delivery_ordering_and_names_with_numbers)
{
	ent_fact_list *l = run("In 2020 Belgrade took delivery of six CH-92A armed drones from "
			       "China. Croatia, Serbia's regional rival, responded by ordering 12 "
			       "Rafale jets from France in 2021.", NULL);
	size_t i;
	int drones = 0, rafale = 0;
	CHECK(l != NULL);
	for (i = 0; i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_DEAL)
			continue;
		if (supplied(f, "CHN", "SRB")) {
			drones = 1;
			CHECK_INT(f->status, ENT_STATUS_DELIVERED);
			CHECK_INT(f->year, 2020);
			/* 92 belongs to the name CH-92A: no quantity from it */
			CHECK(f->nitems >= 1 && f->items[0].quantity != 92);
		}
		if (supplied(f, "FRA", "HRV")) {
			rafale = 1;
			CHECK_INT(f->status, ENT_STATUS_ORDERED);
			CHECK_INT(f->items[0].quantity, 12);
		}
	}
	CHECK(drones);
	CHECK(rafale);
	ent_fact_list_free(l);
}

/* ---- stages, clauses, references (tests/fixtures/extract has articles) ---- */

static const ent_fact *deal_between(const ent_fact_list *l, const char *sup, const char *rec)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		if ((l->v[i].type == ENT_FACT_DEAL || l->v[i].type == ENT_FACT_SUPPLY) &&
		    supplied(&l->v[i], sup, rec))
			return &l->v[i];
	return NULL;
}

TEST(extract_stage__year_belongs_to_its_stage)
{
	ent_fact_list *l = run("Chile bought four frigates from Britain in 2019, and the last two "
			       "were delivered in 2023.", NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = deal_between(l, "GBR", "CHL");
	CHECK(f != NULL);
	CHECK_INT(f->status, ENT_STATUS_DELIVERED);
	CHECK_INT(f->year, 2023);
	CHECK_INT(count(l, ENT_FACT_DEAL), 1);
	ent_fact_list_free(l);
}

TEST(extract_stage__announced_delivery_keeps_the_signed_contract)
{
	ent_fact_list *l = run("Peru will take delivery of three patrol vessels from Spain next "
			       "year under a contract signed in 2021.", "2023-04-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = deal_between(l, "ESP", "PER");
	CHECK(f != NULL);
	CHECK_INT(f->status, ENT_STATUS_SIGNED);
	CHECK_INT(f->year, 2021);
	ent_fact_list_free(l);
}

TEST(extract_clause__second_clause_keeps_the_subject)
{
	ent_fact_list *l = run("Egypt bought Rafale jets from France in 2021, and in the same year "
			       "agreed to buy Chinese-made drones.", NULL);
	const ent_fact *a, *b;
	CHECK(l != NULL);
	a = deal_between(l, "FRA", "EGY");
	b = deal_between(l, "CHN", "EGY");
	CHECK(a != NULL);
	CHECK(b != NULL);
	CHECK(b && ent_fact_has_category(b, ENT_CAT_DRONE));
	CHECK(b && b->year == 2021);
	ent_fact_list_free(l);
}

TEST(extract_reference__pronoun_and_the_kingdom)
{
	ent_fact_list *l = run("Jordan has turned to Sweden for new fighters.\n"
			       "Last year it signed an agreement with Saab for ten Gripen jets.\n\n"
			       "Morocco ordered attack helicopters from the United States in 2020. "
			       "Israel Aerospace Industries later won a contract to supply surveillance "
			       "drones to the kingdom.\n", "2024-01-10");
	const ent_fact *f;
	CHECK(l != NULL);
	f = deal_between(l, "SWE", "JOR");
	CHECK(f != NULL);
	CHECK(f && f->year == 2023);
	CHECK(deal_between(l, "ISR", "MAR") != NULL);
	ent_fact_list_free(l);
}

TEST(extract_deal__weapon_words_are_not_verbs_and_talks_are_no_deal)
{
	ent_fact_list *l = run("Danish ships joined Dutch frigates for the patrol. Kenya is weighing "
			       "a purchase of Turkish drones.", NULL);
	CHECK(l != NULL);
	CHECK_INT(count(l, ENT_FACT_DEAL), 0);
	CHECK_INT(count(l, ENT_FACT_SUPPLY), 0);
	ent_fact_list_free(l);
}

TEST(extract_list__acquisitions_with_suppliers_after_from)
{
	ent_fact_list *l = run("Uzbekistan has modernised its air force in recent years. Major "
			       "acquisitions include:\n"
			       "- Su-30SM fighters from Russia, ordered in 2016 and delivered from 2018;\n"
			       "- transport aircraft from Spain's Airbus, delivered by 2020.\n", NULL);
	const ent_fact *r, *e;
	CHECK(l != NULL);
	r = deal_between(l, "RUS", "UZB");
	e = deal_between(l, "ESP", "UZB");
	CHECK(r != NULL);
	CHECK(r && r->year == 2018 && r->status == ENT_STATUS_DELIVERED);
	CHECK(e != NULL);
	CHECK(e && e->year == 2020);
	ent_fact_list_free(l);
}

/* "Trade records and Thai documents reveal rising Chinese arms sales:
 * • Cambodia has bought ...": an item that opens with its own buyer is
 * read on its own, not as a purchase of the list's owner (stop 64). */
TEST(extract_list__an_item_with_its_own_buyer)
{
	ent_fact_list *l = run("Trade records examined by SIPRI and Peruvian procurement documents "
			       "reveal a long arc of rising Chinese arms sales:\n"
			       "- Chile has bought or received at least $530 M worth of Chinese "
			       "equipment since 2010, including air-defence systems and "
			       "howitzers.\n",
			       NULL);
	CHECK(l && deal_between(l, "CHN", "CHL") != NULL);
	CHECK(l && deal_between(l, "CHL", "PER") == NULL);
	ent_fact_list_free(l);
}

/* "Included in the package for Y are:" after a sale: each item naming
 * goods is a deal of the package's pair, with the value its line gives
 * ("The estimated cost of this sale is $60 million."); an item naming
 * another buyer is not the package's. */
TEST(extract_list__items_of_a_package)
{
	ent_fact_list *l = run("Chile has cleared the sale of $900 million in weapons to Peru.\n\n"
			       "Included in the package for Peru are:\n"
			       "- Two fast patrol boats, each with one gun. The estimated cost of "
			       "this sale is $60 million.\n"
			       "- 100 anti-tank missiles. The estimated cost of this sale is $27 "
			       "million.\n"
			       "- Upgrades for the 20 existing F-16 aircraft of Peru. The estimated "
			       "cost of this sale is $800 million.\n",
			       NULL);
	size_t i, n = 0, vals = 0;
	CHECK(l != NULL);
	for (i = 0; l && i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_DEAL || strcmp(f->recipient.s, "PER") != 0 ||
		    !ent_fact_has_code(f->suppliers, f->nsuppliers, "CHL"))
			continue;
		n++;
		if (f->value.has_usd && (fabs(f->value.usd - 6e7) < 1 ||
					 fabs(f->value.usd - 2.7e7) < 1 || fabs(f->value.usd - 8e8) < 1))
			vals++;
	}
	CHECK_INT((int)n, 4); /* the package and its three items */
	CHECK_INT((int)vals, 3);
	ent_fact_list_free(l);
}

TEST(extract_money__us_dollars_and_the_deal_next_paragraph)
{
	ent_fact_list *l;
	const ent_fact *f;
	CHECK(money("worth 374.9 million US dollars", 3.749e8, "USD", 0));
	l = run("Ghana received six armoured vehicles from Brazil in 2022.\n\n"
		"The deal, worth 40 million US dollars, also covers training.\n", NULL);
	CHECK(l != NULL);
	f = deal_between(l, "BRA", "GHA");
	CHECK(f != NULL);
	CHECK(f && f->value.has_usd && fabs(f->value.usd - 4e7) < 1);
	CHECK(f && ent_fact_has_category(f, ENT_CAT_TRAINING));
	ent_fact_list_free(l);
}

TEST(extract_stance__voiced_support_and_thanks_for_support)
{
	ent_fact_list *l = run("Armenia, Iran's northern neighbour, voiced support for Tehran's "
			       "position. Mongolia thanked Japan for its steady support.", NULL);
	CHECK(l != NULL);
	CHECK(has_stance(l, "ARM", "IRN", ENT_POLARITY_SUPPORT));
	CHECK(has_stance(l, "JPN", "MNG", ENT_POLARITY_SUPPORT));
	/* and gratitude is the one who thanks backing the state thanked */
	CHECK(has_stance(l, "MNG", "JPN", ENT_POLARITY_SUPPORT));
	ent_fact_list_free(l);
}

TEST(extract_exercise__joint_training_clauses_and_intentions)
{
	ent_fact_list *l = run("Chile and Peru held joint naval training off Arica. "
			       "Kenya held the Lion Gate 2022 exercise with Ugandan units, and the army "
			       "trains with Rwanda and Tanzania in drills dubbed Great Lakes Shield. "
			       "Ghana and Togo agreed to hold more joint drills.", NULL);
	size_t i;
	int cp = 0, lion = 0, lakes = 0, gt = 0;
	CHECK(l != NULL);
	for (i = 0; i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_EXERCISE)
			continue;
		cp |= ent_fact_has_code(f->participants, f->nparticipants, "CHL") &&
		      ent_fact_has_code(f->participants, f->nparticipants, "PER");
		lion |= f->name && !strcmp(f->name, "Lion Gate 2022") &&
			!ent_fact_has_code(f->participants, f->nparticipants, "RWA");
		lakes |= f->name && !strcmp(f->name, "Great Lakes Shield");
		gt |= ent_fact_has_code(f->participants, f->nparticipants, "TGO");
	}
	CHECK(cp);
	CHECK(lion);
	CHECK(lakes);
	CHECK(!gt);
	ent_fact_list_free(l);
}

TEST(extract_years__years_back)
{
	int y[2];
	CHECK_INT(years_of("It signed the deal five years back.", 2023, y, 2), 1);
	CHECK_INT(y[0], 2018);
}

TEST(extract_years__decades_and_numbers_in_weapon_names)
{
	int y[2];
	CHECK_INT(years_of("Jets bought in the 1980s.", 0, y, 2), 0);
}
