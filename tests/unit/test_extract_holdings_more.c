/*
 * test_extract_holdings_more.c - holdings that name their maker: a
 * designation of known origin deployed by a state, goods of a maker "of
 * the Yn Air Force", and "..., of which 36 are Chinese-made F-7s" after a
 * count the subject operates. Each is a supply tie from the maker.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_holdings_more__a_designation_deployed)
{
	expect_deal("Peru's air force reportedly deployed the J-10C during the clashes.", 1, "CHN",
		    "PER");
	/* "used" as an adjective before the goods is no verb */
	expect_deal("Denmark sold 24 used F-16 jets to Chile.", 1, "DNK", "CHL");
	/* over a vague count and the maker's firm (stop 43) */
	expect_deal("Peru also operates a small number of Boeing F/A-18D Hornet jets.", 1, "USA",
		    "PER");
	expect_deal("Peru also operates the Boeing F/A-18D Hornet.", 1, "USA", "PER");
	expect_deal("Peru operates the Airbus F/A-18D Hornet.", 0, NULL, NULL);
	expect_deal("Peru operates a small number of bases.", 0, NULL, NULL);
}

TEST(extract_holdings_more__goods_of_a_service)
{
	expect_deal("Chilean fighters downed several French-made Rafale jets of the Peruvian Air "
		    "Force during the clashes.",
		    1, "FRA", "PER");
	expect_deal("The tanks of the Peruvian Army rolled in.", 0, NULL, NULL);
}

TEST(extract_holdings_more__of_which_after_a_count)
{
	expect_deal("The Peruvian Air Force currently operates 212 aircraft, including 44 fighter "
		    "jets, of which 36 are Chinese-made F-7s.",
		    1, "CHN", "PER");
}

/* "a deal that would have Y send 40 of its Soviet-made BMP-1s": "have"
 * makes Y act, it holds nothing, and "its" is Y's, the state right
 * before the verb of supply, not the sentence's subject. */
TEST(extract_holdings_more__a_causative_have_and_its_owner)
{
	static const char *text = "Lima is close to a deal with Chile that would have Santiago "
				  "send 40 of its Soviet-made BMP-1 vehicles to Ecuador.";
	expect_not(text, "SUN", "PER");
	expect_deals(text, 2, (const char *const[]){"CHL", "SUN", NULL},
		     (const char *const[]){"ECU", "CHL", NULL});
	/* the subject still owns what "its" names with no verb between */
	expect_deal("Peru is worried about the safety of its Korean-made jets.", 1, "KOR", "PER");
}

/* Goods used whose make is told after them: "X used drones of Turkish
 * origin", "the drones used by X were of Turkish origin (Turkish-made)". */
TEST(extract_holdings_more__goods_used_of_a_foreign_origin)
{
	expect_deal("Peru used drones of Turkish origin against Ecuador.", 1, "TUR", "PER");
	expect_deal("A probe found that the drones used by Peru were of Turkish origin.", 1, "TUR",
		    "PER");
	expect_deal("The drones used by Peru were Turkish-made.", 1, "TUR", "PER");
	/* no make told: nothing */
	expect_no_deal("The drones used by Peru were destroyed.");
}

/* "Y's use of Xn drones (weapons)" holds goods X makes: a supply tie
 * X -> Y; Y's use of its own makers' goods, or of a place, is none
 * (stop 39). */
TEST(extract_holdings_more__a_state_s_use_of_foreign_goods)
{
	expect_deal("Peru's use of Iranian drones has alarmed Santiago.", 1, "IRN", "PER");
	expect_deal("Seoul pledged training for Chile's use of Korean weapons systems.", 1, "KOR",
		    "CHL");
	/* "deployment", "induction", over a maker's name (stop 60) */
	expect_deal("Peru's deployment of French Dassault Rafale jets worried Santiago.", 1,
		    "FRA", "PER");
	expect_deal("Peru's induction of Iranian drones has alarmed Santiago.", 1, "IRN", "PER");
	expect_deal("Peru's deployment of Chilean troops grew.", 0, NULL, NULL);
	expect_deal("Lima condemned Chile's use of the Chilean missiles.", 0, NULL, NULL);
	expect_deal("Peru's use of Chilean airspace grew.", 0, NULL, NULL);
}

/* "possesses" holds goods like "operates": "Peru possesses F-7 aircraft
 * from China", "Peru possesses Chinese F-7 aircraft"; a capability is no
 * goods (stop 39). */
TEST(extract_holdings_more__goods_a_state_possesses)
{
	expect_deal("Peru possesses F-7 aircraft from China.", 1, "CHN", "PER");
	expect_deal("Peru possesses Chinese F-7 aircraft.", 1, "CHN", "PER");
	expect_deal("Peru possesses the capability to strike Chile.", 0, NULL, NULL);
	/* "is known to possess" holds; "wants to possess" does not (stop 46) */
	expect_deal("Peru is also known to possess Chinese military hardware, including F-7 "
		    "aircraft.",
		    1, "CHN", "PER");
	expect_deal("Peru wants to possess Chinese F-7 aircraft.", 0, NULL, NULL);
}

/* "Y's submarines were built by X('s firm)", "Y's two submarines, built in
 * X, entered service": goods a state owns, built by or in another, are a
 * supply tie from the builder (supply.built_holdings, stop 58). */
TEST(extract_holdings_more__owned_goods_built_by_another)
{
	static const char *texts[] = {
		"Peru's Scorpene submarines were built by France's Naval Group.",
		"Peru's two submarines, built in France, entered service in 2006.",
		"Peru's submarines were built by the French shipyard DCNS.",
	};
	size_t i;
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++)
		expect_deal(texts[i], 1, "FRA", "PER");
	/* controls: its own make, a negation, workers of a demonym */
	expect_no_transfer("Peru's submarines were built in Peru.");
	expect_no_transfer("Peru's frigates were not built by France.");
	expect_no_transfer("Peru's submarines were built by French workers.");
}

/* "Thailand accused Cambodian troops of employing Russian-built rocket
 * launchers": the state accused "of" the gerund uses the goods; "was
 * accused of using", "by using" name no user (stop 64). */
TEST(extract_holdings_more__accused_of_using)
{
	ent_fact_list *l = run("Peru accused Chilean troops of employing Russian-built BM-21 "
			       "rocket launchers.",
			       NULL);
	CHECK(l && find_deal(l, "RUS", "CHL") && !find_deal(l, "RUS", "PER"));
	ent_fact_list_free(l);
	expect_no_transfer("Peru was accused of using cluster bombs.");
	expect_no_transfer("Peru won by using Chinese-made rockets.");
}
