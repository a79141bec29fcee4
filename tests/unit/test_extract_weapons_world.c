/*
 * test_extract_weapons_world.c - designations of data/weapons.tsv from the
 * world's exporters, on sentences written for these tests (none quotes an
 * article): the designation gives the deal its category, its origin names
 * the seller when the text names none, a wrong origin no longer picks the
 * seller, and a system of the buyer's own make is no import.
 */
#include "extract_harness.h"

/* The deal or supply tie sup -> rec in text has an item of category cat
 * whose designation is desig. */
static int deal_item(const char *text, const char *sup, const char *rec, ent_category cat,
		     const char *desig)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f;
	size_t i;
	int ok = 0;
	if (!l)
		return 0;
	f = find_deal(l, sup, rec);
	for (i = 0; f && i < f->nitems && !ok; i++)
		ok = f->items[i].category == cat && f->items[i].designation &&
		     !strcmp(f->items[i].designation, desig);
	if (!ok)
		fprintf(stderr, "    no %s -> %s with %s in: %s\n", sup, rec, desig, text);
	ent_fact_list_free(l);
	return ok;
}

TEST(extract_weapons_world__seller_from_origin)
{
	/* no seller in the text: the designation's maker sells */
	CHECK(deal_item("Morocco has ordered 24 AH-64E helicopters for $4.25 billion.", "USA",
			"MAR", ENT_CAT_AIRCRAFT, "AH-64 Apache"));
	CHECK(deal_item("Greece signed a contract for three FDI frigates in 2022.", "FRA", "GRC",
			ENT_CAT_NAVAL, "FDI"));
	CHECK(deal_item("Thailand signed a contract for one S26T submarine in 2017.", "CHN", "THA",
			ENT_CAT_NAVAL, "S26T"));
	CHECK(deal_item("Bangladesh received MBT-2000 tanks in 2012.", "CHN", "BGD",
			ENT_CAT_ARMOURED_VEHICLE, "MBT-2000"));
	CHECK(deal_item("Egypt ordered 12 AW149 helicopters in 2019.", "ITA", "EGY",
			ENT_CAT_AIRCRAFT, "AW149"));
	CHECK(deal_item("The Philippines received two Miguel Malvar-class corvettes in 2025.", "KOR",
			"PHL", ENT_CAT_NAVAL, "Miguel Malvar-class"));
	CHECK(deal_item("Saudi Arabia bought Avante 2200 corvettes in 2018.", "ESP", "SAU",
			ENT_CAT_NAVAL, "Avante 2200"));
	CHECK(deal_item("Ghana ordered Z-9 helicopters in 2015.", "CHN", "GHA", ENT_CAT_AIRCRAFT,
			"Z-9"));
	CHECK(deal_item("Australia ordered Mogami-class frigates in 2025.", "JPN", "AUS",
			ENT_CAT_NAVAL, "Mogami-class"));
	CHECK(deal_item("Uzbekistan bought Kızılelma drones in 2025.", "TUR", "UZB", ENT_CAT_DRONE,
			"Kizilelma"));
}

TEST(extract_weapons_world__category_from_designation)
{
	/* the designation is the only word of goods in the sentence */
	CHECK(deal_item("Romania bought 54 Piorun launchers in 2023.", "POL", "ROU",
			ENT_CAT_AIR_DEFENCE, "Piorun"));
	CHECK(deal_item("Chile ordered 10 M142 launchers in 2024.", "USA", "CHL", ENT_CAT_ROCKET,
			"HIMARS"));
	CHECK(deal_item("Slovakia ordered 152 CV9035 vehicles in 2022.", "SWE", "SVK",
			ENT_CAT_ARMOURED_VEHICLE, "CV90"));
	CHECK(deal_item("Latvia bought NSM coastal defence systems in 2023.", "NOR", "LVA",
			ENT_CAT_MISSILE, "Naval Strike Missile"));
	CHECK(deal_item("Ukraine received Skynex systems in 2023.", "DEU", "UKR",
			ENT_CAT_AIR_DEFENCE, "Skynex"));
	/* the seller named, the category still from the designation */
	CHECK(deal_item("Kenya bought 30 Casspir vehicles from South Africa in 2019.", "ZAF", "KEN",
			ENT_CAT_ARMOURED_VEHICLE, "Casspir"));
}

TEST(extract_weapons_world__variants_and_plurals)
{
	ent_fact_list *l;
	const ent_fact *f;
	/* plurals of designations the file lists in the singular */
	CHECK(deal_item("Ukraine received 50 Bushmasters in 2023.", "AUS", "UKR",
			ENT_CAT_ARMOURED_VEHICLE, "Bushmaster"));
	l = run("Morocco bought AH-64Es and F-16Vs in 2019.", NULL);
	CHECK(l != NULL);
	f = find_deal(l, "USA", "MAR");
	CHECK(f != NULL && f->nitems == 2);
	CHECK_STR(f->items[0].designation, "AH-64 Apache");
	CHECK_STR(f->items[1].designation, "F-16");
	ent_fact_list_free(l);
	/* a spelling with its accent */
	CHECK(deal_item("Indonesia ordered two Scorpène submarines in 2024.", "FRA", "IDN",
			ENT_CAT_NAVAL, "Scorpene"));
}

TEST(extract_weapons_world__longer_name_wins)
{
	/* "Lynx KF41" is Germany's vehicle, not Israel's "Lynx" launcher */
	ent_fact_list *l = run("Hungary received the first Lynx KF41 vehicles in 2022.", NULL);
	CHECK(l != NULL);
	CHECK(find_deal(l, "ISR", "HUN") == NULL);
	ent_fact_list_free(l);
	CHECK(deal_item("Hungary received the first Lynx KF41 vehicles in 2022.", "DEU", "HUN",
			ENT_CAT_ARMOURED_VEHICLE, "Lynx KF41"));
	/* China's CS/VP14, VN22 and CS/VN9 vehicles (stop 60) */
	CHECK(deal_item("During 2024, Ghana received a new shipment of armored vehicles that "
			"included at least 50 CS/VP14 MRAPs.",
			"CHN", "GHA", ENT_CAT_ARMOURED_VEHICLE, "CS/VP14"));
	CHECK(deal_item("Ghana received 30 VN22 vehicles.", "CHN", "GHA",
			ENT_CAT_ARMOURED_VEHICLE, "VN22"));
	/* "Lynx infantry vehicles" without "fighting" (stop 60) */
	CHECK(deal_item("Ghana signs agreement to produce Lynx infantry vehicles", "DEU", "GHA",
			ENT_CAT_ARMOURED_VEHICLE, "Lynx KF41"));
	/* the Russian Gepard-class frigate, not Germany's Gepard gun */
	l = run("Vietnam bought Gepard 3.9 frigates in 2011.", NULL);
	CHECK(l != NULL);
	CHECK(find_deal(l, "DEU", "VNM") == NULL);
	ent_fact_list_free(l);
	CHECK(deal_item("Vietnam bought Gepard 3.9 frigates in 2011.", "RUS", "VNM", ENT_CAT_NAVAL,
			"Gepard-class"));
	/* a Cobra helicopter is no armoured vehicle */
	CHECK(deal_item("Jordan received AH-1F Cobra helicopters from the United States.", "USA",
			"JOR", ENT_CAT_AIRCRAFT, "AH-1"));
	CHECK(deal_item("The Netherlands ordered Lynx helicopters from Britain in 1976.", "GBR",
			"NLD", ENT_CAT_AIRCRAFT, "Lynx helicopter"));
}

/* A system of several states' industries is listed under one of them; a
 * maker the text puts right before it ("UK-made", "BAE Systems-made")
 * sells instead. */
TEST(extract_weapons_world__maker_named_before_the_designation)
{
	expect_deal("Austria purchased German-made Eurofighter Typhoons in 2003.", 1, "DEU", "AUT");
	expect_deal("Austria purchased Airbus Defence and Space-made Eurofighter Typhoons in 2003.", 1, "DEU",
		    "AUT");
	expect_deal("The jet is one of 15 German-built Typhoons ordered by Austria in 2003.", 1,
		    "DEU", "AUT");
	expect_deal("Kuwait ordered 28 Typhoons from Italy in 2016.", 1, "ITA", "KWT");
	/* control: no maker named, the data file's (BAE Systems leads the
	 * consortium's sales to the Gulf) */
	expect_deal("Oman ordered 12 Eurofighter Typhoons in 2012.", 1, "GBR", "OMN");
}

TEST(extract_weapons_world__own_make_is_no_import)
{
	/* the buyer's own make: no seller, no deal */
	expect_no_deal("The Russian Navy received its second Gepard 3.9 frigate in 2012.");
	expect_no_deal("Turkey received its first Hürjet jets in 2025.");
	expect_no_deal("Poland ordered 96 Krab howitzers in 2016.");
	expect_no_deal("Brazil ordered Guarani armoured vehicles in 2012.");
}

TEST(extract_weapons_world__generic_terms)
{
	ent_fact_list *l = run("Chile bought 12 MBTs from the Netherlands in 2023.", NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = find_deal(l, "NLD", "CHL");
	CHECK(f != NULL && f->nitems == 1 && f->items[0].category == ENT_CAT_ARMOURED_VEHICLE);
	ent_fact_list_free(l);
	l = run("Jordan received 3,000 carbines from Canada in 2021.", NULL);
	CHECK(l != NULL);
	f = find_deal(l, "CAN", "JOR");
	CHECK(f != NULL && f->nitems == 1 && f->items[0].category == ENT_CAT_SMALL_ARMS);
	ent_fact_list_free(l);
	/* "AA" (anti-aircraft) missiles defend the air; so do surface to
	 * air missiles written without hyphens */
	l = run("Chile received AA missile systems from Canada in 2021.", NULL);
	f = l ? find_deal(l, "CAN", "CHL") : NULL;
	CHECK(f != NULL && ent_fact_has_category(f, ENT_CAT_AIR_DEFENCE) &&
	      !ent_fact_has_category(f, ENT_CAT_MISSILE));
	ent_fact_list_free(l);
	l = run("Jordan bought surface to air missiles from Canada in 2022.", NULL);
	f = l ? find_deal(l, "CAN", "JOR") : NULL;
	CHECK(f != NULL && ent_fact_has_category(f, ENT_CAT_AIR_DEFENCE));
	ent_fact_list_free(l);
	/* military (missile) technology received is a transfer of technology */
	l = run("Chile is receiving advanced military technology from Canada.", NULL);
	f = l ? find_deal(l, "CAN", "CHL") : NULL;
	CHECK(f != NULL && ent_fact_has_category(f, ENT_CAT_TECHNOLOGY_TRANSFER));
	ent_fact_list_free(l);
	l = run("Canada might have provided satellite-related technology to Chile.", NULL);
	f = l ? find_deal(l, "CAN", "CHL") : NULL;
	CHECK(f != NULL && ent_fact_has_category(f, ENT_CAT_TECHNOLOGY_TRANSFER));
	ent_fact_list_free(l);
}

/* Designations added on 2026-12-03 name their maker: a purchase with no
 * seller named is bought from it. */
TEST(extract_weapons_world__designations_of_2026_12_03)
{
	expect_deal("Mali received two H215 helicopters in 2021.", 1, "FRA", "MLI");
	expect_deal("Bangladesh purchased 18 Boran howitzers last year.", 1, "TUR", "BGD");
	expect_deal("Nigeria took delivery of two WZ-10 helicopters in 2023.", 1, "CHN", "NGA");
	expect_deal("Morocco bought 36 SR-5 rocket launchers in 2022.", 1, "CHN", "MAR");
}

/* the designation's maker sells when the sentence names no seller */
TEST(extract_weapons_world__designations_of_stop_22)
{
	expect_deal("Peru ordered 20 Boramae jets.", 1, "KOR", "PER");
	expect_deal("Chile will buy 12 Zorawar light tanks.", 1, "IND", "CHL");
	expect_deal("Peru bought a Zircon battery last year.", 1, "RUS", "PER");
	expect_deal("Chile received 18 Leopard 2A8 tanks in 2025.", 1, "DEU", "CHL");
	expect_deal("Peru ordered 24 Arjun Mk1A tanks.", 1, "IND", "PER");
}

/* Short designations the press also writes with one capital ("Meko",
 * "Thaad", "Fremm", "Scalp") match so; an all-capital entry of five
 * letters or fewer needs capitals in the text (stop 67). */
TEST(extract_weapons_world__designations_in_title_case)
{
	expect_deal("Peru also ordered three Meko A200 frigates from the Kiel company.", 1, "DEU",
		    "PER");
	expect_deal("Peru bought the American Thaad system.", 1, "USA", "PER");
	expect_deal("Peru has bought the Thaad system.", 1, "USA", "PER");
}
