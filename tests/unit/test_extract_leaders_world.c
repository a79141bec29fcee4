/*
 * test_extract_leaders_world.c - the leaders of data/leaders.tsv beyond
 * the first fifty states (Africa, Latin America, Southeast Asia, Europe,
 * the Gulf, Central Asia, Canada, Australia and New Zealand) and the
 * spokespersons of foreign ministries (and of heads of state, and chiefs
 * who speak for a state) stand for their state in stances,
 * with and without diacritics; a common surname the table keeps from
 * standing alone names no state by itself.  Every sentence here was
 * written for these tests (none quotes an article).
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_leaders_world__africa)
{
	CHECK(stance_only("Ramaphosa condemned Israel's strikes.", "ZAF", "ISR", OPP));
	CHECK(stance_only("Pandor condemned Israel over the bombing of the camp.", "ZAF", "ISR",
			  OPP));
	CHECK(stance_only("Kagame condemned Burundi over the shelling of the border.", "RWA",
			  "BDI", OPP));
	CHECK(stance_only("Tshisekedi condemned Rwanda over the offensive in the east.", "COD",
			  "RWA", OPP));
	CHECK(stance_only("Ruto condemned Sudan over the attack on the convoy.", "KEN", "SDN",
			  OPP));
	CHECK(stance_only("Bourita condemned Algeria over the incident at the border.", "MAR",
			  "DZA", OPP));
	/* a leader's surname without a title (test_extract_stance.c keeps
	 * the case of a name outside the table) */
	CHECK(stance_only("Ruto has been attacking Somalia for weeks.", "KEN", "SOM", OPP));
	CHECK(stance_only("Museveni condemned Kenya over the raid.", "UGA", "KEN", OPP));
}

TEST(extract_leaders_world__americas_and_asia)
{
	CHECK(stance_only("Sheinbaum condemned Ecuador over the raid on the embassy.", "MEX", "ECU",
			  OPP));
	CHECK(stance_only("Milei condemned Venezuela over the arrests.", "ARG", "VEN", OPP));
	CHECK(stance_only("Díaz-Canel condemned Argentina over the remarks.", "CUB", "ARG", OPP));
	CHECK(stance_only("Anutin condemned Cambodia over the shelling of the temple area.", "THA",
			  "KHM", OPP));
	CHECK(stance_only("Hun Manet condemned Thailand over the clashes at the border.", "KHM",
			  "THA", OPP));
	CHECK(stance_only("Ardern condemned Russia over the invasion.", "NZL", "RUS", OPP));
}

TEST(extract_leaders_world__europe_and_gulf)
{
	/* with and without diacritics */
	CHECK(stance_only("Szijjártó condemned Ukraine over the law on minorities.", "HUN", "UKR",
			  OPP));
	CHECK(stance_only("Szijjarto condemned Ukraine over the law on minorities.", "HUN", "UKR",
			  OPP));
	CHECK(stance_only("Albares condemned Israel over the strikes on the aid convoy.", "ESP",
			  "ISR", OPP));
	CHECK(stance_only("Landsbergis condemned Belarus over the migrants sent to the border.",
			  "LTU", "BLR", OPP));
	CHECK(stance_only("Safadi condemned Israel over the raids.", "JOR", "ISR", OPP));
	CHECK(stance_only("Zakharova condemned Moldova over the expulsion of the diplomats.", "RUS",
			  "MDA", OPP));
	CHECK(stance_only("Sudani condemned Turkey over the strikes in the north.", "IRQ", "TUR",
			  OPP));
}

TEST(extract_leaders_world__surname_after_full_name)
{
	/* "Robles" and "Sanchez" alone name no state; after the full name
	 * in the same text they do */
	CHECK(stance_only("Margarita Robles spoke in Madrid on Monday. Robles condemned Russia over "
			  "the attack.",
			  "ESP", "RUS", OPP));
	CHECK(stance_only("Pedro Sánchez met the press on Friday. Sánchez condemned Israel over the "
			  "strikes.",
			  "ESP", "ISR", OPP));
}

TEST(extract_leaders_world__common_surnames_alone)
{
	/* a common surname, a given name or a word: no state by itself */
	CHECK(stance_none("Robles condemned Russia over the attack."));
	CHECK(stance_none("Sanchez condemned Israel over the strikes."));
	CHECK(stance_none("Ali condemned Venezuela over the claim to the region."));
	CHECK(stance_none("Hassan condemned Israel over the raids."));
	CHECK(stance_none("Peters condemned China over the exercises."));
	CHECK(stance_none("Petro condemned Russia over the shelling of the plant."));
	CHECK(stance_none("Burhan condemned India over the operation."));
	CHECK(stance_none("Castro condemned the United States over the embargo."));
}

/* South Asia beyond India, Pakistan, Bangladesh and Sri Lanka, and the
 * spokespersons, aides and chiefs who speak for a state. */
TEST(extract_leaders_world__south_asia_and_spokespersons)
{
	CHECK(stance_only("Muizzu asked India to withdraw its troops by March 15.", "MDV", "IND",
			  OPP));
	CHECK(stance_only("Prachanda condemned China over the border incident.", "NPL", "CHN",
			  OPP));
	CHECK(stance_only("Peskov condemned Ukraine over the attack on the bridge.", "RUS", "UKR",
			  OPP));
	CHECK(stance_only("Hikmet Hajiyev condemned Armenia over the shelling.", "AZE", "ARM",
			  OPP));
	/* a common surname kept from standing alone */
	CHECK(stance_none("Munir condemned the attack on the convoy."));
	/* ministers in office in 2025 */
	CHECK(stance_only("Vautrin condemned Russia over the drone incursion.", "FRA", "RUS", OPP));
	CHECK(stance_only("Lazaro condemned China over the water cannon attack.", "PHL", "CHN",
			  OPP));
	CHECK(stance_only("Kombos condemned Turkey over the violation of the airspace.", "CYP",
			  "TUR", OPP));
	CHECK(stance_only("Kulubaev condemned Tajikistan over the border shelling.", "KGZ", "TJK",
			  OPP));
	/* a hyphenated surname as a quote's speaker */
	expect_deal("\"We supplied Armenia with a few drones last year,\" Amir-Abdollahian said.", 1,
		    "IRN", "ARM");
	/* a leader news names by the given name ("PM Shehbaz") */
	CHECK(stance_only("PM Shehbaz condemned India over the strikes.", "PAK", "IND", OPP));
}
