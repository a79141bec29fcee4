/*
 * test_extract_refusal.c - a supply that a state refuses or declines is no
 * deal: "X refuses to export the engines to Y", "X declined to sell ..."
 * (sentences written for these tests; none quotes an article).
 */
#include "extract_harness.h"

TEST(extract_refusal__refuses_declines)
{
	const char *none[] = {
		"Norway refuses to export the submarines to Chile.",
		"Austria is refusing to supply the rifles to Peru.",
		"Spain declined to sell the patrol boats to Bolivia.",
		"Italy declines to deliver the trainer jets to Ecuador.",
	};
	size_t i;
	for (i = 0; i < sizeof none / sizeof *none; i++) {
		ent_fact_list *l = run(none[i], NULL);
		CHECK(l != NULL);
		CHECK(ndeals(l) == 0);
		ent_fact_list_free(l);
	}
	/* the supply itself still counts */
	expect_deal("Norway sold the submarines to Chile in 2019.", 1, "NOR", "CHL");
}
