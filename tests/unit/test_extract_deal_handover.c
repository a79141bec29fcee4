/*
 * test_extract_deal_handover.c - three families of handing over that name
 * their parties in an unusual place: thanks for a gift ("A thanked B for
 * gifting two patrol boats": B gives, A receives), a long subject with a
 * parenthetical phrase between it and the verb of transfer (", who is on
 * a visit ...,", ", accompanied by ...,": the giver is the head of the
 * subject, a state inside the phrase is no party) and a reduced relative
 * clause of building or supplying inside a noun phrase ("the submarines
 * A is building for B": A supplies, B receives).  Each family has
 * controls where no transfer, or another direction, is right.  Every
 * sentence here was written for these tests.
 */
#include "extract_harness.h"

/* The deal sup -> rec of text is delivered. */
static void expect_delivered(const char *text, const char *sup, const char *rec)
{
	int st = deal_status(text, sup, rec);
	if (st != (int)ENT_STATUS_DELIVERED)
		fprintf(stderr, "    status %d, not delivered, %s -> %s in: %s\n", st, sup, rec,
			text);
	CHECK_INT(st, (int)ENT_STATUS_DELIVERED);
}

TEST(extract_deal_handover__thanks_for_a_gift)
{
	expect_deal("Sri Lanka thanked India for gifting a Dornier aircraft.", 1, "IND", "LKA");
	expect_delivered("Sri Lanka thanked India for gifting a Dornier aircraft.", "IND", "LKA");
	expect_deal("Kenya thanked the United States for donating ten armoured vehicles.", 1, "USA",
		    "KEN");
	expect_delivered("Kenya thanked the United States for donating ten armoured vehicles.",
			 "USA", "KEN");
	expect_deal("Ghana thanked China for supplying four patrol boats to its navy.", 1, "CHN",
		    "GHA");
	expect_deal("The Maldives thanked India for providing a fast interception craft.", 1, "IND",
		    "MDV");
	expect_deal("Mongolia thanked Japan for delivering two radars last year.", 1, "JPN", "MNG");
	expect_deal("Nepal thanked China for handing over six helicopters.", 1, "CHN", "NPL");
	expect_deal("Moldova thanked Romania for sending armoured vehicles.", 1, "ROU", "MDA");
	expect_deal("Mozambique thanked Portugal for the gift of three patrol boats.", 1, "PRT",
		    "MOZ");
	expect_deal("Zambia thanked the United Kingdom for the donation of armoured vehicles.", 1,
		    "GBR", "ZMB");
	expect_deal("Fiji thanked Australia for the delivery of a patrol boat.", 1, "AUS", "FJI");
	expect_deal("Somalia has thanked Turkey for donating armoured vehicles and rifles.", 1,
		    "TUR", "SOM");
	expect_deal("Bangladesh thanked Russia for generously supplying two helicopters.", 1, "RUS",
		    "BGD");
}

TEST(extract_deal_handover__thanks_without_goods_or_with_another_recipient)
{
	expect_no_transfer("Sri Lanka thanked India for hosting the talks.");
	expect_no_transfer("Kenya thanked the United States for its support.");
	expect_no_transfer("Ghana thanked China for its help in training pilots.");
	expect_no_transfer("Nepal thanked India for sending a delegation.");
	/* the gift goes to a third state */
	expect_deal("Kenya thanked the United States for donating armoured vehicles to Somalia.", 1,
		    "USA", "SOM");
	expect_not("Kenya thanked the United States for donating armoured vehicles to Somalia.",
		   "USA", "KEN");
	/* the one thanked buys: no gift */
	expect_not("France thanked India for buying Rafale jets.", "IND", "FRA");
	expect_not("Sri Lanka did not thank India for gifting a Dornier aircraft.", "LKA", "IND");
}

TEST(extract_deal_handover__the_head_of_a_long_subject_gives)
{
	expect_deal("The vice chief of the Indian Navy, who is on a two-day visit to the country, "
		    "accompanied by the Indian envoy in Colombo, handed over the surveillance aircraft "
		    "to the Sri Lanka Navy.",
		    1, "IND", "LKA");
	expect_delivered("The vice chief of the Indian Navy, who is on a two-day visit to the "
			 "country, accompanied by the Indian envoy in Colombo, handed over the "
			 "surveillance aircraft to the Sri Lanka Navy.",
			 "IND", "LKA");
	expect_deal("The commander of the Japanese fleet, accompanied by the ambassador in Manila, "
		    "handed over two patrol boats to the Philippine Navy.",
		    1, "JPN", "PHL");
	expect_deal("India's defence secretary, who arrived in Male on Monday, handed over a "
		    "radar to the Maldives.",
		    1, "IND", "MDV");
	expect_deal("A senior Chinese general, along with the ambassador in Dhaka, handed over "
		    "two frigates to Bangladesh.",
		    1, "CHN", "BGD");
	expect_deal("The head of the Turkish navy, flanked by officers from Ankara, handed over "
		    "a corvette to Pakistan.",
		    1, "TUR", "PAK");
	expect_deal("The Russian deputy minister, who is visiting Hanoi, delivered two "
		    "helicopters to Vietnam.",
		    1, "RUS", "VNM");
	expect_deal("The chief of the Indian Army, accompanied by the Indian high commissioner in "
		    "Dhaka, handed over ten armoured vehicles to the Bangladesh Army.",
		    1, "IND", "BGD");
	expect_deal("The US ambassador, who is on a visit to the north of the country, handed "
		    "over six patrol boats to Ghana.",
		    1, "USA", "GHA");
}

TEST(extract_deal_handover__a_state_in_the_parenthetical_is_no_party)
{
	/* the state of the phrase neither gives nor receives */
	expect_not("The vice chief of the Indian Navy, accompanied by the envoy in Colombo, handed "
		   "over a surveillance aircraft to the Maldives.",
		   "LKA", "MDV");
	expect_deal("The vice chief of the Indian Navy, accompanied by the envoy in Colombo, "
		    "handed over a surveillance aircraft to the Maldives.",
		    1, "IND", "MDV");
	expect_not("The head of the Turkish navy, along with the Qatari attache, handed over a "
		   "corvette to Pakistan.",
		   "QAT", "PAK");
	/* a state that heads the subject and receives: none between them */
	expect_not("The vice chief of the Indian Navy, who is visiting Colombo, received a "
		   "surveillance aircraft.",
		   "IND", "LKA");
}

/* "X, along / together with Y (and Z), supplied W": the states of the
 * phrase give with X, when the phrase names states only. */
static int one_deal_by(const char *text, const char *const *sup, size_t n, const char *rec)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? find_deal(l, sup[0], rec) : NULL;
	size_t i;
	int ok = f && ndeals(l) == 1 && f->nsuppliers == n;
	for (i = 0; ok && i < n; i++)
		ok = ent_fact_has_code(f->suppliers, f->nsuppliers, sup[i]);
	if (l)
		ent_fact_list_free(l);
	return ok;
}

TEST(extract_deal_handover__states_along_with_the_giver_give_too)
{
	static const char *const three[] = {"CHL", "ESP", "PER"};
	static const char *const two[] = {"ESP", "PER"};
	CHECK(one_deal_by("Spain, along with Chile and Peru, has been supplying Bolivia with armed "
			  "drones.",
			  three, 3, "BOL"));
	CHECK(one_deal_by("Spain, together with Peru, supplied patrol boats to Bolivia in 2020.",
			  two, 2, "BOL"));
	/* not a phrase of states only: the giver alone (see above) */
	expect_deal("Spain, along with its allies, supplied patrol boats to Bolivia.", 1, "ESP",
		    "BOL");
}

/* A comma joins a list of givers only before an "and" that closes it: a
 * state ending a clause before the comma gives nothing (stop 41). */
TEST(extract_deal_handover__a_clause_before_the_comma_is_no_giver)
{
	static const char *const one[] = {"ESP"};
	static const char *const three[] = {"CHL", "ESP", "PER"};
	CHECK(one_deal_by("When the shells fell on Chileans, Spain provided Bolivia with 300 "
			  "missiles.",
			  one, 1, "BOL"));
	CHECK(one_deal_by("Chile, Spain and Peru provided Bolivia with 300 missiles.", three, 3,
			  "BOL"));
	CHECK(one_deal_by("Chile, Spain, and Peru provided Bolivia with 300 missiles.", three, 3,
			  "BOL"));
}

TEST(extract_deal_handover__a_reduced_relative_of_building_or_supplying)
{
	expect_deal("The third of the six submarines China is building for Egypt was handed over "
		    "in March.",
		    1, "CHN", "EGY");
	expect_delivered("The third of the six submarines China is building for Egypt was handed "
			 "over in March.",
			 "CHN", "EGY");
	expect_deal("The frigates Turkey built for Pakistan were commissioned in 2024.", 1, "TUR",
		    "PAK");
	expect_delivered("The frigates Turkey built for Pakistan were commissioned in 2024.", "TUR",
			 "PAK");
	expect_deal("The jets France is supplying to India arrived in May.", 1, "FRA", "IND");
	expect_deal("The corvettes Spain built for Saudi Arabia were delivered in 2022.", 1, "ESP",
		    "SAU");
	expect_deal("The first of the two frigates Italy is building for Indonesia was launched.",
		    1, "ITA", "IDN");
	expect_deal("The tanks Germany supplied to Ukraine were damaged.", 1, "DEU", "UKR");
	expect_deal("The helicopters Russia is making for India were delayed.", 1, "RUS", "IND");
	expect_deal("The submarines that Germany is building for Israel will be delivered in 2027.",
		    1, "DEU", "ISR");
	expect_deal("The drones Turkey has supplied to Ukraine were praised.", 1, "TUR", "UKR");
	expect_deal("The patrol boats Japan built for Vietnam entered service.", 1, "JPN", "VNM");
	expect_deal("Two of the four corvettes Turkey is building for Pakistan have been launched.",
		    1, "TUR", "PAK");
	expect_deal("The rifles Belgium is supplying to Kenya were tested.", 1, "BEL", "KEN");
}

TEST(extract_deal_handover__relative_controls)
{
	/* the subject of the main clause builds for itself, not for the other */
	expect_not("The third of the six submarines China is building for Egypt was handed over "
		   "in March.",
		   "EGY", "CHN");
	expect_not("The frigates Turkey built for Pakistan were commissioned in 2024.", "PAK",
		   "TUR");
	expect_not("The jets France is supplying to India arrived in May.", "IND", "FRA");
	/* a plain clause keeps its own direction */
	expect_deal("China is selling six submarines to Egypt.", 1, "CHN", "EGY");
	expect_deal("Egypt bought the submarines China built.", 1, "CHN", "EGY");
	/* building with another state, not for it */
	expect_not("The frigates Turkey built with Pakistan were commissioned in 2024.", "PAK",
		   "TUR");
	expect_not("The jets France is not supplying to India were shown.", "FRA", "IND");
}

/* "donate" and "donating" are verbs of supply like "donated": "X will
 * donate N tanks to Y", "X was the first country to donate jets to Y",
 * "X is one of a handful of countries to donate jets to Y"; thanks for
 * supplying make that transfer a delivery; ", allowing X to donate ..."
 * opens a clause whose subject is X. */
TEST(extract_deal_handover__donate_and_allowing)
{
	expect_deal("Norway will donate 20 Leopard 2 tanks to Ukraine.", 1, "NOR", "UKR");
	expect_deal("Denmark was the first country to donate F-16 jets to Ukraine.", 1, "DNK",
		    "UKR");
	expect_deal("Belgium is one of a handful of countries to donate F-16 jets to Ukraine.", 1,
		    "BEL", "UKR");
	expect_delivered("Kenya thanked the United States for supplying ten armoured vehicles.",
			 "USA", "KEN");
	{
		const char *t = "Sweden sold 14 Archer howitzers to the United Kingdom, allowing "
				"London to donate its AS90 howitzers to Ukraine.";
		expect_deals(t, 2, (const char *const[]){"SWE", "GBR", NULL},
			     (const char *const[]){"GBR", "UKR", NULL});
	}
}

/* "Y got (took over) six helicopters donated by X": a gift received, as
 * "received" reads it (stop 58). */
TEST(extract_deal_handover__got_goods_donated_by)
{
	CHECK_INT(deal_status("Ghana got six helicopters donated by Norway.", "NOR", "GHA"),
		  ENT_STATUS_DELIVERED);
	expect_deal("Ghana took over six helicopters donated by Norway.", 1, "NOR", "GHA");
	expect_no_transfer("Ghana took over the presidency of the bloc from Norway.");
	/* goods taken over are received (stop 64) */
	CHECK_INT(deal_status("Ghana's navy took over two Type 056 corvettes from China.", "CHN",
			      "GHA"),
		  ENT_STATUS_DELIVERED);
}

/* "X has handed over (delivered) Y's first F-16": the owner named before
 * the goods receives them (stop 61). */
TEST(extract_deal_handover__goods_owned_by_the_receiver)
{
	CHECK_INT(deal_status("Boeing has handed over Chile's first KC-46 tanker at a ceremony in "
			      "Seattle.",
			      "USA", "CHL"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("Sweden delivered Hungary's two new Gripen jets.", "SWE", "HUN"),
		  ENT_STATUS_DELIVERED);
	/* control: a name between the owner and the goods */
	expect_no_transfer("Sweden delivered Hungary's Budapest office two letters.");
}
