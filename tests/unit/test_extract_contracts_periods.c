/*
 * test_extract_contracts_periods.c - a firm that signs a contract "with Y
 * for supply of" goods sells to Y (a state's organ after "with" buys); a
 * stage told over a period ("between 2013 and 2016", "in 2013-2016") takes
 * no year from the dateline; consultations are talks, no deal; "the
 * two-week exercise" after a drill told is that drill; the Royal Navy and
 * the Royal Air Force are Britain's; states in a clause of time after a
 * drill ("since X's victory", "following X's visit") and the owner of a
 * base take no part; "the two allies" after "these are the first drills"
 * are the parties of the drill told; who opposes sales to A and B makes
 * none; "X is an ally of Y and has received" is X's; goods after "in
 * addition to" are another deal's; an order owned by a name of no state
 * ("Delta's order") is none; concerns an event raises ("..., raising
 * concerns about X") are no stance of the states in its clause; a
 * Greek-Cypriot buyer is Cyprus; the year of a rule adopted is no stage's;
 * "is already using Y-n drones" holds them; "has N jets on order" is
 * ordered; the approval "given by the Turkish parliament" is Turkey's; a
 * tie "between A and B" slammed in the passive is opposed in both; a hope
 * that Y would reconsider, and a claim that Y is violating a zone, oppose
 * Y; "soldiers from both countries will train together" are the drill's
 * parties; a long list of observers takes no part; "44 German-made
 * Leopard tanks" counts 44; a purchase planned of "an additional 19"
 * beside a contract for 44 is another deal; a law that restricts
 * purchases from A, B and C buys nothing; a payment received is an order,
 * the payee the seller; "summoned the US ambassador" and "called on Y on
 * Tuesday (Jul 9) to withdraw" oppose Y; "regarded drills by A and B near
 * Z as a threat" opposes A and B; the drill a remark answers "in response
 * to" has its parties; a foreign ministry's spokesperson names no host;
 * "were held for the first time in 2012" is that year's edition; a
 * factory "in Y to produce" drones, or a defence firm's factory, is a
 * transfer of technology, and two reports of it are one deal; a state
 * that "allowed Y's forces to launch attacks from its territory" backs Y;
 * "the 2014 signing of a contract" is signed, in 2014, also after
 * "since"; after a dateline of the seller's capital, "the Indonesian Navy"
 * before the verb of buying buys; "ammunition transport vehicles" are
 * vehicles, "ammunition trucks" goods of no stated kind.
 * Every sentence here was written for these tests (stop 48).
 */
#include "extract_harness.h"

/* Does some exercise of l (of year `year`, any when 0) have both
 * participants a and b (b NULL: a alone)? */
static int drill_with(const ent_fact_list *l, int year, const char *a, const char *b)
{
	size_t i;
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_EXERCISE && (!year || l->v[i].year == year) &&
		    takes_part(&l->v[i], a) && (!b || takes_part(&l->v[i], b)))
			return 1;
	return 0;
}

TEST(extract_contracts_periods__a_firm_signs_with_the_buyer_for_supply_of)
{
	expect_deal("Rosoboronexport signed a contract with Laos for supply of six Mi-17 "
		    "helicopters.",
		    1, "RUS", "LAO");
	expect_not("Rosoboronexport signed a contract with Laos for supply of six Mi-17 "
		   "helicopters.",
		   "LAO", "RUS");
	/* a state's organ after "with" buys too */
	expect_deal("Rosoboronexport signed a contract with Laos's Air Force for supply of six "
		    "Mi-17 helicopters.",
		    1, "RUS", "LAO");
	/* control: a state that signs with another for delivery of goods
	 * buys from it, as with an article */
	expect_deal("Ghana signed a contract with Israel for supply of drones.", 1, "ISR", "GHA");
	expect_deal("Ghana signed a contract with Israel for the supply of drones.", 1, "ISR",
		    "GHA");
}

TEST(extract_contracts_periods__a_period_is_no_dateline_year)
{
	CHECK_INT(deal_year("Russia delivered Mi-17s to Laos between 2013 and 2016.",
			    "2019-05-02", "RUS", "LAO"),
		  0);
	CHECK_INT(deal_year("Russia delivered Mi-17s to Laos from 2013 to 2016.", "2019-05-02",
			    "RUS", "LAO"),
		  0);
	CHECK_INT(deal_year("Russia delivered Mi-17s to Laos in 2013-2016.", "2019-05-02", "RUS",
			    "LAO"),
		  0);
	CHECK_INT(deal_year("Russia delivered Mi-17s to Laos in 2013\xe2\x80\x93"
			    "2016.",
			    "2019-05-02", "RUS", "LAO"),
		  0);
	/* control: a stage with no year of its own is of the dateline */
	CHECK_INT(deal_year("Russia delivered Mi-17s to Laos.", "2019-05-02", "RUS", "LAO"), 2019);
	/* a year of its own stands */
	CHECK_INT(deal_year("Russia delivered Mi-17s to Laos in 2015.", "2019-05-02", "RUS", "LAO"),
		  2015);
}

TEST(extract_contracts_periods__consultations_are_talks)
{
	expect_no_deal("Rosoboronexport is holding consultations for supply of Ansat helicopters "
		       "to Laos.");
	/* control: the supply itself is a deal */
	expect_deal("Rosoboronexport will supply Ansat helicopters to Laos.", 1, "RUS", "LAO");
}

TEST(extract_contracts_periods__the_two_week_exercise_is_the_drill_in_play)
{
	ent_fact_list *l = run("Thai and US troops began Cobra Gold 2025 on Tuesday. The two-week "
			       "exercise is being joined by participants from Japan, Singapore and "
			       "Malaysia.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(f && f->nparticipants == 5 && takes_part(f, "JPN") && takes_part(f, "MYS") &&
	      takes_part(f, "THA"));
	ent_fact_list_free(l);
	l = run("Thai and US troops began Cobra Gold 2025 on Tuesday. The 11-day drills are joined "
		"by troops from Japan and Singapore.",
		NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(f && f->nparticipants == 4 && takes_part(f, "SGP"));
	ent_fact_list_free(l);
	/* control: states before the drill word tell a drill of their own */
	l = run("Thai and US troops began Cobra Gold 2025 on Tuesday. India and Japan began the "
		"11-day exercise in Goa.",
		NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 2);
	ent_fact_list_free(l);
	/* and with no drill told before, the sentence tells one */
	CHECK_INT(nexercises_text("India and Japan began the 11-day exercise in Goa."), 1);
}

TEST(extract_contracts_periods__the_royal_navy_is_britains)
{
	ent_fact_list *l = run("Exercise Sea Shield 2025 involves the Royal Navy, the US Navy and "
			       "the Romanian Navy.",
			       NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && f->nparticipants == 3 && takes_part(f, "GBR") && takes_part(f, "ROU"));
	ent_fact_list_free(l);
	/* the navy of Oman is Oman's */
	l = run("The Royal Navy of Oman and the Indian Navy held the Sea Falcon exercise in 2024.",
		NULL);
	f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	CHECK(f && f->nparticipants == 2 && takes_part(f, "OMN") && takes_part(f, "IND") &&
	      !takes_part(f, "GBR"));
	ent_fact_list_free(l);
}

TEST(extract_contracts_periods__a_clause_of_time_and_a_base_name_no_party)
{
	ent_fact_list *l = run("Georgia said it would hold joint military exercises with its ally "
			       "Ukraine.\n\nThe drills involve 2,000 troops.\n\nThe exercises are named "
			       "after a national hero. These are the first drills held between the "
			       "two allies since Russia's war in Abkhazia that made Armenian traders "
			       "leave.",
			       NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) >= 1 && !drill_with(l, 0, "RUS", NULL) &&
	      !drill_with(l, 0, "ARM", NULL));
	ent_fact_list_free(l);
	l = run("A joint air exercise between Laos and Vietnam will run for ten days at a former "
		"French air base, months after China began drills following Japan's protest.",
		NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1 && !drill_with(l, 0, "FRA", NULL) &&
	      !drill_with(l, 0, "JPN", NULL));
	ent_fact_list_free(l);
	/* control: a clause after "after" that tells who joined names parties */
	l = run("The Kaveri exercise took place after Japan joined India and Sri Lanka.", NULL);
	CHECK(l && first(l, ENT_FACT_EXERCISE) && takes_part(first(l, ENT_FACT_EXERCISE), "JPN"));
	ent_fact_list_free(l);
}

TEST(extract_contracts_periods__opposing_sales_makes_none)
{
	ent_fact_list *l = run("Israel has long opposed the sale of the fighter planes to Egypt and "
			       "Jordan.",
			       NULL);
	CHECK(l && !find_deal(l, "ISR", "EGY") && !find_deal(l, "ISR", "JOR"));
	CHECK(l && has_stance(l, "ISR", "EGY", ENT_POLARITY_OPPOSE));
	ent_fact_list_free(l);
	/* the state accused sells, not the one that accuses */
	expect_deal("The US accused Iran of sales of drones to Russia and Belarus.", 2, "IRN",
		    "BLR");
	expect_not("The US accused Iran of sales of drones to Russia and Belarus.", "USA", "BLR");
}

TEST(extract_contracts_periods__an_ally_of_y_that_received_is_the_buyer)
{
	expect_deal("Jordan is a key ally of the United States and has received $1 billion of "
		    "military aid.",
		    1, "USA", "JOR");
	expect_not("Jordan is a key ally of the United States and has received $1 billion of "
		   "military aid.",
		   "JOR", "USA");
}

TEST(extract_contracts_periods__goods_in_addition_are_another_deals)
{
	ent_fact_list *l = run("In addition to the 40 Rafales, Qatar signed a contract for the "
			       "acquisition of 12 Caracal helicopters.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "FRA", "QAT") : NULL;
	CHECK(f && f->nitems == 1 && f->items[0].designation &&
	      strcmp(f->items[0].designation, "H225M") == 0);
	ent_fact_list_free(l);
	/* control: goods of a clause after them are that clause's */
	l = run("China has delivered two submarines to Egypt. This is in addition to four "
		"frigates that China supplied to Egypt in 2019.",
		NULL);
	CHECK(l && ndeals(l) == 2);
	ent_fact_list_free(l);
	/* "Along with (Apart from) GOODS," opening a sentence (stop 60) */
	l = run("Ghana bought 12 Rafale jets from France. Along with Rafale jets, Ghana has also "
		"agreed to purchase three Scorpene submarines from France.",
		NULL);
	CHECK(l && ndeals(l) == 2);
	ent_fact_list_free(l);
	l = run("Kenya ordered 20 Rafale jets from France. Apart from the Rafale fighters, Kenya "
		"will buy two Gowind corvettes from France.",
		NULL);
	CHECK(l && ndeals(l) == 2);
	ent_fact_list_free(l);
	/* "After the A and B," opening a sentence: goods before (stop 61) */
	l = run("Ghana bought Mirage 2000 jets from France in the past. After the Mirage F1 and "
		"Mirage 2000, this Rafale contract binds the two countries.",
		NULL);
	f = l ? find_deal(l, "FRA", "GHA") : NULL;
	CHECK(l && ndeals(l) == 2);
	ent_fact_list_free(l);
	/* control: goods "along with" others after the verb are one deal's */
	l = run("Ghana bought Rafale jets along with Meteor missiles from France.", NULL);
	f = l ? find_deal(l, "FRA", "GHA") : NULL;
	CHECK(l && ndeals(l) == 1 && f && f->nitems == 2);
	ent_fact_list_free(l);
}

TEST(extract_contracts_periods__an_order_of_no_state_is_none)
{
	expect_no_deal("The U.S. Commerce Department proposed duties on Delta's order of CSeries jets "
		       "from Canada's Bombardier.");
	/* control: a state's service that owns the order buys */
	expect_deal("Protests followed the Philippine Navy's order of six corvettes from South "
		    "Korea.",
		    1, "KOR", "PHL");
}

TEST(extract_contracts_periods__concerns_an_event_raises_are_nobodys)
{
	CHECK(stance_none("The bombers flew over Latvia and Estonia, both NATO members, raising "
			  "concerns about Russia's posture."));
	CHECK(stance_none("The convoy crossed Georgia, sparking fresh concerns about Iran's role."));
	/* control: a state that raises concerns voices them */
	CHECK(stance_only("Latvia raised concerns about Russia's posture.", "LVA", "RUS",
			  ENT_POLARITY_OPPOSE));
}

TEST(extract_contracts_periods__a_greek_cypriot_buyer_is_cyprus)
{
	/* no seller named: "Greek" is no seller of Cyprus */
	expect_no_deal("The Greek-Cypriot authorities decided to buy the missiles.");
	/* control: a seller named sells */
	expect_deal("The Greek-Cypriot authorities decided to buy the S-300 missiles from Russia.",
		    1, "RUS", "CYP");
}

TEST(extract_contracts_periods__the_year_of_a_rule_adopted_is_no_stage)
{
	CHECK_INT(deal_year("Japan delivered four radars to Vietnam under its new export rules, "
			    "adopted in 2014.",
			    "2021-03-02", "JPN", "VNM"),
		  2021);
	/* control: a stage's own year stands */
	CHECK_INT(deal_year("Japan delivered four radars to Vietnam in 2019.", "2021-03-02", "JPN",
			    "VNM"),
		  2019);
}

TEST(extract_contracts_periods__already_using_and_on_order)
{
	ent_fact_list *l = run("Tunisia is already using Turkish Anka drones.", NULL);
	CHECK(l && find_deal(l, "TUR", "TUN"));
	ent_fact_list_free(l);
	/* an adverb in "-ly" (stop 60) */
	l = run("Tunisia is actively using Turkish military equipment in the conflict zone.",
		NULL);
	CHECK(l && find_deal(l, "TUR", "TUN"));
	ent_fact_list_free(l);
	CHECK_INT(deal_status("Tunisia also has six Hurjet trainers on order from Turkey.", "TUR",
			      "TUN"),
		  ENT_STATUS_ORDERED);
	/* control: "on order to" is no order placed */
	CHECK(deal_status("Tunisia is eager to buy six Hurjet trainers from Turkey in order to "
			  "train pilots.",
			  "TUR", "TUN") != ENT_STATUS_ORDERED);
}

TEST(extract_contracts_periods__stances_on_acts_and_ties)
{
	CHECK(stance_only("Egypt voiced strong condemnation of the approval given by the Turkish "
			  "parliament.",
			  "EGY", "TUR", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("The accord between Morocco and Israel was slammed by Algeria.", "DZA",
			 "MAR", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("The accord between Morocco and Israel was slammed by Algeria.", "DZA",
			 "ISR", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("The Elysee said it hoped Serbia would reconsider the purchase.", "FRA",
			  "SRB", ENT_POLARITY_OPPOSE));
	/* control: a hope that a state delivers is no opposition */
	CHECK(stance_none("Serbia hopes China will deliver the radars soon."));
	CHECK(stance_has("Greece and Cyprus have claimed that Turkey is violating their economic "
			 "zones.",
			 "CYP", "TUR", ENT_POLARITY_OPPOSE));
	CHECK(stance_none("Greece said Turkey has not violated its airspace."));
}

TEST(extract_contracts_periods__both_countries_train_together)
{
	ent_fact_list *l = run("Russia and Algeria are launching Desert Shield 2022 in Bechar.\n\n"
			       "The Russian ministry said the drills target no third country.\n\n"
			       "The base was used after the accords between France and Algeria.\n\n"
			       "This will be the first time that soldiers from both countries will "
			       "train together.",
			       NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1 && !drill_with(l, 0, "FRA", NULL));
	ent_fact_list_free(l);
}

TEST(extract_contracts_periods__a_long_list_of_observers)
{
	ent_fact_list *l = run("Greece and Egypt held the Medusa 11 exercise in Crete.\n\n"
			       "Observers from Bulgaria, France, Germany, the United Arab Emirates, "
			       "Italy, Jordan, Kuwait, Morocco, Bahrain, South Korea, Portugal, "
			       "Romania, Saudi Arabia, Serbia, and the United States were invited to "
			       "the military exercise.",
			       NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1 && !drill_with(l, 0, "USA", NULL) &&
	      !drill_with(l, 0, "SRB", NULL));
	ent_fact_list_free(l);
}

TEST(extract_contracts_periods__an_additional_purchase_planned_is_another_deal)
{
	ent_fact_list *l = run("Slovakia has finalized a contract to acquire 44 German-made Leopard "
			       "2A8 tanks.\n\nThe manufacturer said that Slovakia plans to purchase "
			       "an additional 19 Leopard vehicles.",
			       "2025-09-12");
	size_t i, n = 0;
	int q44 = 0;
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].type == ENT_FACT_DEAL) {
			n++;
			q44 |= l->v[i].nitems > 0 && l->v[i].items[0].quantity == 44;
		}
	CHECK(l && n == 2 && q44);
	ent_fact_list_free(l);
}

TEST(extract_contracts_periods__restricted_purchases_and_payments)
{
	ent_fact_list *l = run("The US warned Egypt that the deal could attract sanctions under a "
			       "law that restricts defence purchases from Russia, Iran and North "
			       "Korea.",
			       NULL);
	CHECK(l && !find_deal(l, "IRN", "EGY") && !find_deal(l, "PRK", "EGY"));
	ent_fact_list_free(l);
	/* control: a purchase named stands */
	expect_deal("The US warned Egypt that its purchases of S-300 systems from Russia could "
		    "attract sanctions.",
		    1, "RUS", "EGY");
	/* a payment received: an order, the payee sells */
	l = run("Moscow said that Russia has received the advance payment from Egypt for the "
		"S-400 systems.",
		NULL);
	const ent_fact *f = l ? find_deal(l, "RUS", "EGY") : NULL;
	CHECK(f && f->status == ENT_STATUS_ORDERED);
	CHECK(l && !find_deal(l, "EGY", "RUS"));
	ent_fact_list_free(l);
}

TEST(extract_contracts_periods__envoys_calls_and_regarded_drills)
{
	CHECK(stance_only("Nepal on Saturday summoned United States envoy Ann Lee to express its "
			  "disappointment.",
			  "NPL", "USA", ENT_POLARITY_OPPOSE));
	CHECK(stance_only("Nepal summoned the US ambassador over the sale.", "NPL", "USA",
			  ENT_POLARITY_OPPOSE));
	CHECK(stance_has("China called on the United States on Tuesday (Jul 9) to withdraw the "
			 "arms sales to Taiwan.",
			 "CHN", "USA", ENT_POLARITY_OPPOSE));
	CHECK(stance_has("Russia said it regarded joint exercises by Japan and Australia near "
			 "Hokkaido as a threat.",
			 "RUS", "AUS", ENT_POLARITY_OPPOSE));
	/* control: a passive reading is no one's stance */
	CHECK(stance_none("The joint exercises were regarded as routine."));
}

TEST(extract_contracts_periods__the_drill_responded_to_and_a_foreign_office)
{
	ent_fact_list *l = run("BEIJING, April 21 (Xinhua) -- Kenya's decision to conduct drills with "
			       "Japan has been opposed, a Chinese foreign ministry spokesperson said."
			       "\n\nSpokesperson Li made the remarks in response to the annual "
			       "drills between Japan and Kenya, which started on Monday.",
			       NULL);
	CHECK(l && drill_with(l, 0, "KEN", "JPN") && !drill_with(l, 0, "CHN", NULL));
	ent_fact_list_free(l);
}

TEST(extract_contracts_periods__held_for_the_first_time)
{
	ent_fact_list *l = run("Russia and China began the Joint Sea 2019 exercise.\n\nThe Joint Sea "
			       "exercises were held for the first time in 2012.",
			       NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 2 && drill_with(l, 2012, "RUS", "CHN"));
	ent_fact_list_free(l);
}

TEST(extract_contracts_periods__a_factory_to_produce_drones)
{
	ent_fact_list *l = run("The Turkish company Baykar has started constructing a factory in "
			       "Kenya to produce Bayraktar drones.\n\nNairobi and Ankara signed the "
			       "deal on opening a Baykar factory in Kenya in 2022.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "TUR", "KEN") : NULL;
	size_t i, n = 0;
	for (i = 0; l && i < l->n; i++)
		n += l->v[i].type == ENT_FACT_DEAL;
	CHECK(f && f->status == ENT_STATUS_SIGNED && n == 1);
	ent_fact_list_free(l);
	/* control: a factory of other goods is no transfer of arms */
	expect_no_deal("Nestle will build a factory in Kenya to produce chocolate.");
}

/* "X opened (inaugurated, built) a drone factory in Y": a plant done is a
 * transfer of technology delivered, of the dateline's year when the
 * sentence names none; "will inaugurate" stays reported (stop 53). */
TEST(extract_contracts_periods__a_factory_opened)
{
	ent_fact_list *l = run("Chile opened a drone factory in Bolivia on Tuesday.", "2022-05-20");
	const ent_fact *f = l ? find_deal(l, "CHL", "BOL") : NULL;
	CHECK(f && f->status == ENT_STATUS_DELIVERED && f->year == 2022);
	CHECK(f && ent_fact_has_category(f, ENT_CAT_TECHNOLOGY_TRANSFER));
	if (l)
		ent_fact_list_free(l);
	CHECK_INT(deal_status("Chile inaugurated an ammunition plant in Bolivia.", "CHL", "BOL"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("Chile will inaugurate an ammunition plant in Bolivia.", "CHL",
			      "BOL"),
		  ENT_STATUS_REPORTED);
	expect_no_deal("Chile opened a car factory in Bolivia.");
}

TEST(extract_contracts_periods__letting_forces_strike_backs_them)
{
	CHECK(stance_only("Lukashenko, who has ruled Belarus since 1994, allowed Russian forces to "
			  "launch attacks on Ukraine from Belarusian territory.",
			  "BLR", "RUS", ENT_POLARITY_SUPPORT));
	CHECK(stance_only("Iran let Russian jets use its airbase.", "IRN", "RUS",
			  ENT_POLARITY_SUPPORT));
	/* control: letting forces leave backs no one */
	CHECK(stance_none("Iran allowed the US forces to withdraw."));
}

TEST(extract_contracts_periods__the_signing_of_a_contract)
{
	CHECK_INT(deal_status("Saab has been busy since the 2014 signing of a contract to supply 36 "
			      "Gripens to Peru.",
			      "SWE", "PER"),
		  ENT_STATUS_SIGNED);
	CHECK_INT(deal_year("Saab has been busy since the 2014 signing of a contract to supply 36 "
			    "Gripens to Peru.",
			    "2023-05-10", "SWE", "PER"),
		  2014);
	/* control: a signing to come is no signing */
	CHECK(deal_status("The signing of the contract for 36 Gripens with Peru will take place "
			  "next week.",
			  "SWE", "PER") != ENT_STATUS_SIGNED);
}

/* "has postponed (delayed) the signing of a contract", "the postponement
 * of the signing of": a signing put off is not done (stop 56). */
TEST(extract_contracts_periods__a_signing_put_off)
{
	CHECK_INT(deal_status("Peru's defence minister has postponed the signing of a contract "
			      "with the Swedish company Saab for 36 Gripens.",
			      "SWE", "PER"),
		  ENT_STATUS_REPORTED);
	CHECK_INT(deal_status("Peru has delayed the signing of the contract for 36 Gripens with "
			      "Sweden.",
			      "SWE", "PER"),
		  ENT_STATUS_REPORTED);
	CHECK(deal_status("Saab declined to comment on the postponement of the signing of the "
			  "contract with Peru for 36 Gripens.",
			  "SWE", "PER") != ENT_STATUS_SIGNED);
}

TEST(extract_contracts_periods__a_service_after_the_sellers_dateline)
{
	expect_deal("PARIS \xe2\x80\x94 The Indonesian Navy signed a contract to buy two Scorpene "
		    "submarines.",
		    1, "FRA", "IDN");
	/* control: the dateline's own state buys when no other is named */
	expect_deal("ANKARA - The government will buy 20 Leopard tanks.", 1, "DEU", "TUR");
}

TEST(extract_contracts_periods__vehicles_that_carry_munitions)
{
	ent_fact_list *l = run("Hanwha has sent eight K10 ammunition transport vehicles to Norway.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "KOR", "NOR") : NULL;
	CHECK(f && f->nitems == 1 && f->items[0].category == ENT_CAT_ARMOURED_VEHICLE);
	ent_fact_list_free(l);
	l = run("Russia delivered ammunition trucks to Mali.", NULL);
	f = l ? find_deal(l, "RUS", "MLI") : NULL;
	CHECK(f && f->nitems == 1 && f->items[0].category == ENT_CAT_OTHER);
	ent_fact_list_free(l);
	/* control: ammunition and trucks are two goods, the first ammunition */
	l = run("Russia delivered ammunition and trucks to Mali.", NULL);
	f = l ? find_deal(l, "RUS", "MLI") : NULL;
	CHECK(f && f->nitems >= 1 && f->items[0].category == ENT_CAT_AMMUNITION);
	ent_fact_list_free(l);
}
