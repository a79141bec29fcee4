/*
 * test_extract_made_in_lease.c - goods bought that were "made (built,
 * manufactured) in X" come from X; "X will lease boats to Y" is a
 * transfer like "leased"; a state that announces (completes) "the transfer
 * of" goods another made gives them.
 * Every sentence here was written for these tests (stop 49).
 */
#include "extract_harness.h"

TEST(extract_made_in_lease__goods_made_in_a_state)
{
	expect_deal("Peru purchased 12 frigates made in Norway.", 1, "NOR", "PER");
	expect_deal("Peru purchased 12 frigates, all built in Norway.", 1, "NOR", "PER");
	expect_deal("Peru bought drones manufactured in Turkey in 2020.", 1, "TUR", "PER");
	/* control: goods made at home are no transfer */
	expect_no_deal("Peru bought drones and built them in Peru.");
}

TEST(extract_made_in_lease__lease_to)
{
	expect_deal("Norway will lease 12 patrol boats to Peru.", 1, "NOR", "PER");
	expect_deal("Norway leases 12 patrol boats to Peru.", 1, "NOR", "PER");
	/* control: the one who leases from another takes */
	expect_deal("Peru will lease 12 patrol boats from Norway.", 1, "NOR", "PER");
}

TEST(extract_made_in_lease__the_subject_carries_out_its_transfer)
{
	/* a state that announces (completes) the transfer of goods another
	 * made gives them */
	expect_deal("Norway had previously announced the transfer of the third Patriot air "
		    "defense system to Peru.",
		    1, "NOR", "PER");
	expect_deal("Norway completed the delivery of Patriot systems to Peru.", 1, "NOR", "PER");
	/* a state (a demonym) on a title and its holder's name, or on a
	 * government (stop 59) */
	expect_deal("On June 20, Norwegian President Ola Hansen announced the transfer of the "
		    "Patriot air defense complex to Peru.",
		    1, "NOR", "PER");
	expect_deal("The Norwegian government announced the transfer of the Patriot system to "
		    "Peru.",
		    1, "NOR", "PER");
	/* control: one that condemns a transfer gives nothing */
	expect_not("Norway condemned the transfer of Iranian drones to Peru.", "NOR", "PER");
}
