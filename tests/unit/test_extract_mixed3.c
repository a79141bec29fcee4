/*
 * test_extract_mixed3.c - exercise rules from a third set of unseen
 * articles: a list of participating states after a short opener ("According
 * to the ministry, the participating countries include ..."), forces that
 * "take part in the drills" before any drill was told, and a drill told in
 * a clause after "after/before" in a sentence that opens on "the drill".
 * Sentences written for these tests.
 */
#include "extract_harness.h"

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
	CHECK(takes_part(f, "KEN") && takes_part(f, "UGA") && takes_part(f, "TZA") && takes_part(f, "RWA"));
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
	CHECK(!takes_part(f, "UGA") && !takes_part(f, "RWA"));
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
	CHECK(takes_part(f, "CHL") && takes_part(f, "PER") && takes_part(f, "ECU"));
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
	CHECK(takes_part(f, "ECU"));
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
	CHECK(takes_part(f, "GRC") && takes_part(f, "CYP") && takes_part(f, "EGY"));
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

/* "A and B will send observers to the manoeuvres" are no parties */
TEST(extract_mixed3__send_observers)
{
	ent_fact_list *l = run("Chile and Peru held a joint naval exercise off Valparaiso. Brazil and "
			       "Uruguay will send observers to the naval manoeuvres.",
			       "2023-06-01");
	const ent_fact *f = first(l, ENT_FACT_EXERCISE);
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(takes_part(f, "CHL") && takes_part(f, "PER") && !takes_part(f, "BRA") && !takes_part(f, "URY"));
	ent_fact_list_free(l);
}

/* Negative: states that send troops to the drills are parties */
TEST(extract_mixed3__send_troops_negative)
{
	ent_fact_list *l = run("Brazil and Uruguay will send troops to the joint naval exercise off "
			       "Montevideo.",
			       "2023-06-01");
	const ent_fact *f = first(l, ENT_FACT_EXERCISE);
	CHECK(l != NULL);
	CHECK(takes_part(f, "BRA") && takes_part(f, "URY"));
	ent_fact_list_free(l);
}

/* "Besides A and B, the exercise will involve C and D" */
TEST(extract_mixed3__will_involve)
{
	ent_fact_list *l = run("Chile and Peru will hold the Pacific Shield exercise in May. Besides "
			       "Chile and Peru, the exercise will involve Ecuador and Colombia.",
			       "2023-06-01");
	const ent_fact *f = first(l, ENT_FACT_EXERCISE);
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(takes_part(f, "ECU") && takes_part(f, "COL") && takes_part(f, "CHL") && takes_part(f, "PER"));
	ent_fact_list_free(l);
}

/* "the Pacific Shield naval exercise" is named past the words of its kind,
 * and so stays apart from an unnamed drill of some of the same states */
TEST(extract_mixed3__name_before_kind_words)
{
	ent_fact_list *l = run("Greece held the Aegean Star naval exercise with Cyprus and Egypt.",
			       "2023-06-01");
	const ent_fact *f = first(l, ENT_FACT_EXERCISE);
	CHECK(l != NULL);
	CHECK(f && f->name && strcmp(f->name, "Aegean Star") == 0);
	ent_fact_list_free(l);
	/* negative: a state before the kind words names no drill */
	l = run("Greece held the Cypriot naval exercise with Egypt.", "2023-06-01");
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(l != NULL);
	CHECK(!f || !f->name);
	ent_fact_list_free(l);
	/* nor a day before them */
	l = run("Greece and Egypt began on Friday joint naval exercises.", "2023-06-01");
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(l != NULL);
	CHECK(!f || !f->name);
	ent_fact_list_free(l);
}
