/*
 * test_extract_invited_onlookers.c - a month named in a sentence of
 * invitation is the next one ("has invited Y to join the drills in
 * November"); a state that "seemed irked by" a drill, or whose invitation
 * to it was taken back, takes no part; a state where analysts or experts
 * are ("analysts in Y warned") takes no stance.
 * Every sentence here was written for these tests (stop 49).
 */
#include "extract_harness.h"

/* The year of the first exercise text gives under the dateline (0: none,
 * -1: no exercise). */
static int drill_year(const char *text, const char *published)
{
	ent_fact_list *l = run(text, published);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	int y = f ? f->year : -1;
	if (l)
		ent_fact_list_free(l);
	return y;
}

TEST(extract_invited_onlookers__a_month_one_is_invited_to_is_to_come)
{
	CHECK_INT(drill_year("Thailand on Monday said it has invited Laos to participate in the "
			     "annual Cobra Gold exercises with the US and Japan in November.",
			     "2020-10-20"),
		  2020);
	/* control: without a word of invitation, the month is the last one */
	CHECK_INT(drill_year("Thailand on Monday said Laos participated in the annual Cobra "
			     "Gold exercises with the US and Japan in November.",
			     "2020-10-20"),
		  2019);
	/* control: invited to drills that were held in a month gone by */
	CHECK_INT(drill_year("Thailand said it invited Laos to the Cobra Gold exercises with the "
			     "US and Japan, which were held in March.",
			     "2020-10-20"),
		  2020);
}

TEST(extract_invited_onlookers__who_seems_irked_takes_no_part)
{
	const char *t = "Niger on Tuesday seemed irked by Togo joining Ghana and Benin for the "
			"naval exercises next month.";
	CHECK_INT(first_drill_has(t, "NER"), 0);
	CHECK_INT(first_drill_has(t, "TGO"), 1);
	CHECK_INT(first_drill_has(t, "GHA"), 1);
}

TEST(extract_invited_onlookers__an_invitation_taken_back)
{
	const char *t = "Ghana's decision to disinvite Togo from the naval exercise with Benin "
			"and Nigeria was final.";
	CHECK_INT(first_drill_has(t, "TGO"), 0);
	CHECK_INT(first_drill_has(t, "BEN"), 1);
	t = "Ghana said the withdrawal of the invitation for the Togolese navy to participate "
	    "in the naval drills with Benin and Nigeria was final.";
	CHECK_INT(first_drill_has(t, "TGO"), 0);
	CHECK_INT(first_drill_has(t, "BEN"), 1);
	/* control: an invitation kept */
	t = "Ghana confirmed the invitation for the Togolese navy to participate in the naval "
	    "drills with Benin and Nigeria.";
	CHECK_INT(first_drill_has(t, "TGO"), 1);
}

TEST(extract_invited_onlookers__analysts_in_a_capital_are_no_state)
{
	CHECK(stance_none("Analysts in Accra warned that Lome would see the move as a threat."));
	CHECK(stance_none("Experts from Ghana criticised Togo."));
	/* control: the capital itself */
	CHECK(stance_only("Accra criticised Togo.", "GHA", "TGO", ENT_POLARITY_OPPOSE));
}
