/*
 * test_core_fact.c - the fact model: items, evidence, sameness, merging.
 */
#include "test.h"
#include "entente/fact.h"
#include "entente/doc.h"
#include "util/alloc.h"

static void deal(ent_fact *f, const char *sup, const char *rec, int year, double usd)
{
	ent_fact_init(f, ENT_FACT_DEAL);
	ent_fact_add_code(f->suppliers, &f->nsuppliers, sup);
	ent_code_set(&f->recipient, rec);
	f->year = year;
	if (usd > 0) {
		f->value.present = 1;
		f->value.amount = usd;
		f->value.usd = usd;
		f->value.has_usd = 1;
		memcpy(f->value.currency, "USD", 4);
	}
}

TEST(core_fact__same_deal_by_value_and_year)
{
	ent_fact a, b, c;
	deal(&a, "PAK", "AZE", 0, 2e9);
	deal(&b, "PAK", "AZE", 2025, 2e9);
	deal(&c, "PAK", "AZE", 2016, 3e7);
	CHECK(ent_fact_same(&a, &b));
	CHECK(!ent_fact_same(&b, &c));
	CHECK(!ent_fact_same(&a, &c)); /* values differ */
	ent_fact_destroy(&a);
	ent_fact_destroy(&b);
	ent_fact_destroy(&c);
}

/* One pair's two reports of one price are one contract even when their
 * goods fall in different categories ("missile systems", "surface-to-air
 * missile defence systems"); prices in two currencies with no dollar
 * figure, or different prices, tie nothing. */
TEST(core_fact__same_price_ties_categories)
{
	ent_fact a, b, c, e, g;
	deal(&a, "KOR", "IRQ", 0, 2.8e9);
	ent_fact_add_item(&a, ENT_CAT_MISSILE, "missile systems", 15, NULL, 0);
	deal(&b, "KOR", "IRQ", 0, 2.8e9);
	ent_fact_add_item(&b, ENT_CAT_AIR_DEFENCE, "missile defence systems", 23, NULL, 0);
	deal(&c, "KOR", "IRQ", 0, 1.2e9);
	ent_fact_add_item(&c, ENT_CAT_AIR_DEFENCE, "missile defence systems", 23, NULL, 0);
	CHECK(ent_fact_same(&a, &b));
	CHECK(!ent_fact_same(&a, &c));
	deal(&e, "NZL", "MYS", 0, 0);
	e.value.present = 1;
	e.value.amount = 2e10;
	memcpy(e.value.currency, "INR", 4);
	ent_fact_add_item(&e, ENT_CAT_ARTILLERY, "howitzers", 9, NULL, 0);
	deal(&g, "NZL", "MYS", 0, 0);
	g.value.present = 1;
	g.value.amount = 3e9;
	memcpy(g.value.currency, "EUR", 4);
	ent_fact_add_item(&g, ENT_CAT_NAVAL, "frigates", 8, NULL, 3);
	CHECK(!ent_fact_same(&e, &g));
	ent_fact_destroy(&a);
	ent_fact_destroy(&b);
	ent_fact_destroy(&c);
	ent_fact_destroy(&e);
	ent_fact_destroy(&g);
}

/* ent_fact_may_be_same must hold wherever ent_fact_same does (the store
 * skips loading a candidate when it is 0), and must rule out what the row
 * alone rules out. */
TEST(core_fact__may_be_same_is_implied_by_same)
{
	enum { N = 8 };
	ent_fact f[N];
	size_t i, j, pruned = 0;
	deal(&f[0], "PAK", "AZE", 0, 2e9);
	deal(&f[1], "PAK", "AZE", 2025, 2e9);
	deal(&f[2], "PAK", "AZE", 2016, 3e7);
	deal(&f[3], "PAK", "AZE", 2016, 0);
	f[3].status = ENT_STATUS_SIGNED;
	ent_fact_add_item(&f[3], ENT_CAT_AIRCRAFT, "JF-17", 5, "JF-17", 0);
	deal(&f[4], "PAK", "AZE", 2019, 0); /* delivered later: same deal */
	f[4].status = ENT_STATUS_DELIVERED;
	ent_fact_add_item(&f[4], ENT_CAT_AIRCRAFT, "JF-17", 5, "JF-17", 0);
	deal(&f[5], "TUR", "AZE", 2020, 0);
	deal(&f[6], "PAK", "ARM", 2025, 2e9);
	ent_fact_init(&f[7], ENT_FACT_STANCE);
	ent_code_set(&f[7].actor, "AZE");
	ent_code_set(&f[7].target, "PAK");
	for (i = 0; i < N; i++)
		for (j = 0; j < N; j++) {
			int same = ent_fact_same(&f[i], &f[j]), may = ent_fact_may_be_same(&f[i], &f[j]);
			CHECK(!same || may);
			pruned += !may;
		}
	CHECK(ent_fact_same(&f[3], &f[4])); /* the two-stage case is kept */
	CHECK(!ent_fact_may_be_same(&f[1], &f[2])); /* years and values differ */
	CHECK(!ent_fact_may_be_same(&f[0], &f[2])); /* values differ */
	CHECK(!ent_fact_may_be_same(&f[1], &f[6])); /* recipients differ */
	CHECK(!ent_fact_may_be_same(&f[7], &f[1])); /* types differ */
	CHECK(pruned >= 20);
	for (i = 0; i < N; i++)
		ent_fact_destroy(&f[i]);
}

/* A delivery dated before a contract of the same system is an earlier
 * deal, not a stage of that contract ("delivered four JF-17s in 2015" ...
 * "ordered eight more JF-17s in 2018"); delivered after, it is one. */
TEST(core_fact__a_delivery_before_the_contract_is_another_deal)
{
	ent_fact a, b;
	deal(&a, "PAK", "AZE", 2015, 0);
	a.status = ENT_STATUS_DELIVERED;
	ent_fact_add_item(&a, ENT_CAT_AIRCRAFT, "JF-17", 5, "JF-17", 0);
	deal(&b, "PAK", "AZE", 2018, 0);
	b.status = ENT_STATUS_ORDERED;
	ent_fact_add_item(&b, ENT_CAT_AIRCRAFT, "JF-17", 5, "JF-17", 0);
	CHECK(!ent_fact_same(&a, &b));
	CHECK(!ent_fact_same(&b, &a));
	CHECK(!ent_fact_may_be_same(&a, &b));
	a.year = 2020;
	CHECK(ent_fact_same(&a, &b));
	ent_fact_destroy(&a);
	ent_fact_destroy(&b);
}

/* Goods that could be one statement's: not one designation counted
 * apart, nor a designation of each the other lacks; compared as
 * ent_fact_same compares them, in any case. */
TEST(core_fact__goods_twins)
{
	ent_fact a, b, c, e;
	deal(&a, "RUS", "MLI", 0, 0);
	deal(&b, "RUS", "MLI", 0, 0);
	deal(&c, "RUS", "MLI", 0, 0);
	deal(&e, "RUS", "MLI", 0, 0);
	CHECK(ent_fact_add_item(&a, ENT_CAT_AIRCRAFT, "Mi-24s", 6, "Mi-24", 6) == 0);
	CHECK(ent_fact_add_item(&b, ENT_CAT_AIRCRAFT, "Mi-24s", 6, "mi-24", 2) == 0);
	CHECK(ent_fact_add_item(&c, ENT_CAT_AIRCRAFT, "L-39s", 5, "L-39", -1) == 0);
	CHECK(ent_fact_goods_twins(&a, &e)); /* no designation: could be */
	CHECK(!ent_fact_goods_twins(&a, &b)); /* six and two */
	CHECK(!ent_fact_goods_twins(&a, &c)); /* each its own system */
	CHECK(ent_fact_add_item(&c, ENT_CAT_AIRCRAFT, "Mi-24s", 6, "MI-24", 6) == 0);
	CHECK(ent_fact_goods_twins(&a, &c)); /* c adds a system to a's */
	ent_fact_destroy(&a);
	ent_fact_destroy(&b);
	ent_fact_destroy(&c);
	ent_fact_destroy(&e);
}

TEST(core_fact__merge_keeps_both_evidence_and_raises_confidence)
{
	ent_fact a, b;
	deal(&a, "PAK", "AZE", 0, 2e9);
	deal(&b, "PAK", "AZE", 2025, 0);
	a.status = ENT_STATUS_SIGNED;
	b.status = ENT_STATUS_REPORTED;
	a.confidence = b.confidence = 0.5;
	CHECK(ent_fact_add_evidence(&a, "d1", "a.txt", 0, 5, "hello", 5, "r1") == 0);
	CHECK(ent_fact_add_evidence(&b, "d2", "b.txt", 3, 9, "world!", 6, "r2") == 0);
	CHECK(ent_fact_add_item(&b, ENT_CAT_DRONE, "drones", 6, NULL, -1) == 0);
	CHECK(ent_fact_merge(&a, &b) == 0);
	CHECK_INT(a.year, 2025);
	CHECK_INT(a.status, ENT_STATUS_SIGNED);
	CHECK_INT(a.nevidence, 2);
	CHECK_INT(a.sources, 2);
	CHECK(a.confidence > 0.74 && a.confidence < 0.76);
	CHECK(ent_fact_has_category(&a, ENT_CAT_DRONE));
	ent_fact_destroy(&a);
	ent_fact_destroy(&b);
}

TEST(core_fact__mou_signed_stays_mou)
{
	ent_fact a, b;
	deal(&a, "PAK", "AZE", 2022, 0);
	deal(&b, "PAK", "AZE", 2022, 0);
	a.status = ENT_STATUS_SIGNED;
	b.status = ENT_STATUS_MOU;
	CHECK(ent_fact_merge(&a, &b) == 0);
	CHECK_INT(a.status, ENT_STATUS_MOU);
	b.status = ENT_STATUS_DELIVERED;
	CHECK(ent_fact_merge(&a, &b) == 0);
	CHECK_INT(a.status, ENT_STATUS_DELIVERED);
	ent_fact_destroy(&a);
	ent_fact_destroy(&b);
}

TEST(core_fact__exercise_same_by_name_or_participants)
{
	ent_fact a, b;
	ent_fact_init(&a, ENT_FACT_EXERCISE);
	ent_fact_init(&b, ENT_FACT_EXERCISE);
	ent_fact_add_code(a.participants, &a.nparticipants, "IND");
	ent_fact_add_code(a.participants, &a.nparticipants, "ARM");
	ent_fact_add_code(b.participants, &b.nparticipants, "AZE");
	ent_fact_add_code(b.participants, &b.nparticipants, "PAK");
	CHECK(!ent_fact_same(&a, &b));
	a.name = ent__strdup("Operation Sindoor");
	b.name = ent__strdup("operation sindoor");
	CHECK(ent_fact_same(&a, &b));
	ent_fact_destroy(&a);
	ent_fact_destroy(&b);
}

/* Names with an edition mark are the name without it, in the same year. */
TEST(core_fact__exercise_names_and_edition_marks)
{
	static const struct {
		const char *a, *b;
		int ya, yb, same;
	} cases[] = {
		{"Shakti", "Shakti-VIII", 2025, 2025, 1},
		{"Three Brothers", "Three Brothers 2021", 2021, 2021, 1},
		{"Shakti", "Shakti-VIII", 2023, 2025, 0},
		{"Eagle", "Eagle Partner", 2024, 2024, 0},
		{"Cope", "Cope India", 2024, 2024, 0},
	};
	size_t i;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		ent_fact a, b;
		ent_fact_init(&a, ENT_FACT_EXERCISE);
		ent_fact_init(&b, ENT_FACT_EXERCISE);
		a.name = ent__strdup(cases[i].a);
		b.name = ent__strdup(cases[i].b);
		a.year = cases[i].ya;
		b.year = cases[i].yb;
		CHECK_INT(ent_fact_same(&a, &b), cases[i].same);
		CHECK_INT(ent_fact_same(&b, &a), cases[i].same);
		ent_fact_destroy(&a);
		ent_fact_destroy(&b);
	}
}

TEST(core_fact__copy_is_deep)
{
	ent_fact a, b;
	deal(&a, "ISR", "AZE", 2012, 1.6e9);
	CHECK(ent_fact_add_item(&a, ENT_CAT_DRONE, "Harop", 5, "Harop", 10) == 0);
	CHECK(ent_fact_add_evidence(&a, "d", "s", 1, 2, "q", 1, "r") == 0);
	CHECK(ent_fact_copy(&b, &a) == 0);
	ent_fact_destroy(&a);
	CHECK_STR(b.items[0].designation, "Harop");
	CHECK_STR(b.evidence[0].quote, "q");
	CHECK_INT(b.items[0].quantity, 10);
	ent_fact_destroy(&b);
}

TEST(core_fact__names_round_trip)
{
	int c;
	for (c = 0; c < ENT_CAT__COUNT; c++)
		CHECK_INT(ent_category_from_name(ent_category_name((ent_category)c)), c);
	CHECK_INT(ent_status_from_name("mou"), ENT_STATUS_MOU);
	CHECK_INT(ent_fact_type_from_name("rivalry"), ENT_FACT_RIVALRY);
	CHECK_INT(ent_fact_type_from_name("nonsense"), -1);
}

TEST(core_doc__sha256_of_text)
{
	ent_doc *d;
	CHECK(ent_doc_new(&d, "abc", 3, "x.txt", NULL, "2025-06-01") == 0);
	CHECK_STR(d->sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	CHECK_INT(ent_doc_year(d), 2025);
	ent_doc_free(d);
}
