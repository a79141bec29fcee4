/*
 * test_extract_stance_statements.c - stances of joint statements, on
 * sentences written for these tests (none quotes an article): "stand
 * together with / in support of Y" is support.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE
#define SUP ENT_POLARITY_SUPPORT

TEST(extract_stance_statements__stand_together)
{
	ent_fact_list *l = run("Peru will continue to stand together with Niger.", NULL);
	CHECK(l && has_stance(l, "PER", "NER", SUP));
	ent_fact_list_free(l);
	l = run("Kenya stands in support of Ghana in the dispute.", NULL);
	CHECK(l && has_stance(l, "KEN", "GHA", SUP));
	ent_fact_list_free(l);
	l = run("Kenya did not stand in support of Ghana.", NULL);
	CHECK(l && count(l, ENT_FACT_STANCE) == 0);
	ent_fact_list_free(l);
}
