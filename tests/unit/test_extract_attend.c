/*
 * test_extract_attend.c - exercise parties told after the drill in a
 * sentence with no drill word: "navies from X, Y and Z attended this
 * year's edition" (sentences written for these tests; none quotes an
 * article).
 */
#include "extract_harness.h"

/* Exercise of the text whose participants include code, all of them. */
static int drill_has(const char *text, const char *const *codes)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	int ok = f && count(l, ENT_FACT_EXERCISE) == 1;
	size_t i;
	for (i = 0; ok && codes[i]; i++)
		ok = takes_part(f, codes[i]);
	if (l)
		ent_fact_list_free(l);
	return ok;
}

TEST(extract_attend__edition)
{
	static const char *const all[] = {"KEN", "TZA", "UGA", "RWA", NULL};
	static const char *const three[] = {"GHA", "SEN", "CIV", NULL};
	CHECK(drill_has("Kenya hosted the naval exercise Blue Reef 2023 off Mombasa. "
			"The drill ran for ten days. "
			"Navies from Tanzania, Uganda and Rwanda attended this year's edition.",
			all));
	CHECK(drill_has("Ghana opened the maritime exercise Gulf Shield on Monday. "
			"Officers from Senegal and Ivory Coast attended the latest iteration.",
			three));
}

TEST(extract_attend__not_an_edition)
{
	/* "attended" a meeting: no new party */
	ent_fact_list *l = run("Kenya hosted the naval exercise Blue Reef 2023 off Mombasa. "
			       "Envoys from Tanzania and Uganda attended a dinner in Nairobi.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f != NULL);
	CHECK(!takes_part(f, "TZA"));
	CHECK(!takes_part(f, "UGA"));
	ent_fact_list_free(l);
}
