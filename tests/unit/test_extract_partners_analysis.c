/*
 * test_extract_partners_analysis.c - deal rules found on analyses of a
 * state's arms imports and foreign partners: a gerund of supply after
 * "by" ("A backed B by supplying missiles") has the clause's subject for
 * its agent.  Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_partners_analysis__a_gerund_of_supply_after_by_is_the_subjects)
{
	expect_deal("Spain backed Morocco by supplying patrol boats.", 1, "ESP", "MAR");
	expect_deal("Japan will strengthen the coast guard of Vietnam by providing patrol "
		    "vessels.",
		    1, "JPN", "VNM");
	expect_deal("Brazil will help modernise the armed forces of Chile by providing radars "
		    "and other systems.",
		    1, "BRA", "CHL");
	expect_deal("Russia helped India by delivering tanks in 2010.", 1, "RUS", "IND");
}

TEST(extract_partners_analysis__by_with_a_gerund_keeps_other_directions)
{
	/* the recipient named after "to" stays */
	expect_deal("Spain backed Morocco by supplying patrol boats to Mauritania.", 1, "ESP",
		    "MRT");
	/* a passive agent is no gerund */
	expect_deal("Morocco received patrol boats supplied by Spain.", 1, "ESP", "MAR");
}

TEST(extract_partners_analysis__furnished_with_is_a_delivery)
{
	expect_deal("Turkey has furnished Pakistan with four corvettes.", 1, "TUR", "PAK");
	expect_deal("Italian yards furnished the Nigerian Navy with two patrol ships in 2019.", 1,
		    "ITA", "NGA");
	CHECK_INT(deal_status("Turkey has furnished Pakistan with four corvettes.", "TUR", "PAK"),
		  ENT_STATUS_DELIVERED);
	/* furnishing papers is no supply */
	expect_deals("The ministry furnished details of the plan to Peru.", 0, NULL, NULL);
}

TEST(extract_partners_analysis__a_cancelled_sale_to_a_state_is_no_deal_with_it)
{
	expect_deals("The sale of the two ships to Chile was cancelled by Spain in 2014.", 0, NULL,
		     NULL);
	expect_deals("The delivery to Bolivia had been scrapped.", 0, NULL, NULL);
	/* the state that bought instead keeps its deal */
	expect_deal("Peru bought two frigates from Spain in 2015 after their sale to Chile was "
		    "cancelled.",
		    1, "ESP", "PER");
	/* no cancellation: the sale stands */
	expect_deal("The sale of the two ships to Chile was approved by Spain in 2014.", 1, "ESP",
		    "CHL");
}

TEST(extract_partners_analysis__relying_on_a_state_to_equip_ones_forces_is_a_supply_tie)
{
	expect_deal("Laos long depended on Hanoi to equip its armed forces.", 1, "VNM", "LAO");
	expect_deal("Chad relies on France to arm its military.", 1, "FRA", "TCD");
	/* training or civil goods are no arms */
	expect_deals("Chad relies on France to train its army.", 0, NULL, NULL);
	expect_deals("Chad relies on France to equip its hospitals.", 0, NULL, NULL);
}

TEST(extract_partners_analysis__signed_agreements_with_a_seller_are_one_deal_per_kind)
{
	expect_deal("Kenya signed contracts with Spain to purchase 12 fighter jets and two frigates.",
		    2, "ESP", "KEN");
	/* one contract holds both */
	expect_deal("Kenya signed a contract with Spain to purchase 12 fighter jets and two "
		    "frigates.",
		    1, "ESP", "KEN");
}

TEST(extract_partners_analysis__states_a_buyer_widened_its_procurement_to_supply_it)
{
	const char *sup3[] = {"TUR", "CHN", "ISR", NULL}, *rec3[] = {"KEN", "KEN", "KEN", NULL};
	const char *sup2[] = {"TUR", "CHN", NULL}, *rec2[] = {"KEN", "KEN", NULL};
	expect_deals("Kenya has widened its arms procurement to countries such as Turkey, China "
		     "and Israel.",
		     3, sup3, rec3);
	expect_deals("Kenya has diversified its arms imports to include Turkey and China.", 2, sup2,
		     rec2);
	/* the subject is the state right before the verb, not an earlier one */
	expect_deal("Though France is a key partner, Peru has broadened its defence procurement "
		    "to nations such as Spain.",
		    1, "ESP", "PER");
	/* exports widened are sales */
	expect_deal("Kenya expanded its exports to Uganda.", 1, "KEN", "UGA");
}
