/*
 * test_extract_false_facts3.c - misreadings found on the holdout sets of
 * stop 21, each fixed by a rule of language: "will / to supply X with"
 * is the verb, not the noun "supply"; "for the war in Y" names a war's
 * place, no buyer; "for X to supply Y" gives the clause its own subject;
 * a quotation opened after "said," is a clause of its own; a state after
 * "sanctions / pressure by (from)" is no party; "image obtained" buys
 * nothing; "A and B ordered drones" with no seller is no deal between A
 * and B, and with "also" takes the seller just told; "refrained from
 * condemning" negates. Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_false_facts3__supply_x_with_after_a_modal)
{
	expect_deal("Chile will supply Peru with patrol boats for the war in Bolivia.", 1, "CHL",
		    "PER");
	expect_not("Chile will supply Peru with patrol boats for the war in Bolivia.", "CHL",
		   "BOL");
	expect_deal("Chile agreed to supply Peru with more rifles.", 1, "CHL", "PER");
}

TEST(extract_false_facts3__an_infinitive_with_its_own_subject)
{
	const char *text = "Peru was delaying delivering the parts due to demands for Chile to "
			   "supply Peru with more rifles for the war in Bolivia.";
	ent_fact_list *l = run(text, NULL);
	CHECK(l != NULL);
	CHECK(find_deal(l, "CHL", "PER") != NULL);
	CHECK(find_deal(l, "PER", "CHL") == NULL);
	CHECK(find_deal(l, "CHL", "BOL") == NULL);
	ent_fact_list_free(l);
}

TEST(extract_false_facts3__a_quotation_opened_after_said_is_a_clause)
{
	const char *text = "Noting that \"The Chilean purchase of the F-16 jets is part of an effort "
			   "to modernise,\" a Peruvian ministry statement said, \"Following the "
			   "1998 tests, Peru had proposed a regime against the acquisition of "
			   "such systems.\"";
	ent_fact_list *l = run(text, NULL);
	CHECK(l != NULL);
	CHECK(find_deal(l, "USA", "CHL") != NULL);
	CHECK(find_deal(l, "CHL", "PER") == NULL);
	ent_fact_list_free(l);
}

TEST(extract_false_facts3__sanctions_by_a_state_name_no_party)
{
	expect_deal("Chile had defied possible sanctions by Peru to finalise the purchase of the "
		    "F-16 jets.",
		    1, "USA", "CHL");
	expect_not("Chile had defied possible sanctions by Peru to finalise the purchase of the "
		   "F-16 jets.",
		   "USA", "PER");
}

TEST(extract_false_facts3__an_image_obtained_buys_nothing)
{
	/* the deal told before stays the only one */
	expect_deal("Spain delivered Eurofighter jets to Chile in 2022.\n\nChile's army chief and "
		    "defence minister visit a drone site at an undisclosed location in Chile, in "
		    "this handout image obtained on April 20, 2023.",
		    1, "ESP", "CHL");
	/* goods obtained still are */
	expect_deal("Chile obtained six F-16 jets in 2023.", 1, "USA", "CHL");
}

TEST(extract_false_facts3__two_buyers_are_no_pair_of_a_deal)
{
	expect_no_deal("Chile and Peru have ordered armed drones.");
	/* with a seller, each buys from it */
	expect_deal("Chile and Peru have ordered armed drones from Spain.", 2, "ESP", "PER");
	/* "also": the seller just told */
	expect_deal("Spain sold 12 drones to Bolivia in 2021. Chile and Peru have also ordered "
		    "armed drones.",
		    3, "ESP", "CHL");
}

TEST(extract_false_facts3__refrained_from_condemning)
{
	CHECK(stance_none("Chile has refrained from officially condemning the attacks by Peru."));
	CHECK(stance_none("Chile refrained from condemning Peru."));
}

/* "dispatched" moves goods like "sent": drones dispatched to a state are
 * a transfer; troops or a delegation are none. */
TEST(extract_false_facts3__dispatched_goods)
{
	expect_deal("Chile dispatched 20 drones to Peru.", 1, "CHL", "PER");
	expect_deal("The firm has dispatched over 20 Chilean-made military drones to the Peruvian "
		    "military.",
		    1, "CHL", "PER");
	expect_no_deal("Chile dispatched troops to Peru.");
	expect_no_deal("Chile dispatched a delegation to Peru.");
	/* "send" as "sent": goods to a state, not troops */
	expect_deal("Chile will also send Spanish-made anti-tank missiles to Peru.", 1, "CHL",
		    "PER");
	expect_no_deal("Chile will send troops to Peru.");
}

/* What is sent may be a message: "sent a letter to the Indian embassy,
 * with the details of a BrahMos deal" moves no goods; "a letter of offer"
 * is a paper of the deal itself. */
TEST(extract_false_facts3__a_letter_sent_is_no_goods)
{
	expect_no_deal("Peru's defence ministry sent a letter to the Chilean embassy in Lima, with "
		       "the details of a $450 million BrahMos deal.");
	expect_no_deal("Peru sent a formal request to Chile for patrol boats.");
	expect_deal("The US sent a letter of offer and acceptance to Taiwan for 66 F-16 jets.", 1,
		    "USA", "TWN");
}

/* What a deal leads to names no party: "the delivery of the jets could
 * lead to tensions with X, who ...", "the sale of jets angered Y". */
TEST(extract_false_facts3__a_consequence_of_a_deal_names_no_party)
{
	expect_no_deal("The delivery of the Yak-130 jets could lead to tensions with Chile, who "
		       "could boost military cooperation with Peru.");
	expect_no_deal("The sale of F-35 jets led to protests in Peru.");
	expect_no_deal("The sale of F-35 jets angered Peru and Chile.");
	/* the buyer told before the consequence stays */
	expect_deal("The sale of F-35 jets to Chile angered Peru.", 1, "USA", "CHL");
}

/* An attempt to sell is no sale: "had tried to sell warplanes to X",
 * "sought to supply"; an attempt told beside a delivery leaves it. */
TEST(extract_false_facts3__an_attempt_to_sell_is_no_deal)
{
	expect_no_transfer("US and French firms had also tried to sell warplanes to Peru but in the "
			   "end Lima went with Saab.");
	expect_no_transfer("France tried to sell Rafale jets to Peru.");
	expect_no_transfer("Chile sought to sell S-400 systems to Peru.");
	expect_deal("Chile delivered patrol boats to Peru after it tried to block a rival bid.", 1,
		    "CHL", "PER");
	/* "sought" in a relative clause is no attempt of the sale */
	expect_deal("Peru's navy, which had long sought new ships, bought three frigates from "
		    "Chile.",
		    1, "CHL", "PER");
}

/* A share is an aggregate statistic, no deal: "bought 23% of all Yn
 * weapons", "supplied about 60% of X's arms imports", "a third of". */
TEST(extract_false_facts3__a_share_is_no_deal)
{
	expect_no_transfer("Ghana bought 23% of all Chilean weapons sold between 2017 and 2021.");
	expect_no_transfer("Peru supplied about 60 per cent of Chile's arms imports.");
	expect_no_transfer("Ghana bought a third of its weapons from Chile.");
	expect_deal("Ghana bought 23 jets from Chile.", 1, "CHL", "GHA");
	/* shares in brackets after the states of a list */
	expect_no_transfer("Peru's arms exports fell 64 per cent, out of which two-thirds went to "
			   "three countries: Chile (38 per cent), Ghana (17 per cent) and Kenya "
			   "(11 per cent).");
}

/* "tanks sent to Y will be destroyed by Z": the agent after "by" of
 * another participle (past a form of "be") is no seller of the goods. */
TEST(extract_false_facts3__the_agent_of_another_participle_sells_nothing)
{
	ent_fact_list *l = run("Any Chilean battle tanks sent to Peru will be destroyed by Bolivian "
			       "forces.",
			       NULL);
	CHECK(l && find_deal(l, "BOL", "PER") == NULL);
	CHECK(l && find_deal(l, "CHL", "PER") != NULL);
	ent_fact_list_free(l);
	expect_deal("Tanks sent to Peru by Chile were destroyed.", 1, "CHL", "PER");
	/* any form of "be" before that participle: "where the type is
	 * assembled by" (stop 63) */
	expect_deals("The C295 has also been sold to Peru and Ghana, where the type is assembled "
		     "by Chile's ENAER.",
		     2, (const char *const[]){"ESP", "ESP", NULL},
		     (const char *const[]){"PER", "GHA", NULL});
}

/* What one keeps another from doing is no deal: "to prevent X from
 * acquiring nuclear weapons"; "tried to stop X from buying" still tells
 * X's purchase. */
TEST(extract_false_facts3__prevented_from_acquiring)
{
	expect_no_transfer("Chile stressed that the strikes showed Peru's determination to prevent "
			   "Bolivia from acquiring nuclear weapons.");
	expect_deal("The US tried to stop Turkey from buying S-400 systems from Russia.", 1, "RUS",
		    "TUR");
}

/* "a shift away from X": the state moved away from is no party. */
TEST(extract_false_facts3__a_shift_away_from_a_state)
{
	expect_deal("In a move that signifies Peru's shift away from Chile, the government has "
		    "signed a $37 million drone deal with Turkey.",
		    1, "TUR", "PER");
	/* "seeks to distance itself from Chinese sourcing" (stop 38) */
	expect_deal("Kenya is buying two submarines as the country seeks to distance itself from "
		    "Chinese sourcing of half its weapons.",
		    0, NULL, NULL);
}

/* Training two states do together is no goods one gives the other:
 * "an agreement on joint training", "79 joint programmes, including
 * flotilla training, ... and marksmanship training". */
TEST(extract_false_facts3__joint_training_is_no_supply)
{
	expect_not("Peru and Chile signed an agreement on joint training.", "CHL", "PER");
	expect_not("Peru and Chile signed an agreement on joint training.", "PER", "CHL");
	expect_no_deal("Peru and Chile signed a defence plan on Tuesday. Under the agreement, the "
		       "two countries will organise 79 joint programmes in 2025, including flotilla "
		       "training, an exercise for reservists and marksmanship training.");
	/* training one state gives another stays a supply */
	expect_deal("France will provide training to Mali's army.", 1, "FRA", "MLI");
}

/* "pledging to also train Ukrainians": a promise of a deed names no
 * goods, whatever goods the sentence names before (stop 63). */
TEST(extract_false_facts3__a_promise_of_a_deed_is_no_transfer)
{
	expect_no_transfer("Chile opened an F-16 training centre in 2023, pledging to also train "
			   "Peruvians there.");
	expect_no_transfer("Chile opened an F-16 centre, promising to quickly teach Peruvian "
			   "pilots.");
	/* a verb of supply after "to" is the transfer */
	expect_deal("Chile pledged to supply F-16s to Peru.", 1, "CHL", "PER");
	expect_deal("Chile has offered to sell F-16s to Peru.", 1, "CHL", "PER");
}
