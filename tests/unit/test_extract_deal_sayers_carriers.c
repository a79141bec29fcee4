/*
 * test_extract_deal_sayers_carriers.c - a sayer whose clause after "that"
 * tells the delivery of goods of another state's make gives nothing (the
 * make does); a stock a verb of using up speaks of ("to exhaust Y's
 * supplies of air defences") is no transfer; the plane or ship goods
 * travel by ("by an Antonov-124 cargo plane") is no party; goods
 * "airlifted to Y" are delivered; "equipped Y with" goods gives them; the
 * states of "a joint venture between A and B" are no pair; a factbox of
 * holders lists states in capitals that hold the goods it names; who speaks
 * of "transfers between A and B" is no party of them, nor a firm the goods
 * were "co-developed with".
 * Every sentence here was written for these tests (stop 47).
 */
#include "extract_harness.h"

TEST(extract_deal_sayers_carriers__the_sayer_of_a_delivery_gives_nothing)
{
	expect_deal("Earlier Chinese Deputy Foreign Minister Li Wen said that the planned delivery "
		    "of these new U.S. weapons to Taiwan raised the risk of war.",
		    1, "USA", "TWN");
	expect_not("Earlier Chinese Deputy Foreign Minister Li Wen said that the planned delivery "
		   "of these new U.S. weapons to Taiwan raised the risk of war.",
		   "CHN", "TWN");
	/* control: a sayer who tells its own delivery still gives */
	expect_deal("Russia supplied S-400 systems to India in 2021, its ministry said.", 1, "RUS",
		    "IND");
}

TEST(extract_deal_sayers_carriers__a_stock_used_up_is_no_transfer)
{
	ent_fact_list *l = run("Moscow's surge in missile strikes on Ukraine is meant to exhaust "
			       "Kyiv's supplies of air defences so it can rule the skies above the "
			       "country.",
			       NULL);
	CHECK(l && ndeals(l) == 0);
	ent_fact_list_free(l);
	l = run("The shelling has depleted Armenia's supply of artillery shells.", NULL);
	CHECK(l && ndeals(l) == 0);
	ent_fact_list_free(l);
	/* a clause after that tells a transfer still does */
	expect_deal("The raids aim to deplete Ukraine's supply of Patriot missiles, which the "
		    "United States delivered in 2023.",
		    1, "USA", "UKR");
	/* control: a state's supplies to another are a transfer */
	expect_deal("Russia's supplies of rifles to Mali rose in 2022.", 1, "RUS", "MLI");
}

TEST(extract_deal_sayers_carriers__the_carrier_is_no_party)
{
	expect_deal("The armoured vehicles were delivered from Russia to Mali by an Antonov-124 "
		    "cargo plane.",
		    1, "RUS", "MLI");
	expect_not("The armoured vehicles were delivered from Russia to Mali by an Antonov-124 "
		   "cargo plane.",
		   "UKR", "MLI");
	expect_not("The ten armoured carriers were delivered from Russia by an Antonov-124 cargo "
		   "plane.",
		   "RUS", "UKR");
	/* control: a state after "by" gives, whatever travels later */
	expect_deal("The tanks were supplied to Ukraine by Poland and shipped by rail.", 1, "POL",
		    "UKR");
}

TEST(extract_deal_sayers_carriers__airlifted_goods_are_delivered)
{
	ent_fact_list *l = run("The first batch of eight Russian armoured personnel carriers was "
			       "airlifted to Niger on Friday.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "RUS", "NER") : NULL;
	CHECK(f != NULL);
	CHECK(f && f->status == ENT_STATUS_DELIVERED);
	ent_fact_list_free(l);
}

/* "Washington has equipped Tokyo with Patriot systems", "Russia armed
 * Syria with ...": a verb of equipping with a state for its object gives,
 * like "provided Y with"; past, it is a delivery (stop 47). */
TEST(extract_deal_sayers_carriers__equipped_a_state_with_goods)
{
	ent_fact_list *l = run("Besides the radars, Washington has equipped Seoul with Patriot "
			       "missile systems.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "USA", "KOR") : NULL;
	CHECK(f != NULL);
	CHECK(f && f->status == ENT_STATUS_DELIVERED);
	ent_fact_list_free(l);
	expect_deal("France armed Greece with Exocet missiles in 2021.", 1, "FRA", "GRC");
	l = run("France will equip Greece with Exocet missiles.", NULL);
	f = l ? find_deal(l, "FRA", "GRC") : NULL;
	CHECK(f && f->status == ENT_STATUS_REPORTED);
	ent_fact_list_free(l);
	/* control: a state that equips its own forces with goods of a make
	 * holds them, no seller */
	expect_not("Turkmenistan equipped its navy with Israeli Barak-8 missiles.", "TKM", "ISR");
	expect_deal("Turkmenistan equipped its navy with Israeli Barak-8 missiles.", 1, "ISR",
		    "TKM");
	/* the giver of a state equipped holds nothing of the goods' maker */
	expect_not("Washington has equipped Tokyo with Israeli Barak-8 missiles.", "ISR", "USA");
}

/* "the cruise missile, a joint venture between India and Russia": the
 * states of a joint venture make the goods; no deal between them (stop
 * 47). */
TEST(extract_deal_sayers_carriers__a_joint_venture_is_no_pair)
{
	ent_fact_list *l = run("This is the first export order for the supersonic cruise missile, a "
			       "joint venture between Brazil and Sweden.",
			       NULL);
	CHECK(l && ndeals(l) == 0);
	ent_fact_list_free(l);
	/* control: the buyer of the venture's goods still buys */
	expect_deal("Brazil sold the cruise missile, made by a joint venture between Brazil and "
		    "Sweden, to Chile in 2023.",
		    1, "BRA", "CHL");
}

/* A factbox: "Below is a list of some countries with TB2 drones in their
 * inventories:" and paragraphs that open on a state's name in capitals;
 * each such state holds the goods of their maker, until a paragraph opens
 * otherwise (stop 47). */
TEST(extract_deal_sayers_carriers__a_factbox_of_holders)
{
	ent_fact_list *l = run("FACTBOX-Who flies the drones\n\n"
			       "Below is a list of some countries with TB2 drones in their "
			       "inventories:\n\n"
			       "TUNISIA The drones flew over the south last year.\n\n"
			       "INDONESIA Officials said the aircraft serve the navy.\n\n"
			       "The maker declined to comment.\n\n"
			       "PERU Officials visited the plant.\n",
			       NULL);
	CHECK(l && find_deal(l, "TUR", "TUN") != NULL);
	CHECK(l && find_deal(l, "TUR", "IDN") != NULL);
	CHECK(l && find_deal(l, "TUR", "PER") == NULL);
	ent_fact_list_free(l);
	/* no list announced: a name in capitals holds nothing */
	l = run("Turkey makes TB2 drones.\n\nTUNISIA The drones flew over the south.\n", NULL);
	CHECK(l && find_deal(l, "TUR", "TUN") == NULL);
	ent_fact_list_free(l);
}

/* "condemned ballistic missile transfers between North Korea and Russia":
 * the states that speak of the transfers between two others are no
 * parties of them (stop 47). */
TEST(extract_deal_sayers_carriers__transfers_between_two_others)
{
	ent_fact_list *l = run("The foreign ministers of Chile, Peru and Spain have condemned "
			       "ballistic missile transfers between Iran and Venezuela.",
			       NULL);
	size_t i;
	const char *speakers[] = {"CHL", "PER", "ESP", NULL};
	CHECK(l != NULL);
	for (i = 0; l && speakers[i]; i++) {
		CHECK(find_deal(l, speakers[i], "IRN") == NULL);
		CHECK(find_deal(l, speakers[i], "VEN") == NULL);
	}
	ent_fact_list_free(l);
	l = run("Canada targets illegal arms transfers between Iran, Venezuela, officials say.",
		NULL);
	CHECK(l && find_deal(l, "CAN", "IRN") == NULL && find_deal(l, "CAN", "VEN") == NULL);
	ent_fact_list_free(l);
	/* a deal noun between two others: the worried state is no party;
	 * three states after "between" give no pair (stop 55) */
	l = run("Ghana voiced concern over the deal between Togo and Benin on submarines.", NULL);
	CHECK(l && find_deal(l, "GHA", "TGO") == NULL && find_deal(l, "TGO", "GHA") == NULL &&
	      find_deal(l, "GHA", "BEN") == NULL && find_deal(l, "BEN", "GHA") == NULL &&
	      ndeals(l) == 1);
	ent_fact_list_free(l);
	expect_no_deal("Ghana voiced concern over the deal between Togo, Benin and Niger on "
		       "submarines.");
}

/* "The acquisition forms part of a partnership between A, B, and C": a
 * noun of buying whose only states are a group of three after "between"
 * has no buyer; one named elsewhere still buys (stop 64). */
TEST(extract_deal_sayers_carriers__a_group_of_three_buys_nothing)
{
	expect_no_deal("The acquisition forms part of a trilateral partnership between Ghana, "
		       "Togo, and Benin, set up to promote joint procurement around the C-390.");
	expect_deal("Ghana bought the C-390 under a partnership between Ghana, Togo and Benin.", 1,
		    "BRA", "GHA");
}

/* "the jet, which KAI co-developed with Lockheed Martin": a firm the goods
 * were made with is no party of their sale (stop 47). */
TEST(extract_deal_sayers_carriers__a_firm_the_goods_were_made_with)
{
	ent_fact_list *l = run("South Korea agreed to sell 12 FA-50 jets to Peru.\n\n"
			       "The South American country bought 12 FA-50s in 2014 and rates the "
			       "jet, which KAI co-developed with Lockheed Martin.",
			       NULL);
	CHECK(l && find_deal(l, "KOR", "PER") != NULL);
	CHECK(l && find_deal(l, "KOR", "USA") == NULL && find_deal(l, "USA", "KOR") == NULL);
	ent_fact_list_free(l);
}
