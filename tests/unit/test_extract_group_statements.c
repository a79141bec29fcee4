/*
 * test_extract_group_statements.c - stance rules for statements of groups
 * of states, on sentences written for these tests (none quotes an article):
 * a state that closes an earlier verb phrase as the object of a preposition
 * ("... exports to X, urged Y to stop") is no subject of the next verb.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_group_statements__prep_object_no_subject)
{
	ent_fact_list *l =
		run("The ministers condemned the sale of rifles to Peru, urged Chile to stop its aid "
		    "to Peru and voiced concern.", NULL);
	CHECK(l != NULL);
	CHECK(!has_stance(l, "PER", "CHL", OPP));
	ent_fact_list_free(l);
	l = run("The summit condemned arms shipments to Peru, and called on Chile to stop "
		"helping the Peruvian army.", NULL);
	CHECK(l != NULL);
	CHECK(!has_stance(l, "PER", "CHL", OPP));
	ent_fact_list_free(l);
	/* a named subject still speaks */
	CHECK(stance_only("Kenya urged Uganda to stop its raids.", "KEN", "UGA", OPP));
	l = run("Kenya condemned arms shipments to Somalia, and called on Uganda to stop its "
		"raids.", NULL);
	CHECK(l != NULL);
	CHECK(has_stance(l, "KEN", "UGA", OPP));
	CHECK(!has_stance(l, "SOM", "UGA", OPP));
	ent_fact_list_free(l);
}
