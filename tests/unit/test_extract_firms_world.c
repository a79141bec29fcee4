/*
 * test_extract_firms_world.c - firms, shipyards and state arms agencies of
 * data/firms.tsv from every region: a firm stands for its home state, so a
 * sale or contract of a firm the gazetteer knows has that state as
 * supplier (a shipyard, a vehicle, aircraft or drone maker, an export
 * agency, an ammunition or small-arms maker); a national arm named with
 * its country ("Leonardo DRS") is of the state it builds in; and a firm of
 * the buyer's own state is domestic production, no foreign supplier, even
 * when another state stands in the sentence as the offer it replaced.
 * Without these rows the sentences give no deal, or one from the wrong
 * state.  Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_firms_world__shipyards_sell_abroad)
{
	expect_deal("Nigeria ordered four offshore patrol vessels from Piriou in 2023.", 1, "FRA",
		    "NGA");
	expect_deal("Cardama will deliver two patrol boats to Equatorial Guinea next year.", 1,
		    "ESP", "GNQ");
	expect_deal("Damen Shipyards will build two frigates for Indonesia under the new "
		    "contract.",
		    1, "NLD", "IDN");
	expect_deal("Kenya signed a contract with Austal for two landing craft.", 1, "AUS", "KEN");
	expect_deal("Ecuador ordered two corvettes from Cotecmar.", 1, "COL", "ECU");
	expect_deal("Egypt ordered three frigates from Lürssen in 2020.", 1, "DEU", "EGY");
	/* China's export arm for its shipyards (stop 52) */
	expect_deal("Peru signed an agreement with CSOC to acquire two submarines.", 1, "CHN",
		    "PER");
}

TEST(extract_firms_world__vehicle_aircraft_and_drone_makers_sell_abroad)
{
	expect_deal("Ghana bought ten armoured vehicles from Roshel last month.", 1, "CAN", "GHA");
	expect_deal("Pindad delivered 22 armoured personnel carriers to Nepal.", 1, "IDN", "NPL");
	expect_deal("Calidus will supply twelve light attack aircraft to Egypt.", 1, "ARE", "EGY");
	expect_deal("Bolivia bought six trainer jets from Hongdu.", 1, "CHN", "BOL");
	expect_deal("Kazan Helicopters delivered two transport helicopters to Peru.", 1, "RUS",
		    "PER");
	expect_deal("Milrem Robotics will supply unmanned ground vehicles to Japan.", 1, "EST",
		    "JPN");
	/* "Hyundai" alone: every firm of the name is Korean (stop 53) */
	expect_deal("Hyundai won a contract to build two frigates for Peru.", 1, "KOR", "PER");
	expect_no_transfer("Hyundai sold 20,000 cars to Peru.");
}

TEST(extract_firms_world__agencies_ammunition_arms_and_electronics_makers_sell_abroad)
{
	expect_deal("Yugoimport SDPR delivered Nora howitzers to Cyprus in 2021.", 1, "SRB",
		    "CYP");
	/* "Excalibur" alone is a shell of the United States */
	expect_deal("Argentina signed a deal with Excalibur Army for rocket launchers.", 1, "CZE",
		    "ARG");
	expect_deal("Ukraine received mortar rounds from Arcus in 2023.", 1, "BGR", "UKR");
	expect_deal("Poongsan signed a contract to supply artillery shells to Poland.", 1, "KOR",
		    "POL");
	expect_deal("Glock will supply 5,000 pistols to the Peruvian police.", 1, "AUT", "PER");
	expect_deal("Terma will supply radars to Vietnam under a contract signed in March.", 1,
		    "DNK", "VNM");
}

TEST(extract_firms_world__a_national_arm_is_of_the_state_it_builds_in)
{
	/* the Italian group's American arm */
	expect_deal("Leonardo DRS will supply mission equipment to Poland.", 1, "USA", "POL");
}

/* A contract between a firm and a state, whichever is named first: the
 * firm's state sells, even to a larger exporter (stop 53). */
TEST(extract_firms_world__a_firm_that_contracts_with_a_state_sells)
{
	expect_deal("Patria signed a contract with France for 20 armoured vehicles.", 1, "FIN",
		    "FRA");
	expect_deal("France signed a contract with Patria for 20 armoured vehicles.", 1, "FIN",
		    "FRA");
	expect_deal("Navantia signed a contract with the United States for two frigates.", 1,
		    "ESP", "USA");
}

TEST(extract_firms_world__a_firm_of_the_buyers_own_state_is_no_foreign_supplier)
{
	expect_no_transfer("After rejecting a Russian offer, India ordered eight corvettes from "
			   "Cochin Shipyard.");
	expect_no_transfer("The Turkish Navy ordered four patrol ships from Dearsan rather than "
			   "from Germany.");
	expect_no_transfer("After rejecting a French offer, Indonesia ordered 300 armoured "
			   "vehicles from Pindad.");
	expect_no_transfer("Poland ordered 96 howitzers from Huta Stalowa Wola instead of buying "
			   "more from South Korea.");
	expect_no_transfer("The Brazilian Army ordered 1,000 rifles from Imbel rather than from "
			   "Belgium.");
}
