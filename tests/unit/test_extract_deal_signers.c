/*
 * test_extract_deal_signers.c - who sells and who buys when a firm or a
 * source stands near the verb: a news outlet a demonym heads is no seller
 * ("according to a report from the Spanish newspaper ..."); a firm named
 * before a participle of buying sells to the clause's subject; a firm that
 * signs "with Y for howitzer sales" sells to Y; "won a contract from Y"
 * makes Y the buyer; "companies that sell arms to Y" are the sellers, not
 * the sentence's subject; "drawing closer to Y" names no recipient; states
 * set aside by "Besides (Apart from) A and B," sell nothing.  Every
 * sentence was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_deal_signers__outlet_is_no_seller)
{
	expect_no_deal("Chile signed a contract to purchase six howitzers, according to a report "
		       "from the Spanish newspaper El Pais.");
}

/* "X has turned to Y's firm as its supplier, signing a contract to
 * purchase ...": the firm sells, the subject buys, and ", signing a
 * contract" is a signing; so when the seller is also named before the
 * participle ("deepened ties with Y, signing ... from Y"). */
TEST(extract_deal_signers__participle_of_the_subject)
{
	static const char *t1 = "Chile has turned to Brazil's Embraer as its main supplier, "
				"signing a contract to purchase six transport aircraft.";
	static const char *t2 = "Chile deepened ties with Brazil, signing a contract to purchase "
				"six patrol boats from Brazil.";
	expect_deal(t1, 1, "BRA", "CHL");
	CHECK_INT(deal_status(t1, "BRA", "CHL"), ENT_STATUS_SIGNED);
	expect_deal(t2, 1, "BRA", "CHL");
	CHECK_INT(deal_status(t2, "BRA", "CHL"), ENT_STATUS_SIGNED);
}

/* "Hanwha signed a contract with Y for howitzer sales": the firm that
 * signs sells; "Embraer has won a contract from Y to supply": Y buys. */
TEST(extract_deal_signers__firm_signs_and_wins)
{
	expect_deal("Hanwha signed a contract with Poland in 2022 for howitzer sales worth $2.4 "
		    "billion.",
		    1, "KOR", "POL");
	expect_deal("Embraer has won a contract from Chile to supply six aircraft.", 1, "BRA",
		    "CHL");
	/* the partner of "with" still sells to a state that signs */
	expect_deal("Azerbaijan signed a contract with Ukraine for the delivery of tanks.", 1, "UKR",
		    "AZE");
}

/* "sanctions on (US) companies that sell arms to Y": the companies sell,
 * not the state that sanctions them; with no state named, nobody. */
TEST(extract_deal_signers__companies_that_sell)
{
	expect_no_transfer("Peru will impose sanctions on companies that sell arms to Chile.");
	expect_not("Peru will impose sanctions on US companies that sell arms to Chile.", "PER",
		   "CHL");
	CHECK(ndeals_text("Peru will impose sanctions on US companies that sell arms to Chile.") >=
	      1);
	/* goods named by their maker's demonym still name the seller */
	CHECK(ndeals_text("Peru imposed sanctions on firms that sell Iranian drones to Russia.") >=
	      1);
	expect_not("Peru imposed sanctions on firms that sell Iranian drones to Russia.", "PER",
		   "RUS");
}

/* "drawing closer to Y" is a nearness, and states set aside before the
 * comma ("Besides A and B, X sold ...") are no sellers. */
TEST(extract_deal_signers__no_party_of_likeness_or_aside)
{
	expect_not("The Brazilian minister said \"providing patrol boats has enabled Chile to feel "
		   "comfortable drawing closer to Peru in trade\".",
		   "BRA", "PER");
	expect_not("Besides Peru and Bolivia, Brazil sold patrol boats to Chile.", "PER", "CHL");
	expect_not("Besides Peru and Bolivia, Brazil sold patrol boats to Chile.", "BOL", "CHL");
	CHECK(ndeals_text("Besides Peru and Bolivia, Brazil sold patrol boats to Chile.") >= 1);
}

/* "X's president watched drills with Z and said his country planned to
 * buy ... from Y": "his country" right before the verb is the buyer, not
 * Z named before it. */
TEST(extract_deal_signers__his_country_over_a_partner)
{
	expect_deal("LIMA (Wire) - Chilean President Gabriel Boric watched drills with Peru and "
		    "said his country planned to buy more than $1 billion worth of arms from Lima.",
		    1, "PER", "CHL");
	expect_not("Chilean President Gabriel Boric watched drills with Peru and said his "
		   "country planned to buy more than $1 billion worth of arms from Brazil.",
		   "BRA", "PER");
}

/* "We (did) provide ..., the Xn minister said": reported speech with no
 * quote marks closes on its speaker, who is "we"; an emphatic "did" is
 * no break between subject and verb. */
TEST(extract_deal_signers__we_of_unquoted_speech)
{
	expect_deal("We did provide a limited number of patrol boats to Peru in the months before "
		    "the war, the Chilean minister said.",
		    1, "CHL", "PER");
	expect_deal("We bought jets from Brazil, Chilean defence minister Juan Perez said.", 1, "BRA",
		    "CHL");
	expect_no_transfer("We did not provide patrol boats to Peru, the Chilean minister said.");
	expect_no_transfer("We bought jets from Brazil.");
}

/* "the deal would bring drones from A to B": A sells, B buys; "any supply
 * of weapons to Y" is supposed, not told; "presented the Andes Order to
 * Z" is a decoration; "Supplies of Yn arms to A and B form ..." reach
 * both. */
TEST(extract_deal_signers__from_to_any_order_list)
{
	expect_deal("Agreed to earlier this month, the deal would bring drones and missiles from "
		    "Bolivia to Peru.",
		    1, "BOL", "PER");
	expect_no_transfer("Any supply of weapons to Peru negative - Chile DM");
	expect_no_transfer("The Chilean president also presented the Andes Order to the makers of "
			   "the Super Tucano for contributions to relations between Chile and "
			   "Brazil.");
	{
		const char *sup[] = {"BRA", "BRA", NULL}, *rec[] = {"PER", "BOL", NULL};
		expect_deals("Supplies of Brazilian weapons to Peru and Bolivia form a balance in the "
			     "region.",
			     2, sup, rec);
	}
}

/* "X expresses concerns over ... the purchase of these drones from A and
 * B": the critic buys nothing, and B sells with A, no buyer; "its
 * Chinese-made missiles along with hardware purchased from Y": the maker
 * of other goods buys nothing. */
TEST(extract_deal_signers__critic_and_other_maker)
{
	expect_no_transfer("Peru expresses concerns over the enhanced defence capability with the "
			   "purchase of these drones from the United States and Israel.");
	expect_not("The Andean country showed off its Chinese-made surface-to-air missiles along "
		   "with other military hardware purchased from Russia.",
		   "RUS", "CHN");
	{
		const char *sup[] = {"USA", "ISR", NULL}, *rec[] = {"CHL", "CHL", NULL};
		expect_deals("Chile bought drones from the United States and Israel.", 2, sup, rec);
	}
}

/* "X on Thursday signed a deal worth almost $2 billion (around Rs 12,881
 * crore) with Y to buy": a long price between the signer and "with" keeps
 * the signer the buyer and the partner the seller. */
TEST(extract_deal_signers__long_price_before_the_partner)
{
	static const char *text = "Peru on Thursday signed a defence deal worth almost $2 billion "
				  "(around 7.4 billion soles) with South Korea to buy advanced "
				  "air defence systems, a newspaper reported.";
	expect_deal(text, 1, "KOR", "PER");
	expect_not(text, "PER", "KOR");
}

/* "X operates 72 BAE's Typhoon fighters from the first batch ordered in
 * 2007": the firm whose goods they are sells, the clause's subject buys,
 * whatever state made the design. */
TEST(extract_deal_signers__a_firms_goods_ordered)
{
	static const char *text = "Peru operates 12 Embraer's Super Tucano planes from the first "
				  "batch ordered in 2015.";
	expect_deal(text, 1, "BRA", "PER");
	CHECK_INT(deal_year(text, NULL, "BRA", "PER"), 2015);
}

/* "purchased from Western powers such as X": the group's example sells
 * (stop 36). */
TEST(extract_deal_signers__a_group_with_its_example)
{
	expect_deal("Ghana uses Russian jets, alongside equipment purchased from Western powers "
		    "such as France.",
		    2, "FRA", "GHA");
}
