/*
 * test_extract_deal_signed_roles.c - who sells in a deal one side signs
 * with another, and who is no party at all: a contract "with" a maker to
 * deliver goods to the signer's own forces (the signer buys), an "export
 * contract" signed "with" a state (the signer sells), and a state named
 * after a noun and "in" before a verb of receiving (a place, not the
 * buyer); "it" after "X said last week" (X), and every state of a list
 * after "against" (a target).  Who receives goods of known make: the
 * forces a demonym names as their users, the state "X-supplied" goods
 * help, the state a named owner's licence makes them in.  Each family has
 * controls.  Every sentence here was written for
 * these tests (stops 45 and 46): also the place of a wire dateline (no
 * seller), the state that opens a sentence as the subject of "said" (what
 * "it" stands for) and "for the export of" (a noun of transfer).
 */
#include "extract_harness.h"

/* "Poland has signed a contract with Hyundai Rotem to deliver 180 K2 tanks
 * to the Polish Armed Forces": the goods go to the signer, so the partner
 * of "with" sells. */
TEST(extract_deal_signed_roles__contract_to_deliver_to_the_signer)
{
	expect_deal("Chile has signed a $2 billion contract with South Korea's Hanwha to "
		    "deliver 40 K9 howitzers to the Chilean Army.",
		    1, "KOR", "CHL");
	expect_deal("Chile signed a contract with Hanwha to deliver 40 K9 howitzers to Chile.", 1,
		    "KOR", "CHL");
	expect_not("Chile signed a contract with Hanwha to deliver 40 K9 howitzers to the "
		   "Chilean Army.",
		   "CHL", "KOR");
	/* control: the goods go to the partner, so the signer sells */
	expect_deal("Hanwha has signed a contract with Chile to deliver 40 K9 howitzers to the "
		    "Chilean Army.",
		    1, "KOR", "CHL");
}

/* "Australia signs record military export contract with Germany": the
 * state that signs an export contract sells to the partner of "with". */
TEST(extract_deal_signed_roles__export_contract_with_a_state)
{
	/* the goods' maker is the partner: the licensee exports them back */
	expect_deal("Chile signs record military export contract with Germany for Boxer "
		    "vehicles.",
		    1, "CHL", "DEU");
	expect_deal("Chile has signed an export contract with Germany for 120 Boxer vehicles.", 1,
		    "CHL", "DEU");
	expect_not("Chile has signed an export contract with Germany for Boxer vehicles.", "DEU",
		   "CHL");
	/* control: a plain contract with a state that makes the goods */
	expect_deal("Chile has signed a contract with Germany for Boxer vehicles.", 1, "DEU",
		    "CHL");
}

/* "the battalion serving in the operation in Kosovo received 43 vehicles":
 * the state is where the buyer serves. */
TEST(extract_deal_signed_roles__a_place_before_the_verb_of_receiving)
{
	expect_no_deal("As a result, the battalion serving in Kosovo received 43 HMMWV "
		       "vehicles.");
	expect_not("The battalion taking part in the peacekeeping operation in Lebanon "
		   "received ten armoured vehicles from Italy.",
		   "ITA", "LBN");
	/* controls: a government in its capital acts, and a plain buyer */
	expect_deal("The government in Kabul received 20 helicopters from Russia.", 1, "RUS",
		    "AFG");
	expect_deal("Lebanon received ten armoured vehicles from Italy.", 1, "ITA", "LBN");
}

/* "Warsaw said last week it had signed a deal on buying a US Patriot
 * system": "it" after a verb of saying and a time between is the sayer,
 * not the subject of the clause before. */
TEST(extract_deal_signed_roles__it_after_the_sayer_and_a_time)
{
	const char *text = "Chile warned against an arms race. Moscow condemned what it called "
			   "Peru's militarisation after Lima said last week it had signed a deal "
			   "on buying a US Patriot anti-missile system.";
	ent_fact_list *l = run(text, NULL);
	CHECK(l && find_deal(l, "USA", "PER") && !find_deal(l, "USA", "RUS") &&
	      !find_deal(l, "USA", "CHL"));
	ent_fact_list_free(l);
	expect_deal("Chile warned against an arms race. Moscow condemned the plan after Lima "
		    "said earlier this month that it had signed a deal on buying a US Patriot "
		    "anti-missile system.",
		    1, "USA", "PER");
	/* control: a day between, as before */
	expect_deal("Peru said on Monday that it had signed a deal to buy 24 Rafale jets from "
		    "France.",
		    1, "FRA", "PER");
}

/* "the US for providing the Tomahawks, describing the move as part of a
 * strategy against North Korea, China and Russia": every state of a list
 * after "against" is a target, none a recipient. */
TEST(extract_deal_signed_roles__a_list_after_against)
{
	expect_no_deal("The statement attacked the US for providing the Tomahawks, describing "
		       "the move as part of a strategy against North Korea, China and Russia.");
	expect_no_deal("The statement attacked the US for providing the Tomahawks, describing "
		       "the move as part of a strategy against Cuba and Venezuela.");
	/* control: a recipient named, and the targets after it */
	expect_deal("The US provided Tomahawks to Japan as part of a strategy against North "
		    "Korea, China and Russia.",
		    1, "USA", "JPN");
}

/* "Harop drones were used by the Azerbaijani army": a system of known
 * make used by one state's forces, named by a demonym. */
TEST(extract_deal_signed_roles__used_by_a_demonyms_forces)
{
	expect_deal("A year ago, Harop kamikaze drones were used by the Azerbaijani army in the "
		    "conflict.",
		    1, "ISR", "AZE");
	expect_deal("The TB2 was adopted by the Ukrainian navy.", 1, "TUR", "UKR");
	/* controls: its maker's own forces, and a demonym on people */
	expect_no_deal("The Harop is used by the Israeli army.");
	expect_no_deal("The TB2 was used by Ukrainian officials.");
}

/* "with Israeli-supplied high-tech drones helping Azerbaijan in its
 * conflict": the state the supplied goods help receives them, even after
 * a pair that opens the sentence. */
TEST(extract_deal_signed_roles__supplied_goods_helping_a_state)
{
	const char *text = "Chile and Israel have strengthened their military alliance in "
			   "recent months, with Israeli-supplied high-tech drones helping Chile "
			   "in its conflict with Peru.";
	ent_fact_list *l = run(text, NULL);
	CHECK(l && find_deal(l, "ISR", "CHL") && !find_deal(l, "ISR", "PER"));
	ent_fact_list_free(l);
	expect_deal("Chile and Israel grew closer, with Israeli-supplied drones aiding the "
		    "Chilean army.",
		    1, "ISR", "CHL");
	/* control: no verb of help after the goods */
	expect_not("Chile and Israel grew closer, with Israeli-supplied drones seen near Peru.",
		   "ISR", "PER");
}

/* "Harop is produced in Azerbaijan under the Israeli state defense
 * concern IAI's license": the owner of the licence transfers technology
 * to the state the goods are made in. */
TEST(extract_deal_signed_roles__a_licence_of_a_named_owner)
{
	expect_deal("Loitering ammunition Harop is produced in Chile under the Israeli state "
		    "defense concern IAI's license.",
		    1, "ISR", "CHL");
	expect_deal("The rifles are made in Peru under Russia's licence.", 1, "RUS", "PER");
	expect_no_deal("The rifles are not made in Peru under Russia's licence.");
	/* control: a licence with no owner named takes the goods' maker */
	expect_deal("Chile will produce Turkish Anka drones under licence.", 1, "TUR", "CHL");
}

/* "the United States just presented to the Lebanese Army three Huey 2
 * helicopters as a gift": the state presented to comes before the goods. */
TEST(extract_deal_signed_roles__presented_to_a_state_then_the_goods)
{
	expect_deal("In a similar act of support, Chile just presented to the Peruvian Army "
		    "three Huey 2 helicopters as a gift.",
		    1, "CHL", "PER");
	expect_deal("Chile presented to Peru two Huey 2 helicopters.", 1, "CHL", "PER");
	/* controls: no goods after the state, and negated */
	expect_no_deal("Chile presented to Peru a report on Huey 2 helicopters.");
	expect_no_deal("Chile has not presented to Peru any Huey 2 helicopters.");
	/* "presented (the) Y's forces with goods" (stop 57) */
	expect_deal("The Chilean Army Command presented the Peruvian army with two Bell "
		    "helicopters.",
		    1, "CHL", "PER");
	expect_deal("Chile presented Peru with two Huey 2 helicopters.", 1, "CHL", "PER");
	expect_no_deal("Chile presented Peru with an award for its Huey 2 pilots.");
	expect_no_deal("Chile presented Peru's army with its plan.");
}

/* "As the tensions remain high on the border with the Pakistanis, the
 * Indian Air Force has received two Mirage 2000 aircraft from France": a
 * demonym's service right before the verb of buying buys, not a state of
 * the fronted clause. */
TEST(extract_deal_signed_roles__a_service_before_the_verb_after_a_fronted_clause)
{
	expect_deal("As the tensions remain high on the border with Peru, the Chilean Air Force "
		    "has received two Mirage 2000 aircraft from France.",
		    1, "FRA", "CHL");
	expect_not("As the tensions remain high on the border with Peru, the Chilean Air Force "
		   "has received two Mirage 2000 aircraft from France.",
		   "FRA", "PER");
	/* control: the state is the subject itself */
	expect_deal("As tensions remain high with Peru, Chile has received two Mirage 2000 "
		    "aircraft from France.",
		    1, "FRA", "CHL");
}

/* "the Elta EL/M-2032 radar": a number glued to a short capitalised word
 * is part of a designation, no year of the deal; "mid-2020" stays one. */
TEST(extract_deal_signed_roles__a_number_in_a_designation_is_no_year)
{
	CHECK(deal_year("Chile bought the Elta EL/M-2032 radar from Israel.", NULL, "ISR",
			"CHL") == 0);
	CHECK(deal_year("Chile bought the Elta EL/M-2032 radar from Israel in 2019.", NULL, "ISR",
			"CHL") == 2019);
	CHECK(deal_year("Mid-2020, Chile bought jets from France.", NULL, "FRA", "CHL") == 2020);
	CHECK(deal_year("Chile bought jets from France in Sep-2021.", NULL, "FRA", "CHL") ==
	      2021);
	/* after a number so glued to a name: "CH-53-2000" (stop 64) */
	CHECK(deal_year("Chile bought helicopters from the US to replace its CH-53-2000 fleet.",
			NULL, "USA", "CHL") == 0);
}

/* "received five former Royal Jordan Air Force Lockheed Martin F-16
 * Fighting Falcons": the state whose service flew the goods sells them on,
 * not their maker's state. */
TEST(extract_deal_signed_roles__goods_of_a_states_air_force)
{
	expect_deal("The Peruvian Air Force received five former Royal Chile Air Force Lockheed "
		    "Martin F-16 Fighting Falcons on Sunday.",
		    1, "CHL", "PER");
	expect_deal("Peru received five former Royal Chile Air Force F-16s.", 1, "CHL", "PER");
	expect_not("Peru received five former Royal Chile Air Force F-16s.", "USA", "PER");
	/* control: no service named, the maker sells */
	expect_deal("Peru received five Lockheed Martin F-16 Fighting Falcons.", 1, "USA", "PER");
}

/* "The US signed over two decommissioned frigates to Taiwan": "sign over"
 * with goods after it gives them; "signed over" is a delivery. */
TEST(extract_deal_signed_roles__goods_signed_over)
{
	CHECK(deal_status("Chile signed over two decommissioned Perry-class frigates to Peru last "
			  "week.",
			  "CHL", "PER") == ENT_STATUS_DELIVERED);
	expect_deal("Chile will sign over two frigates to Peru.", 1, "CHL", "PER");
	/* control: a deal signed over goods is a signing */
	CHECK(deal_status("Peru signed a deal over frigates with France.", "FRA", "PER") ==
	      ENT_STATUS_SIGNED);
}

/* "these continued arms transfers, which Russia has used to strike
 * Ukraine's critical infrastructure": the state an infinitive of striking
 * aims at is no recipient. */
TEST(extract_deal_signed_roles__the_state_struck_is_no_recipient)
{
	expect_no_transfer("Our governments stand in resolute opposition to these continued "
			   "arms transfers, which Chile has used to strike Peru's critical "
			   "infrastructure.");
	expect_no_transfer("Chile has used the arms transfers to attack Peru.");
	/* control: a recipient before the aim */
	expect_deal("Bolivia sent drones to Chile to strike Peru.", 1, "BOL", "CHL");
}

/* "MELBOURNE, Australia - Korea Aerospace Industries has won a competition
 * to supply jets to Malaysia": the place of the dateline sells nothing,
 * neither joined to the seller by the dash nor as what "it" stands for in
 * the next sentence (stop 46). */
TEST(extract_deal_signed_roles__dateline_place_is_no_seller)
{
	static const char *two =
		"LIMA, Peru \xe2\x80\x94 Hanwha has won a tender to supply howitzers to Chile.\n\n"
		"The company said the first of them will arrive in 2027.\n\n"
		"It will also deliver 20 K10 ammunition carriers to the Chilean Army.\n";
	expect_deal("LIMA, Peru - Hanwha has won a tender to supply 40 K9 howitzers to Chile.", 1,
		    "KOR", "CHL");
	expect_not("LIMA, Peru - Hanwha has won a tender to supply 40 K9 howitzers to Chile.",
		   "PER", "CHL");
	expect_not(two, "PER", "CHL");
	expect_deal(two, 1, "KOR", "CHL");
	/* control: a pair that opens the sentence both sell */
	expect_deals("Peru and Chile will supply 40 K9 howitzers to Ghana.", 1,
		     (const char *[]){"PER", "CHL", NULL}, (const char *[]){"GHA", "GHA", NULL});
}

/* "The South Korean company said the contract will see it deliver 18 jets
 * to the Southeast Asian country": the state or demonym that opens the
 * sentence as the subject of "said" is what "it" stands for (stop 46). */
TEST(extract_deal_signed_roles__opening_sayer_is_it)
{
	static const char *said =
		"Hanwha has won a competition to supply howitzers to Chile.\n\n"
		"The South Korean company said the contract, worth $900 million, will see it "
		"deliver 40 K9 howitzers to Peru.\n";
	expect_deal(said, 2, "KOR", "PER");
	expect_not(said, "CHL", "PER");
	/* control: another state after "said" is the one "it" is */
	expect_not("Hanwha won a tender in Chile last week.\n\n"
		   "The South Korean company said Peru expects it to deliver 40 K9 howitzers to "
		   "Chile.\n",
		   "KOR", "CHL");
}

/* "signed a contract with the Philippine defence department for the export
 * of 12 FA-50 jets": "export" after an article is a noun of transfer, like
 * "supply" (stop 46). */
TEST(extract_deal_signed_roles__for_the_export_of)
{
	expect_deal("Hanwha has signed a second contract with the Chilean Ministry of Defence "
		    "for the export of 40 K9 howitzers.",
		    1, "KOR", "CHL");
	expect_deal("Hanwha has signed a contract with the Chilean Ministry of Defence for the "
		    "supply of 40 K9 howitzers.",
		    1, "KOR", "CHL");
}

/* "India and Japan signed an MoI for masts for fitment on Indian naval
 * warships": of a pair that signs, the state whose armed service the
 * goods are for buys, whichever is named first (stop 58). */
TEST(extract_deal_signed_roles__pair_for_a_service)
{
	expect_deal("Ghana and Togo signed an agreement for radar masts for fitment on Ghanaian "
		    "naval warships.",
		    1, "TGO", "GHA");
	expect_deal("Togo and Ghana signed a contract for radars for Ghana's air force.", 1, "TGO",
		    "GHA");
	expect_deal("Ghana and Togo signed a contract for radars for the Togolese army.", 1, "GHA",
		    "TGO");
	/* control: "for" a use of no service leaves the pair as it was */
	expect_not("Ghana and Togo signed a contract for radars for Ghanaian use.", "TGO", "GHA");
}

/* "The Russian company said that X signed a contract for six helicopters,
 * which will be delivered next year": a passive verb of supply after the
 * signing leaves the signer the buyer; "signed a contract to deliver" still
 * makes it the seller (stop 62). */
TEST(extract_deal_signed_roles__passive_supply_after_the_signing)
{
	expect_deal("The Belarusian company said that Benin signed a contract for six armoured "
		    "vehicles, the first two of which will be delivered next year.",
		    1, "BLR", "BEN");
	expect_deal("The Czech firm said that Ecuador signed a contract for 12 radars, which "
		    "were delivered in May.",
		    1, "CZE", "ECU");
	/* control: the active verb after "to" */
	expect_deal("The Belarusian company said that Benin signed a contract to deliver six "
		    "armoured vehicles to Togo.",
		    1, "BEN", "TGO");
}

/* "according to the Defense Acquisition Program Administration, a state
 * arms procurement agency controlled by X's Defense Ministry": a noun of
 * buying in the name of a body, or before "agency (office, officials)",
 * names no purchase of X's (stop 62; sj/002 had Korea buy from
 * Australia). */
TEST(extract_deal_signed_roles__a_buying_body_buys_nothing)
{
	expect_deal("The Chilean army's Logistics Command signed a contract for 30 K9 howitzers "
		    "with Hanwha Defense, according to the Defense Acquisition Program "
		    "Administration, a state arms procurement agency controlled by South Korea's "
		    "Defense Ministry.",
		    1, "KOR", "CHL");
	expect_not("Peru's procurement officials met Korea's defence minister about K9 howitzers.",
		   "KOR", "PER");
	/* control: a purchase told in lower case stays one */
	expect_deal("Peru completed the acquisition of K9 howitzers from South Korea.", 1, "KOR",
		    "PER");
}

/* "The X defence ministry has confirmed finalising a contract with Y's firm
 * to supply its air force with 12 trainers": the signer's own forces
 * receive, and a gerund of signing after "confirmed (announced)" is
 * signed (stop 62; sr/002 had the UAE sell to China, reported). */
TEST(extract_deal_signed_roles__confirmed_finalising_to_supply_its_forces)
{
	const char *t = "The Peruvian defence ministry has confirmed finalising a contract with "
			"China's CATIC to supply its air force with a dozen L-15 jet trainers.";
	expect_deal(t, 1, "CHN", "PER");
	CHECK_INT(deal_status(t, "CHN", "PER"), ENT_STATUS_SIGNED);
	CHECK_INT(deal_status("Peru has announced signing a contract with China to buy 12 L-15 "
			      "trainers.",
			      "CHN", "PER"),
		  ENT_STATUS_SIGNED);
	/* control: signing still under way */
	CHECK_INT(deal_status("Peru is finalising a contract with China to buy 12 L-15 trainers.",
			      "CHN", "PER"),
		  ENT_STATUS_REPORTED);
}

/* "France has committed 18 Caesar artillery systems to Ukraine":
 * committing counted goods to a state pledges them (stop 65). */
TEST(extract_deal_signed_roles__goods_committed_to_a_state)
{
	CHECK_INT(deal_status("Chile has committed 18 Caesar artillery systems to Peru.", "CHL",
			      "PER"),
		  ENT_STATUS_REPORTED);
	expect_deal("Chile committed two more Caesar guns to Peru in 2023.", 1, "CHL", "PER");
	expect_no_deal("Chile has committed to Peru's security.");
	expect_no_deal("Chile committed 18 soldiers to the mission in Peru.");
}
