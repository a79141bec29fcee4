/*
 * test_extract_plans_condemned.c - a deed that annoys a state, "the plans"
 * a state condemns, and a fleet of goods made by the Soviet Union.  Every
 * sentence here was written for these tests (stop 50).
 */
#include "extract_harness.h"

TEST(extract_plans_condemned__deed_annoyed_a_state)
{
	CHECK(stance_only("Chile's decision to buy Spanish frigates annoyed Peru.", "PER", "CHL",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Chile's move irritated Peru.", "PER", "CHL", ENT_POLARITY_OPPOSE));
	/* the one annoyed is the object, not a possessive after the verb */
	CHECK(stance_none("The delay annoyed Peru's navy."));
}

TEST(extract_plans_condemned__the_plans_are_the_plan_told)
{
	ent_fact_list *l = run("Chile approved the plan to give Ecuador its six patrol boats.\n\n"
			       "Chile will receive new boats from Spain as compensation.\n\n"
			       "Peru condemned the plans.",
			       "2024-03-01");
	CHECK(l != NULL);
	CHECK(has_stance(l, "PER", "CHL", ENT_POLARITY_OPPOSE));
	CHECK(!has_stance(l, "PER", "ESP", ENT_POLARITY_OPPOSE));
	ent_fact_list_free(l);
	/* no plan told: the latest deal's seller, as before */
	l = run("Chile will sell six patrol boats to Ecuador.\n\nPeru condemned the sale.",
		"2024-03-01");
	CHECK(l != NULL);
	CHECK(has_stance(l, "PER", "CHL", ENT_POLARITY_OPPOSE));
	ent_fact_list_free(l);
}

TEST(extract_plans_condemned__soviet_fleet_is_no_supply)
{
	ent_fact_list *l = run("Bulgaria agreed to give Ukraine its fleet of 12 Soviet-era MiG-29 "
			       "fighter jets.",
			       "2024-03-01");
	CHECK(l != NULL);
	CHECK(find_deal(l, "BGR", "UKR") != NULL);
	CHECK(find_deal(l, "RUS", "BGR") == NULL);
	ent_fact_list_free(l);
}

/* one state's drills a later sentence condemns, and a state urged to
 * exercise restraint */
TEST(extract_plans_condemned__drills_of_one_and_restraint)
{
	CHECK(stance_only("Peru launched naval drills near Chile. Chile denounced the drills.",
			  "CHL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Peru held military drills near Chile. Ecuador criticised the drills.",
			  "ECU", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Ecuador urged Peru to exercise restraint.", "ECU", "PER",
			  ENT_POLARITY_OPPOSE));
	/* both sides urged: no stance toward either */
	CHECK(stance_none("Ecuador urged Peru and Chile to exercise restraint."));
}

/* backers told by rank, and a vow to protect */
TEST(extract_plans_condemned__ranked_backers_and_protect)
{
	CHECK(stance_only("Spain is Chile's second-largest supporter.", "ESP", "CHL",
			  ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Spain is one of Chile's main backers.", "ESP", "CHL",
			  ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Spain vowed to protect Chile.", "ESP", "CHL", ENT_POLARITY_SUPPORT));
	/* a plural with no "one of" names others */
	CHECK(stance_none("Chile's main backers met in Madrid on Monday."));
}
