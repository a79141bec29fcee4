/*
 * test_extract_joined_given.c - "X joined Y on Wednesday in condemning
 * arms transfers between A and B" opposes A and B for X too; "(said
 * that) X is the largest supplier of arms to Y" is X's supply; "X has
 * given Y technology" is a transfer of technology; "condemned what it
 * said was Y's decision" opposes Y; "signed off on Y's request to buy" is
 * an approval, no signing; "exercise missiles" are no drill; a craft of
 * the sender's own "with" the goods carries them; goods "for Y" that
 * arrive are delivered to Y, in the dateline's year.
 * Every sentence here was written for these tests (stop 49).
 */
#include "extract_harness.h"

TEST(extract_joined_given__joined_in_condemning_a_tie)
{
	const char *t = "Chile joined Peru on Wednesday in condemning arms transfers between "
			"Bolivia and Paraguay.";
	CHECK(stance_has(t, "CHL", "BOL", ENT_POLARITY_OPPOSE));
	CHECK(stance_has(t, "CHL", "PRY", ENT_POLARITY_OPPOSE));
	CHECK(stance_has(t, "PER", "PRY", ENT_POLARITY_OPPOSE));
	/* control: the subject joined in no condemning */
	CHECK(!stance_has("Chile joined Peru on Wednesday in discussing arms transfers between "
			  "Bolivia and Paraguay.",
			  "CHL", "BOL", ENT_POLARITY_OPPOSE));
}

TEST(extract_joined_given__the_subject_of_is_the_supplier)
{
	const char *t = "The Peruvian Intelligence said that Bolivia is the largest supplier of "
			"weapons to Paraguay.";
	expect_deal(t, 1, "BOL", "PRY");
	expect_not(t, "PER", "PRY");
}

TEST(extract_joined_given__technology_given)
{
	CHECK_INT(deal_status("In exchange for the shells, Lima has given La Paz technology to "
			      "help it improve tanks.",
			      "PER", "BOL"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("Peru will give Bolivia technology to help it build drones.", "PER",
			      "BOL"),
		  ENT_STATUS_REPORTED);
	/* the technology alone, not what it helps to make */
	{
		ent_fact_list *l = run("Lima has given La Paz technology to help it improve tanks.",
				       NULL);
		const ent_fact *f = l ? find_deal(l, "PER", "BOL") : NULL;
		CHECK(f != NULL);
		CHECK_INT(f ? (int)f->nitems : -1, 1);
		CHECK_INT(f && f->nitems ? (int)f->items[0].category : -1,
			  ENT_CAT_TECHNOLOGY_TRANSFER);
		if (l)
			ent_fact_list_free(l);
	}
	/* control: information is no technology */
	expect_no_deal("Lima has given La Paz information.");
}

TEST(extract_joined_given__condemned_what_it_said_was)
{
	CHECK(stance_has("Chile has condemned what it said was Peru's decision to supply drones "
			 "to Bolivia.",
			 "CHL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Chile has criticised what it says is Peru's support for Bolivia.", "CHL",
			 "PER", ENT_POLARITY_OPPOSE));
}

TEST(extract_joined_given__signed_off_is_an_approval)
{
	CHECK_INT(deal_status("The US government had signed off on Peru's request to purchase 40 "
			      "Abrams tanks.",
			      "USA", "PER"),
		  ENT_STATUS_REPORTED);
	/* control: a contract signed */
	CHECK_INT(deal_status("Peru signed a contract to purchase 40 Abrams tanks.", "USA", "PER"),
		  ENT_STATUS_SIGNED);
}

TEST(extract_joined_given__exercise_munitions_are_no_drill)
{
	CHECK_INT((int)nexercises_text("Chile will sell Peru 400 Exocet missiles and four "
				       "Exocet Exercise Missiles."),
		  0);
	CHECK_INT((int)nexercises_text("Chile will sell Peru 20 exercise torpedoes."), 0);
	/* control: an exercise of two navies */
	CHECK_INT((int)nexercises_text("The navies of Chile and Peru held a joint exercise off "
				       "Callao."),
		  1);
}

TEST(extract_joined_given__the_senders_own_craft_carries_the_goods)
{
	ent_fact_list *l = run("The Chilean Air Force sent its C-130 Hercules transport aircraft "
			       "with the missiles to Peru.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "CHL", "PER") : NULL;
	size_t i;
	int craft = 0;
	CHECK(f != NULL);
	for (i = 0; f && i < f->nitems; i++)
		craft |= f->items[i].category == ENT_CAT_AIRCRAFT;
	CHECK(!craft);
	if (l)
		ent_fact_list_free(l);
	/* control: aircraft sent with no word of their own are goods */
	l = run("Chile sent C-130 Hercules transport aircraft and missiles to Peru.", NULL);
	f = l ? find_deal(l, "CHL", "PER") : NULL;
	craft = 0;
	for (i = 0; f && i < f->nitems; i++)
		craft |= f->items[i].category == ENT_CAT_AIRCRAFT;
	CHECK(craft);
	if (l)
		ent_fact_list_free(l);
}

TEST(extract_joined_given__goods_for_a_state_arrive)
{
	const char *t = "The first 6 of 24 Rafale fighter jets for Peru's Air Force arrived in the "
			"country on Wednesday.";
	CHECK_INT(deal_status(t, "FRA", "PER"), ENT_STATUS_DELIVERED);
	/* dated by the dateline, like a deal told with a verb */
	CHECK_INT(deal_year(t, "2022-01-19", "FRA", "PER"), 2022);
	/* control: jets that arrive for no state named, with no mark of a
	 * transfer, may be visiting */
	expect_no_deal("Six Rafale jets arrived in Peru on Wednesday.");
	/* a demonym on the forces (stop 59) */
	CHECK_INT(deal_status("The first Embraer C-390 for the Peruvian Air Force arrived at the "
			      "Callao air base.",
			      "BRA", "PER"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("The first Rafale jets for the Peruvian navy arrived on Monday.",
			      "FRA", "PER"),
		  ENT_STATUS_DELIVERED);
	/* not a demonym on anything else */
	expect_no_deal("The first Rafale jets for the Peruvian public arrived on Monday.");
}
