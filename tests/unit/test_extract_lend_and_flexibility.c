/*
 * test_extract_lend_and_flexibility.c - arms lent are arms supplied
 * ("agreed to lend Y 500,000 shells"), and a transfer a deal "could give
 * Y flexibility (the means, the capacity) to" make is none yet.  Every
 * sentence here was written for these tests (stop 52).
 */
#include "extract_harness.h"

TEST(extract_lend_and_flexibility__arms_lent)
{
	CHECK_INT(deal_status("Chile reached an agreement last month to lend Peru 50,000 rounds "
			      "of artillery shells.",
			      "CHL", "PER"),
		  ENT_STATUS_SIGNED);
	expect_deal("Chile lent two frigates to Peru in 2019.", 1, "CHL", "PER");
	expect_deal("The shells were loaned to Peru by Chile.", 1, "CHL", "PER");
	/* support lent is no goods */
	expect_no_transfer("Chile lent its support to Peru.");
}

TEST(extract_lend_and_flexibility__a_transfer_made_possible)
{
	/* the shells go to Peru; Peru's own giving to Bolivia is only made
	 * possible */
	expect_deal("Chile agreed to lend Peru 50,000 artillery shells that could give Lima "
		    "greater flexibility to supply Bolivia with ammunition.",
		    1, "CHL", "PER");
	expect_no_deal("The loan could give Peru the means to supply Bolivia with ammunition.");
}
