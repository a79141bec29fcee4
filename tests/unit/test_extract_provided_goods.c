/*
 * test_extract_provided_goods.c - goods "provided" (past, or "were
 * provided") were handed over: a deal delivered, as "supplied" is; goods
 * a state "provides" (or that "are provided") and "provided military
 * supplies" with no goods named stay a supply tie.  Every sentence here
 * was written for these tests (stop 52).
 */
#include "extract_harness.h"

static ent_fact_type type_of(const char *text)
{
	ent_fact_list *l = run(text, "2023-01-13");
	ent_fact_type t = ENT_FACT_EXERCISE; /* none of a transfer */
	size_t i;
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_DEAL || l->v[i].type == ENT_FACT_SUPPLY)
			t = l->v[i].type;
	if (l)
		ent_fact_list_free(l);
	return t;
}

TEST(extract_provided_goods__handed_over)
{
	CHECK_INT(type_of("Chile has provided artillery and munitions to Peru."), ENT_FACT_DEAL);
	CHECK_INT(deal_status("Chile provided howitzers to Peru.", "CHL", "PER"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(type_of("Howitzers were provided to Peru by Chile."), ENT_FACT_DEAL);
}

TEST(extract_provided_goods__a_tie)
{
	CHECK_INT(type_of("Chile provides howitzers to Peru."), ENT_FACT_SUPPLY);
	CHECK_INT(type_of("Howitzers are provided to Peru by Chile."), ENT_FACT_SUPPLY);
	CHECK_INT(type_of("Chile has provided military supplies to Peru."), ENT_FACT_SUPPLY);
}
