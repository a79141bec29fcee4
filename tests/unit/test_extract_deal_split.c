/*
 * test_extract_deal_split.c - deal rules of round 15 (da): several
 * transfers of one pair that must stay apart.  Every sentence here was
 * written for these tests.
 */
#include "extract_harness.h"

/* The number of deals (not supply ties) of sup -> rec in text. */
static size_t pair_deals(const char *text, const char *sup, const char *rec)
{
	ent_fact_list *l = run(text, NULL);
	size_t i, n = 0;
	if (!l)
		return 0;
	for (i = 0; i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		n += f->type == ENT_FACT_DEAL && ent_fact_has_code(f->suppliers, f->nsuppliers, sup) &&
		     strcmp(f->recipient.s, rec) == 0;
	}
	ent_fact_list_free(l);
	return n;
}

TEST(extract_deal_split__a_plan_and_a_contract_counting_a_system_apart_are_two_deals)
{
	/* a purchase still wanted and one ordered, of different counts */
	CHECK_INT(pair_deals("Peru ordered six Caesar howitzers from France in 2021. Peru now wants "
			     "to procure 18 more Caesar howitzers from France.",
			     "FRA", "PER"),
		  2);
	CHECK_INT(pair_deals("Kenya plans to buy 30 Bayraktar TB2 drones from Turkey. Turkey delivered "
			     "four Bayraktar TB2 drones to Kenya in 2020.",
			     "TUR", "KEN"),
		  2);
	/* the same count: the plan and the contract are one deal */
	CHECK_INT(pair_deals("Kenya plans to buy 30 Bayraktar TB2 drones from Turkey. Kenya signed "
			     "for 30 Bayraktar TB2 drones from Turkey in 2020.",
			     "TUR", "KEN"),
		  1);
	/* a stage without a count joins the plan */
	CHECK_INT(pair_deals("Kenya plans to buy 30 Bayraktar TB2 drones from Turkey. Turkey delivered "
			     "the Bayraktar TB2 drones to Kenya in 2020.",
			     "TUR", "KEN"),
		  1);
}

TEST(extract_deal_split__two_contracts_counting_a_system_apart_are_two_deals)
{
	/* two signings of one pair, different counts of the same system */
	CHECK_INT(pair_deals("Chile bought twelve Gripen fighters from Sweden. Later Chile signed a "
			     "contract with Sweden for 20 Gripen fighters.",
			     "SWE", "CHL"),
		  2);
	/* the same count is the same contract */
	CHECK_INT(pair_deals("Chile bought 20 Gripen fighters from Sweden. Chile signed a contract "
			     "with Sweden for 20 Gripen fighters.",
			     "SWE", "CHL"),
		  1);
}

/* "Two major sales to Y received approval ... The sale includes 12 C-130J
 * aircraft for $2.2 billion, as well as three radars for $355 million": a
 * deal told without goods or price, then goods each with its price, is one
 * deal per price (stop 67). */
TEST(extract_deal_split__priced_goods_of_a_continuation_are_two_deals)
{
	CHECK_INT(pair_deals("Two major sales to Peru received approval from the US State "
			     "Department on Tuesday. The sale includes 12 C-130J aircraft and "
			     "related equipment for $2.2 billion, as well as three AN/TPS-77 "
			     "radars for $355 million.",
			     "USA", "PER"),
		  2);
}
