/*
 * test_extract_programme_names.c - US foreign military sales programmes
 * are named "Peace" and a code word ("Peace Onyx", "Peace Marble"); a
 * system's name used as that code word is no goods (extract.c, the
 * gazetteer pass).  Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_programme_names__a_system_name_after_peace_is_a_programme_code_word)
{
	/* "Onyx" (a missile in weapons.tsv) names the programme only */
	ent_fact_list *l = run("The United States delivered the last F-16 of the Peace Onyx IV "
			       "programme to Greece.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "USA", "GRC") : NULL;
	size_t i;
	CHECK(f != NULL);
	CHECK(l && ndeals(l) == 1);
	for (i = 0; f && i < f->nitems; i++)
		CHECK(!f->items[i].designation || strcmp(f->items[i].designation, "Yakhont") != 0);
	CHECK(f && f->nitems == 1);
	if (l)
		ent_fact_list_free(l);
}

TEST(extract_programme_names__only_after_a_capitalised_peace)
{
	/* the missile itself, sold after a peace deal */
	const char *sup[] = {"USA", "RUS", NULL}, *rec[] = {"GRC", "GRC", NULL};
	expect_deals("The United States delivered F-16 fighters to Greece; after the peace Onyx "
		     "missiles were delivered to Greece by Russia.",
		     2, sup, rec);
}
