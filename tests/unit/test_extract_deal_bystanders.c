/*
 * test_extract_deal_bystanders.c - states named near a transfer that are
 * not its parties, or are its parties in another role than the nearest
 * word suggests: the state accused of a supply ("accused A of helping the
 * war in Y by providing drones to Z"), the origin of goods bought ("aging
 * U.S. models acquired before 1979"), a side of a quarrel ("tensions
 * between them and China", "dog fights with Turkish jets"), and the
 * partners of talks ("in talks with both A and B for possible sale of"),
 * two givers named together, and the noun "hand".
 * Every sentence was written for these tests.
 */
#include "extract_harness.h"

/* "accused A of ... by providing X to Y": A supplies, not a state named
 * in between ("the war in Ukraine"). */
TEST(extract_deal_bystanders__accused_doer)
{
	expect_deal("Several governments have accused Belarus of helping the war in Sudan by "
		    "providing drones and rifles to Chad.",
		    1, "BLR", "TCD");
	expect_not("Several governments have accused Belarus of helping the war in Sudan by "
		   "providing drones and rifles to Chad.",
		   "SDN", "TCD");
	/* no accusation: the nearest subject stays */
	expect_deal("Kenya helped the war effort by providing rifles to Chad.", 1, "KEN", "TCD");
}

/* "U.S. models acquired": a state before a noun of goods that a
 * participle of buying follows is their origin (the seller), and the
 * owner named further back buys. */
TEST(extract_deal_bystanders__origin_of_bought)
{
	expect_deal("Peru's air force has a few dozen strike aircraft, including Chinese jets and "
		    "aging French models acquired before the coup of 1968.",
		    1, "FRA", "PER");
	expect_not("Peru's air force has a few dozen strike aircraft, including Chinese jets and "
		   "aging French models acquired before the coup of 1968.",
		   "CHN", "FRA");
	/* a seller after "from" stays the seller */
	expect_deal("Peru flies aging US jets acquired from Washington in 1976.", 1, "USA",
		    "PER");
}

/* A side of a quarrel named in the sentence is no party. */
TEST(extract_deal_bystanders__quarrel_sides)
{
	expect_not("Vietnam is taking delivery of the missile systems at a time when tensions "
		   "between them and China have escalated.",
		   "CHN", "VNM");
	expect_not("The order was placed for 18 jets to boost the Greek Air Force, whose pilots "
		   "are in frequent mock dog fights with Turkish jets.",
		   "TUR", "GRC");
	/* a seller named outside the quarrel stays */
	expect_deal("India sold rifles to Nepal amid tensions between India and China.", 1, "IND",
		    "NPL");
}

/* Talks with two partners about a sale are interest, no deal; a deal
 * signed with them is one. */
TEST(extract_deal_bystanders__talks_with_parties)
{
	expect_no_transfer("Brazil is in talks with both Chile and Peru for possible sale of the "
			   "Gripen jets.");
	expect_no_transfer("Brazil is in talks with Chile and Peru on the sale of Gripen jets.");
	expect_not("Brazil signed a deal with Chile and Peru for the sale of Gripen jets.", "CHL",
		   "BRA");
	expect_deal("Brazil signed a deal with Chile and Peru for the sale of Gripen jets.", 3,
		    "BRA", "CHL");
	/* "have been in (under) negotiation since last year to supply" */
	expect_no_transfer("Peru and Chile have been in negotiation since last year to supply "
			   "radars and helicopters for the Peruvian navy.");
	/* talks that go on, negotiations with "allies" named, and a deal a
	 * pronoun signs after them (stop 61) */
	expect_no_transfer("Peru said that talks were continuing with Chile and Bolivia on "
			   "procuring Gripen fighters.");
	expect_no_transfer("Peru has also been negotiating with Andean allies Chile and Bolivia "
			   "to procure more jets.");
	expect_deal("Peru said that talks were continuing with Chile and Bolivia on procuring "
		    "Gripen fighters, after a deal it inked with Sweden on Monday to buy 20 of the "
		    "jets.",
		    1, "SWE", "PER");
}

/* "(will) hand over" is a verb of transfer; "the upper hand over Y" and
 * "on the other hand" are no transfer. */
TEST(extract_deal_bystanders__hand_over)
{
	expect_deal("Australia will hand over four unneeded C-130 Hercules transport planes to "
		    "Fiji.",
		    1, "AUS", "FJI");
	CHECK_INT(deal_status("Australia will hand over four C-130 transport planes to Fiji.", "AUS",
			      "FJI"),
		  ENT_STATUS_REPORTED);
	expect_no_transfer("Azerbaijan gained the upper hand over Armenia.");
	expect_deal("On the other hand, Australia sold rifles to Fiji.", 1, "AUS", "FJI");
}

/* "Both A and B were ready to hand over their planes": two givers named
 * together before a verb of transfer with no recipient are no pair. */
TEST(extract_deal_bystanders__two_givers)
{
	expect_no_transfer("Both Chile and Peru had indicated they were ready to transfer their "
			   "planes, but only as part of a wider coalition.");
	expect_deal("Chile and Peru agreed that Chile will supply six jets.", 1, "CHL", "PER");
}

/* The attacker named on an attack ("from Russian air strikes"), the other
 * side of tensions ("tensions with the United States"), and a currency
 * ("U.S. $910 million") are no parties; "unwilling (reluctant) to
 * supply" is no supply. */
TEST(extract_deal_bystanders__attackers_currencies_reluctance)
{
	expect_no_transfer("The Kenyan army will also purchase six air defense systems, which "
			   "are used in Ukraine to protect its cities from Russian air strikes.");
	expect_deal("Iran has stepped up its cooperation with Moscow in response to regional "
		    "tensions with the United States, including due to supplying military drones "
		    "to Russia.",
		    1, "IRN", "RUS");
	expect_not("Bucharest plans to spend around RON 4.2 billion (U.S. $910 million) to "
		   "acquire new howitzers.",
		   "ROU", "USA");
	expect_not("Bucharest plans to spend around RON 4.2 billion (U.S. $910 million) to "
		   "acquire new howitzers.",
		   "USA", "ROU");
	expect_no_transfer("Chile has long asked for such weapons, but Britain has been unwilling "
			   "to supply Storm Shadow missiles to Chile.");
	expect_deal("Peru bought six Russian attack helicopters.", 1, "RUS", "PER");
}

/* "as part of a joint project (initiative) with Y": Y gives with the
 * subject, it receives nothing. */
TEST(extract_deal_bystanders__joint_project_partner)
{
	expect_not("Denmark donated 14 tanks as part of a joint project with the Netherlands.",
		   "DNK", "NLD");
	expect_deal("\"This is a big donation from the Danish side as part of a joint project "
		    "with the Netherlands, where we are handing over 14 Leopard 2 tanks to "
		    "Ukraine,\" the minister said.",
		    1, "DNK", "UKR");
}

/* "announced plans by A and B to acquire HIMARS systems": both buy. */
TEST(extract_deal_bystanders__plans_by_pair)
{
	const char *sup[] = {"USA", "USA", NULL}, *rec[] = {"EST", "LVA", NULL};
	expect_deals("The minister announced plans by Latvia and Estonia to acquire HIMARS "
		     "systems.",
		     2, sup, rec);
}

/* "The Yn air force operates (flies) Russian (Sukhoi) Su-30MKM jets": goods
 * of a foreign make a state operates are a supply tie from the maker (the
 * maker's own firm may stand between); not what a relative clause tells in
 * passing ("India, whose navy operates Russian frigates, ..."). */
TEST(extract_deal_bystanders__operated_goods)
{
	expect_deal("The Malaysian air force operates Russian Sukhoi Su-30MKM fighter jets.", 1,
		    "RUS", "MYS");
	expect_deal("Malaysia flies Russian Sukhoi Su-30MKM jets.", 1, "RUS", "MYS");
	expect_deal("India, whose navy operates Russian frigates, is buying Rafale jets from "
		    "France.",
		    1, "FRA", "IND");
}

/* "Egypt operates American F-16s, Russian MiG-29s and French Rafales":
 * each item of the list held, with its own maker, is a tie. */
TEST(extract_deal_bystanders__a_list_of_goods_held)
{
	static const char *sup[] = {"USA", "RUS", "FRA", NULL};
	static const char *rec[] = {"EGY", "EGY", "EGY", NULL};
	expect_deals("Egypt currently operates American F-16s, Russian MiG-29s and French "
		     "Rafales, reflecting its strategy.",
		     3, sup, rec);
	expect_deal("Egypt operates American F-16s and its own drones.", 1, "USA", "EGY");
}

/* "has deployed drones such as the Israeli-made Harop and Turkey's
 * Bayraktar TB2": the examples after a generic word are the goods, a
 * state's possessive before a system is its maker, and "and the" joins
 * the list (stop 36). */
TEST(extract_deal_bystanders__examples_of_goods_held)
{
	static const char *sup[] = {"ISR", "TUR", NULL};
	static const char *rec[] = {"PER", "PER", NULL};
	expect_deals("Peru has deployed drones such as the Israeli-made Harop and Turkey's "
		     "Bayraktar TB2.",
		     2, sup, rec);
	expect_deals("Peru uses drones such as the Harop and the Bayraktar TB2.", 2, sup, rec);
	expect_deal("Peru operates Turkey's Bayraktar TB2 drones.", 1, "TUR", "PER");
}

TEST(extract_deal_bystanders__a_state_at_odds_with_the_buyer_sells_nothing)
{
	expect_no_transfer("Planned sales to Ethiopia, battling a civil war and at odds with regional "
			   "power Egypt, also caused friction with Cairo.");
	expect_deal("Turkey sold drones to Ethiopia, which is at odds with Egypt.", 1, "TUR", "ETH");
}

TEST(extract_deal_bystanders__two_buyers_that_both_buy_are_no_pair)
{
	static const char *sup[] = {"TUR", "TUR", NULL};
	static const char *rec[] = {"ETH", "MAR", NULL};
	expect_deals("A Turkish official said Ethiopia and Morocco had both requested purchases of "
		     "the Bayraktar TB2 drones in agreements that could include training.",
		     2, sup, rec);
	expect_deals("Ethiopia and Morocco both signed agreements for Bayraktar TB2 drones.", 2, sup,
		     rec);
	expect_not("Ethiopia and Morocco both signed agreements for Bayraktar TB2 drones.", "MAR",
		   "ETH");
}

TEST(extract_deal_bystanders__arms_named_before_support_are_goods)
{
	expect_deal("The United States frequently provides arms and political support to Taiwan.",
		    1, "USA", "TWN");
	expect_no_transfer("The United States provides political support to Taiwan.");
}

TEST(extract_deal_bystanders__a_border_is_a_place)
{
	expect_no_transfer("Spiegel reported that the transfer of the IRIS-T anti-aircraft missile "
			   "system took place on the Polish-Ukrainian border.");
	expect_deal("Germany delivered IRIS-T systems to Ukraine at the Polish border.", 1, "DEU",
		    "UKR");
}

/* The firm named on the goods is their maker, no recipient of a giver
 * ("donated two Bell UH-1H helicopters"); a buyer still buys from it
 * ("ordered the Embraer Super Tucano"). */
TEST(extract_deal_bystanders__a_maker_on_the_goods_is_no_recipient)
{
	expect_not("Norway donated two second hand Bell UH-1H helicopters in 2019.", "NOR", "USA");
	expect_not("Norway donated two second hand Bell UH-1H helicopters in 2019.", "USA", "NOR");
	expect_deal("In 2020 Paraguay ordered the Embraer Super Tucano.", 1, "BRA", "PRY");
}

/* "orders from A (20), B (24) and C (25)": the states of a list with
 * counts in brackets share one role, none sells to another; a state told
 * after "noted (said) that" once the deal is told is no party of it
 * (stop 60) */
TEST(extract_deal_bystanders__counted_lists_and_what_a_speaker_adds)
{
	expect_no_transfer("The consortium is expecting 69 fighter orders from Chile (20), "
			   "Peru (24) and Kenya (25).");
	expect_no_transfer("He mentioned progress in selling 48 jets to Ghana and noted that "
			   "Togo needs 32 fighter jets.");
	/* controls: the list sells to a buyer named; the deal before the
	 * speaker's words stays */
	ent_fact_list *l = run("Ghana bought 69 fighters from Chile (20), Peru (24) and Kenya "
			       "(25).",
			       NULL);
	CHECK(l && ndeals(l) == 3 && find_deal(l, "PER", "GHA") && find_deal(l, "KEN", "GHA"));
	ent_fact_list_free(l);
	expect_deal("Chile sold 48 jets to Peru in 2020, and officials noted that Bolivia wants "
		    "more.",
		    1, "CHL", "PER");
}

/* "Russia must recognise that their actions alone have led to such systems
 * being provided": the subject of a verb of knowing or saying before
 * "that" tells of the transfer, it gives nothing (stop 60) */
TEST(extract_deal_bystanders__a_knower_before_that)
{
	ent_fact_list *l = run("The missiles will allow Kenya to push back Ugandan forces, the "
			       "minister said, adding: Uganda must recognise that their actions "
			       "alone have led to such systems being provided.",
			       NULL);
	CHECK(l && !find_deal(l, "UGA", "KEN"));
	ent_fact_list_free(l);
	/* controls: the state in the clause after "that" gives; "it" is the
	 * sayer */
	expect_deal("Chile knows that Peru supplied drones to Bolivia.", 1, "PER", "BOL");
	expect_deal("Chile said that it supplied drones to Bolivia.", 1, "CHL", "BOL");
}

/* "Following unsuccessful efforts to purchase X from Z, Y signed a
 * contract to purchase W's S-400s": the purchase tried in vain, its goods
 * and its seller are none of the sentence's deal (stop 60) */
TEST(extract_deal_bystanders__a_purchase_tried_in_vain)
{
	ent_fact_list *l = run("Following unsuccessful efforts to purchase an air defence system "
			       "from Chile, Ghana signed a contract in April 2017 to purchase the "
			       "Russian S-400s.",
			       NULL);
	CHECK(l && ndeals(l) == 1 && find_deal(l, "RUS", "GHA") && !find_deal(l, "CHL", "GHA"));
	ent_fact_list_free(l);
	expect_deal("After failed attempts to buy jets from Chile, Ghana bought drones from Peru.",
		    1, "PER", "GHA");
	/* control: efforts not said to fail */
	expect_deal("Ghana made efforts to buy jets from Chile.", 1, "CHL", "GHA");
}

/* "The governments of A, B, and the C condemn Y's export": every state of
 * the list that condemns the export is a judge, no buyer (stop 60). */
TEST(extract_deal_bystanders__a_list_that_condemns_is_no_buyer)
{
	expect_no_transfer("Chile, Peru and Kenya condemn Bolivia's export of missiles.");
	expect_no_transfer("The governments of Chile, Peru, and the United Kingdom strongly "
			   "condemn Bolivia's export of ballistic missiles.");
	/* control: a buyer named after "to" still buys */
	expect_deal("Chile, Peru and Kenya condemn Bolivia's export of missiles to Ghana.", 1,
		    "BOL", "GHA");
}

/* "Due to the supply of missiles to Y, X will impose new sanctions against
 * Z": the state that imposes sanctions judges the supply, and sells
 * nothing (stop 58). */
TEST(extract_deal_bystanders__a_sanctioning_state_is_no_seller)
{
	expect_not("Due to the supply of missiles to Chile, Peru will impose new sanctions "
		   "against Bolivia.",
		   "PER", "CHL");
	expect_not("Over the delivery of drones to Chile, Peru imposed sanctions on Bolivia.",
		   "PER", "CHL");
	expect_no_transfer("Peru imposed new sanctions on Bolivia over drone transfers.");
	expect_not("Peru imposed sanctions on Bolivia over drone transfers to Chile.", "PER",
		   "CHL");
	/* sanctions on those "involved in" the sale (stop 59) */
	expect_not("Peru will take all necessary measures, including imposing sanctions against "
		   "Bolivian companies involved in the arms sales to Chile.",
		   "PER", "CHL");
	/* states that weigh (mull, threaten) sanctions, a list of them too,
	 * and a headline's capitals (stop 60) */
	expect_not("Peru, Kenya Mull New Sanctions On Bolivia Over Possible Transfer Of "
		   "Ballistic Missiles To Chile",
		   "PER", "CHL");
	expect_not("Peru and Kenya weigh new sanctions on Bolivia over possible transfer of "
		   "missiles to Chile.",
		   "PER", "CHL");
	expect_not("Peru and Kenya imposed sanctions on Bolivia over possible transfer of "
		   "missiles to Chile.",
		   "PER", "CHL");
	/* control: a seller that also imposes sanctions on another still sells */
	expect_deal("Peru supplied missiles to Chile and imposed sanctions on Bolivia.", 1, "PER",
		    "CHL");
}

/* "two submarines built by Y's (state-owned) shipyards": the possessive
 * after "built by" before a noun of makers is the seller, not a possessor
 * described (stop 58). */
TEST(extract_deal_bystanders__built_by_a_state_s_shipyards)
{
	expect_deal("Ghana took delivery of two patrol vessels built by Norway's shipyards.", 1,
		    "NOR", "GHA");
	expect_deal("Ghana took delivery of two patrol vessels built by Norway's state-owned "
		    "shipyard.",
		    1, "NOR", "GHA");
	/* control: a possessor described is still no party */
	expect_not("Ghana received patrol vessels, as did Norway's neighbours.", "NOR", "GHA");
}

/* "speaking at the Shangri-La Dialogue in Singapore, confirmed that a
 * BrahMos missile deal with Vietnam has been signed": the place of a
 * gathering is no party (stop 65). */
TEST(extract_deal_bystanders__the_place_of_a_gathering)
{
	expect_deal("The minister, speaking at the defence dialogue in Peru on May 30, confirmed "
		    "that a BrahMos missile deal with Chile has already been signed.",
		    1, "IND", "CHL");
	expect_deal("On the sidelines of the summit in Peru, Chile signed a deal with Brazil for "
		    "jets.",
		    1, "BRA", "CHL");
	/* a state after "in" with no gathering before it stays a party */
	expect_deal("A BrahMos missile deal was signed in Chile.", 1, "IND", "CHL");
}

/* "assurances previously provided to the United Kingdom by Ukrainian
 * officials": words or pledges given are no goods (stop 65). */
TEST(extract_deal_bystanders__assurances_provided)
{
	expect_no_deal("This modification is in line with assurances previously provided to Chile "
		       "by Peruvian officials, who have stated that the missiles will not be used "
		       "to target deep into Bolivian territory.");
	expect_deal("The jets provided to Chile by Peru arrived.", 1, "PER", "CHL");
}

/* "The arrival of the aircraft came amid tensions in the sea, where A and
 * B have clashed": the subjects of a verb of fighting are its sides, no
 * parties (stop 67). */
TEST(extract_deal_bystanders__sides_of_a_clash)
{
	expect_no_deal("The arrival of the aircraft came amid tensions in the Andes, where Chile "
		       "and Peru have clashed.");
	expect_deal("Peru bought Spanish jets in 2021, after Chile and Peru clashed at sea.", 1,
		    "ESP", "PER");
}

/* "China imposes sanctions on US companies selling arms to Taiwan": the
 * firms of the name sell; "The spokesperson said that arms sales to Taiwan
 * severely violate the one-China principle": no giver, neither the speaker
 * nor the state of a doctrine's name (stop 67). */
TEST(extract_deal_bystanders__sellers_and_speakers_of_sales)
{
	expect_deal("Peru imposes sanctions on US companies selling arms to Chile.", 1, "USA",
		    "CHL");
	expect_no_transfer("The spokesperson said that arms sales to Taiwan severely violate the "
			   "one-China principle.");
	expect_no_transfer("Peru said that arms sales to Chile violate the regional balance.");
}

/* "the largest ever transfer of military hardware from the US to a former
 * Soviet Central Asian state", "aircraft acquired during its time as part
 * of the Soviet Union": a former state's demonym describing another, and
 * a whole a state was part of, are no parties (stop 67). */
TEST(extract_deal_bystanders__former_wholes_are_no_parties)
{
	expect_no_transfer("It was the largest ever transfer of military hardware from the US to "
			   "a former Soviet Central Asian state.");
	expect_no_transfer("The Kazakh government advertised the sale of 117 fighter aircraft "
			   "acquired during its time as part of the Soviet Union.");
	expect_deal("Kenya received the jets as part of the US military aid program.", 1, "USA",
		    "KEN");
}
