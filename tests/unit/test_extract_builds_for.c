/*
 * test_extract_builds_for.c - a maker that builds or launches goods "for"
 * a state ("for the government of Y", "for the Yn navy") has a contract
 * with it; its own forces, a passive, or a missile launch are none.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

#include <math.h>

TEST(extract_builds_for__a_maker_building_for_a_state_sells)
{
	expect_deal("Spain built two corvettes for Peru.", 1, "ESP", "PER");
	expect_deal("Spain's Navantia has launched the first Avante-class corvette for the "
		    "government of Peru, marking a step in rebuilding the Peruvian fleet.",
		    1, "ESP", "PER");
	expect_deal("Spain is building frigates for the Peruvian navy.", 1, "ESP", "PER");
	/* a class in brackets between the goods and "for" (stop 38) */
	expect_deal("China has started building a Type 054A (Tughril-class) frigate for Peru.", 1,
		    "CHN", "PER");
	/* an open bracket is no class */
	expect_deal("China has started building a Type 054A (see the list of frigates for Peru.",
		    0, NULL, NULL);
}

TEST(extract_builds_for__a_maker_that_will_build_has_a_deal_reported)
{
	static const char *const forms[] = {
		"Spain will build two corvettes for Peru.",
		"Last month, South Korea's Hyundai Heavy Industries was also selected to construct "
		"four warships for the Peruvian Navy for 640.6 billion won ($470 million).",
	};
	static const char *const sup[] = {"ESP", "KOR"};
	size_t i;
	for (i = 0; i < sizeof forms / sizeof *forms; i++)
		CHECK_INT(deal_status(forms[i], sup[i], "PER"), ENT_STATUS_REPORTED);
	{
		ent_fact_list *l = run(forms[1], NULL);
		const ent_fact *f = l ? find_deal(l, "KOR", "PER") : NULL;
		CHECK(f && f->value.present && f->value.has_usd &&
		      fabs(f->value.usd - 470e6) < 1);
		ent_fact_list_free(l);
	}
	/* a wish or a plan of its own is none */
	expect_no_transfer("Spain wants to build two corvettes for Peru.");
	expect_no_transfer("Spain plans to build two corvettes for its navy.");
}

/* A demonym on a noun of makers builds: "A German shipyard is building six
 * patrol vessels for Y", "A Franco-Italian consortium will build" (both
 * states sell); not for the makers' own navy (stop 57). */
TEST(extract_builds_for__a_demonym_on_a_noun_of_makers)
{
	static const char *const both[] = {"ESP", "ITA", NULL}, *const to[] = {"PER", "PER"};
	CHECK_INT(deal_status("A Spanish shipyard is building six patrol vessels for Peru.", "ESP",
			      "PER"),
		  ENT_STATUS_SIGNED);
	CHECK_INT(deal_status("A Spanish consortium will build four frigates for Peru.", "ESP",
			      "PER"),
		  ENT_STATUS_REPORTED);
	expect_deals("A Spanish-Italian consortium will build four frigates for Peru.", 1, both,
		     to);
	expect_no_deal("A Spanish shipyard built four frigates for the Spanish navy.");
}

TEST(extract_builds_for__no_buyer_no_deal)
{
	expect_deal("Spain built two corvettes for its own navy.", 0, NULL, NULL);
	expect_deal("Chile launched two missiles for the first time.", 0, NULL, NULL);
}

/* "Navantia launched Saudi Arabia's final Avante 2200 corvette": a ship
 * the verb's object owns is built for its owner; each verb of building in
 * the sentence is read, not only the first (stop 56). */
TEST(extract_builds_for__a_ship_owned_by_the_buyer)
{
	ent_fact_list *l = run("Naval Group launched the first Gowind corvette for the Peruvian "
			       "Navy and Navantia launched Chile's final Avante 2200 corvette.",
			       NULL);
	CHECK(l && find_deal(l, "FRA", "PER") && find_deal(l, "ESP", "CHL"));
	ent_fact_list_free(l);
	expect_deal("Spain's Navantia has launched Peru's first corvette.", 1, "ESP", "PER");
	/* a missile at a state's port is no ship built */
	expect_no_transfer("Chile launched missiles at Peru's ports.");
	expect_deal("Peru launched Peru's first corvette.", 0, NULL, NULL);
}

/* "X's shipyard near Z city of W State has launched a project to build 12
 * vessels for the Yn Border Guard": the work begun is a contract, its
 * maker further back than a plain "will build" reaches (stop 62;
 * sz/002). */
TEST(extract_builds_for__a_project_launched_to_build)
{
	const char *t = "India's Larsen & Toubro shipyard near Chennai city of Tamil Nadu State "
			"has launched a project to build 12 high-speed patrol vessels for the "
			"Kenyan Navy.";
	expect_deal(t, 1, "IND", "KEN");
	CHECK_INT(deal_status(t, "IND", "KEN"), ENT_STATUS_SIGNED);
	/* control: a project only discussed */
	expect_no_deal("India has discussed a project to build 12 patrol vessels for Kenya.");
}
