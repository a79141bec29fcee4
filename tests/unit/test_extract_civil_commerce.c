/*
 * test_extract_civil_commerce.c - precision rules for diplomatic and
 * economic news that is not about arms: trade deals signed at a state
 * visit, trade agreements with a list of states.  Every sentence here was
 * written for these tests.
 */
#include "extract_harness.h"

TEST(extract_civil_commerce__trade_deals_signed_are_no_arms_deal)
{
	expect_no_transfer("Leaders of Brazil and Japan watched as firms signed trade deals worth "
		       "$40 billion in Tokyo on Monday.");
	/* a deal that names a weapon stands */
	expect_deal("Brazil signed a deal worth $4 billion with Sweden for 36 Gripen fighters "
		    "amid growing trade.",
		    1, "SWE", "BRA");
}

TEST(extract_civil_commerce__a_trade_deal_with_a_list_of_states_is_no_sale)
{
	expect_no_transfer("Canada signed a trade deal with Peru and Chile in 2019.");
	/* arms sold to a list stand */
	expect_deal("Turkey signed deals with Qatar and Kuwait for Bayraktar TB2 drones.", 2, "TUR",
		    "QAT");
}

TEST(extract_civil_commerce__emergency_and_humanitarian_aid_is_no_transfer_of_arms)
{
	expect_no_transfer("Japan said it would provide $5 million in emergency aid to Nepal after "
		       "the floods.");
	expect_no_transfer("Turkey received $3 million in humanitarian assistance from Qatar last "
		       "week.");
	/* a weapon named after the verb stands */
	expect_deal("The United States will provide $10 million in humanitarian aid and 20 "
		    "Stinger missiles to Ukraine.",
		    1, "USA", "UKR");
}

TEST(extract_civil_commerce__grievances_over_a_states_tariffs_are_no_stance)
{
	CHECK(stance_none("Officials said the deal would answer Canada's complaints against "
			  "Mexico's high tariffs on steel."));
	CHECK(stance_none("Canada voiced strong criticism of Mexico's new import duties on "
			  "dairy."));
	/* criticism of a state's other deeds stands */
	CHECK(stance_only("Canada voiced strong criticism of Mexico's crackdown on protesters.",
			  "CAN", "MEX", ENT_POLARITY_OPPOSE));
}

TEST(extract_civil_commerce__by_backing_a_state_the_subject_backs_it)
{
	CHECK(stance_only("Spain has stirred unease across Europe by backing Morocco rather than "
			  "Portugal to host the 2035 fair.",
			  "ESP", "MAR", ENT_POLARITY_SUPPORT));
	/* the state between the verb and "by" is no backer */
	CHECK(stance_has("Germany angered Poland by backing Hungary in the dispute.", "DEU", "HUN",
			 ENT_POLARITY_SUPPORT));
	CHECK(!stance_has("Germany angered Poland by backing Hungary in the dispute.", "POL",
			  "HUN", ENT_POLARITY_SUPPORT));
}

TEST(extract_civil_commerce__goods_for_civilian_use_are_no_arms)
{
	expect_no_transfer("We hope that Canada will export more technologies for civilian "
		       "applications to Vietnam.");
	/* a weapon named after the verb stands */
	expect_deal("Japan sold 12 helicopters for civilian use to Peru in 2019.", 1, "JPN", "PER");
}

TEST(extract_civil_commerce__provides_for_a_state_to_act_stipulates_no_supply)
{
	expect_no_transfer("The bill provides, among other things, for Washington to step up efforts "
		       "aimed at cutting Iranian oil exports.");
	/* a transfer with "provided" stands */
	expect_deal("The United States provided Stinger missiles to Ukraine.", 1, "USA", "UKR");
}

TEST(extract_civil_commerce__the_support_it_provided_is_no_goods)
{
	expect_no_transfer("Japan expected this kind of retaliation because of the support it "
		       "provided to the US with those sanctions.");
	/* goods before the pronoun stand */
	expect_deal("Britain said the Challenger 2 tanks it sent to Ukraine in 2023 were in "
		    "service.",
		    1, "GBR", "UKR");
}

TEST(extract_civil_commerce__a_sum_received_from_a_state_is_its_payment)
{
	/* the payer buys, the receiver sells */
	expect_deal("Local media said on Monday that Israel Aerospace Industries received $15 "
		    "million from Chile this year.",
		    1, "ISR", "CHL");
	/* goods received from a state stand */
	expect_deal("Egypt received 24 Rafale jets from France in 2019.", 1, "FRA", "EGY");
	/* money given to buy with is no payment: the giver is no buyer */
	expect_deal("Jordan received $40 million from the United States to buy spare parts for "
		    "its F-16 jets.",
		    1, "USA", "JOR");
}

TEST(extract_civil_commerce__a_deal_of_a_civil_trade_is_no_sale)
{
	expect_no_transfer("Ecuador signed a tourism deal with Croatia worth $200 million.");
	expect_no_transfer("Ghana signed a $300 million gas deal with Senegal on Monday.");
	expect_no_transfer("Honduras agreed a fisheries deal with Guatemala.");
	expect_no_transfer("Honduras signed a lithium deal with Guatemala worth $1 billion.");
	/* the use of bases, with goods named in the same sentence (stop 58) */
	expect_no_transfer("This air defence exercise is the first use of the Reciprocal Access "
			   "Agreement between Ghana and Kenya.");
	expect_no_transfer("Peru and Chile signed a basing agreement for the patrol boats.");
	/* a deal of arms stands */
	expect_deal("Ecuador signed a $90 million deal with Croatia for two patrol vessels.", 1,
		    "HRV", "ECU");
}

/* "unveiled their trilateral defence pact, which saw Y ditch a $66 billion
 * submarine deal with X": the pact is an alliance; the deal noun after it
 * is read instead (stop 55). */
TEST(extract_civil_commerce__an_alliance_pact_is_no_sale_a_later_deal_noun_is_read)
{
	expect_deal("Chile, Peru and Brazil unveiled their trilateral defence pact, which saw "
		    "Lima ditch a $6 billion submarine deal with Madrid.",
		    1, "ESP", "PER");
	expect_no_transfer("Chile and Peru unveiled their mutual security pact on Monday.");
}

TEST(extract_civil_commerce__cruise_and_container_ships_are_civil_craft)
{
	expect_no_transfer("Oman bought two cruise ships from Italy.");
	expect_no_transfer("Jordan ordered four container ships from South Korea in 2021.");
	/* ships of war stand */
	expect_deal("Oman bought two patrol ships from Italy.", 1, "ITA", "OMN");
	/* one container ship, fire-fighting planes (stop 55) */
	expect_no_transfer("Oman received a container ship built in Italy.");
	expect_no_transfer("Oman bought fire-fighting planes from Italy.");
	expect_no_transfer("Oman bought firefighting aircraft from Italy.");
}

/* "bought drones for crop spraying", "for agricultural use": goods bought
 * for farming are civil, though drones are a weapon's word (stop 56). */
TEST(extract_civil_commerce__drones_for_farming_are_civil)
{
	expect_no_transfer("Oman bought drones for crop spraying from China.");
	expect_no_transfer("Oman bought 20 drones for agricultural use from China.");
	expect_no_transfer("China sold Oman 20 drones for crop monitoring.");
	/* control: drones for the army stand */
	expect_deal("Oman bought 20 armed drones from China for the army.", 1, "CHN", "OMN");
}

/* "would provide the Maldives with a financial assistance package of $1.4
 * billion": money of civil aid (financial, economic, humanitarian,
 * development, budget) is no arms deal, valued or not (stop 62; sx/002). */
TEST(extract_civil_commerce__a_civil_aid_package)
{
	expect_no_deal("Last year, Chile announced that it would provide Peru with a financial "
		       "assistance package of $1.4 billion.");
	expect_no_deal("Chile will provide Peru with an economic aid package of $2 billion.");
	/* control: military aid stays a deal */
	expect_deal("Chile will provide Peru with a military aid package of $1.4 billion.", 1,
		    "CHL", "PER");
}
