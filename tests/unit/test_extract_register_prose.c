/*
 * test_extract_register_prose.c - arms registers told in prose: lists of
 * goods whose items are parted by semicolons, "Y's deliveries include ...
 * from X", used goods that came "via" their last owner, designations glued
 * to a number, and "the type" for goods named just before (stop 65).
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

/* "Uganda received six helicopters via Austria; five ex-Libyan MiG-23s;
 * two Y-12 aircraft from China; and ...": an item after ";" with a count
 * and no verb continues the clause, one deal per seller. */
TEST(extract_register_prose__semicolons_part_the_items_of_one_list)
{
	static const char *const sup[] = {"FRA", "CHN", "RUS", NULL};
	static const char *const rec[] = {"GHA", "GHA", "GHA", NULL};
	expect_deals("Ghana received four Puma helicopters from France; two Y-12 transport "
		     "aircraft from China; and six Su-30MK fighters from Russia.",
		     3, sup, rec);
	/* a clause of its own after ";" stays one */
	expect_deal("Ghana received four Puma helicopters from France; two more are due next "
		    "year.",
		    1, "FRA", "GHA");
	expect_not("Ghana received four Puma helicopters from France; Togo has ordered two "
		   "Y-12 aircraft from China.",
		   "CHN", "GHA");
}

/* "other Ugandan defence equipment deliveries over the last 15 years
 * include ... from Israel": the owner of the deliveries receives. */
TEST(extract_register_prose__deliveries_that_include_goods_from_sellers)
{
	static const char *const sup[] = {"FRA", "CHN", NULL};
	static const char *const rec[] = {"GHA", "GHA", NULL};
	expect_deals("Other Ghanaian defence equipment deliveries over the last decade include "
		     "four Puma helicopters from France, and six Y-12 aircraft from China.",
		     2, sup, rec);
	expect_deal("Ghana's arms deliveries include four Puma helicopters from France.", 1, "FRA",
		    "GHA");
	/* the seller's deliveries "to" a buyer stay the seller's */
	expect_not("French deliveries include four Puma helicopters to Ghana.", "GHA", "FRA");
}

/* "six second hand Bell 206 helicopters delivered via Austria": used
 * goods come via their last owner, who sells them, in that item's year;
 * new goods sent via a state only pass through it. */
TEST(extract_register_prose__used_goods_via_their_last_owner)
{
	static const char *const sup[] = {"AUT", "CHN", NULL};
	static const char *const rec[] = {"GHA", "GHA", NULL};
	expect_deals("Ghana received six second hand Bell 206 helicopters delivered via Austria; "
		     "and two Y-12 transport aircraft from China.",
		     2, sup, rec);
	CHECK_INT(deal_year("Ghana received 44 T-90S tanks from Russia in 2011, as well as 23 "
			    "T-55 tanks second hand via Belarus in 2009.",
			    NULL, "BLR", "GHA"),
		  2009);
	expect_not("The US delivered 30 Bradley vehicles to Ukraine via Poland.", "POL", "UKR");
	/* one item alone: its last owner sells, not its maker */
	CHECK_INT(deal_year("Mali obtained four second-hand Mi-8 helicopters via Bulgaria in "
			    "2019.",
			    NULL, "BGR", "MLI"),
		  2019);
	expect_not("Mali obtained four second-hand Mi-8 helicopters via Bulgaria in 2019.", "RUS",
		   "MLI");
}

/* "ATMOS-2000" is a name, no year; "Zapad-2021" still dates its drill. */
TEST(extract_register_prose__a_year_glued_to_a_system_is_its_name)
{
	CHECK_INT(deal_year("Ghana bought six ATMOS-2000 guns from Israel.", NULL, "ISR", "GHA"),
		  0);
	CHECK_INT(deal_year("Ghana bought six ATMOS-2000 guns from Israel in 2019.", NULL, "ISR",
			    "GHA"),
		  2019);
}

/* "The type has also been exported to Sudan and Pakistan": the goods of
 * the sentence before, and their maker sells. */
TEST(extract_register_prose__the_type_told_before_is_exported)
{
	static const char *const sup[] = {"CHN", "CHN", "CHN", NULL};
	static const char *const rec[] = {"GHA", "TGO", "BEN", NULL};
	expect_deals("Ghana received Type 85-IIM tanks from China. The type has also been "
		     "exported to Togo and Benin.",
		     3, sup, rec);
	/* no goods before: no seller */
	expect_no_deal("The type has also been exported to Togo and Benin.");
}
