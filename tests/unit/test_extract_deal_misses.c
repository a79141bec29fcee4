/*
 * test_extract_deal_misses.c - deal rules found on the misses of holdout
 * sets: purchases of systems of two main kinds, three or more of them
 * named by their designations in one sentence with no contract noun, are
 * one deal per kind; a second verb of buying after "and" (or "and in
 * <year>" and a subject) with "N more" and a year of its own is a second
 * deal; states joined "as the only countries operating" a system (or "as
 * purchasers of" it) have it from its maker; a firm "contracted by" a
 * state "to supply" sells to it; a yearly sum of aid and the size of a
 * fund are no deal; a state after "in" gives nothing.  Every sentence
 * here was written for these tests.
 */
#include "extract_harness.h"

/* The number of deals sup -> rec with an item of category cat. */
static size_t deals_of_kind(const char *text, const char *sup, const char *rec, ent_category cat)
{
	ent_fact_list *l = run(text, NULL);
	size_t i, t, n = 0;
	if (!l)
		return 0;
	for (i = 0; i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_DEAL || !ent_fact_has_code(f->suppliers, f->nsuppliers, sup) ||
		    strcmp(f->recipient.s, rec))
			continue;
		for (t = 0; t < f->nitems; t++)
			if (f->items[t].category == cat) {
				n++;
				break;
			}
	}
	ent_fact_list_free(l);
	return n;
}

TEST(extract_deal_misses__named_systems_of_two_kinds_bought_are_two_purchases)
{
	const char *a = "Since 2012, Peru has bought S-400 air-defence systems, MiG-29 fighter "
			"jets and Mi-28 attack helicopters from Russia.";
	const char *b = "Over the past decade Chile purchased weapons worth billions from France, "
			"including Rafale fighters, Mirage 2000 jets and Exocet missiles.";
	expect_deals(a, 2, NULL, NULL);
	CHECK_INT(deals_of_kind(a, "RUS", "PER", ENT_CAT_AIR_DEFENCE), 1);
	CHECK_INT(deals_of_kind(a, "RUS", "PER", ENT_CAT_AIRCRAFT), 1);
	CHECK_INT(deals_of_kind(b, "FRA", "CHL", ENT_CAT_AIRCRAFT), 1);
	CHECK_INT(deals_of_kind(b, "FRA", "CHL", ENT_CAT_MISSILE), 1);
}

TEST(extract_deal_misses__one_contract_for_named_systems_of_two_kinds_stays_one_deal)
{
	/* a contract noun holds the goods together */
	expect_deals("Peru signed a contract with Russia for S-400 systems, MiG-29 jets and "
		     "Mi-28 helicopters.",
		     1, NULL, NULL);
	/* two designations only */
	expect_deals("Peru has bought S-400 systems and MiG-29 jets from Russia.", 1, NULL, NULL);
}

TEST(extract_deal_misses__a_second_verb_with_n_more_and_its_own_year_is_a_second_deal)
{
	const char *a = "Chile ordered two Type 26 frigates from Britain in 2019 and bought two "
			"more in May 2021.";
	const char *b = "Peru bought four K9 howitzers from South Korea in 2016 and purchased six "
			"more howitzers in 2018.";
	expect_deals(a, 2, NULL, NULL);
	CHECK_INT(deal_year(a, NULL, "GBR", "CHL"), 2019);
	expect_deals(b, 2, NULL, NULL);
	CHECK_INT(deal_year(b, NULL, "KOR", "PER"), 2016);
}

TEST(extract_deal_misses__a_second_verb_needs_more_goods_and_a_year_of_its_own)
{
	/* no "more": the same goods told twice */
	expect_deals("Chile ordered two Type 26 frigates from Britain in 2019 and received them "
		     "in 2021.",
		     1, NULL, NULL);
}

TEST(extract_deal_misses__states_joined_as_operators_of_a_system_have_it_from_its_maker)
{
	const char *a = "Kenya has joined Peru and Chile as the only countries operating the "
			"Wing Loong II drone.";
	ent_fact_list *l = run(a, NULL);
	CHECK(l != NULL);
	CHECK(l && find_deal(l, "CHN", "PER") != NULL);
	CHECK(l && find_deal(l, "CHN", "CHL") != NULL);
	CHECK(l && find_deal(l, "CHN", "KEN") != NULL);
	if (l)
		ent_fact_list_free(l);
	/* the maker among the operators buys nothing */
	expect_deals("Kenya joined China and Peru as the only nations to operate the Wing Loong II.",
		     2, NULL, NULL);
}

/* "X joins A and B as purchasers (buyers, customers, operators) of G":
 * the same, with "of" before the system (stop 52). */
TEST(extract_deal_misses__states_joined_as_buyers_of_a_system)
{
	const char *const sup[] = {"PAK", "PAK", "PAK", NULL};
	const char *const rec[] = {"KEN", "PER", "CHL", NULL};
	expect_deals("Kenya now joins Peru and Chile as purchasers of JF-17 Thunder jets.", 3, sup,
		     rec);
	expect_deals("Kenya joined Peru and Chile as buyers of the JF-17.", 3, sup, rec);
	/* members of a club have no goods */
	expect_deals("Kenya joined Peru and Chile as members of the club.", 0, NULL, NULL);
}

TEST(extract_deal_misses__joining_needs_a_noun_of_operators_and_a_system)
{
	expect_no_transfer("Kenya has joined Peru and Chile as the only countries backing the "
			   "resolution.");
	expect_no_transfer("Kenya has joined Peru and Chile in a drill with Wing Loong II drones.");
	expect_no_transfer("Kenya has not joined Peru as a country operating the Wing Loong II.");
}

TEST(extract_deal_misses__a_firm_contracted_by_a_state_to_supply_sells_to_it)
{
	expect_deal("Rafael has been contracted by Chile to supply its Spyder air defence "
		    "systems.",
		    1, "ISR", "CHL");
	expect_deal("Hanwha was hired by Peru to deliver 20 K9 howitzers.", 1, "KOR", "PER");
}

TEST(extract_deal_misses__a_yearly_aid_sum_is_no_deal)
{
	expect_no_deal("Japan sends $2.1 billion in annual military assistance to Peru.");
	expect_no_deal("Britain provides Kenya with $40 million a year in security assistance.");
	expect_no_deal("Japan provides $300 million in military aid to Peru each year.");
	/* no mark of a year: a transfer */
	expect_deal("Japan sent $2.1 billion in military assistance to Peru in 2019.", 1, "JPN",
		    "PER");
}

TEST(extract_deal_misses__the_size_of_a_fund_or_budget_is_no_deal)
{
	expect_no_deal("Poland plans to finance the deal with money from its €50 billion special "
		       "defence fund, which was set up after the Russian attack.");
	expect_no_deal("Peru will pay from its $3 billion defence budget, which Chilean officials "
		       "criticised.");
}

TEST(extract_deal_misses__a_fronted_year_then_and_in_year_n_more_is_a_second_deal)
{
	const char *a = "In 2014, Peru ordered 18 K9 howitzers from South Korea and in 2015 the "
			"country purchased three more.";
	expect_deals(a, 2, NULL, NULL);
	CHECK_INT(deal_year(a, NULL, "KOR", "PER"), 2014);
	/* no "more": one purchase told with its delivery */
	expect_deals("In 2014, Peru ordered 18 K9 howitzers from South Korea and in 2015 the "
		     "country received them.",
		     1, NULL, NULL);
}

TEST(extract_deal_misses__a_place_after_in_provides_nothing)
{
	/* nothing goes to Iran; the drones Russia uses are Iran's supply
	 * to Russia (use_of_goods, stop 39) */
	expect_deal("Russia's use of Iranian drones in Syria also provides Iran with valuable "
		    "battlefield data.",
		    1, "IRN", "RUS");
	/* a state as the subject still supplies */
	expect_deal("Last year Syria provided Iran with drones.", 1, "SYR", "IRN");
}
