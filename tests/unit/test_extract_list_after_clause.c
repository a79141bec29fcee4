/*
 * test_extract_list_after_clause.c - a list of goods ("including ...",
 * "such as ...") after a subordinate clause that moves no goods ("since
 * the Xn invasion began") names the goods of the transfer before the
 * clause.  Every sentence here was written for these tests (stop 52).
 */
#include "extract_harness.h"

/* The number of items of the deal sup -> rec in text (-1: no deal). */
static int items_of(const char *text, const char *sup, const char *rec)
{
	ent_fact_list *l = run(text, "2023-01-13");
	const ent_fact *f = l ? find_deal(l, sup, rec) : NULL;
	int n = f ? (int)f->nitems : -1;
	if (l)
		ent_fact_list_free(l);
	return n;
}

TEST(extract_list_after_clause__goods_after_the_clause)
{
	CHECK_INT(items_of("Chile has provided military aid to Peru since the Bolivian offensive "
			   "was launched, including artillery and munitions.",
			   "CHL", "PER"),
		  2);
	CHECK_INT(items_of("Chile has supplied military aid to Peru since the Bolivian offensive "
			   "began, such as howitzers.",
			   "CHL", "PER"),
		  1);
	/* a clause with a transfer of its own keeps its deal apart */
	expect_deal("Chile has supplied artillery to Peru since Bolivia bought drones from "
		    "Brazil, including howitzers.",
		    2, "BRA", "BOL");
}
