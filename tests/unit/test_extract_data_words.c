/*
 * test_extract_data_words.c - rows of the data files that name goods or
 * states in words analysts use: "armoured carriers" are armoured vehicles
 * and "Patria 6×6" (with a multiplication sign) is the Patria 6x6
 * (data/weapons.tsv), "Lao" is the demonym of Laos (data/states.tsv).
 * Without the rows these sentences give nothing.  Every sentence here was
 * written for these tests (stop 53).
 */
#include "extract_harness.h"

TEST(extract_data_words__armoured_carriers_are_goods)
{
	expect_deal("Zambia ordered 12 armoured carriers from Egypt.", 1, "EGY", "ZMB");
	expect_deal("Egypt delivered ten armored carriers to Zambia.", 1, "EGY", "ZMB");
}

TEST(extract_data_words__a_design_written_with_a_multiplication_sign)
{
	ent_fact_list *l = run("Zambia ordered 12 Patria 6\xc3\x97"
			       "6 vehicles.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "FIN", "ZMB") : NULL;
	CHECK(f && ent_fact_has_designation(f, "Patria 6x6"));
	if (l)
		ent_fact_list_free(l);
}

TEST(extract_data_words__lao_is_a_demonym)
{
	ent_fact_list *l = run("Lao and Cambodian troops conducted a joint rescue exercise.", NULL);
	CHECK(l != NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	ent_fact_list_free(l);
}

TEST(extract_data_words__military_products_and_watercraft_are_goods)
{
	expect_deal("The Belarusian defence ministry shipped a batch of military products to the "
		    "Zambian army.",
		    1, "BLR", "ZMB");
	expect_deal("Belarus delivered military-purpose products to Zambia in May.", 1, "BLR",
		    "ZMB");
	expect_deal("Belarusian-made small watercraft were shipped for the Zambian navy.", 1, "BLR",
		    "ZMB");
	expect_deal("Belarus handed over engineering vehicles to Zambia.", 1, "BLR", "ZMB");
}

/* Does text give a deal sup -> rec with category has and without
 * category lacks (ENT_CAT_OTHER: no such check)? */
static int deal_category(const char *text, const char *sup, const char *rec, ent_category has,
			 ent_category lacks)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? find_deal(l, sup, rec) : NULL;
	int ok = f && ent_fact_has_category(f, has) &&
		 (lacks == ENT_CAT_OTHER || !ent_fact_has_category(f, lacks));
	if (l)
		ent_fact_list_free(l);
	return ok;
}

TEST(extract_data_words__a_tank_destroyer_is_armour)
{
	CHECK(deal_category("Zambia received an ST-1 wheeled tank destroyer from China.", "CHN",
			    "ZMB", ENT_CAT_ARMOURED_VEHICLE, ENT_CAT_NAVAL));
}

TEST(extract_data_words__an_interceptor_craft_is_a_boat_an_interceptor_missile_is_not)
{
	CHECK(deal_category("India gifted two fast interceptor craft to Zambia.", "IND", "ZMB",
			    ENT_CAT_NAVAL, ENT_CAT_AIR_DEFENCE));
	CHECK(deal_category("Israel delivered interceptor missiles to Zambia.", "ISR", "ZMB",
			    ENT_CAT_AIR_DEFENCE, ENT_CAT_OTHER));
}

/* "fast boats", "assault boats" and "speedboats" are naval (stop 59) */
TEST(extract_data_words__fast_boats_are_naval)
{
	CHECK(deal_category("The United States handed over two fast boats to the Zambian coast "
			    "guard.",
			    "USA", "ZMB", ENT_CAT_NAVAL, ENT_CAT_OTHER));
	CHECK(deal_category("Peru delivered ten assault boats to Zambia.", "PER", "ZMB",
			    ENT_CAT_NAVAL, ENT_CAT_OTHER));
}

/* "possesses Chinese hypersonic air-to-ground missiles": the missile's
 * kind written with hyphens is goods, so the holder's tie to their maker
 * is told (stop 55). */
TEST(extract_data_words__air_to_ground_missiles_are_goods)
{
	CHECK(deal_category("Zambia possesses Chinese hypersonic air-to-ground missiles.", "CHN",
			    "ZMB", ENT_CAT_MISSILE, ENT_CAT_OTHER));
	CHECK(deal_category("Israel sold surface-to-air missile batteries to Zambia.", "ISR", "ZMB",
			    ENT_CAT_AIR_DEFENCE, ENT_CAT_OTHER));
}

/* A surveillance (patrol, reconnaissance) plane is an aircraft and an
 * assault gun an armoured vehicle (stop 56); "plane" alone stays no goods,
 * for an airliner is one too. */
TEST(extract_data_words__surveillance_planes_and_assault_guns)
{
	CHECK(deal_category("Canada gifted a surveillance plane to Zambia.", "CAN", "ZMB",
			    ENT_CAT_AIRCRAFT, ENT_CAT_OTHER));
	CHECK(deal_category("Zambia received a maritime patrol plane from Spain.", "ESP", "ZMB",
			    ENT_CAT_AIRCRAFT, ENT_CAT_OTHER));
	CHECK(deal_category("Zambia's army took delivery of Chinese assault guns.", "CHN", "ZMB",
			    ENT_CAT_ARMOURED_VEHICLE, ENT_CAT_ARTILLERY));
	expect_deals("Canada gifted a plane to Zambia.", 0, NULL, NULL);
}

/* "New Zealand" is the state's name, no demonym: "New Zealand's purchase"
 * and "New Zealand's bid" are its own, as "Sri Lanka's" are; the name
 * still qualifies troops and goods (stop 58). */
TEST(extract_data_words__new_zealand_is_a_name)
{
	expect_deal("New Zealand's purchase of four patrol boats from Norway was completed in "
		    "2018.",
		    1, "NOR", "NZL");
	CHECK(stance_only("Peru backed New Zealand's bid.", "PER", "NZL", ENT_POLARITY_SUPPORT));
	expect_deal("Fiji bought New Zealand-made patrol boats.", 1, "NZL", "FJI");
	CHECK(nexercises_text("New Zealand troops and Fijian soldiers held a joint exercise.") ==
	      1);
}

/* "Hellenic" is Greece's demonym: "the Hellenic Air Force" buys for Greece
 * (stop 59). */
TEST(extract_data_words__hellenic_is_greek)
{
	expect_deal("The Hellenic Air Force will acquire 20 F-16 jets from Chile.", 1, "CHL",
		    "GRC");
	CHECK(nexercises_text("The Hellenic Navy and the Chilean Navy held a joint exercise.") ==
	      1);
}

/* A class of ships in weapons.tsv ("Kilo-class") is named without its
 * hyphen too ("Kilo class"; stop 63). */
TEST(extract_data_words__a_class_without_its_hyphen)
{
	expect_deal("The first Kilo class submarine has been handed over to Peru.", 1, "RUS",
		    "PER");
	CHECK(deal_category("The first Guardian class patrol boat was handed over to Fiji.", "AUS",
			    "FJI", ENT_CAT_NAVAL, ENT_CAT_OTHER));
	/* not a class of anything named */
	expect_no_transfer("The first class passengers were handed over to Peru.");
}

/* A naval (replenishment, fleet) tanker is a ship of war's kind; an oil
 * tanker is none (stop 63). */
TEST(extract_data_words__a_naval_tanker)
{
	CHECK(deal_category("Peru ordered a naval tanker from Spain.", "ESP", "PER", ENT_CAT_NAVAL,
			    ENT_CAT_OTHER));
	CHECK(deal_category("Peru signed with Spain for a replenishment tanker.", "ESP", "PER",
			    ENT_CAT_NAVAL, ENT_CAT_OTHER));
	expect_no_deal("Peru signed with Spain for an oil tanker.");
}

/* The AK-203 is Russia's make (stop 64). */
TEST(extract_data_words__the_ak_203)
{
	expect_deal("The Peruvian army received 70,000 AK-203s last year.", 1, "RUS", "PER");
}

/* "the People's Liberation Army" is China's, "the Israel Defense Forces"
 * Israel's (states.tsv, stop 65). */
TEST(extract_data_words__armed_forces_named_in_full)
{
	ent_fact_list *l = run("The People's Liberation Army held a joint exercise with Peru.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && takes_part(f, "CHN") && takes_part(f, "PER"));
	ent_fact_list_free(l);
	CHECK(stance_has("Chile thanked the Israel Defense Forces for its help.", "CHL", "ISR",
			 ENT_POLARITY_SUPPORT));
}

/* The OV-10 Bronco is an American make (weapons.tsv, stop 65). */
TEST(extract_data_words__the_ov_10)
{
	expect_deal("The U.S. was reported to be transferring four ex-Air Force OV-10s and spares "
		    "to Peru in 2018.",
		    1, "USA", "PER");
	expect_deal("Peru received four OV-10 Broncos from the US.", 1, "USA", "PER");
}
