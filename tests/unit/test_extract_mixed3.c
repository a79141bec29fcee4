/*
 * test_extract_mixed3.c - exercise rules from a third set of unseen
 * articles: a list of participating states after a short opener ("According
 * to the ministry, the participating countries include ..."), forces that
 * "take part in the drills" before any drill was told, and a drill told in
 * a clause after "after/before" in a sentence that opens on "the drill".
 * Sentences written for these tests.
 */
#include "extract_harness.h"

static int has(const ent_fact *f, const char *code)
{
	return f && ent_fact_has_code(f->participants, f->nparticipants, code);
}

/* "According to X, the participating nations include A, B and C" adds them
 * to the drill of the sentence before */
TEST(extract_mixed3__participants_after_opener)
{
	ent_fact_list *l = run("Kenya opened a joint exercise named Lake Guard 3 on Tuesday. According "
			       "to the army, the participating countries include Uganda, Tanzania and "
			       "Rwanda.",
			       "2023-06-01");
	const ent_fact *f = first(l, ENT_FACT_EXERCISE);
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(has(f, "KEN") && has(f, "UGA") && has(f, "TZA") && has(f, "RWA"));
	ent_fact_list_free(l);
}

/* Negative: a list after "the" later in the sentence without a participant
 * head is no list of parties */
TEST(extract_mixed3__participants_after_opener_negative)
{
	ent_fact_list *l = run("Kenya opened a joint exercise named Lake Guard 3 on Tuesday. According "
			       "to the army, the visiting countries include Uganda and Rwanda.",
			       "2023-06-01");
	const ent_fact *f = first(l, ENT_FACT_EXERCISE);
	CHECK(l != NULL);
	CHECK(!has(f, "UGA") && !has(f, "RWA"));
	ent_fact_list_free(l);
}

/* "Troops from A, B and C will take part in the drills" told before any
 * drill is the drill itself */
TEST(extract_mixed3__take_part_first_drill)
{
	ent_fact_list *l = run("Naval and land forces from Chile, Peru and Ecuador will take part in "
			       "the drills off Valparaiso.",
			       "2023-06-01");
	const ent_fact *f = first(l, ENT_FACT_EXERCISE);
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(has(f, "CHL") && has(f, "PER") && has(f, "ECU"));
	ent_fact_list_free(l);
}

/* Negative: after a drill was told, "X also took part in the drills" adds
 * to it and makes no second one */
TEST(extract_mixed3__take_part_later_negative)
{
	ent_fact_list *l = run("Chile and Peru held a joint naval exercise off Valparaiso. Ecuador also "
			       "took part in the drills.",
			       "2023-06-01");
	const ent_fact *f = first(l, ENT_FACT_EXERCISE);
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(has(f, "ECU"));
	ent_fact_list_free(l);
}

/* "The drill comes weeks after A held the X exercise with B and C": the
 * clause after "after" tells a drill of its own */
TEST(extract_mixed3__drill_after_clause)
{
	ent_fact_list *l = run("The drill comes three weeks after Greece held a naval exercise with "
			       "Cyprus and Egypt.",
			       "2023-06-01");
	const ent_fact *f = first(l, ENT_FACT_EXERCISE);
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(has(f, "GRC") && has(f, "CYP") && has(f, "EGY"));
	ent_fact_list_free(l);
}

/* Negative: "the drill" without a later drill word in a clause of time
 * stays a reference, no new exercise */
TEST(extract_mixed3__drill_reference_negative)
{
	ent_fact_list *l = run("The drill comes three weeks after Greece signed a trade pact with "
			       "Cyprus and Egypt.",
			       "2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
}
