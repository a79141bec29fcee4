/*
 * test_extract_stance4.c - stance rules of the fourth round, on sentences
 * written for these tests (none quotes an article): lists of states with
 * an article inside, two targets of a charge, and sentences that must give
 * no stance.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

TEST(extract_stance4__list_with_article)
{
	/* "X, the Y and Z": every state of the list is an actor */
	const char *t = "Kenya, the United Arab Emirates and Chile condemned Peru on Monday.";
	CHECK(stance_has(t, "KEN", "PER", OPP));
	CHECK(stance_has(t, "ARE", "PER", OPP));
	CHECK(stance_has(t, "CHL", "PER", OPP));
	CHECK(stance_count(t) == 3);
	t = "The Netherlands, the Philippines, Chile and Ghana backed Ecuador.";
	CHECK(stance_has(t, "PHL", "ECU", SUP));
	CHECK(stance_has(t, "GHA", "ECU", SUP));
	/* an apposition with "the" is no list */
	CHECK(stance_only("Kenya, the host of the summit, criticized Peru.", "KEN", "PER", OPP));
	CHECK(stance_none("Kenya, the United Arab Emirates and Chile met in Lima on Monday."));
}

TEST(extract_stance4__two_targets_of_a_charge)
{
	/* "criticized X and Y for ...", "accused X and Y of ..." */
	const char *t = "Canada criticized Brazil and Mexico for ignoring the ruling.";
	CHECK(stance_has(t, "CAN", "BRA", OPP));
	CHECK(stance_has(t, "CAN", "MEX", OPP));
	CHECK(stance_count(t) == 2);
	CHECK(stance_has("Ghana accused Togo and Benin of hosting the rebels.", "GHA", "BEN", OPP));
	/* a second state not before the charge's preposition is no target */
	CHECK(stance_only("Canada criticized Brazil and Mexico said nothing.", "CAN", "BRA", OPP));
}

TEST(extract_stance4__breaking_ties)
{
	CHECK(stance_only("Honduras severed diplomatic and trade ties with Nicaragua in May.", "HND",
		   "NIC", OPP));
	CHECK(stance_only("The Kenyan government said it was cutting off its diplomatic relations "
		   "with Somalia.",
		   "KEN", "SOM", OPP));
	CHECK(stance_only("Fiji broke off relations with Tonga after the vote.", "FJI", "TON", OPP));
	/* "with the country": the state that opens the sentence */
	{
		const char *t = "Qatar has been in the spotlight since four powers, including Chad "
				"and Niger, severed their ties with the country.";
		CHECK(stance_has(t, "TCD", "QAT", OPP));
		CHECK(stance_has(t, "NER", "QAT", OPP));
	}
	CHECK(stance_only("Peru recalled its ambassador to Bolivia for consultations.", "PER", "BOL",
		   OPP));
	CHECK(stance_only("Ghana is withdrawing its envoy from Togo.", "GHA", "TGO", OPP));
	/* ties kept, restored or not broken are no opposition */
	CHECK(stance_none("Honduras restored diplomatic ties with Nicaragua in May."));
	CHECK(stance_none("Fiji refused to cut ties with Tonga."));
	CHECK(stance_none("Peru did not recall its ambassador to Bolivia."));
	CHECK(stance_none("Cuts to the budget strained ties with Peru's neighbours."));
}

TEST(extract_stance4__escalating_tensions)
{
	/* "said/argued that (it was) X (that was) escalating tensions" */
	const char *t = "Laos and Cambodia argued that it was Thailand that was escalating "
			"tensions along the river.";
	CHECK(stance_has(t, "LAO", "THA", OPP));
	CHECK(stance_has(t, "KHM", "THA", OPP));
	CHECK(stance_count(t) == 2);
	CHECK(stance_only("Chile said that Peru is stoking tensions in the region.", "CHL", "PER",
		   OPP));
	CHECK(stance_only("Oman repeated its claims that it is Yemen that is inflaming tensions.", "OMN",
		   "YEM", OPP));
	/* not tensions, or not a state, is no charge */
	CHECK(stance_none("Chile said that Peru is raising prices."));
	CHECK(stance_none("Kenya said it was the rain that caused the delay."));
}

TEST(extract_stance4__complaint_that)
{
	/* "its complaint that (neighbour) Y ...": the one complaining opposes Y */
	CHECK(stance_only("Ecuador asked the Organization of American States to hear its complaint "
		   "that neighbour Peru sheltered the smugglers.",
		   "ECU", "PER", OPP));
	CHECK(stance_only("Gabon repeated its complaints that Cameroon troops crossed the border.", "GAB",
		   "CMR", OPP));
	/* a dateline before the subject is none */
	CHECK(stance_only("LIBREVILLE, (Reuters) - Gabon asked the Organization of American States to "
		   "hear its complaint that neighbour Cameroon sheltered the smugglers.",
		   "GAB", "CMR", OPP));
	CHECK(stance_none("Gabon dismissed the complaint that Cameroon troops crossed the border."));
}

TEST(extract_stance4__tie_between)
{
	/* "condemned the (growing military) cooperation between X and Y" */
	const char *t = "Chile and Peru condemned the growing military cooperation between "
			"Bolivia and Paraguay.";
	CHECK(stance_has(t, "CHL", "BOL", OPP));
	CHECK(stance_has(t, "CHL", "PRY", OPP));
	CHECK(stance_has(t, "PER", "PRY", OPP));
	CHECK(stance_count(t) == 4);
	CHECK(stance_count("Kenya criticized in the strongest terms the new alliance between the "
		      "Sudan and Chad.") == 2);
	/* a clash or a place between two states is no tie of theirs */
	CHECK(stance_none("Chile condemned the fighting between Peru and Bolivia."));
	CHECK(stance_none("Chile condemned the attack on the border between Peru and Bolivia."));
}

TEST(extract_stance4__pledge_to_defend)
{
	const char *t = "Washington's commitments to the defence of Japan and Australia remain "
			"firm.";
	CHECK(stance_has(t, "USA", "JPN", SUP));
	CHECK(stance_has(t, "USA", "AUS", SUP));
	CHECK(stance_count(t) == 2);
	CHECK(stance_only("France reaffirmed its commitment to the defense of Estonia.", "FRA", "EST",
		   SUP));
	CHECK(stance_only("The treaty means Britain is obligated to help defend Norwegian forces at sea.",
		   "GBR", "NOR", SUP));
	CHECK(stance_only("Turkey has vowed to defend Azerbaijan.", "TUR", "AZE", SUP));
	/* own borders, no pledge, or a pledge denied give no stance */
	CHECK(stance_none("Chile is ready to defend its borders."));
	CHECK(stance_none("Chile is not committed to defend Peru."));
	CHECK(stance_none("Chile spent more on the defence of its coast."));
}

TEST(extract_stance4__judged_deed)
{
	/* "<speaker> said that X's remarks/actions were a provocation" (X a
	 * state or a person the text tied to one) */
	CHECK(stance_only("Chile said that Peru's actions were a clear violation of the treaty.", "CHL",
		   "PER", OPP));
	CHECK(stance_has("The talks were held with Bolivian President Luis Arce. Chilean Foreign "
		  "Minister Ana Soto said that Arce's remarks represented a \"provocation\".",
		  "CHL", "BOL", OPP));
	CHECK(stance_none("Chile said that Peru's remarks were not a provocation."));
	CHECK(stance_none("Chile said that Peru's policy was a success."));
}

TEST(extract_stance4__act_named_before)
{
	/* "condemned the launch": the owner the text gave the act before */
	CHECK(stance_only("Iran's launch of a satellite alarmed the region. Germany condemned the "
		   "launch on Sunday.",
		   "DEU", "IRN", OPP));
	CHECK(stance_only("Peru attacked a border post on Monday. Chile condemned the attack.", "CHL",
		   "PER", OPP));
	CHECK(stance_only("The Syrian strikes hit two towns. Jordan criticized the strikes.", "JOR",
		   "SYR", OPP));
	/* no owner before, or parties of its own */
	CHECK(stance_none("A bomb hit a market in Lima. Chile condemned the attack."));
	CHECK(stance_none("Peru attacked a border post on Monday. Chile condemned the attack by rebels."));
}

TEST(extract_stance4__list_closed_by_a_group)
{
	/* "X, Y, and Western countries condemned ...": both states */
	const char *t = "Japan, South Korea, and Western countries condemned Iran on Monday.";
	CHECK(stance_has(t, "JPN", "IRN", OPP));
	CHECK(stance_has(t, "KOR", "IRN", OPP));
	CHECK(stance_count(t) == 2);
	/* "X, Y and Z" with no "and" before a group stays as before */
	CHECK(stance_only("Japan, South Korea condemned Iran.", "KOR", "IRN", OPP));
}

TEST(extract_stance4__counterpart)
{
	/* "<state>'s <demonym> counterpart, <Name>": the name speaks for that
	 * state; a comma may part a title from the name */
	CHECK(stance_has("Chilean President Ana Soto met her Peruvian counterpart, Luis Vega, in Lima. "
		  "Vega said that Soto's remarks were a provocation.",
		  "PER", "CHL", OPP));
	CHECK(stance_has("The Peruvian president, Luis Vega, arrived. Vega condemned Chile.", "PER",
		  "CHL", OPP));
	/* the counterpart is the one spoken to: no referent of "he" */
	CHECK(stance_only("Kenyan Foreign Minister Amos Otieno met his Ugandan counterpart Paul Kato "
		   "in Nairobi. He condemned Somalia.",
		   "KEN", "SOM", OPP));
}

TEST(extract_stance4__summoned_and_rejected_mediation)
{
	/* summoning a state's diplomat is a protest to that state */
	CHECK(stance_only("Chile summoned the Peruvian ambassador on Monday.", "CHL", "PER", OPP));
	CHECK(stance_only("Quito responded by summoning Colombia's top diplomat.", "ECU", "COL", OPP));
	/* "... to protest against Z": the protest is against Z */
	CHECK(stance_only("Chile summoned Peru's ambassador to protest against Bolivia's claims.", "CHL",
		   "BOL", OPP));
	CHECK(stance_none("Chile did not summon the Peruvian ambassador."));
	/* rejecting a state's mediation or proposal */
	CHECK(stance_only("Last year Niger rejected Algeria's mediation.", "NER", "DZA", OPP));
	CHECK(stance_only("Kenya rejected the proposal from Ethiopia.", "KEN", "ETH", OPP));
}

TEST(extract_stance4__support_for_a_base)
{
	/* "support for the Xn military base" is support for a place, not X */
	CHECK(stance_none("Qatari aircraft providing logistical support for the Kenyan military base "
		   "were diverted."));
	CHECK(stance_only("Qatar pledged support for the Kenyan military in its fight.", "QAT", "KEN",
		   SUP));
}

TEST(extract_stance4__charge_through_a_pronoun)
{
	/* "X denies backing the rebels, although Y has said that it funds the
	 * group": Y opposes X */
	const char *t = "Uganda denies arming the rebels, although Kenya, Tanzania, and a panel "
			"of experts have said that it funds and trains the group.";
	CHECK(stance_has(t, "KEN", "UGA", OPP));
	CHECK(stance_has(t, "TZA", "UGA", OPP));
	CHECK(stance_count(t) == 2);
	CHECK(stance_only("Iran denies arming the Houthis. Canada says it arms the rebels.", "CAN", "IRN",
		   OPP));
	/* no armed group, no denial before, or "it" the speaker itself */
	CHECK(stance_none("Chile denies the claims. Peru said that it funds the school."));
	CHECK(stance_none("Chile opened a school. Peru said that it funds the rebels."));
	CHECK(stance_none("Peru said that it funds the rebels."));
}

TEST(extract_stance4__faced_sanctions)
{
	/* the sanctions a state faces are the latest imposer's */
	const char *t = "Canada imposed sanctions on Iran in 2019 over the tests. Iran was the "
			"first buyer. Belarus also faced sanctions for the purchase.";
	CHECK(stance_has(t, "CAN", "IRN", OPP));
	CHECK(stance_has(t, "CAN", "BLR", OPP));
	CHECK(stance_count(t) == 2);
	/* no imposer before, a hedge, or an imposer named after it */
	CHECK(stance_none("Belarus also faced sanctions for the purchase."));
	CHECK(stance_only("Canada imposed sanctions on Iran. Belarus may face sanctions for the purchase.",
		   "CAN", "IRN", OPP));
}

TEST(extract_stance4__call_to_recognise)
{
	/* "urged/called on X to accept/recognise/respect the independence of
	 * Y / Y's sovereignty": the caller backs Y */
	CHECK(stance_only("Turkey's foreign minister, on his first visit to Greece, urged the Athens "
		   "government to recognise the independence of ethnic-Turkish Cyprus.",
		   "TUR", "CYP", SUP));
	CHECK(stance_only("Canada called on Russia to respect Ukraine's territorial integrity.", "CAN",
		   "UKR", SUP));
	/* a call about no state's statehood */
	CHECK(stance_none("Canada urged Peru to accept the ruling."));
	CHECK(stance_none("Canada urged Peru to respect the independence of the courts."));
}

/* "a dispute with A, B and C, which cut their diplomatic ties with the
 * Gulf state": each state of the list the relative takes up opposes the
 * state named before, "the (Gulf) state" like "the country" (stop 39). */
TEST(extract_stance4__a_list_that_cut_ties)
{
	static const char *text = "Peru is embroiled in a dispute with Chile, Bolivia and "
				  "Ecuador, which cut their diplomatic ties with the Andean state "
				  "and imposed sanctions last month.";
	CHECK(stance_has(text, "CHL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_has(text, "BOL", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_has(text, "ECU", "PER", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Peru is in a dispute with Chile, which cut its ties with Peru.", "CHL",
			  "PER", ENT_POLARITY_OPPOSE));
}
