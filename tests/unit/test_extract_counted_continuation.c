/*
 * test_extract_counted_continuation.c - a sentence that refers back to the
 * goods of the deal just told with a count, a measure and a class's name
 * before the noun ("The two 2,600-ton Jose Rizal-class frigates were
 * delivered in 2021") continues that deal.
 * Every sentence here was written for these tests (stop 49).
 */
#include "extract_harness.h"

TEST(extract_counted_continuation__a_count_before_the_goods)
{
	const char *t = "In 2016, Peru decided to procure two frigates from South Korea. The two "
			"frigates were delivered in 2021.";
	CHECK_INT(deal_status(t, "KOR", "PER"), ENT_STATUS_DELIVERED);
	CHECK_INT((int)ndeals_text(t), 1);
	t = "In 2016, Peru decided to procure two frigates from South Korea. The two 2,600-ton "
	    "Almirante Grau-class frigates were delivered in 2021.";
	CHECK_INT(deal_status(t, "KOR", "PER"), ENT_STATUS_DELIVERED);
	/* control: a sentence of other goods, told without "the", is no
	 * continuation */
	t = "In 2016, Peru decided to procure two frigates from South Korea. Two tankers were "
	    "delivered in 2021.";
	CHECK_INT(deal_status(t, "KOR", "PER"), ENT_STATUS_REPORTED);
}
