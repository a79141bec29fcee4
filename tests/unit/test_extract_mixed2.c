/*
 * test_extract_mixed2.c - drills of one state and drills held apart in
 * articles that mix them with other states and events: "the Chilean drills"
 * are Chile's alone whoever else the sentence names, "simultaneous drills"
 * of two states are no joint exercise, and a name given in full and by its
 * initials is one exercise.  Sentences written for these tests.
 */
#include "extract_harness.h"

/* "the first Chilean drills ... to Peru and Bolivia": the drills of one
 * state named by its demonym, possessive or name before the drill word */
TEST(extract_mixed2__one_owner_drills)
{
	ent_fact_list *l = run("The week of the first Chilean drills was used by ministers to "
			       "announce the transfer of two battalions to Peru and Bolivia.",
			       "2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	l = run("Venezuela condemned Colombian naval drills near the islands on Monday, calling "
		"them a threat to Caracas.",
		"2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	l = run("Ethiopia said Egypt's large-scale air drills last week worried Sudan.",
		"2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
}

/* Negatives: joint drills, drills "with" a partner, and a pair before the
 * drill word keep their parties. */
TEST(extract_mixed2__one_owner_negatives)
{
	ent_fact_list *l = run("Chilean drills with Peru began near Arica on Monday.",
			       "2023-06-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "CHL") && takes_part(f, "PER"));
	ent_fact_list_free(l);
	l = run("Venezuela condemned the joint Colombian-Brazilian naval drills on Monday.",
		"2023-06-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "COL") && takes_part(f, "BRA") && !takes_part(f, "VEN"));
	ent_fact_list_free(l);
	l = run("Chile and Peru held naval drills near Arica on Monday.", "2023-06-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "CHL") && takes_part(f, "PER"));
	ent_fact_list_free(l);
	l = run("The Chilean-led drills, which included Peru and Ecuador, ended on Friday.",
		"2023-06-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "PER") && takes_part(f, "ECU"));
	ent_fact_list_free(l);
}

/* "simultaneous / separate drills" of two states are no joint exercise,
 * nor is a headline that named them together before. */
TEST(extract_mixed2__separate_drills)
{
	ent_fact_list *l = run("Peru, Bolivia hold military drills\n\n"
			       "Peru and Bolivia held simultaneous military drills on Tuesday as "
			       "ministers met in Lima.",
			       "2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	l = run("Greece and Turkey conducted separate naval drills in the Aegean this week.",
		"2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	/* negative: a joint drill of the pair told before stays */
	l = run("Peru and Bolivia held joint border drills in May.\n\n"
		"Chile and Argentina held separate drills in June.",
		"2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(takes_part(first(l, ENT_FACT_EXERCISE), "PER"));
	ent_fact_list_free(l);
	/* "..., and held separate exercises with B and C": a drill apart
	 * from the first, joint with its partners, of the first clause's
	 * subject (stop 38) */
	l = run("Peru conducted drills with Chilean ships in May, and held separate exercises "
		"with warships from Ecuador and Colombia in June.",
		"2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 2);
	{
		size_t i, four = 0;
		for (i = 0; l && i < l->n; i++)
			four += l->v[i].type == ENT_FACT_EXERCISE && takes_part(&l->v[i], "PER") &&
				takes_part(&l->v[i], "ECU") && takes_part(&l->v[i], "COL") &&
				!takes_part(&l->v[i], "CHL");
		CHECK(four == 1);
	}
	ent_fact_list_free(l);
	l = run("Peru held drills with Chile, and conducted exercises with Ecuador.", "2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 2);
	ent_fact_list_free(l);
}

/* "codenamed Andes Iron Shield (AIS)" then "the SSS exercises": one
 * exercise, by the full name */
TEST(extract_mixed2__name_and_initials)
{
	ent_fact_list *l = run("The Chile-Peru naval drills, codenamed Andes Iron Shield (AIS), "
			       "began on Monday. The AIS exercises involved 3,000 Chilean and 2,000 "
			       "Peruvian sailors.",
			       "2023-06-01");
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->name && !strcmp(f->name, "Andes Iron Shield"));
	ent_fact_list_free(l);
	/* negative: other initials are another exercise */
	l = run("The Chile-Peru naval drills, codenamed Andes Iron Shield, began on Monday. "
		"The Chile-Peru NSX exercises ended in May.",
		"2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 2);
	ent_fact_list_free(l);
}

/* "exercise (maximum) restraint": the verb after a list of verbs, no
 * drill */
TEST(extract_mixed2__exercise_as_verb)
{
	ent_fact_list *l = run("The envoy urged Chile and Peru to talk, exercise maximum restraint "
			       "and settle their dispute, his office said.",
			       "2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	l = run("Peru exercises its sovereignty over the islands, Chile said.", "2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	/* negative: a drill word later in the same sentence still counts */
	l = run("Urging restraint, Chile and Peru held a naval exercise near Arica.",
		"2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	ent_fact_list_free(l);
}

/* "X's dangerous/aggressive manoeuvres" are that state's, whatever other
 * state the sentence names */
TEST(extract_mixed2__hostile_manoeuvres)
{
	ent_fact_list *l = run("The dangerous Venezuelan maneuvers at the reef damaged boats of "
			       "Guyana.",
			       "2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	l = run("Venezuela's aggressive naval maneuvers near the reef damaged boats of Guyana.",
		"2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	/* negative: joint manoeuvres of two */
	l = run("Venezuela and Cuba held joint naval maneuvers at the reef in May.", "2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	ent_fact_list_free(l);
}

/* "arrived to train with ships from the X, Y and Z navies": training
 * with forces named is a drill */
TEST(extract_mixed2__train_with)
{
	ent_fact_list *l = run("On Monday, an allied squadron arrived in the Adriatic to train with "
			       "ships from the Croatian, Slovenian and Italian navies, officials said.",
			       "2023-06-01");
	const ent_fact *f;
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "HRV") && takes_part(f, "SVN") && takes_part(f, "ITA"));
	ent_fact_list_free(l);
	l = run("Kenyan troops trained alongside Ugandan soldiers near Gulu in May.",
		"2023-06-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "KEN") && takes_part(f, "UGA"));
	ent_fact_list_free(l);
	/* negatives: training with weapons or with help, a plan to train */
	l = run("Kenyan pilots trained with French Rafale jets bought from France.",
		"2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	l = run("Kenya trained with Ugandan support in May.", "2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
}

/* "X condemned the exercises" after a drill told before: X opposes each
 * of its parties */
TEST(extract_mixed2__condemn_the_drills)
{
	ent_fact_list *l = run("Chile and Peru began the Andes Iron Shield drills on Monday. "
			       "Some 5,000 troops take part. Bolivia condemned the joint exercises "
			       "on Tuesday.",
			       "2023-06-01");
	CHECK(l != NULL);
	CHECK(has_stance(l, "BOL", "CHL", ENT_POLARITY_OPPOSE));
	CHECK(has_stance(l, "BOL", "PER", ENT_POLARITY_OPPOSE));
	ent_fact_list_free(l);
	/* negatives: another state's drills, a party, long after */
	l = run("Chile and Peru began the Andes Iron Shield drills on Monday. "
		"Bolivia condemned the Argentine drills on Tuesday.",
		"2023-06-01");
	CHECK(l != NULL);
	CHECK(!has_stance(l, "BOL", "CHL", ENT_POLARITY_OPPOSE));
	ent_fact_list_free(l);
	l = run("Chile and Peru began the Andes Iron Shield drills on Monday. "
		"Peru criticised the drills' cost on Tuesday.",
		"2023-06-01");
	CHECK(l != NULL);
	CHECK(!has_stance(l, "PER", "CHL", ENT_POLARITY_OPPOSE));
	ent_fact_list_free(l);
	l = run("Chile and Peru began the Andes Iron Shield drills on Monday. One. Two. Three. "
		"Four. Bolivia condemned the exercises.",
		"2023-06-01");
	CHECK(l != NULL);
	CHECK(!has_stance(l, "BOL", "PER", ENT_POLARITY_OPPOSE));
	ent_fact_list_free(l);
}

/* "condemned the arms transfers from X to Y": X supplies Y, not the one
 * who condemns */
TEST(extract_mixed2__transfers_from_to)
{
	ent_fact_list *l = run("Chile condemned the arms transfers from Venezuela to Nicaragua.",
			       "2023-06-01");
	const ent_fact *f;
	size_t i;
	int ven = 0, chl = 0;
	CHECK(l != NULL);
	for (i = 0; i < l->n; i++) {
		f = &l->v[i];
		if ((f->type != ENT_FACT_SUPPLY && f->type != ENT_FACT_DEAL) ||
		    strcmp(f->recipient.s, "NIC"))
			continue;
		ven |= ent_fact_has_code(f->suppliers, f->nsuppliers, "VEN");
		chl |= ent_fact_has_code(f->suppliers, f->nsuppliers, "CHL");
	}
	CHECK(ven && !chl);
	ent_fact_list_free(l);
	l = run("Chile and Peru condemned the continued supply of weapons from Venezuela to "
		"Nicaragua.",
		"2023-06-01");
	CHECK(l != NULL);
	ven = chl = 0;
	for (i = 0; i < l->n; i++) {
		f = &l->v[i];
		if ((f->type != ENT_FACT_SUPPLY && f->type != ENT_FACT_DEAL) ||
		    strcmp(f->recipient.s, "NIC"))
			continue;
		ven |= ent_fact_has_code(f->suppliers, f->nsuppliers, "VEN");
		chl |= ent_fact_has_code(f->suppliers, f->nsuppliers, "CHL");
	}
	CHECK(ven && !chl);
	ent_fact_list_free(l);
	/* named goods and their maker's mark between (stop 59) */
	expect_deal("Washington had approved the transfer of American-made F-16 fighter jets "
		    "from Denmark and the Netherlands to Kiev.",
		    1, "DNK", "UKR");
	expect_not("Washington had approved the transfer of American-made F-16 fighter jets "
		   "from Denmark and the Netherlands to Kiev.",
		   "USA", "UKR");
	/* negative: the subject sells when nothing follows "from" */
	l = run("Chile supplies spare parts to Peru.", "2023-06-01");
	CHECK(l != NULL);
	f = first(l, ENT_FACT_SUPPLY);
	if (!f)
		f = first(l, ENT_FACT_DEAL);
	CHECK(f && ent_fact_has_code(f->suppliers, f->nsuppliers, "CHL") &&
	      !strcmp(f->recipient.s, "PER"));
	ent_fact_list_free(l);
}

/* "after trial tests in military exercises": the drill is the setting of
 * a test of goods, no exercise */
TEST(extract_mixed2__tests_in_exercises)
{
	ent_fact_list *l = run("A Chilean general confirmed the purchase of 20 trucks by the army of "
			       "Peru, after trial tests in military exercises with the trucks.",
			       "2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	/* negative: a drill held by a pair with a test word elsewhere */
	l = run("Chile and Peru tested new radios on Monday and held naval exercises in June.",
		"2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 1);
	ent_fact_list_free(l);
}

/* "drills that push X to ...": a relative clause after the drill word
 * names no party; "which included X" does */
TEST(extract_mixed2__relative_clause_after_drill)
{
	ent_fact_list *l = run("The envoy called on Chile to stop holding naval drills that push "
			       "Bolivia to arm itself.",
			       "2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	l = run("Chile held naval drills which included Peru and Ecuador in May.", "2023-06-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && takes_part(f, "CHL") && takes_part(f, "PER") && takes_part(f, "ECU"));
	ent_fact_list_free(l);
}

/* "Both the ships took part in a joint exercise with the X Navy" after
 * "handed over to the Y Navy": the ships' state is a party */
TEST(extract_mixed2__forces_told_before)
{
	ent_fact_list *l = run("Two patrol ships were handed over to the Peruvian Navy in May. "
			       "They were built in Spain.\n\n"
			       "On the way home, both the ships took part in a joint naval exercise "
			       "with the Chilean Navy.",
			       "2023-06-01");
	const ent_fact *f;
	CHECK(l != NULL);
	f = first(l, ENT_FACT_EXERCISE);
	CHECK(f && f->nparticipants == 2 && takes_part(f, "PER") && takes_part(f, "CHL"));
	ent_fact_list_free(l);
	/* negatives: no forces told before; a state named before the drill */
	l = run("Two patrol ships were built in Spain.\n\n"
		"On the way home, both the ships took part in a joint naval exercise with the "
		"Chilean Navy.",
		"2023-06-01");
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	/* the same craft a demonym qualified just before */
	l = run("Two Peruvian Tu-160 bombers landed in Santiago on Monday. The bombers arrived in "
		"the country to take part in joint exercises with the Chilean air force.",
		"2023-06-01");
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && f->nparticipants == 2 && takes_part(f, "PER") && takes_part(f, "CHL"));
	ent_fact_list_free(l);
	/* other craft than the ones told: no party */
	l = run("Two Peruvian Tu-160 bombers landed in Santiago on Monday. The ships arrived in "
		"the country to take part in joint exercises with the Chilean navy.",
		"2023-06-01");
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
}
