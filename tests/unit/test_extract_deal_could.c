/*
 * test_extract_deal_could.c - transfers a state could make but has not
 * ("Israel's ability to buy new jets depends on ...", "will be able to
 * accommodate new F-15I buys", "desires to export", "the possibility of
 * procuring", "procurement attempts"), words that order
 * nothing ("in order to", "mid air fuelling" given to jets), interest
 * summed up by an apposition ("...,
 * a package estimated at $10 billion"), and the buyer a causative names
 * ("has driven Doha to embrace ... the fighters planned for purchase from
 * the US").  Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_deal_could__what_a_state_is_able_to_buy_is_no_deal)
{
	static const char *const forms[] = {
		"Israel's ability to buy new Boeing jets depends on the size of a new US aid package.",
		"But Israel's ability to sign on to new Boeing jets depends on the US aid package.",
		"If the package is larger, Israel will be able to accommodate new F-15I buys, "
		"Israeli sources said.",
		"Israel will be able to buy F-15 jets from the US.",
	};
	size_t i;
	for (i = 0; i < sizeof forms / sizeof *forms; i++)
		expect_no_transfer(forms[i]);
	/* what it was able to buy, it bought */
	expect_deal("Israel was able to buy F-15 jets from the US in 2019.", 1, "USA", "ISR");
}

TEST(extract_deal_could__interest_summed_up_by_an_apposition_is_no_deal)
{
	expect_no_transfer("The Israeli Air Force has expressed interest in two additional "
			   "squadrons of F-15Is equipped with AESA radars, a package estimated at "
			   "some $10 billion.");
	expect_no_transfer("Israel has expressed interest in F-15Is, a new package worth $10 "
			   "billion.");
	/* a purchase so summed up is one */
	expect_deal("Israel bought two squadrons of F-15Is from the US, a package estimated at "
		    "some $10 billion.",
		    1, "USA", "ISR");
}

TEST(extract_deal_could__a_state_driven_to_act_is_the_buyer)
{
	static const char *const forms[] = {
		"Israeli angst has driven Qatar to embrace the Rafale as an alternative to the "
		"fighters planned for purchase from the US.",
		"Israeli objections have forced Qatar to seek a new source for part of the fighters "
		"planned for purchase from the US.",
	};
	size_t i;
	for (i = 0; i < sizeof forms / sizeof *forms; i++) {
		expect_not(forms[i], "USA", "ISR");
		expect_deals(forms[i], 1, (const char *const[]){"USA", NULL},
			     (const char *const[]){"QAT", NULL});
	}
}

TEST(extract_deal_could__a_wish_to_sell_is_no_deal)
{
	static const char *const forms[] = {
		"India desires to export BrahMos missiles and Akash air defence missiles to the UAE.",
		"India hopes to sell BrahMos missiles to Vietnam.",
		"India wants to supply BrahMos missiles to Vietnam.",
	};
	size_t i;
	for (i = 0; i < sizeof forms / sizeof *forms; i++)
		expect_no_transfer(forms[i]);
	/* a plan to buy stays a deal reported */
	expect_deal("Peru wants to procure 18 Caesar howitzers from France.", 1, "FRA", "PER");
}

/* A choice still open, "has not decided (is debating) whether to buy
 * (send)", is no deal; a deal signed after such a debate stays (stop 61). */
TEST(extract_deal_could__whether_to_buy_is_a_choice_still_open)
{
	expect_no_transfer("Malawi has not yet decided whether to buy more K-8 jets from China.");
	expect_no_transfer("Norway has long debated whether to send Leopard tanks to Estonia.");
	expect_deal("After months of debate over whether to buy F-35s, Finland signed a "
		    "contract with the United States for 64 jets.",
		    1, "USA", "FIN");
}

TEST(extract_deal_could__in_order_to_places_no_order)
{
	expect_no_transfer("Six Su-30 fighters would be taking off on March 3 for the UAE in order "
			   "to participate in the exercise.");
	expect_deal("Egypt placed an order for Rafale jets in order to replace its Mirages.", 1,
		    "FRA", "EGY");
	/* refuelling given to jets is a service, spelt either way */
	expect_no_transfer("Indian Rafale jets had been provided mid air fuelling by the UAE's "
			   "tankers.");
}

TEST(extract_deal_could__a_possibility_or_an_attempt_is_no_deal)
{
	expect_no_transfer("The envoy spoke with the maker about the possibility of Argentina "
			   "procuring JF-17 aircraft.");
	expect_no_transfer("The UK has blocked Argentina's aircraft procurement attempts.");
	/* who blocks a purchase sells nothing */
	expect_no_transfer("Peru has blocked Chile's aircraft procurement.");
	/* a purchase made stays one */
	expect_deal("Argentina procured JF-17 aircraft from Pakistan.", 1, "PAK", "ARG");
}

TEST(extract_deal_could__a_gerund_after_after_belongs_to_its_clause)
{
	static const char *const text =
		"Greece has bought 24 Rafale jets, but Turkey can't easily match that after it was "
		"expelled from the F-35 program in 2019 after buying Russia's S-400 air defense "
		"system.";
	expect_deal(text, 2, "RUS", "TUR");
	expect_not(text, "RUS", "GRC");
	/* a programme one is expelled from is no goods, its maker no seller */
	expect_deal("Turkey was expelled from the F-35 program in 2019 after buying Russia's "
		    "S-400 air defense system.",
		    1, "RUS", "TUR");
	expect_not("Turkey was expelled from the F-35 program in 2019 after buying Russia's "
		   "S-400 air defense system.",
		   "USA", "TUR");
}

TEST(extract_deal_could__turning_over_goods_delivers_them)
{
	CHECK_INT(deal_status("The Japanese government on Wednesday officially turned over five "
			      "coastal radar systems to the Philippines.",
			      "JPN", "PHL"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("Japan will turn over two radars to the Philippines.", "JPN", "PHL"),
		  ENT_STATUS_REPORTED);
	/* no goods: nothing given */
	expect_no_transfer("Japan turned over the suspects to the Philippines.");
}

TEST(extract_deal_could__a_delivery_started_is_a_delivery)
{
	CHECK_INT(deal_status("Japan has started to deliver patrol boats to the Philippines.", "JPN",
			      "PHL"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("Japan began to supply drones to Ukraine.", "JPN", "UKR"),
		  ENT_STATUS_DELIVERED);
	/* a plan to deliver is none yet */
	CHECK(deal_status("Japan plans to deliver patrol boats to the Philippines.", "JPN", "PHL") !=
	      ENT_STATUS_DELIVERED);
}

TEST(extract_deal_could__a_potential_decision_is_none_made)
{
	expect_no_transfer("The United Kingdom said that it would support Germany on its potential "
			   "decision to send the missiles to Kyiv.");
	expect_deal("Germany made the decision to send Taurus missiles to Kyiv.", 1, "DEU", "UKR");
}
