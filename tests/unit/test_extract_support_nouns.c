/*
 * test_extract_support_nouns.c - stances stated with support nouns, on
 * sentences written for these tests (none quotes an article): "with the
 * (full) support of X" (X backs the clause's subject), and sentences that
 * must not give the reverse reading; "vowed (pledged, expressed) support"
 * whose subject is a titled person.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT

TEST(extract_support_nouns__with_the_support_of)
{
	ent_fact_list *l;
	CHECK(stance_only("Poland will rebuild its navy with the full support of Sweden.", "SWE",
			  "POL", SUP));
	l = run("Chile will rebuild its navy with the support of allies like Norway and Japan.",
		NULL);
	CHECK(l && count(l, ENT_FACT_STANCE) == 2 && has_stance(l, "NOR", "CHL", SUP) &&
	      has_stance(l, "JPN", "CHL", SUP));
	if (l)
		ent_fact_list_free(l);
	l = run("Poland will rebuild its navy with the backing of partners such as Sweden and "
		"Finland.",
		NULL);
	CHECK(l && count(l, ENT_FACT_STANCE) == 2 && has_stance(l, "SWE", "POL", SUP) &&
	      has_stance(l, "FIN", "POL", SUP));
	if (l)
		ent_fact_list_free(l);
	/* a people as the subject */
	CHECK(stance_only("The Argentines now have a stronger air force with the support of Spain.",
			  "ESP", "ARG", SUP));
	/* after a stance verb the phrase tells of its object: not the subject's */
	CHECK(!stance_has("Peru condemned the raids carried out with the support of Chile.", "CHL",
			  "PER", SUP));
}

TEST(extract_support_nouns__will_to_support)
{
	CHECK(stance_only("Peru announced its intention to continue to support Chile.", "PER", "CHL",
			  SUP));
	CHECK(stance_only("Peru pledged to continue to support Chile.", "PER", "CHL", SUP));
	CHECK(stance_only("Ghana stated its commitment to support Togo politically.", "GHA", "TGO",
			  SUP));
	/* negated will: no stance */
	CHECK(stance_none("Peru did not announce any intention to support Chile."));
}

TEST(extract_support_nouns__solidarity_shown)
{
	CHECK(stance_only("Peru said it is important to show solidarity with Chile.", "PER", "CHL",
			  SUP));
	CHECK(stance_only("Ghana said it wanted to demonstrate solidarity with Togo.", "GHA", "TGO",
			  SUP));
}

/* "Kenyan President Jomo Daniel Otieno vowed support to Kampala": the
 * verb's subject, a titled person further back than a noun's own
 * neighbours, gives the support. */
TEST(extract_support_nouns__vowed_support_by_a_titled_person)
{
	CHECK(stance_only("Kenyan President Jomo Daniel Otieno vowed support to Kampala amid "
			  "tensions with Tanzania.",
			  "KEN", "UGA", SUP));
	CHECK(stance_only("Peruvian Defence Minister Ana Maria Quispe Rojas pledged support for "
			  "Ecuador.",
			  "PER", "ECU", SUP));
	/* a person of no state named gives no one's support */
	CHECK(stance_none("The minister vowed support to Kampala."));
}
