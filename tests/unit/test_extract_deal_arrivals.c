/*
 * test_extract_deal_arrivals.c - goods that arrive in a state
 * (rule_arrived_goods): "The first F-16 jets from Denmark arrived in
 * Ukraine" is a delivery; the seller is the state "from" which they come,
 * a demonym or "X-made" on them, or their design's maker.  Goods that may
 * only be visiting (no "from X", no first batch or shipment), exercises,
 * visits and deployments are no delivery, and "will arrive" is reported.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

static void expect_status(const char *text, const char *sup, const char *rec, ent_status st)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? find_deal(l, sup, rec) : NULL;
	CHECK(f != NULL);
	if (f)
		CHECK_INT(f->status, st);
	ent_fact_list_free(l);
}

TEST(extract_deal_arrivals__seller_from_the_text)
{
	/* "from X" after the goods, or after the place */
	expect_deal("The first Leopard 2 tanks from Norway arrived in Lithuania.", 1, "NOR",
		    "LTU");
	expect_deal("The first Gripen fighters arrived in Thailand from Sweden in 2011.", 1,
		    "SWE", "THA");
	/* a demonym or "X-made" on the goods */
	expect_deal("The first batch of Turkish-made armoured vehicles arrived in Kenya.", 1,
		    "TUR", "KEN");
	expect_deal("A shipment of Korean K2 tanks arrived in Poland on Monday.", 1, "KOR",
		    "POL");
	/* the maker of the design */
	expect_deal("The first Rafale jets have arrived in Greece.", 1, "FRA", "GRC");
}

TEST(extract_deal_arrivals__stage)
{
	expect_status("The first Rafale jets have arrived in Greece.", "FRA", "GRC",
		      ENT_STATUS_DELIVERED);
	expect_status("The first Leopard 2 tanks from Norway will arrive in Lithuania next "
		      "spring.",
		      "NOR", "LTU", ENT_STATUS_REPORTED);
}

TEST(extract_deal_arrivals__visits_are_no_delivery)
{
	/* no mark of transfer: jets may be visiting */
	static const char *const visits[] = {
		"Two French Rafale jets arrived in Egypt on Tuesday.",
		"The first batch of French Rafale jets arrived in Egypt for a joint exercise.",
		"The first US F-16 jets arrived in Romania for the air policing mission.",
		"The first Chinese frigates arrived in Pakistan on a goodwill visit.",
		"The first Rafale jets did not arrive in Greece.",
	};
	CHECK_INT(texts_with_deals(visits, sizeof visits / sizeof visits[0]), 0);
}

/* Goods that do not visit (air defence, armour, artillery) need no mark
 * of transfer; goods brought "with" people whose demonym names the seller
 * ("Peruvian instructors have arrived in Chile with an air defence
 * system") arrive too; a headline's list ("air defence system, trainers
 * arrive in Y") is no other clause. */
TEST(extract_deal_arrivals__goods_that_do_not_visit)
{
	static const char *const none[] = {
		"Peruvian troops arrived in Chile with their own rifles.",
		"Two Peruvian warships arrived in Chile on Tuesday.",
		"Peruvian howitzers, which arrived in Chile last year, were shown.",
		"A Peruvian air defence missile went astray and landed in Chile.",
	};
	expect_status("A Peruvian air defence system arrived in Chile.", "PER", "CHL",
		      ENT_STATUS_DELIVERED);
	expect_status("Peruvian military instructors have arrived in Chile with an air defence "
		      "system and other equipment.",
		      "PER", "CHL", ENT_STATUS_DELIVERED);
	expect_status("Peruvian air defence system, instructors arrive in Chile", "PER", "CHL",
		      ENT_STATUS_DELIVERED);
	CHECK_INT(texts_with_deals(none, sizeof none / sizeof none[0]), 0);
	/* such goods second in a list of goods (stop 60) */
	expect_status("Peruvian military trainers and air defence system arrive in Chile", "PER",
		      "CHL", ENT_STATUS_DELIVERED);
	expect_status("Peruvian trainer jets and an air defence system arrive in Chile", "PER",
		      "CHL", ENT_STATUS_DELIVERED);
	expect_no_deal("Peruvian jets and the crews arrived in Chile.");
}

TEST(extract_deal_arrivals__unloaded_at_a_states_port)
{
	static const char *none[] = {
		"Ten K2 tanks were unloaded at the port.",
		"The Peruvian frigate arrived at the Chilean port of Valparaiso for a visit.",
	};
	expect_status("Ten K2 tanks and 24 K9 howitzers from South Korea were unloaded at the "
		      "Chilean port city of Valparaiso on Tuesday.",
		      "KOR", "CHL", ENT_STATUS_DELIVERED);
	expect_status("Four Patriot batteries from the US arrived at the Chilean air base of "
		      "Cerrillos.",
		      "USA", "CHL", ENT_STATUS_DELIVERED);
	CHECK_INT(texts_with_deals(none, sizeof none / sizeof none[0]), 0);
}

/* "An Xn delegation arrived in Y to hand over the goods": the one who came
 * gives, the place receives (stop 36). */
TEST(extract_deal_arrivals__came_to_hand_over)
{
	expect_deal("A Peruvian delegation arrived in Chile this week to hand over two patrol "
		    "boats.",
		    1, "PER", "CHL");
	expect_not("A Peruvian delegation arrived in Chile this week to hand over two patrol "
		   "boats.",
		   "CHL", "PER");
}

/* "Y was handed over six warplanes from X": a passive verb of supply whose
 * subject is a state has its giver after "from", in its own clause (stop
 * 36); "are arming Y, while ... sourcing arms from Z" is no passive. */
TEST(extract_deal_arrivals__passive_with_from)
{
	expect_deal("Peru was handed over six warplanes from Russia.", 1, "RUS", "PER");
	expect_not("Chile and Ecuador are arming Peru, and Bolivia is sourcing arms from Brazil.",
		   "BRA", "CHL");
}

/* "is pledging rockets to Y": the progressive of a pledge is a tie; an act
 * ordered ("Putin ordered his assault on Y") buys nothing (stop 36). */
TEST(extract_deal_arrivals__pledging_and_an_act_ordered)
{
	expect_deal("Chile is pledging rockets to Peru.", 1, "CHL", "PER");
	expect_not("Since Bolivia's president ordered his assault on Peru, Chile has rushed to "
		   "promise Peru more tanks and anti-aircraft missiles.",
		   "CHL", "BOL");
}

/* "X joined Y in supplying tanks to Z": both give (stop 36). */
TEST(extract_deal_arrivals__joined_in_supplying)
{
	const char *t = "Peru joined Chile in supplying tanks to Ecuador.";
	expect_deal(t, 1, "PER", "ECU");
	expect_deal(t, 1, "CHL", "ECU");
	/* "X joins A, B to donate" (stop 59) */
	t = "Peru joins Chile, Bolivia to donate tanks to Ecuador";
	expect_deal(t, 1, "PER", "ECU");
	expect_not(t, "BOL", "PER");
}

/* "NATO-supplied F-16 jets arrived in Y": a bloc named as the giver leaves
 * no maker's state to stand in for it (stop 36). */
TEST(extract_deal_arrivals__bloc_supplied_goods_arrive)
{
	expect_deal("The first batch of NATO-supplied F-16 jets had arrived in Peru.", 0, NULL,
		    NULL);
	expect_deal("The first batch of F-16 jets had arrived in Peru.", 1, "USA", "PER");
}

/* "Y's jets arrived from X": the owner of the goods receives them from
 * the state after "from"; an air show is a visit (stop 56). */
TEST(extract_deal_arrivals__owner_receives_from)
{
	static const char *const none[] = {
		"Ghana's jets arrived from Togo for the air show.",
		"Ghana's jets arrived in Togo for the air show.",
	};
	expect_deal("Ghana's Super Tucano jets arrived from Brazil in March 2020.", 1, "BRA",
		    "GHA");
	expect_deal("Ghana's first K-8 trainers arrived from China.", 1, "CHN", "GHA");
	/* past a place named in capitals, and a count (stop 59) */
	expect_deal("Ghana's first four H225M helicopters arrived at Takoradi Air Base from "
		    "France.",
		    1, "FRA", "GHA");
	CHECK_INT(texts_with_deals(none, sizeof none / sizeof none[0]), 0);
}

/* "A Chinese-built patrol ship joined the Ghanaian navy": a state's forces
 * after "joined" take goods whose seller is marked ("X-built", "from X");
 * a demonym alone may be a ship sailing with them (stop 56). */
TEST(extract_deal_arrivals__joined_a_navy)
{
	static const char *const none[] = {
		"A US destroyer joined the Japanese navy.",
		"A Peruvian frigate joined the Chilean navy for the exercise.",
	};
	expect_status("A Chinese-built patrol ship joined the Ghanaian navy.", "CHN", "GHA",
		      ENT_STATUS_DELIVERED);
	expect_deal("Two patrol boats from India joined the navy of Kenya last week.", 1, "IND",
		    "KEN");
	CHECK_INT(texts_with_deals(none, sizeof none / sizeof none[0]), 0);
	/* goods other than ships have their design's maker, and "fleet"
	 * names forces too (stop 60) */
	expect_status("The last such event was in 1982 when F-16 aircraft joined the Ghanaian "
		      "fleet.",
		      "USA", "GHA", ENT_STATUS_DELIVERED);
	expect_deal("A Chilean-built patrol ship joined the Ghanaian fleet.", 1, "CHL", "GHA");
	expect_no_deal("Chilean F-16 jets joined the Ghanaian air force in patrolling the "
		       "border.");
}

/* "X has taken delivery of the third S-400 squadron from Y": a designated
 * system's unit received is goods, not a formation of forces; one bought
 * in a list stays what it was (stop 62). */
TEST(extract_deal_arrivals__a_squadron_of_a_system_received)
{
	expect_deal("Peru has taken delivery of the third S-400 squadron from Russia.", 1, "RUS",
		    "PER");
	expect_deal("Peru received the second S-400 regiment from Russia.", 1, "RUS", "PER");
	/* control: a squadron that flies is no goods */
	expect_deal("Peru's Rafale squadron flew over Lima.", 0, NULL, NULL);
}

/* "Y's air force has seen (welcomed, celebrated) the (recent) delivery of
 * goods of another state's make": Y receives them (stop 63). */
TEST(extract_deal_arrivals__a_delivery_seen_by_its_receiver)
{
	expect_deal("The Peruvian Air Force has seen the recent delivery of the first two of 12 "
		    "FA-50 fighters.",
		    1, "KOR", "PER");
	CHECK(deal_status("Peru celebrated the delivery of two FA-50 fighters.", "KOR", "PER") ==
	      ENT_STATUS_DELIVERED);
	/* a giver that announces its own delivery is no receiver */
	expect_no_deal("Korea celebrated the delivery of two FA-50 fighters.");
}
