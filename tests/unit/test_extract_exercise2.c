/*
 * test_extract_exercise2.c - large multinational drills and their lists of
 * parties, on sentences written for these tests.
 */
#include "extract_harness.h"

/* A drill of a dozen states keeps them all (a fact holds
 * ENT_FACT_MAX_PARTICIPANTS parties, more than a deal's role lists). */
TEST(extract_exercise2__a_dozen_parties_are_kept)
{
	ent_fact_list *l = run("Soldiers from Benin, Ghana, Chad, Mali, Niger, Nigeria, Senegal, "
			       "Togo, Spain, France, Italy and Japan held a joint exercise in 2020.",
			       "2020-03-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 12 && takes_part(f, "BEN") && takes_part(f, "JPN") &&
	      takes_part(f, "TGO"));
	ent_fact_list_free(l);
	/* and a list that goes on in a later sentence adds all of it */
	l = run("Kenya and Uganda opened the Lake Guard exercise on Monday. The participating "
		"nations are Tanzania, Rwanda, Burundi, Ethiopia, Somalia, Sudan, Zambia, Malawi, "
		"Angola, Namibia, Botswana and Zimbabwe.",
		"2023-06-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 14 && takes_part(f, "ZWE") && takes_part(f, "KEN"));
	ent_fact_list_free(l);
}
