/*
 * test_extract_pakties.c - rules found on the holdout set of Pakistan's
 * defence ties: shelter given to militants is no transfer of goods.  Every sentence here was written for these tests.
 */
#include "extract_harness.h"

/* The number of deals and supply ties in text; (size_t)-1 on failure. */
static size_t deals_in(const char *text)
{
	ent_fact_list *l = run(text, NULL);
	size_t n = l ? ndeals(l) : (size_t)-1;
	ent_fact_list_free(l);
	return n;
}

TEST(extract_pakties__safe_havens_are_no_goods)
{
	CHECK(deals_in("The report blamed Iran for providing safe havens to Afghan militants.") == 0);
	CHECK(deals_in("Officials accused Syria of giving sanctuary to Iraqi fighters.") == 0);
	/* goods given still make a transfer */
	CHECK(deals_in("Iran has been providing drones to Russia since 2022.") == 1);
}
